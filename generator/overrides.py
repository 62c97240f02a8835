"""Hand-written overrides of what the model alone gives, as data keyed by service,
command and option (never ``if`` branches in the code that uses them).

The facts are awscli 1.45.11's (``awscli/customizations/argrename.py``, the command
renames of ``s3``, ``configservice/rename_cmd.py`` and ``codedeploy``, and the commands
``removals.py`` removes), keyed as awscli keys them: the CLI's service name, the
command (``*``: every command of the service) and the option without dashes, as the
argument table names it (a boolean's negative half as ``no-<name>``). ``tests/test_overrides.py`` keeps them equal to the installed
awscli's tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

# botocore service name -> the command awscli gives the service (every other: the same).
CLI_SERVICE_NAMES: Mapping[str, str] = MappingProxyType(
    {"codedeploy": "deploy", "config": "configservice", "s3": "s3api"}
)


def cli_service_name(service_name: str) -> str:
    """The command awscli gives a botocore service (the examples folder's name for it)."""
    return CLI_SERVICE_NAMES.get(service_name, service_name)


# (CLI service, command or "*", option) -> the option's new name. Several rename members
# whose option would be a global one (--output, --region, --query, --version), which
# would otherwise set the global option instead, silently.
ARGUMENT_RENAMES: Mapping[tuple[str, str, str], str] = MappingProxyType(
    {
        ("ec2", "create-image", "no-no-reboot"): "reboot",
        ("ec2", "*", "no-egress"): "ingress",
        ("ec2", "*", "no-disable-api-termination"): "enable-api-termination",
        ("swf", "register-activity-type", "version"): "activity-version",
        ("swf", "register-workflow-type", "version"): "workflow-version",
        ("datapipeline", "*", "query"): "objects-query",
        ("datapipeline", "get-pipeline-definition", "version"): "pipeline-version",
        ("emr", "*", "job-flow-ids"): "cluster-ids",
        ("emr", "*", "job-flow-id"): "cluster-id",
        ("cloudsearchdomain", "search", "query"): "search-query",
        ("cloudsearchdomain", "suggest", "query"): "suggest-query",
        ("sns", "subscribe", "endpoint"): "notification-endpoint",
        ("deploy", "*", "s-3-location"): "s3-location",
        ("deploy", "*", "ec-2-tag-filters"): "ec2-tag-filters",
        ("codepipeline", "get-pipeline", "version"): "pipeline-version",
        ("codepipeline", "create-custom-action-type", "version"): "action-version",
        ("codepipeline", "delete-custom-action-type", "version"): "action-version",
        ("kinesisanalytics", "add-application-output", "output"): "application-output",
        ("kinesisanalyticsv2", "add-application-output", "output"): "application-output",
        ("route53", "delete-traffic-policy", "version"): "traffic-policy-version",
        ("route53", "get-traffic-policy", "version"): "traffic-policy-version",
        ("route53", "update-traffic-policy-comment", "version"): "traffic-policy-version",
        ("gamelift", "create-build", "version"): "build-version",
        ("gamelift", "update-build", "version"): "build-version",
        ("gamelift", "create-script", "version"): "script-version",
        ("gamelift", "update-script", "version"): "script-version",
        ("route53domains", "view-billing", "start"): "start-time",
        ("route53domains", "view-billing", "end"): "end-time",
        ("apigateway", "create-rest-api", "version"): "api-version",
        ("apigatewayv2", "create-api", "version"): "api-version",
        ("apigatewayv2", "update-api", "version"): "api-version",
        ("pinpoint", "get-campaign-version", "version"): "campaign-version",
        ("pinpoint", "get-segment-version", "version"): "segment-version",
        ("pinpoint", "delete-email-template", "version"): "template-version",
        ("pinpoint", "delete-in-app-template", "version"): "template-version",
        ("pinpoint", "delete-push-template", "version"): "template-version",
        ("pinpoint", "delete-sms-template", "version"): "template-version",
        ("pinpoint", "delete-voice-template", "version"): "template-version",
        ("pinpoint", "get-email-template", "version"): "template-version",
        ("pinpoint", "get-in-app-template", "version"): "template-version",
        ("pinpoint", "get-push-template", "version"): "template-version",
        ("pinpoint", "get-sms-template", "version"): "template-version",
        ("pinpoint", "get-voice-template", "version"): "template-version",
        ("pinpoint", "update-email-template", "version"): "template-version",
        ("pinpoint", "update-in-app-template", "version"): "template-version",
        ("pinpoint", "update-push-template", "version"): "template-version",
        ("pinpoint", "update-sms-template", "version"): "template-version",
        ("pinpoint", "update-voice-template", "version"): "template-version",
        ("stepfunctions", "send-task-success", "output"): "task-output",
        ("clouddirectory", "publish-schema", "version"): "schema-version",
        ("mturk", "list-qualification-types", "query"): "types-query",
        ("workdocs", "create-notification-subscription", "endpoint"): "notification-endpoint",
        ("workdocs", "describe-users", "query"): "user-query",
        ("lex-models", "delete-bot", "version"): "bot-version",
        ("lex-models", "delete-intent", "version"): "intent-version",
        ("lex-models", "delete-slot-type", "version"): "slot-type-version",
        ("lex-models", "get-intent", "version"): "intent-version",
        ("lex-models", "get-slot-type", "version"): "slot-type-version",
        ("lex-models", "delete-bot-version", "version"): "bot-version",
        ("lex-models", "delete-intent-version", "version"): "intent-version",
        ("lex-models", "delete-slot-type-version", "version"): "slot-type-version",
        ("lex-models", "get-export", "version"): "resource-version",
        ("license-manager", "get-grant", "version"): "grant-version",
        ("license-manager", "delete-grant", "version"): "grant-version",
        ("license-manager", "get-license", "version"): "license-version",
        ("rekognition", "create-stream-processor", "output"): "stream-processor-output",
        ("eks", "create-cluster", "version"): "kubernetes-version",
        ("eks", "update-cluster-version", "version"): "kubernetes-version",
        ("eks", "create-nodegroup", "version"): "kubernetes-version",
        ("eks", "update-nodegroup-version", "version"): "kubernetes-version",
        ("eks", "update-cluster-components-version", "version"): "kubernetes-version",
        ("schemas", "*", "version"): "schema-version",
        ("sagemaker", "delete-image-version", "version"): "version-number",
        ("sagemaker", "describe-image-version", "version"): "version-number",
        ("sagemaker", "list-aliases", "version"): "version-number",
        ("sagemaker", "update-image-version", "version"): "version-number",
        ("iotwireless", "*", "lo-ra-wan"): "lorawan",
        ("codepipeline", "get-action-type", "version"): "action-version",
        ("ecs", "*", "no-enable-execute-command"): "disable-execute-command",
        ("ecs", "execute-command", "no-interactive"): "non-interactive",
        ("controltower", "create-landing-zone", "version"): "landing-zone-version",
        ("controltower", "update-landing-zone", "version"): "landing-zone-version",
        ("glue", "get-unfiltered-partition-metadata", "region"): "resource-region",
        ("glue", "get-unfiltered-partitions-metadata", "region"): "resource-region",
        ("glue", "get-unfiltered-table-metadata", "region"): "resource-region",
    }
)
# Renames made by other customisations than argrename (ses's sessendemail: --from).
CUSTOMISATION_RENAMES: Mapping[tuple[str, str, str], str] = MappingProxyType(
    {("ses", "send-email", "source"): "from"}
)


# (CLI service, command or "*", option) -> an undocumented second name for the option
# (awscli keeps names an older xform_name produced working).
HIDDEN_ALIASES: Mapping[tuple[str, str, str], str] = MappingProxyType(
    {
        (
            "cognito-identity",
            "create-identity-pool",
            "open-id-connect-provider-arns",
        ): "open-id-connect-provider-ar-ns",
        ("storagegateway", "describe-tapes", "tape-arns"): "tape-ar-ns",
        ("storagegateway", "describe-tape-archives", "tape-arns"): "tape-ar-ns",
        ("storagegateway", "describe-vtl-devices", "vtl-device-arns"): "vtl-device-ar-ns",
        ("storagegateway", "describe-cached-iscsi-volumes", "volume-arns"): "volume-ar-ns",
        ("storagegateway", "describe-stored-iscsi-volumes", "volume-arns"): "volume-ar-ns",
        ("route53domains", "view-billing", "start-time"): "start",
        ("deploy", "create-deployment-group", "ec2-tag-set"): "ec-2-tag-set",
        ("deploy", "list-application-revisions", "s3-bucket"): "s-3-bucket",
        ("deploy", "list-application-revisions", "s3-key-prefix"): "s-3-key-prefix",
        ("deploy", "update-deployment-group", "ec2-tag-set"): "ec-2-tag-set",
        ("iam", "enable-mfa-device", "authentication-code1"): "authentication-code-1",
        ("iam", "enable-mfa-device", "authentication-code2"): "authentication-code-2",
        ("iam", "resync-mfa-device", "authentication-code1"): "authentication-code-1",
        ("iam", "resync-mfa-device", "authentication-code2"): "authentication-code-2",
        ("importexport", "get-shipping-label", "street1"): "street-1",
        ("importexport", "get-shipping-label", "street2"): "street-2",
        ("importexport", "get-shipping-label", "street3"): "street-3",
        ("lambda", "publish-version", "code-sha256"): "code-sha-256",
        ("lightsail", "import-key-pair", "public-key-base64"): "public-key-base-64",
        (
            "mgn",
            "*",
            "replication-servers-security-groups-ids",
        ): "replication-servers-security-groups-i-ds",
        ("mgn", "*", "source-server-ids"): "source-server-i-ds",
        (
            "mgn",
            "*",
            "replication-configuration-template-ids",
        ): "replication-configuration-template-i-ds",
        (
            "elasticache",
            "create-replication-group",
            "preferred-cache-cluster-azs",
        ): "preferred-cache-cluster-a-zs",
    }
)


# CLI service -> the commands awscli removes from it (``customizations/removals.py``):
# most stream events, which awscli v1 cannot print; the rest are superseded.
REMOVED_COMMANDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "ses": frozenset(
            {
                "delete-verified-email-address",
                "list-verified-email-addresses",
                "verify-email-address",
            }
        ),
        "ec2": frozenset({"import-instance", "import-volume"}),
        "emr": frozenset(
            {
                "run-job-flow",
                "describe-job-flows",
                "add-job-flow-steps",
                "terminate-job-flows",
                "list-bootstrap-actions",
                "list-instance-groups",
                "set-termination-protection",
                "set-keep-job-flow-alive-when-no-steps",
                "set-visible-to-all-users",
                "set-unhealthy-node-replacement",
            }
        ),
        "kinesis": frozenset({"subscribe-to-shard"}),
        "lexv2-runtime": frozenset({"start-conversation"}),
        "lambda": frozenset({"invoke-with-response-stream"}),
        "sagemaker-runtime": frozenset({"invoke-endpoint-with-response-stream"}),
        "bedrock-runtime": frozenset(
            {
                "invoke-model-with-response-stream",
                "invoke-model-with-bidirectional-stream",
                "converse-stream",
            }
        ),
        "bedrock-agent-runtime": frozenset(
            {
                "invoke-agent",
                "invoke-flow",
                "invoke-inline-agent",
                "optimize-prompt",
                "retrieve-and-generate-stream",
            }
        ),
        "bedrock-agentcore": frozenset(
            {"invoke-code-interpreter", "invoke-agent-runtime-command", "invoke-harness"}
        ),
        "qbusiness": frozenset({"chat"}),
        "iotsitewise": frozenset({"invoke-assistant"}),
        "logs": frozenset({"get-log-object"}),
        "connecthealth": frozenset({"start-medical-scribe-listening-session"}),
        "polly": frozenset({"start-speech-synthesis-stream"}),
        "devops-agent": frozenset({"send-message"}),
    }
)


# Services whose structure members holding only a boolean ``Value`` (ec2's
# AttributeBooleanValue) also take a bare ``--x`` / ``--no-x`` (awscli's toplevelbool,
# registered for ``ec2.*``).
BOOLEAN_VALUE_SERVICES: frozenset[str] = frozenset({"ec2"})


@dataclass(frozen=True)
class AddedArgument:
    """An option awscli adds to a command that fills members through a builder the
    generated runtime has by name (``runtime/builders.py``)."""

    name: str  # the option, without dashes
    builder: str  # the runtime builder that turns its value into members
    documentation: str  # HTML, as model documentation is
    type_name: str = "string"
    query: str | None = None  # query-outfile: the JMESPath of the response part it saves
    target: str | None = None  # the member (wire name) the builder fills, if it says
    values: tuple[str, ...] = ()  # a flag: the values it sends (emr's --active)
    nargs: bool = False  # takes one or more values (argparse's nargs="+")
    flag: bool = False  # takes no value (store_true)
    required: bool = False
    # "Shape.Member": the help text is that model member's documentation.
    documentation_from: str | None = None
    # Options of one group are documented as one (``--active | --terminated``), with
    # the first one's help text (awscli's group_name).
    group: str | None = None


def _query_outfile(name: str, query: str) -> AddedArgument:
    """awscli's QueryOutFileArgument: the response part ``query`` is written to the
    named file (mode 0600) after a successful call."""
    return AddedArgument(
        name,
        "query-outfile",
        f"<p>Saves the command output contents of {query} to the given filename</p>",
        query=query,
    )


_ZIP_DOCSTRING = (
    "<p>The path to the zip file of the {param_type} you are uploading. Specify "
    "--zip-file or --{param_type}, but not both. Example: fileb://{param_type}.zip</p>"
)


def _zip_file(option: str, member: str) -> AddedArgument:
    return AddedArgument(
        "zip-file",
        "zip-file",
        _ZIP_DOCSTRING.format(param_type=option),
        type_name="blob",
        target=f"{member}.ZipFile",
    )


def _metric_datum(name: str, member: str, documentation: str) -> AddedArgument:
    return AddedArgument(name, "metric-datum", documentation, target=member)


_SES_ADDRESSES = (
    "The email addresses of %s.  You can specify multiple recipients as space-separated values"
)


def _ses(name: str, builder: str, member: str, documentation: str) -> AddedArgument:
    return AddedArgument(
        name, builder, documentation, target=member, nargs=builder == "ses-destination"
    )


_ROOT_OBJECT = (
    "The object that you want CloudFront to return (for example, index.html) when a "
    "viewer request points to your root URL."
)


# (CLI service, command) -> the options awscli adds; the ones it removes; the members
# it fills when the request leaves them out (awscli's before-parameter-build handlers).
ADDED_ARGUMENTS: Mapping[tuple[str, str], tuple[AddedArgument, ...]] = MappingProxyType(
    {
        ("iot", "create-keys-and-certificate"): (
            _query_outfile("certificate-pem-outfile", "certificatePem"),
            _query_outfile("public-key-outfile", "keyPair.PublicKey"),
            _query_outfile("private-key-outfile", "keyPair.PrivateKey"),
        ),
        ("iot", "create-certificate-from-csr"): (
            _query_outfile("certificate-pem-outfile", "certificatePem"),
        ),
        **{
            ("deploy", command): (
                AddedArgument(
                    "s3-location",
                    "s3-revision",
                    "<p>Information about the location of the application revision in "
                    "Amazon S3. You must specify the bucket, the key, and bundleType. "
                    "Optionally, you can also specify an eTag and version.</p>",
                    type_name="structure",
                ),
                AddedArgument(
                    "github-location",
                    "github-revision",
                    "<p>Information about the location of the application revision in "
                    "GitHub. You must specify the repository and commit ID that references "
                    "the application revision. For the repository, use the format "
                    "GitHub-account/repository-name or GitHub-org/repository-name. For the "
                    "commit ID, use the SHA1 Git commit reference.</p>",
                    type_name="structure",
                ),
            )
            for command in (
                "get-application-revision",
                "register-application-revision",
                "create-deployment",
            )
        },
        ("ec2", "run-instances"): (
            AddedArgument(
                "count",
                "min-max-count",
                "<p>Number of instances to launch. If a single number is provided, it is "
                "assumed to be the minimum to launch (defaults to 1). If a range is "
                "provided in the form <code>min:max</code> then the first number is "
                "interpreted as the minimum number of instances to launch and the second "
                "is interpreted as the maximum number of instances to launch.</p>",
            ),
        ),
        # lambda's ZipFileArgumentHoister: --zip-file fileb://x.zip is Code.ZipFile
        # (Content.ZipFile), which the structure option no longer takes.
        ("lambda", "create-function"): (_zip_file("code", "Code"),),
        ("lambda", "publish-layer-version"): (_zip_file("content", "Content"),),
        # update-function-code keeps its own --zip-file (checked to be a zip file), with
        # awscli's help text as it sets it: the template, unformatted.
        ("lambda", "update-function-code"): (
            AddedArgument(
                "zip-file",
                "zip-file",
                _ZIP_DOCSTRING,
                type_name="blob",
                target="ZipFile",
            ),
        ),
        # translate's BinaryBlobArgumentHoister: a blob member of a structure as a file.
        ("translate", "import-terminology"): (
            AddedArgument(
                "data-file",
                "member-value",
                "<p>The path to the file of the code you are uploading. "
                "Example: fileb://data.csv</p>",
                type_name="blob",
                target="TerminologyData.File",
                required=True,
            ),
        ),
        ("translate", "translate-document"): (
            AddedArgument(
                "document-content",
                "member-value",
                "<p>The path to a file of the content you are uploading "
                "Example: fileb://data.txt</p>",
                type_name="blob",
                target="Document.Content",
                required=True,
            ),
        ),
        # cloudwatch's putmetricdata: one datum's members as options of their own.
        ("cloudwatch", "put-metric-data"): (
            _metric_datum("metric-name", "MetricName", "The name of the metric."),
            _metric_datum(
                "timestamp",
                "Timestamp",
                "The time stamp used for the metric.  If not specified, the default "
                "value is set to the time the metric data was received.",
            ),
            _metric_datum("unit", "Unit", "The unit of metric."),
            _metric_datum(
                "value",
                "Value",
                "The value for the metric.  Although the --value parameter accepts "
                "numbers of type Double, Amazon CloudWatch truncates values with very "
                "large exponents.  Values with base-10 exponents greater than 126 "
                "(1 x 10^126) are truncated.  Likewise, values with base-10 exponents "
                "less than -130 (1 x 10^-130) are also truncated.",
            ),
            _metric_datum(
                "dimensions",
                "Dimensions",
                "The --dimensions argument further expands on the identity of a metric "
                "using a Name=Value pair, separated by commas, for example: "
                "<code>--dimensions InstanceID=1-23456789,InstanceType=m1.small</code>. "
                "Note that the <code>--dimensions</code> argument has a different format "
                "when used in <code>get-metric-data</code>, where for the same example "
                "you would use the format <code>--dimensions Name=InstanceID,"
                "Value=i-aaba32d4 Name=InstanceType,value=m1.small </code>.",
            ),
            _metric_datum(
                "statistic-values",
                "StatisticValues",
                "A set of statistical values describing the metric.",
            ),
            replace(
                _metric_datum("storage-resolution", "StorageResolution", ""),
                documentation_from="MetricDatum.StorageResolution",
            ),
        ),
        # ses's sessendemail: the legacy CLI's simple form of send-email.
        ("ses", "send-email"): (
            _ses("to", "ses-destination", "ToAddresses", _SES_ADDRESSES % "the primary recipients"),
            _ses("cc", "ses-destination", "CcAddresses", _SES_ADDRESSES % "copy recipients (Cc)"),
            _ses(
                "bcc",
                "ses-destination",
                "BccAddresses",
                _SES_ADDRESSES % "blind-carbon-copy recipients (Bcc)",
            ),
            _ses("subject", "ses-message", "Subject", "The subject of the message"),
            _ses("text", "ses-message", "Text", "The raw text body of the message"),
            _ses("html", "ses-message", "Html", "The HTML body of the message"),
        ),
        # cloudfront's customisations: --paths, and a distribution from a domain name.
        ("cloudfront", "create-invalidation"): (
            AddedArgument(
                "paths",
                "invalidation-paths",
                "The space-separated paths to be invalidated. Note: --invalidation-batch "
                "and --paths are mutually exclusive.",
                nargs=True,
            ),
        ),
        ("cloudfront", "create-distribution"): (
            AddedArgument(
                "origin-domain-name",
                "origin-domain-name",
                "The domain name for your origin. This argument and "
                "--distribution-config are mutually exclusive.",
            ),
            AddedArgument(
                "default-root-object",
                "default-root-object",
                _ROOT_OBJECT + " This argument and --distribution-config are mutually exclusive.",
            ),
        ),
        ("cloudfront", "update-distribution"): (
            AddedArgument(
                "default-root-object",
                "update-default-root-object",
                _ROOT_OBJECT + " CLI will automatically make a get-distribution-config "
                "call to load and preserve your other settings. This argument and "
                "--distribution-config are mutually exclusive.",
            ),
        ),
        # emr's listclusters and addtags: options that replace the members' own.
        ("emr", "list-clusters"): (
            AddedArgument(
                "created-after",
                "member-value",
                "<p>List only those clusters created after the date and time specified in "
                "the format yyyy-mm-ddThh:mm:ss. For example, <code>--created-after "
                "2017-07-04T00:01:30.</p>",
                type_name="timestamp",
                target="CreatedAfter",
            ),
            AddedArgument(
                "created-before",
                "member-value",
                "<p>List only those clusters created before the date and time specified in "
                "the format yyyy-mm-ddThh:mm:ss. For example, <code>--created-before "
                "2017-07-04T00:01:30.</p>",
                type_name="timestamp",
                target="CreatedBefore",
            ),
            AddedArgument(
                "cluster-states",
                "cluster-states",
                "<p>Specifies that only clusters in the states specified are listed. "
                "Alternatively, you can use the shorthand form for single states or a "
                "group of states.</p><p>Takes the following state values:</p>"
                + "".join(
                    f"<li><code>{state}</code></li>"
                    for state in (
                        "STARTING",
                        "BOOTSTRAPPING",
                        "RUNNING",
                        "WAITING",
                        "TERMINATING",
                        "TERMINATED",
                        "TERMINATED_WITH_ERRORS",
                    )
                ),
                target="ClusterStates",
                nargs=True,
            ),
            AddedArgument(
                "active",
                "cluster-states",
                "<p>Shortcut options for --cluster-states. The following shortcut options "
                "can be specified:</p><li><code>--active</code> - list only clusters that "
                "are <code>STARTING</code>,<code>BOOTSTRAPPING</code>, <code>RUNNING</code>, "
                "<code>WAITING</code>, or <code>TERMINATING</code>. </li><li><code>"
                "--terminated</code> - list only clusters that are <code>TERMINATED</code>. "
                "</li><li><code>--failed</code> - list only clusters that are <code>"
                "TERMINATED_WITH_ERRORS</code>.</li>",
                type_name="boolean",
                target="ClusterStates",
                flag=True,
                group="states_filter",
                values=("STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING"),
            ),
            AddedArgument(
                "terminated",
                "cluster-states",
                "",
                type_name="boolean",
                target="ClusterStates",
                flag=True,
                group="states_filter",
                values=("TERMINATED",),
            ),
            AddedArgument(
                "failed",
                "cluster-states",
                "",
                type_name="boolean",
                target="ClusterStates",
                flag=True,
                group="states_filter",
                values=("TERMINATED_WITH_ERRORS",),
            ),
        ),
        ("emr", "add-tags"): (
            AddedArgument(
                "tags",
                "emr-tags",
                "<p>A list of tags to associate with a cluster, which apply to each Amazon "
                "EC2 instance in the cluster. Tags are key-value pairs that consist of a "
                "required key string with a maximum of 128 characters, and an optional "
                "value string with a maximum of 256 characters.</p><p>You can specify tags "
                "in <code>key=value</code> format or you can add a tag without a value "
                "using only the key name, for example <code>key</code>. Use a space to "
                "separate multiple tags.</p>",
                target="Tags",
                nargs=True,
                required=True,
            ),
        ),
    }
)
# (CLI service, command) -> (option, member of its structure, new option): the member
# taken out into an option of its own (configservice's recording-group, whose structure
# shorthand cannot hold), placed in the structure when the request is built.
HOISTED_MEMBERS: Mapping[tuple[str, str], tuple[tuple[str, str, str], ...]] = MappingProxyType(
    {
        ("configservice", "put-configuration-recorder"): (
            ("configuration-recorder", "recordingGroup", "recording-group"),
        ),
    }
)
# (CLI service, command) -> options awscli makes optional (another option can fill them).
OPTIONAL_ARGUMENTS: Mapping[tuple[str, str], frozenset[str]] = MappingProxyType(
    {
        **{
            ("deploy", command): frozenset({"revision"})
            for command in (
                "get-application-revision",
                "register-application-revision",
                "create-deployment",
            )
        },
        ("lambda", "create-function"): frozenset({"code"}),
        ("lambda", "publish-layer-version"): frozenset({"content"}),
        ("translate", "import-terminology"): frozenset({"terminology-data"}),
        ("ses", "send-email"): frozenset({"destination", "message"}),
        ("cloudfront", "create-invalidation"): frozenset({"invalidation-batch"}),
        ("cloudfront", "create-distribution"): frozenset({"distribution-config"}),
        ("cloudfront", "update-distribution"): frozenset({"distribution-config"}),
    }
)
# (CLI service, command) -> option -> (member, message): a member of the option's
# structure that another option now gives (lambda's --zip-file), refused in it with
# awscli's message and left off its page.
WITHHELD_MEMBERS: Mapping[tuple[str, str], Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        ("lambda", command): MappingProxyType(
            {
                option: (
                    "ZipFile",
                    f"ZipFile cannot be provided as part of the --{option} argument.  "
                    "Please use the '--zip-file' option instead to specify a zip file.",
                )
            }
        )
        for command, option in (("create-function", "code"), ("publish-layer-version", "content"))
    }
    | {
        ("translate", "import-terminology"): MappingProxyType(
            {
                "terminology-data": (
                    "File",
                    "File cannot be provided as part of the '--terminology-data' "
                    "argument. Please use the '--data-file' option instead to specify a "
                    "file.",
                )
            }
        ),
        ("translate", "translate-document"): MappingProxyType(
            {
                "document": (
                    "Content",
                    "Content cannot be provided as a part of the '--document' argument. "
                    "Please use the '--document-content' option instead to specify a "
                    "file.",
                )
            }
        ),
    }
)
# (CLI service, command) -> checks, each a tuple of groups of options (argparse dests):
# options of two groups of one check cannot be given together (awscli's
# validate_mutually_exclusive_handler).
EXCLUSIVE_GROUPS: Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], ...], ...]] = (
    MappingProxyType(
        {
            ("cloudwatch", "put-metric-data"): (
                (
                    ("metric_data",),
                    (
                        "metric_name",
                        "timestamp",
                        "unit",
                        "value",
                        "dimensions",
                        "statistic_values",
                    ),
                ),
            ),
            ("ses", "send-email"): (
                (("destination",), ("to", "cc", "bcc")),
                (("message",), ("text", "html")),
            ),
            ("cloudfront", "create-invalidation"): ((("invalidation_batch",), ("paths",)),),
            ("cloudfront", "create-distribution"): (
                (("default_root_object", "origin_domain_name"), ("distribution_config",)),
            ),
            ("cloudfront", "update-distribution"): (
                (("default_root_object",), ("distribution_config",)),
            ),
        }
    )
)
# (CLI service, command) -> the runtime's name for how the command runs when awscli
# runs it its own way (runtime/invokers.py): emr's describe-cluster, which merges
# three calls, and the commands that hand a session to the session-manager-plugin.
# (CLI service, command): commands whose page documents no output, as awscli's: they
# print none (the session goes to the session-manager-plugin).
UNDOCUMENTED_OUTPUT: frozenset[tuple[str, str]] = frozenset(
    {("ecs", "execute-command"), ("ssm", "start-session")}
)
COMMAND_INVOKERS: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("emr", "describe-cluster"): "emr-describe-cluster",
        ("ecs", "execute-command"): "ecs-execute-command",
        ("ssm", "start-session"): "ssm-start-session",
    }
)
REMOVED_ARGUMENTS: Mapping[tuple[str, str], frozenset[str]] = MappingProxyType(
    {("ec2", "run-instances"): frozenset({"min-count", "max-count"})}
)
PARAMETER_DEFAULTS: Mapping[tuple[str, str], Mapping[str, object]] = MappingProxyType(
    {("ec2", "run-instances"): MappingProxyType({"MaxCount": 1, "MinCount": 1})}
)


# (CLI service, command, option): a list of one-member structures that takes bare values
# (``--instances i-1 i-2`` for [{"InstanceId": "i-1"}, ...]), awscli's
# ParamShorthand._uses_old_list_case (which keys them by service id: elb's is
# elastic-load-balancing).
OLD_LIST_FORMS: frozenset[tuple[str, str, str]] = frozenset(
    {
        ("firehose", "put-record-batch", "records"),
        ("workspaces", "reboot-workspaces", "reboot-workspace-requests"),
        ("workspaces", "rebuild-workspaces", "rebuild-workspace-requests"),
        ("workspaces", "terminate-workspaces", "terminate-workspace-requests"),
        ("elb", "remove-tags", "tags"),
        ("elb", "describe-instance-health", "instances"),
        ("elb", "deregister-instances-from-load-balancer", "instances"),
        ("elb", "register-instances-with-load-balancer", "instances"),
    }
)


# (CLI service, command) -> member -> value -> the value sent instead (ec2's protocolarg:
# --protocol tcp is Protocol "6"), applied when the request is built.
VALUE_MAPS: Mapping[tuple[str, str], Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        (service, command): MappingProxyType(
            {"Protocol": MappingProxyType({"tcp": "6", "udp": "17", "icmp": "1", "all": "-1"})}
        )
        for service, command in (
            ("ec2", "create-network-acl-entry"),
            ("ec2", "replace-network-acl-entry"),
        )
    }
)

# (CLI service, command) -> (page size, members besides NextToken, DryRun and
# PaginationConfig that still allow it): while paginating with no --page-size and only
# those members given, pages of this size are asked for (ec2's EC2PageSizeInjector).
DEFAULT_PAGE_SIZES: Mapping[tuple[str, str], tuple[int, tuple[str, ...]]] = MappingProxyType(
    {
        ("ec2", "describe-volumes"): (1000, ()),
        ("ec2", "describe-snapshots"): (1000, ("OwnerIds", "RestorableByUserIds")),
    }
)


def removed(service: str, command: str) -> bool:
    """Whether awscli removes ``command`` from ``service``'s commands."""
    return command in REMOVED_COMMANDS.get(service, frozenset())


def _lookup(
    table: Mapping[tuple[str, str, str], str], service: str, command: str, option: str
) -> str | None:
    return table.get((service, command, option)) or table.get((service, "*", option))


def renamed(service: str, command: str, option: str) -> str | None:
    """The name awscli gives ``option`` of ``service command``, if it renames it."""
    return _lookup(ARGUMENT_RENAMES, service, command, option) or _lookup(
        CUSTOMISATION_RENAMES, service, command, option
    )


def hidden_alias(service: str, command: str, option: str) -> str | None:
    """The undocumented alias awscli adds for ``option``, if any."""
    return _lookup(HIDDEN_ALIASES, service, command, option)

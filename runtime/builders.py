"""The values of options awscli adds to model-derived commands, by builder name.

The generator decides which command has which added option (``commands.json``: an
argument with role ``custom`` names its builder); each builder turns the option's value
into request members, or into work done with the response (``after_call``), as awscli's
customisation does.
"""

from __future__ import annotations

import csv
import decimal
import io
import json
import os
import random
import time
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import jmespath  # type: ignore[import-untyped]

from . import shorthand
from .commands import Argument

AfterCall = Callable[[dict[str, Any]], None]
# Work an option does with the client before the request is sent (cloudfront's
# update-distribution reads the distribution's configuration first).
BeforeCall = Callable[[Any, dict[str, Any]], None]  # botocore's client, the request


@dataclass
class Hooks:
    """What builders ask of the call besides request members."""

    after_call: list[AfterCall] = field(default_factory=list)
    before_call: list[BeforeCall] = field(default_factory=list)


# value: the option's string, a list of them (nargs), True (a flag), or the bytes a
# fileb:// value loaded.
Builder = Callable[[Argument, Any, dict[str, Any], Hooks], None]


def _min_max_count(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """ec2 run-instances --count: ``N`` or ``min:max`` (awscli's CountArgument)."""
    try:
        low, high = value.split(":") if ":" in value else (value, value)
        params["MinCount"] = int(low)
        params["MaxCount"] = int(high)
    except ValueError:
        raise ValueError(
            "count parameter should be of form min[:max] (e.g. 1 or 1:10)"
        ) from None


def _query_outfile(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """iot's --certificate-pem-outfile and kin (awscli's QueryOutFileArgument): after a
    successful call, the response part ``arg.query`` is written to the file, mode
    0600, before the response is printed."""
    path = os.path.expanduser(os.path.expandvars(value))
    if not os.access(os.path.dirname(os.path.abspath(path)), os.W_OK):
        raise ValueError(f"Unable to write to file: {path}")
    query = arg.query

    def save(response: dict[str, Any]) -> None:
        status = response.get("ResponseMetadata", {}).get("HTTPStatusCode", 200)
        if status >= 300:
            return
        contents = jmespath.search(query, response)
        with open(path, "w", encoding="utf-8", opener=_private_opener) as handle:
            handle.write("" if contents is None else str(contents))

    hooks.after_call.append(save)


def _structure(arg: Argument, value: str) -> dict[str, Any]:
    """An added structure option's value: JSON, or shorthand (its values strings)."""
    text = value.strip()
    if text.startswith("{"):
        try:
            parsed = json.loads(text)
        except ValueError as exc:
            raise ValueError(
                f"Error parsing parameter '--{arg.name}': Invalid JSON: {exc}\n"
                f"JSON received: {value}"
            ) from None
    else:
        try:
            parsed = shorthand.parse(value)
        except shorthand.ShorthandParseError as exc:
            raise ValueError(f"Error parsing parameter '--{arg.name}': {exc}") from None
    if not isinstance(parsed, dict):
        raise ValueError(f"Error parsing parameter '--{arg.name}': not a structure")
    return parsed


def _revision(
    kind: str, location: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> Builder:
    """deploy's --s3-location / --github-location (awscli's LocationArgument): the
    ``revision`` member built from the location's fields."""

    def build(arg: Argument, value: str, params: dict[str, Any], hooks: Hooks) -> None:
        fields = _structure(arg, value)
        if not all(fields.get(name) for name in required):
            names = ", ".join(required[:-1]) + " and " + required[-1]
            raise RuntimeError(f"--{arg.name} must specify {names}.")
        chosen = {
            name: fields[name] for name in (*required, *optional) if name in fields
        }
        params["revision"] = {"revisionType": kind, location: chosen}

    return build


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def _fill(params: dict[str, Any], target: str | None, value: Any) -> None:
    """``Code.ZipFile``: the member set inside its (possibly given) structure."""
    assert target is not None
    *parents, last = target.split(".")
    node = params
    for name in parents:
        node = node.setdefault(name, {})
    node[last] = value


_ZIP_ERROR = (
    "--zip-file must be a zip file with the fileb:// prefix.\n"
    "Example usage:  --zip-file fileb://path/to/file.zip"
)


def _zip_file(arg: Argument, value: Any, params: dict[str, Any], hooks: Hooks) -> None:
    """lambda's --zip-file (awscli's ZipFileArgument): the bytes of a zip file."""
    data = value if isinstance(value, bytes) else str(value).encode("utf-8")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            archive.infolist()
    except zipfile.BadZipFile:
        raise ValueError(_ZIP_ERROR) from None
    _fill(params, arg.target, value)


def _member_value(
    arg: Argument, value: Any, params: dict[str, Any], hooks: Hooks
) -> None:
    """The value as it is, into the member ``arg.target`` names: translate's --data-file
    (awscli's BinaryBlobArgumentHoister: a file's bytes as a blob member of a structure)
    and the options awscli retypes (emr's --created-after)."""
    _fill(params, arg.target, value)


def split_on_commas(value: str) -> list[str]:
    """``a=1,b="x,y"``: awscli's split of a comma list, quotes and backslashes kept
    together."""
    if not any(char in value for char in "\"\\'[]"):
        return value.split(",")
    rows = list(csv.reader(io.StringIO(value), escapechar="\\", skipinitialspace=False))
    return rows[0] if rows else []


def _pairs(arg: Argument, value: str) -> list[tuple[str, str]]:
    found = []
    for pair in split_on_commas(value):
        key, sep, item = pair.partition("=")
        if not sep or "=" in item:
            # awscli unpacks ``key, value = pair.split("=")``; its message, as Python's.
            parts = len(pair.split("="))
            raise ValueError(
                f"not enough values to unpack (expected 2, got {parts})"
                if parts < 2
                else f"too many values to unpack (expected 2, got {parts})"
            )
        found.append((key, item))
    return found


def _metric_datum(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """cloudwatch put-metric-data's --metric-name, --value, ... (awscli's
    PutMetricArgument): members of the first MetricData datum."""
    datum = params.setdefault("MetricData", [{}])[0]
    member = arg.target
    if member == "Value":
        datum[member] = decimal.Decimal(value)
    elif member == "StorageResolution":
        datum[member] = int(value)
    elif member == "Dimensions":
        datum[member] = [{"Name": k, "Value": v} for k, v in _pairs(arg, value)]
    elif member == "StatisticValues":
        datum[member] = {k: decimal.Decimal(v) for k, v in _pairs(arg, value)}
    else:
        datum[str(member)] = value


def _ses_destination(
    arg: Argument, value: list[str], params: dict[str, Any], hooks: Hooks
) -> None:
    """ses send-email's --to, --cc, --bcc (awscli's AddressesArgument)."""
    if value:
        params.setdefault("Destination", {})[str(arg.target)] = value


def _ses_message(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """ses send-email's --subject, --text, --html (awscli's BodyArgument)."""
    if not value:
        return
    message = params.setdefault("Message", {"Subject": {}, "Body": {}})
    if arg.target == "Subject":
        message["Subject"] = {"Data": value}
    else:
        message["Body"][str(arg.target)] = {"Data": value}


def unique_string(prefix: str = "cli") -> str:
    """cloudfront's caller references and origin ids, as awscli makes them."""
    return f"{prefix}-{int(time.time())}-{random.randint(1, 1000000)}"


def _invalidation_paths(
    arg: Argument, value: list[str], params: dict[str, Any], hooks: Hooks
) -> None:
    """cloudfront create-invalidation --paths (awscli's PathsArgument)."""
    params["InvalidationBatch"] = {
        "CallerReference": unique_string(),
        "Paths": {"Quantity": len(value), "Items": value},
    }


def _distribution_config_template() -> dict[str, Any]:
    """The distribution awscli starts from for --origin-domain-name."""
    return {
        "CallerReference": unique_string(),
        "Origins": {"Quantity": 0, "Items": []},
        "DefaultCacheBehavior": {
            "TargetOriginId": "placeholder",
            "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}},
            "TrustedSigners": {"Enabled": False, "Quantity": 0},
            "ViewerProtocolPolicy": "allow-all",
            "MinTTL": 0,
        },
        "Enabled": True,
        "Comment": "",
    }


def _origin_domain_name(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """cloudfront create-distribution --origin-domain-name (awscli's OriginDomainName):
    one origin, an S3 one for an ``.s3.amazonaws.com`` name, else a custom one."""
    config = params.setdefault("DistributionConfig", _distribution_config_template())
    origin_id = unique_string(prefix=value)
    item: dict[str, Any] = {"Id": origin_id, "DomainName": value, "OriginPath": ""}
    if value.endswith(".s3.amazonaws.com"):
        item["S3OriginConfig"] = {"OriginAccessIdentity": ""}
    else:
        item["CustomOriginConfig"] = {
            "HTTPPort": 80,
            "HTTPSPort": 443,
            "OriginProtocolPolicy": "http-only",
        }
    config["Origins"] = {"Quantity": 1, "Items": [item]}
    config["DefaultCacheBehavior"]["TargetOriginId"] = origin_id


def _default_root_object(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """cloudfront create-distribution --default-root-object."""
    config = params.setdefault("DistributionConfig", _distribution_config_template())
    config["DefaultRootObject"] = value


def _update_default_root_object(
    arg: Argument, value: str, params: dict[str, Any], hooks: Hooks
) -> None:
    """cloudfront update-distribution --default-root-object: the distribution's current
    configuration (and its ETag as IfMatch), with the new root object."""

    def load(client: Any, request: dict[str, Any]) -> None:
        response = client.get_distribution_config(Id=request["Id"])
        request["IfMatch"] = response["ETag"]
        request["DistributionConfig"] = response["DistributionConfig"]
        request["DistributionConfig"]["DefaultRootObject"] = value

    hooks.before_call.append(load)


_CLUSTER_STATES_ERROR = (
    "aws: error: You can specify only one of the cluster state filters: "
    "--cluster-states, --active, --terminated, --failed."
)


def _cluster_states(
    arg: Argument, value: Any, params: dict[str, Any], hooks: Hooks
) -> None:
    """emr list-clusters --cluster-states and its shortcuts --active, --terminated,
    --failed (awscli's ClusterStatesArgument and kin): only one of them."""
    if arg.flag and value is not True:
        return
    if params.get("ClusterStates"):
        raise ValueError(_CLUSTER_STATES_ERROR)
    params["ClusterStates"] = list(arg.values) if arg.flag else value


def _emr_tags(
    arg: Argument, value: list[str], params: dict[str, Any], hooks: Hooks
) -> None:
    """emr add-tags --tags k=v k2 (awscli's emr TagsArgument)."""
    tags = []
    for tag in value:
        key, _, item = tag.partition("=")
        tags.append({"Key": key, "Value": item})
    params["Tags"] = tags


BUILDERS: Mapping[str, Builder] = {
    "min-max-count": _min_max_count,
    "query-outfile": _query_outfile,
    "s3-revision": _revision(
        "S3", "s3Location", ("bucket", "key", "bundleType"), ("eTag", "version")
    ),
    "github-revision": _revision(
        "GitHub", "gitHubLocation", ("repository", "commitId"), ()
    ),
    "zip-file": _zip_file,
    "member-value": _member_value,
    "metric-datum": _metric_datum,
    "ses-destination": _ses_destination,
    "ses-message": _ses_message,
    "invalidation-paths": _invalidation_paths,
    "origin-domain-name": _origin_domain_name,
    "default-root-object": _default_root_object,
    "update-default-root-object": _update_default_root_object,
    "cluster-states": _cluster_states,
    "emr-tags": _emr_tags,
}

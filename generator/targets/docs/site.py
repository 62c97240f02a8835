"""View models of the site pages around the command pages: the site's index, the
``aws`` page (awscli's provider help: global options and the services, which every
command page's breadcrumb and "See 'aws help'" link point to) and a service's ``wait``
page. Laid out by ``templates/docs/`` and ``templates/pages/%service/docs/%wait/``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.doctree.escape import rst_text
from generator.ir.model import Service
from generator.ir.site import ServiceSummary
from generator.targets.docs.layout import CURRENT, PageLayout

# awscli 1.45.11's aws page, as its provider help writes it (awscli/data/cli.json):
# not model text.
AWS_DESCRIPTION = "The AWS Command Line Interface is a unified tool to manage your AWS services."
AWS_SYNOPSIS = "aws [options] <command> <subcommand> [parameters]"
AWS_SYNOPSIS_HELP = (
    "Use *aws command help* for information on a specific command. Use *aws help topics* "
    "to view a list of available help topics. The synopsis for each command shows its "
    "parameters and their usage. Optional parameters are shown in square brackets."
)
WAIT_DESCRIPTION = (
    "Wait until a particular condition is satisfied. Each subcommand polls an API until "
    "the listed requirement is met."
)


@dataclass(frozen=True)
class GlobalOption:
    name: str  # --debug
    type_name: str  # boolean
    help: str  # RST
    choices: tuple[str, ...] = ()


# The global options the generated CLI accepts (runtime/cli.py's _global_parser), in
# awscli's order with awscli's help; --v2-debug is awscli's and the generated CLI has no
# such option; --cli-strict-validation is the generated CLI's own (README).
GLOBAL_OPTIONS: tuple[GlobalOption, ...] = (
    GlobalOption("--debug", "boolean", "Turn on debug logging."),
    GlobalOption("--endpoint-url", "string", "Override command's default URL with the given URL."),
    GlobalOption(
        "--no-verify-ssl",
        "boolean",
        "By default, the AWS CLI uses SSL when communicating with AWS services. For each "
        "SSL connection, the AWS CLI will verify SSL certificates. This option overrides "
        "the default behavior of verifying SSL certificates.",
    ),
    GlobalOption(
        "--no-paginate",
        "boolean",
        "Disable automatic pagination. If automatic pagination is disabled, the AWS CLI "
        "will only make one call, for the first page of results.",
    ),
    GlobalOption(
        "--output", "string", "The formatting style for command output.", ("json", "text", "table")
    ),
    GlobalOption("--query", "string", "A JMESPath query to use in filtering the response data."),
    GlobalOption("--profile", "string", "Use a specific profile from your credential file."),
    GlobalOption("--region", "string", "The region to use. Overrides config/env settings."),
    GlobalOption("--version", "string", "Display the version of this tool."),
    GlobalOption("--color", "string", "Turn on/off color output.", ("on", "off", "auto")),
    GlobalOption(
        "--no-sign-request",
        "boolean",
        "Do not sign requests. Credentials will not be loaded if this argument is provided.",
    ),
    GlobalOption(
        "--ca-bundle",
        "string",
        "The CA certificate bundle to use when verifying SSL certificates. Overrides "
        "config/env settings.",
    ),
    GlobalOption(
        "--cli-read-timeout",
        "int",
        "The maximum socket read time in seconds. If the value is set to 0, the socket read "
        "will be blocking and not timeout. The default value is 60 seconds.",
    ),
    GlobalOption(
        "--cli-connect-timeout",
        "int",
        "The maximum socket connect time in seconds. If the value is set to 0, the socket "
        "connect will be blocking and not timeout. The default value is 60 seconds.",
    ),
    GlobalOption(
        "--cli-strict-validation",
        "boolean",
        "Also refuse, before any request, values over a maximum, outside an enum or off a "
        "pattern, which botocore leaves to the service (an extension of the generated CLI).",
    ),
)


def global_synopsis(options: Sequence[GlobalOption]) -> tuple[str, ...]:
    """The synopsis lines of the global options (awscli's global_synopsis.rst)."""
    return tuple(
        f"[{o.name}]" if o.type_name == "boolean" else f"[{o.name} <value>]" for o in options
    )


def global_options_rst(options: Sequence[GlobalOption]) -> str:
    """The global options as awscli documents them (its global_options.rst), on the aws
    page and in a current-layout command page's Global Options section."""
    blocks = []
    for option in options:
        block = f"``{option.name}`` ({option.type_name})\n\n{option.help}"
        if option.choices:
            block += "\n\n\n" + "\n\n".join(f"*   {c}" for c in option.choices) + "\n"
        blocks.append(block)
    return "\n\n".join(blocks)


@dataclass(frozen=True)
class AwsPage:
    """The ``aws`` page (``reference/index``): awscli's provider help."""

    description: str
    synopsis: str
    synopsis_help: str
    options: str  # RST: the global options
    services: tuple[str, ...]  # docnames of the service pages: /ssm/docs/index
    label: str = "cli:aws"


def aws_page(services: Sequence[ServiceSummary]) -> AwsPage:
    return AwsPage(
        description=AWS_DESCRIPTION,
        synopsis=AWS_SYNOPSIS,
        synopsis_help=AWS_SYNOPSIS_HELP,
        options=global_options_rst(GLOBAL_OPTIONS),
        services=tuple(f"/{s.package}/docs/index" for s in services),
    )


@dataclass(frozen=True)
class SiteIndex:
    """The site's root page: the CLI reference and each service's Python client."""

    cli_reference: str  # docname of the aws page
    api_pages: tuple[str, ...]  # docname of each service's client page: ssm/api


def site_index(services: Sequence[ServiceSummary], folders: Sequence[str]) -> SiteIndex:
    """``folders``: the template folders rendered (the client pages are a part of their own)."""
    with_api = "apidocs" in folders
    return SiteIndex(
        cli_reference="reference/index",
        api_pages=tuple(f"{s.package}/api" for s in services) if with_api else (),
    )


@dataclass(frozen=True)
class WaitPage:
    """A service's ``wait`` page: the waiters as its commands (awscli's wait help)."""

    service: str  # the CLI service command
    description: str
    waiters: tuple[str, ...]
    meta_description: str | None = None  # the current layout's

    @property
    def label(self) -> str:
        return f"cli:aws {self.service} wait"

    @property
    def breadcrumbs(self) -> tuple[tuple[str, str], ...]:
        return (("aws", "cli:aws"), (self.service, f"cli:aws {self.service}"))


def wait_page(service: Service, layout: PageLayout = CURRENT) -> WaitPage:
    return WaitPage(
        service=service.cli_name,
        description=WAIT_DESCRIPTION,
        waiters=tuple(waiter.cli_name for waiter in service.wait_commands),
        meta_description=layout.run_description(f"{service.cli_name} wait"),
    )


# The package conf.py imports the tree being documented as, whatever its folder's name
# (docs/conf.py): generated code imports its siblings relatively, so autodoc needs one.
API_ROOT = "generated"


@dataclass(frozen=True)
class ApiPage:
    """A service's Python client page: Sphinx autodoc over its generated modules."""

    title: str  # RST
    label: str
    client: str  # dotted module names
    errors: str
    shapes: str

    @property
    def title_bar(self) -> str:
        return "=" * len(self.title)


def api_page(service: Service) -> ApiPage:
    module = f"{API_ROOT}.{service.package}"
    return ApiPage(
        # The full name is model text; the package is a checked identifier.
        title=rst_text(f"{service.full_name}: Python client"),
        label=f"api:{service.package}",
        client=f"{module}.client",
        errors=f"{module}.errors",
        shapes=f"{module}.shapes",
    )

"""The values of options awscli adds to model-derived commands, by builder name.

The generator decides which command has which added option (``commands.json``: an
argument with role ``custom`` names its builder); each builder turns the option's value
into request members, or into work done with the response (``after_call``), as awscli's
customisation does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from typing import Any

import jmespath  # type: ignore[import-untyped]

from . import shorthand
from .commands import Argument

AfterCall = Callable[[dict[str, Any]], None]
Builder = Callable[[Argument, str, dict[str, Any], list[AfterCall]], None]


def _min_max_count(
    arg: Argument, value: str, params: dict[str, Any], after_call: list[AfterCall]
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
    arg: Argument, value: str, params: dict[str, Any], after_call: list[AfterCall]
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

    after_call.append(save)


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

    def build(
        arg: Argument, value: str, params: dict[str, Any], after_call: list[AfterCall]
    ) -> None:
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


BUILDERS: Mapping[str, Builder] = {
    "min-max-count": _min_max_count,
    "query-outfile": _query_outfile,
    "s3-revision": _revision(
        "S3", "s3Location", ("bucket", "key", "bundleType"), ("eTag", "version")
    ),
    "github-revision": _revision(
        "GitHub", "gitHubLocation", ("repository", "commitId"), ()
    ),
}

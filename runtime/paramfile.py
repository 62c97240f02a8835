"""Option values read from files: ``file://path`` (text) and ``fileb://path`` (bytes).

AWS CLI v1 applies these to every option value (and to shorthand ``key@=`` values).
Unlike awscli v1 this never fetches ``http://`` or ``https://`` values: they are sent
as they are (AWS CLI v2 does the same).
"""

from __future__ import annotations

import os
from typing import Any


class ResourceLoadingError(Exception):
    """A ``file://``/``fileb://`` value that cannot be read (awscli's message)."""


def _read(prefix: str, value: str, binary: bool) -> str | bytes:
    file_path = os.path.expandvars(os.path.expanduser(value[len(prefix) :]))
    try:
        if binary:
            with open(file_path, "rb") as handle:
                return handle.read()
        with open(file_path) as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise ResourceLoadingError(
            f"Unable to load paramfile ({file_path}), text contents could not be decoded.  "
            "If this is a binary file, please use the fileb:// prefix instead of the "
            "file:// prefix."
        ) from None
    except OSError as exc:
        raise ResourceLoadingError(f"Unable to load paramfile {value}: {exc}") from None


def paramfile(value: Any) -> str | bytes | None:
    """The contents ``file://`` or ``fileb://`` refers to; None for any other value."""
    if isinstance(value, str):
        if value.startswith("file://"):
            return _read("file://", value, False)
        if value.startswith("fileb://"):
            return _read("fileb://", value, True)
    return None

"""The values of options awscli adds to model-derived commands, by builder name.

The generator decides which command has which added option (``commands.json``: an
argument with role ``custom`` names its builder); each builder turns the option's value
into request members, as awscli's customisation does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def _min_max_count(value: str, params: dict[str, Any]) -> None:
    """ec2 run-instances --count: ``N`` or ``min:max`` (awscli's CountArgument)."""
    try:
        low, high = value.split(":") if ":" in value else (value, value)
        params["MinCount"] = int(low)
        params["MaxCount"] = int(high)
    except ValueError:
        raise ValueError(
            "count parameter should be of form min[:max] (e.g. 1 or 1:10)"
        ) from None


BUILDERS: Mapping[str, Callable[[str, dict[str, Any]], None]] = {
    "min-max-count": _min_max_count,
}

"""Model diff: what changed between two versions of a service model, and how bad it is.

``python -m generator diff OLD NEW`` compares through the IR; see ``compare`` for the
rules, ``report`` for the output formats and ``sources`` for what OLD and NEW can be.
Its modules are imported on first use (the command line builds its parser from
``command`` without the IR).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_exports

if TYPE_CHECKING:
    from generator.diff.compare import compare_services
    from generator.diff.model import Change, DiffReport, OperationDiff, ServiceDiff, Severity
    from generator.diff.sources import diff, resolve

__all__ = [
    "Change",
    "DiffReport",
    "OperationDiff",
    "ServiceDiff",
    "Severity",
    "compare_services",
    "diff",
    "resolve",
]
_MODULES = {
    "compare_services": "generator.diff.compare",
    "diff": "generator.diff.sources",
    "resolve": "generator.diff.sources",
    **dict.fromkeys(
        ["Change", "DiffReport", "OperationDiff", "ServiceDiff", "Severity"],
        "generator.diff.model",
    ),
}

__getattr__ = lazy_exports(__name__, _MODULES, globals())

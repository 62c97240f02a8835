"""Model diff: what changed between two versions of a service model, and how bad it is.

``python -m generator diff OLD NEW`` compares through the IR; see ``compare`` for the
rules, ``report`` for the output formats and ``sources`` for what OLD and NEW can be.
"""

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

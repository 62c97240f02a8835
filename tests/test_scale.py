"""Scale without timing: selecting operations from a config is linear in their number
(counted string comparisons); ``make bench-scale`` prints time and memory per operation."""

from __future__ import annotations

from pathlib import Path

from generator.config import parse_config
from generator.ir import build_service
from generator.ir.build import select_operations
from generator.loader import load_service
from tests.synthetic import write_synthetic


class Counted(str):
    """A name that counts the equality tests made on it (a list scan makes one per
    element: selecting n names that way is n * n / 2 comparisons)."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        Counted.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_selecting_operations_from_a_config_is_linear(tmp_path: Path) -> None:
    operations = 2000
    loaded = load_service(None, write_synthetic(tmp_path, operations))
    names = [Counted(f"Op{i:05d}") for i in reversed(range(operations))]
    config = parse_config({"services": {"synthetic": {"operations": names}}}, "test")
    wanted = config.services[0].operations
    Counted.comparisons = 0
    selected = select_operations(loaded, wanted)
    assert selected == sorted(names)  # model order, not the config's
    # A few comparisons per name (hash collisions, dict lookups); a quadratic scan
    # would make about two million.
    assert Counted.comparisons <= 4 * operations
    Counted.comparisons = 0
    service = build_service(loaded, wanted[:200])
    assert len(service.operations) == 200
    assert Counted.comparisons <= 4 * 200 * 10

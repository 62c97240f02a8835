"""How deep real models nest, against the limits the generator enforces.

Usage: PYTHONPATH=. .venv/bin/python benchmarks/model_depths.py   (about 30 s)

For every service the pinned botocore ships: the deepest shape nesting an operation starts
(``loader.MAX_SHAPE_DEPTH``'s count), the largest recursive group, and the deepest
documentation tag nesting (``doctree.MAX_DEPTH``'s count). Prints the five deepest of each.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from botocore.loaders import Loader

from generator.doctree import MAX_DEPTH, Element, Node, parse_html
from generator.loader import (
    MAX_SHAPE_DEPTH,
    available_services,
    nesting_depths,
    recursive_groups,
)


def doc_depth(nodes: tuple[Node, ...]) -> int:
    deepest = 0
    stack = [(node, 1) for node in nodes]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, Element):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in node.children)
    return deepest


def documentation(raw: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    yield "service", raw.get("documentation", "")
    for name, op in raw["operations"].items():
        yield f"operations.{name}", op.get("documentation", "")
    for name, shape in raw["shapes"].items():
        yield f"shapes.{name}", shape.get("documentation", "")
        for member, ref in shape.get("members", {}).items():
            yield f"shapes.{name}.members.{member}", ref.get("documentation", "")
        for slot in ("member", "key", "value"):
            if slot in shape:
                yield f"shapes.{name}.{slot}", shape[slot].get("documentation", "")


def main() -> None:
    loader = Loader()
    shapes_deep: list[tuple[int, str]] = []
    groups: list[tuple[int, str]] = []
    docs_deep: list[tuple[int, str]] = []
    for service in available_services():
        raw = loader.load_service_model(service, "service-2")
        depths = nesting_depths(raw["shapes"])
        roots = [
            ref["shape"]
            for op in raw["operations"].values()
            for ref in (op.get("input"), op.get("output"), *op.get("errors", []))
            if ref
        ]
        shapes_deep.append((max((depths[r][0] for r in roots), default=0), service))
        groups.append((max(map(len, recursive_groups(raw["shapes"]))), service))
        docs_deep.append(
            max(
                (
                    (doc_depth(parse_html(html).nodes), f"{service} {where}")
                    for where, html in documentation(raw)
                    if html
                ),
                default=(0, service),
            )
        )
    for title, rows, limit in (
        (f"shape nesting (limit {MAX_SHAPE_DEPTH})", shapes_deep, MAX_SHAPE_DEPTH),
        ("largest recursive group", groups, MAX_SHAPE_DEPTH),
        (f"documentation tag nesting (limit {MAX_DEPTH})", docs_deep, MAX_DEPTH),
    ):
        rows.sort(reverse=True)
        print(
            f"{title}: deepest {rows[0][0]} ({rows[0][1]}); over the limit: "
            f"{sum(1 for depth, _ in rows if depth > limit)}"
        )
        for depth, where in rows[1:5]:
            print(f"  {depth:4d}  {where}")


if __name__ == "__main__":
    main()

"""Docstring text wrapped to the line length, keeping the model's paragraphs and lists.

``Doc.to_text()`` gives paragraphs (one line each, blank lines between) and list blocks
(``- item`` lines, nested items two spaces further in). ``wrap_text`` fills each
paragraph and each item to a width, an item's continuation lines hanging two spaces in
under its text; ``unwrap_text`` undoes it exactly (``unwrap_text(wrap_text(t, w)) ==
t``), which the tests check over real models. Words are never broken (a URL longer
than the width stays whole on its line) and a continuation line never starts with
``- `` (that word stays on the line before), so items and continuations are told apart.
"""

from __future__ import annotations

import textwrap

ITEM = "- "


def _pad(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" "))]


def _fill(line: str, width: int, first_width: int) -> list[str]:
    pad = _pad(line)
    body = line[len(pad) :]
    hang = pad + "  " if body.startswith(ITEM) or pad else pad
    # The first line may be shorter (a docstring's opening quotes, "name: " before it):
    # textwrap's initial_indent takes that room, removed again below.
    lead = " " * max(width - first_width, 0)
    lines = textwrap.wrap(
        body,
        width,
        initial_indent=lead + pad,
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    if not lines:
        return [line]
    lines[0] = lines[0][len(lead) :]
    if lines[0].strip() == "-" and len(lines) > 1:  # an item's marker keeps its first word
        lines[0:2] = [f"{lines[0]} {lines[1].strip()}"]
    # A continuation starting with "- " would read as a new item: keep that "-" above.
    for index in range(1, len(lines)):
        rest = lines[index][len(hang) :]
        if rest.startswith(ITEM) or rest == "-":
            lines[index - 1] += " -"
            lines[index] = hang + rest[2:]
    return [line for line in lines if line.strip()]


def wrap_text(text: str, width: int, first_width: int | None = None) -> str:
    """``text`` (paragraphs and lists, as ``Doc.to_text`` gives it) filled to ``width``
    columns; the very first line to ``first_width``."""
    first = width if first_width is None else first_width
    blocks = []
    for block in text.split("\n\n"):
        lines: list[str] = []
        for line in block.split("\n"):
            lines.extend(_fill(line, width, first))
            first = width
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def unwrap_text(text: str) -> str:
    """The text ``wrap_text`` filled: continuation lines joined back to their line."""
    blocks = []
    for block in text.split("\n\n"):
        logical: list[str] = []
        pads: list[int] = []
        for line in block.split("\n"):
            pad = len(_pad(line))
            item = line[pad:].startswith(ITEM)
            list_block = bool(logical) and (logical[0].lstrip(" ").startswith(ITEM) or pads[0] > 0)
            if logical and not item and (not list_block or pad >= pads[-1] + 2):
                logical[-1] += " " + line.strip()
            else:
                logical.append(line)
                pads.append(pad)
        blocks.append("\n".join(logical))
    return "\n\n".join(blocks)

"""Python source laid out as black lays it out, for the few constructs the client
templates emit: docstrings, type annotations, calls and bracketed literals.

black formats a file and, when that changed anything, formats the result once more
(``black.format_str``). Text that is already in black's layout costs one pass instead of
two, which halves the formatting of a large service (about half of a cold run). black
still formats every file: these rules only have to be right for the output to be fast,
never for it to be correct (a test checks the generated modules black leaves as they
are, and the corpus run counts them over every service).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

LINE_LENGTH = 88  # black's (format.black_mode: a test ties them)
INDENT = "    "


def fits(line: str) -> bool:
    # Generated Python is ASCII (escaping.py), so a character is a column.
    return len(line) <= LINE_LENGTH


# --- docstrings -------------------------------------------------------------------


_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")


def docstring(body: str, indent: str) -> str:
    """The text between a docstring's quotes as black leaves it, for an escaped
    ``body`` (``escaping.docstring_body``) whose quotes sit at ``indent``: lines after
    the first indented with the quotes, and the closing quotes on a line of their own
    when they would not fit after the last line."""
    if _BACKSLASH_NEWLINE.search(body):
        return body  # black leaves such a docstring exactly as it is
    lines = body.split("\n")
    if len(lines) > 1:
        rest = [line for line in lines[1:] if line.strip()]
        common = min((len(line) - len(line.lstrip()) for line in rest), default=0)
        lines = [lines[0].strip()] + [
            indent + line[common:] if line.strip() else "" for line in lines[1:]
        ]
    text = "\n".join(lines)
    trailing = len(text) - len(text.rstrip("\\"))
    if trailing % 2:
        return text + " "  # an odd backslash would escape the closing quotes
    # black pads a docstring that ends with a quote mark, unless the closing quotes
    # go on a line of their own (which it decides with the pad counted).
    padded = text + " " if text.endswith('"') else text
    if len(lines) > 1 and len(padded.rsplit("\n", 1)[-1]) + 3 > LINE_LENGTH:
        return f"{text}\n{indent}"
    return padded


# --- expressions ------------------------------------------------------------------


@dataclass(frozen=True)
class Atom:
    """A name, a dotted name or a string literal: black never splits one."""

    text: str


@dataclass(frozen=True)
class Bracketed:
    """``head`` + ``open`` + items + ``close``: a subscript, a call, a dict or a list."""

    head: str
    open: str
    items: tuple[Expr, ...]
    close: str


@dataclass(frozen=True)
class Union:
    """``a | b | c``, which black splits before each ``|`` inside parentheses."""

    parts: tuple[Expr, ...]


Expr = Atom | Bracketed | Union


def flat(expr: Expr) -> str:
    """The expression on one line."""
    if isinstance(expr, Atom):
        return expr.text
    if isinstance(expr, Union):
        return " | ".join(flat(part) for part in expr.parts)
    return f"{expr.head}{expr.open}{', '.join(flat(item) for item in expr.items)}{expr.close}"


def parse(text: str) -> Expr:
    """An annotation as ``pytypes.annotation`` writes it (names, ``X[...]`` and ``|``,
    string literals inside ``Literal[...]``) as an expression to lay out. Text of any
    other form is one atom, left on its line for black to split (a second pass for
    that file, the same bytes in the end)."""
    try:
        expr, end = _union(text, 0)
    except _NotAnAnnotation:
        return Atom(text)
    return expr if end == len(text) else Atom(text)


class _NotAnAnnotation(Exception):
    pass


def _union(text: str, at: int) -> tuple[Expr, int]:
    parts = []
    while True:
        part, at = _primary(text, at)
        parts.append(part)
        if not text.startswith(" | ", at):
            break
        at += 3
    return (parts[0] if len(parts) == 1 else Union(tuple(parts))), at


def _primary(text: str, at: int) -> tuple[Expr, int]:
    start = at
    if text[at : at + 1] in ('"', "'"):
        quote, at = text[at], at + 1
        while at < len(text) and text[at] != quote:
            at += 2 if text[at] == "\\" else 1
        if at >= len(text):
            raise _NotAnAnnotation(text)
        return Atom(text[start : at + 1]), at + 1
    while at < len(text) and (text[at].isalnum() or text[at] in "._"):
        at += 1
    if at == start:
        raise _NotAnAnnotation(text)
    if not text.startswith("[", at):
        return Atom(text[start:at]), at
    head, at = text[start:at], at + 1
    items = []
    while True:
        item, at = _union(text, at)
        items.append(item)
        if text.startswith(", ", at):
            at += 2
            continue
        if text.startswith("]", at):
            return Bracketed(head, "[", tuple(items), "]"), at + 1
        raise _NotAnAnnotation(text)


def lines(
    expr: Expr, indent: str, prefix: str = "", suffix: str = "", *, nested: bool = False
) -> list[str]:
    """``prefix`` + the expression + ``suffix`` at ``indent``, split as black splits
    it when it does not fit: at the outer brackets (the items on one line if they fit,
    else one per line with a trailing comma), and a union before each ``|``, inside
    parentheses of its own unless it is ``nested`` in brackets already. ``prefix`` ends
    where the expression starts (``"name: "``, ``"X = "``)."""
    one = f"{indent}{prefix}{flat(expr)}{suffix}"
    if fits(one) or isinstance(expr, Atom):
        return [one]
    inner = indent + INDENT
    if isinstance(expr, Union):
        if nested:
            return _union_lines(expr, indent, prefix, suffix)
        if fits(inner + flat(expr)):
            body = [inner + flat(expr)]
        else:
            body = _union_lines(expr, inner)
        return [f"{indent}{prefix}(", *body, f"{indent}){suffix}"]
    head = f"{indent}{prefix}{expr.head}{expr.open}"
    tail = f"{indent}{expr.close}{suffix}"
    joined = inner + ", ".join(flat(item) for item in expr.items)
    if fits(joined):
        return [head, joined, tail]
    if len(expr.items) == 1 and expr.open == "[":
        # One subscript item gets no trailing comma (``X[a,]`` is a tuple index).
        return [head, *lines(expr.items[0], inner, nested=True), tail]
    body = []
    for item in expr.items:
        body += lines(item, inner, suffix=",", nested=True)
    return [head, *body, tail]


def _union_lines(expr: Union, indent: str, prefix: str = "", suffix: str = "") -> list[str]:
    """A union split before each ``|``, each part laid out on its own."""
    result = []
    last = len(expr.parts) - 1
    for index, part in enumerate(expr.parts):
        lead = prefix if index == 0 else "| "
        result += lines(part, indent, lead, suffix if index == last else "", nested=True)
    return result


def call(indent: str, head: str, items: Sequence[str], close: str = ")", suffix: str = "") -> str:
    """``head(items)`` + ``suffix`` laid out as black lays it out; the items are
    atoms (names, literals, ``key: value`` pairs) black does not split further."""
    open_ = head[-1]
    expr = Bracketed(head[:-1], open_, tuple(Atom(item) for item in items), close)
    return "\n".join(lines(expr, indent, suffix=suffix))


def annotated(indent: str, name: str, annotation: str, default: str = "", suffix: str = "") -> str:
    """``name: annotation`` (with `` = default`` when there is one) + ``suffix``: a
    parameter or a dataclass field. A union is parenthesised as a whole when it
    does not fit, with the default after the parentheses."""
    return "\n".join(
        lines(
            parse(annotation), indent, f"{name}: ", f" = {default}{suffix}" if default else suffix
        )
    )


def field(indent: str, name: str, annotation: str, default: str = "") -> str:
    """A class field, ``name: annotation`` or ``name: annotation = default``. Unlike a
    parameter's, a field's default is a statement's right-hand side: black splits
    there first (``= (``, the default, ``)``) when the line up to ``= (`` fits, and in
    the annotation only when it does not, parenthesising even a lone name."""
    tail = f" = {default}" if default else ""
    if fits(f"{indent}{name}: {annotation}{tail}"):
        return f"{indent}{name}: {annotation}{tail}"
    head = f"{indent}{name}: {annotation} = ("
    if default and fits(head):
        return f"{head}\n{indent}{INDENT}{default}\n{indent})"
    expr = parse(annotation)
    if isinstance(expr, Atom):
        return f"{indent}{name}: (\n{indent}{INDENT}{annotation}\n{indent}){tail}"
    return "\n".join(lines(expr, indent, f"{name}: ", tail))


def returns(annotation: str) -> str:
    """The line that closes a method's parameter list, ``) -> annotation:``; a lone
    name that does not fit is parenthesised, anything else split at its brackets."""
    one = f"{INDENT}) -> {annotation}:"
    expr = parse(annotation)
    if fits(one) or not isinstance(expr, Atom):
        return "\n".join(lines(expr, INDENT, ") -> ", ":"))
    return f"{INDENT}) -> (\n{INDENT * 2}{annotation}\n{INDENT}):"


def assignment(indent: str, name: str, value: str) -> str:
    """``name = value`` for a value in annotation syntax (a type alias)."""
    return "\n".join(lines(parse(value), indent, f"{name} = "))

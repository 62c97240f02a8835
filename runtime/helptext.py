"""``help``: a command's reference page (the docs target's RST, shipped in the package as
``docs/<command>.rst``) rendered as plain text for a terminal.

The pages are the generator's own, so this reads only the reStructuredText they use:
titles, sections, paragraphs, ``.. note::``-style admonitions, ``::`` literal blocks,
bullet lists, toctrees (as lists of the pages they name) and inline markup (literals, emphasis, links, roles, backslash escapes).
The layout is a manual page's: section names in capitals at the margin, text indented
and wrapped. Through a pager (``$MANPAGER``, ``$PAGER``, else ``less -R``) when stdout is
a terminal, as awscli does; plain otherwise.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import textwrap
from typing import TextIO

INDENT = " " * 7
_WIDTH = 79
_ADORNMENT = re.compile(r"^([=*^~\-#])\1{2,}\s*$")
_DIRECTIVE = re.compile(r"^\.\. (\w[\w-]*)::\s*(.*)$")
_LABEL = re.compile(r"^\.\. _.*:\s*$")
# An option's heading line on a page: ``--session-id`` (string)
_HEADING = re.compile(r"^``[^`]+``.*\)\s*$")
_BREADCRUMB = re.compile(r"^\[ :ref:.*\]\s*$")
_ROLE = re.compile(r":(?:ref|doc):`((?:[^`\\]|\\.)*)`")
_LINK = re.compile(r"`((?:[^`\\]|\\.)*?)\s*<([^<>`]*)>`__?")
_LITERAL = re.compile(r"``(.+?)``")
_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_ESCAPE = re.compile(r"\\(.)")
_BULLET = re.compile(r"^(\s*)([*-]) (.*)$")


def _role_text(match: re.Match[str]) -> str:
    """``:doc:`'aws help' </reference/index>``` -> 'aws help'."""
    body = match.group(1)
    titled = re.match(r"(.*?)\s*<[^<>]*>$", body)
    return titled.group(1) if titled else body


def inline(text: str) -> str:
    """Inline markup -> plain text: literals shown as they are (markup inside them is
    text), emphasis unmarked, a link as its text (as awscli's help shows it), roles as their titles,
    backslash escapes undone."""
    parts = _LITERAL.split(text)  # odd items: the literals' text
    return "".join(part if odd else _markup(part) for odd, part in _alternate(parts))


def _alternate(parts: list[str]) -> list[tuple[bool, str]]:
    return [(index % 2 == 1, part) for index, part in enumerate(parts)]


def _markup(text: str) -> str:
    text = _ROLE.sub(_role_text, text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRONG.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text)


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def render(page: str, width: int = _WIDTH) -> str:
    """A page's text for a terminal ``width`` columns wide."""
    lines = page.splitlines()
    out: list[str] = []
    paragraph: list[str] = []
    base = len(INDENT)

    def flush(extra: int = 0) -> None:
        if paragraph:
            text = inline(" ".join(part.strip() for part in paragraph))
            pad = " " * (base + extra)
            out.extend(
                textwrap.wrap(
                    text,
                    max(width - len(pad), 20),
                    initial_indent=pad,
                    subsequent_indent=pad,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
                or [pad.rstrip()]
            )
            out.append("")
            paragraph.clear()

    index = 0
    paragraph_indent = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _ADORNMENT.match(line) and _ADORNMENT.match(
            lines[index + 2] if index + 2 < len(lines) else ""
        ):
            flush(paragraph_indent)  # an overlined title: the page's name
            out.extend([inline(following.strip()).upper(), ""])
            index += 3
            continue
        if stripped and _ADORNMENT.match(following) and not _ADORNMENT.match(line):
            flush(paragraph_indent)  # a section title
            out.extend([inline(stripped).upper(), ""])
            index += 2
            continue
        if _LABEL.match(line) or _BREADCRUMB.match(line):
            index += 1
            continue
        directive = _DIRECTIVE.match(stripped)
        if directive is not None:
            flush(paragraph_indent)
            name = directive.group(1)
            depth = _indent_of(line)
            shown = name not in ("raw", "include", "meta", "toctree", "highlight")
            if name == "toctree":  # the pages it lists, as a list of commands
                index += 1
                while index < len(lines) and (
                    not lines[index].strip() or _indent_of(lines[index]) > depth
                ):
                    entry = lines[index].strip()
                    if entry and not entry.startswith(":"):
                        # wait/index is the page of the command "wait"
                        entry = entry.removesuffix("/index").replace("/", " ")
                        out.append(f"{INDENT}{' ' * depth}* {entry}")
                    index += 1
                out.append("")
                continue
            if shown:
                out.append(f"{INDENT}{' ' * depth}{name.upper()}:")
                if directive.group(2):
                    paragraph.append(directive.group(2))
                    flush(depth + 2)
            index += 1
            block: list[str] = []
            while index < len(lines) and (
                not lines[index].strip() or _indent_of(lines[index]) > depth
            ):
                block.append(lines[index])
                index += 1
            if shown:
                body = render("\n".join(_dedent(block)), width - 2 - depth)
                pad = " " * (2 + depth)
                out.extend((pad + row) if row else row for row in body.splitlines())
                out.append("")
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            # A literal block follows: shown as it is, indented.
            text = stripped[:-1] if stripped != "::" else ""
            if text.endswith(":") and text[:-1].endswith(" "):
                text = text[:-2]
            if text:
                paragraph.append(text)
            flush(paragraph_indent)
            index += 1
            block = []
            while index < len(lines) and (
                not lines[index].strip() or _indent_of(lines[index]) > 0
            ):
                block.append(lines[index])
                index += 1
            for row in _dedent(block):
                out.append(f"{INDENT}  {row}".rstrip())
            while out and not out[-1]:
                out.pop()
            out.append("")
            continue
        bullet = _BULLET.match(line)
        if bullet is not None:
            flush(paragraph_indent)
            depth = len(bullet.group(1))
            item = [bullet.group(3)]
            index += 1
            while (
                index < len(lines)
                and lines[index].strip()
                and not _BULLET.match(lines[index])
                and _indent_of(lines[index]) > depth
            ):
                item.append(lines[index].strip())
                index += 1
            pad = " " * (base + depth)
            out.extend(
                textwrap.wrap(
                    inline(" ".join(item)),
                    max(width - len(pad) - 2, 20),
                    initial_indent=pad + "* ",
                    subsequent_indent=pad + "  ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
            if index >= len(lines) or not _BULLET.match(lines[index]):
                out.append("")
            continue
        if not stripped:
            flush(paragraph_indent)
            index += 1
            continue
        if _HEADING.match(line):
            flush(paragraph_indent)
            out.extend([INDENT + inline(stripped), ""])
            index += 1
            continue
        if not paragraph:
            paragraph_indent = _indent_of(line)
        paragraph.append(line)
        index += 1
    flush(paragraph_indent)
    while out and not out[-1]:
        out.pop()
    return "\n".join(_squeeze(out)) + "\n"


def _dedent(block: list[str]) -> list[str]:
    indents = [_indent_of(row) for row in block if row.strip()]
    cut = min(indents) if indents else 0
    rows = [row[cut:] if row.strip() else "" for row in block]
    while rows and not rows[-1]:
        rows.pop()
    while rows and not rows[0]:
        rows.pop(0)
    return rows


def _squeeze(lines: list[str]) -> list[str]:
    """At most one blank line in a row."""
    kept: list[str] = []
    for line in lines:
        if not line.strip() and kept and not kept[-1].strip():
            continue
        kept.append(line.rstrip())
    return kept


def page_through(text: str, stdout: TextIO) -> None:
    """Through the pager when stdout is a terminal; written out otherwise."""
    if _is_a_tty(stdout):
        pager = os.environ.get("MANPAGER") or os.environ.get("PAGER") or "less -R"
        try:
            process = subprocess.Popen(shlex.split(pager), stdin=subprocess.PIPE)
        except OSError:
            stdout.write(text)
            return
        assert process.stdin is not None
        try:
            process.stdin.write(text.encode("utf-8", "replace"))
            process.stdin.close()
        except BrokenPipeError:
            pass  # the reader quit early
        process.wait()
        return
    stdout.write(text)
    stdout.flush()


def _is_a_tty(stream: TextIO) -> bool:
    try:
        return os.isatty(stream.fileno())
    except Exception:
        return False

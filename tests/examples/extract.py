"""The ``aws ...`` command lines of awscli's example pages, and the files the pages show.

An example page (``awscli/examples/<service>/<command>.rst``) shows its command lines in
``::`` literal blocks, often continued over several lines with ``\\`` and with quoted
values that span lines (JSON). A command line is read as a POSIX shell would read it:
``\\``-newline joins lines, a quote left open continues onto the next line, and the words
are split by ``shlex``. Shell syntax that needs a shell (pipes, ``$(...)``, variables,
redirections, ``;``/``&&``) is found by a small scanner that knows the quoting rules, so
``'{"a": "$x | y"}'`` is one plain word.

A page also shows the contents of the files its commands read: a literal block after a
paragraph that names the file (``Contents of ``policy.json``::``), or a block opening
with a ``policy.json:`` line. ``FileShown`` records those by base name.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import awscli

EXAMPLES = Path(awscli.__file__).parent / "examples"
PROMPTS = ("$ ", "% ", "C:\\> ", "PS C:\\> ", "> ")
FILE_NAME = re.compile(r"[\w./~:\\-]+\.(?:json|yaml|yml|txt|xml|sh|py|csv|html|js|pem|cfg|conf)\b")
OWN_LINE_NAME = re.compile(r"^\s*(?:Contents of\s+)?`{0,2}([\w./-]+\.\w+)`{0,2}\s*:?\s*$")


@dataclass(frozen=True)
class CommandLine:
    """One ``aws ...`` command line of an example page."""

    page: str  # "ssm/send-command.rst"
    line: int  # 1-based line of the page where it starts
    text: str  # as written, continuations joined
    argv: tuple[str, ...] | None  # the words; None when the quoting does not close
    shell: tuple[str, ...]  # shell syntax found (see shell_features), in order
    windows: bool = False  # continued with ``^`` (cmd.exe) or a backtick (PowerShell)

    @property
    def source(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass
class Page:
    """An example page: its command lines and the files it shows."""

    name: str
    commands: list[CommandLine] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # base name -> contents


@dataclass(frozen=True)
class _Block:
    start: int  # 0-based index of the block's first line in the page
    lines: tuple[str, ...]  # dedented
    intro: str  # the paragraph before the ``::``


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def literal_blocks(text: str) -> Iterator[_Block]:
    """The ``::`` literal blocks of an RST text, dedented, with the paragraph before (and
    the block quotes that open with an ``aws`` command line: a few pages forget the
    ``::``)."""
    lines = text.expandtabs(4).splitlines()
    index = 0
    paragraph: list[str] = []
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            paragraph = []
            index += 1
            continue
        quoted = not paragraph and _indent(line) > 0 and _is_command(line)
        paragraph.append(line.strip())
        index += 1
        if quoted:  # a block quote (no ``::``) showing a command: read it the same way
            base = _indent(line) - 1
            index -= 1
        elif not line.rstrip().endswith("::"):
            continue
        else:
            base = _indent(line)
        body_start = index
        while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > base):
            index += 1
        body = lines[body_start:index]
        while body and not body[-1].strip():
            body.pop()
        nonblank = [_indent(item) for item in body if item.strip()]
        if nonblank:
            cut = min(nonblank)
            first = next(i for i, item in enumerate(body) if item.strip())
            yield _Block(
                body_start + first,
                tuple(item[cut:] for item in body[first:]),
                " ".join(paragraph),
            )
        paragraph = []


def shell_features(text: str) -> tuple[str, ...]:
    """The shell syntax in a command line that a POSIX shell would act on (outside the
    quotes that make it literal): pipe, command-substitution, variable, redirection,
    placeholder (an unquoted ``<name>``, which a shell reads as a redirection),
    command-list (``;``, ``&&``, ``||``), background (``&``). A ``#`` starting a word ends
    the scan (a comment)."""
    found: list[str] = []

    def add(kind: str) -> None:
        if kind not in found:
            found.append(kind)

    quote = ""
    index = 0
    word_start = True
    while index < len(text):
        char = text[index]
        nxt = text[index + 1] if index + 1 < len(text) else ""
        if quote == "'":
            if char == "'":
                quote = ""
            index += 1
            continue
        if char == "\\":
            index += 2
            word_start = False
            continue
        if char == "`":
            add("command-substitution")
        elif char == "$":
            if nxt == "(":
                add("command-substitution")
            elif nxt and (nxt.isalnum() or nxt in "_{@*#?!-"):
                add("variable")
        elif quote == '"':
            if char == '"':
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#" and word_start:
            break
        elif char == "|":
            add("command-list" if nxt == "|" else "pipe")
            index += 1 if nxt == "|" else 0
        elif char == "&":
            if nxt == "&":
                add("command-list")
                index += 1
            elif index > 0 and text[index - 1] == ">":
                pass  # 2>&1: part of the redirection
            else:
                add("background")
        elif char == ";":
            add("command-list")
        elif char in "<>":
            close = re.match(r"<[\w .:/-]+>", text[index:])
            if char == "<" and close is not None:
                add("placeholder")
                index += close.end() - 1
            else:
                add("redirection")
        word_start = char in " \t\n"
        index += 1
    return tuple(found)


def _strip_prompt(line: str) -> str:
    for prompt in PROMPTS:
        if line.startswith(prompt) and line[len(prompt) :].lstrip().startswith("aws "):
            return line[len(prompt) :].lstrip()
    return line


def _is_command(line: str) -> bool:
    stripped = _strip_prompt(line.strip())
    return stripped == "aws" or stripped.startswith("aws ")


def _split(text: str) -> tuple[str, ...] | None:
    try:
        return tuple(shlex.split(text, comments=True, posix=True))
    except ValueError:
        return None


def commands_in_block(page: str, block: _Block) -> Iterator[CommandLine]:
    lines = block.lines
    index = 0
    while index < len(lines):
        if not _is_command(lines[index]):
            index += 1
            continue
        start = index
        text = _strip_prompt(lines[index].strip())
        windows = False
        while True:
            stripped = text.rstrip()
            continued = stripped.endswith("\\") and not stripped.endswith("\\\\")
            windowsy = stripped.endswith(" ^") or stripped.endswith(" `")
            if (continued or windowsy) and index + 1 < len(lines):
                windows = windows or windowsy
                index += 1
                text = stripped[:-1] + lines[index]
                continue
            if (
                _split(text) is None
                and index + 1 < len(lines)
                and not _is_command(lines[index + 1])
            ):
                index += 1  # a quote spans lines: the newline is part of the word
                text = text + "\n" + lines[index]
                continue
            break
        index += 1
        yield CommandLine(
            page, block.start + start + 1, text, _split(text), shell_features(text), windows
        )


def _shown_files(block: _Block) -> dict[str, str]:
    """Files a block shows: named by the paragraph before it, or by its own first line
    (``policy.json:``), when the block is not itself a command line."""
    lines = list(block.lines)
    if not lines or _is_command(lines[0]):
        return {}
    own = OWN_LINE_NAME.match(lines[0])
    if own is not None and len(lines) > 1:
        return {Path(own.group(1)).name: "\n".join(lines[1:]) + "\n"}
    names = {Path(name.replace("\\", "/")).name for name in FILE_NAME.findall(block.intro)}
    return {name: "\n".join(lines) + "\n" for name in names}


def _inline_files(block: _Block) -> dict[str, str]:
    """``policy.json:`` followed by its contents inside a command's own block."""
    found: dict[str, str] = {}
    lines = block.lines
    for index, line in enumerate(lines):
        own = OWN_LINE_NAME.match(line)
        if own is None or index == 0 or not _is_command(lines[0]):
            continue
        body: list[str] = []
        for item in lines[index + 1 :]:
            if _is_command(item) or OWN_LINE_NAME.match(item):
                break
            body.append(item)
        while body and not body[-1].strip():
            body.pop()
        if body:
            found[Path(own.group(1)).name] = "\n".join(body) + "\n"
    return found


def read_page(path: Path, name: str) -> Page:
    page = Page(name)
    for block in literal_blocks(path.read_text(encoding="utf-8")):
        page.commands.extend(commands_in_block(name, block))
        page.files.update(_inline_files(block))
        for file_name, contents in _shown_files(block).items():
            page.files.setdefault(file_name, contents)
    return page


def read_corpus(root: Path = EXAMPLES, folders: list[str] | None = None) -> list[Page]:
    """Every example page under ``root`` (``<folder>/<command>.rst``), sorted by name."""
    pages = []
    for path in sorted(root.glob("*/*.rst")):
        folder = path.parent.name
        if folders is None or folder in folders:
            pages.append(read_page(path, f"{folder}/{path.name}"))
    return pages

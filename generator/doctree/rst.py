"""Render a documentation tree to RST exactly as awscli's bcdoc ``ReSTStyle`` does.

awscli writes into a stack of strings and some closing handlers pop the last write
(to strip a trailing space, or to drop an empty ``<b/>``); the writer below keeps that
stack so the output matches awscli's chunk for chunk. The only deliberate difference:
text nodes are escaped (``escape.rst_text``) so model text never becomes markup.
"""

from __future__ import annotations

import re

from generator.doctree.escape import (
    open_at_end,
    prefix_ok,
    reveal_hidden_literal,
    rst_text,
    safe_href,
)
from generator.doctree.tree import Element, Node, Text

INDENT_WIDTH = 2
_MARKUP = {"b": "**", "bold": "**", "i": "*", "italics": "*", "code": "``"}


class RstWriter:
    """awscli's ReSTDocument + ReSTStyle, for the handlers model HTML can reach."""

    def __init__(self, base: int = 0, level: int = 0) -> None:
        self.writes: list[str] = []
        self.base = base  # spaces
        self.level = level  # awscli indentation units (2 spaces each)
        self.do_p = True
        self.list_depth = 0
        self.keep_data = True
        self.code_depth = 0
        self.inline_depth = 0  # inside awscli's **…**, *…* or a link
        self.pending: tuple[int, str] | None = None  # a text ending in a markup char

    # -- ReSTDocument ---------------------------------------------------------------
    def write(self, content: str) -> None:
        if self.keep_data:
            self._settle(content)
            self.writes.append(content)

    def _settle(self, content: str) -> None:
        """Escape a text's trailing ``*``/``|``/`` ` `` now that we see what follows."""
        pending, self.pending = self.pending, None
        if pending is None or not content:
            return
        index, chunk = pending
        if content[0].isspace() or index >= len(self.writes) or self.writes[index] != chunk:
            return
        self.writes[index] = chunk[:-1] + "\\" + chunk[-1]

    def writeln(self, content: str) -> None:
        self.write(f"{self.spaces()}{content}\n")

    def pop_write(self) -> str:
        return self.writes.pop()

    def push_write(self, content: str) -> None:
        self.writes.append(content)

    def getvalue(self) -> str:
        return "".join(self.writes)

    # -- ReSTStyle ------------------------------------------------------------------
    def spaces(self) -> str:
        return " " * (self.base + self.level * INDENT_WIDTH)

    def indent(self) -> None:
        self.level += 1

    def dedent(self) -> None:
        if self.level > 0:
            self.level -= 1

    def new_paragraph(self) -> None:
        self.write(f"\n\n{self.spaces()}")

    def new_line(self) -> None:
        self.write(f"\n{self.spaces()}")

    def strip_content(self, start: int) -> bool:
        """Right-strip the writes after index ``start`` (an opener); False if empty.

        awscli strips only the last write, so ``<b>x <i>y</i> </b>`` closes after a
        space (``**x *y* **``), which is no end-string; stripping every trailing write
        repairs that and changes nothing awscli gets right.
        """
        while len(self.writes) > start + 1 and not self.writes[-1].rstrip(" "):
            self.writes.pop()
        if len(self.writes) <= start + 1:
            return False
        self.writes[-1] = self.writes[-1].rstrip(" ")
        return True

    def separate(self) -> None:
        """awscli writes ``word**b**`` for ``word<b>b</b>``: no start-string after a
        letter, so the markup shows and its content is parsed as text. An escaped space
        (``\\ ``, which renders as nothing) lets the markup start there."""
        last = next((chunk[-1] for chunk in reversed(self.writes) if chunk), "")
        if last and not prefix_ok(last) and not (self.code_depth or self.inline_depth):
            self.write("\\ ")

    def inline(self, el: Element, markup: str, lstrip: list[bool]) -> None:
        """awscli's start_b/end_b (and i, code): ``**text** `` with a trailing space."""
        if not self.keep_data:
            self.children(el, lstrip)
            return
        before = len(self.writes)
        self.separate()
        start = len(self.writes)
        self.write(markup)
        code = markup == "``"
        self.code_depth += code
        self.inline_depth += not code
        self.children(el, lstrip)
        self.inline_depth -= not code
        self.code_depth -= code
        if not self.strip_content(start):
            del self.writes[before:]  # an empty <b/>: no markup at all (nor separator)
            if _only_space(el) and not self._ends_in_space():
                # <code> </code> (cloudtrail's "('<code> </code>', ...)"): awscli's empty
                # literal "```` " is broken markup; the space stays, as text.
                self.write(" ")
            return
        self.write(markup + " ")

    def link(self, el: Element, lstrip: list[bool]) -> None:
        r"""awscli's start_a/end_a: ```text <href>`__`` (``\:`` for colons in the text)."""
        # Only http(s) and mailto targets become links, percent-encoded where a
        # character could end the reference; "< https://…>" is no embedded URI.
        href = safe_href(el.attr("href") or "") or ""
        if not href or not self.keep_data:
            # <a>DescribeInstances</a> (or an empty href): awscli writes the text
            # between spaces. (For href="" it also leaves a stray backtick: not here.)
            self.write(" ")
            self.children(el, lstrip)
            self.write(" ")
            return
        self.separate()
        start = len(self.writes)
        self.write("`")
        self.inline_depth += 1
        self.children(el, lstrip)
        self.inline_depth -= 1
        if self.strip_content(start):
            last = self.writes.pop()
            self.push_write(last.replace(":", r"\:"))
            self.push_write(f" <{href}>`__")
        else:
            del self.writes[start:]
            self.push_write(f"`<{href}>`__")
        self.write(" ")

    def start_codeblock(self) -> None:
        self.write("::")
        self.indent()
        self.new_paragraph()

    def end_codeblock(self) -> None:
        self.dedent()
        self.new_paragraph()

    def start_ul(self) -> None:
        if self.list_depth != 0:
            self.indent()
        self.list_depth += 1
        self.new_paragraph()

    def end_ul(self) -> None:
        self.list_depth -= 1
        if self.list_depth != 0:
            self.dedent()
        self.new_paragraph()

    def start_li(self) -> None:
        self.new_line()
        self.do_p = False
        self.write("* ")

    def end_li(self) -> None:
        self.do_p = True
        self.new_line()

    def li(self, text: str) -> None:
        """awscli's ``style.li`` (used by page code for enum values)."""
        if text:
            self.start_li()
            self.writeln(text)
            self.end_li()

    def start_note(self, directive: str) -> None:
        self.new_paragraph()
        self.write(f".. {directive}::")
        self.indent()
        self.new_paragraph()

    def end_note(self) -> None:
        self.dedent()
        self.new_paragraph()

    # -- the tree -------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if data and self.keep_data:
            self.write(data)

    def text(self, data: str, *, lstrip: bool = False) -> None:
        if lstrip:
            data = data.lstrip()
        if not data:
            return
        if data.isspace():
            if self.writes and self.writes[-1] in ("**", "*", "``"):
                # "** ``x``**" breaks the literal; awscli's opener must touch the text.
                return
            out = " "
        else:
            end_space = data[-1].isspace()
            words = data.split()
            pending = False
            if self.code_depth:
                out = reveal_hidden_literal(" ".join(words))
            else:
                before = self._context()
                out = rst_text(" ".join(words), before, inline=self.inline_depth > 0)
                pending = not end_space and open_at_end(out, before)
            if end_space:
                out += " "
            self.handle_data(out)
            if pending and self.keep_data:
                self.pending = (len(self.writes) - 1, out)
            return
        self.handle_data(out)

    def _ends_in_space(self) -> bool:
        """Does the output so far end in whitespace (or is it empty)?"""
        last = next((chunk for chunk in reversed(self.writes) if chunk), "")
        return not last or last[-1].isspace()

    def _context(self) -> str:
        """The end of the current line, as far back as escaping needs: its last
        character and whether anything but spaces precedes on the line. Stops at the
        first chunk with text, so a long paragraph costs no more than a short one."""
        tail: list[str] = []
        for chunk in reversed(self.writes):
            newline = chunk.rfind("\n")
            part = chunk[newline + 1 :] if newline >= 0 else chunk
            tail.append(part)
            if newline >= 0 or part.strip():
                break
        return "".join(reversed(tail))

    def node(self, node: Node, lstrip: list[bool]) -> None:
        if isinstance(node, Text):
            strip = lstrip[0]
            if strip:
                stripped = node.data.lstrip()
                if stripped:
                    lstrip[0] = False
                self.text(stripped)
            else:
                self.text(node.data)
            return
        self.element(node, lstrip)

    def children(self, element: Element, lstrip: list[bool]) -> None:
        for child in element.children:
            self.node(child, lstrip)

    def element(self, el: Element, lstrip: list[bool]) -> None:
        tag = el.tag
        if tag == "li":
            # awscli's LineItemNode strips leading whitespace up to the first text.
            self.start_li()
            self.children(el, [True])
            self.end_li()
        elif tag == "p":
            if self.do_p:
                self.write(f"\n\n{self.spaces()}")
            self.children(el, lstrip)
            if self.do_p:
                self.write(f"\n\n{self.spaces()}")
        elif tag in _MARKUP:
            if _contains_link(el) or (tag != "code" and self.inline_depth):
                # RST nests no inline markup: awscli's "* `x <u>`__*" and "**a *b* **"
                # break, so the inner text goes out plain, followed by the space
                # awscli's end markup writes ("*b* is" stays "b is", not "bis").
                self.children(el, lstrip)
                if self.keep_data and self.inline_depth and not _contains_link(el):
                    self.write(" ")
                elif self.keep_data and _contains_link(el) and not self._ends_in_space():
                    # awscli's end markup writes a space after it ("`` `E <u>`__
                    # .Address`` field."): without it ".Address" and "field." glue.
                    self.write(" ")
            else:
                self.inline(el, _MARKUP[tag], lstrip)
        elif tag == "a":
            self.link(el, lstrip)
        elif tag in ("note", "important", "danger"):
            start = len(self.writes)
            self.start_note({"note": "note", "important": "warning", "danger": "danger"}[tag])
            opened = len(self.writes)
            self.children(el, lstrip)
            if not "".join(self.writes[opened:]).strip():
                # An empty directive is a docutils error: leave it out.
                del self.writes[start:]
                self.level -= 1
                return
            self.end_note()
        elif tag in ("ul", "ol"):
            self.start_ul()
            self.children(el, lstrip)
            self.end_ul()
        elif tag in ("fullname", "examples"):
            self.keep_data = False
            self.children(el, lstrip)
            self.keep_data = True
        elif tag == "codeblock":
            self.start_codeblock()
            self.code_depth += 1
            self.children(el, lstrip)
            self.code_depth -= 1
            self.end_codeblock()
        else:  # pragma: no cover - the parser only builds handled tags
            self.children(el, lstrip)


_NOT_INLINE = frozenset({"a", "p", "note", "important", "danger", "ul", "ol", "li", "codeblock"})


def _contains_link(el: Element) -> bool:
    """Does ``el`` hold a link or a block (which RST inline markup cannot hold)?"""
    return any(
        isinstance(child, Element)
        and ((child.tag in _NOT_INLINE and not _plain_anchor(child)) or _contains_link(child))
        for child in el.children
    )


def _only_space(el: Element) -> bool:
    """Does ``el`` hold whitespace and nothing else?"""
    texts = [child for child in el.children if isinstance(child, Text)]
    return (
        len(texts) == len(el.children) > 0
        and not "".join(t.data for t in texts).strip()
        and any(t.data for t in texts)
    )


def _plain_anchor(el: Element) -> bool:
    """An ``<a>`` without a target we link to: written as its text (``link``), so the
    markup around it stays (awscli's ``*Please use X instead.*``)."""
    return el.tag == "a" and not safe_href(el.attr("href") or "")


def normalise(text: str) -> str:
    """Right-strip lines, drop leading/trailing blank lines, collapse blank runs."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1{3,}")


def _no_transition(line: str) -> str:
    """A line of 4+ repeated punctuation is a transition/section adornment even when
    escaped ("\\\\"); an escaped space ("\\ ", which renders as nothing) in front
    keeps it text."""
    body = line.lstrip(" ")
    if _ADORNMENT.fullmatch(body):
        return line[: len(line) - len(body)] + "\\ " + body
    return line


MAX_LINE = 8000  # docutils refuses lines over 10000 characters (line_length_limit)


def _wrap(line: str, *, literal: bool = False) -> str:
    """Break an over-long line: a paragraph at spaces (RST reflows it), a literal line with
    no spaces (ec2's 900 instance types as ``"a"|"b"|...``) after a ``|`` or ``,``, its
    continuation indented alike so it stays in its block. A word of text longer than a
    line (only hostile models have one) is cut with an escaped line break (``\\`` at the
    end of a line: docutils removes both), which a literal line cannot take."""
    if len(line) <= MAX_LINE:
        return line
    body = line.lstrip(" ")
    pad = " " * (len(line) - len(body) + (2 if body.startswith("* ") else 0))
    out: list[str] = []
    rest = line
    while len(rest) > MAX_LINE:
        cut = rest.rfind(" ", len(pad) + 1, MAX_LINE)
        joiner = ""
        if cut <= len(pad):
            cut = (
                max(
                    rest.rfind("|", len(pad) + 1, MAX_LINE), rest.rfind(",", len(pad) + 1, MAX_LINE)
                )
                + 1
            )
            if cut <= len(pad) + 1:
                if literal:
                    break
                cut = MAX_LINE
                while rest[cut - 1] == "\\" or rest[cut].isspace():
                    cut -= 1  # never between an escape and what it escapes
                joiner = "\\"
        out.append(rest[:cut].rstrip() + joiner)
        rest = pad + rest[cut:].lstrip()
    out.append(rest)
    return "\n".join(out)


def _literal_lines(lines: list[str]) -> list[bool]:
    """Which lines are inside a literal block: after a line ending in ``::``, the lines
    indented deeper than it (and blank lines among them)."""
    flags: list[bool] = []
    opener: int | None = None  # indentation of the ``::`` line
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if opener is not None and line.strip() and indent <= opener:
            opener = None
        flags.append(opener is not None and bool(line.strip()))
        if opener is None and line.rstrip().endswith("::"):
            opener = indent
    return flags


def render_rst(nodes: tuple[Node, ...], indent: int, *, hanging: bool = False) -> str:
    writer = RstWriter(base=indent)
    writer.write("\n" if hanging else f"\n{writer.spaces()}")
    for node in nodes:
        writer.node(node, [False])
    return finish(writer.getvalue())


def finish(raw: str) -> str:
    """A writer's output as a clean block: normalised, no accidental transitions, no
    line docutils would refuse."""
    lines = [_no_transition(line) for line in normalise(raw).split("\n")]
    return "\n".join(
        _wrap(line, literal=literal)
        for line, literal in zip(lines, _literal_lines(lines), strict=True)
    )

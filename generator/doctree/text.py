"""Render a documentation tree as plain text (for Python docstrings)."""

from __future__ import annotations

from generator.doctree.tree import Element, Node, Text

_BLOCKS = frozenset({"p", "note", "important", "danger", "codeblock"})
_LISTS = frozenset({"ul", "ol"})
_DROPPED = frozenset({"fullname", "examples"})


class _TextWriter:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.inline: list[str] = []

    def flush(self, prefix: str = "") -> None:
        text = " ".join("".join(self.inline).split())
        self.inline = []
        if text:
            self.blocks.append(prefix + text)

    def walk(self, nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            if isinstance(node, Text):
                self.inline.append(node.data)
            elif node.tag in _DROPPED:
                continue
            elif node.tag in _LISTS:
                self.flush()
                items = _list_items(node, 0)
                if items:
                    self.blocks.append("\n".join(items).strip("\n"))
            elif node.tag in _BLOCKS:
                self.flush()
                self.walk(node.children)
                self.flush()
            elif node.tag == "a":
                self.inline.append(_link(node))
            else:
                self.walk(node.children)


def _inline_text(nodes: tuple[Node, ...]) -> str:
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            parts.append(node.data)
        elif node.tag in _DROPPED or node.tag in _LISTS:
            continue
        elif node.tag == "a":
            parts.append(_link(node))
        else:
            parts.append(" " if node.tag in _BLOCKS else "")
            parts.append(_inline_text(node.children))
    return "".join(parts)


def _link(node: Element) -> str:
    text = " ".join(_inline_text(node.children).split())
    href = node.attr("href") or ""
    if href.startswith(("http://", "https://")) and href != text:
        return f"{text} ({href})" if text else href
    return text


def _nest(lines: list[str], nested: list[str]) -> None:
    """A nested list between blank lines: without them, RST (Sphinx's autodoc) reads
    it as a block quote that ends without a blank line."""
    if not nested:
        return
    if lines and lines[-1]:
        lines.append("")
    lines.extend(nested)
    lines.append("")


def _list_items(node: Element, depth: int) -> list[str]:
    lines: list[str] = []
    pad = "  " * depth
    for child in node.children:
        if isinstance(child, Element) and child.tag == "li":
            text = " ".join(_inline_text(child.children).split())
            if text:
                lines.append(f"{pad}- {text}")
            for sub in child.children:
                if isinstance(sub, Element) and sub.tag in _LISTS:
                    _nest(lines, _list_items(sub, depth + 1))
        elif isinstance(child, Element) and child.tag in _LISTS:
            _nest(lines, _list_items(child, depth + 1))
        else:
            text = " ".join(_inline_text((child,)).split())
            if text:
                lines.append(f"{pad}{text}")
    return lines


def render_text(nodes: tuple[Node, ...]) -> str:
    writer = _TextWriter()
    writer.walk(nodes)
    writer.flush()
    return "\n\n".join(writer.blocks)

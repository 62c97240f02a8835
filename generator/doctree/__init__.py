"""Model HTML documentation, parsed once into a small tree that renders to RST and text.

``parse_html(html) -> Doc``; ``Doc.to_rst(indent)`` renders the RST the pinned AWS CLI
(awscli 1.45.11, ``bcdoc``) writes for the same HTML, with the model's text escaped so
docutils reads it as text; ``Doc.to_text()`` renders plain text for docstrings.

The tree keeps exactly what awscli's ``HTMLTree`` keeps: tags awscli has a handler for
become elements, every other tag is transparent (its text stays, the tag goes).
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from generator.doctree.rst import render_rst
from generator.doctree.text import render_text
from generator.doctree.tree import HANDLED_TAGS, Element, Node, Text

__all__ = ["MAX_DEPTH", "Doc", "DocTooDeep", "Element", "Node", "Text", "parse_html"]

# How deep handled tags may nest. The deepest documentation in botocore 1.43.11 nests 10
# (ec2's IpamPrefixListResolverRuleRequest); every walker of the tree recurses, and the
# docs pages render it inside shapes nested up to loader.MAX_SHAPE_DEPTH, so the bound
# keeps both together far from Python's recursion limit.
MAX_DEPTH = 50
DEEPEST_BOTOCORE = 10


class DocTooDeep(ValueError):
    """Documentation whose tags nest deeper than ``MAX_DEPTH``."""

    def __init__(self) -> None:
        super().__init__(
            f"HTML tags nest deeper than {MAX_DEPTH} (the deepest botocore documentation "
            f"nests {DEEPEST_BOTOCORE})"
        )


@dataclass(frozen=True)
class Doc:
    """Parsed documentation: a tuple of top-level nodes (frozen, hashable)."""

    nodes: tuple[Node, ...] = ()

    def to_rst(self, indent: int = 0, *, hanging: bool = False) -> str:
        """RST for this documentation, every line indented by ``indent`` spaces.

        Lines are right-stripped and runs of blank lines collapsed (RST reads them the
        same). ``hanging=True`` renders as awscli does right after a bare newline (an
        option heading): text before the first block element is not indented.
        """
        return render_rst(self.nodes, indent, hanging=hanging)

    def to_text(self) -> str:
        """Plain text: paragraphs separated by blank lines, list items as ``- item``."""
        return render_text(self.nodes)

    def __bool__(self) -> bool:
        return _has_content(self.nodes)


def _has_content(nodes: tuple[Node, ...]) -> bool:
    for node in nodes:
        if isinstance(node, Text):
            if node.data.strip():
                return True
        elif node.tag not in ("fullname", "examples") and _has_content(node.children):
            return True
    return False


class _Builder:
    def __init__(
        self, tag: str, attrs: tuple[tuple[str, str | None], ...], parent: _Builder | None
    ) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node | _Builder] = []

    def freeze(self) -> Element:
        return Element(self.tag, self.attrs, _freeze_all(self.children))


def _freeze_all(items: list[Node | _Builder]) -> tuple[Node, ...]:
    return tuple(item.freeze() if isinstance(item, _Builder) else item for item in items)


class _Parser(HTMLParser):
    """awscli's DocStringParser/HTMLTree, building frozen nodes instead of writing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Builder("", (), None)
        self.current = self.root
        self.depth = 0  # open handled elements
        # Just passed a tag awscli ignores (<script>, <span>...): awscli then drops the
        # space that follows and glues words ("a <span>x</span> y" -> "a xy").
        self.after_ignored_tag = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HANDLED_TAGS:
            self.after_ignored_tag = True
            return
        if self.depth >= MAX_DEPTH:
            raise DocTooDeep
        node = _Builder(tag, tuple(attrs), self.current)
        # The node's parent stays the list (its end tag returns there), but markup
        # between items is written inside the item before, as stray text is.
        self._list_item_before(tag).children.append(node)
        self.current = node
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        # As awscli: any handled end tag closes the innermost open element.
        if tag not in HANDLED_TAGS:
            self.after_ignored_tag = True
        elif self.current.parent is not None:
            self.current = self.current.parent
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.after_ignored_tag and data[:1].isspace() and not data.isspace():
            self.current.children.append(Text(" "))  # keep the words apart
        self.after_ignored_tag = False
        target = self._list_item_before("") if data.strip() else self.current
        if target is not self.current:
            # The writer drops a text's leading space: "<li>a</li> more" -> "* a more".
            target.children.append(Text(" "))
        target.children.append(Text(data))

    def _list_item_before(self, tag: str) -> _Builder:
        """Where content opened by ``tag`` (text: "") goes: the current element, or,
        between list items (``<li>a</li> more about <code>a</code> <li>b</li>``, seen in
        es), the item before, since awscli writes it unindented after the bullet, which
        docutils rejects."""
        target = self.current
        if target.tag not in ("ul", "ol") or tag == "li":
            return target
        items = [c for c in target.children if isinstance(c, _Builder) and c.tag == "li"]
        return items[-1] if items else target


def parse_html(source: str) -> Doc:
    """Parse model documentation HTML. Malformed HTML degrades to text; only tags nested
    deeper than ``MAX_DEPTH`` fail (``DocTooDeep``)."""
    if not source:
        return Doc()
    parser = _Parser()
    parser.feed(source)
    # awscli writes the tree after feed() and starts a new one for what close() flushes,
    # so text held back until close() lands at the top level.
    parser.current = parser.root
    parser.depth = 0
    parser.close()
    return Doc(_freeze_all(parser.root.children))

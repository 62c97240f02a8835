"""The documentation tree: frozen, hashable nodes."""

from __future__ import annotations

from dataclasses import dataclass

# Tags awscli's ReSTStyle has handlers for; any other tag is transparent.
HANDLED_TAGS = frozenset(
    {
        "p",
        "b",
        "bold",
        "i",
        "italics",
        "code",
        "a",
        "note",
        "important",
        "danger",
        "ul",
        "ol",
        "li",
        "fullname",
        "examples",
        "codeblock",
    }
)


@dataclass(frozen=True)
class Text:
    data: str


@dataclass(frozen=True)
class Element:
    tag: str
    attrs: tuple[tuple[str, str | None], ...] = ()
    children: tuple[Node, ...] = ()

    def attr(self, name: str) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return None


Node = Text | Element

"""Model HTML documentation, parsed once into a small tree that renders to RST and text.

PLACEHOLDER interface (to be replaced by the full implementation):
``parse_html(html) -> Doc``; ``Doc.to_rst(indent)`` and ``Doc.to_text()``.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Doc:
    source: str

    def to_text(self) -> str:
        return _html.unescape(re.sub(r"<[^>]+>", "", self.source)).strip()

    def to_rst(self, indent: int = 0) -> str:
        pad = " " * indent
        return "\n".join(pad + line for line in self.to_text().splitlines())

    def __bool__(self) -> bool:
        return bool(self.source.strip())


def parse_html(source: str) -> Doc:
    return Doc(source)

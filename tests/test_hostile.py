"""Hostile model text comes out as text: the kitchensink fixture's outputs.

Its PutEverything documentation holds triple quotes, backslash escapes (\\U, \\u0020,
\\N{...}), a lone backslash, Jinja delimiters, RST markup and non-ASCII text; TreeNode.Label
holds bidirectional controls (Trojan Source), a NUL byte and a zero-width space. The
docstring, and the docs page text as docutils reads it, must equal the model's plain text;
no generated file may carry a raw control or bidi character.
"""

from __future__ import annotations

import ast
import html
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import black
import pytest

from generator.format import BLACK_MODE
from tests import rst
from tests.conftest import KITCHENSINK, ROOT

GOLDENS = ROOT / "tests" / "goldens" / "kitchensink"
MODEL = json.loads(KITCHENSINK.read_text(encoding="utf-8"))
HIDDEN = {"Cc", "Cf", "Zl", "Zp"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain(html_text: str) -> str:
    """The model documentation's text, independently of the generator: tags dropped,
    entities decoded, whitespace collapsed."""
    parser = _Text()
    parser.feed(html_text)
    parser.close()
    return " ".join(html.unescape("".join(parser.parts)).split())


def collapse(text: str) -> str:
    return " ".join(text.split())


def visible(text: str) -> str:
    """How the generator writes hidden characters: as backslash escapes."""
    out = []
    for ch in text:
        if ch != "\n" and unicodedata.category(ch) in HIDDEN:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def test_hostile_docstring_round_trips() -> None:
    tree = ast.parse((GOLDENS / "kitchensink" / "client.py").read_text(encoding="utf-8"))
    method = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == "put_everything"
    )
    docstring = ast.get_docstring(method) or ""
    expected = plain(MODEL["operations"]["PutEverything"]["documentation"])
    assert '"""' in expected and "\\U0001F600" in expected and "{{ service.name }}" in expected
    assert collapse(docstring).startswith(expected)


def test_hidden_characters_are_written_as_visible_escapes_in_python() -> None:
    source = (GOLDENS / "kitchensink" / "shapes.py").read_text(encoding="utf-8")
    label = MODEL["shapes"]["TreeNode"]["members"]["Label"]["documentation"]
    assert "\u202e" in label and "\x00" in label
    # The source spells them as escape sequences (no raw bidi or NUL in the file) and the
    # docstring's value is exactly the model's text.
    assert visible(plain(label)) in source
    tree = ast.parse(source)
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "TreeNode")
    assert plain(label) in collapse(ast.get_docstring(node) or "")


@pytest.mark.parametrize(
    "path", sorted(p for p in GOLDENS.rglob("*") if p.is_file()), ids=lambda p: p.name
)
def test_no_generated_file_carries_hidden_characters(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    hidden = {ch for ch in text if ch not in "\n" and unicodedata.category(ch) in HIDDEN}
    assert hidden == set(), f"{path}: {sorted(map(hex, map(ord, hidden)))}"


@pytest.mark.parametrize(
    "path", sorted(GOLDENS.rglob("*.py")), ids=lambda p: p.relative_to(GOLDENS).as_posix()
)
def test_generated_python_is_black_stable(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    compile(text, str(path), "exec")
    assert black.format_str(text, mode=BLACK_MODE) == text


def rst_text_and_warnings(text: str) -> tuple[str, str]:
    document, warnings = rst.parse(text)
    return document.astext(), warnings


@pytest.mark.parametrize(
    "page", sorted((GOLDENS / "kitchensink" / "docs").glob("*.rst")), ids=lambda p: p.name
)
def test_docs_pages_parse_without_warnings(page: Path) -> None:
    _, warnings = rst_text_and_warnings(page.read_text(encoding="utf-8"))
    assert warnings == ""


def test_hostile_rst_text_round_trips() -> None:
    page = (GOLDENS / "kitchensink" / "docs" / "put-everything.rst").read_text(encoding="utf-8")
    text, _ = rst_text_and_warnings(page)
    expected = plain(MODEL["operations"]["PutEverything"]["documentation"])
    assert expected in collapse(text)


def test_hidden_characters_in_rst_are_visible_escapes() -> None:
    page = (GOLDENS / "kitchensink" / "docs" / "get-tree.rst").read_text(encoding="utf-8")
    text, _ = rst_text_and_warnings(page)
    label = plain(MODEL["shapes"]["TreeNode"]["members"]["Label"]["documentation"])
    assert re.sub(r"\s+", " ", visible(label)) in collapse(text)

"""The terminal rendering of reference pages (runtime/helptext.py) over every page the
goldens and the committed tree hold: no markup left, every paragraph's words kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from runtime import helptext
from tests.conftest import ROOT

PAGES = sorted(
    [
        *(ROOT / "tests" / "goldens").rglob("docs/*.rst"),
        *(ROOT / "generated").rglob("docs/*.rst"),
    ]
)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_pages_render_without_markup(page: Path) -> None:
    text = helptext.render(page.read_text(encoding="utf-8"))
    for markup in ("``", ":doc:`", ":ref:`", ".. note::", ".. _", "`_"):
        assert markup not in text, markup
    title = page.parent.parent.name if page.stem == "index" else page.stem
    assert text.splitlines()[0] == title.upper()


def test_inline_markup() -> None:
    assert helptext.inline("a ``x **y**`` *b* **c** `d <https://e>`_ \\*f") == "a x **y** b c d *f"
    assert helptext.inline(":doc:`'aws help' </reference/index>`") == "'aws help'"
    assert helptext.inline(":ref:`ssm <cli:aws ssm>`") == "ssm"


def test_blocks() -> None:
    page = 'Title\n=====\n\nSome text\nthat wraps.\n\n.. note::\n\n  Careful.\n\n::\n\n  {\n    "a": 1\n  }\n\n* one\n* two\n'
    text = helptext.render(page)
    assert re.search(r"^TITLE$", text, re.M)
    assert "       Some text that wraps." in text
    assert "       NOTE:" in text and "Careful." in text
    assert '           "a": 1' in text
    assert "       * one\n       * two" in text
    wrapped = helptext.render("Title\n=====\n\n" + "word " * 100, width=60)
    assert max(len(line) for line in wrapped.splitlines()) <= 60


def test_toctree_entries_are_commands() -> None:
    page = "Title\n=====\n\n.. toctree::\n  :maxdepth: 1\n\n  resume-session\n  wait/index\n"
    text = helptext.render(page)
    # wait/index is the wait command's own page: listed as "wait", as aws help lists it
    assert "* resume-session\n" in text and "* wait\n" in text and "index" not in text

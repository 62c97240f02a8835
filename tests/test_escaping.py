from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.escaping import docstring_body, identifier, normalise_docstring_text, py_string

HOSTILE = [
    'triple """ quotes',
    'ends with a quote"',
    "ends with a backslash \\",
    "\\U0001F600 \\u0020 \\N{BULLET} \\x00",
    "{{ jinja }} {% if %}",
    "nul \x00 byte",
    "bidi \u202e override \u2066 isolate",
    "line\u2028separator",
    "tab\tand\r\ncrlf",
    "café — 日本",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_py_string_round_trips(text: str) -> None:
    literal = py_string(text)
    assert ast.literal_eval(literal) == text
    assert "\u202e" not in literal and "\x00" not in literal


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_round_trips_after_normalisation(text: str) -> None:
    body = docstring_body(text)
    value = ast.literal_eval('"""' + body + '"""')
    assert value == normalise_docstring_text(text)
    # Control and bidi characters are written as visible escapes, never raw.
    assert "\u202e" not in body and "\x00" not in body and "\u2028" not in body


@given(st.text())
def test_docstring_round_trips_any_text(text: str) -> None:
    body = docstring_body(text)
    assert ast.literal_eval('"""' + body + '"""') == normalise_docstring_text(text)


@given(st.text())
def test_py_string_round_trips_any_text(text: str) -> None:
    assert ast.literal_eval(py_string(text)) == text


def test_identifier_rejects_keywords_and_junk() -> None:
    assert identifier("session_id") == "session_id"
    for bad in ("lambda", "global", "a-b", "1x", ""):
        with pytest.raises(ValueError):
            identifier(bad)


def test_python_source_is_ascii_and_keeps_the_value() -> None:
    # right single quote, en dash, e acute, lambda, an emoji, Cyrillic a
    text = "It\u2019s \u2013 caf\u00e9 \u03bb \U0001f600 \u0430"
    literal = py_string(text)
    assert literal.isascii() and ast.literal_eval(literal) == text
    body = docstring_body(text)
    assert body.isascii() and ast.literal_eval(f'"""{body}"""') == text

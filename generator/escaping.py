"""Model text is data. One function per output context turns it into safe source text."""

from __future__ import annotations

import keyword
import re
import unicodedata

# Characters that may need more than themselves in the output, found by one regex scan so
# the per-character checks run only on them (printable ASCII is most model text).
_NOT_PRINTABLE_ASCII = re.compile(r"[^\x20-\x7e]")
_PY_STRING_SPECIAL = re.compile(r'[^\x20-\x7e]|[\\"]')
_DOCSTRING_SPECIAL = re.compile(r'[^\x20-\x7e\n]|[\\"]')


def _visible(ch: str) -> str:
    """Escape a character Python source should not carry raw (controls, bidi, NUL)."""
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def is_hidden(ch: str) -> bool:
    """A character no generated file may carry raw (it is written as an escape)."""
    return _needs_escape(ch)


def has_unprintable(text: str) -> bool:
    """Does ``text`` hold anything but printable ASCII (a hidden character, a line
    break, a tab or any non-ASCII character)? False means no character is hidden."""
    return _NOT_PRINTABLE_ASCII.search(text) is not None


def escape_text(ch: str) -> str:
    """The backslash escape that names a hidden character: ``\\u202e``, ``\\x00``."""
    return _visible(ch)


def _needs_escape(ch: str) -> bool:
    # Cc: control (NUL, ESC, CR...), Cf: format (bidi overrides U+202A-202E, U+2066-2069,
    # zero-width joiners), Cs: lone surrogates, Zl/Zp: line/paragraph separators that
    # Python and editors treat as line breaks.
    if ch == "\n":
        return False
    return unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _python_escape(ch: str) -> bool:
    """Python source is written in ASCII: every other character as an escape (the value
    is the same), so no homoglyph, ambiguous quote or hidden character reaches the
    source, and ruff's RUF001-RUF003 have nothing to find."""
    return ord(ch) > 0x7E or _needs_escape(ch)


_PY_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}
_SINGLE_QUOTED_SPECIAL = re.compile(r"[^\x20-\x7e]|[\\']")
_SINGLE_QUOTED_ESCAPES = {**_PY_STRING_ESCAPES, "'": "\\'", '"': '"'}


def _py_string_char(match: re.Match[str]) -> str:
    ch = match.group()
    return _PY_STRING_ESCAPES.get(ch) or (_visible(ch) if _python_escape(ch) else ch)


def _single_quoted_char(match: re.Match[str]) -> str:
    ch = match.group()
    return _SINGLE_QUOTED_ESCAPES.get(ch) or (_visible(ch) if _python_escape(ch) else ch)


def py_string(text: str) -> str:
    """A Python string literal whose value is exactly ``text`` (ASCII source), in
    double quotes unless single quotes need fewer escapes (black's choice)."""
    if '"' in text and text.count("'") < text.count('"'):
        return "'" + _SINGLE_QUOTED_SPECIAL.sub(_single_quoted_char, text) + "'"
    return '"' + _PY_STRING_SPECIAL.sub(_py_string_char, text) + '"'


def _docstring_char(match: re.Match[str]) -> str:
    ch = match.group()
    if ch == "\\":
        return "\\\\"
    if ch == '"':
        # Escaping every quote rules out both an early close and a trailing quote.
        return '\\"'
    return _visible(ch) if _python_escape(ch) else ch


def docstring_body(text: str) -> str:
    """The inside of a triple-double-quoted (non-raw) docstring whose value is ``text``,
    in ASCII (other characters as escapes).

    Lines are right-stripped and tabs expanded first, as black would do; the value after
    that normalisation round-trips exactly.
    """
    return _DOCSTRING_SPECIAL.sub(_docstring_char, normalise_docstring_text(text))


def normalise_docstring_text(text: str) -> str:
    """The text a docstring can faithfully carry: no trailing spaces, no tabs, stripped."""
    lines = [line.expandtabs(8).rstrip() for line in text.strip().splitlines()]
    return "\n".join(lines)


def identifier(name: str) -> str:
    """Assert ``name`` is a usable Python identifier; the IR computes them, this guards."""
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"not a safe Python identifier: {name!r}")
    return name

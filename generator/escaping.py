"""Model text is data. One function per output context turns it into safe source text."""

from __future__ import annotations

import keyword
import unicodedata


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


def py_string(text: str) -> str:
    """A Python string literal whose value is exactly ``text`` (ASCII source)."""
    body = []
    for ch in text:
        if ch == "\\":
            body.append("\\\\")
        elif ch == '"':
            body.append('\\"')
        elif ch == "\n":
            body.append("\\n")
        elif ch == "\t":
            body.append("\\t")
        elif _python_escape(ch):
            body.append(_visible(ch))
        else:
            body.append(ch)
    return '"' + "".join(body) + '"'


def docstring_body(text: str) -> str:
    """The inside of a triple-double-quoted (non-raw) docstring whose value is ``text``,
    in ASCII (other characters as escapes).

    Lines are right-stripped and tabs expanded first, as black would do; the value after
    that normalisation round-trips exactly.
    """
    text = normalise_docstring_text(text)
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            # Escaping every quote rules out both an early close and a trailing quote.
            out.append('\\"')
        elif _python_escape(ch):
            out.append(_visible(ch))
        else:
            out.append(ch)
    return "".join(out)


def normalise_docstring_text(text: str) -> str:
    """The text a docstring can faithfully carry: no trailing spaces, no tabs, stripped."""
    lines = [line.expandtabs(8).rstrip() for line in text.strip().splitlines()]
    return "\n".join(lines)


def identifier(name: str) -> str:
    """Assert ``name`` is a usable Python identifier; the IR computes them, this guards."""
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"not a safe Python identifier: {name!r}")
    return name

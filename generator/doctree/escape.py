"""Escape model text for RST: backslash-escape a character only where docutils would
otherwise read it as markup, so ordinary text comes out byte for byte as awscli writes it.

The rules follow docutils' inline markup recognition rules (start-strings need a
whitespace/punctuation prefix and a non-whitespace character after; ``name_`` references
need an end-string suffix) and its block constructs recognised at the start of a line
(comments/directives, bullets, enumerators, field lists, line blocks, doctests,
transitions) plus a paragraph-ending ``::``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import quote

from generator.escaping import escape_text, has_unprintable, is_hidden

# Characters that may open inline markup (emphasis/strong, literal, interpreted text,
# inline targets, substitution references).
_START_CHARS = frozenset("*`|")
# Quote/bracket pairs: a start-string between a matching pair is not markup (rule 5).
_PAIRS = {"'": "'", '"': '"', "<": ">", "(": ")", "[": "]", "{": "}"}
# docutils' punctuation_chars, ASCII part: openers + delimiters may precede a
# start-string; closers + delimiters + closing delimiters may follow an end-string.
_ASCII_PREFIX = frozenset("\"'(<[{-/:")
_ASCII_SUFFIX = frozenset("\"')>]}-/:\\.,;!?")
_SIMPLENAME = re.compile(r"(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*\Z")
_NAME_CHARS = re.compile(r"[\w.+:-]")
_ENUMERATOR = re.compile(r"\(?(\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)](\s|$)")
_FIELD = re.compile(r":(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)")
_TRANSITION = re.compile(r"([!-/:-@\[-`{-~])\1{3,}(\s|$)")
# What rst_text looks at after the first character: the rest is written as it is.
_RST_SPECIAL = re.compile(r"[\\_:*`|]|[^\x20-\x7e\n]")


def prefix_ok(ch: str) -> bool:
    """Can inline markup start right after ``ch`` ('' = start of a text block)?"""
    if not ch or ch.isspace():
        return True
    if ch.isascii():
        return ch in _ASCII_PREFIX
    return unicodedata.category(ch) in ("Ps", "Pi", "Pf", "Pd", "Po")


def _suffix_ok(ch: str) -> bool:
    """Can an end-string (or ``name_``) be followed by ``ch`` ('' = end of text)?"""
    if not ch or ch.isspace():
        return True
    if ch.isascii():
        return ch in _ASCII_SUFFIX
    return unicodedata.category(ch) in ("Pe", "Pi", "Pf", "Pd", "Po")


def _line_start_escape(text: str) -> bool:
    """Does ``text``, starting a line, open a block construct?"""
    if text.startswith(("..", "__")) and (len(text) == 2 or text[2].isspace()):
        return True
    if text[0] in "*+-\u2022\u2023\u2043|" and (len(text) == 1 or text[1].isspace()):
        return True
    if text.startswith(">>>"):
        return True
    # (Option lists need two spaces after the option; awscli joins words with one.)
    return bool(_ENUMERATOR.match(text) or _FIELD.match(text) or _TRANSITION.match(text))


def _reference_ends(text: str, before: str) -> set[int]:
    """Indexes of ``_`` characters that would end a ``name_``/``name__``/``[1]_`` reference."""
    found: set[int] = set()
    n = len(text)
    j = 0
    while j < n:
        if text[j] != "_" or (j > 0 and text[j - 1] == "_"):
            j += 1
            continue
        run = 1
        while j + run < n and text[j + run] == "_":
            run += 1
        after = text[j + run] if j + run < n else ""
        if run <= 2 and j > 0 and _suffix_ok(after):
            if text[j - 1] in "]`":
                found.update(range(j, j + run))
            else:
                s = j - 1
                while s >= 0 and _NAME_CHARS.match(text[s]):
                    prev = text[s - 1] if s > 0 else (before[-1:] if before else "")
                    if prefix_ok(prev) and _SIMPLENAME.match(text[s:j]):
                        found.update(range(j, j + run))
                        break
                    s -= 1
        j += run
    return found


def hidden_escape(ch: str) -> str | None:
    """``\\uXXXX``-style text for a hidden character (bidi controls, NUL, zero-width:
    Trojan Source, CVE-2021-42574), or None for a visible one."""
    return escape_text(ch) if is_hidden(ch) else None


def reveal_hidden_literal(text: str) -> str:
    """Inside an RST literal (backslashes are literal there): hidden characters written
    as visible escape text."""
    if not has_unprintable(text.replace("\n", " ")):
        return text
    return "".join(hidden_escape(ch) or ch for ch in text)


_SHOWN_BREAKS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown_in_literal(text: str) -> str:
    """Model text for inside a literal (a ``…`` or a literal block), where it must stay
    on one line: hidden characters, line breaks and tabs written as visible escapes."""
    if not has_unprintable(text):
        return text
    return "".join(_SHOWN_BREAKS.get(ch) or hidden_escape(ch) or ch for ch in text)


def inline_literal(text: str) -> str:
    """``text`` as an inline literal; text a literal cannot hold (``````, a space or
    backquote at either end, nothing at all) as escaped plain text instead."""
    shown = shown_in_literal(text)
    if not shown or "``" in shown or shown[0] in " `" or shown[-1] in " `":
        return rst_text(shown)
    return f"``{shown}``"


def safe_href(href: str) -> str | None:
    """A link target for an RST embedded URI: http(s) and mailto only (``javascript:``,
    ``file:``, relative and other targets are not links), with every character that could
    end or break the reference percent-encoded. None: render the text without a link."""
    href = href.strip()
    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
    if scheme not in ("http", "https", "mailto"):
        return None
    return quote(href, safe=":/?#[]@!$&'()*+,;=%~-._")


def rst_text(text: str, before: str = "", *, inline: bool = False) -> str:
    """``text`` as RST that docutils reads back as exactly that text.

    ``before`` is what precedes it on the same output line ('' or only spaces: the
    text starts a line). ``inline=True`` means the text sits inside awscli's own
    inline markup (``**…**``, ``*…*``, a link), where end-strings must go too.
    """
    if not text:
        return text
    refs = _reference_ends(text, before)
    out: list[str] = []
    line_start = not before.strip() and _line_start_escape(text)
    n = len(text)
    # Only the first character (a line start) and the characters _RST_SPECIAL finds can
    # need an escape; the runs between them are copied whole.
    done = 0
    for i in _positions(text):
        out.append(text[done:i])
        done = i + 1
        ch = text[i]
        prev = text[i - 1] if i > 0 else before[-1:]
        after = text[i + 1] if i + 1 < n else ""
        escape = line_start and i == 0
        hidden = hidden_escape(ch)
        if hidden is not None:
            # Shown as its escape text: an escaped backslash, then the code.
            out.append("\\" + hidden)
            continue
        if ch == "\\":
            escape = True
        elif ch in _START_CHARS:
            if inline and ch in "*`":
                # Inside awscli's own **…**, *…* or `…`__ it could close (or, next to
                # the opener, reopen) the markup; only a lone one between spaces is inert.
                escape = not (prev.isspace() and (not after or after.isspace()))
            elif prefix_ok(prev) and after and not after.isspace():
                escape = _PAIRS.get(prev) != after
        elif ch == "_":
            escape = i in refs or (after == "`" and prefix_ok(prev))
        elif ch == ":" and text.endswith("::") and i == n - 1:
            escape = True  # a paragraph ending in "::" announces a literal block
        if escape:
            out.append("\\")
        out.append(ch)
    out.append(text[done:])
    return "".join(out)


def _positions(text: str) -> Iterator[int]:
    """0, then every later position of a character rst_text may escape."""
    yield 0
    for match in _RST_SPECIAL.finditer(text, 1):
        yield match.start()


def open_at_end(text: str, before: str = "") -> bool:
    """Would the last character of ``text`` start inline markup if non-whitespace
    followed it? (``rst_text`` treats the end of its text as the end of the block;
    a writer that appends more text right after uses this to escape it then.)"""
    if not text or text[-1] not in _START_CHARS:
        return False
    prev = text[-2] if len(text) > 1 else before[-1:]
    return prefix_ok(prev) and not (len(text) > 1 and text[-2] == "\\")

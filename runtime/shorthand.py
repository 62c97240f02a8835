"""AWS CLI v1's shorthand syntax for structure, map and list-of-complex options.

``--tags Key=a,Value=b``, ``--parameters commands=["echo hi"]``,
``--targets 'Key=tag:Env,Values=prod,dev'``, ``--x a={b=1,c=[2,3]}``, ``key@=file://v.txt``.

Grammar (what awscli 1.x accepts, as its shorthand module documents it)::

    parameter      = keyval *("," keyval)
    keyval         = key ["@"] "=" [values]        ; "@=": a file:// or fileb:// value is read
    key            = *(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
    values         = explicit-list / hash-literal / csv-list
    csv-list       = first-value *("," second-value) ; one value alone is a scalar
    explicit-list  = "[" [element *("," element)] "]"
    hash-literal   = "{" *(key ["@"] "=" element [","]) "}"
    element        = explicit-list / hash-literal / first-value
    first-value    = quoted / word   ; a word may be empty; "\\," is a literal comma
    second-value   = quoted / word   ; "=" ends it: "a=b,c=d" is two keyvals, not a list

Words stop at the characters listed in the ``_*_word`` predicates below; quoted values
take backslash-escaped quotes and backslashes. Errors carry awscli's messages.

Parsing is purely syntactic (every leaf is a string); ``coerce`` then applies awscli's
BackCompatVisitor with the option's botocore shape: integers, floats and booleans are
converted, and a scalar given where a list belongs becomes a one-element list.
"""

from __future__ import annotations

from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape

from .paramfile import paramfile

_SKIPPED_SPACE = " \t\n\r\x0b\x0c"  # what separators may be padded with (ASCII only)
_KEY_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.#/:"
)


def _in_word_range(char: str) -> bool:
    # Printable and in the Basic Multilingual Plane: awscli's character classes stop at
    # U+FFFF, so characters beyond it (emoji) end a word.
    return 0x21 <= ord(char) <= 0xFFFF


def _starts_word(char: str) -> bool:
    return _in_word_range(char) and char not in "\"',=[{"


def _continues_first_word(char: str) -> bool:
    # A first value may hold "=", "[", "{" and spaces, but ends at "]" and "}".
    return char.isspace() or (_in_word_range(char) and char not in "\"',]}")


def _continues_second_word(char: str) -> bool:
    # A later csv value ends at "=": "a=x,y,b=z" backs off to the comma before "b".
    return char.isspace() or (_in_word_range(char) and char not in "\"',=")


def _location(text: str, index: int) -> str:
    """``text`` with a caret under position ``index``, placed after the line holding it."""
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index)
    if line_end < 0:
        line_end = len(text)
    return f"{text[:line_end]}\n{' ' * (index - line_start)}^{text[line_end:]}"


class ShorthandParseError(Exception):
    """Malformed shorthand; str() is what follows "Error parsing parameter '--x': "."""


class ShorthandSyntaxError(ShorthandParseError):
    def __init__(self, text: str, expected: str, actual: str, index: int) -> None:
        # awscli 1.45.11 means to print this caret picture but, through a missing
        # f-string prefix, prints the literal text "{self._error_location()}" instead.
        super().__init__(
            f"Expected: '{expected}', received: '{actual}' for input:\n{_location(text, index)}"
        )
        self.expected = expected
        self.actual = actual
        self.index = index


class DuplicateKeyError(ShorthandParseError):
    def __init__(self, key: str, text: str, index: int) -> None:
        super().__init__(
            f'Second instance of key "{key}" encountered for input:\n{_location(text, index)}\n'
            'This is often because there is a preceding "," instead of a space.'
        )


class _DocumentFound(Exception):
    """A document-typed value met while coercing (reported by the enclosing structure)."""


def parse(text: str) -> dict[str, Any]:
    """One shorthand value -> dict of strings, lists and dicts (no model involved)."""
    return _Parser(text).parse()


class _Parser:
    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._read_files = False  # set by "@=" for the values that follow it

    # -- the grammar --------------------------------------------------------------------

    def parse(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        key, value = self._keyval()
        result[key] = value
        previous_end = self._pos
        while not self._at_end():
            self._expect(",", pad=True)
            key, value = self._keyval()
            if key in result:
                raise DuplicateKeyError(key, self._text, previous_end + 1)
            result[key] = value
            previous_end = self._pos
        return result

    def _keyval(self) -> tuple[str, Any]:
        key = self._key()
        self._assignment()
        if self._at_end():
            return key, ""
        if self._peek() == "[":
            return key, self._list()
        if self._peek() == "{":
            return key, self._hash()
        return key, self._csv()

    def _key(self) -> str:
        start = self._pos
        while not self._at_end() and self._text[self._pos] in _KEY_CHARS:
            self._pos += 1
        return self._text[start : self._pos]

    def _assignment(self) -> None:
        """``=`` or ``@=``, with optional spaces around each."""
        self._read_files = False
        self._skip_space()
        if self._peek() == "@":
            self._pos += 1
            self._skip_space()
            self._read_files = True
        self._expect("=", pad=True)

    def _csv(self) -> Any:
        first = self._first_value()
        self._skip_space()
        if self._peek() != ",":
            return first
        self._expect(",", pad=True)
        values = [first]
        while True:
            try:
                value = self._second_value()
                self._skip_space()
                if self._at_end():
                    values.append(value)
                    break
                self._expect(",", pad=True)
                values.append(value)
            except ShorthandSyntaxError:
                if self._at_end():
                    raise
                # What followed the comma is the next keyval: give the comma back.
                while self._pos >= 0 and self._text[self._pos] != ",":
                    self._pos -= 1
                break
        return first if len(values) == 1 else values

    def _list(self) -> list[Any]:
        self._expect("[", pad=True)
        items: list[Any] = []
        while self._peek() != "]":
            items.append(self._element())
            self._skip_space()
            if self._peek() != "]":
                self._expect(",")
                self._skip_space()
        self._expect("]")
        return items

    def _hash(self) -> dict[str, Any]:
        self._expect("{", pad=True)
        members: dict[str, Any] = {}
        while self._peek() != "}":
            key = self._key()
            self._assignment()
            value = self._element()
            self._skip_space()
            if self._peek() != "}":
                self._expect(",")
                self._skip_space()
            members[key] = value
        self._expect("}")
        return members

    def _element(self) -> Any:
        if self._peek() == "[":
            return self._list()
        if self._peek() == "{":
            return self._hash()
        return self._first_value()

    def _first_value(self) -> Any:
        if self._peek() in ("'", '"'):
            return self._quoted(self._peek())
        end = self._word_end(_continues_first_word)
        if end is None:
            return ""
        return self._word(end)

    def _second_value(self) -> Any:
        if self._peek() in ("'", '"'):
            return self._quoted(self._peek())
        end = self._word_end(_continues_second_word)
        if end is None:
            raise ShorthandSyntaxError(self._text, "<second>", "<none>", self._pos)
        return self._word(end)

    # -- lexing -------------------------------------------------------------------------

    def _word_end(self, continues: Any) -> int | None:
        """Where a word starting here ends; None when no word starts here."""
        text, pos = self._text, self._pos
        if text.startswith("\\,", pos):
            pos += 2
        elif pos < len(text) and _starts_word(text[pos]):
            pos += 1
        else:
            return None
        while True:
            if text.startswith("\\,", pos):
                pos += 2
            elif pos < len(text) and continues(text[pos]):
                pos += 1
            else:
                return pos

    def _word(self, end: int) -> Any:
        raw = self._text[self._pos : end]
        self._pos = end
        return self._maybe_file(raw.replace("\\,", ",").rstrip())

    def _quoted(self, quote: str) -> Any:
        text = self._text
        pos = self._pos + 1
        last_escaped_quote = -1
        end = -1
        while pos < len(text):
            if text[pos] == "\\" and text.startswith(quote, pos + 1):
                last_escaped_quote = pos + 1
                pos += 2
            elif text[pos] == quote:
                end = pos + 1
                break
            else:
                pos += 1
        if end < 0:
            # Unterminated: the last escaped quote closes the value after all (its
            # backslash then belongs to the value), as a backtracking match would do.
            if last_escaped_quote < 0:
                name = "<singled quoted>" if quote == "'" else "<double quoted>"
                raise ShorthandSyntaxError(text, name, "<none>", self._pos)
            end = last_escaped_quote + 1
        inner = text[self._pos + 1 : end - 1]
        self._pos = end
        inner = inner.replace("\\" + quote, quote).replace("\\\\", "\\")
        return self._maybe_file(inner)

    def _maybe_file(self, value: str) -> Any:
        if self._read_files:
            loaded = paramfile(value)
            if loaded is not None:
                return loaded
        return value

    def _expect(self, char: str, *, pad: bool = False) -> None:
        if pad:
            self._skip_space()
        if self._at_end():
            raise ShorthandSyntaxError(self._text, char, "EOF", self._pos)
        actual = self._text[self._pos]
        if actual != char:
            raise ShorthandSyntaxError(self._text, char, actual, self._pos)
        self._pos += 1
        if pad:
            self._skip_space()

    def _skip_space(self) -> None:
        while not self._at_end() and self._text[self._pos] in _SKIPPED_SPACE:
            self._pos += 1

    def _peek(self) -> str:
        return self._text[self._pos] if self._pos < len(self._text) else ""

    def _at_end(self) -> bool:
        return self._pos >= len(self._text)


# --- model-driven fix-ups (awscli's BackCompatVisitor) ---------------------------------


def is_document(shape: Shape) -> bool:
    return bool(getattr(shape, "is_document_type", False))


def is_document_container(shape: Shape) -> bool:
    """A document, or lists/maps whose innermost values are documents."""
    seen: set[str] = set()
    while shape.name not in seen:
        seen.add(shape.name)
        if isinstance(shape, ListShape):
            shape = shape.member
        elif isinstance(shape, MapShape):
            shape = shape.value
        else:
            return is_document(shape)
    return False


def supports_shorthand(shape: Shape) -> bool:
    """Structures, maps and lists of structures, lists or maps, unless they only wrap
    documents (those take JSON)."""
    if is_document_container(shape):
        return False
    if isinstance(shape, ListShape):
        return shape.member.type_name in ("structure", "list", "map")
    return shape.type_name in ("structure", "map")


def coerce(shape: Shape, value: Any) -> None:
    """Convert parsed shorthand in place to the shape's scalar types."""
    _coerce({}, "", shape, value)


def _coerce(parent: Any, key: Any, shape: Shape, value: Any) -> None:
    if isinstance(shape, StructureShape):
        if value is not None and is_document(shape):
            raise _DocumentFound()
        if isinstance(value, dict):
            for name, member in shape.members.items():
                try:
                    _coerce(value, name, member, value.get(name))
                except _DocumentFound:
                    raise ShorthandParseError(
                        "Shorthand syntax does not support document types. Use JSON input "
                        f"for top-level argument to specify nested parameter: {name}"
                    ) from None
    elif isinstance(shape, ListShape):
        if isinstance(value, list):
            for index, item in enumerate(value):
                _coerce(value, index, shape.member, item)
        elif value is not None:
            parent[key] = [value]  # "Values=a" where a list belongs: ["a"]
    elif isinstance(shape, MapShape):
        if isinstance(value, dict):
            for name, item in value.items():
                _coerce(value, name, shape.value, item)
    elif value is not None:
        kind = shape.type_name
        if kind in ("integer", "long"):
            parent[key] = int(value)
        elif kind in ("float", "double"):
            parent[key] = float(value)
        elif kind == "boolean":
            if value.lower() == "true":
                parent[key] = True
            elif value.lower() == "false":
                parent[key] = False

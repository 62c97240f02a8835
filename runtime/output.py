"""Print a response the way AWS CLI v1 does with ``--output json|text|table``.

A port of awscli's formatter.py, text.py and table.py, so the generated CLI prints
byte-for-byte what ``aws`` prints for the same response; ``--query`` (a compiled JMESPath
expression) is applied where awscli applies it: after ResponseMetadata is dropped,
before formatting (to each printed part, for text output of pages).
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import struct
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol, TextIO

FORMATS = ("json", "text", "table")


class Query(Protocol):
    """A compiled JMESPath expression (``jmespath.compile``)."""

    def search(self, value: Any) -> Any: ...


def json_encoder(obj: Any) -> Any:
    """Datetimes as ISO 8601, bytes as base64 (awscli.utils.json_encoder)."""
    if isinstance(obj, datetime.datetime):
        return obj.isoformat()
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("utf-8")
    raise TypeError("Encountered unrecognized type in JSON encoder.")


def is_a_tty(stream: TextIO) -> bool:
    try:
        return os.isatty(stream.fileno())
    except Exception:
        return False


def print_response(
    operation: str,
    response: dict[str, Any],
    output: str,
    stream: TextIO,
    *,
    color: str = "auto",
    query: Query | None = None,
) -> None:
    """Format ``response`` (ResponseMetadata is dropped, then ``query`` applied) onto
    ``stream``; a table is titled with the operation name."""
    response.pop("ResponseMetadata", None)
    data: Any = query.search(response) if query is not None else response
    if output == "text":
        print_text(data, stream)
        return
    try:
        if output == "json":
            if data != {}:
                json.dump(
                    data, stream, indent=4, default=json_encoder, ensure_ascii=False
                )
                stream.write("\n")
        elif output == "table":
            styled = color == "on" or (color == "auto" and is_a_tty(stream))
            table = MultiTable(styler=ColorizedStyler() if styled else Styler())
            if _build_table(table, operation, data):
                table.render(stream)
        else:
            raise ValueError(f"Unknown output type: {output}")
    finally:
        _flush(stream)


def print_text(data: Any, stream: TextIO) -> None:
    """``--output text`` of one (already queried) part of a response."""
    try:
        format_text(data, stream)
    finally:
        _flush(stream)


def _flush(stream: TextIO) -> None:
    try:
        stream.flush()
    except OSError:
        pass


# --- text (awscli/text.py) -------------------------------------------------------------


def format_text(data: Any, stream: TextIO) -> None:
    _format_text(data, stream)


def _format_text(
    item: Any,
    stream: TextIO,
    identifier: str | None = None,
    scalar_keys: list[str] | None = None,
) -> None:
    if isinstance(item, dict):
        _format_dict(scalar_keys, item, identifier, stream)
    elif isinstance(item, list):
        _format_list(item, identifier, stream)
    else:
        stream.write(str(item))
        stream.write("\n")


def _format_list(item: list[Any], identifier: str | None, stream: TextIO) -> None:
    if not item:
        return
    if any(isinstance(el, dict) for el in item):
        all_keys = _all_scalar_keys(item)
        for element in item:
            _format_text(
                element, stream=stream, identifier=identifier, scalar_keys=all_keys
            )
    elif any(isinstance(el, list) for el in item):
        scalars = [el for el in item if not isinstance(el, list | dict)]
        non_scalars = [el for el in item if isinstance(el, list | dict)]
        if scalars:
            _format_scalar_list(scalars, identifier, stream)
        for non_scalar in non_scalars:
            _format_text(non_scalar, stream=stream, identifier=identifier)
    else:
        _format_scalar_list(item, identifier, stream)


def _format_scalar_list(
    elements: list[Any], identifier: str | None, stream: TextIO
) -> None:
    if identifier is not None:
        for item in elements:
            stream.write(f"{identifier.upper()}\t{item}\n")
    else:
        stream.write("\t".join([str(item) for item in elements]))
        stream.write("\n")


def _format_dict(
    scalar_keys: list[str] | None,
    item: dict[str, Any],
    identifier: str | None,
    stream: TextIO,
) -> None:
    scalars, non_scalars = _partition_dict(item, scalar_keys)
    if scalars:
        if identifier is not None:
            scalars.insert(0, identifier.upper())
        stream.write("\t".join(scalars))
        stream.write("\n")
    for new_identifier, non_scalar in non_scalars:
        _format_text(item=non_scalar, stream=stream, identifier=new_identifier)


def _all_scalar_keys(list_of_dicts: list[Any]) -> list[str]:
    keys_seen: set[str] = set()
    for item_dict in list_of_dicts:
        # Like awscli, a list mixing objects and other values fails (no model has one).
        for key, value in item_dict.items():
            if not isinstance(value, dict | list):
                keys_seen.add(key)
    return sorted(keys_seen)


def _partition_dict(
    item_dict: dict[str, Any], scalar_keys: list[str] | None
) -> tuple[list[str], list[tuple[str, Any]]]:
    scalar: list[str] = []
    non_scalar: list[tuple[str, Any]] = []
    if scalar_keys is None:
        for key, value in sorted(item_dict.items()):
            if isinstance(value, dict | list):
                non_scalar.append((key, value))
            else:
                scalar.append(str(value))
    else:
        for key in scalar_keys:
            scalar.append(str(item_dict.get(key, "")))
        for remaining_key in sorted(set(item_dict.keys()) - set(scalar_keys)):
            non_scalar.append((remaining_key, item_dict[remaining_key]))
    return scalar, non_scalar


# --- table (awscli/formatter.py TableFormatter and awscli/table.py) ----------------------


def _scalar_type(element: Any) -> bool:
    return not isinstance(element, list | dict)


def _group_scalar_keys(current: dict[str, Any]) -> tuple[list[str], list[str]]:
    headers = sorted(key for key in current if _scalar_type(current[key]))
    more = sorted(key for key in current if not _scalar_type(current[key]))
    return headers, more


def _build_table(
    table: MultiTable, title: str | None, current: Any, indent_level: int = 0
) -> bool:
    if not current:
        return False
    if title is not None:
        table.new_section(title, indent_level=indent_level)
    if isinstance(current, list):
        if isinstance(current[0], dict):
            _build_sub_table_from_list(table, current, indent_level, title)
        else:
            for item in current:
                if _scalar_type(item):
                    table.add_row([item])
                elif all(_scalar_type(el) for el in item):
                    table.add_row(item)
                else:
                    _build_table(table, None, item)
    if isinstance(current, dict):
        headers, more = _group_scalar_keys(current)
        if len(headers) == 1:
            table.add_row([headers[0], current[headers[0]]])
        elif headers:
            table.add_row_header(headers)
            table.add_row([current[k] for k in headers])
        for remaining in more:
            _build_table(
                table, remaining, current[remaining], indent_level=indent_level + 1
            )
    return True


def _build_sub_table_from_list(
    table: MultiTable, current: list[Any], indent_level: int, title: str | None
) -> None:
    header_set: set[str] = set()
    more_set: set[str] = set()
    for item in current:
        item_headers, item_more = _group_scalar_keys(item)
        header_set.update(item_headers)
        more_set.update(item_more)
    headers, more = sorted(header_set), sorted(more_set)
    table.add_row_header(headers)
    first = True
    for element in current:
        if not first and more:
            table.new_section(title, indent_level=indent_level)
            table.add_row_header(headers)
        first = False
        table.add_row([element.get(header, "") for header in headers])
        for remaining in more:
            if remaining in element:
                _build_table(
                    table, remaining, element[remaining], indent_level=indent_level + 1
                )


def get_text_length(text: Any) -> int:
    return sum(
        2 if unicodedata.east_asian_width(char) in "WFA" else 1 for char in str(text)
    )


def determine_terminal_width(default_width: int = 80) -> int:
    try:
        from fcntl import ioctl
        from termios import TIOCGWINSZ
    except ImportError:
        return default_width
    try:
        _height, width = struct.unpack(
            "hhhh", ioctl(sys.stdout, TIOCGWINSZ, b"\000" * 8)
        )[0:2]
    except Exception:
        return default_width
    return int(width)


def center_text(
    text: str,
    length: int = 80,
    left_edge: str = "|",
    right_edge: str = "|",
    text_length: int | None = None,
) -> str:
    if text_length is None:
        text_length = get_text_length(text)
    char_start = (length // 2) - (text_length // 2) - 1
    length_so_far = get_text_length(left_edge) + char_start + text_length
    right_side_spaces = length - get_text_length(right_edge) - length_so_far
    return left_edge + " " * char_start + text + " " * right_side_spaces + right_edge


def align_left(
    text: str,
    length: int,
    left_edge: str = "|",
    right_edge: str = "|",
    text_length: int | None = None,
    left_padding: int = 2,
) -> str:
    if text_length is None:
        text_length = get_text_length(text)
    computed_length = (
        text_length
        + left_padding
        + get_text_length(left_edge)
        + get_text_length(right_edge)
    )
    padding = left_padding if length - computed_length >= 0 else 0
    length_so_far = len(left_edge) + padding + text_length
    return (
        left_edge
        + " " * padding
        + text
        + " " * (length - length_so_far - len(right_edge))
        + right_edge
    )


class Styler:
    def style_title(self, text: str) -> str:
        return text

    def style_header_column(self, text: str) -> str:
        return text

    def style_row_element(self, text: str) -> str:
        return text

    def style_indentation_char(self, text: str) -> str:
        return text


class ColorizedStyler(Styler):
    """The ANSI codes colorama emits for awscli's ColorizedStyler."""

    def style_row_element(self, text: str) -> str:
        return "\x1b[1m\x1b[34m" + text + "\x1b[0m"

    def style_indentation_char(self, text: str) -> str:
        return "\x1b[2m\x1b[33m" + text + "\x1b[0m"


class _IndentedStream:
    def __init__(
        self, stream: TextIO, indent_level: int, left: str, right: str
    ) -> None:
        self._stream = stream
        self._indent_level = indent_level
        self._left = left
        self._right = right

    def write(self, text: str) -> None:
        self._stream.write(self._left * self._indent_level)
        if text.endswith("\n"):
            self._stream.write(text[:-1])
            self._stream.write(self._right * self._indent_level)
            self._stream.write("\n")
        else:
            self._stream.write(text)


class Section:
    def __init__(self) -> None:
        self.title: str | None = ""
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.indent_level = 0
        self._num_cols: int | None = None
        self._max_widths: list[int] = []

    def calculate_column_widths(
        self, padding: int = 0, max_width: int | None = None
    ) -> list[int]:
        unscaled_widths = [w + padding for w in self._max_widths]
        if max_width is None or not unscaled_widths:
            return unscaled_widths
        scale_factor = max_width / float(sum(unscaled_widths))
        scaled = [round(scale_factor * w) for w in unscaled_widths]
        off_by = sum(scaled) - max_width
        while off_by != 0:
            iter_order: Sequence[int] = range(len(scaled))
            if off_by < 0:
                iter_order = list(reversed(iter_order))
            for i in iter_order:
                if off_by > 0:
                    scaled[i] -= 1
                    off_by -= 1
                else:
                    scaled[i] += 1
                    off_by += 1
                if off_by == 0:
                    break
        return scaled

    def total_width(
        self, padding: int = 0, with_border: bool = False, outer_padding: int = 0
    ) -> int:
        total = sum(w + padding for w in self.calculate_column_widths())
        border_padding = 2
        if with_border:
            total += border_padding
        total += outer_padding + outer_padding
        return max(
            get_text_length(self.title)
            + border_padding
            + outer_padding
            + outer_padding,
            total,
        )

    def add_title(self, title: str | None) -> None:
        self.title = title

    def add_header(self, headers: list[str]) -> None:
        self._update_max_widths(headers)
        if self._num_cols is None:
            self._num_cols = len(headers)
        self.headers = headers

    def add_row(self, row: Sequence[Any]) -> None:
        if self._num_cols is None:
            self._num_cols = len(row)
        if len(row) != self._num_cols:
            raise ValueError(
                f"Row should have {self._num_cols} elements, instead it has {len(row)}"
            )
        formatted = [str(r) for r in row]
        self.rows.append(formatted)
        self._update_max_widths(formatted)

    def _update_max_widths(self, row: Sequence[str]) -> None:
        if not self._max_widths:
            self._max_widths = [get_text_length(el) for el in row]
        else:
            for i, el in enumerate(row):
                self._max_widths[i] = max(get_text_length(el), self._max_widths[i])


def _convert_to_vertical_table(sections: list[Section]) -> None:
    for i, section in enumerate(sections):
        if len(section.rows) == 1 and section.headers:
            new_section = Section()
            new_section.title = section.title
            new_section.indent_level = section.indent_level
            for header, element in zip(section.headers, section.rows[0], strict=False):
                new_section.add_row([header, element])
            sections[i] = new_section


class MultiTable:
    """awscli.table.MultiTable as TableFormatter builds it (no initial section, '|')."""

    def __init__(self, styler: Styler, terminal_width: int | None = None) -> None:
        self._current_section: Section | None = None
        self._sections: list[Section] = []
        self._styler = styler
        self._column_separator = "|"
        self._terminal_width = (
            terminal_width if terminal_width is not None else determine_terminal_width()
        )

    def _section(self) -> Section:
        if self._current_section is None:
            # awscli fails here with AttributeError; a response never reaches this.
            raise ValueError("table row before any section")
        return self._current_section

    def add_row_header(self, headers: list[str]) -> None:
        self._section().add_header(headers)

    def add_row(self, row_elements: Sequence[Any]) -> None:
        self._section().add_row(row_elements)

    def new_section(self, title: str | None, indent_level: int = 0) -> None:
        self._current_section = Section()
        self._sections.append(self._current_section)
        self._current_section.add_title(title)
        self._current_section.indent_level = indent_level

    def render(self, stream: TextIO) -> None:
        max_width = self._calculate_max_width()
        if max_width > self._terminal_width:
            _convert_to_vertical_table(self._sections)
            max_width = self._calculate_max_width()
        stream.write("-" * max_width + "\n")
        for section in self._sections:
            self._render_section(section, max_width, stream)

    def _calculate_max_width(self) -> int:
        return max(
            s.total_width(padding=4, with_border=True, outer_padding=s.indent_level)
            for s in self._sections
        )

    def _render_section(self, section: Section, max_width: int, stream: TextIO) -> None:
        indented = _IndentedStream(
            stream,
            section.indent_level,
            self._styler.style_indentation_char("|"),
            self._styler.style_indentation_char("|"),
        )
        max_width -= section.indent_level * 2
        self._render_title(section, max_width, indented)
        self._render_column_titles(section, max_width, indented)
        self._render_rows(section, max_width, indented)

    def _render_title(
        self, section: Section, max_width: int, stream: _IndentedStream
    ) -> None:
        if section.title:
            title = self._styler.style_title(section.title)
            stream.write(
                center_text(title, max_width, "|", "|", get_text_length(section.title))
                + "\n"
            )
            if not section.headers and not section.rows:
                stream.write("+{}+".format("-" * (max_width - 2)) + "\n")

    def _render_column_titles(
        self, section: Section, max_width: int, stream: _IndentedStream
    ) -> None:
        if not section.headers:
            return
        widths = section.calculate_column_widths(padding=4, max_width=max_width)
        current = ""
        first = True
        for width, header in zip(widths, section.headers, strict=False):
            stylized_header = self._styler.style_header_column(header)
            left_edge = "|" if first else ""
            first = False
            current += center_text(
                text=stylized_header,
                length=width,
                left_edge=left_edge,
                right_edge="|",
                text_length=get_text_length(header),
            )
        self._write_line_break(stream, widths)
        stream.write(current + "\n")

    def _write_line_break(self, stream: _IndentedStream, widths: list[int]) -> None:
        parts = []
        first = True
        for width in widths:
            if first:
                parts.append("+{}+".format("-" * (width - 2)))
                first = False
            else:
                parts.append("{}+".format("-" * (width - 1)))
        parts.append("\n")
        stream.write("".join(parts))

    def _render_rows(
        self, section: Section, max_width: int, stream: _IndentedStream
    ) -> None:
        if not section.rows:
            return
        widths = section.calculate_column_widths(padding=4, max_width=max_width)
        if not widths:
            return
        self._write_line_break(stream, widths)
        for row in section.rows:
            current = ""
            first = True
            for width, element in zip(widths, row, strict=False):
                left_edge = "|" if first else ""
                first = False
                stylized = self._styler.style_row_element(element)
                current += align_left(
                    text=stylized,
                    length=width,
                    left_edge=left_edge,
                    right_edge=self._column_separator,
                    text_length=get_text_length(element),
                )
            stream.write(current + "\n")
        self._write_line_break(stream, widths)

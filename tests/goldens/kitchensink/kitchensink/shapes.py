"""Types of Kitchen Sink Service (\"\"\" test). Generated: do not edit."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .._runtime.enums import UnknownValue

Colour = _t.Literal["red", "green", "blue", 'with"quote'] | UnknownValue


@_dc.dataclass(frozen=True, kw_only=True)
class PutEverythingRequest:
    """The PutEverythingRequest shape.

    Attributes:
        name: A name; 1 to 64 characters.
        lambda_: Member whose snake_case is a keyword.
        global_: string
        match: string
        type: string
        id: string
        filter: string
        foo_bar: string
        Foo_Bar: string
        count: integer
        big: long
        ratio: float
        precise: double
        enabled: boolean
        when: timestamp
        payload: blob
        settings: document
        choice: union
        tags: map
        names: list
        nested: list
        tree: structure
        token: string"""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "name": "Name",
        "lambda_": "Lambda",
        "global_": "Global",
        "match": "Match",
        "type": "Type",
        "id": "Id",
        "filter": "Filter",
        "foo_bar": "FooBar",
        "Foo_Bar": "Foo_Bar",
        "count": "Count",
        "big": "Big",
        "ratio": "Ratio",
        "precise": "Precise",
        "enabled": "Enabled",
        "when": "When",
        "payload": "Payload",
        "settings": "Settings",
        "choice": "Choice",
        "tags": "Tags",
        "names": "Names",
        "nested": "Nested",
        "tree": "Tree",
        "token": "Token",
    }
    name: str
    lambda_: str
    global_: str | None = None
    match: str | None = None
    type: Colour | None = None
    id: str | None = None
    filter: str | None = None
    foo_bar: str | None = None
    Foo_Bar: str | None = None
    count: int | None = None
    big: int | None = None
    ratio: float | None = None
    precise: float | None = None
    enabled: bool | None = None
    when: _dt.datetime | None = None
    payload: bytes | None = None
    settings: _t.Any | None = None
    choice: Choice | None = None
    tags: dict[str, str] | None = None
    names: list[str] | None = None
    nested: list[dict[str, list[TreeNode]]] | None = None
    tree: TreeNode | None = None
    token: str | None = None


@_dc.dataclass(frozen=True, kw_only=True)
class Choice:
    """The Choice shape.

    Attributes:
        as_text: string
        as_number: integer"""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "as_text": "AsText",
        "as_number": "AsNumber",
    }
    as_text: str | None = None
    as_number: int | None = None


@_dc.dataclass(frozen=True, kw_only=True)
class TreeNode:
    """The TreeNode shape.

    Attributes:
        label: Trojan Source: \u202eevil\u202c and isolate \u2066x\u2069, a NUL \x00 byte, zero width\u200bspace.
        children: Self-recursive through a list.
        partner: Mutually recursive."""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "label": "Label",
        "children": "Children",
        "partner": "Partner",
    }
    label: str | None = None
    children: list[TreeNode] | None = None
    partner: PartnerNode | None = None


@_dc.dataclass(frozen=True, kw_only=True)
class PartnerNode:
    """The PartnerNode shape.

    Attributes:
        back: structure"""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "back": "Back",
    }
    back: TreeNode | None = None


@_dc.dataclass(frozen=True, kw_only=True)
class PutEverythingResult:
    """The PutEverythingResult shape.

    Attributes:
        echo: structure
        when: timestamp
        payload: blob
        colour: string"""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "echo": "Echo",
        "when": "When",
        "payload": "Payload",
        "colour": "Colour",
    }
    echo: PutEverythingRequest | None = None
    when: _dt.datetime | None = None
    payload: bytes | None = None
    colour: Colour | None = None


@_dc.dataclass(frozen=True, kw_only=True)
class ListThingsResult:
    """The ListThingsResult shape.

    Attributes:
        things: list
        next_token: string"""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "things": "Things",
        "next_token": "NextToken",
    }
    things: list[str] | None = None
    next_token: str | None = None


# Structure shape name -> generated class, for decoding responses.
CLASSES: dict[str, type[_t.Any]] = {
    "PutEverythingRequest": PutEverythingRequest,
    "Choice": Choice,
    "TreeNode": TreeNode,
    "PartnerNode": PartnerNode,
    "PutEverythingResult": PutEverythingResult,
    "ListThingsResult": ListThingsResult,
}

"""Open enums: a value the service sends that the shipped model does not list.

AWS documents enums as open: a service adds values after a client was generated. The
typed client keeps such a value as it came, as an ``UnknownValue`` (a ``str``), and
annotates enum fields ``Literal[<known values>] | UnknownValue``, so a ``mypy --strict``
user who handles every known value still has a case left (``isinstance(v,
UnknownValue)``), and code comparing with strings works unchanged.
"""

from __future__ import annotations


class UnknownValue(str):
    """An enum value the model this package was generated from does not list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnknownValue({str.__repr__(self)})"

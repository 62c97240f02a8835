"""Pagination as AWS CLI v1 does it (awscli/customizations/paginate.py and formatter.py).

The call itself is ``paging.paginate_call`` (shared with the typed client).
A paginated operation gets ``--starting-token``, ``--page-size`` (when the paginator has
a limit key) and ``--max-items``; the call goes through botocore's own paginator, which
follows the output token to the end. ``--output json`` and ``table`` print the merged
result (botocore's ``build_full_result``, with a ``NextToken`` to resume from when
``--max-items`` cut it short); ``--output text`` prints page by page. Giving a service
token option (``--next-token``, ``--max-results``) turns pagination off, as
``--no-paginate`` does; ``--no-paginate`` with a paging option is an error.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TextIO

from botocore.exceptions import PaginationError
from botocore.utils import set_value_from_jmespath

from .commands import Argument
from .output import Query, print_response, print_text

if TYPE_CHECKING:
    from .paging import Pages

# PageArgument.type_map: how argparse converts --page-size and --max-items.
_PAGE_TYPES: Mapping[str, type[Any]] = {"string": str, "integer": int, "long": int}


def page_type(kind: str) -> type[Any]:
    return _PAGE_TYPES.get(kind, int)


def pagination_enabled(
    arguments: Iterable[Argument], parsed: argparse.Namespace, paginate: bool
) -> bool:
    """Whether to paginate (awscli's check_should_enable_pagination): not with
    --no-paginate, nor when a paging token option is given; paging options then are an
    error, except one that stands in for a member option of its own name."""
    arguments = list(arguments)
    for arg in arguments:
        if arg.paging_token and getattr(parsed, arg.dest, None) is not None:
            if arg.dest not in ("start_token", "max_items"):
                paginate = False
    if not paginate:
        used = [
            f"--{arg.name}"
            for arg in arguments
            if arg.role == "paging"
            and arg.shadows is None
            and getattr(parsed, arg.dest, None)
        ]
        if used:
            raise PaginationError(
                message="Cannot specify --no-paginate along with pagination arguments: "
                + ", ".join(used)
            )
    return paginate


def add_to_params(key: str, value: Any, params: dict[str, Any], stderr: TextIO) -> None:
    """PageArgument.add_to_params: the value goes into PaginationConfig."""
    if key == "MaxItems" and int(value) <= 0:
        stderr.write(
            "warning: Non-positive values for --max-items may result in undefined behavior.\n"
        )
    params.setdefault("PaginationConfig", {})[key] = value


def print_pages(
    operation: str,
    pages: Pages,
    output: str,
    stream: TextIO,
    *,
    color: str = "auto",
    query: Query | None = None,
) -> None:
    """Print a paginated response: merged for json and table, page by page for text
    (``query`` applied to each printed part, as awscli's TextFormatter does)."""
    if output != "text":
        print_response(
            operation,
            pages.build_full_result(),
            output,
            stream,
            color=color,
            query=query,
        )
        return

    def queried(data: Any) -> Any:
        return query.search(data) if query is not None else data

    for index, page in enumerate(pages):
        current: dict[str, Any] = {} if index > 0 else pages.non_aggregate_part
        for result_key in pages.result_keys or []:
            set_value_from_jmespath(
                current, result_key.expression, result_key.search(page)
            )
        print_text(queried(current), stream)
    if pages.resume_token:
        print_text(queried({"NextToken": {"NextToken": pages.resume_token}}), stream)

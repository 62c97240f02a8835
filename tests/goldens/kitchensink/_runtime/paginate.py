"""Pagination as AWS CLI v1 does it (awscli/customizations/paginate.py and formatter.py).

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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO, cast

from botocore.exceptions import PaginationError
from botocore.model import OperationModel
from botocore.paginate import Paginator
from botocore.utils import set_value_from_jmespath

from .output import format_text, print_response

if TYPE_CHECKING:  # botocore's classes are generic only in its type stubs
    from botocore.paginate import PageIterator

    Pages = PageIterator[dict[str, Any]]

# PageArgument.type_map: how argparse converts --page-size and --max-items.
_PAGE_TYPES: Mapping[str, type[Any]] = {"string": str, "integer": int, "long": int}
PAGE_OPTIONS = ("starting-token", "page-size", "max-items")
_CONFIG_KEYS = {
    "starting_token": "StartingToken",
    "page_size": "PageSize",
    "max_items": "MaxItems",
}


@dataclass(frozen=True)
class Paging:
    """One operation's paginator: botocore's config plus what the CLI derives from it."""

    config: Mapping[
        str, Any
    ]  # paginators-1.json's entry: input_token, output_token, ...
    limit_kind: str | None  # the limit key member's kind; None without a limit key
    token_options: tuple[
        str, ...
    ]  # options of the input tokens and limit key: next-token

    def option_names(self) -> tuple[str, ...]:
        if self.limit_kind is None:
            return ("starting-token", "max-items")
        return PAGE_OPTIONS

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        page_type = _PAGE_TYPES.get(self.limit_kind or "integer", int)
        parser.add_argument("--starting-token", dest="starting_token", type=str)
        if self.limit_kind is not None:
            parser.add_argument("--page-size", dest="page_size", type=page_type)
        parser.add_argument("--max-items", dest="max_items", type=page_type)

    def enabled(
        self, parsed: argparse.Namespace, paginate: bool, shadowed: set[str]
    ) -> bool:
        """Whether to paginate: not with --no-paginate, nor when a token option is given
        (awscli's check_should_enable_pagination); paging options then are an error."""
        for option in self.token_options:
            dest = option.replace("-", "_")
            if getattr(parsed, dest, None) is not None and dest not in (
                "start_token",
                "max_items",
            ):
                paginate = False
        if not paginate:
            used = [
                dest
                for dest in _CONFIG_KEYS
                if dest.replace("_", "-") not in shadowed
                and getattr(parsed, dest, None)
            ]
            if used:
                names = ", ".join("--" + dest.replace("_", "-") for dest in used)
                raise PaginationError(
                    message=f"Cannot specify --no-paginate along with pagination arguments: "
                    f"{names}"
                )
        return paginate

    def add_to_params(
        self, option: str, value: Any, params: dict[str, Any], stderr: TextIO
    ) -> None:
        """PageArgument.add_to_params: the value goes into PaginationConfig."""
        if value is None:
            return
        key = _CONFIG_KEYS[option.replace("-", "_")]
        if key == "MaxItems" and int(value) <= 0:
            stderr.write(
                "warning: Non-positive values for --max-items may result in undefined "
                "behavior.\n"
            )
        params.setdefault("PaginationConfig", {})[key] = value

    def paginate(
        self,
        method: Callable[..., Any],
        model: OperationModel,
        params: Mapping[str, Any],
    ) -> Pages:
        # botocore's client.get_paginator does the same with the bound method.
        paginator: Paginator[dict[str, Any]] = Paginator(
            cast(Any, method), dict(self.config), model
        )
        return paginator.paginate(**params)


def print_pages(
    operation: str, pages: Pages, output: str, stream: TextIO, *, color: str = "auto"
) -> None:
    """Print a paginated response: merged for json and table, page by page for text."""
    if output != "text":
        print_response(
            operation, pages.build_full_result(), output, stream, color=color
        )
        return
    try:
        for index, page in enumerate(pages):
            current: dict[str, Any] = {} if index > 0 else pages.non_aggregate_part
            for result_key in pages.result_keys or []:
                set_value_from_jmespath(
                    current, result_key.expression, result_key.search(page)
                )
            format_text(current, stream)
        if pages.resume_token:
            format_text({"NextToken": {"NextToken": pages.resume_token}}, stream)
    finally:
        try:
            stream.flush()
        except OSError:
            pass

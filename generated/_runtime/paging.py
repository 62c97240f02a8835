"""Pages of a paginated operation through botocore's own paginator, for the CLI and the
typed client (which decodes each page into its generated response class)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from botocore.exceptions import ClientError
from botocore.model import OperationModel
from botocore.paginate import Paginator

if TYPE_CHECKING:  # botocore's classes are generic only in its type stubs
    from botocore.paginate import PageIterator

    Pages = PageIterator[dict[str, Any]]

T = TypeVar("T")


def paginate_call(
    method: Callable[..., Any],
    model: OperationModel,
    config: Mapping[str, Any],
    params: Mapping[str, Any],
) -> Pages:
    """Pages of a call through botocore's own paginator (as client.get_paginator builds
    it, with the bound method)."""
    paginator: Paginator[dict[str, Any]] = Paginator(
        cast(Any, method), dict(config), model
    )
    return paginator.paginate(**params)


class Paged(Generic[T]):
    """The typed pages (or items) of a paginated call, fetched as they are iterated.

    ``resume_token`` is botocore's: after iterating a run that ``max_items`` cut short,
    the ``starting_token`` that resumes where it stopped (None when nothing is left).
    """

    def __init__(
        self,
        pages: Pages,
        decode: Callable[[dict[str, Any]], Iterable[T]],
        on_error: Callable[[ClientError], Exception],
    ) -> None:
        self._pages = pages
        self._decode = decode
        self._on_error = on_error

    def __iter__(self) -> Iterator[T]:
        try:
            for page in self._pages:
                page.pop("ResponseMetadata", None)
                yield from self._decode(page)
        except ClientError as exc:
            raise self._on_error(exc) from exc

    @property
    def resume_token(self) -> str | None:
        token = self._pages.resume_token
        return None if token is None else str(token)

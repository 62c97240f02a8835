"""Streaming bodies: a response body the caller reads as it arrives.

botocore hands a streaming output member (s3 GetObject's ``Body``) over as its
``StreamingBody``, still on the connection; the typed client passes it on wrapped, never
read whole, so a download larger than memory goes through a fixed buffer. Streaming
inputs need nothing here: botocore sends a binary file object in chunks as it reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import Any

CHUNK = 1024 * 1024  # iter_chunks' default: 1 MiB reads


class StreamingBody:
    """A response body to read (``read(amt)``), iterate (``iter_chunks``,
    ``iter_lines``, or the object itself, by chunks) and close; a context manager.

    botocore checks the length it read against Content-Length as it goes, raising
    ``IncompleteReadError`` on a short body, as boto3 does.
    """

    def __init__(self, raw: Any) -> None:
        self._raw = raw  # botocore.response.StreamingBody

    def read(self, amt: int | None = None) -> bytes:
        """Up to ``amt`` bytes (everything left when None)."""
        data: bytes = self._raw.read(amt)
        return data

    def iter_chunks(self, chunk_size: int = CHUNK) -> Iterator[bytes]:
        """The body in chunks of at most ``chunk_size`` bytes."""
        yield from self._raw.iter_chunks(chunk_size)

    def iter_lines(
        self, chunk_size: int = CHUNK, keepends: bool = False
    ) -> Iterator[bytes]:
        """The body line by line (botocore's splitting, over chunks of ``chunk_size``)."""
        yield from self._raw.iter_lines(chunk_size, keepends)

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        """Release the connection (unread bytes are dropped)."""
        self._raw.close()

    def __enter__(self) -> StreamingBody:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

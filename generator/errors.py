"""The one error type the generator reports to users."""

from __future__ import annotations


class GeneratorError(Exception):
    """A failure with enough context to act on: which service, operation and file.

    The CLI prints ``str(error)`` as one line and exits non-zero.
    """

    def __init__(
        self,
        message: str,
        *,
        service: str | None = None,
        operation: str | None = None,
        file: str | None = None,
        exit_code: int = 2,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.service = service
        self.operation = operation
        self.file = file
        self.exit_code = exit_code

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries when services are generated in parallel.
        return (_rebuild, (self.message, self.service, self.operation, self.file, self.exit_code))

    def __str__(self) -> str:
        where = []
        if self.service:
            where.append(f"service {self.service}")
        if self.operation:
            where.append(f"operation {self.operation}")
        if self.file:
            where.append(f"file {self.file}")
        prefix = f"[{', '.join(where)}] " if where else ""
        return _one_line(f"{prefix}{self.message}")


def _one_line(text: str) -> str:
    """Control, bidirectional and line-separator characters (from a model's names and
    values) shown as escapes: the message stays one line and shows what is there."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def _rebuild(
    message: str, service: str | None, operation: str | None, file: str | None, exit_code: int
) -> GeneratorError:
    return GeneratorError(
        message, service=service, operation=operation, file=file, exit_code=exit_code
    )

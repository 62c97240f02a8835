"""A bound on the walks over nested shapes (skeletons, docs pages).

awscli stops a walk where a structure recurs a second time on the path, so the output
of a group of shapes that all refer to each other grows with the number of paths
through it: factorially. No botocore model comes near the bound (the largest walk is
quicksight CreateDashboard's input skeleton, 53,038 shapes; its page walks about twice
that), but a hostile or broken model would make awscli and a naive generator run for
hours; here it is one clear error instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from generator.errors import GeneratorError

# Shapes one walk (a skeleton, or all of one docs page) may visit: about 19 times the
# largest real skeleton, 9 times the largest real page.
MAX_WALK_NODES = 1_000_000


class WalkBudget:
    """Counts the shapes one walk visits; past the bound, a GeneratorError."""

    def __init__(self, what: str, limit: int | None = None) -> None:
        self.what = what
        self.limit = MAX_WALK_NODES if limit is None else limit
        self.visited = 0

    def visit(self, shape: str) -> None:
        self.visited += 1
        if self.visited > self.limit:
            raise GeneratorError(
                f"{self.what} would visit more than {self.limit:,} nested shapes (at "
                f"{shape}): the model's shapes refer to each other too densely to write "
                "out, as awscli would try to"
            )


@contextmanager
def about(operation: str) -> Iterator[None]:
    """A refusal raised while one operation's part of a service-wide file is made names
    that operation."""
    try:
        yield
    except GeneratorError as exc:
        if exc.operation is not None:
            raise
        raise GeneratorError(
            exc.message,
            service=exc.service,
            operation=operation,
            file=exc.file,
            exit_code=exc.exit_code,
        ) from exc

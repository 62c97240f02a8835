"""Progress of a generate run on stderr, for a release engineer watching 424 services.

On a terminal: one live line, rewritten in place (services done / total, files,
elapsed, the last service). In a log (not a terminal) a line per service, as each
completes, but only for runs of more than one service: a CI job over every service
shows it is alive, and a one-service run (``make generate``, the tests) stays quiet.
Where progress shows, the run ends with a summary line: services rendered and skipped
(unchanged since the last run), time. ``--quiet``: nothing but errors.
"""

from __future__ import annotations

import time
from typing import TextIO


class Progress:
    def __init__(self, total: int, stream: TextIO, *, quiet: bool = False) -> None:
        self.total = total
        self.stream = stream
        self.live = not quiet and stream.isatty()
        self.lines = not quiet and not self.live and total > 1
        self.started = time.monotonic()
        self.done = 0
        self.rendered = 0
        self.files = 0

    def _elapsed(self) -> str:
        return f"{time.monotonic() - self.started:.1f} s"

    def service(self, name: str, files: int, *, rendered: bool) -> None:
        """One service finished: ``rendered``, or skipped as unchanged."""
        self.done += 1
        self.rendered += rendered
        self.files += files
        what = "rendered" if rendered else "unchanged"
        if self.live:
            line = (
                f"[{self.done}/{self.total}] {self.files:,} files, {self._elapsed()}: {name} {what}"
            )
            self.stream.write(f"\r\x1b[K{line}")
            self.stream.flush()
        elif self.lines:
            print(
                f"[{self.done}/{self.total}] {name}: {what}, {files:,} files, {self._elapsed()}",
                file=self.stream,
                flush=True,
            )

    def finish(self) -> None:
        if not (self.live or self.lines):
            return
        end = "\r\x1b[K" if self.live else ""
        skipped = self.done - self.rendered
        print(
            f"{end}{self.done} service(s): {self.rendered} rendered, {skipped} unchanged; "
            f"{self._elapsed()}",
            file=self.stream,
            flush=True,
        )

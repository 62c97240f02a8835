"""The user's cache folder: black's results, keyed by the text black was given.

``$XDG_CACHE_HOME/aws-model-generator`` (default ``~/.cache/aws-model-generator``), never
the repository. The only files the generator writes outside the output folder, and only
under this folder. Everything here is an optimisation: an entry that cannot be read,
is truncated or does not match its checksum is a miss (the text is formatted again),
and a cache that cannot be written is silently skipped.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

CACHE_NAME = "aws-model-generator"
# Bounded: past this size the least recently used entries go (down to EVICT_TO of it).
MAX_BYTES = 1024 * 1024 * 1024
EVICT_TO = 0.8
# An entry: magic, sha256 of the payload, the payload (UTF-8 text).
_MAGIC = b"AMG-black-1\n"
_DIGEST = 32


def cache_root() -> Path:
    """``$XDG_CACHE_HOME/<name>``; XDG says a relative or empty value is ignored."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / CACHE_NAME


@dataclass(frozen=True)
class FormatCache:
    """black's output by a hash of its input plus black's version and mode (``salt``).

    Picklable, so worker processes share one folder; entries are written atomically
    (a temporary file renamed into place), so concurrent workers never see half of one.
    """

    root: Path
    salt: bytes
    max_bytes: int = MAX_BYTES

    def _path(self, text: str) -> Path:
        key = hashlib.sha256(self.salt + b"\0" + text.encode("utf-8")).hexdigest()
        return self.root / "black" / key[:2] / key[2:]

    def get(self, text: str) -> str | None:
        path = self._path(text)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        head = len(_MAGIC)
        payload = data[head + _DIGEST :]
        if data[:head] != _MAGIC or hashlib.sha256(payload).digest() != data[head : head + _DIGEST]:
            return None  # corrupt or truncated: formatted again (and rewritten)
        try:
            result = payload.decode("utf-8")
            os.utime(path)  # recently used: evicted last
        except (UnicodeDecodeError, OSError):
            return None
        return result

    def put(self, text: str, formatted: str) -> bool:
        """Store an entry; False when the cache folder cannot be written."""
        path = self._path(text)
        payload = formatted.encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
                os.replace(temp, path)
            except BaseException:
                os.unlink(temp)
                raise
        except OSError:
            return False
        return True

    def evict(self) -> int:
        """Remove the least recently used entries while the cache is over its bound;
        returns how many went. Stray temporary files of killed runs go too."""
        entries: list[tuple[float, int, str]] = []
        total = 0
        top = self.root / "black"
        try:
            folders = list(os.scandir(top))
        except OSError:
            return 0
        removed = 0
        for folder in folders:
            try:
                for entry in os.scandir(folder.path):
                    info = entry.stat(follow_symlinks=False)
                    if entry.name.startswith(".tmp-"):
                        os.unlink(entry.path)
                        continue
                    entries.append((info.st_mtime, info.st_size, entry.path))
                    total += info.st_size
            except OSError:
                continue
        if total <= self.max_bytes:
            return 0
        goal = self.max_bytes * EVICT_TO
        for _mtime, size, path in sorted(entries):
            if total <= goal:
                break
            try:
                os.unlink(path)
            except OSError:
                continue
            total -= size
            removed += 1
        return removed

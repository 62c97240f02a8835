"""The user's cache folder: black's results, keyed by the text black was given, and
per output folder what the last write left there (``StateStore``: the fingerprints that
let a run skip unchanged services).

``$XDG_CACHE_HOME/aws-model-generator`` (default ``~/.cache/aws-model-generator``), never
the repository. The only files the generator writes outside the output folder, and only
under this folder. Everything here is an optimisation: an entry that cannot be read,
is truncated or does not match its checksum is a miss (the text is formatted again),
and a cache that cannot be written is silently skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from generator.ir.site import ServiceSummary
from generator.writer import FileRecord

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


def _write_atomically(path: Path, data: bytes) -> bool:
    """A temporary file renamed into place: a reader sees the old entry or the new one,
    never half of one. False when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        return False
    return True


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
        payload = formatted.encode("utf-8")
        entry = _MAGIC + hashlib.sha256(payload).digest() + payload
        return _write_atomically(self._path(text), entry)

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


@dataclass(frozen=True)
class Unit:
    """What a run wrote for one service (or the site-level files): the fingerprint of
    its inputs, and each file's record as it is on disk."""

    fingerprint: str
    files: Mapping[str, FileRecord]
    # A service's summary, which the files made once over every service need even
    # when this one is skipped.
    summary: ServiceSummary | None = None


RunState = dict[str, Unit]  # "service:<name>" or "site" -> its unit


# The record's layout; a record of another (or none) is no record.
STATE_FORMAT = 2
# A unit's files in the record: one flat list, path, sha256, size, mtime, inode per file
# (a run over every service reads 59,000 of them: JSON parses a flat list of them in
# less than half the time of a list per file).
_FIELDS = 5


def _unit(data: object) -> Unit | None:
    if not isinstance(data, dict) or not isinstance(data.get("fingerprint"), str):
        return None
    flat = data.get("files")
    if type(flat) is not list or len(flat) % _FIELDS:
        return None
    records: dict[str, FileRecord] = {}
    fields = iter(flat)
    for rel, digest, size, mtime, inode in zip(fields, fields, fields, fields, fields, strict=True):
        # Exact types (``bool`` is no ``int`` here), spelled out: no call per file.
        if (
            not (
                type(rel) is str
                and type(digest) is str
                and type(size) is int
                and type(mtime) is int
                and type(inode) is int
            )
            or rel in records
        ):
            return None
        records[rel] = (digest, size, mtime, inode)
    return Unit(data["fingerprint"], records, _summary(data.get("summary")))


def _summary(data: object) -> ServiceSummary | None:
    """A recorded summary, if it has exactly the fields, all strings (else none: the
    service's model is read again when its summary is needed)."""
    names = [f.name for f in fields(ServiceSummary)]
    if not isinstance(data, dict) or sorted(data) != sorted(names):
        return None
    if not all(isinstance(data[name], str) for name in names):
        return None
    return ServiceSummary(**{name: data[name] for name in names})


@dataclass(frozen=True)
class StateStore:
    """Per output folder (by its resolved path), the units the last write left there.
    Untrusted like the manifest: a malformed file is no state (everything renders), and
    the writer only trusts a record for a file its own manifest lists."""

    root: Path

    def path(self, out: Path) -> Path:
        key = hashlib.sha256(str(out.resolve()).encode()).hexdigest()
        return self.root / "state" / f"{key}.json"

    def load(self, out: Path) -> RunState:
        try:
            data = json.loads(self.path(out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("output") != str(out.resolve()):
            return {}
        if data.get("format") != STATE_FORMAT:
            return {}
        units = data.get("units")
        if not isinstance(units, dict):
            return {}
        state: RunState = {}
        for name, value in units.items():
            unit = _unit(value)
            if unit is not None:
                state[name] = unit
        return state

    def save(self, out: Path, state: RunState) -> None:
        """The record as one JSON object, encoded a unit at a time: json's encoder
        holds every token of what it encodes at once (a record of every service is
        60,000 files, tens of MiB of tokens at the end of a cold run)."""
        head = json.dumps({"format": STATE_FORMAT, "output": str(out.resolve())})
        parts = [head[:-1], ', "units": {']
        for index, (name, unit) in enumerate(sorted(state.items())):
            flat: list[object] = []
            for rel, file_record in sorted(unit.files.items()):
                flat.append(rel)
                flat.extend(file_record)
            value: dict[str, object] = {"fingerprint": unit.fingerprint, "files": flat}
            if unit.summary is not None:
                value["summary"] = asdict(unit.summary)
            separator = ", " if index else ""
            parts.append(f"{separator}{json.dumps(name)}: {json.dumps(value)}")
        parts.append("}}")
        _write_atomically(self.path(out), "".join(parts).encode("utf-8"))

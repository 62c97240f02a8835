"""The only module that touches the output folder.

It owns a manifest of the files it generated. A write stages the complete new tree
next to the output folder (foreign files hard-linked across), then swaps the two folders
with renames, so a failure leaves either the old tree or the new one, never a mix.
It deletes only its own stale files and refuses to overwrite a file it did not create.
"""

from __future__ import annotations

import ctypes
import difflib
import fcntl
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError

# What json.dumps writes for a string (ensure_ascii, its default), without its wrapper.
encode_basestring_ascii: Callable[[str], str] = json.encoder.encode_basestring_ascii

MANIFEST = ".generator-manifest.json"
# A file as the last write left it: sha256 of its bytes, size, mtime (ns), inode. A file
# whose stat still matches is not read again; one whose stat differs is hashed.
FileRecord = tuple[str, int, int, int]


@dataclass(frozen=True)
class Plan:
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = field(default=(), repr=False)

    @property
    def is_clean(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )


def _siblings(out: Path) -> tuple[Path, Path]:
    return (out.parent / f".{out.name}.staging", out.parent / f".{out.name}.old")


def recover(out: Path) -> None:
    """Finish or undo a swap an earlier run was interrupted in."""
    staging, old = _siblings(out)
    if old.exists():
        if out.exists():
            shutil.rmtree(old)  # the swap completed; only the clean-up was cut off
        else:
            old.rename(out)  # cut off between the two renames: put the old tree back
    if staging.exists():
        shutil.rmtree(staging)


def _plain(rel: str) -> bool:
    """Relative and normalised: no ``..``, ``.``, empty or backslash parts, no NUL
    (string tests: a manifest of every service has 58,000 entries)."""
    if not rel or "\x00" in rel or "\\" in rel:
        return False
    wrapped = f"/{rel}/"  # a part is empty, "." or ".." exactly when one of these is in it
    return "//" not in wrapped and "/./" not in wrapped and "/../" not in wrapped


def inside(out: Path, rel: str) -> bool:
    """Whether ``rel`` names a path inside ``out``: relative, normalised (no ``..``,
    ``.``, empty or backslash parts, no NUL) and not led out by a symlink."""
    return _plain(rel) and _outside(out, [rel]) is None


def _outside(
    out: Path,
    rels: Iterable[str],
    folders: dict[str, bool] | None = None,
    *,
    files: bool = True,
) -> str | None:
    """The first of ``rels`` (each plain) a symlink leads out of ``out``, or None. Each
    folder is resolved once (a manifest of every service lists 58,000 files in a few
    thousand folders); a file itself is resolved only when it is a symlink (``files``:
    whether to look at the files at all, or only at their folders)."""
    root = out.resolve()
    base = str(root)
    folders = folders if folders is not None else {}
    folders.setdefault("", True)
    rels = list(rels)
    for parent in sorted({rel.rpartition("/")[0] for rel in rels}.difference(folders)):
        _folder_inside(root, parent, folders)
    if not files and all(folders.values()):
        return None
    for rel in rels:
        if not folders[rel.rpartition("/")[0]]:
            return rel
        if files:
            path = os.path.join(base, rel)
            if os.path.islink(path) and not Path(path).resolve().is_relative_to(root):
                return rel
    return None


def _folder_inside(root: Path, folder: str, folders: dict[str, bool]) -> bool:
    """Whether ``folder`` (relative to the resolved ``root``) resolves inside it: its
    parent does, and it is no symlink (else it is resolved). An lstat per folder, each
    folder once, rather than a resolve of every part of every folder."""
    known = folders.get(folder)
    if known is not None:
        return known
    parent = folder.rpartition("/")[0]
    ok = _folder_inside(root, parent, folders)
    if ok:
        path = root / folder
        if os.path.islink(path):
            ok = path.resolve().is_relative_to(root)
    folders[folder] = ok
    return ok


def _refused_entry(out: Path, rel: str) -> GeneratorError:
    return GeneratorError(
        f"manifest entry {rel!r} is not a generated file inside the output folder; "
        "refusing to read or delete it",
        file=str(out / MANIFEST),
    )


def read_manifest(out: Path, *, links: bool = True) -> list[str]:
    """The files the generator wrote into ``out``; an entry that is not a path inside it
    is refused (the writer only reads and deletes what it can prove is its own).

    ``links=False`` checks the entries' folders only, not whether each file is itself a
    symlink leading out: ``Update`` looks at each file once, as it reaches it (an lstat
    it makes anyway), before reading it, which halves the system calls of a run over
    every service."""
    path = out / MANIFEST
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ValueError("files is not a list of paths")
    except (ValueError, KeyError, TypeError) as exc:
        raise GeneratorError(f"manifest is unreadable: {exc}", file=str(path)) from exc
    bad = next((rel for rel in files if not _plain(rel) or rel == MANIFEST), None)
    bad = bad if bad is not None else _outside(out, files, files=links)
    if bad is not None:
        raise _refused_entry(out, bad)
    return [*files, MANIFEST]


def check_output(out: Path, *, writing: bool = True) -> None:
    """``out`` must be a new folder, an empty one, or one this generator wrote; never a
    file, a symlink, a mount point, the working folder or one of its ancestors (the swap
    renames it). ``writing``: the folder beside which the swap stages, and ``out`` itself,
    must take a new file (a read-only or immutable folder or file system, which
    ``os.access`` does not see for root, is refused before anything is staged)."""

    def refuse(why: str) -> GeneratorError:
        return GeneratorError(f"refusing to write here: {why}", file=str(out))

    if out.is_symlink():
        raise refuse("the output folder is a symbolic link")
    if out.exists() and not out.is_dir():
        raise refuse("it is not a folder")
    resolved = out.resolve()
    here = Path.cwd().resolve()
    project = Path(__file__).resolve().parent
    if resolved == here or resolved in here.parents or resolved in project.parents:
        raise refuse("it is the working folder, or holds it or the generator")
    if os.path.ismount(resolved):
        raise refuse(
            "it is a mount point, which the swap cannot rename: write into a new folder in it"
        )
    if out.is_dir() and not (out / MANIFEST).is_file() and any(out.iterdir()):
        raise refuse(f"the folder has files and no {MANIFEST}: choose a new or empty folder")
    if not writing:
        return
    parent = next(folder for folder in resolved.parents if folder.exists())
    for folder in (parent, resolved) if out.is_dir() else (parent,):
        try:
            handle, probe = tempfile.mkstemp(prefix=f".{out.name}.probe-", dir=folder)
        except OSError as exc:
            raise refuse(f"cannot create files in {folder} ({exc.strerror})") from None
        os.close(handle)
        os.unlink(probe)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """One writer at a time per output folder: an advisory lock on a file beside it. The
    kernel drops it when a run dies, so a killed run leaves no stale lock."""
    lock_path = out.parent / f".{out.name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GeneratorError(
                "another generate run is writing this output folder; run again when it "
                "has finished",
                file=str(out),
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def manifest_bytes(paths: list[str]) -> bytes:
    """``json.dumps(..., indent=2)`` of the manifest, byte for byte, with each path
    encoded by json's C encoder (``indent`` takes its pure-Python one: a tenth of a
    second for a manifest of every service)."""
    files = sorted(paths)
    listed = ",\n    ".join(map(encode_basestring_ascii, files))
    body = f"[\n    {listed}\n  ]" if files else "[]"
    return f'{{\n  "generator": "aws-model-generator",\n  "files": {body}\n}}\n'.encode()


def _link_or_copy(src: str, dst: str) -> None:
    """``dst`` (its folder made already) as a hard link to ``src``, else a copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _keep_symlink(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(os.readlink(src), dst)


def _write_file(path: Path, data: bytes) -> None:
    """One new file in the staged tree (synced with the whole tree before the swap)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def _sync(folder: Path) -> None:
    """Everything staged reaches the disk before the swap: one syncfs(2) of the file
    system the staged tree is on (os.sync where there is none) instead of a sync per
    file, which cost 156 s of an all-services run. The C library is the process's own
    (``CDLL(None)``: ``ctypes.util.find_library`` runs a program to find it)."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        syncfs = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)
        if syncfs is None:
            os.sync()
        elif syncfs(descriptor) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code), str(folder))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class Update:
    """One run's changes to ``out``, file by file as they are produced: nothing is held
    in memory but the list of paths. ``add`` a generated file's bytes, ``keep_unchanged``
    the files of a unit the caller expects unchanged, then ``finish``. A changed file goes straight into the staged
    tree; the swap happens in ``finish`` only, so a run that fails or is interrupted
    before it (or leaves the ``with`` without finishing) leaves the old tree as it was.

    ``check``: write nothing; ``finish`` returns the plan and a unified diff.
    """

    def __init__(self, out: Path, *, check: bool = False) -> None:
        self.out = out
        self.check = check
        self._exists = False
        self._owned: set[str] = set()
        self._staging: Path | None = None
        self._added: list[str] = []
        self._changed: list[str] = []
        self._unchanged: list[str] = []
        self._seen: set[str] = set()
        self._diffs: dict[str, list[str]] = {}
        self._folders: dict[str, bool] = {}  # folder -> resolves inside out
        self._stack = ExitStack()

    def __enter__(self) -> Update:
        check_output(self.out, writing=not self.check)
        if not self.check:
            self._stack.enter_context(output_lock(self.out))
        try:
            if not self.check:
                self._guard(recover, self.out)
            self._exists = self.out.exists()
            self._owned = set(read_manifest(self.out, links=False)) if self._exists else set()
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, kind: object, value: object, trace: object) -> None:
        try:
            if not self.check and self._staging is not None:
                recover(self.out)  # not finished: the staged tree goes, the old one stays
        finally:
            self._stack.close()

    @property
    def owned(self) -> frozenset[str]:
        """The files the manifest on disk says this generator wrote (validated)."""
        return frozenset(self._owned)

    def _guard(self, action: Callable[..., Any], *args: Any) -> Any:
        try:
            return action(*args)
        except OSError as exc:  # disk full, permission denied: the old tree is intact
            raise GeneratorError(
                f"cannot write the output: {exc.strerror or exc}",
                file=str(exc.filename or self.out),
            ) from exc

    def add(self, rel: str, data: bytes) -> None:
        """A generated file's bytes: unchanged, or staged (for a check: diffed)."""
        if rel in self._seen:
            raise GeneratorError(f"two outputs have the same path {rel!r}")
        self._seen.add(rel)
        self._guard(self._add, rel, data)

    def _add(self, rel: str, data: bytes) -> None:
        target = self.out / rel
        old = b""
        if rel not in self._owned:
            if not _plain(rel) or _outside(self.out, [rel], self._folders) is not None:
                raise GeneratorError(f"refusing to write {rel!r}: not a path inside the output")
            if self._exists and os.path.lexists(target):
                raise GeneratorError(
                    "refusing to overwrite a file the generator did not create", file=str(target)
                )
            self._added.append(rel)
        elif not self._owned_file(rel):
            self._added.append(rel)
        else:
            old = target.read_bytes()
            if old == data:
                self._unchanged.append(rel)
                return
            self._changed.append(rel)
        if self.check:
            self._diffs[rel] = _diff(rel, old, data)
        else:
            self._stage(rel, data)

    def _owned_file(self, rel: str) -> bool:
        """Whether an owned file is on disk (following a symlink that stays inside the
        output); a symlink leading out is refused before anything is read through it."""
        path = os.path.join(self.out, rel)
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return False
        if stat.S_ISLNK(info.st_mode):
            if _outside(self.out, [rel], self._folders) is not None:
                raise _refused_entry(self.out, rel)
            return os.path.isfile(path)
        return stat.S_ISREG(info.st_mode)

    def keep_unchanged(self, records: Mapping[str, FileRecord]) -> Mapping[str, FileRecord] | None:
        """Keep every recorded file if each is on disk as recorded: the same stat, or
        else the same sha256 (then its record is refreshed). Returns the records as they
        now are (``records`` itself when no stat moved), or None, keeping nothing, when a
        file differs. Only files this folder's manifest lists are looked at (the records
        come from outside: never a path elsewhere), and each only as a regular file
        (an lstat: a symlink is never followed)."""
        owned, seen = self._owned, self._seen
        if MANIFEST in records or not owned.issuperset(records) or not seen.isdisjoint(records):
            return None
        base = os.path.join(self.out, "")
        lstat, regular = os.lstat, stat.S_ISREG
        fresh: dict[str, FileRecord] | None = None
        for rel, record in records.items():
            try:
                info = lstat(base + rel)
                if info.st_size != record[1] or not regular(info.st_mode):
                    return None
                if info.st_mtime_ns != record[2] or info.st_ino != record[3]:
                    with open(base + rel, "rb") as handle:
                        if hashlib.file_digest(handle, "sha256").hexdigest() != record[0]:
                            return None
                    fresh = fresh if fresh is not None else dict(records)
                    fresh[rel] = (record[0], info.st_size, info.st_mtime_ns, info.st_ino)
            except OSError:
                return None
        seen.update(records)
        self._unchanged.extend(records)
        return records if fresh is None else fresh

    def records(self, digests: Mapping[str, str]) -> dict[str, FileRecord]:
        """Records of files this run wrote or kept, as they are on disk after it."""
        result: dict[str, FileRecord] = {}
        base = str(self.out)
        for rel, digest in digests.items():
            info = os.lstat(os.path.join(base, rel))
            result[rel] = (digest, info.st_size, info.st_mtime_ns, info.st_ino)
        return result

    def _stage(self, rel: str, data: bytes) -> None:
        if self._staging is None:
            self._staging = self._start()
        _write_file(self._staging / rel, data)

    def _start(self) -> Path:
        """The staged tree, with the old tree's foreign files and folders in it."""
        staging, _ = _siblings(self.out)
        staging.mkdir(parents=True)
        if self._exists:
            # Foreign files and folders come along untouched (same inode, same mtime);
            # every folder is made here, once (plain strings: 60,000 files per tree).
            out, staged, owned = os.fspath(self.out), os.fspath(staging), self._owned
            for dirpath, dirnames, filenames in os.walk(out):
                prefix = dirpath[len(out) + 1 :] + "/" if dirpath != out else ""
                for name in list(dirnames):
                    src, dst = os.path.join(dirpath, name), os.path.join(staged, prefix + name)
                    if os.path.islink(src):  # foreign: kept as a link
                        dirnames.remove(name)
                        _keep_symlink(Path(src), Path(dst))
                    else:
                        os.makedirs(dst, exist_ok=True)
                for name in filenames:
                    rel = prefix + name
                    if rel in owned:
                        continue
                    src, dst = os.path.join(dirpath, name), os.path.join(staged, rel)
                    if os.path.islink(src):
                        _keep_symlink(Path(src), Path(dst))
                    else:
                        _link_or_copy(src, dst)
        return staging

    def finish(self) -> tuple[Plan, str]:
        """Swap the staged tree in (for a check, write nothing): the plan, and for a
        check the diff."""
        stale = self._owned - self._seen - {MANIFEST}
        bad = _outside(self.out, sorted(stale), self._folders)  # read by a check's diff
        if bad is not None:
            raise _refused_entry(self.out, bad)
        self.add(MANIFEST, manifest_bytes(sorted(self._seen)))
        result = Plan(
            tuple(sorted(self._added)),
            tuple(sorted(self._changed)),
            tuple(sorted(self._owned - self._seen)),
            tuple(sorted(self._unchanged)),
        )
        if self.check:
            for rel in result.removed:
                path = self.out / rel
                self._diffs[rel] = _diff(rel, path.read_bytes() if path.is_file() else b"", b"")
            order = (*result.added, *result.changed, *result.removed)
            return result, "".join(line for rel in order for line in self._diffs[rel])
        if not result.is_clean:
            self._guard(self._swap, result)
        return result, ""

    def _swap(self, result: Plan) -> None:
        if self._staging is None:  # only removals
            self._staging = self._start()
        staging, old = _siblings(self.out)
        out, staged = os.fspath(self.out), os.fspath(staging)
        made: set[str] = set()  # folders of the staged tree known to exist
        for rel in result.unchanged:
            folder = rel.rpartition("/")[0]
            if folder not in made:
                os.makedirs(os.path.join(staged, folder), exist_ok=True)
                made.add(folder)
            _link_or_copy(os.path.join(out, rel), os.path.join(staged, rel))
        _prune_empty_dirs(staging, keep=_dirs_of(self.out))
        _sync(staging)
        if self.out.exists():
            self.out.rename(old)
        staging.rename(self.out)
        self._staging = None
        shutil.rmtree(old, ignore_errors=True)
        _sync_folder(self.out.parent)


def _sync_folder(folder: Path) -> None:
    """The renames themselves reach the disk. Best effort: the new tree is in place
    already, and a failure here must not report the run as failed."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError:
        pass


def _diff(rel: str, old: bytes, new: bytes) -> list[str]:
    return list(
        difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(keepends=True),
            new.decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"a/{rel}",
            tofile=f"b/{rel}",
        )
    )


def check(out: Path, files: Mapping[str, bytes]) -> tuple[Plan, str]:
    """What a write would change, and a unified diff of it."""
    with Update(out, check=True) as update:
        for rel in sorted(files):
            update.add(rel, files[rel])
        return update.finish()


def write(out: Path, files: Mapping[str, bytes]) -> Plan:
    """Make ``out`` hold exactly ``files`` plus whatever foreign files it had."""
    with Update(out) as update:
        for rel in sorted(files):
            update.add(rel, files[rel])
        return update.finish()[0]


def _dirs_of(out: Path) -> set[str]:
    """Folders that are empty in the current tree: someone else's, so kept."""
    if not out.exists():
        return set()
    return {
        Path(dirpath).relative_to(out).as_posix()
        for dirpath, dirnames, filenames in os.walk(out)
        if not dirnames and not filenames
    }


def _prune_empty_dirs(root: Path, keep: set[str]) -> None:
    """Drop folders emptied by removing stale generated files (keep foreign ones)."""
    folders = sorted((dirpath for dirpath, _, _ in os.walk(root)), key=len, reverse=True)
    for dirpath in folders:  # deepest first; the file names are not kept
        path = Path(dirpath)
        rel = path.relative_to(root).as_posix()
        if path != root and not any(path.iterdir()) and rel not in keep:
            path.rmdir()

"""The only module that touches the output folder.

It owns a manifest of the files it generated. A write stages the complete new tree
next to the output folder (foreign files hard-linked across), then swaps the two folders
with renames, so a failure leaves either the old tree or the new one, never a mix.
It deletes only its own stale files and refuses to overwrite a file it did not create.
"""

from __future__ import annotations

import difflib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.errors import GeneratorError

MANIFEST = ".generator-manifest.json"


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


def inside(out: Path, rel: str) -> bool:
    """Whether ``rel`` names a path inside ``out``: relative, normalised (no ``..``,
    ``.``, empty or backslash parts, no NUL) and not led out by a symlink."""
    if not rel or "\x00" in rel or "\\" in rel:
        return False
    pure = PurePosixPath(rel)
    if pure.is_absolute() or pure.as_posix() != rel or any(p in ("..", ".") for p in pure.parts):
        return False
    root = out.resolve()
    return (root / rel).resolve().is_relative_to(root)


def read_manifest(out: Path) -> list[str]:
    """The files the generator wrote into ``out``; an entry that is not a path inside it
    is refused (the writer only reads and deletes what it can prove is its own)."""
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
    for rel in files:
        if not inside(out, rel) or rel == MANIFEST:
            raise GeneratorError(
                f"manifest entry {rel!r} is not a generated file inside the output folder; "
                "refusing to read or delete it",
                file=str(path),
            )
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
    text = json.dumps({"generator": "aws-model-generator", "files": sorted(paths)}, indent=2)
    return (text + "\n").encode("utf-8")


def plan(out: Path, files: Mapping[str, bytes]) -> Plan:
    owned = set(read_manifest(out))
    added, changed, unchanged = [], [], []
    for rel in sorted(files):
        target = out / rel
        if rel not in owned:
            if target.exists():
                raise GeneratorError(
                    "refusing to overwrite a file the generator did not create", file=str(target)
                )
            added.append(rel)
        elif not target.is_file():
            added.append(rel)
        elif target.read_bytes() != files[rel]:
            changed.append(rel)
        else:
            unchanged.append(rel)
    removed = sorted(owned - set(files))
    return Plan(tuple(added), tuple(changed), tuple(removed), tuple(unchanged))


def _all_files(files: Mapping[str, bytes]) -> dict[str, bytes]:
    full = dict(files)
    full[MANIFEST] = manifest_bytes(list(files))
    return full


def check(out: Path, files: Mapping[str, bytes]) -> tuple[Plan, str]:
    """What a write would change, and a unified diff of it."""
    check_output(out, writing=False)
    full = _all_files(files)
    result = plan(out, full) if out.exists() else Plan(added=tuple(sorted(full)))
    chunks: list[str] = []
    for rel in (*result.added, *result.changed, *result.removed):
        old_path = out / rel
        old = old_path.read_bytes() if old_path.is_file() else b""
        new = full.get(rel, b"")
        chunks.extend(
            difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(keepends=True),
                new.decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"a/{rel}",
                tofile=f"b/{rel}",
            )
        )
    return result, "".join(chunks)


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _keep_symlink(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(os.readlink(src), dst)


def write(out: Path, files: Mapping[str, bytes]) -> Plan:
    """Make ``out`` hold exactly ``files`` plus whatever foreign files it had."""
    check_output(out)
    with output_lock(out):
        try:
            return _write(out, files)
        except OSError as exc:  # disk full, permission denied: the old tree is intact
            raise GeneratorError(
                f"cannot write the output: {exc.strerror or exc}", file=str(exc.filename or out)
            ) from exc


def _write(out: Path, files: Mapping[str, bytes]) -> Plan:
    recover(out)
    for rel in files:
        if not inside(out, rel):
            raise GeneratorError(f"refusing to write {rel!r}: not a path inside the output")
    full = _all_files(files)
    result = plan(out, full) if out.exists() else Plan(added=tuple(sorted(full)))
    if result.is_clean:
        return result
    staging, old = _siblings(out)
    try:
        staging.mkdir(parents=True)
        owned = set(read_manifest(out)) if out.exists() else set()
        if out.exists():
            # Foreign files and folders come along untouched (same inode, same mtime).
            for dirpath, dirnames, filenames in os.walk(out):
                rel_dir = Path(dirpath).relative_to(out)
                for name in list(dirnames):
                    if (out / rel_dir / name).is_symlink():  # foreign: kept as a link
                        dirnames.remove(name)
                        _keep_symlink(out / rel_dir / name, staging / rel_dir / name)
                    else:
                        (staging / rel_dir / name).mkdir(parents=True, exist_ok=True)
                for name in filenames:
                    rel = (rel_dir / name).as_posix()
                    if rel in owned:
                        continue
                    if (out / rel).is_symlink():
                        _keep_symlink(out / rel, staging / rel)
                    else:
                        _link_or_copy(out / rel, staging / rel)
        unchanged = set(result.unchanged)
        for rel, data in sorted(full.items()):
            target = staging / rel
            if rel in unchanged:
                _link_or_copy(out / rel, target)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        _prune_empty_dirs(staging, keep=_dirs_of(out))
        if out.exists():
            out.rename(old)
        staging.rename(out)
    except BaseException:
        recover(out)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return result


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
    for dirpath, _, _ in sorted(os.walk(root), key=lambda entry: -len(entry[0])):
        path = Path(dirpath)
        rel = path.relative_to(root).as_posix()
        if path != root and not any(path.iterdir()) and rel not in keep:
            path.rmdir()

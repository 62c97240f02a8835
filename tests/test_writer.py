"""The writer: staged swap, manifest ownership, stale removal, check mode, failures."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import writer
from generator.errors import GeneratorError


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_first_write_creates_files_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    plan = writer.write(out, {"a.py": b"a\n", "pkg/b.py": b"b\n"})
    assert plan.added == (writer.MANIFEST, "a.py", "pkg/b.py")
    assert (out / "pkg" / "b.py").read_bytes() == b"b\n"
    assert sorted(writer.read_manifest(out)) == sorted([writer.MANIFEST, "a.py", "pkg/b.py"])


def test_rewrite_is_a_no_op_and_leaves_files_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    before = (out / "a.py").stat()
    plan = writer.write(out, {"a.py": b"a\n"})
    assert plan.is_clean
    after = (out / "a.py").stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_unchanged_files_keep_their_inode_when_others_change(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n", "b.py": b"b\n"})
    inode = (out / "a.py").stat().st_ino
    plan = writer.write(out, {"a.py": b"a\n", "b.py": b"B\n"})
    assert plan.changed == ("b.py",) and "a.py" in plan.unchanged
    assert (out / "a.py").stat().st_ino == inode
    assert (out / "b.py").read_bytes() == b"B\n"


def test_stale_generated_files_are_removed_foreign_files_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"old/x.py": b"x\n", "keep.py": b"k\n"})
    (out / "notes.txt").write_text("mine")
    (out / "old" / "mine.txt").write_text("mine too")
    (out / "empty").mkdir()
    plan = writer.write(out, {"keep.py": b"k\n"})
    assert plan.removed == ("old/x.py",)
    assert not (out / "old" / "x.py").exists()
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "old" / "mine.txt").read_text() == "mine too"
    assert (out / "empty").is_dir()


def test_emptied_generated_folders_disappear(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"svc/a.py": b"a\n", "b.py": b"b\n"})
    writer.write(out, {"b.py": b"b\n"})
    assert not (out / "svc").exists()


def test_refuses_to_overwrite_a_file_it_did_not_create(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"b.py": b"b\n"})
    (out / "a.py").write_text("hand written")
    with pytest.raises(GeneratorError, match="did not create"):
        writer.write(out, {"a.py": b"generated\n"})
    assert (out / "a.py").read_text() == "hand written"


def test_check_reports_a_diff_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"one\n"})
    before = tree_digest(out)
    plan, diff = writer.check(out, {"a.py": b"two\n", "c.py": b"c\n"})
    assert plan.changed == (writer.MANIFEST, "a.py") and "c.py" in plan.added
    assert "-one" in diff and "+two" in diff and "b/c.py" in diff
    assert tree_digest(out) == before


class Boom(Exception):
    pass


# 6 files are written (the manifest last), then the staged tree is synced once: fail
# before the first, half-way, and at the sync just before the swap.
@pytest.mark.parametrize("fail_after", [0, 3, 6])
@pytest.mark.parametrize(
    "error",
    [
        Boom("injected"),
        OSError(28, "No space left on device"),
        PermissionError(13, "Permission denied"),
        KeyboardInterrupt(),
    ],
)
def test_a_failure_half_way_leaves_the_old_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_after: int, error: BaseException
) -> None:
    out = tmp_path / "out"
    writer.write(out, {f"f{i}.py": b"old\n" for i in range(5)})
    (out / "foreign.txt").write_text("keep")
    before = tree_digest(out)
    calls = {"n": 0}
    real_write, real_sync = writer._write_file, writer._sync

    def failing(real: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            if calls["n"] >= fail_after:
                raise error
            calls["n"] += 1
            real(*args)

        return call

    monkeypatch.setattr(writer, "_write_file", failing(real_write))
    monkeypatch.setattr(writer, "_sync", failing(real_sync))
    # Disk and permission errors come out as one clear GeneratorError.
    expected = GeneratorError if isinstance(error, OSError) else type(error)
    with pytest.raises(expected):
        writer.write(out, {f"f{i}.py": b"new\n" for i in range(6)})
    assert tree_digest(out) == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert leftovers == [".out.lock"]  # the lock file stays; the kernel holds the lock


def test_failure_between_the_two_renames_is_recovered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"old\n"})
    before = tree_digest(out)
    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if self.name == ".out.staging":
            raise OSError(5, "Input/output error")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(GeneratorError, match="Input/output error"):
        writer.write(out, {"a.py": b"new\n"})
    assert tree_digest(out) == before


def test_interrupted_swap_left_on_disk_is_recovered_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"old\n"})
    # Simulate a process killed after `out -> .out.old` and before `staging -> out`.
    out.rename(tmp_path / ".out.old")
    (tmp_path / ".out.staging").mkdir()
    writer.recover(out)
    assert (out / "a.py").read_bytes() == b"old\n"
    assert not (tmp_path / ".out.staging").exists()


@pytest.mark.parametrize(
    "entry", ["/proc/self/environ", "../x", "a/../../x", "./a.py", "a\\b", "", "a//b"]
)
def test_a_manifest_entry_outside_the_output_is_refused_and_never_read(
    tmp_path: Path, entry: str
) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    secret = tmp_path / "x"
    secret.write_text("SECRET")
    manifest = out / writer.MANIFEST
    data = manifest.read_text().replace(
        '"a.py"', f'"a.py", "{entry.replace(chr(92), chr(92) * 2)}"'
    )
    manifest.write_text(data)
    before = tree_digest(tmp_path)
    for run in (
        lambda: writer.check(out, {"a.py": b"b\n"}),
        lambda: writer.write(out, {"a.py": b"b\n"}),
    ):
        with pytest.raises(GeneratorError, match="manifest entry") as info:
            run()
        assert "SECRET" not in str(info.value)
    assert tree_digest(tmp_path) == before


def test_a_manifest_entry_through_a_symlink_out_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "f").write_text("theirs")
    (out / "link").symlink_to(tmp_path / "elsewhere")
    manifest = out / writer.MANIFEST
    manifest.write_text(manifest.read_text().replace('"a.py"', '"a.py", "link/f"'))
    with pytest.raises(GeneratorError, match="manifest entry 'link/f'"):
        writer.write(out, {"a.py": b"b\n"})
    assert (tmp_path / "elsewhere" / "f").read_text() == "theirs"


@pytest.mark.parametrize("stale", [False, True], ids=["produced", "stale"])
def test_a_generated_file_replaced_by_a_symlink_out_is_refused_and_never_read(
    tmp_path: Path, stale: bool
) -> None:
    # The writer looks at each listed file as it reaches it (produced again, or stale
    # and so removed or diffed), before reading anything through it.
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n", "pkg/b.py": b"b\n"})
    secret = tmp_path / "secret"
    secret.write_text("SECRET")
    (out / "pkg" / "b.py").unlink()
    (out / "pkg" / "b.py").symlink_to(secret)
    files = {"a.py": b"a\n"} if stale else {"a.py": b"a\n", "pkg/b.py": b"c\n"}
    before = tree_digest(tmp_path)
    for run in (lambda: writer.check(out, files), lambda: writer.write(out, files)):
        with pytest.raises(GeneratorError, match=r"manifest entry 'pkg/b\.py'") as info:
            run()
        assert "SECRET" not in str(info.value)
    assert tree_digest(tmp_path) == before
    assert secret.read_text() == "SECRET"


def test_out_at_the_wrong_thing_is_refused_up_front(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("mine")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path)
    for out, why in (
        (a_file, "not a folder"),
        (tmp_path / "full", "has files and no"),
        (tmp_path / "link", "symbolic link"),
        (Path("."), "working folder"),
        (Path(".."), "working folder"),
        (Path("/"), "working folder"),
    ):
        before = tree_digest(tmp_path)
        with pytest.raises(GeneratorError, match=why):
            writer.write(out, {"a.py": b"a\n"})
        assert tree_digest(tmp_path) == before
    assert a_file.read_text() == "mine"


def test_a_second_concurrent_run_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    with writer.output_lock(out):
        with pytest.raises(GeneratorError, match="another generate run"):
            writer.write(out, {"a.py": b"b\n"})
    assert (out / "a.py").read_bytes() == b"a\n"
    writer.write(out, {"a.py": b"b\n"})  # the lock is released with its holder
    assert (out / "a.py").read_bytes() == b"b\n"


def test_foreign_symlinks_in_the_output_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    (tmp_path / "data").mkdir()
    (out / "dir-link").symlink_to(tmp_path / "data")
    (out / "file-link").symlink_to(out / "a.py")
    writer.write(out, {"a.py": b"b\n"})
    assert (out / "dir-link").is_symlink() and (out / "file-link").is_symlink()
    assert (tmp_path / "data").is_dir()


def test_a_full_disk_is_one_clear_error_and_the_old_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    before = tree_digest(out)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "_sync", full)
    with pytest.raises(GeneratorError, match="No space left on device"):
        writer.write(out, {"a.py": b"b\n"})
    assert tree_digest(out) == before


def test_a_mount_point_is_refused_up_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A mount point cannot be renamed (EBUSY), so the swap would fail after staging; no
    # mount is made here, so os.path.ismount answers for one folder as the kernel would.
    out = tmp_path / "mnt"
    writer.write(out, {"a.py": b"a\n"})  # even one the generator wrote before
    real = os.path.ismount
    monkeypatch.setattr(writer.os.path, "ismount", lambda p: Path(p) == out or real(p))
    before = tree_digest(tmp_path)
    with pytest.raises(GeneratorError, match="it is a mount point"):
        writer.write(out, {"a.py": b"b\n"})
    assert tree_digest(tmp_path) == before


@contextmanager
def immutable(folder: Path) -> Iterator[None]:
    """``chattr +i``: root ignores permission bits (chmod 555 stops nothing here), but
    not the immutable attribute, which refuses new entries and renames alike."""
    if shutil.which("chattr") is None:
        pytest.skip("no chattr")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("chattr +i not permitted here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_folder_it_cannot_write_is_refused_up_front(tmp_path: Path) -> None:
    out = tmp_path / "out"
    writer.write(out, {"a.py": b"a\n"})
    before = tree_digest(tmp_path)
    with immutable(out):
        with pytest.raises(GeneratorError, match=f"cannot create files in {out.resolve()}"):
            writer.write(out, {"a.py": b"b\n"})
        assert tree_digest(tmp_path) == before  # nothing staged beside it, nothing moved
        assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]
        plan, _ = writer.check(out, {"a.py": b"b\n"})  # --check only reads
        assert plan.changed == ("a.py",)


def test_a_parent_it_cannot_write_is_refused_up_front(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main

    parent = tmp_path / "readonly"
    parent.mkdir()
    with immutable(parent):
        out = parent / "new" / "out"
        code = main(["generate", "--service", "ssm", "--target", "skeleton", "--out", str(out)])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
        assert f"cannot create files in {parent.resolve()}" in err
        assert list(parent.iterdir()) == []


@pytest.mark.parametrize(
    "paths",
    [[], ["a.py"], ["b", "a/c.py", "\u00e9/\u2019.rst", 'q"uote\\x', "\x01", "\ud800"]],
)
def test_the_manifest_is_json_with_two_space_indents(paths: list[str]) -> None:
    expected = {"generator": "aws-model-generator", "files": sorted(paths)}
    text = json.dumps(expected, indent=2) + "\n"
    assert writer.manifest_bytes(paths) == text.encode()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a./\\\x00", max_size=8))
def test_a_plain_path_has_no_empty_dot_or_dot_dot_part(rel: str) -> None:
    parts = rel.split("/")
    expected = bool(rel) and "\x00" not in rel and "\\" not in rel
    expected = expected and all(part not in ("", ".", "..") for part in parts)
    assert writer._plain(rel) is expected

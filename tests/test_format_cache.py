"""black's results cached in the user's cache folder: verified on read, bounded, bypassed
by --no-cache, and the output identical with and without it."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import black
import pytest

from generator import format as fmt
from generator.cache import CACHE_NAME, FormatCache, cache_root
from generator.cli import main
from generator.render import RenderedFile

SOURCE = "x = {  'a':1 }\n"
FORMATTED = 'x = {"a": 1}\n'


def _rendered(text: str = SOURCE) -> RenderedFile:
    return RenderedFile(PurePosixPath("svc/m.py"), text, "templates/t/m.py.j2", "svc")


def _entries(root: Path) -> list[Path]:
    return sorted(p for p in (root / "black").rglob("*") if p.is_file())


@pytest.fixture
def cache(tmp_path: Path) -> FormatCache:
    return FormatCache(tmp_path / "cache", fmt.BLACK_KEY)


@pytest.fixture
def black_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = black.format_str

    def counting(text: str, *, mode: black.Mode) -> str:
        calls.append(text)
        return real(text, mode=mode)

    monkeypatch.setattr(black, "format_str", counting)
    return calls


def test_a_hit_skips_black_and_gives_the_same_bytes(
    cache: FormatCache, black_calls: list[str]
) -> None:
    assert fmt.format_file(_rendered(), cache) == FORMATTED.encode()
    assert fmt.format_file(_rendered(), cache) == FORMATTED.encode()
    assert len(black_calls) == 1 and len(_entries(cache.root)) == 1


def test_the_key_covers_blacks_version_and_mode(tmp_path: Path) -> None:
    one = FormatCache(tmp_path, b"black 1 mode")
    one.put(SOURCE, "one\n")
    assert FormatCache(tmp_path, b"black 2 mode").get(SOURCE) is None
    assert one.get(SOURCE) == "one\n"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],  # truncated payload
        lambda data: data[:20],  # truncated checksum
        lambda data: b"",
        lambda data: data[:-2] + b"X" + data[-1:],  # a flipped byte
        lambda data: b"XXX" + data[3:],  # not an entry at all
    ],
    ids=["truncated", "short", "empty", "corrupt", "magic"],
)
def test_a_damaged_entry_is_a_miss_and_is_rewritten(
    cache: FormatCache, black_calls: list[str], damage: object
) -> None:
    fmt.format_file(_rendered(), cache)
    [entry] = _entries(cache.root)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    assert cache.get(SOURCE) is None
    assert fmt.format_file(_rendered(), cache) == FORMATTED.encode()
    assert len(black_calls) == 2
    assert cache.get(SOURCE) == FORMATTED  # repaired


def test_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    cache = FormatCache(tmp_path / "file" / "cache", fmt.BLACK_KEY)
    assert fmt.format_file(_rendered(), cache) == FORMATTED.encode()
    assert cache.get(SOURCE) is None


def test_eviction_removes_the_least_recently_used_first(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path, b"k", max_bytes=10_000)
    texts = [f"t{i}" for i in range(20)]
    for age, text in enumerate(texts):
        cache.put(text, "x" * 900)
        os.utime(cache._path(text), (1_000_000 + age, 1_000_000 + age))
    os.utime(cache._path("t0"), None)  # used just now: kept
    (cache._path("t0").parent / ".tmp-killed").write_bytes(b"half")
    removed = cache.evict()
    kept = [t for t in texts if cache.get(t) is not None]
    total = sum(p.stat().st_size for p in _entries(tmp_path))
    assert removed == len(texts) - len(kept) and total <= 10_000 * 0.8
    assert kept == ["t0", *texts[len(texts) - len(kept) + 1 :]]
    assert not list(tmp_path.rglob(".tmp-*"))
    assert cache.evict() == 0  # under the bound: nothing goes


def test_the_cache_folder_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_root() == tmp_path / CACHE_NAME
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # XDG: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_root() == tmp_path / "home" / ".cache" / CACHE_NAME


def _tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_cold_warm_and_no_cache_runs_write_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, black_calls: list[str]
) -> None:
    """A fresh XDG_CACHE_HOME is a cold run; the next run formats nothing; --no-cache
    neither reads nor writes the cache; all three trees are byte-identical."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)  # one operation keeps it cheap
    Path("generator.yaml").write_text(
        "services:\n  ssm:\n    operations: [ResumeSession]\ntargets: [client]\noutput: out\n"
    )
    args = ["generate"]
    assert main([*args, "--out", "cold"]) == 0
    cold_calls = len(black_calls)
    entries = _entries(tmp_path / "xdg" / CACHE_NAME)
    assert cold_calls > 0 and len(entries) == cold_calls
    assert main([*args, "--out", "warm"]) == 0
    assert len(black_calls) == cold_calls  # every file from the cache
    assert main([*args, "--out", "nocache", "--no-cache"]) == 0
    assert len(black_calls) == 2 * cold_calls
    assert _entries(tmp_path / "xdg" / CACHE_NAME) == entries
    assert _tree(tmp_path / "cold") == _tree(tmp_path / "warm") == _tree(tmp_path / "nocache")
    assert main([*args, "--out", "cold", "--check"]) == 0
    assert len(black_calls) == 2 * cold_calls  # --check reads the same cache

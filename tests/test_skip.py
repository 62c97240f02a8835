"""A run renders only what changed since the last write into the folder: a changed model,
template, runtime module or generator module invalidates what depends on it, a
hand-edited or deleted file is found (and restored), and --no-cache renders everything."""

from __future__ import annotations

import gzip
import io
import json
import re
import shutil
from pathlib import Path

import botocore.loaders
import pytest

from generator import fingerprint, render, runtime_copy
from generator.config import ServiceSelection
from generator.pipeline import Request, generate
from generator.progress import Progress
from generator.resources import PACKAGE_DIR, runtime_dir, templates_dir

SERVICES = (
    ServiceSelection("ssm", ("ResumeSession",)),
    ServiceSelection("sts", ("GetCallerIdentity",)),
)


class Recorder(Progress):
    def __init__(self) -> None:
        super().__init__(len(SERVICES), io.StringIO(), quiet=True)
        self.rendered_services: list[str] = []

    def service(self, name: str, files: int, *, rendered: bool) -> None:
        super().service(name, files, rendered=rendered)
        if rendered:
            self.rendered_services.append(name)


def run(out: Path, *, check: bool = False, cache: bool = True) -> tuple[int, list[str], str]:
    """Exit code, the services rendered, the last line printed."""
    recorder = Recorder()
    stream = io.StringIO()
    request = Request(SERVICES, ("client",), out, cache=cache)
    code = generate(request, check=check, out=stream, jobs=1, progress=recorder)
    return code, sorted(recorder.rendered_services), stream.getvalue().splitlines()[-1]


def inodes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*.py")}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert run(out)[1] == ["ssm", "sts"]
    return out


def test_nothing_changed_renders_nothing_and_touches_nothing(out: Path) -> None:
    before = inodes(out)
    code, rendered, line = run(out)
    assert (code, rendered) == (0, [])
    assert re.search(r": 0 added, 0 changed, 0 removed, \d+ unchanged$", line)
    assert inodes(out) == before
    assert run(out, check=True)[:2] == (0, [])


def test_a_changed_model_renders_that_service_only(
    out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # botocore's own search path for the user's models (~/.aws/models) shadows its data.
    data = Path(botocore.loaders.Loader.BUILTIN_DATA_PATH) / "sts" / "2011-06-15"
    custom = tmp_path / "models" / "sts" / "2011-06-15"
    custom.mkdir(parents=True)
    model = json.loads(gzip.decompress((data / "service-2.json.gz").read_bytes()))
    operation = model["operations"]["GetCallerIdentity"]
    operation["documentation"] = "<p>Changed.</p>"
    (custom / "service-2.json").write_text(json.dumps(model))
    monkeypatch.setattr(botocore.loaders.Loader, "CUSTOMER_DATA_PATH", str(tmp_path / "models"))
    ssm_before = {k: v for k, v in inodes(out).items() if k.startswith("ssm/")}
    assert run(out)[:2] == (0, ["sts"])
    assert "Changed." in (out / "sts" / "client.py").read_text()
    assert {k: v for k, v in inodes(out).items() if k.startswith("ssm/")} == ssm_before
    assert run(out)[1] == []


def _copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, source: Path, *modules: object) -> Path:
    copy = tmp_path / source.name
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for module in modules:
        name = {"templates": "templates_dir", "runtime": "runtime_dir"}.get(source.name)
        if name is None:
            monkeypatch.setattr(module, "PACKAGE_DIR", copy)
        else:
            monkeypatch.setattr(module, name, lambda: copy)
    return copy


def test_a_changed_template_renders_every_service_and_writes_what_differs(
    out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy(monkeypatch, tmp_path, templates_dir(), fingerprint, render)
    errors = copy / "client" / "%service" / "errors.py.j2"
    errors.write_text(errors.read_text() + "# one more line\n")
    code, rendered, line = run(out)
    assert (code, rendered) == (0, ["ssm", "sts"])
    assert re.search(r": 0 added, 2 changed, 0 removed, \d+ unchanged$", line)  # errors.py
    assert (out / "ssm" / "errors.py").read_text().endswith("# one more line\n")


def test_a_changed_runtime_module_rewrites_that_module_only(
    out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy(monkeypatch, tmp_path, runtime_dir(), fingerprint, runtime_copy)
    (copy / "errors.py").write_text((copy / "errors.py").read_text() + "# changed\n")
    code, rendered, line = run(out)
    # The fingerprint is conservative (generator code may read the runtime): services
    # render again, from black's cache, and only the changed module is written.
    assert (code, rendered) == (0, ["ssm", "sts"])
    assert re.search(r": 0 added, 1 changed, 0 removed, \d+ unchanged$", line)
    assert (out / "_runtime" / "errors.py").read_text().endswith("# changed\n")


def test_a_changed_generator_module_renders_again(
    out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy(monkeypatch, tmp_path, PACKAGE_DIR, fingerprint)
    (copy / "escaping.py").write_text((copy / "escaping.py").read_text() + "# changed\n")
    before = inodes(out)
    code, rendered, line = run(out)
    assert (code, rendered) == (0, ["ssm", "sts"])
    assert re.search(r": 0 added, 0 changed, 0 removed, \d+ unchanged$", line)
    assert inodes(out) == before  # same bytes: nothing written, nothing swapped


def test_a_hand_edited_or_deleted_file_is_found_and_restored(out: Path) -> None:
    edited, deleted = out / "sts" / "client.py", out / "ssm" / "errors.py"
    originals = edited.read_bytes(), deleted.read_bytes()
    # Same size, so only the hash (the stat changed) can tell.
    edited.write_bytes(originals[0].replace(b"class", b"klass", 1))
    deleted.unlink()
    code, rendered, line = run(out, check=True)
    assert (code, rendered) == (1, ["ssm", "sts"])
    assert "is stale: 1 added, 1 changed" in line
    assert run(out)[1] == ["ssm", "sts"]
    assert (edited.read_bytes(), deleted.read_bytes()) == originals


def test_no_cache_or_a_corrupt_state_renders_everything(out: Path) -> None:
    from generator.cache import StateStore, cache_root

    assert run(out, cache=False)[:2] == (0, ["ssm", "sts"])
    path = StateStore(cache_root()).path(out)
    path.write_text(path.read_text()[:-10])  # truncated
    assert run(out)[1] == ["ssm", "sts"]
    units = ["runtime", "service:ssm", "service:sts", "site"]
    assert sorted(json.loads(path.read_text())["units"]) == units


def test_a_hand_edited_or_deleted_runtime_module_is_found_and_restored(out: Path) -> None:
    # The runtime copy is kept like a service while the generator is unchanged: the
    # files are verified on disk (stat, else sha256), never trusted blindly.
    edited, deleted = out / "_runtime" / "client.py", out / "_runtime" / "errors.py"
    originals = edited.read_bytes(), deleted.read_bytes()
    edited.write_bytes(originals[0].replace(b"import", b"imporx", 1))  # same size
    deleted.unlink()
    code, rendered, line = run(out, check=True)
    assert (code, rendered) == (1, [])
    assert "is stale: 1 added, 1 changed" in line
    assert run(out)[:2] == (0, [])
    assert (edited.read_bytes(), deleted.read_bytes()) == originals
    assert run(out, check=True)[:2] == (0, [])


def test_a_state_record_outside_the_manifest_is_never_read(out: Path, tmp_path: Path) -> None:
    from generator.cache import StateStore, cache_root

    secret = tmp_path / "secret.py"
    secret.write_text("SECRET")
    path = StateStore(cache_root()).path(out)
    state = json.loads(path.read_text())
    state["units"]["service:sts"]["files"] += ["../secret.py", "0" * 64, 6, 0, 0]
    path.write_text(json.dumps(state))
    assert run(out)[1] == ["sts"]  # the unit is not trusted: rendered again


def test_shards_partition_a_services_files() -> None:
    from generator.ir import build_service
    from generator.loader import load_service

    service = build_service(load_service("sts"), "*")
    whole = [f.path for f in render.render([service], ["skeleton"])]
    parts = [
        [f.path for f in render.render([service], ["skeleton"], shard=(k, 3))] for k in range(3)
    ]
    assert sorted(p for part in parts for p in part) == sorted(whole)
    assert all(parts) and len(set(whole)) == len(whole)


def test_site_templates_render_once_and_are_kept_while_no_service_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy(monkeypatch, tmp_path, templates_dir(), fingerprint, render)
    (copy / "client" / "site.txt.j2").write_text(
        "{{ services | map(attribute='name') | join(',') }}\n"
    )
    calls: list[str] = []
    real = render.render_site

    def spy(*args: object, **kwargs: object) -> object:
        calls.append("site")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("generator.render.render_site", spy)  # imported when used
    out = tmp_path / "out"
    one = Request(SERVICES[1:], ("client",), out)
    assert generate(one, out=io.StringIO(), jobs=1) == 0
    assert (out / "site.txt").read_text() == "sts\n" and calls == ["site"]
    assert not (out / "sts" / "site.txt").exists()
    assert generate(one, out=io.StringIO(), jobs=1) == 0
    assert calls == ["site"]  # nothing rendered the second time
    (out / "site.txt").write_text("edited\n")
    assert generate(one, out=io.StringIO(), jobs=1) == 0
    assert calls == ["site", "site"] and (out / "site.txt").read_text() == "sts\n"


def test_a_run_over_worker_processes_writes_what_one_process_writes(tmp_path: Path) -> None:
    """Every ssm operation's skeletons (4 shards) over two workers, and in one process."""
    trees = {}
    for jobs in (2, 1):
        out = tmp_path / f"jobs{jobs}"
        request = Request((ServiceSelection("ssm", "*"),), ("skeleton",), out, cache=False)
        assert generate(request, out=io.StringIO(), jobs=jobs) == 0
        trees[jobs] = {
            p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
        }
    assert len(trees[2]) > 2 * 146 and trees[2] == trees[1]

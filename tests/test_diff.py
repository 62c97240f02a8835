"""Model diff: golden reports for hand-written model pairs and a real ssm update.

Each ``tests/diff/cases/<case>.old.json`` / ``<case>.new.json`` pair has its expected
reports next to it (``.expected.txt``, ``.expected.json``, ``.expected.md``).
``UPDATE_GOLDENS=1 pytest tests/test_diff.py`` rewrites them (review the diff before
committing).
"""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from generator import cli
from generator.diff.command import run_diff
from generator.diff.report import FORMATS
from tests.conftest import ROOT

CASES_DIR = Path("tests/diff/cases")
REAL_DIR = Path("tests/diff/real")
EXTENSIONS = {"text": "txt", "json": "json", "markdown": "md"}
CASES = sorted(p.name.removesuffix(".old.json") for p in (ROOT / CASES_DIR).glob("*.old.json"))

# The real update: ssm as botocore 1.20.0 shipped it (see tests/diff/real/README.md)
# against the pinned botocore, restricted to the operations the fixture keeps.
REAL_OLD = REAL_DIR / "ssm-botocore-1.20.0.json"
REAL_OPERATIONS = (
    "DeregisterManagedInstance",
    "DescribeSessions",
    "GetConnectionStatus",
    "ResumeSession",
    "StartSession",
    "TerminateSession",
)

# Cases whose new model breaks callers (exit code 1 without --allow-breaking).
BREAKING = {
    "enum-changed",
    "input-output-swapped",
    "length-changed",
    "member-removed",
    "member-retargeted",
    "operation-removed",
    "pattern-changed",
    "range-changed",
    "required-changed-input",
    "required-member-added",
    "shape-type-changed",
}


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reports name their inputs as given: relative paths keep the goldens portable.
    monkeypatch.chdir(ROOT)


def _report(old: str, new: str, fmt: str, operations: tuple[str, ...] | None = None) -> str:
    out = io.StringIO()
    run_diff(
        old, new, fmt=fmt, allow_breaking=True, operations=operations, out=out, err=io.StringIO()
    )
    return out.getvalue()


def _check_golden(path: Path, actual: str) -> None:
    if os.environ.get("UPDATE_GOLDENS"):
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"no golden {path}: run UPDATE_GOLDENS=1 pytest tests/test_diff.py"
    assert actual == path.read_text(encoding="utf-8"), f"report differs from {path}"


def test_every_kind_of_change_has_a_case() -> None:
    assert "no-change" in CASES
    assert len(CASES) >= 18
    assert BREAKING < set(CASES)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_case_report_matches_golden(case: str, fmt: str) -> None:
    old, new = CASES_DIR / f"{case}.old.json", CASES_DIR / f"{case}.new.json"
    actual = _report(str(old), str(new), fmt)
    _check_golden(CASES_DIR / f"{case}.expected.{EXTENSIONS[fmt]}", actual)


@pytest.mark.parametrize("case", CASES)
def test_exit_code_follows_errors(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", str(CASES_DIR / f"{case}.old.json"), str(CASES_DIR / f"{case}.new.json")]
    expected = 1 if case in BREAKING else 0
    assert cli.main(args) == expected
    err = capsys.readouterr().err
    assert (err.count("\n"), "breaking" in err) == ((1, True) if expected else (0, False))
    assert cli.main([*args, "--allow-breaking"]) == 0


def test_reversed_no_change_is_empty() -> None:
    report = json.loads(
        _report(
            str(CASES_DIR / "no-change.new.json"), str(CASES_DIR / "no-change.old.json"), "json"
        )
    )
    assert report["counts"] == {"ERROR": 0, "DANGER": 0, "WARNING": 0, "NOTE": 0}
    assert report["services"][0]["status"] == "unchanged"


def test_json_field_names_are_stable() -> None:
    report = json.loads(
        _report(
            str(CASES_DIR / "member-added.old.json"),
            str(CASES_DIR / "member-added.new.json"),
            "json",
        )
    )
    assert list(report) == ["format_version", "breaking", "counts", "services"]
    service = report["services"][0]
    assert list(service) == [
        "service",
        "status",
        "old",
        "new",
        "counts",
        "unchanged_operations",
        "changes",
        "operations",
    ]
    operation = service["operations"][0]
    assert list(operation) == ["operation", "status", "changes"]
    assert list(operation["changes"][0]) == [
        "severity",
        "id",
        "context",
        "where",
        "message",
        "old",
        "new",
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_real_ssm_update_matches_golden(fmt: str) -> None:
    actual = _report(str(REAL_OLD), "installed", fmt, REAL_OPERATIONS)
    _check_golden(REAL_DIR / f"ssm-botocore-1.20.0.expected.{EXTENSIONS[fmt]}", actual)


def test_real_ssm_update_facts() -> None:
    report = json.loads(_report(str(REAL_OLD), "installed", "json", REAL_OPERATIONS))
    (service,) = report["services"]
    operations = {op["operation"]: op for op in service["operations"]}
    assert operations["ResumeSession"]["status"] == "documentation-only"
    start = {(c["id"], c["where"]) for c in operations["StartSession"]["changes"]}
    assert ("AddedMember", "StartSessionRequest.Reason") in start
    sessions = {(c["id"], c["where"]) for c in operations["DescribeSessions"]["changes"]}
    assert ("AddedMember", "Session.Reason") in sessions
    deregister = {
        (c["severity"], c["id"]) for c in operations["DeregisterManagedInstance"]["changes"]
    }
    assert ("ERROR", "ChangedLengthTrait") in deregister


def _fails(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    return captured.err


def test_missing_file_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    err = _fails(["diff", "tests/diff/cases/nope.json", "installed"], capsys)
    assert "no such file or folder" in err and "nope.json" in err


def test_malformed_json_names_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "service-2.json"
    bad.write_text('{\n  "metadata": {,\n}\n', encoding="utf-8")
    err = _fails(["diff", str(bad), str(CASES_DIR / "no-change.old.json")], capsys)
    assert "line 2, column 16" in err


def test_two_different_services_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = json.loads((ROOT / CASES_DIR / "no-change.old.json").read_text(encoding="utf-8"))
    other["metadata"]["endpointPrefix"] = "gadgets"
    path = tmp_path / "gadgets.json"
    path.write_text(json.dumps(other), encoding="utf-8")
    err = _fails(["diff", str(CASES_DIR / "no-change.old.json"), str(path)], capsys)
    assert "two different services" in err and "widgets" in err and "gadgets" in err


def test_both_installed_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert "nothing to compare" in _fails(["diff", "installed", "installed"], capsys)


def test_unknown_operation_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    old = str(CASES_DIR / "no-change.old.json")
    err = _fails(["diff", old, old, "--operation", "GetWidgte"], capsys)
    assert "GetWidgte" in err and "GetWidget" in err


def _data_folder(root: Path, versions: dict[str, dict[str, Path]]) -> Path:
    for service, by_version in versions.items():
        for version, source in by_version.items():
            target = root / service / version / "service-2.json"
            target.parent.mkdir(parents=True)
            target.write_bytes((ROOT / source).read_bytes())
    return root


def test_folders_pick_the_latest_api_version(tmp_path: Path) -> None:
    old = _data_folder(
        tmp_path / "old",
        {
            "widgets": {"2024-01-01": CASES_DIR / "operation-added.old.json"},
            "gone": {"2024-01-01": CASES_DIR / "no-change.old.json"},
        },
    )
    new = _data_folder(
        tmp_path / "new",
        {
            "widgets": {
                "2023-01-01": CASES_DIR / "operation-removed.new.json",
                "2024-01-01": CASES_DIR / "operation-added.new.json",
            },
            "fresh": {"2024-01-01": CASES_DIR / "no-change.old.json"},
        },
    )
    report = json.loads(_report(str(old), str(new), "json"))
    statuses = {s["service"]: s["status"] for s in report["services"]}
    assert statuses == {"fresh": "added", "gone": "removed", "widgets": "changed"}
    widgets = next(s for s in report["services"] if s["service"] == "widgets")
    assert [op["operation"] for op in widgets["operations"]] == ["DeleteWidget"]
    assert report["breaking"] is True  # the removed service's operations


def test_installed_compares_the_other_sides_services(tmp_path: Path) -> None:
    shipped = ROOT / "generated" / "ssm" / "service-2.json"
    folder = tmp_path / "data" / "ssm" / "2014-11-06"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_bytes(shipped.read_bytes())
    report = json.loads(_report("installed", str(tmp_path / "data"), "json", ("ResumeSession",)))
    assert [s["service"] for s in report["services"]] == ["ssm"]
    assert report["counts"]["ERROR"] == 0


def test_gzipped_models_as_in_botocores_data(tmp_path: Path) -> None:
    source = ROOT / CASES_DIR / "no-change.old.json"
    folder = tmp_path / "data" / "widgets" / "2024-01-01"
    folder.mkdir(parents=True)
    (folder / "service-2.json.gz").write_bytes(gzip.compress(source.read_bytes()))
    report = json.loads(_report(str(source), str(tmp_path / "data"), "json"))
    assert [s["status"] for s in report["services"]] == ["unchanged"]
    assert report["services"][0]["new"]["source"].endswith("service-2.json.gz")


def test_documentation_reflow_is_no_change_but_new_words_are() -> None:
    from generator.diff.compare import _same_doc
    from generator.doctree import parse_html

    base = parse_html("<p>Reconnects a session to a managed node.</p>")
    reflowed = parse_html("<p>Reconnects a session\n   to a managed  node.</p>")
    same_render = parse_html("<p>Reconnects a session to a managed node.</p>\n")
    reworded = parse_html("<p>Reconnects a session to an instance.</p>")
    assert base != reflowed and _same_doc(base, reflowed)
    assert _same_doc(base, same_render)
    assert not _same_doc(base, reworded)

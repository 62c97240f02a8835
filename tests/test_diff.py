"""Model diff: golden reports for hand-written model pairs and a real ssm update.

Each ``tests/diff/cases/<case>.old.json`` / ``<case>.new.json`` pair has its expected
reports next to it (``.expected.txt``, ``.expected.json``, ``.expected.md``).
``UPDATE_GOLDENS=1 pytest tests/test_diff.py`` rewrites them (review the diff before
committing).
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator import cli
from generator.diff.command import run_diff
from generator.diff.model import DiffReport
from generator.diff.report import FORMATS, render
from generator.diff.sources import diff, resolve
from tests.conftest import ROOT

CASES_DIR = Path("tests/diff/cases")
REAL_DIR = Path("tests/diff/real")
EXTENSIONS = {"text": "txt", "json": "json", "markdown": "md", "changelog": "changelog.json"}
# A case is a model pair, <case>.old.json / <case>.new.json, or two folders laid out like
# botocore's data/ (<case>.old/, <case>.new/) where paginators and waiters sit beside it.
CASES = sorted(
    [p.name.removesuffix(".old.json") for p in (ROOT / CASES_DIR).glob("*.old.json")]
    + [p.name.removesuffix(".old") for p in (ROOT / CASES_DIR).glob("*.old") if p.is_dir()]
)


def _pair(case: str) -> tuple[Path, Path]:
    if (ROOT / CASES_DIR / f"{case}.old").is_dir():
        return CASES_DIR / f"{case}.old", CASES_DIR / f"{case}.new"
    return CASES_DIR / f"{case}.old.json", CASES_DIR / f"{case}.new.json"


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
    "paginators-waiters",
    "shared-shape",
    "streaming",
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
    old, new = _pair(case)
    actual = _report(str(old), str(new), fmt)
    _check_golden(CASES_DIR / f"{case}.expected.{EXTENSIONS[fmt]}", actual)


@pytest.mark.parametrize("case", CASES)
def test_exit_code_follows_errors(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", *map(str, _pair(case))]
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
        "selection_note",
        "changes",
        "operations",
        "shapes",
    ]
    operation = service["operations"][0]
    assert list(operation) == ["operation", "status", "changes"]
    shape = service["shapes"][0]
    assert list(shape) == ["shape", "reached_by", "changes"]
    assert list(shape["reached_by"][0]) == ["operation", "side"]
    assert list(shape["changes"][0]) == [
        "severity",
        "id",
        "context",
        "where",
        "message",
        "old",
        "new",
        "operations",
    ]
    errors = json.loads(
        _report(
            str(CASES_DIR / "errors-changed.old.json"),
            str(CASES_DIR / "errors-changed.new.json"),
            "json",
        )
    )
    own = errors["services"][0]["operations"][0]["changes"][0]
    assert list(own) == ["severity", "id", "context", "where", "message", "old", "new"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_real_ssm_update_matches_golden(fmt: str) -> None:
    actual = _report(str(REAL_OLD), "installed", fmt, REAL_OPERATIONS)
    _check_golden(REAL_DIR / f"ssm-botocore-1.20.0.expected.{EXTENSIONS[fmt]}", actual)


def _shape_changes(service: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(c["id"], c["where"]): c for shape in service["shapes"] for c in shape["changes"]}


def test_real_ssm_update_facts() -> None:
    report = json.loads(_report(str(REAL_OLD), "installed", "json", REAL_OPERATIONS))
    (service,) = report["services"]
    operations = {op["operation"]: op for op in service["operations"]}
    assert operations["ResumeSession"]["status"] == "documentation-only"
    changes = _shape_changes(service)
    assert changes[("AddedMember", "StartSessionRequest.Reason")]["operations"] == ["StartSession"]
    assert "DescribeSessions" in changes[("AddedMember", "Session.Reason")]["operations"]
    length = [c for (kind, _), c in changes.items() if kind == "ChangedLengthTrait"]
    assert any(
        c["severity"] == "ERROR" and "DeregisterManagedInstance" in c["operations"] for c in length
    )


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


# The real update the issue measured: ssm as botocore 1.12.132 shipped it (a copy of its
# data/ folder, tests/diff/real/ssm-botocore-1.12.132; see the README there).
OLD_1_12_132 = REAL_DIR / "ssm-botocore-1.12.132"


@functools.cache
def _update_1_12_132() -> DiffReport:
    """The whole ssm comparison, once: every format below renders the same report."""
    return diff(resolve(str(OLD_1_12_132)), resolve("installed"))


def test_ssm_1_12_132_update_reports_what_breaks_once_on_a_screen_or_two() -> None:
    text = render(_update_1_12_132(), "text")
    _check_golden(REAL_DIR / "ssm-botocore-1.12.132.expected.txt", text)
    assert len(text.splitlines()) < 300
    report = json.loads(render(_update_1_12_132(), "json"))
    (service,) = report["services"]
    every = [c for shape in service["shapes"] for c in shape["changes"]]
    for shape, value in (
        ("ConnectionStatus", "Connected"),
        ("ConnectionStatus", "NotConnected"),
        ("ResourceType", "Document"),
    ):
        removed = [
            c
            for c in every
            if c["id"] == "RemovedEnumValue" and c["where"] == shape and c["old"] == value
        ]
        assert [c["severity"] for c in removed] == ["ERROR"], (shape, value)
        assert f"enum value '{value}' removed" in text  # listed in the default report
    # Each shape once: a shape shared by many operations is one block.
    names = [shape["shape"] for shape in service["shapes"]]
    assert len(names) == len(set(names))
    tag_value = next(shape for shape in service["shapes"] if shape["shape"] == "TagValue")
    assert len({op for op, _ in map(dict.values, tag_value["reached_by"])}) > 5
    assert text.count("Shape TagValue:") == 1
    # Nothing at WARNING or worse is left out of the default text report.
    listed = sum(text.count(f"\n    {level} ") for level in ("ERROR  ", "DANGER ", "WARNING"))
    counts = report["counts"]
    assert listed == counts["ERROR"] + counts["DANGER"] + counts["WARNING"]
    entry = render(_update_1_12_132(), "changelog")
    changelog = json.loads(entry)
    assert changelog["type"] == "api-change" and changelog["category"] == "``ssm``"
    assert changelog["description"].startswith("Breaking: ")
    _check_golden(REAL_DIR / "ssm-botocore-1.12.132.expected.changelog.json", entry)


def test_the_shipped_trimmed_model_reports_no_added_operations() -> None:
    """The README's own example: generated/ssm ships ResumeSession only."""
    report = json.loads(_report("generated/ssm/service-2.json", "installed", "json"))
    (service,) = report["services"]
    assert [op for op in service["operations"] if op["status"] == "added"] == []
    assert "trimmed copy" in (service["selection_note"] or "")
    text = _report("generated/ssm/service-2.json", "installed", "text")
    assert "AddedOperation" not in text and "operations added" not in text


def test_fail_on_danger_fails_on_danger(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", *map(str, _pair("member-order"))]
    assert cli.main(args) == 0  # DANGER is not ERROR
    assert cli.main([*args, "--fail-on", "DANGER"]) == 1
    assert "1 breaking change(s) (DANGER or worse)" in capsys.readouterr().err


def test_docs_and_min_severity_filter_text_but_not_json() -> None:
    old, new = _pair("documentation-only")
    default = _report(str(old), str(new), "text")
    assert "[ChangedDocumentation]" not in default and "--docs lists them" in default
    out = io.StringIO()
    from generator.diff.model import Severity
    from generator.diff.report import Filter

    run_diff(str(old), str(new), out=out, view=Filter(docs=True, min_severity=Severity.NOTE))
    assert "[ChangedDocumentation]" in out.getvalue()
    assert "ChangedDocumentation" in _report(str(old), str(new), "json")

"""`generate` ends with the model changes against the model the output tree ships."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from generator.config import ServiceSelection
from generator.diff.model import Severity
from generator.pipeline import Request, generate
from tests.conftest import ROOT

OLD_SSM = ROOT / "tests" / "diff" / "real" / "ssm-botocore-1.20.0.json"


def _generate(
    out: Path, model: Path | None, *, check: bool = False, cache: bool = True
) -> tuple[int, list[str]]:
    request = Request(
        (ServiceSelection("ssm", ("ResumeSession",)),), ("client",), out, model, cache=cache
    )
    stream = io.StringIO()
    code = generate(request, check=check, out=stream)
    return code, stream.getvalue().splitlines()


def test_generate_summarises_model_changes_and_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    code, lines = _generate(out, None)
    assert code == 0
    # A first generation has no previous model: only the files line.
    assert lines == [lines[-1]] and not lines[-1].startswith("model changes")
    assert lines[-1].endswith(" added, 0 changed, 0 removed, 0 unchanged")

    # A model update: ssm as botocore 1.20.0 had it (ResumeSession: documentation only).
    code, lines = _generate(out, OLD_SSM, check=True)
    assert code == 1
    assert "0 ERROR, 0 DANGER, 0 WARNING, 4 NOTE" in lines[-2]
    assert "is stale: 0 added, " in lines[-1]

    code, lines = _generate(out, OLD_SSM)
    assert code == 0
    summary, files = lines[-2], lines[-1]
    assert summary.startswith("model changes for ssm (")
    assert f"-> {OLD_SSM}): 0 ERROR, 0 DANGER, 0 WARNING, 4 NOTE; details: " in summary
    assert summary.endswith(" --operation ResumeSession")
    assert re.search(r": 0 added, [1-9]\d* changed, 0 removed, \d+ unchanged$", files)

    # Nothing changed: ssm is not rendered again, so there is no model to compare.
    code, lines = _generate(out, OLD_SSM)
    assert len(lines) == 1
    assert re.search(r": 0 added, 0 changed, 0 removed, \d+ unchanged$", lines[-1])
    code, lines = _generate(out, OLD_SSM, cache=False)  # rendered: compared, no change
    assert lines[-2].endswith(": 0 ERROR, 0 DANGER, 0 WARNING, 0 NOTE")
    assert re.search(r": 0 added, 0 changed, 0 removed, \d+ unchanged$", lines[-1])


def test_fail_on_refuses_a_breaking_update_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """DeregisterManagedInstance: ssm 1.20.0 had no length limit on ManagedInstanceId; the
    pinned botocore has one (an ERROR for callers). Going from pinned to 1.20.0 relaxes it;
    going back tightens it."""
    out = tmp_path / "generated"
    selection = (ServiceSelection("ssm", ("DeregisterManagedInstance",)),)
    assert generate(Request(selection, ("client",), out, OLD_SSM), out=io.StringIO()) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    gated = Request(selection, ("client",), out, None, fail_on=Severity.ERROR)
    stream = io.StringIO()
    assert generate(gated, out=stream) == 1
    err = capsys.readouterr().err
    assert "model change(s) at ERROR or worse (--fail-on ERROR)" in err
    assert "model changes for ssm" in stream.getvalue()
    assert re.search(r": [1-9]\d* ERROR, ", stream.getvalue())
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    # --check is gated the same way; without --fail-on the update goes through.
    assert generate(gated, check=True, out=io.StringIO()) == 1
    ungated = Request(selection, ("client",), out, None)
    assert generate(ungated, out=io.StringIO()) == 0

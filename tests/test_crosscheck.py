"""The cross-check: each kind of drift between a published page and the model is
caught, with the right severity and exit code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator import crosscheck
from generator.config import Config, ServiceSelection

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "reference" / "aws-cli-v1" / "ssm" / "resume-session.rst"
CONFIG = Config((ServiceSelection("ssm", ("ResumeSession",)),), ("docs",), Path("generated"))


def run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mutate: Callable[[str], str] = lambda text: text,
    *,
    strict: bool = False,
) -> tuple[int, list[str]]:
    folder = tmp_path / "ssm"
    folder.mkdir()
    original = PAGE.read_text(encoding="utf-8")
    changed = mutate(original)
    (folder / "resume-session.rst").write_text(changed, encoding="utf-8")
    monkeypatch.setattr(crosscheck, "reference_dir", lambda: tmp_path)
    code = crosscheck.run_crosscheck(CONFIG, model_path=None, strict=strict, summary=False)
    return code, capsys.readouterr().out.splitlines()


def findings(lines: list[str]) -> list[str]:
    return [line.split(": ", 1)[1] for line in lines[1:]]


def test_published_page_has_only_the_real_text_drift(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = run(tmp_path, monkeypatch, capsys)
    assert code == 0
    assert lines[0] == "crosscheck: 1 published page(s): 0 structural drift, 4 text drift"
    where = [f.split(": ")[1] for f in findings(lines)]
    assert where == ["description", "description note", "output TokenValue", "output StreamUrl"]
    assert all(f.startswith("text: ") for f in findings(lines))
    assert "[-an instance-] {+a managed node+}" in lines[1]
    assert "It [-is not-] {+isn't+} intended" in lines[2]
    assert "[-``wss://ssm-messages.**region**-] {+``wss://ssmmessages.**region**+}" in lines[4]


def test_strict_fails_on_text_drift(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(tmp_path, monkeypatch, capsys, strict=True)
    assert code == 1


SESSION_OPTION = "``--session-id`` (string)\n\n\n  The ID of the disconnected session to resume.\n"
EXTRA_OPTION = "``--reason`` (string)\n\n  Why.\n\n"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda t: t.replace(SESSION_OPTION, "").replace("  --session-id <value>\n", ""),
            "STRUCTURE: option --session-id: in the model but not published",
        ),
        (
            lambda t: t.replace(
                "``--cli-input-json``", EXTRA_OPTION + "``--cli-input-json``", 1
            ).replace("  [--cli-input-json", "  [--reason <value>]\n  [--cli-input-json", 1),
            "STRUCTURE: option --reason: published but not in the model",
        ),
        (
            lambda t: t.replace("  --session-id <value>", "  [--session-id <value>]"),
            "STRUCTURE: option --session-id: published optional, model required",
        ),
        (
            lambda t: t.replace("``--session-id`` (string)", "``--session-id`` (integer)"),
            "STRUCTURE: option --session-id: type published (integer), model (string)",
        ),
        (
            lambda t: t.replace("TokenValue -> (string)", "Token -> (string)"),
            "STRUCTURE: output TokenValue: in the model but not published",
        ),
        (
            lambda t: t + "\nExtra -> (list)\n\n  More.\n",
            "STRUCTURE: output Extra: published but not in the model",
        ),
        (
            lambda t: t.replace("SessionId -> (string)", "SessionId -> (integer)"),
            "STRUCTURE: output SessionId: type published (integer), model (string)",
        ),
    ],
)
def test_structural_drift_fails(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mutate: Callable[[str], str],
    expected: str,
) -> None:
    code, lines = run(tmp_path, monkeypatch, capsys, mutate)
    assert code == 1
    assert expected in findings(lines)


def test_changed_word_is_text_drift(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = run(
        tmp_path,
        monkeypatch,
        capsys,
        lambda t: t.replace("The ID of the disconnected session", "The ID of the lost session"),
    )
    assert code == 0
    assert (
        "text: option --session-id: The ID of the [-lost-] {+disconnected+} session to resume."
        in findings(lines)
    )


def test_unknown_command_is_structural(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ssm").mkdir()
    (tmp_path / "ssm" / "resume-sessions.rst").write_text("x", encoding="utf-8")
    monkeypatch.setattr(crosscheck, "reference_dir", lambda: tmp_path)
    code = crosscheck.run_crosscheck(CONFIG, model_path=None, strict=False, summary=True)
    out = capsys.readouterr().out
    assert code == 1 and "'resume-sessions' is not in the model" in out


def test_word_diff_shows_context() -> None:
    assert crosscheck.word_diff("a b c", "a x c") == "a [-b-] {+x+} c"
    assert crosscheck.word_diff("same", "same") == "same"

"""``help``: the command's reference page (the docs pages the package ships) as text for
a terminal, through a pager on a terminal, quiet on a closed pipe; side by side with
``aws ssm resume-session help`` for the text itself."""

from __future__ import annotations

import os
import pty
import re
import subprocess
from pathlib import Path

import pytest

from generator.ir import build_service
from generator.loader import load_service
from generator.pipeline import produce
from tests.conftest import ROOT
from tests.e2e.conftest import isolated_env
from tests.e2e.test_cli_side_by_side import AWS, PYTHON

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

COMMAND = ["-m", "generated.ssm", "resume-session", "help"]
PAGE = ROOT / "generated" / "ssm" / "docs" / "resume-session.rst"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = isolated_env(tmp_path)
    env.pop("PAGER", None)
    env.pop("MANPAGER", None)
    return {**env, **extra}


def _section(text: str, name: str, *, whole: bool = False) -> list[str]:
    """The words of one section of a manual-page-like text, up to the first "See" (the
    description's "See also" line: awscli's text drops the link's address), or
    ``whole``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == name)
    body: list[str] = []
    for line in lines[start + 1 :]:
        if line and not line.startswith(" "):
            break
        body.append(line)
    words = " ".join(body).split()
    return words[: words.index("See")] if "See" in words and not whole else words


def test_the_page_as_text_has_the_words_aws_help_has(tmp_path: Path) -> None:
    env = _env(tmp_path)
    ours = subprocess.run(
        [str(PYTHON), *COMMAND], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    theirs = subprocess.run(
        [str(AWS), "ssm", "resume-session", "help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    theirs = re.sub(r".\x08", "", theirs)  # groff's overstrike bold
    theirs = re.sub(r"(?<=\w)-\n +(?=\w)", "", theirs)  # and its hyphenation at line ends
    theirs = re.sub(r"(?m)^ *[A-Z-]+\(\) *$", "", theirs)  # and its page footer
    # The current layout (generator.yaml): awscli's examples too.
    for section in ("DESCRIPTION", "OUTPUT"):
        assert _section(ours, section) == _section(theirs, section), section
    examples = _section(ours, "EXAMPLES", whole=True)
    assert examples == _section(theirs, "EXAMPLES", whole=True)
    assert "Mary-Major-07a16060613c408b5" in examples
    assert "--session-id (string)" in ours and "SYNOPSIS" in ours
    for markup in ("``", ":doc:", ":ref:", ".. note::", ".. _", "`_"):
        assert markup not in ours, markup


def test_a_closed_pipe_ends_quietly_with_exit_code_0(tmp_path: Path) -> None:
    for args in ([str(PYTHON), *COMMAND], [str(PYTHON), "-m", "generated.ssm", "help"]):
        proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before anything is written
        assert proc.wait(timeout=60) == 0
        assert proc.stderr.read() == b""


def test_on_a_terminal_the_page_goes_through_the_pager(tmp_path: Path) -> None:
    captured = tmp_path / "paged.txt"
    env = _env(tmp_path, PAGER=f"sh -c 'cat > {captured}'")
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [str(PYTHON), *COMMAND], cwd=ROOT, env=env, stdout=secondary, timeout=60
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert proc.returncode == 0
    paged = captured.read_text(encoding="utf-8")
    assert paged.startswith("RESUME-SESSION\n") and "DESCRIPTION" in paged


def _tree(folder: Path, operations: list[str]) -> Path:
    """An ssm cli tree (runtime included) for ``operations``, written from memory."""
    service = build_service(load_service("ssm"), operations)
    for path, content in produce([service], ["cli"]).items():
        target = folder / "tree" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    (folder / "tree" / "__init__.py").write_text("", encoding="utf-8")
    return folder


def _words_of(text: str, section: str) -> list[str]:
    text = re.sub(r".\x08", "", text)
    text = re.sub(r"(?<=\w)-\n +(?=\w)", "", text)
    return _section(re.sub(r"(?m)^ *[A-Z-]+\(\) *$", "", text), section)


@pytest.mark.parametrize(
    "args",
    [["wait", "command-executed", "help"], ["help"]],
    ids=["waiter", "service"],
)
def test_waiter_and_service_pages_have_the_words_aws_help_has(
    tmp_path: Path, args: list[str]
) -> None:
    folder = _tree(tmp_path, ["GetCommandInvocation", "ResumeSession"])
    env = _env(tmp_path)
    ours = subprocess.run(
        [str(PYTHON), "-m", "tree.ssm", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    theirs = subprocess.run(
        [str(AWS), "ssm", *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    words = _words_of(ours, "DESCRIPTION")
    # ssm's description goes on into a list whose links awscli's page breaks (it prints
    # the markup, "* Systems Manager ... *", and loses the address): the words up to it.
    cut = words.index("*") if "*" in words else len(words)
    assert len(words[:cut]) > 30
    assert words[:cut] == _words_of(theirs, "DESCRIPTION")[:cut]
    if args == ["help"]:
        # awscli lists the wait command itself (its page lists the waiters)
        assert "* resume-session" in ours and "* wait\n" in ours
    else:
        assert "--command-id (string)" in ours and "OUTPUT" in ours

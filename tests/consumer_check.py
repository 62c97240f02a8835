"""``make consumer-check``: the generated tree as users get it, a Python distribution.

Generates ssm's ListCommands and GetCommandInvocation (a paginator and the
CommandExecuted waiter) for the client target into a temporary folder, with a
``package`` config (name, version, import name); ``pip install``s that folder into a
fresh venv; runs ``mypy --strict`` on a consumer script (tests/consumer/consumer.py)
against the installed package (``--python-executable``: the fresh venv's site-packages,
found through its ``py.typed``); then runs the script with the fresh venv's Python
against a loopback server and checks its output and requests. Prints what it checked;
exits 1 on any failure. Needs PyPI or pip's cache (setuptools for the build, botocore).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from tests.conftest import ROOT
from tests.e2e.conftest import isolated_env
from tests.e2e.server import Answer, serve

CONFIG = """\
services:
  ssm:
    operations: [ListCommands, GetCommandInvocation]
targets: [client]
output: tree
package:
  name: consumer-check-clients
  version: "1.2.3"
  import_name: consumer_clients
"""
CID = "00000000-0000-0000-0000-000000000001"
ANSWERS = [
    Answer(200, {"Commands": [{"CommandId": "c1", "Status": "Success"}], "NextToken": "t"}),
    Answer(200, {"Commands": [{"CommandId": "c2", "Status": "Rebooting"}]}),
    Answer(200, {"Commands": [{"CommandId": "c1"}], "NextToken": "t"}),
    Answer(200, {"CommandId": CID, "Status": "Success"}),
    Answer(200, {"CommandId": CID, "Status": "Failed"}),
]
EXPECTED = [
    "items ['c1', 'c2']",
    "statuses ['done', 'unknown: Rebooting']",
    "pages 1 resume True",
    "waited",
    "waiter failed CommandExecuted",
]


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def main() -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="consumer-check-") as tmp:
        base = Path(tmp)
        (base / "generator.yaml").write_text(CONFIG, encoding="utf-8")
        generated = run(
            [sys.executable, "-m", "generator", "generate"],
            base,
            {**os.environ, "PYTHONPATH": str(ROOT)},
        )
        if generated.returncode != 0:
            print(generated.stdout + generated.stderr)
            return 1
        tree = base / "tree"
        print("generated", sorted(p.name for p in tree.iterdir()))
        env_dir = base / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        install = run([str(python), "-m", "pip", "install", "--quiet", str(tree)], base)
        if install.returncode != 0:
            print(install.stdout + install.stderr)
            print("consumer-check: pip install failed")
            return 1
        shown = run([str(python), "-m", "pip", "show", "consumer-check-clients"], base)
        print(
            "installed:",
            " ".join(
                line
                for line in shown.stdout.splitlines()
                if line.startswith(("Name", "Version", "Requires"))
            ),
        )
        work = base / "work"  # not the tree: the script must import the installed copy
        work.mkdir()
        script = work / "consumer.py"
        shutil.copy(ROOT / "tests" / "consumer" / "consumer.py", script)
        clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        mypy = run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-incremental",
                "--python-executable",
                str(python),
                str(script),
            ],
            work,
            clean,
        )
        print(
            "mypy --strict:",
            mypy.stdout.strip().splitlines()[-1] if mypy.stdout.strip() else mypy.stderr.strip(),
        )
        if mypy.returncode != 0:
            failures.append("mypy --strict failed:\n" + mypy.stdout + mypy.stderr)
        with serve() as server:
            server.reset(Answer(200, {}))
            server.script(list(ANSWERS))
            env = {k: v for k, v in isolated_env(work).items() if k != "PYTHONPATH"}
            ran = run([str(python), str(script), server.url], work, env)
            targets = [r.target for r in server.requests]
            bodies = [json.loads(r.body) for r in server.requests]
        print("consumer output:", ran.stdout.strip().splitlines())
        if ran.returncode != 0 or ran.stdout.strip().splitlines() != EXPECTED:
            failures.append(f"consumer exited {ran.returncode}: {ran.stdout}{ran.stderr}")
        expected_targets = ["AmazonSSM.ListCommands"] * 3 + ["AmazonSSM.GetCommandInvocation"] * 2
        if targets != expected_targets or bodies[1] != {"MaxResults": 2, "NextToken": "t"}:
            failures.append(f"requests: {targets} {bodies}")
        print("requests:", len(targets))
    for failure in failures:
        print("FAIL:", failure)
    print("consumer-check:", "FAILED" if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

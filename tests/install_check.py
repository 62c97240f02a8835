"""``make install-check``: the generator installed as users install tools.

In a fresh virtual environment, ``pip install <checkout>`` (a real wheel build, not
editable), then from an empty folder with no generator.yaml:
``aws-model-generator generate --service ssm --out out`` must write every ssm page,
skeleton and module, the generated CLI must run, and a named config that is missing
must fail with one line and exit 2. Prints what it checked; exits 1 on any failure.
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


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _checkout_copy(dest: Path) -> Path:
    """The files of the checkout (tracked, and untracked ones git does not ignore) copied
    to ``dest``: the wheel is built from them alone, never from setuptools' leftovers in
    ``build/`` (which would ship a template the checkout has since deleted)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


def main() -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="install-check-") as tmp:
        base = Path(tmp)
        env_dir = base / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        script = env_dir / "bin" / "aws-model-generator"
        source = _checkout_copy(base / "source")
        install = run([str(python), "-m", "pip", "install", "--quiet", str(source)], base)
        if install.returncode != 0:
            print(install.stdout + install.stderr)
            print("install-check: pip install failed")
            return 1
        work = base / "empty"
        work.mkdir()
        clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
        result = run([str(script), "generate", "--service", "ssm", "--out", "out"], work, clean_env)
        if result.returncode != 0:
            failures.append(f"generate exited {result.returncode}: {result.stderr.strip()}")
        out = work / "out"
        docs = out / "ssm" / "docs"
        # A page per command, beside the service's own (index.rst) and the waiters' (and
        # wait/index.rst, the wait command's).
        pages = (
            sorted(p for p in docs.glob("*.rst") if p.name != "index.rst") if out.is_dir() else []
        )
        table = json.loads((out / "ssm" / "commands.json").read_text()) if pages else {}
        operations = len(table.get("commands", []))
        waiters = len(table.get("waiters", []))
        print(f"generated {len(pages)} ssm pages for {operations} operations")
        if not pages or len(pages) != operations:
            failures.append(f"{len(pages)} pages for {operations} operations")
        wait_pages = waiters + (1 if waiters else 0)  # and the wait command's own
        if not (docs / "index.rst").is_file() or len(list(docs.glob("wait/*.rst"))) != wait_pages:
            failures.append("no service page, or not a page per waiter")
        runtime = sorted(p.name for p in (out / "_runtime").glob("*.py")) if out.is_dir() else []
        sources = sorted(p.name for p in (ROOT / "runtime").glob("*.py"))
        if runtime != sources:
            failures.append(f"runtime copied: {runtime}, expected {sources}")
        for name in runtime:
            if (out / "_runtime" / name).read_bytes() != (ROOT / "runtime" / name).read_bytes():
                failures.append(f"_runtime/{name} differs from runtime/{name}")
        skeleton = run(
            [str(python), "-m", "out.ssm", "resume-session", "--generate-cli-skeleton"],
            work,
            clean_env,
        )
        if skeleton.returncode != 0 or json.loads(skeleton.stdout or "null") != {"SessionId": ""}:
            failures.append(
                f"generated CLI: rc {skeleton.returncode}: {skeleton.stdout}{skeleton.stderr}"
            )
        module = run(
            [
                str(python),
                "-m",
                "generator",
                "generate",
                "--service",
                "ssm",
                "--out",
                "out2",
                "--target",
                "client",
            ],
            work,
            clean_env,
        )
        client_runtime = sorted(p.name for p in (work / "out2" / "_runtime").glob("*.py"))
        if (
            module.returncode != 0
            or "cli.py" in client_runtime
            or "client.py" not in client_runtime
        ):
            failures.append(
                f"python -m generator --target client: rc {module.returncode}, runtime {client_runtime}"
            )
        missing = run([str(script), "--config", "nope.yaml", "generate"], work, clean_env)
        lines = missing.stderr.strip().splitlines()
        if missing.returncode != 2 or len(lines) != 1 or "nope.yaml" not in lines[0]:
            failures.append(f"missing config: rc {missing.returncode}, stderr {missing.stderr!r}")
        nothing = run([str(script), "generate"], work, clean_env)
        if nothing.returncode != 2 or "nothing to generate" not in nothing.stderr:
            failures.append(f"no config, no service: rc {nothing.returncode}, {nothing.stderr!r}")
        for command in (["crosscheck", "--summary"], ["diff", "--help"]):
            done = run([str(script), *command], work, clean_env)
            if done.returncode != 0:
                failures.append(f"{' '.join(command)}: rc {done.returncode}: {done.stderr.strip()}")
            elif command[0] == "crosscheck":
                print(done.stdout.splitlines()[0])
    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"install-check: {'ok' if not failures else f'{len(failures)} failure(s)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

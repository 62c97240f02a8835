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


def main() -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="install-check-") as tmp:
        base = Path(tmp)
        env_dir = base / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        script = env_dir / "bin" / "aws-model-generator"
        install = run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], base)
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
        pages = sorted((out / "ssm" / "docs").glob("*.rst")) if out.is_dir() else []
        operations = (
            len(json.loads((out / "ssm" / "commands.json").read_text())["commands"]) if pages else 0
        )
        print(f"generated {len(pages)} ssm pages for {operations} operations")
        if not pages or len(pages) != operations:
            failures.append(f"{len(pages)} pages for {operations} operations")
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

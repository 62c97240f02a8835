"""``make bench``: the generator against what users would run instead, and its own
regeneration scenarios, alternated round by round in one run.

Usage: .venv/bin/python benchmarks/bench.py [--repeat N] [--jobs N] [--no-all]
       [--no-builder] [--builder-all] [--changed sts] [--work build]

Every scenario is a separate process (the generator as ``python -m generator generate
--quiet``), one of each per round, in this order, so the load of a shared machine falls
on all of them alike:

- mypy_boto3_builder 8.12 generating the ssm stubs (``python -m mypy_boto3_builder OUT
  -s ssm --no-smart-version``: boto3-stubs and mypy-boto3-ssm), in a virtual environment
  of its own under ``build/`` (made on first use, reused after; never a dependency of
  the project: it needs Python 3.12 or newer, found on PATH or in pyenv, or named by
  ``--builder-python``), into an empty folder;
- ssm cold: every ssm operation, all four targets, an empty cache folder
  (``XDG_CACHE_HOME``) and an empty output folder;
- ssm warm: the tree and cache the first ssm run left, nothing changed;
- ssm one model changed: the same, ssm's model changed in ``~/.aws/models`` (``HOME``
  points at a folder of the benchmark's own) by a new documentation string each round;
- all services warm: every botocore service, nothing changed, on a tree kept in
  ``build/all`` (``home/``, whose ``cache/`` is the cache, and ``out/``): the first use
  makes it (a cold run of many minutes, printed); a run brings it up to date first;
- all services, one model changed (``--changed``, sts by default).

``--no-all`` leaves the all-services scenarios out (a quick run); ``--builder-all`` adds
one round of every service cold against mypy_boto3_builder for every service (tens of
minutes each). Prints medians of wall and CPU seconds (the process and its children),
the parent's peak memory, the ratios, and the load average at the start and end.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from benchmarks.bench_regen import Samples, change_model, run

BUILDER = "mypy-boto3-builder==8.12.*"
ROOT = Path(__file__).resolve().parent.parent
TARGETS = "[client, cli, skeleton, docs]"


def builder_python(given: str | None) -> str:
    """A Python 3.12 or newer for mypy_boto3_builder 8 (it requires one)."""
    if given:
        return given
    for name in ("python3.13", "python3.12"):
        found = shutil.which(name)
        if found and subprocess.run([found, "-V"], capture_output=True).returncode == 0:
            return found
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for candidate in sorted(glob.glob(str(pyenv / "3.1[2-9]*/bin/python3")), reverse=True):
        return candidate
    raise SystemExit(
        "mypy_boto3_builder 8.12 needs Python 3.12 or newer: none found "
        "(--builder-python PATH, or make bench BUILDER=0 to leave it out)"
    )


def builder_env() -> dict[str, str]:
    """The environment without ``PYTHONPATH`` (make sets it to this checkout, whose
    egg-info would make the builder's pip see the generator installed)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def builder_venv(folder: Path, python: str | None) -> Path:
    """The builder's own virtual environment (made once, then reused): its interpreter.
    botocore and boto3 are pinned to the generator's botocore, so both read the same
    models."""
    botocore = version("botocore")
    spec = [BUILDER, f"botocore=={botocore}", f"boto3=={botocore}"]
    stamp = folder / ".installed"
    interpreter = folder / "bin" / "python"
    if stamp.is_file() and stamp.read_text() == "\n".join(spec) and interpreter.exists():
        return interpreter
    print(f"installing {' '.join(spec)} into {folder} (first use)", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    env = builder_env()
    subprocess.run([builder_python(python), "-m", "venv", str(folder)], check=True, env=env)
    pip = [str(interpreter), "-m", "pip", "install", "--quiet", *spec]
    subprocess.run(pip, check=True, env=env)
    stamp.write_text("\n".join(spec))
    return interpreter


def timed(command: list[str], env: dict[str, str], samples: Samples) -> None:
    """Wall and CPU seconds of a command that is not the generator (no peak reported)."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    samples.wall.append(wall)
    samples.cpu.append(
        (after.children_user - before.children_user)
        + (after.children_system - before.children_system)
    )
    samples.rss_mib.append(float("nan"))


def config(path: Path, services: str) -> Path:
    path.write_text(f"services:\n{services}targets: {TARGETS}\noutput: generated\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--no-all", action="store_true", help="no all-services scenarios")
    parser.add_argument("--no-builder", action="store_true", help="no mypy_boto3_builder")
    parser.add_argument("--builder-all", action="store_true", help="every service, cold")
    parser.add_argument("--builder-python", help="Python 3.12+ for the builder's venv")
    parser.add_argument("--changed", default="sts", help="the model changed among all")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    builder = None
    if not args.no_builder:
        builder = builder_venv(args.work / "mypy-boto3-builder", args.builder_python)
    start_load = os.getloadavg()
    print(f"load average at start: {start_load[0]:.1f} ({os.cpu_count()} cores)", flush=True)
    env = dict(os.environ)
    samples: dict[str, Samples] = {}

    def add(name: str) -> Samples:
        return samples.setdefault(name, Samples())

    with tempfile.TemporaryDirectory(prefix="bench-", dir=args.work) as scratch:
        work = Path(scratch)
        ssm = ["--config", str(config(work / "ssm.yaml", '  ssm:\n    operations: "*"\n'))]
        generate = ["generate", *jobs, "--quiet"]
        warm_home = work / "ssm-home"
        warm_env = {**env, "HOME": str(warm_home), "XDG_CACHE_HOME": str(warm_home / "cache")}
        warm_out = ["--out", str(work / "ssm-out")]
        warm_home.mkdir()
        run([*ssm, *generate, *warm_out], warm_env, Samples())  # the tree to stay warm on

        all_home, all_out = args.work / "all" / "home", args.work / "all" / "out"
        all_env = {**env, "HOME": str(all_home), "XDG_CACHE_HOME": str(all_home / "cache")}
        every = [*generate, "--all-services", "--out", str(all_out)]
        if not args.no_all:
            shutil.rmtree(all_home / ".aws", ignore_errors=True)  # a changed model of before
            all_home.mkdir(parents=True, exist_ok=True)
            what = "brought up to date" if (all_out / "ssm").is_dir() else "made (cold)"
            first = Samples()
            run(every, all_env, first)
            print(
                f"all-services tree {what}: {first.wall[0]:.1f} s wall, {first.cpu[0]:.1f} s "
                f"CPU, parent's peak {first.rss_mib[0]:.0f} MiB",
                flush=True,
            )
        changed = [
            "--config",
            str(config(work / "changed.yaml", f'  {args.changed}:\n    operations: "*"\n')),
        ]

        for round_ in range(args.repeat):
            if builder is not None:
                out = work / f"builder-{round_}"
                command = [str(builder), "-m", "mypy_boto3_builder", str(out), "-s", "ssm"]
                timed([*command, "--no-smart-version"], builder_env(), add("builder"))
                shutil.rmtree(out)
            cold_home = work / f"cold-{round_}"
            cold_home.mkdir()
            cold_env = {**env, "HOME": str(cold_home), "XDG_CACHE_HOME": str(cold_home / "c")}
            run([*ssm, *generate, "--out", str(cold_home / "out")], cold_env, add("ssm cold"))
            shutil.rmtree(cold_home)
            run([*ssm, *generate, *warm_out], warm_env, add("ssm warm"))
            change_model(warm_home, "ssm", round_)
            run([*ssm, *generate, *warm_out], warm_env, add("ssm changed"))
            if not args.no_all:
                run(every, all_env, add("all warm"))
                change_model(all_home, args.changed, round_)
                run(every, all_env, add("all changed"))
                # The changed service alone, cold: the target is 5 s more than this.
                cold_home = work / f"changed-{round_}"
                cold_home.mkdir()
                cold_env = {**env, "HOME": str(cold_home), "XDG_CACHE_HOME": str(cold_home / "c")}
                target = ["--out", str(cold_home / "out")]
                run([*changed, *generate, *target], cold_env, add("changed cold"))
                shutil.rmtree(cold_home)
            figures = ", ".join(
                f"{name} {found.wall[-1]:.2f} s" for name, found in samples.items() if found.wall
            )
            print(f"round {round_ + 1} of {args.repeat}, load {os.getloadavg()[0]:.1f}: {figures}")
        if not args.no_all:
            shutil.rmtree(all_home / ".aws", ignore_errors=True)

        if args.builder_all and builder is not None:
            cold_home = work / "cold-all"
            cold_home.mkdir()
            cold_env = {**env, "HOME": str(cold_home), "XDG_CACHE_HOME": str(cold_home / "c")}
            every_cold = [*generate, "--all-services", "--out", str(cold_home / "out")]
            run(every_cold, cold_env, add("all cold"))
            shutil.rmtree(cold_home)
            out = work / "builder-all"
            command = [str(builder), "-m", "mypy_boto3_builder", str(out), "-s", "all"]
            timed([*command, "--no-smart-version"], builder_env(), add("builder all"))
            shutil.rmtree(out)

    def median(name: str, pick: Callable[[Samples], list[float]]) -> float:
        return statistics.median(pick(samples[name])) if name in samples else float("nan")

    rows = [
        ("builder", "mypy_boto3_builder 8.12, ssm (cold)"),
        ("ssm cold", "ssm cold (empty cache, output)"),
        ("ssm warm", "ssm warm (nothing changed)"),
        ("ssm changed", "ssm, its model changed"),
        ("all warm", "all services warm"),
        ("all changed", f"all services, {args.changed} changed"),
        ("changed cold", f"{args.changed} alone, cold"),
        ("all cold", "all services cold"),
        ("builder all", "mypy_boto3_builder, all (cold)"),
    ]
    print(f"medians of {args.repeat} alternated rounds ({os.cpu_count()} cores)")
    print(f"  {'scenario':36} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}")
    for key, label in rows:
        if key in samples:
            peak = max(samples[key].rss_mib)
            print(
                f"  {label:36} {median(key, lambda s: s.wall):8.2f} "
                f"{median(key, lambda s: s.cpu):8.2f} {peak:9.0f}"
            )
    if "builder" in samples:
        ratio = median("ssm cold", lambda s: s.wall) / median("builder", lambda s: s.wall)
        print(f"  ssm cold / mypy_boto3_builder (wall): {ratio:.2f}x (target 0.40x or less)")
    if "builder all" in samples:
        ratio = median("all cold", lambda s: s.wall) / median("builder all", lambda s: s.wall)
        print(f"  all cold / mypy_boto3_builder all (wall): {ratio:.2f}x")
    if "all warm" in samples:
        print(f"  all services warm: {median('all warm', lambda s: s.wall):.2f} s (target 2 s)")
    if "all changed" in samples:
        over = median("all changed", lambda s: s.wall) - median("changed cold", lambda s: s.wall)
        print(
            f"  all services, {args.changed} changed: {over:.2f} s more than {args.changed} "
            "alone cold (target 5 s)"
        )
    if "ssm warm" in samples:
        ratio = median("ssm warm", lambda s: s.wall) / median("ssm cold", lambda s: s.wall)
        print(f"  ssm warm / ssm cold (wall): {ratio:.2f}x (target 0.10x or less)")
    end = os.getloadavg()
    print(
        f"load average: {start_load[0]:.1f} at start, {end[0]:.1f} at end "
        f"(1, 5, 15 min at end: {end[0]:.1f} {end[1]:.1f} {end[2]:.1f})"
    )


if __name__ == "__main__":
    main()

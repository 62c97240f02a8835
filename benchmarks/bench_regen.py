"""Regeneration cost, cold against warm against one changed model, in one run.

Usage: .venv/bin/python benchmarks/bench_regen.py [--repeat N] [--set ssm] [--set all]
       [--set ssm,sts,sns] [--jobs N] [--all-from HOME OUT]

For each set of services (every operation of each), three scenarios run as separate
``python -m generator generate --quiet`` processes, alternated round by round so the
load of a shared machine falls on all of them alike:

- cold: an empty cache folder (``XDG_CACHE_HOME``) and an empty output folder;
- warm: the tree and cache a previous run left, nothing changed;
- one model changed: the same, with one service's model (the set's first) changed in
  ``~/.aws/models`` (botocore's own folder for the user's models; ``HOME`` points
  elsewhere) by a different documentation string each round.

Prints median wall and CPU seconds (the process and its workers) per scenario, the
parent's peak memory, and the ratios to cold. ``--set all`` is every botocore service:
its cold run takes many minutes, so the first run (cold) stands for it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import botocore.loaders

from generator.loader import available_services

# Runs the generator and reports the peak RSS of that (parent) process on stderr.
RUNNER = (
    "import resource, sys\n"
    "from generator.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(f'maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclass
class Samples:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)


def run(args: list[str], env: dict[str, str], samples: Samples) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *args], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"generate failed ({done.returncode}): {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = [line for line in done.stderr.splitlines() if line.startswith("maxrss ")]
    samples.wall.append(wall)
    samples.cpu.append(cpu)
    samples.rss_mib.append(int(rss[-1].split()[1]) / 1024)


def change_model(home: Path, service: str, round_: int) -> None:
    """A copy of the service's botocore model in ~/.aws/models, one doc string changed."""
    data = Path(botocore.loaders.Loader.BUILTIN_DATA_PATH) / service
    version = sorted(p.name for p in data.iterdir() if (p / "service-2.json.gz").is_file())[-1]
    model = json.loads(gzip.decompress((data / version / "service-2.json.gz").read_bytes()))
    first = sorted(model["operations"])[0]
    model["operations"][first]["documentation"] = f"<p>Changed in round {round_}.</p>"
    folder = home / ".aws" / "models" / service / version
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "service-2.json").write_text(json.dumps(model))


def bench(
    services: list[str],
    repeat: int,
    jobs: list[str],
    work: Path,
    label: str,
    prepared: tuple[Path, Path] | None = None,
) -> None:
    """``prepared``: a home folder (whose ``cache/`` is the cache folder) and an output
    folder a run of these services left: warm from the start, cold not measured."""
    selection = ["--all-services"] if label == "all" else []
    selection += [arg for name in services for arg in ("--service", name)] if not selection else []
    args = ["generate", *selection, *jobs, "--quiet"]
    base = work / label
    base.mkdir(parents=True)
    env = dict(os.environ)
    # The warm and changed scenarios share one home, cache and output folder.
    warm_home = prepared[0] if prepared else base / "warm-home"
    warm_home.mkdir(parents=True, exist_ok=True)
    warm_env = {**env, "HOME": str(warm_home), "XDG_CACHE_HOME": str(warm_home / "cache")}
    warm_out = prepared[1] if prepared else base / "warm-out"
    first = Samples()
    if prepared is None:
        run([*args, "--out", str(warm_out)], warm_env, first)  # the tree to stay warm on
    cold, warm, changed = Samples(), Samples(), Samples()
    # Every service cold takes many minutes: the first run stands for it.
    cold_rounds = 0 if label == "all" or prepared else repeat
    for round_ in range(repeat):
        if round_ < cold_rounds:
            cold_home = base / f"cold-{round_}"
            cold_home.mkdir()
            cold_env = {**env, "HOME": str(cold_home), "XDG_CACHE_HOME": str(cold_home / "c")}
            run([*args, "--out", str(cold_home / "out")], cold_env, cold)
            shutil.rmtree(cold_home)
        run([*args, "--out", str(warm_out)], warm_env, warm)
        change_model(warm_home, services[0], round_)
        run([*args, "--out", str(warm_out)], warm_env, changed)
    if not cold.wall:
        cold = first
    if not cold.wall:
        print(f"{label}: cold not measured here (the prepared tree's own run)")
        cold.wall, cold.cpu, cold.rss_mib = [float("nan")], [float("nan")], [float("nan")]
    print(f"{label}: {len(services)} service(s), medians of {repeat} alternated rounds")
    print(f"  {'scenario':28} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'wall/cold':>10}")
    cold_wall = statistics.median(cold.wall)
    for name, samples in (
        ("cold (empty cache, output)", cold),
        ("warm (nothing changed)", warm),
        (f"one model changed ({services[0]})", changed),
    ):
        wall = statistics.median(samples.wall)
        print(
            f"  {name:28} {wall:8.2f} {statistics.median(samples.cpu):8.2f} "
            f"{max(samples.rss_mib):9.0f} {wall / cold_wall:9.3f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--set", action="append", dest="sets", metavar="NAMES")
    parser.add_argument("--jobs", type=int)
    parser.add_argument(
        "--all-from",
        nargs=2,
        type=Path,
        metavar=("HOME", "OUT"),
        help="for --set all: the HOME (cache in HOME/cache) and OUT an all-services run left",
    )
    args = parser.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as work:
        for names in args.sets or ["ssm"]:
            services = available_services() if names == "all" else names.split(",")
            label = names if names == "all" else names[:40]
            prepared = tuple(args.all_from) if names == "all" and args.all_from else None
            bench(services, args.repeat, jobs, Path(work), label, prepared)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

"""What one call of the generated CLI costs as a service grows.

Usage: PYTHONPATH=. .venv/bin/python benchmarks/bench_cli_call.py [--ops 2000 20000]
       [--repeat 3]

For each size, a synthetic model (tests/synthetic.py) gets its command table
(``commands.json``, as the cli target writes it) and model in a scratch package; then,
each in a fresh process and alternated, ``repeat`` times:

- ``table``: ``load_cli`` and the one command the call runs (what the CLI reads of its
  own table per call);
- ``all``: ``load_cli`` and every command parsed (what a CLI that reads its whole table
  per call pays, as this one did before commands.json held one command per line);
- ``call``: a whole command line, ``<command> --thing-id t1 --generate-cli-skeleton output``, which
  builds botocore's client from the shipped model and validates the request (botocore
  reads the whole model, as it does for awscli).

Prints the median wall seconds and peak RSS of each, and the ratio all / table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

WORKER = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
from runtime.commands import load_cli
kind, path = sys.argv[1], Path(sys.argv[2])
if kind == "call":
    import io
    from runtime.cli import main
    out = io.StringIO()
    rc = main(load_cli(path), ["op00001", "--thing-id", "t1", "--generate-cli-skeleton",
              "output"],
              prog="bench", stdout=out)
    assert rc == 0, rc
else:
    cli = load_cli(path)
    if kind == "table":
        cli.command("op00001")
    else:
        assert len(cli.commands) > 1
seconds = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss would carry the parent's across exec).
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak}))
"""


def scratch(folder: Path, operations: int) -> Path:
    from generator.ir import build_service
    from generator.loader import load_service
    from generator.targets.cli.commands import commands_json
    from tests.synthetic import write_synthetic

    model = write_synthetic(folder, operations)
    service = build_service(load_service(None, model), "*")
    package = folder / "pkg"
    package.mkdir()
    (package / "commands.json").write_text(commands_json(service), encoding="utf-8")
    (package / "service-2.json").write_bytes(model.read_bytes())
    return package / "commands.json"


def run(kind: str, path: Path) -> dict[str, float]:
    env = {"PYTHONPATH": ".", "AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b"}
    env["AWS_DEFAULT_REGION"] = "us-east-1"
    done = subprocess.run(
        [sys.executable, "-c", WORKER, kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    kinds = ("table", "all", "call")
    print(f"{'operations':>10} {'kind':>6} {'median s':>9} {'peak RSS':>9}")
    for operations in args.ops:
        with tempfile.TemporaryDirectory() as folder:
            path = scratch(Path(folder), operations)
            size = path.stat().st_size / 2**20
            results: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
            for _ in range(args.repeat):
                for kind in kinds:  # alternated, so load drifts hit each alike
                    results[kind].append(run(kind, path))
            medians = {}
            for kind in kinds:
                seconds = statistics.median(r["seconds"] for r in results[kind])
                peak = statistics.median(r["peak_mib"] for r in results[kind])
                medians[kind] = seconds
                print(f"{operations:>10} {kind:>6} {seconds:9.3f} {peak:7.0f} MiB")
            print(
                f"{operations:>10}  commands.json {size:.1f} MiB; all / table: "
                f"{medians['all'] / medians['table']:.1f}x"
            )


if __name__ == "__main__":
    main()

"""A download larger than the memory allowed for it, through the typed client.

Usage: .venv/bin/python benchmarks/bench_stream.py [--mib 200] [--budget-mib 64] [--repeat 3]

Generates the streamer fixture's client (tests/fixtures/models/streamer), serves a
``--mib`` body from a loopback server (written from one 1 MiB buffer, never held
whole), and downloads it in a fresh process per run: the typed client's
``get_blob(...).body.iter_chunks()``, boto3's ``StreamingBody.iter_chunks()`` beside it,
alternated in one run. Each process reports its peak resident set size (``ru_maxrss``:
the whole process, interpreter, botocore and client included) after creating the client
(the baseline) and after the download (the peak, which must stay under
``--budget-mib``; a growth of 0 means the download never went above the baseline). One
``read()`` of the whole body is run last for contrast. Prints medians; exits 1 when the
typed client's median peak is over the budget.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from generator.ir import build_service
from generator.loader import load_service
from generator.pipeline import produce
from tests.conftest import FIXTURE_MODELS
from tests.e2e.conftest import isolated_env

MODEL = FIXTURE_MODELS / "streamer" / "2021-01-01" / "service-2.json"
MIB = 1024 * 1024

CHILD = r"""
import json, resource, sys, time
mode, url, models = sys.argv[1], sys.argv[2], sys.argv[3]

def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if mode == "boto3":
    import boto3, botocore.session
    session = botocore.session.Session()
    session.get_component("data_loader").search_paths.insert(0, models)
    client = boto3.session.Session(botocore_session=session).client(
        "streamer", region_name="us-east-1", endpoint_url=url)
    get = lambda: client.get_blob(Key="big")["Body"]
else:
    from benchtree.streamer import StreamerClient
    client = StreamerClient(region_name="us-east-1", endpoint_url=url)
    get = lambda: client.get_blob(key="big").body
baseline = rss_mib()
start = time.perf_counter()
body = get()
total = 0
if mode == "whole":
    total = len(body.read())
else:
    for chunk in body.iter_chunks(1024 * 1024):
        total += len(chunk)
body.close()
seconds = time.perf_counter() - start
print(json.dumps({"baseline": baseline, "peak": rss_mib(), "bytes": total, "seconds": seconds}))
"""


def serve(size: int) -> tuple[ThreadingHTTPServer, str]:
    block = bytes(range(256)) * 4096  # 1 MiB

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            left = size
            while left:
                piece = block[: min(left, len(block))]
                self.wfile.write(piece)
                left -= len(piece)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=200)
    parser.add_argument("--budget-mib", type=float, default=64)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = args.mib * MIB
    with tempfile.TemporaryDirectory(prefix="bench-stream-") as tmp:
        root = Path(tmp)
        service = build_service(load_service("streamer", MODEL))
        for rel, content in produce([service], ["client"]).items():
            path = root / "benchtree" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        env = isolated_env(root)
        env["PYTHONPATH"] = str(root)
        server, url = serve(size)
        results: dict[str, list[dict[str, float]]] = {"typed": [], "boto3": [], "whole": []}
        try:
            runs = ["typed", "boto3"] * args.repeat + ["whole"]
            for mode in runs:
                proc = subprocess.run(
                    [sys.executable, "-c", CHILD, mode, url, str(FIXTURE_MODELS)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                figures = json.loads(proc.stdout)
                if figures["bytes"] != size:
                    print(f"{mode}: read {figures['bytes']} bytes of {size}")
                    return 1
                results[mode].append(figures)
        finally:
            server.shutdown()
    print(f"download of {args.mib} MiB on loopback, median of {args.repeat} (whole: 1 run)")
    print(f"{'':8} {'baseline MiB':>12} {'peak MiB':>9} {'growth MiB':>11} {'MiB/s':>7}")
    peaks: dict[str, float] = {}
    for mode, samples in results.items():
        base = statistics.median(s["baseline"] for s in samples)
        peaks[mode] = statistics.median(s["peak"] for s in samples)
        growth = statistics.median(s["peak"] - s["baseline"] for s in samples)
        rate = statistics.median(args.mib / s["seconds"] for s in samples)
        print(f"{mode:8} {base:12.1f} {peaks[mode]:9.1f} {growth:11.1f} {rate:7.0f}")
    within = peaks["typed"] <= args.budget_mib
    verdict = "within" if within else "OVER"
    print(f"typed client peak RSS {peaks['typed']:.1f} MiB: {verdict} the {args.budget_mib:g} MiB")
    return 0 if within else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())

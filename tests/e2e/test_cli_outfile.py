"""A streaming output body goes to the positional ``outfile``, side by side with
``aws s3api get-object``: the file's bytes, stdout (the rest of the response), exit code;
an outfile in a folder that does not exist is one line and exit 255 on both."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from runtime.cli import main
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, serve
from tests.e2e.side import scratch_cli
from tests.e2e.test_cli_arguments import run_aws_oracle
from tests.e2e.test_cli_side_by_side import AWS

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

BODY = {"payload": "x" * 100_000}  # the body bytes: this JSON, larger than one 32 KiB read


@pytest.mark.parametrize("where", ["folder", "missing-folder"])
def test_get_object_writes_the_body_to_outfile_as_aws_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    cli = scratch_cli(tmp_path / "gen", "s3", ["GetObject"])
    outcomes = {}
    for side in ("aws", "ours"):
        folder = tmp_path / side
        folder.mkdir()
        target = folder / "body.bin" if where == "folder" else folder / "nope" / "body.bin"
        args = ["get-object", "--bucket", "b", "--key", "k", str(target)]
        with serve() as server:
            server.reset(Answer(200, BODY))
            if side == "aws":
                (result,) = run_aws_oracle([["s3api", *args, "--endpoint-url", server.url]], env)
                rc, stdout, stderr = result["rc"], result["stdout"], result["stderr"]
            else:
                out, err = io.StringIO(), io.StringIO()  # (the server thread's noise is not ours)
                rc = main(
                    cli,
                    [*args, "--endpoint-url", server.url],
                    prog="aws",
                    stdout=out,
                    stderr=err,
                )
                stdout, stderr = out.getvalue(), err.getvalue()
        written = target.read_bytes() if target.exists() else None
        outcomes[side] = (rc, stdout, stderr.replace(side, "SIDE"), written)
    assert outcomes["ours"] == outcomes["aws"]
    rc, stdout, _, written = outcomes["ours"]
    if where == "folder":
        assert rc == 0 and written is not None and len(written) > 100_000
        assert '"ContentLength"' in stdout and "payload" not in stdout
    else:
        assert rc == 255 and written is None

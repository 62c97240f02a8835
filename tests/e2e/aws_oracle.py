"""Run many ``aws`` command lines in one process: the oracle, without paying awscli's
start-up (about half a second) per command line.

Each command line runs through a fresh driver built as ``awscli.clidriver.create_clidriver()``
builds it -- what the ``aws`` script does -- with sys.stdout and sys.stderr captured. The
only thing shared between command lines is botocore's data loader (a cache of the JSON
files it reads: models, endpoints), which makes each one take tens of milliseconds. Input on stdin:
``{"runs": [[arg, ...], ...]}``; output on stdout: ``[{"rc", "stdout", "stderr"}, ...]``.
Run it with the environment the command lines should see (credentials, config files).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import Any

import botocore.session
from awscli import clidriver
from awscli.plugin import load_plugins

# The loader of a driver built exactly as the aws script builds it (with awscli's own
# data path added to it).
LOADER = clidriver.create_clidriver().session.get_component("data_loader")


def create_driver() -> Any:
    """awscli.clidriver.create_clidriver, with the shared loader."""
    session = botocore.session.Session(clidriver.EnvironmentVariables)
    session.register_component("data_loader", LOADER)
    clidriver._set_user_agent_for_session(session)
    load_plugins(
        session.full_config.get("plugins", {}),
        event_hooks=session.get_component("event_emitter"),
    )
    return clidriver.CLIDriver(session=session)


def run(args: list[str]) -> dict[str, Any]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = create_driver().main(args)
        except SystemExit as exit_:
            rc = exit_.code if isinstance(exit_.code, int) else 1
    return {"rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue()}


def main() -> int:
    sys.argv[0] = "aws"  # argparse names the program after it in usage errors
    request = json.load(sys.stdin)
    results = [run(args) for args in request["runs"]]
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m <this package> <command> [options]``: Kitchen Sink Service (\"\"\" test) from the command line, like ``aws kitchensink``. Generated: do not edit."""

import sys
from pathlib import Path

from .._runtime.cli import main
from .._runtime.commands import load_cli

if __name__ == "__main__":
    CLI = load_cli(Path(__file__).with_name("commands.json"))
    sys.exit(main(CLI, sys.argv[1:], prog=f"python -m {__package__}"))

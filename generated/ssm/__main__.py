"""``python -m <this package> <command> [options]``: Amazon Simple Systems Manager (SSM) from the command line, like ``aws ssm``. Generated: do not edit."""

import sys

from .._runtime.cli import main
from .commands import CLI

if __name__ == "__main__":
    sys.exit(main(CLI, sys.argv[1:], prog=f"python -m {__package__}"))

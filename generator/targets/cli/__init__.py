"""The ``cli`` target: ``python -m <package>``, behaving like ``aws <service>``; each
service adds its argument tables (``commands.json``) to the shared runtime's CLI."""

from types import MappingProxyType

from generator.targets.base import Target
from generator.targets.cli.commands import commands_json

TARGET = Target(
    name="cli",
    helpers=MappingProxyType({"commands_json": commands_json}),
    parts=("model", "pages"),
    runtime=("cli",),
)

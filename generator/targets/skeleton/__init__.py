"""The ``skeleton`` target: what ``--generate-cli-skeleton [input|output]`` prints."""

from types import MappingProxyType

from generator.targets.base import Target
from generator.targets.skeleton.skeleton import skeleton_json

TARGET = Target(name="skeleton", helpers=MappingProxyType({"skeleton_json": skeleton_json}))

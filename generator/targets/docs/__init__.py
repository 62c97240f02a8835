"""The ``docs`` target: the AWS CLI v1 reference page of each command (the ``pages``
part, which the CLI target ships too, for ``help``)."""

from generator.targets.base import Target

TARGET = Target(name="docs", parts=("pages",))

"""The ``docs`` target: the AWS CLI v1 reference page of each command (the ``pages``
part, which the CLI target ships too, for ``help``), and the site pages around them
(``templates/docs/``: the site's index, the ``aws`` page of global options)."""

from types import MappingProxyType

from generator.targets.base import Target
from generator.targets.docs.site import aws_page, site_index

TARGET = Target(
    name="docs",
    helpers=MappingProxyType({"aws_page": aws_page, "site_index": site_index}),
    parts=("pages",),
)

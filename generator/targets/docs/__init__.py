"""The ``docs`` target: the AWS CLI v1 reference page of each command."""

from types import MappingProxyType

from generator.targets.base import Target
from generator.targets.docs.page import docs_page

TARGET = Target(name="docs", helpers=MappingProxyType({"docs_page": docs_page}))

"""Amazon Simple Systems Manager (SSM)

Generated from the botocore model: do not edit, run `make generate`.
"""

from . import errors, shapes
from .client import SSMClient

__all__ = ["SSMClient", "errors", "shapes"]

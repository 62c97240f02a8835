"""Kitchen Sink Service (\"\"\" test)

Generated from the botocore model: do not edit, run `make generate`.
"""

from . import errors, shapes
from .client import KitchenSinkClient

__all__ = ["KitchenSinkClient", "errors", "shapes"]

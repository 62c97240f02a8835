"""Hand-written overrides of what the model alone gives, as data keyed by service,
operation and member (never ``if`` branches in the code that uses them).

``CLI_RENAMES``: awscli's new names for members whose option would collide with one of
its global options (``--output``, ``--region``), as awscli 1.45.11 renames them
(``awscli/customizations/argrename.py``). Without them ``--region`` would set the
request's region instead of the member, silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# (service, operation, member wire name) -> option name without dashes
CLI_RENAMES: Mapping[tuple[str, str, str], str] = MappingProxyType(
    {
        ("glue", "GetUnfilteredPartitionMetadata", "Region"): "resource-region",
        ("glue", "GetUnfilteredPartitionsMetadata", "Region"): "resource-region",
        ("glue", "GetUnfilteredTableMetadata", "Region"): "resource-region",
        ("kinesisanalytics", "AddApplicationOutput", "Output"): "application-output",
        ("kinesisanalyticsv2", "AddApplicationOutput", "Output"): "application-output",
        ("rekognition", "CreateStreamProcessor", "Output"): "stream-processor-output",
        ("stepfunctions", "SendTaskSuccess", "output"): "task-output",
    }
)

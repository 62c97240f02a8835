"""Synthetic botocore models of any size, for scale tests and ``make bench-scale``.

Each operation ``OpNNNNN`` has its own input (a required id, an optional count, a list of
tags) and output structure, and shares one error; the model reads like a real json
protocol service.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def synthetic_model(operations: int) -> dict[str, Any]:
    shapes: dict[str, Any] = {
        "Id": {"type": "string", "min": 1, "max": 64, "pattern": "^[a-z0-9-]+$"},
        "Count": {"type": "integer", "min": 0, "max": 1000},
        "Tag": {
            "type": "structure",
            "members": {"Key": {"shape": "Id"}, "Value": {"shape": "Id"}},
        },
        "TagList": {"type": "list", "member": {"shape": "Tag"}},
        "Failure": {
            "type": "structure",
            "members": {"Message": {"shape": "Id"}},
            "exception": True,
            "error": {"code": "Failure", "httpStatusCode": 400, "senderFault": True},
        },
    }
    ops: dict[str, Any] = {}
    for index in range(operations):
        name = f"Op{index:05d}"
        shapes[f"{name}Request"] = {
            "type": "structure",
            "required": ["ThingId"],
            "members": {
                "ThingId": {"shape": "Id", "documentation": f"<p>The thing {name} acts on.</p>"},
                "Count": {"shape": "Count"},
                "Tags": {"shape": "TagList"},
            },
        }
        shapes[f"{name}Response"] = {
            "type": "structure",
            "members": {"ThingId": {"shape": "Id"}, "Tags": {"shape": "TagList"}},
        }
        ops[name] = {
            "name": name,
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": f"{name}Request"},
            "output": {"shape": f"{name}Response"},
            "errors": [{"shape": "Failure"}],
            "documentation": f"<p>Does <b>{name}</b> to a thing.</p>",
        }
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2020-01-01",
            "endpointPrefix": "synthetic",
            "jsonVersion": "1.1",
            "protocol": "json",
            "protocols": ["json"],
            "serviceFullName": "Synthetic Service",
            "serviceId": "Synthetic",
            "signatureVersion": "v4",
            "targetPrefix": "Synthetic",
            "uid": "synthetic-2020-01-01",
        },
        "operations": ops,
        "shapes": shapes,
    }


def write_synthetic(folder: Path, operations: int) -> Path:
    """``folder/synthetic/2020-01-01/service-2.json`` with that many operations."""
    path = folder / "synthetic" / "2020-01-01" / "service-2.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(synthetic_model(operations)), encoding="utf-8")
    return path

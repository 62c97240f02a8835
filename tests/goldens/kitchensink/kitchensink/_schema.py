"""Constraints and layout of every shape the client uses. Generated: do not edit."""

from typing import Any

SCHEMA: dict[str, dict[str, Any]] = {
    "PutEverythingRequest": {
        "type": "structure",
        "members": {
            "Name": (
                "name",
                "NameString",
            ),
            "Lambda": (
                "lambda_",
                "__string",
            ),
            "Global": (
                "global_",
                "__string",
            ),
            "Match": (
                "match",
                "__string",
            ),
            "Type": (
                "type",
                "Colour",
            ),
            "Id": (
                "id",
                "__string",
            ),
            "Filter": (
                "filter",
                "__string",
            ),
            "FooBar": (
                "foo_bar",
                "__string",
            ),
            "Foo_Bar": (
                "Foo_Bar",
                "__string",
            ),
            "Count": (
                "count",
                "Count",
            ),
            "Big": (
                "big",
                "BigNumber",
            ),
            "Ratio": (
                "ratio",
                "Ratio",
            ),
            "Precise": (
                "precise",
                "Precise",
            ),
            "Enabled": (
                "enabled",
                "Flag",
            ),
            "When": (
                "when",
                "When",
            ),
            "Payload": (
                "payload",
                "Payload",
            ),
            "Settings": (
                "settings",
                "Document",
            ),
            "Choice": (
                "choice",
                "Choice",
            ),
            "Tags": (
                "tags",
                "TagMap",
            ),
            "Names": (
                "names",
                "NameList",
            ),
            "Nested": (
                "nested",
                "NestedList",
            ),
            "Tree": (
                "tree",
                "TreeNode",
            ),
            "Token": (
                "token",
                "__string",
            ),
        },
        "required": (
            "Name",
            "Lambda",
        ),
        "class": "PutEverythingRequest",
    },
    "NameString": {
        "type": "string",
        "min": 1,
        "max": 64,
        "pattern": "^[a-zA-Z0-9_.-]+$",
    },
    "__string": {"type": "string"},
    "Colour": {
        "type": "string",
        "enum": (
            "red",
            "green",
            "blue",
            'with"quote',
        ),
    },
    "Count": {"type": "integer", "min": 0, "max": 100},
    "BigNumber": {"type": "long", "min": -9007199254740991, "max": 9007199254740991},
    "Ratio": {"type": "float", "min": 0, "max": 1},
    "Precise": {"type": "double"},
    "Flag": {"type": "boolean"},
    "When": {"type": "timestamp"},
    "Payload": {"type": "blob", "max": 1024},
    "Document": {"type": "document"},
    "Choice": {
        "type": "union",
        "members": {
            "AsText": (
                "as_text",
                "__string",
            ),
            "AsNumber": (
                "as_number",
                "Count",
            ),
        },
        "class": "Choice",
    },
    "TagMap": {"type": "map", "max": 50, "key": "__string", "value": "__string"},
    "NameList": {"type": "list", "min": 1, "max": 10, "member": "NameString"},
    "NestedList": {"type": "list", "member": "MapOfTrees"},
    "MapOfTrees": {"type": "map", "key": "__string", "value": "TreeList"},
    "TreeList": {"type": "list", "member": "TreeNode"},
    "TreeNode": {
        "type": "structure",
        "members": {
            "Label": (
                "label",
                "__string",
            ),
            "Children": (
                "children",
                "TreeList",
            ),
            "Partner": (
                "partner",
                "PartnerNode",
            ),
        },
        "class": "TreeNode",
    },
    "PartnerNode": {
        "type": "structure",
        "members": {
            "Back": (
                "back",
                "TreeNode",
            )
        },
        "class": "PartnerNode",
    },
    "PutEverythingResult": {
        "type": "structure",
        "members": {
            "Echo": (
                "echo",
                "PutEverythingRequest",
            ),
            "When": (
                "when",
                "When",
            ),
            "Payload": (
                "payload",
                "Payload",
            ),
            "Colour": (
                "colour",
                "Colour",
            ),
        },
        "class": "PutEverythingResult",
    },
    "ValidationFailure": {
        "type": "structure",
        "members": {
            "Message": (
                "message",
                "__string",
            )
        },
        "class": "ValidationFailure",
    },
    "__internalError": {
        "type": "structure",
        "members": {
            "Message": (
                "message",
                "__string",
            )
        },
        "class": "ShapeInternalError",
    },
    "GetTreeRequest": {
        "type": "structure",
        "members": {
            "Depth": (
                "depth",
                "Count",
            )
        },
        "required": ("Depth",),
        "class": "GetTreeRequest",
    },
    "ListThingsRequest": {
        "type": "structure",
        "members": {
            "NextToken": (
                "next_token",
                "__string",
            ),
            "MaxResults": (
                "max_results",
                "Count",
            ),
            "Since": (
                "since",
                "When",
            ),
        },
        "class": "ListThingsRequest",
    },
    "ListThingsResult": {
        "type": "structure",
        "members": {
            "Things": (
                "things",
                "NameList",
            ),
            "NextToken": (
                "next_token",
                "__string",
            ),
        },
        "class": "ListThingsResult",
    },
}

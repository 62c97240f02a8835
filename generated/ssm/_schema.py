"""Constraints and layout of every shape the client uses. Generated: do not edit."""

from typing import Any

SCHEMA: dict[str, dict[str, Any]] = {
    "ResumeSessionRequest": {
        "type": "structure",
        "members": {
            "SessionId": (
                "session_id",
                "SessionId",
            )
        },
        "required": ("SessionId",),
        "class": "ResumeSessionRequest",
    },
    "SessionId": {"type": "string", "min": 1, "max": 96},
    "ResumeSessionResponse": {
        "type": "structure",
        "members": {
            "SessionId": (
                "session_id",
                "SessionId",
            ),
            "TokenValue": (
                "token_value",
                "TokenValue",
            ),
            "StreamUrl": (
                "stream_url",
                "StreamUrl",
            ),
        },
        "class": "ResumeSessionResponse",
    },
    "TokenValue": {"type": "string", "min": 0, "max": 300},
    "StreamUrl": {"type": "string"},
    "DoesNotExistException": {
        "type": "structure",
        "members": {
            "Message": (
                "message",
                "String",
            )
        },
        "class": "DoesNotExistException",
    },
    "String": {"type": "string"},
    "InternalServerError": {
        "type": "structure",
        "members": {
            "Message": (
                "message",
                "String",
            )
        },
        "class": "InternalServerError",
    },
}

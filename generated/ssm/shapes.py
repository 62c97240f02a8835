"""Types of Amazon Simple Systems Manager (SSM). Generated: do not edit."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t


@_dc.dataclass(frozen=True, kw_only=True)
class ResumeSessionResponse:
    """The ResumeSessionResponse shape.

    Attributes:
        session_id: The ID of the session.
        token_value: An encrypted token value containing session and caller information.
            Used to authenticate the connection to the managed node.
        stream_url: A URL back to SSM Agent on the managed node that the Session Manager
            client uses to send commands and receive output from the managed node.
            Format:
            wss://ssmmessages.region.amazonaws.com/v1/data-channel/session-id?stream=(input|output).

            region represents the Region identifier for an Amazon Web Services Region
            supported by Amazon Web Services Systems Manager, such as us-east-2 for the
            US East (Ohio) Region. For a list of supported region values, see the Region
            column in Systems Manager service endpoints
            (https://docs.aws.amazon.com/general/latest/gr/ssm.html#ssm_region) in the
            Amazon Web Services General Reference.

            session-id represents the ID of a Session Manager session, such as
            1a2b3c4dEXAMPLE."""

    WIRE_NAMES: _t.ClassVar[dict[str, str]] = {
        "session_id": "SessionId",
        "token_value": "TokenValue",
        "stream_url": "StreamUrl",
    }
    session_id: str | None = None
    token_value: str | None = None
    stream_url: str | None = None


# Structure shape name -> generated class, for decoding responses.
CLASSES: dict[str, type[_t.Any]] = {
    "ResumeSessionResponse": ResumeSessionResponse,
}

"""One loopback server for both sides, and what of a request is compared.

Each command line gets an endpoint of its own on the one server, per side:
``http://127.0.0.1:<port>/a17`` for aws and ``/g17`` for the generated CLI (the first
path segment names the run; botocore keeps an endpoint's path in front of the
operation's). Every request gets a 200 answer that parses for its protocol, the same
for both sides, told apart by the request itself:

- form body with ``Action=`` (query, ec2): ``<ActionResponse><ActionResult/>`` and a
  request id (the ec2 parser ignores the wrapper, the query parser finds its result);
- ``X-Amz-Target`` (json): ``{}``;
- ``smithy-protocol: rpc-v2-cbor``: an empty body in ``application/cbor``;
- anything else (rest-json, rest-xml): an empty body, which both parsers read as ``{}``.

Nothing here talks to AWS: the server binds 127.0.0.1 on a free port.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

REQUEST_ID = "11111111-2222-3333-4444-555555555555"
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Headers that legitimately differ between two runs of the same command line.
VOLATILE_HEADERS = frozenset(
    {
        "authorization",
        "x-amz-date",
        "date",
        "user-agent",
        "x-amz-user-agent",
        "amz-sdk-invocation-id",
        "amz-sdk-request",
        "x-amz-content-sha256",
        "content-length",  # compared through the body
        "host",
        "connection",
        "accept-encoding",
    }
)
ACTION = re.compile(rb"(?:^|&)Action=([A-Za-z0-9]+)")


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str  # as received, with the run's segment
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name), "")


@dataclass
class Server:
    url: str = ""
    requests: dict[str, list[Recorded]] = field(default_factory=dict)  # by run
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, run: str) -> list[Recorded]:
        with self.lock:
            return self.requests.pop(run, [])


def answer(request: Recorded) -> tuple[dict[str, str], bytes]:
    """The headers and body of the answer to a request: one that parses for its protocol."""
    action = ACTION.search(request.body)
    if action is not None and "x-www-form-urlencoded" in request.header("content-type"):
        name = action.group(1).decode()
        body = (
            f'<{name}Response xmlns="https://loopback.invalid/">'
            f"<{name}Result/><requestId>{REQUEST_ID}</requestId>"
            f"<ResponseMetadata><RequestId>{REQUEST_ID}</RequestId></ResponseMetadata>"
            f"</{name}Response>"
        )
        return {"Content-Type": "text/xml"}, body.encode()
    if request.header("x-amz-target"):
        kind = request.header("content-type") or "application/x-amz-json-1.1"
        return {"Content-Type": kind}, b"{}"
    if request.header("smithy-protocol"):
        return {"Content-Type": "application/cbor", "smithy-protocol": "rpc-v2-cbor"}, b""
    return {"Content-Type": "application/json"}, b""


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                body = self._chunked()
            request = Recorded(self.command, self.path, tuple(self.headers.items()), body)
            run = run_of(request)
            with server.lock:
                server.requests.setdefault(run, []).append(request)
            headers, payload = answer(request)
            self.send_response(200)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("x-amzn-RequestId", REQUEST_ID)
            self.send_header("x-amz-request-id", REQUEST_ID)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        def _chunked(self) -> bytes:
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()

        do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_POST

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    return Handler


@contextmanager
def serve() -> Iterator[Server]:
    server = Server()
    http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    http.daemon_threads = True
    server.url = f"http://127.0.0.1:{http.server_address[1]}"
    thread = threading.Thread(target=http.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        http.shutdown()
        http.server_close()
        thread.join(timeout=5)


PRESIGNED = re.compile(r"(X-Amz-(?:Date|Signature|Credential)=)[^&\s\"]+")
# awscli's unique_string (cloudfront's caller references and origin ids):
# <prefix>-<epoch seconds>-<random number>.
UNIQUE_STRING = re.compile(r"(?<=-)1\d{9}-\d{1,7}\b")


def strip_run(text: str, run: str) -> str:
    """``/a17`` (the run's own path segment) as ``/<run>``, not touching ``/a170``."""
    if not run:
        return text
    return re.sub(rf"/{re.escape(run)}(?![\w-])", "/<run>", text)


def _volatile(value: Any, run: str = "") -> Any:
    """Values that legitimately differ between runs, replaced by placeholders: UUIDs
    (idempotency tokens, generated ids and awscli's unique strings: compared by presence
    only), the run's own path segment and the date and signature of a presigned URL (ec2 copy-snapshot's
    PresignedUrl)."""
    if isinstance(value, str):
        value = strip_run(value, run)
        value = UNIQUE_STRING.sub("<time>-<random>", value)
        return PRESIGNED.sub(r"\1<volatile>", UUID.sub("<uuid>", value))
    if isinstance(value, list | tuple):
        return [_volatile(item, run) for item in value]
    if isinstance(value, dict):
        return {key: _volatile(item, run) for key, item in value.items()}
    return value


def body_value(body: bytes, content_type: str, run: str = "") -> Any:
    """The body as compared: parsed JSON, sorted form pairs, or text."""
    if not body:
        return ""
    if "json" in content_type or body[:1] in (b"{", b"["):
        try:
            return _volatile(json.loads(body), run)
        except ValueError:
            pass
    if "x-www-form-urlencoded" in content_type:
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
        return sorted(_volatile(list(pair), run) for pair in pairs)
    return _volatile(body.decode("latin-1"), run)


def run_of(request: Recorded) -> str:
    """The run a request belongs to: the first segment of its path."""
    return request.path.lstrip("/").split("/", 1)[0].split("?", 1)[0]


def normalise(request: Recorded) -> dict[str, Any]:
    """What of a request is compared: method, path (without the run's segment), query
    pairs, body, and the headers that do not legitimately vary."""
    run = run_of(request)
    parts = urlsplit(request.path)
    path = "/" + parts.path.lstrip("/").partition("/")[2]
    headers = {
        key.lower(): _volatile(value, run)
        for key, value in request.headers
        if key.lower() not in VOLATILE_HEADERS
    }
    return {
        "method": request.method,
        "path": _volatile(path),
        "query": sorted(_volatile(list(pair), run) for pair in parse_qsl(parts.query, True)),
        "body": body_value(request.body, request.header("content-type"), run),
        "headers": dict(sorted(headers.items())),
    }

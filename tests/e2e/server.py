"""A loopback HTTP server standing in for a JSON 1.1 service endpoint (SSM), or any
service when only the requests matter (every HTTP method is recorded).

It records every request and answers with the next queued (status, body) -- a script of
answers, e.g. the pages of a paginated operation -- or, once the queue is empty, with the
default answer.
Nothing here talks to AWS: the server binds 127.0.0.1 on a free port.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

REQUEST_ID = "11111111-2222-3333-4444-555555555555"


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def target(self) -> str:
        """The X-Amz-Target header: AmazonSSM.<Operation>."""
        return next((v for k, v in self.headers.items() if k.lower() == "x-amz-target"), "")


@dataclass
class Answer:
    status: int
    body: dict[str, Any]


@dataclass
class FakeService:
    url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    default: Answer = field(
        default_factory=lambda: Answer(
            200,
            {
                "SessionId": "s-0123",
                "TokenValue": "tok-abc",
                "StreamUrl": "wss://ssmmessages.us-east-1.amazonaws.com/v1/data-channel/s-0123",
            },
        )
    )
    queue: list[Answer] = field(default_factory=list)  # answered first, in order
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.requests)

    def reset(self, answer: Answer | None = None) -> None:
        with self.lock:
            self.requests.clear()
            self.queue.clear()
            if answer is not None:
                self.default = answer

    def script(self, answers: list[Answer]) -> None:
        """Answer the next requests with these, in order (then with the default)."""
        with self.lock:
            self.queue.extend(answers)


def _handler(service: FakeService) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            with service.lock:
                service.requests.append(
                    Recorded(self.command, self.path, dict(self.headers.items()), body)
                )
                answer = service.queue.pop(0) if service.queue else service.default
            payload = json.dumps(answer.body).encode("utf-8")
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("x-amzn-RequestId", REQUEST_ID)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        # REST protocols use every method; each is recorded and answered the same way.
        do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_POST

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    return Handler


@contextmanager
def serve() -> Iterator[FakeService]:
    service = FakeService()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(service))
    service.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield service
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

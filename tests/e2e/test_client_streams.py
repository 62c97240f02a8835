"""Streaming bodies beside boto3 (the oracle), on a small rest-json fixture model
(tests/fixtures/models/streamer): a download is a stream the caller reads in pieces, an
upload takes a binary file object and is sent from it in chunks, and an event-stream
operation fails before sending anything. One loopback server; the tree is generated
once (a tiny model, client target only)."""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import boto3
import botocore.session
import pytest

from generator.ir import build_service
from generator.loader import load_service
from generator.pipeline import produce
from tests.conftest import FIXTURE_MODELS
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, FakeService, serve

MODEL = FIXTURE_MODELS / "streamer" / "2021-01-01" / "service-2.json"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("streams")
    service = build_service(load_service("streamer", MODEL))
    for rel, content in produce([service], ["client"]).items():
        path = root / "streamtree" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("streamtree.streamer")
    finally:
        sys.path.remove(str(root))


@pytest.fixture(scope="module")
def clients(
    tree: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, Any, FakeService]]:
    with serve() as server, pytest.MonkeyPatch.context() as patch:
        apply_env(patch, isolated_env(tmp_path_factory.mktemp("streams-env")))
        session = botocore.session.Session()
        session.get_component("data_loader").search_paths.insert(0, str(FIXTURE_MODELS))
        oracle = boto3.session.Session(botocore_session=session).client(
            "streamer", region_name="us-east-1", endpoint_url=server.url
        )
        typed = tree.StreamerClient(region_name="us-east-1", endpoint_url=server.url)
        yield oracle, typed, server


class CountingReader(io.BytesIO):
    """A binary file that records the size of every read botocore makes of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.reads.append(len(chunk))
        return chunk


def test_download_is_a_stream(clients: tuple[Any, Any, FakeService]) -> None:
    oracle, typed, server = clients
    server.reset(Answer(200, {"payload": "x" * 3000}))
    expected = oracle.get_blob(Key="k")["Body"].read()
    result = typed.get_blob(key="k")
    body = result.body
    assert type(body).__name__ == "StreamingBody" and body.readable()
    with body:
        head = body.read(10)
        chunks = list(body.iter_chunks(1000))
    assert head + b"".join(chunks) == expected and len(expected) > 3000
    assert max(len(c) for c in chunks) == 1000  # read in pieces, as asked
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/blobs/k")] * 2


def test_upload_from_a_file_object_is_sent_in_chunks(clients: tuple[Any, Any, FakeService]) -> None:
    oracle, typed, server = clients
    data = bytes(range(256)) * 4096 * 3  # 3 MiB
    server.reset(Answer(200, {}))
    aws_file, typed_file = CountingReader(data), CountingReader(data)
    oracle.put_blob(Key="k", Body=aws_file)
    typed.put_blob(key="k", body=typed_file)
    aws_request, request = server.requests
    assert (request.method, request.path, request.body) == ("PUT", "/blobs/k", data)
    assert (aws_request.method, aws_request.path, aws_request.body) == ("PUT", "/blobs/k", data)
    assert request.headers["Content-Length"] == aws_request.headers["Content-Length"]
    # Read as boto3 reads it: SigV4 hashes the payload in 1 MiB reads, then the body is
    # sent by http.client's blocks; never whole.
    assert typed_file.reads == aws_file.reads
    assert max(typed_file.reads) <= 1024 * 1024 < len(data)
    typed.put_blob(key="b", body=b"bytes too")
    assert server.requests[-1].body == b"bytes too"


def test_event_streams_fail_before_sending(
    tree: ModuleType, clients: tuple[Any, Any, FakeService]
) -> None:
    _, typed, server = clients
    server.reset()
    errors = importlib.import_module("streamtree._runtime.errors")
    with pytest.raises(errors.UnsupportedOperationError, match="Subscribe: event streams"):
        typed.subscribe()
    assert server.count == 0

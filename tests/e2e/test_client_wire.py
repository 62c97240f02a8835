"""The generated client on the wire: request shape and response/error parsing, against a
loopback JSON 1.1 server (botocore is real, nothing is mocked)."""

from __future__ import annotations

import json

import pytest

from generated.ssm import SSMClient, errors, shapes
from tests.e2e.server import REQUEST_ID, Answer, FakeService


def client_for(server: FakeService) -> SSMClient:
    return SSMClient(region_name="us-east-1", endpoint_url=server.url)


@pytest.mark.usefixtures("aws_env")
def test_resume_session_request_and_typed_result(fake_ssm: FakeService) -> None:
    result = client_for(fake_ssm).resume_session(session_id="s-0123")

    assert fake_ssm.count == 1
    request = fake_ssm.requests[0]
    assert (request.method, request.path) == ("POST", "/")
    assert request.headers["X-Amz-Target"] == "AmazonSSM.ResumeSession"
    assert request.headers["Content-Type"] == "application/x-amz-json-1.1"
    assert json.loads(request.body) == {"SessionId": "s-0123"}
    assert request.headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")

    assert isinstance(result, shapes.ResumeSessionResponse)
    assert result.session_id == "s-0123"
    assert result.token_value == "tok-abc"
    assert result.stream_url == fake_ssm.default.body["StreamUrl"]


@pytest.mark.usefixtures("aws_env")
def test_modelled_error_raises_its_class(fake_ssm: FakeService) -> None:
    fake_ssm.reset(Answer(400, {"__type": "DoesNotExistException", "message": "no s-9"}))
    with pytest.raises(errors.DoesNotExistException) as caught:
        client_for(fake_ssm).resume_session(session_id="s-9")

    error = caught.value
    assert isinstance(error, errors.SSMError)
    assert error.code == "DoesNotExistException"
    assert error.message == "no s-9"
    assert error.request_id == REQUEST_ID
    assert error.http_status == 400
    assert str(error) == (
        "An error occurred (DoesNotExistException) when calling the ResumeSession operation: no s-9"
    )
    assert fake_ssm.count == 1


@pytest.mark.usefixtures("aws_env")
def test_unmodelled_error_raises_the_service_base(fake_ssm: FakeService) -> None:
    fake_ssm.reset(Answer(400, {"__type": "ValidationException", "message": "bad id"}))
    with pytest.raises(errors.SSMError) as caught:
        client_for(fake_ssm).resume_session(session_id="s-1")
    assert type(caught.value) is errors.SSMError
    assert caught.value.code == "ValidationException"
    assert fake_ssm.count == 1


@pytest.mark.usefixtures("aws_env")
def test_invalid_input_sends_nothing(fake_ssm: FakeService) -> None:
    from generated._runtime.errors import ParamValidationError

    with pytest.raises(ParamValidationError):
        client_for(fake_ssm).resume_session(session_id="")
    assert fake_ssm.count == 0

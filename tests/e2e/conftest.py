"""Fixtures for end-to-end tests: dummy credentials, isolated AWS config, loopback SSM.

No test here may reach AWS: every request goes to a server on 127.0.0.1, credentials
are dummies, and the config and credentials files point into a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.server import FakeService, serve

DUMMY_ENV = {
    "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AWS_DEFAULT_REGION": "us-east-1",
}
# Variables that could send a request elsewhere or change what is printed.
CLEARED = (
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_DEFAULT_OUTPUT",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_SSM",
    "AWS_CA_BUNDLE",
    "AWS_PAGER",
    "AWS_ROLE_ARN",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "http_proxy",
    "https_proxy",
)


def isolated_env(tmp: Path) -> dict[str, str]:
    """A copy of os.environ with dummy credentials and empty, private config files."""
    config = tmp / "config"
    credentials = tmp / "credentials"
    config.write_text("", encoding="utf-8")
    credentials.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(DUMMY_ENV)
    env["AWS_CONFIG_FILE"] = str(config)
    env["AWS_SHARED_CREDENTIALS_FILE"] = str(credentials)
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    env["NO_PROXY"] = "127.0.0.1"
    return env


def apply_env(patch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """Make this process's environment the isolated one (for in-process CLI runs)."""
    for key in CLEARED:
        patch.delenv(key, raising=False)
    for key, value in env.items():
        if os.environ.get(key) != value:
            patch.setenv(key, value)


@pytest.fixture
def aws_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The isolated environment, applied to this process too (for in-process clients)."""
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    return env


@pytest.fixture
def fake_ssm() -> Iterator[FakeService]:
    with serve() as service:
        yield service


@pytest.fixture
def fake_ssm_2() -> Iterator[FakeService]:
    """A second server, so aws and the generated CLI can run side by side at once."""
    with serve() as service:
        yield service

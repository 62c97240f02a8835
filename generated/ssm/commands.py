"""The commands of ``python -m`` on this package, as data. Generated: do not edit."""

from pathlib import Path

from .._runtime.cli import Command, Option, ServiceCli

CLI = ServiceCli(
    service_name="ssm",
    api_version="2014-11-06",
    model_path=Path(__file__).with_name("service-2.json"),
    commands=(
        Command(
            name="resume-session",
            operation="ResumeSession",
            method="resume_session",
            options=(
                Option(
                    name="session-id",
                    member="SessionId",
                    kind="string",
                    required=True,
                ),
            ),
            input_skeleton='{\n    "SessionId": ""\n}\n',
            output_skeleton='{\n    "SessionId": "SessionId",\n    "TokenValue": "TokenValue",\n    "StreamUrl": "StreamUrl"\n}\n',
        ),
    ),
)

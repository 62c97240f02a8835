"""The output tree's root files: a pip-installable distribution (pyproject.toml,
py.typed, README naming the model versions), configured by generator.yaml's package."""

from __future__ import annotations

import tomllib

import pytest

from generator.config import DEFAULT_PACKAGE, PackageConfig, parse_config
from generator.distribution import distribution_files, requirements
from generator.errors import GeneratorError
from generator.ir.site import ServiceSummary

SERVICES = [
    ServiceSummary("ssm", "ssm", "SSM", "ssm", "2014-11-06", "SSMClient"),
    ServiceSummary(
        "sso_admin", "sso-admin", "SSO Admin", "sso-admin", "2020-07-20\n| x", "SSOAdminClient"
    ),
]


def test_pyproject_names_every_package_and_pins_botocore() -> None:
    package = PackageConfig("my-clients", "2.0.1", "myclients")
    files = distribution_files(reversed(SERVICES), ["client"], package)
    project = tomllib.loads(files["pyproject.toml"].decode("ascii"))
    assert project["project"]["name"] == "my-clients"
    assert project["project"]["version"] == "2.0.1"
    assert project["project"]["dependencies"] == requirements(["client"])
    assert requirements(["client"])[0].startswith("botocore==1.43.")
    assert "PyYAML" not in " ".join(requirements(["client"]))  # only the CLI needs it
    assert any(r.startswith("PyYAML==") for r in requirements(["cli"]))
    setuptools = project["tool"]["setuptools"]
    assert setuptools["packages"] == [
        "myclients",
        "myclients._runtime",
        "myclients.ssm",
        "myclients.sso_admin",
    ]
    assert setuptools["package-dir"] == {"myclients": "."}
    assert files["py.typed"] == b""


def test_readme_names_the_model_versions_and_keeps_model_text_out() -> None:
    readme = (
        distribution_files(SERVICES, ["client"], PackageConfig()).get("README.md", b"").decode()
    )
    assert "| ssm | 2014-11-06 | `from generated.ssm import SSMClient` |" in readme
    assert "| sso-admin | (not plain text) |" in readme  # a hostile version is not written
    assert "botocore==1.43." in readme


@pytest.mark.parametrize(
    ("package", "message"),
    [
        ({"name": "bad name"}, "config key 'package.name'"),
        ({"version": 1.2}, "config key 'package.version'"),
        ({"import_name": "class"}, "config key 'package.import_name'"),
        ({"nme": "x"}, "config key 'package.nme': unknown key"),
        ("x", "config key 'package'"),
    ],
)
def test_bad_package_config_is_named(package: object, message: str) -> None:
    data = {"services": {"ssm": {"operations": "*"}}, "package": package}
    with pytest.raises(GeneratorError, match=message):
        parse_config(data, "generator.yaml")


def test_package_config_defaults() -> None:
    config = parse_config({"services": {"ssm": {"operations": "*"}}}, "generator.yaml")
    assert config.package == PackageConfig("aws-generated-clients", "0.1.0", "generated")


def test_a_non_ascii_client_class_is_written_as_utf8() -> None:
    cafe = ServiceSummary("prop", "prop", "café", "prop", "2021-01-01", "CaféClient")
    files = distribution_files([cafe], ["client"], DEFAULT_PACKAGE)
    assert "import CaféClient" in files["README.md"].decode("utf-8")
    files["pyproject.toml"].decode("ascii")

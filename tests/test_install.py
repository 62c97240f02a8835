"""What an installed generator carries: every package under generator/ is listed in
pyproject.toml (a forgotten one would be missing from the wheel), and the data folders
are mapped into it. ``make install-check`` (tests/install_check.py) installs for real."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT

DATA_PACKAGES = {
    "generator.templates": "templates",
    "generator.runtime": "runtime",
    "generator.reference": "reference",
}


def test_pyproject_lists_every_package_and_maps_the_data_folders() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "generator").rglob("__init__.py")
    }
    assert set(setuptools["packages"]) == found | set(DATA_PACKAGES)
    assert setuptools["package-dir"] == DATA_PACKAGES
    for folder in DATA_PACKAGES.values():
        assert (ROOT / folder).is_dir()

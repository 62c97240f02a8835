"""The docs site's pages around the command pages (``render.render_site``): rendered
once for all services, and every link on every page resolves, checked here as Sphinx
checks it (``make docs`` builds the site with Sphinx itself)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path, PurePosixPath

import pytest

from generator.errors import GeneratorError
from generator.ir.build import build_service
from generator.ir.model import Service
from generator.ir.site import ServiceSummary
from generator.loader import load_service
from generator.pipeline import produce
from generator.render import render_site
from generator.targets.registry import template_folders
from tests import rst

LABEL = re.compile(r"^\.\. _(.+):$", re.M)
REF = re.compile(r":ref:`[^`<]*<([^`>]+)>`")
DOC = re.compile(r":doc:`[^`<]*<([^`>]+)>`")
TOCTREE = re.compile(r"^\.\. toctree::\n((?:(?:  .*)?\n)*)", re.M)


@cache
def services() -> tuple[Service, ...]:
    # GetCommandInvocation has ssm's waiter; sts sorts after ssm whatever the order given.
    return (
        build_service(load_service("sts"), ["GetCallerIdentity"]),
        build_service(load_service("ssm"), ["ResumeSession", "GetCommandInvocation"]),
    )


@cache
def pages(targets: tuple[str, ...] = ("docs",)) -> dict[str, str]:
    files = produce(services(), targets)
    return {path: content.decode() for path, content in files.items() if path.endswith(".rst")}


def _docname(path: str) -> str:
    return path.removesuffix(".rst")


def _resolve(source: str, entry: str) -> str:
    """A toctree or :doc: entry of page ``source`` as a docname (``/x`` from the root)."""
    if entry.startswith("/"):
        return entry[1:]
    return (PurePosixPath(source).parent / entry).as_posix()


def test_every_link_on_every_page_resolves_and_every_page_is_in_a_toctree() -> None:
    docs = pages()
    names = {_docname(path) for path in docs}
    labels = {label for text in docs.values() for label in LABEL.findall(text)}
    listed: set[str] = set()
    refs = 0
    for path, text in docs.items():
        for label in REF.findall(text):
            refs += 1
            assert label in labels, f"{path}: :ref: to missing label {label!r}"
        for target in DOC.findall(text):
            refs += 1
            assert _resolve(path, target) in names, f"{path}: :doc: to missing {target!r}"
        for block in TOCTREE.findall(text):
            for line in block.splitlines():
                entry = line.strip()
                if entry and not entry.startswith(":"):
                    docname = _resolve(path, entry)
                    assert docname in names, f"{path}: toctree entry {entry!r} missing"
                    listed.add(docname)
    assert names - listed == {"index"}, "pages no toctree lists (Sphinx warns of each)"
    # The breadcrumbs' labels: aws, each service, ssm's wait command.
    assert {"cli:aws", "cli:aws ssm", "cli:aws sts", "cli:aws ssm wait"} <= labels
    assert refs > 10


def test_site_pages_render_once_sorted_and_parse_cleanly() -> None:
    docs = pages()
    backward = produce(tuple(reversed(services())), ["docs"])
    # The same bytes whatever the order of services.
    assert docs == {path: content.decode() for path, content in backward.items()}
    aws = docs["reference/index.rst"]
    assert aws.index("  /ssm/docs/index") < aws.index("  /sts/docs/index")
    assert "``--cli-read-timeout`` (int)" in aws and "--v2-debug" not in aws
    for path in ("index.rst", "reference/index.rst", "ssm/docs/wait/index.rst"):
        assert rst.parse(docs[path])[1] == "", path


def test_the_wait_page_is_there_only_for_a_service_with_waiters() -> None:
    docs = pages()
    assert "ssm/docs/wait/index.rst" in docs and "  wait/index" in docs["ssm/docs/index.rst"]
    assert not any(path.startswith("sts/docs/wait/") for path in docs)
    assert "wait/" not in docs["sts/docs/index.rst"]


def test_client_pages_come_with_the_client_and_the_docs() -> None:
    assert not any(path.endswith("/api.rst") for path in pages(("docs",)))
    assert "Python clients" not in pages(("docs",))["index.rst"]
    both = pages(("client", "docs"))
    assert {"ssm/api.rst", "sts/api.rst"} <= set(both)
    assert "  ssm/api\n  sts/api\n" in both["index.rst"]
    assert ".. automodule:: generated.ssm.client" in both["ssm/api.rst"]
    assert rst.parse(both["ssm/api.rst"])[1] == ""
    assert "apidocs" not in [folder.name for folder in template_folders(["client"])]


def test_a_site_page_that_would_fan_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "%operation.rst.j2").write_text("x\n", encoding="utf-8")
    sites = [ServiceSummary.of(service) for service in services()]
    with pytest.raises(GeneratorError, match="cannot fan out"):
        list(render_site(sites, ["docs"], tmp_path))

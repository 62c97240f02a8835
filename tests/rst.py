"""Pages parsed with plain docutils, as Sphinx would see them: Sphinx's ``:ref:`` and
``:doc:`` roles and its ``toctree`` and ``automodule`` directives (which docutils alone
does not know) are registered as inert markup, so only real RST problems are reported."""

from __future__ import annotations

import io

import docutils.core
import docutils.nodes
from docutils.parsers.rst import Directive, directives, roles

SPHINX_ROLES = ("ref", "doc")


class _Toctree(Directive):
    """Sphinx's toctree: a list of page names, rendered as nothing here."""

    has_content = True
    option_spec = {  # noqa: RUF012 (docutils reads it as a class attribute)
        "maxdepth": directives.nonnegative_int,
        "titlesonly": directives.flag,
        "hidden": directives.flag,
        "glob": directives.flag,
        "caption": directives.unchanged,
    }

    def run(self) -> list[docutils.nodes.Node]:
        return []


class _Automodule(Directive):
    """Sphinx autodoc's automodule (the client pages): a module name, nothing here."""

    required_arguments = 1
    option_spec = {"members": directives.unchanged}  # noqa: RUF012

    def run(self) -> list[docutils.nodes.Node]:
        return []


def _register() -> None:
    for name in SPHINX_ROLES:
        roles.register_generic_role(name, docutils.nodes.inline)
    directives.register_directive("toctree", _Toctree)
    directives.register_directive("automodule", _Automodule)


def parse(text: str, *, untrusted: bool = False) -> tuple[docutils.nodes.document, str]:
    """The document and docutils' warnings (level 2 and up) for ``text``; ``untrusted``:
    with file inclusion and raw output switched off, as for hostile input."""
    _register()
    stream = io.StringIO()
    settings: dict[str, object] = {"warning_stream": stream, "report_level": 2, "halt_level": 5}
    if untrusted:
        settings.update(file_insertion_enabled=False, raw_enabled=False)
    document = docutils.core.publish_doctree(text, settings_overrides=settings)
    return document, stream.getvalue()

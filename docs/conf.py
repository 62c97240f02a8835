"""Sphinx configuration of the docs site (``make docs``): the same for every model.

The source folder is a generated tree (``index.rst``, ``reference/index.rst``, each
service's ``<package>/docs/`` pages and ``<package>/api.rst``); this folder only
configures the build (``sphinx-build -c docs``).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

project = "AWS reference (generated)"
# The generated docstrings are Google style (Args:, Returns:) in plain text.
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
napoleon_google_docstring = True
napoleon_numpy_docstring = False
root_doc = "index"
source_suffix = {".rst": "restructuredtext"}
html_theme = "alabaster"
# The pages' literal blocks are synopses and JSON, not Python: shown as they are.
highlight_language = "none"
html_static_path: list[str] = []
templates_path: list[str] = []
# Dates and build paths would make two builds of one tree differ.
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False
autodoc_member_order = "bysource"
# The generated modules annotate with the runtime's types: shown as written.
autodoc_typehints = "signature"

# The package the client pages name the tree as.
from generator.targets.docs.site import API_ROOT  # noqa: E402


def _import_tree(srcdir: Path) -> None:
    """Import the tree being documented as ``API_ROOT``, whatever its folder is called:
    generated modules import each other relatively, so autodoc needs the tree as one
    package."""
    init = srcdir / "__init__.py"
    if not init.is_file():
        return  # a tree with no Python (docs target alone): nothing to import
    spec = importlib.util.spec_from_file_location(
        API_ROOT, init, submodule_search_locations=[str(srcdir)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[API_ROOT] = module
    spec.loader.exec_module(module)


# Characters plain text may hold that RST would read as inline markup: backslashes,
# emphasis and literal quotes, substitutions, and an underscore ending a word (a
# reference). Escaped, the text reads back as itself.
_INLINE = re.compile(r"[\\*`|]|(?<=\w)_(?=\W|$)")
_ARG = re.compile(r"^\s+\w+: ")  # "    name: text" in an Args: section, name kept


def plain_text(app: Any, what: str, name: str, obj: object, options: Any, lines: list[str]) -> None:
    """The generated docstrings are plain text, not RST: escape what RST would read as
    markup, before napoleon turns their sections into fields."""
    for index, line in enumerate(lines):
        arg = _ARG.match(line)
        keep = arg.group(0) if arg else ""
        lines[index] = keep + _INLINE.sub(lambda m: "\\" + m.group(0), line[len(keep) :])


def setup(app: Any) -> None:
    _import_tree(Path(app.srcdir))
    # Before napoleon's handler (priority 500).
    app.connect("autodoc-process-docstring", plain_text, priority=400)

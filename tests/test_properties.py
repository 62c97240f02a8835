"""Property-based: random shape trees and hostile documentation always give output that
compiles, is black-stable, parses as JSON/RST, and carries the model's text as text."""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path
from typing import Any

import black
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.format import BLACK_MODE
from generator.ir import build_service
from generator.loader import load_service
from generator.pipeline import produce

SCALARS = ["string", "integer", "long", "float", "double", "boolean", "timestamp", "blob"]
HOSTILE_BITS = [
    '"""',
    '"',
    "\\",
    "\\U",
    "\\N{X}",
    "{{ x }}",
    "{% y %}",
    "*",
    "`",
    "|s|",
    "name_",
    ".. raw:: html",
    "\u202e",
    "\u2066",
    "caf\u00e9",
    "\t",
    "'''",
]

names = st.text(string.ascii_letters, min_size=1, max_size=8).map(lambda s: s[0].upper() + s[1:])
doc_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_BITS), st.text(string.ascii_letters + " .,", max_size=12)),
    max_size=8,
).map("".join)


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def models(draw: st.DrawFn) -> dict[str, Any]:
    shape_names = draw(st.lists(names, min_size=2, max_size=8, unique=True))
    shapes: dict[str, Any] = {}
    for index, name in enumerate(shape_names):
        kind = draw(st.sampled_from([*SCALARS, "structure", "list", "map", "enum"]))
        # Structure members may refer to any shape, itself included (recursion); list and
        # map elements only to earlier shapes, since a list/map-only cycle is refused by
        # the loader (tested in test_errors).
        pool = shape_names
        earlier = shape_names[:index] or ["KeyString"]
        if kind == "structure":
            members = draw(st.lists(names, max_size=4, unique=True))
            shapes[name] = {
                "type": "structure",
                "members": {
                    m: {
                        "shape": draw(st.sampled_from(pool)),
                        "documentation": f"<p>{html_escape(draw(doc_text))}</p>",
                    }
                    for m in members
                },
                "documentation": f"<p>{html_escape(draw(doc_text))}</p>",
            }
        elif kind == "list":
            shapes[name] = {"type": "list", "member": {"shape": draw(st.sampled_from(earlier))}}
        elif kind == "map":
            shapes[name] = {
                "type": "map",
                "key": {"shape": "KeyString"},
                "value": {"shape": draw(st.sampled_from(earlier))},
            }
        elif kind == "enum":
            values = draw(
                st.lists(
                    st.sampled_from([*HOSTILE_BITS, "a", "b"]), min_size=1, max_size=4, unique=True
                )
            )
            shapes[name] = {"type": "string", "enum": values}
        else:
            shapes[name] = {"type": kind}
    shapes["KeyString"] = {"type": "string"}
    shapes["OpInput"] = {
        "type": "structure",
        "members": {n: {"shape": n} for n in shape_names[:3]},
        "required": shape_names[:1],
    }
    shapes["OpOutput"] = {
        "type": "structure",
        "members": {n: {"shape": n} for n in shape_names[-3:]},
    }
    op_doc = draw(doc_text)
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2021-01-01",
            "endpointPrefix": "prop",
            "protocol": "json",
            "jsonVersion": "1.1",
            "serviceId": "Prop",
            "targetPrefix": "Prop",
            "signatureVersion": "v4",
            "uid": "prop-2021-01-01",
            "serviceFullName": draw(doc_text) or "Prop",
        },
        "operations": {
            "DoThing": {
                "name": "DoThing",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "OpInput"},
                "output": {"shape": "OpOutput"},
                "documentation": f"<p>{html_escape(op_doc)}</p>",
            }
        },
        "shapes": shapes,
        "_op_doc": op_doc,
    }


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(models())
def test_random_models_render_safely(tmp_path: Path, model: dict[str, Any]) -> None:
    op_doc = model.pop("_op_doc")
    path = tmp_path / "prop" / "2021-01-01" / "service-2.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model), encoding="utf-8")
    service = build_service(load_service(None, path), "*")
    files = produce([service], ["client", "skeleton", "docs"], shared=False)
    for rel, data in files.items():
        text = data.decode("utf-8")
        assert "\u202e" not in text or rel.endswith(".rst"), rel
        if rel.endswith(".py"):
            compile(text, rel, "exec")
            assert black.format_str(text, mode=BLACK_MODE) == text, f"{rel} not black-stable"
        elif rel.endswith(".json"):
            json.loads(text)
    client = ast.parse(files["prop/client.py"].decode("utf-8"))
    method = next(
        node
        for node in ast.walk(client)
        if isinstance(node, ast.FunctionDef) and node.name == "do_thing"
    )
    docstring = ast.get_docstring(method, clean=False) or ""
    expected = service.operation("DoThing").documentation.to_text()
    # The model's text comes back as text: the docstring starts with it, escapes undone.
    assert " ".join(docstring.split()).startswith(" ".join(expected.split()))
    plain = " ".join(op_doc.split())
    if plain and "<" not in op_doc:
        assert " ".join(expected.split()) == plain

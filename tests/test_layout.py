"""The client templates' layout rules (generator/targets/client/layout.py) against black
itself: whatever they lay out, black leaves as it is, so black formats each generated
module in one pass. black is the oracle; these rules are ours."""

from __future__ import annotations

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escaping import docstring_body
from generator.format import BLACK_MODE
from generator.pipeline import build
from generator.render import render
from generator.targets.client import layout
from tests.golden_cases import CASES, GoldenCase

# Only lengths matter to the layout: names of every length up to past the line length.
NAMES = st.integers(0, 40).map(lambda n: "name" + "_" * n)
CLASSES = st.integers(0, 80).map(lambda n: "_shapes.Type" + "x" * n)
STRINGS = st.from_regex(r'"[A-Za-z0-9.:_ -]{0,40}"', fullmatch=True)


def _annotations() -> st.SearchStrategy[str]:
    """Annotations as pytypes.annotation writes them, nested and of any length."""
    leaves = st.one_of(CLASSES, st.sampled_from(["str", "int", "bool", "_dt.datetime"]))

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            inner.map(lambda item: f"_t.Sequence[{item}]"),
            inner.map(lambda item: f"list[{item}]"),
            inner.map(lambda value: f"_t.Mapping[str, {value}]"),
            inner.map(lambda item: f"{item} | str"),
        )

    return st.recursive(leaves, extend, max_leaves=4)


def _as_black(source: str, unsplit: str) -> None:
    """``source`` (our layout) is what black makes of ``unsplit`` (the same code with
    every construct on one line, as the templates wrote it before), and black leaves it
    as it is: the same bytes as before, in one pass instead of two."""
    assert black.format_str(unsplit, mode=BLACK_MODE) == source
    assert black.format_str(source, mode=BLACK_MODE) == source


def _method(parameter: str) -> str:
    return f"class C:\n    def f(\n        self,\n        *,\n{parameter}\n    ) -> None:\n        pass\n"


@settings(max_examples=80, deadline=None)
@given(NAMES, _annotations(), st.booleans())
def test_parameters_are_laid_out_as_black_lays_them_out(
    name: str, annotation: str, optional: bool
) -> None:
    if optional:
        ours = layout.annotated("        ", name, f"{annotation} | None", "None", ",")
        unsplit = f"        {name}: {annotation} | None = None,"
    else:
        ours = layout.annotated("        ", name, annotation, suffix=",")
        unsplit = f"        {name}: {annotation},"
    _as_black(_method(ours), _method(unsplit))


@settings(max_examples=80, deadline=None)
@given(NAMES, _annotations(), st.booleans())
def test_fields_are_laid_out_as_black_lays_them_out(
    name: str, annotation: str, optional: bool
) -> None:
    if optional:
        ours = layout.field("    ", name, f"{annotation} | None", "None")
        unsplit = f"    {name}: {annotation} | None = None"
    else:
        ours = layout.field("    ", name, annotation)
        unsplit = f"    {name}: {annotation}"
    _as_black(f"class C:\n    x: int\n{ours}\n", f"class C:\n    x: int\n{unsplit}\n")


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 60).map(lambda n: "Enum" + "x" * n), st.lists(STRINGS, min_size=1))
def test_enum_aliases_are_laid_out_as_black_lays_them_out(name: str, values: list[str]) -> None:
    value = f"_t.Literal[{', '.join(values)}] | UnknownValue"
    _as_black(layout.assignment("", name, value) + "\n", f"{name} = {value}\n")


@settings(max_examples=50, deadline=None)
@given(st.lists(STRINGS, min_size=1, max_size=6), st.booleans())
def test_calls_are_laid_out_as_black_lays_them_out(items: list[str], returned: bool) -> None:
    def method(body: str) -> str:
        return f"class C:\n    def f(self) -> None:\n{body}"

    unsplit = f"self._call({', '.join(items)})"
    if returned:
        ours = layout.call("            ", "self._call(", items, suffix=",")
        wrap = "        return f(\n            x,\n{}\n        )\n"
        _as_black(method(wrap.format(ours)), method(wrap.format(f"            {unsplit},")))
    else:
        ours = layout.call("        ", "self._call(", items)
        _as_black(method(ours + "\n"), method(f"        {unsplit}\n"))


# Words, quotes, backslashes, line breaks, non-ASCII and URLs too long for a line.
TEXT = st.lists(
    st.sampled_from([*"abc XYZ-.,:\"'\\\n", "\u00e9", "  ", "https://example.com/" + "x" * 70]),
    min_size=1,
    max_size=120,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(["", "    ", "        "]))
def test_docstrings_are_laid_out_as_black_lays_them_out(text: str, indent: str) -> None:
    body = docstring_body(text)
    if not body.strip():
        return
    context = {"": "", "    ": "class C:\n", "        ": "class C:\n    def f(self) -> None:\n"}
    ours = f'{context[indent]}{indent}"""{layout.docstring(body, indent)}"""\n'
    _as_black(ours, f'{context[indent]}{indent}"""{body}"""\n')


def test_line_length_is_blacks() -> None:
    assert layout.LINE_LENGTH == BLACK_MODE.line_length


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_generated_modules_need_no_second_black_pass(case: GoldenCase) -> None:
    """The golden services' modules as the templates render them, before black: black
    leaves every one as it is."""
    services = build(case.request)
    rendered = [r for r in render(services, case.request.targets) if r.path.suffix == ".py"]
    assert rendered
    for file in rendered:
        assert black.format_str(file.content, mode=BLACK_MODE) == file.content, file.path


@pytest.mark.parametrize(
    "text", ["_t.Callable[[int], str]", "x[", '_t.Literal["open', "a |", "f(x)", ""]
)
def test_text_of_another_form_is_left_on_its_line_for_black(text: str) -> None:
    assert layout.parse(text) == layout.Atom(text)
    long = "x" * 100
    assert layout.annotated("        ", long, text, suffix=",") == f"        {long}: {text},"


def test_annotations_are_parsed_into_their_parts() -> None:
    expr = layout.parse("_t.Mapping[str, _t.Sequence[_shapes.A | str]] | None")
    assert expr == layout.Union(
        (
            layout.Bracketed(
                "_t.Mapping",
                "[",
                (
                    layout.Atom("str"),
                    layout.Bracketed(
                        "_t.Sequence",
                        "[",
                        (layout.Union((layout.Atom("_shapes.A"), layout.Atom("str"))),),
                        "]",
                    ),
                ),
                "]",
            ),
            layout.Atom("None"),
        )
    )
    assert layout.flat(expr) == "_t.Mapping[str, _t.Sequence[_shapes.A | str]] | None"

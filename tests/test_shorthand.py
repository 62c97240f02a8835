"""The generated runtime's shorthand parser against awscli's own (the oracle).

Every case is parsed by both ``runtime.shorthand`` and awscli's
``ShorthandParser``: same value, or the same error. Error messages are compared in
full, with one deliberate difference: for a syntax error awscli 1.45.11 prints the
literal text ``{self._error_location()}`` where it means to print the input with a
``^`` under the offending position (a missing f-string prefix); the runtime prints
that picture, which is compared with the oracle's own ``_error_location()``.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest
from awscli import shorthand as oracle
from botocore.model import ServiceModel, Shape
from botocore.session import get_session

from runtime import shorthand

# From awscli's shorthand documentation and tests: one per grammar rule.
VALID = [
    "a=b",
    "a=b,c=d",
    "a=b,c",  # csv list
    "a=b,c,d,e=f",
    "a=b, c=d",
    "a = b , c = d",
    "a=",
    "a=,b=",
    "a=b,c=",
    "Key=a,Value=b",
    "Key=tag:Env,Values=prod,dev",
    "Name=instance-state-name,Values=running,stopped",
    "a=[b,c]",
    "a=[b, c ,d]",
    "a=[]",
    "a=[[b,c],[d]]",
    "a={b=c}",
    "a={b=c,d=e}",
    "a={b={c=d}}",
    "a={b=[c,d]},e=f",
    "a=[{b=c},{b=d}]",
    "a={}",
    'commands=["echo hi"]',
    "commands=['echo hi','ls -l']",
    "a='b,c'",
    'a="b,c"',
    "a='it\\'s'",
    'a="say \\"hi\\""',
    "a='back\\\\slash'",
    "a='unterminated\\'",
    "a=b\\,c",
    "a=b\\,c,d=e",
    "a=b,c\\,d",
    "a=foo bar",
    "a=foo bar,baz qux",
    "a=b=c",
    "a=[b=c]",
    "a=b,'c',\"d\"",
    "a=  padded  ",
    "a=b\n,c=d",
    "a.b=c",
    "a-b_c#d/e:f=g",
    "=value",
    "a=http://example.com/x?y=z",
    "a=ünïcödé,b=日本",
    "a={b='c,d'}",
    "a=[\"x\",'y']",
    "a=[b,[c,{d=e}]]",
    "a={b=c d}",
    "a=b c=d",  # one value: "b c=d"
    "a={b=c,}",
    "Key=a,Value",  # {"Key": ["a", "Value"]}: botocore's validation reports it
    "a=b\nc",
    "a=b,\n=c\nd",
]

MALFORMED = [
    "",
    "a",
    "a=b,",
    "a=b,c=d,",
    "Key=a,Key=b",
    "a=b,a=c",
    "a=[b",
    "a=[b,",
    "a={b=c",
    "a={b}",
    "a='unterminated",
    'a="unterminated',
    "a=b,'unterminated",
    "a=[b]c",
    "a={b=c}d",
    "a==b",
    "a=b,\nc=d,\nc=e",
    "a=b,=c,=d",
    ",a=b",
    "a=😀",
    "a={b=}",
    "a=x}y]",
]


def ours(value: str) -> tuple[str, Any]:
    try:
        return "ok", shorthand.parse(value)
    except shorthand.ShorthandSyntaxError as exc:
        return "syntax", str(exc)
    except shorthand.DuplicateKeyError as exc:
        return "duplicate", str(exc)


def theirs(value: str) -> tuple[str, Any]:
    try:
        return "ok", oracle.ShorthandParser().parse(value)
    except oracle.ShorthandParseSyntaxError as exc:
        # What awscli means to print (see the module docstring).
        picture = exc._error_location()
        return (
            "syntax",
            f"Expected: '{exc.expected}', received: '{exc.actual}' for input:\n{picture}",
        )
    except oracle.DuplicateKeyInObjectError as exc:
        return "duplicate", str(exc)


@pytest.mark.parametrize("value", VALID)
def test_valid_shorthand_parses_like_awscli(value: str) -> None:
    expected = theirs(value)
    assert expected[0] == "ok", expected
    assert ours(value) == expected


@pytest.mark.parametrize("value", MALFORMED)
def test_malformed_shorthand_fails_like_awscli(value: str) -> None:
    expected = theirs(value)
    assert expected[0] != "ok", expected
    assert ours(value) == expected


def test_error_messages_word_for_word() -> None:
    assert ours("Key=a,Key=b") == (
        "duplicate",
        'Second instance of key "Key" encountered for input:\nKey=a,Key=b\n      ^\n'
        'This is often because there is a preceding "," instead of a space.',
    )
    assert ours("a=b,") == (
        "syntax",
        "Expected: '<second>', received: '<none>' for input:\na=b,\n    ^",
    )
    assert ours("a=b,\nc==d") == (
        "syntax",
        "Expected: ',', received: '=' for input:\na=b,\nc==d\n  ^",
    )
    # The first line is awscli's exactly; only the picture replaces its placeholder.
    with pytest.raises(oracle.ShorthandParseSyntaxError) as raised:
        oracle.ShorthandParser().parse("a=b,")
    assert str(raised.value).splitlines()[0] == ours("a=b,")[1].splitlines()[0]


ALPHABET = "ab=,[]{}'\"\\ \n@:.-x1😀é"


@pytest.mark.parametrize("seed", range(4))
def test_random_inputs_agree_with_awscli(seed: int) -> None:
    """Random strings over the grammar's characters: same value or same error."""
    rng = random.Random(seed)
    for _ in range(1500):
        length = rng.randint(0, 14)
        prefix = rng.choice(["", "a=", "k=", "a=b,", "a=[", "a={"])
        value = prefix + "".join(rng.choice(ALPHABET) for _ in range(length))
        if "@" in value:  # "@=" reads files; kept for the file tests below
            value = value.replace("@", "")
        assert ours(value) == theirs(value), value


def test_at_equals_reads_files(tmp_path: Path) -> None:
    text = tmp_path / "v.txt"
    text.write_text("from file, with comma", encoding="utf-8")
    raw = tmp_path / "v.bin"
    raw.write_bytes(b"\x00\xff")
    cases = [
        f"a@=file://{text}",
        f"a@=fileb://{raw}",
        f"a @= file://{text},b=file://{text}",
        f"a@=file://{text},file://{text}",
        f"a@='file://{text}'",
        f"a={{b@=file://{text}}}",
        f"a@=[file://{text},x]",
        "a@=plain",
    ]
    for value in cases:
        assert theirs(value)[0] == "ok"
        assert ours(value) == theirs(value), value
    assert shorthand.parse(f"a@=file://{text}") == {"a": "from file, with comma"}
    assert shorthand.parse(f"a=file://{text}") == {"a": f"file://{text}"}


def test_at_equals_with_a_missing_file(tmp_path: Path) -> None:
    from runtime.paramfile import ResourceLoadingError

    missing = tmp_path / "nope.txt"
    with pytest.raises(ResourceLoadingError) as ours_raised:
        shorthand.parse(f"a@=file://{missing}")
    with pytest.raises(Exception) as theirs_raised:
        oracle.ShorthandParser().parse(f"a@=file://{missing}")
    assert str(ours_raised.value) == str(theirs_raised.value)


# --- BackCompatVisitor: shorthand values converted to the member's types ---------------

SSM = get_session().get_service_model("ssm")

TYPES_MODEL = ServiceModel(
    {
        "metadata": {"protocol": "json", "apiVersion": "2020-01-01", "endpointPrefix": "x"},
        "operations": {},
        "shapes": {
            "Top": {
                "type": "structure",
                "members": {
                    "Count": {"shape": "Int"},
                    "Big": {"shape": "Long"},
                    "Ratio": {"shape": "Double"},
                    "Share": {"shape": "Float"},
                    "On": {"shape": "Bool"},
                    "Name": {"shape": "Str"},
                    "Names": {"shape": "StrList"},
                    "Counts": {"shape": "IntList"},
                    "Nested": {"shape": "Top"},
                    "ByName": {"shape": "IntMap"},
                    "Doc": {"shape": "Doc"},
                    "Docs": {"shape": "DocList"},
                    "When": {"shape": "Time"},
                },
            },
            "Int": {"type": "integer"},
            "Long": {"type": "long"},
            "Double": {"type": "double"},
            "Float": {"type": "float"},
            "Bool": {"type": "boolean"},
            "Str": {"type": "string"},
            "Time": {"type": "timestamp"},
            "StrList": {"type": "list", "member": {"shape": "Str"}},
            "IntList": {"type": "list", "member": {"shape": "Int"}},
            "IntMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Int"}},
            "Doc": {"type": "structure", "members": {}, "document": True},
            "DocList": {"type": "list", "member": {"shape": "Doc"}},
            "TopList": {"type": "list", "member": {"shape": "Top"}},
        },
    }
)


def _input_member(operation: str, member: str) -> Shape:
    input_shape = SSM.operation_model(operation).input_shape
    assert input_shape is not None
    return input_shape.members[member]


COERCE_CASES: list[tuple[Shape, Any]] = [
    (TYPES_MODEL.shape_for("Top"), "Count=3,Big=9007199254740993,Ratio=0.5,Share=2"),
    (TYPES_MODEL.shape_for("Top"), "On=true,Name=x"),
    (TYPES_MODEL.shape_for("Top"), "On=FALSE"),
    (TYPES_MODEL.shape_for("Top"), "On=maybe"),
    (TYPES_MODEL.shape_for("Top"), "Names=a"),
    (TYPES_MODEL.shape_for("Top"), "Names=a,b,Counts=1,2"),
    (TYPES_MODEL.shape_for("Top"), "Counts=7"),
    (TYPES_MODEL.shape_for("Top"), "Nested={Count=1,Nested={On=true,Names=z}}"),
    (TYPES_MODEL.shape_for("Top"), "ByName={a=1,b=2}"),
    (TYPES_MODEL.shape_for("Top"), "When=2024-01-01T00:00:00Z,Unknown=5"),
    (TYPES_MODEL.shape_for("TopList"), ["Count=1", "Count=2,On=true"]),
    (TYPES_MODEL.shape_for("IntMap"), "a=1,b=2"),
    (_input_member("SendCommand", "Parameters"), 'commands=["echo hi",ls],workingDirectory=/'),
    (_input_member("SendCommand", "Parameters"), "commands=ls"),
    (_input_member("PutParameter", "Tags"), ["Key=a,Value=b", "Key=c,Value=d"]),
    (_input_member("CreateAssociation", "Targets"), ["Key=tag:Env,Values=prod,dev"]),
    (_input_member("CreateAssociation", "OutputLocation"), "S3Location={OutputS3Region=x}"),
    (_input_member("ListCommands", "Filters"), ["key=InvokedAfter,value=2024-01-01"]),
    (
        _input_member("PutComplianceItems", "ExecutionSummary"),
        "ExecutionTime=2024-01-01T00:00:00Z,ExecutionId=e",
    ),
]


def _parse_list(value: Any, parse: Any) -> Any:
    return [parse(v) for v in value] if isinstance(value, list) else parse(value)


@pytest.mark.parametrize("shape, value", COERCE_CASES)
def test_values_take_the_members_types_like_awscli(shape: Shape, value: Any) -> None:
    mine = _parse_list(value, shorthand.parse)
    shorthand.coerce(shape, mine)
    theirs_value = _parse_list(value, oracle.ShorthandParser().parse)
    oracle.BackCompatVisitor().visit(theirs_value, shape)
    assert mine == theirs_value
    assert copy.deepcopy(mine) == mine  # plain data, nothing lazy


@pytest.mark.parametrize("value", ["Count=x", "Ratio=y", "Doc={a=b}", "Docs=[{a=b}]", "On=[a]"])
def test_conversion_errors_like_awscli(value: str) -> None:
    shape = TYPES_MODEL.shape_for("Top")
    mine = shorthand.parse(value)
    theirs_value = oracle.ShorthandParser().parse(value)
    with pytest.raises(Exception) as ours_raised:
        shorthand.coerce(shape, mine)
    with pytest.raises(Exception) as theirs_raised:
        oracle.BackCompatVisitor().visit(theirs_value, shape)
    assert str(ours_raised.value) == str(theirs_raised.value)
    assert isinstance(ours_raised.value, shorthand.ShorthandParseError) == isinstance(
        theirs_raised.value, oracle.ShorthandParseError
    )


def test_which_shapes_take_shorthand() -> None:
    from awscli.argprocess import _supports_shorthand_syntax

    shapes = [TYPES_MODEL.shape_for(name) for name in TYPES_MODEL.shape_names]
    for operation in SSM.operation_names:
        input_shape = SSM.operation_model(operation).input_shape
        if input_shape is not None:
            shapes.extend(input_shape.members.values())
    for shape in shapes:
        assert shorthand.supports_shorthand(shape) == _supports_shorthand_syntax(shape), shape

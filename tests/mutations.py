"""Random mutations of real botocore models, thrown at the loader and the whole pipeline.

Each example takes a real model from the pinned botocore, trimmed to a few of its
operations (with their paginators), and applies 1-4 random mutations anywhere in it: a
value swapped for one of another type, a field removed, a string (or a name) replaced by a
hostile one (control and bidirectional characters, RST and HTML markup, huge numbers,
NaN), an operation or member copied under a case variant of its name. Then either:

- the generator refuses it with one GeneratorError line (exit code 2) that is about the
  input (not "generated Python does not compile" or "black failed", which are its own
  bugs), or
- every file it renders is sound: Python compiles and is black-stable, JSON parses, each
  docs page parses with docutils with no error or warning, and no file carries a raw
  control, bidirectional or line-separator character.

Anything else (a traceback) fails, with the seed and the mutations to replay it.

``make mutations`` runs many seeds (``python -m tests.mutations --examples 300``);
``tests/test_mutations.py`` runs a bounded few in ``make test``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import black

from generator.errors import GeneratorError
from generator.format import BLACK_MODE
from generator.ir import build_service
from generator.loader import load_service, trimmed_model
from generator.pipeline import produce
from tests import rst

# (service, operations): every protocol, paginators, errors, enums, a streaming body,
# recursion (lambda's), maps, lists, unions and timestamps.
BASES = (
    ("ssm", ("ResumeSession", "DescribeInstanceInformation", "PutParameter")),
    ("s3", ("GetObject", "ListObjectsV2")),
    ("sns", ("Publish", "ListTopics")),
    ("lambda", ("ListFunctions", "UpdateFunctionConfiguration")),
    ("ec2", ("DescribeVolumes",)),
    ("bedrock-agent-runtime", ("Retrieve",)),
)
# Error messages that are the generator's own failure, never an honest refusal.
OWN_FAILURES = ("does not compile", "black failed", "generated JSON is invalid")
HIDDEN = {"Cc", "Cf", "Zl", "Zp"}

HOSTILE_STRINGS = (
    "",
    "\x00",
    "nul\x00inside",
    "\x1b[31mred\x1b[0m",
    "bidi\u202eevil\u202c",
    "\u2066isolate\u2069",
    "zero\u200bwidth",
    "bom\ufeff",
    "line\u2028sep",
    "next\x85line",
    "tab\there",
    "cr\rlf\r\n",
    "two\nlines",
    "*emphasis",
    "``literal",
    "`link <javascript:alert(1)>`_",
    "|substitution|",
    "name_",
    "[1]_",
    ".. raw:: html\n\n   <script>alert(1)</script>",
    ".. include:: /etc/passwd",
    "\n\n.. note::\n\n   injected",
    "====",
    "<script>alert(1)</script>",
    "<b><i>unbalanced</b>",
    "<a href='javascript:alert(1)'>x</a>",
    '<a href="file:///etc/passwd">f</a>',
    "<p>" * 60 + "deep",
    '"""',
    "'''",
    "\\",
    "\\U0001F600\\N{BULLET}",
    "{{ service.name }}",
    "{% raw %}",
    "1e400",
    "NaN",
    "-0",
    "9" * 400,
    "\ud800",
    "caf\u00e9 \u2019quoted\u2019",
    "x" * 12000,
    "../../etc/passwd",
    "/abs",
    "Get_Foo",
)
SWAP_VALUES: tuple[Any, ...] = (
    0,
    -1,
    10**30,
    2**70,
    1.5,
    float("nan"),
    float("inf"),
    -float("inf"),
    True,
    False,
    None,
    "",
    "x",
    [],
    {},
    ["a"],
    [1, 2],
    {"shape": "Nope"},
    {"code": 5},
)


@dataclass
class Outcome:
    seed: int
    base: str
    mutations: list[str] = field(default_factory=list)
    refused: str | None = None  # the one-line error
    files: int = 0


def _type_name(value: Any) -> str:
    return type(value).__name__


@cache
def base_model(service: str, operations: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A real model trimmed to ``operations``, and their paginators."""
    loaded = load_service(service)
    raw = trimmed_model(loaded, operations)
    raw.pop("x-trimmed-to-operations", None)
    pagination = {op: dict(cfg) for op, cfg in loaded.paginators.items() if op in operations}
    return json.loads(json.dumps(raw)), {"pagination": pagination}


def _places(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON tree, as the path of keys and indexes leading to it."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _places(value, (*path, index))


def _parent(tree: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        tree = tree[step]
    return tree


def _show(path: tuple[Any, ...]) -> str:
    return ".".join(str(step) for step in path)[:120]


# Fields that hold free text (documentation, enum values, descriptions, codes): a hostile
# string there must render, never be refused.
TEXT_KEYS = frozenset(
    {
        "documentation",
        "enum",
        "pattern",
        "uid",
        "serviceFullName",
        "serviceAbbreviation",
        "deprecatedMessage",
        "code",
        "locationName",
        "result_key",
        "resultWrapper",
    }
)


def text_places(tree: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        path
        for path in _places(tree)
        if isinstance(_parent(tree, path)[path[-1]], str)
        and any(step in TEXT_KEYS for step in path[-2:])
    ]


def mutate(tree: dict[str, Any], rng: random.Random, *, text_only: bool = False) -> str:
    """Apply one random mutation to ``tree`` in place; return what it did. ``text_only``:
    a hostile string in a free-text field."""
    places = list(_places(tree))
    kind = rng.choice(("swap", "remove", "hostile", "hostile", "hostile", "rename", "copy", "nest"))
    if text_only:
        kind, places = "hostile", text_places(tree) or places
    elif kind == "hostile":
        # Mostly text the model may hold (documentation, enum values, names of things),
        # so that more examples render than are refused.
        texts = [p for p in places if isinstance(_parent(tree, p)[p[-1]], str)]
        places = texts or places
    path = rng.choice(places)
    parent = _parent(tree, path)
    key = path[-1]
    value = parent[key]
    if kind == "swap":
        new = rng.choice([v for v in SWAP_VALUES if _type_name(v) != _type_name(value)])
        parent[key] = copy.deepcopy(new)
        return f"swap {_show(path)} {value!r:.40} -> {new!r}"
    if kind == "remove":
        del parent[key]
        return f"remove {_show(path)}"
    if kind == "hostile":
        hostile = rng.choice(HOSTILE_STRINGS)
        if isinstance(value, str) and rng.random() < 0.5:
            hostile = value + hostile if rng.random() < 0.5 else hostile + value
        parent[key] = hostile
        return f"hostile {_show(path)} = {hostile!r:.60}"
    if kind in ("rename", "copy") and isinstance(parent, dict) and isinstance(key, str):
        variants = [key.lower(), key.upper(), key[:1].lower() + key[1:], key + "_"]
        variants += [key + rng.choice(HOSTILE_STRINGS)[:20]]
        new_key = rng.choice(variants)
        entry = copy.deepcopy(value) if kind == "copy" else parent.pop(key)
        parent[new_key] = entry
        return f"{kind} {_show(path)} -> key {new_key!r:.60}"
    # nest: a value inside a list or an object, or documentation nested deep
    if isinstance(value, str) and rng.random() < 0.5:
        depth = rng.choice((5, 49, 51, 500))
        parent[key] = "<ul><li>" * depth + value + "</li></ul>" * depth
        return f"nest {_show(path)} in {depth} lists"
    parent[key] = rng.choice(([value], {"shape": value}, {"value": value}))
    return f"wrap {_show(path)}"


def docutils_report(text: str) -> str:
    return rst.parse(text, untrusted=True)[1]


def check_files(files: dict[str, bytes]) -> None:
    """The properties every generated file has; AssertionError naming the file if not."""
    for rel, data in sorted(files.items()):
        text = data.decode("utf-8")
        hidden = sorted({f"U+{ord(c):04X}" for c in text if c != "\n" and _hidden(c)})
        assert not hidden, f"{rel}: raw hidden characters {hidden[:5]}"
        if rel.endswith(".py"):
            compile(text, rel, "exec", dont_inherit=True)
            assert black.format_str(text, mode=BLACK_MODE) == text, f"{rel}: not black-stable"
        elif rel.endswith(".json"):
            json.loads(text)
        elif rel.endswith(".rst"):
            report = docutils_report(text)
            assert report == "", f"{rel}: docutils says {report[:300]}"


def _hidden(ch: str) -> bool:
    return unicodedata.category(ch) in HIDDEN


def example(seed: int, folder: Path) -> tuple[Outcome, Path, bool]:
    """The mutated model of one seed, written to ``folder``: (outcome so far, the model's
    path, whether only text was mutated)."""
    rng = random.Random(seed)
    service, operations = rng.choice(BASES)
    model, paginators = base_model(service, operations)
    model, paginators = copy.deepcopy(model), copy.deepcopy(paginators)
    outcome = Outcome(seed, service)
    # Half the examples only put hostile text where a model holds text (these must
    # render); the others mutate anything (most are refused).
    text_only = rng.random() < 0.5
    for _ in range(rng.randint(1, 4)):
        target = paginators if rng.random() < 0.1 and not text_only else model
        if list(_places(target)):
            outcome.mutations.append(mutate(target, rng, text_only=text_only))
    api_version = "2000-01-01"
    path = folder / f"seed{seed}" / service / api_version / "service-2.json"
    path.parent.mkdir(parents=True)
    # NaN, Infinity and lone surrogates are JSON botocore's loader would read too.
    path.write_text(json.dumps(model), encoding="utf-8")
    (path.parent / "paginators-1.json").write_text(json.dumps(paginators), encoding="utf-8")
    return outcome, path, text_only


def run_example(seed: int, folder: Path) -> Outcome:
    """One example: refused in one line, or every file sound; anything else raises."""
    outcome, path, text_only = example(seed, folder)
    try:
        loaded = load_service(None, path)
        built = build_service(loaded, "*")
        files = produce([built], ["client", "cli", "skeleton", "docs"], shared=False)
    except GeneratorError as error:
        message = str(error)
        if text_only and "nest deeper" not in message:
            raise AssertionError(f"hostile text refused: {message}") from None
        assert "\n" not in message and "\r" not in message, f"not one line: {message!r}"
        assert error.exit_code == 2, message
        assert not any(own in message for own in OWN_FAILURES), message
        outcome.refused = message
        return outcome
    check_files(files)
    outcome.files = len(files)
    return outcome


def describe(outcome: Outcome) -> str:
    steps = "; ".join(outcome.mutations)
    return f"seed {outcome.seed} ({outcome.base}): {steps}"


def replay(seed: int) -> Outcome:
    with tempfile.TemporaryDirectory() as folder:
        return run_example(seed, Path(folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutations")
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    failures = refused = rendered = 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(args.first_seed, args.first_seed + args.examples):
            try:
                outcome = run_example(seed, Path(folder))
            except Exception as exc:  # the point: report every kind of failure
                failures += 1
                print(f"FAIL seed {seed}: {type(exc).__name__}: {str(exc)[:300]}")
                print(f"  replay: python -m tests.mutations --first-seed {seed} --examples 1 -v")
                continue
            if outcome.refused is not None:
                refused += 1
            else:
                rendered += 1
            if args.verbose:
                print(describe(outcome))
                print(f"  -> {outcome.refused or f'{outcome.files} files, all sound'}")
    elapsed = time.monotonic() - start
    print(
        f"mutations: {args.examples} examples, {refused} refused in one line, {rendered} "
        f"rendered soundly, {failures} failures ({elapsed:.0f} s)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

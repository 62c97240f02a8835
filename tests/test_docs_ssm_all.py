"""Docs pages for every ssm operation against awscli's own rendering.

For each of the 146 operations, the Options and Output sections of our page and of the
page awscli 1.45.11 renders are compared line by line after whitespace normalisation.
A line may differ only (a) by our RST escapes (a backslash before text docutils would read
as markup) and awscli's stray spaces before closing markup, or (b) where awscli's own line
is broken RST: docutils warns on it alone and not on ours (a link inside a literal, an
empty or unclosed literal...). Everything else must be equal; the test prints how many
pages are equal, equal but for (a), and how many need (b).
"""

from __future__ import annotations

import re
from functools import cache

from generator.ir import Service, build_service
from generator.loader import load_service
from generator.render import environment
from generator.targets.docs.layout import CURRENT
from generator.targets.registry import PARTS
from tests.test_docs_page import docutils_messages, normalise, section

TEMPLATE = "%service/docs/%operation.rst.j2"


@cache
def ssm() -> Service:
    return build_service(load_service("ssm"), "*")


@cache
def awscli_pages() -> dict[str, str]:
    from awscli.clidriver import create_clidriver

    class Capture:
        out = b""

        def render(self, contents: bytes) -> None:
            self.out = contents

    driver = create_clidriver()
    table = driver._get_command_table()["ssm"]._get_command_table()
    pages = {}
    for operation in ssm().operations:
        help_command = table[operation.cli_name].create_help_command()
        help_command.renderer = Capture()
        help_command.doc.target = "html"
        help_command(None, None)
        pages[operation.cli_name] = help_command.renderer.out.decode("utf-8")
    return pages


def ours(cli_name: str) -> str:
    service = ssm()
    operation = next(op for op in service.operations if op.cli_name == cli_name)
    return (
        environment(PARTS["pages"])
        .get_template(TEMPLATE)
        .render(service=service, operation=operation, layout=CURRENT)
    )


# Sections that differ for a reason outside the model, each with that reason.
KNOWN_EXCEPTIONS = {
    ("start-session", "Output"): "awscli replaces start-session with its Session Manager "
    "plugin hand-off (customizations/sessionmanager.py), whose page documents no output",
    ("describe-instance-patch-states", "Output"): "a link whose text holds code: awscli "
    "loses the URL into a named target (a stray `.. _https://...:` line); we keep the link",
    ("describe-instance-patch-states-for-patch-group", "Output"): "the same link as "
    "describe-instance-patch-states",
}


def awscli_defects_undone(line: str) -> str:
    """awscli's line with its known RST defects repaired, as our writer repairs them:
    a link inside a literal (``` `` `text <url>`__`` ```) loses the literal."""
    return re.sub(r"`__\s*``", "`__", line.replace("`` `", " `"))


def canonical(line: str) -> str:
    """A line without our escapes and without spaces (awscli leaves stray spaces before
    closing ``**``/````` that make docutils warn; we drop them)."""
    return re.sub(r"\\(.)", r"\1", line).replace(" ", "")


def test_every_ssm_page_matches_awscli_but_for_escapes() -> None:
    exact: list[str] = []
    escapes_only: list[str] = []
    mismatched: list[str] = []
    broken_awscli: set[str] = set()
    for cli_name, page in sorted(awscli_pages().items()):
        theirs, mine = normalise(page), normalise(ours(cli_name))
        equal = True
        for title, stops in (("Options", ("Global Options",)), ("Output", ("See Also",))):
            a = section(theirs, title, stops)
            b = section(mine, title, stops)
            if a == b:
                continue
            equal = False
            if (cli_name, title) in KNOWN_EXCEPTIONS:
                continue
            if len(a) != len(b):
                mismatched.append(f"{cli_name} {title}: {len(a)} lines against {len(b)}")
                continue
            for x, y in zip(a, b, strict=True):
                if canonical(x) == canonical(y):
                    continue
                if (
                    # awscli's line is broken RST, ours is not
                    (docutils_messages(x.strip()) and not docutils_messages(y.strip()))
                    # awscli's literal around a link, shown as stray backquotes
                    or canonical(awscli_defects_undone(x)) == canonical(y)
                    # awscli drops a backslash of the model's text (`^\d+$` shows as
                    # `^d+$`); we escape it so it shows
                    or canonical(y).replace("\\", "") == canonical(x).replace("\\", "")
                ):
                    broken_awscli.add(cli_name)
                    continue
                mismatched.append(f"{cli_name} {title}: {x!r} against {y!r}")
        (exact if equal else escapes_only).append(cli_name)
    escapes_only = [
        name for name in escapes_only if not any(m.startswith(f"{name} ") for m in mismatched)
    ]
    print(
        f"\nssm docs pages: {len(exact)} equal to awscli's after whitespace normalisation; "
        f"{len(escapes_only)} equal but for our escapes and awscli's RST defects "
        f"({len(broken_awscli)} with a repaired awscli defect); "
        f"{len(KNOWN_EXCEPTIONS)} known exceptions; {len(mismatched)} lines differing"
    )
    assert len(awscli_pages()) == 146
    assert mismatched == []

"""Compare published AWS CLI v1 reference pages with the model.

For every ``reference/aws-cli-v1/<service>/<command>.rst`` whose service is in the
config, the page is parsed (a line parser for awscli's fixed layout) and compared with
the page the docs target renders from the model (``generator.targets.docs.page``):

* structural drift (exit 1): a command the model lacks, options missing or extra,
  required-ness (synopsis brackets) or types that differ, output members missing or
  extra or typed differently;
* text drift (a warning, exit 0 unless ``--strict``): the description, each option's
  text, each output member's text, shown as a word diff.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config
from generator.doctree.rst import normalise
from generator.errors import GeneratorError
from generator.ir import naming
from generator.ir.build import build_service
from generator.loader import display_path, load_service
from generator.resources import reference_dir
from generator.targets.docs.layout import LEGACY
from generator.targets.docs.page import DocsPage, docs_page

_HEADING = re.compile(r"^(=+)\n([^\n]+)\n\1$", re.MULTILINE)
_OPTION = re.compile(r"^``--([\w.-]+)``(?: \| ``--no-[\w.-]+``)? \(([^)]*)\)\s*$")
_SYNOPSIS = re.compile(r"^\[?--([\w.-]+)(?: <value>| \| --no-[\w.-]+)?\]?$")
_MEMBER = re.compile(r"^(\w[\w.:-]*) -> \(([^)]*)\)\s*$")


@dataclass(frozen=True)
class Finding:
    page: str
    structural: bool
    where: str  # "option --session-id", "output StreamUrl", "description"
    message: str

    def line(self) -> str:
        kind = "STRUCTURE" if self.structural else "text"
        return f"{self.page}: {kind}: {self.where}: {self.message}"


@dataclass
class ParsedPage:
    """What a published page says, in the terms the comparison needs."""

    command: str = ""
    description: list[tuple[str, str]] = field(default_factory=list)  # (label, RST)
    synopsis: dict[str, bool] = field(default_factory=dict)  # option -> required
    options: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> (type, RST)
    output: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> (type, RST)


def _sections(text: str) -> dict[str, str]:
    matches = list(_HEADING.finditer(text))
    sections: dict[str, str] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        sections[match.group(2).strip()] = text[match.end() : end]
    return sections


def _clean(lines: list[str]) -> str:
    """Right-strip, drop blank-line runs and surrounding blank lines."""
    return normalise("\n".join(lines))


def _blocks(rst: str) -> list[tuple[str, str]]:
    """Split description RST into top-level blocks: paragraphs and admonitions."""
    blocks: list[tuple[str, list[str]]] = []
    for line in rst.split("\n"):
        directive = re.match(r"^\.\. (\w+)::", line)
        if directive:
            blocks.append((f"description {directive.group(1)}", [line]))
        elif line and not line[0].isspace() and (not blocks or blocks[-1][0] != "description"):
            blocks.append(("description", [line]))
        elif blocks:
            blocks[-1][1].append(line)
        elif line.strip():
            blocks.append(("description", [line]))
    return [(label, _clean(lines)) for label, lines in blocks]


def _entries(body: str, pattern: re.Pattern[str]) -> dict[str, tuple[str, str]]:
    """Column-0 entries (``--opt`` headings, ``Name -> (type)``) with their bodies."""
    entries: dict[str, tuple[str, list[str]]] = {}
    current: list[str] | None = None
    for line in body.split("\n"):
        match = pattern.match(line)
        if match:
            current = []
            entries[match.group(1)] = (match.group(2), current)
        elif line.startswith("See :doc:"):
            current = None
        elif current is not None:
            current.append(line)
    return {name: (kind, _clean(lines)) for name, (kind, lines) in entries.items()}


def parse_page(text: str) -> ParsedPage:
    page = ParsedPage()
    title = re.search(r"^\*+\n([^\n]+)\n\*+$", text, re.MULTILINE)
    page.command = title.group(1).strip() if title else ""
    sections = _sections(text)
    description: list[str] = []
    for line in sections.get("Description", "").split("\n"):
        if line.startswith(("See also:", "See :doc:")):
            break
        description.append(line)
    page.description = _blocks(_clean(description))
    for line in sections.get("Synopsis", "").split("\n"):
        match = _SYNOPSIS.match(line.strip())
        if match and line.startswith("  "):
            page.synopsis[match.group(1)] = not line.strip().startswith("[")
    page.options = _entries(sections.get("Options", ""), _OPTION)
    page.output = _entries(sections.get("Output", ""), _MEMBER)
    return page


def model_page(page: DocsPage) -> ParsedPage:
    """The page the model renders, in the same terms (parsed from its own blocks)."""
    parsed = ParsedPage(command=page.command, description=_blocks(page.description))
    for option in page.options:
        match = _OPTION.match(option.heading)
        assert match, option.heading
        parsed.synopsis[match.group(1)] = not option.synopsis.startswith("[")
        parsed.options[match.group(1)] = (match.group(2), _clean(option.body.split("\n")))
    parsed.output = _entries(page.output, _MEMBER)
    return parsed


def word_diff(old: str, new: str, context: int = 6) -> str:
    """``… a [-old words-]{+new words+} b …`` with a few words of context."""
    a, b = old.split(), new.split()
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    opcodes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            if (
                len(words) > 2 * context
                or (first and len(words) > context)
                or (last and len(words) > context)
            ):
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                parts.extend([*head, "…", *tail])
            else:
                parts.extend(words)
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(parts)


def _text(findings: list[Finding], page: str, where: str, old: str, new: str) -> None:
    if old.split() != new.split():
        findings.append(Finding(page, False, where, word_diff(old, new)))


def compare(name: str, published: ParsedPage, model: ParsedPage) -> list[Finding]:
    findings: list[Finding] = []

    def structural(where: str, message: str) -> None:
        findings.append(Finding(name, True, where, message))

    for option in published.options.keys() - model.options.keys():
        structural(f"option --{option}", "published but not in the model")
    for option in model.options.keys() - published.options.keys():
        structural(f"option --{option}", "in the model but not published")
    for option in published.synopsis.keys() & model.synopsis.keys():
        was_required, now_required = published.synopsis[option], model.synopsis[option]
        if was_required != now_required:
            word = {True: "required", False: "optional"}
            structural(
                f"option --{option}",
                f"published {word[was_required]}, model {word[now_required]}",
            )
    for option in sorted(published.options.keys() & model.options.keys()):
        (was_type, was_text), (now_type, now_text) = (
            published.options[option],
            model.options[option],
        )
        if was_type != now_type:
            structural(f"option --{option}", f"type published ({was_type}), model ({now_type})")
        _text(findings, name, f"option --{option}", was_text, now_text)
    for member in published.output.keys() - model.output.keys():
        structural(f"output {member}", "published but not in the model")
    for member in model.output.keys() - published.output.keys():
        structural(f"output {member}", "in the model but not published")
    for member in [m for m in model.output if m in published.output]:
        (was_type, was_text), (now_type, now_text) = (
            published.output[member],
            model.output[member],
        )
        if was_type != now_type:
            structural(f"output {member}", f"type published ({was_type}), model ({now_type})")
        _text(findings, name, f"output {member}", was_text, now_text)
    was_blocks, now_blocks = published.description, model.description
    if [label for label, _ in was_blocks] != [label for label, _ in now_blocks]:
        _text(
            findings,
            name,
            "description",
            "\n".join(t for _, t in was_blocks),
            "\n".join(t for _, t in now_blocks),
        )
    else:
        for (label, was), (_, now) in zip(was_blocks, now_blocks, strict=True):
            _text(findings, name, label, was, now)
    order = {"description": 0, "option": 1, "output": 2}
    findings.sort(key=lambda f: (not f.structural, order.get(f.where.split()[0], 3)))
    return findings


def published_pages(config: Config, root: Path | None = None) -> Iterator[tuple[str, Path]]:
    """Published pages of the configured services, or of every service there is a
    folder for when no service is configured."""
    root = reference_dir() if root is None else root
    names = [s.name for s in config.services]
    if not names and root.is_dir():
        names = sorted(p.name for p in root.iterdir() if p.is_dir())
    for name in names:
        folder = root / name
        if folder.is_dir():
            for path in sorted(folder.glob("*.rst")):
                yield name, path


def check_service(service_name: str, pages: list[Path], model_path: Path | None) -> list[Finding]:
    loaded = load_service(service_name, model_path)
    by_command = {naming.cli_option(op): op for op in loaded.service_model.operation_names}
    findings: list[Finding] = []
    wanted: dict[Path, str] = {}
    for path in pages:
        shown = display_path(path)
        command = path.stem
        if command not in by_command:
            findings.append(Finding(shown, True, "command", f"'{command}' is not in the model"))
        else:
            wanted[path] = by_command[command]
    if not wanted:
        return findings
    service = build_service(loaded, sorted(set(wanted.values())))
    for path, op_name in wanted.items():
        page = docs_page(service, service.operation(op_name), None, LEGACY)
        text = path.read_text(encoding="utf-8")
        findings += compare(display_path(path), parse_page(text), model_page(page))
    return findings


def run_crosscheck(
    config: Config,
    *,
    model_path: Path | None,
    strict: bool,
    summary: bool,
    reference: Path | None = None,
) -> int:
    grouped: dict[str, list[Path]] = {}
    for service_name, path in published_pages(config, reference):
        grouped.setdefault(service_name, []).append(path)
    if model_path is not None and len(grouped) > 1:
        raise GeneratorError("--model names one service-2.json; the config names several")
    findings: list[Finding] = []
    for service_name, paths in grouped.items():
        findings += check_service(service_name, paths, model_path)
    pages = sum(len(paths) for paths in grouped.values())
    structural = [f for f in findings if f.structural]
    text = [f for f in findings if not f.structural]
    head = (
        f"crosscheck: {pages} published page(s): {len(structural)} structural drift, "
        f"{len(text)} text drift"
    )
    print(head)
    for finding in findings:
        if summary:
            print("  " + finding.line()[:300])
        else:
            print("  " + finding.line())
    if structural or (strict and text):
        return 1
    return 0

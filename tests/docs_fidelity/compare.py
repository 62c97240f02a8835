"""One page against awscli's: normalisation, alignment and the cause of each difference.

Both pages are normalised as ``tests/test_docs_page.normalise`` does (trailing
whitespace stripped, runs of blank lines collapsed). In the legacy layout awscli's page
is first cut to the published page's frame (no ``.. meta::`` block, no global options
in the synopsis, no Global Options or Examples section) and the two "See 'aws help'"
lines the published page has (awscli's html target writes none) are left out of ours.

Lines are aligned with difflib; each differing stretch is given the cause of the rules
that recognise it (``classify``). A rule recognises one exact kind of difference
(our escape, or one named defect of awscli's markup that our writer repairs); a
stretch no rule recognises is ``other``. Causes in ``ALLOWED`` are listed differences
(README): a page whose differences are all allowed counts as equal.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

GLOBAL_OPTIONS = (
    "debug",
    "endpoint-url",
    "no-verify-ssl",
    "no-paginate",
    "output",
    "query",
    "profile",
    "region",
    "version",
    "color",
    "no-sign-request",
    "ca-bundle",
    "cli-read-timeout",
    "cli-connect-timeout",
    "v2-debug",
)
BOOLEAN_GLOBALS = frozenset(
    {"debug", "no-verify-ssl", "no-paginate", "no-sign-request", "v2-debug"}
)
GLOBAL_SYNOPSIS = tuple(
    f"  [--{name}]" if name in BOOLEAN_GLOBALS else f"  [--{name} <value>]"
    for name in GLOBAL_OPTIONS
)


def normalise(text: str) -> list[str]:
    """Trailing whitespace stripped per line, runs of blank lines collapsed (as
    ``tests/test_docs_page.normalise``)."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line and out and not out[-1]:
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


def _is_title(lines: Sequence[str], index: int, title: str) -> bool:
    return (
        0 < index < len(lines) - 1
        and lines[index] == title
        and lines[index - 1].startswith("=")
        and lines[index + 1].startswith("=")
    )


def _drop_section(lines: list[str], title: str) -> list[str]:
    for index in range(len(lines)):
        if _is_title(lines, index, title):
            end = next(
                (
                    j - 1
                    for j in range(index + 2, len(lines))
                    if lines[j - 1].startswith("=")
                    and j + 1 < len(lines)
                    and lines[j + 1].startswith("=")
                    and lines[j]
                ),
                len(lines),
            )
            return lines[: index - 1] + lines[end:]
    return lines


def legacy_view(awscli_text: str) -> list[str]:
    """awscli's page in the published page's frame."""
    lines = normalise(awscli_text)
    out: list[str] = []
    skipping_meta = False
    for line in lines:
        if line == ".. meta::":
            skipping_meta = True
            continue
        if skipping_meta:
            if line.startswith(" ") or not line:
                continue
            skipping_meta = False
        out.append(line)
    # The global options end the synopsis, in the driver's order.
    for index in range(len(out) - len(GLOBAL_SYNOPSIS) + 1):
        if tuple(out[index : index + len(GLOBAL_SYNOPSIS)]) == GLOBAL_SYNOPSIS:
            out = out[:index] + out[index + len(GLOBAL_SYNOPSIS) :]
            break
    out = _drop_section(out, "Global Options")
    out = _drop_section(out, "Examples")
    return normalise("\n".join(out))


def our_legacy_view(text: str) -> list[str]:
    return normalise(
        "\n".join(line for line in text.splitlines() if not line.startswith("See :doc:"))
    )


# -- rules ---------------------------------------------------------------------------------


def canonical(line: str) -> str:
    """Without our escapes and without spaces (awscli leaves stray spaces before closing
    ``**``/```` `` ```` that make docutils warn; we drop them)."""
    return re.sub(r"\\(.)", r"\1", line).replace(" ", "")


# (awscli's lines, ours, awscli's whole page) -> whether the rule recognises them.
Rule = Callable[[Sequence[str], Sequence[str], str], bool]


def _pairwise(test: Callable[[str, str], bool]) -> Rule:
    def rule(theirs: Sequence[str], ours: Sequence[str], page: str) -> bool:
        return len(theirs) == len(ours) and all(
            x == y or test(x, y) for x, y in zip(theirs, ours, strict=True)
        )

    return rule


def _escape(x: str, y: str) -> bool:
    return canonical(x) == canonical(y)


def _link_in_literal(x: str, y: str) -> bool:
    # awscli's literal around a link (``` `` `text <url>`__`` ```): stray backquotes.
    return canonical(re.sub(r"`__\s*``", "`__", x.replace("`` `", " `"))) == canonical(y)


def _dropped_backslash(x: str, y: str) -> bool:
    # awscli drops a backslash of the model's text (``^\d+$`` shows as ``^d+$``).
    return canonical(y).replace("\\", "") == canonical(x).replace("\\", "") and "\\" in y


# awscli's writer, given a link whose text holds markup (``<a>see <i>Guide</i></a>``),
# writes the text and the URL without angle brackets and a named target for the URL
# further down: `` ` *Guide* https://x`__ `` and ``.. _https://x: https://x``. Ours
# keeps the link: `` ` Guide <https://x>`__ ``. The same for a relative target
# (location: `` ` ``CalculateRoutes`` /location/...html`__ ``; scheduler's and kms'
# ``kinesis/latest/...``, with no leading slash), which ours then writes
# as text (the relative-link rule).
_URL = r"(?:https?://|/|[a-z][\w.-]*/)[^\s`<>]+"
_LOST_LINK = re.compile(rf"`([^`<>]*?(?:``[^`]*``[^`<>]*?)?) ({_URL})`__")
_STRAY_TARGET = re.compile(rf"\.\. _({_URL}): ({_URL})\Z")


def _lost_link(x: str, y: str) -> bool:
    repaired = _LOST_LINK.sub(
        lambda m: "`" + m.group(1).replace("*", "") + " <" + m.group(2) + ">`__", x
    )
    return repaired != x and canonical(repaired) == canonical(y)


def _stray_targets(theirs: Sequence[str], ours: Sequence[str], page: str) -> bool:
    """awscli's named target after a link it lost (see above), whose URL its page shows
    in the lost form; ours has none."""
    targets = [line for line in theirs if line]
    if [line for line in ours if line] or not targets:
        return False
    for target in targets:
        match = _STRAY_TARGET.match(target)
        if not match or match[1] != match[2] or f" {match[1]}`__" not in page:
            return False
    return True


# docutils refuses lines over 10,000 characters; our writer wraps them (README), awscli
# writes one line (long enum lists in JSON Syntax blocks).
LINE_LIMIT = 10_000


def _wrapped(theirs: Sequence[str], ours: Sequence[str], page: str) -> bool:
    return any(len(line) > LINE_LIMIT for line in theirs) and canonical(
        "".join(theirs)
    ) == canonical("".join(ours))


# A link to a relative target (``<a href="/AmazonS3/...">``): awscli writes the link, our
# writer writes its text only (README: only http(s) and mailto targets become links).
# The text may hold one literal (a lost link's, repaired: `` ` ``Geocode`` </l/x>`__ ``).
_RELATIVE_LINK = re.compile(r"`([^`<>]*?(?:``[^`]*``[^`<>]*?)?) <(?![a-z][a-z0-9+.-]*:)[^<>`]*>`__")


def _relative_link(x: str, y: str) -> bool:
    plain = _RELATIVE_LINK.sub(lambda m: " " + m.group(1), x)
    return plain != x and canonical(plain) == canonical(y)


# Inline markup nested in other inline markup, which RST cannot nest and awscli writes
# anyway (shown with stray asterisks); ours keeps one level. Each form exactly:
#   <i><b>x</b></i>    awscli ``* **x** *``        ours ``*x*``
#   <b>a <i>b</i></b>  awscli ``**a *b* **``       ours ``**a b**``
#   <b>a <code>b</code></b>  awscli ``**a ``b`` **``   ours ``a ``b``
#   <i><a>x</a></i>    awscli ``* `x <u>`__ *``    ours `` `x <u>`__ ``
_NESTED = re.compile(r"(\*\*?) (\*\*?)([^*\s][^*]*?)\2 \1")
# <i>a <i>b</i></i>: awscli ``*a *b* *``, ours ``*a b*``.
# <i>a <i>b</i>.</i> (swf): awscli ``*a *b* .*``, ours ``*a b .*``.
_EMPHASIS_IN_EMPHASIS = re.compile(r"(?<!\*)\*([^*]+?) \*([^*\s][^*]*)\* ([^*\s]*)\*(?!\*)")
_STRONG = re.compile(r"\*\*((?:[^*]|\*(?!\*))+?)\*\*")
_EMPHASISED_LINK = re.compile(r"\*\*? (`[^`]+`__) \*\*?")
# <i>a <a href="u">x</a> b</i>: awscli ``*a `x <u>`__ b*`` (the link shows as text),
# ours ``a `x <u>`__ b`` (kendra's Web Crawler note).
_MARKUP_HOLDING_LINK = re.compile(
    r"(?<![*\w\\])(\*\*?)(?=[^*\s])((?:[^*`]*`[^`<>]+ <[^<>`\s]+>`__)+[^*`]*?)(?<=\S)\1(?![*\w])"
)
# <i>a/<b>b</b>/c</i>: awscli ``*a/**b** /c*``, ours ``*a/b /c*`` (kendra's Slack URL;
# servicecatalog's ``<i>role/<b>*</b>/Name</i>``: awscli ``*role/***** /Name*``).
_STRONG_IN_EMPHASIS = re.compile(
    r"(?<![*\\])\*(?=[^*\s])([^*]*?)\*\*([^*\s][^*]*?|\*)\*\*([^*]*?)(?<=\S)\*(?!\*)"
)


def _flatten_strong(match: re.Match[str]) -> str:
    inner = match.group(1)
    if "``" in inner:
        return inner
    return "**" + inner.replace("*", "") + "**"


def _nested_markup(x: str, y: str) -> bool:
    flat = _NESTED.sub(lambda m: m.group(1) + m.group(3) + m.group(1), x)
    flat = _STRONG.sub(_flatten_strong, flat)
    flat = _EMPHASISED_LINK.sub(lambda m: " " + m.group(1) + " ", flat)
    return flat != x and canonical(flat) == canonical(y)


# A link with an empty target (``<a href="">text</a>``): awscli writes an opening
# backquote and no end (`` `text``, an unclosed reference); ours the text alone.
_LONE_BACKQUOTE = re.compile(r"(?<=\s)`(?!`)(?![^`]*`__)")


def _empty_link(x: str, y: str) -> bool:
    return any(
        canonical(x[: m.start()] + x[m.end() :]) == canonical(y)
        for m in _LONE_BACKQUOTE.finditer(x)
    )


# A link whose text holds emphasis after plain text (``<a>x in the <i>Guide</i></a>``):
# awscli keeps the URL and the emphasis, which RST cannot nest in a reference; ours
# writes the text plain.
_LINK_WITH_EMPHASIS = re.compile(r"`([^`<>]*\*[^`<>]*) (<https?://[^\s`<>]+)\s*(>`__)")


def _link_emphasis(x: str, y: str) -> bool:
    plain = _LINK_WITH_EMPHASIS.sub(
        lambda m: "`" + m.group(1).replace("*", "") + " " + m.group(2) + m.group(3), x
    )
    return plain != x and canonical(plain) == canonical(y)


# Line repairs, each as a transformation of awscli's line into ours (before canonical()).
def _lost_link_fix(x: str) -> str:
    return _LOST_LINK.sub(
        lambda m: "`" + m.group(1).replace("*", "") + " <" + m.group(2) + ">`__", x
    )


# awscli's literal around a link and the text after it (``<code><a>E</a>.Address</code>``:
# `` `` `E <u>`__ .Address`` ``); ours writes both plain (RST nests no link in a literal).
_LINK_AND_TEXT_IN_LITERAL = re.compile(r"``\s*(`[^`<>]*<[^<>`\s]+>`__)([^`]*?)``")


def _link_in_literal_fix(x: str) -> str:
    x = _LINK_AND_TEXT_IN_LITERAL.sub(lambda m: " " + m.group(1) + m.group(2), x)
    return re.sub(r"`__\s*``", "`__", x.replace("`` `", " `"))


def _nested_fix(x: str) -> str:
    flat = _NESTED.sub(lambda m: m.group(1) + m.group(3) + m.group(1), x)
    flat = _STRONG.sub(_flatten_strong, flat)
    flat = _EMPHASIS_IN_EMPHASIS.sub(
        lambda m: "*" + m.group(1) + " " + m.group(2) + " " + m.group(3) + "*", flat
    )
    flat = _STRONG_IN_EMPHASIS.sub(lambda m: "*" + m.group(1) + m.group(2) + m.group(3) + "*", flat)
    flat = _MARKUP_HOLDING_LINK.sub(lambda m: m.group(2), flat)
    return _EMPHASISED_LINK.sub(lambda m: " " + m.group(1) + " ", flat)


def _relative_link_fix(x: str) -> str:
    return _RELATIVE_LINK.sub(lambda m: " " + m.group(1), x)


def _link_emphasis_fix(x: str) -> str:
    return _LINK_WITH_EMPHASIS.sub(
        lambda m: "`" + m.group(1).replace("*", "") + " " + m.group(2) + m.group(3), x
    )


def _empty_link_fix(x: str) -> str:
    return _LONE_BACKQUOTE.sub("", x)


# <code> </code>: awscli writes an empty literal (`` '```` ' ``, a start-string without
# end-string for docutils), ours the space as text (cloudtrail's ``('<code> </code>')``);
# the same for <b> </b> (machinelearning's ``Evaluation``  ****  ``Name``).
_EMPTY_LITERAL = re.compile(r"(?<![`*\\])(?:````|\*\*\*\*)(?![`*])")


def _empty_literal_fix(x: str) -> str:
    return _EMPTY_LITERAL.sub("", x)


def _hidden_fix(x: str) -> str:
    """Hidden characters (format and control characters: a word joiner, a
    bidirectional mark) as our writer shows them, as escape text (README)."""
    return "".join(
        f"\\\\u{ord(ch):04x}" if ch != "\t" and unicodedata.category(ch) in ("Cf", "Cc") else ch
        for ch in x
    )


ESCAPE = "escape"
LINE_FIXES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("repair: link inside a literal", _link_in_literal_fix),
    ("repair: link text holding markup (awscli loses the URL)", _lost_link_fix),
    ("repair: emphasis inside a link's text", _link_emphasis_fix),
    ("relative link target written as text", _relative_link_fix),
    ("repair: empty link target (awscli's unclosed backquote)", _empty_link_fix),
    ("repair: nested inline markup (awscli's stray asterisks)", _nested_fix),
    ("hidden character shown as an escape", _hidden_fix),
    ("repair: markup holding only a space (awscli's empty literal)", _empty_literal_fix),
)
BACKSLASH = "repair: backslash awscli drops"


def line_causes(x: str, y: str) -> set[str] | None:
    """The fewest repairs that turn awscli's line into ours (empty: equal or escapes
    only), or None when none do. Repairs apply one after another, since one line can
    hold several of awscli's defects; each is tried with and without, since a repair
    can also match what is not its defect (eks: the empty-link repair takes the opening
    backquote of the model's own `` `IPv6` `` for a lone one)."""
    if x == y or canonical(x) == canonical(y):
        return set()
    target = canonical(y)
    best: set[str] | None = None

    def search(line: str, index: int, causes: frozenset[str]) -> None:
        nonlocal best
        if best is not None and len(causes) >= len(best):
            return
        if canonical(line) == target:
            best = set(causes)
            return
        if index == len(LINE_FIXES):
            if _dropped_backslash(line, y):
                best = set(causes | {BACKSLASH})
            return
        name, fix = LINE_FIXES[index]
        fixed = fix(line)
        if fixed != line:
            search(fixed, index + 1, causes | {name})
        search(line, index + 1, causes)

    search(x, 0, frozenset())
    return best


def _line_rule(theirs: Sequence[str], ours: Sequence[str]) -> str | None:
    if len(theirs) != len(ours):
        return None
    causes: set[str] = set()
    for x, y in zip(theirs, ours, strict=True):
        found = line_causes(x, y)
        if found is None:
            return None
        causes |= found
    return " + ".join(sorted(causes)) or ESCAPE


STRAY = "repair: link text holding markup (awscli's stray target)"
WRAPPED = "repair: line over docutils' limit wrapped"
BETWEEN_ITEMS = "repair: text between list items joins the item before"
ALLOWED = frozenset(
    {
        ESCAPE,
        BACKSLASH,
        STRAY,
        WRAPPED,
        BETWEEN_ITEMS,
        "the generated CLI's own global options",  # OWN_GLOBALS, the current layout
        *(name for name, _ in LINE_FIXES),
    }
)


def allowed(cause: str) -> bool:
    """A listed cause, or several listed causes in one stretch (``a + b``)."""
    return all(part in ALLOWED for part in cause.split(" + "))


@dataclass
class Difference:
    cause: str
    theirs: list[str]
    ours: list[str]


@dataclass
class PageResult:
    exact: bool
    differences: list[Difference] = field(default_factory=list)

    @property
    def causes(self) -> list[str]:
        return sorted({d.cause for d in self.differences})

    @property
    def equal(self) -> bool:
        return all(allowed(d.cause) for d in self.differences)


CUSTOMISED = "awscli customises the option (not reproduced)"
OUTPUT_CUSTOMISED = "awscli customises the Output section (not reproduced)"
OUTPUT = "(Output)"
DESCRIPTION_CUSTOMISED = "awscli adds to the description (not reproduced)"
DESCRIPTION = "(Description)"
# A synopsis line or an option's heading: the option it names.
_OPTION = re.compile(r"\s*\[?<?-?-?([a-z0-9-]+)(?: <value>|>)|``-?-?([a-z0-9-]+)``")
_HEADING = re.compile(r"``-?-?([a-z0-9-]+)``(?: \||\s\()")


def options_named(lines: Sequence[str]) -> set[str]:
    names = set()
    for line in lines:
        match = _OPTION.match(line)
        if match:
            names.add(match[1] or match[2])
    return names


def _section_option(lines: Sequence[str], index: int) -> str | None:
    """The option whose Options entry holds line ``index`` (None before the first)."""
    for j in range(min(index, len(lines) - 1), -1, -1):
        if lines[j] in ("Options", "Output") and j and lines[j - 1].startswith("="):
            return OUTPUT if lines[j] == "Output" else None
        match = _HEADING.match(lines[j])
        if match:
            return match[1]
    return None


def _first_text(lines: Sequence[str]) -> int:
    return next(index for index, line in enumerate(lines) if line)


def _owner(lines: Sequence[str], index: int) -> str | None:
    """``DESCRIPTION`` before the Synopsis heading, else ``_section_option``."""
    if any(_is_title(lines, j, "Synopsis") for j in range(index + 1, len(lines) - 1)):
        return DESCRIPTION
    return _section_option(lines, index)


_BULLET = re.compile(r"\s*\* ")


def _items(lines: Sequence[str], *, joined: bool) -> list[str] | None:
    """The list items of a stretch, each with the text after it joined on (awscli's
    unindented lines after a bullet), or None if a line is outside an item."""
    items: list[str] = []
    for line in lines:
        if not line:
            continue
        if _BULLET.match(line):
            items.append(line.strip())
        elif joined and items:
            items[-1] += " " + line.strip()
        else:
            return None
    return items


def _between_items(theirs: Sequence[str], ours: Sequence[str], page: str) -> bool:
    """awscli writes text between list items (es: ``<li>a</li> more <li>b</li>``) on the
    lines after the bullet, unindented, which docutils rejects; ours joins it to the item
    before (``generator/doctree``)."""
    mine = _items(ours, joined=False)
    their = _items(theirs, joined=True)
    if not mine or their is None or len(their) != len(mine):
        return False
    if all(_BULLET.match(line) or not line for line in theirs):
        return False  # nothing was between the items
    return all(canonical(x) == canonical(y) for x, y in zip(their, mine, strict=True))


def classify(
    theirs: Sequence[str],
    ours: Sequence[str],
    page: str = "",
    customised: frozenset[str] = frozenset(),
    owners: Sequence[str | None] = (),
    output_customised: bool = False,
    description_customised: bool = False,
) -> str:
    found = _line_rule(theirs, ours)
    if found:
        return found
    if _stray_targets(theirs, ours, page):
        return STRAY
    if _wrapped(theirs, ours, page):
        return WRAPPED
    if _between_items(theirs, ours, page):
        return BETWEEN_ITEMS
    if own_globals(theirs, ours):  # only the current layout has global options
        return OWN_GLOBALS
    # Explained, not allowed: a stretch in the synopsis line or the Options entry of an
    # option awscli's own argument-table handlers add, replace, rename or remove.
    named = options_named([*theirs, *ours]) | {o for o in owners if o and o != DESCRIPTION}
    if named and named <= customised:
        return CUSTOMISED
    # A stretch of the Output section (or lines only awscli's has there) where awscli
    # has a doc-output handler.
    if output_customised and tuple(owners) in ((OUTPUT, OUTPUT), (OUTPUT, None)):
        return OUTPUT_CUSTOMISED
    # Lines awscli adds to the description (a doc-description handler of its own).
    if description_customised and tuple(owners) in ((DESCRIPTION, None), (DESCRIPTION,) * 2):
        return DESCRIPTION_CUSTOMISED
    return "other"


LARGE_PAGE = 2_000  # lines


def compare(
    theirs: list[str],
    ours: list[str],
    customised: frozenset[str] = frozenset(),
    output_customised: bool = False,
    description_customised: bool = False,
) -> PageResult:
    if theirs == ours:
        return PageResult(exact=True)
    result = PageResult(exact=False)
    page = "\n".join(theirs)
    # difflib without its junk heuristic is quadratic in lines that repeat (blank lines,
    # "(string)"): 143 s for a wafv2 page of 29,000 lines, 0.4 s with it, and the same
    # differences. Pages that size take the heuristic; the others keep exact alignment.
    large = min(len(theirs), len(ours)) > LARGE_PAGE
    matcher = difflib.SequenceMatcher(a=theirs, b=ours, autojunk=large)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a, b = theirs[i1:i2], ours[j1:j2]
        # awscli's stray targets at the end of a stretch (the page's last lines, right
        # after the line whose link it lost) are a difference of their own.
        cut = len(a)
        while cut and (not a[cut - 1] or _STRAY_TARGET.match(a[cut - 1])):
            cut -= 1
        if cut < len(a) and _stray_targets(a[cut:], [], page):
            result.differences.append(Difference(STRAY, a[cut:], []))
            a = a[:cut]
            if not a and not b:
                continue
        # The option whose entry the stretch's first line of text is in (a blank line
        # before an option's heading belongs to no entry).
        owners = (
            (_owner(theirs, i1 + _first_text(a)) if any(a) else None),
            (_owner(ours, j1 + _first_text(b)) if any(b) else None),
        )
        cause = classify(a, b, page, customised, owners, output_customised, description_customised)
        result.differences.append(Difference(cause, a, b))
    return result


# -- the current layout --------------------------------------------------------------------

# The one difference of the current layout's frame: the generated CLI's own global
# options (no --v2-debug, which is awscli's; --cli-strict-validation, which is ours:
# README), in the synopsis and the Global Options section.
OWN_GLOBALS = "the generated CLI's own global options"
_THEIR_GLOBALS = ("[--v2-debug]", "``--v2-debug`` (boolean)", "Enable AWS CLI v2 migration")
_OUR_GLOBALS = (
    "[--cli-strict-validation]",
    "``--cli-strict-validation`` (boolean)",
    "Also refuse, before any request,",
)


def own_globals(theirs: Sequence[str], ours: Sequence[str]) -> bool:
    """A stretch of awscli's --v2-debug lines against ours for --cli-strict-validation."""

    def only(lines: Sequence[str], starts: tuple[str, ...]) -> bool:
        return all(not line or line.strip().startswith(starts) for line in lines)

    return bool([*theirs, *ours]) and only(theirs, _THEIR_GLOBALS) and only(ours, _OUR_GLOBALS)

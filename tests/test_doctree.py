"""generator.doctree: HTML parsed once, rendered to awscli's RST (escaped) and to text."""

from __future__ import annotations

import io
from functools import cache

import docutils.core
import pytest
from awscli.bcdoc.restdoc import ReSTDocument
from botocore.loaders import Loader
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.doctree import Doc, Element, Text, parse_html
from generator.doctree.escape import rst_text
from generator.doctree.rst import normalise

RESUME_DOC = (
    "<p>Reconnects a session to a managed node after it has been disconnected.</p> "
    "<note> <p>This command is primarily for use by client machines. It isn't intended "
    "for any other use.</p> </note>"
)


def awscli_rst(html: str, indent: int = 2) -> str:
    """What awscli 1.45.11 writes for ``html`` at ``indent`` spaces, normalised."""
    doc = ReSTDocument(target="html")
    doc.style.indentation = indent // 2
    doc.write("\n" + " " * indent)
    doc.include_doc_string(html)
    return normalise(doc.getvalue().decode("utf-8"))


def docutils_messages(rst: str) -> str:
    stream = io.StringIO()
    docutils.core.publish_doctree(
        "Title\n=====\n\nx\n\n" + rst + "\n",
        settings_overrides={"warning_stream": stream, "report_level": 2, "halt_level": 5},
    )
    return stream.getvalue()


@cache
def ssm_docs() -> list[str]:
    model = Loader().load_service_model("ssm", "service-2")
    docs = [model.get("documentation", "")]
    docs += [op.get("documentation", "") for op in model["operations"].values()]
    for shape in model["shapes"].values():
        docs.append(shape.get("documentation", ""))
        docs += [ref.get("documentation", "") for ref in shape.get("members", {}).values()]
    return sorted({doc for doc in docs if doc})


def test_tree_is_frozen_and_hashable() -> None:
    doc = parse_html(RESUME_DOC)
    assert doc == parse_html(RESUME_DOC)
    assert hash(doc) == hash(parse_html(RESUME_DOC))
    assert isinstance(doc.nodes[0], Element) and doc.nodes[0].tag == "p"
    with pytest.raises(AttributeError):
        doc.nodes = ()  # type: ignore[misc]


def test_unknown_tags_are_transparent_and_fullname_dropped() -> None:
    doc = parse_html("<p>a <span>b</span> <dl><dt>c</dt></dl><fullname>X</fullname></p>")
    assert doc.to_rst() == "a b c"
    assert doc.to_text() == "a b c"
    assert parse_html("<fullname>Only</fullname>").to_text() == ""
    assert not parse_html("<p> </p>") and not parse_html("") and parse_html("x")


def test_resume_session_description_matches_awscli() -> None:
    assert parse_html(RESUME_DOC).to_rst(0) == awscli_rst(RESUME_DOC, 0)
    assert parse_html(RESUME_DOC).to_rst(0).splitlines() == [
        "Reconnects a session to a managed node after it has been disconnected.",
        "",
        ".. note::",
        "",
        "  This command is primarily for use by client machines. It isn't intended for any "
        "other use.",
    ]


@pytest.mark.parametrize(
    ("html", "rst"),
    [
        ("<p>use <code>x</code>.</p>", "use ``x`` ."),
        ("<p><b>bold</b> and <i>it</i></p>", "**bold** and *it*"),
        (
            '<p>see <a href="https://e.x/a">the: guide</a></p>',
            r"see `the\: guide <https://e.x/a>`__",
        ),
        ('<a href="https://e.x/"></a>', "`<https://e.x/>`__"),
        ("<p>a</p><ul><li>one</li><li>two</li></ul>", "a\n\n* one\n\n* two"),
        ("<important><p>careful</p></important>", ".. warning::\n\n  careful"),
        ("<p><code>wss://h.<b>region</b>.com</code></p>", "``wss://h.**region** .com``"),
        ("<b/>x", "x"),
    ],
)
def test_markup_matches_awscli(html: str, rst: str) -> None:
    assert parse_html(html).to_rst(2) == "\n".join(
        ("  " + line if line else "") for line in rst.split("\n")
    )
    assert parse_html(html).to_rst(2) == awscli_rst(html)


def test_hanging_first_line_as_after_an_option_heading() -> None:
    assert parse_html("Plain text.").to_rst(2, hanging=True) == "Plain text."
    assert parse_html("<p>Para.</p>").to_rst(2, hanging=True) == "  Para."


def test_to_text_has_no_markup() -> None:
    html = (
        "<p>Use <code>x</code> and <b>y</b>.</p> <ul> <li> <p>one</p> </li> <li>two "
        '<ul><li>deep</li></ul></li> </ul> <note><p>see <a href="https://e.x/">docs</a></p></note>'
    )
    assert parse_html(html).to_text() == (
        "Use x and y.\n\n- one\n- two\n\n  - deep\n\nsee docs (https://e.x/)"
    )


def test_text_nested_lists_are_between_blank_lines_as_rst_needs() -> None:
    # ssm CommandFilter.value: an item holding a list, then another item (Sphinx's
    # autodoc read it as a block quote ending without a blank line).
    html = "<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>"
    text = parse_html(html).to_text()
    assert text == "- a\n\n  - a1\n  - a2\n\n- b"
    assert docutils_messages(text) == ""


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words, (input|output) a*b 2 * 3 x_y", "plain words, (input|output) a*b 2 * 3 x_y"),
        ("(*) and '*' and [|]", "(*) and '*' and [|]"),
        ("*emphasis start", r"\*emphasis start"),
        ("a |sub| b", r"a \|sub| b"),
        ("`quoted` text", r"\`quoted` text"),
        ("[a-zA-Z0-9_.-]", r"[a-zA-Z0-9\_.-]"),
        ("see target_ now", r"see target\_ now"),
        ("anon__", r"anon\_\_"),
        (r"C:\path", r"C:\\path"),
        (".. note:: x", r"\.. note:: x"),
        ("- not a bullet", r"\- not a bullet"),
        ("1. not a list", r"\1. not a list"),
        (":field: no", r"\:field: no"),
        ("---- no transition", r"\---- no transition"),
        ("ends with::", r"ends with:\:"),
    ],
)
def test_rst_text_escapes_only_markup(text: str, escaped: str) -> None:
    assert rst_text(text) == escaped
    assert not docutils_messages(escaped)


def test_rst_text_mid_line_is_not_a_block_start() -> None:
    assert rst_text("- x", "see ") == "- x"
    assert rst_text(".. x", "a ") == ".. x"


HOSTILE = [
    "*a", "**b", "`c", "``d", "|e", "_`f`", "g_", "[1]_", "h__", "\\", ".. i", "- j",
    "2. k", ":l: m", "==== n", "o::", "| p", ">>> q", "*", "a * b *c* d", "x|y |z",
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(HOSTILE).map(lambda t: f"<p>{t}</p>"),
            st.sampled_from(HOSTILE).map(lambda t: f"<b>{t}</b> "),
            st.sampled_from(HOSTILE).map(lambda t: f"<i>{t}</i>"),
            st.sampled_from(HOSTILE).map(lambda t: f"<code>{t}</code>"),
            st.sampled_from(HOSTILE).map(lambda t: f'<a href="https://e.x/">{t}</a>'),
            st.sampled_from(HOSTILE).map(lambda t: f"<ul><li>{t}</li></ul>"),
            st.sampled_from(HOSTILE),
            st.sampled_from([" ", "<p>", "</p>", "<note>", "</note>", "<b>", "</b>"]),
        ),
        max_size=6,
    )
)
def test_hostile_text_never_makes_docutils_warn(parts: list[str]) -> None:
    rst = parse_html("".join(parts)).to_rst(2)
    assert not docutils_messages(rst), rst


def test_ssm_docs_match_awscli_except_where_awscli_breaks() -> None:
    """Every ssm doc renders as awscli does, unless awscli's RST makes docutils warn
    or loses a backslash; ours never makes docutils warn."""
    differing = 0
    for html in ssm_docs():
        ours, theirs = parse_html(html).to_rst(2), awscli_rst(html)
        if ours == theirs:
            continue
        differing += 1
        # awscli nests a link in emphasis ("* `x <u>`__ *": stray asterisks), loses a
        # link's URL into its text (then adds a ".. _url: url" target), breaks
        # docutils, or loses a backslash.
        nested_link = any(
            f"<{tag}> <a" in html or f"<{tag}><a" in html for tag in ("b", "i", "code")
        )
        lost_url = ".. _http" in theirs
        # "``x *y* ``": awscli leaves a space before a closing "``"/"**" (no end-string).
        spaces_only = "".join(ours.split()) == "".join(theirs.split())
        assert (
            docutils_messages(theirs) or "\\" in html or nested_link or lost_url or spaces_only
        ), html
        assert not docutils_messages(ours), ours
    assert differing < 30


def test_doc_default_is_empty() -> None:
    assert not Doc() and Doc().to_rst(4) == "" and Doc().to_text() == ""
    assert Doc((Text("x"),)).to_rst(4) == "    x"


def test_overlong_paragraph_is_wrapped_for_docutils() -> None:
    html = "<ul><li>" + " ".join(f"word{i} <code>c{i}</code>" for i in range(3000)) + "</li></ul>"
    rst = parse_html(html).to_rst(2)
    assert max(len(line) for line in rst.splitlines()) <= 8000
    assert " ".join(rst.split()) == " ".join(awscli_rst(html).split())
    assert not docutils_messages(rst)


def test_text_between_list_items_belongs_to_the_item_before() -> None:
    # es StorageTypeName: awscli writes the stray text unindented after the bullet,
    # which docutils rejects ("Bullet list ends without a blank line").
    doc = parse_html(
        "<p>Options: <ol> <li>instance</li> Inbuilt storage <li>ebs</li> EBS </ol></p>"
    )
    rst = doc.to_rst(2)
    assert "* instance Inbuilt storage" in " ".join(rst.split())
    assert docutils_messages(rst) == ""


def test_literal_lines_over_the_docutils_limit_are_broken_after_separators() -> None:
    from generator.doctree.rst import MAX_LINE, finish

    values = "|".join(f'"t{i}.large"' for i in range(2000))
    block = 'JSON Syntax::\n\n  {\n    "InstanceType": ' + values + "\n  }\n"
    out = finish(block)
    assert max(len(line) for line in out.splitlines()) <= MAX_LINE
    # Only whitespace moves: the text is the same once line breaks and indents are gone.
    assert "".join(out.split()) == "".join(block.split())
    assert docutils_messages(out) == ""


def test_a_word_longer_than_docutils_takes_is_cut_with_escaped_line_breaks() -> None:
    from tests.test_docs_page import docutils_messages

    word = "x" * 25_000 + "\\*"  # and an escape right at the end
    rst = parse_html(f"<p>Before {word} after.</p><ul><li>{word}</li></ul>").to_rst(2)
    assert max(len(line) for line in rst.splitlines()) <= 10_000
    assert docutils_messages(rst) == ""
    text = docutils.core.publish_doctree(rst).astext()
    assert text.count("x" * 25_000 + "\\*") == 2  # the word whole, both times


def test_markup_between_list_items_stays_in_the_item_before() -> None:
    # es AdditionalLimit: "<li>a</li> text <code>x</code> text <li>b</li>" put the code
    # after the item, unindented ("Bullet list ends without a blank line").
    doc = parse_html(
        "<ul> <li>Supported</li> given <code> <a>PartitionType</a> </code> can "
        "support. <li>Without</li> of <code>Type</code> upto </ul>"
    )
    rst = doc.to_rst(2)
    flat = " ".join(rst.split())
    assert "* Supported given `` PartitionType`` can support." in flat
    assert "* Without of ``Type`` upto" in flat
    assert docutils_messages(rst) == ""


def test_literal_holding_a_link_keeps_the_space_after_it() -> None:
    # dms PostgreSQLSettings.ServerName: the literal holds a link and text. RST nests no
    # link in a literal, so both go out plain; awscli's end markup writes a space after
    # ("`` `Endpoint <u>`__ .Address`` field."), which ours kept out (".Addressfield.").
    html = (
        '<p>this is the output of <a href="https://docs.aws.amazon.com/AmazonRDS/latest/'
        'APIReference/API_DescribeDBInstances.html">DescribeDBInstances</a>, in the <code> '
        '<a href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/'
        'API_Endpoint.html">Endpoint</a>.Address</code> field.</p>'
    )
    rst = parse_html(html).to_rst(2)
    assert rst.endswith("API_Endpoint.html>`__ .Address field.")
    assert " ".join(rst.split()) == " ".join(awscli_rst(html).split()).replace("`` `", "`").replace(
        ".Address``", ".Address"
    )
    assert docutils_messages(rst) == ""


def test_literal_holding_only_a_space_keeps_the_space_as_text() -> None:
    # cloudtrail LookupAttribute.AttributeValue: awscli writes an empty literal
    # ("'```` '", which docutils warns about); ours keeps the space between the quotes.
    html = (
        "<p>The following characters ('<code>_</code>', '<code> </code>', "
        "'<code>,</code>', '<code>\\\\n</code>') count as two characters towards the "
        "2000 character limit.</p>"
    )
    theirs = awscli_rst(html)
    assert "'```` '" in theirs and docutils_messages(theirs)
    rst = parse_html(html).to_rst(2)
    assert rst == theirs.replace("'```` '", "' '")
    assert docutils_messages(rst) == ""
    # an empty element after a letter leaves no separator behind either (awscli: "cd")
    assert parse_html("c<b/>d").to_rst() == "cd" == awscli_rst("c<b/>d", 0)

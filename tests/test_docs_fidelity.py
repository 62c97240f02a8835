"""The all-services docs comparison (``make docs-fidelity``): its rules, and a fixed
sample of pages from several services that must equal awscli's (but for listed causes).
"""

from __future__ import annotations

import pytest

from tests.docs_fidelity import compare as c
from tests.docs_fidelity import pages

# (service, operations): a few pages per protocol and shape of page (paginated, streaming
# output, enums, nested structures, links with markup, customised service name).
SAMPLE = {
    "ssm": ("DescribeInstancePatchStates", "PutParameter"),
    "s3": ("GetBucketTagging", "ListObjectsV2"),
    "ec2": ("DescribeVolumes", "ModifySubnetAttribute"),
    "lambda": ("Invoke", "ListFunctions"),
    "dynamodb": ("Query",),
    "iam": ("ListRoles",),
}


@pytest.mark.parametrize("layout", ["legacy", "current"])
@pytest.mark.parametrize("service_name", sorted(SAMPLE))
def test_sample_pages_equal_awscli(service_name: str, layout: str) -> None:
    service, found = pages.commands(service_name, SAMPLE[service_name])
    assert len(found) == len(SAMPLE[service_name])
    page_layout = pages.layout_of(service, layout)
    for cli_name, command in found:
        awscli_page = pages.awscli_page(command)
        our_page = pages.our_page(service, cli_name, page_layout)
        customised = pages.customised(service_name, service, cli_name)
        replaced = pages.output_customised(service_name, cli_name)
        described = pages.description_customised(service_name, cli_name)
        if layout == "current":
            theirs, ours = c.normalise(awscli_page), c.normalise(our_page)
            # The current layout's parts are there, and compared: the examples too.
            assert "Global Options" in ours and ".. meta::" in ours
            assert ("Examples" in ours) == ("Examples" in theirs)
        else:
            theirs, ours = c.legacy_view(awscli_page), c.our_legacy_view(our_page)
        result = c.compare(theirs, ours, customised, replaced, description_customised=described)
        assert result.equal, (cli_name, [(d.cause, d.theirs, d.ours) for d in result.differences])


def test_own_globals_recognises_only_the_global_option_swap() -> None:
    theirs = ["``--v2-debug`` (boolean)", "", "Enable AWS CLI v2 migration assistance."]
    ours = ["``--cli-strict-validation`` (boolean)", "", "Also refuse, before any request, x"]
    assert c.own_globals(theirs, ours)
    assert c.own_globals(["  [--v2-debug]"], ["  [--cli-strict-validation]"])
    assert not c.own_globals(["  [--v2-debug]"], ["  [--cli-strict-validation]", "  [--x]"])
    assert not c.own_globals(["  [--region <value>]"], ["  [--cli-strict-validation]"])
    assert not c.own_globals([], [])


def test_legacy_view_cuts_awscli_page_to_the_published_frame() -> None:
    page = "\n".join(
        [
            ".. meta::",
            "   :description: x",
            "",
            "Synopsis",
            "  --a <value>",
            *c.GLOBAL_SYNOPSIS,
            "",
            "==============",
            "Global Options",
            "==============",
            "",
            "``--debug`` (boolean)",
            "",
            "========",
            "Examples",
            "========",
            "",
            "aws x",
            "",
            "======",
            "Output",
            "======",
            "",
            "None",
        ]
    )
    assert c.legacy_view(page) == [
        "Synopsis",
        "  --a <value>",
        "",
        "======",
        "Output",
        "======",
        "",
        "None",
    ]


def test_escape_rule() -> None:
    assert c.classify(["a *b* `` c``"], ["a \\*b* ``c``"]) == c.ESCAPE
    assert c.classify(["a b"], ["a c"]) == "other"


def test_lost_link_rule_needs_the_exact_defect() -> None:
    theirs = "see ` *Guide* https://x.example/a`__ ."
    assert c.classify([theirs], ["see ` Guide <https://x.example/a>`__ ."]) == (
        "repair: link text holding markup (awscli loses the URL)"
    )
    # another URL, or other text, is not the defect
    assert c.classify([theirs], ["see ` Guide <https://x.example/b>`__ ."]) == "other"
    assert c.classify([theirs], ["see ` Other <https://x.example/a>`__ ."]) == "other"


def test_stray_target_rule_needs_the_lost_link_on_the_page() -> None:
    stray = ["", ".. _https://x.example/a: https://x.example/a"]
    name = "repair: link text holding markup (awscli's stray target)"
    assert c.classify(stray, [], "see ` *G* https://x.example/a`__") == name
    assert c.classify(stray, [], "no such link") == "other"
    assert c.classify(["", ".. _https://x.example/a: https://x.example/b"], [], "") == "other"


def test_wrapped_rule_only_for_lines_over_the_limit() -> None:
    long = "|".join(['"v"'] * 4000)
    half = len(long) // 2
    assert c.classify([long], [long[:half], "  " + long[half:]]) == (
        "repair: line over docutils' limit wrapped"
    )
    short = "a|b|c"
    assert c.classify([short], ["a|b", "|c"]) == "other"


def test_customised_options_explain_their_own_stretches_only() -> None:
    port = frozenset({"port"})
    assert c.classify(["  [--port <value>]"], [], customised=port) == c.CUSTOMISED
    assert c.classify(["  [--port <value>]"], []) == "other"
    assert c.classify(["  [--cidr <value>]"], [], customised=port) == "other"
    assert c.classify(["some text"], ["other text"], customised=port) == "other"
    assert c.classify(["a"], ["b"], customised=port, owners=("port", None)) == c.CUSTOMISED
    # the entry an option's text is in
    page = ["=======", "Options", "=======", "", "``--port`` (string)", "", "  a", ""]
    assert c.compare(page, [*page[:6], "  b", ""], port).causes == [c.CUSTOMISED]
    assert c.compare(page, [*page[:6], "  b", ""]).causes == ["other"]


def test_relative_link_rule() -> None:
    theirs = "see `Required permissions </AmazonS3/x.html>`__ in"
    assert c.classify([theirs], ["see  Required permissions in"]) == (
        "relative link target written as text"
    )
    assert c.classify(["see `R <https://a/x.html>`__ in"], ["see  R in"]) == "other"


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        ("either * **are** * or", "either *are* or"),
        ("**If the *Key* is found:**", "**If the Key is found:**"),
        (
            "request. **WARNING: pass ``Authorization`` on.**",
            "request. WARNING: pass ``Authorization`` on.",
        ),
        ("see the * `Guide <https://a/b>`__ * .", "see the  `Guide <https://a/b>`__  ."),
        ("command ** `up <https://a/b>`__ ** .", "command  `up <https://a/b>`__  ."),
    ],
)
def test_nested_markup_rule(theirs: str, ours: str) -> None:
    assert c.classify([theirs], [ours]) == "repair: nested inline markup (awscli's stray asterisks)"


def test_nested_markup_rule_needs_the_same_words() -> None:
    assert c.classify(["**If the *Key* is found:**"], ["**If the Key was found:**"]) == "other"


def test_empty_link_rule() -> None:
    name = "repair: empty link target (awscli's unclosed backquote)"
    assert c.classify(["See the `partner docs to x."], ["See the  partner docs to x."]) == name
    assert c.classify(["See the `partner <https://a>`__ x."], ["See the  partner x."]) != name


def test_link_emphasis_rule() -> None:
    theirs = "see `Configure in the *Guide* . <https://a/b>`__ now"
    assert c.classify([theirs], ["see `Configure in the Guide . <https://a/b>`__ now"]) == (
        "repair: emphasis inside a link's text"
    )
    assert c.classify([theirs], ["see `Configure in the Guide . <https://a/c>`__ now"]) == "other"


def test_one_line_with_two_of_awscli_defects() -> None:
    theirs = "in the `` `Endpoint <https://a/b>`__`` and ` ``Move`` https://a/c`__ op"
    ours = "in the  `Endpoint <https://a/b>`__ and ` ``Move`` <https://a/c>`__ op"
    cause = c.classify([theirs], [ours])
    assert cause == (
        "repair: link inside a literal + repair: link text holding markup (awscli loses the URL)"
    )
    assert c.allowed(cause)


def test_stray_targets_after_a_changed_line_are_split_off() -> None:
    theirs = ["x", "see ` *G* https://a/b`__ .", "", ".. _https://a/b: https://a/b"]
    ours = ["x", "see ` G <https://a/b>`__ ."]
    result = c.compare(theirs, ours)
    assert result.equal
    assert sorted(d.cause for d in result.differences) == [
        "repair: link text holding markup (awscli loses the URL)",
        "repair: link text holding markup (awscli's stray target)",
    ]


def test_rules_of_the_last_run() -> None:
    assert c.classify(["file ` share. A"], ["file   share. A"]) == (
        "repair: empty link target (awscli's unclosed backquote)"
    )
    assert c.classify(["in the *in the *Guide* * ."], ["in the *in the Guide* ."]) == (
        "repair: nested inline markup (awscli's stray asterisks)"
    )
    assert (
        c.classify(
            ["see `Configure in the *Guide* . <https://a/b >`__"],
            ["see `Configure in the Guide . <https://a/b>`__"],
        )
        == "repair: emphasis inside a link's text"
    )
    assert c.classify(['chars ("\\\u2060u<U>")'], ['chars ("\\\\u2060u<U>")']) == (
        "hidden character shown as an escape"
    )


def test_link_in_literal_rule_takes_the_text_after_the_link() -> None:
    # dms: <code><a href="u">Endpoint</a>.Address</code> field.
    theirs = "in the `` `Endpoint <https://x.example/E>`__ .Address`` field."
    name = "repair: link inside a literal"
    assert c.classify([theirs], ["in the  `Endpoint <https://x.example/E>`__ .Address field."]) == (
        name
    )
    # another URL is not the defect (spaces are the escape rule's, as everywhere; the
    # writer's test keeps ".Address field." apart)
    assert c.classify([theirs], ["in the `Endpoint <https://x.example/F>`__ .Address field."]) == (
        "other"
    )


def test_a_repair_that_matches_what_is_not_its_defect_is_left_out() -> None:
    # eks EndpointAccess publicAccessCidrs: the model's own backquotes (`IPv6`, which
    # ours escapes) look like the empty-link defect's lone backquote; only the nested
    # emphasis is awscli's defect.
    theirs = (
        "for dual-stack `IPv6` clusters. For more information, see `Cluster API server "
        "endpoint <https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html>`__"
        " in the * *Amazon EKS User Guide* * ."
    )
    ours = theirs.replace("`IPv6`", "\\`IPv6`").replace(
        "* *Amazon EKS User Guide* *", "*Amazon EKS User Guide*"
    )
    assert c.line_causes(theirs, ours) == {
        "repair: nested inline markup (awscli's stray asterisks)"
    }
    # other text is no repair
    assert c.line_causes(theirs, ours.replace("User Guide", "Guide")) is None


def test_lost_link_with_a_relative_target() -> None:
    # location SearchPlaceIndexForText: <a href="/location/.../API_geoplaces_Geocode.html">
    # <code>Geocode</code></a>: awscli loses the URL (and adds a stray target); ours
    # writes the text, as for any relative target.
    url = "/location/latest/APIReference/API_geoplaces_Geocode.html"
    theirs = f"We recommend you upgrade to ` ``Geocode`` {url}`__ unless you require Grab data."
    ours = "We recommend you upgrade to   ``Geocode``   unless you require Grab data."
    assert c.line_causes(theirs, ours) == {
        "repair: link text holding markup (awscli loses the URL)",
        "relative link target written as text",
    }
    assert c.line_causes(theirs, ours.replace("Geocode", "SearchText")) is None
    stray = ["", f".. _{url}: {url}"]
    assert c.classify(stray, [], theirs) == c.STRAY
    assert c.classify(["", f".. _{url}: /other"], [], theirs) == "other"


NESTED = "repair: nested inline markup (awscli's stray asterisks)"


def test_emphasis_holding_a_link_or_strong() -> None:
    # kendra WebCrawlerConfiguration: <i>... <a href="u">Policy</a> and ...</i>; RST nests
    # no link in emphasis (awscli's shows the URL as text), ours writes it plain.
    theirs = (
        "       *When selecting websites to index, you must adhere to the `Amazon Acceptable "
        "Use Policy <https://aws.amazon.com/aup/>`__ and all other Amazon terms.*"
    )
    ours = theirs.replace("*When", "When").replace("terms.*", "terms.")
    assert c.line_causes(theirs, ours) == {NESTED}
    assert c.line_causes(theirs, ours.replace("aup/", "aup2/")) is None
    # kendra SlackConfiguration TeamId: <i>https://app.slack.com/client/<b>T0123456789</b>/...</i>
    theirs = "For example, *https://app.slack.com/client/**T0123456789** /...* ."
    ours = "For example, *https://app.slack.com/client/T0123456789 /...* ."
    assert c.line_causes(theirs, ours) == {NESTED}
    assert c.line_causes(theirs, ours.replace("*https", "https")) is None
    # servicecatalog AssociatePrincipalWithPortfolio: <i>role/<b>*</b>/ResourceName_?</i>
    theirs = "For example, *arn:aws:iam:::role/***** /ResourceName_?* matches both"
    ours = "For example, *arn:aws:iam:::role/\\* /ResourceName\\_?* matches both"
    assert c.line_causes(theirs, ours) == {NESTED}
    assert c.line_causes(theirs, ours.replace("\\* ", "")) is None


def test_empty_literal_rule() -> None:
    theirs = "The following characters ('``_`` ', '```` ', '``,`` ') count as two."
    ours = "The following characters ('``_`` ', ' ', '``,`` ') count as two."
    assert c.line_causes(theirs, ours) == {
        "repair: markup holding only a space (awscli's empty literal)"
    }
    assert c.line_causes(theirs, ours.replace("' '", "'x'")) is None


def test_an_option_awscli_documents_with_a_handler_of_its_own_is_customised() -> None:
    # route53 create-hosted-zone: a doc-option handler adds a note to --hosted-zone-config.
    service, _ = pages.commands("route53", ("CreateHostedZone", "GetHostedZone"))
    assert pages.customised("route53", service, "create-hosted-zone") == {"hosted-zone-config"}
    assert pages.customised("route53", service, "get-hosted-zone") == frozenset()


def test_a_stretch_belongs_to_the_entry_of_its_first_line_of_text() -> None:
    # ec2 revoke-security-group-egress: ours has the model's options awscli removes; the
    # stretch starts with the blank line that ends the entry before, which is not theirs.
    theirs = ["Options", "=======", "``--group-id`` (string)", "", "  The ID."]
    ours = [*theirs, "", "``--cidr-ip`` (string)", "", "  Not supported."]
    theirs = ["=======", *theirs]
    ours = ["=======", *ours]
    result = c.compare(theirs, ours, frozenset({"cidr-ip"}))
    assert [d.cause for d in result.differences] == [c.CUSTOMISED]
    assert [d.cause for d in c.compare(theirs, ours, frozenset({"group-id"})).differences] == [
        "other"
    ]


def test_description_and_output_handlers_of_awscli_explain_their_sections_only() -> None:
    assert pages.description_customised("ec2", "authorize-security-group-ingress")
    assert not pages.description_customised("ec2", "describe-instances")
    # the paging note every paginated command gets is not a customisation
    assert not pages.description_customised("s3", "list-objects-v2")
    assert pages.output_customised("s3", "get-object")  # s3api's ExpiresString note
    assert not pages.output_customised("ec2", "describe-instances")
    frame = ["Title", "", "  Text.", "", "========", "Synopsis", "========", "", "  x"]
    note = ["", ".. note::", "", "  To specify multiple rules use ``--ip-permissions``"]
    theirs = frame[:3] + note + frame[3:]
    result = c.compare(theirs, frame, description_customised=True)
    assert [d.cause for d in result.differences] == [c.DESCRIPTION_CUSTOMISED]
    assert [d.cause for d in c.compare(theirs, frame).differences] == ["other"]
    # the same lines after the synopsis are not the description's
    theirs = frame + note
    result = c.compare(theirs, frame, description_customised=True)
    assert [d.cause for d in result.differences] == ["other"]


def test_old_single_member_list_form_is_documented_as_awscli_does() -> None:
    # elb describe-instance-health: our CLI takes "--instances i-1 i-2" (awscli's old
    # list case), so the page shows that form, not "InstanceId=string ...".
    service, found = pages.commands("elb", ("DescribeInstanceHealth", "DescribeTags"))
    page = pages.our_page(service, "describe-instance-health")
    assert "    --instances InstanceId1 InstanceId2 InstanceId3" in page.splitlines()
    assert "InstanceId=string ..." not in page
    for cli_name, command in found:
        result = c.compare(
            c.legacy_view(pages.awscli_page(command)),
            c.our_legacy_view(pages.our_page(service, cli_name)),
        )
        assert result.equal, cli_name


def test_more_nested_forms_and_relative_lost_links() -> None:
    # swf: <i>in the <i>Amazon SWF Developer Guide</i>.</i>
    theirs = "see `T <https://x.example/p>`__ in the *in the *Amazon SWF Developer Guide* .* ."
    ours = "see `T <https://x.example/p>`__ in the *in the Amazon SWF Developer Guide .* ."
    assert c.line_causes(theirs, ours) == {NESTED}
    # machinelearning: <b> </b> between two literals
    theirs = "the contents of ``Evaluation``  ****  ``Name`` ."
    assert c.line_causes(theirs, "the contents of ``Evaluation``   ``Name`` .") == {
        "repair: markup holding only a space (awscli's empty literal)"
    }
    # scheduler: a lost link to kinesis/latest/... (relative, no leading slash)
    url = "kinesis/latest/APIReference/API_PutRecord.html"
    theirs = f"for the Amazon Kinesis ` ``PutRecord`` {url}`__ API operation."
    assert c.line_causes(theirs, "for the Amazon Kinesis   ``PutRecord``   API operation.") == {
        "repair: link text holding markup (awscli loses the URL)",
        "relative link target written as text",
    }
    assert c.classify(["", f".. _{url}: {url}"], [], theirs) == c.STRAY


def test_text_between_list_items_rule() -> None:
    # es describe-elasticsearch-instance-type-limits, both sides as the run found them.
    theirs = [
        "          * instance",
        "          Inbuilt storage available for the given Instance",
        "          * ebs",
        "          Elastic block storage that would be attached to the given Instance",
    ]
    ours = [
        "          * instance Inbuilt storage available for the given Instance",
        "",
        "          * ebs Elastic block storage that would be attached to the given Instance",
    ]
    assert c.classify(theirs, ours) == c.BETWEEN_ITEMS
    assert c.classify(theirs, [ours[0], "", "          * ebs Other text"]) == "other"
    assert c.classify(["* a", "* b"], ["* a", "", "* c"]) == "other"

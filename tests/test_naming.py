from __future__ import annotations

from generator.ir import naming


def test_python_attribute_uses_botocore_xform_name_and_avoids_keywords() -> None:
    assert naming.python_attribute("SessionId") == "session_id"
    assert naming.python_attribute("Lambda") == "lambda_"
    assert naming.python_attribute("Global") == "global_"
    # Soft keywords and builtins are valid identifiers and stay.
    assert naming.python_attribute("Match") == "match"
    assert naming.python_attribute("Type") == "type"
    assert naming.python_attribute("Id") == "id"
    # Names the generated method body uses itself are suffixed.
    assert naming.python_attribute("ToWireParams") == "to_wire_params_"


def test_cli_option_is_awscli_style() -> None:
    assert naming.cli_option("SessionId") == "session-id"
    assert naming.cli_option("ResumeSession") == "resume-session"


def test_python_class_never_starts_with_underscore() -> None:
    assert naming.python_class("__string") == "ShapeString"
    assert naming.python_class("ResumeSessionRequest") == "ResumeSessionRequest"


def test_free_name_suffixes_until_free() -> None:
    assert naming.free_name("ShapeString", {"ShapeString", "ShapeString_"}) == "ShapeString__"
    assert naming.free_name("Widget", {"Other"}) == "Widget"


def test_check_distinct_names_both_sources() -> None:
    naming.check_distinct([("A", "a"), ("B", "b"), ("A", "a")], str)
    try:
        naming.check_distinct([("GetFoo", "get_foo"), ("x", "y"), ("getFoo", "get_foo")], repr)
    except naming.NameClash as clash:
        assert str(clash) == "'GetFoo' and 'getFoo' both become 'get_foo'"
    else:
        raise AssertionError("no clash")


def test_python_package() -> None:
    assert naming.python_package("sso-admin") == "sso_admin"
    assert naming.python_package("ssm") == "ssm"


def test_ambiguous_single_letters_get_an_underscore() -> None:
    from generator.ir.naming import python_attribute

    assert python_attribute("L") == "l_"
    assert python_attribute("I") == "i"  # lower-case i is not ambiguous
    assert python_attribute("Lx") == "lx"


def test_names_the_generated_code_uses_itself_are_not_taken() -> None:
    from generator.ir.naming import python_attribute

    assert python_attribute("__init__") == "m__init__"
    assert python_attribute("__setattr__") == "m__setattr__"
    assert python_attribute("__foo") == "m__foo"
    assert python_attribute("_t") == "_t_"
    assert python_attribute("ACLs") == "_acls"  # botocore's own spelling stays

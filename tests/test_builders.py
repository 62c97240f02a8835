"""The runtime's builders of awscli's added options (runtime/builders.py) and the
argument-table data the generator gives them (generator/overrides.py), unit by unit;
tests/e2e/test_cli_customisations.py runs them side by side with ``aws``."""

from __future__ import annotations

import argparse
import decimal
import io
import zipfile
from typing import Any

import pytest

from generator.argtable import argument_table, exclusive_groups, invoker
from generator.ir import build_service
from generator.loader import load_service
from runtime import builders, invokers
from runtime.builders import BUILDERS, Hooks
from runtime.cli import _check_exclusive
from runtime.commands import Argument, Command


def custom(builder: str, name: str = "x", **fields: Any) -> Argument:
    return Argument(name=name, role="custom", kind="string", builder=builder, **fields)


def build(arg: Argument, value: Any, params: dict[str, Any] | None = None) -> dict[str, Any]:
    params = {} if params is None else params
    BUILDERS[str(arg.builder)](arg, value, params, Hooks())
    return params


def zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.js", "exports.handler = 1")
    return buffer.getvalue()


def test_zip_file_fills_the_structure_it_was_hoisted_from() -> None:
    arg = custom("zip-file", "zip-file", target="Code.ZipFile")
    data = zipped()
    assert build(arg, data, {"Code": {"S3Bucket": "b"}}) == {
        "Code": {"S3Bucket": "b", "ZipFile": data}
    }
    with pytest.raises(ValueError, match="must be a zip file with the fileb:// prefix"):
        build(arg, b"not a zip")


def test_blob_member_and_member_value() -> None:
    assert build(custom("member-value", target="TerminologyData.File"), b"a,b") == {
        "TerminologyData": {"File": b"a,b"}
    }
    assert build(custom("member-value", target="CreatedAfter"), "2017-07-04") == {
        "CreatedAfter": "2017-07-04"
    }


def test_metric_datum_options_fill_the_first_datum_with_awscli_s_types() -> None:
    params: dict[str, Any] = {}
    build(custom("metric-datum", target="MetricName"), "Buffers", params)
    build(custom("metric-datum", target="Value"), "231434333.5", params)
    build(custom("metric-datum", target="StorageResolution"), "60", params)
    build(custom("metric-datum", target="Dimensions"), "InstanceID=1-2,Type=m1", params)
    build(custom("metric-datum", target="StatisticValues"), "Sum=1.5,Maximum=2", params)
    assert params == {
        "MetricData": [
            {
                "MetricName": "Buffers",
                "Value": decimal.Decimal("231434333.5"),
                "StorageResolution": 60,
                "Dimensions": [
                    {"Name": "InstanceID", "Value": "1-2"},
                    {"Name": "Type", "Value": "m1"},
                ],
                "StatisticValues": {
                    "Sum": decimal.Decimal("1.5"),
                    "Maximum": decimal.Decimal("2"),
                },
            }
        ]
    }
    with pytest.raises(ValueError, match="not enough values to unpack"):
        build(custom("metric-datum", target="Dimensions"), "InstanceID")


def test_split_on_commas_keeps_quoted_and_escaped_commas() -> None:
    assert builders.split_on_commas("a=1,b=2") == ["a=1", "b=2"]
    assert builders.split_on_commas(r"a=1\,2,b=3") == ["a=1,2", "b=3"]


def test_ses_simple_form() -> None:
    params: dict[str, Any] = {}
    build(custom("ses-destination", target="ToAddresses"), ["a@x", "b@x"], params)
    build(custom("ses-message", target="Subject"), "Hi", params)
    build(custom("ses-message", target="Text"), "Body", params)
    assert params == {
        "Destination": {"ToAddresses": ["a@x", "b@x"]},
        "Message": {"Subject": {"Data": "Hi"}, "Body": {"Text": {"Data": "Body"}}},
    }


def test_cloudfront_paths_and_origin() -> None:
    paths = build(custom("invalidation-paths"), ["/a", "/b"])
    batch = paths["InvalidationBatch"]
    assert batch["Paths"] == {"Quantity": 2, "Items": ["/a", "/b"]}
    assert batch["CallerReference"].startswith("cli-")
    params = build(custom("origin-domain-name"), "b.s3.amazonaws.com")
    build(custom("default-root-object"), "index.html", params)
    config = params["DistributionConfig"]
    (origin,) = config["Origins"]["Items"]
    assert origin["S3OriginConfig"] == {"OriginAccessIdentity": ""}
    assert config["DefaultCacheBehavior"]["TargetOriginId"] == origin["Id"]
    assert origin["Id"].startswith("b.s3.amazonaws.com-")
    assert config["DefaultRootObject"] == "index.html"
    custom_origin = build(custom("origin-domain-name"), "example.com")
    items = custom_origin["DistributionConfig"]["Origins"]["Items"]
    assert items[0]["CustomOriginConfig"]["OriginProtocolPolicy"] == "http-only"


def test_update_default_root_object_reads_the_configuration_before_the_call() -> None:
    hooks = Hooks()
    params: dict[str, Any] = {"Id": "D1"}
    BUILDERS["update-default-root-object"](
        custom("update-default-root-object"), "i.html", params, hooks
    )
    assert params == {"Id": "D1"}  # nothing until the client is there

    class Client:
        def get_distribution_config(self, Id: str) -> dict[str, Any]:
            assert Id == "D1"
            return {"ETag": "E1", "DistributionConfig": {"Comment": "c"}}

    (load,) = hooks.before_call
    load(Client(), params)
    assert params == {
        "Id": "D1",
        "IfMatch": "E1",
        "DistributionConfig": {"Comment": "c", "DefaultRootObject": "i.html"},
    }


def test_cluster_state_filters_exclude_each_other() -> None:
    active = custom(
        "cluster-states", "active", target="ClusterStates", flag=True, values=("RUNNING",)
    )
    states = custom("cluster-states", "cluster-states", target="ClusterStates", nargs=True)
    assert build(active, True) == {"ClusterStates": ["RUNNING"]}
    assert build(active, False) == {}
    with pytest.raises(ValueError, match="only one of the cluster state filters"):
        build(active, True, build(states, ["WAITING"]))


def test_emr_tags_take_key_value_and_bare_keys() -> None:
    assert build(custom("emr-tags"), ["name=John Doe", "a=b=c", "flag"]) == {
        "Tags": [
            {"Key": "name", "Value": "John Doe"},
            {"Key": "a", "Value": "b=c"},
            {"Key": "flag", "Value": ""},
        ]
    }


def test_exclusive_groups_refuse_two_groups_with_awscli_s_message() -> None:
    command = Command(
        "create-invalidation",
        "CreateInvalidation",
        "create_invalidation",
        (),
        "{}",
        "{}",
        exclusive=((("invalidation_batch",), ("paths",)),),
    )
    given = argparse.Namespace(distribution_id="D", invalidation_batch="{}", paths=["/a"])
    with pytest.raises(ValueError) as raised:
        _check_exclusive(command, given)
    assert str(raised.value) == (
        'The key "paths" cannot be specified when one of the following keys are also '
        "specified: invalidation_batch"
    )
    _check_exclusive(command, argparse.Namespace(invalidation_batch=None, paths=["/a"]))


def test_plugin_version_decides_how_the_session_is_passed() -> None:
    assert invokers._plugin_takes_env("1.2.650.0\n")
    assert not invokers._plugin_takes_env("1.2.497.0")
    assert not invokers._plugin_takes_env("1.2")
    assert not invokers._plugin_takes_env("unknown")


def test_the_argument_table_carries_the_overrides() -> None:
    lam = build_service(load_service("lambda"), ["CreateFunction"])
    table = {arg.name: arg for arg in argument_table(lam, lam.operations[0])}
    assert table["zip-file"].target == "Code.ZipFile"
    assert table["zip-file"].type_name == "blob"
    assert not table["code"].required
    assert table["code"].withheld is not None and table["code"].withheld[0] == "ZipFile"
    emr = build_service(load_service("emr"), ["ListClusters", "DescribeCluster"])
    clusters = {arg.name: arg for arg in argument_table(emr, emr.operation("ListClusters"))}
    assert clusters["active"].flag and clusters["cluster-states"].nargs
    assert invoker(emr, emr.operation("DescribeCluster")) == "emr-describe-cluster"
    cw = build_service(load_service("cloudwatch"), ["PutMetricData"])
    datum = {arg.name: arg for arg in argument_table(cw, cw.operations[0])}
    assert "resolution" in " ".join(str(datum["storage-resolution"].documentation).split())
    assert exclusive_groups(cw, cw.operations[0])[0][0] == ["metric_data"]

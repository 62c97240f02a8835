"""Commands awscli runs its own way instead of one call, by the name ``commands.json``
gives them (the generator decides which command has which: ``overrides.COMMAND_INVOKERS``).

Each takes the client, the built request and the global options, and returns the
response to print, or None when the command prints nothing (a session handed to the
session-manager-plugin).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import re
import signal
import subprocess
from collections.abc import Callable, Iterator, Mapping
from typing import Any

# The client is botocore's, whose operation methods are made at run time.
Invoker = Callable[[Any, dict[str, Any], argparse.Namespace], Any]

PLUGIN = "session-manager-plugin"
PLUGIN_MISSING = (
    "SessionManagerPlugin is not found. Please refer to SessionManager Documentation "
    "here: http://docs.aws.amazon.com/console/systems-manager/"
    "session-manager-plugin-not-found"
)
TASK_NOT_FOUND = "The task provided in the request was not found."
# Plugins newer than this read the session from an environment variable.
_LAST_PLUGIN_WITHOUT_ENV = (1, 2, 497, 0)
_SESSION_ENV = "AWS_SSM_START_SESSION_RESPONSE"


def _emr_describe_cluster(
    client: Any, params: dict[str, Any], parsed_globals: argparse.Namespace
) -> Any:
    """emr describe-cluster (awscli's DescribeCluster): the cluster with its instance
    groups (or fleets) and bootstrap actions, from three calls."""
    request = {"ClusterId": params["ClusterId"]}
    result = client.describe_cluster(**request)
    cluster = result.get("Cluster", {})
    fleets = cluster.get("InstanceCollectionType") == "INSTANCE_FLEET"
    if fleets:
        listed = client.list_instance_fleets(**request)
    else:
        listed = client.list_instance_groups(**request)
    actions = client.list_bootstrap_actions(**request)
    result["Cluster"]["BootstrapActions"] = []  # a KeyError without one, as in awscli
    key = "InstanceFleets" if fleets else "InstanceGroups"
    if listed.get(key) is not None:
        result["Cluster"][key] = listed[key]
    if actions.get("BootstrapActions") is not None:
        result["Cluster"]["BootstrapActions"] = actions["BootstrapActions"]
    return result


@contextlib.contextmanager
def _user_signals_ignored() -> Iterator[None]:
    """The plugin handles Ctrl-C and kin; the CLI waits for it."""
    names = [signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP]
    previous = [signal.signal(name, signal.SIG_IGN) for name in names]
    try:
        yield
    finally:
        for name, handler in zip(names, previous, strict=True):
            signal.signal(name, handler)


def _plugin_missing(exc: OSError) -> bool:
    return exc.errno == errno.ENOENT


def _ecs_execute_command(
    client: Any, params: dict[str, Any], parsed_globals: argparse.Namespace
) -> Any:
    """ecs execute-command (awscli's ExecuteCommandCaller): the plugin must be there
    before anything is sent; the session goes to it, nothing is printed."""
    try:
        subprocess.check_call([PLUGIN])
        response = client.execute_command(**params)
        cluster = response["clusterArn"].split("/")[-1]
        task = response["taskArn"].split("/")[-1]
        container = response["containerName"]
        tasks = client.describe_tasks(cluster=cluster, tasks=[task])["tasks"]
        if not tasks:
            raise ValueError(TASK_NOT_FOUND)
        runtime_id = next(
            (c["runtimeId"] for c in tasks[0]["containers"] if c["name"] == container),
            None,
        )
        target = {"Target": f"ecs:{cluster}_{task}_{runtime_id}"}
        with _user_signals_ignored():
            subprocess.check_call(
                [
                    PLUGIN,
                    json.dumps(response["session"]),
                    client.meta.region_name,
                    "StartSession",
                    parsed_globals.profile or "",
                    json.dumps(target),
                    client.meta.endpoint_url,
                ]
            )
        return None
    except OSError as exc:
        if _plugin_missing(exc):
            raise ValueError(PLUGIN_MISSING) from None
        raise


def _plugin_takes_env(version: str) -> bool:
    text = re.sub(r"\s+", "", version)
    if not re.fullmatch(r"\d+(\.\d+){0,3}", text):
        return False
    parts = [int(part) for part in text.split(".")]
    floor = list(_LAST_PLUGIN_WITHOUT_ENV)
    width = max(len(parts), len(floor))
    return parts + [0] * (width - len(parts)) > floor + [0] * (width - len(floor))


def _ssm_start_session(
    client: Any, params: dict[str, Any], parsed_globals: argparse.Namespace
) -> Any:
    """ssm start-session (awscli's StartSessionCaller): the session is started, then
    handed to the plugin; without the plugin it is terminated again."""
    response = client.start_session(**params)
    session_id = response["SessionId"]
    try:
        session = json.dumps(
            {
                "SessionId": response["SessionId"],
                "TokenValue": response["TokenValue"],
                "StreamUrl": response["StreamUrl"],
            }
        )
        version = subprocess.check_output([PLUGIN, "--version"], text=True)
        env = dict(os.environ)
        if _plugin_takes_env(version):
            env[_SESSION_ENV] = session
            session = _SESSION_ENV
        with _user_signals_ignored():
            subprocess.check_call(
                [
                    PLUGIN,
                    session,
                    client.meta.region_name,
                    "StartSession",
                    parsed_globals.profile or "",
                    json.dumps(params),
                    client.meta.endpoint_url,
                ],
                env=env,
            )
        return None
    except OSError as exc:
        if _plugin_missing(exc):
            client.terminate_session(SessionId=session_id)
            raise ValueError(PLUGIN_MISSING) from None
        raise


INVOKERS: Mapping[str, Invoker] = {
    "emr-describe-cluster": _emr_describe_cluster,
    "ecs-execute-command": _ecs_execute_command,
    "ssm-start-session": _ssm_start_session,
}

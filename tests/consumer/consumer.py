"""A user's script against the installed distribution (``make consumer-check``): a
client call, a paginator, a waiter and an open enum, type-checked with ``mypy --strict``
against the installed package alone, then run against a loopback server (argv[1])."""

from __future__ import annotations

import sys
from typing import assert_never

from consumer_clients._runtime.enums import UnknownValue
from consumer_clients.ssm import SSMClient, errors, shapes


def describe(status: shapes.CommandStatus) -> str:
    """Every listed value, and the case a newer service adds: mypy checks all are met."""
    match status:
        case "Pending" | "InProgress" | "Cancelling":
            return "running"
        case "Success":
            return "done"
        case "Cancelled" | "Failed" | "TimedOut":
            return "stopped"
        case UnknownValue():
            return f"unknown: {status}"
        case _:
            assert_never(status)


def main(url: str) -> None:
    client = SSMClient(region_name="us-east-1", endpoint_url=url)
    commands: list[shapes.Command] = list(client.list_commands_items(page_size=2))
    ids = [c.command_id for c in commands]
    print("items", ids)
    print("statuses", [describe(c.status) for c in commands if c.status is not None])
    pages = client.list_commands_pages(max_items=1)
    first: list[shapes.ListCommandsResult] = list(pages)
    print("pages", len(first), "resume", pages.resume_token is not None)
    cid = "00000000-0000-0000-0000-000000000001"
    client.wait_command_executed(command_id=cid, instance_id="i-1", delay=0)
    print("waited")
    try:
        client.wait_command_executed(command_id=cid, instance_id="i-1", delay=0)
    except errors.SSMWaiterError as exc:
        print("waiter failed", exc.waiter_name)


if __name__ == "__main__":
    main(sys.argv[1])

"""``make oracle``: the generator's argument table against awscli's, for every operation
of every service botocore ships.

For each operation awscli exposes, the table ``generator.argtable`` computes (names,
order, required, documented, documented type; a boolean as --x and --no-x) is compared
with the table awscli 1.45.11 builds. Operations awscli customises (a
``building-argument-table.<service>.<command>`` handler of its own: renamed, added,
removed or re-typed options) are counted by handler, not failed: reproducing them is
separate work. Any other difference fails. Commands awscli removes or replaces are
counted too. Exit 1 on a failure.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any

from generator.ir import build_service
from generator.loader import available_services, load_service
from tests.awscli_tables import awscli_arguments, cli_names, driver, our_arguments

GENERIC_EVENT = "building-argument-table.no-such-service.no-such-command"


def _handlers(event: str) -> list[Any]:
    emitter = driver().session.get_component("event_emitter")
    inner = getattr(emitter, "_emitter", emitter)
    # Registrations went through the aliaser (botocore names -> service ids), so the
    # event is looked up by the name it was registered under.
    return list(inner._handlers.prefix_search(emitter._alias_event_name(event)))


def _name(handler: Any) -> str:
    function = getattr(handler, "func", handler)
    return f"{getattr(function, '__module__', '?')}.{getattr(function, '__qualname__', function)}"


def main() -> int:
    started = time.perf_counter()
    generic = {id(h) for h in _handlers(GENERIC_EVENT)}
    names = cli_names()
    counts: Counter[str] = Counter()
    customised: Counter[str] = Counter()
    failures: list[str] = []
    for service_name in available_services():
        service = build_service(load_service(service_name), "*")
        cli = names.get(service_name)
        if cli is None:
            counts["services awscli does not expose"] += 1
            continue
        commands = driver()._get_command_table()[cli]._get_command_table()
        for operation in service.operations:
            counts["operations"] += 1
            command = commands.get(operation.cli_name)
            if command is None or type(command).__name__ != "ServiceOperation":
                counts["commands awscli removes or replaces"] += 1
                continue
            ours = our_arguments(service, operation)
            theirs = awscli_arguments(service_name, operation.cli_name)
            if ours == theirs:
                counts["equal"] += 1
                continue
            event = f"building-argument-table.{cli}.{operation.cli_name}"
            extra = [h for h in _handlers(event) if id(h) not in generic]
            if extra:
                counts["differ where awscli customises"] += 1
                for handler in {_name(h) for h in extra}:
                    customised[handler] += 1
                continue
            counts["differ"] += 1
            failures.append(f"{service_name} {operation.cli_name}: ours {ours} / awscli {theirs}")
    for key in (
        "operations",
        "equal",
        "differ where awscli customises",
        "commands awscli removes or replaces",
        "services awscli does not expose",
        "differ",
    ):
        print(f"{key + ':':40} {counts[key]}")
    for handler, count in customised.most_common():
        print(f"  customised by {handler}: {count}")
    for failure in failures[:20]:
        print("FAIL:", failure[:600])
    print(f"wall time: {time.perf_counter() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

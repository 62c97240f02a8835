"""The overrides the generator applies are awscli 1.45.11's own tables, entry for entry."""

from __future__ import annotations

import pytest

from generator import overrides

argrename = pytest.importorskip("awscli.customizations.argrename")


def _as_awscli_keys(table: dict[tuple[str, str, str], str]) -> dict[str, str]:
    return {".".join(key): value for key, value in table.items()}


def test_argument_renames_are_awscli_s() -> None:
    assert _as_awscli_keys(dict(overrides.ARGUMENT_RENAMES)) == argrename.ARGUMENT_RENAMES


def test_hidden_aliases_are_awscli_s() -> None:
    assert _as_awscli_keys(dict(overrides.HIDDEN_ALIASES)) == argrename.HIDDEN_ALIASES


def test_wildcards_apply_to_every_command_and_exact_keys_win() -> None:
    assert overrides.renamed("ec2", "create-network-acl-entry", "no-egress") == "ingress"
    assert overrides.renamed("eks", "create-cluster", "version") == "kubernetes-version"
    assert overrides.renamed("eks", "describe-cluster", "version") is None
    assert overrides.hidden_alias("mgn", "any-command", "source-server-ids") == (
        "source-server-i-ds"
    )


def test_removed_commands_are_awscli_s() -> None:
    removals = pytest.importorskip("awscli.customizations.removals")

    class Recorder:
        """Takes the handlers awscli registers; each carries the commands it removes."""

        def __init__(self) -> None:
            self.removed: dict[str, frozenset[str]] = {}

        def register(self, event: str, handler: object) -> None:
            service = event.removeprefix("building-command-table.")
            commands = handler.keywords["commands_to_remove"]  # type: ignore[attr-defined]
            self.removed[service] = self.removed.get(service, frozenset()) | set(commands)

    recorder = Recorder()
    removals.register_removals(recorder)
    assert dict(overrides.REMOVED_COMMANDS) == recorder.removed

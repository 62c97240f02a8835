"""The description of a ``wait <waiter>`` page, as awscli's WaiterStateDocBuilder words
it: the waiter's own description, or one made from its success acceptor and operation,
then how often and how long it polls. Model text (JMESPath, expected values) is escaped
for RST; awscli writes it raw."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.doctree.escape import inline_literal, rst_text
from generator.ir.model import Service, Waiter

# awscli's SUCCESS_DESCRIPTIONS, by matcher.
_SUCCESS = {
    "error": "{expected} is thrown ",
    "path": "{expected} ",
    "pathAll": "{expected} for all elements ",
    "pathAny": "{expected} for any element ",
    "status": "{expected} response is received ",
}


def _text(value: object) -> str:
    """A model value as awscli's ``%s`` shows it (True, 200, running), escaped."""
    return rst_text(str(value), " ", inline=False)


def _success(acceptor: Mapping[str, Any]) -> str:
    matcher = str(acceptor.get("matcher", ""))
    template = _SUCCESS.get(matcher, "{expected} ")
    text = template.format(expected=_text(acceptor.get("expected", "")))
    if matcher in ("path", "pathAny", "pathAll"):
        text = f"JMESPath query {_text(acceptor.get('argument', ''))} returns " + text
    return text


def waiter_description(service: Service, waiter: Waiter) -> str:
    """The waiter page's description (RST)."""
    config: Mapping[str, Any] = service.waiters[waiter.name]
    own = config.get("description")
    if isinstance(own, str) and own:
        description = rst_text(own)
    else:
        description = "Wait until "
        for acceptor in config.get("acceptors", ()):
            if isinstance(acceptor, Mapping) and acceptor.get("state") == "success":
                description += _success(acceptor)
                break
        command = service.operation(waiter.operation).cli_name
        description += f"when polling with {inline_literal(command)}."
    return description + (
        f" It will poll every {_text(config.get('delay', ''))} seconds until a successful "
        "state has been reached. This will exit with a return code of 255 after "
        f"{_text(config.get('maxAttempts', ''))} failed checks."
    )

"""The command pages' layout (``docs.layout``) and, for the current one, the examples
that go into them: what every page function takes besides the IR."""

from __future__ import annotations

from dataclasses import dataclass

from generator.examples import NO_EXAMPLES, Examples

# The awscli release whose pages (and behaviour) the generated ones reproduce; the
# current layout's meta descriptions name it as awscli's own do.
REFERENCE_CLI_VERSION = "1.45.11"


@dataclass(frozen=True)
class PageLayout:
    name: str = "current"  # generator.config.LAYOUTS
    examples: Examples = NO_EXAMPLES

    @property
    def current(self) -> bool:
        return self.name == "current"

    def run_description(self, command: str) -> str | None:
        """A command page's ``.. meta::`` description (``command``: "ssm resume-session")."""
        if not self.current:
            return None
        return f"Use the AWS CLI {REFERENCE_CLI_VERSION} to run the {command} command."

    def service_description(self, service: str) -> str | None:
        if not self.current:
            return None
        return f"Learn about the AWS CLI {REFERENCE_CLI_VERSION} {service} commands."


CURRENT = PageLayout()
LEGACY = PageLayout("legacy")

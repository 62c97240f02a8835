"""Golden cases: a model + selection rendered in memory, compared with a committed tree.

``make goldens`` (UPDATE_GOLDENS=1) rewrites the fixture goldens through the writer;
the ssm default's golden record is generated/ itself, updated by ``make generate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import TARGETS, ServiceSelection, load_config
from generator.pipeline import Request, build, produce, request_from
from tests.conftest import KITCHENSINK, ROOT


@dataclass(frozen=True)
class GoldenCase:
    name: str
    request: Request
    golden_dir: Path
    # Whether the golden tree holds the runtime copy: generated/ (the real output) does;
    # fixture goldens do not (tests/test_runtime_copy.py checks the copy itself).
    with_runtime: bool = True


CASES = (
    GoldenCase(
        "ssm-resume-session",
        # What `make generate` renders: generator.yaml as it stands.
        request_from(load_config(ROOT / "generator.yaml"), output=ROOT / "generated"),
        ROOT / "generated",
    ),
    GoldenCase(
        "kitchensink",
        Request(
            (ServiceSelection("kitchensink", "*"),),
            TARGETS,
            ROOT / "tests" / "goldens" / "kitchensink",
            KITCHENSINK,
        ),
        ROOT / "tests" / "goldens" / "kitchensink",
        with_runtime=False,
    ),
)


def render_case(case: GoldenCase) -> dict[str, bytes]:
    return produce(
        build(case.request),
        case.request.targets,
        shared=case.with_runtime,
        docs=case.request.docs,
    )

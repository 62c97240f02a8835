"""Pattern checks cannot hang: ecr's real repository-filter pattern backtracks for minutes
on 27 characters; the check gives up after PATTERN_SECONDS and says so."""

from __future__ import annotations

import threading
import time
import warnings

import botocore.session
import pytest

from runtime import validation

ECR_FILTER = r"^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$"
SLOW_VALUE = "a" * 26 + "!"


def test_the_real_ecr_pattern_is_in_the_model() -> None:
    model = botocore.session.get_session().get_service_model("ecr")
    shape = model.shape_for("ScanningRepositoryFilterValue")
    assert shape.metadata["pattern"] == ECR_FILTER


def test_a_catastrophic_pattern_gives_up_in_bounded_time() -> None:
    skipped: list[str] = []
    started = time.perf_counter()
    assert validation._matches(ECR_FILTER, SLOW_VALUE, skipped) is True
    assert time.perf_counter() - started < 5 * validation.PATTERN_SECONDS + 1
    assert skipped and "not checked" in skipped[0]


def test_ordinary_patterns_are_still_checked() -> None:
    skipped: list[str] = []
    assert validation._matches(ECR_FILTER, "my-repo/name", skipped) is True
    assert validation._matches(ECR_FILTER, "Bad Name", skipped) is False
    assert validation._matches(r"^[a-z]+$", "abc", skipped) is True
    assert skipped == []


def test_outside_the_main_thread_a_nested_repeat_is_left_to_the_service() -> None:
    results: list[object] = []

    def run() -> None:
        skipped: list[str] = []
        started = time.perf_counter()
        results.append(validation._matches(ECR_FILTER, SLOW_VALUE, skipped))
        results.append(time.perf_counter() - started)
        results.append(skipped)
        results.append(validation._matches(r"^[a-z]+$", "ABC", []))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive()
    matched, seconds, skipped, plain = results
    assert matched is True and isinstance(seconds, float) and seconds < 1
    assert skipped and "could take very long" in skipped[0]  # type: ignore[index]
    assert plain is False


def test_strict_validate_warns_when_it_leaves_a_pattern_to_the_service() -> None:
    from botocore.model import ShapeResolver

    resolver = ShapeResolver(
        {
            "In": {"type": "structure", "members": {"F": {"shape": "S"}}},
            "S": {"type": "string", "pattern": ECR_FILTER},
        }
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        validation.validate(resolver.get_shape_by_name("In"), {"F": SLOW_VALUE}, strict=True)
    assert any("not checked" in str(w.message) for w in caught)
    with pytest.raises(validation.ParamValidationError):
        validation.validate(resolver.get_shape_by_name("In"), {"F": "Bad Name"}, strict=True)

"""A bounded run of the mutation property test (tests/mutations.py): random mutations of
real botocore models are refused in one line, or render into sound files.
``make mutations`` runs hundreds of seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mutations import describe, run_example

SEEDS = range(4)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_mutated_real_model_is_refused_in_one_line_or_renders_soundly(
    tmp_path: Path, seed: int
) -> None:
    outcome = run_example(seed, tmp_path)
    assert outcome.mutations, describe(outcome)
    assert (outcome.refused is None) == (outcome.files > 0), describe(outcome)

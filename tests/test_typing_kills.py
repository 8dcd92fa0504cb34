"""SIGKILL while typing without a pause: nothing typed a second before the kill is lost."""

from __future__ import annotations

import pytest

from bench.typing_kills import GRACE_S, run


@pytest.mark.slow
def test_a_few_kills_while_typing_lose_nothing_typed_a_second_before() -> None:
    # The bench runs a hundred of these (bench/typing_kills.py); a few here keep it honest.
    result = run(trials=4, seed=11)
    assert result["keys_due"] > 0  # there was something to lose
    assert result["lost"] == 0, result
    assert GRACE_S == 1.0

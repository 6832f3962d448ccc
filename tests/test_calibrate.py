"""The calibration fit: equal-count bins, ties kept together, precision never falling."""

import pytest

from accord.evaluation.calibrate import fit


def observations(*groups: tuple[float, int, int]) -> list[tuple[float, bool]]:
    """(raw score, right, wrong) -> sorted (raw, right?) observations."""
    return sorted((raw, ok) for raw, right, wrong in groups for ok in [True] * right + [False] * wrong)


def test_equal_raw_scores_share_one_bin():
    obs = observations((0.3, 1, 4), (0.5, 3, 3), (0.7, 5, 0))
    bounds = [upper for upper, _, _ in fit(obs, bins=3)]
    assert len(bounds) == len(set(bounds))


def test_a_short_remainder_joins_the_last_bin():
    obs = observations((0.2, 0, 10), (0.4, 5, 5), (0.6, 10, 0), (0.8, 1, 0))
    table = fit(obs, bins=3)
    assert [n for _, _, n in table] == [10, 10, 11]


@pytest.mark.parametrize("groups", [
    [(0.2, 8, 2), (0.4, 2, 8), (0.6, 9, 1)],   # a dip in the middle is pooled away
    [(0.2, 1, 9), (0.4, 5, 5), (0.6, 9, 1)],   # already rising: kept as it is
])
def test_precision_never_falls_as_the_raw_score_rises(groups):
    values = [value for _, value, _ in fit(observations(*groups), bins=3)]
    assert values == sorted(values)

"""Per-row errors in batches: errors="record" yields a RowError for a bad row and goes on."""

from __future__ import annotations

import pytest

import careermap
from careermap import OptionError, ProfileError, RowError, rank_many

BATCH: list[object] = [
    ["CBT", "forklift operation"],
    ["forklift"],
    "CBT",  # one string, not a list
    ["CBT:9"],
    [],
    ["active listening:4"],
]


def test_recorded_errors_keep_their_place_and_the_good_rows_equal_rank_careers(default):
    results = list(rank_many(BATCH, errors="record", limit=3))
    assert len(results) == len(BATCH)
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Ranking", "RowError", "RowError", "RowError", "RowError", "Ranking"]
    for position in (0, 5):
        assert results[position] == careermap.rank_careers(BATCH[position], limit=3)
    errors = [r for r in results if isinstance(r, RowError)]
    assert [e.index for e in errors] == [1, 2, 3, 4]
    assert errors[0].unresolved == ("forklift",)
    assert "none of the profile's skills is recognised" in errors[0].error
    assert "wrap it in a list" in errors[1].error
    assert "levels run from 1" in errors[2].error
    assert "the profile is empty" in errors[3].error
    assert [e.text for e in results[0].profile.unresolved] == ["forklift operation"]


def test_the_default_still_raises_naming_the_row():
    with pytest.raises(ProfileError, match="profile 1 of the batch"):
        list(rank_many([["CBT"], ["forklift"]]))


def test_recorded_errors_match_what_raise_says():
    for row in BATCH[1:5]:
        with pytest.raises(ProfileError) as info:
            list(rank_many([row]))
        (recorded,) = rank_many([row], errors="record")
        assert isinstance(recorded, RowError)
        assert str(info.value) == f"profile 0 of the batch: {recorded.error}"


def test_record_streams_long_batches_in_order_with_progress():
    batch = [["CBT"] if i % 3 else ["forklift"] for i in range(600)]  # several chunks
    seen: list[tuple[int, int | None]] = []
    results = list(
        rank_many(batch, errors="record", limit=1, progress=lambda d, t: seen.append((d, t)))
    )
    assert [isinstance(r, RowError) for r in results] == [i % 3 == 0 for i in range(600)]
    assert [r.index for r in results if isinstance(r, RowError)] == list(range(0, 600, 3))
    assert seen == [(i, 600) for i in range(1, 601)]
    endless = rank_many(iter(batch), errors="record", limit=1)
    assert isinstance(next(endless), RowError)


def test_an_unknown_policy_is_refused_before_any_row():
    with pytest.raises(OptionError, match="'raise' or 'record'"):
        rank_many([["CBT"]], errors="skip")  # type: ignore[call-overload]

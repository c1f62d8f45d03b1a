"""The shared ranking options, checked once for every entry point."""

from __future__ import annotations

import pytest

import careermap
from careermap.cli.main import main
from careermap.scoring.options import rank_options

from ..conftest import COUNSELLOR, MINI


def test_exclude_sectors_leaves_a_field_out_everywhere(default):
    leaving = careermap.rank_careers(
        COUNSELLOR, taxonomy=default, limit=None, exclude_sectors=["mental-health"]
    )
    everything = careermap.rank_careers(COUNSELLOR, taxonomy=default, limit=None)
    assert "mental-health" not in leaving.sectors
    assert "mental-health" in everything.sectors
    # The other roles keep their scores and order: excluding is a filter, not a rescoring.
    kept = [(m.role_id, m.score) for m in everything if m.sector != "mental-health"]
    assert [(m.role_id, m.score) for m in leaving] == kept
    batch = next(careermap.rank_many([COUNSELLOR], limit=None, exclude_sectors=["mental-health"]))
    assert batch.model_dump() == leaving.model_dump()
    similar = careermap.similar_roles("therapist", exclude_sectors=["mental-health"], limit=None)
    assert "mental-health" not in similar.sectors


def test_sectors_then_exclusions(default):
    options = rank_options(
        default, limit=3, sectors=["education", "advocacy"], exclude_sectors=["advocacy"]
    )
    assert options.sectors == {"education"}


@pytest.mark.parametrize(
    ("kwargs", "error", "fragment"),
    [
        ({"limit": 0}, careermap.OptionError, "limit"),
        ({"limit": 2, "min_score": 1.5}, careermap.OptionError, "min_score"),
        ({"limit": 2, "exclude_sectors": ["nowhere"]}, careermap.SectorNotFoundError, "nowhere"),
    ],
)
def test_bad_options_name_the_value(kwargs, error, fragment, mini):
    with pytest.raises(error, match=fragment):
        rank_options(mini, **kwargs)


def test_the_cli_and_the_contract_take_exclusions(capsys):
    assert main(["match", "CBT:4", "teaching", "--taxonomy", str(MINI), "--json",
                 "--exclude-sector", "clinic"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert '"sector": "clinic"' not in out
    assert main(["match", "CBT", "--taxonomy", str(MINI), "--exclude-sector", "nope"]) == 2
    assert "--exclude-sector" in capsys.readouterr().err
    request = careermap.MatchRequest(skills=["CBT:4"], exclude_sectors=["clinic"])
    assert "clinic" not in request.rank(taxonomy=careermap.load_taxonomy(MINI)).sectors

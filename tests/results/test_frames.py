"""DataFrames of results, the similarity matrix, and progress reporting."""

from __future__ import annotations

import csv
import io
import math
import sys

import pytest

import careermap
from careermap import (
    career_paths,
    compare_roles,
    rank_careers,
    rank_many,
    similar_roles,
    similarity_matrix,
    upskilling,
)
from careermap.base.optional import start_progress

from ..conftest import SHORT_PROFILE, require_module

pd = require_module("pandas")


def test_ranking_frame_has_one_row_per_match():
    ranking = rank_careers(SHORT_PROFILE, limit=5)
    frame = ranking.to_dataframe()
    assert list(frame["role_id"]) == [m.role_id for m in ranking]
    assert list(frame["rank"]) == [1, 2, 3, 4, 5]
    assert list(frame["score"]) == [m.score for m in ranking]
    assert list(frame["gaps"]) == [len(m.gaps) for m in ranking]
    assert frame.loc[0, "first_gap"] == (ranking[0].gaps[0].label if ranking[0].gaps else None)
    assert list(frame.columns[:3]) == ["rank", "role_id", "title"]


def test_match_frame_has_one_row_per_requirement(mini):
    match = next(
        m
        for m in rank_careers(["CBT:4", "listening actively"], taxonomy=mini)
        if m.role_id == "teacher"
    )
    frame = match.to_dataframe()
    role = mini.role_index["teacher"]
    assert sorted(frame["skill_id"]) == sorted(r.skill for r in role.requirements)
    kinds = dict(zip(frame["skill_id"], frame["kind"], strict=True))
    assert kinds == {
        "teaching": "transferred",
        "communication": "transferred",
        "deescalation": "gap",
    }
    teaching = frame.set_index("skill_id").loc["teaching"]
    assert teaching["relation"] == "transfers_to"
    assert teaching["source_id"] == "cbt"
    assert teaching["credit"] == pytest.approx(0.4)
    assert teaching["reason"] == "CBT sessions teach skills step by step."


def test_result_frames_for_paths_upskilling_and_comparisons():
    found = career_paths("therapist", "instructional-designer")
    frame = found.to_dataframe()
    assert len(frame) == sum(len(p.steps) for p in found)
    first = frame[frame["path"] == 1]
    assert list(first["role_id"]) == list(found[0].role_ids)
    assert list(first["step_score"]) == [s.score for s in found[0].steps]
    assert set(first["path_score"]) == {found[0].score}

    skills = upskilling(SHORT_PROFILE, limit=4).to_dataframe()
    assert list(skills["rank"]) == [1, 2, 3, 4]
    assert (skills["net_roles"] == skills["roles_gained"] - skills["roles_lost"]).all()

    side = compare_roles(SHORT_PROFILE, ["therapist", "recruiter"])
    grid = side.to_dataframe()
    assert list(grid.columns) == ["label", "therapist", "recruiter"]
    assert grid.index.name == "skill_id"
    therapist = careermap.lookup_role("therapist")
    assert grid["therapist"].notna().sum() == len(therapist.requirements)
    assert math.isnan(grid.loc["recruitment", "therapist"])
    summary = side.to_dataframe(summary=True)
    assert list(summary["role_id"]) == ["therapist", "recruiter"]
    assert list(summary["score"]) == [m.score for m in side]


def test_similarity_matrix_agrees_with_similar_roles():
    ids = ["therapist", "school-counsellor", "recruiter", "instructional-designer"]
    matrix = similarity_matrix(roles=ids, labels="id")
    assert list(matrix.index) == ids
    assert list(matrix.columns) == ids
    for role_id in ids:
        assert matrix.loc[role_id, role_id] == pytest.approx(1.0)
        similar = {m.role_id: m.score for m in similar_roles(role_id, limit=None)}
        for other in ids:
            if other != role_id:
                expected = similar.get(other, 0.0)
                assert matrix.loc[role_id, other] == pytest.approx(expected, abs=1e-9)
    assert matrix.loc["therapist", "recruiter"] != matrix.loc["recruiter", "therapist"]


def test_similarity_matrix_as_csv_needs_no_pandas(monkeypatch, mini):
    monkeypatch.setitem(sys.modules, "pandas", None)
    text = similarity_matrix(taxonomy=mini, format="csv")
    rows = list(csv.reader(io.StringIO(text)))
    ids = [r.id for r in mini.roles]
    assert rows[0] == ["role_id", *ids]
    assert [row[0] for row in rows[1:]] == ids
    monkeypatch.undo()
    frame = similarity_matrix(taxonomy=mini, labels="id")
    for row in rows[1:]:
        assert [float(v) for v in row[1:]] == pytest.approx(list(frame.loc[row[0]]), abs=1e-6)


def test_similarity_matrix_names_roles_by_title(default):
    ids = ["therapist", "school-counsellor", "recruiter"]
    by_title = similarity_matrix(roles=ids)
    by_id = similarity_matrix(roles=ids, labels="id")
    titles = [default.role_index[i].title for i in ids]
    assert list(by_title.index) == list(by_title.columns) == titles
    assert by_title.to_numpy().tolist() == by_id.to_numpy().tolist()


def test_similarity_matrix_tells_roles_that_share_a_title_apart(mini):
    twin = mini.roles[1].model_copy(update={"id": "twin", "title": mini.roles[0].title})
    taxonomy = mini.model_copy(update={"roles": (*mini.roles, twin)})
    names = list(similarity_matrix(taxonomy=taxonomy).index)
    assert names[0] == f"{mini.roles[0].title} ({mini.roles[0].id})"
    assert names[-1] == f"{mini.roles[0].title} (twin)"
    assert len(set(names)) == len(names)


def test_similarity_matrix_rejects_bad_input(mini):
    with pytest.raises(ValueError, match="format must be"):
        similarity_matrix(taxonomy=mini, format="xlsx")  # type: ignore[call-overload]
    with pytest.raises(careermap.OptionError, match="labels"):
        similarity_matrix(taxonomy=mini, labels="name")  # type: ignore[call-overload]
    with pytest.raises(careermap.RoleNotFoundError, match="therapst"):
        similarity_matrix(taxonomy=mini, roles=["therapst"])


def test_similarity_matrix_reports_progress(mini):
    seen = []
    similarity_matrix(taxonomy=mini, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_missing_pandas_says_how_to_install_it(monkeypatch):
    ranking = rank_careers(SHORT_PROFILE, limit=2)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'careermap\[notebook\]'"):
        ranking.to_dataframe()
    with pytest.raises(ImportError, match="similarity_matrix"):
        similarity_matrix()


# --------------------------------------------------------------------------- progress


def test_rank_many_reports_progress_to_a_callback():
    seen = []
    profiles = [["CBT"], ["recruitment"], ["coaching"]]
    rankings = list(rank_many(profiles, limit=2, progress=lambda d, t: seen.append((d, t))))
    assert len(rankings) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_rank_many_progress_without_a_length():
    seen = []
    profiles = (p for p in [["CBT"], ["recruitment"]])
    list(rank_many(profiles, limit=2, progress=lambda d, t: seen.append((d, t))))
    assert seen == [(1, None), (2, None)]


@pytest.mark.parametrize("off", [False, None])
def test_rank_many_progress_off_calls_nothing(off, monkeypatch):
    # With progress off, no progress machinery may run: tqdm cannot even be imported.
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    callback, close = start_progress(off, 3, unit="profile")
    assert callback is None
    close()  # a no-op, and safe to call
    rankings = list(rank_many([["CBT"], ["recruitment"]], limit=1, progress=off))
    assert [len(r) for r in rankings] == [1, 1]


def test_rank_many_progress_bar_with_tqdm(capsys):
    require_module("tqdm")
    list(rank_many([["CBT"], ["recruitment"]], limit=1, progress=True))
    err = capsys.readouterr().err
    assert "2/2" in err
    assert "profile" in err


def test_progress_true_draws_a_bar_and_closes_it(capsys, mini):
    require_module("tqdm")
    similarity_matrix(taxonomy=mini, progress=True, format="csv")
    err = capsys.readouterr().err
    assert "4/4" in err
    assert "role" in err


def test_progress_falls_back_to_a_text_bar_without_widgets(monkeypatch, capsys):
    auto = require_module("tqdm.auto")

    def no_widget(*args, **kwargs):
        raise ImportError("IProgress not found")

    monkeypatch.setattr(auto, "tqdm", no_widget)
    update, close = start_progress(True, 2, unit="item")
    assert update is not None
    update(1, 2)
    update(2, 2)
    close()
    assert "2/2" in capsys.readouterr().err


def test_progress_without_tqdm_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(ImportError, match="careermap"):
        start_progress(True, 2, unit="item")

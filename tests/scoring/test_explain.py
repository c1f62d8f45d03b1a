"""Explanations built from the engine's arrays equal the reference's, field for field."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from careermap import Background, RoleMatch, build_profile, rank_careers, similar_roles
from careermap.importers import import_esco, import_onet
from careermap.results.experience import shown_by
from careermap.scoring.anchored import head_note, unanchored
from careermap.scoring.model import evaluate, transfer_index, whole_level
from careermap.scoring.role_match import role_match
from careermap.scoring.set_aside import profile_skills
from careermap.scoring.start import person_start, role_start, start_scores

from ..strategies import taxonomy_and_profile


def reference_matches(ranking, taxonomy, start):
    """Each returned role explained by the scalar reference (``evaluate``), in rank order."""
    scores = start_scores(start, taxonomy)
    transfers = transfer_index(taxonomy)
    position = {role.id: i for i, role in enumerate(taxonomy.roles)}
    return [
        role_match(
            rank,
            evaluate(
                taxonomy.roles[position[m.role_id]], start.skills, transfers, None, start.strengths
            ),
            taxonomy,
            scores,
            position[m.role_id],
        )
        for rank, m in enumerate(ranking, start=1)
    ]


@settings(max_examples=200, deadline=None)
@given(taxonomy_and_profile())
def test_person_explanations_equal_the_reference(case):
    taxonomy, profile = case
    ranking = rank_careers(list(profile.items()), taxonomy=taxonomy, limit=None)
    expected = reference_matches(ranking, taxonomy, person_start(profile, None, taxonomy))
    assert list(ranking) == expected
    assert [m.to_dict() for m in ranking] == [m.to_dict() for m in expected]


@settings(max_examples=100, deadline=None)
@given(taxonomy_and_profile(), st.integers(0, 7))
def test_role_explanations_equal_the_reference(case, which):
    taxonomy, _ = case
    held = taxonomy.roles[which % len(taxonomy.roles)]
    ranking = similar_roles(held.id, taxonomy=taxonomy, limit=None)
    expected = reference_matches(ranking, taxonomy, role_start(held, taxonomy))
    assert list(ranking) == expected


def test_a_ranking_builds_its_matches_when_read(default):
    ranking = rank_careers(["CBT", "active listening", "crisis intervention"], taxonomy=default)
    assert "matches" not in ranking.__dict__  # nothing built yet
    assert len(ranking) == 10
    first = ranking[0]
    assert ranking[0] is first  # built once
    assert ranking[-1] is list(ranking)[-1]
    again = rank_careers(["CBT", "active listening", "crisis intervention"], taxonomy=default)
    assert ranking.to_dict() == again.to_dict()
    assert ranking == again
    assert ranking.matches == tuple(again)
    assert pickle.loads(pickle.dumps(ranking)) == ranking  # noqa: S301 - our own bytes
    assert hash(ranking) == hash(again)


def test_explanations_with_a_credential_equal_the_reference(default):
    # A credential's skills are left out of the gaps, on the fast path as in the reference.
    background = Background(credentials=["RN (US, BSN)"])
    skills = ["de-escalation:4", "care planning:3", "case management:3"]
    ranking = rank_careers(skills, taxonomy=default, limit=None, background=background)
    held = profile_skills(build_profile(skills, taxonomy=default), default)
    start = person_start(held, None, default)
    scores = start_scores(start, default)
    transfers = transfer_index(default)
    position = {role.id: i for i, role in enumerate(default.roles)}
    # What the person's words show of experience (entry.experience), as the ranking reads it.
    shown = shown_by(build_profile(skills, taxonomy=default, background=background), default)
    # A thin profile: the roles it reaches by general skills alone say so (scoring.anchored).
    # A role asking a licence the person holds is never loose (thirty-sixth round, own36).
    loose = unanchored(start.skills, default, shown=shown, background=background)
    assert loose
    # Said once at the head of a list on which three or more lines would say it.
    listed = [position[m.role_id] for m in ranking]
    note, lines = head_note(loose, listed, start.skills, default, shown=shown)
    assert ranking.practice == note
    for rank, match in enumerate(ranking, start=1):
        role = default.roles[position[match.role_id]]
        evaluation = evaluate(role, start.skills, transfers, None, start.strengths)
        expected = role_match(
            rank,
            evaluation,
            default,
            scores,
            position[role.id],
            background=background,
            shown=shown,
            loose=position[role.id] in lines,
        )
        assert match == expected


def test_trusted_results_are_what_validation_builds(default):
    # Matches are built without validation; validating their own data gives
    # back equal objects, every value of the same type, every field set.
    ranking = rank_careers(["CBT:4", "active listening", "crisis intervention"], taxonomy=default)
    for match in ranking:
        again = RoleMatch.model_validate(match.model_dump())
        assert again == match
        assert again.model_fields_set == match.model_fields_set
        for mine, theirs in zip(
            (*match.matched, *match.transferred, *match.gaps),
            (*again.matched, *again.transferred, *again.gaps),
            strict=True,
        ):
            assert list(mine.__dict__) == list(theirs.__dict__)
            for name, value in mine.__dict__.items():
                assert type(value) is type(theirs.__dict__[name]), name
        assert RoleMatch.model_validate_json(match.to_json()) == match


DATA = Path(__file__).resolve().parents[1] / "data"


def assert_written_as_built(ranking, again):
    """Each match of *ranking* written by to_dict() before its requirements are built is
    what the same match, built (*again*, an equal ranking), serialises to: the same
    data, the same JSON bytes, in the same key order; and the same for the ranking."""
    assert all(built.matched is not None for built in again.matches)  # build everything
    assert ranking._waiting() is not None
    assert ranking.to_json() == again.to_json()  # the ranking, written while unbuilt
    assert ranking.model_dump_json(indent=2) == again.model_dump_json(indent=2)
    assert json.dumps(ranking.to_dict()) == json.dumps(again.to_dict())
    assert ranking._waiting() is not None
    for lazy, built in zip(ranking, again, strict=True):
        assert built.matched is not None  # built now
        assert lazy._waiting() is not None  # not built
        written = lazy.to_dict()
        assert lazy._waiting() is not None  # to_dict built nothing
        expected = built.model_dump(mode="json")
        assert written == expected
        assert json.dumps(written) == json.dumps(expected)
        assert lazy.to_dict() is not written  # fresh data each time
        assert lazy.to_json() == built.to_json()
        assert lazy.model_dump_json(indent=2) == built.model_dump_json(indent=2)
        assert lazy.model_dump(mode="json") == expected
        assert lazy._waiting() is not None  # still not built
        assert lazy == built
        assert built == lazy  # either side fills the requirements


@settings(max_examples=150, deadline=None)
@given(taxonomy_and_profile(), st.integers(0, 7))
def test_to_dict_from_the_columns_is_the_built_matches_to_dict(case, which):
    taxonomy, profile = case
    items = list(profile.items())
    assert_written_as_built(
        rank_careers(items, taxonomy=taxonomy, limit=None),
        rank_careers(items, taxonomy=taxonomy, limit=None),
    )
    held = taxonomy.roles[which % len(taxonomy.roles)].id
    assert_written_as_built(
        similar_roles(held, taxonomy=taxonomy, limit=None),
        similar_roles(held, taxonomy=taxonomy, limit=None),
    )


def test_to_dict_from_the_columns_with_readiness_and_context(default):
    background = Background(credentials=["RN (US, BSN)"], education="bachelor")
    skills = ["de-escalation:4", "care planning:3", "case management:3", "CBT"]
    kwargs = {"taxonomy": default, "limit": None, "background": background}
    assert all(m.readiness for m in rank_careers(skills, **kwargs))
    assert_written_as_built(rank_careers(skills, **kwargs), rank_careers(skills, **kwargs))


def test_to_dict_from_the_columns_on_real_slices():
    esco = import_esco(DATA / "esco-mini")
    onet = import_onet(DATA / "onet-mini")
    for taxonomy in (esco, onet):
        skills = [(s.id, 1 + i % 5) for i, s in enumerate(taxonomy.skills[::7][:20])]
        assert_written_as_built(
            rank_careers(skills, taxonomy=taxonomy, limit=None),
            rank_careers(skills, taxonomy=taxonomy, limit=None),
        )
        for role in taxonomy.roles[:5]:
            if taxonomy is onet:  # O*NET roles carry context: its terms are written too
                assert any(m.context for m in similar_roles(role.id, taxonomy=onet, limit=None))
            assert_written_as_built(
                similar_roles(role.id, taxonomy=taxonomy, limit=None),
                similar_roles(role.id, taxonomy=taxonomy, limit=None),
            )


def test_similar_roles_builds_its_profile_when_read(default):
    held = default.roles[0]
    ranking = similar_roles(held.id, taxonomy=default)
    assert "profile" not in ranking.__dict__  # not built by ranking
    again, built = (
        similar_roles(held.id, taxonomy=default),
        similar_roles(held.id, taxonomy=default),
    )
    assert built.matches  # built, the profile with them
    assert again.to_json() == built.to_json()  # written unbuilt
    assert "profile" in again.__dict__
    expected = build_profile(
        [(req.skill, whole_level(req.level)) for req in held.requirements],
        taxonomy=default,
        semantic=False,
    )
    assert ranking.profile == expected
    assert list(ranking.__dict__) == [
        "profile",
        "taxonomy",
        "set_aside",
        "thin",
        "abroad",
        "lived",
        "degree",
        "practice",
        "starter",
    ]
    assert ranking == again
    assert repr(similar_roles(held.id, taxonomy=default)).startswith("<Ranking: 10 roles for ")


def test_an_unbuilt_match_behaves_as_a_built_one(default):
    skills = ["CBT:4", "active listening", "crisis intervention"]
    built = list(rank_careers(skills, taxonomy=default))
    assert all(m.gaps is not None for m in built)

    def fresh():
        return list(rank_careers(skills, taxonomy=default))

    for read in (
        lambda m: pickle.loads(pickle.dumps(m)),  # noqa: S301 - our own bytes
        copy.copy,
        copy.deepcopy,
        lambda m: m.model_copy(),
        RoleMatch.model_validate,
    ):
        assert [read(m) for m in fresh()] == built
    assert [hash(m) for m in fresh()] == [hash(m) for m in built]
    assert [dict(m) for m in fresh()] == [dict(m) for m in built]  # the fields, in order
    assert [repr(m) for m in fresh()] == [repr(m) for m in built]
    assert [m._repr_html_() for m in fresh()] == [m._repr_html_() for m in built]
    assert [m.explain() for m in fresh()] == [m.explain() for m in built]
    assert [m.model_dump() for m in fresh()] == [m.model_dump() for m in built]

"""A preferred credential most employers and clients look for, named beside the verdict.

Coaching is unregulated, so the life coach post is open to a person with no coach
training ("Ready now"); a counsellor would add that most clients and employers look for
coach training. The role marks its coaching credential ``usual`` (``required: false``).
"""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import careermap
from careermap.cli.main import main
from careermap.resolve.profile import Background
from careermap.results.readiness import assess, role_readiness
from careermap.taxonomy.credentials import CredentialReference

LOOK_FOR = "most employers and clients look for: Coaching credential (ICF ACC/PCC)"


@pytest.fixture(scope="module")
def taxonomy() -> careermap.Taxonomy:
    return careermap.load_taxonomy()


def _life_coach(taxonomy: careermap.Taxonomy, *credentials: str) -> careermap.Readiness:
    role = taxonomy.role_index["life-coach"]
    person = Background(education="bachelor", years_experience=3, credentials=list(credentials))
    found = role_readiness(role, person, taxonomy=taxonomy, shown=None)
    assert found is not None
    return found


def test_a_person_without_coach_training_is_ready_and_told_what_most_look_for(
    taxonomy: careermap.Taxonomy,
) -> None:
    found = _life_coach(taxonomy)
    assert found.verdict == "ready"  # the tier is not lowered
    assert found.summary == f"Ready now; {LOOK_FOR}"
    assert not found.needs
    assert any("EMCC" in note and "60 hours" in note for note in found.notes)


@pytest.mark.parametrize(
    "held",
    [
        "ICF ACC",
        "Professional Certified Coach",
        "EMCC accredited coach",
        "Association for Coaching accreditation",
    ],
)
def test_a_person_with_coach_training_is_not_told_to_get_it(
    taxonomy: careermap.Taxonomy, held: str
) -> None:
    found = _life_coach(taxonomy, held)
    assert found.summary == "Ready now"
    assert found.notes == ()


def test_a_preferred_credential_not_marked_usual_is_not_named(
    taxonomy: careermap.Taxonomy,
) -> None:
    role = taxonomy.role_index["hr-generalist"]
    assert role.entry is not None
    assert any(not c.required and not c.usual for c in role.entry.written)
    person = Background(education="master", years_experience=6)
    found = assess(role.entry, person, taxonomy=taxonomy, sector=role.sector, role=role.id)
    assert found is not None
    assert "look for" not in found.summary


def test_usual_is_only_for_a_preferred_credential() -> None:
    with pytest.raises(ValidationError, match="usual is for a preferred credential"):
        CredentialReference(credential="icf-coaching-credential", usual=True)
    assert CredentialReference(credential="icf-coaching-credential", required=False, usual=True)


def test_the_cli_shows_the_clause_in_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    skills = ["coaching:5", "motivational interviewing:4", "active listening:5"]
    background = ["--education", "bachelor", "--years", "3", "--limit", "104"]
    assert main(["match", *skills, *background]) == 0
    text = capsys.readouterr().out
    assert f"Ready now; {LOOK_FOR}" in text
    assert main(["match", *skills, *background, "--json"]) == 0
    ranking = json.loads(capsys.readouterr().out)
    coach = next(m for m in ranking["matches"] if m["role_id"] == "life-coach")
    assert coach["readiness"] == {**coach["readiness"], "verdict": "ready"}
    assert coach["readiness"]["summary"] == f"Ready now; {LOOK_FOR}"


def test_the_html_shows_the_clause(taxonomy: careermap.Taxonomy) -> None:
    ranking = careermap.rank_careers(
        ["coaching:5", "motivational interviewing:4", "active listening:5"],
        taxonomy=taxonomy,
        background={"education": "bachelor", "years_experience": 3},
    )
    coach = next(m for m in ranking if m.role_id == "life-coach")
    assert LOOK_FOR in coach._repr_html_()

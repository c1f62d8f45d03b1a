"""A psychiatrist's specialist qualification certifies what psychiatric training examines.

Seventeenth round: the eighth persona set's consultant psychiatrist (MRCPsych, twenty
years in medicine) was told to learn judgement, risk assessment, clinical documentation,
confidentiality, empathy and research methods, because none of his credentials was known
to certify anything. The credential ``psychiatrist`` (data/taxonomy/credentials.yaml, with
its sources: the Royal College of Psychiatrists' core curriculum, the GMC's Good medical
practice and O*NET 29.3's psychiatrists) now does; a plain medical registration or
another specialty's membership does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import careermap
from careermap import Background
from careermap.results.credentials import certifies
from careermap.results.readiness import implied_skills

EIGHTH = Path(__file__).resolve().parents[1] / "data" / "personas-eighth.yaml"

#: Gaps a counsellor would never put to a consultant psychiatrist.
NEVER_HIS_GAPS = {
    "judgment-and-decision-making",
    "risk-assessment",
    "clinical-documentation",
    "confidentiality",
    "empathy",
    "research-methods",
    "therapy-and-counseling",
}


def certified(*credentials: str) -> frozenset[str]:
    return implied_skills(Background(credentials=list(credentials)), careermap.load_taxonomy())


@pytest.mark.parametrize(
    "held",
    ["MRCPsych", "FRANZCP", "Board certified in psychiatry (ABPN)", "Consultant psychiatrist"],
)
def test_a_specialist_qualification_in_psychiatry_certifies_psychiatric_practice(held):
    found = certified(held)
    assert found >= NEVER_HIS_GAPS
    assert found >= {"psychopathology", "psychopharmacology", "mental-health-legislation"}


@pytest.mark.parametrize(
    "held",
    [
        "MBBS",
        "GMC registered with a licence to practise",
        "MRCP (Royal College of Physicians)",
    ],
)
def test_a_doctors_registration_alone_is_not_psychiatry(held):
    assert "psychopathology" not in certified(held)
    assert "psychopharmacology" not in certified(held)


def test_a_mental_health_nurses_registration_is_not_the_psychiatrists():
    # Twenty-fifth round (review 25b finding 1): the field's own registration certifies
    # psychopathology and psychopharmacology as its education names them (BCCNM, the NMC,
    # NMCN; tests/results/test_psychiatric_registration.py), but it is no psychiatrist's
    # qualification, and what only that certifies stays out.
    held = "Registered mental health nurse (NMC)"
    taxonomy = careermap.load_taxonomy()
    assert not certifies([held], taxonomy.credential_index["psychiatrist"])
    assert "mental-health-legislation" not in certified(held)


def _psychiatrist() -> dict:
    people = yaml.safe_load(EIGHTH.read_text(encoding="utf-8"))["personas"]
    return next(p for p in people if p["id"] == "consultant-psychiatrist-london-leaving-clinical")


def _ranking(credentials: list[str]) -> careermap.Ranking:
    person = _psychiatrist()
    background = Background(
        education=person["education"],
        field=person["field"],
        credentials=credentials,
        years_experience=person["years_experience"],
        country=person["country"],
        current_role=person["current_title"],
    )
    return careermap.rank_careers(person["skills"], background=background, limit=10)


def test_the_consultant_psychiatrist_is_not_told_to_learn_his_own_practice():
    credentials = _psychiatrist()["credentials"]
    shown = {gap.skill_id for match in _ranking(credentials) for gap in match.gaps}
    assert not shown & NEVER_HIS_GAPS, sorted(shown & NEVER_HIS_GAPS)
    # Without the MRCPsych the same top ten shows them: the credential is what changed.
    without = [c for c in credentials if c != "MRCPsych"]
    before = {gap.skill_id for match in _ranking(without) for gap in match.gaps}
    assert before & NEVER_HIS_GAPS


def test_what_a_credential_certifies_changes_no_score():
    credentials = _psychiatrist()["credentials"]
    without = [c for c in credentials if c != "MRCPsych"]
    scores = {m.role_id: m.score for m in _ranking(credentials)}
    assert scores == {m.role_id: m.score for m in _ranking(without)}

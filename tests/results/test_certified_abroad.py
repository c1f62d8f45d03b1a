"""A psychologist's licence on a family therapy post, and credentials abroad that still gate.

Thirty-third round, review33 P5. A
psychologist in Bolivia read "Needs ..." for marriage and family therapist posts where her
therapist and counsellor posts read "Ready if your Matrícula ...": a psychologist's licence
covers marital and family therapy (New York Education Law 7601-a(2)).
"""

from __future__ import annotations

import pytest

from careermap import Background, load_taxonomy, lookup_role
from careermap.results.readiness import assess

MATRICULA = "Matrícula profesional, Colegio de Psicólogos de Bolivia"


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def verdict(taxonomy, role, **given):
    person = Background(**{"education": "master", "years_experience": 10, **given})
    return assess(lookup_role(role).entry, person, taxonomy=taxonomy, role=role)


def test_a_certification_with_a_known_equivalent_is_still_asked(taxonomy):
    # The UK takes FDAP accreditation or BACP registration in place of the US CADC.
    uk = verdict(taxonomy, "substance-use-counsellor", country="GB")
    assert uk.verdict == "needs"
    assert "FDAP" in uk.summary


def test_a_licence_of_another_country_still_gates(taxonomy):
    faroes = verdict(taxonomy, "mental-health-counsellor", country="FO")
    assert faroes.verdict == "needs"
    assert "in place of a licence from the United States" in faroes.summary


def test_a_psychologists_licence_speaks_for_family_therapy_posts(taxonomy):
    mft = verdict(taxonomy, "marriage-and-family-therapist", country="BO", credentials=[MATRICULA])
    assert mft.verdict == "certify"
    assert mft.summary.startswith(f"Ready if your {MATRICULA} is what employers in Bolivia")
    # Another practice's licence does not.
    nurse = verdict(
        taxonomy,
        "marriage-and-family-therapist",
        country="BO",
        credentials=["Matrícula profesional, Colegio de Enfermeras de Bolivia"],
    )
    assert nurse.verdict == "needs"

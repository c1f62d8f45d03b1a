"""Credentials the seventh persona set holds: what each opens.

Each case is read in docs/taxonomy-notes.md, "Credentials from the seventh set" (made
after reading the seventh set's detail), with the body's published page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import assess, role_readiness


def readiness(role_id, credentials, *, education="master", country=None):
    background = Background(
        education=education, years_experience=9, credentials=credentials, country=country
    )
    return assess(lookup_role(role_id).entry, background)


def verdict(role_id, credentials, *, country=None):
    """The verdict as a ranking gives it: with the taxonomy, which reads unknown licences."""
    background = Background(
        education="master", years_experience=9, credentials=credentials, country=country
    )
    taxonomy = careermap.load_taxonomy()
    return role_readiness(lookup_role(role_id), background, taxonomy=taxonomy, shown=None)


_APPROBATION = "Approbation als Psychologische Psychotherapeutin (Verhaltenstherapie)"


@pytest.mark.parametrize("role_id", ["therapist", "mental-health-counsellor", "eap-counsellor"])
@pytest.mark.parametrize("country", ["IE", None])
def test_a_german_psychotherapy_licence_is_a_licence_to_check(role_id, country):
    # "Approbation" is the German state licence to practise (Psychotherapeutengesetz,
    # section 1): careermap does not know it, so the verdict asks her to check whether it
    # is accepted, rather than asking for the post's licence as if she held none.
    found = verdict(role_id, [_APPROBATION, "Diplom-Psychologin"], country=country)
    assert found.verdict != "ready"
    assert found.summary.startswith(f"Check whether your {_APPROBATION} is accepted")


def test_a_provisional_approbation_is_not_a_licence():
    # A psychotherapist in training holds no Approbation yet.
    held = ["Approbation als Psychologische Psychotherapeutin (in training)"]
    assert not verdict("therapist", held, country="IE").summary.startswith("Check whether")

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


@pytest.mark.parametrize(
    "role_id", ["behavioural-health-care-manager", "utilisation-review-coordinator"]
)
@pytest.mark.parametrize("held", ["LISW-S (Ohio)", "LISW"])
@pytest.mark.parametrize("country", [None, "US"])
def test_ohio_lisw_is_a_clinical_licence(held, role_id, country):
    # Ohio's LISW is its independent clinical social work licence; "-S" is the supervision
    # designation (Ohio CSWMFT Board): the payers' posts asking for a clinical licence take it.
    assert readiness(role_id, ["MSW", held], country=country).verdict == "ready"


def test_ohio_lsw_is_no_clinical_licence():
    # Ohio's LSW practises under supervision: not the independent licence.
    held = ["MSW", "LSW (Ohio)"]
    assert readiness("behavioural-health-care-manager", held).verdict != "ready"


@pytest.mark.parametrize(
    "role_id", ["therapist", "mental-health-counsellor", "eap-counsellor", "clinical-supervisor"]
)
@pytest.mark.parametrize("held", ["NZAC Full Member", "MNZAC", "NZCCA Full Member"])
def test_nzac_full_membership_opens_new_zealand_counselling_posts(held, role_id):
    # Counsellors in New Zealand are not state regulated; NZAC registration (full
    # membership, MNZAC) is what employers, EAPs and funders ask for (nzac.org.nz), as
    # NZCCA's is for its members (nzcca.org.nz).
    assert readiness(role_id, ["Master of Counselling", held], country="NZ").verdict == "ready"


def test_new_zealand_counselling_posts_name_nzac_not_the_lpc():
    verdict = readiness("mental-health-counsellor", ["Master of Counselling"], country="NZ")
    assert verdict.verdict == "needs"
    assert "NZAC Full Member" in verdict.summary
    assert "Licensed Professional Counselor" not in verdict.summary


@pytest.mark.parametrize(
    "held", ["NZAC Provisional Member", "NZAC trained supervisor", "NZAC", "NZAC Student Affiliate"]
)
def test_nzac_names_short_of_full_membership_are_not_it(held):
    # Provisional members practise toward full membership; a supervisor training and the
    # body's name alone say nothing of it.
    verdict = readiness("mental-health-counsellor", ["Master of Counselling", held], country="NZ")
    assert verdict.verdict != "ready"


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

"""Where a licence is taken, and which degree a country's route to it meets.

Twenty-third round, a counsellor's review of the fourteenth set (finding 5): the LCSW and
the independent clinical licence accepted "Registered social worker" with no country, so a
bachelor-level social worker registered in Alberta was "Clinical social worker ... ready
now" (and hospital social worker and therapist, master's posts), as were registered
social workers of Manitoba, British Columbia, Hong Kong and the Netherlands: 14 "ready
now" verdicts across the sets. A register of social workers is the licence to practise
where it is the only one (the United Kingdom, Ireland, New Zealand); in Canada clinical
posts take an MSW with the registration, and British Columbia and Alberta register
clinical social workers of their own (RCSW). An Australian AMHSW and a Dutch
GZ-psycholoog were told careermap did not know what their countries ask.
docs/scoring.md, "A country's route to a licence".
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.countries import local_names
from careermap.results.credentials import holds
from careermap.results.licence_routes import licence_meets_degree, taken_in
from careermap.results.readiness import role_readiness


def verdict(default, role_id, credentials, country, *, education="bachelor", years=8):
    background = Background(
        education=education,
        credentials=credentials,
        country=country,
        years_experience=years,
    )
    role = lookup_role(role_id, taxonomy=default)
    found = role_readiness(role, background, taxonomy=default, shown=None)
    assert found is not None
    return found


EDMONTON = ["Registered Social Worker (Alberta College of Social Workers)"]
VANCOUVER = ["Registered Social Worker, BC College of Social Workers"]
HONG_KONG = ["Registered Social Worker (Social Workers Registration Board)"]
UTRECHT = ["Registered social worker (Registerplein)"]


@pytest.mark.parametrize(
    ("credentials", "country", "role_id"),
    [
        (EDMONTON, "CA", "clinical-social-worker"),
        (EDMONTON, "CA", "hospital-social-worker"),
        (EDMONTON, "CA", "therapist"),
        (VANCOUVER, "CA", "hospital-social-worker"),
        (HONG_KONG, "HK", "clinical-social-worker"),
        (HONG_KONG, "HK", "hospital-social-worker"),
        (HONG_KONG, "HK", "therapist"),
        (UTRECHT, "NL", "therapist"),
        (UTRECHT, "NL", "clinical-social-worker"),
        (UTRECHT, "NL", "hospital-social-worker"),
    ],
)
def test_a_bachelors_social_worker_abroad_is_not_ready_for_a_masters_clinical_post(
    default, credentials, country, role_id
):
    found = verdict(default, role_id, credentials, country)
    assert found.verdict == "needs", found.summary
    assert "master's degree" in found.summary, found.summary


def test_a_canadian_registered_social_worker_with_an_msw_is_ready(default):
    halifax = ["Registered Social Worker (Nova Scotia College of Social Workers)"]
    found = verdict(default, "clinical-social-worker", halifax, "CA", education="master")
    assert found.verdict == "ready", found.summary


def test_canada_asks_a_clinical_registration_or_a_registered_social_worker(default):
    found = verdict(default, "clinical-social-worker", [], "CA", education="master")
    assert "Registered Clinical Social Worker (RCSW)" in found.summary, found.summary
    assert "careermap does not know" not in found.summary
    rcsw = ["Registered Clinical Social Worker (RCSW), BC College of Social Workers"]
    assert (
        verdict(default, "clinical-social-worker", rcsw, "CA", education="master").verdict
        == "ready"
    )


@pytest.mark.parametrize(
    ("credentials", "country"),
    [
        (["Registered Social Worker, Northern Ireland Social Care Council"], "GB"),
        (["SSSC registered social worker"], "GB"),
        (["Registered Social Worker (SWRB)"], "NZ"),
        (["CORU registered social worker"], "IE"),
    ],
)
def test_where_the_register_is_the_licence_a_bachelors_social_worker_is_ready(
    default, credentials, country
):
    # By design (review 23): the single register is the licence to practise there.
    found = verdict(default, "clinical-social-worker", credentials, country)
    assert found.verdict == "ready", found.summary


def test_a_hong_kong_social_worker_holds_no_us_clinical_licence(default):
    lcsw = default.credential_index["lcsw"]
    written = next(c for c in lookup_role("clinical-social-worker").entry.written)
    assert holds(HONG_KONG, written)  # by its words, wherever
    assert not holds(HONG_KONG, taken_in(written, "HK"))  # not as Hong Kong takes it
    assert holds(HONG_KONG, taken_in(written, "GB"))  # the UK takes a registered social worker
    assert "Registered social worker" in lcsw.in_place["GB"]


@pytest.mark.parametrize(
    ("credentials", "country", "met"),
    [
        (["MBACP"], "GB", True),  # the country's route (in_place), by any of its names
        (["LCSW"], "GB", True),  # the licence's own route
        (["MBACP"], "HK", False),  # no route known there
        (EDMONTON, "CA", False),  # Canada's route for an RSW is a bachelor's (education_in)
        (["Registered Clinical Social Worker (RCSW)"], "CA", False),  # the same for the post
        (["Registered Social Worker (SWRB)"], "NZ", True),
        (["MBACP"], None, True),  # without a country, as before
    ],
)
def test_which_licence_meets_a_therapists_masters(default, credentials, country, met):
    entry = lookup_role("therapist", taxonomy=default).entry
    assert licence_meets_degree(entry, credentials, country, {}) is met


def test_an_australian_amhsw_is_no_unknown_for_a_clinical_director(default):
    brisbane = ["Accredited Mental Health Social Worker (AASW)"]
    found = verdict(default, "clinical-director", brisbane, "AU", education="master", years=15)
    assert "careermap does not know" not in found.summary, found.summary
    assert found.verdict != "needs", found.summary


@pytest.mark.parametrize("role_id", ["eap-counsellor", "therapist", "clinical-psychologist"])
def test_a_dutch_health_care_psychologist_is_known_at_home(default, role_id):
    utrecht = ["GZ-psycholoog, BIG-registratie"]
    found = verdict(default, role_id, utrecht, "NL", education="doctorate", years=12)
    assert "careermap does not know" not in found.summary, found.summary
    assert found.verdict == "ready", found.summary


def test_another_countrys_registered_psychologist_is_no_licence_of_the_field(default):
    # The independent clinical licences take no "Registered psychologist" of their own: a
    # Philippine registration in Canada is not read as Australia's or a province's, so an
    # intake post is no step down from licensed practice.
    held = ["Registered Psychologist (PRC Philippines)"]
    found = verdict(default, "intake-coordinator", held, "CA", education="master")
    assert found.verdict != "step-down", found.summary


def test_a_verdict_names_the_registers_not_their_plain_form(default):
    lcsw = default.credential_index["lcsw"]
    written = lookup_role("clinical-social-worker").entry.written[0]
    assert written.id == lcsw.id
    named = local_names(written, "GB")
    assert "Social Work England registration" in named
    assert "Registered social worker" not in named
    assert local_names(written, "NZ") == ("Social Workers Registration Board (SWRB) registration",)


def test_a_dutch_registration_is_taken_in_the_netherlands_only(default):
    # A GZ-psycholoog who moved to Bristol, her HCPC application pending: the UK takes
    # HCPC, BACP or BABCP registration for a therapy post, not the BIG register's.
    held = ["GZ-psycholoog, BIG register (Netherlands)"]
    found = verdict(default, "therapist", held, "GB", education="master", years=7)
    assert found.verdict == "needs", found.summary
    # What she trained in is certified wherever she works, and an intake post is a step
    # down from it.
    intake = verdict(default, "intake-coordinator", held, "GB", education="master", years=7)
    assert intake.verdict == "step-down", intake.summary


#: Twenty-third round's registers aside, a US nurse licensed from an associate degree
#: (twenty-seventh round, review 27 P8: a detox nurse of eleven years was told utilisation
#: review, nurse case manager and care manager posts "Need a bachelor's degree").
ADN_RN = ["Associate Degree in Nursing", "Registered Nurse, Alabama Board of Nursing"]
MEETS = ["utilisation-review-coordinator", "nurse-case-manager", "behavioural-health-care-manager"]


@pytest.mark.parametrize("role_id", MEETS)
def test_an_rn_licence_meets_the_degree_a_bsn_is_preferred_for(default, role_id):
    found = verdict(default, role_id, ADN_RN, "US", education="associate", years=11)
    assert found.verdict != "needs", found
    assert not any("bachelor" in need for need in found.needs)
    assert any("a BSN is often preferred" in note for note in found.notes)
    # Without the licence the degree is still asked, and nothing is said of a BSN.
    unlicensed = verdict(default, role_id, [], "US", education="associate", years=11)
    assert unlicensed.verdict == "needs"
    assert "bachelor's degree" in unlicensed.summary
    assert not any("a BSN is often preferred" in note for note in unlicensed.notes)


def test_a_bachelor_says_nothing_of_the_bsn_and_a_master_post_still_asks(default):
    found = verdict(default, "nurse-case-manager", ADN_RN, "US", education="bachelor")
    assert not any("often preferred" in note for note in found.notes)  # nothing lacking
    # A post asking a master's on top of the RN (no meets_degree) still asks for it.
    practitioner = verdict(
        default, "psychiatric-nurse-practitioner", ADN_RN, "US", education="associate"
    )
    assert practitioner.verdict == "needs"
    assert "master's degree" in practitioner.summary

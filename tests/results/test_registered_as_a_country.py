"""Jersey registers on the United Kingdom's registers; an HCPC domain read (cred39).

Thirty-ninth round (review39 P2): the thirtieth set's St Helier consultant clinical
psychologist, "HCPC Practitioner Psychologist (Clinical)" and on Jersey's register, had
her clinical supervisor, clinical psychologist and therapist posts at 17th to 22nd, each
"Needs what employers in Jersey ask for in place of a licence from the United States".
Two readings failed, and either fixed alone moved nothing: Jersey's posts ask for the
United Kingdom's registrations (the Health Care (Registration) (Jersey) Law 1995 and its
Prescribed Qualifications Order 2003: base.countries.REGISTERED_AS), and the HCPC's
practitioner psychologist written with its domain in brackets is that domain's
registration (results.registered_as.practitioner_domain).
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.base.countries import LICENSED_AS, REGISTERED_AS, licensing_country
from careermap.results.credentials import holds
from careermap.results.readiness import role_readiness
from careermap.results.registered_as import practitioner_domain

HCPC_CLINICAL = "HCPC Practitioner Psychologist (Clinical)"


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def _readiness(role_id, taxonomy, **background):
    person = Background(
        education="doctorate", field="clinical psychology", years_experience=10, **background
    )
    found = role_readiness(lookup_role(role_id), person, taxonomy=taxonomy, shown=None)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("held", "title"),
    [
        (HCPC_CLINICAL, "HCPC registered clinical psychologist"),
        # The fifth set's NHS psychologist wrote it so: read since this round.
        (
            "HCPC registered practitioner psychologist (clinical)",
            "HCPC registered clinical psychologist",
        ),
        (
            "HCPC Practitioner Psychologist (Counselling)",
            "HCPC registered counselling psychologist",
        ),
        (
            "Practitioner psychologist: forensic (HCPC)",
            "HCPC registered forensic psychologist (HCPC)",
        ),
        (
            "Health and Care Professions Council practitioner psychologist - educational",
            "HCPC registered educational psychologist",
        ),
    ],
)
def test_a_practitioner_psychologist_s_domain_is_its_registered_title(held, title):
    assert practitioner_domain(held) == (title,)


@pytest.mark.parametrize(
    "held",
    [
        "HCPC Practitioner Psychologist",  # no domain: which register is not said
        "Practitioner Psychologist (Clinical)",  # no HCPC: another country's words
        "HCPC registered clinical psychologist",  # already the title
        "Assistant practitioner, psychology (HCPC)",
    ],
)
def test_no_domain_or_no_hcpc_is_not_rewritten(held):
    assert practitioner_domain(held) == ()


def test_the_clinical_domain_holds_the_clinical_psychologist_s_registration(taxonomy):
    index = taxonomy.credential_index
    clinical = index["licensed-clinical-psychologist"]
    assert holds([HCPC_CLINICAL], clinical)
    assert holds(["HCPC Practitioner Psychologist (Clinical) (since 2009)"], clinical)
    # Another domain is another register: a counselling psychologist is not a clinical one.
    assert not holds(["HCPC Practitioner Psychologist (Counselling)"], clinical)
    assert not holds(["HCPC Practitioner Psychologist"], clinical)


def test_jersey_registers_as_the_united_kingdom_for_credentials_only():
    # The Falklands' and France's overseas departments' since cred42, the Cayman Islands'
    # since cred43.
    assert REGISTERED_AS == {
        "FK": "GB",
        "JE": "GB",
        "KY": "GB",
        "GF": "FR",
        "GP": "FR",
        "MQ": "FR",
        "RE": "FR",
        "YT": "FR",
    }
    assert licensing_country("JE") == "GB"
    assert "JE" not in LICENSED_AS  # its posts are not the United Kingdom's (the engine's)


def test_jersey_asks_what_the_united_kingdom_asks(taxonomy):
    index = taxonomy.credential_index
    for credential in taxonomy.credentials:
        if "GB" in credential.in_place:
            assert credential.in_place["JE"] == credential.in_place["GB"], credential.id
        if "GB" in credential.not_asked_in:
            assert "JE" in credential.not_asked_in, credential.id
    assert index["licensed-clinical-psychologist"].in_place["JE"] == (
        "HCPC registered clinical psychologist",
    )


@pytest.mark.parametrize("role_id", ["clinical-supervisor", "clinical-psychologist", "therapist"])
def test_the_st_helier_psychologist_is_ready_for_her_own_posts(taxonomy, role_id):
    credentials = [HCPC_CLINICAL, "Doctorate in Clinical Psychology"]
    found = _readiness(role_id, taxonomy, country="JE", credentials=credentials)
    assert found.verdict == "ready", found
    # Before: neither Jersey nor the domain was read, and the post asked what careermap
    # did not know; either one alone still failed.
    in_the_uk = _readiness(role_id, taxonomy, country="GB", credentials=credentials)
    assert in_the_uk.verdict == "ready", in_the_uk
    plain = _readiness(
        role_id, taxonomy, country="JE", credentials=["HCPC Practitioner Psychologist"]
    )
    assert plain.verdict != "ready", plain


def test_a_person_in_jersey_without_the_registration_is_told_the_uk_s_name(taxonomy):
    found = _readiness("clinical-psychologist", taxonomy, country="JE", credentials=[])
    said = " ".join((found.summary, *found.notes))
    assert "HCPC" in said, found
    assert "in place of a licence from the United States" not in said, found


def test_a_uk_registration_is_no_foreign_credential_in_jersey(taxonomy):
    found = _readiness(
        "clinical-psychologist",
        taxonomy,
        country="JE",
        credentials=["HCPC registered clinical psychologist"],
    )
    assert found.verdict == "ready", found
    assert not any("recognised in" in note for note in found.notes), found.notes


def test_a_post_of_the_united_kingdom_alone_is_not_offered_in_jersey():
    # The nursing associate is England's (its role's countries): registering on the UK's
    # registers does not make Jersey's posts the UK's.
    skills = ["physical health monitoring:3", "care planning:3", "medication administration:3"]
    for country in ("JE", "GB"):
        ranking = careermap.rank_careers(
            skills, background={"country": country}, semantic=False, limit=None
        )
        listed = "nursing-associate" in [m.role_id for m in ranking]
        assert listed is (country == "GB"), country


def test_an_irish_clinical_director_is_a_consultant_psychiatrist(taxonomy):
    # review39 P2 (Ballinasloe): the post named only the counselling and social work
    # registers in Ireland; an approved centre's clinical director is a consultant
    # psychiatrist (Mental Health Act 2001, s. 71(1)). A nurse's registration is not it.
    def readiness(*credentials):
        person = Background(
            education="master", years_experience=26, country="IE", credentials=list(credentials)
        )
        found = role_readiness(
            lookup_role("clinical-director"), person, taxonomy=taxonomy, shown=None
        )
        assert found is not None
        return found

    nurse = readiness("Registered Psychiatric Nurse (NMBI)", "MSc Nursing (Management)")
    assert nurse.verdict == "needs", nurse
    assert any("s. 71(1)" in note for note in nurse.notes), nurse.notes
    assert readiness("Consultant psychiatrist").verdict == "ready"


def test_the_stanley_nurse_s_nmc_registration_is_no_foreign_credential(taxonomy):
    # Forty-second round (cred42; the thirty-third set's Falklands community mental health
    # nurse): the Falkland Islands Government's health service asks the UK's registers, so
    # her NMC registration holds the nurse's posts there without a recognition check; a
    # person with no nursing registration is still not ready for them.
    credentials = ["NMC registered nurse (RMN)", "BSc Mental Health Nursing"]
    person = Background(
        education="bachelor",
        field="mental health nursing",
        years_experience=6,
        country="FK",
        credentials=credentials,
    )
    found = role_readiness(lookup_role("nurse-case-manager"), person, taxonomy=taxonomy, shown=None)
    assert found is not None
    assert found.verdict == "ready", found
    assert not any("recognised in" in note for note in found.notes), found.notes
    assert "recognised in" not in found.summary, found
    other = Background(education="bachelor", field="psychology", years_experience=6, country="FK")
    without = role_readiness(
        lookup_role("nurse-case-manager"), other, taxonomy=taxonomy, shown=None
    )
    assert without is not None
    assert without.verdict != "ready", without


@pytest.mark.parametrize("country", ["GP", "MQ", "RE", "YT", "GF"])
def test_france_s_overseas_departments_are_france(taxonomy, country):
    # Forty-second round (cred42; the thirty-third set's Baie-Mahault psychologue): her
    # "Titre de psychologue" was ready for the psychologist's post in France and told
    # "what employers in Guadeloupe ask for in place of a licence from the United States"
    # there. The overseas departments and regions are France (Constitution, art. 73):
    # France's titles hold their posts, and France's posts are offered there.
    assert licensing_country(country) == "FR"
    assert LICENSED_AS[country] == "FR"
    credentials = ["Titre de psychologue (inscrite ADELI)", "Master 2 Psychologie clinique"]
    person = Background(
        education="master",
        field="clinical psychology",
        years_experience=8,
        country=country,
        credentials=credentials,
    )
    found = role_readiness(
        lookup_role("clinical-psychologist"), person, taxonomy=taxonomy, shown=None
    )
    assert found is not None
    assert found.verdict == "ready", found
    # Without the title, the post is not ready there either.
    bare = Background(education="master", field="clinical psychology", country=country)
    found = role_readiness(
        lookup_role("clinical-psychologist"), bare, taxonomy=taxonomy, shown=None
    )
    assert found is not None
    assert found.verdict != "ready", found


def test_an_overseas_collectivity_is_not_read_as_france():
    # French Polynesia and New Caledonia have statutes of their own (art. 74, 77).
    for country in ("PF", "NC", "PM"):
        assert licensing_country(country) == country

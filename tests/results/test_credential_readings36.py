"""Credentials of the twenty-seventh set's countries (thirty-sixth round, cred36, review36 P3).

A Cyprus clinical psychologist registered with the Psychologists Registration Council read
"needs a doctorate" on her own current job; a Turkish child development specialist was
asked for the US CCLS; a Tashkent defectologist for a teaching licence her degree stands
in for; a Tunisian social worker's Licence en service social and an Australian carer
peer worker's Certificate IV were read as nothing on the posts they are the route to; an
Irish nurse's postgraduate diploma was named "a master's degree"; and the US associate
degree route to the RN was shown in England and New Zealand, where nursing is degree
entry. The sources are in the credentials' and roles' comments (data/taxonomy/).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.profile import Background
from careermap.results.countries import for_country, unregulated
from careermap.results.credentials import certifies, holds
from careermap.results.education import education_held

CYPRUS = "Registered clinical psychologist (Cyprus Psychologists Registration Council)"


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


def readiness(skills, background, role_id):
    """What *role_id*'s readiness says in the full ranking for *background* (None: left out)."""
    ranking = careermap.rank_careers(skills, background=background, limit=None)
    found = [str(match.readiness) for match in ranking if match.role_id == role_id]
    return found[0] if found else None


def test_the_cyprus_registration_is_the_clinical_psychologist_s_licence(default):
    clinical = credential(default, "licensed-clinical-psychologist")
    assert certifies([CYPRUS], clinical)
    asked = for_country(clinical, "CY")
    assert asked is not None
    assert asked.name == CYPRUS
    # The counselling posts take the Council's registration in either specialty.
    counselling = "Registered counselling psychologist (Cyprus Psychologists Registration Council)"
    for taken in (
        "lpc",
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
    ):
        assert holds([CYPRUS], credential(default, taken)), taken
        assert holds([counselling], credential(default, taken)), taken
    # Registration is by specialty: the counselling one is not the clinical licence, and a
    # "Registered psychologist" alone (Australia's general registration) is neither.
    assert not holds([counselling], clinical)
    assert not holds(["Registered psychologist"], clinical)


def test_a_limassol_clinical_psychologist_needs_no_doctorate_for_her_own_job():
    background = {
        "education": "master",
        "field": "clinical psychology",
        "country": "CY",
        "credentials": [CYPRUS, "MSc in Clinical Psychology (University of Cyprus)"],
        "current_role": "Clinical psychologist",
        "years_experience": 6,
    }
    skills = ["cognitive behavioural therapy:4", "clinical assessment:4"]
    own = readiness(skills, background, "clinical-psychologist")
    assert own is not None
    assert "doctorate" not in own
    assert "in place of a licence" not in own
    assert readiness(skills, background, "therapist").startswith("Ready now")


@pytest.mark.parametrize(
    ("country", "education", "doctorate"),
    [
        ("CY", "master", False),
        ("IT", "master", False),
        ("FI", "master", False),
        ("IE", "master", True),
    ],
)
def test_the_clinical_psychologist_s_degree_is_the_country_s(country, education, doctorate):
    # A master's licenses in Cyprus, Italy and Finland (EuroPsy; the EU survey in the role's
    # comment); Ireland's clinical psychologists qualify on a doctorate.
    background = {"education": education, "country": country, "current_role": "Psychologist"}
    said = readiness(["clinical assessment:4", "diagnosis:4"], background, "clinical-psychologist")
    assert said is not None
    assert ("doctorate" in said) is doctorate


def test_the_ccls_is_not_asked_in_turkiye():
    ccls = next(
        c
        for c in careermap.lookup_role("child-life-specialist").entry.credentials
        if c.id == "ccls"
    )
    assert for_country(ccls, "TR") is None
    (note,) = unregulated([ccls], "TR")
    assert "not asked in Türkiye" in note
    assert "child development" in note
    # Canadian child life specialists hold it as US ones do; elsewhere careermap says it
    # does not know.
    assert for_country(ccls, "CA") is ccls
    other = for_country(ccls, "GB")
    assert other is not None
    assert "in place of" in other.name


def test_an_izmir_child_development_specialist_is_not_asked_for_the_ccls():
    background = {
        "education": "bachelor",
        "field": "child development",
        "country": "TR",
        "credentials": ["Lisans, Çocuk Gelişimi (bachelor's in child development)"],
        "years_experience": 7,
    }
    said = readiness(
        ["child development:5", "play therapy:4", "parent education:4"],
        background,
        "child-life-specialist",
    )
    assert said is not None
    assert "CCLS" not in said
    assert "Needs" not in said


def test_a_defectology_degree_stands_in_for_the_special_education_teaching_licence(default):
    licence = credential(default, "teaching-licence")
    held = "Bachelor's diploma in defectology (oligophrenopedagogy)"
    assert holds([held], licence)
    # Taken for hiring; it certifies special education, not what the licence implies.
    assert not certifies([held], licence)
    assert not holds(["PECS Level 1 workshop"], licence)
    background = {
        "education": "bachelor",
        "field": "defectology",
        "country": "UZ",
        "credentials": [held],
        "years_experience": 14,
    }
    said = readiness(["special needs education:5"], background, "special-education-teacher")
    assert said is not None
    assert "Teaching licence" not in said


def test_the_tunisian_licence_en_service_social_is_the_social_work_qualification(default):
    for credential_id in ("social-work-licence", "social-work-licence-or-registration"):
        assert certifies(["Licence en service social"], credential(default, credential_id))
    asked = for_country(credential(default, "social-work-licence"), "TN")
    assert asked is not None
    assert asked.name == "Licence en service social"
    background = {
        "education": "bachelor",
        "field": "social work",
        "country": "TN",
        "credentials": ["Licence en service social"],
        "years_experience": 15,
    }
    said = readiness(["case management:4"], background, "hospital-social-worker")
    assert said is not None
    assert "master's" not in said
    assert "in place of a licence" not in said


def test_the_certificate_iv_stands_in_for_the_family_peer_credential_in_australia(default):
    family = credential(default, "certified-family-peer-specialist")
    held = "Certificate IV in Mental Health Peer Work (CHC43515)"
    asked = for_country(family, "AU")
    assert asked is not None
    assert asked.name == "Certificate IV in Mental Health Peer Work"
    assert holds([held], family)
    # It is awarded to consumer and carer peer workers alike: it shows no kind.
    assert not certifies([held], family)
    background = {
        "education": "certificate",
        "country": "AU",
        "credentials": [held],
        "lived_experience": ["family"],
        "years_experience": 5,
    }
    said = readiness(["training delivery:4"], background, "family-peer-advocate")
    assert said is not None
    assert "in place of a certification" not in said


def test_a_postgraduate_diploma_is_named_as_one():
    diploma = Background(
        education="bachelor", credentials=["Postgraduate Diploma in Liaison Mental Health Nursing"]
    )
    assert education_held(diploma) == "a postgraduate diploma"
    background = {
        "education": "bachelor",
        "field": "mental health nursing",
        "country": "IE",
        "credentials": [
            "Registered Psychiatric Nurse (NMBI)",
            "Postgraduate Diploma in Liaison Mental Health Nursing",
        ],
        "current_role": "Clinical Nurse Specialist, self-harm",
        "years_experience": 8,
    }
    ranking = careermap.rank_careers(
        ["suicide risk assessment:5", "safety planning:4", "suicide prevention:4"],
        background=background,
        limit=None,
    )
    said = [str(m.readiness) for m in ranking if "while you hold" in str(m.readiness)]
    assert said, "no post reads as a step down from licensed practice"
    for line in said:
        assert "a postgraduate diploma" in line
        assert "master's degree" not in line


@pytest.mark.parametrize(("country", "associate"), [("GB", False), ("NZ", False), ("US", True)])
def test_nursing_is_degree_entry_in_the_uk_and_new_zealand(country, associate):
    background = {"education": "certificate", "country": country, "years_experience": 3}
    said = readiness(["de-escalation:4", "active listening:4"], background, "psychiatric-nurse")
    assert said is not None
    assert ("associate degree" in said) is associate
    assert ("bachelor's degree" in said) is not associate


def test_a_nurse_registered_by_a_diploma_keeps_her_registration_in_the_uk():
    # Degree entry is the route for new registrants; an RMN registered before 2013 by a
    # diploma is not told to get a bachelor's for the post she holds the licence for.
    background = {
        "education": "associate",
        "country": "GB",
        "credentials": ["Registered Nurse (Mental Health), NMC"],
        "years_experience": 12,
    }
    said = readiness(["de-escalation:4", "active listening:4"], background, "psychiatric-nurse")
    assert said is not None
    assert "bachelor's degree" not in said
    assert said.startswith("Ready")

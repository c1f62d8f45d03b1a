"""A qualification that leads to a registration (twenty-ninth round, route29).

A trainee nursing associate in year two of two of his FdSc was told the nursing associate
post "needs an associate degree; Registered nursing associate (NMC)": the qualification
he is finishing is the route to both. A credential's ``programmes`` name the
qualifications its regulator approves; one in progress is on the way, one completed is
an application to make, and neither holds the credential.
"""

from __future__ import annotations

import pytest

from careermap import Background, load_taxonomy, lookup_role, rank_careers
from careermap.results.credentials import certifies, holds
from careermap.results.programmes import on_programme
from careermap.results.readiness import assess

TRAINEE = "FdSc Nursing Associate (apprenticeship), University of Lincoln - year 2 of 2"
QUALIFIED = "FdSc Nursing Associate, University of Plymouth"
NMC = "NMC registration as a nursing associate"
#: What a social work degree leads to in the UK: one register, of the person's nation.
UK_SW = (
    "registration with the social work register of your UK nation (Social Work England, "
    "SSSC, Social Care Wales or NISCC)"
)


def _assess(role_id: str, **background: object):
    role = lookup_role(role_id)
    return assess(role.entry, Background(**background), sector=role.sector, role=role.id)


def _registration():
    return load_taxonomy().credential_index["nursing-associate-registration"]


def test_a_trainee_is_on_the_way_not_told_to_get_the_degree():
    found = _assess("nursing-associate", country="GB", education="secondary", credentials=[TRAINEE])
    assert found.verdict == "needs"
    assert found.summary == (
        f"Needs your {TRAINEE!r} finished (on the way: it gives an associate degree and "
        f"leads to {NMC})"
    )
    assert "an associate degree;" not in found.summary
    assert "1,150 hours" not in found.summary


def test_a_completed_programme_is_an_application_not_the_registration():
    found = _assess(
        "nursing-associate", country="GB", education="associate", credentials=[QUALIFIED]
    )
    assert found.verdict == "certify", str(found)
    assert found.summary == (
        f"Ready after a short step: {NMC[:1].upper()}{NMC[1:]}: apply with your "
        f"{QUALIFIED!r}, the qualification it asks for"
    )


def test_a_programme_neither_holds_nor_certifies_the_registration():
    registration = _registration()
    for text in (TRAINEE, QUALIFIED):
        assert not holds([text], registration)
        assert not certifies([text], registration)


def test_the_registration_held_beside_its_programme_is_held():
    found = _assess(
        "nursing-associate",
        country="GB",
        education="associate",
        credentials=[QUALIFIED, "Registered Nursing Associate, Nursing and Midwifery Council"],
    )
    assert "apply with" not in found.summary
    assert "on the way" not in found.summary


@pytest.mark.parametrize("country", [None, "US"])
def test_a_programme_is_read_only_in_its_regulators_country(country):
    # A regulator approves programmes for its own country; without one, nothing is assumed.
    assert on_programme([TRAINEE], _registration(), country) is None
    found = _assess(
        "nursing-associate", country=country, education="secondary", credentials=[TRAINEE]
    )
    assert "on the way" not in found.summary


def test_a_programme_given_up_is_not_on_the_way():
    # The Cardiff trainee clinical psychologist of the ninth set withdrew in year two.
    found = _assess(
        "clinical-psychologist",
        country="GB",
        education="master",
        credentials=["Doctorate in Clinical Psychology (withdrawn in year 2)"],
    )
    assert found.verdict == "needs"
    assert "on the way" not in found.summary
    assert "apply with" not in found.summary
    assert "HCPC registered clinical psychologist" in found.summary


def test_a_lapsed_registration_is_renewed_not_applied_for_again():
    found = _assess(
        "clinical-psychologist",
        country="GB",
        education="doctorate",
        credentials=[
            "DClinPsy, University of Glasgow",
            "HCPC registered clinical psychologist (lapsed 2020)",
        ],
    )
    assert "renew your" in found.summary
    assert "apply with" not in found.summary


def test_a_social_work_degree_in_progress_leads_to_the_register():
    found = _assess(
        "child-protection-social-worker",
        country="GB",
        education="bachelor",
        credentials=["MA Social Work, University of Kent (in progress)"],
    )
    assert found.verdict == "needs"
    assert "Needs your 'MA Social Work, University of Kent (in progress)' finished" in (
        found.summary
    )
    assert f"(on the way: it leads to {UK_SW})" in found.summary
    assert "Social Work England registration after a social work degree" in str(found.notes)


def test_the_ranking_explains_the_route_in_plain_words():
    ranking = rank_careers(
        ["NEWS2 & physical obs", "depot clinic"],
        background={"country": "GB", "education": "secondary", "credentials": [TRAINEE]},
        limit=None,
    )
    (match,) = [m for m in ranking if m.role_id == "nursing-associate"]
    text = match.explain()
    assert "on the way: it gives an associate degree and leads to" in text
    assert "Needs an associate degree" not in text


def test_an_accredited_social_work_degree_in_australia_names_the_aasw():
    # Australia has no social work register: posts ask AASW membership or eligibility,
    # which an AASW-accredited degree gives (AASW accreditation standards).
    done = _assess(
        "hospital-social-worker",
        country="AU",
        education="bachelor",
        credentials=["Bachelor of Social Work, University of Tasmania"],
    )
    assert done.verdict == "certify", str(done)
    assert done.summary.startswith("Ready after a short step: AASW membership: apply with your")
    studying = _assess(
        "hospital-social-worker",
        country="AU",
        education="bachelor",
        credentials=[
            "Master of Social Work (Qualifying), University of South Australia (final year)"
        ],
    )
    assert "(on the way: it leads to AASW membership)" in studying.summary


# Thirtieth round (prog30, review 29b R2 and R3).

HCPC = "HCPC registration as a clinical psychologist"


@pytest.mark.parametrize(
    "text",
    [
        "DClinPsy (year 2 of 3)",
        # The long forms: the institution, or the trainee's post, beside it after a comma,
        # and the year written without the course's length.
        "Doctorate in Clinical Psychology, UCL (year 2 of 3)",
        "Trainee clinical psychologist, DClinPsy year 2",
    ],
)
def test_a_doctorate_in_progress_is_the_doctorate_the_post_asks(text):
    found = _assess("clinical-psychologist", country="GB", education="master", credentials=[text])
    assert found.verdict == "needs"
    assert found.summary == (
        f"Needs your {text!r} finished (on the way: it gives a doctorate and leads to {HCPC})"
    )
    assert "a doctorate;" not in found.summary


def test_a_completed_doctorate_is_an_application_in_plain_words():
    found = _assess(
        "clinical-psychologist",
        country="GB",
        education="doctorate",
        credentials=["DClinPsy, University of Glasgow"],
    )
    assert found.summary.startswith(
        f"Ready after a short step: {HCPC}: apply with your 'DClinPsy, University of Glasgow'"
    )


def test_a_year_alone_marks_a_programme_in_progress():
    # "year 2" alone marks a course in progress for a programme the credential lists; a
    # qualification that is none of them is read as before, and a completed one is done.
    psychologist = load_taxonomy().credential_index["licensed-clinical-psychologist"]
    assert on_programme(["DClinPsy second year"], psychologist, "GB").pending
    assert not on_programme(["ClinPsyD, University of Leeds"], psychologist, "GB").pending
    assert on_programme(["MSc Psychology, year 2"], psychologist, "GB") is None


def test_a_bachelors_in_progress_does_not_give_a_masters_post_its_degree():
    found = _assess(
        "clinical-social-worker",
        country="GB",
        education="secondary",
        credentials=["BA Social Work (final year)"],
    )
    assert found.summary == (
        "Needs a master's degree; your 'BA Social Work (final year)' finished (on the way: "
        f"it leads to {UK_SW})"
    )


def test_a_masters_in_progress_gives_a_masters_post_its_degree():
    found = _assess(
        "clinical-social-worker",
        country="GB",
        education="bachelor",
        credentials=["MA Social Work, University of York (year 1 of 2)"],
    )
    assert found.summary.startswith(
        "Needs your 'MA Social Work, University of York (year 1 of 2)' finished (on the way: "
        f"it gives a master's degree and leads to {UK_SW})"
    )


@pytest.mark.parametrize(
    "role_id",
    ["child-protection-social-worker", "hospital-social-worker", "clinical-social-worker"],
)
def test_every_social_work_post_reads_the_degree_and_names_one_register(role_id):
    # One screen, one reading: the clinical social worker's credential (the LCSW) is the
    # same UK register, named once for the person's nation, not as four registrations.
    text = "Bachelor of Social Work (final year)"
    found = _assess(role_id, country="GB", education="bachelor", credentials=[text])
    assert f"your {text!r} finished (on the way: it leads to {UK_SW})" in found.summary
    assert "SSSC registered social worker" not in found.summary


def test_the_degree_is_said_as_the_programmes_of_the_persons_country():
    # Thirty-third round (review33 P12): a Blackpool support worker with GCSEs was told the
    # post "Needs an associate degree; Registered nursing associate (NMC)"; in England the
    # route is the NMC-approved foundation degree or apprenticeship.
    found = _assess("nursing-associate", country="GB", education="secondary")
    assert found.verdict == "needs"
    assert "an associate degree" not in found.needs
    assert found.needs[0] == (
        f"the qualification for {NMC} (FdSc Nursing Associate, Foundation Degree in "
        "Nursing Associate or Nursing associate apprenticeship)"
    )
    assert found.summary.startswith("Needs the qualification for NMC registration")
    # Not where the registration has no programme for the country.
    elsewhere = _assess("nursing-associate", country="US", education="secondary")
    assert "an associate degree" in elsewhere.needs


def test_the_qualification_a_registration_asks_reads_as_english():
    # Review34 P11: "Needs a qualification HCPC registration as a clinical psychologist asks
    # for (...)" (Brighton, CLI run); said as "the qualification for" what it leads to.
    found = _assess(
        "clinical-psychologist", country="GB", education="bachelor", credentials=["BSc Psychology"]
    )
    need = next(n for n in found.needs if "Doctorate in Clinical Psychology" in n)
    assert need.startswith("the qualification for HCPC registration as a clinical psychologist (")
    assert "asks for" not in need

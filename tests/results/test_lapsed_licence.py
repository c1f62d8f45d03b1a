"""A lapsed or inactive licence: it certifies what was practised, but holds no post.

Nineteenth round, from the eleventh persona set's read: a Scottish clinical psychologist
whose HCPC registration lapsed while she cared for her mother was "Ready now" for
clinical psychologist posts, and an Oregon psychologist's inactive licence was read as
current. The step for both is to reinstate the licence, not to qualify again.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.results.credentials import is_lapsed
from careermap.results.hiring import RETURN_TO_PRACTICE
from careermap.results.readiness import implied_skills

SKILLS = ["CBT:4", "clinical assessment:4"]


def _verdict(credentials, country, role_id="clinical-psychologist"):
    background = Background(
        education="doctorate", credentials=credentials, country=country, years_experience=15
    )
    ranking = careermap.rank_careers(SKILLS, background=background, limit=None, semantic=False)
    return next(m.readiness for m in ranking if m.role_id == role_id)


@pytest.mark.parametrize(
    "text",
    [
        "HCPC registered clinical psychologist (lapsed 2020)",
        "Licensed Psychologist (Oregon), inactive status",
        "LCSW (expired)",
        "RN licence not renewed",
        "HCPC registration suspended",
    ],
)
def test_these_say_the_licence_is_not_current(text):
    assert is_lapsed(text)


@pytest.mark.parametrize("text", ["LCSW", "Active licence", "Licensed Psychologist (Oregon)"])
def test_these_do_not(text):
    assert not is_lapsed(text)


def test_a_lapsed_registration_holds_no_post_and_renewing_it_is_a_short_step():
    current = _verdict(["HCPC registered clinical psychologist"], "GB")
    assert current.verdict == "ready", current
    lapsed = _verdict(["HCPC registered clinical psychologist (lapsed 2020)"], "GB")
    assert lapsed.verdict == "certify", lapsed
    assert lapsed.summary.startswith(
        "Ready after a short step: renew your 'HCPC registered clinical psychologist "
        "(lapsed 2020)' with its regulator"
    ), lapsed.summary


@pytest.mark.parametrize(
    ("text", "role_id", "named"),
    [
        # Twentieth round: the step named the US licence the taxonomy files the post's
        # under ("... with its regulator (Licensed clinical psychologist)") to a Scottish
        # psychologist whose own registration is the licence there.
        ("HCPC registered clinical psychologist (lapsed 2020)", "clinical-psychologist", None),
        ("HCPC registered clinical psychologist (lapsed 2020)", "therapist", None),
        ("MBACP (lapsed)", "mental-health-counsellor", "BACP registered counsellor"),
    ],
)
def test_renewing_names_the_licence_as_the_country_does(text, role_id, named):
    found = _verdict([text], "GB", role_id)
    assert found.verdict == "certify", found
    step = next(need for need in found.needs if need.startswith("renew"))
    assert "Licensed" not in step, step
    assert "LPC" not in step, step
    if named is None:
        assert step.removesuffix(RETURN_TO_PRACTICE).endswith("with its regulator"), step
    else:
        assert named in step, step


def test_an_inactive_licence_is_read_by_its_name_without_the_status():
    # Twentieth round (a counsellor's review): ", inactive status" after the name made it
    # "a licence careermap does not know", and the Portland psychologist's own licence
    # sent her clinical posts to the 75th place.
    found = _verdict(["Licensed Psychologist (Oregon), inactive status"], "US")
    assert found.verdict == "certify", found
    assert found.needs == (
        "renew your 'Licensed Psychologist (Oregon), inactive status' with its regulator"
        + RETURN_TO_PRACTICE,
    )


def test_a_licence_a_regulator_revoked_is_not_renewed():
    found = _verdict(["Licensed psychologist (Ohio), revoked 2019"], "US")
    assert found.verdict == "needs", found
    assert found.needs[0].startswith("reinstatement of your 'Licensed psychologist (Ohio), revoked")
    assert not any(need.startswith("renew") for need in found.needs)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Licensed psychologist (Oregon), application submitted",
            "the decision on your 'Licensed psychologist (Oregon)' (application submitted)",
        ),
        (
            "Licensed psychologist, licence pending",
            "the decision on your 'Licensed psychologist' (pending)",
        ),
        (
            "Licensed psychologist (EPPP passed, in assessment)",
            "the decision on your 'Licensed psychologist (EPPP passed)' (in assessment)",
        ),
    ],
)
def test_a_pending_licence_holds_no_post_and_completing_it_is_the_step(text, step):
    found = _verdict([text], "US")
    assert found.verdict == "certify", found
    assert found.needs == (step,)
    assert _verdict(["Licensed psychologist"], "US").verdict == "ready"


def test_a_licence_exam_booked_is_said_as_the_exam_to_pass():
    # Review34 (P6, P11): the El Paso LMSW was told to "complete your 'LCSW clinical exam
    # booked (supervision hours complete)'", her own words quoted as the task.
    text = "LCSW clinical exam booked (supervision hours complete)"
    found = _verdict(["LMSW", text], "US", role_id="clinical-social-worker")
    step = "pass the LCSW clinical exam (booked; supervision hours complete)"
    assert step in found.needs, found
    assert not any(need.startswith("complete your") for need in found.needs)


def test_a_postgraduate_diploma_in_progress_is_not_yet_a_masters():
    # Twentieth round: the Kampala counsellor's diploma "(in progress)" met programme
    # evaluator's master's and put the post first, "Ready now".
    background = Background(
        education="bachelor", credentials=["Postgraduate Diploma in M&E (in progress)"]
    )
    ranking = careermap.rank_careers(SKILLS, background=background, limit=None, semantic=False)
    found = next(m.readiness for m in ranking if m.role_id == "programme-evaluator")
    assert "a master's degree" in found.needs, found


def test_a_lapsed_licence_still_certifies_what_was_practised():
    taxonomy = careermap.load_taxonomy()
    current = implied_skills(Background(credentials=["LCSW"]), taxonomy)
    lapsed = implied_skills(Background(credentials=["LCSW (expired)"]), taxonomy)
    assert current
    assert lapsed == current


def test_a_renewal_says_what_it_takes_after_years_away(default):
    # Twenty-second round: a mental health nurse twelve years off the NMC register was
    # told to "renew" it, as if it were paperwork.
    found = careermap.rank_careers(
        ["mental health nursing", "risk assessment"],
        taxonomy=default,
        limit=None,
        background={
            "education": "associate",
            "country": "GB",
            "credentials": ["Registered Mental Health Nurse (NMC registration lapsed)"],
        },
    )
    nurse = next(m for m in found.matches if m.role_id == "psychiatric-nurse")
    assert nurse.readiness.verdict == "certify"
    # Forty-first round (cred41): the NMC's own rule, named (results.return_routes).
    summary = nurse.readiness.summary
    assert "renew your registration with the NMC; without 450 hours of practice" in summary
    assert RETURN_TO_PRACTICE not in summary


def test_a_renewal_names_the_country_s_regulator_and_its_route_back():
    # Forty-first round (cred41, review41 P11): a New Zealand nurse eight years out was
    # told to "renew your 'Registered Nurse, Nursing Council of New Zealand (practising
    # certificate lapsed 2017)' with its regulator (Registered Nurse (RN))". The Nursing
    # Council's competence assessment programme is named (HPCA Act 2003, s 27), and her
    # text is not repeated.
    text = "Registered Nurse, Nursing Council of New Zealand (practising certificate lapsed 2017)"

    def summary(country: str) -> str:
        found = careermap.rank_careers(
            ["mental health nursing", "risk assessment"],
            limit=None,
            semantic=False,
            background={"education": "bachelor", "country": country, "credentials": [text]},
        )
        nurse = next(m for m in found.matches if m.role_id == "psychiatric-nurse")
        assert nurse.readiness.verdict == "certify", nurse.readiness
        return nurse.readiness.summary

    here = summary("NZ")
    assert "renew your practising certificate with the Nursing Council of New Zealand" in here
    assert "competence assessment programme" in here
    assert "s 27" in here
    assert "lapsed 2017" not in here, here
    assert RETURN_TO_PRACTICE not in here


@pytest.mark.parametrize("country", ["GB", "GB-WLS"])
def test_a_welsh_social_worker_s_route_back_is_social_care_wales_s(country):
    # Forty-second round (cred42; the thirty-third set's Caernarfon social worker, off the
    # register since 2014): Social Care Wales's portfolio of updating, 360 hours after
    # more than six years off (socialcare.wales, "Returning to social work practice"),
    # named whether the post names the four nations' registers or Wales's alone. Another
    # nation's register lapsed keeps the general words: its council's rule is not read.
    def summary(text: str, where: str) -> str:
        found = careermap.rank_careers(
            ["case management:4", "safeguarding:4"],
            limit=None,
            semantic=False,
            background={"education": "bachelor", "country": where, "credentials": [text]},
        )
        worker = next(m for m in found.matches if m.role_id == "hospital-social-worker")
        assert worker.readiness.verdict == "certify", worker.readiness
        return worker.readiness.summary

    welsh = summary("Social Care Wales registered social worker (lapsed 2014)", country)
    assert "renew your registration with Social Care Wales" in welsh, welsh
    assert "360 after more than six" in welsh, welsh
    assert RETURN_TO_PRACTICE not in welsh
    scottish = summary("SSSC registered social worker (lapsed 2014)", "GB")
    assert "Social Care Wales" not in scottish, scottish
    assert RETURN_TO_PRACTICE in scottish, scottish


_LAPSED_HCPC = "HCPC registration, arts therapist (dramatherapist) (lapsed 2016)"
_ARTS = ["dramatherapy:5", "clinical supervision:5"]


def _arts_verdict(credentials, role_id):
    background = Background(
        education="master", credentials=credentials, country="IE", years_experience=29
    )
    ranking = careermap.rank_careers(_ARTS, background=background, limit=None, semantic=False)
    return next(m.readiness for m in ranking if m.role_id == role_id)


@pytest.mark.parametrize("role_id", ["clinical-supervisor", "therapist"])
def test_a_foreign_registration_lapsed_is_not_renewed_where_another_is_asked(role_id):
    # Thirty-first round (review 30 (d)): arts therapists have no statutory register in
    # Ireland; IACAT's accreditation is asked in the HCPC registration's place, so a
    # dramatherapist in Waterford whose HCPC registration lapsed is not sent back to the
    # HCPC with a return-to-practice course.
    found = _arts_verdict([_LAPSED_HCPC], role_id)
    step = next(need for need in found.needs if "IACAT" in need)
    assert step.startswith("apply for IACAT accredited creative arts therapist"), step
    assert "employers in Ireland ask for in place of HCPC registered arts therapist" in step
    assert not any(need.startswith("renew") for need in found.needs), found.needs
    assert RETURN_TO_PRACTICE not in found.summary, found.summary


def test_iacat_accreditation_holds_the_arts_therapy_licence_in_ireland():
    found = _arts_verdict(["IACAT accredited member", _LAPSED_HCPC], "clinical-supervisor")
    assert not any("IACAT" in need or "HCPC" in need for need in found.needs), found
    assert found.verdict not in ("needs", "certify"), found


def test_the_same_registration_lapsed_at_home_is_still_renewed():
    background = Background(education="master", credentials=[_LAPSED_HCPC], country="GB")
    ranking = careermap.rank_careers(_ARTS, background=background, limit=None, semantic=False)
    found = next(m.readiness for m in ranking if m.role_id == "clinical-supervisor")
    assert any(need.startswith(f"renew your {_LAPSED_HCPC!r}") for need in found.needs), found

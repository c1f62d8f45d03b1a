"""Readiness: whether a person could be hired into a role now, and what stands between."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import assess, holds
from careermap.taxonomy.models import Credential, Entry


def entry(**fields):
    base = {"education": "bachelor", "job_zone": 4, "seniority": "mid"}
    return Entry.model_validate({**base, **fields})


LCSW = {"name": "Licensed Clinical Social Worker (LCSW)", "kind": "licence"}
LPC = {"name": "Licensed Professional Counselor (LPC/LMHC)", "kind": "licence"}


@pytest.mark.parametrize(
    ("held", "wanted", "expected"),
    [
        (["LCSW (US)"], LCSW, True),
        (["LPC (US)"], LCSW, False),
        (["LMHC (US)"], LPC, True),  # either abbreviation of the same licence
        (["LPC-Associate (US, supervised licence)"], LPC, False),  # not the full licence yet
        (
            ["State school counselor certification (PK-12)"],
            {"name": "School counsellor certification", "kind": "licence"},
            True,
        ),
        (
            ["Registered social worker (Social Work England)"],
            {"name": "Social work licence or registration", "kind": "licence"},
            True,
        ),
        (["RN (US, BSN)"], {"name": "Registered Nurse (RN)", "kind": "licence"}, True),
        (["BLS"], {"name": "Registered Nurse (RN)", "kind": "licence"}, False),
        ([], LCSW, False),
    ],
)
def test_credentials_are_matched_as_people_write_them(held, wanted, expected):
    assert holds(held, Credential.model_validate(wanted)) is expected


def test_nothing_said_nothing_judged():
    assert assess(None, Background()) is None
    assert assess(entry(), None) is None
    assert assess(entry(education="doctorate", seniority="lead"), Background()).verdict == "ready"


def test_a_missing_degree_or_licence_is_a_long_step_named_with_its_note():
    found = assess(
        entry(education="master", credentials=[{**LPC, "note": "US: state licence."}]),
        Background(education="bachelor", credentials=["ASIST trained"]),
    )
    assert found.verdict == "needs"
    assert found.needs == ("a master's degree", LPC["name"])
    assert found.notes == (f"{LPC['name']}: US: state licence.",)
    assert str(found) == f"Needs a master's degree; {LPC['name']}"


def test_licences_a_role_lists_are_alternatives():
    either = entry(credentials=[LPC, LCSW])
    assert assess(either, Background(credentials=["LCSW"])).verdict == "ready"
    assert assess(either, Background(credentials=[])).needs == (f"{LPC['name']} or {LCSW['name']}",)


def test_a_missing_certification_alone_is_a_short_step():
    found = assess(
        entry(credentials=[{"name": "Certified Peer Specialist (CPS)", "kind": "certification"}]),
        Background(credentials=[]),
    )
    assert (found.verdict, found.needs) == ("certify", ("Certified Peer Specialist (CPS)",))
    preferred = entry(credentials=[{"name": "CCM", "kind": "certification", "required": False}])
    assert assess(preferred, Background()).verdict == "ready"


def test_peer_roles_need_lived_experience():
    peer = entry(lived_experience="required")
    assert assess(peer, Background(lived_experience=True)).verdict == "ready"
    assert assess(peer, Background(lived_experience=None)).verdict == "needs"


def test_steps_up_and_down_follow_experience_and_preparation():
    assert assess(entry(seniority="lead"), Background(years_experience=1)).verdict == "step-up"
    # Three rungs down is a step down (a director to an entry-level post); two are a
    # change of field a counsellor would discuss (a senior nurse into intake work).
    assert assess(entry(seniority="entry"), Background(years_experience=16)).verdict == "step-down"
    assert assess(entry(seniority="entry"), Background(years_experience=9)).verdict == "ready"
    assert assess(entry(seniority="mid"), Background(years_experience=9)).verdict == "ready"
    # Two job zones below what a master's prepares for (5) is a step down.
    assert assess(entry(job_zone=3), Background(education="master")).verdict == "step-down"
    # An entry-level post asking two education levels less than the person has is one
    # for an experienced person: a PhD as a research assistant, a graduate as an aide.
    graduate_post = entry(seniority="entry", job_zone=4, education="bachelor")
    phd = Background(education="doctorate", years_experience=4)
    assert assess(graduate_post, phd).verdict == "step-down"
    assert assess(graduate_post, Background(education="master", years_experience=4)).verdict == (
        "ready"
    )
    aide = entry(seniority="entry", job_zone=4, education="secondary")
    assert assess(aide, Background(education="bachelor", years_experience=4)).verdict == (
        "step-down"
    )
    assert assess(aide, Background(education="bachelor", years_experience=1)).verdict == "ready"


def test_on_the_bundled_taxonomy_a_crisis_line_worker_is_not_ready_to_be_a_therapist():
    worker = Background(education="bachelor", credentials=["ASIST trained"], years_experience=2)
    therapist = assess(lookup_role("therapist").entry, worker)
    assert therapist.verdict == "needs"
    assert "master's degree" in therapist.summary
    assert assess(lookup_role("crisis-counsellor").entry, worker).verdict == "ready"
    psychologist = Background(education="doctorate", credentials=["Licensed psychologist (US)"],
                              years_experience=12)  # fmt: skip
    assert assess(lookup_role("research-assistant").entry, psychologist).verdict == "step-down"


def test_background_travels_with_the_profile_and_bad_values_are_named():
    profile = careermap.build_profile(["CBT"], background={"education": "master"})
    assert profile.background == Background(education="master")
    with pytest.raises(careermap.ProfileError, match=r"background\.education.*'masters'"):
        careermap.build_profile(["CBT"], background={"education": "masters"})
    with pytest.raises(careermap.ProfileError, match="background must be"):
        careermap.build_profile(["CBT"], background="master")

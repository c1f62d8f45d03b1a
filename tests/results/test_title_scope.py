"""A role named in a job title that is not the post held (thirty-second round, titles32).

careermap.results.title_scope: a generic name ("Case Manager", "Program Coordinator")
after words naming another field, a post named after the post it assists, and a care
coordinator of a mental health team; careermap.results.title_kinds.listed_codes: posts
O*NET lists under codes of their own ("Mental Health Worker (MHW)").
"""

from __future__ import annotations

import careermap
from careermap.results.current import current_role, kind_roles
from careermap.results.title_kinds import listed_codes
from careermap.results.title_scope import generic_names, held_role, team_coordinator


def _reads(held: str) -> str | None:
    found = current_role(held, careermap.load_taxonomy())
    return None if found is None else found.id


def test_a_generic_name_after_another_field_is_not_the_role() -> None:
    taxonomy = careermap.load_taxonomy()
    case = careermap.lookup_role("mental-health-case-manager")
    assert "case manag" in generic_names(case, taxonomy)
    # Another field before it: none, or the one role those words name whole.
    assert _reads("Employment Services Case Manager") is None
    assert _reads("Recreational Therapy Program Coordinator") == "recreational-therapist"
    assert _reads("Community Health Program Coordinator") == "community-health-worker"
    # A grade, a setting, the role's own words or its occupation's work: the role stands.
    for held in (
        "Intensive Case Manager (Housing First)",
        "Senior Case Manager",
        "Community Mental Health Case Manager",
        "Adult Mental Health Case Manager (CSB)",
        "Social Work Case Manager",
    ):
        assert _reads(held) == "mental-health-case-manager", held
    # The catalogue's own field names no other: a mental health outreach worker.
    assert _reads("Mental Health and Addictions Outreach Worker") == "outreach-worker"
    assert held_role("Case Manager", case, taxonomy) is case


def test_an_assistants_title_names_the_post_assisted_not_the_one_held() -> None:
    assert _reads("Addictions Counselor Assistant") is None
    assert _reads("Addictions Counselor") == "substance-use-counsellor"
    # Posts whose own names hold the word keep their reading.
    assert _reads("Research assistant, university psychology department") == "research-assistant"
    assert _reads("Social Services Aide") == "social-services-assistant"


def test_a_care_coordinator_in_a_mental_health_team_is_a_clinician() -> None:
    taxonomy = careermap.load_taxonomy()
    clinicians = {"clinical-social-worker", "mental-health-case-manager", "psychiatric-nurse"}
    for held in (
        "Care Coordinator, Early Intervention in Psychosis",
        "Care coordinator (mental health)",
        "Care Coordinator, CMHT (Band 6)",
    ):
        assert team_coordinator(held), held
        assert _reads(held) is None, held
        assert kind_roles(held, taxonomy) == clinicians, held
    assert _reads("Care Coordinator") == "patient-care-coordinator"
    assert not team_coordinator("Patient Care Coordinator (psychiatry outpatients)")


def test_a_post_onet_lists_under_its_own_codes_reads_as_their_kind() -> None:
    taxonomy = careermap.load_taxonomy()
    assert listed_codes("Mental Health Worker (MHW)") == ("29-2053.00", "31-1133.00")
    technician = {"behavioural-health-technician"}
    assert kind_roles("Mental Health Worker (MHW)", taxonomy) == technician
    assert kind_roles("Mental Health Associate", taxonomy) == technician
    # A post with more words is not the one listed: an Aboriginal mental health worker
    # is still a health worker of the community health workers' kind.
    assert listed_codes("Aboriginal Mental Health Worker") == ()
    assert kind_roles("Aboriginal Mental Health Worker", taxonomy) == {"community-health-worker"}

"""Job titles read as the catalogue role or kind of work they name (thirty-first round).

The survey in tests/data/title_readings.yaml: every current title of the persona sets that
may be read and titles of O*NET's, ESCO's and NHS Jobs' mental health and adjacent work,
each with the role a career counsellor reads in it (careermap.results.current).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import careermap
from careermap.results.current import current_role, kind_roles
from careermap.results.glossed import glossed_title
from careermap.results.title_words import named_kinds, says_its_work, specialties

SURVEY = Path(__file__).resolve().parents[1] / "data" / "title_readings.yaml"


def _survey() -> list[dict[str, Any]]:
    titles: list[dict[str, Any]] = yaml.safe_load(SURVEY.read_text(encoding="utf-8"))["titles"]
    return titles


def test_the_survey_holds_persona_and_sourced_titles_and_no_blind_ones() -> None:
    titles = _survey()
    sourced = [t for t in titles if not t["source"].startswith("personas")]
    assert len(sourced) >= 80
    # The thirty-fourth set is readable from the forty-third round; the thirty-fifth is
    # blind (written in the forty-third).
    assert not [t for t in titles if "thirty-fifth" in t["source"]]
    assert {t["source"] for t in titles} >= {
        "personas first",
        "personas twenty-third",
        "personas twenty-sixth",
        "personas twenty-seventh",
        "personas twenty-eighth",
        "personas twenty-ninth",
        "personas thirtieth",
        "personas thirty-first",
        "personas thirty-second",
        "personas thirty-third",
        "personas thirty-fourth",
    }


@pytest.mark.parametrize("entry", _survey(), ids=lambda entry: entry["title"])
def test_each_title_reads_as_the_survey_says(entry: dict[str, Any]) -> None:
    taxonomy = careermap.load_taxonomy()
    held = entry["title"]
    found = current_role(held, taxonomy)
    expected = entry.get("reads", entry["role"])
    assert (found.id if found else None) == expected
    kinds = kind_roles(held, taxonomy) if found is None else frozenset()
    if "kind" in entry:
        assert sorted(kinds) == entry["kind"]
    if "not_kind" in entry:  # no longer that specialist post's kind of work
        assert kinds != set(entry["not_kind"])


def test_a_kind_named_only_by_a_specialised_alias_needs_its_specialty() -> None:
    # left31 (thirty-first round): titles ending "mental health clinician" were read as
    # the managed-care clinician, whose alias "Managed care behavioral health clinician"
    # was the only role name ending "health clinician"; a Positive Behaviour Support
    # Practitioner as the parent educator ("Family support practitioner"); a wraparound or
    # psilocybin facilitator as the lived experience practitioner ("Involvement
    # facilitator"). The kind is the post's only where the title says its specialty.
    taxonomy = careermap.load_taxonomy()
    managed = careermap.lookup_role("behavioural-health-care-manager")
    assert specialties(managed, "health clinician") == {"manag", "care", "behavioral"}
    assert not says_its_work("Community mental health clinician", managed, "health clinician")
    assert says_its_work("Behavioral health clinician (managed care)", managed, "health clinician")
    for held in ("Community mental health clinician", "Co-responder clinician"):
        assert kind_roles(held, taxonomy) == frozenset(), held
    # The psilocybin facilitator's title ends "facilitator", but no other role's name says
    # psilocybin: its kind needs its specialty too (titles32), so a wraparound or group
    # facilitator is neither the involvement nor the psilocybin facilitator.
    for held in ("Wraparound Facilitator (care coordinator)", "Group facilitator, DAPP"):
        assert kind_roles(held, taxonomy) == frozenset(), held
    assert kind_roles("Lead facilitator (psilocybin)", taxonomy) == {"psychedelic-facilitator"}
    # A practitioner of some kind: the parent educator is one of five.
    assert kind_roles("Positive Behaviour Support Practitioner", taxonomy) > {"parent-educator"}
    # Both of "clinician"'s roles have it only in a specialised name: each needs its own.
    both = frozenset({"behavioural-health-care-manager", "intake-coordinator"})
    assert named_kinds("Intake clinician (crisis line)", both, "clinician", taxonomy) == {
        "intake-coordinator"
    }


def test_a_plain_name_or_a_held_or_graded_word_keeps_the_kind() -> None:
    # A role whose title ends with the kind is that kind plainly: an Aboriginal or lady
    # health worker is a community health worker. "Certified" and "Lead" name how a post
    # is held, not a specialty: a forensic peer specialist is a peer specialist; "Psychiatric
    # RN" ends in an abbreviation, a registered nurse whatever the specialty.
    taxonomy = careermap.load_taxonomy()
    chw = careermap.lookup_role("community-health-worker")
    assert specialties(chw, "health work") is None
    assert kind_roles("Forensic peer specialist", taxonomy) == {
        "peer-support-specialist",
        "peer-support-supervisor",
    }
    assert kind_roles("RN, withdrawal management unit (nights, charge)", taxonomy) == {
        "psychiatric-nurse"
    }


def test_a_mental_health_clinician_practises_the_counsellors_and_social_workers_core() -> None:
    # Named by no role now, a mental health clinician's title still names the profession
    # (O*NET's samples list "Clinician" under 21-1014 and 21-1023): its core practice is
    # taken from those codes, not from the managed-care clinician's post.
    from careermap.results.practice import title_practice  # noqa: PLC0415
    from careermap.results.title_kinds import title_codes  # noqa: PLC0415

    taxonomy = careermap.load_taxonomy()
    assert title_codes("Youth mental health clinician (Jigsaw)") == ("21-1014.00", "21-1023.00")
    assert "active-listening" in title_practice("Community mental health clinician", taxonomy)
    assert title_codes("Senior clinician") == ()


def test_a_title_in_unknown_words_is_read_in_its_english_gloss() -> None:
    # read33 (thirty-third round): a gloss was read only after letters English has not;
    # "Undervisningskonsulent" (Danish, English letters) named no kind of work.
    taxonomy = careermap.load_taxonomy()
    held = "Undervisningskonsulent (suicide prevention trainer), public health centre"
    assert glossed_title(held, taxonomy) == "suicide prevention trainer, public health centre"
    assert "mental-health-first-aid-instructor" in kind_roles(held, taxonomy)
    assert current_role("Kaimahi (crisis counsellor)", taxonomy).id == "crisis-counsellor"
    # Brackets after known words, or naming no post, are no gloss.
    assert glossed_title("Staff Nurse (psychiatry)", taxonomy) is None
    assert glossed_title("GZ-psycholoog (not working, relocated)", taxonomy) is None
    assert kind_roles("GZ-psycholoog (not working, relocated)", taxonomy) == frozenset()

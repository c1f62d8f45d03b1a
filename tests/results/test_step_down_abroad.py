"""A post a country opens with less education is not, there, a step down for a graduate."""

from __future__ import annotations

from careermap import lookup_role
from careermap.resolve.profile import Background
from careermap.results.readiness import assess

# The Montreal art therapist of the fifteenth persona set: a master's and seven years.
ART_THERAPIST = {"education": "master", "years_experience": 7}


def test_a_lower_floor_abroad_opens_a_post_without_making_it_junior():
    coordinator = lookup_role("volunteer-coordinator").entry
    assert coordinator.for_country("CA").education.value == "associate"
    assert coordinator.education.value == "bachelor"
    at_home = assess(coordinator, Background(**ART_THERAPIST, country="US"))
    in_canada = assess(coordinator, Background(**ART_THERAPIST, country="CA"))
    assert at_home is not None
    assert in_canada is not None
    # Judged, as in the US, against the bachelor's the post asks elsewhere.
    assert at_home.verdict == in_canada.verdict == "ready"


def test_a_step_down_by_education_is_still_one():
    # Two rungs below the post's own education, wherever the person is.
    coordinator = lookup_role("volunteer-coordinator").entry
    found = assess(coordinator, Background(education="doctorate", years_experience=7))
    assert found is not None
    assert found.verdict == "step-down"
    assert "asking for a bachelor's degree" in found.summary


# The Narva harm reduction counsellor of the twenty-first set (review 30, P4): a
# five-year specialist diploma from St Petersburg, never recognised in Estonia.
NARVA = {
    "education": "master",
    "years_experience": 11,
    "country": "EE",
    "credentials": [
        "Specialist diploma in psychology, St Petersburg (2006), recognition in Estonia applied for"
    ],
}


def test_a_degree_not_recognised_where_the_person_works_makes_no_step_down():
    outreach = lookup_role("outreach-worker").entry
    found = assess(outreach, Background(**NARVA))
    assert found is not None
    assert found.verdict == "ready"
    assert "step down" not in found.summary.lower()
    # The same degree, recognised (nothing written of it), is a step down, as before.
    recognised = assess(outreach, Background(**{**NARVA, "credentials": []}))
    assert recognised is not None
    assert recognised.verdict == "step-down"
    assert recognised.summary.startswith("Below your master's degree: ")


def test_only_a_degree_written_as_unrecognised_counts():
    outreach = lookup_role("outreach-worker").entry
    for written in (
        "BA (Hons) Youth and Community Work, JNC recognised",  # recognised: a step down
        "PSI recognition of qualifications (applied)",  # a registration, not a degree
    ):
        found = assess(outreach, Background(**{**NARVA, "credentials": [written]}))
        assert found is not None
        assert found.verdict == "step-down", written
    never = "MSc Psychology (Kyiv), not recognised in Poland"
    found = assess(outreach, Background(**{**NARVA, "credentials": [never]}))
    assert found is not None
    assert found.verdict == "ready"


def test_a_degree_abbreviation_counts_only_as_a_whole_token_beside_its_note():
    # Thirty-first round: rules30's reader matched "ma", "ba" and "msc" case-blind
    # anywhere in the text, and a degree anywhere beside a note on something else.
    from careermap.results.recognised import unrecognised_degree  # noqa: PLC0415

    def unrecognised(written: str) -> bool:
        return unrecognised_degree(Background(credentials=[written]))

    for not_a_degree in (
        "LMHC (MA), not recognised in Ireland",  # a US state in brackets
        "NLP Master Practitioner, not recognised by UKCP",  # no master's degree
        "MA-approved supervisor, not recognised here",  # joined to another word
        "ma olen nõustaja, not recognised",  # Estonian "ma" (I)
        "MA Counselling (recognised); NLP practitioner not recognised",  # another part
    ):
        assert not unrecognised(not_a_degree), not_a_degree
    for degree in (
        "M.A. Counselling, not recognised in Spain",
        "Ph.D. (Lima), recognition pending",
        "Master of Social Work, never recognised in Germany",
        "BSc Nursing (Manila); PRC licence; BSc not recognised by the NMC",
    ):
        assert unrecognised(degree), degree

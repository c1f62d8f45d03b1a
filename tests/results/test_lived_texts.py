"""The kind of lived experience a person's own texts state (review 30, P6)."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.resolve.lived_texts import lived_kinds_in, lived_texts
from careermap.results.experience import experience_shown
from careermap.results.lived import lived_question
from careermap.results.readiness import assess


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("my own recovery (heroin, clean since 2007)", ["substance-use"]),
        ("my own recovery from alcohol", ["substance-use"]),
        ("caring for my son (schizophrenia)", ["family"]),
        ("carer for my mum (dementia and depression)", ["family"]),
        ("my lived experience as a carer", ["family"]),
        ("my lived experience of prison", ["justice"]),
        # Recovery of a kind not said: what a yes is read as, beside the rest.
        (
            "my lived experience of prison and recovery",
            ["mental-health", "substance-use", "justice"],
        ),
        ("my own PTSD recovery (EMDR)", ["mental-health"]),
        ("my own experience of being homeless", ["homelessness"]),
        # Thirty-ninth round: a loss to suicide is its own kind, not a carer's (the
        # relative named is the one lost); an attempt is suicide and mental health.
        ("my lived experience of losing my brother to suicide", ["suicide"]),
        ("my lived experience as a mother bereaved by suicide", ["suicide"]),
        ("my own lived experience of a suicide attempt", ["mental-health", "suicide"]),
    ],
)
def test_a_text_of_ones_own_lived_experience_names_its_kind(text, kinds):
    assert [k.value for k in lived_kinds_in([text])] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "caring for clients with dementia",
        "drug and alcohol counselling",
        "recovery planning",
        "my recovery journey",  # lived experience, of no kind said
        "supporting families of people with psychosis",
        "my own experience of working in CAMHS",
        "supporting families bereaved by suicide",  # work, not one's own loss
        "suicide risk assessment",
    ],
)
def test_work_texts_and_kinds_not_said_name_no_kind(text):
    assert lived_kinds_in([text]) == ()
    assert lived_texts([text]) == ()


def shown(texts, background, taxonomy):
    return experience_shown(texts, [], background, taxonomy)


def test_a_yes_is_read_as_the_kind_the_persons_text_states(default):
    coach = lookup_role("recovery-coach", taxonomy=default)
    family = lookup_role("family-peer-advocate", taxonomy=default)
    yes = Background(lived_experience=True)
    son = shown(["caring for my son (schizophrenia)"], yes, default)
    # A carer's yes is a carer's: the recovery coach's post needs another kind (a long
    # step), and the family peer post's lived experience is met.
    found = assess(coach.entry, yes, taxonomy=default, shown=son)
    assert found.verdict == "needs"
    assert "as you wrote ('caring for my son (schizophrenia)')" in found.needs[0]
    assert "you said you have lived experience" not in found.summary
    met = assess(family.entry, yes, taxonomy=default, shown=son)
    assert not any("lived experience" in need for need in met.needs)
    # Recovery from heroin: the coach's post is met and nothing is asked.
    heroin = shown(["my own recovery (heroin, clean since 2007)"], yes, default)
    assert lived_question(coach.entry, yes, written=heroin.lived) is None
    assert assess(coach.entry, yes, taxonomy=default, shown=heroin).verdict != "needs"
    # A kind the person gave is theirs; the texts do not change it.
    given = Background(lived_experience=["substance-use"])
    assert assess(coach.entry, given, taxonomy=default, shown=son).verdict != "needs"


def test_a_carers_ranking_reads_her_yes_from_her_text(default):
    texts = ["peer support", "parent engagement", "caring for my son (schizophrenia)"]
    ranking = careermap.rank_careers(
        texts, taxonomy=default, limit=None, background={"lived_experience": True}
    )
    verdicts = {m.role_id: m.readiness.verdict for m in ranking}
    assert verdicts["recovery-coach"] == "needs"
    assert verdicts["peer-support-specialist"] == "needs"
    family = next(m for m in ranking if m.role_id == "family-peer-advocate")
    assert "you said you have lived experience" not in family.explain()
    assert verdicts["family-peer-advocate"] != "needs"


# Thirty-fourth round (read34, review34 P9): time sober said of oneself is recovery from
# addiction, in any text ("SMART Recovery facilitator (8 yrs sober)").


@pytest.mark.parametrize(
    "text",
    [
        "SMART Recovery facilitator (8 yrs sober)",
        "8 yrs sober",
        "sober since 2016",
        "clean for ten years",
        "2 years clean",
    ],
)
def test_time_sober_is_recovery_from_addiction(text):
    assert [k.value for k in lived_kinds_in([text])] == ["substance-use"]


@pytest.mark.parametrize(
    "text",
    [
        "SMART Recovery facilitator",  # the programme: a worker may facilitate it
        "helping clients stay sober",
        "sober living house staff",
        "clean records",
        "5 years in recovery",  # recovery may be from mental illness: the yes keeps its reading
    ],
)
def test_sobriety_not_said_of_oneself_names_no_kind(text):
    assert lived_kinds_in([text]) == ()


def test_a_sober_facilitators_yes_meets_the_recovery_coach_post(default):
    coach = lookup_role("recovery-coach", taxonomy=default)
    yes = Background(lived_experience=True)
    sober = shown(["SMART Recovery facilitator (8 yrs sober)"], yes, default)
    assert lived_question(coach.entry, yes, written=sober.lived) is None
    bare = shown(["SMART Recovery facilitator"], yes, default)
    assert lived_question(coach.entry, yes, written=bare.lived) is not None

"""Experience postings prefer but do not ask for (Experience.preferred; eighteenth round).

Reentry specialist was in 15 advice-order top fives over the ten persona sets, accepted
in one: every case manager met its case management. Its postings prefer experience with
people in the justice system and do not require it (docs/taxonomy-notes.md), so a person
who shows none keeps "Ready now", is told of the preference, and finds the post placed
among the moves they could take now as if its score were 0.7 of what it is.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role, rank_careers
from careermap.results.experience import experience_shown, shown_by
from careermap.results.readiness import role_readiness
from careermap.scoring.match import PREFERRED_UNSHOWN_WEIGHT

CASE_MANAGER = Background(education="bachelor", years_experience=5, country="US")
SKILLS = ["case management:4", "discharge planning:4", "housing support:4", "resource referral"]


def _verdict(texts):
    taxonomy = careermap.load_taxonomy()
    role = lookup_role("reentry-specialist")
    profile = careermap.build_profile(texts, semantic=False)
    skills = [entry.match.skill_id for entry in profile.resolved]
    shown = experience_shown(texts, skills, CASE_MANAGER, taxonomy)
    return role_readiness(role, CASE_MANAGER, taxonomy=taxonomy, shown=shown)


def test_the_role_prefers_justice_experience():
    experience = lookup_role("reentry-specialist").entry.experience
    assert experience is not None
    assert experience.preferred


def test_not_shown_keeps_the_verdict_and_names_the_preference():
    found = _verdict(SKILLS)
    assert found.verdict == "ready", found
    assert "most postings prefer experience of working with people in the justice system" in (
        found.summary
    )
    assert any("say so if you have it" in note for note in found.notes)


def test_shown_by_a_word_says_nothing_of_it():
    found = _verdict([*SKILLS, "probation liaison"])
    assert found.verdict == "ready"
    assert "prefer" not in found.summary


def _place(texts):
    ranking = rank_careers(texts, background=CASE_MANAGER, semantic=False, limit=None)
    return next(m.rank for m in ranking if m.role_id == "reentry-specialist")


def test_advice_order_counts_its_score_at_a_share_unless_shown():
    ranking = list(rank_careers(SKILLS, background=CASE_MANAGER, semantic=False, limit=None))
    found = next(m for m in ranking if m.role_id == "reentry-specialist")
    now = {"ready", "certify", "current"}  # the moves they could take now, in score order
    ahead = [m for m in ranking[: found.rank - 1] if m.readiness.verdict in now]
    behind = [m for m in ranking[found.rank :] if m.readiness.verdict in now]
    share = found.score * PREFERRED_UNSHOWN_WEIGHT
    assert all(m.score >= share for m in ahead)
    assert all(m.score <= share for m in behind)
    assert any(m.score > share for m in ranking if m.role_id != found.role_id)
    # Shown by a word, it takes its place by its score.
    assert _place([*SKILLS, "reentry case management in county jail"]) < found.rank
    # Fit order is the score alone: unchanged by the preference.
    fit = rank_careers(SKILLS, background=CASE_MANAGER, semantic=False, order="fit", limit=5)
    assert "reentry-specialist" in [m.role_id for m in fit]


THERAPIST = Background(education="master", years_experience=8, country="US")


def _advisor_or_youth(role_id, texts, title=None):
    taxonomy = careermap.load_taxonomy()
    background = THERAPIST.model_copy(update={"current_role": title})
    profile = careermap.build_profile(texts, semantic=False)
    skills = [entry.match.skill_id for entry in profile.resolved]
    shown = experience_shown(texts, skills, background, taxonomy)
    return role_readiness(lookup_role(role_id), background, taxonomy=taxonomy, shown=shown)


def test_academic_advising_and_youth_work_are_preferred():
    # Nineteenth round: advising posts prefer advising, student services or teaching
    # experience, youth work posts experience with young people (docs/taxonomy-notes.md).
    for role_id in ("academic-advisor", "youth-advocate"):
        experience = lookup_role(role_id).entry.experience
        assert experience is not None, role_id
        assert experience.preferred, role_id
    adult = ["counselling:4", "CBT:4", "clinical assessment"]
    found = _advisor_or_youth("academic-advisor", adult, "Outpatient therapist")
    assert found.verdict == "ready"
    assert "most postings prefer experience of academic advising" in found.summary
    assert (
        "prefer"
        not in _advisor_or_youth(
            "academic-advisor", [*adult, "adjunct lecturer"], "Outpatient therapist"
        ).summary
    )
    found = _advisor_or_youth("youth-advocate", adult, "Adult community therapist")
    assert "most postings prefer experience of working with children or young people" in (
        found.summary
    )
    assert "prefer" not in _advisor_or_youth("youth-advocate", adult, "CAMHS therapist").summary


def test_an_unread_text_in_another_language_shows_no_experience_by_its_words():
    # Thirty-sixth round: the Dakar addiction-centre social worker's "groupe de parole des
    # femmes" (a women's talking group) showed "parole", work with people in the justice
    # system, and the reentry post came first in her list, ahead of her own trade.
    taxonomy = careermap.load_taxonomy()
    background = {"education": "bachelor", "years_experience": 7, "country": "SN"}
    texts = ["case management:4", "groupe de parole des femmes:3"]
    profile = careermap.build_profile(texts, taxonomy=taxonomy, background=background)
    shown = shown_by(profile, taxonomy)
    assert shown is not None
    assert " parole " not in shown.text
    role = lookup_role("reentry-specialist")
    assert shown.lacks_preferred(role.entry.experience)
    ranking = rank_careers(texts, taxonomy=taxonomy, background=background, limit=None)
    reentry = next(m for m in ranking if m.role_id == "reentry-specialist")
    assert "most postings prefer experience" in str(reentry.readiness)
    # Written in English, the same word shows the experience, as before.
    english = careermap.build_profile(
        ["case management:4", "parole officer caseload:3"], taxonomy=taxonomy, background=background
    )
    assert not shown_by(english, taxonomy).lacks_preferred(role.entry.experience)


def test_recruiter_postings_prefer_recruitment_hr_or_sales():
    # Thirty-seventh round (order37): O*NET 29.3 13-1071.00, Related Work Experience: 94%
    # over a year. The Sendai hikikomori outreach worker's rapport and coordination made a
    # recruiter's post her fourth; interviewing and rapport in care work do not show it.
    experience = lookup_role("recruiter").entry.experience
    assert experience is not None
    assert experience.preferred
    assert "interviewing" not in experience.skills
    found = _advisor_or_youth("recruiter", ["counselling:4", "interviewing:4"], "Therapist")
    assert found.verdict == "ready"
    assert "most postings prefer experience of recruitment, HR or sales" in found.summary
    shown = _advisor_or_youth("recruiter", ["counselling:4"], "HR assistant")
    assert "prefer" not in shown.summary

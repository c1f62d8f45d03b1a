"""Languages spoken, in a person's own words (careermap.resolve.languages).

Intake forms list languages by name ("Kiswahili and English", "Spanish (native)");
before the eighteenth round none of these was read, so *Second language* went
unclaimed by the people who have it most.
"""

from __future__ import annotations

import pytest

from careermap import build_profile, resolve_skill
from careermap.resolve.languages import speaks_languages


@pytest.mark.parametrize(
    "text",
    [
        "Kiswahili and English",
        "Spanish (native)",
        "Spanish",
        "bilingual English/Spanish",
        "Cantonese (native), Mandarin (fluent)",
        "fluent in Spanish and Portuguese",
        "te reo Māori",
        "Tagalog, Ilocano",
        "French (DELF C1)",
        "Japanese (JLPT N1)",
        "Arabic (Levantine), English",
        "English and Spanish (both fluent)",
        "Punjabi, Hindi and Urdu",
        "Spanish: native",
    ],
)
def test_a_working_language_is_read(text):
    assert speaks_languages(text), text
    match = resolve_skill(text, semantic=False)
    assert match.skill_id == "second-language", match


@pytest.mark.parametrize(
    "text", ["British Sign Language (first language)", "English (native), Auslan"]
)
def test_a_sign_language_reads_as_the_narrower_skill(text):
    # Thirty-first round (cat31): a sign language is Sign language (ESCO "sign language"),
    # narrower than Second language, so the Deaf mental health post can ask it.
    match = resolve_skill(text, semantic=False)
    assert match.skill_id == "sign-language", match


@pytest.mark.parametrize(
    "text",
    [
        # Below fluency: the skill is working in the language.
        "conversational Spanish",
        "Welsh (learner, Sylfaen)",
        "French (DELF B2)",
        "English (native), French (conversational)",
        "Spanish, basic",
        "English (native), Spanish (reading)",
        # A native language beside another still being learned is the person's main one.
        "German (native), English (B1)",
        "Korean (native), English (upper-intermediate)",
        "French (native), English (intermediate)",
        # English alone is the main language of most services.
        "English",
        "English (native)",
        # Other words beside a language: not a list of languages.
        "English teaching",
        "Spanish-speaking families",
        "polish reports",
        "French cooking",
        "Irish dancing",
        "German shepherd training",
    ],
)
def test_anything_else_is_not(text):
    assert not speaks_languages(text), text


def test_languages_leave_the_profile_unresolved_list():
    profile = build_profile(
        ["Kiswahili and English", "counselling", "Welsh (learner)"], semantic=False
    )
    assert [entry.text for entry in profile.unresolved] == ["Welsh (learner)"]
    assert "second-language" in {entry.match.skill_id for entry in profile.entries}


@pytest.mark.parametrize(
    "text",
    [
        # Twenty-ninth round: languages by their own names and other spellings (ISO 639-3),
        # in other scripts, and "first language" in Welsh (review 29, P1).
        "Cymraeg - iaith gyntaf (first language Welsh)",
        "Bemba, Nyanja & English",
        "CHamoru & English",
        "Chamorro",
        "English, lietuvių, русский",
        "fa'asamoa / gagana Samoa",
        "Chichewa and English",
        "العربية, English",
        # Thirty-ninth round: Persian typed with the Arabic yeh, and Kurdish in its script.
        "فارسي, English",
        "کوردی و عربی",
        "سۆرانی, English",
    ],
)
def test_languages_by_their_own_names(text):
    assert speaks_languages(text), text
    assert resolve_skill(text, semantic=False).skill_id == "second-language"


def test_one_language_by_two_names_is_one():
    # Norsk is Norwegian: a Norwegian's main language, no second one.
    assert not speaks_languages("Norsk (native)", ("norwegian",))
    assert speaks_languages("Cymraeg (first language Welsh)")
    assert not speaks_languages("English, English")

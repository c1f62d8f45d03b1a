"""Vocabulary, a code's plural and language names from the twenty-third set (read32).

Review 32 (P7, P8, P9) on the twenty-third set: "PEPs" (a looked-after child's Personal
Education Plans) was read as PEPS, the practice educators' standards, so a foster carer's
best fits became supervisor posts; "post-diagnostic support" as Psychoeducation and
"health info for Traveller families" as Health information management; language lists
with the languages' own names ("kalaallisut, dansk, engelsk", "Malti, English,
Italiano") and the work of telepsychiatry, equine-assisted services, pregnancy loss, easy
read, capacity assessment, LeDeR, the Istanbul Protocol, OPCAT monitoring visits and the
children's Wechsler scales were unread. Sources in docs/taxonomy-notes.md (thirty-second
round, read32).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.codes import plural_of_code
from careermap.resolve.language import other_language
from careermap.resolve.languages import speaks_languages

from ..conftest import read_lexically


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("telepsychiatry", "telehealth"),
        ("telepsych coordination", "telehealth"),
        ("equine-assisted services", "therapeutic-recreation"),
        ("animal-assisted therapy", "therapeutic-recreation"),
        ("pregnancy loss", "grief-counselling"),
        ("support after failed cycles & pregnancy loss", "grief-counselling"),
        ("easy read", "disability-awareness"),
        ("hospital passports", "disability-awareness"),
        ("MCA capacity / best interests", "mental-health-legislation"),
        ("LeDeR reviews", "quality-improvement"),
        ("Istanbul Protocol evaluations", "clinical-assessment"),
        ("NPM monitoring visits", "regulatory-compliance"),
        ("WISC-V", "psychometric-testing"),
        ("CBCL", "psychometric-testing"),
        ("therapeutic parenting (PACE, DDP)", "trauma-informed-care"),
        ("accompanying patients to appointments", "systems-navigation"),
        # Misreadings: navigation and health education, not teaching or records.
        ("post-diagnostic support", "systems-navigation"),
        ("health info for Traveller families", "health-promotion"),
        ("health information for patients", "health-promotion"),
        ("PEPs", "individualised-education-plans"),
        ("PEP meetings", "individualised-education-plans"),
    ],
)
def test_vocabulary_is_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


def test_a_codes_plural_is_not_another_code_spelled_alike(taxonomy):
    assert plural_of_code("PEPs", "PEPS") == "PEP"
    assert plural_of_code("PEPS", "PEPS") is None
    # The standards themselves, in capitals, stay clinical supervision.
    assert read_lexically("PEPS", taxonomy) == "clinical-supervision"
    match = careermap.resolve_skill("PEPs", taxonomy=taxonomy, semantic=False)
    assert match.query == "PEPs"


def test_the_adult_wechsler_scale_leaves_a_psychological_assessment_read(taxonomy):
    # A bracket naming a second skill makes the text read as neither (part_match).
    text = "psychological assessment (WAIS-IV, Rorschach, SCT)"
    assert read_lexically(text, taxonomy) == "clinical-assessment"


@pytest.mark.parametrize(
    "text",
    [
        "kalaallisut, dansk, engelsk",
        "Malti, English, Italiano",
        "srpski, engleski C1",
        "Amharic, Afaan Oromo, English",
        "K'iche', español",
        "română, engleză",
    ],
)
def test_a_language_list_in_the_languages_own_names_is_read(taxonomy, text):
    assert speaks_languages(text)
    assert read_lexically(text, taxonomy) == "second-language"


def test_health_information_alone_stays_records(taxonomy):
    # Given to people it is health education; alone, or of systems, the records.
    assert read_lexically("health information", taxonomy) == "health-information-management"


@pytest.mark.parametrize(
    "text",
    [
        "projektstyring og rapporter",
        "rad sa decom sa ADHD-om",
        "prezentări pentru staff & antrenori",
        "grupp ta' appoġġ għal koppji",
    ],
)
def test_danish_romanian_serbian_and_maltese_texts_look_written_in_another_language(text):
    assert other_language(text)


@pytest.mark.parametrize("text", ["med refills", "CBT for depression", "I/O psychology"])
def test_english_texts_do_not(text):
    assert not other_language(text)

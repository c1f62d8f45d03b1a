"""A profile written in another language is told careermap reads English (resolve.language)."""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.display import thin_profile
from careermap.resolve.language import other_language


@pytest.mark.parametrize(
    "text",
    [
        "intake en diagnostiek (DSM-5)",  # Dutch
        "Beratung und Begleitung von Angehörigen",  # German
        "psicoterapia con niños y adolescentes",  # Spanish
        "laudos e devolutivas para pais e escolas",  # Portuguese
        "soutien psychologique des résidents",  # French
    ],
)
def test_function_words_of_other_languages_are_seen(text):
    assert other_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "de-escalation",
        "e-learning modules",
        "met monthly targets",  # English "met", "van", "per", "do" are not counted
        "outreach van and per diem shifts",
        "diagnostic assessments (DA)",
        "suicide prevention (S.A.V.E.)",
        "anxiety disorder NOS",
        "literature reviews (Smith et al.)",
    ],
)
def test_english_texts_are_english(text):
    assert not other_language(text)


def test_a_profile_mostly_in_dutch_is_asked_for_english_not_for_rewording():
    # A BIG-registered psychologist wrote ten of her eleven skills in Dutch (the
    # fourteenth persona set); "reword the others" would not tell her what to do.
    dutch = [
        "EMDR",
        # "intake en diagnostiek (DSM-5)" is read since the twenty-fourth round: its
        # bracket names *Diagnosis* and nothing else does
        "intake en diagnostiek",
        "assessments en loopbaanadvies",
        "behandeling van overspanning en burn-out",
    ]
    said = thin_profile(careermap.build_profile(dutch, semantic=False))
    assert "careermap reads skills written in English, and 3 of the others" in said
    english = ["EMDR", "forklift operation", "welding", "de icing aircraft"]
    said = thin_profile(careermap.build_profile(english, semantic=False))
    assert "reword the others" in said
    assert "English" not in said

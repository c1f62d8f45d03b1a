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
    assert "careermap reads skills written in English (in other languages, only" in said
    assert "and 3 of the others look written in another language" in said
    english = ["EMDR", "forklift operation", "welding", "de icing aircraft"]
    said = thin_profile(careermap.build_profile(english, semantic=False))
    assert "reword the others" in said
    assert "English" not in said


@pytest.mark.parametrize(
    "text",
    [
        "puna me familjet dhe komunitetin",  # Albanian: "dhe", "and"
        "vlerësimi psikologjik",  # Albanian "ë"
        "begeleiding van patiënten",  # Dutch "ë"
        "konsulta iha komunidade",  # Tetum: "iha", "in"
    ],
)
def test_albanian_dutch_and_tetum_are_seen(text):
    # Thirty-sixth round (review36 P4): an Albanian director was told "reword the
    # others" with no word of language, and a Dutch text holding only "ë" went uncounted.
    assert other_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medikamentenabgabe nach Liste",  # German "nach": capitalised nouns only otherwise
        "koz kreol ek bann patient",  # Reunion and Mauritian Creole: "ek", "bann"
        "conversa ku familia",  # Cabo Verdean Kriolu: "ku"
    ],
)
def test_german_nach_and_the_creoles_are_seen(text):
    # Thirty-eighth round (review38 P4): a Liechtenstein care worker's six German texts
    # were counted as four, a Reunion peer mediator's Creole line not at all.
    assert other_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "vizit lakay fanmi yo",  # Haitian Creole: "yo", the plural
        "gwoup sipò pou jèn",  # Haitian Creole: "pou" (for)
        "koz avek fanmi",  # Seychellois Creole: "avek" (with)
    ],
)
def test_haitian_and_seychellois_creole_are_seen(text):
    # Thirty-ninth round: a Cap-Haïtien facilitator's two Kreyòl lines were not counted.
    assert other_language(text)


@pytest.mark.parametrize(
    "text", ["home visits to families", "yoga and mindfulness", "nanny and childcare"]
)
def test_english_holding_the_creole_letters_is_not_counted(text):
    assert not other_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "reunions amb els familiars",  # Catalan: "amb" (with), "els" (the)
        "grups dels dimarts",  # Catalan: "dels" (of the)
        "contact cu famia",  # Papiamento: "cu" (with), as Romanian's "cu"
    ],
)
def test_catalan_and_papiamento_are_seen(text):
    # Fortieth round: an Andorran nurse's Catalan lines and an Aruban worker's Papiamento.
    assert other_language(text)


@pytest.mark.parametrize("text", ["pa announcements", "amber alerts", "welsh language skills"])
def test_english_near_the_catalan_and_papiamento_words_is_not_counted(text):
    assert not other_language(text)


def test_one_text_in_another_language_is_named_in_the_singular():
    profile = careermap.build_profile(
        ["EMDR", "forklift operation", "welding", "begeleiding van patiënten"], semantic=False
    )
    said = thin_profile(profile)
    assert "reword the others" in said  # one of three unread texts: not most
    mostly = careermap.build_profile(
        ["EMDR", "welding", "begeleiding van patiënten", "gesprekken met de familie"],
        semantic=False,
    )
    said = thin_profile(mostly)
    assert "2 of the others look written in another language: write them in English" in said
    single = careermap.build_profile(
        ["EMDR", "welding", "begeleiding van patiënten"], semantic=False
    )
    said = thin_profile(single)
    assert "1 of the others looks written in another language: write it in English" in said


@pytest.mark.parametrize(
    "text",
    ["الإرشاد الأسري", "家族教室の運営", "טיפול משפחתי", "КПТ", "ΨΥΧΟΕΚΠΑΙΔΕΥΣΗ"],
)
def test_a_script_without_case_or_in_capitals_is_seen(text):
    # Before the thirty-seventh round only a word in lower case counted, and Arabic,
    # Hebrew and Japanese have no case: a profile written in them got no caution.
    assert other_language(text)


def test_a_profile_mostly_in_arabic_is_asked_for_english():
    texts = ["CBT", "التدخل مع الأسر النازحة", "متابعة الحالات في المخيم", "家族教室の運営"]
    said = thin_profile(careermap.build_profile(texts, semantic=False))
    assert "3 of the others look written in another language" in said


@pytest.mark.parametrize(
    "text", ["psixoloji məsləhət", "산림치유 프로그램 운영", "کارگاه برای والدین"]
)
def test_azerbaijani_korean_and_persian_are_seen(text):
    # Thirty-eighth round: "ə" is no letter English writes; Hangul and the Persian
    # letters are another script, counted in any case.
    assert other_language(text)


@pytest.mark.parametrize(
    "text",
    ["kaunseling individu untuk pelajar", "pengurusan kes dan rujukan", "kerja dengan belia"],
)
def test_malay_is_seen(text):
    # Forty-first round (review41 P4): a Brunei counsellor's Malay lines were not counted.
    assert other_language(text)


@pytest.mark.parametrize("text", ["yin and yang", "Dan's clinic", "data entry"])
def test_english_near_the_malay_words_is_not_counted(text):
    assert not other_language(text)


@pytest.mark.parametrize(
    "text",
    ["gwaith gyda theuluoedd", "cymorth mewn argyfwng", "kōrero ki ngā kaumātua", "gwaith tŷ"],
)
def test_welsh_and_te_reo_maori_are_seen(text):
    # Forty-second round (lang42): Welsh "gyda", "mewn", the letter "ŷ"; Māori "ki", "ngā".
    assert other_language(text)


@pytest.mark.parametrize("text", ["working with whānau", "tāngata whaiora support", "a Ki test"])
def test_new_zealand_english_with_maori_words_is_not_counted(text):
    # Long vowels are written in New Zealand English's Māori words; "Ki" in capitals counts not.
    assert not other_language(text)


@pytest.mark.parametrize(
    "text",
    ["samtal hos familjen", "arbete inom psykiatrin", "ushauri kwa vijana", "kazi katika kambi"],
)
def test_swedish_and_swahili_are_seen(text):
    # Forty-third round (lang43): Swedish "hos", "inom"; Swahili "kwa", "katika".
    assert other_language(text)


@pytest.mark.parametrize("text", ["bland diet advice", "med rounds", "see ya at the clinic"])
def test_english_near_the_swedish_and_swahili_words_is_not_counted(text):
    assert not other_language(text)

"""Skills written in another language, read through the bundled lexicons (review35 P4)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import careermap
from careermap import build_profile, resolve_skill
from careermap.cli.format import resolution
from careermap.resolve.display import thin_profile
from careermap.resolve.lexicon import lexicon_index, lexicon_match
from careermap.resolve.resolver import match_text

OFF_DOMAIN = Path(__file__).resolve().parents[1] / "data" / "semantic" / "off_domain.yaml"

# One or two terms a practitioner of each language writes, with the skill each names.
READINGS = [
    ("es", "Spanish", "Desescalada verbal", "conflict-de-escalation"),
    ("es", "Spanish", "gestión de casos", "case-management"),  # an English alias already
    ("es", "Spanish", "planificación del alta", "discharge-planning"),
    ("fr", "French", "Intervention de crise", "crisis-intervention"),
    ("fr", "French", "réduction des risques", "harm-reduction"),
    ("pt", "Portuguese", "redução de danos", "harm-reduction"),
    ("pt", "Portuguese", "escuta ativa", "active-listening"),
    ("de", "German", "Krisenintervention", "crisis-intervention"),
    ("de", "German", "Psychoedukation", "psychoeducation"),
    ("ru", "Russian", "Психообразование", "psychoeducation"),
    ("ru", "Russian", "кризисная интервенция", "crisis-intervention"),
    ("nl", "Dutch", "motiverende gespreksvoering", "motivational-interviewing"),
    ("nl", "Dutch", "Ervaringsdeskundigheid", "peer-support"),
    ("uk", "Ukrainian", "Кризова інтервенція", "crisis-intervention"),
    ("uk", "Ukrainian", "перша психологічна допомога", "psychological-first-aid"),
]


@pytest.mark.parametrize(("code", "language", "text", "skill_id"), READINGS)
def test_a_term_of_each_language_reads_as_its_skill(code, language, text, skill_id):
    match = resolve_skill(text, semantic=False)
    assert match.skill_id == skill_id
    assert match.method == "alias"
    assert match.similarity == 100.0
    if match.language is not None:  # not an English alias already
        assert language in match.language
        assert code in {x.language for x in careermap.load_taxonomy().lexicons}


def test_the_language_is_named_in_the_match_and_its_views():
    match = resolve_skill("Krisenintervention", semantic=False)
    assert match.language == "German"
    assert match.matched_name == "Krisenintervention"
    assert "German" in str(match)
    assert "German term &#x27;Krisenintervention&#x27;" in match._repr_html_()
    profile = build_profile(["Krisenintervention:3"], semantic=False)
    line = resolution(profile.entries[0])
    assert line.startswith("Crisis intervention (read through German: 'Krisenintervention'")


def test_a_term_written_alike_in_two_languages_names_both():
    term = lexicon_index(careermap.load_taxonomy())["desescalada"]
    assert term.skill_id == "conflict-de-escalation"
    assert term.language == "Spanish or Portuguese"


def test_english_texts_read_as_before():
    taxonomy = careermap.load_taxonomy()
    bare = taxonomy.model_copy(update={"lexicons": ()})
    texts = [
        "crisis intervention",
        "CBT",
        "motivatonal interviewing",
        "de-escalation",
        "harm reduction",
        "forklift operation",
        "case management and advocacy",
    ]
    for text in texts:
        with_lexicons = match_text(text, taxonomy, semantic=False)
        without = match_text(text, bare, semantic=False)
        assert with_lexicons == without, text
        assert with_lexicons.language is None


def test_a_term_is_read_only_as_the_whole_text():
    taxonomy = careermap.load_taxonomy()
    assert lexicon_match("Krisenintervention", "Krisenintervention", taxonomy) is not None
    assert lexicon_match("Krisen", "Krisen", taxonomy) is None
    assert lexicon_match("crisis intervention", "crisis intervention", taxonomy) is None


def test_a_list_of_terms_is_split_into_its_skills():
    match = resolve_skill("travail social, médiation familiale", semantic=False)
    assert [one.skill_id for one in match.split] == ["social-work-practice", "mediation"]
    assert {one.language for one in match.split} == {"French"}


def test_the_caution_counts_only_texts_still_unread():
    # Texts read through a lexicon are read: the caution counts what is still unread.
    texts = ["Krisenintervention", "Psychoedukation", "intake en diagnostiek", "lasdkfj qwe"]
    profile = build_profile(texts, semantic=False)
    assert [e.match.language for e in profile.entries][:2] == ["German", "German"]
    said = thin_profile(profile)
    assert said == ""  # two of four read: no caution
    texts = ["психообразование", "intake en diagnostiek", "behandeling en nazorg", "lasdkfj"]
    said = thin_profile(build_profile(texts, semantic=False))
    assert "Only 1 of your 4 skills was recognised" in said
    assert "2 of the others look written in another language" in said
    bare = careermap.load_taxonomy().model_copy(update={"lexicons": ()})
    said = thin_profile(build_profile(texts, taxonomy=bare, semantic=False))
    assert "3 of the others look written in another language" in said


def test_off_domain_phrases_stay_unread():
    document = yaml.safe_load(OFF_DOMAIN.read_text(encoding="utf-8"))
    taxonomy = careermap.load_taxonomy()
    bare = taxonomy.model_copy(update={"lexicons": ()})
    for text in document["items"]:
        assert lexicon_match(text, text, taxonomy) is None, text
        assert match_text(text, taxonomy, semantic=False) == match_text(
            text, bare, semantic=False
        ), text


@pytest.mark.parametrize(
    ("text", "skill_id", "term", "language"),
    [
        ("désescalade avec les patients agités", "conflict-de-escalation", "désescalade", "French"),
        ("Psychoedukation für Angehörige", "psychoeducation", "Psychoedukation", "German"),
        # Written alike in Bulgarian for the same skill since the thirty-seventh round.
        (
            "психообразование для родственников",
            "psychoeducation",
            "психообразование",
            "Bulgarian or Russian",
        ),
        ("gestione del caso per adulti con psicosi", "case-management", None, "Italian"),
        ("ψυχοεκπαίδευση σε γονείς", "psychoeducation", "ψυχοεκπαίδευση", "Greek"),
        ("العلاج الأسري مع المراهقين", "couples-and-family-therapy", None, "Arabic"),
        ("psihoedukacija za roditelje", "psychoeducation", None, None),
        ("група підтримки для батьків", "support-group-facilitation", "група підтримки", None),
        ("plano de segurança com a família", "safety-planning", "plano de segurança", None),
        ("prevención de recaídas con adolescentes", "relapse-prevention", None, None),
    ],
)
def test_a_name_heading_a_phrase_in_its_language_reads_as_its_skill(text, skill_id, term, language):
    match = resolve_skill(text, semantic=False)
    assert match.skill_id == skill_id
    assert match.method == "part"
    if term is not None:
        assert match.matched_name == term
    if language is not None:
        assert match.language == language


@pytest.mark.parametrize(
    "text",
    [
        "désescalade",  # a term alone is an alias, not a part
        "sin prevención del suicidio con nadie",  # the term does not begin the text
        "psychoéducation familiale",  # a term and one word: the term is the whole name
        "Psychoedukation nicht mit Angehörigen",  # a negation
    ],
)
def test_what_a_head_reading_leaves(text):
    match = resolve_skill(text, semantic=False)
    assert match.method != "part" or match.matched_name is None or match.language is None


def test_a_word_of_a_hyphenated_english_word_opens_no_phrase():
    taxonomy = careermap.load_taxonomy()
    text = "teaching de-escalation to new nurses"
    assert lexicon_match(text, text, taxonomy, head=True) is None
    text = "intake en diagnostiek (DSM-5)"  # Dutch "en" is "and": a list, not a complement
    assert lexicon_match(text, text, taxonomy, head=True) is None


def test_a_dutch_term_heads_a_phrase_only_after_a_term():
    # Fortieth round: Dutch "met", "voor", "van", "bij" open a complement after a lexicon
    # term, as "in" does since the thirty-ninth; never after an English name, where they
    # are English words or near them.
    taxonomy = careermap.load_taxonomy()
    text = "motiverende gespreksvoering met jongeren"
    match = lexicon_match(text, text, taxonomy, head=True)
    assert match is not None
    assert (match.skill_id, match.method, match.language) == (
        "motivational-interviewing",
        "part",
        "Dutch",
    )
    text = "crisis intervention van de gemeente"
    assert lexicon_match(text, text, taxonomy, head=True) is None


def test_a_list_joined_by_another_language_s_and_is_read_part_by_part():
    # Fortieth round: "y", "et", "und", "i", "и" join a list as "and" does; a part naming
    # no skill is shown unread beside the others, as in an English list.
    match = resolve_skill("valoració infermera i pla de cures", semantic=False)
    assert match.method == "split"
    assert {m.skill_id for m in match.split} == {"clinical-assessment", "treatment-planning"}
    match = resolve_skill("mediación familiar y comunitaria", semantic=False)
    assert match.skill_id == "mediation"
    assert match.unread == ("comunitaria",)
    assert resolve_skill("forklift y carretilla", semantic=False).method == "none"


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("Psicoeducazione", "psychoeducation", "Italian"),
        ("colloquio motivazionale", "motivational-interviewing", "Italian"),
        ("Bilişsel davranışçı terapi", "cognitive-behavioural-therapy", "Turkish"),  # noqa: RUF001
        ("BILISSEL DAVRANISCI TERAPI", "cognitive-behavioural-therapy", "Turkish"),
        ("Κλινική εποπτεία", "clinical-supervision", "Greek"),
        ("krizna intervencija", "crisis-intervention", "Bosnian-Croatian-Montenegrin-Serbian"),
        ("вршњачка подршка", "peer-support", "Bosnian-Croatian-Montenegrin-Serbian"),
        ("vršnjačka podrška", "peer-support", "Bosnian-Croatian-Montenegrin-Serbian"),
        ("семејна терапија", "couples-and-family-therapy", "Macedonian"),
        ("психообучение", "psychoeducation", "Bulgarian"),
        ("Психоедукација", "psychoeducation", "Bosnian-Croatian-Montenegrin-Serbian or Macedonian"),
        ("إدارة الحالات", "case-management", "Arabic"),
        ("ادارة الحالات", "case-management", "Arabic"),  # the hamza's seat folded
        ("認知行動療法", "cognitive-behavioural-therapy", "Japanese"),
        ("ｶｳﾝｾﾘﾝｸﾞ", "counselling", "Japanese"),  # half-width kana
        ("サイコロジカルファーストエイド", "psychological-first-aid", "Japanese"),  # no "・"
    ],
)
def test_each_language_of_the_thirty_seventh_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.method, match.language) == (skill_id, "alias", language)


@pytest.mark.parametrize(
    "text",
    [
        "認知行動療法の研修",  # Japanese: a term inside a longer text is not read
        "家族教室の運営",
        "العلاج",  # a word of a term alone
        "ψυχοθεραπεία",  # a word no lexicon lists
    ],
)
def test_a_text_holding_a_term_within_it_is_not_read_through_a_lexicon(text):
    taxonomy = careermap.load_taxonomy()
    assert lexicon_match(text, text, taxonomy, head=True) is None


def test_english_texts_read_as_without_the_lexicons():
    taxonomy = careermap.load_taxonomy()
    bare = taxonomy.model_copy(update={"lexicons": ()})
    for text in ["CBT", "active listening", "case management", "psychoeducation for families"]:
        assert match_text(text, taxonomy, semantic=False) == match_text(text, bare, semantic=False)


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("위기개입", "crisis-intervention", "Korean"),
        ("위기 개입", "crisis-intervention", "Korean"),  # spaced as the orthography allows
        ("인지 행동 치료", "cognitive-behavioural-therapy", "Korean"),
        ("사례관리", "case-management", "Korean"),
        ("مداخله در بحران", "crisis-intervention", "Persian"),
        ("زوج\u200cدرمانی", "couples-and-family-therapy", "Persian"),  # noqa: RUF001 - the ZWNJ
        ("زوج درماني", "couples-and-family-therapy", "Persian"),  # spaced, the Arabic yeh
        ("روانشناسی", "psychology", "Persian"),  # joined: both spellings are listed
        ("روان\u200cشناسی", "psychology", "Persian"),  # noqa: RUF001 - the ZWNJ
        ("psixoloji ilk yardım", "psychological-first-aid", "Azerbaijani"),  # noqa: RUF001
        ("PSIXOLOJI ILK YARDIM", "psychological-first-aid", "Azerbaijani"),
        ("əvəzedici terapiya", "medication-assisted-treatment", "Azerbaijani"),
        ("evezedici terapiya", "medication-assisted-treatment", "Azerbaijani"),  # no "ə" key
        ("ilk yardım", "first-aid", "Azerbaijani or Turkish"),  # noqa: RUF001 - one skill
        ("התערבות במשבר", "crisis-intervention", "Hebrew"),
        ("תעסוקה נתמכת", "supported-employment", "Hebrew"),
        ("טיפול קוגניטיבי-התנהגותי", "cognitive-behavioural-therapy", "Hebrew"),  # a hyphen
        ("טִיפּוּל מִשְׁפַּחְתִּי", "couples-and-family-therapy", "Hebrew"),  # with vowel points
        ('כתיבת דו"חות', "report-writing", "Hebrew"),
        ("כתיבת דו״חות", "report-writing", "Hebrew"),  # the gershayim, as the ASCII quote
        ("Ndërhyrje në krizë", "crisis-intervention", "Albanian"),
        ("menaxhimi i rastit", "case-management", "Albanian"),
    ],
)
def test_each_language_of_the_thirty_eighth_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.method, match.language) == (skill_id, "alias", language)


@pytest.mark.parametrize(
    "text",
    [
        "상담",  # Korean: any consultation, a customer's too
        "위기개입 프로그램 운영",  # a term inside a longer Korean text is not read
        "명상과 호흡",  # a particle written onto the word ("명상과": "meditation and")
        "مشاوره",  # Persian: counselling or any advice, alone
        "زوجدرمانی",  # joined where Persian writes a non-joiner or a space
        "məsləhət",  # Azerbaijani: any advice, alone
        "narkoloji qeydiyyat",  # registration of patients: no practice the lexicon names
        "הדרכה",  # Hebrew: training as much as supervision, alone
        "טיפול",  # Hebrew: any treatment or care
        "këshillim",  # Albanian: counselling or any advice, alone
        "avokati",  # Albanian: the lawyer, not advocacy
    ],
)
def test_a_near_miss_in_the_thirty_eighth_round_s_languages_is_not_read(text):
    taxonomy = careermap.load_taxonomy()
    assert lexicon_match(text, text, taxonomy, head=True) is None


def test_a_persian_term_heads_a_phrase_before_a_preposition():
    # "برای" (for), written apart, as "pour" or "für": the term's practice for someone.
    taxonomy = careermap.load_taxonomy()
    text = "مداخله در بحران برای نوجوانان آسیب‌دیده"
    match = lexicon_match(text, text, taxonomy, head=True)
    assert match is not None
    assert (match.skill_id, match.method, match.language) == (
        "crisis-intervention",
        "part",
        "Persian",
    )


def test_a_persian_list_joined_by_a_written_apart_and_is_read_part_by_part():
    # Persian writes "و" ("and") apart: a list of two terms names both skills, and a term
    # holding the word ("درمان مبتنی بر پذیرش و تعهد", ACT) is still read whole.
    profile = build_profile(["مداخله در بحران و پیشگیری از خودکشی"], semantic=False)
    assert sorted(profile.skills) == ["crisis-intervention", "suicide-prevention"]
    profile = build_profile(["درمان مبتنی بر پذیرش و تعهد"], semantic=False)
    assert list(profile.skills) == ["acceptance-and-commitment-therapy"]


# Thirty-ninth round: Haitian Creole and Sorani Kurdish, and terms the read sets' people
# wrote that the French, Spanish and Italian lexicons missed.


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("premye swen sikolojik", "psychological-first-aid", "Haitian Creole"),
        ("Jesyon ka", "case-management", "Haitian Creole"),
        ("entèvansyon nan kriz", "crisis-intervention", "Haitian Creole"),
        ("entevansyon nan kriz", "crisis-intervention", "Haitian Creole"),  # no accent typed
        ("فریاکەوتنی سەرەتایی دەروونی", "psychological-first-aid", "Sorani Kurdish"),
        ("بەڕێوەبردنی کەیس", "case-management", "Sorani Kurdish"),
        ("بەڕێوەبردنی كەیس", "case-management", "Sorani Kurdish"),  # the Arabic kaf
        ("به\u200cڕێوه\u200cبردنی که\u200cیس", "case-management", "Sorani Kurdish"),  # noqa: RUF001
        ("پلانی سەلامەتی", "safety-planning", "Sorani Kurdish"),
        ("bilan psychologique", "clinical-assessment", "French"),
        ("projets personnalisés", "treatment-planning", "French"),
        ("evaluaciones psicológicas", "clinical-assessment", "Spanish"),
        ("progetto terapeutico riabilitativo individualizzato", "treatment-planning", "Italian"),
        ("lavoro con le famiglie", "parent-engagement", "Italian"),
    ],
)
def test_each_language_of_the_thirty_ninth_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.method, match.language) == (skill_id, "alias", language)


@pytest.mark.parametrize(
    "text",
    [
        "konsèy",  # Haitian Creole: any advice, alone
        "swivi",  # follow-up of anything
        "sipò ak konsèy",  # "ak" is "and": no term heads it
        "ڕاوێژکاری",  # Sorani: counselling or any advice, alone
        "هەڵسەنگاندن",  # any assessment
        "پاڵپشتیی دەروونی و کۆمەڵایەتی",  # psychosocial support: no one skill in English
        "تەندروستی دەروونی",  # mental health: a field, no skill
        "projet personnel",  # French: one's own project, not a care plan
        "progetto educativo",  # Italian: a school's or a service's plan, not a care plan
    ],
)
def test_a_near_miss_in_the_thirty_ninth_round_s_languages_is_not_read(text):
    taxonomy = careermap.load_taxonomy()
    assert lexicon_match(text, text, taxonomy, head=True) is None


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("jesyon ka pou fanm ki viktim vyolans", "case-management", "Haitian Creole"),
        ("gwoup sipò avèk jèn nan katye a", "support-group-facilitation", "Haitian Creole"),
        ("پلانی سەلامەتی بۆ ئافرەتانی تووشبوو", "safety-planning", "Sorani Kurdish"),
        ("ڕاوێژکاری خێزانی لەگەڵ دایک و باوکان", "couples-and-family-therapy", "Sorani Kurdish"),
    ],
)
def test_a_term_heads_a_phrase_before_a_preposition_in_the_new_languages(text, skill_id, language):
    # Haitian "pou", "avèk" and Sorani "بۆ", "لەگەڵ", written apart, as French "pour".
    taxonomy = careermap.load_taxonomy()
    match = lexicon_match(text, text, taxonomy, head=True)
    assert match is not None
    assert (match.skill_id, match.method, match.language) == (skill_id, "part", language)


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("inserimenti lavorativi in aziende del territorio", "supported-employment", "Italian"),
        ("Krisenintervention in Schulen", "crisis-intervention", "German"),
    ],
)
def test_in_opens_a_complement_after_a_term_of_another_language(text, skill_id, language):
    # Thirty-ninth round: "in" (Italian, German, Dutch) heads a phrase after a lexicon term.
    taxonomy = careermap.load_taxonomy()
    match = lexicon_match(text, text, taxonomy, head=True)
    assert match is not None
    assert (match.skill_id, match.method, match.language) == (skill_id, "part", language)


@pytest.mark.parametrize("text", ["training in CBT for staff", "case management in schools"])
def test_in_opens_no_complement_after_an_english_name(text):
    # "in" is an English word: "training in CBT" is CBT training, not training.
    taxonomy = careermap.load_taxonomy()
    assert lexicon_match(text, text, taxonomy, head=True) is None


# Fortieth round (review40 P4): Catalan and Papiamento, terms the read sets' nurses and
# social workers write, and the words around a term that other languages write.
@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("intervenció en crisi", "crisis-intervention", "Catalan"),
        ("Suport entre iguals", "peer-support", "Catalan"),
        ("pla de cures", "treatment-planning", "Catalan"),
        ("contenció mecànica", "physical-intervention", "Catalan"),
        ("Intel·ligència emocional", "emotional-intelligence", "Catalan"),
        ("intel.ligencia emocional", "emotional-intelligence", "Catalan"),
        ("trabou social", "social-work-practice", "Papiamento"),
        ("maneho di kaso", "case-management", "Papiamento"),
        ("Maneho di caso", "case-management", "Papiamento"),
        ("promé yudansa sikológiko", "psychological-first-aid", "Papiamento"),
        ("entretiens infirmiers", "mental-health-nursing", "French"),
        ("injections retard", "medication-management", "French"),
        ("avaliações psicológicas", "clinical-assessment", "Portuguese"),
        ("الدراسة الاجتماعية", "needs-assessment", "Arabic"),
        ("inwerken", "onboarding", "Dutch"),
        ("roosters maken", "management-of-personnel-resources", "Dutch"),
    ],
)
def test_each_language_of_the_fortieth_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.language) == (skill_id, language)


@pytest.mark.parametrize(
    "text",
    [
        "acompanyament",  # Catalan: any accompanying, alone
        "valoració",  # Catalan: any assessment, alone
        "crisi",  # Catalan: a crisis is no practice
        "yudansa",  # Papiamento: any help, alone
        "maneho di auto",  # Papiamento: driving a car
        "entretien",  # French: any interview or upkeep
        "rooster",  # Dutch: a timetable, alone
        "دراسة",  # Arabic: study, alone
    ],
)
def test_a_near_miss_in_the_fortieth_round_s_languages_is_not_read(text):
    match = resolve_skill(text, semantic=False)
    assert match.language is None


@pytest.mark.parametrize(
    ("text", "skill_id", "term"),
    [
        # A CV line's first-person past verb in Portuguese or Spanish, then a term.
        (
            "Realizei avaliações psicológicas de utentes na urgência",
            "clinical-assessment",
            "avaliações psicológicas",
        ),
        (
            "Apliquei testes psicométricos (MMPI-2, WAIS) para relatórios",
            "psychometric-testing",
            "testes psicométricos",
        ),
        (
            "Realicé evaluaciones psicológicas para el juzgado",
            "clinical-assessment",
            "evaluaciones psicológicas",
        ),
        # A word for the work's form: sessions, follow-up, workshops.
        ("Conduzi sessões de psicoeducação para famílias", "psychoeducation", "psicoeducação"),
        ("suivi des injections retard", "medication-management", "injections retard"),
        ("جلسات العلاج الأسري", "couples-and-family-therapy", "العلاج الأسري"),
        # Arabic: a name in a construct, without its article; "لل" written onto a word.
        ("جلسات إرشاد أسري", "couples-and-family-therapy", "الإرشاد الأسري"),
        ("دراسة الحالة الاجتماعية للمريض", "needs-assessment", "دراسة الحالة الاجتماعية"),
        ("التخطيط للخروج من المستشفى", "discharge-planning", "التخطيط للخروج من المستشفى"),
        # Catalan "amb", Papiamento "pa", Dutch "voor" and "van" after a term.
        ("suport entre iguals amb persones ingressades", "peer-support", "suport entre iguals"),
        ("maneho di kaso pa hende muhé", "case-management", "maneho di kaso"),
        ("inwerken van nieuwe medewerkers", "onboarding", "inwerken"),
    ],
)
def test_the_words_around_a_term_other_languages_write(text, skill_id, term):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.matched_name) == (skill_id, term)
    assert match.language is not None


@pytest.mark.parametrize(
    "text",
    [
        "Realizei",  # a verb alone
        "Realizei uma viagem de barco",  # a verb, then no term
        "sessões de fotografia",  # sessions of no practice
        "suivi des cours de cuisine",  # follow-up of no practice
        "Não realizei avaliações psicológicas de utentes",  # the verb does not open it
        "جلسات",  # sessions alone
        "لل",
    ],
)
def test_what_the_words_around_a_term_leave(text):
    assert resolve_skill(text, semantic=False).language is None


# Forty-first round (lang41, review41 P4): Malay, and French, Spanish and Arabic terms of
# the medical secretary's, the psychiatrist's and the Gulf head nurse's work.
@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        ("Kaunseling kelompok", "group-therapy", "Malay"),
        ("pengurangan kemudaratan", "harm-reduction", "Malay"),
        ("terapi gantian metadon", "medication-assisted-treatment", "Malay"),
        ("pertolongan cemas psikologi", "psychological-first-aid", "Malay"),
        ("rancangan pendidikan individu", "individualised-education-plans", "Malay"),
        ("intervensi krisis", "crisis-intervention", "Malay"),
        ("prise de rendez-vous", "administrative", "French"),
        ("projet individualisé", "treatment-planning", "French"),
        ("appartements thérapeutiques", "housing-support", "French"),
        ("docencia de pregrado", "instructing", "Spanish"),
        ("tratamiento psicofarmacológico", "psychopharmacology", "Spanish"),
        ("جدول المناوبات", "management-of-personnel-resources", "Arabic"),
    ],
)
def test_each_language_of_the_forty_first_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.language) == (skill_id, language)


@pytest.mark.parametrize(
    ("text", "skill_id", "term"),
    [
        # Malay: a term, then "untuk", "dengan", "di" ...; a talk, a session, a programme.
        (
            "kaunseling keluarga untuk ibu bapa pelajar",
            "couples-and-family-therapy",
            "kaunseling keluarga",
        ),
        ("sesi kaunseling kelompok di penjara", "group-therapy", "kaunseling kelompok"),
        ("ceramah promosi kesihatan kepada belia", "health-promotion", "promosi kesihatan"),
        # Spanish "a" after a term, never after an English name; "manejo de".
        (
            "evaluaciones psicológicas a adultos mayores",
            "clinical-assessment",
            "evaluaciones psicológicas",
        ),
        ("manejo de psicofármacos en el embarazo", "psychopharmacology", "psicofármacos"),
        # French: accompanying towards a practice's place.
        (
            "accompagnement vers les appartements associatifs",
            "housing-support",
            "appartements associatifs",
        ),
        # Arabic: "the drawing up of" a term, "لل" written onto the next word.
        ("إعداد جداول المناوبات للقسم", "management-of-personnel-resources", "جداول المناوبات"),
    ],
)
def test_the_words_around_a_term_the_forty_first_round_reads(text, skill_id, term):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.matched_name) == (skill_id, term)
    assert match.language is not None


@pytest.mark.parametrize(
    "text",
    [
        "kaunselor",  # Malay: a counsellor is a post, no skill
        "program",  # a programme, alone
        "sesi bersama rakan",  # a session with friends: no practice
        "manejo de vehículos",  # Spanish: driving
        "accompagnement vers l'emploi des jeunes",  # no term after the lead
        "إدارة المستشفى",  # Arabic: managing the hospital, no term
        "teaching a class",  # English "a" opens nothing after an English name
    ],
)
def test_a_near_miss_in_the_forty_first_round_s_words_is_not_read(text):
    assert resolve_skill(text, semantic=False).language is None


def test_a_malay_list_joined_by_dan_is_read_part_by_part():
    profile = build_profile(["pengurusan kes dan intervensi krisis"], semantic=False)
    assert set(profile.skills) >= {"case-management", "crisis-intervention"}


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        # Forty-second round (lang42): Welsh and te reo Māori.
        ("asesiad risg", "risk-assessment", "Welsh"),
        ("Cynllun Gofal a Thriniaeth", "treatment-planning", "Welsh"),
        ("cymorth cyntaf iechyd meddwl", "mental-health-first-aid", "Welsh"),
        ("dad-ddwysáu", "conflict-de-escalation", "Welsh"),
        ("gweithio'n ddwyieithog", "second-language", "Welsh"),
        ("whakawhanaungatanga", "rapport-building", "te reo Māori"),
        ("korero Maori", "second-language", "te reo Māori"),  # long vowels folded
        # French and Spanish terms of the thirty-third set's trades.
        ("entretiens d'accueil", "intake-assessment", "French"),
        ("contención mecánica", "physical-intervention", "Spanish"),
    ],
)
def test_each_language_of_the_forty_second_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.language) == (skill_id, language)


@pytest.mark.parametrize(
    ("text", "skill_id", "term"),
    [
        # A Welsh term after a word that mutates it: "diogelu" softened after "o" (of),
        # "gofal" nasal after "fy" (my), "cymorth" aspirate after "a" (and).
        ("profiad o ddiogelu oedolion", "safeguarding", "diogelu oedolion"),
        ("ddiogelu plant", "safeguarding", "diogelu plant"),
        ("nghydlynu gofal", "care-coordination", "cydlynu gofal"),
        ("chymorth cyntaf", "first-aid", "cymorth cyntaf"),
        # Welsh "gyda", "ar gyfer", "fel" and Māori "ki" open a term's complement.
        ("cwnsela gyda phobl ifanc", "counselling", "cwnsela"),
        ("asesiad risg ar gyfer cleifion mewnol", "risk-assessment", "asesiad risg"),
        (
            "asesiadau Deddf Iechyd Meddwl fel AMHP",
            "mental-health-legislation",
            "asesiadau Deddf Iechyd Meddwl",
        ),
        ("whakawhanaungatanga ki te whānau", "rapport-building", "whakawhanaungatanga"),
    ],
)
def test_the_forty_second_rounds_mutations_and_complements_are_read(text, skill_id, term):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.matched_name) == (skill_id, term)
    assert match.language is not None


@pytest.mark.parametrize(
    "text",
    [
        "gofal",  # Welsh: care, alone, names no one skill
        "ofal",  # ... nor softened
        "cymorth",  # help, support
        "hyfforddi",  # both coaching and training
        "sesiynau gyda ffrindiau",  # sessions with friends: no practice
        "kōrero",  # te reo Māori: to talk
        "manaakitanga",  # care, hospitality, respect: no one skill
        "contención",  # Spanish: emotional, verbal or physical
        "risg",  # a term's second word, alone
    ],
)
def test_a_near_miss_in_the_forty_second_round_s_words_is_not_read(text):
    assert resolve_skill(text, semantic=False).language is None


def test_a_mutated_form_never_takes_another_terms_key():
    # "gymorth cyntaf" is only "cymorth cyntaf" softened; a listed term keeps its own key.
    index = lexicon_index(careermap.load_taxonomy())
    assert index["gymorth cyntaf"].skill_id == "first-aid"
    assert index["diogelu data"].skill_id == "data-protection"
    assert index["ddiogelu data"].skill_id == "data-protection"
    assert "ofal" not in index  # "gofal" is no term, so its softened form is none either


@pytest.mark.parametrize(
    ("text", "skill_id", "language"),
    [
        # Forty-third round (lang43): Swedish, in the singular and the plural.
        ("motiverande samtal", "motivational-interviewing", "Swedish"),
        ("KBT", "cognitive-behavioural-therapy", "Swedish"),
        ("Suicidriskbedömning", "suicide-risk-assessment", "Swedish"),
        ("riskbedömningar", "risk-assessment", "Swedish"),
        ("boendestöd", "housing-support", "Swedish"),
        ("tystnadsplikt", "confidentiality", "Swedish"),
        ("åtgärdsprogram", "individualised-education-plans", "Swedish"),
        # Swahili.
        ("ushauri nasaha", "counselling", "Swahili"),
        ("huduma ya kwanza ya kisaikolojia", "psychological-first-aid", "Swahili"),
        ("kupunguza madhara", "harm-reduction", "Swahili"),
        # French and Dutch terms of the thirty-fourth set's trades.
        ("encadrement des équipes soignantes", "team-leadership", "French"),
        ("accompagnement des usagers de drogues", "substance-use-treatment", "French"),
        ("rapports d'activité", "report-writing", "French"),
        ("causeries éducatives", "health-promotion", "French"),
        ("huisbezoeken", "community-outreach", "Dutch"),
    ],
)
def test_each_language_of_the_forty_third_round_is_read(text, skill_id, language):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.language) == (skill_id, language)


@pytest.mark.parametrize(
    ("text", "skill_id", "term"),
    [
        # Swedish "med", "för", "av", "hos", "inom" open a term's complement.
        ("motiverande samtal med ungdomar", "motivational-interviewing", "motiverande samtal"),
        ("krisintervention för anhöriga", "crisis-intervention", "krisintervention"),
        ("handledning av nyanställda kuratorer", "clinical-supervision", "handledning"),
        ("hembesök hos äldre patienter", "community-outreach", "hembesök"),
        ("samverkan med skola och vårdnadshavare", "multidisciplinary-collaboration", "samverkan"),
        # Swahili "kwa", "katika", and the genitive "wa" after a term.
        ("ushauri nasaha kwa vijana", "counselling", "ushauri nasaha"),
        ("elimu ya afya katika shule za msingi", "health-promotion", "elimu ya afya"),
        ("kupunguza madhara wa dawa za kulevya", "harm-reduction", "kupunguza madhara"),
        # French: a term, then a word opening its complement.
        ("coordination de l'équipe de nuit", "team-leadership", "coordination de l'équipe"),
        (
            "sensibilisation aux drogues dans les lycées",
            "health-promotion",
            "sensibilisation aux drogues",
        ),
        ("partenariats avec les mairies", "stakeholder-engagement", "partenariats"),
        # French: a qualifier after the term's noun (the nurses', the psychotropic drugs').
        (
            "gestion des traitements psychotropes",
            "medication-management",
            "gestion des traitements",
        ),
        (
            "encadrement des stagiaires infirmiers du service",
            "mentoring",
            "encadrement des stagiaires",
        ),
        ("plan de soins infirmiers", "treatment-planning", "plan de soins"),
    ],
)
def test_the_forty_third_rounds_complements_are_read(text, skill_id, term):
    match = resolve_skill(text, semantic=False)
    assert (match.skill_id, match.matched_name) == (skill_id, term)
    assert match.language is not None


def test_a_swedish_list_joined_by_och_is_read_part_by_part():
    profile = build_profile(["KBT och motiverande samtal"], semantic=False)
    assert set(profile.skills) >= {"cognitive-behavioural-therapy", "motivational-interviewing"}


@pytest.mark.parametrize(
    "text",
    [
        "stöd",  # Swedish: support, alone
        "samtal",  # conversation, talk
        "utredning",  # an assessment, an investigation or an inquiry
        "får handledning",  # supervision received
        "mazungumzo",  # Swahili: conversation, talk
        "ushauri",  # advice
        "msaada wa kisaikolojia na kijamii",  # psychosocial support: no one skill
        "soins infirmiers",  # a qualifier alone is no term
        "pas de gestion des traitements psychotropes",  # negated
        "training till midnight",  # "till" after an English name opens nothing
        "begeleiding",  # Dutch: too general
    ],
)
def test_a_near_miss_in_the_forty_third_round_s_words_is_not_read(text):
    assert resolve_skill(text, semantic=False).language is None

"""A licence from the person's own country, where careermap does not know its rules.

Thirty-second round, review 32 P1: a clinical psychologist licensed by Lebanon's Ministry
of Public Health was told her therapist post "Needs what employers in Lebanon ask for in
place of a licence from the United States", a long step behind every post she could take
now; a Maltese counsellor's warrant was not read as a licence at all. The person's own
licence of the post's practice now makes the verdict a check ("Ready if your ... is what
employers in Lebanon ask for ..."), ordered as a post whose fit careermap cannot confirm.
"""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.results.own_licence import CHECK_OPENING, own_country_licences
from careermap.scoring.advice import advice_key

SKILLS = ["trauma-focused therapy:5", "psychotherapy:4", "clinical assessment:4"]
LEBANON = "Licence to practise as a psychologist, Ministry of Public Health (Lebanon)"
MALTA = "Warrant to practise as a counsellor, Council for the Counselling Profession (Malta)"


def _verdicts(credentials, country, roles=("therapist", "mental-health-counsellor")):
    background = Background(
        education="master", credentials=credentials, country=country, years_experience=10
    )
    ranking = careermap.rank_careers(SKILLS, background=background, limit=None, semantic=False)
    return {m.role_id: m.readiness for m in ranking if m.role_id in roles}


def test_a_lebanese_psychologist_is_asked_to_check_her_own_licence_not_to_get_one():
    found = _verdicts([LEBANON], "LB")["therapist"]
    assert found.verdict == "certify", found
    assert found.summary.startswith(f"{CHECK_OPENING}{LEBANON} is what employers in Lebanon")


def test_a_maltese_warrant_is_read_as_the_counsellor_s_licence():
    found = _verdicts([MALTA], "MT")["mental-health-counsellor"]
    assert found.verdict == "certify", found
    assert MALTA in found.summary


def test_without_a_licence_of_her_own_the_post_still_needs_one():
    found = _verdicts(["MA Counselling Psychology, Addis Ababa University"], "ET")
    assert found["therapist"].verdict == "needs", found


def test_a_licence_of_another_practice_is_no_check():
    found = _verdicts(
        ["Registered Nurse, Ministry of Public Health (Lebanon)"], "LB", ("therapist",)
    )
    assert found["therapist"].verdict == "needs", found


def test_a_psychotherapist_s_register_is_no_speech_therapist_s_licence():
    held = "Albo degli Psicologi, Ordine dell'Emilia-Romagna (annotazione psicoterapeuta)"
    found = _verdicts([held], "IT", ("therapist", "speech-and-language-therapist"))
    assert found["therapist"].verdict == "certify", found
    assert found["speech-and-language-therapist"].verdict == "needs", found


def test_a_check_keeps_the_experience_a_post_asks_for():
    found = _verdicts([LEBANON], "LB", ("clinical-supervisor",))["clinical-supervisor"]
    assert found.verdict == "experience", found
    assert CHECK_OPENING.lower() in found.summary, found


def test_a_country_careermap_knows_is_read_as_before():
    taxonomy = careermap.load_taxonomy()
    held = ["Registered Psychotherapist (CRPO), Ontario"]
    assert own_country_licences(Background(country="CA", credentials=held), taxonomy, {}) == ()


def test_a_check_is_ordered_as_a_fit_careermap_cannot_confirm():
    taxonomy = careermap.load_taxonomy()
    therapist = careermap.lookup_role("therapist")
    background = Background(education="master", credentials=[LEBANON], country="LB")
    assert advice_key(therapist, background, taxonomy) == (0, False, True)
    without = background.model_copy(update={"credentials": []})
    assert advice_key(therapist, without, taxonomy)[2] is False

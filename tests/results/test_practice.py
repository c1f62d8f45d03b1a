"""The core of helping work, practised whichever post it is (careermap.results.practice).

Twenty-seventh round (review27 finding P9): a counsellor, a nurse, a support worker or a
helpline worker of some years was shown empathy, listening, confidentiality and ethics as
gaps, because only a title's role's *essential* requirements, or a kind of work's broad
skills, counted as practised.
"""

from __future__ import annotations

from pathlib import Path

import careermap
from careermap import Background
from careermap.results.practice import (
    CODE_OF_CONDUCT,
    HELPING,
    helping_practice,
    practice_skills,
    profession_practice,
    role_practice,
    skill_practice,
    title_practice,
)
from careermap.results.readiness import implied_skills

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HARNESS = load_script(ROOT / "benchmarks" / "personas.py", "personas")

JUDGEMENT = "judgment-and-decision-making"
#: The core practice the persona benchmark counts in gaps (one list, the benchmark's),
#: but judgement, which not every helping code rates high enough (below).
CORE = frozenset(HARNESS.CORE_PRACTICE) - {JUDGEMENT}


def test_every_helping_code_practises_the_core_and_the_professions_judgement(taxonomy):
    for role_id in ("therapist", "psychiatric-nurse", "clinical-social-worker"):
        assert CORE | {JUDGEMENT} <= role_practice(taxonomy.role_index[role_id])
    # O*NET 21-1093.00 (social and human service assistants) rates judgement 3.25 of 5,
    # under the 3.5 the fourth core-practice pass asks: a peer worker's is not implied.
    peer = role_practice(taxonomy.role_index["peer-support-specialist"])
    assert peer >= CORE
    assert JUDGEMENT not in peer
    assert HELPING["21-1093.00"][2] < 3.5


def test_work_that_is_not_helping_work_practises_none_of_it(taxonomy):
    for role_id in ("recruiter", "ux-researcher", "mental-health-first-aid-instructor"):
        assert role_practice(taxonomy.role_index[role_id]) == frozenset()
    # A supervisor of mental-health practice is helping work; a non-profit's manager is not.
    assert role_practice(taxonomy.role_index["crisis-line-supervisor"]) >= CORE
    assert role_practice(taxonomy.role_index["nonprofit-programme-manager"]) == frozenset()


def test_an_unrated_code_takes_the_lowest_rating_of_its_group(taxonomy):
    # O*NET rates no 21-1029.00 ("social workers, all other"): the intake coordinator's.
    intake = role_practice(taxonomy.role_index["intake-coordinator"])
    assert set(CODE_OF_CONDUCT) <= intake
    assert JUDGEMENT in intake  # 21-1023.00 rates it 3.50, the lowest of 21-102x


def test_a_title_gives_its_role_or_a_kind_of_work_that_is_all_helping_work(taxonomy):
    assert title_practice("Addiction Counsellor (prison drug treatment)", taxonomy) >= CORE
    assert title_practice("Support Worker (crisis respite house)", taxonomy) >= CORE
    # "Technician" is a health information technician too: the kind is not all helping.
    assert title_practice("TMS Technician", taxonomy) == frozenset()
    assert title_practice("Senior copywriter", taxonomy) == frozenset()
    assert title_practice(None, taxonomy) == title_practice("  ", taxonomy) == frozenset()


def test_other_work_a_person_did_counts_as_their_title_does(taxonomy):
    volunteer = Background(current_role="Senior copywriter")
    assert helping_practice(volunteer, taxonomy) == frozenset()
    past = Background(current_role="Senior copywriter", experience={"Crisis line counselor": 3})
    assert helping_practice(past, taxonomy) >= CORE
    assert helping_practice(None, taxonomy) == frozenset()


def test_a_listed_practice_shows_the_core_but_not_judgement(taxonomy):
    found = skill_practice(["creative-arts-therapies"], taxonomy)
    assert found >= CORE
    assert JUDGEMENT not in found
    # Taught or used outside casework as much: not a sign of helping work.
    assert {"psychoeducation", "psychometric-testing", "behaviour-support"}.isdisjoint(
        practice_skills(taxonomy)
    )
    assert skill_practice(["recruitment", "psychoeducation"], taxonomy) == frozenset()


def test_a_listed_casework_skill_shows_the_core_too(taxonomy):
    # Thirty-sixth round (review35 P7): a carer consultant who runs support groups, a
    # street educator whose outreach was read, a hearing voices facilitator whose peer
    # support was read were each told they lack listening, rapport or boundaries.
    for listed in ("peer-support", "support-group-facilitation", "community-outreach"):
        assert listed in practice_skills(taxonomy)
        assert skill_practice([listed], taxonomy) >= CORE
        assert JUDGEMENT not in skill_practice([listed], taxonomy)
    # Asked nearly as often by security, emergency or advice posts, or no post: nothing.
    for listed in ("conflict-de-escalation", "crisis-protocols", "first-aid", "health-equity"):
        assert skill_practice([listed], taxonomy) == frozenset()


def test_implied_skills_join_the_practice_to_what_credentials_certify(taxonomy):
    # A sociotherapist whose Dutch title careermap cannot read, who lists a genogram
    # (read as clinical assessment). (Bologna's "Psicologa psicoterapeuta" was such a
    # title until the thirtieth round read "psicologa" as a psychologist's.)
    dutch = Background(current_role="Sociotherapeut, forensisch psychiatrisch centrum")
    assert not CORE & implied_skills(dutch, taxonomy)
    assert implied_skills(dutch, taxonomy, ["clinical-assessment"]) >= CORE
    bologna = Background(current_role="Psicologa psicoterapeuta, consultorio familiare")
    assert implied_skills(bologna, taxonomy) >= CORE


def _ranked(background: dict[str, object]) -> careermap.Ranking:
    # No practice of helping work among them (support groups and referral are one from
    # the thirty-sixth round): only the title shows the work.
    skills = ["training delivery", "report writing", "teamwork"]
    return careermap.rank_careers(skills, limit=None, background=background)


def test_the_practice_leaves_the_gaps_and_never_moves_a_score():
    title = "Addiction Counsellor (prison drug treatment service)"
    plain = _ranked({"country": "IE"})
    held = _ranked({"country": "IE", "current_role": title})
    scores = {m.role_id: m.score for m in plain}
    assert all(m.score == scores[m.role_id] for m in held)
    shown = {g.skill_id for m in held for g in m.gaps}
    assert not CORE & shown
    assert CORE & {g.skill_id for m in plain for g in m.gaps}


def test_the_ratings_are_o_net_29_3s(onet_dir):
    from careermap.results.practice import RATED, SUPERVISORS  # noqa: PLC0415

    names = {
        "Active Listening": 0,
        "Social Perceptiveness": 1,
        "Judgment and Decision Making": 2,
        "Concern for Others": 3,
        "Integrity": 4,
        "Self-Control": 5,
        "Stress Tolerance": 6,
        "Adaptability/Flexibility": 7,
    }
    found: dict[str, list[float]] = {}
    for name in ("Skills.txt", "Work Styles.txt"):
        with (onet_dir / name).open(encoding="utf-8") as handle:
            for line in handle:
                code, _, element, scale, value, *_ = line.rstrip("\n").split("\t")
                if element in names and scale == "IM":
                    found.setdefault(code, [0.0] * len(RATED))[names[element]] = float(value)
    for code, ratings in {**HELPING, "11-9151.00": SUPERVISORS}.items():
        assert [round(v, 2) for v in found[code]] == list(ratings), code


def test_a_speech_and_language_therapists_title_shows_its_practice(taxonomy):
    # titles28b (review28 P1): a senior speech and language therapist of fourteen years
    # was shown social perceptiveness and active listening to learn; her title names the
    # speech and language therapist (cat28), whose O*NET 29-1127.00 is helping work.
    tralee = title_practice("Senior Speech and Language Therapist, CAMHS", taxonomy)
    assert {"active-listening", "social-perceptiveness", "judgment-and-decision-making"} <= tralee
    assert title_practice("Speech-language pathologist (CCC-SLP)", taxonomy) == tralee
    # Not a school's senior leadership team.
    assert title_practice("Assistant head, SLT", taxonomy) == frozenset()


def test_a_profession_named_by_a_titles_words_practises_its_core(taxonomy):
    # Thirtieth round (review30 P3): titles naming no role, but a profession, took nothing
    # as practised, and counsellors and psychologists were shown listening as a gap.
    for held in (
        "Counselling Officer (Divisional Secretariat)",
        "Psicóloga clínica, Policía Nacional (servicio de salud mental)",
        "Mental Health Officer (senior social worker)",
        "Psychiatric Clinical Officer (Zomba Mental Hospital)",
    ):
        assert title_practice(held, taxonomy) >= CORE, held
    # The psychologists', social workers' and clinical officers' codes rate judgement
    # 3.5 or more; the counsellors' lowest (21-1015.00, 3.38) does not.
    assert JUDGEMENT in title_practice("Psicóloga clínica", taxonomy)
    assert JUDGEMENT not in title_practice("Counselling Officer", taxonomy)
    # An assistant's post does not make the profession's decisions.
    assistant = title_practice("Assistant Psychologist (CMHT psychology service)", taxonomy)
    assert assistant >= CORE
    assert JUDGEMENT not in assistant


def test_a_title_of_another_field_names_no_profession(taxonomy):
    for held in (
        "Debt counsellor",
        "Occupational psychologist (consultancy)",
        "Safer Custody Officer (prison officer)",
        "Lecturer in psychology",
    ):
        assert profession_practice(held) == frozenset(), held
    assert title_practice("Occupational psychologist (consultancy)", taxonomy) == frozenset()


def test_helping_titles_naming_no_profession_practise_their_core(taxonomy):
    # Thirty-first round (review 31 P3): a psychoanalyst (in her title's English gloss),
    # a youth worker, a player welfare officer and a peer educator were shown active
    # listening as a gap.
    for held in (
        "Psihoanalitičarka (psychoanalyst), private practice",
        "Youth worker",
        "Player welfare and education officer (rugby league club)",
        "Educadora de pares (peer educator), sex workers' organisation",
    ):
        assert title_practice(held, taxonomy) >= CORE, held
    # O*NET 19-3033.00 rates judgement 3.75; community health workers 3.38.
    assert JUDGEMENT in profession_practice("Psychoanalyst")
    assert JUDGEMENT not in profession_practice("Volunteer peer educator")
    assert profession_practice("Animal welfare officer") == frozenset()


def test_a_statutory_mental_health_officer_practises_assessment_under_the_act(taxonomy):
    # Thirty-first round (review30, the twenty-first set): a Mental Health Officer of
    # thirteen years was shown clinical assessment as a gap; the MHO (Scotland's 2003 Act)
    # and the AMHP (the 1983 Act as amended) assess people under the Act by law.
    statutory = {"clinical-assessment", "mental-health-legislation", "risk-assessment"}
    for held in (
        "Mental Health Officer (senior social worker)",
        "Mental Health Officer",
        "Approved Mental Health Professional (social worker)",
        "Senior social worker and AMHP, CMHT",
    ):
        assert title_practice(held, taxonomy) >= statutory | CORE, held
    # What all four of the professions an AMHP may come from practise: judgement too.
    assert JUDGEMENT in title_practice("AMHP (occupational therapist)", taxonomy)
    # A trainee does not hold the office.
    assert not statutory & title_practice("Trainee Mental Health Officer", taxonomy)
    assert not statutory & title_practice("Health and safety officer", taxonomy)


def test_an_arts_therapist_practises_formulation_and_review_with_peers(taxonomy):
    # Thirty-first round: a dramatherapist of twenty-nine years was shown case formulation
    # and peer consultation as gaps (HCPC standards of proficiency for arts therapists;
    # the Arts therapist apprenticeship standard, ST0633).
    routine = {"case-formulation", "peer-consultation"}
    for held in (
        "Dramatherapist (HSE day hospital and private practice)",
        "Music Therapist (NHS adult learning disability service)",
        "Art psychotherapist",
        "Dance Movement Psychotherapist (DMP)",
        "Šokio-judesio terapeutė (dance movement therapist), day hospital and NGO",
    ):
        assert title_practice(held, taxonomy) >= routine, held
    assert not routine & title_practice("Art therapy assistant", taxonomy)
    assert not routine & title_practice("Art teacher", taxonomy)


def test_a_physician_assistant_practises_the_profession_with_its_judgement() -> None:
    # titles34: "Physician assistant" was read as an assistant's post, named after the post
    # assisted; it is a profession of its own (O*NET 29-1071.00, ISCO-08 2240).
    from careermap.results.current import kind_roles, own_seniority  # noqa: PLC0415
    from careermap.results.practice import title_practice  # noqa: PLC0415

    taxonomy = careermap.load_taxonomy()
    for held in ("Physician Assistant (PA-C), psychiatry", "Physician associate", "PA-C"):
        assert "judgment-and-decision-making" in profession_practice(held), held
        assert "active-listening" in title_practice(held, taxonomy), held
        assert kind_roles(held, taxonomy) == frozenset(), held
        assert own_seniority(held, taxonomy) is None, held  # not an entry-level assistant
    # An assistant psychologist still assists: no judgement.
    assert "judgment-and-decision-making" not in profession_practice("Assistant psychologist")

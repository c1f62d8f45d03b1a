"""The role a person holds now: what it says they practise (careermap.results.current)."""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.results.current import (
    current_role,
    kind_of_work,
    kind_roles,
    own_seniority,
    practised_skills,
)
from careermap.results.readiness import implied_skills
from careermap.results.title_roles import find_role
from careermap.results.work_kind import _broad
from careermap.taxonomy.entry import Seniority
from careermap.taxonomy.models import Taxonomy

PEER = ["peer support:5", "recovery-oriented practice:4", "harm reduction", "benefits advice"]


def _gaps(background: dict[str, object] | None, role_id: str) -> set[str]:
    ranking = careermap.rank_careers(PEER, limit=None, background=background)
    return {gap.skill_id for gap in next(m for m in ranking if m.role_id == role_id).gaps}


def test_a_peer_specialist_is_not_told_to_learn_what_the_post_practises():
    # A peer specialist coordinates with services and keeps emotional boundaries every
    # week: both are essential requirements of the post (O*NET 21-1093.00 rates
    # Coordination 3.75 of 5 in importance), so a recovery coach match does not list
    # them as gaps. Without the title, it does.
    without = _gaps({"lived_experience": True}, "recovery-coach")
    held = _gaps(
        {"lived_experience": True, "current_role": "Certified peer support specialist"},
        "recovery-coach",
    )
    assert {"coordination", "emotional-boundaries"} <= without
    assert not {"coordination", "emotional-boundaries"} & held
    assert held < without


def test_the_current_role_changes_gaps_not_scores():
    plain = careermap.rank_careers(PEER, limit=None)
    held = careermap.rank_careers(
        PEER, limit=None, background={"current_role": "Certified peer support specialist"}
    )
    scores = {m.role_id: m.score for m in plain}
    assert all(m.score == scores[m.role_id] for m in held)


def test_only_the_essential_requirements_of_a_confident_title_count():
    taxonomy = careermap.load_taxonomy()
    role = taxonomy.role_index["peer-support-specialist"]
    essential = {r.skill for r in role.requirements if r.importance.value == "essential"}
    optional = {r.skill for r in role.requirements if r.importance.value == "optional"}
    found = practised_skills("Certified peer support specialist", taxonomy)
    assert found == essential
    assert optional
    assert not optional & found
    # A title near two roles names a kind of work, not a role: only the broad skills
    # every role of that kind requires count, and a title of no kind, nothing.
    shared = practised_skills("Child and family therapist", taxonomy)
    assert shared == kind_of_work("Child and family therapist", taxonomy)
    assert not shared - _broad(taxonomy)
    assert practised_skills("Senior copywriter", taxonomy) == frozenset()
    assert practised_skills("   ", taxonomy) == practised_skills(None, taxonomy) == frozenset()


def test_a_title_of_a_kind_of_work_shows_the_broad_skills_every_such_role_asks():
    taxonomy = careermap.load_taxonomy()
    worker = "Senior Support Worker (mental health supported accommodation)"
    found = kind_of_work(worker, taxonomy)
    kind = [
        r
        for r in taxonomy.roles
        if any(n.lower().endswith("support worker") for n in (r.title, *r.aliases))
    ]
    assert len(kind) > 1  # a kind, not one role
    assert {"active-listening", "social-perceptiveness"} <= found
    for role in kind:
        essential = {r.skill for r in role.requirements if r.importance.value == "essential"}
        assert found <= essential, role.id
    # Specialised methods are never inferred from a title: only broad skills are.
    assert found <= _broad(taxonomy)
    assert "case-management" not in kind_of_work("Intensive case manager, Housing First", taxonomy)
    # Eleven years as a support worker: listening is not a gap on an advocacy post.
    skills = ["welfare benefits advice:4", "mental health legislation", "safeguarding:4"]

    def gaps(background: dict[str, object]) -> set[str]:
        ranking = careermap.rank_careers(skills, limit=None, background=background)
        match = next(m for m in ranking if m.role_id == "mental-health-advocate")
        return {gap.skill_id for gap in match.gaps}

    assert "active-listening" in gaps({"years_experience": 11})
    assert "active-listening" not in gaps({"years_experience": 11, "current_role": worker})


def test_implied_skills_join_the_current_role_to_credentials_and_degree():
    taxonomy = careermap.load_taxonomy()
    both = implied_skills(
        Background(credentials=["LCSW"], current_role="Crisis line counselor"), taxonomy
    )
    assert implied_skills(Background(credentials=["LCSW"]), taxonomy) < both
    assert practised_skills("Crisis line counselor", taxonomy) < both


def test_titles_are_remembered_per_taxonomy_within_a_bound(monkeypatch):
    from careermap.base.cache import derived  # noqa: PLC0415
    from careermap.results import current  # noqa: PLC0415

    taxonomy = careermap.load_taxonomy()
    monkeypatch.setattr(current, "TITLES_REMEMBERED", 3)
    memo = derived(taxonomy, "current-roles", dict)
    memo.clear()  # other tests rank with titles on the same bundled taxonomy
    titles = ["Crisis line counselor", "Nurse", "School counselor (grades 9-12)", "Peer mentor"]
    found = [current.current_role(title, taxonomy) for title in titles]
    # The same answers as looking each title up afresh, the newest three remembered.
    assert found == [find_role(title, taxonomy) for title in titles]
    assert list(memo) == titles[1:]
    calls = []
    monkeypatch.setattr(current, "find_role", lambda *args: calls.append(args))
    assert current.current_role("Peer mentor", taxonomy) == found[-1]
    assert calls == []  # remembered: not looked up again


def test_a_title_joining_two_jobs_names_the_one_role_its_parts_name():
    taxonomy = careermap.load_taxonomy()
    instructor = "Training Coordinator and MHFA Instructor (county mental health board)"
    assert current_role(instructor, taxonomy).id == "mental-health-first-aid-instructor"
    assert current_role("EAP Counsellor and Account Manager", taxonomy).id == "eap-counsellor"
    # Since the twenty-sixth round the occupational therapist is a role too: two roles, none.
    assert current_role("Occupational Therapist / Case Manager", taxonomy) is None
    # Parts naming two roles name none; a word joined to a title is not a second job.
    assert current_role("Crisis line counselor and peer support specialist", taxonomy) is None
    assert current_role("Child and family therapist", taxonomy) is None


def test_a_role_name_inside_a_longer_title_names_that_role():
    # Twenty-fifth round (review 25 finding 5): a setting or grade around a role's name.
    taxonomy = careermap.load_taxonomy()
    darwin = "Remote Area Mental Health Nurse (RN, credentialed MHN)"
    assert current_role(darwin, taxonomy).id == "psychiatric-nurse"
    iqaluit = "Mental Health and Addictions Outreach Worker"
    assert current_role(iqaluit, taxonomy).id == "outreach-worker"
    assert current_role("988 Crisis Counselor (overnight)", taxonomy).id == "crisis-counsellor"
    # An abbreviation a role is known by counts when written in capitals.
    found = current_role("Lead CPN (community team), Band 6", taxonomy)
    assert found.id == "community-mental-health-nurse"
    assert current_role("Lead cpn, Band 6", taxonomy) is None
    # Before the first comma: after it comes a setting, or the post of a credential's
    # holder (a behaviour analyst's supervision is not the clinical supervisor's post).
    assert current_role("BCBA, clinical supervisor", taxonomy) is None
    # A trainee holds the post trained in, not the role; a bare "RPN" names none (Ontario's
    # Registered Practical Nurse writes it too), though a staff nurse's psychiatric unit
    # does (twenty-eighth round: test_a_setting_names_the_specialty_of_the_post_before_it).
    assert current_role("Trainee Clinical Psychologist (withdrawn)", taxonomy) is None
    assert current_role("Staff Nurse, RPN", taxonomy) is None
    # Still none where the joined parts say so.
    assert current_role("Child and family therapist", taxonomy) is None


def test_a_title_in_two_languages_is_read_part_by_part():
    # Twenty-fifth round (a counsellor's re-read of the sixteenth set): titles joined by a
    # slash with spaces name one job twice, in two languages or by two names. A part that
    # names nothing (te reo "Kaimahi", Spanish "promotora") no longer hides the role or
    # the kind of work the other part names.
    taxonomy = careermap.load_taxonomy()
    chw = current_role("Community health worker / promotora", taxonomy)
    assert chw is not None
    assert chw.id == "community-health-worker"
    whole = current_role("Community health worker / promotora", taxonomy, whole=True)
    assert whole is not None
    assert whole.id == "community-health-worker"
    kaimahi = "Kaimahi / Community Support Worker (kaupapa Māori residential)"
    assert kind_of_work(kaimahi, taxonomy) == kind_of_work("Community Support Worker", taxonomy)
    assert {"active-listening", "social-perceptiveness"} <= kind_of_work(kaimahi, taxonomy)
    # The first part, as written, that names a kind of work gives it.
    assert kind_of_work("Social worker / key worker", taxonomy) == kind_of_work(
        "Social worker", taxonomy
    )
    # Parts naming two different roles still name none: the person holds both.
    assert current_role("Recovery worker / Outreach worker", taxonomy) is None
    # A word joined to a title without spaces is not a title of its own.
    assert current_role("Kaimahi", taxonomy) is None


def _read(title: str, taxonomy: Taxonomy) -> str | None:
    role = current_role(title, taxonomy)
    return None if role is None else role.id


def test_a_setting_names_the_specialty_of_the_post_before_it():
    # Twenty-eighth round (titles28): the post is bare and its field comes after a comma
    # or in brackets; O*NET writes the specialty before the post ("Psychiatric RN",
    # "Addiction Counselor"). Substance use is a mental health specialty (ICD-10 F10-F19).
    taxonomy = careermap.load_taxonomy()
    assert _read("Clinical Nurse Specialist, AOD", taxonomy) == "mental-health-nurse-specialist"
    assert _read("Staff Nurse, psychiatry and de-addiction wards", taxonomy) == "psychiatric-nurse"
    assert _read("RN, outpatient psychiatric clinic (new PMHNP)", taxonomy) == "psychiatric-nurse"
    galway = "Staff Nurse, RPN (acute psychiatric admissions unit)"
    assert _read(galway, taxonomy) == "psychiatric-nurse"
    lead = "Lead Counselor (LAC), addiction treatment"
    assert _read(lead, taxonomy) == "substance-use-counsellor"
    # The grade is left out of the post written so, and read from the whole title.
    singapore = "Senior Staff Nurse, Institute of Mental Health"
    assert _read(singapore, taxonomy) == "psychiatric-nurse"
    assert own_seniority(singapore, taxonomy) is Seniority.SENIOR
    assert own_seniority(lead, taxonomy) is Seniority.SENIOR
    # "Mental health" names a field, not the setting of the role of that name: a support
    # worker in a community mental health service is not the inpatient unit's technician.
    # The NHS posts' form (thirty-first round, cat31's Deaf mental health support worker).
    assert _read("Support Worker, Deaf Mental Health Service", taxonomy) == (
        "deaf-mental-health-support-worker"
    )
    assert _read("Senior Support Worker (mental health supported accommodation)", taxonomy) is None
    # A setting that names no specialty adds nothing; a bare specialist post names none.
    assert _read("Social Worker, Youth Outreaching Team (overnight outreach)", taxonomy) is None
    assert _read("Clinical Nurse Specialist", taxonomy) is None


def test_titles_o_net_and_the_home_office_give_name_their_roles():
    # Twenty-eighth round (titles28): O*NET 29.3 alternate titles (21-1011.00, 21-1022.00,
    # 21-1023.00) and the Home Office's ISVA (2017).
    taxonomy = careermap.load_taxonomy()
    assert _read("Chemical dependency counselor (LCDC)", taxonomy) == "substance-use-counsellor"
    assert _read("Hospice Social Worker", taxonomy) == "hospital-social-worker"
    assert _read("Independent Sexual Violence Adviser", taxonomy) == "victim-advocate"
    assert _read("Outpatient therapist (LCSW)", taxonomy) == "therapist"


def test_titles_of_the_nineteenth_set_name_their_roles():
    # Twenty-eighth round (titles28b, review28 P1): a VA readjustment counsellor (38 U.S.C.
    # 1712A), an eating disorder therapist, a peer support lead and a Flemish
    # ervaringsdeskundige.
    taxonomy = careermap.load_taxonomy()
    casper = "Readjustment Counselor (Vet Center, LPC)"
    assert _read(casper, taxonomy) == "mental-health-counsellor"
    portsmouth = "Eating Disorder Therapist, IOP (LICSW, CEDS)"
    assert current_role(portsmouth, taxonomy, whole=True).id == "therapist"
    ghent = "Ervaringsdeskundige, mobiel crisisteam (halftijds)"
    assert _read(ghent, taxonomy) == "peer-support-specialist"
    dar = "Programme Officer and Peer Support Lead (youth mental health NGO)"
    assert _read(dar, taxonomy) == "peer-support-supervisor"


def test_a_title_glossed_in_the_latin_alphabet_is_read_by_its_gloss():
    # A title in another script with an English gloss in brackets, as the skill reader
    # reads "ТФ-КПТ (TF-CBT)": the gloss is the post, the rest its setting.
    taxonomy = careermap.load_taxonomy()
    lviv = "Дитячий психолог (child psychologist), hospital outpatient department"
    assert current_role(lviv, taxonomy, whole=True).id == "clinical-psychologist"
    assert _read("Дитячий психолог", taxonomy) is None


def test_a_trainee_title_is_not_the_role_trained_for():
    # "Trainee X", "X trainee", "student X": the post is not X yet, whatever aliases X has.
    taxonomy = careermap.load_taxonomy()
    for title in (
        "Trainee Nursing Associate (PICU)",
        "Trainee Readjustment Counselor",
        "Readjustment counselor trainee",
        "Trainee child psychologist",
        "Student speech and language therapist",
    ):
        assert _read(title, taxonomy) is None, title


def test_a_psychologist_counsellor_is_not_the_counselling_psychologist():
    # Thirtieth round (review30 P3): "Psychologist-counsellor" (a BA-level counsellor in
    # Phnom Penh) sorted as "Counselling psychologist" and was read as the doctoral
    # clinical psychologist; the post named last is the counsellor's.
    taxonomy = careermap.load_taxonomy()
    assert current_role("Psychologist-counsellor (TPO Cambodia)", taxonomy) is None
    assert current_role("Counselling psychologist", taxonomy).id == "clinical-psychologist"


def test_a_specialist_posts_last_words_need_its_work_in_the_title():
    # Thirty-first round: the disaster behavioural health coordinator (thirtieth round)
    # was the only role ending "health coordinator", so every title ending so was read
    # as its kind of work and took its skills. A post asking experience of its own work
    # is that kind only where the title names the work.
    taxonomy = careermap.load_taxonomy()
    disaster = "disaster-behavioural-health-coordinator"
    for held in ("Community health coordinator", "Behavioral health coordinator (county)"):
        # A coordinator of some kind, but not the disaster coordinator: a post requiring
        # experience of its own work is not of a many-role kind in a title not naming it.
        assert disaster not in kind_roles(held, taxonomy), held
        assert "intake-coordinator" in kind_roles(held, taxonomy), held
    for held in ("Emergency preparedness coordinator", "Disaster mental health lead (Red Cross)"):
        assert disaster in kind_roles(held, taxonomy) | {_read(held, taxonomy)}, held
    # A post asking no such work is still read from its last words alone.
    assert kind_roles("Lady Health Worker (LHW programme)", taxonomy) == {"community-health-worker"}
    # The career coach asks careers work: a child and youth care counsellor is a
    # counsellor of some kind, not a career counsellor.
    assert kind_roles("Child and Youth Care Counsellor (school)", taxonomy) > {"career-coach"}

"""Readiness: whether a person could be hired into a role now, and what stands between."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.experience import Shown, experience_shown
from careermap.results.readiness import assess, current_role, holds, implied_skills
from careermap.scoring.match import ADVICE_REACH
from careermap.taxonomy.models import Credential, Entry


def entry(**fields):
    base = {"education": "bachelor", "job_zone": 4, "seniority": "mid"}
    return Entry.model_validate({**base, **fields})


LCSW = {"name": "Licensed Clinical Social Worker (LCSW)", "kind": "licence"}
LPC = {"name": "Licensed Professional Counselor (LPC/LMHC)", "kind": "licence"}


@pytest.mark.parametrize(
    ("held", "wanted", "expected"),
    [
        (["LCSW (US)"], LCSW, True),
        (["LPC (US)"], LCSW, False),
        (["LMHC (US)"], LPC, True),  # either abbreviation of the same licence
        (["LPC-Associate (US, supervised licence)"], LPC, False),  # not the full licence yet
        (
            ["State school counselor certification (PK-12)"],
            {"name": "School counsellor certification", "kind": "licence"},
            True,
        ),
        (
            ["Registered social worker (Social Work England)"],
            {"name": "Social work licence or registration", "kind": "licence"},
            True,
        ),
        (["RN (US, BSN)"], {"name": "Registered Nurse (RN)", "kind": "licence"}, True),
        (["BLS"], {"name": "Registered Nurse (RN)", "kind": "licence"}, False),
        ([], LCSW, False),
    ],
)
def test_credentials_are_matched_as_people_write_them(held, wanted, expected):
    assert holds(held, Credential.model_validate(wanted)) is expected


def test_nothing_said_nothing_judged():
    assert assess(None, Background()) is None
    assert assess(entry(), None) is None
    assert assess(entry(education="doctorate", seniority="lead"), Background()).verdict == "ready"


def test_a_missing_degree_or_licence_is_a_long_step_named_with_its_note():
    found = assess(
        entry(education="master", credentials=[{**LPC, "note": "US: state licence."}]),
        Background(education="bachelor", credentials=["ASIST trained"]),
    )
    assert found.verdict == "needs"
    assert found.needs == ("a master's degree", LPC["name"])
    assert found.notes == (f"{LPC['name']}: US: state licence.",)
    assert str(found) == f"Needs a master's degree; {LPC['name']}"


def test_licences_a_role_lists_are_alternatives():
    either = entry(credentials=[LPC, LCSW])
    assert assess(either, Background(credentials=["LCSW"])).verdict == "ready"
    assert assess(either, Background(credentials=[])).needs == (f"{LPC['name']} or {LCSW['name']}",)


def test_a_missing_certification_alone_is_a_short_step():
    found = assess(
        entry(credentials=[{"name": "Certified Peer Specialist (CPS)", "kind": "certification"}]),
        Background(credentials=[]),
    )
    assert (found.verdict, found.needs) == ("certify", ("Certified Peer Specialist (CPS)",))
    preferred = entry(credentials=[{"name": "CCM", "kind": "certification", "required": False}])
    assert assess(preferred, Background()).verdict == "ready"


def test_peer_roles_need_lived_experience():
    peer = entry(lived_experience="required")
    assert assess(peer, Background(lived_experience=True)).verdict == "ready"
    assert assess(peer, Background(lived_experience=None)).verdict == "needs"


def test_steps_up_and_down_follow_experience_and_preparation():
    assert assess(entry(seniority="lead"), Background(years_experience=1)).verdict == "step-up"
    # Three rungs down is a step down (a director to an entry-level post); two are a
    # change of field a counsellor would discuss (a senior nurse into intake work).
    assert assess(entry(seniority="entry"), Background(years_experience=16)).verdict == "step-down"
    assert assess(entry(seniority="entry"), Background(years_experience=9)).verdict == "ready"
    assert assess(entry(seniority="mid"), Background(years_experience=9)).verdict == "ready"
    # Two job zones below what a master's prepares for (5) is a step down.
    assert assess(entry(job_zone=3), Background(education="master")).verdict == "step-down"
    # An entry-level post asking two education levels less than the person has is one
    # for an experienced person: a PhD as a research assistant, a graduate as an aide.
    graduate_post = entry(seniority="entry", job_zone=4, education="bachelor")
    phd = Background(education="doctorate", years_experience=4)
    assert assess(graduate_post, phd).verdict == "step-down"
    assert assess(graduate_post, Background(education="master", years_experience=4)).verdict == (
        "ready"
    )
    aide = entry(seniority="entry", job_zone=4, education="secondary")
    assert assess(aide, Background(education="bachelor", years_experience=4)).verdict == (
        "step-down"
    )
    assert assess(aide, Background(education="bachelor", years_experience=1)).verdict == "ready"


@pytest.mark.parametrize("education", ["associate", "certificate"])
def test_a_college_diploma_is_one_rung_above_a_school_diploma(education):
    # A Housing First case manager with a two-year Community Social Service Worker
    # diploma and five years' work was told care navigator and mental health advocate
    # posts, which ask for a secondary school diploma, were "a step down" (third persona
    # set, twelfth round): the certificate level counted as a rung between them. O*NET
    # puts a certificate and an associate degree in one job zone (3), one above a school
    # diploma's.
    navigator = entry(seniority="entry", job_zone=3, education="secondary")
    diploma = Background(education=education, years_experience=5)
    assert assess(navigator, diploma).verdict == "ready"
    assert assess(lookup_role("care-navigator").entry, diploma).verdict != "step-down"
    # A post that asks for nothing is still a step down for them, as for a graduate.
    aide = entry(seniority="entry", job_zone=3, education="none")
    assert assess(aide, diploma).verdict == "step-down"


def test_on_the_bundled_taxonomy_a_crisis_line_worker_is_not_ready_to_be_a_therapist():
    worker = Background(education="bachelor", credentials=["ASIST trained"], years_experience=2)
    therapist = assess(lookup_role("therapist").entry, worker)
    assert therapist.verdict == "needs"
    assert "master's degree" in therapist.summary
    assert assess(lookup_role("crisis-counsellor").entry, worker).verdict == "ready"
    psychologist = Background(education="doctorate", credentials=["Licensed psychologist (US)"],
                              years_experience=12)  # fmt: skip
    assert assess(lookup_role("research-assistant").entry, psychologist).verdict == "step-down"


@pytest.mark.parametrize("licence", ["LCSW", "LICSW", "LMFT", "LPC"])
def test_a_therapist_post_takes_a_clinical_social_worker_or_family_therapist(licence):
    # An LCSW of six years who treats eating disorders was told she needs an LPC to work
    # as a therapist (first seen in the blind persona set, tenth round).
    therapist = lookup_role("therapist")
    person = Background(education="master", credentials=[licence], years_experience=6)
    assert assess(therapist.entry, person).verdict == "ready"
    # The licences of other professions still do not make a therapist.
    nurse = Background(education="master", credentials=["RN"], years_experience=6)
    assert assess(therapist.entry, nurse).verdict == "needs"


def test_a_step_down_names_the_reason_that_applies():
    # "an entry-level role needing job zone 4 preparation, for someone with a bachelor's
    # degree" named no step down: the housing support post is one because it asks for a
    # school diploma (its O*NET zone is a bachelor's).
    housing = lookup_role("housing-support-worker").entry
    assert housing.job_zone == 4
    graduate = Background(education="bachelor", years_experience=5)
    found = assess(housing, graduate)
    assert found.verdict == "step-down"
    assert "asking for a secondary school diploma" in found.summary
    assert "job zone" not in found.summary
    # Said once, plainly, not as a reproach: it may be the very move the person asks for
    # (thirty-sixth round, review35 P11: "A step down: an entry-level role asking for a
    # secondary school diploma, for someone with a bachelor's degree").
    assert found.summary == (
        "Below your bachelor's degree: an entry-level role asking for a secondary school diploma"
    )


def test_background_travels_with_the_profile_and_bad_values_are_named():
    profile = careermap.build_profile(["CBT"], background={"education": "master"})
    assert profile.background == Background(education="master")
    with pytest.raises(careermap.ProfileError, match=r"background\.education.*'masters'"):
        careermap.build_profile(["CBT"], background={"education": "masters"})
    with pytest.raises(careermap.ProfileError, match="background must be"):
        careermap.build_profile(["CBT"], background="master")


def test_an_associate_licence_opens_frontline_clinical_posts_under_supervision():
    associate = Background(
        education="master",
        credentials=["LPC-Associate (US, supervised licence)"],
        years_experience=3,
    )
    therapist = assess(lookup_role("therapist").entry, associate)
    assert therapist.verdict == "certify"
    assert "under supervision" in therapist.summary
    assert "Licensed Professional Counselor" in therapist.summary
    # Supervising others, or a post asking for an independent licence, is not open yet.
    assert assess(lookup_role("clinical-supervisor").entry, associate).verdict == "needs"
    assert assess(lookup_role("eap-counsellor").entry, associate).verdict == "needs"
    # Without the associate licence the full licence is still a long step.
    graduate = Background(education="master", years_experience=3)
    assert assess(lookup_role("therapist").entry, graduate).verdict == "needs"


def test_an_associate_licence_the_licence_names_opens_the_same_posts():
    # "LMHCA" shares no abbreviation with "LPC/LMHC": the LPC lists it as its associate.
    associate = Background(education="master", credentials=["LMHCA (Washington)"])
    therapist = assess(lookup_role("therapist").entry, associate)
    assert therapist.verdict == "certify"
    assert "under supervision" in therapist.summary
    assert assess(lookup_role("clinical-supervisor").entry, associate).verdict == "needs"


@pytest.mark.parametrize(
    ("associate", "licence"),
    [
        ("LPC-Associate (US, supervised licence)", "LPC (US)"),
        ("LMHCA (Washington)", "LMHC (US)"),
        ("LAMFT (Minnesota)", "LMFT (US)"),
        ("Associate Clinical Social Worker (ASW)", "LCSW (US)"),
    ],
)
def test_an_associate_licence_is_certified_in_what_its_licence_implies(associate, licence):
    taxonomy = careermap.load_taxonomy()
    implied = implied_skills(Background(credentials=[associate]), taxonomy)
    assert implied == implied_skills(Background(credentials=[licence]), taxonomy)
    assert {"clinical-documentation", "safeguarding"} <= implied


@pytest.mark.parametrize(
    ("held", "skills"),
    [
        # NOC 2021 41301 (therapists in counselling), main duties: facilitate group
        # sessions; identify alternative services and provide referrals. ESCO's
        # psychotherapist (2634.2.4), essential: use psychoeducation; respond to healthcare
        # users' extreme emotions (a crisis response).
        (
            "Registered Psychotherapist (CRPO)",
            {"resource-referral", "group-facilitation", "psychoeducation", "crisis-response"},
        ),
        ("Canadian Certified Counsellor (CCC)", {"resource-referral", "group-facilitation"}),
    ],
)
def test_canadian_counselling_registrations_imply_referral_and_group_work(held, skills):
    # The Ontario psychotherapist of the third persona set was shown resource referral
    # for EAP counselling, though referral is a main duty of her occupation (twelfth
    # round, "Credential check" in docs/taxonomy-notes.md).
    taxonomy = careermap.load_taxonomy()
    assert skills <= implied_skills(Background(credentials=[held]), taxonomy)


def test_an_lmsw_practises_clinical_social_work_under_supervision():
    # New York: an LMSW practises clinical social work (diagnosis, psychotherapy) only
    # under an LCSW's supervision, toward the LCSW: the LCSW's associate stage.
    taxonomy = careermap.load_taxonomy()
    lmsw = Background(education="master", credentials=["LMSW (New York)"], years_experience=1)
    assert implied_skills(lmsw, taxonomy) == implied_skills(
        Background(credentials=["LCSW (US)"]), taxonomy
    )
    for role_id in ("clinical-social-worker", "therapist"):
        found = assess(careermap.lookup_role(role_id).entry, lmsw, taxonomy=taxonomy)
        assert found.verdict == "certify", role_id
        # Only the licence it leads to is named, not every alternative the post takes.
        assert found.needs == ("Licensed Clinical Social Worker (LCSW)",), role_id


def test_the_psychology_licence_implies_safeguarding():
    # Licensed psychologists are mandated reporters of child abuse in every US state.
    taxonomy = careermap.load_taxonomy()
    for held in ("Licensed psychologist (US)", "HCPC registered clinical psychologist"):
        assert "safeguarding" in implied_skills(Background(credentials=[held]), taxonomy)


def test_a_registration_accepted_in_place_is_not_certified_in_what_the_credential_implies():
    # BACP registration opens a UK school counselling post (the certification accepts it)
    # but is no school counsellor's training; Social Work England registration opens a
    # clinical social work post but is a generalist registration, not a clinical licence.
    taxonomy = careermap.load_taxonomy()
    school = lookup_role("school-counsellor").entry
    bacp = Background(credentials=["BACP registered counsellor"])
    assert assess(school, bacp).verdict != "needs"
    assert "school-counselling" not in implied_skills(bacp, taxonomy)
    assert "counselling" in implied_skills(bacp, taxonomy)  # the LPC's equivalent
    england = Background(credentials=["Registered social worker (Social Work England)"])
    assert assess(lookup_role("clinical-social-worker").entry, england).verdict != "needs"
    implied = implied_skills(england, taxonomy)
    assert {"social-work-practice", "safeguarding", "resource-referral"} <= implied
    assert {"empathy", "rapport-building"} <= implied  # CSWE competency 6; SWE standards
    assert not {"therapy-and-counseling", "clinical-assessment"} & implied
    # A credential that certifies the same practice, or includes it, still does.
    for held in ("RMN (UK)", "APRN", "HCPC registered clinical psychologist"):
        assert implied_skills(Background(credentials=[held]), taxonomy) >= {
            "confidentiality",
            "ethical-practice",
        }, held


def test_a_certification_that_takes_supervised_hours_is_no_short_step():
    # The CCLS needs a 600-hour internship under a certified child life specialist.
    therapist = Background(education="master", years_experience=6, credentials=["LPC (US)"])
    found = assess(lookup_role("child-life-specialist").entry, therapist)
    assert found.verdict == "needs"
    assert found.needs == (
        "Certified Child Life Specialist (CCLS) (600 hours of supervised practice)",
    )
    assert "short step" not in found.summary
    # A course is still a short step.
    course = assess(lookup_role("forensic-interviewer").entry, therapist)
    assert course.verdict == "certify"
    assert course.summary.startswith("Ready after a short step: Forensic interview training")


@pytest.mark.parametrize(
    ("written", "counts"),
    [
        ("PGDip CBT (IAPT High Intensity)", True),  # FHEQ/RQF level 7, as a master's
        ("Postgraduate Diploma in Cognitive Behavioural Therapy", True),
        ("PG Cert Psychological Wellbeing Practice", False),  # a third of a master's
        ("Graduate Diploma in Psychology", False),  # level 6
    ],
)
def test_a_uk_postgraduate_diploma_meets_a_masters_requirement(written, counts):
    # Without a licence the post takes (which would meet its degree on its own since
    # the eleventh round's education rule), only the diploma can meet the master's.
    cbt = Background(education="bachelor", years_experience=7, credentials=[written])
    found = assess(lookup_role("therapist").entry, cbt)
    assert found.verdict == "needs"  # the licence is still missing
    assert ("a master's degree" in found.needs) is not counts
    # Said where it counted: a US employer may read the diploma otherwise.
    assert any("postgraduate diploma" in note for note in found.notes) is counts


def test_new_yorks_creative_arts_therapist_and_a_state_behaviour_analyst_are_recognised():
    taxonomy = careermap.load_taxonomy()
    lcat = Background(education="master", years_experience=6, credentials=["LCAT (New York)"])
    assert assess(lookup_role("therapist").entry, lcat).verdict == "ready"
    assert "therapy-and-counseling" in implied_skills(lcat, taxonomy)
    # Every state that licenses behaviour analysts requires BCBA certification.
    lba = implied_skills(Background(credentials=["LBA (Texas)"]), taxonomy)
    assert lba == implied_skills(Background(credentials=["BCBA"]), taxonomy)
    # An art therapist's ATR-BC is a certification, not a licence to practise therapy.
    art = Background(education="master", years_experience=6, credentials=["ATR-BC"])
    assert assess(lookup_role("therapist").entry, art).verdict == "needs"


@pytest.mark.parametrize(
    ("held", "skill"),
    [
        # O*NET 21-1013.00 Core tasks 9190 and 9194; AAMFT core competencies, domain 3.
        ("LMFT (California)", "resource-referral"),
        # The ASWB Clinical examination tests crisis intervention.
        ("LCSW", "crisis-intervention"),
        ("LCSW", "crisis-response"),
        # O*NET 19-3034.00 Core task 5447: report child endangerment, neglect or abuse.
        ("NCSP", "safeguarding"),
    ],
)
def test_a_licence_certifies_what_its_published_scope_names(held, skill):
    taxonomy = careermap.load_taxonomy()
    assert skill in implied_skills(Background(credentials=[held]), taxonomy)


def test_an_fdap_accredited_counsellor_holds_what_the_cadc_implies():
    taxonomy = careermap.load_taxonomy()
    fdap = implied_skills(Background(credentials=["FDAP accredited counsellor (UK)"]), taxonomy)
    assert {"counselling", "treatment-planning", "clinical-assessment"} <= fdap
    # FDAP's drug and alcohol professional registration certifies no counselling.
    assert not implied_skills(Background(credentials=["FDAP registered"]), taxonomy)


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("School counselor (grades 9-12)", "school-counsellor"),  # exact, brackets dropped
        ("Crisis line counselor", "crisis-counsellor"),  # US spelling of a UK alias
        ("Staff nurse, acute inpatient psychiatry", "psychiatric-nurse"),  # parts rotated
        ("Certified alcohol and drug counselor (CADC)", "substance-use-counsellor"),
        ("Certified peer support specialist", "peer-support-specialist"),
        # Near no role, or near two: nobody's role is excluded.
        # Two jobs joined: the one role a part names (twenty-third round).
        (
            "Senior clinician and clinical supervisor, community mental health centre",
            "clinical-supervisor",
        ),
        ("Child and family therapist", None),  # child life or family therapy?
        ("Nurse", None),
        ("Associate counselor (LPC-Associate)", None),
    ],
)
def test_current_role_resolves_only_confidently(title, role_id):
    found = current_role(title, careermap.load_taxonomy())
    assert (found.id if found is not None else None) == role_id


def test_a_fuzzy_current_title_marks_that_role_and_no_other():
    skills = ["crisis line work:4", "suicide risk assessment:4", "safety planning:4"]
    plain = [m.role_id for m in careermap.rank_careers(skills, limit=None)]
    held = careermap.rank_careers(
        skills, limit=None, background={"current_role": "Crisis line counselor"}
    )
    assert "crisis-counsellor" in plain
    assert {m.role_id for m in held} == set(plain)
    marked = [m.role_id for m in held if m.readiness.verdict == "current"]
    assert marked == ["crisis-counsellor"]


def test_credentials_imply_the_knowledge_they_certify():
    taxonomy = careermap.load_taxonomy()
    nurse = implied_skills(Background(credentials=["RN (US, BSN)"]), taxonomy)
    assert {"mental-health-nursing", "medicine-and-dentistry"} <= nurse
    assert "psychology" in implied_skills(Background(credentials=["LCSW (US)"]), taxonomy)
    assert not implied_skills(Background(credentials=["CPI certified", "BLS"]), taxonomy)
    assert not implied_skills(None, taxonomy)


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        (["Licensed psychologist (US)"], True),
        (["HCPC registered clinical psychologist"], True),
        # A school psychologist's certification is another credential: the names share
        # only "psychologist", which once was enough (the match is on the words).
        (["State school psychologist certification"], False),
        (["Nationally Certified School Psychologist (NCSP)"], False),
    ],
)
def test_the_clinical_psychologists_licence(default, held, expected):
    (licence,) = lookup_role("clinical-psychologist", taxonomy=default).entry.credentials
    assert holds(held, licence) is expected


def test_a_registered_nurse_is_not_told_to_learn_listening(default):
    # O*NET 29-1141.00 rates active listening 4.00, social perceptiveness 4.12 and
    # service orientation 4.00: the licence implies them, as the clinical licences do.
    nurse = Background(credentials=["RN (US, BSN)"])
    implied = implied_skills(nurse, default)
    assert {"active-listening", "social-perceptiveness", "service-orientation"} <= implied
    ranking = careermap.rank_careers(
        ["medication administration:5", "de-escalation:5", "care planning:4"],
        background=nurse,
        limit=10,
    )
    assert [m.role_id for m in ranking for g in m.gaps if g.skill_id == "active-listening"] == []


def test_a_licensed_social_worker_is_not_told_to_learn_service(default):
    # O*NET 21-1021.00 and 21-1022.00 rate active listening 4.88 and 4.00, social
    # perceptiveness 4.12 and 4.25, service orientation 4.00 and 4.12: the social work
    # licences imply them, as the clinical licences and the RN licence do.
    lmsw = Background(credentials=["LMSW (US)"])
    practice = {"active-listening", "social-perceptiveness", "service-orientation"}
    assert practice <= implied_skills(lmsw, default)
    ranking = careermap.rank_careers(
        ["discharge planning:5", "care coordination:4", "psychosocial assessment:4"],
        background=lmsw,
        limit=10,
    )
    assert [
        (m.role_id, g.skill_id) for m in ranking for g in m.gaps if g.skill_id in practice
    ] == []


def test_cps_written_alone_is_asked_about_not_counted_twice(default):
    # "CPS" is the Certified Peer Specialist's abbreviation and the Certified Prevention
    # Specialist's: written alone it held both (and certified the peer credential's
    # skills). Now it holds neither and the verdict asks the person to write it out.
    peer = lookup_role("peer-support-specialist", taxonomy=default)
    person = Background(credentials=["CPS"], lived_experience=True)
    found = assess(peer.entry, person, taxonomy=default)
    assert found is not None
    assert found.verdict == "certify"
    assert "Certified Peer Specialist (CPS/CPRS)" in found.needs
    (asked,) = [note for note in found.notes if note.startswith("'CPS'")]
    assert "Certified Prevention Specialist (CPS)" in asked
    assert "write the credential out" in asked
    assert implied_skills(person, default) == frozenset()
    prevention = lookup_role("prevention-specialist", taxonomy=default).entry.credentials[0]
    assert not holds(["CPS"], prevention, ambiguous={"CPS": ("peer", "prevention")})
    # Written out, or spelled out beside it, it counts as the one it names.
    for written in ("Certified Peer Specialist", "Certified Peer Specialist (CPS)"):
        clear = Background(credentials=[written], lived_experience=True)
        assert assess(peer.entry, clear, taxonomy=default).verdict == "ready"
        assert "confidentiality" in implied_skills(clear, default)
    # A ranking's readiness carries the question.
    ranking = careermap.rank_careers(["peer support"], background=person, limit=None)
    match = next(m for m in ranking if m.role_id == "peer-support-specialist")
    assert any(note.startswith("'CPS'") for note in match.readiness.notes)


@pytest.mark.parametrize(
    ("held", "skills"),
    [
        ("LPC (US)", {"psychoeducation", "group-facilitation"}),
        ("LCSW (US)", {"psychoeducation", "group-facilitation"}),
        ("LMFT (US)", {"psychoeducation"}),
    ],
)
def test_clinical_licences_imply_teaching_clients_and_group_work(held, skills):
    # O*NET Core tasks: counselling in group sessions and guiding clients in coping
    # skills (21-1014.00), educating clients about illness (21-1023.00), teaching
    # individuals and family members skills and strategies (21-1013.00).
    implied = implied_skills(Background(credentials=[held]), careermap.load_taxonomy())
    assert skills <= implied


@pytest.mark.parametrize(
    ("held", "roles"),
    [
        # A high intensity CBT therapist of the NHS (blind persona set, eleventh round).
        (
            ["BABCP accredited CBT psychotherapist", "PGDip CBT (IAPT High Intensity)"],
            ["therapist", "eap-counsellor", "clinical-supervisor"],
        ),
        (["BABCP accredited cognitive behavioural therapist"], ["therapist"]),
        # A dramatherapist in a children's service, and the other arts therapists.
        (["HCPC registered arts therapist (dramatherapist)"], ["therapist", "clinical-supervisor"]),
        (["HCPC registered art psychotherapist"], ["therapist"]),
        (["HCPC registered music therapist"], ["therapist"]),
    ],
)
def test_uk_registered_psychological_therapists_are_ready_for_therapy_posts(held, roles):
    person = Background(education="master", credentials=held, years_experience=7)
    for role_id in roles:
        assert assess(lookup_role(role_id).entry, person).verdict == "ready", role_id


@pytest.mark.parametrize(
    "held",
    [
        ["BABCP member"],  # membership is open to all: it is not accreditation
        ["CBT therapist"],
        ["BADth member"],  # the professional association, not the HCPC register
        ["HCPC registered occupational therapist"],  # registered, in another profession
        ["HCPC registered paramedic"],
    ],
)
def test_other_memberships_and_registrations_do_not_make_a_therapist(held):
    person = Background(education="master", credentials=held, years_experience=7)
    assert assess(lookup_role("therapist").entry, person).verdict == "needs"


def test_an_arts_therapist_is_still_no_eap_counsellor_by_registration():
    # EAP providers ask for counselling registers; the arts therapies are not among them.
    person = Background(education="master", credentials=["HCPC registered arts therapist"])
    assert assess(lookup_role("eap-counsellor").entry, person).verdict == "needs"


@pytest.mark.parametrize(
    ("held", "certified", "not_certified"),
    [
        (
            ["BABCP accredited CBT psychotherapist"],
            {"cognitive-behavioural-therapy", "case-formulation", "therapeutic-relationship"},
            {"couples-and-family-therapy", "safeguarding"},
        ),
        (
            ["HCPC registered arts therapist (dramatherapist)"],
            {"therapeutic-relationship", "active-listening", "empathy", "safeguarding"},
            {"cognitive-behavioural-therapy"},
        ),
        (
            ["OTR/L", "NBCOT certified"],
            {"therapeutic-relationship", "empathy", "active-listening", "confidentiality"},
            {"therapy-and-counseling", "psychology"},
        ),
        (
            ["HCPC registered occupational therapist"],
            {"therapeutic-relationship", "empathy", "independent-living-skills"},
            {"therapy-and-counseling"},
        ),
        (
            ["BCBA", "Safety-Care trained"],
            {"applied-behaviour-analysis", "confidentiality", "active-listening"},
            {"empathy", "therapy-and-counseling"},
        ),
        (["BCBA-D"], {"applied-behaviour-analysis", "clinical-supervision"}, set()),
    ],
)
def test_allied_credentials_certify_what_their_standards_require(
    default, held, certified, not_certified
):
    implied = implied_skills(Background(credentials=held), default)
    assert certified <= implied
    assert not implied & not_certified


@pytest.mark.parametrize(
    "held", [["COTA/L"], ["BCaBA"], ["RBT"], ["Occupational therapy assistant"]]
)
def test_assistants_and_technicians_hold_neither_allied_credential(default, held):
    implied = implied_skills(Background(credentials=held), default)
    assert not implied & {"therapeutic-relationship", "clinical-supervision", "outcome-measurement"}
    assert not any(holds(held, c) for c in default.credentials if c.id in {"bcba", "atr"})
    # The RBT's own credential certifies the ABA its Task List practises under a BCBA's
    # plan (twenty-third round); the others none.
    assert ("applied-behaviour-analysis" in implied) is (held == ["RBT"])


def test_an_occupational_therapist_is_not_told_to_learn_listening(default):
    # The blind set's OT of eight years in mental health was shown active listening and
    # empathy as gaps for vocational rehabilitation and return-to-work posts.
    ot = Background(education="master", credentials=["OTR/L", "NBCOT certified"])
    ranking = careermap.rank_careers(
        ["functional assessment:5", "vocational assessment", "workplace accommodations:4"],
        background=ot,
        limit=10,
    )
    core = {"active-listening", "empathy", "confidentiality", "therapeutic-relationship"}
    assert [(m.role_id, g.skill_id) for m in ranking for g in m.gaps if g.skill_id in core] == []


def test_a_school_counsellors_certification_implies_psychology(default):
    # A master's in school counselling teaches human growth and development and
    # counselling theory (CACREP core areas); the high-school counsellor of eight years
    # was shown psychology as a gap in four of her top five (tenth round).
    person = Background(credentials=["State school counselor certification (PK-12)"])
    assert "psychology" in implied_skills(person, default)


LINES = {
    "of": "crisis line work",
    "skills": ["crisis-line-work"],
    "words": ["crisis line", "hotline", "988"],
}


@pytest.mark.parametrize(
    ("shown", "verdict"),
    [
        (Shown(), "experience"),
        (Shown(skills=frozenset({"crisis-line-work"})), "ready"),  # a skill they listed
        (Shown(text=" 988 shift supervisor "), "ready"),  # a word they wrote
        (Shown(text=" hotlines "), "experience"),  # whole words only, as written in the role
        (None, "ready"),  # not asked: not judged
    ],
)
def test_experience_a_role_asks_for_is_shown_by_a_skill_or_a_word(shown, verdict):
    found = assess(entry(experience=LINES), Background(education="master"), shown=shown)
    assert found.verdict == verdict


def test_missing_experience_is_named_as_a_step_after_any_degree():
    experienced = entry(experience=LINES, credentials=[{"name": "ASIST", "kind": "certification"}])
    found = assess(experienced, Background(education="bachelor"), shown=Shown())
    assert found.verdict == "experience"
    assert found.needs == ("experience of crisis line work", "ASIST")
    assert found.summary == (
        "Needs experience of crisis line work first: most postings ask for it, and nothing "
        "you wrote shows it; then: ASIST"
    )
    # A missing degree is the longer step and says so; experience is not judged then.
    master = entry(education="master", experience=LINES)
    assert assess(master, Background(education="bachelor"), shown=Shown()).verdict == "needs"


def test_experience_is_read_from_skills_title_credentials_and_the_role_held(default):
    youth = Background(current_role="Youth Justice Officer, Youth Offending Team")
    assert experience_shown([], [], youth, default).holds(
        lookup_role("student-wellbeing-coordinator").entry.experience
    )
    # The school counsellor's post requires school counselling: holding it shows it.
    counsellor = Background(current_role="School counselor (grades 9-12)")
    assert "school-counselling" in experience_shown([], [], counsellor, default).skills
    lines = lookup_role("crisis-line-supervisor").entry.experience
    assert experience_shown(["volunteered on a crisis line"], [], None, default).holds(lines)
    assert not experience_shown(["grief counselling"], ["grief-counselling"], None, default).holds(
        lines
    )


def test_a_hospice_counsellor_is_not_ready_to_supervise_a_crisis_line(default):
    # A bereavement counsellor of twelve years was told "Ready now" for crisis line
    # supervisor, first in her advice order (blind persona set, eleventh round).
    skills = ["grief counselling:5", "suicide risk assessment:4", "volunteer management:3"]
    background = {"education": "master", "years_experience": 12}
    ranked = careermap.rank_careers(skills, taxonomy=default, limit=None, background=background)
    supervisor = next(m for m in ranked if m.role_id == "crisis-line-supervisor")
    assert supervisor.readiness.verdict == "experience"
    assert "hiring: Needs experience of crisis line work first" in supervisor.explain()
    assert supervisor.to_dict()["readiness"]["needs"] == ["experience of crisis line work"]
    # The same person who has worked a line is ready (a senior post after twelve years).
    worked = careermap.rank_careers(
        [*skills, "crisis line work"], taxonomy=default, limit=None, background=background
    )
    assert next(m for m in worked if m.role_id == "crisis-line-supervisor").readiness.verdict == (
        "ready"
    )
    # Advice order: a role needing experience first comes after every realistic move
    # within reach of the best fit (ADVICE_REACH); the rest follow by score.
    floor = ADVICE_REACH * max(m.score for m in ranked)
    tiers = [m.readiness.verdict in {"ready", "certify"} for m in ranked if m.score >= floor]
    assert tiers == sorted(tiers, reverse=True)
    assert ranked.matches.index(supervisor) < len(tiers)


@pytest.mark.parametrize(
    ("held", "skill"),
    [
        # HCPC standards of proficiency for arts therapists: communicate effectively.
        ("HCPC registered dramatherapist", "speaking"),
        # BACB task list (5th ed.): train caregivers and staff, present results.
        ("BCBA", "speaking"),
        # CACREP core area: human growth and development; school counselling specialty.
        ("School counselor certification", "child-development"),
        # CACREP self-awareness, AAMFT self-of-the-therapist, CSWE self-regulation.
        ("LPC", "emotional-awareness"),
        ("LMFT", "emotional-awareness"),
        ("LCSW", "emotional-awareness"),
        # O*NET 29.3 rates Coordination 3.25-4.0 for every licensed clinical occupation.
        ("LPC", "coordination"),
        # BABCP accreditation certifies what the clinical licences do: the UK high-
        # intensity CBT therapist was told to learn speaking and critical thinking.
        ("BABCP accredited CBT psychotherapist", "speaking"),
        ("BABCP accredited CBT psychotherapist", "critical-thinking"),
        ("BABCP accredited CBT psychotherapist", "coordination"),
        ("RN (US, BSN)", "coordination"),
        ("Licensed psychologist", "coordination"),
    ],
)
def test_credentials_imply_what_the_eleventh_round_read_as_practised(held, skill):
    # Shown as gaps to the dramatherapist and the behaviour analyst (speaking), the
    # school counsellor (child development), therapists (emotional awareness, in their
    # upskilling) and licensed clinicians (coordination) of the persona sets.
    assert skill in implied_skills(Background(credentials=[held]), careermap.load_taxonomy())


@pytest.mark.parametrize(
    ("education", "credentials", "role_id"),
    [
        # BACP registration follows a Level 4 diploma, not a master's (BACP Register).
        ("bachelor", ["MBACP (registered member)"], "therapist"),
        ("secondary", ["MBACP (registered member)"], "mental-health-counsellor"),
        ("bachelor", ["MBACP (registered member)"], "school-counsellor"),
        # Australian registration via 4+2 and AASW accreditation follow four-year degrees.
        ("bachelor", ["Registered psychologist (AHPRA, general registration)"], "therapist"),
        ("bachelor", ["Accredited Mental Health Social Worker (AASW)"], "clinical-social-worker"),
        ("bachelor", ["Social Work England registration"], "hospital-social-worker"),
    ],
)
def test_a_held_licence_meets_the_degree_its_route_needed(education, credentials, role_id):
    taxonomy = careermap.load_taxonomy()
    person = Background(education=education, credentials=credentials, years_experience=6)
    found = assess(lookup_role(role_id).entry, person, taxonomy=taxonomy)
    assert found.verdict == "ready", (role_id, found.summary)
    # Without the licence the degree is still asked for, with the licence.
    without = Background(education=education, years_experience=6)
    assert assess(lookup_role(role_id).entry, without).needs[0].endswith("degree")


def test_a_degree_asked_on_top_of_the_licence_is_still_needed():
    # A psychiatric nurse practitioner needs an RN and a master's: the RN's own route
    # (an associate degree or a bachelor's) does not give the master's.
    taxonomy = careermap.load_taxonomy()
    nurse = Background(education="bachelor", credentials=["RN (US, BSN)"], years_experience=6)
    role = lookup_role("psychiatric-nurse-practitioner")
    assert assess(role.entry, nurse, taxonomy=taxonomy).needs[0] == "a master's degree"


def test_a_licence_that_says_no_route_leaves_the_degree_asked_for():
    licence = Credential(name="Licensed Professional Counselor (LPC)", kind="licence")
    entry = Entry(education="master", job_zone=5, credentials=[licence])
    person = Background(education="bachelor", credentials=["LPC"])
    assert assess(entry, person).summary == "Needs a master's degree"
    routed = licence.model_copy(update={"education": "master"})
    assert assess(entry.model_copy(update={"credentials": (routed,)}), person).verdict == "ready"


@pytest.mark.parametrize(
    ("held", "role_ids"),
    [
        (
            "Registered Psychotherapist (CRPO)",
            ["therapist", "mental-health-counsellor", "eap-counsellor"],
        ),
        ("Canadian Certified Counsellor (CCC)", ["therapist", "eap-counsellor"]),
        ("AHPRA registered psychologist", ["therapist", "clinical-supervisor"]),
        ("Accredited Mental Health Social Worker (AASW)", ["therapist", "hospital-social-worker"]),
        ("PACFA Clinical Registrant", ["mental-health-counsellor"]),
        ("PTUK Certified Play Therapist (accredited register)", ["therapist"]),
    ],
)
def test_clinicians_registered_abroad_hold_the_posts_their_regulator_opens(held, role_ids):
    taxonomy = careermap.load_taxonomy()
    person = Background(education="master", credentials=[held], years_experience=16)
    for role_id in role_ids:
        found = assess(lookup_role(role_id).entry, person, taxonomy=taxonomy)
        assert found.verdict in {"ready", "step-down"}, (role_id, found.summary)


@pytest.mark.parametrize(
    "held",
    ["CCPA member", "AASW member", "PTUK Certified Practitioner in Therapeutic Play Skills"],
)
def test_a_membership_or_lesser_register_of_the_same_body_holds_no_licence(held):
    taxonomy = careermap.load_taxonomy()
    person = Background(education="master", credentials=[held], years_experience=6)
    found = assess(lookup_role("therapist").entry, person, taxonomy=taxonomy)
    assert found.verdict == "needs"


def test_a_licence_careermap_does_not_know_is_named_as_one_to_check():
    taxonomy = careermap.load_taxonomy()
    person = Background(
        education="master", credentials=["Licensed Clinical Counsellor (BC)"], years_experience=6
    )
    found = assess(lookup_role("mental-health-counsellor").entry, person, taxonomy=taxonomy)
    assert found.verdict == "needs"  # not held: the taxonomy cannot say it is accepted
    assert found.summary.startswith(
        "Check whether your Licensed Clinical Counsellor (BC) is accepted where you want to work"
        " in place of Licensed Professional Counselor (LPC/LMHC)"
    )
    assert any(
        note.startswith("'Licensed Clinical Counsellor (BC)' is a licence") for note in found.notes
    )
    # Only for a post whose licences are for the same practice (counselling, not nursing),
    # and never for a registration that is no licence to practise.
    nursing = assess(lookup_role("nurse-case-manager").entry, person, taxonomy=taxonomy)
    assert "check whether" not in nursing.summary
    provider = Background(education="master", credentials=["NDIS registered provider"])
    counsellor = assess(lookup_role("mental-health-counsellor").entry, provider, taxonomy=taxonomy)
    assert "check whether" not in counsellor.summary


def test_a_post_taking_many_licences_names_the_first_and_counts_the_rest():
    person = Background(education="master", years_experience=6)
    found = assess(lookup_role("therapist").entry, person)
    licences = [c for c in lookup_role("therapist").entry.written if c.kind.value == "licence"]
    first = ", ".join(c.name for c in licences[:3])
    assert found.needs == (f"{first} or one of {len(licences) - 3} other licences (see notes)",)
    assert all(any(note.startswith(c.name) for note in found.notes) for c in licences)
    few = assess(lookup_role("clinical-social-worker").entry, person)
    assert few.needs == (
        "Licensed Clinical Social Worker (LCSW) or Accredited Mental Health Social Worker (AMHSW)",
    )


def test_a_step_down_by_job_zone_says_what_the_zone_means():
    # A licensed counsellor with a master's degree was told life coaching is "a mid-level
    # role needing job zone 3 preparation": O*NET's term, not a client's. The reason now
    # says what people usually enter such posts with; the zone, for reference, is a note
    # (twenty-fourth round: still O*NET's term in the client's sentence).
    coach = lookup_role("life-coach").entry
    assert coach.job_zone == 3
    counsellor = Background(education="master", credentials=["LPC"], years_experience=8)
    found = assess(coach, counsellor)
    assert found.verdict == "step-down"
    assert "vocational training, on-the-job experience or an associate degree" in found.summary
    reason, _, usual = found.summary.partition("; ")
    assert reason.startswith("Below your master's degree: a mid-level role that most people")
    assert reason.endswith("or an associate degree")
    assert "job zone" not in found.summary
    assert "O*NET puts such posts in job zone 3 of 5 (preparation needed)." in found.notes
    # Then what most employers and clients of a coach look for (sixteenth round).
    assert usual == "most employers and clients look for: Coaching credential (ICF ACC/PCC)"


def test_an_mhfa_instructor_post_asks_for_the_instructor_training_not_a_college_course():
    # The awarding bodies ask only for the first aider's certificate (docs/taxonomy-notes.md,
    # "MHFA instructors need no qualification"): a peer trainer with a school diploma was
    # told she needs a post-secondary certificate as well (third set, thirteenth round).
    instructor = lookup_role("mental-health-first-aid-instructor").entry
    trainer = Background(
        education="secondary", credentials=["WRAP facilitator"], years_experience=4
    )
    found = assess(instructor, trainer)
    assert found.verdict == "certify"
    assert found.needs == ("Mental Health First Aid instructor accreditation",)
    held = Background(education="secondary", credentials=["Licensed MHFA Instructor"])
    assert assess(instructor, held).verdict == "ready"
    # A person with no school diploma still needs one.
    assert assess(instructor, Background(education="none")).verdict == "needs"

"""Terms the eighth persona set wrote and nothing read (vocab10, sixteenth round).

Added after reading the eighth, blind set's detail (docs/taxonomy-notes.md, "What the
eighth set's nurses and doctors wrote"), so that set no longer checks these aliases blind.
Each alias is a term of a practice with its source in the notes; the near misses must stay
unresolved, and no alias may take a name another skill already has.
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import misread, resolved, shared_names

from careermap import build_profile

EXPECTED = {
    # Withdrawal is an AOD treatment type (Victorian Department of Health; ASAM's levels of
    # withdrawal management); CIWA and COWS are its scales, read as examples.
    "withdrawal management (CIWA, COWS)": "substance-use-treatment",
    # Victoria's policy for maintenance pharmacotherapy for opioid dependence; long-acting
    # injectable buprenorphine (TGA registered, national MATOD guidelines).
    "opioid pharmacotherapy and depot buprenorphine": "medication-assisted-treatment",
    # Clozapine's mandatory blood monitoring (BNF, NICE CG178), beside depot injections.
    "depot injections and clozapine monitoring": "medication-management",
    # The Care Programme Approach names the care coordinator's role (DH 2008).
    "care coordination under CPA": "care-coordination",
    "Care Programme Approach": "care-coordination",
    # Minnesota Board of Social Work: clinical supervision toward LICSW licensure; Rule 79
    # case managers are supervised by a mental health professional.
    "clinical supervision of case managers": "clinical-supervision",
    # HMPPS Offender Assessment System: risk of serious harm and of reoffending.
    "OASys risk assessments": "risk-assessment",
    # Beside "leading a team".
    "leading a multidisciplinary team": "team-leadership",
}


def test_eighth_set_terms_resolve_without_the_semantic_layer(default):
    wrong = misread(EXPECTED, default)
    assert not wrong, wrong


def test_no_new_alias_takes_a_name_of_another_skill(default):
    shared = shared_names(EXPECTED, default)
    assert not shared, shared


def test_teaching_and_supervising_trainee_psychiatrists_is_two_skills(default):
    # GMC and Royal College of Psychiatrists: consultants are clinical and educational
    # supervisors of doctors in training; "teaching" is already Instructing's.
    profile = build_profile(
        ["teaching and supervising trainee psychiatrists"], taxonomy=default, semantic=False
    )
    assert set(profile.skills) == {"instructing", "clinical-supervision"}


def test_near_misses_stay_unresolved(default):
    # Bare "CPA" is also a certified public accountant; "CPA reviews" was tried and left
    # (docs/taxonomy-notes.md); "withdrawal" alone is not treatment; "pharmacotherapy"
    # alone is any prescribing, not opioid treatment.
    for text in ("CPA", "CPA reviews", "withdrawal", "pharmacotherapy"):
        assert resolved(text, default) is None, text

"""A substance use supervisor's route (twenty-second round, a counsellor's review).

A Minnesota LADC of fourteen years with a BS, four of them covering as clinical
supervisor, was told the supervisor's and director's posts need a master's and an
independent licence. US substance use disorder programmes promote from the addiction
counselling credential: Minn. Stat. 245G.11, subd. 4 (an alcohol and drug counselor
supervisor is an LADC, or a licensed professional exempt from the LADC, with three years
of SUD counselling); IC&RC's Certified Clinical Supervisor (prerequisite an ADC/CADC);
14 NYCRR 853.6 (a CASAC's clinical supervisor is a CASAC-Advanced, CASAC Masters or
licensed professional). Sources in docs/taxonomy-notes.md, "A substance use supervisor's
route (twenty-second round)".
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.experience import experience_shown
from careermap.results.readiness import role_readiness

ROLE = "substance-use-clinical-supervisor"
LADC = "LADC, Minnesota Board of Behavioral Health and Therapy"
SUPERVISED = (
    "relapse prevention:5",
    "covering as clinical supervisor, reviewing counselors' files:4",
)


def verdict(credentials, *, education="bachelor", country="US", years=14, texts=SUPERVISED):
    taxonomy = careermap.load_taxonomy()
    background = Background(
        education=education,
        years_experience=years,
        credentials=list(credentials),
        country=country,
    )
    profile = careermap.build_profile(list(texts), semantic=False)
    skills = [entry.match.skill_id for entry in profile.resolved]
    shown = experience_shown(list(texts), skills, background, taxonomy)
    return role_readiness(lookup_role(ROLE), background, taxonomy=taxonomy, shown=shown)


def test_the_entry_is_a_bachelors_and_the_cadc_family():
    entry = lookup_role(ROLE).entry
    assert entry.education.value == "bachelor"
    assert entry.seniority.value == "senior"
    required = [c.id for c in entry.credentials if c.required]
    assert required == ["cadc"]
    assert entry.experience is not None
    assert entry.experience.preferred


def test_an_ladc_with_a_bachelors_who_has_supervised_is_ready():
    found = verdict([LADC])
    assert found.verdict == "ready", found
    assert found.summary == "Ready now"


def test_an_ladc_who_shows_no_supervision_is_ready_and_told_of_the_preference():
    found = verdict([LADC], texts=("relapse prevention:5", "running four groups a week:5"))
    assert found.verdict == "ready", found
    assert "most postings prefer experience of supervising or training" in found.summary


@pytest.mark.parametrize("held", ["CADC", "LCDC (Texas)", "CASAC"])
def test_the_other_states_credentials_hold_it(held):
    assert verdict([held]).verdict == "ready"


def test_without_the_credential_they_need_it():
    found = verdict([])
    assert found.verdict == "needs"
    (need,) = found.needs
    assert "CADC" in need


def test_fewer_than_three_years_is_a_step_up():
    # Minnesota asks for three years of SUD counselling: the senior rung.
    assert verdict(["CADC"], years=2).verdict == "step-up"


def test_no_masters_or_independent_licence_is_asked():
    found = verdict([LADC])
    text = " ".join([found.summary, *found.needs])
    assert "master" not in text
    assert "Independent clinical licence" not in text


def test_an_lcsw_holds_it_for_hiring():
    # 148F.11 exempts licensed social workers from the LADC and 14 NYCRR 853.6 names
    # licensed professionals among CASACs' clinical supervisors: `cadc` accepts the LCSW.
    # The verdict names the post as below licensed practice in scope, as it does for the
    # substance use counsellor post (docs/taxonomy-notes.md).
    found = verdict(["LCSW"], education="master")
    assert found.verdict != "needs"
    assert not found.needs


@pytest.mark.parametrize(
    ("country", "local"),
    [
        ("GB", "FDAP accredited counsellor"),
        ("IE", "ACI accredited addiction counsellor"),
        ("NZ", "DAPAANZ registered addiction practitioner"),
    ],
)
def test_other_countries_follow_the_cadcs_in_place(country, local):
    taxonomy = careermap.load_taxonomy()
    cadc = next(c for c in taxonomy.credentials if c.id == "cadc")
    assert local in cadc.in_place[country]
    none = verdict([], country=country)
    assert none.verdict == "needs"
    assert local in none.summary
    assert "CADC" not in none.summary
    assert verdict([local], country=country).verdict == "ready"


def test_the_programme_manager_takes_a_bachelors():
    # BLS, Occupational Outlook Handbook, medical and health services managers: typical
    # entry-level education a bachelor's degree; O*NET job zone 4 for 11-9111.00.
    assert lookup_role("mental-health-programme-manager").entry.education.value == "bachelor"

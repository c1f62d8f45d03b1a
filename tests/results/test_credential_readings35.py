"""Credentials of the twenty-sixth set's countries (thirty-fifth round, cred35, review35 P1, P3).

A Dominican psychologist's exequátur, a Luxembourg psychotherapist's authorisation and a
Senegalese social worker's state diploma were read as nothing, so the posts of their own
practice asked them for "what employers in ... ask for in place of a licence from the
United States"; a recreational therapist's post asked an Australian for a US
certification nothing there requires, and a nursing associate's post, which exists in
England only, was offered in Ireland. The sources are in the credentials' comments
(data/taxonomy/credentials.yaml) and the nursing associate's role.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.countries import for_country
from careermap.results.credentials import certifies, holds


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


def readiness(skills, background, role_id):
    """What *role_id*'s readiness says in the full ranking for *background* (None: left out)."""
    ranking = careermap.rank_careers(skills, background=background, limit=None)
    found = [str(match.readiness) for match in ranking if match.role_id == role_id]
    return found[0] if found else None


@pytest.mark.parametrize(
    "held",
    ["Exequátur to practise psychology", "Exequátur de psicóloga", "Exequatur de psicologo"],
)
def test_the_dominican_exequatur_is_the_psychologist_s_licence(default, held):
    assert certifies([held], credential(default, "licensed-clinical-psychologist"))
    for taken in ("lpc", "school-psychologist-credential", "independent-clinical-licence"):
        assert holds([held], credential(default, taken)), taken


def test_another_profession_s_exequatur_holds_no_psychology_licence(default):
    # The Poder Ejecutivo issues an exequátur for every university profession.
    for other in ("Exequátur", "Exequátur de médico", "Exequátur de abogada"):
        assert not holds([other], credential(default, "licensed-clinical-psychologist")), other
        assert not holds([other], credential(default, "lpc")), other


def test_the_dominican_republic_names_the_exequatur_for_the_psychology_posts(default):
    for credential_id in (
        "school-psychologist-credential",
        "lpc",
        "licensed-clinical-psychologist",
    ):
        asked = for_country(credential(default, credential_id), "DO")
        assert asked is not None
        assert asked.name == "Exequátur de psicólogo", credential_id


def test_a_santo_domingo_psychologist_holds_what_the_psychology_posts_ask():
    background = {
        "country": "DO",
        "education": "master",
        "credentials": ["Licenciatura en Psicología, UASD", "Exequátur to practise psychology"],
    }
    skills = ["psychological assessment:4", "child development:3"]
    for role_id in ("school-psychologist", "mental-health-counsellor"):
        found = readiness(skills, background, role_id)
        assert found is not None
        assert "in place of a licence" not in found, role_id
        assert found.startswith("Ready"), (role_id, found)
    # Its route is a licenciatura: a clinical psychologist's post still asks more.
    assert "doctorate" in (readiness(skills, background, "clinical-psychologist") or "")
    # Without it, the posts name it.
    without = {**background, "credentials": ["Licenciatura en Psicología, UASD"]}
    assert "Exequátur de psicólogo" in (readiness(skills, without, "school-psychologist") or "")


def test_luxembourg_s_psychotherapist_authorisation_holds_the_independent_licences(default):
    held = ["Autorisation d'exercer la profession de psychothérapeute (Luxembourg)"]
    for credential_id in (
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
    ):
        assert certifies(held, credential(default, credential_id)), credential_id
        asked = for_country(credential(default, credential_id), "LU")
        assert asked is not None
        assert asked.name == "Autorisation d'exercer la profession de psychothérapeute"


def test_senegal_s_state_diploma_of_social_worker_is_its_social_work_qualification(default):
    held = ["Diplôme d'État d'assistant social (ENTSS, Dakar)"]
    assert certifies(held, credential(default, "social-work-licence"))
    assert holds(held, credential(default, "social-work-licence-or-registration"))
    background = {"country": "SN", "education": "bachelor", "credentials": held}
    found = readiness(
        ["case management:4", "family mediation:3"], background, "hospital-social-worker"
    )
    assert found is not None
    # The diploma is what hospital social services there take: no US licence, no master's.
    assert "in place of a licence" not in found
    assert "master" not in found


def test_france_s_own_social_work_diploma_is_not_senegal_s(default):
    held = ["Diplôme d'État d'assistant de service social (DEASS)"]
    assert not holds(held, credential(default, "social-work-licence"))


def test_a_senegalese_diploma_holds_no_licence_in_another_country():
    # The diploma holds the licence where it is taken in its place, Senegal, only.
    held = ["Diplôme d'État d'assistant social"]
    background = {"country": "CA", "education": "bachelor", "credentials": held}
    found = readiness(["case management:4"], background, "hospital-social-worker")
    assert found is not None
    assert "Registered Social Worker" in found


def test_australia_asks_no_certification_of_a_recreational_therapist():
    skills = ["activity planning:4", "group facilitation:4", "motivational interviewing:3"]
    here = {"country": "AU", "education": "master"}
    found = readiness(skills, here, "recreational-therapist")
    assert found is not None
    assert "certification" not in found
    assert "CTRS" not in found
    # In the United States the post still asks for the CTRS.
    there = readiness(skills, {"country": "US", "education": "master"}, "recreational-therapist")
    assert there is not None
    assert "CTRS" in there


def test_the_nursing_associate_is_left_out_outside_the_united_kingdom():
    skills = ["physical health monitoring:3", "medication management:3", "care planning:3"]
    background = {"education": "associate"}
    assert readiness(skills, {**background, "country": "IE"}, "nursing-associate") is None
    assert readiness(skills, {**background, "country": "GB"}, "nursing-associate") is not None

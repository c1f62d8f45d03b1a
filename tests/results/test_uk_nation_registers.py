"""The UK nations' own registers (careermap.results.nations, careermap.base.nations).

Social workers register with their nation's council (Social Work England, the SSSC,
Social Care Wales, NISCC): a person who gives their nation is asked for its register,
and one registered in another nation applies to it, a short step, not retraining.
"""

from __future__ import annotations

import json

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.base.errors import ProfileError
from careermap.cli import main
from careermap.resolve.background import background as as_background
from careermap.results.nations import for_nation, nation_of
from careermap.results.readiness import assess

SOCIAL_WORKER = {"education": "master", "field": "social work", "years_experience": 6}


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def verdict(role_id, taxonomy, **given):
    role = taxonomy.role_index[role_id]
    person = Background(**{**SOCIAL_WORKER, **given})
    return assess(role.entry, person, taxonomy=taxonomy, sector=role.sector, role=role.id)


@pytest.mark.parametrize(
    ("given", "region"),
    [
        ({"country": "Scotland"}, "GB-SCT"),
        ({"country": "wales"}, "GB-WLS"),
        ({"region": "Northern Ireland"}, "GB-NIR"),
        ({"country": "UK", "region": "GB-ENG"}, "GB-ENG"),
        ({"country": "GB"}, None),
    ],
)
def test_the_nation_is_kept_beside_the_country(given, region):
    person = Background(**given)
    assert person.country == "GB"
    assert person.region == region


@pytest.mark.parametrize(
    ("given", "said"),
    [
        # Ontario is read since the forty-second round (base.subdivisions); an Australian
        # state is not.
        ({"region": "New South Wales"}, "unknown region 'New South Wales'"),
        ({"country": "IE", "region": "Scotland"}, "in the United Kingdom, not in IE"),
        ({"country": "England", "region": "Wales"}, "are two nations"),
    ],
)
def test_a_region_careermap_does_not_read_is_a_clear_error(given, said):
    with pytest.raises(ProfileError, match=said):
        as_background(given)


BODIES = {
    "England": ("Social Work England registration", "Social Work England"),
    "Scotland": ("SSSC registered social worker", "SSSC"),
    "Wales": ("Social Care Wales registered social worker", "Social Care Wales"),
    "Northern Ireland": ("NISCC registered social worker", "NISCC"),
}


@pytest.mark.parametrize("country", list(BODIES))
def test_a_post_names_the_register_of_the_persons_nation(taxonomy, country):
    register, body = BODIES[country]
    others = {other for _, other in BODIES.values()} - {body}
    for role_id in ("clinical-social-worker", "child-protection-social-worker"):
        found = verdict(role_id, taxonomy, country=country)
        assert found.verdict == "needs"
        assert register in found.summary, (role_id, found.summary)
        assert not any(other in found.summary for other in others), found.summary


def test_without_a_nation_the_four_registers_are_read_alike(taxonomy):
    found = verdict("clinical-social-worker", taxonomy, country="GB")
    for register in ("Social Work England", "SSSC", "Social Care Wales", "NISCC"):
        assert register in found.summary
    moved = verdict(
        "clinical-social-worker",
        taxonomy,
        country="GB",
        credentials=["SSSC registered social worker"],
    )
    assert moved.verdict == "ready"


def test_another_nations_registrant_applies_a_short_step(taxonomy):
    found = verdict(
        "child-protection-social-worker",
        taxonomy,
        country="England",
        credentials=["SSSC registered social worker"],
    )
    assert found.verdict == "certify"
    assert "register with Social Work England" in found.summary
    assert "Scotland's register" in found.summary
    assert "without retraining" in found.summary
    # Registered in the nation itself: ready, as before.
    home = verdict(
        "child-protection-social-worker",
        taxonomy,
        country="Scotland",
        credentials=["SSSC registered social worker"],
    )
    assert home.verdict == "ready"


def test_a_register_of_no_nation_holds_in_every_nation(taxonomy):
    # "Registered social worker": the plain form of the four registers.
    found = verdict(
        "child-protection-social-worker",
        taxonomy,
        country="Wales",
        credentials=["Registered social worker"],
    )
    assert found.verdict == "ready"


def test_uk_wide_registers_are_left_as_they_are():
    # NMC (nurses) and HCPC registration are UK-wide: no nation's register among them.
    assert nation_of("NMC registered nurse") is None
    assert nation_of("HCPC registered clinical psychologist") is None
    nurse = lookup_role("psychiatric-nurse").entry
    assert for_nation(nurse, "GB-SCT") is nurse


def test_the_cli_reads_a_nation_as_the_country(capsys):
    skills = ["case management:4", "safeguarding:4", "risk assessment:4"]
    given = ["--education", "master", "--years", "6", "--limit", "200", "--json"]
    code = main(["match", *skills, *given, "--country", "Scotland"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["profile"]["background"]["country"] == "GB"
    assert data["profile"]["background"]["region"] == "GB-SCT"
    worker = next(m for m in data["matches"] if m["role_id"] == "child-protection-social-worker")
    assert "SSSC registered social worker" in worker["readiness"]["summary"]


@pytest.mark.parametrize("country", list(BODIES))
def test_a_school_social_work_post_asks_the_nations_register_not_the_us_licence(taxonomy, country):
    # Thirty-third round (cred33): the school social work licence is a US state credential;
    # a social worker in a UK school is on their nation's register.
    register, body = BODIES[country]
    others = {other for _, other in BODIES.values()} - {body}
    found = verdict("school-social-worker", taxonomy, country=country)
    assert register in found.summary, found.summary
    assert "School social work licence" not in found.summary
    assert not any(other in found.summary for other in others), found.summary
    held = verdict("school-social-worker", taxonomy, country=country, credentials=[register])
    assert "licence" not in held.gates, held.summary


@pytest.mark.parametrize(
    ("country", "asked"),
    [
        ("England", "Professional Qualification in Probation (PQiP)"),
        ("Wales", "Professional Qualification in Probation (PQiP)"),
        ("Scotland", "SSSC registered social worker"),
        ("Northern Ireland", "NISCC registered social worker"),
    ],
)
def test_probation_asks_the_pqip_in_england_and_wales_and_the_register_elsewhere(
    taxonomy, country, asked
):
    # Thirty-third round (cred33): the Probation Service (PQiP) covers England and Wales;
    # Scotland's justice social workers and PBNI's probation officers are social workers.
    found = verdict("probation-officer", taxonomy, country=country)
    assert found.needs == (asked,), found.summary
    held = verdict("probation-officer", taxonomy, country=country, credentials=[asked])
    assert "licence" not in held.gates, held.summary


def test_without_a_nation_the_probation_post_asks_the_pqip_as_before(taxonomy):
    found = verdict("probation-officer", taxonomy, country="GB")
    assert found.needs == ("Professional Qualification in Probation (PQiP)",)
    held = verdict("probation-officer", taxonomy, country="GB", credentials=["PQiP"])
    assert "licence" not in held.gates

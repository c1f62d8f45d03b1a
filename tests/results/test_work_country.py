"""The country a person will work in, when it is not their own (thirty-third round).

Found by review33 (P11): a psychologist in Cochabamba moving to Spain could say only
"Bolivia", so every post she wanted read "Ready if your Matrícula ... is what employers
in Bolivia ask for". ``Background.work_country`` names where the person will work: posts'
credentials are read for it, and a credential she holds that names no country is read as
her home country's, to have recognised there.
"""

from __future__ import annotations

import pytest

from careermap import Background, load_taxonomy, lookup_role
from careermap.base.errors import ProfileError
from careermap.resolve.background import background as read_background
from careermap.results.readiness import assess

MATRICULA = "Matrícula profesional, Colegio de Psicólogos de Bolivia"
LPC = "Licensed Professional Counselor (LPC)"


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def verdict(taxonomy, role, **given):
    person = Background(**{"education": "master", "years_experience": 14, **given})
    return assess(lookup_role(role).entry, person, taxonomy=taxonomy, role=role)


def test_the_country_of_work_defaults_to_the_country():
    assert Background(country="Bolivia").works_in == "BO"
    moving = Background(country="Bolivia", work_country="Spain")
    assert (moving.country, moving.work_country, moving.works_in) == ("BO", "ES", "ES")
    assert moving.moved_from == "BO"
    assert Background(country="BO", work_country="BO").moved_from is None
    assert Background(work_country="ES").moved_from is None


def test_a_nation_of_the_united_kingdom_is_where_in_the_country_of_work():
    assert Background(country="BO", work_country="Scotland").region == "GB-SCT"
    # Leaving Scotland for Spain: the home nation is the United Kingdom, no region of Spain.
    leaving = Background(country="Scotland", work_country="Spain")
    assert (leaving.country, leaving.region) == ("GB", None)
    with pytest.raises(ProfileError, match="region 'Wales' is in the United Kingdom, not in ES"):
        read_background({"country": "BO", "work_country": "ES", "region": "Wales"})
    with pytest.raises(ProfileError, match="unknown country 'Narnia'"):
        read_background({"work_country": "Narnia"})


def test_posts_are_read_for_the_country_of_work(taxonomy):
    home = verdict(taxonomy, "therapist", country="BO", credentials=[MATRICULA])
    assert "employers in Bolivia" in home.summary
    moving = verdict(
        taxonomy, "therapist", country="BO", work_country="ES", credentials=[MATRICULA]
    )
    assert "employers in Spain" in moving.summary
    assert "Bolivia ask" not in moving.summary
    # Her licence from home is to be recognised where she will work.
    assert "recognised in Spain" in moving.summary


def test_a_credential_naming_no_country_is_from_home(taxonomy):
    plain = "Matrícula profesional de psicóloga"
    moving = verdict(taxonomy, "therapist", country="BO", work_country="ES", credentials=[plain])
    notes = " ".join(moving.notes)
    assert f"Check whether your {plain} is recognised in Spain: it is a licence from Bolivia" in (
        notes
    )
    # Without a move the same text is read as the country's own licence, as before.
    home = verdict(taxonomy, "therapist", country="BO", credentials=[plain])
    assert "recognised in" not in " ".join(home.notes)


def test_a_us_licence_held_at_home_is_foreign_in_the_country_of_work(taxonomy):
    at_home = verdict(taxonomy, "mental-health-counsellor", country="US", credentials=[LPC])
    assert at_home.verdict == "ready"
    moving = verdict(
        taxonomy, "mental-health-counsellor", country="US", work_country="GB", credentials=[LPC]
    )
    assert "recognised in the United Kingdom" in moving.summary

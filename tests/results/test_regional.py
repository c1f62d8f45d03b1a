"""A US state or Canadian province kept as the person's region, read into credentials (cred42).

Forty-second round: "--country US-ND" and "CA-QC" were refused (forty-first round), so a
Saskatchewan psychiatric nurse who wrote "RPN" alone stayed ambiguous (neither a nurse nor
a practical nurse). The state's or province's ISO 3166-2 code, or its name as the region,
is now kept as ``Background.region``; the country stays US or CA for everything that
reads a country (base.subdivisions, results.regional).
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.base.errors import ProfileError
from careermap.resolve.background import background as as_background
from careermap.results.readiness import role_readiness
from careermap.results.regional import in_region, read_in_region


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("given", "country", "region"),
    [
        ({"country": "US-MN"}, "US", "US-MN"),
        ({"country": "ca-sk"}, "CA", "CA-SK"),
        ({"region": "Minnesota"}, "US", "US-MN"),
        ({"country": "Canada", "region": "Québec"}, "CA", "CA-QC"),
        ({"country": "US", "region": "us-dc"}, "US", "US-DC"),
        ({"country": "GB", "work_country": "CA-ON"}, "GB", "CA-ON"),
        ({"country": "US"}, "US", None),
        ({"country": "Georgia"}, "GE", None),  # the country, not the state
    ],
)
def test_a_state_or_province_is_kept_as_the_region(given, country, region):
    person = Background(**given)
    assert person.country == country
    assert person.region == region


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"region": "Minesota"}, "unknown region 'Minesota'.*did you mean: Minnesota"),
        ({"region": "US-XX"}, "unknown region 'US-XX': no US state"),
        ({"country": "US", "region": "Ontario"}, "'Ontario' is in Canada, not in US"),
        ({"country": "CA", "region": "Scotland"}, "in the United Kingdom, not in CA"),
        ({"country": "US-MN", "region": "Wisconsin"}, "are two regions"),
        ({"country": "CA-XX"}, "no Canadian province has that ISO 3166-2 code"),
    ],
)
def test_a_region_careermap_does_not_read_is_named_with_what_to_give(given, said):
    with pytest.raises(ProfileError, match=said):
        as_background(given)


@pytest.mark.parametrize(
    ("text", "region", "read"),
    [
        ("RPN", "CA-SK", "RPN (Saskatchewan)"),
        ("RPN", "CA-MB", "RPN (Manitoba)"),
        ("RPN", "CA-ON", "RPN (Ontario)"),
        ("RPN", "CA-NS", "RPN"),  # Nova Scotia decides neither reading
        ("RPN", "GB-SCT", "RPN"),  # a UK nation is read for its own registers only
        ("RPN (Texas)", "CA-SK", "RPN (Texas)"),  # a place written with it is kept
        ("RPN, NMBI", "CA-ON", "RPN, NMBI"),
        ("LISW", "US-MN", "LISW (Minnesota)"),
        ("LISW", "US-OH", "LISW"),
        ("LCSW", "US-MN", "LCSW"),
    ],
)
def test_the_region_is_read_into_a_credential_only_where_it_decides_it(text, region, read):
    assert read_in_region(text, region) == read


def _verdict(role_id, taxonomy, **given):
    person = Background(education="bachelor", years_experience=6, **given)
    found = role_readiness(lookup_role(role_id), person, taxonomy=taxonomy, shown=None)
    assert found is not None
    return found


def test_a_saskatchewan_rpn_is_a_nurse_and_an_ontario_rpn_is_not(taxonomy):
    # "RPN" alone: a psychiatric nurse in Saskatchewan (The Registered Psychiatric Nurses
    # Act, SS 1993), a practical nurse in Ontario (Nursing Act, 1991), neither in Canada
    # at large. Never a nurse's post for the practical nurse.
    sk = _verdict("community-mental-health-nurse", taxonomy, country="CA-SK", credentials=["RPN"])
    on = _verdict("community-mental-health-nurse", taxonomy, country="CA-ON", credentials=["RPN"])
    ca = _verdict("community-mental-health-nurse", taxonomy, country="CA", credentials=["RPN"])
    assert sk.verdict == "ready", sk
    assert on.verdict != "ready", on
    assert ca.verdict != "ready", ca


def test_the_credentials_as_written_are_kept_on_the_background():
    person = Background(country="CA-SK", credentials=["RPN"])
    assert person.credentials == ("RPN",)
    assert in_region(person).credentials == ("RPN (Saskatchewan)",)
    assert in_region(person).region == "CA-SK"


def test_a_ranking_keeps_the_region_in_its_profile():
    ranking = careermap.rank_careers(
        ["suicide risk assessment:4", "de-escalation:4"],
        background={"country": "US-MN", "credentials": ["LADC"]},
        semantic=False,
        limit=3,
    )
    background = ranking.profile.background
    assert background is not None
    assert (background.country, background.region) == ("US", "US-MN")

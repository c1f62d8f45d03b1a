"""Credentials the tenth persona set holds: what each opens (eighteenth round).

Each case is read in docs/taxonomy-notes.md, "Credentials from the tenth set".
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.credentials import _readings
from careermap.results.readiness import role_readiness


def verdict(role_id, credentials, *, country, education="master", lived=False):
    background = Background(
        education=education,
        years_experience=8,
        credentials=credentials,
        country=country,
        lived_experience=lived,
    )
    role = lookup_role(role_id)
    return role_readiness(role, background, taxonomy=careermap.load_taxonomy(), shown=None)


def test_a_title_naming_two_practices_with_a_slash_holds_each():
    # A Kent Talking Therapies counsellor wrote her BACP title as BACP awards it; the
    # clinical supervisor post (which takes BACP registration in the UK) said she "needs"
    # it.
    held = ["BACP Accredited Counsellor/Psychotherapist"]
    for role_id in ("clinical-supervisor", "eap-counsellor", "therapist"):
        found = verdict(role_id, held, country="GB")
        assert found.verdict == "ready", (role_id, found)
    assert _readings("LPC/LMHC") == ("LPC/LMHC", "LPC", "LMHC")
    assert _readings("PsyD (Clinical)") == ("PsyD (Clinical)",)


#: Japan's and Korea's licences, each opening the EAP counsellor post in its own country.
#: Japan: the Certified Public Psychologist (Kōnin Shinrishi, a national licence since
#: 2017) and the FJCBCP's Clinical Psychologist (Rinshō Shinrishi). Korea: the Mental
#: Health Professional, Grade 1, of the Mental Health Welfare Act.
LICENCES = [
    ("Certified Public Psychologist (Kōnin Shinrishi)", "JP"),
    ("Clinical Psychologist (Rinshō Shinrishi, FJCBCP)", "JP"),
    ("Mental Health Social Worker, Grade 1 (Ministry of Health and Welfare)", "KR"),
]


@pytest.mark.parametrize(("held", "country"), LICENCES)
def test_a_national_licence_opens_the_eap_post_at_home(held, country):
    found = verdict("eap-counsellor", [held], country=country)
    assert found.verdict == "ready", found
    assert not found.needs


@pytest.mark.parametrize("country", ["JP", "KR"])
def test_without_one_a_person_there_is_told_what_the_country_asks(country):
    found = verdict("eap-counsellor", ["MA Clinical Psychology"], country=country)
    assert found.verdict != "ready"
    assert found.needs
    asked = {"JP": "Kōnin Shinrishi", "KR": "Grade 1"}[country]
    assert any(asked in need for need in found.needs), found.needs


def test_australias_peer_work_certificate_opens_peer_posts_there():
    # The Melbourne tribunal advocate holds it; she was told "what employers in Australia
    # ask for in place of Certified Peer Specialist (careermap does not know)".
    found = verdict(
        "peer-support-specialist",
        ["Certificate IV in Mental Health Peer Work"],
        country="AU",
        education="certificate",
        lived=True,
    )
    assert found.verdict == "ready", found
    without = verdict(
        "peer-support-specialist",
        ["Diploma of Legal Services"],
        country="AU",
        education="certificate",
    )
    assert "Certificate IV in Mental Health Peer Work" in without.needs, without

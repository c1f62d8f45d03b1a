"""Credentials from abroad where the title is not regulated (``unregulated_in``).

Thirty-fifth round (hire35, review 34 P1/P6): a licence from the US list made a long
"needs" for an art therapist in Slovakia, where the title is not regulated; peer
supporters in Canada were asked for "what employers in Canada ask for" where Peer
Support Canada's national certification is the counterpart (``in_place``).
"""

from __future__ import annotations

from typing import Any

import pytest

import careermap

_ART = ["art therapy:5", "group facilitation:4"]


def _match(skills: list[str], role_id: str, **background: Any) -> careermap.RoleMatch:
    ranking = careermap.rank_careers(skills, background=background, limit=None)
    [found] = [match for match in ranking if match.role_id == role_id]
    return found


@pytest.mark.parametrize(("country", "name"), [("SK", "Slovakia"), ("CZ", "Czechia")])
def test_art_therapist_where_the_title_is_unregulated_keeps_her_group(
    country: str, name: str
) -> None:
    found = _match(_ART, "creative-arts-therapist", country=country, education="master")
    readiness = found.readiness
    assert readiness is not None
    assert readiness.verdict != "needs"
    assert "what employers in" not in readiness.summary
    [note] = [n for n in readiness.notes if f"not asked in {name}" in n]
    assert "not a recognised profession" in note
    assert "250 hours" in note
    # The same in every form a match is given in.
    assert found.to_dict()["readiness"]["notes"] == list(readiness.notes)


def test_a_country_careermap_knows_nothing_of_still_asks_to_check() -> None:
    readiness = _match(_ART, "creative-arts-therapist", country="JP", education="master").readiness
    assert readiness is not None
    assert readiness.verdict == "needs"
    assert "what employers in Japan ask for" in readiness.summary
    assert not any("not asked in" in note for note in readiness.notes)


@pytest.mark.parametrize("role_id", ["peer-support-specialist", "recovery-coach"])
def test_peer_posts_in_canada_name_peer_support_canada(role_id: str) -> None:
    # A short step, as the US certification is, named (not "what employers in Canada
    # ask for ...").
    background: dict[str, Any] = {
        "country": "CA",
        "education": "secondary",
        "lived_experience": True,
    }
    skills = ["peer support:4", "recovery oriented practice:4", "active listening"]
    readiness = _match(skills, role_id, **background).readiness
    assert readiness is not None
    assert "what employers in Canada" not in readiness.summary
    assert readiness.verdict == "certify"
    assert "Peer Support Canada certified peer supporter" in readiness.summary
    held = {**background, "credentials": ["Certified Peer Supporter (Peer Support Canada)"]}
    certified = _match(skills, role_id, **held).readiness
    assert certified is not None
    assert "Peer Support Canada" not in certified.summary

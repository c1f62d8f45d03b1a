"""Licences a verdict names: alternatives, the degree they bring, unknown licences."""

from __future__ import annotations

import careermap
from careermap import Credential
from careermap.results.licences import alternatives, same_practice, unknown_licences


def _licence(name: str) -> Credential:
    return Credential(name=name, kind="licence")


def test_up_to_three_licences_are_named_and_the_rest_counted():
    three = [_licence(n) for n in ("LPC", "LCSW", "LMFT")]
    assert alternatives(three) == "LPC or LCSW or LMFT"
    five = [*three, _licence("CRPO RP"), _licence("CCC")]
    assert alternatives(five) == "LPC, LCSW, LMFT or one of 2 other licences (see notes)"


def test_an_unknown_licence_is_one_no_credential_of_the_taxonomy_names():
    taxonomy = careermap.load_taxonomy()
    written = [
        "Licensed Clinical Counsellor (BC)",  # unknown, a licence by its words
        "LPC (Texas)",  # known
        "Registered Psychotherapist (Qualifying)",  # provisional: never a licence held
        "Mental Health First Aider",  # no licence word
    ]
    assert unknown_licences(written, taxonomy, {}) == ("Licensed Clinical Counsellor (BC)",)


def test_only_an_unknown_licence_of_the_posts_practice_is_asked_about():
    counsellor = [_licence("Licensed Professional Counselor (LPC)")]
    nurse = [_licence("Registered Nurse (RN)")]
    unknown = ["Licensed Clinical Counsellor (BC)", "Registered practical nurse (Ontario)"]
    assert same_practice(unknown, counsellor) == ["Licensed Clinical Counsellor (BC)"]
    assert same_practice(unknown, nurse) == ["Registered practical nurse (Ontario)"]

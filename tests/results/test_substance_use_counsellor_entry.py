"""What a substance use counsellor post asks for (fifteenth round, roles3).

Made after reading the seventh set's detail: people with no addiction training read
"Ready now". Sources in docs/taxonomy-notes.md, "What a substance use counsellor post
asks for" (NAADAC; 26 TAC 562.2; 14 NYCRR Parts 800 and 853).
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.readiness import assess


def readiness(credentials, *, education="master", country=None):
    background = Background(
        education=education, years_experience=6, credentials=credentials, country=country
    )
    return assess(lookup_role("substance-use-counsellor").entry, background)


@pytest.mark.parametrize(
    "credentials",
    [
        # The seventh set's three: no addiction training, no licence a US post takes.
        ["Approbation als Psychologische Psychotherapeutin (Verhaltenstherapie)"],
        ["NCSP (Nationally Certified School Psychologist)"],
        [],
    ],
)
def test_no_addiction_credential_is_told_the_certificate_and_its_hours(credentials):
    verdict = readiness(credentials)
    assert verdict.verdict == "needs"
    (need,) = verdict.needs
    assert "CADC" in need
    assert "hours of supervised practice" in need


def test_the_note_names_the_trainee_route_and_the_uk_position():
    notes = " ".join(readiness([]).notes)
    assert "trainee" in notes
    assert "UK: no legal requirement" in notes


@pytest.mark.parametrize(
    "held",
    [
        "CADC (US state addiction counselor certification)",
        "LADC (Minnesota)",
        "LCDC (Texas)",
        "CASAC",
        "FDAP accredited counsellor",
    ],
)
def test_an_addiction_credential_is_ready(held):
    assert readiness([held], education="associate").verdict == "ready"


@pytest.mark.parametrize(
    "held",
    [
        # Texas's exemption (26 TAC 562.2(b)(3)) and New York's qualified health
        # professionals (14 NYCRR Part 800): the licence covers the work.
        "LPC (Colorado)",
        "LMHC (New York)",
        "LCSW",
        "LMSW (New York)",
        "LMFT (California)",
        "Licensed Psychologist (Pennsylvania)",
        "LPC-Associate (US, supervised licence)",
    ],
)
def test_a_licence_the_states_let_do_the_work_opens_the_post(held):
    assert readiness([held]).verdict == "ready"


def test_a_person_in_the_uk_is_told_what_uk_posts_ask_not_the_us_certificate():
    # At the merge (fifteenth round): the CADC is issued in the US; UK posts ask for FDAP
    # accreditation or BACP registration (the role's note), and a registered clinical
    # psychologist may do the work there as a US licensed psychologist may.
    from careermap import load_taxonomy  # noqa: PLC0415 - the country reading needs it

    taxonomy = load_taxonomy()
    entry = lookup_role("substance-use-counsellor").entry

    def uk(credentials):
        background = Background(
            education="master", years_experience=6, credentials=credentials, country="GB"
        )
        return assess(entry, background, taxonomy=taxonomy)

    none = uk([])
    assert none.verdict == "needs"
    assert none.summary.startswith("Needs FDAP accredited counsellor or BACP registered")
    assert "CADC" not in none.summary
    assert uk(["HCPC registered clinical psychologist"]).verdict != "needs"
    assert uk(["FDAP accredited counsellor"]).verdict == "ready"


@pytest.mark.parametrize("country", ["GB", "IE"])
def test_the_us_certificates_hours_are_not_put_beside_another_countrys_route(country):
    # Sixteenth round (creds11): a UK person was told "FDAP accredited counsellor or BACP
    # registered counsellor (2,000 hours of supervised practice)"; the hours are the US
    # CADC's, not FDAP's or BACP's. A person where careermap does not know the route
    # (Ireland) is not given the US hours either. The verdict stays a long step.
    background = Background(education="master", years_experience=6, credentials=[], country=country)
    found = assess(lookup_role("substance-use-counsellor").entry, background)
    assert found.verdict == "needs"
    assert "hours" not in found.summary
    assert not any("hours" in need for need in found.needs)


def test_a_person_in_the_us_is_still_told_the_cadcs_hours():
    background = Background(education="master", years_experience=6, country="US")
    found = assess(lookup_role("substance-use-counsellor").entry, background)
    assert "(2,000 hours of supervised practice)" in found.summary

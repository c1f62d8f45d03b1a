"""A licence's place or body written after a comma is read as if in brackets.

Twenty-second round, the thirteenth set read by a counsellor: "Licensed Psychologist,
Colorado" held no licence ("Licensed Psychologist (Colorado)" held the licensed clinical
psychologist's), so a VA psychologist of twelve years was asked to "check whether your
Licensed Psychologist, Colorado ... is accepted in the United States", and a registered
social worker of nine years ("Registered Social Worker, BC College of Social Workers")
was shown Active listening as a gap on all ten of her top ten.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import certifies, holds
from careermap.results.issuers import bracketed, issued, of_country
from careermap.results.readiness import role_readiness


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        ("Licensed Psychologist, Colorado", "licensed-clinical-psychologist"),
        ("Licensed Psychologist, State of Colorado", "licensed-clinical-psychologist"),
        ("Registered Social Worker, BC College of Social Workers", "social-work-licence"),
        ("Registered Social Worker, Northern Ireland Social Care Council", "social-work-licence"),
        ("Licensed Professional Counselor, TX", "lpc"),
        ("Licensed Professional Counselor, Texas, since 2015", "lpc"),
    ],
)
def test_a_place_or_body_after_a_comma_is_read_as_bracketed(default, held, credential_id):
    wanted = credential(default, credential_id)
    assert bracketed(held) != held
    assert holds([held], wanted)
    assert certifies([held], wanted)
    assert holds([bracketed(held)], wanted)


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        # What follows names the credential, not who issued it: no licence.
        ("Licensed Professional Counselor, Associate", "lpc"),
        ("Mental Health Social Worker, Grade 1 (Ministry of Health and Welfare)", "lcsw"),
        # A status is still read on the whole text.
        ("Licensed Psychologist, Colorado, lapsed 2019", "licensed-clinical-psychologist"),
    ],
)
def test_anything_else_after_a_comma_stays_part_of_the_name(default, held, credential_id):
    assert not holds([held], credential(default, credential_id))


@pytest.mark.parametrize(
    "text",
    ["Licensed Psychologist, Colorado", "Licensed Psychologist (Colorado)"],
)
def test_a_us_licence_in_a_us_state_is_no_unknown_licence(default, text):
    found = role_readiness(
        lookup_role("clinical-psychologist", taxonomy=default),
        Background(education="doctorate", country="US", credentials=[text]),
        taxonomy=default,
        shown=None,
    )
    assert found is not None
    assert "accepted in" not in found.summary, found.summary
    assert found.verdict == "ready", found.summary


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        ("Arizona School Counselor Certificate (PreK-12)", "school-counsellor-certification"),
        ("Texas School Counselor Certification", "school-counsellor-certification"),
    ],
)
def test_a_state_written_first_is_where_it_was_issued(default, held, credential_id):
    wanted = credential(default, credential_id)
    assert holds([held], wanted)
    assert certifies([held], wanted)


def test_a_name_the_taxonomy_writes_with_its_place_is_held_by_that_place_only(default):
    # The CRPO's registration accepts Ontario's registered social workers by that name.
    crpo = credential(default, "crpo-registered-psychotherapist")
    assert holds(["Ontario registered social worker (OCSWSSW)"], crpo)
    assert not holds(
        ["Registered Social Worker (Social Workers Registration Board, Hong Kong)"], crpo
    )
    assert not holds(["Registered Social Worker (Alberta College of Social Workers)"], crpo)


def test_a_country_named_in_a_bracket_is_read_after_a_comma():
    # Thirty-eighth round (cred38, review38 P2): "Licensed counsellor (Counselling and
    # Psychology Organisation of Iran)" is any licensed counsellor by its key; read with
    # its country after a comma, it is Iran's, and a text naming none or two is not read so.
    body = "Licensed counsellor (Counselling and Psychology Organisation of Iran)"
    assert of_country(body) == ("Licensed counsellor, Iran",)
    assert "Licensed counsellor, Iran" in issued(body)
    assert of_country("Licensed counsellor") == ()
    assert of_country("Registered nurse (Ireland and the UK)") == ()
    assert of_country("Registered nurse (Ireland) (UK)") == ()  # one bracket only
    assert of_country("Iran licensed counsellor (Iran)") == ()  # named outside already

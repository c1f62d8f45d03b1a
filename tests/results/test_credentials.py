"""Credentials: matched by what they are (abbreviation, exact name, listed other names)."""

from __future__ import annotations

import pytest

from careermap import lookup_role
from careermap.base._iso3166 import COUNTRIES
from careermap.base.countries import countries_in
from careermap.results.credentials import (
    abbreviations,
    certifies,
    holds,
    holds_associate,
    name_keys,
    naming_abbreviations,
)
from careermap.taxonomy.models import Credential


def bundled(role_id: str, taxonomy, start: str = "") -> Credential:
    """The bundled role's first credential whose name starts with *start*."""
    entry = lookup_role(role_id, taxonomy=taxonomy).entry
    return next(c for c in entry.credentials if c.name.startswith(start))


def credentials(taxonomy) -> dict[str, Credential]:
    """Every credential of the bundled roles, once by name."""
    found: dict[str, Credential] = {}
    for role in taxonomy.roles:
        for credential in role.entry.credentials if role.entry else ():
            found.setdefault(credential.name, credential)
    return dict(sorted(found.items()))


# Each case was "held" while names were compared by word overlap (one name's words
# inside the other's, or the abbreviation of a body that awards several credentials).
@pytest.mark.parametrize(
    ("held", "role_id", "start"),
    [
        ("Licensed psychologist (US)", "school-psychologist", ""),
        ("Psychologist", "clinical-psychologist", ""),
        ("Licensed clinical psychologist", "utilisation-review-coordinator", ""),
        ("Clinical supervisor", "behavioural-health-care-manager", ""),
        ("Licensed practical nurse", "psychiatric-nurse", ""),
        ("Registered Nurse", "psychiatric-nurse-practitioner", "Psychiatric"),  # not an NP
        ("Mental Health First Aid certified", "mental-health-first-aid-instructor", ""),
        ("Certified Peer Specialist (CPS)", "prevention-specialist", ""),  # CPS spelled otherwise
        ("Certified Peer Specialist (state)", "recovery-coach", ""),
        ("Certified recovery coach (CARC)", "life-coach", ""),
        ("Licensed social worker", "clinical-social-worker", ""),
        ("Social worker", "hospital-social-worker", ""),
        ("AAS in Human Services", "crisis-line-supervisor", ""),  # a degree, not AAS's standards
        ("BPS Chartered Psychologist", "talent-assessment-specialist", ""),
        ("CIPD Level 3", "hr-business-partner", ""),
    ],
)
def test_shared_words_are_not_the_same_credential(default, held, role_id, start):
    assert not holds([held], bundled(role_id, default, start))


# Each case was "not held": another name of the same licence, or a name the role lists.
@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        ("LMHC (US)", "eap-counsellor"),
        ("LMHC (US)", "utilisation-review-coordinator"),
        ("LPCC", "therapist"),
        ("LCPC (Illinois)", "mental-health-counsellor"),
        ("LICSW (Massachusetts)", "clinical-social-worker"),
        ("Licensed psychologist (US)", "clinical-supervisor"),
        ("LCSW (US)", "child-protection-social-worker"),
        ("RMN (UK)", "psychiatric-nurse"),
        ("Licensed specialist in school psychology (LSSP)", "school-psychologist"),
        ("HCPC registered educational psychologist", "school-psychologist"),
        ("BACP registered counsellor", "therapist"),
        ("QTS", "special-education-teacher"),
        ("PQiP", "probation-officer"),
        ("CASAC", "substance-use-counsellor"),
        ("NBC-HWC", "wellness-coach"),
        # Pennsylvania's Certified Recovery Specialist, as the fourth set's forensic peer
        # specialist wrote it (thirteenth round).
        ("CRS (Certified Recovery Specialist)", "recovery-coach"),
    ],
)
def test_other_names_of_the_same_credential_hold_it(default, held, role_id):
    assert holds([held], bundled(role_id, default))


def test_a_uk_registration_holds_a_us_licence_only_where_the_role_lists_it(default):
    registered = ["Registered social worker (Social Work England)"]
    lcsw = Credential(name="Licensed Clinical Social Worker (LCSW)", kind="licence")
    assert not holds(registered, lcsw)
    listed = lcsw.model_copy(update={"also": ("Social Work England registration",)})
    assert not holds(registered, listed)  # another name: the words must agree exactly
    assert holds(["Social Work England registration"], listed)
    # The bundled role lists both (its note: UK, Social Work England registration).
    assert holds(registered, bundled("clinical-social-worker", default))


def test_every_bundled_credential_is_held_by_its_name_and_by_each_other_name(default):
    for name, credential in credentials(default).items():
        assert holds([name], credential), name
        # Written with its own country (any, where it names none), it is still held;
        # with only another country, not by its own names (fifteenth round).
        own = COUNTRIES[credential.countries[0]][0] if credential.countries else "US"
        assert holds([f"{name} ({own})"], credential), name
        alone = not (credential.equivalents or credential.accepts or countries_in(name))
        if credential.countries and alone:
            assert not holds([f"{name} (Philippines)"], credential), name
        for other in (*credential.also, *credential.equivalents, *credential.accepts):
            assert holds([other], credential), (name, other)
        for other in (name, *credential.also, *credential.equivalents):
            assert certifies([other], credential), (name, other)
        for abbreviation in abbreviations(name):
            assert holds([abbreviation], credential), (name, abbreviation)
        for associate in credential.associate:  # its associate licence, not the licence
            assert not holds([associate], credential), (name, associate)
            assert holds_associate([associate], credential), (name, associate)
            assert not holds_associate([name], credential), (name, associate)


def test_a_credentials_name_holds_no_other_unless_an_abbreviation_or_the_data_says_so(default):
    found = credentials(default)
    for name in found:
        for other_name, other in found.items():
            if other_name == name or not holds([name], other):
                continue
            others = (*other.also, *other.equivalents, *other.accepts)
            listed = set().union(*(name_keys(n) for n in others))
            assert name_keys(name) & listed or abbreviations(name) & abbreviations(
                " ".join((other_name, *others))
            ), (name, other_name)


@pytest.mark.parametrize(
    ("held", "role_id", "licence", "associate"),
    [
        ("LPC-Associate (US, supervised licence)", "therapist", False, True),
        ("LMHCA (Washington)", "mental-health-counsellor", False, True),
        ("Associate Professional Clinical Counselor (APCC)", "therapist", False, True),
        ("LAMFT (Minnesota)", "marriage-and-family-therapist", False, True),
        ("LMFT intern", "marriage-and-family-therapist", False, True),
        ("Associate Clinical Social Worker (ASW)", "clinical-social-worker", False, True),
        ("LCSW-Associate", "clinical-social-worker", False, True),
        # The full licence is the licence, not its associate. An LMSW practises clinical
        # social work only under an LCSW's supervision (New York Education Law 7701;
        # Office of the Professions), so it is the LCSW's associate stage as well as a
        # licence of its own (eleventh round, third persona set).
        ("LPC (US)", "therapist", True, False),
        ("LMSW (New York)", "clinical-social-worker", False, True),
    ],
)
def test_an_associate_licence_is_named_by_its_licence_and_never_holds_it(
    default, held, role_id, licence, associate
):
    credential = bundled(role_id, default)
    assert holds([held], credential) is licence
    assert holds_associate([held], credential) is associate


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        ("Registered Psychotherapist (Qualifying)", "crpo-registered-psychotherapist"),
        ("RP (Qualifying)", "crpo-registered-psychotherapist"),
        ("Provisional psychologist (AHPRA)", "psyba-registered-psychologist"),
    ],
)
def test_the_provisional_classes_abroad_are_associates(default, held, credential_id):
    credential = default.credential_index[credential_id]
    assert not holds([held], credential)
    assert holds_associate([held], credential)


def test_a_credential_accepted_in_place_holds_it_as_another_name_does():
    lcsw = Credential(
        name="Licensed Clinical Social Worker (LCSW)",
        kind="licence",
        accepts=("Social Work England registration",),
    )
    assert holds(["Social Work England registration"], lcsw)
    assert not holds(["Registered social worker"], lcsw)  # the words must agree exactly
    with pytest.raises(ValueError, match="'LCSW-associate' is listed twice"):
        Credential(
            name="LCSW", kind="licence", also=("LCSW-Associate",), associate=("LCSW-associate",)
        )


def test_a_credential_accepted_in_place_opens_the_post_but_certifies_nothing_of_it():
    school = Credential(
        name="School counsellor certification",
        kind="licence",
        implies=("school-counselling",),
        equivalents=("School counselor licence (Texas)",),
        accepts=("BACP registered counsellor",),
    )
    for held in ("BACP registered counsellor", "School counselor licence (Texas)"):
        assert holds([held], school), held
    assert not certifies(["BACP registered counsellor"], school)
    assert certifies(["School counselor licence (Texas)"], school)
    assert certifies(["State school counselor certification (PK-12)"], school)
    assert not certifies(["School counsellor certification trainee"], school)


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Licensed clinical psychologist (international graduate)", True),
        ("Licensed clinical psychologist intern", False),
        ("Pre-licensure clinical psychologist", False),
    ],
)
def test_only_a_whole_word_makes_a_licence_provisional(held, expected):
    # "intern" inside "international" once made any such licence provisional: not held.
    licence = Credential(name="Licensed clinical psychologist", kind="licence")
    assert holds([held], licence) is expected


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("MHFA instructor", True),
        ("MHFA Instructor (Youth)", True),
        ("MHFA England instructor", True),
        ("Mental Health First Aid instructor", True),
        # The bodies' own names: MHFA England's instructor members, MHFA Australia's.
        ("Mental Health First Aid England instructor", True),
        ("Licensed MHFA Instructor", True),
        ("Mental Health First Aid England", False),  # the body, not its instructor
        ("MHFA certified", False),  # a first aider
        ("MHFA (first aider)", False),
        ("Mental Health First Aid certified", False),
    ],
)
def test_an_mhfa_instructor_holds_the_instructors_accreditation(default, held, expected):
    # "MHFA instructor" held nothing: the role's credential is named in words only. An
    # entry "MHFA instructor" once let every first aider's "MHFA" hold it; an abbreviation
    # beside other words now qualifies them and names no credential on its own.
    accreditation = bundled("mental-health-first-aid-instructor", default)
    assert holds([held], accreditation) is expected


def test_an_abbreviation_beside_other_words_is_not_the_credentials(default):
    # "AFT registered systemic psychotherapist" (the LMFT's UK equivalent) made "AFT",
    # the Association for Family Therapy, an abbreviation of the LMFT licence.
    lmft = bundled("marriage-and-family-therapist", default)
    assert not holds(["AFT member"], lmft)
    assert holds(["AFT registered systemic psychotherapist"], lmft)
    assert naming_abbreviations("MHFA instructor") == frozenset()
    assert naming_abbreviations("Registered Behavior Technician (RBT) or BCBA") == {"RBT", "BCBA"}


# Another country named (fifteenth round): a text that names only countries the
# credential is not issued in is not the credential by its own names; one that names the
# credential's own country, or none, reads as before, and the other countries'
# registrations (equivalents) are still read as the credential's.
PSYBA = Credential(
    name="Registered psychologist (Psychology Board of Australia)",
    kind="licence",
    countries=("AU",),
    also=("AHPRA registered psychologist",),
    associate=("Provisional psychologist",),
)


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Registered Psychologist (PRC Philippines)", False),
        ("Registered psychologist (India)", False),
        ("Provisional psychologist (South Africa)", False),
        ("Registered psychologist (Australia)", True),
        ("Registered psychologist", True),
        ("Provisional psychologist", True),
    ],
)
def test_a_text_naming_another_country_is_not_the_credential(held, expected):
    assert certifies([held], PSYBA) is expected


def test_another_countrys_registration_listed_as_an_equivalent_is_still_read():
    lpc = Credential(
        name="Licensed Professional Counselor (LPC)",
        kind="licence",
        countries=("US",),
        equivalents=("BACP registered counsellor",),
    )
    assert holds(["BACP registered counsellor (UK)"], lpc)
    assert certifies(["BACP registered counsellor (UK)"], lpc)
    assert not holds(["Licensed Professional Counselor (Kenya)"], lpc)
    assert holds(["Licensed Professional Counselor (US)"], lpc)

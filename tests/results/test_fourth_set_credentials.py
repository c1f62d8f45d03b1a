"""Credentials the fourth persona set holds: what each opens and what it certifies.

Each case is read in docs/taxonomy-notes.md, "Credentials from the fourth set", with the
professional body's published page it rests on.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.readiness import assess, implied_skills


def verdict(role_id, credentials, *, education="master"):
    background = Background(education=education, years_experience=6, credentials=credentials)
    return assess(lookup_role(role_id).entry, background).verdict


@pytest.mark.parametrize(
    ("credentials", "role_id"),
    [
        # New Jersey licenses art therapists as New York licenses creative arts therapists.
        (["LPAT (New Jersey)"], "therapist"),
        # Ireland: IACP accreditation, read as BACP accreditation.
        (["IACP accredited counsellor/psychotherapist"], "therapist"),
        (["IACP accredited counsellor"], "mental-health-counsellor"),
        (["MIACP"], "eap-counsellor"),
        # The UK's other PSA-accredited counselling registers.
        (["UKCP registered psychotherapeutic counsellor"], "therapist"),
        (["MNCPS (Accred)"], "mental-health-counsellor"),
        (["NCPS accredited registrant"], "school-counsellor"),
        # New Zealand's social work registration, by the board's name.
        (["SWRB registration"], "hospital-social-worker"),
    ],
)
def test_a_registration_abroad_opens_the_post_it_opens_at_home(credentials, role_id):
    assert verdict(role_id, credentials) == "ready"


@pytest.mark.parametrize(
    ("credentials", "role_id"),
    [
        # A national certification, not a licence to practise therapy.
        (["ATR-BC"], "therapist"),
        # Irish school guidance counsellors are teachers; no source says schools take IACP.
        (["IACP accredited counsellor"], "school-counsellor"),
        # Qualifications, not licences: a youth work diploma opens no therapy post.
        (["Diploma of Youth Work"], "therapist"),
    ],
)
def test_a_certification_or_qualification_does_not_open_a_licensed_post(credentials, role_id):
    assert verdict(role_id, credentials) == "needs"


@pytest.mark.parametrize(
    ("credentials", "skills"),
    [
        # The LCAT implies the basic skills the HCPC arts therapist does (O*NET 29-1129.01).
        (["LCAT (New York)"], {"speaking", "writing", "coordination", "emotional-awareness"}),
        # The LPAT is an equivalent, the LAAT its associate: both certify what it implies.
        (["LPAT (New Jersey)"], {"therapy-and-counseling", "speaking", "critical-thinking"}),
        (["LAAT"], {"therapy-and-counseling", "clinical-assessment"}),
        # ATCB registration: supervised art therapy practice under a code of ethics.
        (["ATR-BC"], {"active-listening", "therapeutic-relationship", "ethical-practice"}),
        # IACP accreditation certifies what BACP accreditation does.
        (["IACP accredited counsellor/psychotherapist"], {"counselling", "clinical-assessment"}),
        # Australian youth work qualifications (CHCYTH013, CHCPRT025, CHCDIV001).
        (["Diploma of Youth Work"], {"active-listening", "rapport-building", "safeguarding"}),
        (["Certificate IV in Youth Work"], {"active-listening", "professional-boundaries"}),
        # The IC&RC peer recovery domains and Connecticut's CARC.
        (["CARC (Connecticut Certification Board)"], {"active-listening", "rapport-building"}),
        (["Certified Peer Recovery Specialist"], {"resource-referral", "confidentiality"}),
    ],
)
def test_a_credential_certifies_what_its_body_names(credentials, skills, taxonomy):
    assert skills <= set(implied_skills(Background(credentials=credentials), taxonomy))


def test_the_lcat_and_hcpc_arts_therapist_certify_the_same_basic_skills(taxonomy):
    lcat = set(implied_skills(Background(credentials=["LCAT"]), taxonomy))
    hcpc = set(implied_skills(Background(credentials=["HCPC registered art therapist"]), taxonomy))
    # The HCPC's standards name risk, safeguarding and reflection on practice; no source
    # read names them for the LCAT.
    assert hcpc - lcat == {"reflective-practice", "risk-assessment", "safeguarding"}
    assert lcat <= hcpc


@pytest.mark.parametrize(
    ("written", "role_id"),
    [
        ("BACP accredited", "therapist"),
        ("BACP registered member", "mental-health-counsellor"),
        ("UKCP registered", "therapist"),
        ("IACP accredited", "mental-health-counsellor"),
        ("UKCP registration", "mental-health-counsellor"),
        ("BACP accredited", "school-counsellor"),
    ],
)
def test_a_register_written_short_is_read_as_its_full_title(written, role_id):
    # UK and Irish counsellors write "BACP accredited" or "UKCP registered", not the
    # register's full title; read at the end of the twelfth round, such a counsellor was
    # told she needs an LPC for a therapist post (and a licensed one's step down in scope
    # to intake was not seen).
    assert verdict(role_id, [written]) == "ready"


def test_a_short_ukcp_register_opens_only_posts_that_take_both_ukcp_registers():
    # "UKCP registered" does not say which of UKCP's two registers; the UK school
    # counselling post takes only the psychotherapeutic counsellors' register by name.
    assert verdict("school-counsellor", ["UKCP registered"]) != "ready"

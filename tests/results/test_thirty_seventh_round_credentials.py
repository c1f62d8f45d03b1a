"""Credentials of the twenty-eighth set's countries (thirty-seventh round, cred37).

A credential a person holds where they work is read by the name they wrote, in their
country's language or script, and never shown as a "needs"; a name in another script than
the Latin has a key of its own words, never an empty one.
"""

from __future__ import annotations

import pytest

from careermap import Background, Credential, lookup_role
from careermap.results.abbreviations import abbreviations
from careermap.results.countries import local_names
from careermap.results.name_keys import name_key, name_keys
from careermap.results.readiness import assess

GEEL = [
    "Bachelor in de verpleegkunde (psychiatrische verpleegkunde)",
    "Visum verpleegkundige (FOD Volksgezondheid)",
]
KOTOR = ["Licence to practise as a nurse (Montenegro)", "Bachelor of Nursing"]


def _assess(role_id: str, **background: object):
    role = lookup_role(role_id)
    return assess(role.entry, Background(**background), sector=role.sector, role=role.id)


@pytest.mark.parametrize(
    "role_id", ["community-mental-health-nurse", "nurse-case-manager", "nurse-educator"]
)
def test_a_belgian_nurse_s_visa_opens_the_nursing_posts(role_id):
    # The Geel family care nurse was told "Needs Registered Nurse (RN)" on the three
    # nursing posts she accepted, holding the FOD Volksgezondheid's visa.
    found = _assess(role_id, country="BE", education="bachelor", credentials=GEEL)
    assert found.verdict == "ready", str(found)
    assert "Registered Nurse" not in found.summary


def test_a_montenegrin_nurse_s_licence_opens_the_nurse_educator_post():
    found = _assess("nurse-educator", country="ME", education="bachelor", credentials=KOTOR)
    assert found.verdict == "ready", str(found)


def test_without_the_visa_the_nursing_post_still_needs_a_nurse_s_licence():
    found = _assess(
        "community-mental-health-nurse",
        country="BE",
        education="bachelor",
        credentials=["Bachelor in de verpleegkunde (psychiatrische verpleegkunde)"],
    )
    assert found.verdict == "needs"
    assert "Registered Nurse" in found.summary


def test_a_certified_social_worker_written_in_japanese_opens_the_social_work_posts():
    # The Sendai outreach worker wrote his 社会福祉士 in Japanese with an English gloss.
    held = ["社会福祉士 (Certified Social Worker)"]
    found = _assess("hospital-social-worker", country="JP", education="bachelor", credentials=held)
    assert found.verdict == "ready", str(found)
    assert "Shakai Fukushishi" not in found.summary


def test_japan_names_its_peer_support_training_in_the_us_certification_s_place():
    found = _assess("peer-support-specialist", country="JP", education="bachelor")
    assert "does not know" not in str(found)
    assert "障害者ピアサポート研修" in str(found)


@pytest.mark.parametrize(
    "text",
    [
        "社会福祉士",
        "精神保健福祉士 (Psychiatric Social Worker)",
        "Лиценца за психолог",
        "ترخيص مزاولة",
    ],
)
def test_a_name_in_another_script_has_a_key_of_its_own_words(text):
    assert name_key(text)
    assert name_keys(text)


def test_the_gloss_of_a_name_in_another_script_is_not_its_key():
    # "(Certified Social Worker)" glosses 社会福祉士; read as the key it would hold any
    # credential whose name is "certified social worker" anywhere.
    assert name_key("社会福祉士 (Certified Social Worker)") == name_key("社会福祉士")
    assert name_key("社会福祉士") != name_key("Certified Social Worker")


def test_two_names_in_japanese_are_two_credentials():
    assert name_key("社会福祉士") != name_key("精神保健福祉士")
    assert name_key("社会福祉士") != name_key("介護福祉士")


def test_a_name_listed_in_place_is_never_dropped_for_an_empty_key():
    # A name whose key is empty was the plain form of every name before it (the empty
    # set is a subset of any): it was left out of what the verdict names.
    licence = Credential(
        name="Social work licence",
        kind="licence",
        countries=("US",),
        equivalents=("Shakai Fukushishi", "(JP)"),
        in_place={"JP": ("Shakai Fukushishi", "(JP)")},
    )
    assert local_names(licence, "JP") == ("Shakai Fukushishi", "(JP)")


def test_a_dutch_level_of_vocational_education_names_no_credential():
    # "MBO-2 Beveiliger" (a security guard's diploma) held the US peer certification by
    # the MBO of the Dutch peer expert's "MBO 4" qualification.
    assert abbreviations("MBO-2 Beveiliger") == frozenset()
    found = _assess(
        "peer-support-specialist",
        country="CW",
        education="certificate",
        credentials=["MBO-2 Beveiliger"],
    )
    assert found.verdict != "ready"


@pytest.mark.parametrize(
    "role_id", ["therapist", "clinical-psychologist", "mental-health-counsellor"]
)
def test_belgium_names_its_recognised_clinical_psychologist(role_id):
    # The Geel nurse's therapist post said what employers "in Belgium ask for in place of
    # a licence from the United States (careermap does not know which)".
    found = _assess(role_id, country="BE", education="master")
    assert found.verdict == "needs"
    assert "Erkend klinisch psycholoog" in found.summary
    assert "does not know" not in found.summary
    held = ["Erkend klinisch psycholoog (Zorg en Gezondheid)", "Visum klinisch psycholoog"]
    found = _assess(role_id, country="BE", education="master", credentials=held)
    assert found.verdict == "ready", str(found)

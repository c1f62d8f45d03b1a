"""Skills a narrative names by what the person did (thirty-eighth round).

docs/semantic.md, "Thirty-eighth round": resource referral, named by "referred" or
"linked ... with", was missed in five narratives of holdout2, holdout3 and holdout4.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from careermap.resolve.clause_verbs import verb_skills
from careermap.resolve.extract import extract_skills


def skills(text: str, taxonomy) -> set[str]:
    return {s.skill_id for s in extract_skills(text, taxonomy=taxonomy, semantic=False)}


@pytest.mark.parametrize(
    "text",
    [
        "I screened for depression and referred people to the health centre.",
        "I helped them with rent arrears, and got them linked in with drug services.",
        "aur serious cases ko district hospital refer karti thi.",
        "I signposted carers to local groups.",
    ],
)
def test_referring_people_is_resource_referral(default, text):
    assert "resource-referral" in skills(text, default)


@pytest.mark.parametrize(
    "text",
    [
        "I assessed families after referrals.",  # the noun: referrals received
        "Most clients were referred by their GP.",
        "Young people self-referred to the service.",
        "Clients were referred to me from the crisis team.",
        "Outcomes were linked to funding.",
        "I did not make referrals or give advice.",  # negated
        "I never referred anyone on.",
    ],
)
def test_a_referral_received_or_denied_is_not(default, text):
    assert "resource-referral" not in skills(text, default)


def test_the_finding_names_the_alias_it_was_read_as(default):
    text = "I referred people to housing services."
    (hit,) = extract_skills(text, taxonomy=default, semantic=False)
    assert (hit.skill_id, hit.matched_name, hit.method) == (
        "resource-referral",
        "making referrals",
        "alias",
    )
    assert hit.matched_name in {a.lower() for a in default.skill_index["resource-referral"].aliases}


def test_a_taxonomy_without_the_skill_reads_nothing(default):
    bare = SimpleNamespace(skill_index={})
    assert verb_skills("referred people to the health centre", bare) == []

"""Readiness reads the kind of lived experience a peer role asks for."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.lived import lived_need, lived_question
from careermap.results.readiness import assess
from careermap.taxonomy.lived import asked_for
from careermap.taxonomy.models import Entry

PEER = ["peer support", "recovery-oriented practice", "WRAP", "sharing lived experience"]
CPS = "Certified Peer Specialist"
PRS = "Peer recovery specialist certification"


def entry(**fields):
    base = {"education": "secondary", "job_zone": 4, "seniority": "entry"}
    return Entry.model_validate({**base, **fields})


@pytest.mark.parametrize(
    ("lived", "verdict"),
    [
        (["substance-use"], "ready"),
        (["mental-health", "substance-use"], "ready"),  # one kind is enough
        (True, "ready"),  # a kind not said counts, as before kinds were recorded
        (["mental-health"], "needs"),
        (["homelessness"], "needs"),
        (False, "needs"),
        (None, "needs"),
    ],
)
def test_a_peer_role_counts_only_the_kinds_it_asks_for(lived, verdict):
    coach = entry(lived_experience="required", lived_experience_of=["substance-use"])
    assert assess(coach, Background(lived_experience=lived)).verdict == verdict


def test_a_role_that_names_no_kind_takes_any():
    peer = entry(lived_experience="required")
    assert assess(peer, Background(lived_experience=["justice"])).verdict == "ready"
    assert lived_question(peer, Background(lived_experience=True)) is None
    found = assess(peer, Background(lived_experience=False))
    assert found.needs == ("lived experience of mental illness or recovery, shared at work",)


def test_a_role_that_values_lived_experience_does_not_judge_it():
    valued = entry(lived_experience="valued", lived_experience_of=["homelessness"])
    for lived in (None, ["mental-health"], True):
        assert lived_need(valued, Background(lived_experience=lived)) is None
        assert lived_question(valued, Background(lived_experience=lived)) is None


def test_the_verdict_says_which_kind_the_posts_ask_for_and_which_the_person_has(default):
    coach = lookup_role("recovery-coach", taxonomy=default)
    person = Background(lived_experience=["mental-health"], credentials=[PRS])
    found = assess(coach.entry, person, taxonomy=default)
    assert found.verdict == "needs"
    assert found.summary == (
        "Needs lived experience of substance-use recovery, shared at work (yours, as you "
        "said, is of mental illness or mental-health problems)"
    )
    # The same person is ready for a mental-health peer post (once certified).
    peer = lookup_role("peer-support-specialist", taxonomy=default)
    person = Background(lived_experience=["mental-health"], credentials=[CPS])
    assert assess(peer.entry, person, taxonomy=default).verdict == "ready"
    # A family member's experience is not what peer specialist posts ask for.
    carer = Background(lived_experience=["family"], credentials=[CPS])
    found = assess(peer.entry, carer, taxonomy=default)
    assert found.verdict == "needs"
    assert "as the parent or carer of someone" in found.summary


def test_a_kind_not_said_is_asked_about_in_the_verdict(default):
    coach = lookup_role("recovery-coach", taxonomy=default)
    found = assess(coach.entry, Background(lived_experience=True, credentials=[PRS]))
    assert found.verdict == "ready"
    # It says, in plain words, what the posts ask for and asks if it is theirs (review34
    # P11: "your yes was read as lived experience of mental illness or recovery; the posts
    # ask for lived experience of substance-use recovery: say which kind yours is").
    assert found.summary == (
        "Ready now (you said you have lived experience; these posts ask for recovery from "
        "addiction in particular, not any lived experience: they are open to you only if "
        "that is yours (say so with --lived-experience-of substance-use))"
    )
    assert "your yes was read as" not in found.summary


def test_the_bundled_peer_roles_name_the_kinds_their_posts_ask_for(default):
    kinds = {
        role.id: {k.value for k in role.entry.lived_experience_of}
        for role in default.roles
        if role.entry is not None and role.entry.lived_experience.value == "required"
    }
    assert kinds == {
        "peer-support-specialist": {"mental-health", "substance-use"},
        "peer-support-supervisor": {"mental-health", "substance-use"},
        "recovery-coach": {"substance-use"},
        "family-peer-advocate": {"family"},
        # Twenty-seventh round: the National Lived Experience (Peer) Workforce Development
        # Guidelines' personal and family/carer workforces (docs/taxonomy-notes.md).
        # Thirty-ninth round: and lived experience of suicide, suicide prevention's own
        # kind (Roses in the Ocean's definition; docs/taxonomy-notes.md).
        "lived-experience-practitioner": {"mental-health", "substance-use", "family", "suicide"},
    }


def test_lived_experience_of_suicide_is_a_kind_people_can_give(default):
    # Thirty-ninth round (review39 P14): a woman bereaved by suicide who works in suicide
    # prevention had no kind of her own to give.
    assert Background(lived_experience=["suicide loss"]).lived_experience == ("suicide",)
    practitioner = lookup_role("lived-experience-practitioner", taxonomy=default)
    coach = lookup_role("recovery-coach", taxonomy=default)
    loss = Background(lived_experience=["suicide"])
    assert lived_question(practitioner.entry, loss) is None
    need = lived_need(coach.entry, loss)
    assert need == (
        "lived experience of substance-use recovery, shared at work (yours, as you said, is "
        "of suicide, whether thoughts, an attempt or a loss)"
    )


def test_a_ranking_and_its_explanation_say_when_the_kind_does_not_match(default):
    mind = careermap.rank_careers(
        PEER, taxonomy=default, limit=None, background={"lived_experience": ["mental-health"]}
    )
    coach = next(m for m in mind if m.role_id == "recovery-coach")
    assert coach.readiness.verdict == "needs"
    assert "lived experience of substance-use recovery" in coach.explain()
    # Advice order puts the post the person cannot take after those they can.
    peer = next(m for m in mind if m.role_id == "peer-support-specialist")
    assert peer.readiness.verdict != "needs"
    assert peer.rank < coach.rank
    # A yes, as before, is ranked as before and asked about.
    yes = careermap.rank_careers(
        PEER, taxonomy=default, limit=None, background={"lived_experience": True}
    )
    coach = next(m for m in yes if m.role_id == "recovery-coach")
    assert coach.readiness.verdict != "needs"
    assert "open to you only if that is yours" in coach.explain()


FPA = "Family Peer Advocate Credential (FTNYS)"


@pytest.mark.parametrize(
    ("wanted", "verdict"),
    [
        (["family"], "needs"),  # a yes is not a parent's or carer's experience
        (["justice"], "needs"),
        (["family", "mental-health"], "ready"),
        (["substance-use"], "ready"),
        ([], "ready"),
    ],
)
def test_a_kind_not_said_is_read_as_mental_illness_or_recovery(wanted, verdict):
    peer = entry(lived_experience="required", lived_experience_of=wanted)
    assert assess(peer, Background(lived_experience=True)).verdict == verdict


def test_a_family_role_asks_a_yes_which_kind_it_is(default):
    family = lookup_role("family-peer-advocate", taxonomy=default)
    found = assess(family.entry, Background(lived_experience=True), taxonomy=default)
    assert found.verdict == "needs"
    assert found.needs[0] == (
        "lived experience as the parent or carer of someone with mental-health or "
        "substance-use needs, shared at work (you said you have lived experience but not "
        "its kind: say if it is this kind)"
    )
    # Not asked twice: the question is in the need, not appended to the summary.
    assert found.summary.count("you said you have lived experience") == 1
    said = Background(lived_experience=["carer"], credentials=["CFPS"])
    assert assess(family.entry, said, taxonomy=default).verdict == "ready"


def test_a_family_peer_credential_shows_a_parents_lived_experience(default):
    family = lookup_role("family-peer-advocate", taxonomy=default)
    for lived in (True, None):
        person = Background(lived_experience=lived, credentials=[FPA])
        found = assess(family.entry, person, taxonomy=default)
        assert found.verdict == "ready", found.summary
        assert found.summary == "Ready now"
    # It shows a parent's experience, not the person's own recovery.
    coach = lookup_role("recovery-coach", taxonomy=default)
    found = assess(coach.entry, Background(credentials=[FPA, PRS]), taxonomy=default)
    assert found.verdict == "needs"


@pytest.mark.parametrize("role_id", ["recovery-coach", "peer-support-specialist"])
def test_a_yes_beside_a_family_peer_credential_is_read_as_a_parents(default, role_id):
    # A family peer advocate who answered yes and holds the FPA: her yes is a parent's,
    # not her own recovery, so adult peer and recovery posts say she lacks theirs.
    peer = lookup_role(role_id, taxonomy=default)
    parent = Background(lived_experience=True, credentials=[FPA, CPS, PRS])
    found = assess(peer.entry, parent, taxonomy=default)
    assert found.verdict == "needs"
    (need,) = found.needs
    assert need.startswith(f"{lived_words(peer)}, shared at work (your yes was read as ")
    assert "as the parent or carer of someone" in need
    assert "which your credentials show" in need
    assert "give its kind (--lived-experience-of)" in need
    assert "open to you only if that is yours" not in found.summary  # not asked twice
    # Her own kind, given, counts beside the credential's.
    own = Background(lived_experience=["family", "substance-use"], credentials=[FPA, CPS, PRS])
    assert assess(peer.entry, own, taxonomy=default).verdict == "ready"
    # Without the credential a yes is read as mental illness or recovery, as before.
    plain = Background(lived_experience=True, credentials=[CPS, PRS])
    assert assess(peer.entry, plain, taxonomy=default).verdict == "ready"


def lived_words(role):
    return asked_for(role.entry.lived_experience_of)


def test_the_family_peer_advocates_ranking_reads_her_yes_as_a_parents(default):
    ranking = careermap.rank_careers(
        ["peer support", "parent engagement", "advocacy", "active listening"],
        taxonomy=default,
        limit=None,
        background={"lived_experience": True, "credentials": [FPA]},
    )
    verdicts = {m.role_id: m.readiness.verdict for m in ranking}
    assert verdicts["family-peer-advocate"] == "ready"
    assert verdicts["recovery-coach"] == "needs"
    assert verdicts["peer-support-specialist"] == "needs"
    coach = next(m for m in ranking if m.role_id == "recovery-coach")
    assert "your yes was read as lived experience as the parent or carer" in coach.explain()


@pytest.mark.parametrize(
    ("wanted", "asked"),
    [
        (["mental-health", "substance-use"], True),  # a peer support specialist's posts
        (["mental-health"], True),
        (["substance-use"], False),  # a recovery coach's: refused, as before
        (["family"], False),
        (["mental-health", "suicide"], False),  # met: the kind is asked for
    ],
)
def test_lived_experience_of_suicide_is_asked_not_refused_by_a_mental_health_post(wanted, asked):
    # Forty-second round (review42 P2): a paid peer worker who uses her own suicide attempt
    # at work was told the peer posts asked for another kind.
    peer = entry(lived_experience="required", lived_experience_of=wanted)
    person = Background(lived_experience=["suicide"])
    assert (lived_question(peer, person) is not None) is asked
    if asked:
        assert lived_need(peer, person) is None
        assert "your own suicidal thoughts or attempt" in lived_question(peer, person)
        assert assess(peer, person).verdict == "ready"
    elif "suicide" not in wanted:
        assert lived_need(peer, person) is not None


def test_a_loss_to_suicide_is_not_read_as_lived_experience_of_mental_illness():
    peer = entry(lived_experience="required", lived_experience_of=["mental-health"])
    yes = Background(lived_experience=True)
    loss = ["my lived experience of losing my son to suicide"]
    own = ["Peer Worker (lived experience of suicide)"]
    # A yes read from a text as the suicide kind: asked when not a loss, refused when one.
    assert lived_question(peer, yes, written=["suicide"], texts=own) is not None
    assert lived_need(peer, yes, written=["suicide"], texts=own) is None
    assert lived_question(peer, yes, written=["suicide"], texts=loss) is None
    need = lived_need(peer, yes, written=["suicide"], texts=loss)
    assert need is not None
    assert need.startswith("lived experience of mental illness")


def test_a_peer_worker_with_lived_experience_of_suicide_sees_the_peer_posts_open(default):
    person = {
        "lived_experience": True,
        "current_role": "Peer Worker (lived experience of suicide), suicide aftercare service",
        "country": "AU",
    }
    ranking = careermap.rank_careers(PEER, taxonomy=default, limit=None, background=person)
    by_id = {match.role_id: match for match in ranking}
    for role_id in ("peer-support-specialist", "peer-support-supervisor"):
        assert "your kind" not in by_id[role_id].readiness.summary
    # Her title names the peer support specialist's post since the forty-second round
    # (role42: "Peer worker"), so it is her current job; the step she asks for asks.
    assert by_id["peer-support-specialist"].readiness.verdict == "current"
    supervisor = by_id["peer-support-supervisor"].readiness.summary
    assert "your own suicidal thoughts or attempt" in supervisor

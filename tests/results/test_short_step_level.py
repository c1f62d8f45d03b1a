"""A short step does not hide how far a post sits from the person's years (twenty-first round).

A certify verdict ("Ready after a short step") was returned before the post's level was
judged, so an addiction counsellor of 18 years, accredited and a supervisor, was offered
an entry-level recovery coach post first ("a short step: the certification"), a post his
counsellor rejects. By years it is a step down, certification or not.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role
from careermap.results.current import own_seniority
from careermap.results.readiness import role_readiness
from careermap.taxonomy.entry import Seniority


def _verdict(role_id, years, **background):
    person = Background(
        education="certificate",
        years_experience=years,
        lived_experience=["substance-use"],
        country="US",
        **background,
    )
    role = lookup_role(role_id)
    found = role_readiness(role, person, taxonomy=careermap.load_taxonomy(), shown=None)
    assert found is not None
    return found


def test_a_senior_counsellor_is_told_a_peer_post_is_a_step_down():
    found = _verdict("recovery-coach", 18)
    assert found.verdict == "step-down", found
    assert found.summary.startswith("A step down: an entry-level role after 18 years")
    assert "also a short step" in found.summary
    # The certification is still named among what the post asks.
    assert any("recovery coach" in need.lower() for need in found.needs), found.needs


def test_fewer_years_keep_the_short_step():
    found = _verdict("recovery-coach", 7)
    assert found.verdict == "certify", found
    assert found.summary.startswith("Ready after a short step")


def test_a_person_open_to_a_step_down_sees_the_same_words():
    found = _verdict("recovery-coach", 18, step_back=True)
    assert found.verdict == "step-down", found  # advice order then keeps it with the ready


def test_a_step_by_education_keeps_the_short_step():
    # A graduate in recovery taking a peer post asking a school diploma: peer posts are
    # entered by lived experience, so only the years decide (docs/scoring.md).
    found = _verdict("recovery-coach", 7, credentials=[])
    graduate = Background(
        education="master",
        years_experience=7,
        lived_experience=["substance-use"],
        country="US",
    )
    role = lookup_role("recovery-coach")
    taxonomy = careermap.load_taxonomy()
    assert role_readiness(role, graduate, taxonomy=taxonomy, shown=None).verdict == "certify"
    assert found.verdict == "certify"


def test_years_of_entry_level_work_make_no_step_down_into_entry_level_work():
    # Twenty-fifth round (a counsellor's review of the sixteenth set): a support worker of
    # 22 years was told "A step down: an entry-level role after 22 years" of the peer
    # posts she wants. A person whose own job is entry-level (their title names an
    # entry-level role) is not stepping down into another; starter_pay already said so.
    peer = _verdict("recovery-coach", 22, current_role="Peer support specialist")
    assert peer.verdict == "certify", peer
    assert peer.summary.startswith("Ready after a short step")
    assert "starter" not in f"{peer.summary} {peer.notes}"
    navigator = _verdict("care-navigator", 22, current_role="Peer support specialist")
    assert navigator.verdict == "ready", navigator
    # No title given, or a job above entry level, keeps the step down. A title naming no
    # role says nothing of the level its years reached: the starter's pay is named instead
    # (thirty-third round, review 32 P5; test_helping_years.py).
    untitled = _verdict("care-navigator", 22)
    assert untitled.summary.startswith("A step down: an entry-level role after 22 years")
    unknown = _verdict("care-navigator", 22, current_role="Kaimahi")
    assert unknown.verdict == "ready", unknown
    assert "starter's wage" in " ".join(unknown.notes)
    senior = _verdict("care-navigator", 22, current_role="Clinical supervisor")
    assert senior.verdict == "step-down", senior


def test_a_title_naming_only_entry_level_kinds_of_work_counts_as_entry_level():
    # Twenty-fifth round (review 25b, finding 2): the Rotorua kaimahi of 22 years, whose
    # title names no role, was still told "A step down: an entry-level role after 22
    # years" of the peer posts she wants. Every role whose name ends in her title's head,
    # "support worker" (peer, housing, youth, family and mental health support workers,
    # the social services assistant), is entry-level, so her job is.
    taxonomy = careermap.load_taxonomy()
    kaimahi = "Kaimahi / Community Support Worker (kaupapa Māori residential)"
    assert own_seniority(kaimahi, taxonomy) is Seniority.ENTRY
    navigator = _verdict("care-navigator", 22, current_role=kaimahi)
    assert navigator.verdict == "ready", navigator
    assert "starter" not in f"{navigator.summary} {navigator.notes}"
    peer = _verdict("peer-support-specialist", 22, current_role="Community Support Worker")
    assert peer.verdict != "step-down", peer
    # A head that ends roles of several levels ("worker": social workers are mid-level)
    # says nothing: years make no step down under it, the starter's pay is named
    # (thirty-third round, review 32 P5).
    assert own_seniority("Project worker", taxonomy) is None
    project = _verdict("care-navigator", 22, current_role="Project worker")
    assert project.verdict == "ready", project
    assert "starter's wage" in " ".join(project.notes)


def test_a_graduate_holding_the_peer_certification_is_no_step_down_by_her_degree():
    # Thirty-eighth round (cred38, review38 P2): once the French peer mediator's licence
    # was read as the peer certification, the Saint-Pierre mediator (a bachelor's, four
    # years in post) was told her own post was "Below your bachelor's degree: an
    # entry-level role asking for a secondary school diploma" and it fell from first to
    # 24th. A peer post is entered by lived experience, not a degree: holding its
    # credential makes it no more a step down by education than lacking it did.
    taxonomy = careermap.load_taxonomy()
    role = lookup_role("peer-support-specialist")

    def verdict(**background: object) -> str:
        person = Background(
            education="bachelor", years_experience=4, lived_experience=True, **background
        )
        found = role_readiness(role, person, taxonomy=taxonomy, shown=None)
        assert found is not None
        return found.verdict

    assert verdict(country="US", credentials=["Certified Peer Specialist (CPS)"]) == "ready"
    msp = "Licence Sciences sanitaires et sociales, parcours médiateurs de santé-pairs"
    assert verdict(country="RE", credentials=[msp]) == "ready"
    assert verdict(country="FR", credentials=[msp]) == "ready"
    assert verdict(country="RE", credentials=[]) == "certify"  # the licence is a short step
    # Years still make a step down, and so does a licence above the post's scope.
    director = Background(
        education="bachelor",
        years_experience=20,
        lived_experience=True,
        country="US",
        credentials=["Certified Peer Specialist (CPS)"],
        current_role="Clinical director",
    )
    assert role_readiness(role, director, taxonomy=taxonomy, shown=None).verdict == "step-down"

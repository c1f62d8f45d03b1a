"""An assistant psychologist's words for cognitive testing and behaviour plans (fifteenth round).

Added after reading the sixth set's detail: the assistant psychologist's "cognitive
assessment (ACE-III, WAIS-IV, WMS)" and "positive behaviour support plans" were unread, so
research and evaluation posts told her to learn listening skills she uses in every test
session. Sources in docs/taxonomy-notes.md ("Assessment, audit and behaviour plans").
"""

from __future__ import annotations

from tests.taxonomy.vocabulary import misread, resolved, shared_names

EXPECTED = {
    # O*NET 19-3039.03 Clinical Neuropsychologists: administer and score cognitive tests.
    "cognitive assessment (ACE-III, WAIS-IV, WMS)": "psychometric-testing",
    "neuropsychological assessments": "psychometric-testing",
    # A PBS plan is the behaviour support plan of Positive Behaviour Support (BILD).
    "positive behaviour support plans": "behaviour-support",
}


def test_assessment_terms_resolve_without_the_semantic_layer(default):
    wrong = misread(EXPECTED, default)
    assert not wrong, wrong


def test_no_new_alias_takes_a_name_of_another_skill(default):
    shared = shared_names(EXPECTED, default)
    assert not shared, shared


def test_bare_audit_and_assessment_stay_unresolved(default):
    # A financial or a data-protection audit is not clinical audit; "assessment" alone names
    # no one practice (risk, needs, clinical, psychometric).
    for text in ("audit", "audits", "assessment"):
        assert resolved(text, default) is None, text

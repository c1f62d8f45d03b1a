"""Thirty-first round (youth31, review 31 P6): the psilocybin facilitator and horticultural therapy.

docs/taxonomy-notes.md, "Roles the twenty-second set's people lack".
"""

from __future__ import annotations

import careermap
from careermap.results.current import current_role

ROLE = "psychedelic-facilitator"


def test_the_psilocybin_facilitator_is_a_licensed_post_of_the_united_states(default):
    role = default.role_index[ROLE]
    assert role.countries == ("US",)
    assert role.entry is not None
    assert role.entry.education.value == "secondary"
    licence = {c.id: c for c in role.entry.written}["psilocybin-facilitator-licence"]
    assert licence.required


def test_a_licensed_facilitators_title_names_the_role(default):
    held = current_role("Licensed psilocybin facilitator (Oregon Psilocybin Services)", default)
    assert held is not None
    assert held.id == ROLE


def test_horticultural_therapy_is_read_as_therapeutic_recreation(default):
    for text in ("horticultural therapy", "social and therapeutic horticulture"):
        match = careermap.resolve_skill(text, taxonomy=default)
        assert match.skill_id == "therapeutic-recreation", text

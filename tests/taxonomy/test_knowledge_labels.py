"""O*NET knowledge areas are shown in plain words; their ids and O*NET names stay.

A counsellor reading a gap list to a client says "law and regulation", not
"Law and government"; "Sociology and anthropology" told a counsellor nothing about what to
learn (docs/taxonomy-notes.md, "Knowledge areas in plain words"). The label is display
only: the id, the O*NET code and the O*NET name (an alias) do not change.
"""

from __future__ import annotations

import pytest

import careermap

#: O*NET 29.3 Knowledge.txt element names, by the bundled skill id that carries the code.
ONET_NAMES = {
    "administration-and-management": ("2.C.1.a", "Administration and Management"),
    "administrative": ("2.C.1.b", "Administrative"),
    "customer-and-personal-service": ("2.C.1.e", "Customer and Personal Service"),
    "personnel-and-human-resources": ("2.C.1.f", "Personnel and Human Resources"),
    "computers-and-electronics": ("2.C.3.a", "Computers and Electronics"),
    "sociology-and-anthropology": ("2.C.4.f", "Sociology and Anthropology"),
    "medicine-and-dentistry": ("2.C.5.a", "Medicine and Dentistry"),
    "education-and-training": ("2.C.6", "Education and Training"),
    "public-safety-and-security": ("2.C.8.a", "Public Safety and Security"),
    "law-and-government": ("2.C.8.b", "Law and Government"),
}
#: Knowledge areas whose O*NET name is already plain words, kept as the label.
PLAIN_ALREADY = {"psychology", "therapy-and-counseling"}


@pytest.mark.parametrize("skill_id", sorted(ONET_NAMES))
def test_label_is_plain_words_and_the_onet_name_still_resolves(skill_id, default):
    code, onet_name = ONET_NAMES[skill_id]
    skill = default.skill_index[skill_id]
    assert skill.codes.get("onet") == code
    assert skill.label.casefold() != onet_name.casefold(), f"{skill_id}: still the O*NET name"
    # Short enough to be drawn whole in a plot's list of gaps (careermap.plot, 26 characters).
    assert len(skill.label) <= 26, skill.label
    match = careermap.resolve_skill(onet_name, taxonomy=default)
    assert match.skill_id == skill_id
    assert match.method in {"exact", "alias"}


def test_every_knowledge_area_is_listed_or_plain_already(default):
    coded = {s.id for s in default.skills if s.codes.get("onet", "").startswith("2.C.")}
    assert coded == set(ONET_NAMES) | PLAIN_ALREADY


def test_a_gap_is_shown_under_the_plain_label(default):
    ranking = careermap.rank_careers(
        ["safety planning", "crisis intervention", "trauma-informed care"],
        taxonomy=default,
        limit=len(default.roles),
    )
    advocate = next(m for m in ranking if m.role_id == "victim-advocate")
    labels = {gap.label for gap in advocate.gaps if gap.skill_id == "law-and-government"}
    assert labels == {"Law and regulation"}

"""A record word last reads the system before it (twenty-sixth round).

Review 26 (P1a): "Cerner notes", "RiO notes", "EMIS notes" and "Kipu EHR" matched nothing,
though Cerner, RiO, EMIS and Kipu are aliases of *Electronic health records*, as "Kipu
charting" already read Kipu. A record word last ("notes", "documentation", "records",
"EHR", "EMR", "journal") now peels as "charting" does: what it leaves is read.

Measured and left out: reading the notes as *Clinical documentation* beside the system
(a split, "Cerner notes" naming two skills), a bare "notes" left by the with-whom words
("notes in Credible within 24h") and the record word after a system the taxonomy does not
know ("PointClickCare charting"). Each reading is right, and each lowered a persona set
(docs/taxonomy-notes.md, twenty-sixth round).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.parts import Split, split_phrase


@pytest.mark.parametrize(
    "text",
    ["Cerner notes", "RiO notes", "EMIS notes", "Kipu EHR", "Kipu EMR", "MidtEPJ journal"],
)
def test_the_system_before_a_record_word_is_read(text, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert (found.skill_id, found.method) == ("electronic-health-records", "part"), found


@pytest.mark.parametrize(
    "text",
    [
        "Lecture notes",  # names nothing before the record word
        "reviewing medical documentation",  # a doing word first: not "reviewing medical"
        "mood journal",
        "notes in the EHR",  # "in the" is where, not a system
    ],
)
def test_no_record_reading(text, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert found.method != "part", found


def test_a_name_ending_in_a_record_word_is_matched_whole(default):
    found = careermap.resolve_skill("case notes", taxonomy=default, semantic=False)
    assert (found.skill_id, found.method) == ("clinical-documentation", "alias")


def test_the_readings():
    assert Split(("Cerner",)) in split_phrase("Cerner notes")
    assert Split(("reviewing medical",)) not in split_phrase("reviewing medical documentation")
    heads = [split.required for split in split_phrase("progress notes in the EHR")]
    assert ("progress notes",) in heads
    assert ("progress notes in the",) not in heads

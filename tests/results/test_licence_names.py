"""The licences a note names: the few asked where the person works, the rest counted.

careermap.results.licence_names (thirty-third round, cred33): the therapist's post takes
sixteen licences; a note on a licence careermap does not know named them all, and a
person in the United Kingdom read the notes of every Canadian, Australian and
Singaporean one.
"""

from __future__ import annotations

import re

from careermap import Background, lookup_role
from careermap.results.licences import NAMED_LICENCES
from careermap.results.readiness import assess

#: A licence of a therapist's practice careermap does not know.
UNKNOWN = "Licensed Psychotherapist (Counsellors and Psychologists Board)"


def _verdict(taxonomy, **given):
    background = Background(**{"education": "master", "years_experience": 4, **given})
    return assess(lookup_role("therapist").entry, background, taxonomy=taxonomy)


def _unknown_note(found):
    notes = [n for n in found.notes if n.startswith(repr(UNKNOWN))]
    assert len(notes) == 1, found.notes
    return notes[0]


def test_an_unknown_licence_note_names_the_country_s_licences_first_and_counts_the_rest(
    taxonomy,
):
    note = _unknown_note(_verdict(taxonomy, credentials=[UNKNOWN], country="GB"))
    named = note.split("in place of ", 1)[1].split(", or another licence", 1)[0]
    assert named.startswith("BACP registered counsellor")  # the UK's names, not the LPC's
    assert len(re.split(r", | or ", named)) <= NAMED_LICENCES
    assert "Singapore" not in note
    assert "CRPO" not in note
    assert "Licensed Professional" not in note
    count = re.search(r"another licence of this practice the post takes \((\d+) more\)", note)
    assert count is not None
    assert int(count[1]) > 10


def test_an_unknown_licence_note_names_the_post_s_first_where_the_country_has_none(taxonomy):
    note = _unknown_note(_verdict(taxonomy, credentials=[UNKNOWN], country="DE"))
    assert "Licensed Professional Counselor (LPC/LMHC), Licensed Clinical" in note
    assert "PACFA" not in note
    assert "(13 more)" in note


def test_the_notes_on_a_post_s_licences_are_those_asked_in_the_person_s_country(taxonomy):
    british = _verdict(taxonomy, country="GB")
    assert any(n.startswith("BABCP accredited") for n in british.notes)
    assert not any(
        n.startswith(("PACFA", "Singapore", "Registered Psychotherapist (CRPO)"))
        for n in british.notes
    )
    # No country, or one careermap knows nothing of: every licence's note, as before.
    assert len(_verdict(taxonomy).notes) == len(_verdict(taxonomy, country="DE").notes) == 16

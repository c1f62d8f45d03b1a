"""Job titles of the thirty-fifth round (read35, review35 P8) that name a role."""

from __future__ import annotations

import pytest

from careermap import load_taxonomy
from careermap.results.current import current_role


@pytest.mark.parametrize(
    ("title", "role", "whole"),
    [
        ("Youth Wellness Navigator (walk-in youth wellness hub)", "care-navigator", True),
        ("Youth wellness hub navigator", "care-navigator", True),
        ("Entrevistadora forense", "forensic-interviewer", True),
        ("Entrevistador forense, Cámara Gesell", "forensic-interviewer", True),
        (
            "Psicóloga entrevistadora forense (Cámara Gesell), centro de entrevistas"
            " del Poder Judicial",
            "forensic-interviewer",
            False,
        ),
    ],
)
def test_titles_name_their_role(title: str, role: str, whole: bool) -> None:
    taxonomy = load_taxonomy()
    found = current_role(title, taxonomy)
    assert found is not None
    assert found.id == role
    held_whole = current_role(title, taxonomy, whole=True)
    assert (held_whole is not None and held_whole.id == role) is whole


@pytest.mark.parametrize("title", ["Youth navigator", "Psicóloga forense", "Navigator"])
def test_near_titles_name_no_role(title: str) -> None:
    assert current_role(title, load_taxonomy()) is None

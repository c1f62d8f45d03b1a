"""Words naming a post in every field, read from O*NET (careermap.results.generic_posts)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import careermap
from careermap.results.current import kind_roles
from careermap.results.generic_posts import GENERIC_POSTS, ONET_GROUPS, names_its_field


def test_the_generic_posts_are_those_o_net_titles_end_in_over_half_its_groups(
    onet_dir: Path,
) -> None:
    groups: dict[str, set[str]] = {}
    with (onet_dir / "Alternate Titles.txt").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            words = re.findall(r"[a-z]+", row["Alternate Title"].lower())
            if words:
                groups.setdefault(words[-1], set()).add(row["O*NET-SOC Code"][:2])
    majors = set().union(*groups.values())
    assert len(majors) == 23
    wide = {word for word, found in groups.items() if len(found) * 2 > len(majors)}
    assert wide == set(ONET_GROUPS.split())
    # A profession's word ends titles in few groups: it names its kind alone.
    for word in ("counselor", "nurse", "therapist", "psychologist", "chaplain"):
        assert len(groups[word]) * 2 < len(majors), word


@pytest.mark.parametrize(
    ("post", "named"),
    [
        ("Healthcare assistant", True),
        ("Youth worker", True),
        ("Social Work Assistant", True),
        ("Casino table games dealer and floor supervisor", False),
        ("Floor supervisor", False),
        ("Creamery worker", False),
        ("Physician assistant", False),
        ("Assistant manager", False),  # a generic word before a generic word
        ("Supervisor", False),
    ],
)
def test_a_generic_post_names_its_field_after_a_known_word(post: str, named: bool) -> None:
    assert names_its_field(post, careermap.load_taxonomy()) is named


def test_the_kind_of_a_generic_post_needs_its_field() -> None:
    taxonomy = careermap.load_taxonomy()
    assert {"work", "assistant", "supervisor", "offic"} <= GENERIC_POSTS
    assert not {"counselor", "nurse", "therapist", "psychologist"} & GENERIC_POSTS
    assert kind_roles("Floor supervisor", taxonomy) == frozenset()
    assert kind_roles("Casino floor supervisor", taxonomy) == frozenset()
    assert "social-services-assistant" in kind_roles("Healthcare assistant", taxonomy)
    # A profession's last word names its kind with any word before it.
    assert kind_roles("Forensic psychologist", taxonomy) >= {"clinical-psychologist"}


def test_a_clinical_nurse_manager_is_a_nurse_of_any_grade() -> None:
    # review33 P4: "Clinical Nurse Manager 2, ECT suite" named no kind (its last word, 2),
    # and without its grade the managers' kind; O*NET lists it under 29-1141.04.
    taxonomy = careermap.load_taxonomy()
    for held in (
        "Clinical Nurse Manager 2, ECT suite",
        "Clinical Nurse Manager 1 (clozapine and depot clinics, community mental health)",
        "Clinical nurse manager",
        "Senior Clinical Nurse Manager III",
    ):
        assert kind_roles(held, taxonomy) == {"mental-health-nurse-specialist"}, held
    # The code's own title, of a specialty not named, is of that kind too.
    assert kind_roles("Clinical nurse specialist", taxonomy) == {"mental-health-nurse-specialist"}
    # "Nurse Manager" is O*NET's health services manager (11-9111.00): not read so.
    assert "mental-health-nurse-specialist" not in kind_roles("Nurse manager", taxonomy)

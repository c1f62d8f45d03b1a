"""Experience in place of a degree: "a bachelor's degree or equivalent experience"."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import careermap
from careermap import Entry, TaxonomyError
from careermap.resolve.profile import Background
from careermap.results.experience import PastRole, Shown
from careermap.results.readiness import assess

TRAINER = Entry(
    education="bachelor",
    job_zone=4,
    experience_for_degree={
        "of": "training or teaching adults",
        "skills": ["training-delivery"],
        "words": ["trainer"],
        "years": 4,
    },
)


def shown(title: str | None, text: str = "", past=()) -> Shown:
    job = f" {title.lower()} " if title else None
    return Shown(text=f" {text} {job or ''} ", job=job, title=title, past=past)


def test_years_under_a_title_that_shows_the_work_stand_in_for_the_degree():
    held = Background(education="secondary", years_experience=5, current_role="Peer trainer")
    found = assess(TRAINER, held, shown=shown("Peer trainer"))
    assert found is not None
    assert found.verdict == "ready"
    assert found.summary == (
        "Ready now: most postings ask for a bachelor's degree or 4 years' experience of "
        "training or teaching adults, which you have"
    )
    assert found.notes[-1] == (
        "Your 5 years as Peer trainer count as experience of training or teaching adults in "
        "place of a bachelor's degree; some employers ask for the degree itself"
    )


def test_too_few_years_or_another_job_keep_the_degree_and_name_the_route():
    few = Background(education="secondary", years_experience=2, current_role="Peer trainer")
    found = assess(TRAINER, few, shown=shown("Peer trainer"))
    assert found is not None
    assert found.summary == (
        "Needs a bachelor's degree (or 4 years' experience of training or teaching adults; "
        "what you wrote shows 2)"
    )
    # A trainer's skill beside a barista's job shows the work but counts no years of it.
    other = Background(education="secondary", years_experience=9, current_role="Barista")
    found = assess(TRAINER, other, shown=shown("Barista", "trainer"))
    assert found is not None
    assert found.summary == (
        "Needs a bachelor's degree (or 4 years' experience of training or teaching adults)"
    )
    # Without what the person wrote, the degree is asked, with the route beside it.
    found = assess(TRAINER, few, shown=None)
    assert found is not None
    assert found.verdict == "needs"


def test_years_under_another_title_count():
    past = (PastRole(title="Peer trainer", job=" peer trainer ", years=6),)
    held = Background(
        education="secondary",
        years_experience=9,
        current_role="Barista",
        experience={"Peer trainer": 6},
    )
    found = assess(TRAINER, held, shown=shown("Barista", past=past))
    assert found is not None
    assert found.verdict != "needs"
    assert "Your 6 years as Peer trainer" in found.notes[-1]


def test_a_degree_held_says_nothing_of_the_route():
    held = Background(education="bachelor", years_experience=5, current_role="Peer trainer")
    found = assess(TRAINER, held, shown=shown("Peer trainer"))
    assert found is not None
    assert "most postings ask" not in found.summary
    assert not any("in place of" in note for note in found.notes)


ROLE = """\
sectors:
  - {id: s, label: S}
skills:
  - {id: a, label: A}
roles:
  - id: r
    title: R
    sector: s
    requirements: [{skill: a}]
    entry:
"""


def load(tmp_path: Path, entry: str) -> careermap.Taxonomy:
    path = tmp_path / "t.yaml"
    path.write_text(ROLE + textwrap.indent(textwrap.dedent(entry), "      "), encoding="utf-8")
    return careermap.load_taxonomy(path)


def test_a_route_needs_years_and_known_skills(tmp_path):
    taxonomy = load(
        tmp_path,
        """\
        education: bachelor
        job_zone: 4
        experience_for_degree: {of: the work, skills: [a], years: 3}
        """,
    )
    entry = taxonomy.role_index["r"].entry
    assert entry is not None
    assert entry.experience_for_degree is not None
    assert entry.experience_for_degree.years == 3
    for bad, said in (
        ("{of: the work, skills: [a]}", "needs years"),
        ("{of: the work, skills: [a], years: 3, preferred: true}", "cannot be preferred"),
        ("{of: the work, skills: [nope], years: 3}", "nope"),
    ):
        with pytest.raises(TaxonomyError) as info:
            load(tmp_path, f"education: bachelor\njob_zone: 4\nexperience_for_degree: {bad}\n")
        assert said in str(info.value)


def test_a_route_stands_in_for_a_post_secondary_qualification_only():
    with pytest.raises(ValueError, match="post-secondary qualification only"):
        Entry(
            education="secondary",
            job_zone=2,
            experience_for_degree={"of": "x", "skills": ["a"], "years": 2},
        )

"""Notes, brackets naming the skill, roles and lists of whom (twenty-fourth round).

Review 24 (the fifteenth set read by a counsellor, finding 1): texts naming the person's
core practice were left unread because a bracket of topics, people or formats named
"another skill" ("counselling (phone and video)": *Telehealth*), a list part named
nothing ("988 calls, chats & texts"), a bracket stood mid-text ("R (beginner) and
SPSS"), the skill was only in the bracket ("secondment to ... (programme evaluation)")
or was followed by a role noun ("C-SSRS screener"). careermap.resolve.notes reads the
notes; brackets naming a practice still compete with the name before them. Reading a
doing word before a list of whom ("interviewing kids, parents, teachers") was measured
and left out (docs/taxonomy-notes.md).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.notes import is_note, without_notes


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # a bracket of formats, counts, conditions, problems, people or a level is a note,
        # even when a word of it is an alias elsewhere ("video": telehealth)
        ("counselling (phone and video, up to 6 sessions)", "counselling"),
        ("CBT (anxiety, exam stress, family issues)", "cognitive-behavioural-therapy"),
        ("case management (adults and older adults)", "case-management"),
        ("motivational interviewing (depression, PTSD)", "motivational-interviewing"),
        ("SPSS (n=300)", "statistical-analysis"),
        # a note in mid-text
        ("R (beginner) and SPSS", "statistical-analysis"),
        # list parts naming only a channel
        ("988 calls, chats & texts", "crisis-line-work"),
        ("988 calls and chats", "crisis-line-work"),
        # a setting last
        ("crisis intervention onsite", "crisis-intervention"),
        # only the bracket names a skill, by its label or alias
        (
            "secondment to National Office research & analysis (programme evaluation)",
            "programme-evaluation",
        ),
        ("intake en diagnostiek (DSM-5)", "diagnosis"),
        # a role or a course named by its practice
        ("C-SSRS screener", "suicide-risk-assessment"),
        ("504 coordinator", "individualised-education-plans"),
        ("policy analysis course online (2025)", "policy-analysis"),
        # webinars are workshops given online; for whom, organisations too
        (
            "wellbeing webinars for client companies (stress, sleep, menopause)",
            "mental-health-awareness-training",
        ),
    ],
)
def test_notes_are_read_around(default, text, skill):
    match = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert match.skill_id == skill, match
    assert match.method == "part"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a bracket naming a practice competes with the name before it, as before
        (
            "co-facilitating groups (Living in Balance, relapse prevention)",
            ["group-facilitation", "relapse-prevention"],
        ),
        ("statistics (SPSS, CBT)", ["statistical-analysis", "cognitive-behavioural-therapy"]),
    ],
)
def test_a_bracket_naming_a_practice_still_competes(default, text, named):
    match = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert match.skill_id is None
    assert [c.skill_id for c in match.alternatives[:2]] == named


@pytest.mark.parametrize(
    "text",
    [
        # a bracket only near a name ("working group": *group work*) is not read
        "rewrote our investigation procedures (working group)",
        # nor one with a part naming nothing
        "youth refuge work (cooking, budgeting, Centrelink)",
        # channels alone, and languages below fluency, whatever their notes
        "phone and video",
        "te reo Maori (beginner)",
        # a bracket saying the skill is not held is no note
        "counselling (received, anxiety)",
        # a channel last is not a note: online therapy is telehealth
        "running therapy sessions online",
    ],
)
def test_what_stays_unread(default, text):
    assert careermap.resolve_skill(text, taxonomy=default, semantic=False).skill_id is None


def test_what_is_a_note():
    assert is_note("phone and video, up to 6 sessions")
    assert is_note("Year 7 pupils and their parents")
    assert is_note("2019-2021")
    assert not is_note("supervising staff")  # doing something to people: a practice
    assert not is_note("managing conflicts")
    assert not is_note("parenting groups")
    assert not is_note("learning")  # still being learned: not held
    assert without_notes("CBT") is None
    assert without_notes("statistics (SPSS, R)") is None
    assert without_notes("phone, chat") is None

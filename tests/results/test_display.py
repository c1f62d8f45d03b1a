"""Results show themselves: short reprs, escaped HTML, dicts and JSON."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

import careermap
from careermap import (
    Ranking,
    Requirement,
    Role,
    RoleMatch,
    Sector,
    Skill,
    SkillRelation,
    Taxonomy,
    career_paths,
    compare_roles,
    rank_careers,
    resolve_skill,
    upskilling,
)
from careermap.base.html import MAX_ROWS

HOSTILE = '<script>alert("x")</script> & <b>'

VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col"}


class Balanced(HTMLParser):
    """Collects tags; fails on a close tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Balanced:
    assert "\n\n" not in markup, "a blank line would end a Markdown HTML block"
    parser = Balanced()
    parser.feed(markup)
    parser.close()
    assert not parser.stack, f"unclosed: {parser.stack}"
    assert "script" not in parser.tags
    return parser


@pytest.fixture(scope="module")
def hostile() -> Taxonomy:
    """A taxonomy whose every text is markup, as an organisation's own file might hold."""
    return Taxonomy(
        name="hostile",
        sectors=(Sector(id="odd", label=HOSTILE),),
        skills=(
            Skill(
                id="a",
                label=f"A {HOSTILE}",
                aliases=("alpha <i>",),
                description=HOSTILE,
                codes={"x": "<y>"},
            ),
            Skill(id="b", label=f"B {HOSTILE}"),
            Skill(id="c", label=f"C {HOSTILE}"),
        ),
        relations=(
            SkillRelation.model_validate(
                {"from": "a", "to": "b", "weight": 0.5, "reason": HOSTILE}
            ),
        ),
        roles=(
            Role(
                id="r1",
                title=f"R1 {HOSTILE}",
                sector="odd",
                description=HOSTILE,
                requirements=(
                    Requirement(skill="a"),
                    Requirement(skill="b"),
                    Requirement(skill="c"),
                ),
            ),
            Role(
                id="r2",
                title=f"R2 {HOSTILE}",
                sector="odd",
                requirements=(Requirement(skill="b", level=5), Requirement(skill="c")),
            ),
        ),
    )


def test_ranking_html_escapes_every_text(hostile):
    ranking = rank_careers(["a", "<img src=x onerror=alert(1)>"], taxonomy=hostile)
    markup = ranking._repr_html_()
    parsed = parse(markup)
    assert "img" not in parsed.tags
    assert "&lt;script&gt;" in markup
    text = "".join(parsed.text)
    assert f"R1 {HOSTILE}" in text  # shown as text, exactly
    assert "Not recognised: '<img src=x onerror=alert(1)>'" in text


def test_match_html_lists_direct_transferred_and_gap_requirements(hostile):
    match = rank_careers(["a"], taxonomy=hostile)[0]
    assert (len(match.matched), len(match.transferred), len(match.gaps)) == (1, 1, 1)
    parsed = parse(match._repr_html_())
    text = "".join(parsed.text)
    for kind in ("direct", "transferred", "gap"):
        assert kind in text
    assert f"from your A {HOSTILE}" in text
    assert "missing; costs" in text
    assert f'title="{HOSTILE}"' not in match._repr_html_()


def test_skill_role_and_skill_match_html(hostile):
    skill = hostile.skill_index["a"]
    text = "".join(parse(skill._repr_html_()).text)
    assert HOSTILE in text
    assert "alpha <i>" in text
    assert "x: <y>" in text
    role = hostile.role_index["r1"]
    text = "".join(parse(role._repr_html_()).text)
    assert f"R1 {HOSTILE}" in text
    assert "essential" in text
    match = resolve_skill("CBT")
    text = "".join(parse(match._repr_html_()).text)
    assert "Cognitive behavioural therapy" in text
    missing = careermap.build_profile(["forklift operation", "CBT"]).entries[0].match
    assert "no match" in "".join(parse(missing._repr_html_()).text)


def test_reprs_are_short():
    ranking = rank_careers(["CBT:4", "active listening", "forklift operation"], limit=10)
    assert repr(ranking) == (
        f"<Ranking: 10 roles for 2 skills, 1 not recognised; "
        f"best {ranking[0].title} ({ranking[0].score:.3f})>"
    )
    best = ranking[0]
    assert repr(best).startswith(f"<RoleMatch 1. {best.title} [")
    requirement = best.matched[0]
    assert repr(requirement) == (
        f"<RequirementResult {requirement.label}: direct, credit {requirement.credit:.2f}>"
    )
    assert repr(careermap.get_skill("active-listening")) == (
        "<Skill Active listening (active-listening)>"
    )
    assert repr(careermap.lookup_role("therapist")).startswith("<Role Therapist (therapist) [")
    assert repr(resolve_skill("CBT")).startswith("<SkillMatch 'CBT' -> Cognitive")
    for value in (ranking, best, requirement):
        assert len(repr(value)) < 200
    assert str(best) == best.explain()  # str is still the full explanation


def test_an_empty_ranking_says_so(mini):
    ranking = rank_careers(["payroll"], taxonomy=mini, sectors=["school"])
    assert len(ranking) == 0
    assert repr(ranking) == "<Ranking: 0 roles for 1 skills>"
    assert "No role scores above zero" in ranking._repr_html_()


def test_long_rankings_are_cut_in_html():
    ranking = rank_careers(["CBT", "active listening", "recruitment", "coaching"], limit=None)
    assert len(ranking) > MAX_ROWS
    text = "".join(parse(ranking._repr_html_()).text)
    assert f"... and {len(ranking) - MAX_ROWS} more roles" in text


def test_to_dict_and_to_json_round_trip():
    ranking = rank_careers(["CBT:4", "active listening"], limit=3)
    data = ranking.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert Ranking.model_validate(data) == ranking
    assert json.loads(ranking.to_json(indent=2)) == data
    match = ranking[0]
    assert RoleMatch.model_validate_json(match.to_json()) == match
    assert match.to_dict()["matched"][0] == match.matched[0].to_dict()
    step = next(r for r in match.transferred if r.path).path[0]
    assert step.to_dict()["relation"] in {"transfers_to", "broader", "narrower"}
    skill = careermap.get_skill("active-listening")
    assert Skill.model_validate(skill.to_dict()) == skill
    role = careermap.lookup_role("therapist")
    assert role.to_dict()["requirements"][0]["importance"] in {"essential", "optional"}
    assert Role.model_validate(role.to_dict()) == role
    assert resolve_skill("CBT").to_dict()["method"] == "alias"


def test_new_results_show_themselves():
    profile = ["CBT:4", "active listening", "crisis intervention"]
    found = career_paths("therapist", "instructional-designer")
    text = "".join(parse(found._repr_html_()).text)
    assert "Paths to Instructional designer" in text
    assert "Psychology lecturer" in text
    assert repr(found).startswith("<CareerPaths to Instructional designer: ")
    assert repr(found[0]).startswith("<CareerPath Psychology lecturer -> Instructional designer")
    none = career_paths("therapist", "clinical-psychologist")
    assert "No path of at most 3 steps beats it" in none._repr_html_()

    skills = upskilling(profile, limit=3)
    text = "".join(parse(skills._repr_html_()).text)
    assert skills[0].label in text
    assert repr(skills).startswith("<Upskilling: 3 suggestions; first ")
    assert repr(skills[0]).startswith("<SkillSuggestion 1. ")

    side = compare_roles(profile, ["therapist", "school-counsellor"])
    text = "".join(parse(side._repr_html_()).text)
    assert "2 roles side by side" in text
    assert repr(side).startswith("<RoleComparison: Therapist ")


def test_new_results_escape_text(hostile):
    found = career_paths(["a"], "r2", taxonomy=hostile, min_score=0.0)
    parse(found._repr_html_())
    parse(upskilling(["a"], taxonomy=hostile)._repr_html_())
    parse(compare_roles(["a"], ["r1", "r2"], taxonomy=hostile)._repr_html_())

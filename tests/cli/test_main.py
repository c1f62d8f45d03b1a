from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import careermap
from careermap.cli.main import build_parser, main
from careermap.importers import import_onet
from careermap.resolve import resolver

from ..conftest import MINI

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
TAX = ["--taxonomy", str(MINI)]
SKILLS = ["active listening", "CBT:4", "crisis intervntion", "forklift"]

EXTRA = """\
sectors:
  - id: hr
    label: Human resources
roles:
  - id: hr-advisor
    title: HR advisor
    sector: hr
    requirements:
      - {skill: deescalation, level: 3}
      - {skill: listening, level: 3}
"""

BROKEN_ROLES = """\
roles:
  - id: therapist
    title: Therapist
    sector: clinic
    requirements:
      - {skill: listening, level: 9}
      - {skill: cbt, importance: sometimes}
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def extra(tmp_path: Path) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(EXTRA, encoding="utf-8")
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    target = tmp_path / "broken"
    shutil.copytree(MINI, target)
    (target / "roles.yaml").write_text(BROKEN_ROLES, encoding="utf-8")
    return target


# ---------------------------------------------------------------------------
# Help and docs


def commands(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser, str | None]]:
    """Yield (path, parser, help) for every command and subcommand."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*prefix, name), sub, helps.get(name)
                yield from commands(sub, (*prefix, name))


def leaf_commands() -> list[tuple[str, ...]]:
    return [
        path
        for path, sub, _ in commands(build_parser())
        if not any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
    ]


def test_command_walk_finds_every_command():
    assert leaf_commands() == [
        ("match",),
        ("upskill",),
        ("skills", "search"),
        ("roles", "list"),
        ("roles", "show"),
        ("similar",),
        ("validate",),
        ("cache",),
        ("export",),
        ("import", "esco"),
        ("import", "onet"),
    ]


def test_every_command_and_option_has_help():
    parser = build_parser()
    assert parser.description
    for path, sub, summary in commands(parser):
        assert summary, f"{path} has no summary"
        assert sub.description, f"{path} has no description"
        for action in sub._actions:
            assert action.help, f"{' '.join(path)} {action.option_strings or action.dest}"


def test_every_command_is_documented():
    headings = set(re.findall(r"^### (careermap .+?)\s*$", DOCS.read_text("utf-8"), re.M))
    for path in leaf_commands():
        assert "careermap " + " ".join(path) in headings


@pytest.mark.parametrize("path", leaf_commands(), ids=" ".join)
def test_every_command_help_runs(capsys, path):
    code, out, _ = run(capsys, *path, "--help")
    assert code == 0
    assert out.startswith(f"usage: careermap {' '.join(path)}")


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out == f"careermap {careermap.__version__}\n"


# ---------------------------------------------------------------------------
# match and similar


def test_match_shows_one_skill_named_at_two_levels(capsys):
    """The lower level is shown beside the one used, never dropped silently."""
    code, out, _ = run(capsys, "match", "CBT:5", "cognitive behavioural therapy:2", *TAX)
    assert code == 0
    assert "-> Cognitive behavioural therapy (alias 'CBT', level 5)" in out
    assert (
        "-> Cognitive behavioural therapy (exact, level 2; level 5 used, as another entry "
        "names this skill at 5)"
    ) in out


def test_match_text(capsys):
    code, out, err = run(capsys, "match", *SKILLS, *TAX)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    # How every input resolved, the unrecognised one included.
    assert "-> Active listening (exact, level 3 by default)" in out
    assert "-> Cognitive behavioural therapy (alias 'CBT', level 4)" in out
    assert "-> Crisis intervention (fuzzy match on 'Crisis intervention'" in out
    assert re.search(r"forklift\s+-> not recognised, left out", out)
    header = lines.index(next(line for line in lines if line.startswith("rank")))
    assert lines[header].split() == [
        "rank",
        "score",
        "band",
        "coverage",
        "utilisation",
        "title",
        "sector",
    ]
    first = lines[header + 2].split()
    assert first[0] == "1"
    assert first[-2:] == ["Therapist", "clinic"]
    assert "matched:     Active listening (level 3 of 4)" in out
    assert "Conflict de-escalation (from Crisis intervention) - Both calm a volatile" in out
    assert "transfers_to" not in out


def test_match_json(capsys):
    code, out, err = run(capsys, "match", *SKILLS, *TAX, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["matches"][0]["role_id"] == "therapist"
    for match in data["matches"]:
        assert set(match) >= {"score", "coverage", "utilisation", "matched", "transferred", "gaps"}
        assert 0.0 < match["score"] <= 1.0
    mediator = next(m for m in data["matches"] if m["role_id"] == "mediator")
    (step,) = mediator["transferred"][0]["path"]
    assert (step["source_id"], step["target_id"], step["relation"], step["weight"]) == (
        "crisis",
        "deescalation",
        "transfers_to",
        0.8,
    )
    methods = [e["match"]["method"] for e in data["profile"]["entries"]]
    assert methods == ["exact", "alias", "fuzzy", "none"]
    # Nothing is dropped silently: the unrecognised input is also reported on stderr.
    assert err.startswith("careermap: warning: 'forklift': no match")
    assert out == json.dumps(data, indent=2, sort_keys=True) + "\n"


def test_match_options(capsys):
    code, out, _ = run(
        capsys, "match", "listening", "crisis", *TAX, "--sector", "office", "--no-explain"
    )
    assert code == 0
    assert "Mediator" in out
    assert "Therapist" not in out
    assert "matched:" not in out
    code, out, _ = run(capsys, "match", "listening", *TAX, "--limit", "1", "--json")
    assert [m["role_id"] for m in json.loads(out)["matches"]] == ["mediator"]
    code, out, _ = run(capsys, "match", "listening", *TAX, "--min-score", "0.9", "--json")
    assert json.loads(out)["matches"] == []


def test_match_with_extension(capsys, extra):
    code, out, _ = run(capsys, "match", "listening", "crisis", *TAX, "--extend", str(extra))
    assert code == 0
    assert "HR advisor" in out


UPSKILL = ["CBT:4", "active listening", "crisis intervention", "case management"]


def test_upskill_text_says_what_the_library_says(capsys, default):
    code, out, err = run(capsys, "upskill", *UPSKILL, "--limit", "3")
    assert (code, err) == (0, "")
    found = careermap.upskilling(UPSKILL, taxonomy=default, limit=3)
    assert len(found) == 3
    lines = out.splitlines()
    assert "-> Cognitive behavioural therapy (alias 'CBT', level 4)" in out
    start = lines.index("Skills to learn next (taxonomy careermap-default 0.1.0):")
    assert lines[start + 1] == f"{found.roles_above} roles score 0.5 or more; " + (
        f"the best 10 sum to {found.top_total:.3f}"
    )
    for suggestion in found:
        assert f"  {suggestion.summary()}" in lines
        assert str(suggestion.raises[0]) in out
        if suggestion.opens:  # the roles behind "+N roles over the threshold", named
            assert re.search(rf"opens:\s+{re.escape(str(suggestion.opens[0]))}", out)
    assert any(s.opens for s in found)
    assert "leaving out" not in out


def test_upskill_with_a_background_counts_only_roles_within_reach(capsys, default):
    background = ["--education", "bachelor", "--years", "3"]
    code, out, _ = run(capsys, "upskill", *UPSKILL, *background, "--level", "4", "--json")
    assert code == 0
    data = json.loads(out)
    found = careermap.upskilling(
        UPSKILL,
        taxonomy=default,
        level=4,
        background={"education": "bachelor", "years_experience": 3},
    )
    assert data == json.loads(json.dumps(found.model_dump(mode="json")))
    assert data["out_of_reach"] == found.out_of_reach > 0
    assert {s["level"] for s in data["suggestions"]} == {4}
    code, out, _ = run(capsys, "upskill", *UPSKILL, *background)
    assert f"leaving out {found.out_of_reach} roles that need a degree" in out


def test_upskill_towards_target_roles(capsys, default):
    targets = ["--target", "UX researcher", "--target", "school-counsellor"]
    background = ["--education", "bachelor"]
    code, out, err = run(capsys, "upskill", *UPSKILL, *background, *targets, "--limit", "3")
    assert (code, err) == (0, "")
    found = careermap.upskilling(
        UPSKILL,
        taxonomy=default,
        limit=3,
        background={"education": "bachelor"},
        targets=["UX researcher", "school-counsellor"],
    )
    lines = out.splitlines()
    header = (
        "Skills to learn next towards UX researcher (ux-researcher), School counsellor "
        "(school-counsellor) (taxonomy careermap-default 0.1.0):"
    )
    start = lines.index(header)
    assert lines[start + 1].startswith("Towards your 2 target roles")
    # The school counsellor's verdict, in its own words: no skill closes it.
    assert "School counsellor" in lines[start + 3]
    assert "Needs a master's degree" in out
    assert "learning a skill does not close that" in " ".join(out.split())
    for suggestion in found:
        assert f"  {suggestion.summary()}" in lines
        assert re.search(rf"serves:\s+{re.escape(str(suggestion.serves[0]))}", out)
    code, out, _ = run(capsys, "upskill", *UPSKILL, *targets, "--json")
    data = json.loads(out)
    assert [t["role_id"] for t in data["targets"]] == ["ux-researcher", "school-counsellor"]
    assert all(s["serves"] for s in data["suggestions"])
    # Without --target the header and the order are as before.
    code, out, _ = run(capsys, "upskill", *UPSKILL, "--limit", "1")
    assert "Skills to learn next (taxonomy careermap-default 0.1.0):" in out


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        (["Data analist"], "no role is named 'Data analist' among the targets"),
        (["therapist", "Therapist"], "targets name the same role more than once: therapist"),
    ],
)
def test_upskill_with_a_bad_target_says_which(capsys, targets, message):
    given = [part for target in targets for part in ("--target", target)]
    code, out, err = run(capsys, "upskill", *UPSKILL, *given)
    assert (code, out) == (2, "")
    assert err.startswith(f"careermap: error: {message}")


def test_similar(capsys):
    code, out, _ = run(capsys, "similar", "therapist", *TAX)
    assert code == 0
    assert out.startswith("Roles for someone with the skills of Therapist (therapist):")
    assert "Mediator" in out
    code, out, _ = run(capsys, "similar", "therapist", *TAX, "--json", "--limit", "1")
    data = json.loads(out)
    # The therapist relies on crisis intervention a quarter as much as on its essentials,
    # so its transfer into the mediator's essential de-escalation counts a quarter.
    assert [m["role_id"] for m in data["matches"]] == ["teacher"]


# ---------------------------------------------------------------------------
# skills and roles


def test_skills_search(capsys):
    code, out, _ = run(capsys, "skills", "search", "cognitive behavioral therapy", *TAX)
    assert code == 0
    assert out.splitlines()[2].split()[:2] == ["100.0", "cbt"]
    code, out, _ = run(capsys, "skills", "search", "crisis", *TAX, "--json", "--limit", "1")
    assert [c["skill_id"] for c in json.loads(out)] == ["crisis"]
    code, out, _ = run(capsys, "skills", "search", "zzzzqqq", *TAX)
    assert code == 0
    assert out == "No skill matches 'zzzzqqq'; try fewer or other words.\n"


def test_roles_list(capsys, extra):
    code, out, _ = run(capsys, "roles", "list", *TAX)
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines()[2:-1]]
    assert ids == ["therapist", "mediator", "payroll-clerk", "teacher"]
    assert out.endswith("4 roles\n")
    code, out, _ = run(
        capsys, "roles", "list", *TAX, "--extend", str(extra), "--sector", "hr", "--json"
    )
    assert [r["id"] for r in json.loads(out)] == ["hr-advisor"]


def test_roles_show(capsys):
    code, out, _ = run(capsys, "roles", "show", "therapist", *TAX)
    assert code == 0
    assert "O*NET-SOC:   21-1014.00" in out
    assert re.search(r"Crisis intervention\s+crisis\s+optional\s+0\.50\s+3", out)
    code, out, _ = run(capsys, "roles", "show", "therapist", *TAX, "--json")
    data = json.loads(out)
    assert data["onet_soc"] == "21-1014.00"
    assert data["requirements"][2] == {
        "importance": "optional",
        "level": 3,
        "skill": "crisis",
        "weight": 0.5,
    }


# ---------------------------------------------------------------------------
# Mistakes


MISTAKES = [
    (["match", "CBT:9", "{mini}"], 2, "level of 'CBT' is 9"),
    (["match", "", "{mini}"], 2, "a profile entry is empty"),
    (["match", "{mini}"], 2, "no skills given"),
    (["match", "--file", "{missing}", "{mini}"], 1, "No such file or directory"),
    (["match", "forklift", "{mini}"], 2, "none of the skills given is recognised"),
    (["match", "CBT", "--sector", "hr", "{mini}"], 2, "no sector has id 'hr'"),
    (["match", "CBT", "--limit", "0", "{mini}"], 2, "argument --limit"),
    (["match", "CBT", "--min-score", "2", "{mini}"], 2, "argument --min-score"),
    (["upskill", "{mini}"], 2, "no skills given"),
    (["upskill", "forklift", "{mini}"], 2, "none of the skills given is recognised"),
    (["upskill", "CBT", "--level", "0", "{mini}"], 2, "argument --level"),
    (["upskill", "CBT", "--level", "2.5", "{mini}"], 2, "argument --level"),
    (["upskill", "CBT", "--min-score", "-1", "{mini}"], 2, "argument --min-score"),
    (["roles", "show", "therapst", "{mini}"], 2, "did you mean 'therapist'?"),
    (["roles", "list", "--sector", "nope", "{mini}"], 2, "no sector has id 'nope'"),
    (["similar", "therapst", "{mini}"], 2, "no role has id, title or alias 'therapst'"),
    (["skills", "search", " ", "{mini}"], 2, "the search text is empty"),
    (["skills", "search", "x", "--taxonomy", "{missing}"], 1, "no such file or directory"),
    (["validate", "{missing}"], 1, "no such file or directory"),
    (["export", "--format", "xml", "{mini}"], 2, "invalid choice: 'xml'"),
    (["export", "--format", "json", "-o", "{missing}/g.json", "{mini}"], 1, "cannot write"),
    ([], 2, "the following arguments are required: COMMAND"),
    (["bogus"], 2, "invalid choice: 'bogus'"),
]


@pytest.mark.parametrize(
    ("argv", "code", "message"), MISTAKES, ids=[" ".join(m[0]) or "(nothing)" for m in MISTAKES]
)
def test_mistakes_print_one_line(capsys, tmp_path, argv, code, message):
    values = {"missing": str(tmp_path / "missing")}
    expanded: list[str] = []
    for arg in argv:
        if arg == "{mini}":
            expanded += TAX
        else:
            expanded.append(arg.format(**values))
    result, out, err = run(capsys, *expanded)
    assert result == code
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("careermap: error: ")
    assert message in err
    assert "(hint: " in err
    assert "Traceback" not in err


def test_invalid_taxonomy_lists_every_problem(capsys, broken):
    code, out, err = run(capsys, "validate", str(broken))
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[0].startswith("careermap: error: 2 problems in the taxonomy (hint: ")
    roles = str(broken / "roles.yaml")
    assert lines[1].startswith(f"{roles}:6:")
    assert "roles[0].requirements[0].level" in lines[1]
    assert lines[2].startswith(f"{roles}:7:")
    assert len(lines) == 3
    # Every command that loads a taxonomy reports it the same way.
    assert run(capsys, "match", "CBT", "--taxonomy", str(broken)) == (1, "", err)


def test_extension_conflict_is_a_problem(capsys):
    code, _, err = run(capsys, "validate", str(MINI), "--extend", str(MINI / "roles.yaml"))
    assert code == 1
    assert "duplicate role id 'therapist'" in err


def test_validate(capsys, extra):
    code, out, err = run(capsys, "validate", str(MINI), "--extend", str(extra))
    assert code == 0
    assert err == ""
    assert out.splitlines()[0] == "OK: taxonomy 'mini' version 1.0 is valid"
    counts = dict(line.split() for line in out.splitlines()[1:])
    assert counts == {"sectors": "4", "skills": "8", "relations": "2", "roles": "5"}


def test_bugs_are_not_hidden(capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    # The command imports search_skills when it runs, from its module.
    monkeypatch.setattr(resolver, "search_skills", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        main(["skills", "search", "cbt", *TAX])


class ClosedPipe:
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_is_quiet(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["roles", "list", *TAX]) == 141
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------------------
# export


def test_export_graphml(capsys, tmp_path):
    code, out, _ = run(capsys, "export", "--format", "graphml", *TAX)
    assert code == 0
    path = tmp_path / "mini.graphml"
    path.write_text(out, encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    expected = careermap.build_graph(taxonomy=careermap.load_taxonomy(MINI))
    assert set(graph.nodes) == set(expected.nodes)
    assert graph.number_of_edges() == expected.number_of_edges()
    assert graph.nodes["role:therapist"]["onet_soc"] == "21-1014.00"
    requires = graph.get_edge_data("role:therapist", "skill:crisis")["requires"]
    assert (requires["weight"], requires["level"], requires["essential"]) == (0.5, 3, False)
    # -o writes the same document to a file.
    target = tmp_path / "out.graphml"
    code, out, _ = run(capsys, "export", "--format", "graphml", "-o", str(target), *TAX)
    assert code == 0
    assert str(target) in out
    assert target.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_export_json_is_sorted_and_deterministic(capsys):
    code, first, _ = run(capsys, "export", "--format", "json", *TAX)
    assert code == 0
    _, second, _ = run(capsys, "export", "--format", "json", *TAX)
    assert first == second
    data = json.loads(first)
    assert data["directed"] is True
    assert data["multigraph"] is True
    ids = [node["id"] for node in data["nodes"]]
    assert ids == sorted(ids)
    assert "skill:listening" in ids
    edges = [(e["source"], e["target"], e["key"]) for e in data["edges"]]
    assert edges == sorted(edges)
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.number_of_edges() == len(edges)


# ---------------------------------------------------------------------------
# Entry points


def test_python_dash_m(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "careermap", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: careermap ")
    assert result.stderr == ""


def test_console_script():
    script = Path(sys.executable).parent / "careermap"
    found = str(script) if script.exists() else shutil.which("careermap")
    if found is None:
        pytest.skip("the careermap script is not installed")
    result = subprocess.run(
        [found, "roles", "show", "nope", *TAX], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "careermap: error: no role has id, title or alias 'nope' "
        "(known: mediator, payroll-clerk, teacher, therapist) "
        "(hint: run 'careermap roles list' to see the role ids)\n"
    )


def test_import_writes_a_taxonomy_that_loads_back(tmp_path, capsys):
    fixture = Path(__file__).resolve().parents[1] / "data" / "onet-mini"
    for target in ("out.yaml", "out.json", "outdir"):
        output = tmp_path / target
        assert main(["import", "onet", str(fixture), "-o", str(output)]) == 0
        assert "Imported onet" in capsys.readouterr().out
        assert careermap.load_taxonomy(output) == import_onet(fixture)


def test_import_of_a_missing_folder_is_one_line(tmp_path, capsys):
    code = main(["import", "esco", str(tmp_path / "nope"), "-o", str(tmp_path / "x.yaml")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("careermap: error: ")
    assert "docs/importers.md" in err


def test_match_reads_skills_from_a_file(tmp_path, capsys):
    profile = tmp_path / "me.txt"
    profile.write_text(
        "# my skills\nCBT:4   # the one I use most\n\nlistening actively\nC#\n", encoding="utf-8"
    )
    assert main(["match", "--file", str(profile), "--no-explain", *TAX]) == 0
    out = capsys.readouterr().out
    assert "(2 of 3 recognised)" in out
    assert "  C#  " in out  # '#' inside a word is not a comment


def test_match_file_that_is_not_utf8_is_one_line(tmp_path, capsys):
    profile = tmp_path / "notepad.txt"
    profile.write_text("CBT\n", encoding="utf-16")
    assert main(["match", "--file", str(profile), *TAX]) == 1
    err = capsys.readouterr().err
    assert err == f"careermap: error: {profile} is not UTF-8 text (hint: save the file as UTF-8)\n"


def test_match_context_options_reach_the_ranking(tmp_path, capsys):
    fixture = Path(__file__).resolve().parents[1] / "data" / "onet-mini"
    output = tmp_path / "onet.yaml"
    assert main(["import", "onet", str(fixture), "-o", str(output)]) == 0
    capsys.readouterr()
    skills = ["Active Listening:4", "Speaking"]
    options = ["--interests", "2,4,3,7,3,3", "--job-zone", "5", "--title", "counselor"]
    code, out, _ = run(capsys, "match", *skills, *options, "--taxonomy", str(output), "--json")
    assert code == 0
    context = careermap.PersonContext(interests=(2, 4, 3, 7, 3, 3), job_zone=5, title="counselor")
    taxonomy = careermap.load_taxonomy(output)
    expected = careermap.rank_careers(skills, taxonomy=taxonomy, context=context)
    assert json.loads(out) == expected.model_dump(mode="json")
    counselor = json.loads(out)["matches"][0]
    assert {t["name"] for t in counselor["context"]["terms"]} >= {"interests", "job_zone", "text"}
    # A background's degree becomes the education term's value.
    code, out, _ = run(
        capsys, "match", *skills, "--education", "master", "--taxonomy", str(output), "--json"
    )
    with_degree = careermap.rank_careers(
        skills,
        taxonomy=taxonomy,
        background={"education": "master"},
        context=careermap.PersonContext(education=8),
    )
    assert json.loads(out) == with_degree.model_dump(mode="json")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--interests", "1,2,3", "expected six interests"),
        ("--interests", "1,2,3,4,5,9", "each interest must be a number from 1 to 7"),
        ("--job-zone", "2.5", "expected a job zone from 1 to 5"),
        ("--job-zone", "6", "expected a job zone from 1 to 5"),
    ],
)
def test_match_context_options_are_checked(capsys, option, value, message):
    code, _, err = run(capsys, "match", "CBT", option, value, *TAX)
    assert code != 0
    assert message in err


def test_match_imports_no_more_than_it_needs():
    # `careermap match` loads the taxonomy, the resolver and the engine, not the
    # graph, the importers, the notebook extras, for exact names the phrase
    # readings' word patterns, nor without a background the credential readers
    # (docs/performance.md).
    code = (
        "import sys\n"
        "from careermap.cli.main import main\n"
        "assert main(['match', 'active listening', 'CBT']) == 0\n"
        "loaded = {'networkx', 'careermap.importers', 'careermap.contract.requests',\n"
        "          'careermap.exploration.paths', 'careermap.taxonomy.graph',\n"
        "          'careermap.resolve.parts', 'careermap.resolve.brackets',\n"
        "          'careermap.resolve.teaching', 'careermap.resolve.phrase_words',\n"
        "          'careermap.resolve.notes', 'careermap.resolve.part_match',\n"
        "          'careermap.resolve.readings', 'careermap.resolve.whom_words',\n"
        "          'careermap.resolve.dash_titles', 'careermap.resolve.part_names',\n"
        "          'careermap.resolve.bracket_match',\n"
        "          'careermap.results.readiness', 'careermap.results.standing',\n"
        "          'careermap.results.credentials', 'careermap.results.current',\n"
        "          'careermap.results.abbreviations',\n"
        "          'careermap.results.work_kind'}\n"
        "loaded &= set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_match_field_certifies_the_knowledge_it_names(capsys, default):
    skills = ["research recruitment:3", "informed consent", "SPSS"]
    given = ["--education", "bachelor", "--field", "psychology", "--limit", "10", "--json"]
    code, out, _ = run(capsys, "match", *skills, *given)
    assert code == 0
    background = {"education": "bachelor", "field": "psychology"}
    expected = careermap.rank_careers(skills, taxonomy=default, limit=10, background=background)
    data = json.loads(out)
    assert data == expected.model_dump(mode="json")
    assert data["profile"]["background"]["field"] == "psychology"
    assert "psychology" not in {g["skill_id"] for m in data["matches"] for g in m["gaps"]}
    code, out, _ = run(capsys, "match", *skills, *given[:2], *given[4:])  # no --field
    gaps = {g["skill_id"] for m in json.loads(out)["matches"] for g in m["gaps"]}
    assert "psychology" in gaps


@pytest.mark.parametrize(
    ("value", "message"),
    [("  ", "--field: the field of study is blank"), ("a\x1bb", "--field: the field of study")],
)
def test_match_field_is_checked(capsys, value, message):
    code, out, err = run(capsys, "match", "CBT", *TAX, "--field", value)
    assert code == 2
    assert out == ""
    assert message in err
    assert "(given " in err


def test_match_years_zero_is_a_background(capsys, default):
    # A new graduate says 0 years; it read as "nothing given", so no background at all.
    code, out, _ = run(capsys, "match", "CBT", "--years", "0", "--limit", "5", "--json")
    assert code == 0
    expected = careermap.rank_careers(
        ["CBT"], taxonomy=default, limit=5, background={"years_experience": 0}
    )
    data = json.loads(out)
    assert data["profile"]["background"]["years_experience"] == 0
    assert data == expected.model_dump(mode="json")


def test_match_lived_experience_of_names_its_kind(capsys, default):
    skills = ["peer support", "recovery-oriented practice"]
    given = ["--lived-experience-of", "mental-health", "--limit", "200", "--json"]
    code, out, _ = run(capsys, "match", *skills, *given)
    assert code == 0
    background = {"lived_experience": ["mental-health"]}
    expected = careermap.rank_careers(skills, taxonomy=default, limit=200, background=background)
    data = json.loads(out)
    assert data == expected.model_dump(mode="json")
    assert data["profile"]["background"]["lived_experience"] == ["mental-health"]
    coach = next(m for m in data["matches"] if m["role_id"] == "recovery-coach")
    assert "substance-use recovery" in coach["readiness"]["summary"]
    # --lived-experience alone is still a yes of a kind not said.
    code, out, _ = run(capsys, "match", *skills, "--lived-experience", "--limit", "10", "--json")
    assert json.loads(out)["profile"]["background"]["lived_experience"] is True
    code, _, err = run(capsys, "match", *skills, "--lived-experience-of", "gambling")
    assert code == 2
    assert "substance-use" in err


def test_match_says_which_role_is_the_current_job(capsys):
    # A school counsellor given --current-role saw a list without school counselling and
    # no word why; nor was a title that names no role (so nothing is left out or
    # certified) ever reported.
    code, out, _ = run(
        capsys,
        "match",
        "CBT",
        "active listening",
        "--current-role",
        "school counselor",
        "--limit",
        "10",
        "--no-explain",
    )
    assert code == 0
    flat = " ".join(out.split())
    marked = "Your current job: School counsellor (school-counsellor), marked '(your current job)'"
    assert f"{marked} above" in flat
    assert "School counsellor (your current job)" in out
    # With a shorter list it comes after the roles shown (moves first): the note says so
    # rather than point at no line, as the demo's did.
    code, out, _ = run(
        capsys,
        "match",
        "CBT",
        "active listening",
        "--current-role",
        "school counselor",
        "--limit",
        "3",
        "--no-explain",
    )
    assert code == 0
    flat = " ".join(out.split())
    assert "(your current job)" not in out
    assert "School counsellor (school-counsellor), after the roles shown" in flat
    code, out, _ = run(
        capsys,
        "match",
        "CBT",
        "--current-role",
        "Senior clinician, community mental health centre",
        "--limit",
        "3",
        "--no-explain",
    )
    assert code == 0
    flat = " ".join(out.split())
    assert "names no role of the taxonomy clearly, so none is marked as your current job" in flat
    assert "(your current job)" not in out
    code, out, _ = run(capsys, "match", "CBT", "--limit", "3", "--no-explain")
    assert "Your current job" not in out
    assert "names no role" not in out


def test_a_title_that_marks_no_role_names_the_skills_it_still_counts(capsys):
    # Twenty-seventh round (review 27, P10): a title naming a kind of work, or a role
    # inside a longer title, has its skills taken as practised though no role is marked;
    # the note said "none of its skills is taken as practised".
    title = "Senior Support Worker (supported accommodation)"
    code, out, _ = run(capsys, "match", "CBT", "--current-role", title, "--limit", "3")
    assert code == 0
    flat = " ".join(out.split())
    assert "so none is marked as your current job" in flat
    assert "none of its skills is taken as practised" not in flat
    assert "taken as practised, so these are not listed as gaps: Active listening" in flat
    code, out, _ = run(capsys, "match", "CBT", "--current-role", "Senior copywriter")
    assert "none of its skills is taken as practised" in " ".join(out.split())


def test_match_country_reads_credentials_for_it(capsys):
    skills = ["peer support", "recovery-oriented practice"]
    given = ["--lived-experience-of", "mental-health", "--limit", "200", "--json"]
    code, out, _ = run(capsys, "match", *skills, *given, "--country", "uk")
    assert code == 0
    data = json.loads(out)
    assert data["profile"]["background"]["country"] == "GB"
    peer = next(m for m in data["matches"] if m["role_id"] == "peer-support-specialist")
    assert not peer["readiness"]["needs"]
    code, out, _ = run(capsys, "match", *skills, *given)
    peer = next(m for m in json.loads(out)["matches"] if m["role_id"] == "peer-support-specialist")
    assert "Certified Peer Specialist (CPS/CPRS)" in peer["readiness"]["needs"]


def test_match_country_is_checked(capsys):
    code, out, err = run(capsys, "match", "CBT", *TAX, "--country", "Narnia")
    assert code == 2
    assert out == ""
    assert "--country: unknown country 'Narnia'" in err
    assert "ISO 3166-1 alpha-2 code" in err
    # A code no US state has says what to give (review41: a North Dakotan typed US-ND,
    # read since the forty-second round as the United States, in North Dakota).
    code, out, err = run(capsys, "match", "CBT", *TAX, "--country", "US-XX")
    assert code == 2
    assert "unknown country 'US-XX'" in err
    assert "give 'US'" in err
    code, out, err = run(capsys, "match", "CBT", *TAX, "--country", "US-ND", "--json")
    assert code == 0, err
    data = json.loads(out)["profile"]["background"]
    assert (data["country"], data["region"]) == ("US", "US-ND")
    # A US outlying area's ISO 3166-2 code is that area (cred43: "US-PR" was refused with
    # "give 'US'"; careermap reads Puerto Rico by its own code, licensing as the US).
    code, out, err = run(capsys, "match", "CBT", *TAX, "--country", "US-PR", "--json")
    assert code == 0, err
    data = json.loads(out)["profile"]["background"]
    assert (data["country"], data["region"]) == ("PR", None)


def test_match_work_country_reads_credentials_for_it(capsys):
    # Thirty-third round (review33 P11): a person moving abroad says where they will work.
    skills = ["peer support", "recovery-oriented practice"]
    given = ["--lived-experience-of", "mental-health", "--limit", "200", "--json"]
    code, out, _ = run(capsys, "match", *skills, *given, "--country", "US", "--work-country", "uk")
    assert code == 0
    data = json.loads(out)
    assert data["profile"]["background"]["work_country"] == "GB"
    peer = next(m for m in data["matches"] if m["role_id"] == "peer-support-specialist")
    assert not peer["readiness"]["needs"]  # as for a person in the United Kingdom
    code, out, err = run(capsys, "match", "CBT", *TAX, "--work-country", "Narnia")
    assert code == 2
    assert "--work-country: unknown country 'Narnia'" in err

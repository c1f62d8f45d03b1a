"""The ESCO and O*NET importers: the full public data sets, and small fixtures for edge cases."""

from __future__ import annotations

import logging
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import careermap
from careermap.importers import import_esco, import_onet
from careermap.importers._esco import ESCO_CONTEXT_WEIGHTS
from careermap.importers._onet import rating_to_requirement
from careermap.importers._tables import MAX_PROBLEMS
from careermap.scoring.model import whole_level
from careermap.taxonomy.dump import dump_taxonomy

DATA = Path(__file__).resolve().parents[1] / "data"
ESCO_MINI = DATA / "esco-mini"
ONET_MINI = DATA / "onet-mini"

FLEET_COMMANDER = "0b1d8dcb-d941-4d79-99bf-fc10c1806c43"
PSYCHOLOGIST = "52ded7d7-11df-42e3-b90a-d7f4b70fb4b9"
LISTEN = "a17286c5-238d-4f0b-bc24-29e9121345de"
EMPATHY = "77b636e8-fab3-41a8-8022-1e0a354059dc"
CRISIS = "3757c242-0042-4940-aedb-2af63e080dba"
PSYCHOLOGY = "bfe4f330-d595-48c7-ab3c-f309471d6953"
DIGITAL = "bc0b0b5d-f6be-405a-b224-b6902a4dbe97"
TROOPS = "1143e53e-2933-472d-8161-f26d6936c927"
NO_LABEL = "16c2b3fb-3a41-4b0e-bb35-06e659917b02"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def captured_summary() -> Iterator[list[str]]:
    """Collect the INFO summaries the importers log (caplog is function-scoped)."""
    handler = _Collect()
    logger = logging.getLogger("careermap.importers")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def summarised_import(
    importer: Callable[..., careermap.Taxonomy], path: Path
) -> tuple[careermap.Taxonomy, str]:
    # The import itself, not the disk cache; its speed is benchmarks/bench_scale.py's.
    with captured_summary() as messages:
        taxonomy = importer(path, cache=False)
    (summary,) = messages
    return taxonomy, summary


def requirements(taxonomy: careermap.Taxonomy) -> list[careermap.Requirement]:
    return [req for role in taxonomy.roles for req in role.requirements]


def round_trip(taxonomy: careermap.Taxonomy, tmp_path: Path) -> careermap.Taxonomy:
    dump_taxonomy(taxonomy, tmp_path / "taxonomy")
    return careermap.load_taxonomy(tmp_path / "taxonomy")


def problems(info: pytest.ExceptionInfo[careermap.TaxonomyError]) -> list[careermap.Problem]:
    return list(info.value.problems)


def copy_of(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / fixture.name
    shutil.copytree(fixture, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    # newline="" keeps the CRLF record ends of the ESCO files as they are.
    with path.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    assert old in text
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text.replace(old, new, 1))


# --- ESCO v1.2.0, full data --------------------------------------------------------------


@pytest.fixture(scope="module")
def esco(esco_dir: Path) -> tuple[careermap.Taxonomy, str]:
    return summarised_import(import_esco, esco_dir)


def test_esco_full_counts(esco):
    taxonomy, summary = esco
    assert taxonomy.name == "esco"
    assert taxonomy.version == "1.2.0"
    # ISCO-08 major groups 0-9 (the one-digit codes among the 619 rows of ISCOGroups_en.csv).
    assert [s.id for s in taxonomy.sectors] == [f"isco-{digit}" for digit in range(10)]
    # 13,939 skills + 640 skill groups (README: both counts).
    assert len(taxonomy.skills) == 13_939 + 640
    # README: skill/competence 10,707, knowledge 3,227, '' 5 (DigComp skills).
    assert Counter(s.category for s in taxonomy.skills) == {
        "skill-competence": 10_707,
        "knowledge": 3_227,
        None: 5,
        "skill-group": 640,
    }
    # The 20,822 rows of broaderRelationsSkillPillar_en.csv; skillsHierarchy_en.csv adds none.
    assert sum(len(s.broader) for s in taxonomy.skills) == 20_822
    # The 8 skills with an empty preferredLabel (README) get the placeholder.
    unlabelled = [s for s in taxonomy.skills if s.label == f"ESCO skill {s.id}"]
    assert len(unlabelled) == 8
    # 5,818 skill-skill relations (189 essential, 5,629 optional) less the optional self-relation.
    assert len(taxonomy.relations) == 5_817
    assert Counter(r.weight for r in taxonomy.relations) == {0.5: 189, 0.25: 5_628}
    # Every one of the 3,039 occupations has skills.
    assert len(taxonomy.roles) == 3_039
    # 129,004 links (67,622 essential, 61,382 optional) less 17 repeated (essential, optional)
    # pairs, each merged into its essential link.
    reqs = requirements(taxonomy)
    assert len(reqs) == 129_004 - 17
    assert sum(req.essential for req in reqs) == 67_622
    assert {(req.weight, req.level) for req in reqs} == {(1.0, 3)}
    assert "skills without a label: 8" in summary
    assert "objects of light verbs added as aliases: 1009" in summary
    assert "repeated occupation-skill pairs merged: 17" in summary
    assert "self-relations dropped: 1" in summary
    assert "occupations without skills skipped: 0" in summary
    # Occupations per ISCO major group: isco-0 (armed forces) has 21.
    sectors = Counter(role.sector for role in taxonomy.roles)
    assert sectors["isco-0"] == 21
    assert sectors["isco-2"] == 868


def test_esco_full_spot_checks(esco):
    taxonomy, _ = esco
    fleet = taxonomy.role_index[FLEET_COMMANDER]
    assert fleet.title == "fleet commander"
    assert fleet.codes["isco"] == "0110"  # the leading zero stays
    assert fleet.codes["esco_code"] == "0110.9"
    assert fleet.sector == "isco-0"
    assert taxonomy.sector_index["isco-0"].label == "Armed forces occupations"
    assert "navy commander" in fleet.aliases
    listen = taxonomy.skill_index[LISTEN]
    assert listen.label == "listen actively"
    assert listen.category == "skill-competence"
    assert listen.codes == {"esco": f"http://data.europa.eu/esco/skill/{LISTEN}"}
    group = taxonomy.skill_index["isced-f.0011"]
    assert group.label == "basic programmes and qualifications"
    assert group.category == "skill-group"
    assert group.broader == ("isced-f.001",)
    assert group.codes["esco_code"] == "0011"
    assert taxonomy.skill_index[NO_LABEL].label == f"ESCO skill {NO_LABEL}"
    # "case management" was no lexical name (fuzzy found *asset management*); the
    # object of "apply case management" now is. Not an object that names another skill
    # too ("hand tools"), nor what "provide" takes (the thing provided).
    by_label = {s.label: s for s in taxonomy.skills}
    assert by_label["apply case management"].aliases == ("case management",)
    assert by_label["use hand tools"].aliases == ()
    assert by_label["provide feedback to teachers"].aliases == ()
    match = careermap.resolve_skill("case management", taxonomy=taxonomy, semantic=False)
    assert (match.label, match.method) == ("apply case management", "alias")
    psychologist = taxonomy.role_index[PSYCHOLOGIST]
    assert psychologist.title == "psychologist"
    assert psychologist.codes["isco"] == "2634"
    for role in taxonomy.roles:
        assert role.title.casefold() not in {alias.casefold() for alias in role.aliases}


def test_esco_full_round_trip(esco, tmp_path):
    # About 5 s to dump and 10 s to load the 21 MB of YAML on this 2-core machine.
    taxonomy, _ = esco
    assert round_trip(taxonomy, tmp_path) == taxonomy


# --- O*NET 29.3, full data ---------------------------------------------------------------


@pytest.fixture(scope="module")
def onet(onet_dir: Path) -> tuple[careermap.Taxonomy, str]:
    return summarised_import(import_onet, onet_dir)


def test_onet_full_counts(onet):
    taxonomy, summary = onet
    assert taxonomy.name == "onet"
    assert taxonomy.version == "29.3"
    assert len(taxonomy.sectors) == 23  # the SOC 2018 major groups, 11 to 55
    # 35 elements in Skills.txt, 33 in Knowledge.txt, and the 18 content-model groups
    # above them (2.A, 2.A.1, 2.A.2, 2.B, 2.B.1-2.B.5, 2.C, 2.C.1-2.C.5, 2.C.7-2.C.9).
    assert Counter(s.category for s in taxonomy.skills) == {
        "skill": 35,
        "knowledge": 33,
        "skill-group": 18,
    }
    assert taxonomy.relations == ()
    # 1,016 occupations: 137 have no ratings.
    assert len(taxonomy.roles) == 1_016 - 137 == 879
    # Of the 59,772 (occupation, element) pairs rated: 4,903 suppressed, 5,508 not relevant;
    # every other one is a graded requirement: 8,659 essential (Importance 3.5 or more),
    # 10,507 optional (3 to 3.5), 30,195 minor (below 3: scored, not listed as gaps).
    assert 30_765 + 29_007 - 4_903 - 5_508 == 49_361
    reqs = requirements(taxonomy)
    assert len(reqs) == 49_361
    assert Counter(req.importance.value for req in reqs) == {
        "essential": 8_659,
        "optional": 10_507,
        "minor": 30_195,
    }
    # Levels are continuous (LV * 5 / 7 to two decimals): 387 distinct values, 8,757
    # whole (mostly level 1, where LV 0-0.7 is clipped). Rounded, they fall as before.
    levels = [req.level for req in reqs]
    assert len(set(levels)) == 387
    assert sum(isinstance(level, int) for level in levels) == 8_757
    assert (min(levels), max(levels)) == (1, 4.97)
    assert Counter(whole_level(level) for level in levels) == {
        1: 16_302,
        2: 20_975,
        3: 10_717,
        4: 1_268,
        5: 99,
    }
    assert min(req.weight for req in reqs) == 0.003906  # IM 1.5: (0.5 / 4) ** 2 / 4
    assert (
        "skipped 5508 not relevant ratings, 137 occupations without ratings, "
        "4903 suppressed ratings"
    ) in summary
    # Context: interests for every role, education for 858, work values for 873.
    contexts = [role.context for role in taxonomy.roles]
    assert all(c is not None and c.interests is not None for c in contexts)
    assert sum(c is not None and c.education is not None for c in contexts) == 858
    assert sum(c is not None and c.work_values is not None for c in contexts) == 873


def test_onet_full_spot_checks(onet):
    taxonomy, _ = onet
    role = taxonomy.role_index["soc.21-1014.00"]
    assert role.title == "Mental Health Counselors"
    assert role.onet_soc == "21-1014.00"
    assert role.sector == "soc-21"
    assert taxonomy.sector_index["soc-21"].label == "Community and Social Service Occupations"
    assert role.codes == {"job_zone": "5"}
    assert "Mental Health Counselor" in role.aliases
    by_skill = {req.skill: req for req in role.requirements}
    # Skills.txt: 21-1014.00 2.A.1.b Active Listening IM 4.75, LV 4.88.
    listening = by_skill["onet.2.a.1.b"]
    assert listening.essential
    # Effective weight ((4.75 - 1) / 4) ** 2, halved back from the essential factor.
    assert listening.weight == round(((4.75 - 1) / 4) ** 2 / 2, 6) == 0.439453
    assert listening.level == 3.49  # 4.88 * 5 / 7 = 3.4857
    # Interests.txt (OI), Education (RL, mean category), Work Values (EX) of 21-1014.00.
    assert role.context == careermap.RoleContext(
        interests=(1.32, 4.44, 3.06, 6.76, 2.91, 3.45),
        job_zone=5,
        education=7.1903,
        work_values=(5.33, 4.17, 4.67, 6.33, 3.0, 5.33),
    )
    skill = taxonomy.skill_index["onet.2.a.1.b"]
    assert skill.label == "Active Listening"
    assert skill.category == "skill"
    assert skill.codes == {"onet": "2.A.1.b"}
    assert skill.broader == ("onet.2.a.1",)
    assert taxonomy.skill_index["onet.2.a.1"].broader == ("onet.2.a",)
    assert taxonomy.skill_index["onet.2.a"].broader == ()
    assert taxonomy.skill_index["onet.2.c.6"].broader == ("onet.2.c",)


def test_onet_full_round_trip(onet, tmp_path):
    taxonomy, _ = onet
    assert round_trip(taxonomy, tmp_path) == taxonomy


# --- ESCO fixture: tests/data/esco-mini ----------------------------------------------------


@pytest.fixture(scope="module")
def esco_mini() -> tuple[careermap.Taxonomy, str]:
    return summarised_import(import_esco, ESCO_MINI)


def test_esco_mini_sectors_are_isco_major_groups(esco_mini):
    taxonomy, _ = esco_mini
    assert [(s.id, s.label) for s in taxonomy.sectors] == [
        ("isco-0", "Armed forces occupations"),
        ("isco-2", "Professionals"),
    ]


def test_esco_mini_skills(esco_mini):
    taxonomy, _ = esco_mini
    skills = taxonomy.skill_index
    assert len(skills) == 7 + 6
    listen = skills[LISTEN]
    # altLabels is multi-line; the label and a repeat (in another case) are dropped.
    assert listen.aliases == ("listen attentively", "active listening")
    assert skills[EMPATHY].label == "show empathy"  # surrounding spaces stripped
    assert skills[EMPATHY].description.startswith('Show "empathy", i.e.')
    assert skills[DIGITAL].category is None  # empty skillType
    assert skills[PSYCHOLOGY].category == "knowledge"
    assert skills[NO_LABEL].label == f"ESCO skill {NO_LABEL}"  # empty preferredLabel
    assert skills[CRISIS].broader == (EMPATHY, "dc06de9f-dd3a-4f28-b58f-b01b5ae72ab8")
    group = skills["isced-f.0313"]
    assert group.category == "skill-group"
    assert group.codes == {"esco": "http://data.europa.eu/esco/isced-f/0313", "esco_code": "0313"}
    assert group.description.endswith("=== Inclusions\nCounselling")


def test_esco_mini_light_verb_objects_are_aliases(esco_mini, tmp_path):
    # "apply crisis intervention" is written "crisis intervention" on a CV.
    taxonomy, summary = esco_mini
    assert taxonomy.skill_index[CRISIS].aliases == ("crisis intervention",)
    assert "objects of light verbs added as aliases: 1," in summary
    match = careermap.resolve_skill("Crisis intervention", taxonomy=taxonomy, semantic=False)
    assert (match.skill_id, match.method) == (CRISIS, "alias")
    # An object that names another skill as well is no alias: it would be a guess.
    folder = copy_of(ESCO_MINI, tmp_path)
    edit(folder / "skills_en.csv", ",,psychology,", ",,crisis intervention,")
    clash = import_esco(folder, cache=False)
    assert clash.skill_index[CRISIS].aliases == ()


def test_esco_mini_ragged_hierarchy_rows_add_missing_links(esco_mini):
    # 031 -> 03 is only in skillsHierarchy_en.csv, whose rows omit trailing fields.
    taxonomy, _ = esco_mini
    assert taxonomy.skill_index["isced-f.031"].broader == ("isced-f.03",)
    assert taxonomy.skill_index["isced-f.03"].broader == ("c46fcb45-5c14-4ffa-abed-5a43f104bb22",)


def test_esco_mini_relations(esco_mini):
    taxonomy, summary = esco_mini
    assert [(r.source, r.target, r.weight, r.reason) for r in taxonomy.relations] == [
        (
            CRISIS,
            EMPATHY,
            0.5,
            "ESCO lists show empathy as an essential skill for apply crisis intervention",
        ),
        (
            PSYCHOLOGY,
            LISTEN,
            0.25,
            "ESCO lists listen actively as an optional skill for psychology",
        ),
    ]
    assert "self-relations dropped: 1" in summary


def test_esco_mini_roles(esco_mini):
    taxonomy, summary = esco_mini
    fleet = taxonomy.role_index[FLEET_COMMANDER]
    assert fleet.codes == {
        "isco": "0110",
        "esco": f"http://data.europa.eu/esco/occupation/{FLEET_COMMANDER}",
        "esco_code": "0110.9",
    }
    assert fleet.sector == "isco-0"
    assert fleet.aliases == ("deputy chief of naval staff", "navy commander")
    # listen actively is listed optional, then essential: essential wins.
    assert [(r.skill, r.importance.value) for r in fleet.requirements] == [
        (TROOPS, "essential"),
        (LISTEN, "essential"),
    ]
    psychologist = taxonomy.role_index[PSYCHOLOGIST]
    # psychology is listed essential, then optional: it stays essential.
    assert [(r.skill, r.importance.value) for r in psychologist.requirements] == [
        (PSYCHOLOGY, "essential"),
        (LISTEN, "essential"),
        (EMPATHY, "essential"),
        (DIGITAL, "optional"),
        (CRISIS, "optional"),
    ]
    assert {(r.weight, r.level) for r in psychologist.requirements} == {(1.0, 3)}
    assert "repeated occupation-skill pairs merged: 2" in summary
    # The cartographer has no skills, so it cannot be a role.
    assert len(taxonomy.roles) == 2
    assert "occupations without skills skipped: 1" in summary


def test_esco_mini_round_trip_keeps_leading_zeros(esco_mini, tmp_path):
    taxonomy, _ = esco_mini
    back = round_trip(taxonomy, tmp_path)
    assert back == taxonomy
    assert back.role_index[FLEET_COMMANDER].codes["isco"] == "0110"


def test_esco_version_is_an_option():
    assert import_esco(ESCO_MINI, version="1.2.1").version == "1.2.1"


def test_a_cache_folder_keeps_the_import_compiled(tmp_path):
    # cache=<path> keeps one compiled JSON file there (taxonomy.store.through_cache),
    # read back the second time; the default keeps it in the user's store instead.
    first = import_esco(ESCO_MINI, cache=tmp_path)
    assert [found.suffix for found in tmp_path.iterdir()] == [".json"]
    again = import_esco(ESCO_MINI, cache=tmp_path)
    assert again.model_dump() == first.model_dump() == import_esco(ESCO_MINI).model_dump()


def test_esco_missing_files_are_all_named(tmp_path):
    folder = copy_of(ESCO_MINI, tmp_path)
    (folder / "skills_en.csv").unlink()
    (folder / "occupationSkillRelations_en.csv").unlink()
    with pytest.raises(careermap.TaxonomyError) as info:
        import_esco(folder)
    found = problems(info)
    assert [Path(p.file).name for p in found] == [
        "skills_en.csv",
        "occupationSkillRelations_en.csv",
    ]
    assert all(p.file.startswith(str(folder)) for p in found)
    assert "missing file 'skills_en.csv'" in str(info.value)


def test_esco_missing_column_names_file_and_column(tmp_path):
    folder = copy_of(ESCO_MINI, tmp_path)
    edit(folder / "occupations_en.csv", "iscoGroup", "iscoGroupCode")
    with pytest.raises(careermap.TaxonomyError) as info:
        import_esco(folder)
    (problem,) = problems(info)
    assert Path(problem.file).name == "occupations_en.csv"
    assert (problem.line, problem.field) == (1, "iscoGroup")
    assert "missing column 'iscoGroup'" in problem.message


def test_esco_bad_row_names_its_line(tmp_path):
    # The first occupation's record spans lines 2-6 (multi-line altLabels and inScheme),
    # so the second starts on line 7.
    folder = copy_of(ESCO_MINI, tmp_path)
    edit(folder / "occupations_en.csv", ",2634,", ",psychologists,")
    edit(folder / "occupationSkillRelations_en.csv", "optional", "sometimes")
    with pytest.raises(careermap.TaxonomyError) as info:
        import_esco(folder)
    found = {(Path(p.file).name, p.line, p.field): p.message for p in problems(info)}
    assert found == {
        ("occupations_en.csv", 7, "iscoGroup"): "expected digits, got 'psychologists'",
        (
            "occupationSkillRelations_en.csv",
            3,
            "relationType",
        ): "expected essential or optional, got 'sometimes'",
    }


def test_esco_unknown_skill_and_extra_fields_are_reported(tmp_path):
    folder = copy_of(ESCO_MINI, tmp_path)
    edit(folder / "occupationSkillRelations_en.csv", TROOPS, "00000000-0000-0000-0000-000000000000")
    edit(folder / "skillSkillRelations_en.csv", f"{EMPATHY}\r\n", f"{EMPATHY},extra\r\n")
    with pytest.raises(careermap.TaxonomyError) as info:
        import_esco(folder)
    found = {(Path(p.file).name, p.line, p.field): p.message for p in problems(info)}
    assert found == {
        ("skillSkillRelations_en.csv", 2, ""): (
            "6 fields, but the header names 5; is a separator inside a value left unquoted?"
        ),
        ("occupationSkillRelations_en.csv", 2, "skillUri"): (
            "unknown skill 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000'"
        ),
    }


def test_esco_repeated_concept_is_reported(tmp_path):
    folder = copy_of(ESCO_MINI, tmp_path)
    edit(folder / "skillGroups_en.csv", "isced-f/031,", "isced-f/03,")
    with pytest.raises(careermap.TaxonomyError, match="is repeated") as info:
        import_esco(folder)
    (problem,) = problems(info)
    assert (Path(problem.file).name, problem.field) == ("skillGroups_en.csv", "conceptUri")


def test_problems_are_capped(tmp_path):
    folder = copy_of(ESCO_MINI, tmp_path)
    row = f"{FLEET_COMMANDER},sometimes,,{LISTEN}\r\n"
    with (folder / "occupationSkillRelations_en.csv").open("a", encoding="utf-8", newline="") as f:
        f.write(row * 150)
    with pytest.raises(careermap.TaxonomyError) as info:
        import_esco(folder)
    found = problems(info)
    assert len(found) == MAX_PROBLEMS + 1
    assert found[-1].message == "... and 50 more problems"


def test_importers_need_a_folder(tmp_path):
    with pytest.raises(careermap.TaxonomyError, match="expected the folder of the ESCO"):
        import_esco(tmp_path / "nowhere")
    file = tmp_path / "file.csv"
    file.write_text("x\n", encoding="utf-8")
    with pytest.raises(careermap.TaxonomyError, match="found a file there"):
        import_onet(file)


# --- O*NET fixture: tests/data/onet-mini ---------------------------------------------------


@pytest.fixture(scope="module")
def onet_mini() -> tuple[careermap.Taxonomy, str]:
    return summarised_import(import_onet, ONET_MINI)


def test_onet_mini_requirements_rule(onet_mini):
    taxonomy, summary = onet_mini
    role = taxonomy.roles[0]
    assert role.id == "soc.21-1014.00"
    assert [(r.skill, r.importance.value, r.weight, r.level) for r in role.requirements] == [
        ("onet.2.a.1.a", "optional", 0.25, 2.5),  # IM 3.00 is optional; LV 3.50 -> 2.5
        ("onet.2.a.1.b", "essential", 0.439453, 3.49),  # IM 4.75 (0.9375 ** 2 / 2); 3.4857
        ("onet.2.a.1.d", "minor", 0.247506, 2.86),  # IM 2.99: minor, scored at 0.4975 ** 2
        ("onet.2.b.1.a", "essential", 0.195312, 1),  # IM 3.50 is essential; LV 0 -> 1
        ("onet.2.c.4.e", "essential", 0.405, 4.5),  # LV 6.30 -> 4.5, no longer rounded to 5
        ("onet.2.c.6", "essential", 0.245, 3),  # Recommend Suppress n/a is not "Y"; LV 4.20
        ("onet.2.c.10", "minor", 0.015625, 1),  # IM 1.50: minor, (0.5 / 4) ** 2
    ]
    # Left out: Critical Thinking (LV suppressed), Programming (LV not relevant),
    # Administration and Management (IM suppressed).
    assert (
        "skipped 1 not relevant ratings, 1 occupations without ratings, 2 suppressed ratings"
    ) in summary
    # The mini folder has Interests.txt etc. for 21-1014.00 only.
    assert role.context == careermap.RoleContext(
        interests=(1.32, 4.44, 3.06, 6.76, 2.91, 3.45),
        job_zone=5,
        education=6.5,
        work_values=(5.33, 4.17, 4.67, 6.33, 3.0, 5.33),
    )


def test_onet_mini_roles(onet_mini):
    taxonomy, _ = onet_mini
    role = taxonomy.role_index["soc.21-1014.00"]
    assert role.title == "Mental Health Counselors"
    # "n/a" short titles, the title itself and a case-insensitive repeat are left out.
    assert role.aliases == ("Behavioral Health Clinician", "BHC", "Mental Health Counselor")
    assert role.codes == {"job_zone": "5"}
    assert role.onet_soc == "21-1014.00"
    assert role.sector == "soc-21"
    # 21-1019.00 has no ratings; 41-9012.00 rates only minor elements, without context.
    assert set(taxonomy.role_index) == {"soc.21-1014.00", "soc.41-9012.00"}
    assert taxonomy.role_index["soc.41-9012.00"].context == careermap.RoleContext(job_zone=2)
    assert [s.id for s in taxonomy.sectors][:2] == ["soc-11", "soc-13"]
    assert len(taxonomy.sectors) == 23


def test_onet_mini_skills_and_groups(onet_mini):
    taxonomy, _ = onet_mini
    assert [(s.id, s.category, s.broader) for s in taxonomy.skills] == [
        ("onet.2.a", "skill-group", ()),
        ("onet.2.a.1", "skill-group", ("onet.2.a",)),
        ("onet.2.a.1.a", "skill", ("onet.2.a.1",)),
        ("onet.2.a.1.b", "skill", ("onet.2.a.1",)),
        ("onet.2.a.1.d", "skill", ("onet.2.a.1",)),
        ("onet.2.a.2", "skill-group", ("onet.2.a",)),
        ("onet.2.a.2.a", "skill", ("onet.2.a.2",)),
        ("onet.2.b", "skill-group", ()),
        ("onet.2.b.1", "skill-group", ("onet.2.b",)),
        ("onet.2.b.1.a", "skill", ("onet.2.b.1",)),
        ("onet.2.b.3", "skill-group", ("onet.2.b",)),
        ("onet.2.b.3.e", "skill", ("onet.2.b.3",)),
        ("onet.2.c", "skill-group", ()),
        ("onet.2.c.1", "skill-group", ("onet.2.c",)),
        ("onet.2.c.1.a", "knowledge", ("onet.2.c.1",)),
        ("onet.2.c.4", "skill-group", ("onet.2.c",)),
        ("onet.2.c.4.e", "knowledge", ("onet.2.c.4",)),
        ("onet.2.c.6", "knowledge", ("onet.2.c",)),
        ("onet.2.c.10", "knowledge", ("onet.2.c",)),  # after 2.C.6: numbers sort by value
    ]
    skill = taxonomy.skill_index["onet.2.c.4"]
    assert (skill.label, skill.codes) == ("Mathematics and Science", {"onet": "2.C.4"})
    assert taxonomy.skill_index["onet.2.a.1.b"].description.startswith("Giving full attention")


def test_onet_mini_round_trip(onet_mini, tmp_path):
    taxonomy, _ = onet_mini
    assert round_trip(taxonomy, tmp_path) == taxonomy


@pytest.mark.parametrize(
    ("importance", "level", "expected"),
    [
        ("1.00", "7.00", None),  # Importance 1: not important at all
        ("1.01", "7.00", (careermap.Importance.MINOR, 6e-06, 5)),  # 0.0025 ** 2, rounded
        ("2.99", "7.00", (careermap.Importance.MINOR, 0.247506, 5)),  # 0.4975 ** 2
        ("3.00", "7.00", (careermap.Importance.OPTIONAL, 0.25, 5)),
        ("3.49", "2.10", (careermap.Importance.OPTIONAL, 0.387506, 1.5)),  # kept, not rounded
        ("3.50", "0.70", (careermap.Importance.ESSENTIAL, 0.195312, 1)),  # 0.625 ** 2 / 2
        ("5.00", "0.00", (careermap.Importance.ESSENTIAL, 0.5, 1)),  # 1 / 2; level clipped up
        ("4.00", "4.89", (careermap.Importance.ESSENTIAL, 0.28125, 3.49)),  # 3.492...
        ("4.00", "4.90", (careermap.Importance.ESSENTIAL, 0.28125, 3.5)),
        ("4.00", "4.893", (careermap.Importance.ESSENTIAL, 0.28125, 3.5)),  # 3.495 rounds up
        ("4.00", "5.60", (careermap.Importance.ESSENTIAL, 0.28125, 4)),  # whole: an int
    ],
)
def test_rating_to_requirement(importance, level, expected):
    assert rating_to_requirement(importance, level) == expected


def test_onet_missing_file_and_column(tmp_path):
    folder = copy_of(ONET_MINI, tmp_path)
    (folder / "Job Zones.txt").unlink()
    edit(folder / "Knowledge.txt", "\tNot Relevant\t", "\tRelevant\t")
    with pytest.raises(careermap.TaxonomyError) as info:
        import_onet(folder)
    found = [(Path(p.file).name, p.line, p.field) for p in problems(info)]
    assert found == [("Job Zones.txt", None, ""), ("Knowledge.txt", 1, "Not Relevant")]
    assert "missing file 'Job Zones.txt'" in str(info.value)


def test_onet_bad_values_name_their_line(tmp_path):
    folder = copy_of(ONET_MINI, tmp_path)
    edit(folder / "Skills.txt", "\tIM\t4.75\t", "\tIM\tfour\t")
    edit(folder / "Knowledge.txt", "\tLV\t6.30\t", "\tLV\t7.30\t")
    edit(folder / "Job Zones.txt", "21-1014.00", "21-9999.00")
    with pytest.raises(careermap.TaxonomyError) as info:
        import_onet(folder)
    found = {(Path(p.file).name, p.line, p.field): p.message for p in problems(info)}
    assert found == {
        ("Job Zones.txt", 2, "O*NET-SOC Code"): (
            "unknown occupation '21-9999.00' (not in Occupation Data.txt)"
        ),
        ("Skills.txt", 4, "Data Value"): "not a number: 'four'",
        ("Knowledge.txt", 5, "Data Value"): "LV 7.30 is outside O*NET's 0-7 scale",
    }


def test_onet_missing_rating_value_skips_the_element(tmp_path):
    folder = copy_of(ONET_MINI, tmp_path)
    edit(folder / "Skills.txt", "\tIM\t4.75\t", "\tIM\tn/a\t")
    with captured_summary() as messages:
        taxonomy = import_onet(folder)
    skills = [r.skill for r in taxonomy.role_index["soc.21-1014.00"].requirements]
    assert "onet.2.a.1.b" not in skills
    assert "1 ratings without a value" in messages[0]


def test_onet_levels_are_continuous_and_whole_levels_stay_ints():
    # A whole level is an int (so explanations say "level 4", never "level 4.0").
    assert type(rating_to_requirement("4.00", "5.60")[2]) is int  # type: ignore[index]
    assert type(rating_to_requirement("4.00", "4.90")[2]) is float  # type: ignore[index]
    assert careermap.Requirement(skill="a", level=4.0).level.__class__ is int
    assert careermap.Requirement(skill="a", level=3.49).level == 3.49
    with pytest.raises(ValueError, match="less than or equal to 5"):
        careermap.Requirement(skill="a", level=5.01)


def test_similar_roles_and_paths_start_from_fractional_levels(onet_mini):
    taxonomy, _ = onet_mini
    role = taxonomy.roles[0]
    assert any(isinstance(req.level, float) for req in role.requirements)
    ranking = careermap.similar_roles(role.id, taxonomy=taxonomy, limit=None)
    # The profile records whole levels; the score keeps the role's own (3.49 stays 3.49).
    levels = {entry.text: entry.level for entry in ranking.profile.entries}
    assert levels["onet.2.a.1.b"] == 3
    assert levels["onet.2.c.4.e"] == 5  # 4.5 rounds up
    assert [m.role_id for m in ranking] == ["soc.41-9012.00"]


def test_esco_mini_records_its_own_context_weights(esco_mini):
    taxonomy, _ = esco_mini
    assert taxonomy.scoring is not None
    assert dict(taxonomy.scoring.context_weights) == ESCO_CONTEXT_WEIGHTS
    assert "fit" in taxonomy.scoring.basis
    # Survives the compiled form, as every other field does.
    again = careermap.Taxonomy.model_validate_json(taxonomy.model_dump_json(by_alias=True))
    assert again.scoring == taxonomy.scoring

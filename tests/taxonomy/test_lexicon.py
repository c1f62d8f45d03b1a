"""The ``lexicons`` section: skill names in other languages, checked as the taxonomy loads."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import careermap
from careermap import TaxonomyError, load_taxonomy
from careermap.base.text import normalize
from careermap.taxonomy.compiled import load_compiled, save_compiled
from careermap.taxonomy.lexicon import term_key

SKILLS = """\
sectors: [{id: care, label: Care}]
skills:
  - {id: crisis-intervention, label: Crisis intervention, aliases: [crisis work]}
  - {id: mediation, label: Mediation}
roles: [{id: r, title: R, sector: care, requirements: [{skill: crisis-intervention}]}]
"""


def folder(tmp_path: Path, lexicon: str, *more: str) -> Path:
    root = tmp_path / "taxonomy"
    (root / "languages").mkdir(parents=True)
    (root / "skills.yaml").write_text(SKILLS, encoding="utf-8")
    (root / "languages" / "es.yaml").write_text(textwrap.dedent(lexicon), encoding="utf-8")
    for i, text in enumerate(more):
        path = root / "languages" / f"more{i}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems_of(path: Path) -> list[careermap.Problem]:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path, cache=False)
    return list(info.value.problems)


SPANISH = """\
lexicons:
  - language: es
    name: Spanish
    source: test
    skills:
      - skill: crisis-intervention
        terms: [intervención en crisis]
      - skill: mediation
        terms: [mediación familiar]
"""


def test_a_lexicon_loads_and_survives_the_compiled_form(tmp_path):
    taxonomy = load_taxonomy(folder(tmp_path, SPANISH), cache=False)
    assert [x.language for x in taxonomy.lexicons] == ["es"]
    assert taxonomy.lexicons[0].skills[1].terms == ("mediación familiar",)
    target = save_compiled(taxonomy, tmp_path / "compiled.json")
    again = load_compiled(target)
    assert again is not None
    assert again.lexicons == taxonomy.lexicons


def test_a_lexicon_changes_the_identity(tmp_path):
    with_lexicon = load_taxonomy(folder(tmp_path, SPANISH), cache=False)
    without = with_lexicon.model_copy(update={"lexicons": ()})
    assert careermap.taxonomy_identity(with_lexicon) != careermap.taxonomy_identity(without)


def test_an_unknown_skill_is_named_with_its_file_line_and_a_fix(tmp_path):
    text = SPANISH.replace("skill: mediation", "skill: mediaton")
    [problem] = problems_of(folder(tmp_path, text))
    assert problem.file.endswith("languages/es.yaml")
    assert problem.line == 8
    assert problem.field == "lexicons[0].skills[1].skill"
    assert "unknown skill 'mediaton'" in problem.message
    assert "did you mean 'mediation'" in problem.message


def test_a_term_listed_twice_for_one_skill_is_refused(tmp_path):
    text = SPANISH.replace("[mediación familiar]", "[mediación familiar, Mediacion Familiar]")
    [problem] = problems_of(folder(tmp_path, text))
    assert problem.line == 9
    assert problem.field.startswith("lexicons[0].skills[1].terms")
    assert "'Mediacion Familiar' is listed twice" in problem.message
    assert "remove the repeat" in problem.message


def test_a_term_naming_two_skills_is_refused(tmp_path):
    text = SPANISH.replace("[mediación familiar]", "[intervencion en crisis]")
    [problem] = problems_of(folder(tmp_path, text))
    assert problem.line == 9
    assert problem.field == "lexicons[0].skills[1].terms[0]"
    assert "listed twice" in problem.message
    assert "'crisis-intervention'" in problem.message
    assert "keep it once" in problem.message


def test_a_term_that_is_another_skills_english_name_is_refused(tmp_path):
    text = SPANISH.replace("[mediación familiar]", "[Crisis Work]")
    [problem] = problems_of(folder(tmp_path, text))
    assert problem.field == "lexicons[0].skills[1].terms[0]"
    assert "already the English name 'crisis work' of the skill 'crisis-intervention'" in (
        problem.message
    )
    assert "remove it from the lexicon" in problem.message


def test_a_term_that_is_the_skills_own_english_name_is_refused(tmp_path):
    text = SPANISH.replace("[mediación familiar]", "[médiation]")
    [problem] = problems_of(folder(tmp_path, text))
    assert "already the English name 'Mediation' of itself" in problem.message


def test_a_language_given_twice_is_refused(tmp_path):
    other = SPANISH.replace("intervención en crisis", "contención emocional").replace(
        "mediación familiar", "mediación comunitaria"
    )
    problems = problems_of(folder(tmp_path, SPANISH, other))
    assert len(problems) == 1
    assert problems[0].file.endswith("more0.yaml")
    assert problems[0].field == "lexicons[0].language"
    assert "already has a lexicon in" in problems[0].message


def test_a_skill_listed_twice_in_one_lexicon_is_refused(tmp_path):
    text = SPANISH.replace("skill: mediation", "skill: crisis-intervention")
    [problem] = problems_of(folder(tmp_path, text))
    assert "skill 'crisis-intervention' is listed twice in this lexicon" in problem.message


def test_a_bad_language_code_is_refused(tmp_path):
    [problem] = problems_of(folder(tmp_path, SPANISH.replace("language: es", "language: ES")))
    assert problem.field == "lexicons[0].language"


def test_term_key_folds_the_catalan_ela_geminada_however_typed():
    # Fortieth round: the middle dot, the one-letter "ŀ" and a full stop typed for it.
    forms = {
        term_key(t) for t in ("col·laboració", "coŀlaboració", "col.laboració", "COL·LABORACIÓ")
    }
    assert forms == {"col laboracio"}


def test_term_key_folds_latin_text_as_names_and_keeps_other_scripts():
    assert term_key("Acompañamiento Terapéutico") == normalize("acompanamiento terapeutico")
    assert term_key("Психообразование") == "психообразование"
    assert term_key("ПСИХООБРАЗОВАНИЕ (ПО)") == "психообразование по"
    assert term_key("мотиваційне інтерв\u2019ю") == term_key("Мотиваційне інтерв'ю")
    assert term_key("Ψυχοεκπαίδευση") == "ψυχοεκπαιδευση"


def test_the_bundled_lexicons_cover_the_languages_promised():
    taxonomy = load_taxonomy()
    languages = {x.language: x for x in taxonomy.lexicons}
    assert {"es", "fr", "pt", "de", "nl", "ru", "uk"} <= set(languages)
    # Thirty-seventh round: Italian, Turkish, Greek, the Balkan languages, Arabic, Japanese.
    assert {"it", "tr", "el", "hbs", "mk", "bg", "ar", "ja"} <= set(languages)
    # Thirty-eighth round: Korean, Persian, Azerbaijani, Hebrew and Albanian.
    assert {"ko", "fa", "az", "he", "sq"} <= set(languages)
    # Thirty-ninth round: Haitian Creole and Sorani Kurdish.
    assert {"ht", "ckb"} <= set(languages)
    # Fortieth round: Catalan, and Papiamento, a small lexicon by choice (its file says why).
    assert {"ca", "pap"} <= set(languages)
    # Forty-first round: Malay.
    assert "ms" in languages
    # Forty-second round: Welsh, and te reo Māori, small by choice (its file says why).
    assert {"cy", "mi"} <= set(languages)
    # Forty-third round: Swedish, and Swahili, modest by choice (its file says why).
    assert {"sv", "sw"} <= set(languages)
    small = {"pap": 20, "mi": 5, "sw": 20}
    for lexicon in languages.values():
        assert small.get(lexicon.language, 60) <= len(lexicon.skills) <= 160, lexicon.language
        assert lexicon.source


JAPANESE = """\
lexicons:
  - language: ja
    name: Japanese
    skills:
      - skill: crisis-intervention
        terms: [危機介入, クライシス・インターベンション]
      - skill: mediation
        terms: [クライシスインターベンション]
"""


def test_a_term_written_alike_in_a_script_without_spaces_is_refused(tmp_path):
    # Thirty-seventh round: "・" and spaces between Japanese letters are not compared, so
    # the same term for a second skill is the same term (and a second Arabic spelling with
    # the hamza's seat is one term too).
    [problem] = problems_of(folder(tmp_path, JAPANESE))
    assert problem.field == "lexicons[0].skills[1].terms[0]"
    assert "'クライシスインターベンション' of 'mediation' is listed twice" in problem.message
    arabic = JAPANESE.replace(
        "[危機介入, クライシス・インターベンション]", "[التدخل في الأزمات, التدخل في الازمات]"
    )
    [problem] = problems_of(folder(tmp_path / "ar", arabic))
    assert "is listed twice" in problem.message
    assert "remove the repeat" in problem.message


def test_a_korean_term_written_spaced_and_joined_is_one_term(tmp_path):
    # Thirty-eighth round: the spaces between Hangul letters are not compared (Korean
    # orthography lets a technical term be written either way), so a second spelling
    # for another skill is the same term, refused with its place.
    korean = (
        JAPANESE.replace("ja\n    name: Japanese", "ko\n    name: Korean")
        .replace("[危機介入, クライシス・インターベンション]", "[위기개입]")
        .replace("[クライシスインターベンション]", "[위기 개입]")
    )
    [problem] = problems_of(folder(tmp_path, korean))
    assert problem.field == "lexicons[0].skills[1].terms[0]"
    assert "'위기 개입' of 'mediation' is listed twice" in problem.message

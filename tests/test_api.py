"""The public API: a sorted, importable __all__ and no import-time work."""

from __future__ import annotations

import subprocess
import sys

import pytest

import careermap
from careermap.base.suggest import close_matches

from .conftest import MINI


def test_all_is_sorted_and_importable():
    assert list(careermap.__all__) == sorted(careermap.__all__)
    for name in careermap.__all__:
        value = getattr(careermap, name)
        if isinstance(value, type) or callable(value):
            # Public names report careermap.X, not the internal module they live in.
            assert value.__module__ == "careermap", (name, value.__module__)


def test_public_names_show_careermap_in_tracebacks():
    assert repr(careermap.Ranking) == "<class 'careermap.Ranking'>"
    with pytest.raises(careermap.OptionError) as info:
        careermap.rank_careers(["CBT"], limit=0)
    assert info.type.__module__ == "careermap"


def test_public_callables_have_docstrings():
    for name in careermap.__all__:
        obj = getattr(careermap, name)
        if callable(obj):
            assert obj.__doc__, name


def test_errors_are_also_builtin_errors():
    assert issubclass(careermap.TaxonomyError, ValueError)
    assert issubclass(careermap.ProfileError, ValueError)
    assert issubclass(careermap.SkillNotFoundError, LookupError)
    assert issubclass(careermap.RoleNotFoundError, LookupError)
    for name in ("TaxonomyError", "ProfileError", "NotFoundError"):
        assert issubclass(getattr(careermap, name), careermap.CareermapError)


def test_import_reads_no_files_and_imports_no_networkx():
    code = (
        "import sys, builtins, io\n"
        "opened = []\n"
        "real_open = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real_open(file, *a, **k)\n"
        "builtins.open = io.open = spy\n"
        "import careermap\n"
        "yaml_files = [f for f in opened if f.endswith(('.yaml', '.yml'))]\n"
        "assert not yaml_files, yaml_files\n"
        "assert 'networkx' not in sys.modules, 'networkx imported eagerly'\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_import_loads_public_names_on_first_use():
    # `import careermap` (and so the command line) imports neither numpy nor
    # pydantic until a name that needs them is used; dir() and __all__ still list all.
    code = (
        "import sys\n"
        "import careermap\n"
        "assert not {'numpy', 'pydantic', 'rapidfuzz'} & set(sys.modules), sys.modules\n"
        "assert set(careermap.__all__) <= set(dir(careermap))\n"
        "assert careermap.Ranking.__module__ == 'careermap'\n"
        "from careermap.results.matches import RoleMatch  # set with Ranking, its module's\n"
        "assert RoleMatch.__module__ == 'careermap'\n"
        "assert 'numpy' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_ranking_without_a_background_imports_no_credential_readers():
    # Issue 12's warm load ranks ids with no background: its matches carry no verdict,
    # so results.readiness (and the credential readers' patterns) is not imported until
    # a background is read; then the verdicts are there as before.
    code = (
        "import sys\n"
        "import careermap\n"
        "ranking = careermap.rank_careers(['active-listening', 'crisis-intervention'])\n"
        "assert ranking[0].readiness is None and ranking[0].gaps is not None\n"
        "readers = {'careermap.results.readiness', 'careermap.results.standing',\n"
        "           'careermap.results.credentials', 'careermap.results.current'}\n"
        "assert not readers & set(sys.modules), readers & set(sys.modules)\n"
        "background = {'education': 'master', 'credentials': ['LPC']}\n"
        "ranking = careermap.rank_careers(['crisis-intervention'], background=background)\n"
        "assert ranking[0].readiness is not None\n"
        "assert 'careermap.results.readiness' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_ranking_ids_imports_no_reading_by_meaning():
    # Ids and exact names never need the fuzzy and semantic readings (nor the language
    # readings a country brings, the experience a background shows or advice order's
    # fill): they are imported when a text or a background needs them.
    code = (
        "import sys\n"
        "import careermap\n"
        "ranking = careermap.rank_careers(['active-listening', 'crisis-intervention'])\n"
        "assert ranking[0].gaps is not None\n"
        "later = {'careermap.resolve.by_meaning', 'careermap.resolve.semantic',\n"
        "         'careermap.resolve.embed', 'careermap.resolve.spoken',\n"
        "         'careermap.results.experience', 'careermap.scoring.thin'}\n"
        "assert not later & set(sys.modules), later & set(sys.modules)\n"
        "ranking = careermap.rank_careers(['active listning', 'crisis intervention'])\n"
        "assert ranking.profile.entries[0].match.skill_id == 'active-listening'\n"
        "assert 'careermap.resolve.by_meaning' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_taxonomy_file_is_still_read_from_the_models_module():
    # TaxonomyFile moved to careermap.taxonomy.files (a cached load never builds it);
    # the models module still gives it, the same class.
    from careermap.taxonomy import files, models  # noqa: PLC0415

    assert models.TaxonomyFile is files.TaxonomyFile is careermap.TaxonomyFile
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        models.Nothing  # noqa: B018


def test_lookups_name_the_query_and_suggest(mini):
    with pytest.raises(careermap.RoleNotFoundError, match="'therapst'") as info:
        careermap.lookup_role("therapst", taxonomy=mini)
    assert info.value.suggestions[0] == "therapist"
    assert careermap.get_skill("cbt", taxonomy=mini).label == "Cognitive behavioural therapy"
    assert careermap.get_skill("nope", taxonomy=mini) is None
    assert careermap.get_role("nope", "fallback", taxonomy=mini) == "fallback"
    with pytest.raises(careermap.SectorNotFoundError, match="known: clinic, office, school"):
        careermap.lookup_sector("hr", taxonomy=mini)


def test_options_out_of_range_are_option_errors(mini):
    with pytest.raises(careermap.OptionError, match="limit must be a positive whole number"):
        careermap.search_skills("cbt", taxonomy=mini, limit=-1)
    with pytest.raises(careermap.OptionError, match="min_score must be a number from 0 to 1"):
        careermap.rank_careers(["CBT"], taxonomy=mini, min_score=5)
    with pytest.raises(careermap.OptionError, match="min_score"):
        careermap.rank_careers(["CBT"], taxonomy=mini, min_score=float("nan"))
    with pytest.raises(careermap.OptionError, match="min_similarity must be a number from 0 to"):
        careermap.resolve_skill("cbt", taxonomy=mini, min_similarity=101)
    assert issubclass(careermap.OptionError, ValueError)


def test_rank_many_checks_its_options_before_the_first_result(mini):
    with pytest.raises(careermap.OptionError):
        careermap.rank_many([["CBT"]], taxonomy=mini, limit=0)  # no next() needed
    with pytest.raises(careermap.SectorNotFoundError):
        careermap.rank_many([["CBT"]], taxonomy=mini, sectors=["nope"])


def test_a_low_min_similarity_is_honoured(mini):
    # "payroll admin stuff" scores between 50 and 82 against "payroll administration":
    # below the default cutoff, but a caller may accept it.
    assert careermap.resolve_skill("payrol adm", taxonomy=mini).skill_id is None
    match = careermap.resolve_skill("payrol adm", taxonomy=mini, min_similarity=40)
    assert match.skill_id == "payroll"
    assert 40 <= match.similarity < 82


def test_copies_of_a_taxonomy_do_not_share_stale_indexes(mini):
    assert "teacher" in mini.role_index
    smaller = mini.model_copy(update={"roles": mini.roles[:1]})
    assert list(smaller.role_index) == [mini.roles[0].id]
    assert careermap.get_role("teacher", taxonomy=smaller) is None
    with pytest.raises(careermap.RoleNotFoundError):
        careermap.similar_roles("teacher", taxonomy=smaller)


def test_a_hand_built_taxonomy_with_a_dangling_reference_says_so():
    taxonomy = careermap.Taxonomy(
        sectors=(careermap.Sector(id="s", label="S"),),
        skills=(careermap.Skill(id="a", label="A"),),
        roles=(careermap.Role(id="r", title="R", sector="s", requirements=[{"skill": "zzz"}]),),
    )
    with pytest.raises(careermap.TaxonomyError, match="unknown skill 'zzz'"):
        careermap.rank_careers(["A"], taxonomy=taxonomy)


def test_suggestions_break_ties_by_id_not_by_file_order(mini):
    assert close_matches("abcx", ["abcz", "abcy"]) == ["abcy", "abcz"]
    assert close_matches("abcx", ["abcy", "abcz"]) == ["abcy", "abcz"]


def test_upskilling_in_a_sector_without_roles_is_empty_not_an_error(mini, tmp_path):
    extra = tmp_path / "empty-sector.yaml"
    extra.write_text("sectors: [{id: lonely, label: Lonely}]\n")
    taxonomy = careermap.load_taxonomy(MINI, extend=extra)
    ranking = careermap.rank_careers(["CBT"], taxonomy=taxonomy, sectors=["lonely"])
    assert len(ranking) == 0
    result = careermap.upskilling(["CBT"], taxonomy=taxonomy, sectors=["lonely"])
    assert result.roles_above == 0


@pytest.mark.parametrize(
    "name",
    ["careermap", "careermap.plot", "careermap.importers", "careermap.dask", "careermap.explorer"],
)
def test_public_modules_offer_only_their_documented_names(name):
    # What tab completion offers: no stray imports (Any, Callable, rank_careers...).
    module = __import__(name, fromlist=["__all__"])
    offered = {n for n in dir(module) if not n.startswith("_")}
    extra = {"dask", "importers", "plot"} if name == "careermap" else set()
    assert offered == {n for n in module.__all__ if not n.startswith("_")} | extra


def test_the_public_modules_load_when_first_used():
    code = (
        "import sys, careermap\n"
        "assert 'matplotlib' not in sys.modules\n"
        "print(careermap.plot.__name__, careermap.importers.__name__)\n"
        "try:\n"
        "    careermap.no_such_name\n"
        "except AttributeError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "careermap.plot careermap.importers",
        "module 'careermap' has no attribute 'no_such_name'",
    ]

"""The public API: a sorted, importable __all__ and no import-time work."""

from __future__ import annotations

import subprocess
import sys

import pytest

import careermap


def test_all_is_sorted_and_importable():
    assert list(careermap.__all__) == sorted(careermap.__all__)
    for name in careermap.__all__:
        assert getattr(careermap, name) is not None, name


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


def test_lookups_name_the_query_and_suggest(mini):
    with pytest.raises(careermap.RoleNotFoundError, match="'therapst'") as info:
        careermap.lookup_role("therapst", taxonomy=mini)
    assert info.value.suggestions[0] == "therapist"
    assert careermap.get_skill("cbt", taxonomy=mini).label == "Cognitive behavioural therapy"
    assert careermap.get_skill("nope", taxonomy=mini) is None
    assert careermap.get_role("nope", "fallback", taxonomy=mini) == "fallback"
    with pytest.raises(careermap.SectorNotFoundError, match="known: clinic, office, school"):
        careermap.lookup_sector("hr", taxonomy=mini)

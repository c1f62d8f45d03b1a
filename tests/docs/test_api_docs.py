"""docs/api.md is made from careermap.__all__; each public callable documents its parameters."""

from __future__ import annotations

import inspect
from pathlib import Path

import careermap

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _script():
    return load_script(ROOT / "scripts" / "write_api_docs.py", "write_api_docs")


def test_the_api_page_is_up_to_date():
    expected = _script().render()
    found = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert found == expected, "docs/api.md is stale: run python scripts/write_api_docs.py"


def test_every_public_name_is_on_the_page():
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [name for name in careermap.__all__ if f"**`{name}" not in page]
    assert not missing


#: Methods pydantic writes on a model class itself (``model_post_init`` sets the private
#: attributes of a model that has them, such as ``Entry``): pydantic's, documented there.
PYDANTIC_HOOKS = frozenset({"model_post_init"})


def _callables():
    for name in careermap.__all__:
        value = getattr(careermap, name)
        if inspect.isfunction(value):
            yield name, value
        elif inspect.isclass(value):
            for attribute, member in vars(value).items():
                public = not attribute.startswith("_") and attribute not in PYDANTIC_HOOKS
                if inspect.isfunction(member) and public:
                    yield f"{name}.{attribute}", member


def test_every_public_function_has_a_parameters_section():
    lacking = [
        name
        for name, function in _callables()
        if [p for p in inspect.signature(function).parameters if p != "self"]
        and "Parameters\n" not in (function.__doc__ or "")
    ]
    assert not lacking, f"no Parameters section: {lacking}"


def test_every_documented_parameter_exists_and_every_parameter_is_documented():
    wrong = []
    for name, function in _callables():
        doc = inspect.getdoc(function) or ""
        if "Parameters\n" not in doc:
            continue
        section = doc.split("Parameters\n----------\n", 1)[1].split("\n\n", 1)[0]
        documented = set()
        for line in section.splitlines():
            if line and not line.startswith(" "):
                documented |= {part.strip() for part in line.split(":")[0].split(",")}
        actual = {p for p in inspect.signature(function).parameters if p != "self"}
        if documented != actual:
            wrong.append((name, sorted(documented ^ actual)))
    assert not wrong, wrong

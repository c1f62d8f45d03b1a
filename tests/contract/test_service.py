"""The reference service in examples/service.py, driven by FastAPI's test client."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import careermap

from ..conftest import require_module
from ..scripts import load_script

require_module("fastapi", "the service extra is not installed")
with warnings.catch_warnings():
    # Only where httpx2 cannot be installed (Python 3.10): Starlette's test client
    # then falls back to httpx and says it is deprecated; it still works.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

SERVICE = Path(__file__).resolve().parents[2] / "examples" / "service.py"
ORG_ROLES = """\
roles:
  - id: people-partner-wellbeing
    title: People partner, wellbeing
    sector: human-resources
    requirements:
      - {skill: active-listening, importance: essential, level: 4}
      - {skill: case-management, importance: optional, level: 3}
"""


def load_service() -> ModuleType:
    return load_script(SERVICE, "careermap_example_service")


@pytest.fixture(scope="module")
def service() -> ModuleType:
    return load_service()


@pytest.fixture(scope="module")
def client(service) -> Iterator[TestClient]:
    with TestClient(service.create_app()) as client:
        yield client


def body(*skills: str | tuple[str, int], **options: object) -> dict[str, object]:
    items = [{"text": s} if isinstance(s, str) else {"text": s[0], "level": s[1]} for s in skills]
    return {"skills": items, **options}


def test_match_gives_what_the_library_gives(client, default):
    response = client.post(
        "/match", json=body(("CBT", 4), "active listening", "crisis intervention", limit=5)
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    ranking = careermap.Ranking.model_validate_json(response.content)
    expected = careermap.rank_careers(
        ["CBT:4", "active listening", "crisis intervention"], taxonomy=default, limit=5
    )
    assert ranking == expected
    assert response.text == expected.model_dump_json()
    assert ranking.taxonomy == careermap.taxonomy_identity(default)


def test_match_takes_a_narrative(client, default):
    text = "I de-escalated callers and assessed suicide risk. I have never managed staff."
    response = client.post("/match", json={"text": text, "skills": [{"text": "CBT"}], "limit": 3})
    assert response.status_code == 200
    ranking = careermap.Ranking.model_validate_json(response.content)
    expected = careermap.rank_careers(["CBT"], text=text, taxonomy=default, limit=3)
    assert ranking == expected
    assert ranking.profile.entries[0].text == "CBT"


def test_match_with_sectors_and_no_limit(client, default):
    response = client.post(
        "/match", json=body("case management", "advocacy", sectors=["advocacy"], limit=None)
    )
    assert response.status_code == 200
    ranking = careermap.Ranking.model_validate_json(response.content)
    assert ranking.sectors == ("advocacy",)
    assert ranking == careermap.rank_careers(
        ["case management", "advocacy"], taxonomy=default, limit=None, sectors=["advocacy"]
    )


@pytest.mark.parametrize(
    ("payload", "loc", "says"),
    [
        (body(("CBT", 9)), ["body", "skills", 0, "object", "level"], "less than or equal to 5"),
        (
            body("CBT", ("advocacy", 0)),
            ["body", "skills", 1, "object", "level"],
            "greater than or equal",
        ),
        (body(), ["body", "skills"], "give at least one skill"),
        ({}, ["body", "skills"], "give at least one skill, or a text"),
        (body("   "), ["body", "skills", 0, "object", "text"], "blank"),
        (body("CBT", sectors=["education", "hr"]), ["body", "sectors", 1], "no sector has id 'hr'"),
        (body("forklift operation"), ["body", "skills"], "'forklift operation': no match"),
        (body("CBT", limit=0), ["body", "limit"], "greater than or equal to 1"),
        (
            {"skills": [{"text": "CBT", "lvl": 3}]},
            ["body", "skills", 0, "object", "lvl"],
            "Extra inputs",
        ),
    ],
    ids=[
        "level-9",
        "level-0",
        "empty-skills",
        "no-skills",
        "blank-text",
        "unknown-sector",
        "nothing-recognised",
        "limit-0",
        "unknown-field",
    ],
)
def test_bad_requests_get_422_naming_the_field(client, payload, loc, says):
    response = client.post("/match", json=payload)
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == loc
    assert says in error["msg"]


def test_invalid_json_and_lone_surrogates_get_422_not_500(client):
    response = client.post(
        "/match", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    response = client.post(
        "/match",
        content=b'{"skills": [{"text": "CBT \\ud800"}]}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "skills", 0, "object", "text"]


def test_unknown_role_is_404_naming_the_id(client):
    response = client.get("/roles/school-counselor")
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "'school-counselor'" in detail
    assert "school-counsellor" in detail


def test_role_is_the_taxonomy_role(client, default):
    response = client.get("/roles/school-counsellor")
    assert response.status_code == 200
    assert (
        careermap.Role.model_validate_json(response.content)
        == default.role_index["school-counsellor"]
    )


def test_skill_search(client, default):
    response = client.get("/skills/search", params={"q": "crisis", "limit": 3})
    assert response.status_code == 200
    expected = careermap.search_skills("crisis", taxonomy=default, limit=3)
    assert [careermap.SkillCandidate.model_validate(hit) for hit in response.json()] == list(
        expected
    )


@pytest.mark.parametrize(
    ("params", "loc"),
    [
        ({}, ["query", "q"]),
        ({"q": ""}, ["query", "q"]),
        ({"q": "x", "limit": 0}, ["query", "limit"]),
    ],
)
def test_bad_searches_name_the_parameter(client, params, loc):
    response = client.get("/skills/search", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == loc


def test_taxonomy_identity(client, default):
    response = client.get("/taxonomy")
    assert response.status_code == 200
    assert response.json() == careermap.taxonomy_identity(default).model_dump(mode="json")


def test_concurrent_requests_give_the_library_results(client, default):
    texts = [
        "active listening",
        "CBT",
        "motivational interviewing",
        "crisis intervention",
        "case management",
        "advocacy",
        "recruitment",
        "coaching",
        "group facilitation",
        "psychoeducation",
        "teaching",
        "trauma informed care",
    ]
    profiles = [
        [(texts[(i + k * 5) % len(texts)], 1 + (i + k) % 5) for k in range(1 + i % 4)]
        for i in range(48)
    ]

    def ask(profile: list[tuple[str, int]]) -> careermap.Ranking:
        response = client.post("/match", json=body(*profile, limit=4))
        assert response.status_code == 200, response.text
        return careermap.Ranking.model_validate_json(response.content)

    with ThreadPoolExecutor(max_workers=8) as pool:
        served = list(pool.map(ask, profiles))
    expected = [careermap.rank_careers(p, taxonomy=default, limit=4) for p in profiles]
    assert served == expected


def test_the_taxonomy_is_loaded_once_at_start_up(service, monkeypatch):
    loads: list[object] = []
    real = careermap.load_taxonomy

    def counting(*args: object, **kwargs: object) -> careermap.Taxonomy:
        loads.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(careermap, "load_taxonomy", counting)
    app = service.create_app()
    assert loads == [], "creating the app must not load anything"
    with TestClient(app) as client:
        assert len(loads) == 1
        taxonomy = app.state.taxonomy
        for _ in range(5):
            assert client.post("/match", json=body("CBT")).status_code == 200
            assert client.get("/roles/therapist").status_code in {200, 404}
        assert len(loads) == 1
        assert app.state.taxonomy is taxonomy


def test_an_organisation_layers_its_roles_over_the_default(service, tmp_path, default):
    org = tmp_path / "org-roles.yaml"
    org.write_text(ORG_ROLES, encoding="utf-8")
    with TestClient(service.create_app(extend=[str(org)])) as client:
        role = client.get("/roles/people-partner-wellbeing")
        assert role.status_code == 200
        assert role.json()["title"] == "People partner, wellbeing"
        identity = client.get("/taxonomy").json()
        assert identity["sha256"] != careermap.taxonomy_identity(default).sha256
        ranking = client.post("/match", json=body(("active listening", 4), "case management"))
        assert "people-partner-wellbeing" in [m["role_id"] for m in ranking.json()["matches"]]


def test_a_given_taxonomy_is_served(service, mini):
    with TestClient(service.create_app(mini)) as client:
        response = client.post("/match", json=body(("cbt", 4), "listening"))
        assert careermap.Ranking.model_validate_json(response.content) == (
            careermap.rank_careers(["cbt:4", "listening"], taxonomy=mini)
        )


def test_profile_content_is_never_logged(client, caplog):
    marker = "zebra-juggling-7f3c"
    with caplog.at_level(logging.DEBUG):
        client.post("/match", json=body(marker, ("CBT", 4)))
        client.post("/match", json=body(marker))
        client.post("/match", json=body((marker, 9)))
        client.get("/skills/search", params={"q": marker})
    assert any(r.name == "careermap.service" for r in caplog.records), "nothing logged at all"
    # The test client's own loggers (httpx, httpx2, httpcore) are the caller's side.
    for record in caplog.records:
        if not record.name.startswith(("httpx", "httpcore")):
            assert marker not in record.getMessage(), record.name


def _model_instance(name: str) -> Any:
    taxonomy = careermap.load_taxonomy()
    return {
        "skill": lambda: taxonomy.skills[0],
        "role": lambda: taxonomy.roles[0],
        "sector": lambda: taxonomy.sectors[0],
        "skill-match": lambda: careermap.resolve_skill("CBT"),
        "profile": lambda: careermap.build_profile(["CBT", "active listening"]),
    }[name]()


@pytest.mark.parametrize("name", ["skill", "role", "sector", "skill-match", "profile"])
def test_the_library_models_serve_as_request_and_response_bodies(name):
    # Warnings are errors in the tests: a model whose validator is built late
    # (pydantic's defer_build) makes FastAPI warn at every route taking it as a
    # body, in the application's own code. Keep the models built at import.
    from fastapi import FastAPI  # noqa: PLC0415

    instance = _model_instance(name)
    model = type(instance)
    app = FastAPI()

    def echo(given: object) -> object:
        return given

    # This module's annotations are strings: give FastAPI the model itself.
    echo.__annotations__ = {"given": model, "return": model}
    app.post("/echo", response_model=model)(echo)
    with TestClient(app) as client:
        response = client.post("/echo", json=instance.model_dump(mode="json"))
    assert response.status_code == 200, response.text
    assert model.model_validate(response.json()) == instance

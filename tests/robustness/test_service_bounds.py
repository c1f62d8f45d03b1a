"""The reference service is bounded: body size, list lengths, and the size of its 422 replies.

A body over the limit gets 413 before it is parsed (declared or chunked); every list in
the request is measured before its items are validated; a 422 lists at most
``MAX_ERRORS`` errors with each input shortened. Each request runs under the time and
memory bounds of the other hostile inputs.
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from collections.abc import Iterator
from types import ModuleType

import pytest

import careermap

from ..bounded import MEMORY_LIMIT, TIME_LIMIT, run_bounded
from ..conftest import require_module

require_module("fastapi", "the service extra is not installed")
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

from ..contract.test_service import load_service  # noqa: E402


@pytest.fixture(scope="module")
def service() -> ModuleType:
    return load_service()


@pytest.fixture(scope="module")
def client(service: ModuleType) -> Iterator[TestClient]:
    with TestClient(service.create_app()) as client:
        yield client


def post(client: TestClient, payload: bytes, **headers: str) -> tuple[int, bytes]:
    outcome = run_bounded(
        lambda: client.post(
            "/match", content=payload, headers={"content-type": "application/json", **headers}
        ),
        measure_memory=True,
    )
    assert outcome.error is None, outcome.error
    assert outcome.seconds < TIME_LIMIT
    assert outcome.peak is not None
    assert outcome.peak < MEMORY_LIMIT, f"peak {outcome.peak / 2**20:.0f} MiB"
    return outcome.value.status_code, outcome.value.content


def test_a_body_over_the_limit_is_413_before_parsing(client, service):
    million = json.dumps({"skills": ["CBT"], "sectors": list(range(1_000_000))}).encode()
    assert len(million) > service.MAX_BODY_BYTES
    status, content = post(client, million)
    assert status == 413
    assert "limit" in json.loads(content)["detail"]
    assert len(content) < 200


def test_a_chunked_body_over_the_limit_is_413(client, service):
    piece = b" " * 65536

    def chunks() -> Iterator[bytes]:
        yield b'{"skills": ["CBT"]'
        for _ in range(service.MAX_BODY_BYTES // len(piece) + 2):
            yield piece
        yield b"}"

    response = client.post("/match", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_a_body_within_the_limit_still_works(client):
    padded = b'{"skills": ["CBT"], "limit": 2' + b" " * 500_000 + b"}"
    status, content = post(client, padded)
    assert status == 200
    assert len(json.loads(content)["matches"]) == 2


@pytest.mark.parametrize(
    ("field", "items", "limit"),
    [("sectors", 100_000, 500), ("exclude_sectors", 100_000, 500), ("skills", 50_000, 2_000)],
)
def test_long_lists_are_refused_by_length_before_their_items(client, field, items, limit):
    payload = {"skills": ["CBT"], field: [0] * items}  # every item invalid too
    status, content = post(client, json.dumps(payload).encode())
    assert status == 422
    (error,) = json.loads(content)["detail"]  # one error, not one per item
    assert error["loc"] == ["body", field]
    assert f"at most {limit}" in error["msg"]
    assert len(content) < 1_000


def test_a_background_with_many_credentials_is_one_error(client):
    payload = {"skills": ["CBT"], "background": {"credentials": [0] * 100_000}}
    status, content = post(client, json.dumps(payload).encode())
    assert status == 422
    (error,) = json.loads(content)["detail"]
    assert error["loc"][-1] == "credentials"
    assert "at most 50" in error["msg"]


def test_a_422_lists_a_bounded_number_of_errors(client, service):
    payload = {"skills": [{"text": "CBT", "level": 9}] * 1_500}
    status, content = post(client, json.dumps(payload).encode())
    assert status == 422
    detail = json.loads(content)["detail"]
    assert len(detail) == service.MAX_ERRORS + 1
    assert detail[-1]["msg"] == f"... and {1_500 - service.MAX_ERRORS:,} more errors"
    assert len(content) < 20_000


def test_a_huge_input_is_not_echoed(client, service):
    payload = {"skills": ["CBT"], "limit": "9" * 900_000}
    status, content = post(client, json.dumps(payload).encode())
    assert status == 422
    (error,) = json.loads(content)["detail"]
    assert error["loc"] == ["body", "limit"]
    assert "900,002 characters" in error["input"]
    assert len(error["input"]) < service.MAX_ECHO + 40
    assert len(content) < 2_000


def test_the_limit_can_be_set(service):
    with TestClient(service.create_app(max_body=100)) as small:
        assert small.post("/match", json={"skills": ["CBT"]}).status_code == 200
        assert small.post("/match", json={"skills": ["CBT"] * 30}).status_code == 413
        assert small.get("/taxonomy").status_code == 200


def test_creating_the_app_turns_the_access_log_off(service):
    service.create_app()
    assert logging.getLogger("uvicorn.access").disabled


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_among_the_extend_files_fails_start_up_at_once(service, tmp_path):
    """CAREERMAP_EXTEND naming a folder with a FIFO named roles.yaml blocked start-up forever."""
    os.mkfifo(tmp_path / "roles.yaml")
    app = service.create_app(extend=[str(tmp_path)])
    outcome = run_bounded(lambda: TestClient(app).__enter__())
    assert isinstance(outcome.error, careermap.TaxonomyError), outcome.error
    assert "a FIFO (named pipe), not a file" in str(outcome.error)

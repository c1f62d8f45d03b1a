"""Every documented way of running the reference service keeps the access log off.

The access log would record ``GET /skills/search?q=...``, what a person typed. The
service is started as ``docs/embedding.md`` and ``examples/service.py`` say (one
process, several workers, ``python examples/service.py``), sent a search and a match
holding a distinctive text, and its whole output must not hold that text.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import require_module

require_module("uvicorn", "the service extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
TYPED = "zq7731hearingvoices"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(port: int, process: subprocess.Popen[bytes], seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the service exited with {process.returncode}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            connection.request("GET", "/taxonomy")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
        finally:
            connection.close()
    pytest.fail("the service did not start")


def request(port: int, method: str, path: str, body: object = None) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    data = json.dumps(body).encode() if body is not None else None
    try:
        connection.request(method, path, body=data, headers={"content-type": "application/json"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


COMMANDS = {
    "uvicorn": ["-m", "uvicorn", "--app-dir", "examples", "service:app"],
    "uvicorn-workers": ["-m", "uvicorn", "--app-dir", "examples", "service:app", "--workers", "2"],
    "script": ["examples/service.py"],
}


@pytest.mark.slow
@pytest.mark.parametrize("how", sorted(COMMANDS))
def test_no_way_of_serving_logs_what_people_type(how, tmp_path):
    port = free_port()
    argv = [sys.executable, *COMMANDS[how]]
    env = {**os.environ, "CAREERMAP_SERVE": "1", "CAREERMAP_PORT": str(port)}
    if how != "script":
        argv += ["--port", str(port), "--log-level", "debug"]
    output = tmp_path / "output.txt"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            wait_until_serving(port, process)
            assert request(port, "GET", f"/skills/search?q={TYPED}") == 200
            assert request(port, "POST", "/match", {"skills": [TYPED, "CBT"]}) == 200
            assert request(port, "GET", f"/roles/{TYPED}") == 404
        finally:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:  # pragma: no cover - only if shutdown hangs
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    logged = output.read_text(encoding="utf-8", errors="replace")
    assert "startup complete" in logged or "Uvicorn running" in logged  # the log was captured
    assert TYPED not in logged
    assert "GET /taxonomy" not in logged

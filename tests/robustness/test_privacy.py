"""Privacy: no network, no logging of what a person says they can do, no stray files.

A whole workflow (load, resolve, build a profile, rank, similar roles, batch
ranking, graph, dump, compiled cache) runs
* with sockets that raise (in process, by monkeypatching ``socket``), and
* in a fresh interpreter under an audit hook that refuses every socket event
  from the first import on, with an empty working directory and home;
and, with every logger at DEBUG, no log record mentions the profile's text.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import careermap
from careermap.taxonomy.dump import dump_taxonomy, taxonomy_to_yaml

from ..conftest import MINI

#: A skill text no taxonomy holds, so any trace of it comes from the profile.
DISTINCTIVE_TEXT = "zq7731 hearing voices peer support"
MARKERS = ("zq7731", "hearing voices")


class NetworkUsedError(AssertionError):
    """Raised by the patched socket functions."""


def workflow(tmp_path: Path) -> None:
    """Everything a user of the library does, with the secret text in the profile."""
    taxonomy = careermap.load_taxonomy(MINI)
    bundled = careermap.load_taxonomy()
    profile_input = [DISTINCTIVE_TEXT, "active listening:4", ("CBT", 5)]
    careermap.search_skills(DISTINCTIVE_TEXT, taxonomy=bundled)
    assert careermap.resolve_skill(DISTINCTIVE_TEXT, taxonomy=bundled).skill_id is None
    careermap.resolve_skill("listening activly", taxonomy=bundled)
    profile = careermap.build_profile(profile_input, taxonomy=bundled)
    assert profile.unresolved[0].text == DISTINCTIVE_TEXT
    ranking = careermap.rank_careers(profile_input, taxonomy=bundled, limit=5)
    ranking[0].explain()
    list(
        careermap.rank_many(
            [profile_input, [DISTINCTIVE_TEXT, "mediation"]], taxonomy=bundled, limit=3
        )
    )
    careermap.similar_roles("school-counsellor", taxonomy=bundled, limit=3)
    with pytest.raises(careermap.ProfileError):
        careermap.rank_careers([DISTINCTIVE_TEXT], taxonomy=bundled)
    careermap.build_graph(taxonomy=taxonomy)
    taxonomy_to_yaml(taxonomy)
    dump_taxonomy(taxonomy, tmp_path / "dumped")
    cache = tmp_path / "cache"
    careermap.load_taxonomy(tmp_path / "dumped", cache=cache)
    for compiled in cache.glob("*.json"):  # a damaged cache is rebuilt, with a warning
        compiled.write_text("{not json", encoding="utf-8")
    careermap.load_taxonomy(tmp_path / "dumped", cache=cache)


def test_no_network_during_a_whole_workflow(tmp_path, monkeypatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsedError(f"network used: {args!r:.100}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    with pytest.raises(NetworkUsedError):  # the guard itself works
        socket.create_connection(("example.org", 80))
    workflow(tmp_path)


def test_no_log_record_holds_profile_text(tmp_path, caplog, capsys):
    caplog.set_level(logging.DEBUG)  # the root logger, and so every logger that propagates
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("careermap"):
            caplog.set_level(logging.DEBUG, logger=name)
    workflow(tmp_path)
    assert caplog.records, "the damaged cache should have logged a warning"
    for record in caplog.records:
        rendered = " ".join(
            [record.getMessage(), repr(record.args), str(record.exc_text), repr(vars(record))]
        )
        for marker in MARKERS:
            assert marker not in rendered, f"{record.name} logged profile text: {rendered:.200}"
    out, err = capsys.readouterr()
    assert not any(marker in out + err for marker in MARKERS)


AUDITED = textwrap.dedent(
    """
    import sys

    def refuse(event, args):
        if event.startswith("socket."):
            raise RuntimeError(f"network event {event}")

    sys.addaudithook(refuse)

    import careermap  # noqa: E402 - imported under the hook on purpose

    out = sys.argv[1]
    taxonomy = careermap.load_taxonomy()
    ranking = careermap.rank_careers(["active listening", "CBT:4"], taxonomy=taxonomy)
    careermap.similar_roles("school-counsellor", taxonomy=taxonomy)
    careermap.build_graph(taxonomy=taxonomy)
    careermap.resolve_skill("listening activly")
    from careermap.taxonomy.dump import dump_taxonomy
    dump_taxonomy(taxonomy, out + "/dumped")
    careermap.load_taxonomy(out + "/dumped", cache=out + "/cache")
    print("ok", len(ranking))
    """
)


@pytest.mark.parametrize("disk_cache", ["default", "off"])
def test_no_socket_event_from_import_on_and_no_stray_files(tmp_path, disk_cache):
    """A fresh interpreter: nothing opens a socket, and files appear only where asked.

    By default the disk cache (docs/performance.md, "The cache") writes taxonomies,
    never a profile, under the user's cache folder; ``off`` writes nothing there.
    """
    work, home, out = tmp_path / "cwd", tmp_path / "home", tmp_path / "out"
    for folder in (work, home, out):
        folder.mkdir()
    env = {
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "PATH": "",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    if disk_cache == "off":
        env["CAREERMAP_CACHE_DIR"] = "off"
    result = subprocess.run(
        [sys.executable, "-c", AUDITED, str(out)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
    assert list(work.iterdir()) == []
    if disk_cache == "off":
        assert list(home.iterdir()) == []
    else:
        assert [p.relative_to(home).as_posix() for p in home.glob("*/*/*")] == [
            ".cache/careermap/taxonomies"
        ]
        for path in (home / ".cache").rglob("*"):
            assert not path.is_file() or b"listening activly" not in path.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["cache", "dumped"]

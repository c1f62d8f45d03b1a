"""A reference web service over careermap, for HR back ends (FastAPI).

Needs the ``service`` extra: ``pip install 'careermap[service]'``. Run it with

    CAREERMAP_SERVE=1 python examples/service.py         # on 127.0.0.1:8000
    uvicorn --app-dir examples service:app --workers 2 --no-access-log   # one per worker

Endpoints (bodies follow the JSON Schemas in ``docs/schema/``):

- ``POST /match``: a ``MatchRequest`` in (``skills`` and/or a narrative ``text``,
  read by meaning with ``careermap[semantic]``), a ``Ranking`` out;
- ``GET /roles/{role_id}``: one role of the taxonomy (404 naming the id);
- ``GET /skills/search?q=...&limit=10``: skills whose names match the text;
- ``GET /taxonomy``: the identity (name, version, sha256) every result carries.

The taxonomy is loaded once, when the app starts, and shared by every request;
its indexes are built then too, so the first request is as fast as the rest.
``CAREERMAP_TAXONOMY`` names a taxonomy to load instead of the bundled one and
``CAREERMAP_EXTEND`` (paths separated by ``os.pathsep``) layers an
organisation's own roles over it.

Bad requests get 422 with the field named in ``loc``, as FastAPI reports every
validation error; at most :data:`MAX_ERRORS` errors are listed, each input
shortened to :data:`MAX_ECHO` characters, so a reply never echoes a huge body.
A body over :data:`MAX_BODY_BYTES` (1 MiB, or ``CAREERMAP_MAX_BODY``) gets 413
before anything is parsed, and every list in the request has a length limit
checked before its items are (``docs/reliability.md``). Nothing a person sends
is logged: the access log is off (search texts travel in the query string), in
``main()`` and under ``uvicorn`` alike (:func:`create_app` turns off the
``uvicorn.access`` logger), and the service logs only counts and timings.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import careermap

logger = logging.getLogger("careermap.service")

#: Largest request body read, in bytes; a larger one gets 413 before it is parsed.
MAX_BODY_BYTES = 1 << 20
#: Most validation errors listed in a 422 reply (the rest are counted).
MAX_ERRORS = 20
#: Longest ``input`` echoed in a 422 reply, in characters of its JSON text.
MAX_ECHO = 200


class BodyLimit:
    """ASGI middleware: refuse a body over *limit* bytes with 413, without buffering it.

    A declared ``Content-Length`` over the limit is refused before one byte is
    read; a chunked body is counted as it arrives and refused as soon as it
    passes the limit. Either way the app never sees (or parses) the body.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.limit:
                    await self._refuse(send)
                    return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:  # read the body (bounded) before the app sees the request
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        text = json.dumps(
            {"detail": f"the request body is over the {self.limit:,}-byte limit; send less"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(text)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": text})


def _shorten(value: Any) -> Any:
    """*value* as given when its JSON is short, else a clipped text saying how long it was."""
    try:
        text = json.dumps(jsonable_encoder(value), ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) <= MAX_ECHO:
        return value
    return f"{text[:MAX_ECHO]}... ({len(text):,} characters)"


def _capped(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """At most :data:`MAX_ERRORS` errors, inputs and messages bounded, and a count of the rest."""
    shown = []
    for error in errors[:MAX_ERRORS]:
        item = dict(error)
        if "input" in item:
            item["input"] = _shorten(item["input"])
        if isinstance(item.get("msg"), str) and len(item["msg"]) > 4 * MAX_ECHO:
            item["msg"] = item["msg"][: 4 * MAX_ECHO] + "..."
        if len(repr(item.get("ctx"))) > MAX_ECHO:
            item.pop("ctx")
        shown.append(item)
    if len(errors) > MAX_ERRORS:
        more = len(errors) - MAX_ERRORS
        shown.append({"type": "too_many_errors", "loc": [], "msg": f"... and {more:,} more errors"})
    return shown


class _JSONResponse(JSONResponse):
    """JSON with non-ASCII escaped, so even a lone surrogate sent back in a 422 is valid JSON."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _json(model: Any) -> Response:
    # Models serialise themselves (pydantic-core, exact floats); no second validation pass.
    return Response(model.model_dump_json(), media_type="application/json")


def _warm(taxonomy: careermap.Taxonomy) -> careermap.Taxonomy:
    # Build the name and scoring indexes now, once, rather than on the first request.
    careermap.rank_careers([taxonomy.skills[0].id], taxonomy=taxonomy, limit=1)
    return taxonomy


def _taxonomy(request: Request) -> careermap.Taxonomy:
    return request.app.state.taxonomy  # type: ignore[no-any-return]


#: The taxonomy loaded at start-up, as a dependency of every endpoint.
Loaded = Annotated[careermap.Taxonomy, Depends(_taxonomy)]


def create_app(
    taxonomy: careermap.Taxonomy | None = None,
    *,
    path: str | None = None,
    extend: Sequence[str] = (),
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """Return the app; it serves *taxonomy*, or loads *path* layered with *extend* at start-up.

    Bodies over *max_body* bytes get 413. Uvicorn's access log is turned off
    here, so that no way of serving the app logs the query strings people type.
    """
    logging.getLogger("uvicorn.access").disabled = True

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        start = time.perf_counter()
        app.state.taxonomy = _warm(taxonomy or careermap.load_taxonomy(path, extend=extend))
        logger.info(
            "serving %s, ready in %.2f s",
            careermap.taxonomy_identity(app.state.taxonomy),
            time.perf_counter() - start,
        )
        yield

    app = FastAPI(
        title="careermap",
        version=careermap.__version__,
        summary="Rank careers for a skill profile, with an explanation of every score.",
        lifespan=lifespan,
    )

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        return _JSONResponse({"detail": jsonable_encoder(_capped(errors))}, status_code=422)

    # Plain `def` endpoints: FastAPI runs them in its thread pool, and the
    # taxonomy and its indexes are immutable, so they are shared without locks.

    @app.post("/match", response_model=careermap.Ranking)
    def match(request: careermap.MatchRequest, taxonomy: Loaded) -> Response:
        """Rank careers for a profile, each with its explanation."""
        for i, sector in enumerate(request.sectors or ()):
            try:
                careermap.lookup_sector(sector, taxonomy=taxonomy)
            except careermap.SectorNotFoundError as exc:
                raise _invalid(("body", "sectors", i), str(exc), sector) from None
        start = time.perf_counter()
        try:
            ranking = request.rank(taxonomy=taxonomy)
        except careermap.ProfileError as exc:
            raise _invalid(("body", "skills"), str(exc), None) from None
        logger.debug(
            "ranked %d skills: %d roles in %.1f ms",
            len(request.skills),
            len(ranking),
            (time.perf_counter() - start) * 1000,
        )
        return _json(ranking)

    @app.get("/roles/{role_id}", response_model=careermap.Role)
    def role(role_id: Annotated[str, Path(max_length=200)], taxonomy: Loaded) -> Response:
        """Return one role, with its requirements."""
        try:
            return _json(careermap.lookup_role(role_id, taxonomy=taxonomy))
        except careermap.RoleNotFoundError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None

    @app.get("/skills/search", response_model=list[careermap.SkillCandidate])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=300, description="Text to look up.")],
        taxonomy: Loaded,
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> Response:
        """Return the skills whose names best match *q*, best first."""
        found = careermap.search_skills(q, taxonomy=taxonomy, limit=limit)
        body = "[" + ",".join(hit.model_dump_json() for hit in found) + "]"
        return Response(body, media_type="application/json")

    @app.get("/taxonomy", response_model=careermap.TaxonomyIdentity)
    def identity(taxonomy: Loaded) -> Response:
        """Return the name, version and content hash of the taxonomy served."""
        return _json(careermap.taxonomy_identity(taxonomy))

    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _invalid(loc: tuple[str | int, ...], message: str, value: object) -> RequestValidationError:
    """A 422 in FastAPI's own format, for what only the taxonomy can check."""
    return RequestValidationError(
        [{"type": "value_error", "loc": loc, "msg": message, "input": value}]
    )


def _extend_from_env() -> list[str]:
    return [p for p in os.environ.get("CAREERMAP_EXTEND", "").split(os.pathsep) if p]


app = create_app(
    path=os.environ.get("CAREERMAP_TAXONOMY") or None,
    extend=_extend_from_env(),
    max_body=int(os.environ.get("CAREERMAP_MAX_BODY") or MAX_BODY_BYTES),
)


def main() -> None:
    """Serve the app with uvicorn when CAREERMAP_SERVE=1; otherwise say how."""
    if os.environ.get("CAREERMAP_SERVE") != "1":
        print(
            "careermap reference service: set CAREERMAP_SERVE=1 to serve on "
            "127.0.0.1:${CAREERMAP_PORT:-8000} (POST /match, GET /roles/{id}, GET /skills/search)"
        )
        return
    try:
        import uvicorn  # noqa: PLC0415 - only needed to serve
    except ImportError:
        print("serving needs uvicorn: pip install 'careermap[service]'", file=sys.stderr)
        raise
    logging.basicConfig(level=logging.INFO)
    port = int(os.environ.get("CAREERMAP_PORT", "8000"))
    # access_log=False: the access log would record search texts sent in the query string.
    uvicorn.run(app, host="127.0.0.1", port=port, access_log=False)


if __name__ == "__main__":
    main()

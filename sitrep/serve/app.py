"""The review web app: a JSON API over the event store and the page that uses it.

Everything the page loads (scripts, styles, the basemap, the API docs) is served from
``static/``, so the app works with no network, and the Content-Security-Policy can say 'self'.
"""

import hashlib
import io
import json
import os
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.serve.review import (FIRST_DAY, MAX_FATALITIES, MAX_NAME, MAX_PAGE, PAGE, REVIEW_STATES, Review,
                                 events_position, position)
from sitrep.store.filters import API_OPTIONS, Filters, checked

STATIC = Path(__file__).parent / "static"
VENDOR_MANIFEST = STATIC / "vendor" / "MANIFEST.json"

# Only our own files; no inline script or style element; data: for the images Leaflet and
# Swagger UI ship inside their CSS.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
MAX_BODY = 1_000_000  # bytes of a request body: a merge of thousands of events fits, a pasted book does not
MAX_ID = 500  # characters of an event id in a request body
REVIEW_STATE = f"^({'|'.join(REVIEW_STATES)})$"
# What ``/api/export`` writes: its format name -> (``sitrep export``'s, media type, file name ending).
EXPORTS = {"csv": ("acled-csv", "text/csv; charset=utf-8", "csv"),
           "jsonl": ("jsonl", "application/x-ndjson; charset=utf-8", "jsonl"),
           "geojson": ("geojson", "application/geo+json; charset=utf-8", "geojson"),
           "plover": ("plover-json", "application/x-ndjson; charset=utf-8", "plover.jsonl"),
           "parquet": ("parquet", "application/vnd.apache.parquet", "parquet")}
EXPORT_NAMES = {**{name: name for name in EXPORTS}, "acled-csv": "csv", "plover-json": "plover"}
# A cached read is asked again each time (no-cache), and kept by the browser alone: with
# --read-token-required, what it holds was read with a token.
CACHING = "private, no-cache"


def _sane_day(day: date | None) -> date | None:
    """An event date from FIRST_DAY to tomorrow (the analyst's day may be ahead of the server's)."""
    if day is not None and not FIRST_DAY <= day <= date.today() + timedelta(days=1):
        raise ValueError(f"an event date must lie between {FIRST_DAY} and today")
    return day


Name = Annotated[str | None, Field(max_length=MAX_NAME)]
Degrees = Annotated[float | None, Field(allow_inf_nan=False)]


class EventEdit(BaseModel):
    """The fields an analyst may correct; a field left out is left as it is, an unknown one refused."""

    model_config = ConfigDict(extra="forbid")

    event_type: Name = None
    sub_event_type: Name = None
    actor1: Name = None
    actor2: Name = None
    event_date: Annotated[date | None, AfterValidator(_sane_day)] = None
    fatalities: int | None = Field(default=None, ge=0, le=MAX_FATALITIES)
    location_name: Name = None
    latitude: Degrees = Field(default=None, ge=-90, le=90)
    longitude: Degrees = Field(default=None, ge=-180, le=180)


class EventIds(BaseModel):
    event_ids: list[Annotated[str, Field(min_length=1, max_length=MAX_ID)]] = Field(min_length=1)


class SecurityHeaders:
    """The CSP and its companions on every response (plain ASGI: a BaseHTTPMiddleware would run
    each request through a task group and memory streams, much of a small read's cost)."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class Reviews:
    """One Review, so one SQLite connection, per worker thread. Handlers run in a thread pool, off
    the event loop, so a slow call (a write waiting for another process's lock) holds up no other;
    a connection must not carry two threads' transactions, hence one each. The store's WAL mode
    lets them all read while one writes. This process's writes go one at a time (``writing``); a
    correction reads and rewrites its event in one transaction, so other processes' cannot come
    between."""

    def __init__(self, db: str | Path):
        self.writing = threading.Lock()
        self._local = threading.local()
        self._first = self._local.review = Review.open(db)  # a bad store fails at start, not at a request
        self._opened = [self._first]
        self._opening = threading.Lock()

    def get(self) -> Review:
        review = getattr(self._local, "review", None)
        if review is None:
            review = self._local.review = Review(self._first.store.reopen())
            with self._opening:
                self._opened.append(review)
        return review

    def close(self) -> None:
        with self._opening:
            for review in self._opened:
                review.store.close()
            self._opened.clear()


def ready(db: str | Path) -> None:
    """One clear error now, rather than at the first request, if the page's libraries or the store
    are missing."""
    if not VENDOR_MANIFEST.is_file():
        raise SitrepError("E040", str(STATIC / "vendor"))
    Review.open(db).store.close()


def from_environment() -> FastAPI:
    """The app of one worker process, from the settings ``sitrep serve`` left in its environment."""
    from sitrep.serve import CONFIG

    return create_app(**json.loads(os.environ[CONFIG]))


def create_app(db: str | Path, read_token_required: bool = False, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over the store at ``db``; reads need a token only if ``read_token_required``; only
    requests naming one of ``allowed_hosts`` (loopback names by default) in their Host header are
    answered, so a web page of another site cannot reach the app through DNS rebinding."""
    ready(db)
    reviews = Reviews(db)

    @asynccontextmanager
    async def lifespan(app):
        yield
        reviews.close()

    app = FastAPI(title="sitrep review", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  max_body_size=MAX_BODY,  # 413 past it, counted as the body is read, so a chunked one too
                  description="Read coded events with their evidence; accept, correct, reject, merge "
                  "and split them. Writes need `Authorization: Bearer TOKEN` (`sitrep token create`).")

    app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*LOOPBACK_HOSTS, *(allowed_hosts or [])],
                       www_redirect=False)
    app.add_middleware(SecurityHeaders)  # the last added runs first: every answer has them, a 400 too

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        """Where and why a request is invalid, without the value itself: NaN or a 1 MB string
        cannot be written back as JSON, and need not be."""
        return JSONResponse({"detail": [{"loc": e["loc"], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]},
                            status_code=422)

    def writer(request: Request) -> str:
        token = _bearer(request)
        if token is None:
            raise HTTPException(401, "a token is required: Authorization: Bearer TOKEN",
                                headers={"WWW-Authenticate": "Bearer"})
        name = reviews.get().token_name(token)
        if name is None:
            raise HTTPException(403, "this token is not known or was revoked")
        return name

    async def reader(request: Request) -> str | None:
        return await run_in_threadpool(writer, request) if read_token_required else None

    Reader = Annotated[str | None, Depends(reader)]
    Filter = Annotated[str | None, Query(max_length=MAX_NAME)]
    Writer = Annotated[str, Depends(writer)]
    Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="rows a page holds at most")]
    Cursor = Annotated[str | None, Query(max_length=MAX_NAME, description="the `next` of the page before; "
                                         "none for the first page")]

    def filters(country: Filter = None, event_type: Filter = None, sub_event_type: Filter = None,
                actor: Filter = None, date_from: Filter = None, date_to: Filter = None, status: Filter = None,
                min_confidence: Filter = None) -> Filters:
        """The filters of the event lists and the export, checked as the CLI's are: a country by
        ISO code or English name, types and status in any case, dates YYYY-MM-DD (422 and one
        error line otherwise)."""
        return checked(API_OPTIONS, country=country, event_type=event_type, sub_event_type=sub_event_type,
                       actor=actor, date_from=date_from, date_to=date_to, status=status,
                       min_confidence=min_confidence)

    Filtered = Annotated[Filters, Depends(filters)]

    def found(value: Any, what: str, key: str) -> Any:
        if value is None:
            raise HTTPException(404, f"no {what} {key!r}")
        return value

    @app.exception_handler(SitrepError)
    async def refused(request: Request, err: SitrepError) -> JSONResponse:
        """A request the store refuses, or a filter no event could match: its one error line."""
        return JSONResponse({"detail": err.line()}, status_code=422)

    def written(call):
        """A write, after any other of this server's writes."""
        with reviews.writing:
            return call()

    def merges_made(review: Review) -> None:
        """Merged events made from the store as it is, before a read shows them."""
        with reviews.writing:
            review.fresh_merges()

    def cached(request: Request, read: Callable[[Review], Response], merged: bool = False) -> Response:
        """A read that answers 304 when the client holds what it would say: its ETag is the store's
        revision (which any write to events, reviews, corrections, merges or splits moves, whatever
        process writes), this sitrep's version and the request's path and query. The revision is
        taken before the read, so a write meanwhile makes the tag older, never the content."""
        review = reviews.get()
        if merged:
            merges_made(review)
        seen = f"{__version__} {review.store.revision()} {request.url.path}?{request.url.query}"
        tag = f'W/"{hashlib.sha256(seen.encode()).hexdigest()[:32]}"'
        headers = {"ETag": tag, "Cache-Control": CACHING}
        asked = {t.strip().removeprefix("W/") for t in request.headers.get("if-none-match", "").split(",")}
        if tag.removeprefix("W/") in asked or "*" in asked:  # If-None-Match compares tags weakly
            return Response(status_code=304, headers=headers)
        response = read(review)
        response.headers.update(headers)
        return response

    @app.get("/", include_in_schema=False)
    async def page():
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    async def docs():
        return FileResponse(STATIC / "docs.html")

    # Handlers are plain functions: FastAPI runs them in its thread pool. Reads answer JSONResponse
    # themselves, their values being JSON already (FastAPI's validation of a return value would
    # cost more than the read). Event ids may hold '/' (an article id such as afp/2024/05/08/x):
    # they are matched as paths, and the routes that add a word after the id come first.

    @app.get("/api/facets", summary="Values to filter by, and the ACLED event types")
    def facets(request: Request, _: Reader) -> Response:
        return cached(request, lambda review: JSONResponse(review.facets()))

    @app.get("/api/events", summary="Per-article events matching the filters, one summary row each, a page at "
             "a time: `next` is the `cursor` of the next page (null after the last)")
    def events(request: Request, _: Reader, where: Filtered, cursor: Cursor = None,
               review_state: Annotated[str | None, Query(alias="review", pattern=REVIEW_STATE)] = None,
               after: Annotated[str | None, Query(max_length=MAX_NAME, deprecated=True,
                                                  description="the name `cursor` had before")] = None,
               limit: Limit = PAGE) -> Response:
        start = cursor if cursor is not None else after
        at = events_position(start, "cursor" if cursor is not None else "after") if start is not None else None
        return cached(request, lambda review: JSONResponse(review.events(where, review=review_state, after=at,
                                                                         limit=limit)))

    @app.get("/api/merged", summary="Merged events (each real event once, with how many reports it merges) "
             "matching the filters, a page at a time: `next` is the `cursor` of the next page")
    def merged_events(request: Request, _: Reader, where: Filtered, cursor: Cursor = None,
                      limit: Limit = PAGE) -> Response:
        at = position("merged", cursor, "cursor") if cursor is not None else None
        return cached(request, lambda review: JSONResponse(review.merged_events(where, after=at, limit=limit)),
                      merged=True)

    @app.get("/api/merged/{merged_id:path}", summary="One merged event: its record with its sources, each "
             "source's claims, and where they disagree")
    def merged_event(request: Request, merged_id: str, _: Reader) -> Response:
        return cached(request, lambda review: JSONResponse(found(review.merged_detail(merged_id), "merged event",
                                                                 merged_id)), merged=True)

    @app.get("/api/export", summary="The store's events in a format of `sitrep export` (same output), "
             "filtered: merged events, or each article's with per_article",
             response_class=Response, responses={200: {"content": {EXPORTS[f][1]: {}} for f in EXPORTS}})
    def export(request: Request, _: Reader, where: Filtered,
               format: Annotated[str, Query(description=f"one of {', '.join(EXPORT_NAMES)}")],
               per_article: bool = False) -> Response:
        name = EXPORT_NAMES.get(format)
        if name is None:
            raise SitrepError("E069", "format", value=format, accepted=", ".join(EXPORTS))
        return cached(request, lambda review: exported(review, name, where, per_article), merged=True)

    def exported(review: Review, name: str, where: Filters, per_article: bool) -> Response:
        from sitrep.export import BINARY_WRITERS, Report, from_store, write_events

        fmt, media_type, ending = EXPORTS[name]
        records = review.store.export_records(merged=not per_article, **where.to_store())
        known = from_store(review.store.provenance())
        if fmt in BINARY_WRITERS:
            out = io.BytesIO()
            BINARY_WRITERS[fmt](records, out, known)
            body, report = out.getvalue(), Report(len(records))
        else:
            text = io.StringIO()
            report = write_events(records, text, fmt, known)
            body = text.getvalue().encode("utf-8")
        what = report.describe("events" if per_article else "merged events")
        filename = f"sitrep-{'events' if per_article else 'merged'}.{ending}"
        return Response(body, media_type=media_type, headers={
            "Content-Disposition": f'attachment; filename="{filename}"', "X-Sitrep-Export": what})

    @app.get("/api/events/{event_id:path}/history", summary="Every correction of one event")
    def history(request: Request, event_id: str, _: Reader) -> Response:
        review = reviews.get()
        found(review.record(event_id), "event", event_id)
        return cached(request, lambda review: JSONResponse(review.history(event_id)))

    @app.post("/api/events/{event_id:path}/accept", summary="Mark an event as checked and right")
    def accept(event_id: str, who: Writer) -> dict:
        review = reviews.get()
        found(review.record(event_id), "event", event_id)
        return written(lambda: review.set_review(event_id, "accepted", who))

    @app.post("/api/events/{event_id:path}/reject", summary="Mark an event as wrong: it leaves exports")
    def reject(event_id: str, who: Writer) -> dict:
        review = reviews.get()
        found(review.record(event_id), "event", event_id)
        return written(lambda: review.set_review(event_id, "rejected", who))

    @app.get("/api/events/{event_id:path}", summary="One event: every field, its evidence, the article, "
             "its sources if merged, its history")
    def event(request: Request, event_id: str, _: Reader) -> Response:
        return cached(request, lambda review: JSONResponse(found(review.detail(event_id), "event", event_id)))

    @app.patch("/api/events/{event_id:path}", summary="Correct fields of an event")
    def edit(event_id: str, body: EventEdit, who: Writer) -> dict:
        review = reviews.get()
        found(review.record(event_id), "event", event_id)
        return written(lambda: review.edit(event_id, body.model_dump(exclude_unset=True), who))

    @app.get("/api/changes", summary="The correction log, newest first")
    def changes(request: Request, _: Reader, limit: Annotated[int, Query(ge=1, le=10000)] = 500) -> Response:
        return cached(request, lambda review: JSONResponse(review.changes(limit)))

    @app.post("/api/merge", summary="Merge events that report the same real event")
    def merge(body: EventIds, who: Writer) -> dict:
        review = reviews.get()
        for e in body.event_ids:
            found(review.record(e), "event", e)
        return written(lambda: review.merge(body.event_ids, who))

    @app.post("/api/merged/{merged_id}/split", summary="Take events out of a merged event")
    def split(merged_id: str, body: EventIds, who: Writer) -> dict:
        return written(lambda: reviews.get().split(merged_id, body.event_ids, who))

    @app.get("/api/whoami", summary="The name the token was given")
    def whoami(who: Writer) -> dict:
        return {"name": who}

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

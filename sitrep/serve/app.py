"""The review web app: a JSON API over the event store and the page that uses it.

Everything the page loads (scripts, styles, the basemap, the API docs) is served from
``static/``, so the app works with no network, and the Content-Security-Policy can say 'self'.
"""

import json
import os
import threading
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.serve.review import FIRST_DAY, MAX_FATALITIES, MAX_NAME, MAX_PAGE, PAGE, REVIEW_STATES, Review

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

    def found(value: Any, what: str, key: str) -> Any:
        if value is None:
            raise HTTPException(404, f"no {what} {key!r}")
        return value

    def checked(call):
        try:
            return call()
        except SitrepError as err:
            raise HTTPException(422, err.line()) from err

    def written(call):
        """A write, after any other of this server's writes."""
        with reviews.writing:
            return checked(call)

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
    def facets(_: Reader) -> JSONResponse:
        return JSONResponse(reviews.get().facets())

    @app.get("/api/events", summary="Events matching the filters, one summary row each, a page at a time: "
             "`next` is the `after` of the next page (null after the last)")
    def events(_: Reader, country: Filter = None, event_type: Filter = None, sub_event_type: Filter = None,
               actor: Filter = None, date_from: date | None = None, date_to: date | None = None, status: Filter = None,
               review_state: Annotated[str | None, Query(alias="review", pattern=REVIEW_STATE)] = None,
               min_confidence: Annotated[float | None, Query(ge=0, le=1, allow_inf_nan=False)] = None,
               after: Annotated[int | None, Query(ge=0)] = None,
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE) -> JSONResponse:
        return JSONResponse(reviews.get().events(
            country=country, event_type=event_type, sub_event_type=sub_event_type, actor=actor, date_from=date_from,
            date_to=date_to, status=status, min_confidence=min_confidence, review=review_state, after=after,
            limit=limit))

    @app.get("/api/events/{event_id:path}/history", summary="Every correction of one event")
    def history(event_id: str, _: Reader) -> JSONResponse:
        review = reviews.get()
        found(review.record(event_id), "event", event_id)
        return JSONResponse(review.history(event_id))

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
    def event(event_id: str, _: Reader) -> JSONResponse:
        return JSONResponse(found(reviews.get().detail(event_id), "event", event_id))

    @app.patch("/api/events/{event_id:path}", summary="Correct fields of an event")
    def edit(event_id: str, body: EventEdit, who: Writer) -> dict:
        review = reviews.get()
        found(review.record(event_id), "event", event_id)
        return written(lambda: review.edit(event_id, body.model_dump(exclude_unset=True), who))

    @app.get("/api/changes", summary="The correction log, newest first")
    def changes(_: Reader, limit: Annotated[int, Query(ge=1, le=10000)] = 500) -> JSONResponse:
        return JSONResponse(reviews.get().changes(limit))

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

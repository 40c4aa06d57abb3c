"""The review web app: a JSON API over the event store and the page that uses it.

Everything the page loads (scripts, styles, the basemap, the API docs) is served from
``static/``, so the app works with no network, and the Content-Security-Policy can say 'self'.
"""

from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.serve.review import Review

STATIC = Path(__file__).parent / "static"
VENDOR_MANIFEST = STATIC / "vendor" / "MANIFEST.json"

# Only our own files; no inline script or style element; data: for the images Leaflet and
# Swagger UI ship inside their CSS.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


class EventEdit(BaseModel):
    """The fields an analyst may correct; a field left out is left as it is."""

    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    event_date: date | None = None
    fatalities: int | None = Field(default=None, ge=0)
    location_name: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)


class EventIds(BaseModel):
    event_ids: list[str] = Field(min_length=1)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def create_app(db: str | Path, read_token_required: bool = False) -> FastAPI:
    """The app over the store at ``db``; reads need a token only if ``read_token_required``.

    Handlers are ``async`` on purpose: they all run on the event loop, one at a time, so the
    store's single SQLite connection never sees two threads' transactions interleave. Each call
    is a few indexed queries; a review team does not need more concurrency than that."""
    if not VENDOR_MANIFEST.is_file():
        raise SitrepError("E040", str(STATIC / "vendor"))
    review = Review.open(db)
    app = FastAPI(title="sitrep review", version=__version__, docs_url=None, redoc_url=None,
                  description="Read coded events with their evidence; accept, correct, reject, merge "
                  "and split them. Writes need `Authorization: Bearer TOKEN` (`sitrep token create`).")
    app.state.review = review

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def writer(request: Request) -> str:
        token = _bearer(request)
        if token is None:
            raise HTTPException(401, "a token is required: Authorization: Bearer TOKEN",
                                headers={"WWW-Authenticate": "Bearer"})
        name = review.token_name(token)
        if name is None:
            raise HTTPException(403, "this token is not known or was revoked")
        return name

    async def reader(request: Request) -> str | None:
        return await writer(request) if read_token_required else None

    Reader = Annotated[str | None, Depends(reader)]
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

    @app.get("/", include_in_schema=False)
    async def page():
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    async def docs():
        return FileResponse(STATIC / "docs.html")

    @app.get("/api/facets", summary="Values to filter by, and the ACLED event types")
    async def facets(_: Reader) -> dict:
        return review.facets()

    @app.get("/api/events", summary="Events matching the filters, one summary row each")
    async def events(_: Reader, country: str | None = None, event_type: str | None = None,
               sub_event_type: str | None = None, actor: str | None = None,
               date_from: date | None = None, date_to: date | None = None, status: str | None = None,
               review_state: Annotated[str | None, Query(alias="review")] = None,
               min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None) -> dict:
        rows = review.events(country=country, event_type=event_type, sub_event_type=sub_event_type,
                             actor=actor, date_from=date_from, date_to=date_to, status=status,
                             min_confidence=min_confidence, review=review_state)
        return {"events": rows}

    @app.get("/api/events/{event_id}", summary="One event: every field, its evidence, the article, "
             "its sources if merged, its history")
    async def event(event_id: str, _: Reader) -> dict:
        return found(review.detail(event_id), "event", event_id)

    @app.get("/api/events/{event_id}/history", summary="Every correction of one event")
    async def history(event_id: str, _: Reader) -> list[dict]:
        found(review.record(event_id), "event", event_id)
        return review.history(event_id)

    @app.get("/api/changes", summary="The correction log, newest first")
    async def changes(_: Reader, limit: Annotated[int, Query(ge=1, le=10000)] = 500) -> list[dict]:
        return review.changes(limit)

    @app.post("/api/events/{event_id}/accept", summary="Mark an event as checked and right")
    async def accept(event_id: str, who: Writer) -> dict:
        found(review.record(event_id), "event", event_id)
        return checked(lambda: review.set_review(event_id, "accepted", who))

    @app.post("/api/events/{event_id}/reject", summary="Mark an event as wrong: it leaves exports")
    async def reject(event_id: str, who: Writer) -> dict:
        found(review.record(event_id), "event", event_id)
        return checked(lambda: review.set_review(event_id, "rejected", who))

    @app.patch("/api/events/{event_id}", summary="Correct fields of an event")
    async def edit(event_id: str, body: EventEdit, who: Writer) -> dict:
        found(review.record(event_id), "event", event_id)
        return checked(lambda: review.edit(event_id, body.model_dump(exclude_unset=True), who))

    @app.post("/api/merge", summary="Merge events that report the same real event")
    async def merge(body: EventIds, who: Writer) -> dict:
        for e in body.event_ids:
            found(review.record(e), "event", e)
        return checked(lambda: review.merge(body.event_ids, who))

    @app.post("/api/merged/{merged_id}/split", summary="Take events out of a merged event")
    async def split(merged_id: str, body: EventIds, who: Writer) -> dict:
        return checked(lambda: review.split(merged_id, body.event_ids, who))

    @app.get("/api/whoami", summary="The name the token was given")
    async def whoami(who: Writer) -> dict:
        return {"name": who}

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

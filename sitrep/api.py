"""sitrep from Python, for notebooks: texts coded into Events, a store read into Arrow or pandas.

The command line's own path, not a second one: documents become Articles by ingest's one rule
(a record's own values win; ``lang`` and ``published`` fill what it leaves out), they are coded by
the process's one Pipeline (sitrep.scale: models load with the first text and stay loaded), and a
store is read as ``sitrep export`` reads it, into the one Arrow schema of sitrep/export/parquet.py.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError
from sitrep.types import Article, Event

if TYPE_CHECKING:
    import pandas
    import pyarrow

Document = str | Mapping | Article
ERRORS = ("raise", "warn")


def code(text: str, lang: str | None = None, published: date | str | None = None, *, article_id: str | None = None,
         outlet: str | None = None, title: str | None = None, url: str | None = None,
         max_seconds: float | None = None) -> list[Event]:
    """The events of one text. ``lang`` (e.g. "fr"; identified when None) and ``published`` (a date
    or "YYYY-MM-DD", against which "mardi" or "yesterday" are dated) as for ``sitrep code``;
    ``max_seconds`` of CPU time per text (default 600, 0 for no limit). Raises SitrepError."""
    document = {"text": text, "article_id": article_id, "outlet": outlet, "title": title, "url": url}
    return next(code_many([document], lang, published, max_seconds=max_seconds))


def code_many(documents: Iterable[Document], lang: str | None = None, published: date | str | None = None, *,
              workers: int = 1, errors: str = "raise", max_seconds: float | None = None) -> Iterator[list[Event]]:
    """The events of each document, in order, as each is coded. A document is a text, a mapping of
    the JSONL article's fields (``text``, and optionally ``article_id``, ``lang``, ``published``,
    ``outlet``, ``title``, ``url``; its own ``lang`` and ``published`` win over the arguments) or an
    Article. A text without an id is ``doc-N``, N counting from 1. ``workers`` > 1 codes on that many
    processes sharing the loaded models. A document that cannot be coded raises SitrepError, or
    with ``errors="warn"`` gives a warning (the error's line) and no events, and the rest go on."""
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")
    defaults = {"lang": _language(lang), "published": _published(published)}
    return _coded(documents, defaults, workers, errors, max_seconds)


def _language(lang: str | None) -> str | None:
    from sitrep.lang import available

    if lang is not None and lang not in available():
        raise SitrepError("E011", "lang", lang=repr(lang), supported=", ".join(available()))
    return lang


def _published(value: date | str | None) -> date | None:
    from sitrep.ingest.sources import parse_date

    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise SitrepError("E012", "published", value=value)
    return parse_date(value, "published")


def _article(document: Document, n: int, defaults: dict) -> Article | SitrepError:
    """The Article of one document, or the error saying why it is none."""
    from sitrep.ingest.sources import build_article

    fallback = f"doc-{n}"
    if isinstance(document, Article):
        document = document.to_dict()
    elif isinstance(document, str):
        document = {"text": document}
    if not isinstance(document, Mapping) or not isinstance(document.get("text"), str):
        origin = str(document.get("article_id") or fallback) if isinstance(document, Mapping) else fallback
        return SitrepError("E071", origin, kind=_kind(document))
    origin = str(document.get("article_id") or fallback)
    if not document["text"].strip():
        return SitrepError("E002", origin)
    try:
        return build_article(dict(document), document["text"], origin, defaults, fallback)
    except SitrepError as err:
        return err


def _kind(document) -> str:
    if isinstance(document, Mapping):
        return 'a mapping without "text"' if "text" not in document else f'"text" of type {type(document["text"]).__name__}'
    return f"type {type(document).__name__}"


def _coded(documents: Iterable[Document], defaults: dict, workers: int, errors: str,
           max_seconds: float | None) -> Iterator[list[Event]]:
    from sitrep.scale import code_articles

    articles = (_article(d, n, defaults) for n, d in enumerate(documents, 1))
    with closing(code_articles(articles, workers, max_seconds)) as outcomes:  # stops the workers when left early
        for _, events in outcomes:
            if isinstance(events, SitrepError):
                if errors == "raise":
                    raise events
                warnings.warn(events.line(), RuntimeWarning, stacklevel=2)
                events = []
            yield events


class EventStore:
    """An event store (``sitrep code --db``) read as ``sitrep export`` reads it: merged events, each
    with its sources, or with ``per_article=True`` each article's events; rejected events left out,
    corrections in, events stored since the last merge merged first."""

    def __init__(self, path: str | Path):
        from sitrep.store import Store

        self.path = Path(path)
        self._store = Store.open(self.path, create=False)

    def events(self, per_article: bool = False) -> list[Event]:
        """The events an export writes (MergedEvents unless ``per_article``)."""
        if not per_article:
            self._store.remerge()  # corrections and rejections since the last run shape the merged events
        return self._store.export_records(merged=not per_article)

    def to_arrow(self, per_article: bool = False) -> "pyarrow.Table":
        """The table ``sitrep export --format parquet`` writes: ACLED's columns typed, sources and
        evidence nested, a WKB point with its GeoParquet metadata."""
        from sitrep.export.parquet import events_table
        from sitrep.export.provenance import from_store

        events = self.events(per_article)
        return events_table(events, from_store(self._store.provenance()))

    def to_pandas(self, per_article: bool = False) -> "pandas.DataFrame":
        """``to_arrow`` as a DataFrame (needs pandas): dates as datetime64, so that they compare with
        dates and date strings; integer codes as nullable integers."""
        return self.to_arrow(per_article).to_pandas(date_as_object=False)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(path: str | Path) -> EventStore:
    """The event store at ``path``; nothing is created (SitrepError E042 when there is none, E023
    for a file that is not a sitrep store)."""
    return EventStore(path)

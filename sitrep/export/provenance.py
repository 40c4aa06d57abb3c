"""What every export cites of an event: each article it was coded from (URL, title, language,
outlet, publication date) and when sitrep coded it, so a row can be checked against its source."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sitrep.types import Article, Event, MergedEvent


@dataclass(frozen=True)
class Provenance:
    article_id: str
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    outlet: str | None = None
    published: date | None = None
    coded_at: datetime | None = None  # UTC

    @classmethod
    def of_article(cls, article: Article, coded_at: datetime) -> "Provenance":
        return cls(article.article_id, article.url, article.title, article.lang, article.outlet, article.published,
                   coded_at)

    @classmethod
    def from_row(cls, row: Mapping) -> "Provenance":
        """A row of ``Store.provenance``: an article is coded when it is stored."""
        stored = row.get("stored_at")
        published = row.get("published")
        return cls(row["article_id"], row.get("url"), row.get("title"), row.get("lang"), row.get("outlet"),
                   date.fromisoformat(published) if published else None,
                   _utc(datetime.fromisoformat(stored)) if stored else None)

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "url": self.url, "title": self.title, "language": self.lang,
                "outlet": self.outlet, "published": self.published.isoformat() if self.published else None,
                "coded_at": self.coded_at.isoformat(timespec="seconds") if self.coded_at else None}


Provenances = Mapping[str, Provenance]


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def from_store(rows: Mapping[str, Mapping]) -> dict[str, Provenance]:
    """``Store.provenance()`` as Provenance records."""
    return {article_id: Provenance.from_row(row) for article_id, row in rows.items()}


def of_articles(articles: Iterable[Article], coded_at: datetime | None = None) -> dict[str, Provenance]:
    """Articles coded in this run, all at ``coded_at`` (now by default)."""
    at = coded_at or datetime.now(timezone.utc)
    return {a.article_id: Provenance.of_article(a, at) for a in articles}


def cited(e: Event, known: Provenances) -> list[Provenance]:
    """The articles ``e`` was coded from (a merged event's sources), in order, each with what is
    known of it; an article ``known`` lacks is cited by its id, outlet and publication date."""
    if isinstance(e, MergedEvent) and e.sources:
        reports = [(s.article_id, s.outlet, s.published) for s in e.sources]
    else:
        reports = [(e.article_id, e.outlet, e.published)]
    return [known.get(article_id) or Provenance(article_id, outlet=outlet, published=published)
            for article_id, outlet, published in reports]


def last_coded(cites: list[Provenance]) -> datetime | None:
    """When the event was last coded: ACLED's timestamp is the time a row last changed."""
    return max((p.coded_at for p in cites if p.coded_at), default=None)

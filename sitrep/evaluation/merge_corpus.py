"""The merge evaluation corpus: a cluster's articles, and the events merge_events reads from them
(each with its article's text fingerprint and publication date), from sitrep's coding or from the
gold events."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.ingest.sources import MAX_BYTES, parse_date, read_text_file
from sitrep.merge.fingerprint import fingerprint
from sitrep.types import Article, Event


def read_cluster(folder: Path) -> list[Article]:
    """A folder with articles.jsonl (article_id, text_file, published, outlet, lang a line) and the
    .txt files it names."""
    index = folder / "articles.jsonl"
    if not index.exists():
        raise SitrepError("E001", str(index))
    articles = []
    for n, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            meta = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SitrepError("E006", str(index), line=n, reason=exc.msg) from None
        if not isinstance(meta, dict) or not meta.get("text_file") or not meta.get("article_id"):
            raise SitrepError("E009", str(index), meta=f"line {n}", reason="article_id and text_file are required")
        art = read_text_file(folder / meta["text_file"], {}, MAX_BYTES)
        art.article_id = meta["article_id"]
        art.lang = meta.get("lang")
        art.published = parse_date(meta.get("published"), str(index))
        art.outlet = meta.get("outlet")
        articles.append(art)
    return articles


def merge_records(article: Article, events: list[Event]) -> list[Event]:
    """One article's events, each with what merging needs to know of the article."""
    fp = fingerprint(article.text)
    return [replace(e, article_fingerprint=fp, published=article.published) for e in events]


def records_from_gold(gold: list[dict], articles: list[Article]) -> list[Event]:
    """Gold events written as sitrep would write them (first accepted value of each field), so
    merging can be scored apart from extraction: what it does when coding is right."""
    by_id = {a.article_id: a for a in articles}
    records = []
    for g in gold:
        art = by_id[g["article_id"]]
        loc = g.get("location")
        actors = [({"name": slot[0]} if slot else None) for slot in (g.get("actors") or [[], []])]
        records.append(Event.from_dict({
            "article_id": g["article_id"], "event_id": f"{g['article_id']}-{g['gold_id']}",
            "event_type": g["event_type"][0], "sub_event_type": g["sub_event_type"][0],
            "plover_type": (g.get("plover_type") or [None])[0], "actor1": actors[0], "actor2": actors[1],
            "assoc_actor_1": [], "assoc_actor_2": [], "event_date": g.get("event_date"),
            "time_precision": 1 if g.get("event_date") else None,
            "location": loc and {"name": loc["name"], "country": loc["country"], "latitude": loc["latitude"],
                                 "longitude": loc["longitude"], "geo_precision": 1 if loc["radius_km"] <= 15 else 2,
                                 "uncertainty_km": None},
            "fatalities": g.get("fatalities"), "status": g["status"],
            "source": {"outlet": art.outlet, "attributed_to": None}, "evidence": [], "confidence": 1.0,
            "article_fingerprint": fingerprint(art.text),
            "published": art.published.isoformat() if art.published else None,
        }))
    return records

"""Main text and date of a news page, with trafilatura (boilerplate, menus and comments dropped)."""
from __future__ import annotations

import json

from sitrep.errors import SitrepError
from sitrep.types import Article


def article_from_html(html: str, origin: str, defaults: dict, fallback_id: str) -> Article:
    from sitrep.ingest.sources import parse_date

    import trafilatura  # only HTML inputs pay for its import

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    favor_precision=True)
    data = json.loads(extracted) if extracted else {}
    text = (data.get("text") or data.get("raw_text") or "").strip()
    if not text:
        raise SitrepError("E010", origin)
    published = defaults.get("published") or data.get("date")
    return Article(
        article_id=str(defaults.get("article_id") or fallback_id),
        text=text,
        lang=defaults.get("lang") or data.get("language"),
        published=parse_date(published, origin),
        outlet=defaults.get("outlet") or data.get("sitename") or data.get("hostname"),
        title=defaults.get("title") or data.get("title"),
        url=defaults.get("url") or data.get("url"),
        origin=origin,
    )

"""Main text and metadata of a news page, with trafilatura (boilerplate, menus and comments dropped).

It only reads the page; sources.py turns what it finds into an Article by the same rule as every
other input, so this module imports nothing else of the ingest stage.
"""
from __future__ import annotations

import json

from sitrep.errors import SitrepError


def read_page(html: str, origin: str) -> tuple[str, dict]:
    """The page's main text, and what the page says of itself (published, lang, outlet, title, url)."""
    import trafilatura  # only HTML inputs pay for its import

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    favor_precision=True)
    data = json.loads(extracted) if extracted else {}
    text = (data.get("text") or data.get("raw_text") or "").strip()
    if not text:
        raise SitrepError("E010", origin)
    # trafilatura 2.3 names the site "source-hostname" and the page's address "source" (before: sitename, url)
    return text, {"published": data.get("date"), "lang": data.get("language"),
                  "outlet": data.get("sitename") or data.get("source-hostname") or data.get("hostname"),
                  "title": data.get("title"), "url": data.get("url") or data.get("source")}

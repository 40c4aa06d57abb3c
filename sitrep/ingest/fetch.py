"""A news page named by its address: fetched once, over HTTP(S), with a time limit and a size limit.

Only ``sitrep code URL`` reaches the network, and only for the addresses it is given: on an air-gapped
machine a URL fails like a missing file, with one line naming it, and the other inputs are coded.
"""
from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from sitrep import __version__
from sitrep.errors import SitrepError

FETCH_TIMEOUT = 30.0  # seconds without a byte before a page is given up: a slow news site answers well within it
SCHEMES = ("http", "https")
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


@dataclass(frozen=True)
class Page:
    url: str  # the address after redirects: the one a reader would cite
    text: str
    is_html: bool


def is_url(item: str) -> bool:
    return urlsplit(item).scheme.lower() in SCHEMES and "://" in item


def fetch(url: str, max_bytes: int, timeout: float = FETCH_TIMEOUT) -> Page:
    """The page at ``url``, decoded; a SitrepError naming the address and the reason otherwise."""
    request = urllib.request.Request(url, headers={"User-Agent": f"sitrep/{__version__}",
                                                   "Accept": "text/html, text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(max_bytes + 1)
            final, headers = response.geturl(), response.headers
    except urllib.error.HTTPError as exc:
        raise SitrepError("E046", url, reason=f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise SitrepError("E046", url, reason=_reason(exc.reason)) from None
    except (TimeoutError, socket.timeout):
        raise SitrepError("E046", url, reason=f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # a reset connection, a malformed address
        raise SitrepError("E046", url, reason=str(exc)) from None
    if len(raw) > max_bytes:
        raise SitrepError("E005", url, size=f"more than {max_bytes}", limit=max_bytes)
    ctype = headers.get_content_type()
    if ctype not in HTML_TYPES + TEXT_TYPES:
        raise SitrepError("E047", url, ctype=ctype)
    if not raw.strip():
        raise SitrepError("E002", url)
    return Page(final, _decode(raw, headers, ctype in HTML_TYPES, url), ctype in HTML_TYPES)


def _reason(reason) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer in time"
    if isinstance(reason, socket.gaierror):
        return "the host name does not resolve (no network, or a wrong address)"
    return getattr(reason, "strerror", None) or str(reason)


def _decode(raw: bytes, headers: Message, is_html: bool, url: str) -> str:
    """By the charset the server or the page declares; UTF-8 where neither does."""
    charset = headers.get_content_charset()
    if charset is None and is_html:
        found = META_CHARSET.search(raw[:4096])
        charset = found.group(1).decode("ascii") if found else None
    try:
        return raw.decode(charset or "utf-8").replace("\r\n", "\n")
    except LookupError:
        raise SitrepError("E047", url, ctype=f"{headers.get_content_type()}; charset={charset}") from None
    except UnicodeDecodeError as exc:
        raise SitrepError("E004", url, offset=exc.start) from None


def page_id(url: str) -> str:
    """An article id from the address: its host and last path segment ("example.org-attaque-a-gao")."""
    parts = urlsplit(url)
    last = next((s for s in reversed(parts.path.split("/")) if s), "")
    last = re.sub(r"\.(html?|php|aspx?)$", "", last, flags=re.I)
    return re.sub(r"[^\w.-]+", "-", f"{parts.hostname or 'page'}-{last}".strip("-"))[:120] or "page"

"""Turn command-line inputs into Articles.

Every input kind becomes an Article through ``build_article``: what the input says of itself wins,
and the command-line defaults (``--published``, ``--lang``) fill only what it leaves out.

Each bad input yields a SitrepError (one line naming it and the reason) in the same stream as the
good articles, so the caller reports it and goes on with the rest of the batch.
"""
from __future__ import annotations

import json
import os
import select
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.ingest.fetch import fetch, is_url, page_id
from sitrep.ingest.html import read_page
from sitrep.types import Article

MAX_BYTES = 5_000_000  # a news article is far below; a 20 MB "article" is a mistaken input
SUFFIXES = {".txt", ".jsonl", ".html", ".htm"}
DEFAULTED = ("published", "lang")  # the fields a command-line default may fill


def parse_date(value, origin: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise SitrepError("E012", origin, value=value) from None


def decode(raw: bytes, origin: str, max_bytes: int) -> str:
    """Bytes to text, refusing what is not an article: empty, binary, non-UTF-8, oversized."""
    if len(raw) > max_bytes:
        raise SitrepError("E005", origin, size=len(raw), limit=max_bytes)
    if not raw.strip():
        raise SitrepError("E002", origin)
    if b"\x00" in raw:
        raise SitrepError("E003", origin)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SitrepError("E004", origin, offset=exc.start) from None
    return text.replace("\r\n", "\n")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SitrepError("E005", str(path), size=size, limit=max_bytes)
        return path.read_bytes()
    except FileNotFoundError:
        raise SitrepError("E001", str(path)) from None
    except OSError as exc:
        raise SitrepError("E013", str(path), reason=exc.strerror or str(exc)) from None


def _sidecar(path: Path) -> dict:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SitrepError("E009", str(path), meta=meta_path.name, reason=str(exc)) from None
    if not isinstance(meta, dict):
        raise SitrepError("E009", str(path), meta=meta_path.name, reason="not a JSON object")
    return meta


def build_article(own: dict, text: str, origin: str, defaults: dict, fallback_id: str) -> Article:
    """The one rule for every input kind: the input's own values (a sidecar, a JSONL line's fields, a
    page's metadata) win; a default from the command line fills a DEFAULTED field the input leaves
    empty."""
    fields = {**own, **{key: own.get(key) or defaults.get(key) for key in DEFAULTED}}
    return Article(
        article_id=str(fields.get("article_id") or fallback_id),
        text=text,
        lang=fields.get("lang"),
        published=parse_date(fields.get("published"), origin),
        outlet=fields.get("outlet"),
        title=fields.get("title"),
        url=fields.get("url"),
        origin=origin,
    )


def _html_article(html: str, origin: str, sidecar: dict, defaults: dict, fallback_id: str) -> Article:
    """A page's own metadata, with its sidecar's non-empty values over it, is the input's own."""
    text, page = read_page(html, origin)
    return build_article({**page, **{k: v for k, v in sidecar.items() if v}}, text, origin, defaults, fallback_id)


def read_text_file(path: Path, defaults: dict, max_bytes: int) -> Article:
    text = decode(_read_bytes(path, max_bytes), str(path), max_bytes)
    return build_article(_sidecar(path), text, str(path), defaults, path.stem)


def read_html_file(path: Path, defaults: dict, max_bytes: int) -> Article:
    raw = _read_bytes(path, max_bytes)
    html = decode(raw, str(path), max_bytes)
    return _html_article(html, str(path), _sidecar(path), defaults, path.stem)


def read_url(url: str, defaults: dict, max_bytes: int) -> Article:
    """A page fetched from its address: read as an ``.html`` file is, or as a ``.txt`` if served as plain
    text; its address is its ``url`` where the page names none."""
    page = fetch(url, max_bytes)
    if page.is_html:
        text, own = read_page(page.text, url)
    else:
        text, own = page.text, {}
    return build_article({**own, "url": own.get("url") or page.url}, text, url, defaults, page_id(page.url))


def read_jsonl(lines: Iterator[bytes], origin: str, defaults: dict, max_bytes: int) -> Iterator[Article | SitrepError]:
    seen_any = False
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        seen_any = True
        where = f"{origin}:{n}"
        try:
            line = decode(raw, where, max_bytes)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SitrepError("E006", origin, line=n, reason=exc.msg) from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
                raise SitrepError("E007", origin, line=n)
            yield build_article(record, record["text"], where, defaults, f"{Path(origin).stem}-{n}")
        except SitrepError as err:
            yield err
    if not seen_any:
        yield SitrepError("E002", origin)


def _jsonl_file(path: Path, defaults: dict, max_bytes: int) -> Iterator[Article | SitrepError]:
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        yield SitrepError("E001", str(path))
        return
    except OSError as exc:
        yield SitrepError("E013", str(path), reason=exc.strerror or str(exc))
        return
    with fh:
        yield from read_jsonl(fh, str(path), defaults, max_bytes)


def _read_stdin(max_bytes: int, timeout: float | None) -> bytes:
    """At most ``max_bytes + 1`` bytes of stdin; with ``timeout``, giving up once nothing has arrived
    for that long (a pipe whose writer hangs)."""
    if timeout is None:
        return sys.stdin.buffer.read(max_bytes + 1)
    fd, chunks, size = sys.stdin.fileno(), [], 0
    while size <= max_bytes:
        if not select.select([fd], [], [], timeout)[0]:
            raise SitrepError("E031", "<stdin>", seconds=timeout)
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)[:max_bytes + 1]


def _stdin(defaults: dict, max_bytes: int, timeout: float | None) -> Iterator[Article | SitrepError]:
    try:
        raw = _read_stdin(max_bytes, timeout)
    except SitrepError as err:
        yield err
        return
    first = raw.lstrip()[:1]
    if first == b"{":
        yield from read_jsonl(iter(raw.splitlines()), "<stdin>", defaults, max_bytes)
        return
    try:
        text = decode(raw, "<stdin>", max_bytes)
        if text.lstrip().startswith("<"):
            yield _html_article(text, "<stdin>", {}, defaults, "stdin")
        else:
            yield build_article({}, text, "<stdin>", defaults, "stdin")
    except SitrepError as err:
        yield err


def read_path(path: Path, defaults: dict, max_bytes: int) -> Iterator[Article | SitrepError]:
    if path.is_dir():
        found = _files_in(path)
        if not found:
            yield SitrepError("E002", str(path))
        for p in found:
            yield from read_path(p, defaults, max_bytes)
        return
    suffix = path.suffix.lower()
    if not path.exists():
        yield SitrepError("E001", str(path))
        return
    if not path.is_file():  # a FIFO or a device may never end: reading it would stall the batch
        yield SitrepError("E030", str(path), kind=_kind(path))
        return
    if suffix == ".jsonl":
        yield from _jsonl_file(path, defaults, max_bytes)
        return
    try:
        if suffix in (".html", ".htm"):
            yield read_html_file(path, defaults, max_bytes)
        elif suffix == ".txt" or suffix == "":
            yield read_text_file(path, defaults, max_bytes)
        else:
            yield SitrepError("E008", str(path), suffix=suffix)
    except SitrepError as err:
        yield err


def _files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.name.endswith(".meta.json"))


def count_inputs(inputs: list[str]) -> int | None:
    """How many items (articles and errors) ``read_inputs`` will yield, counted without decoding a
    byte, for a progress total; None with stdin, whose size is known only once it is read."""
    if "-" in inputs:
        return None
    return sum(1 if is_url(item) else _count(Path(item)) for item in inputs)


def _count(path: Path) -> int:
    if path.is_dir():
        return sum(_count(p) for p in _files_in(path)) or 1  # an empty folder is one error
    if path.suffix.lower() != ".jsonl" or not path.is_file():  # never opens a FIFO: it may not end
        return 1
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip()) or 1
    except OSError:
        return 1


def _kind(path: Path) -> str:
    mode = path.stat().st_mode
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def read_inputs(inputs: list[str], published: str | None = None, lang: str | None = None,
                max_bytes: int = MAX_BYTES, stdin_timeout: float | None = None) -> Iterator[Article | SitrepError]:
    """Articles and per-input errors, in input order. ``published``/``lang`` fill what an input leaves
    out; they never override what it says (see ``build_article``). ``stdin_timeout``: seconds stdin
    may stay silent before it is given up (default: wait for it)."""
    defaults = {"published": published, "lang": lang}
    for item in inputs:
        if item == "-":
            yield from _stdin(defaults, max_bytes, stdin_timeout)
        elif is_url(item):
            try:
                yield read_url(item, defaults, max_bytes)
            except SitrepError as err:
                yield err
        else:
            yield from read_path(Path(item), defaults, max_bytes)

"""``sitrep geoparse IN.jsonl -o OUT.jsonl [--lang CODE]``: toponyms of documents, in the
prediction format of ``score_geo.py``.

As with ``sitrep code``: a bad line gets one error line and the other documents are parsed; each
document is read in its own ``lang``, ``--lang`` filling in for those without one, and the
identified language for the rest; the output is opened before any work.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.lang import available


def _read(path: str) -> Iterator[tuple[int, dict] | SitrepError]:
    """(line number, document) for each good line, an error for each bad one."""
    try:
        raw = Path(path).read_text(encoding="utf-8") if path != "-" else sys.stdin.read()
    except FileNotFoundError:
        yield SitrepError("E001", path)
        return
    except (OSError, UnicodeDecodeError) as exc:
        yield SitrepError("E013", path, reason=str(exc))
        return
    for n, line in enumerate(raw.split("\n"), 1):  # not splitlines(): JSON strings may hold U+2028
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SitrepError("E006", path, line=n, reason=exc.msg)
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or not doc["text"]:
            yield SitrepError("E007", path, line=n)
        elif doc.get("doc_id") in (None, ""):  # a made-up id would never match the gold's
            yield SitrepError("E036", path, line=n, keys=", ".join(doc) or "none")
        else:
            yield n, doc


def _record(doc_id, toponyms) -> dict:
    out = []
    for t in toponyms:
        if t.relative:
            continue
        p = t.place
        out.append({"start": t.start, "end": t.end, "text": t.text,
                    "lat": p.lat if p else None, "lon": p.lon if p else None,
                    "name": p.name if p else None, "country": p.country if p else None,
                    "score": p.score if p else 0.0, "feature": p.feature if p else None,
                    "geo_precision": p.geo_precision if p else None, "reason": p.reason if p else None})
    return {"doc_id": doc_id, "toponyms": out}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="sitrep geoparse", description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSONL of {doc_id, text, lang?} ('-' for stdin)")
    ap.add_argument("-o", "--output", default="-", help="JSONL of {doc_id, toponyms} (default stdout)")
    ap.add_argument("--lang", choices=available(), help="language for documents that lack one (default: identified)")
    ap.add_argument("--no-demonyms", action="store_true",
                    help="do not report nationality adjectives (\"Syrian\") as their country")
    args = ap.parse_args(argv)
    from sitrep.export.output import open_text
    from sitrep.geo import Geoparser
    from sitrep.nlp.langid import language_of
    from sitrep.progress import Progress

    try:
        out = sys.stdout if args.output == "-" else open_text(args.output)
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    docs: list[tuple[dict, str]] = []  # (document, language code), in input order
    for item in _read(args.input):
        try:
            if isinstance(item, SitrepError):
                raise item
            n, doc = item
            lang, _ = language_of(doc["text"], doc.get("lang") or args.lang, f"{args.input}:{n}")
            docs.append((doc, lang.code))
        except SitrepError as err:
            print(err.line(), file=sys.stderr)
    gp = Geoparser.load()
    found: dict[int, list] = {}
    with Progress("geoparsing", "document", len(docs)) as progress:
        for code in dict.fromkeys(lang for _, lang in docs):  # one spaCy batch run per language
            index = [i for i, (_, lang) in enumerate(docs) if lang == code]
            for i, toponyms in zip(index, gp.parse_many((docs[i][0]["text"] for i in index), code,
                                                        demonyms=not args.no_demonyms)):
                found[i] = toponyms
                progress.advance()
    try:
        for i, (doc, _) in enumerate(docs):
            out.write(json.dumps(_record(doc["doc_id"], found[i]), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0 if docs else 1


if __name__ == "__main__":
    sys.exit(main())

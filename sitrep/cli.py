"""The ``sitrep`` command: it parses arguments and wires stages together, nothing more."""
from __future__ import annotations

import argparse
import io
import os
import sqlite3
import sys
from contextlib import ExitStack, closing
from pathlib import Path

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.lang import available

FORMATS = ("jsonl", "csv", "geojson")


def evaluation_sets() -> list[str]:
    from sitrep.evaluation import SETS

    return list(SETS)


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return n


def _seconds(value: str) -> float:
    n = float(value)
    if not n > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {value}")
    return n


def cmd_code(args: argparse.Namespace) -> int:
    try:
        return _code(args)
    except SitrepError as err:  # one that stops the command: a bad date, output or store
        print(err.line(), file=sys.stderr)
        return 2


def _code(args: argparse.Namespace) -> int:
    """The output and the store are opened before any input is read: a path that cannot be used
    costs nothing. Each article's events reach the store and the output as soon as it is coded."""
    from sitrep.export import format_table
    from sitrep.export.output import EventOutput
    from sitrep.ingest import count_inputs, read_inputs
    from sitrep.ingest.sources import parse_date
    from sitrep.progress import Progress, track
    from sitrep.scale import code_articles
    from sitrep.store import Store
    from sitrep.types import Event

    if not args.inputs and not args.db:
        raise SitrepError("E037")
    if args.published:
        parse_date(args.published, "--published")
    with ExitStack() as stack:
        output = stack.enter_context(EventOutput(args.output, args.format)) if args.output or not args.db else None
        store = stack.enter_context(Store.open(args.db)) if args.db else None
        table: list[Event] = []  # printed after an output file is written
        keep_table = bool(args.output) and not args.quiet
        coded = failed = 0
        already: list = []
        total = None if args.quiet else count_inputs(args.inputs)  # a folder's files, a JSONL file's lines
        progress = stack.enter_context(Progress("coding", "article", total, enabled=not args.quiet))
        inputs = read_inputs(args.inputs, args.published, args.lang, args.max_bytes, args.stdin_timeout)
        if store is not None:
            inputs = _not_stored(inputs, store, already, progress)
        outcomes = stack.enter_context(closing(code_articles(inputs, args.workers, args.max_seconds)))  # stops the workers on exit

        def shown(events: list[Event]) -> list[Event]:
            if keep_table:
                table.extend(events)
            return events

        def articles():
            nonlocal coded, failed
            for item, events in track(outcomes, progress):
                if isinstance(events, SitrepError):
                    progress.write(events.line())
                    failed += 1
                    continue
                coded += 1
                if store is not None:
                    store.add(item, events)
                yield shown(events)
            progress.close()
            if output is not None:  # an output file holds every input's events, stored before or now
                yield from (shown(store.events_of_text(item.text)) for item in already)

        if output is None:
            for _ in articles():  # --db alone: each article is stored as it is coded
                pass
        else:
            output.write(articles())
        if store is not None:
            merged = store.remerge()
            if not args.quiet:
                print(f"{args.db}: {coded} articles stored, {len(already)} already there"
                      + (f", {failed} inputs failed" if failed else "")
                      + f"; {len(store.events())} events in all, {merged} merged events", file=sys.stderr)
    if keep_table:
        print(format_table(table))
        print(f"\n{len(table)} events from {coded} articles; {args.output} ({args.format}): "
              f"{output.report.describe('events')}" + (f"; {failed} inputs failed" if failed else ""))
    return 0 if coded or already or not args.inputs else 1


def _not_stored(inputs, store, already: list, progress):
    """Articles whose text the store does not hold yet: a rerun codes only what is missing."""
    for item in inputs:
        if not isinstance(item, SitrepError) and store.has_text(item.text):
            already.append(item)
            progress.leave_out()
            continue
        yield item


def _open_store(path: str):
    """The store at ``path``, or None after one error line saying why it cannot be read. Nothing is
    created or migrated: only ``sitrep code --db`` does that."""
    from sitrep.store import Store

    try:
        return Store.open(path, create=False)
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return None


def _filters(args: argparse.Namespace):
    """The filter options of ``events`` and ``export``, checked (sitrep/store/filters.py)."""
    from sitrep.store.filters import checked

    return checked(country=args.country, event_type=args.type, sub_event_type=args.sub_type, actor=args.actor,
                   date_from=args.date_from, date_to=args.date_to, status=args.status,
                   min_confidence=args.min_confidence)


def cmd_events(args: argparse.Namespace) -> int:
    from sitrep.export import format_table, write_events

    try:
        filters = _filters(args)
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    store = _open_store(args.db)
    if store is None:
        return 2
    records = store.events(**filters.to_store(), include_rejected=False)
    if args.format == "table":
        print(format_table(records))
        print(f"\n{len(records)} events")
    else:
        buf = io.StringIO()
        write_events(records, buf, args.format)
        sys.stdout.write(buf.getvalue())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """The output is checked (a temporary file made beside it) before the store is read, and
    replaces the previous file only once it is complete; ``-`` writes to standard output."""
    from contextlib import nullcontext

    from sitrep.export import export_file, from_store
    from sitrep.export.formats import STDOUT
    from sitrep.export.output import cannot_write, replaced
    from sitrep.store import Store

    try:
        filters = _filters(args)
        with nullcontext(STDOUT) if args.output == STDOUT else replaced(args.output) as partial:
            with Store.open(args.db, create=False) as store:
                store.remerge()  # corrections and rejections made since the last run shape the merged events
                records = store.export_records(merged=not args.per_article, **filters.to_store())
                known = from_store(store.provenance())
            try:
                report = export_file(records, str(partial), args.format, known)
            except OSError as exc:
                raise cannot_write(args.output, exc) from None
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    if not args.quiet:
        what = "events" if args.per_article else "merged events"
        print(f"{'stdout' if args.output == '-' else args.output} ({args.format}): {report.describe(what)}",
              file=sys.stderr)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    import json

    from sitrep.scale import batch

    if args.engine == "ray":
        from sitrep.scale import ray_engine

        try:
            ray_engine.start(args.address, args.workers)
        except SitrepError as err:  # Ray, an extra, is not installed
            print(err.line(), file=sys.stderr)
            return 2
        coder = ray_engine.ray_engine(args.workers)
    else:
        coder = batch.local_engine(args.workers)
    summary = batch.run(args.inputs, Path(args.out), _counted(coder, not args.quiet), args.engine)
    for f in summary["failures"]:
        print(f"sitrep: error [{f['code']}] {f['input']}: {f['reason']}", file=sys.stderr)
    if not args.quiet:
        print(json.dumps({k: v for k, v in summary.items() if k != "failures"}))
    return 0 if summary["coded"] or not summary["articles_read"] else 1


def _counted(coder, enabled: bool):
    """``coder`` telling the shards it has done, out of those the run has left to do."""
    from sitrep.progress import Progress, track

    def code_shards(shards):
        with Progress("batch", "shard", len(shards), enabled) as progress:
            yield from track(coder(shards), progress)

    return code_shards


def cmd_eval(args: argparse.Namespace) -> int:
    from sitrep import evaluation

    names = list(evaluation.SETS) if args.set == "all" else [args.set]
    try:
        shared = evaluation.shared_dir(args.shared)
        results = evaluation.run(names, shared, Path(args.keep) if args.keep else None)
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    if args.verbose:
        for command, r in {r.command: r for r in results}.items():
            print(f"## {r.name}\n$ {command}\n{r.detail}\n")
    for r in results:
        if r.report:
            print(r.report + "\n")
    print(evaluation.format_results(results))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from sitrep.serve import serve

    try:
        serve(args.db, args.host, args.port, args.read_token_required, args.allow_host, args.quiet, args.workers)
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from sitrep.serve.review import Tokens

    try:
        tokens = Tokens.open(args.db)
        if args.action == "create":
            print(tokens.create(args.name))
        elif args.action == "revoke":
            revoked = tokens.revoke(args.name)
            if not revoked:
                raise SitrepError("E032", args.name)
            print(f"revoked {revoked} token(s) named {args.name}")
        else:
            for row in tokens.list():
                print(f"{row['name']}\t{row['created']}\t{'revoked' if row['revoked'] else 'active'}")
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    from sitrep.geo.gazetteer import Gazetteer, cache_path
    from sitrep.nlp import load_pipeline
    from sitrep.nlp.patterns import cache_file
    from sitrep.progress import duration, step

    try:
        for lang in available():
            with step(f"prepare: the {lang} pipeline", not args.quiet, tell_end=False) as took:
                load_pipeline(lang)
            if not args.quiet:
                kept = cache_file(lang)
                print(f"{lang} pipeline loaded in {duration(took.seconds)}"
                      + (f"; compiled patterns kept in {kept}" if kept.exists() else ""), flush=True)
        with step("prepare: the gazetteer index", not args.quiet, tell_end=False) as took:
            Gazetteer.load()
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"gazetteer index ready in {duration(took.seconds)}; kept in {cache_path()}")
    return 0


def _filter_options(command: argparse.ArgumentParser) -> None:
    """The filters ``events`` and ``export`` share; their values are checked by ``_filters``."""
    from sitrep.acled import Status

    command.add_argument("--country", metavar="COUNTRY", help="ISO code or English name, any case: SY, SYR, Syria")
    command.add_argument("--type", metavar="EVENT_TYPE", help="ACLED event type, any case, e.g. Battles")
    command.add_argument("--sub-type", metavar="SUB_EVENT_TYPE", help="ACLED sub-event type, any case, e.g. 'Armed clash'")
    command.add_argument("--actor", metavar="TEXT", help="part of an actor's name, any case")
    command.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="events on or after this day")
    command.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="events on or before this day")
    command.add_argument("--status", metavar="STATUS", help=f"one of {', '.join(Status)}")
    command.add_argument("--min-confidence", metavar="X", help="from 0 to 1")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Code conflict news into event data, each field "
                                     "backed by the text it came from.")
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code articles into events",
                          description="Code news articles into events. INPUT is a .txt file (with an optional "
                          "NAME.meta.json sidecar), a .jsonl file of articles, an .html page, an http(s):// "
                          "address of a page, a directory of these, or - for stdin.")
    code.add_argument("inputs", nargs="*", metavar="INPUT", help="with --db, none: only bring the store up to date")
    code.add_argument("-o", "--output", metavar="OUT", help="write events here and print a table; "
                      "default: events to stdout")
    code.add_argument("--format", choices=FORMATS, default="jsonl",
                      help="jsonl: interchange records (default); csv: ACLED columns; geojson")
    code.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that lack one")
    code.add_argument("--lang", choices=available(), help="language for inputs that lack one (default: detected)")
    code.add_argument("--max-bytes", type=int, default=5_000_000, help="refuse inputs larger than this")
    code.add_argument("--stdin-timeout", type=_seconds, metavar="SECONDS",
                      help="give up on stdin (-) once nothing has arrived for this long (default: wait)")
    code.add_argument("--max-seconds", type=float, metavar="S", help="give up an article after S seconds of CPU "
                      "time, with an error line, and go on with the next (default: 600; 0: no limit)")
    code.add_argument("-q", "--quiet", action="store_true", help="no table, no progress")
    code.add_argument("--workers", type=_positive, default=1, metavar="N",
                      help="code on N processes, each loading the models once (default: 1)")
    code.add_argument("--db", metavar="PATH", help="store articles and events in this database (created if "
                      "missing); articles already stored are skipped")
    code.set_defaults(func=cmd_code)

    evs = sub.add_parser("events", help="list stored events, filtered",
                         description="List the events of a store as a table (or JSONL), filtered.")
    evs.add_argument("--db", required=True, metavar="PATH")
    _filter_options(evs)
    evs.add_argument("--format", choices=("table", "jsonl", "csv", "geojson"), default="table")
    evs.set_defaults(func=cmd_events)

    ex = sub.add_parser("export", help="export a store's events for analysis",
                        description="Export the merged events of a store (each with its sources), or with "
                        "--per-article each article's events. Rejected events are left out; corrections are in.")
    ex.add_argument("--db", required=True, metavar="PATH")
    ex.add_argument("--format", required=True, choices=("acled-csv", "plover-json", "geojson", "parquet", "jsonl"))
    ex.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write; - for stdout")
    ex.add_argument("--per-article", action="store_true", help="each article's events rather than merged events")
    _filter_options(ex)
    ex.add_argument("-q", "--quiet", action="store_true")
    ex.set_defaults(func=cmd_export)

    bt = sub.add_parser("batch", help="code shards of articles into Parquet files of events, resumably",
                        description="Code JSONL or Parquet shards of articles (files or folders of them); "
                        "write OUT/shards/NAME.parquet of events per shard and OUT/summary.json. A rerun "
                        "skips the shards already written.")
    bt.add_argument("inputs", nargs="+", metavar="INPUT")
    bt.add_argument("--out", required=True, metavar="DIR", help="folder for the events and the summary")
    bt.add_argument("--engine", choices=("local", "ray"), default="local",
                    help="local: a process pool (default); ray: Ray Data actors")
    bt.add_argument("--workers", type=_positive, default=os.cpu_count() or 1, metavar="N",
                    help="processes or Ray actors, each holding the models (default: the CPU count)")
    bt.add_argument("--address", help="the Ray cluster to join (default: RAY_ADDRESS, else a local Ray)")
    bt.add_argument("-q", "--quiet", action="store_true", help="no summary on stdout, no progress on stderr")
    bt.set_defaults(func=cmd_batch)

    ev = sub.add_parser("eval", help="score sitrep on the shared evaluation sets",
                        description="Run sitrep on the shared sets and the shared scorers on its output; "
                        "print their figures in one table.")
    ev.add_argument("set", nargs="?", default="all", choices=(*evaluation_sets(), "all"))
    ev.add_argument("--shared", help="the shared folder (default: ../shared beside the repository)")
    ev.add_argument("--keep", metavar="DIR", help="keep predictions in DIR")
    ev.add_argument("-v", "--verbose", action="store_true", help="print each scorer's full output and command")
    ev.set_defaults(func=cmd_eval)

    sv = sub.add_parser("serve", help="the review web app over an event store",
                        description="Serve the review page and its JSON API (docs at /docs) over the event "
                        "store DB. Reads are open unless --read-token-required; corrections need a token "
                        "from `sitrep token create`.")
    sv.add_argument("--db", required=True, metavar="PATH", help="the event store (SQLite)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sv.add_argument("--read-token-required", action="store_true",
                    help="reads need a token too (required to bind beyond loopback)")
    sv.add_argument("--allow-host", action="append", metavar="NAME",
                    help="a Host header to answer besides loopback's, e.g. the name a TLS proxy serves (repeatable)")
    sv.add_argument("--workers", type=int, default=1, choices=range(1, 33), metavar="N",
                    help="server processes, up to one a core (default: 1)")
    sv.add_argument("-q", "--quiet", action="store_true", help="log warnings only")
    sv.set_defaults(func=cmd_serve)

    tk = sub.add_parser("token", help="create, list or revoke review tokens",
                        description="Tokens let the review app's users write corrections; only a hash is "
                        "stored, so a token is shown once, when created.")
    tk.add_argument("action", choices=("create", "list", "revoke"))
    tk.add_argument("--db", required=True, metavar="PATH", help="the event store (SQLite)")
    tk.add_argument("--name", help="who the token is for (create, revoke)")
    tk.set_defaults(func=cmd_token)

    pr = sub.add_parser("prepare", help="build the gazetteer index and compiled patterns ahead of the first run",
                        description="Build what sitrep otherwise builds on first use (the gazetteer index, the "
                        "French tokenizer's compiled patterns) into $SITREP_CACHE or ~/.cache/sitrep, so that "
                        "the first real run, on a new machine or a cluster node, starts fast.")
    pr.add_argument("-q", "--quiet", action="store_true")
    pr.set_defaults(func=cmd_prepare)

    sub.add_parser("geoparse", help="find and resolve place names in documents (sitrep geoparse --help)",
                   add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:  # the workers ignore Ctrl-C and are stopped; the store is left consistent
        print(SitrepError("E035").line(), file=sys.stderr)
        return 130


def _main(argv: list[str]) -> int:
    if argv[:1] == ["geoparse"]:  # its own parser, so that "sitrep geoparse --help" is its help
        from sitrep.geo.cli import main as geoparse_main

        return geoparse_main(argv[1:])
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if rest:  # inputs given after an option: `code -q a.jsonl --max-bytes 100 b.txt`
        if not hasattr(args, "inputs") or any(a.startswith("-") and a != "-" for a in rest):
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        args.inputs += rest
    try:
        return args.func(args)
    except sqlite3.DatabaseError as exc:  # a store damaged past its header shows only when its pages are read
        print(SitrepError("E023", getattr(args, "db", None) or "", reason=str(exc)).line(), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

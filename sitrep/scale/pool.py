"""Code articles on N processes, each with its own Pipeline, results in input order.

Where the platform forks, the parent loads the spaCy models and the gazetteer once, before the
workers start, and every worker shares them (copy-on-write) instead of loading its own; elsewhere
workers are spawned and each loads them on its first article, keeping them for every article after.
One article's failure is its own: it comes back as a SitrepError in that article's place and the
batch goes on. The language an article was coded in is set on it, in the caller's process too.
"""
from __future__ import annotations

import multiprocessing
import signal
from multiprocessing.pool import AsyncResult
from collections import deque
from collections.abc import Iterable, Iterator

from sitrep.errors import SitrepError
from sitrep.types import Article, Event

Outcome = tuple[Article | SitrepError, "list[Event] | SitrepError"]
WINDOW = 16  # articles per worker sent ahead: enough to keep it busy, few held in memory

_pipeline = None


Language = tuple[str, "float | None"]  # the language an article was coded in, and the identifier's confidence


def code_one(article: Article, max_seconds: float | None = None) -> tuple[Language, list[Event]] | SitrepError:
    """The language and events of one article from this process's Pipeline, or the error that
    stopped it (``max_seconds``: the article's time budget, see ``Pipeline.code``). The language
    is sent back with the events: a worker codes a copy of the article."""
    global _pipeline
    if _pipeline is None:
        from sitrep.pipeline import Pipeline

        _pipeline = Pipeline()
    try:
        events = _pipeline.code(article, max_seconds)
        return (article.lang, article.lang_confidence), events
    except SitrepError as err:
        return err.at(article.origin)
    except Exception as exc:  # one article's failure must not stop the batch
        return SitrepError("E014", article.origin, reason=f"{type(exc).__name__}: {exc}")


def preload() -> None:
    """Load the models and the gazetteer in this process now; workers forked after share them."""
    global _pipeline
    if _pipeline is None:
        from sitrep.pipeline import Pipeline

        _pipeline = Pipeline().load()


def _coded(article: Article, result: tuple[Language, list[Event]] | SitrepError) -> list[Event] | SitrepError:
    """The events of ``result``, its language set on ``article``."""
    if isinstance(result, SitrepError):
        return result
    (article.lang, article.lang_confidence), events = result
    return events


def _ignore_ctrl_c() -> None:
    """Ctrl-C reaches every process of the terminal's group: the parent alone handles it, stopping
    the workers, so that the user sees one line rather than a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def code_articles(items: Iterable[Article | SitrepError], workers: int = 1,
                  max_seconds: float | None = None) -> Iterator[Outcome]:
    """(input, events or error) for each input, in input order; inputs that are errors pass through.
    An article coded for longer than ``max_seconds`` comes back as an error.

    Inputs are read in the calling thread (a reader may hold a database connection), at most
    WINDOW articles per worker ahead of the results."""
    if workers <= 1:
        for item in items:
            yield item, item if isinstance(item, SitrepError) else _coded(item, code_one(item, max_seconds))
        return
    context = _context()
    if context.get_start_method() == "fork":
        preload()
    with context.Pool(workers, initializer=_ignore_ctrl_c) as pool:
        window: deque[tuple[Article | SitrepError, AsyncResult | None]] = deque()

        def settle() -> Outcome:
            item, pending = window.popleft()
            return item, item if pending is None else _coded(item, pending.get())

        for item in items:
            pending = None if isinstance(item, SitrepError) else pool.apply_async(code_one, (item, max_seconds))
            window.append((item, pending))
            while window and (len(window) > WINDOW * workers or window[0][1] is None or window[0][1].ready()):
                yield settle()
        while window:
            yield settle()

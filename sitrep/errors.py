"""Every error sitrep reports to a user, numbered in one place (after spaCy's errors.py).

A message names the input and the reason; the code lets users and tests refer to it stably.
"""
from __future__ import annotations


class Errors:
    E001 = "no such file or directory"
    E002 = "empty input: nothing to code"
    E003 = "binary content (NUL bytes): not a text, JSONL or HTML article"
    E004 = "not valid UTF-8 (first bad byte at offset {offset})"
    E005 = "too large: {size} bytes, the limit is {limit} bytes (--max-bytes)"
    E006 = "line {line}: not JSON ({reason})"
    E007 = "line {line}: a JSON object with a non-empty \"text\" is required"
    E008 = "unsupported input type {suffix!r}: expected .txt, .jsonl, .html or a directory"
    E009 = "sidecar {meta}: {reason}"
    E010 = "no text could be extracted from the HTML page"
    E011 = "language {lang} is not supported (supported: {supported})"
    E012 = "bad publication date {value!r}: expected YYYY-MM-DD"
    E013 = "cannot read: {reason}"
    E014 = "coding failed: {reason}"
    E015 = "the shared evaluation folder was not found at {path}"
    E016 = "the spaCy model {model!r} for language {lang!r} is not installed"
    E017 = "cannot read this shard: {reason}"
    E018 = "unsupported shard type {suffix!r}: expected .jsonl or .parquet"
    E020 = "cannot merge this event record: {reason}"
    E021 = "the event id is given to two records: merged events would mix them"
    E022 = "the event is in two locked groups: an analyst's merge and split contradict"
    E023 = "cannot open this event store: {reason}"
    E024 = "cannot change this grouping: {reason}"
    E030 = "not a regular file ({kind}): give its content on stdin with `-`"
    E031 = "nothing arrived on stdin for {seconds:g} s (--stdin-timeout)"
    E032 = "no active token has this name"
    E033 = "an active token has this name already: revoke it first (`sitrep token revoke --name {name}`)"
    E034 = "cannot write: {reason}"
    E035 = "interrupted (Ctrl-C): what was finished is kept; run again for the rest"
    E036 = "line {line}: a non-empty \"doc_id\" is required (this line has: {keys})"
    E037 = "no INPUT given: name the articles to code (`sitrep code --db PATH` alone brings a store up to date)"
    E038 = "coding stopped after {seconds} s of CPU time, the limit for one article (--max-seconds)"
    E040 = "the review page's vendored libraries are missing: run `make web` (npm ci + web/copy.mjs)"
    E041 = "cannot correct this event: {reason}"
    E042 = "no event store at this path (create one with `sitrep code ... --db PATH`)"
    E043 = "a token name must be 1-64 letters, digits, '.', '_' or '-'; got {name!r}"
    E044 = "no merge evaluation cluster here: `sitrep eval merge` runs from a checkout of the sitrep repository"
    E045 = ("binding beyond loopback would open every read to the network, over plain HTTP: "
            "add --read-token-required, or serve on 127.0.0.1 behind a TLS proxy (docs/operations.md)")
    E046 = "cannot fetch the page: {reason}"
    E047 = "unsupported content type {ctype!r}: expected an HTML page or plain text"
    # 060-: the filters of `sitrep events`, `sitrep export` and the review API (sitrep/store/filters.py)
    E060 = "{value!r} is not a country: give an ISO 3166 code (SY, SYR) or an English name (Syria), in any case"
    E061 = "{value!r} is not a date: expected YYYY-MM-DD"
    E062 = "{value} is after the end date {end}: no event can match"
    E063 = "{value!r} is not an ACLED event type; accepted, in any case: {accepted}"
    E064 = "{value!r} is not an ACLED sub-event type; accepted, in any case: {accepted}"
    E065 = "{value!r} is a sub-event type of {parent!r}, not of {event_type!r}: no event can match"
    E066 = "{value!r} is not an event status; accepted, in any case: {accepted}"
    E067 = "{value!r} is not a confidence: expected a number from 0 to 1"
    E068 = "{value!r} is not a cursor of this list: give the `next` of the page before, or none for the first page"
    E069 = "{value!r} is not an export format; accepted: {accepted}"
    E070 = "Ray is not installed; install it with `pip install 'sitrep[ray]'` or use --engine local"
    E071 = "a document is a text, or a mapping with a non-empty \"text\" (the JSONL article's fields); got {kind}"


class SitrepError(Exception):
    """An error about one input: reported on one line, the rest of the batch goes on."""

    def __init__(self, code: str, origin: str = "", **details):
        self.code = code
        self.origin = origin
        self.reason = getattr(Errors, code).format(**details)
        super().__init__(self.line())

    def at(self, origin: str) -> "SitrepError":
        """The same error, naming ``origin`` if it named no input yet."""
        self.origin = self.origin or origin
        return self

    def line(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        return f"sitrep: error [{self.code}] {where}{self.reason}"

    def __reduce__(self):
        """Picklable as it is, so that a worker process can hand an article's error back."""
        return _restore, (self.code, self.origin, self.reason)


def _restore(code: str, origin: str, reason: str) -> SitrepError:
    err = SitrepError.__new__(SitrepError)
    err.code, err.origin, err.reason = code, origin, reason
    Exception.__init__(err, err.line())
    return err

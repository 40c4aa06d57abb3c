"""The filters of ``sitrep events``, ``sitrep export`` and the review API, checked and written as
the store holds them, in one place: a mistyped value is an error naming the option, never an empty
answer that looks like "no such events".

Countries are stored as ISO 3166 alpha-2 codes; a filter may give the alpha-2 or alpha-3 code or an
English name (ISO's or ACLED's), in any case. Event types, sub-event types and statuses may be given
in any case and are matched to their canonical spelling.
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date

from sitrep.errors import SitrepError

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# The option each field is given by, as the user typed it: the error names it.
CLI_OPTIONS = {"country": "--country", "event_type": "--type", "sub_event_type": "--sub-type", "actor": "--actor",
               "date_from": "--from", "date_to": "--to", "status": "--status", "min_confidence": "--min-confidence"}
API_OPTIONS = {field: field for field in CLI_OPTIONS}


@dataclass(frozen=True)
class Filters:
    """Checked filter values, as the store holds them; None: not filtered on."""

    country: str | None = None  # ISO 3166 alpha-2
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # part of actor1's or actor2's name, any case
    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None
    min_confidence: float | None = None

    def to_store(self) -> dict:
        """The keyword arguments of the store's filtered reads."""
        return {k: v for k, v in asdict(self).items() if v is not None}


def checked(options: Mapping[str, str] = CLI_OPTIONS, **values) -> Filters:
    """``values`` (field -> the text given, None or '' when not given) checked and normalised;
    the first bad one raises its error, naming ``options[field]``."""
    given = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    given = {k: v for k, v in given.items() if v is not None and v != ""}
    unknown = given.keys() - CLI_OPTIONS.keys()
    if unknown:
        raise TypeError(f"not a filter: {', '.join(sorted(unknown))}")
    out = {}
    for field, check in (("country", country), ("event_type", event_type), ("date_from", day), ("date_to", day),
                         ("status", status), ("min_confidence", confidence)):
        if field in given:
            out[field] = check(given[field], options[field])
    if "sub_event_type" in given:
        out["sub_event_type"] = sub_event_type(given["sub_event_type"], options["sub_event_type"],
                                               out.get("event_type"))
    if "actor" in given:
        out["actor"] = str(given["actor"])
    start, end = out.get("date_from"), out.get("date_to")
    if start and end and start > end:
        raise SitrepError("E062", options["date_from"], value=start, end=f"{end} ({options['date_to']})")
    return Filters(**out)


def _key(text: str) -> str:
    from sitrep.text import fold

    return " ".join(fold(text).split())


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every way a filter may name a country (folded) -> its ISO2 code."""
    import pycountry

    from sitrep.normalise.countries import acled_countries, country_name

    table = {}
    for c in pycountry.countries:
        for name in (c.alpha_2, c.alpha_3, c.name, getattr(c, "official_name", None),
                     getattr(c, "common_name", None), country_name(c.alpha_2)):
            if name:
                table[_key(name)] = c.alpha_2
    for iso2, name in acled_countries().items():
        table.setdefault(_key(iso2), iso2)
        table.setdefault(_key(name), iso2)
    return table


def country(value: str, option: str) -> str:
    iso2 = _countries().get(_key(value))
    if iso2 is None:
        raise SitrepError("E060", option, value=value)
    return iso2


def day(value: str | date, option: str) -> date:
    if isinstance(value, date):
        return value
    try:
        if DAY.match(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise SitrepError("E061", option, value=value)


@functools.lru_cache(maxsize=1)
def _types() -> dict[str, list[str]]:
    from sitrep.normalise.taxonomy import taxonomy

    return taxonomy()["acled"]


def event_type(value: str, option: str) -> str:
    canonical = {_key(t): t for t in _types()}.get(_key(value))
    if canonical is None:
        raise SitrepError("E063", option, value=value, accepted=", ".join(_types()))
    return canonical


def sub_event_type(value: str, option: str, of_type: str | None = None) -> str:
    """A sub-event type; given with an event type, one of that type's."""
    parents = {_key(s): (s, t) for t, subs in _types().items() for s in subs}
    if _key(value) not in parents:
        raise SitrepError("E064", option, value=value,
                          accepted="; ".join(s for subs in _types().values() for s in subs))
    canonical, parent = parents[_key(value)]
    if of_type is not None and parent != of_type:
        raise SitrepError("E065", option, value=canonical, parent=parent, event_type=of_type)
    return canonical


def status(value: str, option: str) -> str:
    from sitrep.acled import Status

    canonical = {s.value: s.value for s in Status}.get(_key(value))
    if canonical is None:
        raise SitrepError("E066", option, value=value, accepted=", ".join(Status))
    return canonical


def confidence(value: str | float, option: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not 0 <= number <= 1:  # NaN too
        raise SitrepError("E067", option, value=value)
    return number

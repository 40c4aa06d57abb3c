"""Time expressions and their resolution against the publication date.

Handles the traps that make general date parsers wrong on news: a weekday equal to the
publication's weekday means that day, not a week later; "dernier"/"last" moves it a week back;
plans look forward; and with no publication date a relative expression resolves to nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from sitrep.acled import TimePrecision
from sitrep.extract.quantities import number
from sitrep.lang import LanguagePack, pack
from sitrep.text import fold, may_match

MAX_DAYS_AGO = 60  # "il y a 90 jours" dates a background fact, not the news of the day
FUTURE_SLACK_DAYS = 31  # a day-month up to a month after publication is this year's (a schedule)
MID_MONTH = 15  # a date known to the month is put mid-month: on average nearest the true day
MID_YEAR_MONTH = 7  # a date known to the year ("en 2012") is put at the year's middle
SATURDAY = 5  # date.weekday() of the first day of a weekend



@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    kind: str  # weekday | feast | days | anaphoric | weeks | months_relative | season | years_ago | year | absolute | month | night | current_day
    weekday: int | None = None
    offset: int = 0
    day: int | None = None
    month: int | None = None
    year: int | None = None
    qualifier: str | None = None  # past | future | weekend | week_start ("weeks" naming the weekend, the week's start)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def compile_patterns(d: dict) -> list[tuple[str, re.Pattern]]:
    """The date expressions of a language's ``time.json``, by kind, in the order they are tried."""
    wd, mo = _alt(d["weekdays"]), _alt(d["months"])
    qual = _alt(d["past_qualifiers"] + d["future_qualifiers"])
    pats = [
        ("numeric", d["numeric_date"]),
        *([("current_day", d["current_month_day"])] if d.get("current_month_day") else []),
        *([("feast", _alt(d["feasts"]))] if d.get("feasts") else []),
        *([("named_day", _alt(d["named_days"]))] if d.get("named_days") else []),
        ("night", d["night"].format(weekday=wd)),
        ("absolute", d["ordinal_day"].format(weekday=wd, month=mo)),
        ("month", d["month_year"].format(month=mo)),
        ("weeks", _alt(d["weeks"])),
        ("months_relative", _alt(d["months_relative"])),
        *([("season", d["season"].format(season=_alt(d["seasons"])))] if d.get("season") else []),
        ("days_ago", d["days_ago"]),
        *([("units_ago", d["units_ago"])] if d.get("units_ago") else []),
        *([("year", d["year"])] if d.get("year") else []),
        ("days", _alt(d["days"])),
        *([("anaphoric", _alt(d["anaphoric_days"]))] if d.get("anaphoric_days") else []),
        ("weekday", rf"(?:(?P<pre>{qual}) )?(?P<wd>{wd})(?: (?P<post>{qual}))?"),
    ]
    return [(kind, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])")) for kind, p in pats]


VAGUE_AGO_UNITS = ("month", "year")  # a vague count of weeks may still fall within the reporting window


def _vague_ago(g: dict, d: dict) -> int | None:
    """ "il y a plusieurs années", "several months ago": a vague count (``vague_ago_counts``) of months or years
    told back from the report, the least it can mean, so that what it dates is told as the past it is; a vague
    count of weeks dates nothing."""
    unit = d.get("ago_units", {}).get(g.get("unit") or "")
    return d.get("vague_ago_counts", {}).get(g["n"]) if unit in VAGUE_AGO_UNITS else None


def spans_night(text: str, lang: str | LanguagePack) -> bool:
    """Whether a date is told as a night ("dans la nuit de samedi à dimanche", "overnight"): the act may
    fall on the evening of the day it resolves to or in the small hours of the next, and outlets give
    either day."""
    lang = pack(lang)
    folded = fold(text)
    if folded in lang.time.get("night_days", ()):
        return True
    return any(kind == "night" and pat.fullmatch(folded) for kind, pat in lang.time_patterns)


def find_time_mentions(text: str, lang: str | LanguagePack, offset: int = 0) -> list[TimeMention]:
    """Time expressions in ``text``; offsets are shifted by ``offset`` (the text's start in the article)."""
    lang = pack(lang)
    d = lang.time
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pat in lang.time_patterns:
        if not may_match(pat, folded):
            continue
        for m in pat.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in ("absolute", "numeric") and not m.groupdict().get("year") and \
                    _in_a_name(text, folded, m.start(), m.end(), d):
                taken.append((m.start(), m.end()))
                continue
            if kind == "named_day":  # "Bloody Sunday", "Black Friday": a name, not a day counted from the report's
                taken.append((m.start(), m.end()))
                continue
            g = m.groupdict()
            if kind in ("days_ago", "units_ago") and number(g["n"], lang) is None and _vague_ago(g, d) is None:
                continue
            if kind == "anaphoric" and d.get("anaphoric_of") and re.match(d["anaphoric_of"], folded[m.end():]):
                continue  # "la veille de son entrée en vigueur": the eve of another day than the report's
            if kind == "numeric" and not (1 <= int(g["nmonth"]) <= 12 and 1 <= int(g["nday"]) <= 31):
                continue
            taken.append((m.start(), m.end()))
            qual = g.get("pre") or g.get("post")
            qualifier = ("past" if qual in d["past_qualifiers"] else "future") if qual else None
            kw = dict(start=m.start() + offset, end=m.end() + offset, text=text[m.start():m.end()], kind=kind,
                      qualifier=qualifier)
            if kind == "feast":
                kw["offset"] = d["feasts"][m.group(0)]
            elif kind == "night":
                kw["weekday"] = d["weekdays"][g["d1"]]
            elif kind == "weekday":
                kw["weekday"] = d["weekdays"][g["wd"]]
            elif kind == "absolute":
                day = g.get("day") or g.get("day2")
                month = g.get("month") or g.get("month2")
                kw.update(day=1 if not day.isdigit() else int(day), month=d["months"][month],
                          year=int(g["year"]) if g.get("year") else None)
            elif kind == "current_day":  # "le 3 courant": a day of the publication's month
                kw["day"] = int(g["cday"]) if g["cday"].isdigit() else 1
            elif kind == "numeric":
                day, month = int(g["nday"]), int(g["nmonth"])
                if not (1 <= month <= 12 and 1 <= day <= 31):
                    continue
                kw.update(kind="absolute", day=day, month=month, year=int(g["nyear"]))
            elif kind == "days_ago":
                count = number(g["n"], lang)
                if count is None or count > MAX_DAYS_AGO:
                    continue
                kw.update(kind="days", offset=-count)
            elif kind == "units_ago":  # "il y a six mois": a week, month or year before publication
                unit = d["ago_units"][g["unit"]]
                told_kind, offset = {"week": ("weeks", -7), "month": ("months_relative", -1),
                                     "year": ("years_ago", -1)}[unit]  # not ``kind``: the next match needs it
                kw.update(kind=told_kind, offset=offset * (number(g["n"], lang) or _vague_ago(g, d)))
            elif kind == "year":
                kw.update(year=int(g["year"]))
            elif kind == "month":
                kw.update(month=d["months"][g["month"]], year=int(g["year"]) if g.get("year") else None)
            elif kind == "season":  # "l'hiver dernier", "this summer": the season's middle month
                kw.update(month=d["seasons"][g["season"] or g["season2"]], qualifier="past" if g["post"] else None)
            else:
                table = {"days": d["days"], "weeks": d["weeks"], "months_relative": d["months_relative"],
                         "anaphoric": d.get("anaphoric_days", {})}[kind]
                kw["offset"] = table[m.group(0)]
                if kind == "weeks" and m.group(0) in d.get("weekends", ()):
                    kw["qualifier"] = "weekend"  # "last weekend": the Saturday and Sunday just passed
                elif kind == "weeks" and m.group(0) in d.get("week_starts", ()):
                    kw["qualifier"] = "week_start"  # "en début de semaine": the Monday of the publication's week
            found.append(TimeMention(**kw))
    return sorted(found, key=lambda t: t.start)


SEASON_SPAN_DAYS = 45  # a season's middle month is this close to its edges


def _season_date(mention: TimeMention, published: date) -> date:
    """ "l'été dernier" is the last summer that has ended: the one of this year once its middle month is
    more than half a season behind, else the year before's; "cet été" is this year's."""
    this_year = date(published.year, mention.month, MID_MONTH)
    if mention.qualifier != "past":
        return this_year
    return this_year if (published - this_year).days > SEASON_SPAN_DAYS else \
        date(published.year - 1, mention.month, MID_MONTH)


NAME_DASH = re.compile(r"[^\W\d_][\w'.]*\s+[-\u2013]\s*$")  # "Al Hudaydah - " before a quarter's name
NAME_WINDOW = 80  # characters read on each side of a date for a name it is part of: a whole article's were read per date


def _in_a_name(text: str, folded: str, start: int, end: int, d: dict) -> bool:
    """ "the 26 September Street", "boulevard du 30 Juin", "Aden - 22 May (Al Mansura)": a date that names a
    street, a square or a city quarter is part of a place's name, not the day of anything. A name noun
    (``name_nouns``) right after it or, with its genitive words (``name_links``), right before it; or a
    capitalised place name and a spaced dash before it, as a city and its quarter are written. A date
    with its year names no place ("le massacre du stade du 28 septembre 2009": the day of the massacre,
    though the stadium bears it); the caller leaves those out."""
    nouns = set(d.get("name_nouns", ()))
    after = folded[end:end + NAME_WINDOW].split(maxsplit=1)
    if after and after[0].strip(".,;:()") in nouns and text[end:end + NAME_WINDOW].lstrip()[:1].isupper():
        return True
    lo = max(0, start - NAME_WINDOW)
    before = folded[lo:start].split()
    words = before + folded[start:end].split()[:1]
    while words and words[-1] in d.get("name_links", ()):
        words.pop()
    if words and words[-1] in nouns and len(words) <= len(before):
        return True
    dash = NAME_DASH.search(text, lo, start)
    return dash is not None and dash.group(0)[:1].isupper()


def _year_for(month: int, day: int, published: date) -> int:
    """The year that puts a day-month nearest before (or just after) publication."""
    year = published.year
    try:
        if date(year, month, day) > published + timedelta(days=FUTURE_SLACK_DAYS):
            year -= 1
    except ValueError:
        pass
    return year


def resolve(mention: TimeMention, published: date | None, future: bool = False,
            anchor: date | None = None) -> tuple[date | None, int | None]:
    """The date and ACLED precision a mention stands for; (None, None) when it cannot be fixed.
    A day told from another ("la veille", "le lendemain") counts from ``anchor``, the day the
    report is at, else from publication."""
    if mention.kind in ("absolute", "month") and mention.year is not None:
        try:
            if mention.kind == "absolute":
                return date(mention.year, mention.month, mention.day), TimePrecision.DAY
            return date(mention.year, mention.month, MID_MONTH), TimePrecision.MONTH
        except ValueError:
            return None, None
    if published is None:  # a named year is the past, or the present, of an article of unknown date
        return (date(mention.year, MID_YEAR_MONTH, 1), TimePrecision.MONTH) if mention.kind == "year" else (None, None)
    if mention.kind == "feast":
        return _feast_date(mention.offset, published, future), TimePrecision.DAY
    if mention.kind in ("weekday", "night"):
        delta = published.weekday() - mention.weekday
        if mention.qualifier == "future" or (future and mention.qualifier is None):
            ahead = (mention.weekday - published.weekday()) % 7
            if mention.qualifier == "future" and ahead == 0:
                ahead = 7
            return published + timedelta(days=ahead), TimePrecision.DAY
        back = delta % 7
        if mention.qualifier == "past" and back == 0:
            back = 7
        return published - timedelta(days=back), TimePrecision.DAY
    if mention.kind == "current_day":
        month = published.replace(day=1) if mention.day <= published.day else \
            (published.replace(day=1) - timedelta(days=1)).replace(day=1)  # a day not yet come is last month's
        try:
            return month.replace(day=mention.day), TimePrecision.DAY
        except ValueError:
            return None, None
    if mention.kind == "anaphoric":
        return (anchor or published) + timedelta(days=mention.offset), TimePrecision.DAY
    if mention.kind == "days":
        return published + timedelta(days=mention.offset), TimePrecision.DAY
    if mention.kind == "weeks" and mention.qualifier == "weekend":
        ahead = (SATURDAY - published.weekday()) % 7
        if future and ahead:
            return published + timedelta(days=ahead), TimePrecision.WEEK
        return published - timedelta(days=(published.weekday() - SATURDAY) % 7), TimePrecision.WEEK
    if mention.kind == "weeks" and mention.qualifier == "week_start":
        return published - timedelta(days=published.weekday()), TimePrecision.WEEK
    if mention.kind == "weeks":
        return published + timedelta(days=mention.offset), TimePrecision.WEEK
    if mention.kind == "years_ago":
        return date(published.year + mention.offset, published.month, MID_MONTH), TimePrecision.MONTH
    if mention.kind == "year":  # a past year only: the current one says nothing of the day
        return (date(mention.year, MID_YEAR_MONTH, 1), TimePrecision.MONTH) if mention.year < published.year \
            else (None, None)
    if mention.kind == "months_relative":
        month = published.month + mention.offset
        year = published.year + (month - 1) // 12
        return _so_far(date(year, (month - 1) % 12 + 1, MID_MONTH), published), TimePrecision.MONTH
    if mention.kind == "season":
        return _season_date(mention, published), TimePrecision.MONTH
    if mention.kind == "absolute":
        try:
            return date(_year_for(mention.month, mention.day, published), mention.month, mention.day), TimePrecision.DAY
        except ValueError:
            return None, None
    if mention.kind == "month":
        year = _year_for(mention.month, 1, published)
        if mention.qualifier == "past":  # "last June", "en juin dernier": the June before this month
            year = published.year if mention.month < published.month else published.year - 1
        elif mention.qualifier == "future":  # "next March", "en mars prochain"
            year = published.year if mention.month > published.month else published.year + 1
        return date(year, mention.month, MID_MONTH), TimePrecision.MONTH
    return None, None


def _feast_date(after_easter: int, published: date, future: bool) -> date:
    """ "a Pentecost Sunday mass", "le vendredi saint": a movable feast, ``after_easter`` days from Easter, is the
    last one on or before publication (the next one in a plan), not the last weekday of its name."""
    day = easter(published.year) + timedelta(days=after_easter)
    if future:
        return day if day >= published else easter(published.year + 1) + timedelta(days=after_easter)
    return day if day <= published else easter(published.year - 1) + timedelta(days=after_easter)


def _so_far(middle: date, published: date) -> date:
    """ "Earlier this month" told on 13 March: an act of the publication's own month told relative to it is dated
    no later than the publication, though the month's middle day has not come yet (a later day would read as
    planned). Not a month named ("à partir de la fin décembre" told on 5 December is still to come)."""
    return min(middle, published) if (middle.year, middle.month) == (published.year, published.month) else middle

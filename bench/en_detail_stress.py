"""English detail stress set: invented wire items, each with the event's day, its precision, its toll and who gave it.

    PYTHONPATH=.:bench .venv/bin/python bench/en_detail_stress.py [--show-failures] [--only CLASS]

Issue 13 asks whether the dates, tolls and sources of English reports no one tuned on are read;
``fr_detail_stress`` asks it of French dispatches, and no bench did of English. These items were written for this
set, not from any dev text, in the manner of Reuters, AP, AFP, Al Jazeera, Dawn, Premium Times, Daily Monitor, The
Kyiv Independent, Myanmar Now and Anadolu (a headline, a dateline that may carry the publication's own day, a lead,
a second paragraph, a line of background). Each class varies one detail and keeps the others plain. The day: a
weekday ("on Tuesday", "late on Friday", "in the early hours of" a day), relative days ("yesterday", "two days
ago"), nights across two days ("overnight", "on the night of Friday to Saturday"), weeks ("over the weekend", "last
week": precision 2), months ("earlier this month", "last month", "in late May": precision 3), explicit dates with and
without a year, across a year's turn, "on the 14th", "since Saturday" (a period that goes on), and a later day's
report of an earlier event. The toll: numbers in words, vague counts ("dozens" 12, "more than a dozen" 12,
"several" 10), ranges (the lower end), sums of named groups, "including" (no sum), revisions (the last figure),
wounded only and none killed (0), the attackers killed, and two sources that disagree (ACLED's most conservative
figure). The source: police, the army, a hospital, local officials, the group itself, the outlet alone (no
attribution). Gold: day, time precision, fatalities, and the source only where the class is about it (elsewhere
``ANY``). Scoring and printing are ``fr_detail_stress``'s: the news event is the first dated event, its day right
when it is the expected one (a week: within three days; a month: the same month) with the expected precision; the
toll is the sum over dated events; the source is the attribution of the event carrying the toll. Nothing is written.
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_detail_stress import ANY, DAY, MONTH, WEEK, run  # noqa: E402

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# (dateline with {md} for the publication's month and day, outlet, town, its area, the attackers, their target,
#  its defenders)
SETTINGS = (
    ("PESHAWAR, Pakistan, {md} (Reuters) - ", "Reuters", "Bannu", "Khyber Pakhtunkhwa province", "militants",
     "a police post", "policemen"),
    ("MAIDUGURI, Nigeria (AP) — ", "AP", "Gwoza", "Borno state", "Boko Haram fighters", "an army base", "soldiers"),
    ("OUAGADOUGOU, {md} (AFP) - ", "AFP", "Djibo", "northern Burkina Faso", "suspected jihadists", "an army post",
     "soldiers"),
    ("", "Al Jazeera", "El Fasher", "Sudan's North Darfur state", "Rapid Support Forces fighters",
     "an army position", "soldiers"),
    ("QUETTA: ", "Dawn", "Turbat", "Balochistan's Kech district", "gunmen", "a Frontier Corps checkpoint",
     "FC personnel"),
    ("", "Premium Times", "Tsafe", "Zamfara state", "bandits", "a police division", "policemen"),
    ("KOTIDO — ", "Daily Monitor", "Kotido", "the Karamoja sub-region", "armed cattle raiders", "an army detachment",
     "soldiers"),
    ("", "Myanmar Now", "Myinmu", "Sagaing Region", "junta troops", "a resistance camp", "resistance fighters"),
    ("MOGADISHU (AA) - ", "Anadolu", "Afgoye", "the Lower Shabelle region", "al-Shabaab militants",
     "a military base", "soldiers"),
    ("", "The Kyiv Independent", "Kherson", "Kherson Oblast", "Russian forces", "a Ukrainian position",
     "soldiers"),
)
PUBLISHED = (date(2025, 3, 13), date(2024, 11, 6), date(2025, 6, 20), date(2024, 8, 27), date(2025, 10, 9),
             date(2024, 5, 16), date(2025, 1, 24), date(2024, 9, 18), date(2025, 7, 3), date(2024, 4, 11))
FILLER = (
    "The area has been hit by a wave of violence in recent years, and many families have moved to the towns.",
    "Authorities have promised to send more troops to the area and urged residents to stay calm.",
    "Aid groups say they lack the funds to help the thousands of people who have fled their homes.",
    "The road through the town is a key trade route, and traders say the insecurity has driven up prices.",
)


def _weekday_before(published: date, wd: int) -> date:
    return published - timedelta(days=(published.weekday() - wd) % 7)


def _item(cls, i, headline, paragraphs, want_date, precision, fatalities, source=ANY, published=None):
    """One wire item of setting ``i``: headline, dateline and lead, the other paragraphs, a line of background."""
    dateline, outlet = SETTINGS[i % len(SETTINGS)][:2]
    pub = published or PUBLISHED[i % len(PUBLISHED)]
    lead = dateline.format(md=f"{MONTHS[pub.month - 1][:3]} {pub.day}") + paragraphs[0]
    text = headline + "\n\n" + "\n\n".join([lead, *paragraphs[1:], FILLER[i % len(FILLER)]])
    return {"cls": cls, "text": text, "published": pub, "outlet": outlet, "date": want_date, "precision": precision,
            "fatalities": fatalities, "source": source, "background": None}


def _setting(i: int) -> dict:
    _, outlet, town, area, who, target, defenders = SETTINGS[i % len(SETTINGS)]
    pub = PUBLISHED[i % len(PUBLISHED)]
    wd = (pub.weekday() - 1 - i % 3) % 7  # a weekday one to three days before publication
    return {"town": town, "area": area, "who": who, "Who": who[0].upper() + who[1:], "target": target,
            "defenders": defenders, "Df": defenders[0].upper() + defenders[1:], "pub": pub, "wd": wd, "day": _weekday_before(pub, wd), "Wd": WEEKDAYS[wd],
            "outlet": outlet}


def _day_items(i: int) -> list[dict]:
    """The day: weekdays, relative days, nights, weeks, months, explicit dates, periods, later reports."""
    s = _setting(i)
    town, area, who, Who, Wd, day, pub = s["town"], s["area"], s["who"], s["Who"], s["Wd"], s["day"], s["pub"]
    prev = date(pub.year - (pub.month == 1), (pub.month - 2) % 12 + 1, 20)
    d1 = (s["wd"] - 1) % 7
    sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
    n = max(1, pub.day - 2 - i % 3)
    return [
        _item("weekday", i, f"Gunmen kill three villagers near {town}", [
            f"{Who} killed three villagers near {town} in {area} on {Wd}, local officials said.",
            "The attackers arrived on motorcycles and set fire to several shops before fleeing.",
        ], day, DAY, 3),
        _item("weekday", i, f"Three killed in attack on {town} market", [
            f"{Who} opened fire at a market in {town}, {area}, late on {Wd}, killing three people, residents said.",
            "Traders said the shooting lasted about twenty minutes.",
        ], day, DAY, 3),
        _item("weekday", i, f"Pre-dawn raid leaves three dead in {town}", [
            f"{Who} stormed a village outside {town} in the early hours of {Wd}, killing three residents, "
            "a community leader said.",
            "Survivors said the attackers went from house to house.",
        ], day, DAY, 3),
        _item("relative", i, f"Three civilians killed in {town} attack", [
            f"Three civilians were killed yesterday when {who} attacked a farming settlement near {town}, "
            f"in {area}, local sources said.",
            "The bodies were taken to the town's mortuary.",
        ], pub - timedelta(days=1), DAY, 3),
        _item("relative", i, f"Attack near {town} kills three", [
            f"{Who} killed three farmers in their fields near {town} two days ago, a local official said.",
            "News of the attack reached the town late because the phone network in the area is down.",
        ], pub - timedelta(days=2), DAY, 3),
        _item("relative", i, f"Three killed in {town}", [
            f"{Who} killed three people in {town}, {area}, on {WEEKDAYS[pub.weekday()]}, residents said.",
            "Shops in the town centre stayed shut for the rest of the day.",
        ], pub, DAY, 3),
        _item("relative", i, f"Three civilians killed near {town}", [
            f"Three civilians were killed near {town} the day before yesterday when {who} fired on their car, "
            "a relative of one of the victims said.",
            "The car was found burnt by the side of the road.",
        ], pub - timedelta(days=2), DAY, 3),
        _item("night", i, f"Night attack on {town} kills four", [
            f"{Who} attacked {s['target']} in {town} overnight, killing four {s['defenders']}, officials said.",
            "Reinforcements reached the area at dawn.",
        ], pub - timedelta(days=1), DAY, 4),
        _item("night", i, f"Four killed in night raid on {town}", [
            f"{Who} raided {town} on the night of {WEEKDAYS[d1]} to {Wd}, killing four people, residents said.",
            "Some villagers hid in the bush until morning.",
        ], _weekday_before(day, d1), DAY, 4),
        _item("night", i, f"Four dead after overnight attack near {town}", [
            f"Four people were killed when {who} attacked a settlement near {town} overnight {WEEKDAYS[d1]} "
            f"into {Wd}, a local leader said.",
            "Dozens of homes were burnt.",
        ], _weekday_before(day, d1), DAY, 4),
        _item("night", i, f"Gunmen kill four in {town}", [
            f"{Who} killed four people in a village outside {town} overnight on {Wd}, residents said.",
            "Residents said the gunfire went on for about an hour.",
        ], day, DAY, 4),
        _item("weeks", i, f"Two killed in weekend violence in {town}", [
            f"Two people were killed in {town} over the weekend when {who} attacked a village, residents said.",
            "Calm has since returned, but many shops remain closed.",
        ], sat, WEEK, 2),
        _item("weeks", i, f"Two dead in {town} attack", [
            f"{Who} killed two farmers near {town}, {area}, last week, local officials said.",
            "The attack was reported only on arrival of the victims' relatives in town.",
        ], pub - timedelta(days=7), WEEK, 2),
        _item("weeks", i, f"Villagers flee after killings near {town}", [
            f"Two villagers were killed earlier this week in a raid by {who} near {town}, local sources said.",
            "Hundreds of people have since moved to the town.",
        ], pub - timedelta(days=2), WEEK, 2),
        _item("months", i, f"Report details killings near {town}", [
            f"{Who} killed eight civilians near {town} earlier this month, a rights group said in a new report.",
            "The report calls for an independent inquiry into the killings.",
        ], date(pub.year, pub.month, 1), MONTH, 8),
        _item("months", i, f"Eight villagers killed near {town}, report says", [
            f"Eight villagers were killed near {town} last month by {who}, a local rights group reported after "
            "visiting the area.",
            "The group said it had interviewed survivors and relatives.",
        ], prev, MONTH, 8),
        _item("months", i, f"Massacre near {town} comes to light weeks later", [
            f"At least eight civilians were killed in a village near {town} in late {MONTHS[prev.month - 1]}, "
            "community leaders said.",
            "The killings became known only weeks later because the area is cut off.",
        ], prev, MONTH, 8),
        _item("dates", i, f"Two soldiers killed near {town}", [
            f"Two soldiers were killed on {MONTHS[day.month - 1]} {day.day} when their vehicle struck a roadside "
            f"bomb near {town}, officials said.",
            "It was the third such blast in the area.",
        ], day, DAY, 2),
        _item("dates", i, f"Roadside bomb kills two near {town}", [
            f"Two soldiers were killed on {day.day} {MONTHS[day.month - 1]} {day.year} when a roadside bomb hit "
            f"their patrol near {town}, {area}, officials said.",
            "No group has claimed the blast.",
        ], day, DAY, 2),
        _item("dates", i, f"Two killed in blast near {town}", [
            f"A roadside bomb killed two soldiers near {town} on the {n}{_suffix(n)}, officials said.",
            "The army has stepped up patrols on the road since then.",
        ], date(pub.year, pub.month, n), DAY, 2),
        _item("dates", i, f"Two soldiers killed in year-end blast near {town}", [
            f"Two soldiers were killed on December 29 when a roadside bomb hit their truck near {town}, "
            "officials said.",
            "The army did not comment.",
        ], date(2024, 12, 29), DAY, 2, published=date(2025, 1, 3)),
        _item("dates", i, f"Two soldiers killed in blast near {town}", [
            f"A roadside bomb killed two soldiers near {town} on {Wd}, {MONTHS[day.month - 1]} {day.day}, "
            "officials said.",
            "Troops later combed the area.",
        ], day, DAY, 2),
        _item("since", i, f"Fighting rages near {town}", [
            f"Fighting between {who} and the army has raged around {town} since Saturday. Three civilians have "
            "been killed, an aid worker said.",
            "Hundreds of families have taken shelter in schools.",
        ], sat, None, 3),
        _item("since", i, f"Clashes near {town} enter fourth day", [
            f"Clashes since {Wd} between {who} and the army near {town} have killed at least 12 people, "
            "hospital officials said.",
            "Most shops in the town have closed.",
        ], day, None, 12),
        _item("later_report", i, f"Police say four killed near {town}", [
            f"Police said on {WEEKDAYS[pub.weekday()]} that {who} had killed four people near {town} on {Wd}.",
            "A police spokesman said officers were searching the area.",
        ], day, DAY, 4),
        _item("later_report", i, f"Killings near {town} reported days later", [
            f"{Who} killed four people near {town} on {Wd}. The killings were reported only on "
            f"{WEEKDAYS[pub.weekday()]} because the area has no phone network, a local leader said.",
            "The victims were buried the same day.",
        ], day, DAY, 4),
        _item("later_report", i, f"Four killed in {town}, residents say", [
            f"Residents said on {WEEKDAYS[pub.weekday()]} that four people died in an attack by {who} "
            f"on a village near {town} last {WEEKDAYS[sat.weekday()]}.",
            "The army said it was aware of the reports.",
        ], sat, DAY, 4),
    ]


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _toll_items(i: int) -> list[dict]:
    """The toll: words, vague counts, ranges, sums, "including", revisions, none, the attackers, two sources."""
    lines = (
        ("words", "Seventeen people were killed on {Wd} when {who} attacked {town}, local officials said.", 17),
        ("words", "{Who} killed twenty-three people in {town} on {Wd}, local officials said.", 23),
        ("words", "{Who} attacked {town} on {Wd}, killing eleven civilians, local officials said.", 11),
        ("vague", "Dozens of people were killed on {Wd} when {who} attacked {town}, residents said.", 12),
        ("vague", "More than a dozen villagers were killed on {Wd} in a raid by {who} on {town}, residents "
                  "said.", 12),
        ("vague", "{Who} killed several people in {town} on {Wd}, residents said.", 10),
        ("vague", "A handful of villagers were killed on {Wd} when {who} raided {town}, residents said.", 3),
        ("ranges", "Between 10 and 15 people were killed on {Wd} when {who} attacked {town}, residents said.", 10),
        ("ranges", "{Who} killed eight to ten villagers in {town} on {Wd}, residents said.", 8),
        ("ranges", "{Who} attacked {town} on {Wd}, killing 15-20 people, residents said.", 15),
        ("sums", "Seven {defenders} and three civilians were killed on {Wd} when {who} attacked {target} in {town}, "
                 "officials said.", 10),
        ("sums", "Four {defenders} and two of the attackers were killed on {Wd} when {who} attacked {target} in {town}, "
                 "officials said.", 6),
        ("sums", "{Who} attacked {target} in {town} on {Wd}, killing two {defenders}, a guard and five civilians, "
                 "officials said.", 8),
        ("including", "{Who} killed 12 people, including three children, in an attack on {town} on {Wd}, "
                      "officials said.", 12),
        ("including", "Nine people, among them four women, were killed on {Wd} when {who} attacked {town}, "
                      "officials said.", 9),
        ("including", "{Who} killed 14 villagers in {town} on {Wd}, including a local chief and his two sons, "
                      "officials said.", 14),
        ("wounded", "{Who} opened fire on a bus near {town} on {Wd}, wounding six passengers, police said.", 0),
        ("wounded", "Four {defenders} were injured on {Wd} when {who} attacked {target} in {town}, officials said.", 0),
        ("wounded", "{Who} attacked {target} in {town} on {Wd}. Eleven people were wounded, officials said.", 0),
        ("none", "{Who} attacked {target} in {town} on {Wd}. No casualties were reported, officials said.", 0),
        ("none", "{Who} fired rockets at {target} in {town} on {Wd}, but no one was killed, officials said.", 0),
        ("none", "{Who} attacked {target} in {town} on {Wd}. There were no immediate reports of casualties.", 0),
        ("attackers", "{Who} attacked {target} in {town} on {Wd}. Troops repelled the assault, killing five of the "
                      "assailants, officials said.", 5),
        ("attackers", "{Df} killed seven {who} who attacked {target} in {town} on {Wd}, "
                      "officials said.", 7),
        ("attackers", "{Who} attacked {target} in {town} on {Wd}. The assault was repelled and 12 of the attackers "
                      "were killed, while three {defenders} were wounded, officials said.", 12),
        ("conflicting", "{Who} attacked {town} on {Wd}. Police said four people were killed, but residents put "
                        "the toll at 11.", 4),
        ("conflicting", "{Who} killed at least six people in {town} on {Wd}, officials said. Unconfirmed reports "
                        "put the number of dead at 20.", 6),
        ("conflicting", "{Who} attacked {town} on {Wd}, killing five people, officials said. A local lawmaker "
                        "said 13 people had died.", 5),
        ("conflicting", "{Who} attacked {target} in {town} on {Wd}. The attackers claimed to have killed 20 "
                        "{defenders}, but officials said four {defenders} died.", 4),
    )
    out = []
    for k, (cls, sentence, toll) in enumerate(lines):
        s = _setting(i + k)
        out.append(_item(cls, i + k, f"Deadly attack in {s['town']}", [
            sentence.format(**s), "Residents said it was the worst attack on the town this year.",
        ], s["day"], DAY, toll))
    for k, (phrase, later, toll) in enumerate((
            ("rose to 11 on {pwd} after several of the wounded died in hospital", "killing six people", 11),
            ("climbed to nine on {pwd} after several of the wounded died in hospital", "killing five people", 9),
            ("has risen to 10, local officials said on {pwd}", "killing seven people", 10),
            ("was revised down to four on {pwd}, after two people reported dead were found alive in the bush",
             "killing six people", 4))):
        s = _setting(i + k)
        out.append(_item("revisions", i + k, f"Toll revised after attack on {s['town']}", [
            f"{s['Who']} attacked a market in {s['town']} on {s['Wd']}, {later}, local officials said.",
            f"The death toll {phrase.format(pwd=WEEKDAYS[s['pub'].weekday()])}.",
        ], s["day"], DAY, toll))
    return out


def _source_items(i: int) -> list[dict]:
    """The toll's source: police, the army, a hospital, local officials, the group itself, the outlet alone."""
    sources = (
        ("{Who} killed four people in {town} on {Wd}, police said.", "police"),
        ("{Who} killed four people in {town} on {Wd}, the army said in a written statement.", "army"),
        ("{Who} killed four people in {town} on {Wd}, a doctor at the town's hospital said.", "hospital"),
        ("{Who} killed four people in {town} on {Wd}, according to local officials.", "officials"),
        ("Al-Shabaab said its fighters killed four soldiers in {town} on {Wd}, in a message on its radio.", "shabaab"),
        ("{Who} killed four people in {town} on {Wd}.", None),
    )
    out = []
    for k, (sentence, src) in enumerate(sources):
        j = i + k if src != "shabaab" else 8
        s = _setting(j)
        out.append(_item("sources", j, f"Four killed in {s['town']}", [
            sentence.format(**s), "The victims were buried the same day.",
        ], s["day"], DAY, 4, src))
    return out


def _spread(build, first: int) -> list[dict]:
    """The k-th item of each class is told in setting ``first + k``: a class's wordings meet several outlets and days."""
    drawn = [build(first + k) for k in range(5)]
    seen, out = Counter(), []
    for n, item in enumerate(drawn[0]):
        out.append(drawn[seen[item["cls"]]][n])
        seen[item["cls"]] += 1
    return out


def cases() -> list[dict]:
    """Three to six items per class, drawn over the settings and publication days above."""
    return [*_spread(_day_items, 0), *_toll_items(3), *_source_items(1)]


def main() -> int:
    return run(cases(), "en", WEEKDAYS, __doc__)


if __name__ == "__main__":
    sys.exit(main())

"""Choose a gazetteer entry for each mention from the evidence of the whole article.

Population alone sends every "Alexandria" to Egypt. Each candidate's score adds to its prior
(feature level, population, own name) the support of the rest of the article: the share of other
mentions in its country, its admin1 or admin2 named elsewhere, a "Town, Region" apposition or
"Town, dans la province de Region", and nearness to the other places. Two rounds let unambiguous
names settle first; one sense per discourse makes repeated names agree. A name that only
another country's alternate names contain (geonames lists "Mambasa" for Mombasa) loses to a place
of that exact name in the country the rest of the article is about; a small town alone in a far
country is left unresolved.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from sitrep.acled import GeoPrecision
from sitrep.geo.build import ACTS_ACROSS, ADMIN1, ADMIN2, ADMINISTERED_BY, AREA, CITY, COUNTRY, PLACE_WORDS, unit_key
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.mimu import state_name as mimu_state
from sitrep.geo.normalise import name_key, translit_form, translit_key
from sitrep.geo.recognise import Mention, station_after
from sitrep.text import fold
from sitrep.types import Place

MAX_CANDIDATES = 40  # only a name's likeliest entries by prior compete: a common name has hundreds
ROUNDS = 2  # the first round settles unambiguous names, the second lets them guide the others
W_COUNTRY = 5.0  # all of the article's other places in the candidate's country
W_DEFAULT_COUNTRY = W_COUNTRY / 2  # no other place: the caller's country counts half
W_ADMIN = 4.0  # the candidate's region is named elsewhere in the article
W_ADMIN_WORD = 4.0  # a region announced by its administrative word ("province du Soum")
W_APPOSITION = 8.0  # "Djibo, Soum": the next name contains the candidate, the strongest evidence
W_NEAR = 3.0  # at the very spot of another place of the article, fading with distance
NEAR_KM = 150.0  # at this distance that support has fallen to about a third: a region's reach
W_SAME_NAME_REGION = 8.0  # a bare name shared by a region and its chief town means the town
W_LOOKALIKE = 6.0  # a name only another country's alternate names hold, when it has its own place at home
W_FOREIGN = 6.0  # a candidate outside every country the text names or implies needs strong evidence
W_UNVOUCHED = 3.0  # a foreign alternate name while sitrep's tables give the name to a place elsewhere
LOOKALIKE_SHARE = 0.25  # "home": a country holding this share of the article's other places
AMBIGUOUS_VOTE = 0.6  # a place chosen among several candidates votes for its country less than a sure one
CONFIDENCE_SCALE = 2.0  # a margin of this many score points over the runner-up gives 73% confidence
STRAY_POPULATION = 100_000  # a town this big is news from there, never a stray namesake
STRAY_MIN_OTHERS = 2  # a stray needs at least this many other places to stray from
STRAY_SHARE = 0.6  # ... that mostly (this share) agree on one other country
STRAY_KM = 1000.0  # ... and it is farther than this from every one of them
BORDER_KM = 300.0  # a big town abroad this close to the actors' town of its name is across their border
APPOSITION_MAX_CHARS = 45  # "Djibo, dans la province du Soum": a qualifier follows within a short clause
ADMIN_BEFORE_CHARS = 40  # how far back an administrative word ("province du") is looked for
WITHIN_MAX_RADIUS_KM = 150.0  # an unknown name is not placed in a region wider than this: too vague a point
WITHIN_MIN_RADIUS_KM = 10.0  # the uncertainty of a name placed in a small qualifier
SEAT_MIN_RADIUS_KM = 3.0  # a village council's seat and its fields
WITHIN_SCORE = 0.5  # an unknown name placed in its qualifier: as sure as a coin toss
ADMIN2_REACH_KM = 60.0  # a town this close to a district's centre lies in it, whatever its reported radius
SEAT_NEAR_KM = 30.0  # a village council this close to another town the text names is the village a note lists with it
REST_FAR_KM = 100.0  # ... where the namesake chosen lies farther than this from every one of them
CLUSTER_REACH_KM = 50.0  # namesake villages of a region this close together are placed at their medoid
QUARTER_REACH_KM = 40.0  # a quarter of a town lies within this of the town (or of a district) the text names
UNIT_SLACK = 1.5  # a unit's reach is a box's half-diagonal or a hand estimate: a town a bit beyond is still in it
SEAT_MIN_REACH_KM = 40.0  # a district's town lies within its reach, or this for a district of no known size
SEAT_FAR_REACH_KM = 150.0  # ... or, the one town of its name in its region, this far from a sizeless district's centre
COMPASS_REACH_KM = 30.0  # "Kalo, north of Avdiivka": a village a note places by a town's compass lies this close to it
COMPASS_TOWN_POP = 50_000  # ... unless the name's own town is this big: then it is that town, wherever it lies
TOWN_WARDS_KM = 5.0  # the wards of one town lie this close together (MIMU gives most of a town's wards one point)
SEAT_PRIOR = 1.0  # a district named after its town ranks as that town for a bare name (the gazetteer's ADMIN2 level prior)
VARIANT_NEAR_KM = 100.0  # a transliteration variant lies this near a town the text names (or in its region)
VARIANT_MIN_LETTERS = 4  # "Ur", "Bab": too short to tell a variant from a word
UNIT_SKELETON_MIN = 3  # a unit respelt needs this many consonants: "Shida" (s-d) is Shada'a's skeleton and Sa'dah's
CAPITAL_MIN_POP = 50000  # a town this big is what its region's bare name means ("Deir ez-Zor", "New York")
CAPITAL_REACH_KM = 150.0  # ... when it lies this close to the region's centre, or within the region's radius


def _candidates(gaz: Gazetteer, m: Mention) -> list[int]:
    if m.capital_of is not None:
        return [gaz.capital_of[m.capital_of]]  # "the Somali capital": that very town, no namesake
    ids = gaz.ids(m.target or m.text)
    if m.source == "demonym":  # "Mexican", "Palestinian": the nation, not a town its name also names
        ids = tuple(i for i in ids if gaz.feature[i] in (ADMIN1, COUNTRY, AREA)) or ids
    if m.unit:
        units = gaz.unit_ids(m.target or m.text)
        # a unit fills a gap: where a town or district has the name at the unit, the name means it;
        # one elsewhere in the country is a namesake ("Gimbichu woreda" is no town 250 km off)
        known = [i for i in ids if gaz.feature[i] in (CITY, ADMIN2)]
        ids = tuple(dict.fromkeys((*ids, *(u for u in units if not any(
            gaz.country[i] == gaz.country[u] and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[u], gaz.lon[u])
            <= max(ADMIN2_REACH_KM, UNIT_SLACK * gaz.radius[u]) for i in known)))))
    return sorted(ids, key=lambda i: gaz.prior(i, m.target or m.text), reverse=True)[:MAX_CANDIDATES]


def _countryside(gaz: Gazetteer, text: str, mentions: list[Mention], cands: list[list[int]],
                 words: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    """"rural Aleppo", "the Damascus countryside": the land around a city is the first-level region that
    holds it, under the name the region has for it where it has one ("Rural Damascus": Rif Dimashq, apart
    from the city-governorate), else the city's namesake region. A country's name keeps its candidates
    ("rural Georgia" may be the country)."""
    before, after = words
    for k, m in enumerate(mentions):
        name = m.target or m.text
        lead = text[max(0, m.start - 20):m.start].split()
        trail = text[m.end:m.end + 20].split()
        said_before = [w for w in before if lead and lead[-1] == w]
        said_after = [w for w in after if trail and trail[0].rstrip(".,;:)") == w]
        if not (said_before or said_after) or any(gaz.feature[i] == COUNTRY for i in cands[k]):
            continue
        named = [i for w in said_before for i in gaz.ids(f"{w} {name}")] + \
            [i for w in said_after for i in gaz.ids(f"{name} {w}")]
        own = list(dict.fromkeys(i for i in named if gaz.feature[i] == ADMIN1))
        regions = [i for i in cands[k] if gaz.feature[i] == ADMIN1]
        if own:
            cands[k] = own
        elif said_before and regions:
            cands[k] = regions


def _qualified_candidates(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                          appos: dict[int, int]) -> None:
    """A common name ("San Miguel", "Santa Rosa") has more entries than compete, and the one in the
    region or country that qualifies it may be cut: the likeliest entry of the name in each region
    or country candidate of its qualifier joins the candidates."""
    for k, q in appos.items():
        if len(cands[k]) < MAX_CANDIDATES:
            continue
        name = mentions[k].target or mentions[k].text
        regions = [b for b in cands[q] if gaz.feature[b] in (ADMIN1, ADMIN2, COUNTRY)]
        if not regions:
            continue
        ids = sorted((i for i in gaz.ids(name) if gaz.feature[i] in (CITY, ADMIN2) and i not in cands[k]),
                     key=lambda i: gaz.prior(i, name), reverse=True)
        for b in regions:
            best = next((i for i in ids if _contains(gaz, b, i)), None)
            if best is not None and best not in cands[k]:
                cands[k].append(best)


def _unit_of_the_qualifier(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                           appos: dict[int, int]) -> None:
    """A town on a border has namesakes on both sides ("Moyale, Ethiopia", Kenya's town and Ethiopia's
    woreda): where no candidate lies in the country or region that qualifies the name, its unit of that
    name there joins the candidates, as if the text had called it a unit."""
    for k, q in appos.items():
        regions = [b for b in cands[q] if gaz.feature[b] in (ADMIN1, COUNTRY)]
        if not cands[k] or not regions or any(_contains(gaz, b, i) for b in regions for i in cands[k]):
            continue
        name = mentions[k].target or mentions[k].text
        cands[k].extend(u for u in gaz.unit_ids(name) if u not in cands[k] and any(_contains(gaz, b, u) for b in regions))


def _unit_respelt_in_the_qualifier(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                                   appos: dict[int, int], unit_words: frozenset[str]) -> None:
    """"Munabbih district (Saada)", "Shida district (Saada)": a name the text calls a unit, that no candidate of
    which lies in the region that qualifies it (or in the first-level region of the town that does), is that
    region's unit spelt otherwise by transliteration (the tables' Monabbih, Shada'a: vowels and the final
    "-a"/"-ah" come and go between romanisations); that unit joins the candidates. A unit so spelt elsewhere
    stays out: a short skeleton is shared by units of many regions."""
    for k, q in appos.items():
        m = mentions[k]
        name = m.target or m.text
        called = m.unit or _word_after(text, m.end).lower() in unit_words
        if not called or not cands[q] or len(translit_key(name_key(name))) < UNIT_SKELETON_MIN:
            continue
        own = translit_key(name_key(mentions[q].target or mentions[q].text))  # not the qualifier's own district
        regions = [b for b in cands[q] if gaz.feature[b] in (ADMIN1, ADMIN2)]
        seats = {name_key(gaz.admin1[b]) for b in cands[q] if gaz.feature[b] == CITY and gaz.admin1[b]}

        def inside(i: int) -> bool:
            return any(_contains(gaz, b, i) for b in regions) or \
                bool(gaz.admin1[i]) and name_key(gaz.admin1[i]) in seats and \
                any(gaz.country[i] == gaz.country[b] for b in cands[q])
        if any(inside(i) for i in cands[k]):
            continue
        found = next((u for u in gaz.unit_variant_ids(name) if u not in cands[k] and inside(u)
                      and translit_key(name_key(gaz.names[u])) != own), None)
        if found is not None:
            cands[k].append(found)


def _article_of_the_qualifier(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                              appos: dict[int, int]) -> None:
    """"Bayda, Yemen", "Ghaydah, Yemen": the news leaves out the Arabic article that the sources keep, and
    the bare name may key only a namesake abroad (Libya's Al Bayda) or nothing; where no candidate lies in
    the country or region that qualifies the name, its entries named with the article there join."""
    for k, q in appos.items():
        regions = [b for b in cands[q] if gaz.feature[b] in (ADMIN1, COUNTRY)]
        if not regions or any(_contains(gaz, b, i) for b in regions for i in cands[k]):
            continue
        name = mentions[k].target or mentions[k].text
        cands[k].extend(i for i in gaz.article_ids(name) if i not in cands[k] and any(_contains(gaz, b, i) for b in regions))


def _at_home(gaz: Gazetteer, ids: list[int], name: str, implied: set[str]) -> list[int]:
    """The towns among ``ids`` in the ``implied`` countries spelt as ``name`` is, or as it is with the article."""
    article = gaz.article_ids(name)
    return [i for i in ids if gaz.country[i] in implied and gaz.feature[i] == CITY and (gaz.exact(i, name) or i in article)]


def _article_in_its_countries(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                              countries: frozenset[str]) -> None:
    """"Houthi forces shelled Bayda": the same where the actors' countries, not a qualifier, bind the text
    and no candidate of the name lies in them."""
    if not countries:
        return
    for k, m in enumerate(mentions):
        if any(gaz.country[i] in countries for i in cands[k]):
            continue
        cands[k].extend(i for i in gaz.article_ids(m.target or m.text) if i not in cands[k] and gaz.country[i] in countries)


def _regions_in_its_countries(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                              countries: frozenset[str], region_told: list[bool]) -> None:
    """ "villages of the Northwest region" in a story of Cameroon's soldiers: a name its admin word tells a region,
    with no candidate in the article's countries, is the region only chains give that name there, not a
    namesake abroad (Iceland's Northwest)."""
    for k, m in enumerate(mentions):
        if not region_told[k] or any(gaz.country[i] in countries for i in cands[k]):
            continue
        cands[k].extend(r for r in gaz.chain_ids(m.target or m.text) if r not in cands[k] and gaz.country[r] in countries)


_BRACKET_AFTER = re.compile(r"\s*\(([^(),]{2,40})\)")


def _completed_by_bracket(gaz: Gazetteer, text: str, mentions: list[Mention], cands: list[list[int]]) -> None:
    """A bracket right after a name that completes one of its namesakes' own names ("Buchen (Odenwald)"
    for Buchen in Odenwald, not Büchen; "Frankfurt (Oder)") says which one the text means: only
    the namesakes whose name holds the bracket's words stay candidates."""
    for k, m in enumerate(mentions):
        if len(cands[k]) < 2:
            continue
        bracket = _BRACKET_AFTER.match(text, m.end)
        if not bracket:
            continue
        words = f" {name_key(bracket.group(1))} "
        name = name_key(m.target or m.text)
        if not words.strip() or words in f" {name} ":  # "Wellington (Wellington)": the town and its region
            continue
        completed = [i for i in cands[k] if name_key(gaz.names[i]).startswith(name)
                     and words in f" {name_key(gaz.names[i])} "]
        if completed and len(completed) < len(cands[k]):
            cands[k] = completed


def _villages(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]], countries: frozenset[str],
              appos: dict[int, int]) -> list[Mention]:
    """A name the text calls a village (or binds in a chain) may be a village of ``villages.tsv.gz``
    or of MIMU's list, in a country the text is about (its actors', or that of another of its places)
    where no other table has the name: a village in a story about Syria or Mali is no Nigerian namesake
    (the name is left to the transliteration variants, which come after), and in a Nigerian story the
    village of the exact name comes before a town spelled alike. MIMU's villages are further narrowed
    to the units the text names (``_mimu_in_units``). Fills ``cands`` in place; returns the mentions
    whose name MIMU holds in several places the text does not choose between: a village of
    Myanmar, though no one knows which, and no town spelled alike."""
    likeliest = [c[0] if c else None for c in cands]
    unsure: list[Mention] = []
    for k, m in enumerate(mentions):
        if not m.village:
            continue
        about = set(countries) | {gaz.country[i] for j, i in enumerate(likeliest) if j != k and i is not None}
        have = {gaz.country[i] for i in cands[k]}
        extra = [i for i in gaz.village_ids(m.target or m.text) if gaz.country[i] in about - have]
        mimu = [i for i in extra if gaz.from_mimu(i)]
        if mimu:
            kept, ambiguous = _mimu_in_units(gaz, m.target or m.text, mimu, _chain_keys(mentions, appos, k),
                                             _named_from(mentions, k))
            extra = [i for i in extra if not gaz.from_mimu(i) or i in kept]
            if ambiguous:
                unsure.append(m)
        if extra:
            cands[k] = sorted((*cands[k], *extra), key=lambda i: gaz.prior(i, m.target or m.text), reverse=True)
    return unsure


def _named_from(mentions: list[Mention], k: int) -> list[str]:
    """The unit keys of the text's other names, those after mention ``k`` first in their order, then those
    before it, nearest first: where a bracket cuts a village's chain ("V (coded as V East) (T township, D
    district)"), the units right after it are still its own, and a district sharing its name with another
    township ("Hinthada district") does not pick that township's namesake by coming first in the alphabet."""
    order = mentions[k + 1:] + mentions[:k][::-1]  # mentions come in the text's order
    return list(dict.fromkeys(unit_key(n.target or n.text) for n in order))


def _mimu_keys(gaz: Gazetteer, i: int) -> tuple[str, str, str]:
    """The township, district and state keys of MIMU village ``i``."""
    _, township, district, state = gaz.mimu_units(i)
    return unit_key(township), unit_key(district), unit_key(mimu_state(state))


def _chain_keys(mentions: list[Mention], appos: dict[int, int], k: int) -> list[str]:
    """The unit keys of the names that qualify mention ``k`` one after another, the nearest first
    ("X village, Y township (Y district, Z region)", "X village in Y township")."""
    out, q, seen = [], appos.get(k), {k}
    while q is not None and q not in seen:
        out.append(unit_key(mentions[q].target or mentions[q].text))
        seen.add(q)
        q = appos.get(q)
    return out


def _mimu_in_units(gaz: Gazetteer, name: str, ids: list[int], chain: list[str], named: list[str]) -> tuple[list[int], bool]:
    """The one MIMU village of ``name`` that lies in the units the text names: its township, else its
    district, else its state, as the chain after the name gives them (else as the text names them
    anywhere; of two names of one level, the nearer to the village: "(Tanintharyi township, Myeik
    district, Tanintharyi region)" names a township and a region Tanintharyi). Many names repeat
    across Myanmar, so where the units named leave more than one village (or one MIMU holds without
    a point), or name a township or district none of them lies in, none is taken: the text's unit
    then stands in. Also says whether MIMU holds the name in the units
    named (or, none named, anywhere) more than once: the village exists, but which is unknown."""
    rows = [(_mimu_keys(gaz, i), i) for i in ids] + [(u, None) for u in gaz.mimu_unplaced(name)]
    known = gaz.mimu["unit_keys"] | gaz.mimu["states"]
    if set(chain) & known:
        hit, level = _mimu_hit(rows, chain)
        if not hit or level == 2 and (set(chain) - {u[2] for u, _ in hit}) & gaz.mimu["unit_keys"]:
            return [], False  # a township or district the chain names holds none of them
        return _one(hit)
    hit, _ = _mimu_hit(rows, [u for u in named if u in known])  # units named elsewhere: taken if they leave one
    if len(hit) == 1 and hit[0][1] is not None:
        return [hit[0][1]], False
    return _one(rows)


def _one(rows: list[tuple[tuple[str, str, str], int | None]]) -> tuple[list[int], bool]:
    """The village of the only row with a point, or none and whether several (or a pointless one) were left."""
    if len(rows) == 1 and rows[0][1] is not None:
        return [rows[0][1]], False
    return [], bool(rows)


def _mimu_hit(rows: list[tuple[tuple[str, str, str], int | None]], keys: list[str]) -> tuple[list, int]:
    """The rows whose township is the first of ``keys`` that is one, else whose district, else whose
    state, and that level."""
    for level in range(3):
        for key in keys:
            hit = [(u, i) for u, i in rows if u[level] == key]
            if hit:
                return hit, level
    return [], 3


def _variants(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
               countries: frozenset[str], announced: Callable[[Mention], bool],
               appos: dict[int, int] | None = None) -> set[int]:
    """A name no table lists takes the town whose spelling differs from it by transliteration only
    ("Nasiriyya" for Nasiriyah), but only in a country the text names or implies (its actors', or
    the one most of its unambiguous names lie in: a country named, a name all of whose candidates
    lie in one country) and, where the text names towns or regions, near one of them in its country
    or inside one: such a loose key finds namesakes elsewhere (a common word is some town's key).
    Only a name the text announces as a place ("in X", "X city") may be one: in running text the
    model tags brands and surnames as places (a brand would be a US town). Acronyms and short words
    are no variants. Failing a transliteration, a town of the same country one letter off ("Butenbo",
    ``Gazetteer.misspelt_ids``), unless the text names that town itself: a name one letter off a town the
    text spells right is another place ("Almaly district of Almaty city"). Failing both, a unit of that
    country with the name (a Nigerian LGA, a Myanmar township, a Somali district: "in Shiroro", where no
    town is called so), placed at the unit; a name the text qualifies (``appos``) takes only a unit
    inside the region or country that qualifies it, and a name that qualifies another with candidates takes
    none. Fills ``cands`` in place; returns the mentions filled."""
    if all(cands):
        return set()
    likeliest = [c[0] if c else None for c in cands]  # best by prior: "Iraq" is the country, not a village
    named = Counter(cc for cc in _country_sources(gaz, cands, likeliest).values() if cc)
    # the country most of its unambiguous names lie in: a lone namesake abroad (a small US town in a
    # Kurdish story) names no country to search
    known = set(countries) | {cc for cc, n in named.items() if n == max(named.values())}
    if not known:
        return set()
    points = [i for i in likeliest if i is not None and gaz.feature[i] in (CITY, ADMIN2)]
    # a region's namesakes in other countries count too: "Nord-Ouest" is Haiti's by prior, Cameroon's in a Cameroonian text
    regions = {(gaz.country[j], name_key(gaz.names[j])) for c in cands if c and gaz.feature[c[0]] == ADMIN1
               for j in c if gaz.feature[j] == ADMIN1}

    def fits(j: int) -> bool:
        if not points and not regions:
            return True
        return (gaz.country[j], name_key(gaz.admin1[j])) in regions or any(
            gaz.country[i] == gaz.country[j] and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j])
            <= VARIANT_NEAR_KM for i in points)

    appos = appos or {}
    # a qualifier of a name that has candidates is left as it was: a unit read only here ("Ouham-Fafa", a new
    # prefecture the table holds as an older, smaller unit) would veto the town it qualifies
    qualifiers = {q for a, q in appos.items() if cands[a]}

    def unit_fits(k: int, j: int) -> bool:
        if k in qualifiers:
            return False
        if k not in appos:
            return fits(j)
        return any(_contains(gaz, b, j) for b in cands[appos[k]] if gaz.feature[b] in (ADMIN1, COUNTRY))

    out = set()
    for k, m in enumerate(mentions):
        name = m.target or m.text
        if not cands[k] and announced(m) and sum(ch.isalpha() for ch in name) >= VARIANT_MIN_LETTERS and not name.isupper():
            cands[k] = [j for j in gaz.variant_ids(name, known) if fits(j)][:1] or \
                [j for j in gaz.misspelt_ids(name, known) if fits(j) and j not in likeliest][:1] or \
                [j for j in gaz.unit_ids(name) if gaz.country[j] in known and unit_fits(k, j)][:1]
            if cands[k]:
                out.add(k)
    return out


_APPOSITION = re.compile(r"^\s*(?:([^\W\d_A-Z][\w'’-]*)\s*)?[,(]\s*(?:[^\W\d_][\w'’-]*\s+){0,5}$")
# "Salamanca (Djibo, Soum)": inside brackets, names the gazetteer lacks may come before the one it knows
# ... and a unit word may stand before the bracket ("Zinbawgyi township (Shwebo district, Sagaing region)")
_BRACKETED_CHAIN = re.compile(r"^\s*(?:[^\W\d_A-Z][\w'’-]*\s*)?\(\s*"
                              r"(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*,\s*){0,3}$")
# "Dibrova village, Dolynskyi district (Ivano-Frankivsk oblast)": a unit no table holds, called one by its
# word, between a name and the next: the chain goes on past it
_UNKNOWN_UNIT = re.compile(r"^\s*(?:[^\W\d_A-Z][\w'’-]*\s*)?,\s*(?:[^\W\d_][\w'’-]*\s+){1,3}([^\W\d_A-Z][\w'’-]*)\s*[,(]\s*$")
_ADMIN_BEFORE = re.compile(rf"(\w+)\s+(?:(?:{'|'.join(map(re.escape, PLACE_WORDS['admin_links']))})\s*)*$")
_WORD_AFTER = re.compile(r"\s*(\S+)")


def _word_after(text: str, end: int) -> str:
    """The word right after a name, whole and without its punctuation: a unit word may be long
    ("Tame municipality", "El Palo corregimiento"), where a cut at a fixed width read "municipalit"."""
    m = _WORD_AFTER.match(text, end)
    return m.group(1).strip(",.;:()") if m else ""


def _bracketed(text: str, mentions: list[Mention], appos: dict[int, int],
               admin_words: frozenset[str] = frozenset(), within_links: frozenset[str] = frozenset(),
               stations: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())) -> set[int]:
    """The appositions written in brackets ("Altamira (Para)", "Kalo (Djibo, Soum)"), announced
    by an admin word ("Kabo, groupement de Bashali") or linked to a region ("Jasim town in Daraa
    countryside"): unlike a bare comma, which also separates the towns of a list, these always
    qualify the place before them."""
    out = set()
    for a, q in appos.items():
        gap = text[mentions[a].end:mentions[q].start]
        if "(" in gap or any(w.strip(",").lower() in admin_words for w in gap.split()) or \
                _linked_within(text, mentions[a], mentions[q], admin_words, within_links, stations):
            out.add(a)
    return out


def _titled_villages(text: str, mentions: list[Mention], appos: dict[int, int],
                     village_titles: frozenset[str]) -> set[int]:
    """The villages a title word opens and a bare comma ties to their town ("Barangay Kalo, Calinog, Iloilo"):
    ACLED's chain of a village, its town and its province, which qualifies as a bracket does."""
    out = set()
    for a, q in appos.items():
        before = text[max(0, mentions[a].start - TITLE_CHARS):mentions[a].start].split()
        if before and before[-1].lower().rstrip(".") in village_titles and \
                text[mentions[a].end:mentions[q].start].strip() == ",":
            out.add(a)
    return out


TITLE_CHARS = 12  # enough for the title word and its space before a village's name


def _linked_within(text: str, m: Mention, n: Mention, admin_words: frozenset[str],
                   within_links: frozenset[str],
                   stations: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())) -> bool:
    """ACLED's "X town in Y countryside", "X village in Y governorate": a settlement word and a
    preposition link a place to the region right after, which an admin word names as one; and
    "X village under Y police station limits" to the police station's area (``stations``: the
    language's station phrases and the links before them)."""
    gap = " ".join(text[m.end:n.start].lower().split())
    return gap in within_links and _word_after(text, n.end).lower() in admin_words or \
        gap in stations[1] and bool(station_after(text, n.end, stations[0]))


def _appositions(text: str, mentions: list[Mention], admin_words: frozenset[str] = frozenset(),
                 within_links: frozenset[str] = frozenset(), town_words: frozenset[str] = frozenset(),
                 settlement_words: frozenset[str] = frozenset(),
                 verbs: tuple[int, ...] = (),
                 stations: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset()),
                 sites: frozenset[str] = frozenset()) -> dict[int, int]:
    """Mention index -> index of the mention right after it that qualifies it ("Djibo, Soum",
    "Djibo, dans la province du Soum", "Alexandria (Louisiana)", "Wetlet township, Sagaing region",
    "Azaz city, Aleppo", "Kalo village, Katsina State"). ``verbs`` are the sorted offsets of the text's
    verbs: words after a comma that hold one are a clause of their own, which qualifies nothing
    ("from Huliaipole, Zaporizhia, were moved to Zaporizhia": the city they went to is no qualifier).
    ``sites``: the language's site words, whose site named after a town ("the Kodok Magistrate's Court
    (Kodok, Upper Nile)") lies in the units its bracket names, as the town does."""
    out = {}
    for a, (m, n) in enumerate(zip(mentions, mentions[1:])):
        if n.start - m.end > APPOSITION_MAX_CHARS:
            continue  # lowering its words never shortens a gap: a long one is no apposition, and is not read
        # "Kalo police station limits (Kalahandi, Odisha)": the phrase says what the name is, as a unit word would
        skip = station_after(text, m.end, stations[0]) or \
            _site_after(text, m.end, n.start, sites, town_words | settlement_words)
        gap = _unit_word_lowered(text[m.end + skip:n.start], admin_words)
        if len(gap) > APPOSITION_MAX_CHARS:
            continue
        plain = _APPOSITION.match(gap)
        if plain and plain.group(1) and plain.group(1).lower() not in admin_words and \
                plain.group(1) not in town_words and plain.group(1) not in settlement_words:
            plain = None  # "Goma yesterday, Bunia": only an admin, town or settlement word may stand before its comma
        if plain and (_verb_between(verbs, m.end, n.start) or _possessive_subject(text, n.end, verbs)):
            plain = None
        unit = _UNKNOWN_UNIT.match(gap)
        if plain and not any(w[:1].isupper() for w in gap.split()) or _BRACKETED_CHAIN.match(gap) or \
                unit and unit.group(1) in admin_words or _linked_within(text, m, n, admin_words, within_links, stations):
            out[a] = a + 1
    return out


SITE_TAIL_WORDS = 4  # "Magistrate's Court", "General Hospital", "IDP camp": the words of a site after its town


def _site_after(text: str, end: int, until: int, sites: frozenset[str], settlements: frozenset[str] = frozenset()) -> int:
    """The length of a site's words right after a town's name, up to a bracket ("Kodok Magistrate's
    Court (", "Leer market ("), or 0: capitalised words, site words or ``settlements`` (the words that call
    a name a village or a town: "the Kalo village crossroads ("), the last a site word. The units in the
    bracket then qualify the town, not the site's words; ACLED codes the site at its town."""
    if not sites:
        return 0
    gap = text[end:until]
    cut = gap.find("(")
    words = gap[:cut].split() if cut > 0 and gap[:1].isspace() else []
    if not words or len(words) > SITE_TAIL_WORDS or words[-1].lower() not in sites or \
            not all(w[:1].isupper() or w.lower() in sites or w.lower() in settlements for w in words):
        return 0
    return cut


_POSSESSIVE = re.compile(r"['’]s?\b")
POSSESSIVE_SUBJECT_CHARS = 30  # "Russia's defence ministry said": the verb comes within a few words
_CLAUSE_BREAK = re.compile(r"[,.;:()]")


def _possessive_subject(text: str, end: int, verbs: tuple[int, ...]) -> bool:
    """Whether the name ending at ``end`` opens, in the possessive, the subject of a verb that follows it
    ("in the Donetsk region, Russia's defence ministry said"): a clause of its own, no qualifier, where
    "Luanda, Angola's capital" still says where Luanda lies."""
    if not _POSSESSIVE.match(text, end):
        return False
    k = bisect.bisect_right(verbs, end)
    return k < len(verbs) and verbs[k] - end <= POSSESSIVE_SUBJECT_CHARS and not _CLAUSE_BREAK.search(text, end, verbs[k])


def _verb_between(verbs: tuple[int, ...], start: int, end: int) -> bool:
    k = bisect.bisect_right(verbs, start)
    return k < len(verbs) and verbs[k] < end


def _in_its_country(text: str, mentions: list[Mention], cands: list[list[int]], gaz: Gazetteer,
                    links: frozenset[str], part_gap: re.Pattern | None = None) -> dict[int, int]:
    """"Gunmen attacked Lere in Mali": a country named right after a place by a preposition of
    place is the country it lies in, as a comma would say ("Lere, Mali"): it binds the name there,
    over a bigger namesake in a neighbouring country; so does a part of the country with the place's
    kind (``part_gap``: "Lere, a village in central Mali"). A country or a continent before it is in no
    country ("Africa in 2022"), so binds nothing."""
    out = {}
    for a, (m, n) in enumerate(zip(mentions, mentions[1:])):
        gap = " ".join(text[m.end:n.start].lower().split())
        # a part of the country binds a place only where the country holds one of its namesakes: "Oicha in eastern
        # Congo" is no reason to drop Oicha when "Congo" reads as the other Congo
        linked = gap in links or part_gap is not None and gap and part_gap.fullmatch(gap) is not None and \
            bool(cands[a + 1]) and any(gaz.country[j] == gaz.country[cands[a + 1][0]] for j in cands[a])
        if linked and cands[a] and cands[a + 1] and gaz.feature[cands[a + 1][0]] == COUNTRY and \
                gaz.feature[cands[a][0]] not in (COUNTRY, AREA):
            out[a] = a + 1
    return out


def _coded_in_country(text: str, mentions: list[Mention], cands: list[list[int]], gaz: Gazetteer,
                      cues: tuple[str, ...]) -> None:
    """"Refugees arrived in Lebanon [coded to Tripoli]": the place a note says it coded the event at,
    right after a country, lies in that country: its candidates are the name's entries there (none, if
    the gazetteer has none: a Tripoli of Libya is a namesake, and the country then stands in)."""
    for a, (m, n) in enumerate(zip(mentions, mentions[1:])):
        gap = " ".join(text[m.end:n.start].lower().strip(" [(").split())
        if gap not in cues or not cands[a] or gaz.feature[cands[a][0]] != COUNTRY or \
                any(gaz.feature[i] == COUNTRY for i in cands[a + 1]):
            continue
        cc, name = gaz.country[cands[a][0]], n.target or n.text
        inside = [i for i in dict.fromkeys((*cands[a + 1], *gaz.ids(name))) if gaz.country[i] == cc]
        cands[a + 1] = sorted(inside, key=lambda i: gaz.prior(i, name), reverse=True)[:MAX_CANDIDATES]


def _coded_within(text: str, mentions: list[Mention], cands: list[list[int]], gaz: Gazetteer,
                  cues: tuple[str, ...], appos: dict[int, int]) -> None:
    """"Drivers marched in Dalian, Liaoning (coded to Zhongshan)": the place a note says it coded
    the event at lies inside the town or region named before the cue (the chain's every name, the town by
    a district's reach): its candidates are the name's entries there, or none where the gazetteer has none
    (Guangdong's Zhongshan is no district of Dalian, and the town named before then stands in)."""
    for a, (m, n) in enumerate(zip(mentions, mentions[1:])):
        gap = " ".join(text[m.end:n.start].lower().strip(" [(").split())
        if gap not in cues or not cands[a] or gaz.feature[cands[a][0]] == COUNTRY or not cands[a + 1] or \
                any(gaz.feature[i] in (COUNTRY, ADMIN1) for i in cands[a + 1]):
            continue
        hosts = [a, *(b for b, q in appos.items() if q == a)]
        entries = [cands[h][0] for h in hosts if cands[h] and gaz.feature[cands[h][0]] != COUNTRY]
        name = n.target or n.text

        def inside(i: int) -> bool:
            return any(_contains(gaz, e, i) if gaz.feature[e] != CITY else gaz.country[e] == gaz.country[i] and
                       haversine_km(gaz.lat[e], gaz.lon[e], gaz.lat[i], gaz.lon[i]) <= ADMIN2_REACH_KM for e in entries)
        kept = [i for i in dict.fromkeys((*cands[a + 1], *gaz.ids(name))) if inside(i)]
        cands[a + 1] = sorted(kept, key=lambda i: gaz.prior(i, name), reverse=True)[:MAX_CANDIDATES]


def _abroad_of(gaz: Gazetteer, i: int, country: int | None) -> bool:
    """Whether entry ``i`` lies outside the country entry the text puts it in."""
    return country is not None and gaz.feature[country] == COUNTRY and gaz.country[i] != gaz.country[country]


_LONE_BRACKET = re.compile(r"\s*\(\s*$")
_LONE_COMMA = re.compile(r"\s*,\s*$")
_ENDS = re.compile(r"\s*(?:[.;:]|$)")


def _lone_region(text: str, m: Mention, q: Mention, gaz: Gazetteer) -> bool:
    """Whether qualifier ``q`` of ``m`` is a name only chains give a region ("UP", "J&K"), standing
    alone where a chain would end: in brackets of its own ("Jalalabad (UP)", "Srinagar city (J&K)")
    or after a comma at the sentence's end ("Jalalabad, UP."). It then reads as the region, as at
    the end of "(Agra district, UP)", not as Aups (France) or no place. So too a region's name that other
    countries give a region of their own, none of which holds a namesake of the town ("Mamfe (Southwest)":
    Cameroon's South-West, not Burkina Faso's)."""
    if not gaz.chain_only(q.target or q.text):
        towns = {gaz.country[j] for j in gaz.ids(m.target or m.text)}
        chained = {gaz.country[r] for r in gaz.chain_ids(q.target or q.text)}
        # a town of the word's name counts only in a country whose region chains call so ("Derna (Derna)", the
        # seat); a hamlet named "North" in South Carolina does not keep Tripoli from Lebanon's North
        if not chained or any(gaz.country[i] in towns and (gaz.feature[i] != CITY or gaz.country[i] in chained)
                              for i in gaz.ids(q.target or q.text)):
            return False
    if not gaz.chain_holds(q.target or q.text, m.target or m.text):
        return False  # the town decides: "WASHINGTON (AP)" is no Andhra Pradesh
    gap = text[m.end:q.start]
    gap = gap[gap.find("(") if "(" in gap else gap.find(","):] if ("(" in gap or "," in gap) else gap
    return bool(_LONE_BRACKET.fullmatch(gap) and text[q.end:q.end + 1] == ")" or
                _LONE_COMMA.fullmatch(gap) and _ENDS.match(text, q.end))


def _unit_word_lowered(gap: str, admin_words: frozenset[str]) -> str:
    """The text between two names with its admin words in lowercase: ACLED writes "Funtua LGA
    (Katsina)" in capitals, as it writes "Kawlin township (Kawlin district)" in lowercase, and
    "San Pablo, Department of Bolivar" as "San Pablo, in the department of Bolivar"."""
    return re.sub(r"[^\W\d_]+", lambda w: w.group().lower() if w.group().lower() in admin_words else w.group(), gap)


def _admin_announced(text: str, m: Mention, admin_words: frozenset[str]) -> bool:
    """Whether an admin word precedes or follows the mention ("province du Soum", "Laurel county")."""
    hit = _ADMIN_BEFORE.search(text[max(0, m.start - ADMIN_BEFORE_CHARS):m.start])
    return bool(hit and hit.group(1).lower() in admin_words) or _region_word_after(text, m, admin_words)


def _region_word_after(text: str, m: Mention, admin_words: frozenset[str]) -> bool:
    """Whether an admin word follows the mention ("South region", "North governorate")."""
    return _word_after(text, m.end).lower() in admin_words


def _own_region_word(text: str, m: Mention, admin_words: frozenset[str], sub_region_words: frozenset[str]) -> bool:
    """Whether a region's word follows the name: "Kauru LGA of Kaduna State" names the state, and the unit word
    before it is the earlier name's."""
    word = _word_after(text, m.end).lower()
    return word in admin_words and word not in sub_region_words


def _town_announced(text: str, m: Mention, town_words: frozenset[str]) -> bool:
    """Whether the text calls the mention a town: "Amara city", "la ville de Bunia" (written in
    lowercase: "Mexico City" and "Kuwait City" are names, not a country called a town)."""
    hit = _ADMIN_BEFORE.search(text[max(0, m.start - ADMIN_BEFORE_CHARS):m.start])
    return bool(hit and hit.group(1) in town_words) or _word_after(text, m.end) in town_words


def resolve(text: str, mentions: list[Mention], gaz: Gazetteer, admin_words: frozenset[str] = frozenset(),
            countries: frozenset[str] = frozenset(), bound: bool = False,
            town_words: frozenset[str] = frozenset(), within_links: frozenset[str] = frozenset(),
            unit_words: frozenset[str] = frozenset(), quarter_words: frozenset[str] = frozenset(),
            settlement_words: frozenset[str] = frozenset(),
            country_links: frozenset[str] = frozenset(), verbs: tuple[int, ...] = (),
            coding_cues: tuple[str, ...] = (),
            stations: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset()),
            sites: frozenset[str] = frozenset(),
            countryside: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
            lower_units: dict[str, frozenset[str]] | None = None,
            country_gap: re.Pattern | None = None,
            sub_region_words: frozenset[str] = frozenset(),
            bare_countries: dict[str, str] | None = None,
            village_titles: frozenset[str] = frozenset(),
            compass_gap: re.Pattern | None = None) -> list[Place | None]:
    """A place (or None) for each mention. ``countries`` are those the text implies by other means
    than its place names (its actors: "Houthi forces", "the Burkinabe army"); ``bound``: the text is
    a report of one incident, whose unambiguous names bind its other places even with no actor's
    country (a conflict note names its province; a feature story names places in passing)."""
    cands = [_candidates(gaz, m) for m in mentions]
    _countryside(gaz, text, mentions, cands, countryside)
    _completed_by_bracket(gaz, text, mentions, cands)
    appos = _appositions(text, mentions, admin_words, within_links, town_words, settlement_words, verbs, stations,
                         sites)
    unsure = _villages(gaz, mentions, cands, countries, appos)
    listed = _hromada_listed(gaz, mentions, cands, appos)
    # "the X neighbourhood of Y city": a name its town word calls a town is no quarter
    # a name a unit qualifies ("Lyssytchansk, dans l'oblast de Louhansk") is announced as a place by its chain
    qualified = {id(mentions[a]) for a in appos}
    variants = _variants(gaz, mentions, cands, countries, lambda m: (m.announced or id(m) in qualified
                                                                      or _town_announced(text, m, town_words))
                         and (not _among_quarters(text, m, quarter_words) or _town_announced(text, m, town_words))
                         and m not in unsure and m not in listed, appos)
    countries_bind = bool(countries) or not bound  # with no actor's country, a country named is no binding
    # evidence: "protesters in Como condemned the invasion of Ukraine", "Turkey-backed factions"
    admin_word = [_admin_announced(text, m, admin_words) for m in mentions]
    town_word = [_town_announced(text, m, town_words) for m in mentions]
    unit_word = [_admin_announced(text, m, unit_words) for m in mentions]
    sub_region = [_admin_announced(text, m, sub_region_words) and not _own_region_word(text, m, admin_words, sub_region_words)
                  for m in mentions]  # "Sagaing township": not the region
    dashed = _dashed_quarters(text, mentions)
    quarter_word = [_quarter_named(text, m, quarter_words) or k in dashed for k, m in enumerate(mentions)]
    in_country = _in_its_country(text, mentions, cands, gaz, country_links, country_gap)
    _coded_in_country(text, mentions, cands, gaz, coding_cues)
    _coded_within(text, mentions, cands, gaz, coding_cues, appos)
    appos = {**in_country, **appos}
    _qualified_candidates(gaz, mentions, cands, appos)
    _unit_of_the_qualifier(gaz, mentions, cands, appos)
    _unit_respelt_in_the_qualifier(text, gaz, mentions, cands, appos, unit_words)
    _article_of_the_qualifier(gaz, mentions, cands, appos)
    _article_in_its_countries(gaz, mentions, cands, countries)
    _regions_in_its_countries(gaz, mentions, cands, countries, admin_word)
    # "Kalo village, Wetlet township": a name only a settlement word ties to its qualifier is not placed
    # at the qualifier when no table has it (the note's town or unit then stands in for the village)
    settled = set(appos) - set(_appositions(text, mentions, admin_words, within_links, town_words,
                                            verbs=verbs, stations=stations, sites=sites))
    bracketed = _bracketed(text, mentions, appos, admin_words, within_links, stations) | \
        _titled_villages(text, mentions, appos, village_titles)
    chained = _chained(text, mentions, appos, bracketed)
    qualifiers = {appos[a] for a in bracketed}
    # "(Kani, Sagaing)": a later name of a chain is the state holding one of the names before it
    inner = {appos[a]: a for a in chained - bracketed}
    # "(Cordoba, Andalucia)": the last of several names in brackets is a region, not a town of that
    # name, and may be one by a name only chains give it ("(Mzuzu City, Northern)", Malawi's Northern Region),
    # as may a qualifier its admin word calls a region ("Saida district (South region)", "Tyre, South governorate")
    chain_ends = {q for q in (appos[a] for a in chained) if q not in chained and
                  "," in text[text.rfind("(", 0, mentions[q].start):mentions[q].start]} | \
        {q for q in appos.values() if q not in chained and _region_word_after(text, mentions[q], admin_words)} | \
        {q for a, q in appos.items() if q not in chained and _lone_region(text, mentions[a], mentions[q], gaz)}
    for q in chain_ends:
        cands[q] = list(dict.fromkeys((*cands[q], *gaz.chain_ids(mentions[q].target or mentions[q].text))))
    regional = [any(gaz.feature[i] in (ADMIN1, ADMIN2) for i in c) for c in cands]
    seats = [_seats(gaz, c) if not (admin or unit) else set() for c, admin, unit in zip(cands, admin_word, unit_word)]
    unvouched = [_unvouched(gaz, c, m) for c, m in zip(cands, mentions)]
    choice = [max(c, key=lambda i: gaz.prior(i, m.target or m.text) - W_UNVOUCHED * (i in foreign)
                  - SEAT_PRIOR * (i in seat)
                  - W_ADMIN_WORD * (town and gaz.feature[i] in (ADMIN1, COUNTRY)))
              if c else None for c, m, town, seat, foreign in zip(cands, mentions, town_word, seats, unvouched)]
    # a name whose candidates all lie in one country ("Adjumani": the town and its district) is as sure
    # of its country as a name with one candidate
    one_country = {k for k, c in enumerate(cands) if c and len({gaz.country[i] for i in c}) == 1}
    linked = {*appos, *appos.values(), *(q - 1 for q in dashed)}  # tied to another name by a chain or a dash
    # in a feature story a name said again is no evidence for its own namesake ("Paris" thrice and
    # "Illinois" once); in a report of one incident the name it repeats is the incident's own place
    keys = [name_key(m.target or m.text) for m in mentions] if not bound else [str(k) for k in range(len(mentions))]
    namesakes: dict[str, set[int]] = defaultdict(set)  # the mentions of each name
    for k, key in enumerate(keys):
        namesakes[key].add(k)
    for _ in range(ROUNDS):
        votes: Counter = Counter()
        name_votes: dict[str, Counter] = defaultdict(Counter)  # a name's votes, no evidence for its own entry
        admins: dict[tuple[str, str], set[int]] = defaultdict(set)  # region named -> mentions naming it
        points = []
        for k, i in enumerate(choice):
            if i is None:
                continue
            weight = 1.0 if k in one_country else AMBIGUOUS_VOTE
            votes[gaz.country[i]] += weight
            name_votes[keys[k]][gaz.country[i]] += weight
            if gaz.feature[i] in (ADMIN1, ADMIN2):
                admins[(gaz.country[i], name_key(gaz.names[i]))].add(k)
            if gaz.feature[i] in (ADMIN2, CITY):
                admins[(gaz.country[i], name_key(gaz.admin1[i]))].add(k)
            if gaz.feature[i] in (CITY, ADMIN2):
                points.append((k, gaz.lat[i], gaz.lon[i]))
        total = sum(votes.values())
        local = {n for n, j in enumerate(choice) if j is not None and gaz.feature[j] != COUNTRY}
        nearest = _Nearest(gaz, points)
        sources = _country_sources(gaz, cands, choice, countries_bind)
        implied_by = _Implied(countries, sources, bound)
        qualified = {q: choice[a] for a, q in appos.items() if choice[a] is not None}
        scores = defaultdict(dict)
        for k, ids in enumerate(cands):
            name = mentions[k].target or mentions[k].text
            own_votes = name_votes[keys[k]]
            rest = total - sum(own_votes.values())
            same = namesakes[keys[k]]

            def share(cc: str) -> float:
                others = votes[cc] - own_votes[cc]
                return max(0.0, others) / rest if rest > 0 else float(cc in countries)

            implied = implied_by.besides(k)
            exact_ccs = {gaz.country[i] for i in ids if gaz.exact(i, name)}
            home = {cc for cc in exact_ccs if cc and share(cc) >= LOOKALIKE_SHARE}
            # the implied countries' towns of this very name, sought only where a big town abroad competes
            # ... or of its name with the article ("Bayda": Yemen's Al Bayda, not Libya's bigger one)
            at_home = _at_home(gaz, ids, name, implied) if implied and any(
                gaz.population[j] >= STRAY_POPULATION and gaz.country[j] not in implied for j in ids) else []
            bound_to = _bound_regions(gaz, cands, choice, appos, k)
            foreign = _unvouched(gaz, ids, mentions[k])
            for i in ids:
                s = gaz.prior(i, name) - SEAT_PRIOR * (i in seats[k])
                if bound_to and _alternate_astray(gaz, ids, i, name, bound_to):
                    s -= W_APPOSITION  # the binding outweighs a big town's alternate name
                cc = gaz.country[i]
                others = votes[cc] - own_votes[cc]
                if home and cc not in exact_ccs and not gaz.exact(i, name) and share(cc) < max(map(share, home)):
                    s -= W_LOOKALIKE
                elif not bound and cc in exact_ccs and not gaz.exact(i, name) and gaz.feature[i] == CITY:
                    s -= W_LOOKALIKE  # a feature story's "Paris" is a Paris of the country, not a town also called so
                if i in foreign:
                    s -= W_UNVOUCHED
                if implied and cc not in implied and (gaz.feature[i] != COUNTRY and gaz.population[i] < STRAY_POPULATION
                                                      or _far_namesake(gaz, i, at_home)):
                    s -= W_FOREIGN
                if rest > 0:
                    s += W_COUNTRY * max(0.0, others) / rest
                elif cc in countries:
                    s += W_DEFAULT_COUNTRY
                if gaz.feature[i] in (CITY, ADMIN2) and _named_elsewhere(gaz, admins, i, ids, k, same, linked,
                                                                  bound and bool(local - {k}), name):
                    s += W_ADMIN
                if k in appos:
                    q = choice[appos[k]]
                    if q is not None and (_contains(gaz, q, i) and not _parent_named(gaz, q, i) or
                                          gaz.feature[q] == CITY and any(
                            gaz.country[r] == gaz.country[q] and gaz.feature[r] in (ADMIN1, ADMIN2)
                            and _contains(gaz, r, i) for r in cands[appos[k]])) and \
                            not _beyond_the_unit(gaz, q, i, ids):
                        s += W_APPOSITION  # "Dmytrivka, Kharkiv": the qualifier's region, though its city won
                if gaz.feature[i] in (CITY, ADMIN2) and points:
                    near = nearest(i, k, same)
                    if near is not None:
                        s += W_NEAR * math.exp(-near / NEAR_KM)
                if gaz.feature[i] == CITY and (admin_word[k] or k in chain_ends) and regional[k] and not sub_region[k]:
                    s -= W_ADMIN_WORD  # "Sagaing region", "Laurel county": the region, not its town
                if gaz.feature[i] in (ADMIN1, COUNTRY) and town_word[k] and not admin_word[k]:
                    s -= W_ADMIN_WORD  # "Amara city": a town, not the region Amhara
                if gaz.feature[i] in (ADMIN1, ADMIN2) and not (sub_region[k] and gaz.feature[i] == ADMIN1):
                    if admin_word[k] or k in qualifiers or k in inner and gaz.feature[i] == ADMIN1 and any(
                            _named_in(gaz, i, j) for j in cands[inner[k]]) or \
                            k in qualified and gaz.feature[i] == ADMIN1 and _contains(gaz, i, qualified[k]):
                        s += W_ADMIN_WORD  # "Atlatlahucan, Morelos": the state the town before lies in
                    elif _capital_city(gaz, i, ids, name) or _capital_named(gaz, i, ids, name) or \
                            _outnumbered_abroad(gaz, i, ids, name):
                        s -= W_SAME_NAME_REGION
                scores[k][i] = s
        by_name: dict[str, Counter] = defaultdict(Counter)
        for k, sc in scores.items():
            for i, s in sc.items():
                by_name[name_key(mentions[k].target or mentions[k].text)][i] += s
        new = []
        for k, ids in enumerate(cands):
            if not ids:
                new.append(None)
                continue
            agg = by_name[name_key(mentions[k].target or mentions[k].text)]
            new.append(max(ids, key=lambda i: (agg[i], scores[k][i])))
        choice = new
    choice = _chain_consistent(gaz, cands, choice, appos, chained, scores)
    choice = _regions_of_appositions(gaz, cands, choice, appos)
    choice = _announced_regions_agree(gaz, cands, choice, appos, scores, admin_word)
    choice = _units_agree(gaz, cands, choice, appos, scores, admin_word)
    choice = _unit_in_region_named(gaz, mentions, cands, choice, appos, scores,
                                   [a or u for a, u in zip(admin_word, unit_word)])
    choice, near_ties = _nearest_in_region(gaz, mentions, cands, choice, appos)
    choice = _twin_countries(gaz, mentions, cands, choice, countries, bare_countries or {})
    choice, by_town = _by_the_town_its_compass_names(text, gaz, mentions, cands, choice, compass_gap)
    places = []
    implied_by = _Implied(countries, _country_sources(gaz, cands, choice, countries_bind), bound)
    # the towns and regions that name one country beyond doubt (a country named in passing does not)
    local_sources = {n: cc for n, cc in implied_by.sources.items() if gaz.feature[choice[n]] != COUNTRY}
    chosen = _Chosen(gaz, choice)
    qualifies: dict[int, tuple[int, ...]] = defaultdict(tuple)
    for a in appos:  # a unit's word ("Bardiya district") or level says the qualifier is sure, and it
        q, seen = appos[a], {a}  # holds every name its chain puts in it ("Kalo (Kalo, Tapoa)")
        while q is not None and q not in seen:
            if choice[q] is not None and (admin_word[q] or gaz.feature[choice[q]] in (ADMIN1, ADMIN2)):
                qualifies[q] += (a,)
            seen.add(q)
            q = appos.get(q)
    for k, i in enumerate(choice):
        if k in by_town:  # "Kalo, south of Bakhmut": no Kalo lies by Bakhmut; the town the note measures from
            places.append(_within(gaz, mentions[k], by_town[k], "no namesake lies by {}, which a compass word "
                                                                  "ties it to; placed there"))
            continue
        qual = choice[appos[k]] if k in appos else None
        vouched = i is not None and qual is not None and (gaz.country[qual] == gaz.country[i] or
                                                           _administered_in(gaz, qual, i) and _contains(gaz, qual, i))
        if i is not None and not vouched and _stray(gaz, k, choice, chosen):
            i = None
        # a town sharing its name with its own region ("Kherson", "Sumy") is news by that name alone
        capital = i is not None and any(gaz.feature[j] == ADMIN1 and gaz.country[j] == gaz.country[i] for j in cands[k])
        # in a report of one incident whose own places put it in another country (not only its actors'
        # countries: Turkish strikes on Erbil), even a big town abroad is a namesake ("Nice", "Arak")
        placed_elsewhere = i is not None and bound and gaz.country[i] not in countries \
            and i not in gaz.capitals and bool(  # a country's capital is news from there by its name alone
                (elsewhere := _placed_in(gaz, mentions, choice, {n: cc for n, cc in local_sources.items() if n != k}))) \
            and gaz.country[i] not in elsewhere
        home = implied_by.besides(k, qualifies[k]) | _across(gaz, countries, mentions[k], cands[k], k not in appos)
        if i is not None and not vouched and not capital and _foreign(gaz, i, home, unit_word[k] or placed_elsewhere):
            i = _home_namesake(gaz, cands[k], scores.get(k, {}), home) if unit_word[k] else None
        if i is not None and k in in_country and _abroad_of(gaz, i, choice[in_country[k]]):
            i = None  # "Koro in Burkina Faso": a Koro elsewhere is a namesake, whatever its size
        if i is not None and k in variants and _beyond_its_unit(gaz, i, choice[appos[k]] if k in appos else None):
            i = None  # "Kisharo, territoire de Rutshuru": not a Goma quarter whose spelling is near, 76 km off
        unit = _unit(gaz, k, appos, choice) if k in bracketed else None
        if i is not None and unit is not None and not _contains(gaz, unit, i) and gaz.feature[i] in (CITY, ADMIN2):
            i = None  # "Salamanca (Djibo, Soum)": never a namesake outside the unit the text puts it in
        town = choice[appos[k]] if k in bracketed and unit is None else None
        if i is not None and town is not None and gaz.country[town] != gaz.country[i] and \
                gaz.feature[i] in (CITY, ADMIN2):
            i = None  # "Saida town in Raqqa countryside": a town's chain names no unit, but its country
        town = _town_far_off(gaz, mentions, cands, choice, appos, k, i) \
            if k in bracketed and k in appos and not admin_word[k] and \
            (not admin_word[appos[k]] or sub_region[appos[k]]) else None
        if town is not None and admin_word[appos[k]] and gaz.admin1[town] == gaz.admin1[i]:
            town = None  # "Mykhailivka (Kramatorsk raion)": a raion reaches past its town; only another region's is out
        if town is not None:  # "Barangay Kalo (Calinog, Iloilo)": not a Kalo 100 km from the town the chain names
            places.append(_within(gaz, mentions[k], town, "no namesake lies near {}, which its chain names; placed there"))
            continue
        town = _far_from_the_rest(gaz, k, i, choice) if i is not None and quarter_word[k] else None
        if town is not None:  # "in Porto Alegre ... the Sarandi neighborhood": not the town Sarandi 280 km off
            places.append(_within(gaz, mentions[k], town, "a quarter; placed in {}, the nearest town named"))
            continue
        city = _city_of_its_district(text, gaz, mentions, cands, choice, appos, k, unit_words) \
            if k in appos and not admin_word[appos[k]] else None
        if city is not None:  # "Kalo district, Mykolaiv": a quarter of the city, not the oblast's middle nor a namesake
            places.append(_within(gaz, mentions[k], city, "a district of {}, the city its qualifier names; placed there"))
            continue
        village = _village_past_raion(text, gaz, mentions, cands, choice, appos, k, i, unit_words)
        if village is not None:  # "Ivanivka, Izium raion, Kharkiv oblast": the Ivanivka of the oblast nearest Izium
            places.append(village)
            continue
        region = _region_missing_it(text, gaz, mentions, cands, choice, appos, k, i, admin_word[k] or unit_word[k],
                                    k in appos and admin_word[appos[k]])
        if region is not None:  # "Ivanivka, Kharkiv": no Ivanivka of Kharkiv oblast is known, and one of Luhansk is none
            seat = _council_seat(gaz, mentions, choice, appos, k, region)
            places.append(_seat_place(gaz, mentions[k], seat, region) if seat is not None else
                          _hromada_village(gaz, mentions, choice, appos, k, region) or
                          _namesakes_clustered(gaz, mentions[k], region) or
                          _mimu_town(gaz, mentions[k].target or mentions[k].text, region=region, m=mentions[k]) or
                          _within(gaz, mentions[k], region, "none of its namesakes lies in {}, which qualifies it; placed there"))
            continue
        if _country_missing_it(gaz, cands, choice, appos, k, i):  # "Houla, Lebanon": not Syria's Houla
            places.append(None)
            continue
        if i is None and k in dashed and choice[k - 1] is not None:  # "Cartago - Centro, Valle del Cauca"
            places.append(_within(gaz, mentions[k], choice[k - 1], "a quarter; placed in {}, the town named before it"))
            continue
        if i is None:
            q = choice[appos[k]] if k in appos else None
            stands = q is not None and not _foreign(gaz, q, implied_by.besides(appos[k], qualifies[appos[k]]))
            seat = town_word[k] or not _town_announced(text, mentions[k], settlement_words)  # not "X village"
            town = _mimu_town(gaz, mentions[k].target or mentions[k].text, region=q, m=mentions[k]) \
                if stands and seat and k not in settled else None
            if town is not None:  # "Gangaw township (Magway region)": the town MIMU's wards make, in the region
                places.append(town)
                continue
            unit = _unit_of_its_town(gaz, mentions[k], q) if stands and seat and k not in settled else None
            if unit is not None:  # "Tilin town (Magway)": no table has the town, but its township lies in Magway
                places.append(_within(gaz, mentions[k], unit, "a town no table has; placed at the unit of its name, "
                                                              "{}, in the region that qualifies it"))
                continue
            # "Gordesh, Daba": a qualifier that is itself a namesake abroad places nothing
            places.append(_unknown_village(text, gaz, mentions, cands, choice, appos, k, q, stands and k not in settled))
            continue
        seat = _seat_near_the_rest(gaz, mentions, choice, k, i) if k not in appos else None
        if seat is not None:  # "shelled Petrivka ... Kupiansk too": the council by Kupiansk, not a town 200 km off
            places.append(seat)
            continue
        sc = sorted(scores[k].values(), reverse=True)
        margin = sc[0] - sc[1] if len(sc) > 1 else sc[0]
        confidence = 1 / (1 + math.exp(-margin / CONFIDENCE_SCALE))
        reason = _reason(gaz, mentions[k], i, len(cands[k]), k in appos, k in variants)
        tie = _tie(gaz, mentions[k], cands[k], i, choice[appos[k]] if k in appos else None, scores[k], k in near_ties)
        if tie:
            reason = f"{reason}; {tie}"
        seat = _seat_of_a_lower_unit(text, gaz, mentions[k], cands[k], i, lower_units or {})
        if seat is not None:  # "département de Tillabéri" in Niger: the department, not the region's middle
            places.append(_within(gaz, mentions[k], seat, "names a unit below the region; placed at its seat {}"))
            continue
        places.append(gaz.place(i, confidence, reason))
    return places


def _seat_near_the_rest(gaz: Gazetteer, mentions: list[Mention], choice: list[int | None], k: int,
                        i: int) -> Place | None:
    """A bare village name whose chosen namesake, a village or small town, lies far from every other town
    the text names in its country, while a village council of the name lies near one of them ("Russian
    forces shelled Petrivka ... Kupiansk was shelled the same day"): that council. A note lists the
    villages of one front or district; the gazetteer holds a few of a common name's villages only, so a
    namesake of another oblast won on size. None for a town too big to be a stray, or where no council
    of the name lies near the text's other towns."""
    if gaz.feature[i] != CITY or gaz.population[i] >= STRAY_POPULATION:
        return None
    name = mentions[k].target or mentions[k].text
    # each place once: a long text names the same towns over and over
    others = list(dict.fromkeys(o for n, o in enumerate(choice) if n != k and o is not None
                                and gaz.feature[o] in (CITY, ADMIN2) and gaz.country[o] == gaz.country[i]
                                and name_key(mentions[n].text) != name_key(name)))
    if not others or min(haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[o], gaz.lon[o]) for o in others) <= REST_FAR_KM:
        return None
    near = [(haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[o], gaz.lon[o]), j, o) for j in gaz.seat_ids(name)
            for o in others if gaz.country[j] == gaz.country[i]]
    d, j, o = min(near, default=(math.inf, None, None))
    if j is None or d > SEAT_NEAR_KM:
        return None
    return _seat_place(gaz, mentions[k], j, o, f"its namesake {gaz.names[i]} ({gaz.admin1[i]}) lies far from the "
                       "text's other towns, a village council of the name {} km from {}".format(round(d), "{}"))


def _seat_of_a_lower_unit(text: str, gaz: Gazetteer, m: Mention, ids: list[int], i: int,
                          lower_units: dict[str, frozenset[str]]) -> int | None:
    """The town of a region's name where the word before the name calls it a unit below the region in the
    region's country ("département de Tillabéri" in Niger): no table holds those departments, and their seat
    shares the name, so the seat with a unit's uncertainty is nearer than the region's middle."""
    if not lower_units or gaz.feature[i] != ADMIN1:
        return None
    hit = _ADMIN_BEFORE.search(text[max(0, m.start - ADMIN_BEFORE_CHARS):m.start])
    if not hit or gaz.country[i] not in lower_units.get(hit.group(1).lower(), ()):
        return None
    return next((j for j in ids if gaz.feature[j] == CITY and gaz.country[j] == gaz.country[i]), None)


def _city_of_its_district(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                          choice: list[int | None], appos: dict[int, int], k: int,
                          unit_words: frozenset[str]) -> int | None:
    """The city whose district a name is ("Kalo district, Mykolaiv", "Kalo district (Kharkiv)"): the
    name has a unit word, its qualifier is a city of 100,000 people or one that names its oblast,
    and neither a town nor a unit of the name lies in the city's oblast, or near the city where no
    oblast bears its name (not a qualifier its own unit word calls a unit: "Kalo township (Dawei
    district)"). A raion of the oblast is a unit of the tables or bears a town's name in it;
    a district no table holds is a quarter of the city ("Kyivskyi district, Kharkiv" is not the
    Kyivskyi of Donetsk, 220 km off)."""
    q = appos.get(k)
    if q is None or choice[q] is None or _word_after(text, mentions[k].end).lower() not in unit_words:
        return None
    cc = gaz.country[choice[q]]
    cities = [c for c in cands[q] if gaz.feature[c] == CITY and gaz.country[c] == cc]
    if not cities:
        return None
    city = max(cities, key=lambda c: gaz.population[c])
    regions = [r for r in (*cands[q], *gaz.chain_ids(mentions[q].target or mentions[q].text))
               if gaz.feature[r] == ADMIN1 and gaz.country[r] == cc and _contains(gaz, r, city)]
    if not regions and gaz.population[city] < STRAY_POPULATION:
        return None
    name = mentions[k].target or mentions[k].text
    named = [*cands[k], *(u for u in gaz.unit_ids(name) if gaz.country[u] == cc)]
    if regions:
        inside = any(gaz.country[j] == cc and _contains(gaz, r, j) for r in regions for j in named)
    else:
        inside = any(gaz.country[j] == cc and haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[city], gaz.lon[city])
                     <= ADMIN2_REACH_KM for j in named)
    return None if inside else city


def _the_one_of_its_region(gaz: Gazetteer, cands: list[int], i: int, town: int) -> bool:
    """Whether ``i`` is the only candidate of its name in the town's first-level region."""
    region = gaz.admin1[town]
    return bool(region) and gaz.admin1[i] == region and sum(1 for j in cands if gaz.admin1[j] == region) == 1


def _by_the_town_its_compass_names(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                                  choice: list[int | None], compass_gap: re.Pattern | None
                                  ) -> tuple[list[int | None], dict[int, int]]:
    """A village a compass word ties to the town after it ("Kalynove, north of Avdiivka", "Kalo, au sud de
    Goma") lies by that town: the namesake nearest the town within COMPASS_REACH_KM is the one meant,
    not one chosen elsewhere by its size; where none of its namesakes lies so near, the note measures
    from the town, which stands in for the village (returned apart: mention -> the town). Only where the
    town is a town (a city entry), in the village's country, and the name's chosen place is no town of
    COMPASS_TOWN_POP people ("Hama, north of Homs" is Hama) nor the one place of the name in the town's
    first-level region (that one is meant, however far: "Tawila, à l'ouest d'El Fasher")."""
    if compass_gap is None:
        return choice, {}
    out, by_town = list(choice), {}
    for k, (m, n) in enumerate(zip(mentions, mentions[1:])):
        town = choice[k + 1]
        if town is None or gaz.feature[town] != CITY or not compass_gap.fullmatch(text[m.end:n.start]):
            continue
        i = choice[k]
        if i is not None and (gaz.country[i] != gaz.country[town] or gaz.feature[i] not in (CITY, ADMIN2)):
            continue  # a region or a place abroad is no village of the town

        def km(j: int) -> float:
            return haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[town], gaz.lon[town])
        if i is not None and (km(i) <= COMPASS_REACH_KM or gaz.population[i] >= COMPASS_TOWN_POP
                              or _the_one_of_its_region(gaz, cands[k], i, town)):
            continue  # near enough, a town news by its own name ("Hama, north of Homs"), or the one place of the
            # name in the town's region ("Tawila, à l'ouest d'El Fasher" lies 60 km off, in North Darfur as El Fasher is)
        near = [j for j in cands[k] if j != town and gaz.feature[j] == CITY and gaz.country[j] == gaz.country[town]
                and km(j) <= COMPASS_REACH_KM]
        same = [o for o, x in enumerate(mentions) if name_key(x.target or x.text) == name_key(m.target or m.text)
                and choice[o] == i]  # the name told again later ("... a man was wounded in Kalynove")
        for o in same:
            if near:
                out[o] = min(near, key=km)
            else:
                by_town[o] = town
    return out, by_town


def _town_far_off(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]], choice: list[int | None],
                  appos: dict[int, int], k: int, i: int | None) -> int | None:
    """The town a bracketed chain begins with ("Barangay Kalo (Calinog, Iloilo, Western Visayas)",
    "Kalo (Gingoog City, Misamis Oriental)"), where the candidate chosen for the name before it lies
    farther from that town than the town's own unit reaches (a district's reach where no table has that unit), as
    do all its namesakes: a village or a quarter of a municipality is in it, and the namesake chosen elsewhere in
    the region is a guess. Not where the town's name is also
    a district's, or the region's that holds the candidate (``_seat_names_region``), and as far as the unit of its
    name reaches ("Kalo (Djibo, Soum)": a department reaches farther than its town)."""
    q = appos.get(k)
    if i is None or q is None or gaz.feature[i] != CITY:
        return None
    town = choice[q]
    if town is None or gaz.feature[town] != CITY or gaz.country[town] != gaz.country[i] or \
            any(gaz.feature[j] in (ADMIN1, ADMIN2) for j in cands[q]) or \
            _seat_names_region(gaz, mentions[q].target or mentions[q].text, i):
        return None
    units = [(UNIT_SLACK * float(gaz.radius[u]), u) for u in gaz.unit_ids(mentions[q].text)
             if gaz.country[u] == gaz.country[town] and gaz.radius[u]]
    # the town's own unit, where a table has it, bounds its villages ("Barangay Kalo (Bulan, Sorsogon)": a
    # municipality 15 km across, not a district's 60 km); a town bigger than the one after it is no village of
    # it, and the name after it a province's ("Jerez de la Frontera (Cadiz)")
    own = gaz.population[i] < gaz.population[town] and \
        any(haversine_km(gaz.lat[u], gaz.lon[u], gaz.lat[town], gaz.lon[town]) <= r for r, u in units)
    reach = max([float(gaz.radius[i] or 0)] + [r for r, _ in units] + ([] if own else [ADMIN2_REACH_KM]))
    if any(haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[town], gaz.lon[town]) <= reach for j in cands[k]):
        return None
    return town


def _seat_names_region(gaz: Gazetteer, name: str, i: int) -> bool:
    """Whether ``name``, read as a town, is also the first-level region that holds candidate ``i``, by the region's
    own name or one only chains give it: "Jisr al-Shughur (Idleb)", "Zakho (Duhok)", where a governorate bears its
    seat's name and the town lies 30-70 km from that seat, in the governorate the bracket names."""
    return any(gaz.feature[r] == ADMIN1 and _contains(gaz, r, i) for r in (*gaz.ids(name), *gaz.chain_ids(name)))


def _unit_of_its_town(gaz: Gazetteer, m: Mention, q: int) -> int | None:
    """The one unit named like a town no table has, inside the region ``q`` that qualifies it ("Tilin town
    (Magway)", "near Matupi (Chin)"): a township, LGA or commune is named after its seat, so the unit's centre
    is nearer the town than the region's middle. A name the text calls a village is left to its qualifier:
    villages bear their unit's name elsewhere in it."""
    if gaz.feature[q] not in (ADMIN1, ADMIN2):
        return None
    units = [u for u in gaz.unit_ids(m.target or m.text) if u != q and gaz.country[u] == gaz.country[q]
             and gaz.feature[u] == ADMIN2 and _held_by(gaz, q, u)]
    return units[0] if len(units) == 1 else None


def _mimu_town(gaz: Gazetteer, name: str, region: int | None = None, near: Place | None = None,
               reach: float = 0.0, m: Mention | None = None) -> Place | None:
    """The town a township or town is named after, where MIMU files its wards under one tract ("Gangaw Town"):
    ACLED places an event a note gives by its township alone ("in Matupi township (Chin state)") at the
    township's seat, the town of its name, not at the township's middle (Matupi's lies 25 km from the town)
    nor, where no unit of the name is filed in the region that qualifies it ("Gangaw township (Magway
    region)", the unit filed under Chin by its centre), at the region's middle. The one such town whose
    wards lie in ``region`` (the qualifier, for mention ``m``), or within ``reach`` of ``near`` (the
    township's place); None where there is none or more than one (or without MIMU)."""
    found = []
    for wards in gaz.mimu_towns(name):
        # the ward most others lie by, where they are more than half: a ward typed far off is no town's point
        close = [[w for w in wards if haversine_km(float(gaz.lat[v]), float(gaz.lon[v]), float(gaz.lat[w]),
                                                   float(gaz.lon[w])) <= TOWN_WARDS_KM] for v in wards]
        kept = max(close, key=len)
        if 2 * len(kept) <= len(wards):
            continue
        la = sum(float(gaz.lat[j]) for j in kept) / len(kept)
        lo = sum(float(gaz.lon[j]) for j in kept) / len(kept)
        if region is not None and not _contains(gaz, region, kept[0]):
            continue
        if near is not None and (gaz.country[kept[0]] != near.country
                                 or haversine_km(la, lo, near.lat, near.lon) > reach):
            continue
        found.append((la, lo, kept))
    if len(found) != 1:
        return None
    la, lo, kept = found[0]
    j = kept[0]
    tract, township = gaz.mimu_units(j)[:2]
    why = f"{tract}, the wards MIMU files in {township} township (mm-geo-coder {gaz.mimu['version']})"
    if near is not None:  # the seat ``_seat`` moves a township's place to, keeping the township's spread
        return Place(name=tract, lat=round(la, 5), lon=round(lo, 5), country=near.country, admin1=near.admin1,
                     feature="city", reason=why)
    spread = max(haversine_km(la, lo, float(gaz.lat[w]), float(gaz.lon[w])) for w in kept)
    return Place(name=m.text if m else name, lat=round(la, 5), lon=round(lo, 5), country=gaz.country[j] or None,
                 admin1=gaz.admin1[j] or None, feature="city", geo_precision=GeoPrecision.NEAR,
                 uncertainty_km=max(spread, WITHIN_MIN_RADIUS_KM), score=WITHIN_SCORE,
                 reason=f"{m.source if m else 'gazetteer'} mention; {gaz.names[region]} qualifies it, which no unit "
                        f"of the name is filed in; placed at its town, {why}")


def _held_by(gaz: Gazetteer, q: int, u: int) -> bool:
    """Unit ``u`` lies in ``q`` by the parent its table gives it, or where it has none, by ``q``'s reach: a
    large region's reach takes in its neighbours' townships near the border (Sagaing's, Magway's Tilin)."""
    parent = gaz.admin1[u]
    if gaz.feature[q] != ADMIN1 or not parent:
        return _contains(gaz, q, u)
    return name_key(parent) == name_key(gaz.names[q]) or q in gaz.ids(parent)


def _unknown_village(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                     choice: list[int | None], appos: dict[int, int], k: int, q: int | None,
                     places_it: bool) -> Place | None:
    """Where a name no town table has goes, given its qualifier ``q``: the village council of its
    name in the oblast the qualifier names ("Kalo, Kharkiv", and "Kalo village, Kharkiv" too, in a
    note whose actors are only Russia's: a council is a few km across, the oblast's city that would
    stand in for the village 40-150 km off), else the qualifier where ``places_it`` (not where only
    a settlement word ties the name to it, "Kalo village, Wetlet township", whose town or unit then
    stands in, nor a qualifier that is a namesake abroad)."""
    region = _bound_region(text, gaz, mentions, cands, appos, k, q)
    seat = _council_seat(gaz, mentions, choice, appos, k, region) if region is not None else None
    if seat is not None:
        return _seat_place(gaz, mentions[k], seat, region)
    village = _hromada_village(gaz, mentions, choice, appos, k, region) or _namesakes_clustered(gaz, mentions[k], region) \
        if region is not None else None
    # a name only the town word made a mention of leaves the event to the names the model and tables found
    return village or (_within(gaz, mentions[k], q) if places_it and not mentions[k].respelling else None)


def _exact_town_abroad(gaz: Gazetteer, i: int, ids, name: str) -> bool:
    """A town of another country than entry ``i``'s that bears ``name`` as its own name, big enough to be
    news by its name alone (``STRAY_POPULATION``) and bigger than ``i`` (Bolivia's Santa Cruz de la Sierra
    keeps its department's support against the Philippines' smaller Santa Cruz)."""
    return any(gaz.feature[j] == CITY and gaz.country[j] != gaz.country[i] and gaz.population[j] >= STRAY_POPULATION
               and gaz.population[j] > gaz.population[i] and gaz.exact(j, name) for j in ids)


def _named_elsewhere(gaz: Gazetteer, admins: dict[tuple[str, str], set[int]], i: int, ids, k: int, same: set[int],
                     linked: set[int], others: bool, name: str = "") -> bool:
    """The region of candidate ``i`` (itself, or a place in it) is named in the article. In a report of
    one incident that names other towns or regions (``others``), for a name no chain or quarter's dash
    ties to another (``linked``), by another mention than ``k`` (in a feature story, than any mention of its
    name, ``same``, bar ``k`` itself): a name's own likeliest entry is no
    evidence for itself ("Caceres" alone, chosen in Spain by its size, vouched for Extremadura against
    the Colombian town of a note on Bogotá; "Tripoli" for Libya against Lebanon's city of a note on
    Beirut). A capital with no big namesake keeps that support, being news from there by its name alone
    ("Moscow" in a note on Texas), as do linked names ("Beja (Beja Nord, Beja)", "Fatehpur - Centro,
    Punjab"), a name with no other town or region named ("Military Forces of Russia shelled Donetsk":
    the Ukrainian city) and every name of a feature story. Only the name's own region, chosen for the
    bare name by its size, is no support for a town of it that bears the name only as an alternate name
    while a big town abroad bears it as its own ("Santiago": the Dominican province lent its chief town,
    Santiago de los Caballeros, the support that outweighed Chile's capital)."""
    named = admins.get((gaz.country[i], name_key(gaz.admin1[i])), set()) - (same - {k})
    if named == {k} and name and not gaz.exact(i, name) and _exact_town_abroad(gaz, i, ids, name):
        return False
    if not others or k in linked:
        return bool(named)
    if i in gaz.capitals and not any(gaz.country[j] != gaz.country[i] and gaz.feature[j] == CITY
                                     and gaz.population[j] >= STRAY_POPULATION for j in ids):
        return bool(named)
    return bool(named - {k})


def _bound_regions(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None], appos: dict[int, int],
                   k: int) -> list[int]:
    """The regions the qualifier of mention ``k`` names ("Oleksandrivka, Kharkiv": the oblast, though
    its city was chosen), or none where it has no qualifier or names only towns."""
    q = choice[appos[k]] if k in appos else None
    if q is None:
        return []
    regions = [q] if gaz.feature[q] in (ADMIN1, ADMIN2, COUNTRY, AREA) else []
    return regions + [r for r in cands[appos[k]] if r != q and gaz.feature[r] == ADMIN1 and gaz.country[r] == gaz.country[q]]


def _alternate_astray(gaz: Gazetteer, ids, i: int, name: str, regions: list[int]) -> bool:
    """Whether big town ``i``, for a name the text binds to ``regions``, holds that name only as an
    alternate name and is outranked by the binding: it lies outside them (geonames gives Donetsk city
    "Oleksandrivka", which "Oleksandrivka, Kharkiv" does not mean), or a town of that very name lies
    inside them ("Oleksandrivka, Donetsk" is a village of the oblast, not its capital). A town whose own
    name it is keeps its chance ("Mykolayiv" for "Mykolaiv, Mykolaiv"), and so does a village spelled
    otherwise (its alternate name is a transliteration, not another place's name)."""
    if gaz.exact(i, name) or gaz.feature[i] != CITY or gaz.population[i] < STRAY_POPULATION:
        return False
    if not any(_contains(gaz, r, i) for r in regions):
        return True
    return any(gaz.feature[j] == CITY and gaz.exact(j, name) and any(_contains(gaz, r, j) for r in regions)
               for j in ids)


def _far_namesake(gaz: Gazetteer, i: int, at_home: list[int]) -> bool:
    """Whether big town ``i`` abroad is a far namesake of a town of that very name in a country the
    text implies ("Military Forces of Kenya ... in Luanda"): the actors' own town, unless the big
    one is a capital (where the actors' town is no big town itself: Lebanon's Tripoli is) or lies
    across the border from it (Donetsk, Ukraine, 160 km from Donetsk, Rostov). Gao, Mali is 560 km
    from Gao, Burkina Faso and Raipur, India 960 km from Raipur, Bangladesh: no neighbour's town that
    far is the actors' own town's namesake by chance of a border. A country abroad is a namesake
    only of a big town of the actors' country ("Military Forces of Colombia ... in Armenia")."""
    if gaz.feature[i] == COUNTRY:
        return any(gaz.population[j] >= STRAY_POPULATION for j in at_home)
    return bool(at_home) and (i not in gaz.capitals or any(gaz.population[j] >= STRAY_POPULATION for j in at_home)) and all(
        haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) > BORDER_KM for j in at_home)


def _seats(gaz: Gazetteer, ids) -> set[int]:
    """The districts among a name's candidates that are named after a town of theirs (Orleans,
    Santa Catarina, the municipality of the town Orleans): a bare name means the town, and the
    district's rank as a region must not lift it over a bigger town of that name abroad (Orleans, France)."""
    towns = [j for j in ids if gaz.feature[j] == CITY]
    out = set()
    for i in ids:
        if gaz.feature[i] != ADMIN2:
            continue
        own = [gaz.population[j] for j in towns if gaz.country[j] == gaz.country[i]
               and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) <= ADMIN2_REACH_KM]
        if own and any(gaz.country[j] != gaz.country[i] and gaz.population[j] > max(own) for j in towns):
            out.add(i)
    return out


def seat_town(gaz: Gazetteer, place: Place, name: str) -> Place | None:
    """The town a district is named after, inside the district's reach ("Barmer district": Barmer), or
    None: ACLED codes such a district at that town, not at the district's middle."""
    if place.feature != "admin2" or place.lat is None:
        return None
    reach = max(place.uncertainty_km or 0, SEAT_MIN_REACH_KM)
    towns = [c for c in gaz.lookup(name, place.country)
             if c.feature == "city" and c.country == place.country and c.lat is not None]
    near = next((c for c in towns if haversine_km(place.lat, place.lon, c.lat, c.lon) <= reach), None) or \
        _mimu_town(gaz, name, near=place, reach=reach)  # "in Matupi township (Chin state)": its town of MIMU's wards
    if near is not None or place.uncertainty_km or not place.admin1:
        return near
    # a district of no known size (a desert province: Figuig's centre lies 80 km from its town) has its town
    # of the name where it is the one of the district's first-level region within a province's reach
    own = [c for c in towns if c.admin1 and name_key(c.admin1) == name_key(place.admin1)
           and haversine_km(place.lat, place.lon, c.lat, c.lon) <= SEAT_FAR_REACH_KM]
    return own[0] if len(own) == 1 else None


def _quarter_named(text: str, m: Mention, quarter_words: frozenset[str]) -> bool:
    """Whether the text calls the mention a quarter ("the Sarandi neighborhood", "quartier Ndosho",
    "the neighborhood of Kibera"); in "the Siloe neighborhood of Cali" the name after "of" is the
    town the quarter is part of, as it is in "Brooklyn, a neighbourhood of Cite Soleil", where the quarter
    word describes the name before the comma, which is the quarter."""
    before = text[max(0, m.start - ADMIN_BEFORE_CHARS):m.start].split()
    after = text[m.end:m.end + ADMIN_BEFORE_CHARS].split()
    return _word_after(text, m.end).lower() in quarter_words or \
        len(after) > 2 and after[0] == "," and after[1].islower() and after[2].lower() in quarter_words or \
        bool(before) and before[-1].lower() in quarter_words or \
        len(before) > 1 and before[-1].lower() in PLACE_WORDS["admin_links"] and before[-2].lower() in quarter_words \
        and not (len(before) > 2 and before[-3][:1].isupper()) and not _describes_the_name_before(before[:-2])


def _describes_the_name_before(before: list[str]) -> bool:
    """ "Brooklyn, a neighbourhood of", "Ndosho, un quartier de": the words before a quarter word are a name, a
    comma and one lowercase article; the phrase says what that name is, and the name after it holds it."""
    return len(before) > 1 and before[-2].endswith(",") and before[-2][:1].isupper() and before[-1].islower()


def _among_quarters(text: str, m: Mention, quarter_words: frozenset[str]) -> bool:
    """Whether a quarter word comes shortly before the mention ("les quartiers de Joura et de Qoussour",
    "the Old City and Bab Tuma neighbourhoods"): a name told among a town's quarters is one of them,
    not another town of a like spelling."""
    near = [w.strip(",.;:()") for w in text[max(0, m.start - ADMIN_BEFORE_CHARS):m.start].lower().split()]
    return _quarter_named(text, m, quarter_words) or any(w in quarter_words or w[:-1] in quarter_words for w in near)


_DASH = re.compile(r"\s+[-–—]\s+")
_QUARTER_END = re.compile(r"\s*(?:[,(.;)]|$)")


def _dashed_quarters(text: str, mentions: list[Mention]) -> set[int]:
    """The mentions written as the second half of ACLED's "City - Quarter" ("Sinop - Centro, Mato
    Grosso", "Kabul - Karte Char (Kabul)"): a spaced dash after a name, the quarter's name ending at
    a comma, a bracket or the sentence's end ("the Lambayeque - Piura highway" names two towns)."""
    return {k for k in range(1, len(mentions)) if _DASH.fullmatch(text[mentions[k - 1].end:mentions[k].start])
            and _QUARTER_END.match(text, mentions[k].end)}


def _far_from_the_rest(gaz: Gazetteer, k: int, i: int, choice: list[int | None]) -> int | None:
    """Where town ``i``, chosen for a name the text calls a quarter, lies farther than a town's reach
    from every other town and district the text names: the nearest of those, the town the quarter
    is part of; else None."""
    if gaz.feature[i] not in (CITY, ADMIN2):
        return None
    others = [j for n, j in enumerate(choice) if n != k and j is not None and j != i and gaz.feature[j] in (CITY, ADMIN2)]
    dist = {j: haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) for j in others}
    if not dist or min(dist.values()) <= QUARTER_REACH_KM:
        return None
    return min(dist, key=dist.get)


_LIST_AFTER = re.compile(r"\s*(?:,|and\b|&)\s*[^\W\d_a-z]")
_LIST_BEFORE = re.compile(r"^\s*(?:,|and|&)\s*$")


def _region_missing_it(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                       choice: list[int | None], appos: dict[int, int], k: int, i: int | None,
                       unit_named: bool = False, region_said: bool = False) -> int | None:
    """The first-level region a comma qualifier names ("Ivanivka, Kharkiv": Kharkiv oblast, though
    its city won the name) when it holds no candidate of the small town before it: the town is then
    one no table has, and the namesake chosen elsewhere in the country (Ivanivka, Luhansk, 200 km
    off) is no better than a guess. So too for a district chosen as the town its name bears ("Kalo,
    Michoacan" is no municipality Kalo of the State of Mexico, though within Michoacan's reach: its parent,
    where the table names one, says which state holds it), but not for a name the text calls a unit
    (``unit_named``: a district's parent may be an older province). Not for a list ("Selydove, Kharkiv
    and Kherson"), a region's own name in the country ("Donetsk, Luhansk") or a town of 100,000 people,
    unless the qualifier's own word calls it a region (``region_said``: "Kalo, Mandalay region" is no
    list of two cities). A qualifier chosen abroad names its region of the town's country ("Kalo, Gaza"
    of a town only Mozambique has: Gaza province, not the Gaza Strip)."""
    q = appos.get(k)
    if i is None or q is None or choice[q] is None or gaz.feature[i] not in (CITY, ADMIN2) or \
            gaz.feature[i] == ADMIN2 and unit_named or \
            gaz.population[i] >= STRAY_POPULATION and not region_said or \
            any(gaz.feature[j] == ADMIN1 and gaz.country[j] == gaz.country[i] for j in cands[k]):
        return None
    named = _region_of_its_country(gaz, cands[q], choice[q], gaz.country[i])
    if named is None:
        return None
    regions = _regions_named(text, gaz, mentions, cands, appos, k, named)
    if any(_contains(gaz, r, j) and not _parent_elsewhere(gaz, r, j) for r in regions for j in cands[k]):
        return None
    return regions[0] if regions else None


def _region_of_its_country(gaz: Gazetteer, ids: list[int], chosen: int, cc: str) -> int | None:
    """The qualifier's entry in country ``cc``: the one chosen, or, where it was chosen abroad, its
    first-level region of that name in ``cc`` ("Gaza" beside a town only Mozambique has); None where
    it names none there."""
    if gaz.country[chosen] == cc:
        return chosen
    return next((r for r in ids if gaz.feature[r] == ADMIN1 and gaz.country[r] == cc), None)


def _country_missing_it(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None], appos: dict[int, int],
                        k: int, i: int | None) -> bool:
    """Whether the country that qualifies a name ("Houla, Lebanon", "Kalo, a village in south Lebanon")
    holds none of its candidates, so that the one chosen is a namesake abroad: the village is one no table
    has, and the country (or the part of it the text names) stands in. A capital or a town of 100,000
    people abroad keeps the name: the text's country is then the one that is wrong ("Jerusalem, Israel")."""
    q = appos.get(k)
    if i is None or q is None or choice[q] is None or gaz.feature[choice[q]] != COUNTRY or \
            gaz.feature[i] not in (CITY, ADMIN2) or i in gaz.capitals or gaz.population[i] >= STRAY_POPULATION:
        return False
    # "Oicha in eastern Congo": a country name two countries share holds the name if either does
    held = {gaz.country[j] for j in cands[q] if gaz.feature[j] == COUNTRY} | {gaz.country[choice[q]]}
    return not any(gaz.country[j] in held for j in cands[k])


def _village_past_raion(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                        choice: list[int | None], appos: dict[int, int], k: int, i: int | None,
                        unit_words: frozenset[str]) -> Place | None:
    """A village named with its raion and oblast ("Kalo, Izium raion, Kharkiv oblast"): of the
    oblast's towns spelled so (or spelled alike, "Andriyivka" for "Andriivka": one village, two
    transliterations) and its village councils of the name, the one nearest the raion's town, else the
    hromada village of the name there nearest it, the oblast's city saying nothing. Without this the raion's
    town qualified the name, and the candidate nearest it or the biggest of the oblast won: a namesake of
    another raion or oblast, or a city one of whose alternate names it is. Where the chain ends at the raion
    ("Kalo, Izium raion"), the oblast is the raion's town's, and only a namesake within a raion's reach of that town
    is taken. None where a chain goes on past the raion to no oblast, or no table of the oblast holds the name."""
    q = appos.get(k)
    if q is None or choice[q] is None or gaz.feature[choice[q]] != CITY or \
            _word_after(text, mentions[q].end).lower() not in unit_words:
        return None
    region = _raion_oblast(text, gaz, mentions, cands, choice, appos, q)
    # "Kalo, Izium raion, wounding": a chain that ends at the raion; the raion's town's own oblast holds its villages
    alone = region is None and appos.get(q) is None
    region = _oblast_of_raion_town(gaz, choice[q]) if alone else region
    name = mentions[k].target or mentions[k].text
    if region is None or any(gaz.feature[j] == ADMIN1 for j in cands[k]):
        return None
    raion, past = choice[q], {**appos, k: appos.get(q, q)}  # the raion's town is then one of the text's other places
    towns = [j for j in cands[k] if gaz.feature[j] == CITY and gaz.exact(j, name) and _contains(gaz, region, j)] or \
        [j for j in cands[k] if gaz.feature[j] == CITY and _spelled_alike(gaz, j, name) and _contains(gaz, region, j)]
    seats = [j for j in gaz.seat_ids(name) if _contains(gaz, region, j)]
    if alone:  # no oblast named: only a namesake within a raion's reach of its town is sure to be of the raion
        towns, seats = ([j for j in js if haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[raion], gaz.lon[raion])
                         <= ADMIN2_REACH_KM] for js in (towns, seats))
    if towns or seats:
        j = min(towns + seats, key=lambda j: haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[raion], gaz.lon[raion]))
        unit = _word_after(text, mentions[q].end).lower()
        if j == i:
            return None  # the choice stands, with its own reason
        if j in seats:
            return _seat_place(gaz, mentions[k], j, region, f"the namesake of {{}} nearest {gaz.names[raion]}, whose "
                               f"{unit} the text names")
        return gaz.place(j, WITHIN_SCORE, f"{mentions[k].source} mention; the namesake of {gaz.names[region]} "
                         f"nearest {gaz.names[raion]}, whose {unit} the text names")
    if alone or i is not None and _contains(gaz, region, i):
        return None
    return _hromada_village(gaz, mentions, choice, past, k, region)


def _oblast_of_raion_town(gaz: Gazetteer, town: int) -> int | None:
    """The first-level region that holds a raion's town where the chain names none after the raion ("Kalo,
    Izium raion"): a raion lies within one oblast, so its villages are that oblast's namesakes, not one of
    another oblast that won on size."""
    return next((r for r in gaz.ids(gaz.admin1[town]) if gaz.feature[r] == ADMIN1
                 and gaz.country[r] == gaz.country[town]), None) if gaz.admin1[town] else None


def _raion_oblast(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                  choice: list[int | None], appos: dict[int, int], q: int) -> int | None:
    """The oblast the chain names after a raion named after town ``q`` ("Izium raion, Kharkiv oblast"), or None:
    for a list of regions, a region of another country, or no region after the raion (a township's town read
    alone may be a namesake abroad: "Columbus (Madison township)" is not Madison's state)."""
    r = appos.get(q)
    if r is None or choice[r] is None or _LIST_AFTER.match(text, mentions[r].end):
        return None
    return next((j for j in dict.fromkeys((choice[r], *cands[r])) if gaz.feature[j] == ADMIN1
                 and gaz.country[j] == gaz.country[choice[r]]), None)


def _spelled_alike(gaz: Gazetteer, i: int, name: str) -> bool:
    """Whether entry ``i`` bears ``name`` or a transliteration of it (vowel runs and romanisation digraphs
    folded: "Andriyivka", "Andriivka"), not an alternate name of another place ("Sukhanivka", once
    "Andriivka"): the towns of a raion's oblast where none is spelled as the text spells it."""
    return gaz.exact(i, name) or translit_form(name_key(gaz.names[i])) == translit_form(name_key(name))


def _bound_region(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                  appos: dict[int, int], k: int, q: int | None) -> int | None:
    """The first-level region that qualifier ``q`` of a name no table has names, itself or through
    its city ("Kalo, Kharkiv"), or None: not for a list ("Kalo, Kharkiv and Sumy")."""
    regions = _regions_named(text, gaz, mentions, cands, appos, k, q) if q is not None else []
    return regions[0] if regions else None


def _regions_named(text: str, gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                   appos: dict[int, int], k: int, q: int) -> list[int]:
    """The first-level regions of its own country that the chosen qualifier ``q`` of mention ``k``
    names, itself (a region) or through its city, the chosen one first; none for a list of places
    ("Kalo, Kharkiv and Sumy", "Selydove, Kharkiv and Kherson")."""
    if gaz.feature[q] not in (ADMIN1, CITY) or _LIST_AFTER.match(text, mentions[appos[k]].end) or \
            k > 0 and _LIST_BEFORE.match(text[mentions[k - 1].end:mentions[k].start]):
        return []
    return [r for r in dict.fromkeys((q, *cands[appos[k]])) if gaz.feature[r] == ADMIN1 and gaz.country[r] == gaz.country[q]]


def _council_seat(gaz: Gazetteer, mentions: list[Mention], choice: list[int | None], appos: dict[int, int],
                  k: int, region: int) -> int | None:
    """The village council of ``region`` whose seat may bear the name of mention ``k`` (a village no
    town table has, "Kalo, Donetsk"): the only one, or of several the one nearest the text's other
    places in that region; None where the text leaves several undecided. A council is a few km
    across around its seat, where the oblast's centre is 40-150 km off."""
    seats = [j for j in gaz.seat_ids(mentions[k].target or mentions[k].text) if _contains(gaz, region, j)]
    if len(seats) < 2:
        return seats[0] if seats else None
    others = [i for n, i in enumerate(choice) if n not in (k, appos.get(k)) and i is not None
              and gaz.feature[i] == CITY and _contains(gaz, region, i)]  # the qualifier's city says nothing
    if not others:
        return None
    return min(seats, key=lambda j: min(haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[o], gaz.lon[o]) for o in others))


def _hromada_listed(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]],
                    appos: dict[int, int]) -> list[Mention]:
    """The mentions that name, by their exact spelling, a Ukrainian village of the codifier in the
    oblast their qualifier names ("Kalo, Poltava oblast", the oblast or its city): the village is
    then that one, not a town of the oblast spelled alike (a transliteration variant)."""
    out = []
    for k, q in appos.items():
        m = mentions[k]
        ids = gaz.hromada_village_ids(m.target or m.text)
        regions = {name_key(gaz.names[r] if gaz.feature[r] == ADMIN1 else gaz.admin1[r]) for r in cands[q]
                   if gaz.country[r] == "UA" and gaz.feature[r] in (ADMIN1, CITY)} if ids else set()
        if any(name_key(gaz.admin1[j]) in regions for j in ids):
            out.append(m)
    return out


def _hromada_village(gaz: Gazetteer, mentions: list[Mention], choice: list[int | None], appos: dict[int, int],
                     k: int, region: int) -> Place | None:
    """A village of ``region`` that no town table nor village council places, at its hromada
    (``ua_hromada_villages.tsv.gz``: the official codifier's villages, some 20-40 km around the
    hromada's point, where the oblast's centre is 40-150 km off): the only one of the name, or of
    several the one nearest the text's other places in the region; None where a council bears the
    name there (``_council_seat`` decides) or the text leaves several undecided."""
    name = mentions[k].target or mentions[k].text
    if any(_contains(gaz, region, j) for j in gaz.seat_ids(name)):
        return None
    found = [j for j in gaz.hromada_village_ids(name) if _contains(gaz, region, j)]
    if len(found) > 1:
        others = [i for n, i in enumerate(choice) if n not in (k, appos.get(k)) and i is not None
                  and gaz.feature[i] == CITY and _contains(gaz, region, i)]
        found = [min(found, key=lambda j: min(haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[o], gaz.lon[o])
                                              for o in others))] if others else []
    if not found:
        return None
    j = found[0]
    return Place(name=mentions[k].text, lat=round(float(gaz.lat[j]), 5), lon=round(float(gaz.lon[j]), 5),
                 country=gaz.country[j] or None, admin1=gaz.admin1[j] or None, feature="area",
                 geo_precision=GeoPrecision.NEAR, uncertainty_km=float(gaz.radius[j]), score=WITHIN_SCORE,
                 reason=f"{mentions[k].source} mention; no town of the name lies in {gaz.names[region]}, which "
                 "qualifies it; placed at its hromada (KATOTTG)")


def _namesakes_clustered(gaz: Gazetteer, m: Mention, region: int) -> Place | None:
    """Where the text leaves several village councils or hromada villages of the name in ``region``
    undecided but they lie close together, their medoid, with their spread as the uncertainty: the
    village is one of them, and the region's centre (40-150 km off) is a worse guess than any. None
    where they lie farther apart than a district's reach."""
    name = m.target or m.text
    ids = [j for j in (*gaz.seat_ids(name), *gaz.hromada_village_ids(name)) if _contains(gaz, region, j)]
    if len(ids) < 2:
        return None

    def spread(j: int) -> list[float]:
        return [haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[o], gaz.lon[o]) + float(gaz.radius[o]) for o in ids]

    j = min(ids, key=lambda j: sum(spread(j)))
    reach = max(spread(j))
    if reach > CLUSTER_REACH_KM:
        return None
    return Place(name=m.text, lat=round(float(gaz.lat[j]), 5), lon=round(float(gaz.lon[j]), 5),
                 country=gaz.country[j] or None, admin1=gaz.admin1[j] or None, feature="area",
                 geo_precision=GeoPrecision.NEAR, uncertainty_km=reach, score=WITHIN_SCORE,
                 reason=f"{m.source} mention; no town of the name lies in {gaz.names[region]}, which qualifies it; "
                 f"{len(ids)} villages of the name lie there within {reach:.0f} km: placed at their medoid")


def _home_namesake(gaz: Gazetteer, ids, scores: dict[int, float], home: frozenset[str] | set[str]) -> int | None:
    """ "Mangu LGA" in a Nigerian report: the unit word drew the choice to a district abroad of the name
    (Kenya's Mang'U), which the text's countries rule out; the best town or district of the name at home
    is the one meant (a district is named after its town)."""
    return max((j for j in ids if gaz.feature[j] in (CITY, ADMIN2) and not _foreign(gaz, j, home, unit_named=True)),
               key=lambda j: (scores.get(j, 0.0), gaz.population[j]), default=None)


def _seat_place(gaz: Gazetteer, m: Mention, seat: int, region: int,
                why: str = "no town of the name lies in {}, which qualifies it") -> Place:
    """A village placed at its council (ACLED geo-precision 2, the council's reach as uncertainty); ``why``
    says why there, the region's name filled in."""
    return Place(name=m.text, lat=round(float(gaz.lat[seat]), 5), lon=round(float(gaz.lon[seat]), 5),
                 country=gaz.country[seat] or None, admin1=gaz.admin1[seat] or None, feature="area",
                 geo_precision=GeoPrecision.NEAR, uncertainty_km=max(float(gaz.radius[seat]), SEAT_MIN_RADIUS_KM),
                 score=WITHIN_SCORE, reason=f"{m.source} mention; {why.format(gaz.names[region])}; "
                 f"placed at the village council of {gaz.names[seat]} (geoBoundaries)")


def _chained(text: str, mentions: list[Mention], appos: dict[int, int], bracketed: set[int]) -> set[int]:
    """The mentions an administrative chain qualifies: bracketed ones ("Tula (Tula, Hidalgo)") and
    the names inside a bracket followed by the next name of the same bracket ("(Tula, Hidalgo)")."""
    out = set(bracketed)
    for a, q in appos.items():
        before = text[:mentions[a].start]
        gap = text[mentions[a].end:mentions[q].start]
        if before.rfind("(") > before.rfind(")") and "(" not in gap and ")" not in gap:
            out.add(a)
    return out


def _chain_consistent(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None], appos: dict[int, int],
                      chained: set[int], scores: dict[int, dict[int, float]]) -> list[int | None]:
    """In a chain the outer names bind the inner ones: in "Tula (Tula, Hidalgo)" and "Bijapur
    (Bijapur, Chhattisgarh)" the town and its unit lie in the state the chain ends with, though a
    bigger namesake elsewhere (Tula, Russia; Bijapur, Karnataka) won on its own. From the outermost
    name inward, a name chosen outside the unit that qualifies it takes its best candidate inside;
    a unit that holds no candidate of the name takes its best namesake that does ("Bali (Nord-Ouest)":
    Cameroon's North-West, which holds a Bali, not Haiti's Nord-Ouest)."""
    out = list(choice)
    for k in sorted(chained, reverse=True):
        i = out[k]
        unit = _unit(gaz, k, appos, out)
        if i is None or unit is None or _named_in(gaz, unit, i):
            continue
        inside = [j for j in cands[k] if _named_in(gaz, unit, j)]
        q = appos.get(k)
        if not inside and q is not None and out[q] == unit:
            holding = [u for u in cands[q] if gaz.feature[u] in (ADMIN1, ADMIN2)
                       and any(_named_in(gaz, u, j) for j in cands[k])]
            if holding:
                out[q] = unit = max(holding, key=lambda u: scores.get(q, {}).get(u, float("-inf")))
                inside = [j for j in cands[k] if _named_in(gaz, unit, j)]
        if inside:
            out[k] = max(inside, key=lambda j: scores[k].get(j, float("-inf")))
    return _bound_by_chain_end(gaz, cands, out, appos, chained, scores)


def _chain_end(k: int, appos: dict[int, int], chained: set[int]) -> int | None:
    """The last name of the chain that qualifies mention ``k`` ("Delaware" for "Dover" and "Kent" in
    "Dover (Kent, Delaware)")."""
    end, q, seen = None, appos.get(k), {k}
    while q is not None and q not in seen:
        end = q
        seen.add(q)
        q = appos.get(q) if q in chained else None
    return end


def _bound_by_chain_end(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None], appos: dict[int, int],
                        chained: set[int], scores: dict[int, dict[int, float]]) -> list[int | None]:
    """A chain ending in a region or country that holds one of its names is in that country: in
    "Dover (Kent, Delaware)" and "Victoria (Capital, British Columbia)" the middle names won
    namesakes abroad (Kent, England; Venezuela's Capital district) and pulled the town after them.
    Each name of such a chain takes its best candidate in that region; a name with none there is a
    namesake of a unit no table has, left to be placed at its qualifier."""
    out = list(choice)
    members: dict[int, list[int]] = defaultdict(list)
    for k in chained:
        end = _chain_end(k, appos, chained)
        if end is not None:
            members[end].append(k)
    for end, names in members.items():
        e = out[end]
        if e is None or gaz.feature[e] not in (ADMIN1, COUNTRY):
            continue
        if not any(_named_in(gaz, e, j) for k in names for j in cands[k]):
            continue  # "(Tripoli, North)" read as Cameroon's North holds no Tripoli: no sure end
        for k in names:
            i = out[k]
            if i is not None and gaz.country[i] == gaz.country[e]:
                continue
            inside = [j for j in cands[k] if _named_in(gaz, e, j) or _contains(gaz, e, j)]
            out[k] = max(inside, key=lambda j: scores[k].get(j, float("-inf"))) if inside else None
    return out


def _named_in(gaz: Gazetteer, region: int, i: int) -> bool:
    """Whether entry ``i`` lies in ``region`` by the names its sources give: a state's centre and
    reach only say that a district of its neighbour is near it."""
    if gaz.feature[region] == ADMIN1:
        if _unparented(gaz, region):
            return _within_reach(gaz, region, i)
        return gaz.country[i] == gaz.country[region] and (name_key(gaz.admin1[i]) == name_key(gaz.names[region])
                                                          or bool(gaz.admin1[i]) and region in gaz.ids(gaz.admin1[i]))
    return _contains(gaz, region, i)


def _unparented(gaz: Gazetteer, region: int) -> bool:
    """Whether first-level region ``region`` is one no town names as its parent: a province newer
    than the sources' divisions (Nepal's Madhesh, DR Congo's Tshopo, whose towns the sources file
    under the old Central Region or Orientale), known only by its centre and reach."""
    keys = getattr(gaz, "_parent_keys", None)
    if keys is None:
        keys = {name_key(a) for a in {a for a, f in zip(gaz.admin1, gaz.feature) if f == CITY and a}}
        gaz._parent_keys = keys
    return name_key(gaz.names[region]) not in keys


def _within_reach(gaz: Gazetteer, region: int, i: int) -> bool:
    return (gaz.country[i] == gaz.country[region] or _administered_in(gaz, region, i)) and \
        bool(gaz.radius[region]) and \
        haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < UNIT_SLACK * gaz.radius[region]


def _regions_of_appositions(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None],
                            appos: dict[int, int]) -> list[int | None]:
    """In "Piaxtla, Puebla" and "Svyatohirsk, Donetsk" the second name is the state or oblast the
    town lies in, though its capital city shares the name and outweighs it: where the town chosen
    lies in a region of the qualifier's name, and so does the capital chosen, the region is meant."""
    out = list(choice)
    for k, q in appos.items():
        i, c = choice[k], choice[q]
        if i is None or c is None or gaz.feature[i] != CITY or gaz.feature[c] != CITY:
            continue
        region = next((r for r in cands[q] if gaz.feature[r] == ADMIN1 and gaz.country[r] == gaz.country[c]
                       and _contains(gaz, r, i) and _contains(gaz, r, c)), None)
        if region is not None:
            out[q] = region
    return out


def _announced_regions_agree(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None], appos: dict[int, int],
                             scores: dict[int, dict[int, float]], admin_word: list[bool]) -> list[int | None]:
    """In "Fatehpur, Punjab region" the rounds settle each name on the other's choice of the round
    before and may end with the town in India and the region in Pakistan ("San Miguel, Santander"
    with the town in El Salvador, "Kuta, Niger" with the country Niger and the town in Bali): where
    a town is qualified by a region or country it does not lie in, the pair of candidates that agree
    (a region or country and a town in it) with the best joint score is taken. So too where the name
    qualified by a first-level region was taken for another first-level region ("Santa Rosa, Bolivar
    Department" ended with Guatemala's department Santa Rosa): a region of one country is never
    qualified by a region of another, and a first-level region names no first-level region in it."""
    out = list(choice)
    for k, q in appos.items():
        i, r = out[k], out[q]
        if i is None or r is None or gaz.feature[r] not in (ADMIN1, COUNTRY):
            continue
        if gaz.feature[i] in (CITY, ADMIN2):
            if _contains(gaz, r, i):
                continue
        elif not (gaz.feature[i] == ADMIN1 and gaz.feature[r] == ADMIN1):
            continue
        pairs = [(scores[k].get(a, float("-inf")) + scores[q].get(b, float("-inf")), a, b)
                 for b in cands[q] if gaz.feature[b] in (ADMIN1, COUNTRY)
                 for a in cands[k] if gaz.feature[a] in (CITY, ADMIN2) and _contains(gaz, b, a)]
        if pairs:
            _, out[k], out[q] = max(pairs)
    return out


def _units_agree(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None], appos: dict[int, int],
                 scores: dict[int, dict[int, float]], admin_word: list[bool]) -> list[int | None]:
    """"Plaisance town, Limbe district": the unit a word announces was taken for a bigger town of
    its name abroad (Limbe, Cameroon) and the town for a namesake in a third country; a town and
    the unit that qualifies it lie in one country, the town within the unit's reach. Where they
    were placed in two countries, the pair of candidates that lie so with the best joint score is
    taken (Plaisance and Limbe, Haiti); a town and unit of one country are left as they are."""
    out = list(choice)
    for k, q in appos.items():
        i, r = out[k], out[q]
        if i is None or r is None or not admin_word[q] or gaz.feature[i] not in (CITY, ADMIN2) \
                or gaz.feature[r] not in (CITY, ADMIN2, AREA) or gaz.country[i] == gaz.country[r]:
            continue
        pairs = [(scores[k].get(a, float("-inf")) + scores[q].get(b, float("-inf")), a, b)
                 for b in cands[q] if gaz.feature[b] in (CITY, ADMIN2, AREA)
                 for a in cands[k] if gaz.feature[a] in (CITY, ADMIN2) and gaz.country[a] == gaz.country[b]
                 and haversine_km(gaz.lat[a], gaz.lon[a], gaz.lat[b], gaz.lon[b])
                 <= max(ADMIN2_REACH_KM, UNIT_SLACK * gaz.radius[b])]
        if pairs:
            _, out[k], out[q] = max(pairs)
    return out


def _beyond_its_unit(gaz: Gazetteer, i: int, unit: int | None) -> bool:
    """Whether a town found only by a near spelling lies beyond the radius of the territory or chiefdom the
    text puts the name in: a unit's slack is for towns the tables spell as the text does, not for a guess."""
    return unit is not None and gaz.feature[unit] in (ADMIN2, AREA) and bool(gaz.radius[unit]) and \
        haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[unit], gaz.lon[unit]) > gaz.radius[unit]


def _beyond_the_unit(gaz: Gazetteer, unit: int, i: int, ids) -> bool:
    """"Kirumba, territoire de Lubero": a district's reach has slack for a town a bit beyond its rough
    radius, but where a namesake lies within the radius, that one is the town the district holds, and a
    bigger one farther off (a Kirumba 97 km from the territory's middle, beside one 40 km off) is not."""
    if gaz.feature[unit] not in (ADMIN2, AREA) or not gaz.radius[unit]:
        return False

    def off(j: int) -> float:
        return haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[unit], gaz.lon[unit])
    return off(i) > gaz.radius[unit] and any(
        j != i and gaz.feature[j] == CITY and gaz.country[j] == gaz.country[unit] and off(j) <= gaz.radius[unit]
        for j in ids)


def _nearest_in_region(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]], choice: list[int | None],
                       appos: dict[int, int]) -> tuple[list[int | None], set[int]]:
    """Where the region that qualifies a name holds several of its namesakes ("Kalo, Kharkiv" with two
    towns Kalo in the oblast) and another town the text names lies within ``NEAR_TIE_KM`` of one of them,
    that one, though a bigger namesake of the region outranked it: nearness fades over a region's reach
    (``NEAR_KM``) and weighs less than a population's order of magnitude, while a town named in the
    same note a few km off says which one it is. Returns the choices and the mentions so decided."""
    out, decided = list(choice), set()
    for k, q in appos.items():
        i = choice[k]
        regions = _bound_regions(gaz, cands, choice, appos, k)
        region = next((r for r in regions if gaz.feature[r] in (ADMIN1, ADMIN2) and i is not None and _contains(gaz, r, i)), None)
        if region is None or gaz.feature[i] != CITY:
            continue
        name = mentions[k].target or mentions[k].text
        inside = [j for j in cands[k] if gaz.feature[j] == CITY and gaz.exact(j, name) == gaz.exact(i, name)
                  and _contains(gaz, region, j)]
        others = [o for n, o in enumerate(choice) if n not in (k, q) and o is not None and o not in inside
                  and o != choice[q] and gaz.feature[o] in (CITY, ADMIN2) and gaz.country[o] == gaz.country[i]]
        if len(inside) < 2 or not others:
            continue

        def near(j: int) -> float:
            return min(haversine_km(gaz.lat[j], gaz.lon[j], gaz.lat[o], gaz.lon[o]) for o in others)

        best = min(inside, key=near)
        if near(best) <= NEAR_TIE_KM and near(i) > near(best) + TIE_APART_KM:
            out[k] = best
            decided.add(k)
    return out, decided


def _unit_in_region_named(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]], choice: list[int | None],
                          appos: dict[int, int], scores: dict[int, dict[int, float]],
                          announced: list[bool]) -> list[int | None]:
    """"Rebels attacked a camp in the state of Chhattisgarh ... in Bijapur district": a unit its word
    announces, with no qualifier of its own, lies in the first-level region the text named before it
    where one of its namesakes does, though a bigger district of the name lies in another state; the
    town of the name there stands for its district."""
    out = list(choice)
    for k, i in enumerate(choice):
        if i is None or not announced[k] or k in appos or gaz.feature[i] not in (CITY, ADMIN2):
            continue
        regions = {r for n, r in enumerate(choice[:k]) if r is not None and gaz.feature[r] == ADMIN1
                   and gaz.country[r] == gaz.country[i] and mentions[n].end <= mentions[k].start}
        if not regions or any(_named_in(gaz, r, i) for r in regions):
            continue
        inside = [a for a in cands[k] if gaz.feature[a] in (CITY, ADMIN2) and any(_named_in(gaz, r, a) for r in regions)]
        if inside:
            out[k] = max(inside, key=lambda a: scores[k].get(a, float("-inf")))
    return out


def qualifying(text: str, mentions: list[Mention], places: list[Place | None],
               admin_words: frozenset[str] = frozenset(), within_links: frozenset[str] = frozenset(),
               town_words: frozenset[str] = frozenset(), settlement_words: frozenset[str] = frozenset(),
               verbs: tuple[int, ...] = (),
               stations: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset()),
               sites: frozenset[str] = frozenset()) -> set[int]:
    """Mentions that only qualify the resolved place before them ("Wetlet township (Shwebo
    district, Sagaing region)", "Djibo, Soum"): an event there is at the place they qualify."""
    appos = _appositions(text, mentions, admin_words, within_links, town_words, settlement_words, verbs, stations,
                         sites)
    bracketed = _bracketed(text, mentions, appos, admin_words, within_links, stations)
    out = set()
    for a, q in appos.items():
        p, r = places[a], places[q]
        if p is None or r is None or p.country != r.country:
            continue
        if a in bracketed or r.feature in ("country", "admin1") or r.feature != "city" and \
                haversine_km(p.lat, p.lon, r.lat, r.lon) <= max(ADMIN2_REACH_KM, r.uncertainty_km or 0):
            out.add(q)
    return out


def _unit(gaz: Gazetteer, k: int, appos: dict[int, int], choice: list[int | None]) -> int | None:
    """The administrative unit a bracketed chain puts mention ``k`` in: its first qualifier that is
    not a town ("Salamanca (Djibo, Soum)" -> Soum; "Talavera (Toledo)" names a town or its province
    and says nothing sure)."""
    q = appos.get(k)
    seen = set()
    while q is not None and q not in seen and choice[q] is not None and gaz.feature[choice[q]] == CITY:
        seen.add(q)
        q = appos.get(q)
    return choice[q] if q is not None else None


def _twin_countries(gaz: Gazetteer, mentions: list[Mention], cands: list[list[int]], choice: list[int | None],
                    countries: frozenset[str], bare: dict[str, str]) -> list[int | None]:
    """A name two countries share ("Congo") is the one the text does not name otherwise ("la RDC et le
    Congo"), else the one its other places or its actors lie in (Goma, Brazzaville; the ADF), else the one
    the language's news means by it alone (``bare``: English "Congo" is the Democratic Republic)."""
    out = list(choice)
    for k, i in enumerate(choice):
        twins = {gaz.country[j]: j for j in cands[k] if gaz.feature[j] == COUNTRY}
        if i is None or gaz.feature[i] != COUNTRY or len(twins) < 2:
            continue
        key = name_key(mentions[k].target or mentions[k].text)
        others = [n for n, j in enumerate(choice) if j is not None and name_key(mentions[n].target or mentions[n].text) != key]
        named = {gaz.country[choice[n]] for n in others if gaz.feature[choice[n]] == COUNTRY and len(
            {gaz.country[j] for j in cands[n] if gaz.feature[j] == COUNTRY}) == 1}
        placed = {gaz.country[choice[n]] for n in others if gaz.feature[choice[n]] != COUNTRY} | set(countries)
        unnamed = set(twins) - named
        held = set(twins) & placed
        if len(unnamed) == 1 and len(twins) - len(unnamed) == 1:
            out[k] = twins[unnamed.pop()]
        elif len(held) == 1:
            out[k] = twins[held.pop()]
        elif not held and bare.get(fold(mentions[k].text)) in twins:
            out[k] = twins[bare[fold(mentions[k].text)]]
    return out


def _country_sources(gaz: Gazetteer, cands: list[list[int]], choice: list[int | None],
                     countries: bool = True) -> dict[int, str]:
    """Mention index -> the country it names beyond doubt: a country (unless ``countries`` is
    False), or a name all of whose candidates lie in one country ("Nord-Kivu", "Helmand")."""
    out = {}
    for k, i in enumerate(choice):
        if i is None or not countries and gaz.feature[i] == COUNTRY:
            continue
        if gaz.feature[i] == COUNTRY or len({gaz.country[j] for j in cands[k]}) == 1:
            out[k] = gaz.country[i]
    return out


class _Nearest:
    """The distance from a candidate to the nearest place chosen for another mention, each distinct
    point measured once: an article names the same few places over and over."""

    def __init__(self, gaz: Gazetteer, points: list[tuple[int, float, float]]):
        self.gaz = gaz
        self.mentions: dict[tuple[float, float], list[int]] = defaultdict(list)
        for k, la, lo in points:
            self.mentions[la, lo].append(k)
        self.own = {k: (la, lo) for k, la, lo in points}
        self.two: dict[int, list[tuple[float, tuple[float, float]]]] = {}

    def __call__(self, i: int, k: int, same: set[int] = frozenset()) -> float | None:
        """The distance from entry ``i`` to the nearest point of a mention other than ``k`` and the other
        mentions of its name (``same``)."""
        if i not in self.two:
            gaz = self.gaz
            self.two[i] = sorted(((haversine_km(gaz.lat[i], gaz.lon[i], la, lo), (la, lo))
                                  for la, lo in self.mentions), key=lambda d: d[0])
        own = self.own.get(k)
        alone = own is not None and len(self.mentions[own]) == 1
        return next((d for d, point in self.two[i] if not (alone and point == own)
                     and not set(self.mentions[point]) <= (same | {k})), None)


class _Implied:
    """The countries the text names or implies, not counting one mention; none without the actors'
    countries, since a country or province named in passing ("a native of Mexico") says little of
    where a local story's towns are, while the actors of a conflict report do."""

    def __init__(self, countries: frozenset[str], sources: dict[int, str], bound: bool = False):
        self.countries = countries
        self.bound = bound
        self.sources = sources
        self.named = Counter(cc for cc in sources.values() if cc)
        self.all = set(countries) | set(self.named)

    def besides(self, k: int, qualified: tuple[int, ...] = ()) -> set[str]:
        """Not counting mention ``k``, nor the ``qualified`` mentions ``k`` qualifies whose names hold
        another country: "Madhuban municipality (Bardiya district)" puts Madhuban in Bardiya's country,
        and an Indian Madhuban is no evidence against the Nepali district the text says holds it."""
        if not self.countries and not self.bound:
            return set()
        own = self.sources.get(k)
        named, every = self.named, self.all
        other = [self.sources[a] for a in qualified if self.sources.get(a) not in (None, own)]
        if other:
            named = named - Counter(other)
            every = set(self.countries) | set(named)
        if own and named[own] == 1 and own not in self.countries:
            return every - {own}
        return every


def _placed_in(gaz: Gazetteer, mentions: list[Mention], choice: list[int | None], sources: dict[int, str]) -> set[str]:
    """The countries a text's own places put it in beyond doubt: a first-level region of one country,
    or two names of one country (a single town name may be any namesake: "Rana" of Rana Plaza)."""
    names: dict[str, set[str]] = defaultdict(set)
    out = set()
    for n, cc in sources.items():
        names[cc].add(name_key(mentions[n].target or mentions[n].text))
        if gaz.feature[choice[n]] in (ADMIN1, AREA):
            out.add(cc)
    return out | {cc for cc, keys in names.items() if len(keys) > 1}


def _foreign(gaz: Gazetteer, i: int, implied: set[str], unit_named: bool = False) -> bool:
    """A town outside every country the text names or implies: unless big enough to be news by
    its name alone, a namesake of a place the gazetteer lacks (Jora, India, for a neighbourhood of Deir ez-Zor).
    A name the text calls a unit ("Meka kebele", "X district") is local whatever the size of a
    foreign town of that name (Makkah)."""
    return bool(implied) and gaz.country[i] not in implied and gaz.feature[i] in (CITY, ADMIN2) \
        and (unit_named or gaz.population[i] < STRAY_POPULATION)


def _across(gaz: Gazetteer, countries: frozenset[str], m: Mention, ids, bare: bool = False) -> set[str]:
    """The countries the actors' forces are often reported acting in ("Russian forces shelled X": X
    in Ukraine), for a name named bare, as what they struck or after a preposition with no region after
    it ("shot dead a farmer in Jenin"), whose entries in those countries all lie in one of them: a town
    there is where they acted, not a namesake of a place of their own country the gazetteer lacks, nor
    one further abroad ("Israeli forces raided Jenin": not a village of Poland)."""
    if not (m.struck or bare and m.announced):
        return set()
    across = {cc for forces in countries for cc in ACTS_ACROSS.get(forces, ())}
    there = {gaz.country[i] for i in ids} & across
    return there if len(there) == 1 else set()


class _Chosen:
    """How many chosen places each country holds, counted once for every mention."""

    def __init__(self, gaz: Gazetteer, choice: list[int | None]):
        self.count = sum(i is not None for i in choice)
        self.countries = Counter(gaz.country[i] for i in choice if i is not None)

    def top_besides(self, cc: str) -> int:
        """The most places any country other than ``cc`` holds."""
        return max((n for c, n in self.countries.items() if c != cc), default=0)


def _stray(gaz: Gazetteer, k: int, choice: list[int | None], chosen: _Chosen) -> bool:
    """A small town alone in its country, far from every other place of an article whose places
    mostly agree on another country: a local name the gazetteer lacks (a neighbourhood of Deir
    ez-Zor) matching a far namesake (Jora, India), not a report from there. Left unresolved, the
    event keeps the article's own places."""
    i = choice[k]
    if gaz.feature[i] != CITY or gaz.population[i] >= STRAY_POPULATION:
        return False
    rest = chosen.count - 1
    if chosen.countries[gaz.country[i]] > 1 or rest < STRAY_MIN_OTHERS:
        return False
    if chosen.top_besides(gaz.country[i]) < STRAY_SHARE * rest:
        return False
    return all(haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) > STRAY_KM
               for kk, j in enumerate(choice) if kk != k and j is not None)


def _within(gaz: Gazetteer, m: Mention, q: int, why: str = "not in the gazetteer; placed in {}, which qualifies it") -> Place | None:
    """A name no gazetteer knows, qualified by a known one ("Kivuye, groupement de Bashali"):
    placed at the qualifier with its spread as uncertainty (ACLED geo-precision 2)."""
    f = gaz.feature[q]
    if f == COUNTRY or f == ADMIN1 and gaz.radius[q] > WITHIN_MAX_RADIUS_KM:
        return None
    radius = max(float(gaz.radius[q]), WITHIN_MIN_RADIUS_KM)
    return Place(name=m.text, lat=round(float(gaz.lat[q]), 5), lon=round(float(gaz.lon[q]), 5),
                 country=gaz.country[q] or None, admin1=gaz.admin1[q] or None, feature="area",
                 geo_precision=GeoPrecision.NEAR, uncertainty_km=radius, score=WITHIN_SCORE,
                 reason=f"{m.source} mention; " + why.format(gaz.names[q]))


def _contains(gaz: Gazetteer, region: int, i: int) -> bool:
    """Whether entry ``region`` is the country or admin area that entry ``i`` lies in."""
    f = gaz.feature[region]
    if f == COUNTRY:
        return gaz.country[i] == gaz.country[region]
    if f in (ADMIN1, ADMIN2):
        if gaz.country[i] != gaz.country[region] and not _administered_in(gaz, region, i):
            return False
        if f == ADMIN1 and _unparented(gaz, region):
            return _within_reach(gaz, region, i)
        if name_key(gaz.admin1[i]) == name_key(gaz.names[region]) or \
                f == ADMIN1 and gaz.admin1[i] and (region in gaz.ids(gaz.admin1[i]) or _one_region(gaz, region, i)):
            return True  # the second: sources spell one region two ways ("Sagaing", "Sagain")
        if f == ADMIN1 and gaz.feature[i] == ADMIN2:  # a unit's parent comes from another source, which
            return haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < \
                UNIT_SLACK * gaz.town_reach(region)  # may disagree
        return f == ADMIN2 and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < \
            max(ADMIN2_REACH_KM, UNIT_SLACK * gaz.radius[region])
    if f == AREA:  # a chiefdom or sector of sitrep's tables: a centre and a reach, no boundary
        return gaz.country[i] == gaz.country[region] and \
            haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < \
            max(ADMIN2_REACH_KM, UNIT_SLACK * gaz.radius[region])
    return False


def _one_region(gaz: Gazetteer, region: int, i: int) -> bool:
    """Whether the region entry ``region`` and the parent entry ``i`` names are one region under two
    languages' names: a table row files its town under "Sud-Kivu" while the chain's "South Kivu" keys the
    geonames entry, and a name of the region's own keys the row's region entry."""
    own = gaz.ids(gaz.names[region])
    return any(r in own for r in gaz.ids(gaz.admin1[i])
               if r != region and gaz.feature[r] == ADMIN1 and gaz.country[r] == gaz.country[region])


def _administered_in(gaz: Gazetteer, region: int, i: int) -> bool:
    """Whether entry ``i`` lies in a territory whose places the state of region ``region`` counts in its own
    regions ("Mahbes (Assa Zag, Guelmim-Oued Noun)": a Western Saharan town in a Moroccan region), a region
    whose reach then says whether it holds the place."""
    return gaz.feature[region] == ADMIN1 and ADMINISTERED_BY.get(gaz.country[i]) == gaz.country[region] and \
        _unparented(gaz, region)


def _parent_named(gaz: Gazetteer, q: int, i: int) -> bool:
    """Whether district ``i``, within the reach of the first-level region ``q`` that qualifies its name,
    names another region as its parent ("Nasirabad, Sindh": the town of Sindh, not Balochistan's district
    of the name beside its border, whose people outweigh the town's)."""
    return gaz.feature[q] == ADMIN1 and _parent_elsewhere(gaz, q, i)


def _parent_elsewhere(gaz: Gazetteer, region: int, i: int) -> bool:
    """Whether district ``i`` names as its parent another first-level region of ``region``'s country (the
    municipality Jilotzingo of the State of Mexico is no district of Michoacan, though within its reach):
    a parent spelled as no region is known is left to the reach."""
    if gaz.feature[i] != ADMIN2 or not gaz.admin1[i] or _unparented(gaz, region):
        return False  # a province newer than the sources: every district names an older parent
    parents = [r for r in gaz.ids(gaz.admin1[i]) if gaz.feature[r] == ADMIN1 and gaz.country[r] == gaz.country[region]]
    return bool(parents) and region not in parents and \
        all(name_key(gaz.names[r]) != name_key(gaz.names[region]) for r in parents)


def _unvouched(gaz: Gazetteer, ids, m: Mention) -> set[int]:
    """The candidates of ``ids`` that carry the name only as a foreign alternate name while sitrep's own
    tables give the name to a place in another country: the own spelling should win. Found for all the
    candidates at once, since the countries sitrep vouches for are the same for each."""
    name = m.target or m.text
    vouched = {gaz.country[j] for j in ids if gaz.vouched(j, name)}
    if not vouched:
        return set()
    return {i for i in ids if gaz.country[i] not in vouched and not gaz.exact(i, name)}


def _capital_city(gaz: Gazetteer, region: int, ids, name: str = "") -> bool:
    """A region sharing its name with a sizeable town of it: a bare name means the town
    ("Deir ez-Zor", "New York", a territory of eastern Congo and its chief town), unless an admin
    word says otherwise (handled by the caller)."""
    for i in ids:
        if gaz.feature[i] == CITY and gaz.country[i] == gaz.country[region] \
                and (gaz.population[i] >= CAPITAL_MIN_POP or i in gaz.local.get(name_key(name), ())) \
                and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < \
                max(CAPITAL_REACH_KM, gaz.radius[region]):
            return True
    return False


def _capital_named(gaz: Gazetteer, region: int, ids, name: str) -> bool:
    """A region bearing the very name of its country's capital (Washington state, 3,600 km from
    Washington): a bare name means the capital, where governments meet ("talks in Washington")."""
    return any(i in gaz.capitals and gaz.country[i] == gaz.country[region] and gaz.exact(i, name) for i in ids)


def _outnumbered_abroad(gaz: Gazetteer, region: int, ids, name: str) -> bool:
    """A region bearing the very name of a big town abroad that outnumbers it (Jamaica's Manchester
    parish, 60,000 people, against Manchester's 550,000): a bare name means the town. A region
    bigger than the town keeps its name (Victoria, Santa Fe)."""
    return any(gaz.feature[j] == CITY and gaz.country[j] != gaz.country[region] and gaz.exact(j, name)
               and gaz.population[j] >= STRAY_POPULATION and gaz.population[j] > gaz.population[region]
               for j in ids)


TIE_APART_KM = 25.0  # namesakes this far apart are two places, not one place listed twice
TIE_EPSILON = 0.01  # score differences below this are no evidence
NEAR_TIE_KM = 30.0  # another town of the text this close to one namesake of the qualifying region says it is that one


def _tie(gaz: Gazetteer, m: Mention, ids, i: int, unit: int | None, scores: dict[int, float],
         near: bool = False) -> str | None:
    """Where several namesakes of the name lie inside the region or district that qualifies it
    ("Kalo, Donetsk" with two villages Kalo in Donetsk oblast), the reason chain says it was a tie, how
    many, and what decided: the text's other places (nearness, a region named) or, with nothing else,
    the prior (feature level and population). None where the qualifier holds one namesake only."""
    if unit is None or gaz.feature[unit] not in (ADMIN1, ADMIN2, AREA):
        return None
    name = m.target or m.text
    inside = [j for j in ids if gaz.feature[j] in (CITY, ADMIN2) and gaz.exact(j, name) and _contains(gaz, unit, j)]
    apart = [j for j in inside if j == i or haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) > TIE_APART_KM]
    if i not in apart or len(apart) < 2:
        return None
    others = [j for j in apart if j != i]
    prior_gap = gaz.prior(i, name) - max(gaz.prior(j, name) for j in others)
    score_gap = scores.get(i, 0.0) - max(scores.get(j, float("-inf")) for j in others)
    evidence = "the text's other places" if near or score_gap - prior_gap > TIE_EPSILON else \
        "its feature and population" if prior_gap > TIE_EPSILON else "nothing: the first of equals"
    return f"a tie: {len(apart)} namesakes lie in {gaz.names[unit]}; chose by {evidence}"


def _reason(gaz: Gazetteer, m: Mention, i: int, n: int, appos: bool, variant: bool = False) -> str:
    parts = [f"{m.source} mention", f"{n} candidate{'s' if n != 1 else ''}"]
    if variant:
        parts.append("a unit of the text's country, no town being so named" if i in gaz.unit_ids(m.target or m.text)
                     else "a transliteration of a town of the text's country")
    if m.target:
        parts.append(f"demonym of {m.target}")
    if appos:
        parts.append("qualified by the next name")
    parts.append(f"chose {gaz.names[i]} ({gaz.country[i] or '-'}, {('city', 'admin2', 'admin1', 'country', 'area')[gaz.feature[i]]}, pop {gaz.population[i]})")
    if gaz.from_mimu(i):
        tract, township, district, state = gaz.mimu_units(i)
        parts.append(f"a village or ward of MIMU's place codes (mm-geo-coder {gaz.mimu['version']}): "
                     f"{tract}, {township} township, {district} district, {state}")
    return "; ".join(parts)

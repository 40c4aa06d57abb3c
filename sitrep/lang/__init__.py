"""Languages: each one a folder of data, loaded into one ``LanguagePack`` and passed to every stage.

A folder holding a ``pack.json`` manifest is a language, named by the folder (``sitrep/lang/fr``).
sitrep's own folders sit beside this module; more can be added without touching the package, by
listing folders in ``$SITREP_LANG_PATH`` (``os.pathsep``-separated) or calling ``register``: a folder
given there is a language folder itself or holds language folders. Of two folders of one code, the
first found wins, sitrep's own first. What each file holds is told in ``sitrep/lang/README.md``.

Stages receive the pack, never a code: ``pack("fr")`` resolves a code once (a pack passes through),
and a pack reads each of its files on first use and keeps what it built, so a process pays only for
the languages and resources it uses.
"""
from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.text import fold

HERE = Path(__file__).parent
MANIFEST = "pack.json"
PATH_VARIABLE = "SITREP_LANG_PATH"
_registered: list[Path] = []


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """Everything sitrep knows of one language; its resources load on first use and are kept.

    The manifest's fields are plain attributes; the rest (``RESOURCES``) are read from the folder's
    files when first asked for."""

    code: str
    name: str
    folder: Path
    model: str  # the spaCy model package that parses the language
    demonym_before_noun: bool  # "Syrian troops" (English), not only "troupes syriennes"; "riot police" likewise
    model_takes_towns_for_people: bool  # the model tags unknown town names as persons ("Tawila")
    conjunctions: frozenset[str]  # "et", "and": they join demonyms ("forces syriennes et russes")
    joining_tags: tuple[str, ...] = ()  # the tagger's tags of words no sentence ends on (determiners, prepositions)
    name_tags: tuple[str, ...] = ()  # its tags of proper nouns: no sentence ends between two of them

    def __reduce__(self):
        """Pickled as its folder (to worker processes): the receiving process loads its own pack."""
        return _load, (self.folder,)

    def _json(self, name: str):
        return json.loads((self.folder / name).read_text(encoding="utf-8"))

    def _lines(self, name: str) -> list[str]:
        """A word list's lines, blank and ``#`` comment lines left out."""
        lines = (self.folder / name).read_text(encoding="utf-8").splitlines()
        return [line for line in lines if line.strip() and not line.startswith("#")]

    # nlp
    @functools.cached_property
    def nlp(self):
        """The spaCy pipeline, one per process, shared by every stage."""
        from sitrep.nlp.models import build_pipeline

        return build_pipeline(self)

    @functools.cached_property
    def stopwords(self) -> frozenset[str]:
        """Function words, which tell the language of an unlabelled text."""
        text = (self.folder / "stopwords.txt").read_text(encoding="utf-8")
        return frozenset(w.strip().lower() for w in text.split() if w.strip())

    # extract
    @functools.cached_property
    def triggers(self):
        """Event trigger phrases (``triggers.tsv``) as ``TriggerEntry`` records."""
        from sitrep.extract.lexicon import read_triggers

        return read_triggers(self.folder / "triggers.tsv")

    @functools.cached_property
    def trigger_index(self):
        from sitrep.extract.lexicon import index_triggers

        return index_triggers(self.triggers)

    @functools.cached_property
    def filters(self) -> dict:
        """Word lists that keep a trigger from making an event (``filters.json``)."""
        return self._json("filters.json")

    @functools.cached_property
    def _folded_filters(self) -> dict[str | tuple[str, str], frozenset[str]]:
        return {}

    def folded_filter(self, name: str) -> frozenset[str]:
        """The folded words of the ``filters.json`` list ``name`` (none where the language lacks it),
        folded once per pack: the trigger filters test them for every trigger."""
        words = self._folded_filters.get(name)
        if words is None:
            words = self._folded_filters[name] = frozenset(fold(w) for w in self.filters.get(name, ()))
        return words

    @functools.cached_property
    def report_labels(self) -> dict[str, str]:
        """Folded label -> event kind: a report opening with one ("Property destruction: On ...")
        tells of one event of that kind (``report_labels.tsv``; a language may have none)."""
        if not (self.folder / "report_labels.tsv").is_file():
            return {}
        from sitrep.normalise.taxonomy import kinds

        known, labels = kinds(), {}
        for line in self._lines("report_labels.tsv"):
            label, kind = line.split("\t")[:2]
            if kind not in known:
                raise ValueError(f"{self.folder / 'report_labels.tsv'}: unknown kind {kind!r}")
            labels[fold(label)] = kind
        return labels

    @functools.cached_property
    def non_event_heads(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.filters["non_event_heads"])

    @functools.cached_property
    def accidental_causes(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.filters.get("accidental_causes", ()))

    @functools.cached_property
    def figurative_qualifiers(self) -> frozenset[str]:
        """Qualifiers that put an event noun in politics, trade or words ("bataille politique")."""
        return frozenset(fold(w) for w in self.filters.get("figurative_qualifiers", ()))

    @functools.cached_property
    def abstract_objects(self) -> frozenset[str]:
        """Objects that make a trigger verb mean something else ("exécuter le budget")."""
        return frozenset(fold(w) for w in self.filters.get("abstract_objects", ()))

    @functools.cached_property
    def aside_cue(self) -> re.Pattern | None:
        from sitrep.extract.asides import compile_cues

        return compile_cues(self.filters.get("aside_cues", ()))

    @functools.cached_property
    def protest_force_cue(self) -> re.Pattern:
        """Words telling that force was used on a crowd ("opened fire", "gaz lacrymogènes")."""
        cues = self.filters.get("protest_force_cues", ())
        return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(fold(c)) for c in cues) or '(?!)'})")

    @functools.cached_property
    def roles(self) -> dict:
        """Cue words of actors' roles, determiners, sequence cues, armed targets (``roles.json``)."""
        return self._json("roles.json")

    @functools.cached_property
    def demonstration_tactics(self) -> frozenset[str]:
        """A demonstration's own means (barricades, burning tyres), folded (``roles.json``)."""
        return frozenset(fold(w) for w in self.roles.get("demonstration_tactics", ()))

    def folded_role(self, name: str) -> frozenset[str]:
        """The folded words of the ``roles.json`` list ``name`` ("discovery_verbs", "allegiance_links"), folded
        once per pack as ``folded_filter``'s are."""
        key = ("roles", name)
        words = self._folded_filters.get(key)
        if words is None:
            words = self._folded_filters[key] = frozenset(fold(w) for w in self.roles.get(name, ()))
        return words

    @functools.cached_property
    def ethnonyms(self) -> dict[str, str]:
        """The language's words for a people, folded, and the English name ACLED gives the people
        ("peuls": "Fulani"; ``ethnonyms`` in ``roles.json``)."""
        return {fold(word): name for name, words in self.roles.get("ethnonyms", {}).items() for word in words}

    @functools.cached_property
    def crowd_control_means(self) -> frozenset[str]:
        """Means forces use on any crowd (tear gas), as folded phrases (``roles.json``)."""
        return frozenset(" ".join(fold(w) for w in p.split()) for p in self.roles.get("crowd_control_means", ()))

    @functools.cached_property
    def status_cues(self) -> dict:
        from sitrep.extract.status import compile_cues

        return compile_cues(self._json("status.json"))

    @functools.cached_property
    def time(self) -> dict:
        """Weekdays, months, relative days and the templates of date expressions (``time.json``)."""
        return self._json("time.json")

    @functools.cached_property
    def time_patterns(self) -> list[tuple[str, re.Pattern]]:
        from sitrep.extract.time import compile_patterns

        return compile_patterns(self.time)

    @functools.cached_property
    def quantities(self) -> dict:
        """Number words, words of killing and wounding, attribution cues (``quantities.json``)."""
        return self._json("quantities.json")

    # normalise
    @functools.cached_property
    def generic_actors(self):
        """Generic actor words: unlimited rows, and the rows limited to some countries."""
        from sitrep.normalise.actors import read_generic_actors

        return read_generic_actors(self.folder / "generic_actors.tsv")

    @functools.cached_property
    def actor_families(self):
        """Actors named after a proper name ("{name} militia"): the family rows of generic_actors.tsv."""
        from sitrep.normalise.actors import read_actor_families

        return read_actor_families(self.folder / "generic_actors.tsv", self.conjunctions)

    @functools.cached_property
    def actor_family_cue(self):
        """One pattern of every family's fixed words, or None when a family has none: a text it finds
        nothing in holds no family's actor, and most sentences are such."""
        from sitrep.normalise.actors import family_cue

        return family_cue(self.actor_families)

    @functools.cached_property
    def actor_entries(self):
        """Named actors' aliases in this language and its generic words, longest first."""
        from sitrep.normalise.actors import actor_entries

        return actor_entries(self)

    @functools.cached_property
    def actor_patterns(self):
        from sitrep.normalise.actors import compile_actor_patterns

        return compile_actor_patterns(self.actor_entries)

    @functools.cached_property
    def demonyms(self) -> dict[str, str]:
        """Folded demonym -> ISO2 (``countries.tsv``: "malienne" -> ML)."""
        from sitrep.normalise.countries import read_demonyms

        return read_demonyms(self.folder / "countries.tsv")

    # geo
    @functools.cached_property
    def nonplaces(self) -> frozenset[str]:
        """Name keys of names the model takes for places that are none ("Daech", "Croix-Rouge")."""
        from sitrep.geo.normalise import name_key

        return frozenset(name_key(line) for line in self._lines("nonplaces.txt"))

    @functools.cached_property
    def nonplace_openers(self) -> frozenset[str]:
        """What the first word of a name of several words of ``nonplaces`` may begin with (see
        ``key_openers``): the geoparser tries such names only from these words."""
        from sitrep.geo.normalise import key_openers

        return key_openers(k for k in self.nonplaces if " " in k)

    @functools.cached_property
    def _context(self) -> dict:
        return self._json("context.json")

    @functools.cached_property
    def place_cues(self) -> tuple[str, ...]:
        """Words that announce a place name ("in", "près de", "province du")."""
        return tuple(self._context["before"])

    @functools.cached_property
    def admin_words(self) -> frozenset[str]:
        """Words naming an administrative level ("province", "county")."""
        return frozenset(self._context["admin_words"])

    @functools.cached_property
    def unit_words(self) -> frozenset[str]:
        """Admin words that name a district-level or lower unit ("township", "LGA", "territoire"),
        not a first-level region: a name they qualify may be one of the gazetteer's units."""
        return frozenset(self._context.get("unit_words", ()))

    @functools.cached_property
    def unit_phrases(self) -> dict[tuple[str, ...], str]:
        """Units named in several words ("local government area"), as lower-case word tuples, with the
        one unit word they stand for ("lga"): a name before them is a unit's name, as before that word."""
        return {tuple(p.split()): w for p, w in self._context.get("unit_phrases", {}).items()}

    @functools.cached_property
    def unit_countries(self) -> dict[str, frozenset[str]]:
        """Unit words only one or a few countries use for their districts ("LGA", "woreda", "cercle"),
        with those countries: a name the word qualifies is looked for there first."""
        return {w: frozenset(ccs) for w, ccs in self._context.get("unit_countries", {}).items()}

    @functools.cached_property
    def lower_units(self) -> dict[str, frozenset[str]]:
        """Unit words that name a unit below the first level in some countries only ("département": Niger's,
        Chad's, Cameroon's, though Benin's and Haiti's are regions), with those countries."""
        return {w: frozenset(ccs) for w, ccs in self._context.get("lower_units", {}).items()}

    @functools.cached_property
    def sub_region_words(self) -> frozenset[str]:
        """Unit words no country uses for a first-level region ("township", "LGA", "territoire"): a name they
        call a unit is the town or district of that name, never the region it shares the name with."""
        return frozenset(self._context.get("sub_region_words", ()))

    @functools.cached_property
    def village_titles(self) -> frozenset[str]:
        """Words written before a village's name ("Barangay Kalo, Calinog"): the names after its comma are the
        village's own town and province, never the next place of a list."""
        return frozenset(self._context.get("village_titles", ()))

    @functools.cached_property
    def settlement_words(self) -> frozenset[str]:
        """Words written after a settlement's name ("Kalo Ma village"): the capitalised words before
        them are one name, so a known first word alone is no place."""
        return frozenset(self._context.get("settlement_words", ()))

    @functools.cached_property
    def seat_words(self) -> frozenset[str]:
        """Words that call a town the seat of a unit named after them ("X, chef-lieu de la chefferie
        de Y"): the unit then says where the town lies, and the town is the place."""
        return frozenset(self._context.get("seat_words", ()))

    @functools.cached_property
    def settlement_kinds(self) -> frozenset[str]:
        """Words between a town's name and a settlement word that say what kind of settlement it
        is ("Kakuma Refugee Camp"): such a camp is at the town, not a longer name the gazetteer lacks."""
        return frozenset(self._context.get("settlement_kinds", ()))

    @functools.cached_property
    def town_words(self) -> frozenset[str]:
        """Words that call a name a town ("Amara city", "la ville de Bunia"): the name means a town
        rather than a region or a country that shares it."""
        return frozenset(self._context.get("town_words", ()))

    @functools.cached_property
    def area_words(self) -> frozenset[str]:
        """Words written after a place's name that call the land around it by that name ("in the
        Bentiu area"): the name before one is a place whatever the model tagged it."""
        return frozenset(self._context.get("area_words", ()))

    @functools.cached_property
    def site_words(self) -> frozenset[str]:
        """Lowercase heads of a site named after its town ("the Kodok IDP camp", "Leer market", "the
        Wajid General Hospital", "the Moyale border crossing"): ACLED codes the event at the town, which is
        a place whatever the model tagged the site's name, where the region after the site holds it."""
        return frozenset(self._context.get("site_words", ()))

    @functools.cached_property
    def site_goods(self) -> frozenset[str]:
        """Lowercase words of what a site trades or digs, written between its town and its head ("the Kamituga
        gold mine", "the Ihosy cattle market"): they keep the site's name whole."""
        return frozenset(self._context.get("site_goods", ()))

    @functools.cached_property
    def countryside_words(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Lowercase words written before ("rural Damascus") and after ("the Damascus countryside") a
        city's name that call the land around it: the first-level region that holds it, which some
        countries name apart ("Rural Damascus", Rif Dimashq, around the city-governorate)."""
        words = self._context.get("countryside_words", {})
        return tuple(words.get("before", ())), tuple(words.get("after", ()))

    @functools.cached_property
    def pair_words(self) -> tuple[tuple[str, str], ...]:
        """Lowercase word pairs that frame two places an event lies between ("between X and Y"): each
        town of the pair is a place whatever the model tagged the pair (it takes "X and Y" for a title)."""
        return tuple(tuple(p) for p in self._context.get("pair_words", ()))

    @functools.cached_property
    def road_words(self) -> frozenset[str]:
        """Words of a road named after the towns it joins ("the Bentiu-Leer road", "l'axe Kalemie-Kalima"),
        lowercase: each town of the pair is a place, whatever the model tagged the pair."""
        return frozenset(self._context.get("road_words", ()))

    @functools.cached_property
    def station_words(self) -> tuple[str, ...]:
        """Phrases after a name that call it the seat of a police station whose area holds the event
        ("under Kalo police station limits (District, State)"), lowercase, longest first: the name is a
        town or unit finer than the district the chain names next."""
        return tuple(sorted(self._context.get("station_words", ()), key=len, reverse=True))

    @functools.cached_property
    def station_links(self) -> frozenset[str]:
        """Words between a village and the police station whose area holds it ("V village under X police
        station limits"), lowercase."""
        return frozenset(self._context.get("station_links", ()))

    @functools.cached_property
    def quarter_words(self) -> frozenset[str]:
        """Words that call a name a part of a town ("the Sarandi neighborhood", "le quartier de
        Ndosho"): the quarter lies in the town the text names, not at a namesake town far away."""
        return frozenset(self._context.get("quarter_words", ()))

    @functools.cached_property
    def coding_cues(self) -> tuple[str, ...]:
        """Words by which a note says where it coded its event ("[coded to X]", "Coded as X city"),
        lowercase, as written right before the place's name."""
        return tuple(self._context.get("coding_cues", ()))

    @functools.cached_property
    def locatives(self) -> tuple[str, ...]:
        """Prepositions that say where something is ("in", "near", "dans"), lowercase: narrower than
        ``place_cues``, which also hold "of", "and" and "to", before people as often as places."""
        return tuple(self._context.get("locatives", ()))

    @functools.cached_property
    def within_links(self) -> frozenset[str]:
        """Words that put a place inside the region named next ("Jasim town in Daraa countryside",
        "Hajin village in Deir ez-Zor governorate"), lowercase, as written between the two names."""
        return frozenset(self._context.get("within_links", ()))

    @functools.cached_property
    def venue_words(self) -> frozenset[str]:
        """Nouns of talk whose place is where people met or spoke ("un sommet en France", "une
        conférence de presse tenue à Kinshasa"), not where an event of the sentence happened (folded)."""
        return frozenset(self._context.get("venue_words", ()))

    @functools.cached_property
    def grievance_words(self) -> frozenset[str]:
        """Words that open what a demonstration is against or for ("against", "in solidarity with",
        "pour dénoncer"): a place inside is the grievance's, not where the crowd gathered (folded)."""
        return frozenset(self._context.get("grievance_words", ()))

    @functools.cached_property
    def border_words(self) -> frozenset[str]:
        """Nouns of a border: a country named after them ("près de la frontière avec le Mali") is
        the neighbour, not the country the event is in (folded)."""
        return frozenset(self._context.get("border_words", ()))

    @functools.cached_property
    def neighbour_words(self) -> frozenset[str]:
        """Words that call a country a neighbour ("une zone proche du Mali", "les pays voisins du Soudan"):
        the country named after them borders the place, it is not where the event is (folded)."""
        return frozenset(self._context.get("neighbour_words", ()))

    @functools.cached_property
    def water_words(self) -> frozenset[str]:
        """Nouns of a river and its banks: a name they hold ("sur la rive du Dniepr", "le fleuve Congo") is
        the river's, not a town or a country of that name (folded)."""
        return frozenset(self._context.get("water_words", ()))

    @functools.cached_property
    def bare_country_names(self) -> dict[str, str]:
        """A name two countries share, alone (folded) -> the ISO2 code it means in this language's news when the
        text says nothing else: English wires write "Congo" for the Democratic Republic, French papers for
        the Republic (the "RDC" is the other)."""
        return {fold(k): v for k, v in self._context.get("bare_country_names", {}).items()}

    @functools.cached_property
    def country_links(self) -> frozenset[str]:
        """Prepositions that put a place in the country named right after it ("Lere in Mali",
        "Léré au Mali"), lowercase, as written between the two names."""
        return frozenset(self._context.get("country_links", ()))

    @functools.cached_property
    def compass_words(self) -> frozenset[str]:
        """The compass words and their adjectives ("north", "northern"; "nord"), lowercase."""
        return frozenset(w.lower() for w in (*self.relative["directions"],
                                             *self.relative.get("direction_adjectives", {}).values()))

    @functools.cached_property
    def country_part_gap(self) -> re.Pattern | None:
        """What may stand between a place and the country named after it to put the place in that country,
        beyond a bare preposition: a part of the country and the place's kind ("Kalo, a village in southern
        Lebanon", "Kalo, un village du sud du Liban"), lowercase, ``{compass}`` filled with the language's
        compass words and their adjectives."""
        template = self._context.get("country_part_gap")
        if not template:
            return None
        compass = "|".join(sorted(map(re.escape, self.compass_words), key=len, reverse=True))
        return re.compile(template.replace("{compass}", compass))

    @functools.cached_property
    def office_titles(self) -> frozenset[str]:
        """Titles of a province's or a town's office written right after its name ("Van Governor's
        office", "Hakkari Governorship"), lowercase: the name before one is that place, whatever the
        model tagged it."""
        return frozenset(self._context.get("office_titles", ()))

    @functools.cached_property
    def capital_words(self) -> frozenset[str]:
        """Words for a country's capital ("capital", "capitale"): with a demonym ("the Somali capital", "la
        capitale malienne") they name the capital city, not a region called like the demonym."""
        return frozenset(self._context.get("capital_words", ()))

    @functools.cached_property
    def struck_verbs(self) -> frozenset[str]:
        """Verb forms whose object is a place ("shelled", "raided", "bombardé"), lowercase: a proper
        name right after one that the gazetteer holds as a town is that town, whatever the model tagged it."""
        return frozenset(self._context.get("struck_verbs", ()))

    @functools.cached_property
    def struck_phrases(self) -> frozenset[str]:
        """Two words, a munition and its preposition, written right before the place it fell on ("bombs on X",
        "rockets at X"), lowercase: a proper name after one is a place as after a verb of ``struck_verbs``."""
        return frozenset(self._context.get("struck_phrases", ()))

    @functools.cached_property
    def refuge_words(self) -> tuple[str, ...]:
        """Words written right before the place people fled to ("réfugiés à X", "fled to X"), lowercase:
        a witness's shelter is where the news was told from, not where the act happened."""
        return tuple(self._context.get("refuge_words", ()))

    @functools.cached_property
    def displaced_camps(self) -> tuple[str, ...]:
        """Nouns of a camp of displaced people ending in a refuge word ("un site de déplacés à X"), lowercase:
        the place after one is where the camp stands, the place an attack on it happened."""
        return tuple(self._context.get("displaced_camps", ()))

    @functools.cached_property
    def origin_words(self) -> tuple[str, ...]:
        """Words written right before the place a person comes from ("a teacher from X", "originaire
        de X"), lowercase: beside a place the sentence says the act was in, it is no event's place."""
        return tuple(self._context.get("origin_words", ()))

    @functools.cached_property
    def place_demonyms(self) -> dict[str, str]:
        """Demonym -> the place name it stands for ("Syrian" -> "Syria"), for geoparsing benchmarks
        that count nationality adjectives as places; empty where the language does not use them."""
        if not self._context.get("demonyms") or not (self.folder / "demonym_places.tsv").is_file():
            return {}
        return dict(line.split("\t")[:2] for line in self._lines("demonym_places.tsv"))

    @functools.cached_property
    def relative(self) -> dict:
        """Number words, units, directions and phrases of relative locations (``relative.json``)."""
        return self._json("relative.json")

    @functools.cached_property
    def relative_patterns(self):
        from sitrep.geo.relative import compile_patterns

        return compile_patterns(self.relative)


RESOURCES = tuple(name for name, value in vars(LanguagePack).items()
                  if isinstance(value, functools.cached_property) and name not in ("nlp", "_context"))


def register(folder: str | Path) -> None:
    """Add a language folder, or a folder of language folders, to those searched."""
    folder = Path(folder).resolve()
    if folder not in _registered:
        _registered.append(folder)


def _roots() -> tuple[Path, ...]:
    extra = [Path(p) for p in os.environ.get(PATH_VARIABLE, "").split(os.pathsep) if p]
    return (HERE, *extra, *_registered)


@functools.lru_cache(maxsize=16)
def _folders(roots: tuple[Path, ...]) -> dict[str, Path]:
    """Language code -> folder, over the search roots in order."""
    found: dict[str, Path] = {}
    for root in roots:
        if (root / MANIFEST).is_file():
            candidates = [root]
        elif root.is_dir():
            candidates = sorted(p for p in root.iterdir() if (p / MANIFEST).is_file())
        else:
            candidates = []
        for folder in candidates:
            found.setdefault(folder.name, folder)
    return found


def available() -> list[str]:
    """The codes of every language found, sorted."""
    return sorted(_folders(_roots()))


def pack(lang: str | LanguagePack) -> LanguagePack:
    """The pack of a language code (a pack is returned as it is); E011 for a language not found."""
    if isinstance(lang, LanguagePack):
        return lang
    folder = _folders(_roots()).get(lang)
    if folder is None:
        raise SitrepError("E011", lang=lang, supported=", ".join(available()))
    return _load(folder)


@functools.lru_cache(maxsize=None)
def _load(folder: Path) -> LanguagePack:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if manifest["code"] != folder.name:
        raise ValueError(f"{folder / MANIFEST}: code {manifest['code']!r} is not the folder's name")
    return LanguagePack(code=manifest["code"], name=manifest["name"], folder=folder, model=manifest["model"],
                        demonym_before_noun=bool(manifest.get("demonym_before_noun", False)),
                        model_takes_towns_for_people=bool(manifest.get("model_takes_towns_for_people", False)),
                        conjunctions=frozenset(manifest.get("conjunctions", ())),
                        joining_tags=tuple(manifest.get("joining_tags", ())),
                        name_tags=tuple(manifest.get("name_tags", ())))


def __getattr__(name: str):
    if name == "SUPPORTED_LANGUAGES":  # computed when asked: a language may be registered at run time
        return tuple(available())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["LanguagePack", "RESOURCES", "available", "pack", "register"]

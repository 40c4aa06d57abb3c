"""Places of conflict reports (issue 14): a village the gazetteer lacks, or a word that is no
place, must not send the event to a namesake in a country the report is not about. Sentences
are invented; the places are well known."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article

from tests.geo.places import places as _places


def _event_place(pipeline, text: str):
    events = pipeline.code(Article(article_id="t-1", text=text, published=date(2022, 3, 6), lang="en"))
    assert events, text
    return events[0].place


def test_named_province_binds_a_report_without_actor_countries(geoparser):
    """No actor gives a country, but Idlib does: a small South African namesake of an unknown
    village is no place of the report ("X in Y province" binds the village to Idlib since geo14, as
    "X village in Y province" did: it is placed there). A feature story (not ``bound``) keeps the
    namesake where nothing binds it."""
    text = "On 5 March 2022, an IED exploded near Kenton in Idlib province."
    place = _places(geoparser, text, bound=True)["Kenton"]
    assert place is None or place.country == "SY"
    assert _places(geoparser, "On 5 March 2022, an IED exploded near Kenton. Idlib province was calm.")["Kenton"].country == "ZA"


def test_pipeline_reads_a_report_as_bound(pipeline):
    place = _event_place(pipeline, "On 5 March 2022, an IED exploded near Kenton in Idlib province, killing two men.")
    assert place is not None and place.country == "SY"


def test_arabic_article_the_sources_leave_out(geoparser):
    """"Ar Raqqa": the town list has "Raqqa" without its article; the whole name is the town, not a
    fragment after a bound head."""
    place = _places(geoparser, "On 2 June 2022, an airstrike hit a farm near Ar Raqqa.")["Ar Raqqa"]
    assert place is not None and place.country == "SY"


def test_country_named_in_passing_binds_nothing(pipeline):
    """With no actor's country, a country the report only mentions ("the invasion of Ukraine")
    does not make the town the people gathered in a namesake."""
    place = _event_place(pipeline, "On 3 March 2022, about 200 people gathered in Gouda to condemn the invasion of Ukraine.")
    assert place is not None and place.name == "Gouda" and place.country == "NL"


def test_country_qualifying_a_word_is_no_event_place(pipeline):
    """A country as the first part of a compound adjective or as an actor's nationality says who,
    not where."""
    assert _event_place(pipeline, "On 4 May 2022, Turkey-backed factions shelled positions of a village militia.") is None
    assert _event_place(pipeline, "On 4 May 2022, a U.S military patrol was attacked with an IED.") is None


def test_entity_cut_before_an_arabic_article_is_extended(geoparser):
    """The model tags "Deir" of "Deir ez Zor"; the name runs on through the article."""
    places = _places(geoparser, "A convoy entered a village in Deir ez Zor on Monday.")
    assert "Deir" not in places and places["Deir ez Zor"].country == "SY"


def test_chain_names_are_read_whole(geoparser):
    """"Town (District, County)": a name of the chain the gazetteer lacks ("Mandera East") is not
    read as its first word; the names it knows are places."""
    text = "On 2 May 2022, rioters burned tires in Mandera (Mandera East, Mandera)."
    found = [t for t in geoparser.parse(text, "en") if t.place is not None]
    assert text.index("Mandera East") not in {t.start for t in found}
    assert [t.place.country for t in found] == ["KE", "KE"]


def test_unknown_name_of_a_chain_lends_no_word(geoparser):
    """In "(Pa Laung Zone, Shan-North state)" the first name is unknown: its first word is not
    Pennsylvania's abbreviation; ACLED's "Shan-North" is Shan state."""
    places = _places(geoparser, "On 3 May 2022, in a village of Tangyan township (Pa Laung Zone, Shan-North state), "
                                "soldiers burned ten houses.")
    assert "Pa" not in places
    assert places["Shan-North"].country == "MM" and places["Tangyan"].country == "MM"


def test_township_stays_in_the_state_its_chain_names(geoparser):
    """geoBoundaries files some Shan townships under Mandalay: a township within reach of the state
    its chain names is in it, not dropped for a point at the state's centre."""
    places = _places(geoparser, "On 3 May 2022, in a village of Pindaya township (Danu Zone, Shan-South state), "
                                "soldiers burned ten houses.")
    assert places["Pindaya"].feature == "admin2" and places["Pindaya"].country == "MM"


def test_capitalised_party_name_is_no_town(geoparser):
    """An all-caps word amid lowercase text names a party or a group ("MORENA"), not a town that
    shares the name (Morena, India); datelines at a sentence's start keep their towns."""
    places = _places(geoparser, "On 2 May 2022, supporters of MORENA marched through the centre of Puebla to "
                                "demand a recount.")
    assert "MORENA" not in places and places["Puebla"].country == "MX"
    assert _places(geoparser, "GOMA, 3 May 2022 - Rebels shelled the airport.")["GOMA"].country == "CD"


def test_town_before_its_region_is_a_place_whatever_the_model_tags(geoparser):
    """"Vuhledar, Donetsk": the model tags the town as a product; a town of that name in the
    oblast the next name gives is a place, and the second name is the oblast, not its capital."""
    places = _places(geoparser, "On 4 May 2022, Russian forces shelled Vuhledar, Donetsk.")
    assert places["Vuhledar"] is not None and places["Vuhledar"].admin1 == "Donetsk"
    assert places["Donetsk"].feature == "admin1"


def test_event_goes_to_the_town_not_the_capital_of_its_state(pipeline):
    """"Tehuacan, Puebla" and "Kramatorsk, Donetsk": the state shares its name with its capital
    city; the event is in the town the state only qualifies."""
    place = _event_place(pipeline, "On 6 March 2022, in Tehuacan, Puebla, gunmen shot and killed a shopkeeper.")
    assert place is not None and place.name.startswith("Tehuac")
    place = _event_place(pipeline, "On 6 March 2022, in Kramatorsk, Donetsk, a missile strike damaged a school.")
    assert place is not None and place.name == "Kramatorsk"


def test_state_qualifying_a_town_is_the_state(geoparser):
    """"Cuautla, Morelos": a bigger city carries "Morelos" in its name (Ecatepec de Morelos), but
    after a town of the state the name is the state."""
    places = _places(geoparser, "On 2 May 2022, in Cuautla, Morelos, a man was shot dead by unknown gunmen.")
    assert places["Morelos"].feature == "admin1" and places["Cuautla"].admin1 == "Morelos"


def test_name_called_a_city_is_a_town(geoparser):
    """"Amara city" is the Iraqi town, not Ethiopia's Amhara region, which geonames also spells
    Amara; "Mexico City" stays a name."""
    assert _places(geoparser, "On 11 May 2022, hundreds of graduates demonstrated in Amara city.")["Amara"].country == "IQ"
    twice = geoparser.parse("On 11 May 2022, hundreds of graduates demonstrated in Amara city. Police then closed "
                            "the roads into Amara city.", "en")  # each mention's first choice must not vote for Amhara
    assert [t.place.country for t in twice if t.text == "Amara"] == ["IQ", "IQ"]
    assert _places(geoparser, "On 11 May 2022, teachers demonstrated in Mexico City.")["Mexico City"].country == "MX"


def test_chile_metropolitan_region_by_its_spanish_name(geoparser):
    """ACLED writes Chile's capital region "Metropolitana": Santiago is then Chile's."""
    places = _places(geoparser, "On 4 May 2022, in Santiago (Metropolitana), students blocked an avenue.")
    assert places["Santiago"].country == "CL" and places["Metropolitana"].country == "CL"


def test_list_item_abroad_is_no_place_of_a_bound_report(geoparser):
    """"Kenton, Binnish and Taftanaz in Idlib province": a comma before a Syrian town makes Kenton
    an apposition, but a list is no evidence for a South African namesake."""
    place = _places(geoparser, "On 3 May 2022, regime forces shelled Kenton, Binnish and Taftanaz in Idlib province.",
                    bound=True)["Kenton"]
    assert place is None or place.country == "SY"


def test_name_sure_of_its_country_votes_as_one(geoparser):
    """"(Adjumani, Northern)": Adjumani is a town and a district, both Ugandan, so it is as sure of
    its country as a name with one candidate, and "Northern" is Uganda's region, not Ghana's, though
    the village before the bracket has a Ghanaian namesake."""
    places = _places(geoparser, "On 2 May 2022, villagers clashed over land in Tamale (Adjumani, Northern).")
    assert places["Adjumani"].country == "UG" and places["Northern"].country == "UG"


def test_al_quds_is_east_jerusalem_in_palestine(geoparser):
    """ACLED names East Jerusalem "Al Quds" and codes it in Palestine; "Jerusalem" alone stays
    Israel's."""
    assert _places(geoparser, "On 2 May 2022, in Al Quds, police demolished a house.")["Al Quds"].country == "PS"
    assert _places(geoparser, "On 2 May 2022, police arrested two men in Jerusalem.")["Jerusalem"].country == "IL"

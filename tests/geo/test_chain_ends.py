"""A chain's end binds its names to its country (issue 14, sixth session): namesakes abroad of a
chain's middle name, ACLED's bare region names at a chain's end ("North", "Northern", "Sicilia"),
the town after "the X neighborhood of", and one word of an Arabic name. Sentences are invented;
the places are well known."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km


def _parsed(geoparser, text: str):
    return [(t.text, t.place) for t in geoparser.parse(text, "en", bound=True) if not t.relative]


def _first(geoparser, text: str, name: str):
    return next(p for n, p in _parsed(geoparser, text) if n == name)


def _near(place, lat: float, lon: float, km: float) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_chain_end_binds_a_town_whose_middle_name_went_abroad(geoparser):
    """"Kent" is an English county and "Capital" a Venezuelan district, but the chains end in a US
    state and a Canadian province that hold a Dover and a Victoria."""
    dover = _first(geoparser, "On 3 March 2022, about 40 people protested in Dover (Kent, Delaware) "
                              "against a school board decision.", "Dover")
    assert dover.country == "US" and _near(dover, 39.16, -75.52, 25)
    victoria = _first(geoparser, "On 3 March 2022, truckers rallied in Victoria (Capital, British Columbia) "
                                 "against vaccine mandates.", "Victoria")
    assert victoria.country == "CA" and _near(victoria, 48.43, -123.37, 25)
    places = _parsed(geoparser, "On 3 March 2022, about 40 people protested in Dover (Kent, Delaware).")
    assert all(p is None or p.country == "US" for _, p in places)


def test_last_name_of_a_chain_is_a_region_not_a_town(geoparser):
    """"Andalucia" is also a Colombian town; at a chain's end it is Spain's region."""
    cordoba = _first(geoparser, "On 3 March 2022, farmers blocked a road in Cordoba (Cordoba, Andalucia).", "Cordoba")
    assert cordoba.country == "ES" and _near(cordoba, 37.88, -4.77, 30)


def test_acled_region_names_only_a_chain_end_gives(geoparser):
    for text, name, cc in [
        ("On 3 March 2022, depositors blocked the road in Tripoli (Tripoli, North) over bank limits.", "Tripoli", "LB"),
        ("On 3 March 2022, residents protested in Saida (Saida, South) over power cuts.", "Saida", "LB"),
        ("On 3 March 2022, vendors protested in Zomba (Zomba City, Southern) over relocation.", "Zomba", "MW"),
        ("On 3 March 2022, people marched in Halle (Halle, Sachsen-Anhalt) against energy prices.", "Halle", "DE"),
        ("On 3 March 2022, students marched in Catania (Catania, Sicilia) against school reforms.", "Catania", "IT"),
    ]:
        place = _first(geoparser, text, name)
        assert place is not None and place.country == cc, text
    bare = _parsed(geoparser, "The storm moved North and hit the coast of Florida.")
    assert all(p is None or p.country != "LB" for _, p in bare)


def test_town_after_the_neighborhood_of_is_the_town(geoparser):
    """In "the Siloe neighborhood of Cali" Cali is the city, not a quarter placed at Siloe's namesake abroad."""
    cali = _first(geoparser, "On 3 March 2022, gunmen killed a man in the Siloe neighborhood of Cali "
                             "(Cali, Valle del Cauca).", "Cali")
    assert cali.country == "CO" and _near(cali, 3.44, -76.52, 25)


def test_arabic_name_is_not_its_first_word(geoparser):
    """"Bab al Tabbaneh" is a quarter the gazetteer lacks, not the Syrian town Al Bab."""
    places = _parsed(geoparser, "On 3 March 2022, gunmen shot a man in Bab al Tabbaneh (Tripoli, North).")
    assert all(p is None or p.country == "LB" for _, p in places)


def test_district_named_after_its_town_does_not_outrank_a_bigger_town_abroad(geoparser):
    """Colombo and Hagen are also municipalities of Brazil and Papua New Guinea: their rank as districts
    must not lift them over the capital of Sri Lanka or the German city."""
    colombo = _first(geoparser, "Hundreds of students marched in Colombo on Tuesday against fuel shortages.", "Colombo")
    assert colombo.country == "LK"
    hagen = _first(geoparser, "About 200 people demonstrated in Hagen against the closure of a hospital.", "Hagen")
    assert hagen.country == "DE"


def test_big_town_abroad_is_a_namesake_where_the_report_places_itself_elsewhere(geoparser):
    """A report whose own region and towns put it in Somalia: a village sharing its name with a
    Californian city of 150,000 is not that city. Turkish strikes on a big Iraqi town, with no Iraqi
    region named, keep the town."""
    text = ("On 3 March 2022, Al Shabaab militants attacked Salinas village near Afgooye (Afgooye, Lower Shabelle) "
            "and ambushed a convoy near Wanlaweyn, killing two soldiers.")
    places = [(t.text, t.place) for t in geoparser.parse(text, "en", bound=True, countries=frozenset({"SO"}))]
    assert all(p is None or p.country == "SO" for _, p in places)
    kept = geoparser.parse("On 3 March 2022, Turkish drones struck a car in Erbil.", "en", bound=True,
                           countries=frozenset({"TR"}))
    assert any(t.place is not None and t.place.country == "IQ" for t in kept)


def test_a_capital_abroad_is_news_from_there(geoparser):
    """A report placed in Somalia by its region and towns may still name another country's capital."""
    text = ("On 3 March 2022, Al Shabaab militants attacked a base near Afgooye (Afgooye, Lower Shabelle) "
            "and near Wanlaweyn; the attack was condemned by officials in Nairobi.")
    places = dict((t.text, t.place) for t in geoparser.parse(text, "en", bound=True, countries=frozenset({"SO"})))
    assert places.get("Nairobi") is not None and places["Nairobi"].country == "KE"

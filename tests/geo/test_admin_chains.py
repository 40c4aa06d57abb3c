"""Administrative chains of conflict notes (issue 14): the outer names of a chain bind the inner
ones, and ACLED's "X town in Y countryside" puts X inside Y. Sentences are invented; the places
are well known."""
from __future__ import annotations


def _parsed(geoparser, text: str, **kw):
    return [(t.text, t.place) for t in geoparser.parse(text, "en", **kw) if not t.relative]


def test_state_ending_a_chain_binds_the_town_and_its_unit(geoparser):
    """"Tula (Tula, Hidalgo)": Tula de Allende in Hidalgo, not the Russian city or oblast that
    outweigh it on their own."""
    places = _parsed(geoparser, "On 3 March 2022, gunmen killed a shopkeeper in Tula (Tula, Hidalgo).")
    tulas = [p for name, p in places if name == "Tula"]
    assert len(tulas) == 2 and all(p is not None and p.country == "MX" and p.admin1 == "Hidalgo" for p in tulas)


def test_state_ending_a_chain_picks_the_namesake_district_inside_it(geoparser):
    """Two Bijapurs in India: the chain's Chhattisgarh says which, though Karnataka's is bigger."""
    places = _parsed(geoparser, "On 3 March 2022, Maoists killed a villager in Bijapur (Bijapur, Chhattisgarh).")
    assert all(p.admin1 == "Chhattisgarh" for name, p in places if name == "Bijapur")


def test_town_in_countryside_stays_in_that_governorate(geoparser):
    """"Saida town in Daraa countryside": no Syrian Saida is known, so the place is the governorate
    the note names, never Saida in Algeria."""
    places = dict(_parsed(geoparser, "On 3 March 2022, gunmen shot and killed a man in Saida town in Dara countryside."))
    assert places["Saida"] is not None and places["Saida"].country == "SY"


def test_town_in_countryside_known_town_kept(geoparser):
    places = dict(_parsed(geoparser, "On 3 March 2022, QSD detained two men in Hajin town in Deir ez Zor countryside."))
    assert places["Hajin"].name == "Hajin" and places["Hajin"].country == "SY"


def test_name_called_a_unit_is_no_big_city_abroad(geoparser):
    """"Meka kebele in Metema woreda": a kebele is a local unit, so a holy city abroad that lists the
    name among its spellings is no place of an Ethiopian report, however big."""
    places = dict(_parsed(geoparser, "On 3 March 2022, ENDF clashed with an armed group in Meka kebele in "
                                     "Metema woreda (West Gondar, Amhara).", bound=True, countries=frozenset({"ET"})))
    assert places["Meka"] is None or places["Meka"].country == "ET"


def test_governorate_of_a_countryside_stays_a_place(geoparser):
    """An unknown village "in Al Hasakeh countryside" under foreign actors: the governorate's city
    is still the report's place, though the text calls it a region."""
    places = dict(_parsed(geoparser, "On 3 March 2022, Turkish forces shelled QSD positions in Foo Bar town in "
                                     "Al Hasakeh countryside.", bound=True, countries=frozenset({"TR"})))
    assert places["Al Hasakeh"] is not None and places["Al Hasakeh"].country == "SY"


def test_last_name_of_a_chain_is_the_state_holding_the_unit(geoparser):
    """"Kani (Kani, Sagaing)": Sagaing is the region, which holds a Kani, so the township is
    Myanmar's and not the bigger Japanese city of that name."""
    places = _parsed(geoparser, "On 3 March 2022, the military clashed with PDF in Kani (Kani, Sagaing). Casualties unknown.")
    assert all(p is not None and p.country == "MM" for _, p in places)


def test_state_bonus_goes_to_the_state_holding_the_unit(geoparser):
    """"(Adjumani, Northern)": of the many "Northern" regions, the Ugandan one holds Adjumani."""
    places = dict(_parsed(geoparser, "On 6 June 2022, villagers beat up civilians in Obaaku (Adjumani, Northern)."))
    assert places["Northern"].country == "UG"


def test_city_named_like_its_region_is_no_namesake_under_foreign_actors(geoparser):
    """"Russian forces shelled Kherson": the actors' country is not where the town is, but a city
    sharing its name with its own oblast is news by that name."""
    places = dict(_parsed(geoparser, "On 3 March 2022, Russian forces shelled Kherson. Casualties unknown.",
                          bound=True, countries=frozenset({"RU"})))
    assert places["Kherson"] is not None and places["Kherson"].country == "UA"


def test_acled_english_governorates_of_lebanon_and_bahrain(geoparser):
    """ACLED writes Lebanon's governorates in English ("Mount Lebanon") and Bahrain's capital one
    "Capital": a Lebanese town stays in Lebanon, and a Bahraini village in Bahrain."""
    places = dict(_parsed(geoparser, "On 3 March 2022, protesters gathered in Jounieh (Keserwan, Mount Lebanon)."))
    assert places["Mount Lebanon"].country == "LB" and places["Jounieh"].country == "LB"
    places = dict(_parsed(geoparser, "On 3 March 2022, protesters gathered in Sanabis (Capital)."))
    assert places["Capital"].country == "BH"


def test_street_named_after_a_town_is_no_place(geoparser):
    """"Cochabamba Street" in an Ecuadorian report is a street, not the Bolivian city."""
    places = dict(_parsed(geoparser, "On 5 May 2022, in Tumbaco (Pichincha), protesters blocked the Cochabamba Street."))
    assert places.get("Cochabamba") is None


def test_town_in_the_countryside_of_a_city_stays_in_its_country(geoparser):
    """"X town in Ar Raqqa countryside": the governorate is written as its city, which names no unit
    but a country: a big Tunisian namesake of the unknown village is not the place."""
    places = dict(_parsed(geoparser, "On 3 March 2022, unknown gunmen shelled QSD positions in Bizerte town in "
                                     "Ar Raqqa countryside.", bound=True))
    assert places["Bizerte"] is None or places["Bizerte"].country == "SY"


def test_refugee_camp_named_after_its_town_is_at_the_town(geoparser):
    """"Dadaab Refugee Camp": the kind of camp between the town and "Camp" does not make the town
    a word of a longer unknown name ("Kalo Ma village" still does)."""
    places = dict(_parsed(geoparser, "On 3 March 2022, refugees protested over rations in Dadaab Refugee Camp."))
    assert places["Dadaab"] is not None and places["Dadaab"].country == "KE"


def test_region_ending_a_chain_is_the_namesake_holding_the_town(geoparser):
    """"Bali (Nord-Ouest)": Haiti's Nord-Ouest holds no Bali, Cameroon's North-West does, so the
    chain is Cameroonian, not an Indonesian island in a Haitian department."""
    places = dict(_parsed(geoparser, "On 3 March 2022, separatists burned a school in Bali (Nord-Ouest)."))
    assert places["Bali"].country == "CM" and places["Nord-Ouest"].country == "CM"

"""Strategic development stress set: invented ACLED-style notes for the eight Strategic developments sub-event types,
the acts ACLED codes around them, and notes that tell none.

    PYTHONPATH=. .venv/bin/python bench/strategic_stress.py [--show-failures] [--only SUBTYPE]

Issue 13: a third of ACLED's notes are Strategic developments, and sitrep confuses their sub-event types with each
other and with Attack, Abduction, Mob violence and the protests. `bench/type_stress.py` has eight notes per sub-type;
these notes, one to three sentences each in ACLED's note style ("On <day>, <actors> <act> in <place> (<admin>).")
from more than thirty countries, vary them: arrests of activists, of a journalist, of suspected militants in a raid
with no fight, a warrant executed (and their neighbours: a kidnapping by an armed group is Abduction, detentions at a
protest are Protest with intervention); houses torched in an empty village, crops trampled, shops looted by soldiers,
demolitions (an attack that kills and burns is Attack; a crowd that burns a building is Mob violence); a group that
splits, a new commander, recruitment, a curfew, a deployment, a ban, a one-sided ceasefire (Change to group/activity;
a ceasefire two parties sign is an Agreement, and so is a surrender, which the codebook lists among agreements); an
IED defused, a cache seized, drones and missiles intercepted, mines cleared, a bomb that kills its makers; a prisoner
exchange, a peace deal, hostages freed; a base or office set up; ground handed over without a fight; a depot fire of
unknown cause and shots fired in the air at a memorial (Other). The last group tells no event ACLED codes: a verdict,
a warrant issued but not executed, a speech, a count of past arrests, a denial.
Gold is written from the codebook and general knowledge of ACLED's actor list, never from a dev text: each note gives
its expected events as (sub-event type, fatalities) and the accepted actor names of its first event, one list per
slot (an empty list: any name). Scoring is type_stress's (event count, the sub-event types as a multiset, the total
fatalities) with actor_period_stress's order-free pair test on the first dated event (ACLED's period suffix aside, a
state body's unit optional); a note is right when all three hold. Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from sitrep.pipeline import Pipeline
from sitrep.types import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_period_stress import mil, pair_ok, pol  # noqa: E402
from type_stress import ABD, AGR, ARR, ATT, CHG, DWU, HQ, LOOT, MOB, NVT, OTH, PWI, dated, report, tally  # noqa: E402

PUBLISHED = date(2024, 6, 20)
NONE = "no event"


def civ(country: str) -> str:
    return f"Civilians ({country})"


def state(country: str, period: str) -> list[str]:
    """Either of a state's forces, where the note does not say whether soldiers or police acted."""
    return [mil(country, period), pol(country, period)]


UAG = "Unidentified Armed Group"

# group: [(note, [(sub-event type, fatalities), ...], [accepted names of the first event's actors, one list a slot])]
NOTES: dict[str, list[tuple[str, list[tuple[str, int]], list[list[str]]]]] = {
    ARR: [
        ("On 11 June 2024, police arrested 23 activists at their homes in Nairobi (Nairobi) on the eve of a march "
         "against the finance bill.", [(ARR, 0)],
         [[pol("Kenya", "2022-")], [civ("Kenya"), "Protesters (Kenya)"]]),
        ("On 12 June 2024, Ugandan police detained a radio journalist in Gulu (Gulu) over his reporting on land "
         "grabbing by army officers.", [(ARR, 0)], [[pol("Uganda", "1986-")], [civ("Uganda")]]),
        ("On 12 June 2024, Somali security forces arrested five suspected Al Shabaab members during a night raid "
         "on a house in Baidoa (Bay). No shots were fired.", [(ARR, 0)],
         [state("Somalia", "2022-"), ["Al Shabaab"]]),
        ("On 13 June 2024, police in Lahore (Punjab) executed an arrest warrant against a former provincial "
         "minister and took him to a police station.", [(ARR, 0)], [[pol("Pakistan", "2024-")], []]),
        ("On 13 June 2024, the National Investigation Agency arrested two men accused of links with a banned "
         "militant outfit in Srinagar (Jammu and Kashmir).", [(ARR, 0)], [[pol("India", "2014-")], []]),
        ("On 14 June 2024, Philippine soldiers took a wounded NPA commander into custody at a hospital in Butuan "
         "(Agusan del Norte).", [(ARR, 0)],
         [state("the Philippines", "2022-"), ["NPA: New People's Army"]]),
        ("On 14 June 2024, plainclothes police officers detained a lawyer known for criticising the president "
         "at the offices of the bar association in Tunis (Tunis).", [(ARR, 0)],
         [[pol("Tunisia", "2021-")], [civ("Tunisia")]]),
        ("On 15 June 2024, police in Harare (Harare) rounded up 40 opposition activists who had met in a "
         "private house to plan a rally.", [(ARR, 0)], [[pol("Zimbabwe", "2017-")], []]),
        ("On 15 June 2024, Turkish police detained twelve people suspected of ties to the Islamic State in "
         "simultaneous raids across Istanbul (Istanbul).", [(ARR, 0)], [[pol("Turkey", "2002-")], []]),
        ("On 16 June 2024, National Guard troops arrested a regional boss of the Sinaloa Cartel at a ranch "
         "outside Culiacan (Sinaloa) without firing a shot.", [(ARR, 0)],
         [[*state("Mexico", "2018-2024"), mil("Mexico", "2018-2024", "National Guard"),
           pol("Mexico", "2018-2024", "National Guard")], ["Sinaloa Cartel"]]),
        ("On 16 June 2024, federal police arrested three senior members of an opposition party at their "
         "offices in Adama (Oromia).", [(ARR, 0)], [[pol("Ethiopia", "2018-")], []]),
        ("On 17 June 2024, Russian security services detained a resident of Belgorod (Belgorod) on suspicion of "
         "passing the positions of air defence units to Ukraine.", [(ARR, 0)], [state("Russia", "2000-"), []]),
    ],
    ABD: [
        ("On 12 June 2024, Al Shabaab militants seized two teachers from a school in Mandera (Mandera) and took "
         "them to an unknown location.", [(ABD, 0)], [["Al Shabaab"], [civ("Kenya")]]),
        ("On 13 June 2024, gunmen abducted 15 farmers from their fields near Kajuru (Kaduna).", [(ABD, 0)],
         [[], [civ("Nigeria")]]),
        ("On 14 June 2024, ELN guerrillas kidnapped a soldier on leave in Saravena (Arauca).", [(ABD, 0)],
         [["ELN: National Liberation Army"], [mil("Colombia", "2022-")]]),
    ],
    PWI: [
        ("On 12 June 2024, police broke up a sit-in of unemployed graduates in front of the governorate in "
         "Gafsa (Gafsa) and arrested eight of them.", [(PWI, 0)],
         [["Protesters (Tunisia)"], [pol("Tunisia", "2021-")]]),
        ("On 15 June 2024, about 200 students marched in Dhaka (Dhaka) against the quota system in public "
         "jobs; police detained twelve of them.", [(PWI, 0)],
         [["Protesters (Bangladesh)"], [pol("Bangladesh", "2009-2024")]]),
        ("On 16 June 2024, garment workers demonstrating over unpaid wages outside their factory in Phnom Penh "
         "(Phnom Penh) were detained by police.", [(PWI, 0)],
         [["Protesters (Cambodia)"], [pol("Cambodia", "1985-")]]),
    ],
    LOOT: [
        ("On 12 June 2024, RSF fighters set fire to dozens of houses in an empty village near Geneina (West "
         "Darfur) whose residents had fled the week before.", [(LOOT, 0)],
         [["RSF: Rapid Support Forces"], []]),
        ("On 13 June 2024, herders drove their cattle into farms and destroyed crops in Guma (Benue).",
         [(LOOT, 0)], [[], []]),
        ("On 13 June 2024, soldiers looted a pharmacy and two shops in the market of Bangassou (Mbomou).",
         [(LOOT, 0)], [[mil("the Central African Republic", "2016-")], []]),
        ("On 14 June 2024, Israeli forces demolished three Palestinian homes in Masafer Yatta (Hebron).",
         [(LOOT, 0)], [[mil("Israel", "2022-")], [civ("Palestine")]]),
        ("On 14 June 2024, unidentified people burned down the office of an opposition party in Bujumbura "
         "(Bujumbura Mairie) overnight; no one was hurt.", [(LOOT, 0)], [[], []]),
        ("On 15 June 2024, gang members ransacked and burned a police station left empty by its officers in "
         "Mirebalais (Centre).", [(LOOT, 0)], [[], []]),
        ("On 16 June 2024, Myanmar soldiers torched more than 100 houses in Kani township (Sagaing) after "
         "villagers fled the area.", [(LOOT, 0)], [[mil("Myanmar", "2021-")], []]),
        ("On 17 June 2024, Russian soldiers stole cars and household goods from abandoned houses in Vovchansk "
         "(Kharkiv).", [(LOOT, 0)], [[mil("Russia", "2000-")], []]),
        ("On 18 June 2024, Al Shabaab militants destroyed a water well used by herders near Garbaharey (Gedo).",
         [(LOOT, 0)], [["Al Shabaab"], []]),
    ],
    ATT: [
        ("On 15 June 2024, ADF rebels raided a village near Oicha (Beni, North Kivu), killing nine civilians "
         "and burning their houses.", [(ATT, 9)],
         [["ADF: Allied Democratic Forces", "Islamic State Central Africa Province"], [civ("Democratic Republic of "
                                                                                         "Congo")]]),
        ("On 16 June 2024, suspected JNIM militants shot dead three herders near Tessit (Ansongo, Gao) and "
         "drove away their livestock.", [(ATT, 3)],
         [["JNIM: Group for Support of Islam and Muslims"], [civ("Mali")]]),
    ],
    MOB: [
        ("On 17 June 2024, a mob set fire to a mosque and several shops in Nuh (Haryana) after rumours of cow "
         "slaughter.", [(MOB, 0)], [["Rioters (India)"], []]),
    ],
    CHG: [
        ("On 11 June 2024, a faction of the SPLM-IO led by a former deputy chief of staff broke away and "
         "announced its own movement in Nasir (Upper Nile).", [(CHG, 0)], [[], []]),
        ("On 12 June 2024, Al Shabaab appointed a new commander for its forces in Jilib (Middle Juba), "
         "according to local elders.", [(CHG, 0)], [["Al Shabaab"], []]),
        ("On 13 June 2024, the Arakan Army began conscripting young men in the villages around Mrauk-U "
         "(Rakhine), residents said.", [(CHG, 0)], [["AA: Arakan Army"], []]),
        ("On 13 June 2024, the state government imposed an indefinite curfew in Jiribam (Manipur) after arson "
         "overnight.", [(CHG, 0)], [[], []]),
        ("On 14 June 2024, Mozambique sent two army companies to Macomia (Cabo Delgado) to reinforce the "
         "garrison.", [(CHG, 0)], [[mil("Mozambique", "2015-")], []]),
        ("On 15 June 2024, the Malian junta banned the media from covering the activities of political "
         "parties in Bamako (Bamako).", [(CHG, 0)], [[], []]),
        ("On 16 June 2024, the PKK announced a unilateral ceasefire from its bases in the Qandil mountains "
         "(Erbil).", [(CHG, 0)], [["PKK: Kurdistan Workers Party"], []]),
        ("On 16 June 2024, three rebel factions in Azaz (Aleppo) announced that they had merged into a single "
         "brigade.", [(CHG, 0)], [[], []]),
        ("On 17 June 2024, the Islamic State Sahel Province named a new emir for the region of Menaka "
         "(Menaka).", [(CHG, 0)], [[], []]),
        ("On 18 June 2024, the governor of Zamfara banned the use of motorcycles at night in Gusau (Zamfara) to "
         "curb banditry.", [(CHG, 0)], [[], []]),
        ("On 18 June 2024, an ISWAP commander and twelve of his fighters switched sides and joined Boko Haram in "
         "Marte (Borno).", [(CHG, 0)], [[], []]),
    ],
    DWU: [
        ("On 12 June 2024, Iraqi army engineers defused an IED found on the road between Tarmiyah and Baghdad "
         "(Baghdad).", [(DWU, 0)], [[mil("Iraq", "2022-")], []]),
        ("On 13 June 2024, Colombian troops seized a cache of rifles, explosives and uniforms hidden by FARC "
         "dissidents in a rural area of Tumaco (Narino).", [(DWU, 0)], [[mil("Colombia", "2022-")], []]),
        ("On 14 June 2024, Ukrainian air defences intercepted 24 Russian drones over Kyiv (Kyiv City); no "
         "damage was reported.", [(DWU, 0)], [[mil("Ukraine", "2019-")], [mil("Russia", "2000-")]]),
        ("On 14 June 2024, a demining team cleared three anti-tank mines from a farm road near Tawergha "
         "(Misrata).", [(DWU, 0)], [[], []]),
        ("On 15 June 2024, Israeli air defences intercepted a rocket fired from Lebanon over Kiryat Shmona "
         "(Northern).", [(DWU, 0)], [[mil("Israel", "2022-")], []]),
        ("On 15 June 2024, a bomb disposal unit destroyed a car packed with explosives in a controlled "
         "explosion in Mogadishu (Banadir).", [(DWU, 0)], [[], []]),
        ("On 16 June 2024, Pakistani troops recovered explosives and detonators during a search operation in "
         "Khuzdar (Balochistan).", [(DWU, 0)], [[mil("Pakistan", "2024-")], []]),
        ("On 17 June 2024, two militants died when the bomb they were planting exploded prematurely near Lakki "
         "Marwat (Khyber Pakhtunkhwa).", [(DWU, 2)], [[], []]),
        ("On 17 June 2024, Saudi air defences shot down a ballistic missile fired by the Houthis over Najran "
         "(Najran).", [(DWU, 0)], [[mil("Saudi Arabia", "2015-")], []]),
        ("On 18 June 2024, Thai rangers found a pipe bomb hidden under a bridge in Rueso (Narathiwat) and "
         "disarmed it.", [(DWU, 0)], [[mil("Thailand", "2023-")], []]),
    ],
    AGR: [
        ("On 12 June 2024, the Myanmar military and the MNDAA signed a ceasefire agreement in Kunming "
         "(Yunnan) under Chinese mediation.", [(AGR, 0)],
         [[mil("Myanmar", "2021-")], ["MNDAA: Myanmar National Democratic Alliance Army"]]),
        ("On 13 June 2024, Russia and Ukraine exchanged 90 prisoners of war each near the border in Sumy "
         "(Sumy).", [(AGR, 0)], [[mil("Russia", "2000-")], [mil("Ukraine", "2019-")]]),
        ("On 14 June 2024, the government and a holdout rebel group signed a peace deal in Juba (Central "
         "Equatoria).", [(AGR, 0)], [[], []]),
        ("On 15 June 2024, gunmen freed 20 students kidnapped last month in Kuriga (Kaduna) after talks with "
         "the state government.", [(AGR, 0)], [[], []]),
        ("On 15 June 2024, 85 Boko Haram fighters surrendered with their weapons to Nigerian troops in Bama "
         "(Borno).", [(AGR, 0)], [[], [mil("Nigeria", "2023-")]]),
        ("On 16 June 2024, elders of two clans signed a peace accord ending a grazing dispute in Galkayo "
         "(Mudug).", [(AGR, 0)], [[], []]),
        ("On 17 June 2024, the Colombian government and the ELN agreed in Caracas (Capital District) to extend "
         "their bilateral ceasefire by six months.", [(AGR, 0)],
         [["Government of Colombia (2022-)"], ["ELN: National Liberation Army"]]),
        ("On 17 June 2024, the Chadian authorities released 70 FACT rebels from prison in N'Djamena "
         "(N'Djamena) under an amnesty deal.", [(AGR, 0)], [[], ["FACT: Front for Change and Concord in Chad"]]),
        ("On 18 June 2024, the Houthis and the Yemeni government swapped 30 detainees near Marib (Marib).",
         [(AGR, 0)], [[], []]),
    ],
    HQ: [
        ("On 12 June 2024, RSF fighters turned a school in Wad Madani (Al Jazirah) into a base.", [(HQ, 0)],
         [["RSF: Rapid Support Forces"], []]),
        ("On 13 June 2024, JNIM militants built a camp of tents in the forest near Fada N'Gourma (Gourma, Est).",
         [(HQ, 0)], [["JNIM: Group for Support of Islam and Muslims"], []]),
        ("On 14 June 2024, Islamic State Sahel militants opened a tax office in the village of Tidermene "
         "(Menaka).", [(HQ, 0)], [[], []]),
        ("On 15 June 2024, M23 rebels set up a command post in Rubaya (Masisi, North Kivu).", [(HQ, 0)],
         [["M23: March 23 Movement"], []]),
        ("On 16 June 2024, the Turkish army established a new outpost on a hill near Zakho (Duhok).", [(HQ, 0)],
         [[mil("Turkey", "2002-")], []]),
    ],
    NVT: [
        ("On 13 June 2024, Kenyan troops of the African Union mission handed over their base in Dhobley "
         "(Lower Juba) to the Somali army.", [(NVT, 0)], [[], [mil("Somalia", "2022-")]]),
        ("On 14 June 2024, Fano militiamen entered the town of Merawi (Amhara) without resistance after federal "
         "troops pulled out.", [(NVT, 0)], [["Fano Militia"], []]),
        ("On 15 June 2024, the RSF moved into the town of Sinja (Sennar) after the army withdrew without "
         "fighting.", [(NVT, 0)], [["RSF: Rapid Support Forces"], []]),
        ("On 16 June 2024, the Arakan Army took over a police outpost in Maungdaw (Rakhine) that its officers "
         "had abandoned.", [(NVT, 0)], [["AA: Arakan Army"], []]),
        ("On 17 June 2024, Wazalendo militiamen left the town of Nyanzale (Rutshuru, North Kivu) and M23 rebels "
         "entered it without a fight.", [(NVT, 0)], [["M23: March 23 Movement"], []]),
    ],
    OTH: [
        ("On 12 June 2024, a fire of unknown origin gutted an army ammunition depot in Bamako (Bamako); no "
         "casualties were reported.", [(OTH, 0)], [[], []]),
        ("On 13 June 2024, Fano supporters fired shots into the air during a memorial for a slain commander in "
         "Bahir Dar (Amhara).", [(OTH, 0)], [[], []]),
        ("On 16 June 2024, residents of Diffa (Diffa) found the wreckage of a drone of unknown origin in a "
         "field.", [(OTH, 0)], [[], []]),
    ],
    NONE: [
        ("On 12 June 2024, a military court in Kinshasa (Kinshasa) sentenced 37 people to death for their role "
         "in a failed coup attempt in May.", [], []),
        ("On 13 June 2024, a court in Dakar (Dakar) issued an arrest warrant for an exiled opposition figure.",
         [], []),
        ("On 14 June 2024, the president gave a speech in Ouagadougou (Kadiogo) urging young people to join "
         "the volunteer forces.", [], []),
        ("On 15 June 2024, the UN Security Council extended the mandate of its peacekeeping mission in "
         "Democratic Republic of Congo for another year.", [], []),
        ("On 16 June 2024, the interior ministry said in Niamey (Niamey) that dozens of suspects had been "
         "arrested since January.", [], []),
        ("On 17 June 2024, talks between the Sudanese army and the RSF planned in Jeddah (Makkah) were "
         "postponed again.", [], []),
        ("On 18 June 2024, a human rights group said in Nairobi (Nairobi) that police had arrested more than "
         "300 people during last year's protests.", [], []),
        ("On 18 June 2024, the army denied reports that its soldiers had looted shops in Beni (North Kivu).",
         [], []),
    ],
}


def run(notes: dict, show_failures: bool = False, only: str | None = None) -> int:
    """Code every note; per group the first sub-type, fatalities, the first event's actor pair and notes right."""
    pipe = Pipeline().load(["en"])
    stats = defaultdict(Counter)
    failures = []
    t0 = time.perf_counter()
    for group, group_notes in notes.items():
        if only and group != only:
            continue
        for text, expected, slots in group_notes:
            got = dated(pipe.code(Article(article_id="strategic", text=text, lang="en", published=PUBLISHED)))
            s = stats[group]
            types_ok, fat_ok = tally(s, got, expected)
            pair = (got[0].actor1.name if got and got[0].actor1 else None,
                    got[0].actor2.name if got and got[0].actor2 else None)
            actors_ok = pair_ok(pair, slots) if expected and got else not expected and not got
            s["actors"] += actors_ok
            s["all right"] += types_ok and fat_ok and actors_ok
            if not (types_ok and fat_ok and actors_ok):
                failures.append((group, text, expected, [(e.sub_event_type, e.fatalities, e.trigger.text if e.trigger
                                                          else "") for e in got] + [pair]))
    report(stats, failures, t0, show_failures, "group", ("sub-type", "fatalities", "actors", "all right"))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="one group: a sub-event type or 'no event'")
    args = ap.parse_args()
    return run(NOTES, args.show_failures, args.only)


if __name__ == "__main__":
    sys.exit(main())

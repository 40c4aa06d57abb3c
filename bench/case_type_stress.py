"""CASE-style event-type stress set: invented news snippets for the error classes of CASE 2021's half A.

    PYTHONPATH=. .venv/bin/python bench/case_type_stress.py [--show-failures] [--only GROUP]

CASE 2021 scores one label per snippet: the sub-event type of its most confident dated event (reported or
ongoing), and "no event" when none is dated. Half A of the dev snippets (`bench/case_halves.py`) showed these
classes of wrong top labels (case36): a trigger word that names something else than the act (a weapon naming
what a depot holds, jets scrambled or flown into a zone, weapons found in a tunnel), a trigger the lexicon
lacks, the wrong kind of one event told with several words (a blast heard in a battle, a clash after a bomb, a grenade and the arrest
that followed, a clash and the ground taken), protest against riot against mob violence, troop moves (a
withdrawal, a redeployment, a new post), and accidents and crime that are no ACLED event. These snippets were
written from ACLED's codebook definitions in the snippets' register (wire sentences without a publication date,
about India, South Africa, Argentina, Brazil and the wars CASE covers), not from any dev text. Each gives the
label expected of its top event (None: no dated event). Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict

from sitrep.pipeline import Pipeline
from sitrep.types import Article

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from type_stress import (ABD, AC, AIR, ARR, ATT, CHG, DWU, GR, GRT, HQ, IED, LOOT, MOB, NSO, NVT, OTH,  # noqa: E402
                         PP, PWI, SB, SH, VD, XF, dated, report)

NOISE, SITE, BOMB = "a blast heard in a fight", "a weapon naming a site or a craft flown", "a bomb and a clash"
CROWD, ARREST, MOVES = "protest, riot or mob", "an arrest and another act", "troop moves"
WORDS, NONE = "words the lexicon lacks", "no ACLED event"

# group -> [(snippet, label of its top event or None)]
SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    NOISE: [
        ("Al-Shabaab gunmen stormed a military camp outside Baidoa before dawn on Sunday, with explosions and "
         "gunfire heard for several hours; the army said nine attackers were killed.", AC),
        ("Residents of Kunduz said gunfire and blasts echoed across the city overnight as Taliban fighters "
         "battled police for control of the district headquarters.", AC),
        ("Maoist rebels attacked a paramilitary camp in Sukma district of Chhattisgarh late on Tuesday, and "
         "villagers reported explosions and gunshots until morning. Two troopers were killed.", AC),
        ("Heavy shooting and explosions were reported near the presidential palace in Mogadishu on Friday as "
         "soldiers fought off militants who had tried to enter the compound.", AC),
        ("Boko Haram fighters raided an army base in Borno state on Saturday; witnesses heard blasts and "
         "sustained gunfire as troops pushed the insurgents back into the bush.", AC),
        ("ISIS militants assaulted a checkpoint manned by Iraqi soldiers west of Kirkuk, with an explosion and "
         "shots heard by nearby farmers; four soldiers died in the fighting.", AC),
        ("A roadside bomb tore through a police van in Pulwama on Monday, killing three officers, police said.",
         IED),
        ("Two explosions struck a crowded bus station in Maiduguri on Wednesday evening, killing at least "
         "twelve people, officials said.", IED),
    ],
    SITE: [
        ("Western warships fired dozens of cruise missiles at two chemical weapons depots near Homs early on "
         "Saturday, the Pentagon said.", SH),
        ("Israeli warplanes bombed what the military described as a rocket factory in Gaza overnight; no "
         "casualties were reported.", AIR),
        ("Saudi-led coalition jets struck a drone factory on the outskirts of Sanaa on Thursday, Houthi media "
         "said.", AIR),
        ("Turkish artillery shelled a PKK arsenal in the mountains of Duhok province on Monday, the defence "
         "ministry said.", SH),
        ("Russian aircraft hit a chemical weapons stockpile held by rebels in Idlib, Moscow claimed on "
         "Tuesday.", AIR),
        ("Government troops shelled a bomb-making laboratory run by militants in the hills of North "
         "Waziristan, the army said on Sunday.", SH),
        ("Syrian army units seized a warehouse full of mortar rounds and rifles left by retreating rebels "
         "near Daraa, state media said.", DWU),
        ("Police in Rio de Janeiro seized rifles, grenades and ammunition from a drug gang's depot in a "
         "northern favela on Wednesday.", DWU),
        ("Indian Air Force fighter jets were scrambled over Punjab on Sunday after two Pakistani drones "
         "crossed the border, officials said.", None),
        ("Eight Chinese warplanes flew into Taiwan's air defence identification zone on Thursday, the island's "
         "defence ministry said.", None),
        ("A Turkish drone crossed into northern Iraq on Tuesday and hit a vehicle near Sinjar, killing two "
         "Yazidi fighters.", AIR),
        ("Russian warplanes circled over Maarat al-Numan for an hour before bombing a bakery, killing six "
         "civilians, rescuers said.", AIR),
    ],
    BOMB: [
        ("Militants detonated a car bomb at the gate of an army post in Khost and then stormed it, fighting "
         "the soldiers for two hours, officials said on Sunday.", AC),
        ("A landmine blew up an armoured vehicle carrying paramilitary troops in Dantewada on Saturday, "
         "killing four of them.", IED),
        ("Insurgents ambushed a convoy with an improvised explosive device near Kandahar on Tuesday, wounding "
         "six soldiers.", IED),
        ("A militant hurled a grenade at a police post in Srinagar on Tuesday; officers later said they had "
         "arrested him.", GR),
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Thursday, killing five soldiers.",
         SB),
        ("Taliban fighters clashed with Afghan forces in Ghazni city on Monday and captured a police "
         "headquarters there after two days of fighting.", NSO),
    ],
    CROWD: [
        ("Police used tear gas and plastic bullets to break up students protesting against fee increases at "
         "a university in Johannesburg on Monday.", PWI),
        ("Security forces opened fire on demonstrators demanding water in a township near Durban, killing "
         "two of them, witnesses said.", XF),
        ("Thousands of teachers marched peacefully through the centre of Buenos Aires on Wednesday to demand "
         "higher wages.", PP),
        ("Striking miners torched two buses and threw stones at police near Rustenburg during a protest over "
         "pay on Tuesday.", VD),
        ("A mob beat a man to death in a village of Jharkhand on Sunday after rumours that he was a child "
         "thief, police said.", MOB),
        ("Villagers lynched two suspected cattle thieves in Assam on Friday, police said.", MOB),
        ("Protesters blocked a highway in Sao Paulo state with burning tyres on Monday, demanding the release "
         "of a jailed union leader.", VD),
        ("Police detained dozens of farmers who had gathered outside parliament in New Delhi to protest new "
         "agriculture laws.", PWI),
        ("Supporters of two rival parties fought with sticks and machetes in a market of Port Harcourt on "
         "Saturday, leaving three people dead.", MOB),
        ("Hundreds of residents held a silent candlelight vigil in Cape Town on Sunday to protest rising "
         "violence against women.", PP),
    ],
    ARREST: [
        ("Police in Kolkata arrested four men in connection with a bomb blast outside a party office last "
         "week.", ARR),
        ("Brazilian federal police arrested a former governor in Rio de Janeiro on Thursday on corruption "
         "charges.", ARR),
        ("Gunmen abducted an engineer from a construction site in Kaduna state on Monday and demanded a "
         "ransom, police said.", ABD),
        ("Pakistani security forces took away three students from their hostel in Quetta on Sunday, and "
         "their families say they have not been seen since.", ABD),
        ("Police in Harare detained 12 opposition activists on Saturday ahead of a planned rally.", ARR),
        ("Soldiers shot dead a man at a checkpoint in Kashmir after he failed to stop, police said on "
         "Wednesday.", ATT),
        ("Gunmen shot dead a local councillor outside his home in Durban on Friday night, police said.", ATT),
        ("The NIA said on Thursday it had arrested a militant who hurled a grenade into a police compound in "
         "Amritsar last month.", ARR),
    ],
    MOVES: [
        ("US troops have withdrawn from an air base in northern Syria and handed it over to Kurdish forces, "
         "officials said.", NVT),
        ("Turkish forces set up one more observation post in Idlib province on Wednesday, local activists "
         "said.", HQ),
        ("The Indian army redeployed two brigades from Punjab to the Ladakh frontier on Monday, defence "
         "sources said.", CHG),
        ("Nigerian troops retook the town of Damasak from Boko Haram fighters on Friday after heavy fighting, "
         "the army said.", GRT),
        ("Somali forces pulled out of the town of Bardere on Tuesday without a fight, and Al-Shabaab "
         "militants moved in hours later.", NVT),
        ("Al-Shabaab fighters established a new base near Jilib on Sunday, residents said.", HQ),
        ("The government deployed thousands of soldiers to the streets of Rio de Janeiro on Saturday ahead "
         "of the carnival.", CHG),
        ("Houthi rebels seized control of a government compound in Marib province on Monday after the "
         "defending troops fled.", NSO),
    ],
    WORDS: [
        ("Investigators found a mass grave containing 30 bodies near the town of Bucha on Friday, officials "
         "said.", OTH),
        ("Cow vigilantes attacked two Muslim traders transporting cattle in Rajasthan on Sunday, police "
         "said.", MOB),
        ("Armed men torched more than 40 homes in a village of Plateau state on Wednesday, residents said.",
         LOOT),
        ("Soldiers ransacked shops in the main market of Beni on Monday night, residents said.", LOOT),
        ("Gunmen killed seven villagers in an attack on a village in Zamfara state on Tuesday, police "
         "said.", ATT),
    ],
    NONE: [
        ("Six workers were killed when a fireworks factory exploded in Tamil Nadu's Virudhunagar district on "
         "Friday, officials said.", None),
        ("A gas cylinder blast at a restaurant in Lagos injured eight people on Sunday, the fire service "
         "said.", None),
        ("Police in Sao Paulo arrested a gang that smuggled cocaine through the port of Santos, officials said "
         "on Tuesday.", None),
        ("A fire broke out at a chemical warehouse in Mumbai on Wednesday, sending thick smoke over the "
         "harbour; no one was hurt.", None),
        ("Heavy floods swept through parts of KwaZulu-Natal on Monday, killing at least 20 people.", None),
    ],
}


def top_label(events) -> str | None:
    """CASE's label: the sub-event type of the most confident dated event (the first among equals)."""
    told = dated(events)
    if not told:
        return None
    best = max(e.confidence for e in told)
    return next(e.sub_event_type for e in told if e.confidence == best)


def run(snippets: dict, show_failures: bool = False, only: str | None = None) -> int:
    """Code every snippet without a publication date, as CASE's are, and print per group the top labels right."""
    pipe = Pipeline().load(["en"])
    stats = defaultdict(Counter)
    failures = []
    t0 = time.perf_counter()
    for group, items in snippets.items():
        if only and group != only:
            continue
        for text, expected in items:
            events = pipe.code(Article(article_id="case-stress", text=text, lang="en", published=None))
            got = top_label(events)
            s = stats[group]
            s["notes"] += 1
            s["too few"] += got is None and expected is not None
            s["too many"] += got is not None and expected is None
            s["sub-type"] += got == expected
            if got != expected:
                failures.append((group, text, expected, [(e.sub_event_type, round(e.confidence, 2), e.status.value,
                                                          e.trigger.text if e.trigger else "") for e in events]))
    report(stats, failures, t0, show_failures, "group", ("sub-type",))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="one group")
    args = ap.parse_args()
    return run(SNIPPETS, args.show_failures, args.only)


if __name__ == "__main__":
    sys.exit(main())

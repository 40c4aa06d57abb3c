"""French match stress set: invented reports where a right event is easily coded at the wrong place, day or status.

    PYTHONPATH=. .venv/bin/python bench/fr_match_stress.py [--show-failures] [--only ID]

Issue 13: on fr_dev2 a false event is most often a true event with one field wrong, which the scorer counts
twice (a false event and a miss): the town named beside its chiefdom, sector or province resolved to the
larger unit, a photo caption's town taken for the scene, the day of the calm that followed taken for the day
of the violence, the day's attack read as background because the text ranks it against earlier ones, a
village no table has; and a secondary clause coded as a second act (drones downed read as an attack). Beside
them are articles that must give no dated event at all: a deputy's appeal recalling past attacks, a trial, a
threat, a recap. These articles were written for this set in the manner of Radio Okapi, Actualite.cd, RFI and
AFP (headline, dateline, several paragraphs), not from any dev text. Scoring is fr_world_stress's: a gold
event takes the best dated event of its ACLED type, then its sub-event type, actors, place (within 15 km:
every place here is a town), day and toll are checked; every dated event left over is false. Nothing is
written.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import ev, km, run  # noqa: E402


AC, ATT, AIR, SH = "Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack"
VD, MOB, PP, EXC = "Violent demonstration", "Mob violence", "Peaceful protest", "Excessive force against protesters"
LOOT = "Looting/property destruction"

# places (general knowledge)
KIWANJA, FATAKI, MANGINA, MINOVA = (-1.18, 29.43), (1.98, 30.60), (0.56, 29.32), (-1.70, 29.02)
KAMANYOLA, LIKASI, TERA, TORODI = (-2.75, 29.00), (-10.98, 26.73), (14.01, 0.75), (13.12, 1.80)
DIAPAGA, MENAKA, MIREBALAIS = (12.07, 1.79), (15.92, 2.40), (18.83, -72.10)
EL_OBEID, DNIPRO, UVIRA = (13.18, 30.22), (48.46, 35.05), (-3.39, 29.14)

ARTICLES = [
    ("chef-lieu-secteur", date(2025, 3, 12), """Nord-Kivu : des miliciens attaquent une position de l'armée à Mangina

BENI (Radio) - Des miliciens ont attaqué lundi une position des FARDC à Mangina, chef-lieu du secteur de Beni-Mbau, dans le territoire de Beni (Nord-Kivu), selon des sources sécuritaires.

Les échanges de tirs ont duré près de deux heures. Trois militaires et cinq assaillants ont été tués, a précisé un officier de l'armée dans la région.

La société civile locale demande le renforcement des effectifs militaires dans cette partie du territoire, où les déplacés affluent depuis plusieurs mois.""",
     [ev(AC, ["Congo"], MANGINA, "lundi", 8)]),

    ("chef-lieu-chefferie", date(2024, 9, 18), """Sud-Kivu : tension à Kamanyola après la mort d'un motard

UVIRA (Agence) - Des jeunes en colère ont dressé des barricades et incendié des pneus mardi à Kamanyola, chef-lieu de la vaste chefferie de la Plaine de la Ruzizi, dans le territoire de Walungu (Sud-Kivu), après la mort d'un conducteur de moto-taxi.

Les manifestants ont jeté des pierres sur les policiers, qui ont tiré en l'air pour les disperser. Quatre personnes ont été blessées, selon la société civile.

L'administrateur du territoire a appelé les jeunes au calme et promis une enquête.""",
     [ev(VD, ["Rioters"], KAMANYOLA, "mardi")]),

    ("ville-capitale-province", date(2023, 6, 9), """Mali : explosion d'un engin près d'un marché à Ménaka

BAMAKO (AFP) - Deux civils ont été tués mercredi par l'explosion d'un engin artisanal près du marché de Ménaka, capitale de la région du même nom, dans le nord-est du Mali, ont indiqué des sources locales.

L'engin, dissimulé au bord d'une piste, a explosé au passage d'une charrette. Six autres personnes ont été blessées.

La région de Ménaka est en proie depuis plusieurs années aux violences de groupes jihadistes liés à l'organisation Etat islamique.""",
     [ev("Remote explosive/landmine/IED", ["Civilians"], MENAKA, "mercredi", 2)]),

    ("legende-photo", date(2025, 1, 22), """Haut-Katanga : des creuseurs affrontent la police à Likasi

Vue de la ville de Kolwezi, le 3 mars 2021. Photo d'archives.

Des creuseurs artisanaux ont affronté mardi les policiers dans un quartier minier de Likasi (Haut-Katanga), faisant deux blessés parmi les agents, selon la police.

Les creuseurs protestaient contre leur expulsion d'un site d'exploitation cédé à une entreprise privée. Ils ont lancé des pierres et incendié une guérite.

Le maire de la ville a convoqué une réunion avec les représentants des creuseurs pour mercredi.""",
     [ev(VD, ["Rioters", "Police"], LIKASI, "mardi")]),

    ("calme-revenu", date(2024, 4, 16), """Haïti : le calme revient à Mirebalais au lendemain d'une attaque de gangs

PORT-AU-PRINCE (AFP) - Le calme est revenu lundi à Mirebalais, au lendemain d'une attaque de membres de gangs armés contre plusieurs quartiers de la ville, dans le centre d'Haïti.

Au moins six civils ont été tués et plusieurs maisons incendiées, selon un bilan de la protection civile.

Les habitants qui avaient fui ont commencé à regagner leur domicile sous la protection de la police.""",
     [ev(ATT, ["Gang", "Civilians"], MIREBALAIS, "dimanche", 6)]),

    ("plus-meurtriere", date(2024, 12, 19), """Niger : au moins 20 soldats tués dans une attaque près de Téra

NIAMEY (AFP) - Au moins vingt soldats nigériens ont été tués mardi dans une attaque de jihadistes présumés contre une position de l'armée près de Téra, dans la région de Tillabéri, selon des sources sécuritaires.

C'est l'assaut le plus meurtrier subi par l'armée cette année. Les assaillants, venus à moto, ont été repoussés après plusieurs heures de combats, a indiqué le ministère de la Défense.

L'assaut n'a pas été revendiqué.""",
     [ev(AC, ["Niger"], TERA, "mardi", 20)]),

    ("plus-lourd-bilan", date(2025, 5, 8), """Burkina Faso : des dizaines de civils tués près de Diapaga

OUAGADOUGOU (AFP) - Des hommes armés ont tué mercredi au moins trente civils dans un village proche de Diapaga, dans l'est du Burkina Faso, selon des sources locales. C'est le plus lourd bilan dans la province depuis le début de l'année.

Les assaillants ont rassemblé les hommes du village avant de les exécuter, a raconté un survivant joint par téléphone.""",
     [ev(ATT, ["Civilians"], DIAPAGA, "mercredi", 30)]),

    ("appel-depute", date(2024, 11, 5), """Ituri : un député appelle au renforcement de la sécurité à Fataki

BUNIA (Radio) - Le député élu de Djugu a appelé lundi le gouvernement à renforcer la présence de l'armée autour de Fataki, où plusieurs attaques de miliciens ont été signalées ces dernières années.

« Nos populations vivent dans la peur », a-t-il déclaré devant la presse à Bunia. Il a rappelé que des dizaines de civils avaient été tués dans la région depuis 2017.

Il demande également l'ouverture d'une enquête sur la gestion des fonds destinés aux déplacés.""",
     []),

    ("proces", date(2023, 10, 11), """Sud-Kivu : ouverture du procès des auteurs présumés d'une attaque à Minova

BUKAVU (Agence) - Le procès de douze miliciens présumés, accusés d'avoir attaqué un camp de déplacés près de Minova en juin dernier, s'est ouvert mardi devant le tribunal militaire de Bukavu.

Les prévenus sont poursuivis pour meurtre, pillage et participation à un mouvement insurrectionnel. L'attaque avait fait sept morts parmi les déplacés.

Les avocats de la défense ont demandé le renvoi de l'affaire pour mieux préparer leurs arguments.""",
     []),

    ("menace", date(2025, 2, 27), """Sud-Kivu : un chef rebelle menace de marcher sur Uvira

UVIRA (Agence) - Un responsable d'un mouvement rebelle a menacé mercredi de « prendre Uvira dans les prochains jours » si l'armée ne se retirait pas des hauts plateaux.

Dans un message audio diffusé sur les réseaux sociaux, il affirme que ses combattants sont « prêts à avancer ». L'armée a qualifié ces propos de « fanfaronnade ».

Les habitants de la ville disent craindre une reprise des combats.""",
     []),

    ("bilan-recapitulatif", date(2024, 8, 30), """Soudan : le conflit a fait plus de 2 000 morts au Kordofan depuis janvier, selon l'ONU

KHARTOUM (AFP) - Les combats entre l'armée soudanaise et les Forces de soutien rapide ont fait plus de 2 000 morts dans la région du Kordofan depuis janvier, a indiqué jeudi le bureau humanitaire des Nations unies.

La ville d'El-Obeid, assiégée à plusieurs reprises, accueille des dizaines de milliers de déplacés. L'ONU appelle les belligérants à ouvrir des couloirs humanitaires.

La guerre, qui a éclaté en avril 2023, a provoqué la plus grave crise de déplacement au monde.""",
     []),

    ("frappe-ville-region", date(2025, 4, 3), """Ukraine : deux morts dans une frappe russe sur Dnipro

KIEV (AFP) - Deux personnes ont été tuées mercredi dans une frappe de missile russe sur la ville de Dnipro, chef-lieu de la région de Dnipropetrovsk, dans le centre-est de l'Ukraine, a annoncé le gouverneur régional.

Un immeuble résidentiel a été touché, a-t-il précisé sur Telegram. Une dizaine de personnes ont été blessées.

L'aviation ukrainienne a affirmé avoir abattu la plupart des drones lancés dans la nuit.""",
     [ev(SH, ["Russia", "Civilians"], DNIPRO, "mercredi", 2),
      ev("Disrupted weapons use", ["Ukraine"], DNIPRO, "mercredi", optional=True)]),

    ("village-inconnu", date(2024, 7, 12), """Niger : des hommes armés tuent cinq civils dans la commune de Torodi

NIAMEY (Agence) - Des hommes armés non identifiés ont tué jeudi cinq civils dans le village de Boulkoumbé, commune de Torodi, dans la région de Tillabéri, selon un élu local.

Les assaillants ont également emporté du bétail. Les habitants ont fui vers le chef-lieu de la commune.""",
     [ev(ATT, ["Civilians"], TORODI, "jeudi", 5)]),

    ("manifestation-kiwanja", date(2023, 3, 3), """Nord-Kivu : marche de colère à Kiwanja contre l'insécurité

GOMA (Radio) - Des centaines d'habitants ont marché jeudi dans les rues de Kiwanja, dans le territoire de Rutshuru, pour dénoncer la recrudescence des enlèvements dans la région.

Les manifestants ont déposé un mémorandum au bureau de l'administrateur du territoire. La marche s'est déroulée sans incident, selon la police.

Au moins dix personnes ont été enlevées sur la route de Rutshuru depuis le début du mois, selon la société civile.""",
     [ev(PP, ["Protesters"], KIWANJA, "jeudi")]),
]


TOWN_KM = 15.0  # every gold place here is a town: a unit's middle or a namesake further off is the wrong place


def _at_town(gold, e) -> bool:
    return e.place is not None and e.place.lat is not None and km((e.place.lat, e.place.lon), gold["place"]) <= TOWN_KM


def main() -> int:
    return run(__doc__, ARTICLES, "Agence", _at_town)

if __name__ == "__main__":
    sys.exit(main())

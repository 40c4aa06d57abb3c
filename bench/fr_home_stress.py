"""French home-page stress set: invented articles of French-language news sites (France, Belgium, Switzerland, Québec, Haiti) where politics and faits divers sit beside riots, protests, separatist bombs and gang raids.

    PYTHONPATH=. .venv/bin/python bench/fr_home_stress.py [--show-failures] [--only ID]

Issue 13: fr_dev2's held-out twin is "mostly political news with no battle", and a French news site's home page is
mostly politics and faits divers. ACLED codes Europe in full (a night of urban riots, an attack on a mayor's home, a
pension-reform march peaceful or dispersed, black blocs breaking windows, a "mega-bassine" clash with gendarmes, a
bomb claimed by the FLNC, a knife attack claimed for a jihadist group) and Haiti's gangs, kidnappings and lynchings,
but not ordinary crime ("règlement de comptes" in the drug trade), accidents, fires, storms, trials and verdicts, a
minister's words, a debate on a law, a poll, a strike notice, a match, a film, a book, a commemoration, a foreign war
told as analysis, or Haiti's politics. The articles were written for this set in the manner of Le Monde, Le Figaro,
Libération, France Info, Ouest-France, Le Soir, RTS, La Presse and Le Nouvelliste (headline, dateline, paragraphs,
publication date), with places as the French press writes them ("à Nanterre (Hauts-de-Seine)", "dans le quartier
de X à Y", "en banlieue lyonnaise", "dans le XIe arrondissement de Paris"), not from any dev text. Gold follows the
codebook as bench/fr_protest_stress.py states it (rioters as actor1 of a violent demonstration, the police as actor2
of a dispersed protest; a lynching is mob violence). More than a third of the articles report no event a coder codes.

Two groups: ``studied`` (the articles whose failures were read while writing rules) and ``held`` (other countries
and wordings of the same kinds, written before any failure was read; held out in the session that wrote it and
studied from the thirty-eighth, whose held-out group is ``fresh`` in fr_africa_stress). Each group's figures are
printed apart (precision first). Scoring is fr_world_stress's (a gold event takes the best dated event of its ACLED
type; place within 50 km); every dated event left over is false. Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import ev, run  # noqa: E402

PP, PI, EXC = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MOB, ATT, IED = "Violent demonstration", "Mob violence", "Attack", "Remote explosive/landmine/IED"
ABD, AC, LOOT = "Abduction/forced disappearance", "Armed clash", "Looting/property destruction"

# places (general knowledge)
PARIS, NANTERRE, LYON, VENISSIEUX, MARSEILLE = ((48.86, 2.35), (48.89, 2.21), (45.76, 4.84), (45.70, 4.89),
                                                (43.30, 5.37))
NANTES, RENNES, BORDEAUX, TOULOUSE, GRENOBLE = ((47.22, -1.55), (48.11, -1.68), (44.84, -0.58), (43.60, 1.44),
                                                (45.19, 5.72))
BASTIA, AJACCIO, PORTO_VECCHIO, SAINTE_SOLINE = (42.70, 9.45), (41.92, 8.74), (41.59, 9.28), (46.25, -0.05)
MULHOUSE, ROUBAIX, AGEN, STRASBOURG = (47.75, 7.34), (50.69, 3.18), (44.20, 0.62), (48.58, 7.75)
BRUXELLES, LIEGE, CHARLEROI = (50.85, 4.35), (50.63, 5.57), (50.41, 4.44)
GENEVE, LAUSANNE, BERNE = (46.20, 6.15), (46.52, 6.63), (46.95, 7.45)
MONTREAL, QUEBEC = (45.50, -73.57), (46.81, -71.21)
PORT_AU_PRINCE, CROIX_DES_BOUQUETS, PETION_VILLE, GONAIVES = ((18.54, -72.34), (18.58, -72.23), (18.51, -72.29),
                                                               (19.45, -72.69))
MIREBALAIS, SAINT_MARC, CAP_HAITIEN = (18.83, -72.10), (19.11, -72.70), (19.76, -72.20)
NOUMEA, FORT_DE_FRANCE = (-22.27, 166.44), (14.60, -61.07)

# (id, publication date, text, events), as in fr_world_stress
STUDIED = [
    ("proces_assises", date(2024, 11, 20), """Procès de l'assassinat d'un enseignant : la cour d'assises spéciale entend les derniers témoins

PARIS (Le Monde) - La cour d'assises spéciale de Paris a consacré mardi sa onzième journée d'audience à l'audition des collègues de l'enseignant tué il y a quatre ans devant son collège, dans les Yvelines.

Huit accusés comparaissent pour leur rôle supposé dans la campagne de haine qui avait précédé l'assassinat. Plusieurs d'entre eux contestent avoir su ce que préparait l'auteur, abattu par les policiers le jour même.

Le parquet national antiterroriste doit prononcer ses réquisitions la semaine prochaine. Le verdict est attendu pour la fin du mois.""", []),

    ("ministre_securite", date(2024, 10, 2), """Le ministre de l'Intérieur promet « l'ordre, l'ordre, l'ordre » devant les préfets

PARIS (Le Figaro) - Pour sa première grande prise de parole, le nouveau ministre de l'Intérieur a réuni mardi place Beauvau l'ensemble des préfets, à qui il a demandé une « fermeté sans faille » face aux violences urbaines et au trafic de stupéfiants.

Revenant sur les émeutes de l'été dernier, qu'il a qualifiées d'« inacceptables », le ministre a annoncé la création de nouvelles unités mobiles et promis des sanctions plus rapides contre les mineurs interpellés.

La gauche a dénoncé une « surenchère sécuritaire ». Le syndicat majoritaire des gardiens de la paix a salué un discours « attendu depuis longtemps ».""", []),

    ("debat_loi_immigration", date(2023, 12, 12), """Loi immigration : coup de théâtre à l'Assemblée, le texte rejeté avant même son examen

PARIS (Libération) - Les députés ont adopté lundi, à cinq voix près, une motion de rejet préalable du projet de loi sur l'immigration, infligeant un revers cinglant au gouvernement.

La gauche, le Rassemblement national et une partie des Républicains ont uni leurs voix contre le texte, que le ministre de l'Intérieur défendait depuis plus d'un an. « C'est une attaque en règle contre la majorité », a réagi un cadre du camp présidentiel.

L'exécutif doit décider s'il convoque une commission mixte paritaire ou s'il retire le projet. Le président a reçu ses proches à l'Élysée dans la soirée.""", []),

    ("sondage_presidentielle", date(2025, 6, 4), """Sondage : le Rassemblement national en tête des intentions de vote, la gauche divisée

PARIS (France Info) - Près d'un tiers des Français se disent prêts à voter pour le candidat du Rassemblement national au premier tour de la prochaine présidentielle, selon une enquête d'opinion publiée mardi.

Le camp présidentiel, privé de candidat naturel, plafonne à 19 %, tandis que la gauche, éparpillée entre quatre candidatures, ne dépasse pas 27 % en cumulé. Les sondés placent le pouvoir d'achat et l'insécurité en tête de leurs préoccupations.

Les instituts rappellent qu'à deux ans du scrutin, ces chiffres restent fragiles.""", []),

    ("preavis_greve_sncf", date(2025, 4, 29), """SNCF : les syndicats de cheminots déposent un préavis de grève pour le pont de mai

PARIS (Ouest-France) - Deux syndicats de cheminots ont déposé lundi un préavis de grève couvrant la période du 5 au 11 mai, en pleine période de départs en vacances, pour protester contre la réforme de leurs grilles salariales.

La direction de l'entreprise dit « regretter » cette décision et assure qu'elle mettra tout en œuvre pour maintenir les trains à grande vitesse. Le ministre des Transports a appelé à « ne pas prendre les voyageurs en otage ».

Une réunion de la dernière chance est prévue jeudi au siège de la compagnie.""", []),

    ("reglement_comptes_marseille", date(2024, 9, 17), """Marseille : un homme de 24 ans tué par balles dans une cité des quartiers nord

MARSEILLE (La Provence) - Un homme de 24 ans a été tué de plusieurs balles dans la nuit de dimanche à lundi au pied d'un immeuble d'une cité du 14e arrondissement de Marseille, a-t-on appris auprès du parquet.

Selon les premiers éléments de l'enquête, confiée à la brigade criminelle, la victime était connue des services de police pour des affaires de stupéfiants. Les enquêteurs privilégient la piste d'un règlement de comptes lié au contrôle d'un point de deal.

Il s'agit du dix-septième homicide de ce type dans la ville depuis janvier. Le maire a de nouveau réclamé des effectifs supplémentaires.""", []),

    ("accident_a7", date(2024, 7, 29), """Drôme : trois morts dans un accident sur l'autoroute A7, un week-end noir sur les routes

VALENCE (France Bleu) - Trois personnes ont perdu la vie dimanche après-midi dans une collision entre un camping-car et un poids lourd sur l'autoroute A7, dans le sens nord-sud, à hauteur de Loriol-sur-Drôme.

Les secours ont dû désincarcérer les occupants du camping-car, une famille belge en route vers l'Espagne. Le chauffeur du camion, légèrement blessé, a été placé en garde à vue pour des tests d'usage.

La circulation a été coupée pendant près de quatre heures, provoquant des bouchons de plus de vingt kilomètres.""", []),

    ("match_psg", date(2025, 3, 12), """Ligue des champions : le PSG renverse Liverpool au terme d'une soirée irrespirable

LIVERPOOL (L'Équipe) - Le Paris Saint-Germain s'est qualifié mardi soir pour les quarts de finale après avoir dominé Liverpool à Anfield, au terme d'une séance de tirs au but.

Les Parisiens ont multiplié les attaques en première période, mais se sont heurtés à une défense anglaise regroupée devant sa surface. Le gardien italien a ensuite sauvé les siens à deux reprises, avant d'arrêter deux tentatives lors de la séance décisive.

« Nous avons su souffrir ensemble », a résumé l'entraîneur parisien, dont l'équipe affrontera Aston Villa au tour suivant.""", []),

    ("film_guerre_algerie", date(2025, 2, 14), """Cinéma : un film coup de poing sur la guerre d'Algérie divise la critique

PARIS (Télérama) - Sorti mercredi dans plus de deux cents salles, le nouveau long-métrage d'un réalisateur français revient sur les combats et les exactions de l'armée dans les montagnes de Kabylie en 1959.

Tourné en noir et blanc, le film suit une section d'appelés chargée de détruire des villages. Les scènes d'interrogatoire, d'une grande violence, ont provoqué des départs de spectateurs lors des avant-premières.

Le réalisateur assume « un devoir de mémoire ». Plusieurs associations d'anciens combattants dénoncent une œuvre « partiale ».""", []),

    ("analyse_ukraine", date(2025, 1, 8), """Guerre en Ukraine : pourquoi l'hiver pourrait changer la donne sur le front

PARIS (Le Monde) - Après près de trois ans de guerre, l'armée russe continue de grignoter du terrain dans le Donbass, au prix de pertes considérables, tandis que Kiev peine à recruter de nouveaux soldats.

Pour plusieurs spécialistes interrogés, le froid et le gel des sols pourraient favoriser les offensives mécanisées dans les semaines à venir. « Moscou mise sur l'usure », estime un chercheur d'un institut parisien, qui juge la ville de Pokrovsk menacée à moyen terme.

Le retour annoncé d'une administration américaine moins favorable à l'aide militaire ajoute à l'incertitude. Les Européens s'interrogent sur leur capacité à prendre le relais.""", []),

    ("haiti_conseil_transition", date(2024, 11, 12), """Haïti : le Conseil présidentiel de transition limoge le Premier ministre

PORT-AU-PRINCE (Le Nouvelliste) - Le Conseil présidentiel de transition a publié lundi au journal officiel un décret mettant fin aux fonctions du Premier ministre, nommé il y a moins de six mois, et désignant un homme d'affaires pour lui succéder.

Cette décision intervient après des semaines de tensions entre le chef du gouvernement et plusieurs conseillers, eux-mêmes visés par une enquête pour corruption. Le nouveau Premier ministre devra former une équipe avant la fin du mois.

Le calendrier des élections, prévues l'an prochain, reste incertain dans un pays où les gangs contrôlent la majeure partie de la capitale.""", []),

    ("commemoration_bataclan", date(2025, 11, 14), """Dix ans après les attentats du 13-Novembre, Paris se recueille

PARIS (France Info) - Survivants, familles des victimes et responsables politiques se sont recueillis jeudi devant les lieux visés par les commandos jihadistes le 13 novembre 2015, dix ans jour pour jour après la nuit qui avait fait 130 morts.

Le président de la République a inauguré un jardin du souvenir place Saint-Gervais, près de l'Hôtel de Ville, avant une minute de silence. Les noms des victimes ont été lus devant la salle de concert du boulevard Voltaire.

« Nous sommes encore là », a lancé la présidente d'une association de rescapés, émue aux larmes.""", []),

    ("ev_emeutes_nanterre", date(2023, 6, 29), """Mort d'un adolescent à Nanterre : une deuxième nuit de violences urbaines

NANTERRE (Le Parisien) - Des violences ont de nouveau éclaté dans la nuit de mercredi à jeudi à Nanterre (Hauts-de-Seine), au lendemain de la mort d'un adolescent de 17 ans, tué par le tir d'un policier lors d'un contrôle routier.

Plusieurs dizaines de jeunes ont incendié des voitures et des poubelles, et tiré des mortiers d'artifice sur les policiers dans le quartier Pablo-Picasso. Les forces de l'ordre ont répliqué par des gaz lacrymogènes. Une agence bancaire a été saccagée, selon la préfecture.

Le gouvernement a annoncé le déploiement de 2 000 policiers et gendarmes supplémentaires en Île-de-France pour la nuit suivante.""",
     [ev(VD, ["Rioters", "Police"], NANTERRE, ("mercredi", "jeudi"))]),

    ("ev_maire_domicile", date(2023, 7, 3), """Violences urbaines : le domicile d'un maire du Val-de-Marne attaqué à la voiture bélier

PARIS (Le Figaro) - Des émeutiers ont lancé dans la nuit de samedi à dimanche une voiture enflammée contre le domicile du maire de L'Haÿ-les-Roses (Val-de-Marne), où dormaient son épouse et ses deux jeunes enfants.

En fuyant, la femme de l'élu s'est fracturé le tibia. Le parquet de Créteil a ouvert une enquête pour tentative d'assassinat. La mairie avait déjà été visée par des tirs de mortiers d'artifice les nuits précédentes.

La Première ministre s'est rendue sur place dimanche pour exprimer le soutien du gouvernement.""",
     [ev(VD, ["Rioters"], PARIS, ("samedi", "dimanche"))]),

    ("ev_retraites_manif", date(2023, 3, 8), """Réforme des retraites : une mobilisation record dans les rues, des heurts en fin de cortège à Paris

PARIS (Libération) - Plus d'un million de personnes selon le ministère de l'Intérieur ont manifesté mardi en France contre la réforme des retraites, à l'appel de l'intersyndicale, lors de la sixième journée de mobilisation.

A Paris, le cortège parti de la place de la République s'est déroulé sans incident majeur jusqu'à la place de la Nation. En marge de la manifestation, plusieurs centaines de personnes vêtues de noir ont brisé des vitrines de banques et incendié du mobilier urbain boulevard Voltaire, avant d'être dispersées par les CRS à coups de grenades lacrymogènes.

A Rennes et à Nantes, des cortèges ont également été émaillés de tensions.""",
     [ev(PP, ["Protesters"], PARIS, "mardi"),
      ev(VD, ["Rioters"], PARIS, "mardi"),
      ev(PI, ["Protesters"], RENNES, "mardi", optional=True),
      ev(PI, ["Protesters"], NANTES, "mardi", optional=True)]),

    ("ev_agriculteurs_agen", date(2024, 1, 23), """Colère des agriculteurs : des tracteurs bloquent l'A62 près d'Agen

AGEN (Sud Ouest) - Plusieurs centaines d'agriculteurs ont bloqué lundi l'autoroute A62 à hauteur d'Agen (Lot-et-Garonne) avec leurs tracteurs, à l'appel de la Coordination rurale, pour dénoncer la chute de leurs revenus et l'empilement des normes.

Les manifestants ont installé un barrage filtrant et distribué des tracts aux automobilistes. Le rassemblement s'est déroulé dans le calme, sous l'œil des gendarmes, et les exploitants ont promis de rester « aussi longtemps qu'il le faudra ».

Le Premier ministre doit recevoir les syndicats agricoles à Matignon en fin de semaine.""",
     [ev(PP, ["Protesters"], AGEN, "lundi", assoc=["Coordination"])]),

    ("ev_bassines", date(2023, 3, 27), """Deux-Sèvres : violents affrontements à Sainte-Soline lors d'une manifestation contre les méga-bassines

NIORT (Ouest-France) - Des heurts d'une grande violence ont opposé samedi plusieurs milliers d'opposants aux réserves d'eau agricoles et les gendarmes déployés autour du chantier de Sainte-Soline (Deux-Sèvres).

Des manifestants ont lancé des cocktails Molotov et des pierres sur les forces de l'ordre, qui ont répliqué par des milliers de grenades lacrymogènes et de désencerclement. Quatre fourgons de gendarmerie ont été incendiés. Deux manifestants ont été grièvement blessés.

Le ministre de l'Intérieur a dénoncé des « ultraviolents », tandis que les organisateurs accusent l'État d'avoir « choisi l'affrontement ».""",
     [ev(VD, ["Rioters"], SAINTE_SOLINE, "samedi")]),

    ("ev_flnc_bombe", date(2024, 5, 14), """Corse : le FLNC revendique une série d'attentats contre des résidences secondaires

BASTIA (Corse-Matin) - Le Front de libération nationale de la Corse (FLNC) a revendiqué lundi, dans un communiqué adressé à la presse, une série d'attaques à l'explosif commises dans la nuit de samedi à dimanche contre des villas en construction près de Porto-Vecchio (Corse-du-Sud).

Les charges ont endommagé deux maisons inoccupées, sans faire de blessé. La section antiterroriste du parquet de Paris a été saisie de l'enquête.

Dans son texte, l'organisation clandestine menace de « frapper à nouveau » si les discussions sur l'autonomie de l'île n'aboutissent pas.""",
     [ev(IED, ["FLNC"], PORTO_VECCHIO, ("samedi", "dimanche"))]),

    ("ev_couteau_mulhouse", date(2025, 2, 24), """Attaque au couteau à Mulhouse : un mort, l'assaillant se réclamait de l'État islamique

MULHOUSE (L'Alsace) - Un homme de 69 ans a été tué samedi après-midi et plusieurs policiers municipaux blessés par un assaillant armé d'un couteau, près d'un marché du centre-ville de Mulhouse (Haut-Rhin).

L'agresseur, un Algérien de 37 ans sous obligation de quitter le territoire, a crié « Allah akbar » avant d'être maîtrisé. Selon une source proche de l'enquête, il a prêté allégeance à l'État islamique dans une vidéo retrouvée sur son téléphone. Le parquet national antiterroriste s'est saisi.

Le président de la République a dénoncé « un acte de terrorisme islamiste ».""",
     [ev(ATT, ["Civilians"], MULHOUSE, "samedi", 1)]),

    ("ev_haiti_solino", date(2024, 10, 22), """Port-au-Prince : la coalition Viv Ansanm lance un assaut contre Solino, des habitants fuient

PORT-AU-PRINCE (Le Nouvelliste) - Des membres armés de la coalition de gangs Viv Ansanm ont attaqué dans la nuit de dimanche à lundi le quartier de Solino, à Port-au-Prince, incendiant plusieurs maisons et tirant sur les habitants, selon des témoignages recueillis par notre rédaction.

Au moins quatre personnes ont été tuées, d'après un responsable d'une organisation de défense des droits humains. Des centaines de familles ont trouvé refuge dans une église du quartier voisin.

Des agents de la Police nationale d'Haïti ont été déployés lundi en renfort, sans parvenir à reprendre le contrôle de la zone.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], PORT_AU_PRINCE, ("dimanche", "lundi"), 4)]),

    ("ev_haiti_enlevement", date(2024, 3, 6), """Croix-des-Bouquets : un médecin enlevé par des membres du gang 400 Mawozo

PORT-AU-PRINCE (Le Nouvelliste) - Un médecin de l'hôpital communautaire de Croix-des-Bouquets a été enlevé lundi matin alors qu'il se rendait à son travail, ont indiqué ses collègues, qui accusent le gang 400 Mawozo.

Les ravisseurs ont contacté sa famille dans la soirée et réclament une rançon de plusieurs centaines de milliers de dollars américains. Le personnel de l'hôpital a observé un arrêt de travail mardi pour exiger sa libération.

Les enlèvements contre rançon ont repris de plus belle dans la région depuis le début de l'année.""",
     [ev(ABD, ["400 Mawozo", "Civilians"], CROIX_DES_BOUQUETS, "lundi"),
      ev(PP, ["Protesters"], CROIX_DES_BOUQUETS, "mardi", optional=True)]),

    ("ev_lynchage_haiti", date(2024, 5, 9), """Cap-Haïtien : un présumé voleur lynché par une foule en colère

CAP-HAÏTIEN (Le Nouvelliste) - Un jeune homme accusé d'avoir dérobé une moto a été battu à mort mercredi par une foule dans le quartier de Petite-Anse, à Cap-Haïtien, avant que la police n'intervienne, selon des témoins.

Son corps a été brûlé sur la chaussée. Le commissaire de la ville a condamné « la justice populaire » et annoncé l'ouverture d'une enquête pour identifier les auteurs.

Ces actes de vindicte se multiplient dans le Nord, où les habitants disent ne plus faire confiance aux tribunaux.""",
     [ev(MOB, ["Civilians"], CAP_HAITIEN, "mercredi", 1)]),

    ("ev_lyon_dispersee", date(2024, 6, 17), """Lyon : un rassemblement contre l'extrême droite dispersé par la police

LYON (Le Progrès) - Quelques centaines de manifestants ont occupé samedi soir la place Bellecour, à Lyon, à l'appel de collectifs antifascistes, pour protester contre la montée du Rassemblement national aux élections européennes.

Après des jets de bouteilles sur les agents, la police a dispersé le rassemblement à l'aide de gaz lacrymogène vers 22 heures. Douze personnes ont été interpellées, selon la préfecture du Rhône.

Les organisateurs appellent à une nouvelle mobilisation samedi prochain.""",
     [ev(PI, ["Protesters", "Police"], LYON, "samedi")]),

    ("ev_venissieux_emeutes", date(2023, 7, 1), """En banlieue lyonnaise, une nuit de violences à Vénissieux et Vaulx-en-Velin

LYON (Le Progrès) - Des groupes de jeunes ont incendié des dizaines de véhicules et attaqué un commissariat dans la nuit de jeudi à vendredi en banlieue lyonnaise, notamment à Vénissieux, dans le quartier des Minguettes, a indiqué la préfecture.

Les policiers ont été visés par des tirs de mortiers d'artifice et de projectiles. Un supermarché a été pillé. Au total, 43 personnes ont été interpellées dans l'agglomération.

Le maire de Vénissieux a appelé au calme et demandé aux parents de garder leurs enfants à la maison.""",
     [ev(VD, ["Rioters", "Police"], VENISSIEUX, ("jeudi", "vendredi"))]),

    ("ev_paris_xie_marche", date(2024, 3, 9), """Journée des droits des femmes : des dizaines de milliers de manifestantes dans le XIe arrondissement de Paris

PARIS (France Info) - Des dizaines de milliers de personnes ont défilé vendredi après-midi dans le XIe arrondissement de Paris, entre la place de la République et la place de la Nation, pour la Journée internationale des droits des femmes.

Le cortège, festif et coloré, a réclamé l'égalité salariale et davantage de moyens contre les violences conjugales. Aucun incident n'a été signalé, selon la préfecture de police, qui a compté 24 000 participants.

Des rassemblements ont également eu lieu dans une centaine de villes.""",
     [ev(PP, ["Protesters"], PARIS, "vendredi")]),
]

HELD = [
    ("held_proces_bruxelles", date(2023, 7, 26), """Procès des attentats de Bruxelles : six accusés reconnus coupables d'assassinats terroristes

BRUXELLES (Le Soir) - Le jury de la cour d'assises de Bruxelles a déclaré mardi soir six des dix accusés coupables d'assassinats dans un contexte terroriste, au terme de sept mois de procès consacré aux attaques de l'aéroport et du métro de mars 2016.

Deux accusés ont été acquittés. Les jurés doivent encore se prononcer sur les peines, dans une salle aménagée dans l'ancien siège de l'OTAN, à Evere.

Les victimes présentes dans la salle ont accueilli le verdict dans un silence pesant.""", []),

    ("held_votation_suisse", date(2024, 11, 25), """Votations : les Suisses disent non à l'extension des autoroutes

BERNE (RTS) - Le peuple suisse a rejeté dimanche, à 52,7 % des voix, le projet d'élargissement de plusieurs tronçons autoroutiers soutenu par le Conseil fédéral et le Parlement.

Le non l'a emporté nettement en Suisse romande, tandis que plusieurs cantons alémaniques ont voté oui. Les opposants, soutenus par les milieux écologistes, saluent « un signal fort pour le climat ».

Le conseiller fédéral chargé des transports a pris acte du résultat et promis de présenter d'autres solutions aux embouteillages.""", []),

    ("held_quebec_sondage", date(2025, 5, 20), """Sondage Léger : le Parti québécois creuse l'écart, la CAQ en chute libre

MONTRÉAL (La Presse) - Le Parti québécois recueillerait 33 % des intentions de vote si des élections avaient lieu aujourd'hui, selon un coup de sonde publié lundi, loin devant les libéraux et la Coalition avenir Québec.

Le gouvernement sortant paie le prix de plusieurs dossiers controversés, dont la gestion des hôpitaux et la hausse du coût de la vie. La question de la souveraineté reste toutefois minoritaire dans l'opinion.

Le prochain scrutin général est prévu à l'automne 2026.""", []),

    ("held_incendie_montreal", date(2024, 2, 5), """Montréal : un incendie ravage un immeuble du Vieux-Montréal, deux disparus

MONTRÉAL (La Presse) - Un violent incendie s'est déclaré dimanche à l'aube dans un immeuble patrimonial de la rue du Port, dans le Vieux-Montréal, mobilisant plus de 120 pompiers.

Deux locataires sont portés disparus. Le Service de sécurité incendie a indiqué que la cause du brasier restait inconnue et que l'enquête avait été transmise au service de police.

Le bâtiment, qui abritait des logements loués à court terme, menace de s'effondrer.""", []),

    ("held_tempete_bretagne", date(2023, 11, 3), """Tempête Ciaran : un mort et un million de foyers privés d'électricité dans l'Ouest

BREST (Ouest-France) - La tempête Ciaran a balayé la Bretagne et la Normandie dans la nuit de mercredi à jeudi, avec des rafales dépassant 190 km/h à la pointe du Finistère.

Un chauffeur routier a été tué par la chute d'un arbre sur sa cabine dans l'Aisne. Plus d'un million de foyers étaient privés de courant jeudi matin, selon le gestionnaire du réseau.

Le Premier ministre s'est rendu à Brest dans l'après-midi pour rencontrer les équipes mobilisées.""", []),

    ("held_haiti_elections", date(2025, 7, 3), """Haïti : le Conseil électoral provisoire dévoile un calendrier, les partis sceptiques

PORT-AU-PRINCE (Le Nouvelliste) - Le Conseil électoral provisoire a présenté mercredi un calendrier prévoyant un référendum constitutionnel à l'automne, suivi d'élections générales en début d'année prochaine.

Plusieurs partis ont jugé ce calendrier « irréaliste » dans un contexte où une grande partie de l'Artibonite et de l'Ouest échappe au contrôle de l'État. L'inscription des électeurs n'a toujours pas commencé.

Le président du Conseil électoral a assuré que le financement était garanti par la communauté internationale.""", []),

    ("held_livre_rwanda", date(2024, 4, 5), """Livres : un historien revient sur le rôle de la France au Rwanda en 1994

PARIS (Le Monde) - Trente ans après le génocide des Tutsi, un historien français publie jeudi un ouvrage de plus de six cents pages fondé sur les archives militaires récemment ouvertes.

L'auteur y décrit les hésitations de l'état-major et les massacres commis sur les collines pendant que les soldats de l'opération Turquoise s'installaient dans l'ouest du pays. Il conclut à « des responsabilités accablantes » de l'exécutif de l'époque.

L'ouvrage relance le débat sur la reconnaissance officielle de ces fautes.""", []),

    ("held_nouvelle_caledonie", date(2024, 5, 15), """Nouvelle-Calédonie : nuit d'émeutes à Nouméa, des commerces pillés et incendiés

NOUMÉA (France Info) - De violentes émeutes ont secoué Nouméa dans la nuit de lundi à mardi, en marge de la mobilisation contre la réforme du corps électoral examinée à Paris.

Des groupes de jeunes ont pillé et incendié des commerces, une usine et plusieurs bâtiments publics dans les quartiers de Magenta et de Ducos, érigeant des barrages sur les grands axes. Les gendarmes ont été pris pour cible par des tirs d'armes à feu.

Le haut-commissaire a décrété un couvre-feu et interdit les rassemblements dans le Grand Nouméa.""",
     [ev(VD, ["Rioters"], NOUMEA, ("lundi", "mardi"))]),

    ("held_martinique_vie_chere", date(2024, 10, 11), """Martinique : la contestation contre la vie chère dégénère à Fort-de-France

FORT-DE-FRANCE (Martinique la 1re) - Des barricades ont été érigées et plusieurs commerces incendiés dans la nuit de mercredi à jeudi à Fort-de-France, où la mobilisation contre la cherté des produits alimentaires a dégénéré.

Des policiers venus en renfort de l'Hexagone ont essuyé des tirs de projectiles. Trois personnes ont été interpellées, selon la préfecture, qui a prolongé le couvre-feu dans plusieurs quartiers.

Les négociations entre les distributeurs, les élus et le collectif à l'origine du mouvement doivent reprendre lundi.""",
     [ev(VD, ["Rioters"], FORT_DE_FRANCE, ("mercredi", "jeudi"))]),

    ("held_bruxelles_heurts", date(2022, 11, 28), """Coupe du monde : des émeutes dans le centre de Bruxelles après la défaite belge

BRUXELLES (Le Soir) - Des heurts ont éclaté dimanche après-midi dans le centre de Bruxelles, après la défaite des Diables rouges face au Maroc, lors de la Coupe du monde.

Des dizaines de jeunes ont incendié une voiture et une trottinette, brisé des vitrines boulevard du Midi et lancé des pavés sur les policiers, qui ont fait usage d'un canon à eau et de gaz lacrymogène. Un journaliste a été blessé au visage par un projectile.

Le bourgmestre de Bruxelles a appelé les supporteurs à ne pas venir dans le centre-ville.""",
     [ev(VD, ["Rioters"], BRUXELLES, "dimanche")]),

    ("held_lausanne_climat", date(2024, 9, 30), """Lausanne : des milliers de personnes défilent pour le climat

LAUSANNE (RTS) - Entre 4 000 et 6 000 personnes ont défilé samedi dans les rues de Lausanne pour réclamer une politique climatique plus ambitieuse, à l'appel de la Grève du climat et de plusieurs associations.

Le cortège est parti de la gare pour rejoindre la place de la Riponne dans une ambiance festive. La police municipale n'a signalé aucun débordement.

Une manifestation similaire a rassemblé un millier de personnes à Genève.""",
     [ev(PP, ["Protesters"], LAUSANNE, "samedi"),
      ev(PP, ["Protesters"], GENEVE, "samedi", optional=True)]),

    ("held_montreal_etudiants", date(2024, 6, 8), """Montréal : le SPVM démantèle un rassemblement propalestinien au centre-ville

MONTRÉAL (La Presse) - Le Service de police de la Ville de Montréal a dispersé vendredi soir un rassemblement propalestinien qui bloquait le boulevard René-Lévesque, à Montréal, en faisant usage d'irritants chimiques.

Une quinzaine de personnes ont été arrêtées pour attroupement illégal, selon la police. Les organisateurs, un regroupement d'étudiants, dénoncent une « intervention brutale ».

Le campement installé sur le terrain de l'université McGill avait été démantelé quelques semaines plus tôt.""",
     [ev(PI, ["Protesters", "Police"], MONTREAL, "vendredi")]),

    ("held_haiti_mirebalais", date(2025, 4, 2), """Mirebalais : des gangs prennent d'assaut la ville et libèrent des détenus

PORT-AU-PRINCE (Le Nouvelliste) - Des hommes lourdement armés de la coalition Viv Ansanm ont pris d'assaut lundi la ville de Mirebalais, dans le Centre, attaquant le commissariat et la prison civile, d'où plus de 500 détenus se sont évadés.

Les policiers, en nombre insuffisant, ont battu en retraite après plusieurs heures d'échanges de tirs. Des habitants ont été tués, selon le maire, qui n'a pas donné de bilan précis.

Des milliers de personnes ont fui vers Saut-d'Eau et les hauteurs voisines.""",
     [ev(AC, ["Viv Ansanm", "Police"], MIREBALAIS, "lundi")]),

    ("held_petionville_enlevement", date(2023, 8, 17), """Pétion-Ville : une religieuse et un chauffeur kidnappés en plein jour

PORT-AU-PRINCE (Le Nouvelliste) - Une religieuse et le chauffeur d'une congrégation ont été enlevés mardi en fin de matinée par des individus armés à Pétion-Ville, alors qu'ils revenaient d'un orphelinat, selon un communiqué de la conférence des religieux.

Les ravisseurs n'ont pas encore pris contact avec la congrégation. La police dit avoir ouvert une enquête.

Plus de 1 200 enlèvements ont été recensés en Haïti depuis le début de l'année, selon les Nations unies.""",
     [ev(ABD, ["Civilians"], PETION_VILLE, "mardi")]),

    ("held_strasbourg_agriculteurs", date(2024, 2, 2), """Strasbourg : des agriculteurs déversent du fumier devant le Parlement européen

STRASBOURG (DNA) - Une centaine d'agriculteurs venus d'Alsace et d'Allemagne ont déversé jeudi plusieurs tonnes de fumier et de pneus usagés devant l'entrée du Parlement européen, à Strasbourg, pour dénoncer les accords de libre-échange.

Les gendarmes mobiles ont tenu les manifestants à distance des grilles. Aucune interpellation n'a eu lieu et les exploitants ont levé le camp en début de soirée.

A Bruxelles, des milliers de tracteurs ont convergé le même jour vers le quartier européen.""",
     [ev(PP, ["Protesters"], STRASBOURG, "jeudi")]),

    ("held_grenoble_mairie", date(2023, 7, 2), """Isère : la mairie d'un quartier de Grenoble incendiée au cours de la nuit

GRENOBLE (Le Dauphiné) - La mairie annexe du quartier Villeneuve, à Grenoble, a été en partie détruite par un incendie volontaire dans la nuit de vendredi à samedi, lors d'une nouvelle nuit de violences urbaines en Isère.

Des émeutiers ont également visé le poste de police municipale à coups de mortiers d'artifice. Une vingtaine de véhicules ont brûlé dans l'agglomération, selon la préfecture.

Le maire de Grenoble a dénoncé des « destructions qui pénalisent d'abord les habitants ».""",
     [ev(VD, ["Rioters"], GRENOBLE, ("vendredi", "samedi"))]),

    ("held_liege_greve", date(2025, 2, 14), """Grève nationale : la Belgique tourne au ralenti, une manifestation à Liège

LIÈGE (RTBF) - Trains supprimés, écoles fermées et aéroports à l'arrêt : la grève nationale contre les réformes du gouvernement fédéral a paralysé jeudi une grande partie de la Belgique.

A Liège, près de 8 000 personnes ont défilé dans le calme de la place Saint-Lambert au boulevard d'Avroy, à l'appel des syndicats socialistes et chrétiens. Les manifestants dénonçaient la réforme des pensions et la limitation des allocations de chômage.

Le Premier ministre a assuré que le gouvernement ne reculerait pas.""",
     [ev(PP, ["Protesters"], LIEGE, "jeudi")]),

    ("held_bastia_flnc", date(2023, 3, 14), """Haute-Corse : une gendarmerie visée par une explosion, le FLNC soupçonné

BASTIA (Corse-Matin) - Une charge explosive a détonné dans la nuit de dimanche à lundi devant la brigade de gendarmerie d'une commune proche de Bastia, endommageant la façade et deux véhicules de service, sans faire de blessé.

L'attaque n'a pas été revendiquée, mais les enquêteurs n'excluent pas la piste du FLNC, qui a annoncé en janvier la reprise de ses actions. Le parquet national antiterroriste a été saisi.

Plusieurs élus nationalistes ont condamné un acte qui « ne sert pas la cause de la Corse ».""",
     [ev(IED, [], BASTIA, ("dimanche", "lundi"))]),
]

ARTICLES = STUDIED + HELD


def main() -> int:
    """Score each group apart (studied, then held); ``--only`` narrows both."""
    only = argparse.ArgumentParser(add_help=False)
    only.add_argument("--only")
    wanted = only.parse_known_args()[0].only
    for name, group in (("studied", STUDIED), ("held", HELD)):
        if wanted and not any(a[0] in wanted.split(",") for a in group):
            continue
        print(f"== {name}")
        run(__doc__, group, "Agence")
    return 0


if __name__ == "__main__":
    sys.exit(main())

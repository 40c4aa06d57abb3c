"""Sixty-seven invented French articles (fr33), written as AFP, RFI, Radio Okapi, Actualité.cd, 7sur7.cd, Politico.cd
and Le Monde Afrique write them: ministers' visits, trials and verdicts, sanctions, humanitarian reports, talks in
Luanda and Doha, party congresses, electoral calendars, communiqués and denials, the Security Council, world
conflicts told from a capital, and a few true events among their background (an arrest by the ANR, a march, a
strike, a convoy under army escort ambushed). Little happens in most of them, in the words that make false events:
"craint une offensive", "lors des précédentes manifestations", "deux camps s'affrontent pour le poste",
"dénonce « un enlèvement »", "une offensive ... entraînerait une riposte", "le bilan du mois d'avril", "« On a voulu me
tuer »", "avait jugé la manifestation inopportune". Each article lists the events a coder codes as news (ACLED type,
sub-event type, day) and the types also allowed, written before sitrep was run on it; all are published on Tuesday
14 May 2024. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news, news_of, still_wrong_marked

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th, "dimanche" the 12th

# name, publication day, text, the events a coder codes as news (ACLED type, sub-event type, day: one day
# either way allowed), the types also allowed
ARTICLES = [
    ('ministre_defense_bunia', D,
     "## Ituri : le ministre de la Défense promet de « traquer les ADF jusqu'au dernier »\n\n"
     "Par Radio Okapi\n\n"
     "Le vice-Premier ministre chargé de la Défense a séjourné lundi à Bunia, chef-lieu de l'Ituri, où il a rencontré "
     "le gouverneur militaire, les chefs coutumiers et les représentants de la société civile. Au cours d'une réunion "
     "de sécurité, il a promis que les FARDC allaient « traquer les ADF jusqu'au dernier » et lancer de nouvelles "
     "opérations dans le territoire d'Irumu.\n\n"
     "Les notables lui ont présenté un cahier de charges évoquant les massacres qui endeuillent la région depuis "
     "plusieurs années. « Nous voulons des actes, pas des promesses », a lancé un chef de groupement.\n\n"
     "Le ministre devait se rendre mardi à Mambasa avant de regagner Kinshasa en fin de semaine.",
     [], []),
    ('proces_tribunal_garnison', D,
     "## Beni : ouverture du procès de onze présumés miliciens devant le tribunal militaire\n\n"
     "Par Actualite.cd\n\n"
     "Le tribunal militaire de garnison de Beni a ouvert lundi le procès de onze personnes poursuivies pour "
     "participation à un mouvement insurrectionnel et meurtre. Selon l'acte d'accusation, les prévenus auraient pris "
     "part à l'attaque qui avait coûté la vie à quinze civils en février dans le secteur de Ruwenzori.\n\n"
     "Leurs avocats plaident non coupable et dénoncent des aveux obtenus sous la contrainte. L'audience, tenue en "
     "chambre foraine sur la place publique, a attiré plusieurs centaines d'habitants.\n\n"
     "Le ministère public a requis la peine de mort contre quatre des accusés. Le verdict est attendu la semaine prochaine.",
     [], []),
    ('sanctions_tresor_commandants', D,
     "## Washington sanctionne deux commandants rebelles accusés d'exactions au Nord-Kivu\n\n"
     "Par RFI\n\n"
     "Le Trésor américain a annoncé lundi des sanctions contre deux commandants du M23, accusés d'avoir ordonné des "
     "exécutions sommaires de civils en 2022 dans le territoire de Rutshuru. Leurs avoirs aux États-Unis sont gelés "
     "et toute transaction avec eux est interdite aux citoyens américains.\n\n"
     "Dans un communiqué, le département d'État appelle le Rwanda à cesser tout soutien au mouvement rebelle et à "
     "retirer ses troupes du territoire congolais. Kigali n'a pas réagi dans l'immédiat.\n\n"
     "À Kinshasa, le porte-parole du gouvernement a salué « un pas dans la bonne direction » et réclamé des mesures "
     "similaires de la part de l'Union européenne.",
     [], []),
    ('ocha_rapport_deplaces', D,
     "## Nord-Kivu : plus de 2,7 millions de déplacés, selon OCHA\n\n"
     "Par Radio Okapi\n\n"
     "Le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA) estime à plus de 2,7 millions "
     "le nombre de personnes déplacées dans la province du Nord-Kivu. Dans son dernier rapport publié lundi, "
     "l'agence note que les combats entre l'armée et les rebelles ont poussé des centaines de milliers de personnes "
     "vers les sites autour de Goma depuis le début de l'année.\n\n"
     "Le rapport relève aussi une hausse des cas de choléra dans les camps de Bulengo et de Lushagala, où l'accès à "
     "l'eau potable reste limité. Le plan de réponse humanitaire n'est financé qu'à 16 %.\n\n"
     "OCHA appelle les parties au conflit à respecter le droit international humanitaire et à garantir l'accès des "
     "travailleurs humanitaires aux populations dans le besoin.",
     [], []),
    ('pourparlers_luanda', D,
     "## Processus de Luanda : les ministres congolais et rwandais se retrouvent en Angola\n\n"
     "Par AFP\n\n"
     "Les ministres des Affaires étrangères de la RDC et du Rwanda se sont retrouvés lundi à Luanda sous la médiation "
     "du président angolais, pour une nouvelle session de discussions sur la crise dans l'Est congolais. Les deux "
     "délégations ont échangé pendant plus de six heures sans parvenir à un accord.\n\n"
     "Kinshasa exige le retrait des soldats rwandais déployés aux côtés du M23, tandis que Kigali conditionne tout "
     "désengagement à la neutralisation des FDLR. « Les positions restent éloignées », a reconnu un diplomate angolais.\n\n"
     "Une nouvelle réunion au niveau des experts doit se tenir dans deux semaines. Les médiateurs espèrent organiser "
     "ensuite une rencontre entre les deux chefs d'État.",
     [], []),
    ('udps_congres', D,
     "## UDPS : le congrès du parti présidentiel s'ouvre dans la tension\n\n"
     "Par 7sur7.cd\n\n"
     "Le congrès de l'Union pour la démocratie et le progrès social (UDPS) s'est ouvert samedi au Centre financier "
     "de Kinshasa en présence de plus de deux mille délégués venus des vingt-six provinces. Les travaux doivent "
     "désigner la nouvelle direction du parti, secoué depuis des mois par une guerre de succession.\n\n"
     "Deux camps s'affrontent pour le poste de secrétaire général. Dans les couloirs, les partisans de l'un "
     "accusent l'autre d'avoir « acheté » des délégués. « C'est une bataille d'idées, pas de personnes », tempère un cadre.\n\n"
     "Le président de la République, autorité morale du parti, devrait clôturer les travaux mercredi par un discours.",
     [], []),
    ('ceni_resultats_provinciales', D,
     "## Élections des gouverneurs : la CENI publie le calendrier\n\n"
     "Par Actualite.cd\n\n"
     "La Commission électorale nationale indépendante (CENI) a publié lundi le calendrier de l'élection des "
     "gouverneurs et vice-gouverneurs des provinces. Le scrutin, indirect, aura lieu le 29 mai dans les "
     "assemblées provinciales.\n\n"
     "Le dépôt des candidatures est ouvert jusqu'à vendredi. Plusieurs partis de l'opposition menacent de boycotter "
     "le vote, qu'ils jugent « verrouillé d'avance » par la majorité.\n\n"
     "Dans le Nord-Kivu et l'Ituri, placés sous état de siège depuis 2021, le scrutin n'aura pas lieu, a précisé le "
     "rapporteur de la centrale électorale.",
     [], []),
    ('communique_armee_dement', D,
     "## Les FARDC démentent avoir bombardé des positions civiles à Masisi\n\n"
     "Par Radio Okapi\n\n"
     "Le porte-parole des Forces armées de la RDC a démenti lundi toute frappe contre des zones habitées dans le "
     "territoire de Masisi. Il réagissait à un communiqué de l'AFC, la branche politique du M23, qui accuse "
     "l'armée d'avoir largué des bombes sur des villages.\n\n"
     "« Nos forces ne visent que des objectifs militaires », a-t-il déclaré devant la presse à Goma, "
     "dénonçant « une campagne de désinformation ».\n\n"
     "Aucune source indépendante n'a pu confirmer les accusations des rebelles.",
     [], []),
    ('convoi_escorte_djibo', D,
     "## Burkina Faso : un convoi de ravitaillement escorté par l'armée arrive à Djibo\n\n"
     "Par AFP\n\n"
     "Un convoi d'une centaine de camions de vivres, escorté par l'armée et des Volontaires pour la défense de la patrie "
     "(VDP), est arrivé dimanche à Djibo, ville du nord du Burkina Faso sous blocus jihadiste depuis plus de deux ans. "
     "Les habitants ont accueilli les camions dans la liesse.\n\n"
     "Le ravitaillement, composé de riz, de farine et de carburant, doit permettre de tenir plusieurs semaines, selon "
     "le gouverneur de la région du Sahel.\n\n"
     "Les convois vers Djibo sont régulièrement la cible d'embuscades des groupes armés liés à Al-Qaïda.",
     [], []),
    ('convoi_escorte_attaque', D,
     "## Mali : un convoi escorté par l'armée attaqué près de Léré\n\n"
     "Par RFI\n\n"
     "Un convoi de camions civils escorté par l'armée malienne a été attaqué dimanche par des hommes armés entre "
     "Niono et Léré, dans la région de Tombouctou. Selon des sources locales, trois chauffeurs ont été tués et "
     "plusieurs véhicules incendiés.\n\n"
     "L'armée affirme avoir repoussé les assaillants et « neutralisé » plusieurs d'entre eux. L'attaque n'a pas été "
     "revendiquée, mais le secteur est une zone d'action des jihadistes du JNIM, liés à Al-Qaïda.\n\n"
     "Les transporteurs menacent de suspendre leurs rotations vers Tombouctou si leur sécurité n'est pas garantie.",
     [('Battles', 'Armed clash', date(2024, 5, 12))], ['Violence against civilians']),
    ('assemblee_question_orale', D,
     "## Assemblée nationale : le ministre de l'Intérieur interpellé sur l'insécurité à Kinshasa\n\n"
     "Par Politico.cd\n\n"
     "Le vice-Premier ministre de l'Intérieur a répondu lundi à une question orale du député Jean-Pierre Mavungu "
     "sur l'insécurité dans la capitale. L'élu a cité les attaques de « Kulunas », ces bandes de jeunes armés de "
     "machettes qui dépouillent les passants la nuit dans plusieurs communes.\n\n"
     "Le ministre a reconnu « une situation préoccupante » et annoncé le recrutement de trois mille policiers "
     "supplémentaires. Il a aussi promis l'installation de caméras de surveillance sur les grands axes.\n\n"
     "Peu convaincus, plusieurs députés ont annoncé le dépôt d'une motion de défiance.",
     [], []),
    ('gaza_conseil_securite', D,
     "## Gaza : le Conseil de sécurité de l'ONU divisé sur un nouveau projet de résolution\n\n"
     "Par Le Monde avec AFP\n\n"
     "Le Conseil de sécurité de l'ONU s'est réuni lundi à New York pour examiner un projet de résolution "
     "appelant à un cessez-le-feu immédiat dans la bande de Gaza. Les États-Unis ont fait savoir qu'ils "
     "s'opposeraient à tout texte ne condamnant pas le Hamas.\n\n"
     "La guerre, déclenchée par l'attaque du Hamas contre Israël le 7 octobre, a fait plus de 35 000 morts à Gaza, "
     "selon le ministère de la santé du Hamas. L'ONU estime que l'ensemble de la population du territoire est "
     "menacée de famine.\n\n"
     "Le vote pourrait avoir lieu dans les prochains jours, selon plusieurs diplomates.",
     [], []),
    ('ukraine_aide_europe', D,
     "## Ukraine : les Européens promettent de nouvelles livraisons de munitions\n\n"
     "Par France 24\n\n"
     "Les ministres de la Défense de l'Union européenne, réunis lundi à Bruxelles, se sont engagés à livrer à "
     "l'Ukraine un million d'obus d'artillerie d'ici la fin de l'année. Kiev réclame en urgence des systèmes de "
     "défense antiaérienne pour protéger ses villes des frappes russes.\n\n"
     "Le chef de la diplomatie européenne a averti que la Russie préparait « une nouvelle offensive d'ampleur » dans "
     "la région de Kharkiv. « Si nous n'agissons pas maintenant, le front pourrait céder », a-t-il déclaré.\n\n"
     "La Hongrie continue de bloquer le déblocage d'une enveloppe de cinq milliards d'euros.",
     [], []),
    ('soudan_negociations_djeddah', D,
     "## Soudan : appel à la reprise des pourparlers de Djeddah\n\n"
     "Par AFP\n\n"
     "L'envoyé spécial américain pour le Soudan a appelé lundi l'armée soudanaise et les Forces de soutien rapide (FSR) "
     "à reprendre les négociations interrompues à Djeddah. Depuis avril 2023, la guerre entre les deux camps a fait "
     "des dizaines de milliers de morts et plus de huit millions de déplacés.\n\n"
     "« Il n'y a pas de solution militaire à ce conflit », a-t-il insisté devant des journalistes à Nairobi. "
     "Il a mis en garde contre un assaut des paramilitaires sur El-Fasher, dernière grande ville du Darfour "
     "encore aux mains de l'armée, qui aurait selon lui « des conséquences catastrophiques ».",
     [], []),
    ('senegal_conseil_ministres', D,
     "## Sénégal : le Premier ministre annonce un audit des finances publiques\n\n"
     "Par Le Monde Afrique\n\n"
     "Le Premier ministre sénégalais a présidé lundi à Dakar son premier séminaire gouvernemental, au cours duquel il "
     "a annoncé un audit complet des finances publiques laissées par l'ancien régime. Il a promis de « faire la "
     "lumière » sur la gestion de la dette.\n\n"
     "Le chef du gouvernement a aussi évoqué la renégociation des contrats pétroliers et gaziers, un engagement de "
     "campagne. L'opposition dénonce une « chasse aux sorcières ».\n\n"
     "Les députés seront appelés à examiner une loi de finances rectificative avant la fin juin.",
     [], []),
    ('cameroun_presidentielle_candidats', D,
     "## Cameroun : à un an de la présidentielle, l'opposition cherche un candidat unique\n\n"
     "Par RFI\n\n"
     "Les principaux partis de l'opposition camerounaise se sont réunis samedi à Douala pour discuter d'une "
     "candidature commune à la présidentielle de 2025. Aucun accord n'a été trouvé, plusieurs leaders refusant de "
     "se retirer.\n\n"
     "Le président Paul Biya, 91 ans, au pouvoir depuis 1982, n'a pas encore dit s'il briguerait un nouveau mandat. "
     "Son parti, le RDPC, l'a déjà désigné comme son « candidat naturel ».\n\n"
     "En 2018, la contestation des résultats avait conduit à l'arrestation de centaines de militants de l'opposition.",
     [], []),
    ('tchad_cour_constitutionnelle', D,
     "## Tchad : la Cour constitutionnelle valide l'élection de Mahamat Idriss Déby\n\n"
     "Par AFP\n\n"
     "Le Conseil constitutionnel tchadien a confirmé jeudi la victoire de Mahamat Idriss Déby Itno à la présidentielle "
     "du 6 mai, avec 61 % des voix. Son principal rival, le Premier ministre Succès Masra, avait contesté les "
     "résultats provisoires et dénoncé des fraudes.\n\n"
     "Dimanche, au lendemain de l'annonce des résultats provisoires, des tirs de joie avaient fait plusieurs victimes "
     "à N'Djamena, selon des sources hospitalières. Le gouvernement a appelé au calme.\n\n"
     "L'investiture du chef de l'État est prévue le 23 mai.",
     [], ['Violence against civilians', 'Strategic developments']),
    ('burkina_dialogue_national', D,
     "## Burkina Faso : les assises nationales prolongent la transition de cinq ans\n\n"
     "Par Le Monde Afrique\n\n"
     "Les assises nationales réunies samedi à Ouagadougou ont adopté une charte prolongeant de soixante mois la "
     "transition dirigée par le capitaine Ibrahim Traoré. Le chef de la junte pourra se présenter aux futures "
     "élections.\n\n"
     "Les partis politiques, dont les activités sont suspendues depuis le coup d'État de septembre 2022, avaient "
     "boycotté la rencontre. « La lutte contre le terrorisme reste la priorité absolue », a déclaré le capitaine "
     "Traoré dans un discours.\n\n"
     "Le pays est confronté depuis 2015 à des violences jihadistes qui ont fait plus de 20 000 morts.",
     [], []),
    ('niger_usa_retrait', D,
     "## Niger : début du retrait des soldats américains\n\n"
     "Par France 24\n\n"
     "Les premiers militaires américains ont quitté le Niger, a annoncé lundi le Pentagone, conformément à "
     "l'accord conclu avec la junte au pouvoir à Niamey. Le retrait complet des quelque mille soldats doit être "
     "achevé d'ici le 15 septembre.\n\n"
     "La base de drones d'Agadez, construite pour plus de cent millions de dollars, sera remise à l'armée nigérienne. "
     "Le régime militaire s'est rapproché de Moscou, qui a envoyé des instructeurs en avril.\n\n"
     "Washington craint que ce départ ne complique la surveillance des groupes jihadistes dans le Sahel.",
     [], ['Strategic developments']),
    ('haiti_conseil_transition', D,
     "## Haïti : le conseil présidentiel de transition désigne un Premier ministre\n\n"
     "Par AFP\n\n"
     "Le conseil présidentiel de transition haïtien a désigné lundi un nouveau Premier ministre, chargé de former un "
     "gouvernement et de préparer des élections. La nomination intervient alors que les gangs contrôlent la quasi-"
     "totalité de Port-au-Prince.\n\n"
     "Le déploiement de la mission multinationale menée par le Kenya, autorisée par l'ONU en octobre, se fait "
     "toujours attendre. Les premiers policiers kényans pourraient arriver « d'ici quelques semaines », selon "
     "Nairobi.\n\n"
     "Depuis janvier, les violences des gangs ont fait plus de 2 500 morts dans le pays, selon l'ONU.",
     [], []),
    ('rdc_journalistes_formation', D,
     "## Goma : des journalistes formés à la couverture des conflits armés\n\n"
     "Par Radio Okapi\n\n"
     "Une trentaine de journalistes de Goma ont suivi du 8 au 11 mai un atelier sur la couverture des conflits armés, "
     "organisé par une ONG de défense de la liberté de la presse. Les participants ont appris à vérifier les bilans "
     "de victimes et à protéger leurs sources.\n\n"
     "Les formateurs ont rappelé que plusieurs reporters avaient été menacés, voire agressés, ces dernières années "
     "dans la province. « Aucun reportage ne vaut la vie d'un journaliste », a insisté l'un d'eux.\n\n"
     "Un second atelier est prévu à Bukavu en juin.",
     [], []),
    ('kinshasa_arrestation_opposant', D,
     "## Kinshasa : un cadre de l'opposition interpellé par l'ANR\n\n"
     "Par Actualite.cd\n\n"
     "Le secrétaire général d'un parti de l'opposition a été interpellé lundi soir à son domicile de la commune de "
     "Limete, à Kinshasa, par des agents de l'Agence nationale de renseignements (ANR), selon son parti. Aucun motif "
     "n'a été communiqué à sa famille.\n\n"
     "Son parti dénonce « un enlèvement » et exige sa libération immédiate. La semaine dernière, l'opposant avait "
     "critiqué dans une conférence de presse le projet de révision constitutionnelle.\n\n"
     "Le porte-parole de la police n'a pas souhaité commenter.",
     [('Strategic developments', 'Arrests', date(2024, 5, 13))], []),
    ('lubumbashi_etudiants', D,
     "## Lubumbashi : des étudiants manifestent contre la hausse des frais académiques\n\n"
     "Par Radio Okapi\n\n"
     "Plusieurs centaines d'étudiants de l'Université de Lubumbashi ont manifesté lundi sur le campus et dans "
     "les rues voisines pour dénoncer la hausse des frais académiques. Ils ont marché jusqu'au gouvernorat du "
     "Haut-Katanga où ils ont déposé un mémorandum.\n\n"
     "La manifestation s'est déroulée sans incident, selon la police. Le recteur a promis de réunir le comité de "
     "gestion dans les prochains jours pour examiner leurs revendications.\n\n"
     "L'an dernier, un mouvement similaire avait été dispersé à coups de gaz lacrymogène.",
     [('Protests', 'Peaceful protest', date(2024, 5, 13))], []),
    ('ebola_riposte', D,
     "## Équateur : la riposte contre Ebola s'intensifie à Mbandaka\n\n"
     "Par Radio Okapi\n\n"
     "Les équipes de la riposte ont lancé lundi une campagne de vaccination contre Ebola à Mbandaka, dans la province "
     "de l'Équateur, où trois cas ont été confirmés la semaine dernière. Plus de 500 contacts sont suivis, selon le "
     "ministère de la Santé.\n\n"
     "« Nous menons une guerre contre le virus et nous la gagnerons », a déclaré le ministre provincial de la Santé. "
     "Il a appelé la population à signaler tout cas suspect et à respecter les gestes barrières.\n\n"
     "La RDC a connu en 2018-2020 la deuxième épidémie d'Ebola la plus meurtrière de l'histoire, avec plus de 2 000 morts.",
     [], []),
    ('menace_m23_goma', D,
     "## Goma : la société civile craint une offensive rebelle sur la ville\n\n"
     "Par 7sur7.cd\n\n"
     "La société civile du Nord-Kivu a exprimé lundi ses inquiétudes face aux mouvements de troupes rebelles signalés "
     "autour de Sake, à une vingtaine de kilomètres de Goma. Elle redoute une attaque imminente sur le chef-lieu "
     "provincial.\n\n"
     "« Si Sake tombe, Goma sera encerclée », prévient son président. Il demande au gouvernement de renforcer le "
     "dispositif militaire et à la MONUSCO de protéger les déplacés.\n\n"
     "L'armée assure de son côté que la ville est « imprenable ».",
     [], []),
    ('anniversaire_massacre_commemoration', D,
     "## Ituri : recueillement à Plaine Savo, deux ans après le massacre\n\n"
     "Par Radio Okapi\n\n"
     "Des centaines de personnes se sont rassemblées dimanche au site de déplacés de Plaine Savo, dans le territoire "
     "de Djugu, pour commémorer les victimes de l'attaque de février 2022. Ce jour-là, des miliciens avaient tué "
     "plus de soixante déplacés, dont des femmes et des enfants.\n\n"
     "Des messes ont été dites et des gerbes de fleurs déposées sur les tombes. Les rescapés disent vivre toujours "
     "dans la peur et réclament justice.\n\n"
     "Aucun des auteurs présumés n'a été jugé à ce jour, selon les organisations locales de défense des droits humains.",
     [], ['Protests']),
    ('interview_general', D,
     "## « Nous avons repoussé l'ennemi sur tous les fronts », affirme le commandant de la 34e région militaire\n\n"
     "Par Actualite.cd\n\n"
     "Dans un entretien accordé lundi à la presse, le commandant de la 34e région militaire dresse un bilan positif des "
     "opérations menées depuis le début de l'année. « Nous avons repoussé l'ennemi sur tous les fronts et repris "
     "plusieurs localités », assure le général.\n\n"
     "Il reconnaît toutefois des difficultés logistiques et appelle les jeunes à s'enrôler dans l'armée plutôt que dans "
     "les groupes armés. « La guerre sera longue, mais nous la gagnerons », dit-il.\n\n"
     "L'officier n'a donné aucun chiffre sur les pertes subies par ses troupes.",
     [], []),
    ('verdict_peine_mort', D,
     "## Kisangani : trois policiers condamnés à mort pour le meurtre d'un motard\n\n"
     "Par Radio Okapi\n\n"
     "Le tribunal militaire de garnison de Kisangani a condamné lundi trois policiers à la peine de mort pour le "
     "meurtre d'un conducteur de moto-taxi en mars dernier. Les faits s'étaient produits lors d'un contrôle routier "
     "qui avait mal tourné.\n\n"
     "La famille de la victime a salué le verdict. Les avocats de la défense ont annoncé qu'ils feraient appel.\n\n"
     "La peine de mort, rétablie en RDC en mars, n'a pas encore été appliquée.",
     [], []),
    ('cessez_le_feu_prolonge', D,
     "## RDC : la trêve humanitaire prolongée de deux semaines\n\n"
     "Par AFP\n\n"
     "La trêve humanitaire décrétée au Nord-Kivu a été prolongée de deux semaines, a annoncé lundi la "
     "Maison-Blanche. Cette pause doit permettre l'acheminement de l'aide aux populations déplacées par les "
     "combats autour de Goma.\n\n"
     "Les belligérants s'accusent mutuellement d'avoir violé la trêve à plusieurs reprises depuis son entrée en "
     "vigueur. Des tirs sporadiques ont encore été signalés dans les collines de Masisi, selon des habitants.\n\n"
     "Washington dit vouloir profiter de cette accalmie pour relancer le dialogue.",
     [], ['Strategic developments', 'Battles']),
    ('mali_partis_suspendus', D,
     "## Mali : les partis politiques toujours suspendus, la classe politique s'impatiente\n\n"
     "Par Jeune Afrique\n\n"
     "Un mois après la suspension des activités des partis politiques par la junte, plusieurs formations maliennes "
     "ont saisi la Cour suprême pour demander l'annulation du décret. Elles dénoncent « une violation flagrante de la "
     "Constitution ».\n\n"
     "Les autorités de transition justifient la mesure par la tenue du dialogue inter-Maliens, qui doit déboucher sur "
     "des recommandations pour la paix. Plusieurs responsables politiques interpellés en juin dernier sont toujours "
     "détenus.\n\n"
     "La Cour suprême devrait se prononcer d'ici la fin du mois.",
     [], []),
    ('guinee_marche_interdite', D,
     "## Guinée : le Forces vives appellent à manifester jeudi, la junte interdit\n\n"
     "Par RFI\n\n"
     "Les Forces vives de Guinée, qui regroupent partis et organisations de la société civile, ont appelé lundi à "
     "une journée de manifestation jeudi à Conakry pour exiger le retour à l'ordre constitutionnel. Le ministère de "
     "l'Administration du territoire a aussitôt interdit tout rassemblement sur la voie publique.\n\n"
     "Les organisateurs maintiennent leur appel. « Nous marcherons pacifiquement », affirme l'un d'eux.\n\n"
     "Lors des précédentes manifestations, des dizaines de personnes avaient été tuées par les forces de l'ordre, selon "
     "les organisations de défense des droits humains.",
     [], []),
    ('mozambique_total_reprise', D,
     "## Mozambique : TotalEnergies envisage une reprise du projet gazier au Cabo Delgado\n\n"
     "Par Le Monde Afrique\n\n"
     "Le PDG de TotalEnergies a déclaré lundi qu'il espérait relancer « d'ici décembre » le chantier de gaz "
     "naturel liquéfié de Mozambique LNG, suspendu depuis l'attaque jihadiste contre Palma en mars 2021. La sécurité "
     "s'est améliorée dans la province, a-t-il estimé.\n\n"
     "Des attaques sporadiques des insurgés liés à l'État islamique continuent toutefois d'être signalées dans les "
     "districts de Macomia et de Mocímboa da Praia, selon les ONG.\n\n"
     "Le projet, d'un coût de 20 milliards de dollars, est le plus gros investissement privé en Afrique.",
     [], []),
    ('rca_elections_locales', D,
     "## Centrafrique : les élections locales reportées à 2025\n\n"
     "Par RFI\n\n"
     "L'Autorité nationale des élections (ANE) de Centrafrique a annoncé lundi le report des élections locales, "
     "initialement prévues en octobre, à l'année prochaine. L'ANE invoque des difficultés de financement et "
     "l'insécurité dans plusieurs préfectures.\n\n"
     "Ces élections, les premières depuis 1988, doivent permettre d'élire les conseils municipaux. Les groupes armés "
     "contrôlent encore une partie du territoire, malgré l'accord de paix signé en 2019.\n\n"
     "L'opposition accuse le pouvoir de vouloir coupler ce scrutin avec la présidentielle de 2025.",
     [], []),
    ('israel_liban_tensions', D,
     "## Liban : le Hezbollah menace Israël d'une riposte « sans limites »\n\n"
     "Par France 24\n\n"
     "Le chef du Hezbollah a averti lundi soir dans un discours télévisé qu'une offensive israélienne d'ampleur "
     "contre le Liban entraînerait une riposte « sans limites ». « Aucun endroit en Israël ne sera à l'abri de nos "
     "missiles », a-t-il lancé.\n\n"
     "Depuis octobre, les échanges de tirs quotidiens à la frontière ont fait plusieurs centaines de morts au Liban, "
     "en majorité des combattants. Des dizaines de milliers d'habitants ont fui les deux côtés de la frontière.\n\n"
     "Les médiateurs français et américains tentent d'obtenir un retrait des combattants du Hezbollah au nord du Litani.",
     [], []),
    ('burundi_opposant_condamne', D,
     "## Burundi : un ancien Premier ministre condamné à la perpétuité\n\n"
     "Par AFP\n\n"
     "La Cour suprême du Burundi a condamné vendredi l'ancien Premier ministre Alain-Guillaume Bunyoni à la prison à "
     "perpétuité pour « atteinte à la sûreté de l'État » et « tentative de renversement » des institutions.\n\n"
     "L'ancien homme fort du régime, arrêté en avril 2023 après une traque de plusieurs jours, a toujours clamé son "
     "innocence. Ses avocats dénoncent un procès politique.\n\n"
     "Plusieurs de ses proches ont également été condamnés à des peines de prison.",
     [], []),
    ('kasai_conflit_foncier_mediation', D,
     "## Kasaï : médiation entre deux chefferies en conflit foncier\n\n"
     "Par Radio Okapi\n\n"
     "Le gouverneur du Kasaï a réuni samedi à Tshikapa les chefs de deux chefferies du territoire de Kamonia qui se "
     "disputent des terres agricoles. Le différend avait dégénéré en affrontements l'an dernier, faisant plusieurs "
     "morts et des centaines de déplacés.\n\n"
     "Les deux parties ont signé un acte d'engagement à respecter les limites fixées par une commission mixte. Le "
     "gouverneur a menacé de sanctions quiconque violerait cet engagement.\n\n"
     "Les notables espèrent que l'accord permettra le retour des familles déplacées.",
     [], ['Strategic developments']),
    ('tshisekedi_discours_nation', D,
     "## Tshisekedi devant le Congrès : « Nous ne négocierons pas avec des terroristes »\n\n"
     "Par 7sur7.cd\n\n"
     "Le président Félix Tshisekedi a prononcé lundi son discours sur l'état de la nation devant les deux chambres du "
     "Parlement réunies en Congrès. Il a réaffirmé son refus de négocier avec le M23, qu'il qualifie de « coquille "
     "vide » au service du Rwanda.\n\n"
     "Le président congolais a accusé Kigali d'avoir « envahi » le territoire congolais et d'avoir massacré des "
     "civils à Kishishe en 2022. Il a promis de doter l'armée de nouveaux drones et avions de combat.\n\n"
     "L'opposition a boycotté la séance, dénonçant un discours « de campagne ».",
     [], []),
    ('hrw_rapport_viols', D,
     "## Human Rights Watch documente des violences sexuelles dans les camps de déplacés\n\n"
     "Par Le Monde Afrique\n\n"
     "Dans un rapport publié lundi, Human Rights Watch affirme que des dizaines de femmes ont été violées depuis janvier "
     "dans les camps de déplacés autour de Goma, souvent par des hommes armés en uniforme. L'organisation a recueilli "
     "les témoignages de quarante victimes.\n\n"
     "Les auteurs seraient des militaires, des miliciens Wazalendo et des bandits. HRW appelle les autorités à "
     "enquêter et à poursuivre les responsables.\n\n"
     "Le gouvernement n'a pas réagi à la publication du rapport.",
     [], []),
    ('kinshasa_greve_medecins', D,
     "## Grève des médecins : les hôpitaux publics tournent au ralenti\n\n"
     "Par Actualite.cd\n\n"
     "Les médecins des hôpitaux publics de Kinshasa ont entamé lundi une grève sèche à l'appel de leur syndicat, qui "
     "réclame l'application d'un barème salarial signé en 2022. Seuls les services d'urgence fonctionnent.\n\n"
     "Le ministre de la Santé a invité les grévistes au dialogue et promis des paiements « dans les meilleurs délais ». "
     "Le syndicat menace de durcir le mouvement si rien n'est fait d'ici la fin du mois.",
     [('Protests', 'Peaceful protest', date(2024, 5, 13))], []),
    ('somalie_election_puntland', D,
     "## Somalie : le Puntland suspend sa reconnaissance du gouvernement fédéral\n\n"
     "Par AFP\n\n"
     "L'État régional du Puntland a annoncé dimanche qu'il ne reconnaissait plus l'autorité du gouvernement fédéral "
     "somalien, après l'adoption d'amendements constitutionnels par le Parlement de Mogadiscio. La région "
     "semi-autonome dénonce une réforme adoptée « sans consensus ».\n\n"
     "La décision complique la lutte contre les shebab, qui mènent une insurrection sanglante depuis plus de quinze "
     "ans. Le gouvernement fédéral a appelé au dialogue.\n\n"
     "Les partenaires internationaux se disent préoccupés par cette crise institutionnelle.",
     [], []),
    ('rdc_deputes_visite_sake', D,
     "## Une délégation de députés visite les déplacés de Sake\n\n"
     "Par Radio Okapi\n\n"
     "Une délégation de députés nationaux élus du Nord-Kivu s'est rendue lundi dans les sites de déplacés de Sake et "
     "de Mugunga. Ils ont écouté les doléances des familles qui ont fui les combats de février.\n\n"
     "Les élus ont promis de plaider à Kinshasa pour une aide d'urgence. « Ces gens ont tout perdu », a déclaré le chef "
     "de la délégation.\n\n"
     "La veille, une bombe était tombée près d'un camp de Mugunga, sans faire de victimes, selon des témoins.",
     [('Explosions/Remote violence', 'Shelling/artillery/missile attack', date(2024, 5, 12))], []),
    ('nigeria_gouverneur_rencontre', D,
     "## Nigeria : le gouverneur de Zamfara rencontre les chefs traditionnels\n\n"
     "Par AFP\n\n"
     "Le gouverneur de l'État de Zamfara a réuni lundi à Gusau les émirs et chefs traditionnels de la région pour "
     "discuter de la lutte contre les bandits, responsables d'enlèvements massifs dans cette région du Nigeria. Il a "
     "exclu toute négociation avec les groupes armés.\n\n"
     "« Nous ne paierons plus de rançons », a-t-il martelé. Les chefs ont demandé la création de milices d'autodéfense "
     "villageoises.\n\n"
     "Des centaines d'élèves ont été enlevés dans leurs écoles dans cette région ces dernières années.",
     [], []),
    ('rwanda_election_campagne', D,
     "## Rwanda : Paul Kagame candidat à un quatrième mandat\n\n"
     "Par RFI\n\n"
     "Le Front patriotique rwandais (FPR) a officiellement investi samedi Paul Kagame comme candidat à la "
     "présidentielle du 15 juillet. Le chef de l'État, au pouvoir depuis 2000, brigue un quatrième mandat.\n\n"
     "Deux opposants ont vu leur candidature rejetée par la commission électorale. « Le combat continue », a assuré "
     "l'un d'eux sur les réseaux sociaux.\n\n"
     "En 2017, Paul Kagame avait été réélu avec près de 99 % des voix.",
     [], []),
    ('sud_kivu_eglise_marche', D,
     "## Bukavu : les fidèles catholiques marchent pour la paix\n\n"
     "Par Radio Okapi\n\n"
     "Des milliers de fidèles catholiques ont marché dimanche dans les rues de Bukavu à l'appel de l'archevêque pour "
     "réclamer la paix dans l'Est du pays. La procession, partie de la cathédrale Notre-Dame de la Paix, s'est "
     "achevée au rond-point Place de l'Indépendance sans incident.\n\n"
     "Dans son homélie, l'archevêque a dénoncé « le silence de la communauté internationale » face aux tueries. "
     "Il a appelé les fidèles à prier pour les victimes.",
     [('Protests', 'Peaceful protest', date(2024, 5, 12))], []),
]
ARTICLES += [
    ('cenco_marche_annoncee', D,
     "## Les laïcs catholiques annoncent une marche le 2 juin contre la révision de la Constitution\n\n"
     "Par Actualite.cd\n\n"
     "Le Comité laïc de coordination (CLC) a annoncé lundi l'organisation d'une marche pacifique le dimanche 2 juin "
     "à Kinshasa et dans les grandes villes du pays, pour s'opposer à tout projet de changement de la Constitution.\n\n"
     "Le gouverneur de la ville a rappelé que toute manifestation devait être déclarée et a prévenu que la police "
     "disperserait les attroupements non autorisés. En 2018, les marches du CLC avaient été réprimées dans le sang.\n\n"
     "Les organisateurs disent avoir reçu le soutien de plusieurs partis de l'opposition.",
     [], []),
    ('lucha_detenus_appel', D,
     "## Goma : Amnesty International réclame la libération de militants de la Lucha\n\n"
     "Par Radio Okapi\n\n"
     "Amnesty International a appelé lundi les autorités congolaises à libérer sans condition quatre militants du "
     "mouvement citoyen Lutte pour le changement (Lucha), détenus depuis février à la prison centrale de Munzenze, "
     "à Goma. Ils sont poursuivis pour « incitation à la désobéissance civile ».\n\n"
     "L'organisation dénonce un acharnement judiciaire contre des jeunes « dont le seul tort est d'avoir exprimé "
     "pacifiquement leur opinion ». Leur procès a été renvoyé à trois reprises.\n\n"
     "Le parquet de Goma n'a pas répondu aux sollicitations de la presse.",
     [], []),
    ('armee_bilan_mensuel', D,
     "## FARDC : 130 rebelles neutralisés en avril, selon le porte-parole militaire\n\n"
     "Par 7sur7.cd\n\n"
     "Le porte-parole des opérations militaires dans le Nord-Kivu a présenté lundi à Goma le bilan des opérations du "
     "mois d'avril. Selon lui, 130 rebelles ont été neutralisés, 27 capturés et une cinquantaine d'armes récupérées "
     "au cours des combats dans les territoires de Masisi, Rutshuru et Nyiragongo.\n\n"
     "L'officier a aussi déploré la perte de plusieurs militaires, sans en préciser le nombre. Ces chiffres n'ont pas "
     "pu être vérifiés de manière indépendante.",
     [], []),
    ('ukraine_conference_paix', D,
     "## Ukraine : la Suisse accueillera une conférence pour la paix en juin\n\n"
     "Par Le Monde avec AFP\n\n"
     "Plus de cinquante pays ont confirmé leur participation à la conférence sur la paix en Ukraine prévue les 15 et 16 "
     "juin en Suisse, a annoncé lundi la diplomatie helvétique. La Russie n'a pas été invitée.\n\n"
     "Le président Volodymyr Zelensky espère rallier les pays du Sud à son plan de paix. Moscou, dont l'armée bombarde "
     "quotidiennement les villes ukrainiennes, juge la réunion « vouée à l'échec ».\n\n"
     "La Chine n'a pas encore fait savoir si elle enverrait une délégation.",
     [], []),
    ('honneurs_militaires_goma', D,
     "## Goma : honneurs militaires pour des soldats morts au front\n\n"
     "Par Radio Okapi\n\n"
     "Les autorités militaires ont rendu lundi les honneurs à une douzaine de soldats des FARDC morts au front ces "
     "dernières semaines, lors d'une cérémonie au camp Katindo, à Goma. Les cercueils, recouverts du drapeau "
     "national, ont été présentés aux familles.\n\n"
     "Le commandant de la région militaire a salué « des héros tombés pour la patrie » et promis que leur "
     "sacrifice ne serait pas vain. Les corps seront inhumés mardi au cimetière de Makao.",
     [], []),
    ('minusca_mandat', D,
     "## Centrafrique : le Conseil de sécurité renouvelle le mandat de la Minusca\n\n"
     "Par RFI\n\n"
     "Le Conseil de sécurité de l'ONU a renouvelé lundi pour un an le mandat de la Mission des Nations unies en "
     "Centrafrique (Minusca), avec un plafond de 14 400 militaires. La résolution a été adoptée par treize voix et deux "
     "abstentions.\n\n"
     "Les casques bleus restent régulièrement pris pour cibles par les groupes armés dans l'ouest et le nord-est du "
     "pays. Bangui réclame en outre la levée totale de l'embargo sur les armes.",
     [], []),
    ('pam_escorte_kiwanja', D,
     "## Rutshuru : un convoi du PAM escorté par des casques bleus atteint Kiwanja\n\n"
     "Par Radio Okapi\n\n"
     "Un convoi de camions du Programme alimentaire mondial (PAM), escorté par des casques bleus de la MONUSCO, est "
     "arrivé lundi à Kiwanja, dans le territoire de Rutshuru, avec 300 tonnes de vivres pour les déplacés.\n\n"
     "Le trajet depuis Goma s'est déroulé sans incident, selon un responsable de l'agence onusienne. La zone est "
     "contrôlée par les rebelles du M23 depuis 2022.",
     [], ['Strategic developments']),
    ('convoi_escorte_komanda', D,
     "## Ituri : un convoi de commerçants escorté par l'armée attaqué près de Komanda\n\n"
     "Par Radio Okapi\n\n"
     "Un convoi d'une vingtaine de véhicules de commerçants, escorté par les FARDC, a été attaqué lundi par des "
     "présumés ADF sur la route nationale 4, près de Komanda, dans le territoire d'Irumu. Deux chauffeurs ont été "
     "tués, selon la société civile.\n\n"
     "Les militaires qui escortaient le convoi ont riposté et mis les assaillants en fuite. La circulation a "
     "repris mardi matin sur ce tronçon.",
     [('Battles', 'Armed clash', date(2024, 5, 13))], []),
    ('ouganda_upcd_operations_conjointes', D,
     "## RDC-Ouganda : les chefs d'état-major évaluent les opérations conjointes contre les ADF\n\n"
     "Par Actualite.cd\n\n"
     "Les chefs d'état-major des armées congolaise et ougandaise se sont réunis lundi à Beni pour évaluer les "
     "opérations conjointes lancées en 2021 contre les ADF. Ils ont convenu d'étendre la zone des opérations vers le "
     "sud de l'Ituri.\n\n"
     "Selon le communiqué final, les deux armées ont détruit plusieurs bastions rebelles depuis le début de l'offensive. "
     "La société civile de Beni estime pourtant que les massacres de civils se poursuivent.",
     [], []),
    ('mali_otages_liberes_negociation', D,
     "## Mali : des notables négocient avec le JNIM la levée du blocus de Boni\n\n"
     "Par RFI\n\n"
     "Des notables de la localité de Boni, dans le centre du Mali, ont rencontré ce week-end des représentants du JNIM "
     "pour obtenir la levée du blocus imposé à la ville depuis plusieurs mois. Aucun accord n'a été annoncé.\n\n"
     "Les jihadistes exigent que les habitants cessent de collaborer avec l'armée et les mercenaires russes. La "
     "population manque de vivres et de médicaments, selon un élu local.",
     [], []),
]
ARTICLES += [
    ('condamnation_attaque_dimanche', D,
     "## Le gouvernement condamne l'attaque de dimanche contre un centre de santé à Lubero\n\n"
     "Par Actualite.cd\n\n"
     "Le gouvernement congolais a condamné lundi « avec la plus grande fermeté » l'attaque menée dimanche par des "
     "hommes armés contre le centre de santé de Kipese, dans le territoire de Lubero (Nord-Kivu). Trois patients y "
     "ont été tués, selon le médecin chef de zone.\n\n"
     "Dans son communiqué, le porte-parole du gouvernement promet que les auteurs seront « traqués et punis ». Il "
     "rappelle que les attaques contre les structures sanitaires constituent des crimes de guerre.\n\n"
     "Le centre de santé avait déjà été pillé en janvier par des miliciens.",
     [('Violence against civilians', 'Attack', date(2024, 5, 12))], []),
    ('marche_annulee', D,
     "## Kisangani : la marche de l'opposition annulée à la dernière minute\n\n"
     "Par Radio Okapi\n\n"
     "La marche que devait organiser lundi l'opposition à Kisangani pour dénoncer la vie chère a été annulée à la "
     "dernière minute. Les organisateurs affirment avoir reçu des menaces et disent vouloir « éviter un bain de sang ».\n\n"
     "Le maire de la ville avait jugé la manifestation inopportune en raison de la visite du Premier ministre, attendue "
     "mardi. La police avait été déployée dès l'aube aux principaux carrefours.\n\n"
     "L'opposition promet d'annoncer une nouvelle date dans les prochains jours.",
     [], []),
    ('ancien_chef_guerre_liberation', D,
     "## Ituri : un ancien chef de guerre libéré après dix ans de prison\n\n"
     "Par RFI\n\n"
     "Un ancien chef de milice de l'Ituri, condamné pour des crimes de guerre commis en 2002 et 2003, a été libéré "
     "lundi de la prison de Makala, à Kinshasa, au terme de sa peine. Ses miliciens avaient massacré des centaines "
     "de civils lors du conflit entre Hema et Lendu.\n\n"
     "Les associations de victimes dénoncent une libération « sans réparation » et craignent un retour de "
     "l'ancien chef dans la région. Son avocat assure qu'il veut « œuvrer pour la paix ».",
     [], []),
    ('naufrage_lac_kivu', D,
     "## Lac Kivu : au moins vingt morts dans le naufrage d'une pirogue\n\n"
     "Par Radio Okapi\n\n"
     "Au moins vingt personnes sont mortes dans le naufrage d'une pirogue motorisée dimanche soir sur le lac Kivu, au "
     "large de Kalehe, selon la société civile. L'embarcation, surchargée, transportait des passagers et des "
     "marchandises vers Goma.\n\n"
     "Les recherches se poursuivent pour retrouver une dizaine de disparus. Le gouverneur a décrété trois jours de "
     "deuil provincial et promis des sanctions contre les armateurs qui ne respectent pas les règles de sécurité.",
     [], []),
    ('enlevements_se_multiplient', D,
     "## Rutshuru : les enlèvements contre rançon se multiplient sur l'axe Kiwanja-Nyamilima\n\n"
     "Par 7sur7.cd\n\n"
     "La société civile de Rutshuru s'alarme de la multiplication des enlèvements contre rançon sur la route "
     "Kiwanja-Nyamilima. Selon son coordonnateur, une trentaine de personnes ont été enlevées depuis janvier, dont "
     "des commerçants et des agriculteurs.\n\n"
     "Les ravisseurs exigent des rançons allant de 500 à 5 000 dollars. « Les familles vendent leurs champs pour "
     "libérer les leurs », déplore-t-il. Il demande aux autorités de sécuriser cet axe.",
     [], []),
    ('tentative_assassinat_souvenir', D,
     "## Le président de l'Assemblée provinciale du Kwilu démissionne\n\n"
     "Par Politico.cd\n\n"
     "Le président de l'Assemblée provinciale du Kwilu a présenté lundi sa démission, sous la pression d'une pétition "
     "signée par une majorité de députés qui l'accusaient de mauvaise gestion. Il a dénoncé « un complot ».\n\n"
     "L'élu avait échappé en 2021 à une tentative d'assassinat à Kikwit, un épisode qu'il a rappelé dans son "
     "discours d'adieu. « On a voulu me tuer, aujourd'hui on veut me salir », a-t-il lancé.\n\n"
     "L'élection de son successeur est prévue la semaine prochaine.",
     [], []),
    ('greve_generale_conakry', D,
     "## Guinée : Conakry paralysée par une grève générale\n\n"
     "Par AFP\n\n"
     "Conakry était paralysée lundi par une grève générale déclenchée par les syndicats pour réclamer la baisse des "
     "prix des denrées et la libération d'un responsable syndical. Les commerces, les écoles et les banques sont "
     "restés fermés.\n\n"
     "Le gouvernement a appelé les grévistes à reprendre le travail et promis d'ouvrir des négociations. Les "
     "syndicats menacent de prolonger le mouvement jusqu'à satisfaction de leurs revendications.",
     [('Protests', 'Peaceful protest', date(2024, 5, 13))], []),
    ('depute_agresse_verbalement', D,
     "## Un député pris à partie lors d'un débat télévisé\n\n"
     "Par Actualite.cd\n\n"
     "Le débat organisé dimanche soir sur une chaîne de télévision privée de Kinshasa a tourné à la foire d'empoigne. "
     "Un député de la majorité et un cadre de l'opposition se sont violemment accrochés sur la question de la "
     "révision constitutionnelle.\n\n"
     "L'opposant a accusé son contradicteur de vouloir « tuer la démocratie ». Le député a répliqué en le traitant de "
     "« mercenaire à la solde de l'étranger ». La chaîne a dû interrompre l'émission.",
     [], []),
]

ARTICLES += [
    ('otan_sommet_ukraine', D,
     "## L'Otan promet une aide militaire « durable » à l'Ukraine\n\n"
     "Par AFP\n\n"
     "Les ministres des Affaires étrangères de l'Otan, réunis lundi à Prague, ont promis un soutien militaire "
     "« durable » à Kiev, qui fait face à une poussée russe dans la région de Kharkiv. Le secrétaire général de "
     "l'Alliance a appelé les alliés à livrer davantage de batteries Patriot.\n\n"
     "« Chaque jour de retard se paie en vies ukrainiennes », a-t-il martelé. Moscou a dénoncé une « escalade » et "
     "menacé de frapper les dépôts d'armes occidentales en Ukraine.",
     [], []),
    ('soudan_famine_alerte', D,
     "## Soudan : l'ONU alerte sur un risque de famine au Darfour\n\n"
     "Par RFI\n\n"
     "Le Programme alimentaire mondial a averti lundi que des millions de personnes risquaient de mourir de faim au "
     "Darfour si l'aide n'y parvenait pas avant la saison des pluies. Les convois humanitaires sont bloqués par les "
     "combats et les restrictions imposées par les belligérants.\n\n"
     "Selon l'agence, les paramilitaires des FSR et l'armée se disputent le contrôle des routes d'accès. Un "
     "responsable onusien a accusé les deux camps d'utiliser la faim « comme arme de guerre ».",
     [], []),
    ('iran_israel_mises_en_garde', D,
     "## Iran-Israël : Téhéran met en garde contre toute nouvelle frappe\n\n"
     "Par France 24\n\n"
     "Le ministre iranien des Affaires étrangères a mis en garde lundi Israël contre toute nouvelle attaque sur le sol "
     "iranien, promettant une réponse « immédiate et maximale ». Il s'exprimait lors d'une visite à Beyrouth.\n\n"
     "En avril, les deux pays s'étaient affrontés directement pour la première fois, l'Iran lançant des centaines "
     "de drones et de missiles contre Israël après la frappe contre son consulat à Damas.",
     [], []),
    ('rdc_rwanda_accusations_onu', D,
     "## Kinshasa accuse Kigali devant l'Assemblée générale de l'ONU\n\n"
     "Par Radio Okapi\n\n"
     "La cheffe de la diplomatie congolaise a accusé lundi le Rwanda, devant une réunion de l'ONU à "
     "Genève, d'avoir déployé plusieurs milliers de soldats dans le Nord-Kivu et d'y piller les minerais. Elle a "
     "réclamé des sanctions contre les responsables rwandais.\n\n"
     "Le représentant rwandais a rejeté ces accusations et reproché à Kinshasa de collaborer avec les FDLR, une "
     "milice fondée par des auteurs du génocide de 1994. « Nous ne faisons que protéger nos frontières », a-t-il dit.",
     [], []),
    ('tchad_investiture_securite', D,
     "## Tchad : N'Djamena sous haute sécurité avant l'investiture\n\n"
     "Par RFI\n\n"
     "Un dispositif sécuritaire imposant a été déployé lundi dans les rues de N'Djamena, à dix jours de "
     "l'investiture du président élu. Des blindés stationnent aux principaux carrefours et des patrouilles "
     "sillonnent les quartiers sud, bastions de l'opposition.\n\n"
     "Les autorités disent vouloir prévenir tout débordement. L'opposition dénonce une « militarisation » de la "
     "capitale destinée à intimider les contestataires.",
     [], []),
]

STILL_WRONG: dict[str, str] = {}


def _told(event, want) -> bool:
    kind, sub, day = want
    return event.event_type == kind and event.sub_event_type == sub and event.event_date is not None \
        and abs((event.event_date - day).days) <= 1


@pytest.mark.parametrize("name", still_wrong_marked([a[0] for a in ARTICLES], STILL_WRONG))
def test_a_political_article_tells_only_what_took_place(pipeline, name):
    _, published, text, want, may = next(a for a in ARTICLES if a[0] == name)
    told = [e for e in news(code(pipeline, text, published=published)) if e.event_type]
    shown = [(e.event_type, e.sub_event_type, e.event_date) for e in told]
    assert all(any(_told(e, w) for e in told) for w in want), shown
    others = [e for e in told if not any(_told(e, w) for w in want)]
    assert len(told) - len(others) == len(want) and all(e.event_type in may for e in others), shown


def _news(pipeline, text):
    return [e for e in news_of(pipeline, text, published=D) if e.event_type]


def _kinds(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in _news(pipeline, text)]


@pytest.mark.parametrize("text", [
    "## Uvira : la population craint une offensive des rebelles sur la cité",
    "Les notables de Kalehe craignent une attaque des miliciens sur leurs villages dans les prochains jours.",
])
def test_an_offensive_feared_is_no_offensive(pipeline, text):
    assert _news(pipeline, text) == []


def test_deaths_during_earlier_protests_are_background_however_the_adjective_is_parsed(pipeline):
    text = ("Le collectif appelle à manifester vendredi à Lomé. Lors des précédentes manifestations, des dizaines de "
            "jeunes avaient été tués par les militaires, selon une ONG locale.")
    assert _news(pipeline, text) == [], _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "Au sein du parti, deux clans s'affrontent pour le poste de président fédéral.",
    "« Ce congrès est une bataille d'idées », a déclaré lundi un cadre du parti à Mbuji-Mayi.",
])
def test_a_fight_for_an_office_or_of_ideas_is_no_battle(pipeline, text):
    assert _news(pipeline, text) == []


def test_a_march_whose_purpose_follows_far_after_its_verb_is_a_protest(pipeline):
    text = ("Des centaines d'enseignants ont marché lundi dans les rues de Kananga à l'appel de leur syndicat pour "
            "exiger le paiement de leurs salaires.")
    assert _kinds(pipeline, text) == [("Protests", "Peaceful protest")]


def test_a_bomb_that_fell_on_a_camp_is_shelling(pipeline):
    text = "Dimanche, une bombe est tombée sur le camp de déplacés de Lushagala, blessant quatre enfants."
    assert _kinds(pipeline, text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_word_quoted_after_a_word_of_talk_is_no_second_event(pipeline):
    text = ("Un journaliste a été interpellé lundi à Bukavu par des agents des services de renseignement, selon sa "
            "rédaction. Son parti dénonce « un enlèvement » et exige sa libération immédiate.")
    assert _kinds(pipeline, text) == [("Strategic developments", "Arrests")]


def test_an_offensive_that_would_bring_a_reply_is_hypothetical(pipeline):
    text = ("Le président a affirmé mardi à Téhéran qu'une offensive américaine contre les ports iraniens "
            "provoquerait une riposte « sans précédent ». « Nous sommes prêts », a-t-il ajouté.")
    assert _news(pipeline, text) == []


def test_the_tolls_of_a_months_tally_are_background(pipeline):
    text = ("Le porte-parole militaire a présenté lundi à Bunia le bilan des opérations du mois de mars. Selon lui, "
            "quarante miliciens ont été tués au cours des combats dans le territoire de Djugu.")
    assert _news(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Des jihadistes ont attaqué un convoi de bus sous escorte militaire près de Kaya, dimanche, selon des sources "
    "sécuritaires.",
    "Des jihadistes ont attaqué près de Kaya un convoi de bus et son escorte, selon des sources sécuritaires.",
])
def test_an_attack_on_a_convoy_under_escort_is_a_fight_with_the_escort(pipeline, text):
    told = _news(pipeline, text)
    assert [(e.event_type, e.sub_event_type) for e in told] == [("Battles", "Armed clash")]
    assert told[0].actor2 is not None and told[0].actor2.name.startswith("Military Forces of Burkina Faso")


def test_the_dead_told_after_an_ambush_on_an_escort_are_its_toll(pipeline):
    text = ("Un convoi de bus escorté par les FARDC a été attaqué lundi par des miliciens CODECO près de Lopa. "
            "Trois passagers ont été tués.")
    told = _news(pipeline, text)
    assert [(e.event_type, e.fatalities) for e in told] == [("Battles", 3)]


def test_a_quoted_past_with_a_day_in_another_clause_is_background(pipeline):
    text = "« Ils ont voulu m'abattre, maintenant ils veulent me faire taire », a déclaré lundi l'opposant."
    assert _news(pipeline, text) == []


def test_a_protest_judged_untimely_is_talk_about_it(pipeline):
    text = ("La marche des étudiants prévue lundi a été annulée. Le gouverneur avait jugé la manifestation "
            "inopportune en raison du match de football prévu mardi au stade.")
    assert _news(pipeline, text) == []


def test_aid_blocked_by_the_fighting_tells_no_fight(pipeline):
    text = "Au Tigré, les camions du PAM restent bloqués par les combats, a déploré lundi un porte-parole de l'agence."
    assert _news(pipeline, text) == []


def test_an_absolute_participle_after_a_recalled_clash_is_that_past(pipeline):
    text = ("En mars, les deux voisins s'étaient affrontés pour la première fois, l'Ethiopie lançant des dizaines "
            "de drones et de roquettes contre Kassala après la mort de ses soldats.")
    assert _news(pipeline, text) == []

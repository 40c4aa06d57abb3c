"""Seventy-six invented French political articles (fr29), written as AFP, RFI, Jeune Afrique, Radio Okapi, Actualité.cd, Le Monde
and France 24 write it: DR Congo's parliament, parties, mines, trials and strikes, the Sahel's juntas, elections in
Guinea, Cameroon, Burundi and the Central African Republic, the UN Security Council, peace talks, humanitarian
tallies, sanctions and diplomacy. Little or nothing happens in them, in the words that make false events: a
minister "attaqué" by a rival, "la bataille pour le gouvernorat", "l'explosion des prix", "pris en otage par une
décision", "une attaque contre la liberté de la presse", "bombardé de questions", "en ordre de bataille", "une bombe
à retardement", a war's toll told in a relative clause since a year, a session "sur les massacres". A coder codes
only the arrests, demonstrations, agreements and clashes that took place. What some still get wrong is marked with
its cause."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import assert_coded_as_a_coder_would, code, news, news_of, still_wrong_marked

# name, publication day, text, the events a coder codes as news (ACLED type, sub-event type), the types also allowed
ARTICLES = [
    ('rdc_motion_censure', date(2025, 11, 20),
     "## Assemblée nationale : la ministre des Finances bombardée de questions, l'opposition attaque\n\n"
     'jeu 20/11/2025 - 10:05\n\n'
     "La ministre des Finances, Pauline Mbuyi Kasongo, a passé plus de cinq heures mercredi devant les députés réunis en plénière au Palais du peuple, à Kinshasa. Bombardée de questions sur l'exécution du budget, elle a dû répondre aux tirs croisés de l'opposition et de plusieurs élus de la majorité.\n\n"
     "Le député d'opposition Gaston Ilunga a ouvert les hostilités en dénonçant « une explosion des dépenses de fonctionnement » des institutions. « Le gouvernement a fusillé le pouvoir d'achat des Congolais », a-t-il lancé sous les applaudissements de ses collègues. Un autre élu a attaqué la ministre sur la frappe de nouveaux billets de banque par la Banque centrale.\n\n"
     "La ministre a riposté en défendant « une politique de rigueur » et accusé ses détracteurs de vouloir « prendre en otage » le débat budgétaire à des fins électoralistes. Elle a rappelé que les recettes minières avaient progressé de 18 % sur les neuf premiers mois de l'année.\n\n"
     "Une motion de défiance contre la ministre, déposée la semaine dernière par le groupe parlementaire Ensemble, a recueilli 52 signatures. Le bureau de l'Assemblée doit décider lundi si elle sera inscrite à l'ordre du jour. Pour le président du groupe, la bataille ne fait que commencer : « Nous irons jusqu'au bout. »\n\n"
     "La majorité, elle, entend enterrer la motion en commission. Plusieurs sources au sein de l'Union sacrée estiment que le texte n'a aucune chance d'être adopté.",
     [], []),
    ('rdc_bataille_gouvernorat', date(2025, 11, 18),
     '## Kinshasa : bataille électorale pour le fauteuil de gouverneur\n\n'
     'Par Actualite.cd\n\n'
     "La bataille pour le gouvernorat de la ville de Kinshasa est lancée. Trois candidats ont déposé lundi leurs dossiers au bureau de l'Assemblée provinciale, après la démission du gouverneur sortant, poussé vers la sortie par une pétition de 30 députés provinciaux.\n\n"
     "Le favori, l'ancien vice-gouverneur Didier Lukusa, a déjà lancé son offensive de charme auprès des élus. Son principal rival, l'homme d'affaires Serge Tshimanga, a riposté en l'attaquant sur sa gestion des marchés publics. « Il a enterré tous les projets d'assainissement », a-t-il déclaré à la presse.\n\n"
     "Dans les états-majors des partis, on compte les voix. L'UDPS, majoritaire à l'Assemblée provinciale, n'a pas encore désigné son candidat officiel, ce qui alimente les spéculations. Un cadre du parti présidentiel parle d'une « guerre des tranchées » entre deux courants qui se disputent le contrôle de la capitale.\n\n"
     "L'élection est prévue le 6 décembre. La Commission électorale nationale indépendante (CENI) a publié un calendrier qui prévoit une campagne de dix jours. Les candidats recalés pourront saisir la Cour d'appel de Kinshasa-Gombe.\n\n"
     "En 2024, une précédente élection des gouverneurs avait été émaillée d'accusations de corruption. Plusieurs députés provinciaux avaient été arrêtés pour avoir monnayé leur vote, avant d'être relâchés quelques jours plus tard.",
     [], []),
    ('rdc_cobalt_quotas', date(2025, 10, 22),
     "## Cobalt : Kinshasa prolonge les quotas d'exportation, les prix explosent\n\n"
     "KINSHASA (AFP) - La République démocratique du Congo a décidé de prolonger jusqu'à la fin de l'année prochaine les quotas d'exportation de cobalt, a annoncé mardi l'Autorité de régulation des marchés des substances minérales stratégiques (ARECOMS). La mesure a provoqué une nouvelle explosion des prix sur le marché de Londres.\n\n"
     'Premier producteur mondial, la RDC fournit plus de 70 % du cobalt extrait dans le monde, principalement dans les mines du Lualaba et du Haut-Katanga. Le minerai est indispensable aux batteries des véhicules électriques.\n\n'
     "« C'est une frappe chirurgicale contre la spéculation », a commenté un analyste basé à Johannesburg. Les groupes miniers chinois, qui dominent le secteur, se disent pris en otage par une décision « brutale ». Certains envisagent de saisir les juridictions commerciales.\n\n"
     'Le gouvernement défend au contraire la reconquête de sa souveraineté sur ses ressources. Un arrêté interministériel fixe désormais les volumes autorisés pour chaque société, et toute cargaison hors quota sera saisie à la frontière zambienne.\n\n'
     "Les creuseurs artisanaux de Kolwezi, qui vendent leur production aux comptoirs, sont les premières victimes de la réforme. Plusieurs coopératives ont menacé de se mettre en grève si les prix d'achat locaux ne remontaient pas.\n\n"
     "Le sous-sol congolais attise aussi les convoitises dans l'Est, où le Rwanda est accusé par l'ONU de tirer profit des minerais exploités dans les zones contrôlées par le M23.",
     [], []),
    ('ituri_proces_chef_milice', date(2025, 11, 12),
     "## Ituri : ouverture du procès d'un ancien chef de milice pour les massacres de 2003\n\n"
     'Par Radio Okapi\n\n'
     'mer 12/11/2025 - 14:20\n\n'
     "Le procès de Justin Lokana, ancien chef d'une milice active dans le territoire de Djugu au début des années 2000, s'est ouvert mardi devant la Cour militaire opérationnelle siégeant à Bunia. Il est poursuivi pour crimes de guerre et crimes contre l'humanité.\n\n"
     "Selon l'acte d'accusation, les hommes placés sous son commandement ont tué au moins 200 civils lors d'une série d'attaques contre des villages en mars 2003. Des maisons avaient été incendiées et des femmes violées. L'accusé, détenu à la prison centrale de Bunia depuis son arrestation en 2022, plaide non coupable.\n\n"
     "Une quarantaine de victimes se sont constituées parties civiles. « Nous attendons cette justice depuis vingt ans », a confié une survivante, dont le mari a été tué lors de l'attaque de son village.\n\n"
     "Les avocats de la défense ont demandé le renvoi de l'affaire, estimant ne pas avoir eu accès à l'ensemble du dossier. La cour a rejeté la requête et fixé la prochaine audience au 19 novembre.\n\n"
     "L'Ituri reste l'une des provinces les plus meurtries de la RDC. Les violences entre milices communautaires y ont tué des milliers de civils depuis 1999, selon l'ONU.",
     [], []),
    ('rdc_arrestation_depute', date(2025, 11, 25),
     "## Kinshasa : un député de l'opposition arrêté par l'ANR\n\n"
     'lun 24/11/2025 - 18:40\n\n'
     "Le député national Jean-Pierre Mwamba, membre du parti d'opposition Ensemble pour la République, a été arrêté lundi matin à son domicile de Kinshasa par des agents de l'Agence nationale de renseignements (ANR), a annoncé son parti.\n\n"
     "Selon son épouse, une dizaine d'hommes en civil ont fait irruption vers 6 heures et l'ont emmené vers une destination inconnue, sans présenter de mandat. Son téléphone et son ordinateur ont été saisis.\n\n"
     "Le parti dénonce « un enlèvement » et exige sa libération immédiate. « Il est devenu l'otage d'un pouvoir qui ne supporte plus la critique », a déclaré son secrétaire général devant la presse. L'élu, qui bénéficie de l'immunité parlementaire, avait récemment attaqué le gouvernement sur la gestion de la guerre dans l'Est.\n\n"
     "Contacté, le porte-parole du gouvernement n'a pas souhaité commenter. Une source sécuritaire évoque des soupçons de « complicité avec l'ennemi ».\n\n"
     "L'opposition appelle à une marche samedi prochain pour exiger la libération de ses militants détenus. Elle affirme que plus de trente de ses membres sont actuellement en détention.",
     [('Strategic developments', 'Arrests')], []),
    ('rdc_marche_interdite', date(2025, 11, 21),
     "## Lubumbashi : le maire interdit la marche de l'opposition prévue samedi\n\n"
     'Par Actualite.cd\n\n'
     "Le maire de Lubumbashi a interdit la marche que la coalition de l'opposition prévoyait d'organiser samedi pour protester contre le projet de changement de Constitution. Dans un arrêté signé jeudi, il invoque « des menaces sérieuses à l'ordre public ».\n\n"
     'Les organisateurs ont aussitôt dénoncé une décision « illégale » et maintenu leur appel à manifester. « Nous marcherons, arrêté ou pas arrêté », a lancé un responsable de la coalition, qui a annoncé vouloir saisir le tribunal administratif.\n\n'
     "L'opposition accuse le pouvoir de vouloir réviser la loi fondamentale pour permettre au chef de l'Etat de briguer un troisième mandat. Le parti présidentiel répond qu'il s'agit d'adapter les institutions aux réalités du pays.\n\n"
     'En janvier, une marche similaire avait été dispersée à coups de gaz lacrymogène par la police, et une vingtaine de militants avaient été interpellés. Les organisations de défense des droits humains craignent une répétition de ces scènes.\n\n'
     'Le gouverneur du Haut-Katanga a appelé au calme et invité les organisateurs au dialogue.',
     [], []),
    ('rdc_etudiants_unilu', date(2025, 11, 27),
     '## Lubumbashi : la police disperse des étudiants qui protestaient contre la hausse des frais académiques\n\n'
     'Par Radio Okapi\n\n'
     'jeu 27/11/2025 - 11:30\n\n'
     "La police a dispersé mercredi à coups de gaz lacrymogène plusieurs centaines d'étudiants de l'Université de Lubumbashi qui manifestaient contre la hausse des frais académiques. Les étudiants avaient érigé des barricades sur l'avenue Kasapa, bloquant la circulation pendant plusieurs heures.\n\n"
     "Selon le comité des étudiants, une dizaine de manifestants ont été interpellés puis relâchés dans la soirée. Aucun blessé grave n'a été signalé.\n\n"
     "Les frais ont été portés de 300 à 450 dollars par an par une décision du conseil d'administration des universités. « C'est une mine d'or pour les gestionnaires, une ruine pour nos parents », a dénoncé un délégué.\n\n"
     "Le ministre de l'Enseignement supérieur a promis de recevoir une délégation la semaine prochaine. Les étudiants menacent de reprendre la rue si la mesure n'est pas suspendue.",
     [('Protests', None)], []),
    ('rdc_greve_enseignants', date(2025, 10, 7),
     '## RDC : les enseignants en grève, les écoles publiques désertes\n\n'
     "KINSHASA (AFP) - Les écoles publiques de plusieurs provinces congolaises sont restées fermées lundi, au premier jour d'une grève lancée par les syndicats d'enseignants qui réclament une hausse de leurs salaires.\n\n"
     "Les enseignants exigent l'application d'un accord signé l'an dernier avec le gouvernement, qui prévoyait une revalorisation progressive de leur rémunération. « Nous sommes les victimes de promesses jamais tenues », a déclaré le secrétaire général d'un des syndicats.\n\n"
     "Le ministre de l'Education a qualifié la grève de « prise d'otage des enfants » et menacé de sanctions les grévistes. Les syndicats ont répliqué en appelant à un sit-in devant le ministère la semaine prochaine.\n\n"
     "La gratuité de l'enseignement primaire, instaurée en 2019, a fait exploser les effectifs sans que le budget suive, selon les syndicats. Certaines classes comptent plus de cent élèves.\n\n"
     "Les parents, eux, s'inquiètent d'une année blanche. En 2023, une grève similaire avait duré près de deux mois.",
     [], ['Protests']),
    ('beni_commemoration', date(2025, 10, 18),
     '## Beni : les habitants commémorent les victimes des massacres de 2014\n\n'
     'Par Radio Okapi\n\n'
     'sam 18/10/2025 - 09:50\n\n'
     "Des centaines d'habitants de Beni se sont réunis vendredi au cimetière de Kitatenge pour rendre hommage aux victimes des massacres perpétrés depuis octobre 2014 dans la région. Une minute de silence a été observée en présence des autorités locales.\n\n"
     "Dans la nuit du 15 au 16 octobre 2014, des assaillants attribués aux rebelles ADF avaient tué une trentaine de civils dans le quartier de Ngadi, marquant le début d'une série de tueries. Selon la société civile, plus de 6 000 personnes ont été tuées dans le territoire de Beni depuis cette date.\n\n"
     "« Onze ans après, nous pleurons toujours nos morts et les tueries continuent », a déclaré le coordonnateur de la société civile locale. Il a appelé le gouvernement à renforcer les opérations conjointes menées avec l'armée ougandaise contre les ADF.\n\n"
     'Des gerbes de fleurs ont été déposées devant le monument érigé en mémoire des victimes. Des chants religieux ont clos la cérémonie.',
     [], []),
    ('rdc_journaliste_condamne', date(2025, 11, 6),
     '## Kindu : un journaliste condamné à six mois de prison pour diffamation\n\n'
     'Par Actualite.cd\n\n'
     "Le tribunal de paix de Kindu a condamné mercredi le journaliste Patrick Amisi à six mois de prison ferme pour diffamation, à la suite d'une plainte du ministre provincial des Mines. Détenu depuis le mois d'août, il avait révélé dans une émission de radio des irrégularités dans l'attribution de permis miniers.\n\n"
     "Son avocat a annoncé qu'il ferait appel. « Ce verdict est une attaque frontale contre la liberté de la presse », a réagi l'organisation Journaliste en danger (JED), qui réclame sa libération.\n\n"
     "Selon JED, au moins quinze journalistes ont été arrêtés en RDC depuis le début de l'année, et deux sont toujours détenus. L'organisation dénonce l'usage du code pénal pour museler les médias, malgré l'adoption en 2023 d'une loi sur la presse.\n\n"
     "Le ministre provincial, qui se dit victime d'une campagne de dénigrement, a salué « une décision de justice qui rétablit la vérité ».",
     [], []),
    ('mali_dissolution_partis', date(2025, 5, 15),
     "## Mali : la junte dissout les partis politiques, l'opposition dénonce un « coup de force »\n\n"
     'Par RFI\n\n'
     "Les autorités de transition maliennes ont dissous mardi l'ensemble des partis politiques et des organisations à caractère politique, par un décret lu à la télévision nationale. Toute réunion de ces organisations est désormais interdite sur l'ensemble du territoire.\n\n"
     "Cette décision intervient quelques jours après une concertation nationale qui avait recommandé de confier au général Assimi Goïta un mandat de cinq ans renouvelable, sans élection. Plusieurs responsables politiques, réunis dans une plateforme, ont dénoncé un « coup de force contre la démocratie » et annoncé qu'ils allaient saisir la Cour suprême.\n\n"
     "« On veut enterrer le multipartisme conquis de haute lutte en 1991 », déplore un ancien ministre joint par téléphone depuis l'étranger. Selon lui, plusieurs cadres de partis vivent désormais dans la crainte d'être arrêtés.\n\n"
     "La junte justifie sa décision par la nécessité de « rationaliser » la vie politique et de lutter contre la corruption. Elle est arrivée au pouvoir à la faveur de deux coups d'Etat, en août 2020 et en mai 2021, et a depuis rompu avec la France et rejoint l'Alliance des Etats du Sahel avec le Burkina Faso et le Niger.\n\n"
     "Le pays reste confronté aux attaques des groupes jihadistes, qui ont causé la mort de milliers de civils et de soldats depuis 2012, et à une crise économique aggravée par les coupures d'électricité.",
     [], ['Strategic developments']),
    ('burkina_mobilisation_generale', date(2025, 10, 3),
     '## Burkina Faso : le capitaine Traoré prolonge la mobilisation générale\n\n'
     "OUAGADOUGOU (AFP) - Le gouvernement burkinabè a prolongé d'un an la « mobilisation générale et la mise en garde » décrétée en 2023 pour faire face aux groupes jihadistes, selon un compte rendu du conseil des ministres publié jeudi.\n\n"
     "Le décret permet notamment de réquisitionner des personnes et des biens pour les besoins de la défense. « La guerre que nous menons est une guerre de survie, chaque Burkinabè doit être un soldat », a déclaré le ministre de la Communication à l'issue du conseil.\n\n"
     "Le gouvernement a également annoncé le lancement d'une « offensive agricole » destinée à atteindre l'autosuffisance alimentaire, et la création d'une nouvelle société d'Etat chargée de l'exploitation des mines d'or.\n\n"
     "Les violences jihadistes ont fait plus de 26 000 morts, civils et militaires, depuis 2015 au Burkina, selon l'ONG Acled, dont plus de la moitié au cours des trois dernières années. Plus de deux millions d'habitants ont dû fuir leurs foyers.\n\n"
     "Arrivé au pouvoir par un coup d'Etat en septembre 2022, le capitaine Ibrahim Traoré a fait de la reconquête du territoire sa priorité. Ses détracteurs l'accusent de museler toute critique, plusieurs journalistes et magistrats ayant été réquisitionnés pour aller au front.",
     [], []),
    ('niger_anniversaire_coup', date(2025, 7, 27),
     "## Niger : deux ans après le coup d'Etat, le général Tiani célèbre la « souveraineté retrouvée »\n\n"
     'Par Jeune Afrique\n\n'
     "Le chef du régime militaire nigérien, le général Abdourahamane Tiani, a célébré samedi à Niamey le deuxième anniversaire du coup d'Etat du 26 juillet 2023 qui a renversé le président élu Mohamed Bazoum. Dans un discours à la nation, il a salué « deux années de combat pour la dignité ».\n\n"
     "Le président déchu est toujours détenu avec son épouse dans l'enceinte du palais présidentiel. Ses avocats dénoncent une détention arbitraire et réclament sa libération, réclamée aussi par la Cour de justice de la Cedeao.\n\n"
     "Le général Tiani a rappelé que l'armée avait payé un lourd tribut depuis deux ans. En mars dernier, une attaque contre une mosquée de la région de Tillabéri avait fait 44 morts parmi les fidèles, selon le gouvernement. Plus de 1 500 militaires et civils ont été tués dans le pays depuis le coup d'Etat, selon des décomptes d'ONG.\n\n"
     "Sur le plan diplomatique, Niamey a poursuivi son offensive contre les anciens partenaires occidentaux. Après le départ des soldats français puis américains, le régime a nationalisé la filiale locale du groupe français Orano, qui exploitait la mine d'uranium d'Arlit.\n\n"
     "Les autorités ont aussi annoncé la libération de 50 détenus politiques, dont plusieurs anciens ministres, une mesure présentée comme un geste d'apaisement.",
     [], []),
    ('aes_sommet_bamako', date(2025, 12, 3),
     "## Sommet de l'AES à Bamako : les juntes affichent un front commun\n\n"
     "BAMAKO (AFP) - Les chefs des régimes militaires du Mali, du Burkina Faso et du Niger se sont retrouvés mardi à Bamako pour le deuxième sommet de l'Alliance des Etats du Sahel (AES), qui a acté la création d'une force unifiée de 5 000 hommes.\n\n"
     "« L'ennemi nous attaque ensemble, nous riposterons ensemble », a lancé le général Assimi Goïta dans son discours d'ouverture. Les trois pays, qui ont quitté la Cédéao en janvier, veulent aussi créer une banque d'investissement commune et lancer la frappe d'une monnaie propre à terme.\n\n"
     'La force unifiée aura son quartier général à Niamey. Son commandement reviendra par rotation à chacun des trois pays. Les détails de son financement restent flous.\n\n'
     "Les trois juntes font face à une insurrection jihadiste qui n'a cessé de s'étendre. Au Mali, le JNIM impose depuis septembre un blocus sur les importations de carburant, qui a provoqué une grave pénurie à Bamako. Des centaines de camions-citernes ont été incendiés sur les routes depuis le début du blocus.\n\n"
     'Les dirigeants ont par ailleurs dénoncé « les campagnes de désinformation » des médias étrangers, plusieurs chaînes françaises étant suspendues dans les trois pays.',
     [], []),
    ('tchad_verdict_opposant', date(2025, 8, 10),
     "## Tchad : l'opposant Adoum Mahamat condamné à vingt ans de prison\n\n"
     'Par RFI\n\n'
     "Le tribunal de grande instance de N'Djamena a condamné samedi l'opposant Adoum Mahamat à vingt ans de prison ferme pour « incitation à la haine » et « complicité de meurtre », à l'issue d'un procès de quatre jours. Ses avocats ont dénoncé un « procès politique » et annoncé qu'ils feraient appel.\n\n"
     "Le président du parti des Patriotes avait été arrêté en mai à son domicile, quelques jours après des violences intercommunautaires dans le sud du pays qui avaient fait 42 morts. L'accusation lui reproche des messages audio diffusés sur les réseaux sociaux appelant ses partisans à s'armer.\n\n"
     "Dans la salle d'audience, placée sous haute surveillance, ses partisans ont accueilli le verdict par des cris de colère. Plusieurs dizaines d'entre eux ont été tenus à l'écart par les forces de l'ordre.\n\n"
     "Le gouvernement affirme que la justice est indépendante. « Nul n'est au-dessus de la loi », a déclaré le porte-parole du gouvernement. Pour la coalition d'opposition, c'est « l'exécution politique » d'un rival du président Mahamat Idriss Déby.",
     [], []),
    ('guinee_referendum_campagne', date(2025, 9, 15),
     '## Guinée : la bataille du référendum constitutionnel est lancée\n\n'
     'Par Le Monde avec AFP\n\n'
     "La campagne pour le référendum constitutionnel du 21 septembre a été lancée dimanche en Guinée. Le texte, soumis aux électeurs par la junte du général Mamadi Doumbouya, permettrait à ce dernier de se présenter à l'élection présidentielle.\n\n"
     "Dans les rues de Conakry, les affiches en faveur du « oui » ont envahi les carrefours. Les partisans du pouvoir ont sorti l'artillerie lourde : caravanes, concerts géants et distribution de tee-shirts. Les principaux partis d'opposition, dont l'activité est suspendue, appellent au boycott.\n\n"
     "« C'est une campagne à sens unique, nous avons été bâillonnés », dénonce un responsable du Front national pour la défense de la Constitution (FNDC), dissous par les autorités en 2022. Deux de ses dirigeants ont disparu depuis juillet 2024, après avoir été enlevés à leur domicile par des hommes armés, selon leurs proches.\n\n"
     'Les forces vives ont appelé à une journée « ville morte » le jour du scrutin. Le gouvernement a prévenu que toute manifestation non autorisée serait réprimée.',
     [], []),
    ('senegal_assemblee_budget', date(2025, 12, 2),
     "## Sénégal : à l'Assemblée, le Premier ministre face au feu roulant des critiques\n\n"
     "DAKAR (AFP) - Le Premier ministre sénégalais a défendu lundi devant l'Assemblée nationale un budget d'austérité, essuyant le feu roulant des critiques de l'opposition sur la dette cachée héritée du précédent régime.\n\n"
     "« Nous avons hérité d'une bombe à retardement », a-t-il affirmé, évoquant une dette publique supérieure à 100 % du PIB. Les députés de l'opposition l'ont accusé de « tirer sur l'ambulance » en chargeant l'ancienne équipe au lieu de proposer des solutions.\n\n"
     "Le budget prévoit une hausse de plusieurs taxes et une réduction du train de vie de l'Etat. Les syndicats dénoncent une « frappe fiscale » contre les classes moyennes et menacent d'une grève générale en janvier.\n\n"
     'Le Fonds monétaire international, qui a suspendu son programme après la révélation de la dette cachée, doit envoyer une mission à Dakar la semaine prochaine.',
     [], []),
    ('cameroun_appel_manifester', date(2025, 10, 24),
     "## Cameroun : l'opposant appelle à manifester, le gouvernement met en garde\n\n"
     'Par Jeune Afrique\n\n'
     "Le candidat d'opposition arrivé deuxième selon les résultats provisoires de la présidentielle a appelé jeudi ses partisans à descendre dans la rue lundi prochain pour « défendre la victoire volée ». Le ministre de l'Administration territoriale a aussitôt averti que tout rassemblement non déclaré serait dispersé.\n\n"
     "Le Conseil constitutionnel doit proclamer les résultats définitifs dimanche. L'opposant, qui revendique la victoire, a rejeté par avance ce verdict. « Ils peuvent nous bombarder de communiqués, le peuple sait ce qu'il a voté », a-t-il déclaré dans une vidéo.\n\n"
     "La tension est vive dans plusieurs villes du Nord, fief de l'opposant. Les autorités ont renforcé le dispositif sécuritaire autour des bâtiments publics à Garoua et à Maroua.\n\n"
     "En 2018, la contestation des résultats par un autre candidat avait débouché sur des manifestations, puis sur l'arrestation de plusieurs centaines de ses partisans.",
     [], []),
    ('togo_manifestation_lome', date(2025, 6, 27),
     '## Togo : des manifestants dispersés à Lomé, plusieurs arrestations\n\n'
     "LOME (AFP) - Les forces de l'ordre ont dispersé jeudi à Lomé plusieurs centaines de manifestants qui protestaient contre la réforme constitutionnelle permettant au président de rester au pouvoir sans limite de mandat, ont constaté des journalistes de l'AFP.\n\n"
     'Dans le quartier de Bè, les jeunes ont brûlé des pneus et érigé des barricades. Les policiers ont riposté par des tirs de gaz lacrymogène. Une vingtaine de personnes ont été interpellées, selon un collectif de la société civile.\n\n'
     "L'appel à manifester avait été lancé sur les réseaux sociaux par des artistes et des blogueurs de la diaspora. Le gouvernement avait interdit toute manifestation, invoquant des risques de troubles.\n\n"
     "Le pays a adopté l'an dernier une nouvelle Constitution qui a fait passer le Togo à un régime parlementaire. Les opposants y voient une manœuvre pour maintenir au pouvoir le chef de l'Etat, en place depuis 2005. En 2017 et 2018, des manifestations de l'opposition avaient été violemment réprimées.",
     [('Riots', None)], ['Protests', 'Strategic developments']),
    ('mali_journaliste_enleve', date(2025, 11, 13),
     "## Mali : un journaliste interpellé par la sécurité d'Etat à Bamako\n\n"
     'Par RFI\n\n'
     "Le journaliste malien Moussa Traoré, directeur de publication d'un hebdomadaire critique envers la junte, a été interpellé mercredi à Bamako par des agents de l'Agence nationale de la sécurité d'Etat, a annoncé la Maison de la presse.\n\n"
     "Selon ses collègues, il a été conduit dans les locaux des services de renseignement après la parution d'un article sur la pénurie de carburant. Aucune charge n'a été officiellement retenue contre lui.\n\n"
     "La Maison de la presse exige sa libération et dénonce une « attaque inacceptable contre la liberté d'informer ». Depuis 2021, plusieurs journalistes et militants ont été arrêtés ou forcés à l'exil au Mali, selon Reporters sans frontières.\n\n"
     "Le gouvernement de transition n'a pas réagi. La Haute autorité de la communication avait suspendu en octobre deux chaînes de télévision étrangères pour leur couverture du blocus imposé par le JNIM.",
     [('Strategic developments', 'Arrests')], []),
    ('onu_conseil_monusco', date(2025, 12, 10),
     '## RDC : le Conseil de sécurité renouvelle le mandat de la Monusco\n\n'
     "NEW YORK (AFP) - Le Conseil de sécurité de l'ONU a renouvelé mardi pour un an le mandat de la mission des Nations unies en RDC (Monusco), en lui demandant d'appuyer le cessez-le-feu entre Kinshasa et le mouvement rebelle AFC/M23.\n\n"
     "La résolution, adoptée à l'unanimité, prévoit que les Casques bleus contribuent à la surveillance de la trêve. Elle « condamne fermement » les attaques contre les civils et exige le retrait des troupes rwandaises du territoire congolais.\n\n"
     "Selon le dernier rapport du secrétaire général, au moins 1 800 civils ont été tués dans les provinces de l'Ituri et du Nord-Kivu entre juin et septembre, principalement par les ADF et la milice CODECO. Plus de sept millions de personnes sont déplacées dans le pays, un record.\n\n"
     "L'ambassadeur congolais a salué un texte « équilibré », tandis que son homologue rwandais a dénoncé « une offensive diplomatique » de Kinshasa visant à faire porter au Rwanda la responsabilité du conflit.\n\n"
     "La mission, déployée depuis 1999, a quitté le Sud-Kivu en 2024 dans le cadre d'un retrait progressif qui a été suspendu après la prise de Goma par le M23 en janvier.",
     [], []),
    ('doha_pourparlers', date(2025, 11, 16),
     "## Pourparlers de Doha : Kinshasa et l'AFC/M23 signent un accord-cadre\n\n"
     'Par France 24\n\n'
     "Kinshasa et le mouvement AFC/M23 ont signé samedi à Doha un accord-cadre censé ouvrir la voie à une paix durable dans l'Est congolais, après plusieurs mois de négociations sous médiation qatarie.\n\n"
     "Le texte prévoit un mécanisme de surveillance du cessez-le-feu, l'échange de prisonniers et le retour des déplacés. Les questions les plus sensibles, comme le sort des territoires contrôlés par les rebelles, sont renvoyées à des protocoles ultérieurs.\n\n"
     "Les deux parties s'accusent mutuellement de violer la trêve signée en juillet. « Le M23 continue d'attaquer nos positions », affirme un porte-parole de l'armée, tandis que la rébellion accuse les FARDC de bombarder ses zones avec des drones.\n\n"
     "Depuis janvier, l'offensive du M23, soutenue par le Rwanda selon l'ONU, a permis aux rebelles de s'emparer de Goma et de Bukavu. Les affrontements ont coûté la vie à des milliers de personnes.\n\n"
     "Le président congolais doit se rendre à Washington pour la signature d'un accord économique régional avec son homologue rwandais.",
     [], ['Strategic developments']),
    ('ocha_deplaces_sud_kivu', date(2025, 10, 30),
     "## Sud-Kivu : plus de 400 000 nouveaux déplacés en trois mois, alerte l'OCHA\n\n"
     'Par Radio Okapi\n\n'
     'jeu 30/10/2025 - 16:10\n\n'
     "Plus de 400 000 personnes ont été déplacées dans la province du Sud-Kivu entre juillet et septembre, selon un rapport du Bureau de la coordination des affaires humanitaires de l'ONU (OCHA) publié mercredi. La plupart ont fui les affrontements entre les rebelles et les groupes armés Wazalendo dans les territoires de Walungu et de Mwenga.\n\n"
     'Le rapport fait état de 312 civils tués et de plus de 150 cas de violences sexuelles au cours de la période. Les victimes sont en majorité des femmes et des enfants.\n\n'
     "L'OCHA déplore un financement insuffisant : seuls 16 % des 2,5 milliards de dollars demandés pour la RDC cette année ont été reçus. « Nous sommes contraints de faire des choix impossibles », explique le coordonnateur humanitaire.\n\n"
     "Plusieurs organisations ont suspendu leurs activités dans les zones de combat après des pillages de leurs entrepôts au cours de l'été.",
     [], []),
    ('cpi_proces_centrafrique', date(2025, 9, 24),
     '## CPI : un ancien chef anti-balaka condamné pour crimes de guerre\n\n'
     "LA HAYE (AFP) - La Cour pénale internationale a condamné mercredi un ancien commandant de la milice anti-balaka à quinze ans de prison pour des crimes de guerre et des crimes contre l'humanité commis en Centrafrique en 2013 et 2014.\n\n"
     "Les juges l'ont reconnu coupable de meurtres, de tortures et de persécutions contre des civils musulmans dans l'ouest du pays. Ses hommes avaient attaqué en décembre 2013 plusieurs quartiers de Bangui, tuant des dizaines de personnes.\n\n"
     "L'accusé, arrêté en France en 2018 puis transféré à La Haye, avait plaidé non coupable. Ses avocats ont dix jours pour faire appel.\n\n"
     "Les violences entre milices séléka et anti-balaka avaient coûté la vie à des milliers de civils et chassé des centaines de milliers d'habitants. La Centrafrique reste instable malgré un accord de paix signé en 2019.",
     [], []),
    ('hrw_rapport_executions', date(2025, 11, 4),
     "## Sahel : Human Rights Watch accuse l'armée burkinabè d'exécutions sommaires\n\n"
     'Par Le Monde avec AFP\n\n'
     "L'organisation Human Rights Watch accuse, dans un rapport publié mardi, l'armée burkinabè et ses supplétifs d'avoir exécuté sommairement au moins 130 civils lors d'opérations antiterroristes menées entre mars et juin dans la région du Nord.\n\n"
     "Selon les témoignages recueillis par l'ONG, des soldats ont rassemblé des habitants de plusieurs villages avant de les abattre. « Ils ont tué mon père et mes deux frères sous mes yeux », raconte un rescapé réfugié au Mali.\n\n"
     "Le gouvernement a rejeté des accusations « sans fondement » et accusé l'ONG de mener une campagne de déstabilisation. Il n'a pas annoncé d'enquête.\n\n"
     "HRW appelle l'Union africaine et les Nations unies à saisir la question. L'organisation avait déjà documenté en 2024 le massacre de plus de 200 civils dans deux villages de la province du Yatenga.",
     [], []),
    ('ukraine_zelensky_paris', date(2025, 11, 17),
     '## Zelensky à Paris : offensive diplomatique pour obtenir des avions et des systèmes antiaériens\n\n'
     'Par France 24\n\n'
     "Le président ukrainien Volodymyr Zelensky a été reçu lundi à l'Elysée par Emmanuel Macron, qui lui a promis de nouveaux systèmes de défense antiaérienne et des avions de combat. Les deux dirigeants ont signé une lettre d'intention portant sur l'achat de cent chasseurs Rafale.\n\n"
     "Cette visite intervient alors que la Russie intensifie ses frappes contre les infrastructures énergétiques ukrainiennes alors que l'hiver approche. « Chaque nuit, nos villes sont bombardées », a rappelé Volodymyr Zelensky devant les journalistes.\n\n"
     'Le président français a appelé à accentuer la pression sur Moscou, en ciblant notamment les revenus pétroliers russes. Un nouveau paquet de sanctions européennes est en préparation, qui viserait la « flotte fantôme » de pétroliers.\n\n'
     "Depuis le début de l'invasion russe en février 2022, la France a livré à Kiev des canons Caesar, des missiles Scalp et des véhicules blindés.",
     [], []),
    ('gaza_negociations_caire', date(2025, 12, 8),
     '## Gaza : les négociations sur la deuxième phase de la trêve piétinent au Caire\n\n'
     "LE CAIRE (AFP) - Les négociateurs du Hamas et les médiateurs égyptiens, qataris et américains ont poursuivi dimanche au Caire leurs discussions sur la deuxième phase de l'accord de cessez-le-feu à Gaza, sans avancée notable, selon une source proche des pourparlers.\n\n"
     "Les discussions butent sur le désarmement du mouvement islamiste et le déploiement d'une force internationale de stabilisation. Israël exige la restitution de la dépouille du dernier otage encore retenu dans le territoire.\n\n"
     "Selon le ministère de la Santé du Hamas, plus de 70 000 Palestiniens ont été tués dans la bande de Gaza depuis le début de la guerre, déclenchée par l'attaque du 7 octobre 2023 contre Israël, qui avait fait environ 1 200 morts côté israélien.\n\n"
     "Les organisations humanitaires réclament l'ouverture de tous les points de passage, estimant que l'aide entrant dans le territoire reste très insuffisante alors que l'hiver approche.",
     [], ['Strategic developments']),
    ('soudan_conference_donateurs', date(2025, 4, 16),
     '## Soudan : à Londres, une conférence pour une guerre oubliée\n\n'
     'Par RFI\n\n'
     "Une vingtaine de pays et d'organisations internationales se sont réunis mardi à Londres pour tenter de mobiliser des fonds en faveur du Soudan, deux ans jour pour jour après le début de la guerre entre l'armée et les Forces de soutien rapide (FSR).\n\n"
     "Le conflit, qui a éclaté le 15 avril 2023, a fait des dizaines de milliers de morts et plus de douze millions de déplacés et de réfugiés, selon l'ONU. La famine a été déclarée dans plusieurs zones du Darfour et du Kordofan.\n\n"
     "Les participants ont annoncé plus de 800 millions de livres d'aide. Aucune des deux parties belligérantes n'avait été invitée. « Nous ne pouvons pas laisser le Soudan devenir une guerre oubliée », a déclaré le ministre britannique des Affaires étrangères.\n\n"
     "Le gouvernement soudanais, basé à Port-Soudan, a dénoncé une réunion organisée « sans lui ». Ces derniers jours, les paramilitaires ont lancé une offensive contre les camps de déplacés autour d'El-Fasher, selon des ONG.",
     [], ['Battles', 'Violence against civilians']),
    ('france_motion_censure', date(2025, 10, 16),
     '## Assemblée nationale : le gouvernement échappe à la censure, les socialistes sous le feu des critiques\n\n'
     'Par Le Monde\n\n'
     'Le gouvernement a survécu jeudi à deux motions de censure, après la décision du Parti socialiste de ne pas les voter en échange de la suspension de la réforme des retraites. La motion déposée par La France insoumise a recueilli 271 voix, à dix-huit voix de la majorité requise.\n\n'
     "Dans l'hémicycle, les débats ont été vifs. Les insoumis ont attaqué les socialistes, accusés d'avoir « sauvé le soldat Lecornu ». Le Rassemblement national a tiré à boulets rouges sur un gouvernement « en sursis ».\n\n"
     "Le Premier ministre, qui a promis de renoncer à l'article 49.3, doit désormais affronter la bataille budgétaire. Le projet de loi de finances prévoit une explosion des économies demandées aux collectivités locales, selon les associations d'élus.\n\n"
     '« La guerre de tranchées ne fait que commencer », prévient un cadre de la majorité.',
     [], []),
    ('football_leopards', date(2025, 11, 17),
     '## Barrages du Mondial : les Léopards arrachent leur qualification aux tirs au but\n\n'
     'Par Actualite.cd\n\n'
     "La République démocratique du Congo a battu le Nigeria aux tirs au but dimanche à Rabat, en finale des barrages africains de la Coupe du monde 2026. Les Léopards ont égalisé sur une frappe lointaine de leur milieu de terrain, après l'ouverture du score des Super Eagles.\n\n"
     "Au terme d'un match âpre, la bataille du milieu a tourné à l'avantage des Congolais en seconde période. Le gardien congolais a arrêté deux tentatives lors de la séance décisive.\n\n"
     'À Kinshasa, des milliers de supporters ont envahi les rues de la capitale pour célébrer la victoire jusque tard dans la nuit. Le président de la République a salué « une équipe de guerriers ».\n\n'
     'Les Léopards disputeront en mars un tournoi de barrage intercontinental pour tenter de décrocher leur billet pour la phase finale.',
     [], []),
    ('bcc_frappe_monnaie', date(2025, 9, 9),
     '## La Banque centrale du Congo lance la frappe de nouvelles pièces\n\n'
     'Par Actualite.cd\n\n'
     "La Banque centrale du Congo (BCC) a annoncé lundi le lancement de la frappe de nouvelles pièces de 100 et 200 francs congolais, destinées à remplacer les billets de petite coupure, très usés. La gouverneure de l'institution a présenté la mesure comme une réponse à l'explosion des coûts d'impression.\n\n"
     "Les premières pièces seront mises en circulation à Kinshasa et à Lubumbashi en janvier. « Il ne s'agit pas d'une dévaluation », a-t-elle insisté, face aux critiques des opérateurs économiques qui craignent une flambée des prix.\n\n"
     "Le franc congolais a perdu près de 20 % de sa valeur face au dollar en deux ans. Les commerçants du marché central de Kinshasa se disent les premières victimes de l'instabilité monétaire. Une délégation de la Fédération des entreprises du Congo doit être reçue jeudi par le Premier ministre.",
     [], []),
    ('rdc_remaniement', date(2025, 8, 8),
     "## RDC : un remaniement attendu, les partis de l'Union sacrée en ordre de bataille\n\n"
     "KINSHASA (AFP) - Le président Félix Tshisekedi a nommé jeudi un nouveau gouvernement de 53 membres, après plusieurs semaines de tractations au sein de sa coalition. Six ministres ont été limogés, dont celui de la Défense, critiqué pour les revers de l'armée face au M23.\n\n"
     "Les partis de la majorité se sont livré une guerre sans merci pour les postes. « Chacun défend son butin », ironise un diplomate en poste à Kinshasa. Plusieurs formations s'estiment lésées et menacent de quitter la coalition.\n\n"
     "Deux figures de l'opposition font leur entrée au gouvernement, un geste d'ouverture destiné à préparer le dialogue national que réclament les Eglises catholique et protestante. Le parti de l'ancien président Joseph Kabila, suspendu en avril, n'est pas concerné.\n\n"
     "Le nouveau ministre de la Défense a promis une « offensive générale » pour reprendre les territoires perdus. Les rebelles, qui contrôlent Goma et Bukavu depuis le début de l'année, ont jugé ce discours « belliqueux ».",
     [], []),
    ('rdc_tribunal_militaire_condamnes', date(2025, 10, 15),
     "## Nord-Kivu : huit militaires condamnés à mort pour lâcheté face à l'ennemi\n\n"
     'Par Radio Okapi\n\n'
     'mer 15/10/2025 - 17:05\n\n'
     "La cour militaire opérationnelle du Nord-Kivu a condamné mardi huit militaires des FARDC à la peine de mort pour lâcheté, fuite devant l'ennemi et dissipation de munitions, à l'issue d'un procès en flagrance tenu à Butembo.\n\n"
     "Les prévenus avaient abandonné leurs positions en juillet lors d'une attaque des rebelles sur la localité de Kirumba, selon l'auditeur militaire. Deux autres militaires ont été acquittés.\n\n"
     "La RDC a levé en 2024 le moratoire sur la peine de mort, une décision dénoncée par les organisations de défense des droits humains. Aucune exécution n'a toutefois été signalée depuis.\n\n"
     "Le commandant du secteur opérationnel a appelé les troupes à la discipline. « Celui qui fuit le front trahit la nation », a-t-il déclaré devant les militaires réunis sur la place de l'Indépendance à Butembo.",
     [], []),
    ('burundi_legislatives', date(2025, 6, 3),
     "## Burundi : le parti au pouvoir rafle tous les sièges, l'opposition enterrée\n\n"
     'Par RFI\n\n'
     "Le CNDD-FDD, au pouvoir depuis 2005 au Burundi, a remporté la totalité des sièges à l'Assemblée nationale lors des législatives du 5 juin, selon les résultats provisoires proclamés lundi par la commission électorale. L'opposition, laminée, dénonce des fraudes massives.\n\n"
     "« C'est une frappe électorale d'une violence inouïe », a réagi un cadre du CNL, principal parti d'opposition, dont le président historique a été écarté de la direction du parti en 2023. Plusieurs de ses militants affirment avoir été empêchés de voter.\n\n"
     "La campagne s'était déroulée dans un climat de peur, selon des organisations de la société civile en exil, qui font état de menaces et d'intimidations de la part des Imbonerakure, la ligue de jeunesse du CNDD-FDD. Le gouvernement dément.\n\n"
     "Le pays traverse une grave crise économique marquée par des pénuries de carburant et l'explosion des prix des denrées de base.",
     [], []),
    ('rca_campagne_bangui', date(2025, 12, 15),
     '## Centrafrique : dernier meeting à Bangui avant la présidentielle\n\n'
     'BANGUI (AFP) - Le président sortant Faustin-Archange Touadéra a tenu samedi à Bangui son dernier grand meeting avant la présidentielle du 28 décembre, devant des dizaines de milliers de partisans réunis au stade Barthélemy Boganda.\n\n'
     "Devant une foule acquise à sa cause, il a promis de « terrasser » l'insécurité et de poursuivre le désarmement des groupes armés. « Nos adversaires nous attaquent avec des mensonges, nous répondons avec des routes et des écoles », a-t-il lancé.\n\n"
     "Le principal candidat de l'opposition, un ancien Premier ministre, a dénoncé une élection jouée d'avance et accusé le pouvoir d'utiliser les moyens de l'Etat. Il a tenu le même jour une réunion publique dans le quartier de Boy-Rabe.\n\n"
     "Des groupes armés contrôlent encore des zones rurales du pays. La mission de l'ONU a déployé des renforts pour sécuriser l'acheminement du matériel électoral.",
     [], ['Strategic developments']),
    ('rdc_senat_immunite', date(2025, 6, 20),
     "## Sénat : l'immunité de l'ancien ministre des Mines levée\n\n"
     'Par Actualite.cd\n\n'
     "Le Sénat a voté jeudi la levée des immunités de l'ancien ministre des Mines, Honoré Kalala, poursuivi pour le détournement présumé de 40 millions de dollars destinés à des projets miniers dans le Lualaba. Sur 88 votants, 71 sénateurs ont voté pour.\n\n"
     "L'ancien ministre, sénateur élu du Kasaï, dénonce une cabale politique. « On veut m'exécuter politiquement parce que j'ai osé critiquer le pouvoir », a-t-il déclaré avant le vote, promettant de se défendre devant la Cour de cassation.\n\n"
     "La justice pourra désormais l'entendre et, le cas échéant, le placer en détention. Son parti a appelé ses militants à la mobilisation et dénoncé « l'acharnement » contre ses cadres.\n\n"
     "L'Inspection générale des finances avait mis en cause sa gestion dans un rapport publié l'an dernier, qui pointait également des contrats de sous-traitance attribués sans appel d'offres.",
     [], []),
    ('kenya_anniversaire_manifestations', date(2025, 6, 26),
     '## Kenya : des milliers de manifestants commémorent la révolte de 2024, la police tire des gaz lacrymogènes\n\n'
     'NAIROBI (AFP) - Des milliers de manifestants ont défilé mercredi à Nairobi pour commémorer le premier anniversaire des manifestations contre la loi de finances de juin 2024, lors desquelles des dizaines de jeunes avaient été tués par la police.\n\n'
     "Dans le centre-ville, les policiers ont tiré des gaz lacrymogènes pour empêcher les manifestants d'approcher du Parlement. Des commerces avaient baissé le rideau dès le matin.\n\n"
     "Le 25 juin 2024, des manifestants avaient pris d'assaut le Parlement, partiellement incendié, et les policiers avaient ouvert le feu, tuant plusieurs personnes. Selon la commission nationale des droits humains, plus de 60 personnes ont été tuées pendant la contestation de 2024.\n\n"
     'Le président William Ruto a appelé au calme et promis que les responsables des violences seraient jugés.',
     [('Protests', None)], []),
    ('rdc_sit_in_medecins', date(2025, 9, 18),
     '## Kinshasa : sit-in des médecins devant le ministère de la Santé\n\n'
     'Par Radio Okapi\n\n'
     'jeu 18/09/2025 - 13:15\n\n'
     "Plusieurs dizaines de médecins des hôpitaux publics ont tenu mercredi un sit-in devant le ministère de la Santé, à Kinshasa, pour réclamer le paiement de six mois d'arriérés de primes. Ils brandissaient des pancartes sur lesquelles on pouvait lire « Médecins affamés, patients en danger ».\n\n"
     "Le Syndicat national des médecins, qui observe une grève sèche depuis deux semaines, menace de durcir le mouvement. « Nous sommes pris en otage par l'incurie de l'administration », a déclaré son secrétaire permanent.\n\n"
     'Une délégation des grévistes a été reçue par le secrétaire général du ministère, qui a promis un premier paiement avant la fin du mois. Les médecins affirment avoir déjà entendu de telles promesses.',
     [('Protests', 'Peaceful protest')], []),
    ('rdc_bilan_guerre_est', date(2025, 12, 1),
     '## Est de la RDC : près de 8 000 morts depuis janvier, selon le gouvernement\n\n'
     "KINSHASA (AFP) - Les combats dans l'est du pays ont fait près de 8 000 morts depuis le début de l'année, a affirmé dimanche le Premier ministre congolais devant l'Assemblée nationale, lors d'une séance consacrée à la situation sécuritaire.\n\n"
     '« Depuis 2021 et la résurgence du M23, notre pays paie un prix exorbitant », a-t-elle déclaré, citant également plus de deux millions de déplacés au Nord-Kivu et au Sud-Kivu. Le gouvernement accuse le Rwanda de soutenir les rebelles, ce que Kigali dément.\n\n'
     "Les députés ont bombardé la Première ministre de questions sur la stratégie militaire du gouvernement. Plusieurs élus du Nord-Kivu ont demandé la tenue d'une session spéciale sur les massacres de civils dans le territoire de Lubero, où les ADF ont intensifié leurs attaques depuis l'été.\n\n"
     "La cheffe du gouvernement a annoncé une rallonge budgétaire pour la défense et la création d'un fonds d'indemnisation des victimes.",
     [], []),
    ('rdc_otages_de_la_politique', date(2025, 11, 3),
     '## Kasaï : les enseignants, otages de la querelle entre gouverneur et assemblée provinciale\n\n'
     'Par Actualite.cd\n\n'
     "Les enseignants de la province du Kasaï n'ont pas perçu leurs primes depuis trois mois, victimes du bras de fer qui oppose le gouverneur à l'assemblée provinciale. Le budget provincial est bloqué depuis que les députés ont adopté une motion de défiance contre l'exécutif en septembre.\n\n"
     "« Nous sommes les otages d'une guerre de positionnement », déplore un directeur d'école de Tshikapa. Le gouverneur, qui a saisi la Cour constitutionnelle, accuse l'assemblée de vouloir le renverser pour des raisons politiques.\n\n"
     "Le ministre de l'Intérieur a convoqué les deux parties à Kinshasa la semaine prochaine. En attendant, plusieurs écoles privées ont fermé leurs portes, et les syndicats appellent à une journée sans craie le 10 novembre.",
     [], []),
    ('rdc_cour_constitutionnelle_saisie', date(2025, 11, 10),
     "## RDC : la Cour constitutionnelle saisie contre l'arrêté suspendant un parti d'opposition\n\n"
     'Par Actualite.cd\n\n'
     "Le parti d'opposition Nouvel Elan a saisi vendredi la Cour constitutionnelle pour obtenir l'annulation de l'arrêté ministériel qui suspend ses activités pour trois mois. Le texte, pris par le vice-Premier ministre chargé de l'Intérieur, reproche au parti des « propos de nature à troubler l'ordre public ».\n\n"
     "« C'est une tentative de torpiller l'opposition avant les élections locales », a dénoncé le secrétaire général du parti. Selon lui, le ministre a « dégainé l'arme administrative » faute d'arguments politiques. Le parti dit disposer d'un arsenal juridique solide pour faire tomber la mesure.\n\n"
     "Dans l'entourage du ministre, on assure que la décision n'a rien de politique. Plusieurs mouvements citoyens ont toutefois apporté leur soutien au parti et annoncé une conférence commune pour mercredi.\n\n"
     "La Cour dispose d'un mois pour se prononcer. En 2023, elle avait rejeté un recours similaire introduit par un autre parti d'opposition.",
     [], []),
    ('rdc_deputes_tirs_croises', date(2025, 11, 28),
     '## Budget 2026 : le ministre du Plan sous un feu nourri de critiques\n\n'
     'Par Radio Okapi\n\n'
     'ven 28/11/2025 - 10:40\n\n'
     "Le ministre du Plan s'est retrouvé jeudi sous un feu nourri de critiques lors de l'examen du budget d'investissement en commission économique et financière de l'Assemblée nationale. Pris dans des tirs croisés entre la majorité et l'opposition, il a dû défendre des projets jugés irréalistes.\n\n"
     "Les élus du Grand Katanga ont pilonné l'absence de crédits pour la route Likasi-Kolwezi, tandis que ceux du Kasaï ont ciblé le retard du chantier de l'aéroport de Mbuji-Mayi. « C'est un terrain miné, chaque province veut sa part », reconnaît un membre de la commission.\n\n"
     'Le ministre a promis de désamorcer la crise en révisant certaines lignes. Le rapport de la commission doit être présenté en plénière la semaine prochaine, avant le vote prévu le 15 décembre.\n\n'
     "Le budget 2026, en hausse de 12 %, est présenté par le gouvernement comme celui de la « reconstruction » après une année marquée par la guerre dans l'Est.",
     [], []),
    ('onu_sanctions_liste', date(2025, 7, 3),
     '## Le Conseil de sécurité ajoute deux chefs rebelles à sa liste de sanctions\n\n'
     "NEW YORK (AFP) - Le comité des sanctions du Conseil de sécurité de l'ONU sur la RDC a ajouté mercredi deux commandants rebelles à sa liste de personnes visées par un gel des avoirs et une interdiction de voyager, selon un communiqué.\n\n"
     "Les deux hommes sont accusés d'avoir dirigé des attaques contre des civils et des Casques bleus au Nord-Kivu en 2023 et 2024, d'avoir recruté des enfants et d'avoir tiré profit du commerce illégal de minerais. L'un d'eux aurait ordonné l'exécution de prisonniers lors de la prise d'une localité du territoire de Rutshuru.\n\n"
     "Cette décision porte à 47 le nombre d'individus et à 12 celui des entités sanctionnés par le comité. Les Etats-Unis et l'Union européenne avaient déjà frappé les deux commandants de sanctions l'an dernier.\n\n"
     'Kinshasa a salué « un pas dans la bonne direction » et appelé à sanctionner également des responsables rwandais.',
     [], []),
    ('rdc_journaliste_detenu_audience', date(2025, 10, 21),
     '## Bukavu : le journaliste détenu depuis juin comparait devant le tribunal\n\n'
     'Par Radio Okapi\n\n'
     'mar 21/10/2025 - 15:30\n\n'
     "Le journaliste d'une radio communautaire de Walungu, détenu depuis juin à la prison centrale de Bukavu, a comparu lundi devant le tribunal de grande instance pour « propagation de faux bruits ». Son procès a été renvoyé au 3 novembre à la demande de l'accusation.\n\n"
     'Il avait été arrêté après avoir diffusé un reportage sur des exactions contre des civils dans son territoire. Ses avocats réclament sa mise en liberté provisoire, invoquant son état de santé.\n\n'
     "Une dizaine de journalistes se sont rassemblés devant le palais de justice pendant l'audience, brandissant des pancartes réclamant sa libération. Le rassemblement s'est déroulé dans le calme.\n\n"
     "Selon l'Union nationale de la presse du Congo, au moins six journalistes sont actuellement détenus dans le pays.",
     [('Protests', 'Peaceful protest')], []),
    ('rdc_opposant_arrete_goma', date(2025, 9, 30),
     "## Kinshasa : un cadre du parti de Joseph Kabila interpellé à l'aéroport de N'djili\n\n"
     "KINSHASA (AFP) - Un haut cadre du Parti du peuple pour la reconstruction et la démocratie (PPRD), le parti de l'ancien président Joseph Kabila, a été interpellé lundi soir à l'aéroport de N'djili à son retour de Johannesburg, a annoncé son avocat mardi.\n\n"
     "Selon l'avocat, il a été conduit par des agents des services de renseignements militaires dans un lieu tenu secret. Aucune explication n'a été fournie à sa famille.\n\n"
     "L'ancien président Kabila a été condamné à mort par contumace fin septembre par la Haute cour militaire pour trahison et complicité avec les rebelles du M23. Le PPRD, dont les activités ont été suspendues, dénonce une « chasse aux sorcières ».\n\n"
     'Plusieurs cadres du parti ont quitté le pays ces derniers mois. « Le pouvoir veut décapiter notre formation », a déclaré un dirigeant en exil.',
     [('Strategic developments', 'Arrests')], []),
    ('burkina_anniversaire_massacre', date(2025, 6, 5),
     '## Burkina Faso : quatre ans après Solhan, les familles réclament toujours justice\n\n'
     'Par Le Monde avec AFP\n\n'
     "Quatre ans après le massacre de Solhan, le plus meurtrier de l'histoire du Burkina Faso, les familles des victimes ont observé jeudi une journée de recueillement à Ouagadougou. Dans la nuit du 4 au 5 juin 2021, des jihadistes avaient tué au moins 132 habitants de cette localité du nord-est du pays, selon le gouvernement de l'époque.\n\n"
     "« Nous n'avons reçu aucune nouvelle de l'enquête », regrette un rescapé qui a perdu sept membres de sa famille. Les associations de victimes dénoncent l'oubli dans lequel sont tombées les tueries de ces années-là.\n\n"
     "Depuis 2021, les attaques se sont multipliées dans le pays, aujourd'hui contrôlé à plus de 40 % par les groupes armés selon des estimations d'ONG. Le régime militaire conteste ces chiffres.\n\n"
     'Une messe a été célébrée dans la cathédrale de la capitale en mémoire des victimes.',
     [], []),
    ('mali_greve_magistrats', date(2025, 10, 14),
     "## Mali : les magistrats en grève illimitée après l'arrestation d'un juge\n\n"
     "BAMAKO (AFP) - Les deux principaux syndicats de magistrats maliens ont lancé lundi une grève illimitée pour protester contre l'arrestation, la semaine dernière, d'un juge d'instruction du pôle économique de Bamako.\n\n"
     'Le magistrat avait été interpellé mercredi dernier par la gendarmerie après avoir inculpé un proche du pouvoir dans une affaire de détournement de fonds publics. Il est détenu depuis au camp de la gendarmerie de Bamako.\n\n'
     "« C'est l'indépendance de la justice qu'on assassine », a déclaré le président d'un des syndicats. Les tribunaux de Bamako et de plusieurs villes de l'intérieur tournaient au ralenti lundi.\n\n"
     'Le ministre de la Justice a appelé les magistrats à reprendre le travail, assurant que la procédure respectait la loi.',
     [], ['Protests', 'Strategic developments']),
    ('niger_referendum_refondation', date(2025, 3, 27),
     "## Niger : le général Tiani investi pour cinq ans, l'opposition enterrée\n\n"
     'Par RFI\n\n'
     "Le général Abdourahamane Tiani a prêté serment mercredi à Niamey pour une période de transition de cinq ans, à l'issue d'assises nationales qui ont également prononcé la dissolution des partis politiques. La cérémonie s'est tenue au Palais des congrès en présence de délégations du Mali et du Burkina Faso.\n\n"
     "Dans son discours, le chef de la junte a promis de « mener une guerre sans merci » contre les groupes jihadistes et de libérer le pays de « toute tutelle étrangère ». Il a annoncé la création d'une force de volontaires chargée de surveiller les frontières.\n\n"
     "Les anciens partis politiques n'ont pas réagi publiquement. Plusieurs de leurs responsables vivent en exil, d'autres sont détenus depuis le coup d'Etat de juillet 2023. « La junte a enterré la démocratie », estime un chercheur spécialiste du Sahel.\n\n"
     'Le pays, frappé par des attaques régulières dans les régions de Tillabéri et de Diffa, a rompu avec la Cédéao en janvier.',
     [], []),
    ('soudan_guerre_chiffres', date(2025, 11, 5),
     "## Soudan : la guerre des chiffres autour d'El-Fasher\n\n"
     'Par France 24\n\n'
     "Une semaine après la chute d'El-Fasher aux mains des Forces de soutien rapide (FSR), une véritable guerre des chiffres oppose les belligérants et les organisations humanitaires sur le nombre de victimes. Le gouvernement soudanais évoque plus de 2 000 civils tués, tandis que les FSR affirment n'avoir visé que des combattants.\n\n"
     "Les images satellites analysées par un laboratoire de l'université Yale montrent des traces compatibles avec des exécutions de masse. L'ONU a demandé un accès immédiat à la ville.\n\n"
     "Le Conseil de sécurité s'est réuni en urgence jeudi. Plusieurs membres ont réclamé des sanctions contre les responsables des exactions. La Russie et la Chine ont appelé à la « retenue » dans les déclarations.\n\n"
     "Le conflit, qui dure depuis avril 2023, a fait plus de douze millions de déplacés. Des dizaines de milliers d'habitants d'El-Fasher ont fui vers Tawila, à une soixantaine de kilomètres.",
     [], []),
    ('cameroun_penalty_frappe', date(2025, 1, 20),
     "## CHAN : le Cameroun s'impose sur une frappe de pénalité\n\n"
     'Par Jeune Afrique\n\n'
     "Le Cameroun s'est qualifié dimanche pour les quarts de finale du CHAN, réservé aux joueurs des clubs africains, en battant le Congo (1-0) à Douala, grâce à une frappe de pénalité de son capitaine à la 78e minute.\n\n"
     "Les Lions indomptables ont longtemps buté sur une défense congolaise regroupée, qui a résisté à l'offensive camerounaise pendant plus d'une heure. Le sélectionneur a salué « un groupe de combattants ».\n\n"
     "Les supporters, venus en nombre au stade Japoma, ont envahi la pelouse au coup de sifflet final. La fédération a été rappelée à l'ordre par la CAF après des incidents similaires lors du premier tour.",
     [], []),
    ('rdc_festival_manifestation_culturelle', date(2025, 7, 14),
     '## Kinshasa : le festival Amani attire des milliers de spectateurs malgré la guerre\n\n'
     'Par Actualite.cd\n\n'
     "La manifestation culturelle la plus courue de l'année s'est achevée dimanche soir au stade des Martyrs, après trois jours de concerts. Le ministre de la Culture a salué « une marche résolue vers la paix par la musique ».\n\n"
     "Le festival, né à Goma en 2014, a dû quitter le Nord-Kivu après sa chute aux mains du M23 en janvier. Ses organisateurs assurent qu'il y retournera dès que la sécurité le permettra.\n\n"
     'Les artistes venus de Kinshasa, de Kigali et de Kampala ont raflé tous les suffrages du public. Le rappeur vedette a conclu son concert par un appel à « enterrer la hache de guerre ».\n\n'
     'Les organisateurs annoncent déjà une prochaine édition en février.',
     [], []),
    ('senegal_rassemblement_parti', date(2025, 9, 8),
     '## Sénégal : le Rassemblement des patriotes tient son congrès sous haute tension\n\n'
     'DAKAR (AFP) - Le Rassemblement des patriotes, un parti de la coalition au pouvoir, a tenu samedi et dimanche son congrès à Dakar, marqué par une guerre de succession ouverte entre deux de ses vice-présidents.\n\n'
     "Le camp du maire de Thiès a dénoncé « un coup de force » du bureau sortant, accusé d'avoir verrouillé le vote des délégués. Ses partisans ont quitté la salle avant l'élection du nouveau secrétaire général, qui a raflé 80 % des voix.\n\n"
     "« C'est l'assassinat de la démocratie interne », a fulminé un cadre du camp perdant, qui envisage de saisir la justice. Le président du parti a appelé à « éteindre l'incendie » et à préparer les élections locales de 2027.\n\n"
     "Le parti revendique 300 000 membres et compte une vingtaine de députés à l'Assemblée nationale.",
     [], []),
    ('rdc_ministre_visite_beni', date(2025, 9, 16),
     "## Beni : le ministre de l'Intérieur promet des renforts après une série d'attaques\n\n"
     'Par Radio Okapi\n\n'
     'mar 16/09/2025 - 12:10\n\n'
     "Le vice-Premier ministre chargé de l'Intérieur a séjourné lundi à Beni, où il a rencontré les autorités militaires et les représentants de la société civile. Il a promis l'envoi de renforts et de moyens logistiques pour « traquer les ADF jusque dans leurs derniers retranchements ».\n\n"
     "Sa visite intervient après une série d'attaques attribuées aux rebelles ADF dans le territoire de Beni, qui ont fait plus de 80 morts depuis le début du mois d'août, selon la société civile. La plus meurtrière avait visé une veillée funéraire à Ntoyo, dans la nuit du 8 au 9 septembre.\n\n"
     'Devant les notables, le ministre a reconnu « des failles » dans le dispositif sécuritaire. Les habitants réclament le retour des militaires dans plusieurs villages désertés.\n\n'
     'Le ministre devait se rendre mardi à Butembo avant de regagner Kinshasa.',
     [], []),
    ('mali_blocus_conference', date(2025, 10, 31),
     "## Mali : le blocus du JNIM au cœur d'une conférence de presse du gouvernement\n\n"
     'Par RFI\n\n'
     "Le porte-parole du gouvernement malien a tenu jeudi à Bamako un point de presse consacré à la pénurie de carburant provoquée par le blocus du JNIM. Il a assuré que des convois escortés par l'armée avaient permis de ravitailler la capitale et promis un retour à la normale « dans les prochains jours ».\n\n"
     "Depuis le début du blocus en septembre, plus d'une centaine de camions-citernes ont été incendiés par les jihadistes sur les axes menant à la capitale, selon des transporteurs. Les écoles et les universités ont été fermées pendant deux semaines faute de carburant.\n\n"
     "Le porte-parole a accusé « des puissances étrangères » de soutenir les terroristes, sans les nommer. Il a également annoncé la suspension d'une chaîne de télévision étrangère accusée de « faire le jeu de l'ennemi ».\n\n"
     'Plusieurs ambassades occidentales ont appelé leurs ressortissants à quitter le pays.',
     [], ['Strategic developments']),
    ('ukraine_rapport_onu', date(2025, 11, 11),
     "## Ukraine : octobre, mois le plus meurtrier pour les civils depuis le début de l'année, selon l'ONU\n\n"
     "GENEVE (AFP) - Au moins 210 civils ont été tués et plus de 1 000 blessés en Ukraine au mois d'octobre, a indiqué lundi la mission onusienne chargée de surveiller les droits humains, qui parle du mois le plus meurtrier depuis janvier.\n\n"
     'La majorité des victimes ont été touchées par des frappes de missiles et de drones à longue portée sur les zones urbaines, selon le rapport. Les régions de Kharkiv, de Dnipropetrovsk et de Donetsk sont les plus touchées.\n\n'
     "Le rapport relève aussi une hausse des attaques de drones de courte portée contre des civils circulant dans les zones proches du front, qualifiées de « chasse à l'homme » par certains habitants.\n\n"
     "Moscou n'a pas réagi. La Russie dément viser les civils et affirme frapper uniquement des cibles militaires.",
     [], []),
    ('togo_election_municipale', date(2025, 7, 20),
     "## Togo : le parti au pouvoir rafle les municipales, l'opposition crie à la fraude\n\n"
     'Par Jeune Afrique\n\n'
     "L'Union pour la République (Unir) a remporté 85 % des sièges de conseillers municipaux lors des élections du 17 juillet, selon les résultats provisoires proclamés samedi. L'opposition, qui dénonce un « hold-up électoral », a annoncé qu'elle contesterait les résultats devant la Cour suprême.\n\n"
     "« C'est un coup de massue pour la démocratie », estime un responsable de l'Alliance nationale pour le changement. Le scrutin s'est déroulé dans un climat tendu, quelques semaines après des manifestations réprimées à Lomé, qui avaient fait au moins sept morts selon des organisations de la société civile.\n\n"
     'La participation a été faible, à 38 %, selon la commission électorale.',
     [], []),
    ('rdc_eglises_marche_paix', date(2025, 2, 3),
     '## Kinshasa : les Eglises appellent à une marche pour la paix dimanche prochain\n\n'
     "KINSHASA (AFP) - La Conférence épiscopale nationale du Congo (Cenco) et l'Eglise du Christ au Congo (ECC) ont appelé lundi les fidèles à participer dimanche à une marche pour la paix dans l'est du pays, après la prise de Goma par les rebelles du M23.\n\n"
     "Les deux Eglises ont dévoilé un « pacte social pour la paix » qu'elles entendent présenter aux autorités, aux rebelles et aux pays voisins. « Nous ne pouvons pas rester les bras croisés pendant que nos frères meurent », a déclaré le secrétaire général de la Cenco.\n\n"
     'Le gouverneur de Kinshasa a assuré que la marche serait encadrée par la police. En 2018, des marches organisées par les laïcs catholiques contre le maintien au pouvoir de Joseph Kabila avaient été violemment dispersées, faisant plusieurs morts.\n\n'
     "La semaine dernière, des manifestants en colère avaient attaqué plusieurs ambassades à Kinshasa, dont celles de la France, des Etats-Unis et du Rwanda, accusées de passivité face à l'offensive rebelle.",
     [], ['Riots']),
    ('tchad_cpi_enquete', date(2025, 10, 2),
     "## Tchad : l'opposition demande une enquête internationale sur la répression du 20 octobre 2022\n\n"
     'Par RFI\n\n'
     "Trois ans après la répression sanglante des manifestations du 20 octobre 2022, une coalition de partis d'opposition tchadiens a demandé mercredi l'ouverture d'une enquête internationale. Ce jour-là, les forces de sécurité avaient ouvert le feu sur des manifestants à N'Djamena et dans plusieurs villes du sud, faisant au moins 73 morts selon les autorités, plus de 200 selon l'opposition.\n\n"
     "Des centaines de jeunes avaient été arrêtés puis transférés à la prison de haute sécurité de Koro Toro, dans le désert. Une loi d'amnistie adoptée en 2023 a depuis effacé les poursuites.\n\n"
     "« Les victimes attendent toujours la vérité », a déclaré le porte-parole de la coalition lors d'une conférence devant la presse à N'Djamena. Le gouvernement n'a pas réagi.",
     [], []),
    ('rca_accord_groupes_armes', date(2025, 4, 21),
     "## Centrafrique : deux groupes armés signent un accord de dissolution à N'Djamena\n\n"
     'Par Le Monde avec AFP\n\n'
     "Deux groupes armés centrafricains, l'UPC et le 3R, ont signé samedi à N'Djamena un accord avec le gouvernement de Bangui prévoyant leur dissolution et le désarmement de leurs combattants. La cérémonie s'est déroulée en présence du président tchadien.\n\n"
     "Les deux mouvements, signataires du compromis de Khartoum en 2019, l'avaient dénoncé l'année suivante avant de rejoindre une coalition rebelle qui avait tenté de marcher sur Bangui en janvier 2021. Les combats avaient fait des centaines de morts.\n\n"
     "Le gouvernement promet l'intégration d'une partie des combattants dans l'armée. Des observateurs restent sceptiques : « Ce n'est pas la première fois qu'on enterre la hache de guerre à l'étranger », note un chercheur.",
     [('Strategic developments', 'Agreement')], []),
    ('burundi_rwanda_frontiere', date(2025, 3, 10),
     '## Burundi-Rwanda : la frontière reste fermée, les commerçants victimes de la crise\n\n'
     'Par Jeune Afrique\n\n'
     "Plus d'un an après la fermeture de la frontière entre le Burundi et le Rwanda, décidée par Gitega en janvier 2024, les commerçants des deux pays s'estiment les premières victimes de la crise diplomatique. Le président burundais accuse Kigali de soutenir les rebelles de RED-Tabara, responsables selon lui d'une attaque meurtrière près de Bujumbura en décembre 2023.\n\n"
     'Les échanges se font désormais par des circuits détournés, via la RDC ou la Tanzanie, ce qui a fait exploser les prix des denrées. « Nous sommes pris en otage par des querelles qui nous dépassent », résume une commerçante de Bujumbura.\n\n'
     "Le Rwanda dément tout soutien aux rebelles. Une médiation de l'Union africaine n'a pour l'instant pas abouti, et les troupes burundaises restent déployées au Sud-Kivu aux côtés de l'armée congolaise.",
     [], []),
    ('haiti_conseil_transition', date(2025, 11, 24),
     '## Haïti : le Conseil présidentiel de transition se déchire sur le choix du Premier ministre\n\n'
     "PORT-AU-PRINCE (AFP) - Le Conseil présidentiel de transition (CPT) haïtien s'est réuni dimanche sans parvenir à s'entendre sur le limogeage du Premier ministre, réclamé par quatre de ses neuf membres. La séance a été suspendue après de violents échanges verbaux, selon deux participants.\n\n"
     "« Le pays est otage d'une guerre de clans », a regretté un conseiller présidentiel. Le mandat du CPT expire le 7 février et aucun mécanisme de succession n'a été arrêté.\n\n"
     "Pendant ce temps, les gangs poursuivent leur expansion. Selon l'ONU, plus de 1 200 personnes ont été tuées dans le pays entre juillet et septembre, et plus d'un million d'Haïtiens ont dû quitter leur domicile.\n\n"
     'Washington a appelé les membres du Conseil à « mettre de côté leurs rivalités » pour organiser des élections.',
     [], []),
    ('rwanda_sanctions_ue', date(2025, 3, 18),
     "## L'UE sanctionne des responsables rwandais pour leur soutien au M23\n\n"
     'Par France 24\n\n'
     "L'Union européenne a adopté lundi des sanctions contre trois officiers de l'armée rwandaise et le porte-parole de la rébellion du M23, ainsi que contre une raffinerie d'or accusée d'écouler des minerais de l'est de la RDC. Leurs avoirs dans l'UE sont gelés et ils ne peuvent plus y voyager.\n\n"
     "Selon Bruxelles, les officiers visés ont commandé des unités déployées aux côtés des rebelles lors de l'offensive qui a abouti à la prise de Goma en janvier. Kigali a dénoncé des mesures « injustes » et annoncé la rupture de ses relations avec la Belgique, accusée d'avoir mené une campagne contre le Rwanda.\n\n"
     "Le ministre congolais des Affaires étrangères a salué « une victoire de la diplomatie » et appelé à frapper plus fort, en suspendant l'aide budgétaire au Rwanda.",
     [], []),
    ('guinee_arrestations_fndc', date(2025, 8, 22),
     "## Guinée : trois responsables de l'opposition arrêtés à Conakry à la veille d'une manifestation\n\n"
     "CONAKRY (AFP) - Trois responsables de l'opposition guinéenne ont été arrêtés jeudi à Conakry par des gendarmes, à la veille d'une manifestation contre le projet de nouvelle Constitution, ont annoncé leurs partis.\n\n"
     "Les trois hommes ont été interpellés au siège de leur coalition, dans la commune de Matam, alors qu'ils tenaient une réunion préparatoire. Ils ont été conduits dans les locaux d'une unité spéciale de la gendarmerie.\n\n"
     'La manifestation, interdite par les autorités, devait partir vendredi du rond-point de Bambeto. Les organisateurs ont maintenu leur appel. Toutes les manifestations sont interdites en Guinée depuis 2022.\n\n'
     "Le porte-parole du gouvernement a affirmé que les trois hommes étaient soupçonnés de « préparer des troubles à l'ordre public ».",
     [('Strategic developments', 'Arrests')], []),
    ('burkina_journalistes_requisitionnes', date(2025, 4, 2),
     '## Burkina Faso : trois journalistes « réquisitionnés » pour le front, selon leurs syndicats\n\n'
     'Par RFI\n\n'
     "Trois journalistes burkinabè, dont le président de l'Association des journalistes du Burkina, ont été enlevés la semaine dernière à Ouagadougou par des hommes se présentant comme des agents de sécurité, avant que le gouvernement annonce leur « réquisition » pour combattre aux côtés de l'armée.\n\n"
     "Leurs syndicats avaient dénoncé, lors d'un congrès tenu quelques jours plus tôt, les atteintes à la liberté de la presse. « On les punit pour leurs paroles », dénonce un confrère sous couvert d'anonymat.\n\n"
     "Reporters sans frontières exige leur libération et parle d'une « méthode de terreur » contre la presse. Depuis 2023, plusieurs journalistes, magistrats et militants ont été envoyés au front de force.\n\n"
     'Le gouvernement défend une mesure prévue par le décret de mobilisation générale.',
     [('Violence against civilians', 'Abduction/forced disappearance')], ['Strategic developments']),
    ('israel_knesset_vote', date(2025, 11, 19),
     '## Israël : la Knesset adopte en première lecture la loi sur la peine de mort pour les terroristes\n\n'
     "JERUSALEM (AFP) - Le Parlement israélien a adopté lundi en première lecture une proposition de loi instaurant la peine de mort pour les auteurs d'attentats meurtriers, défendue par le ministre d'extrême droite de la Sécurité nationale.\n\n"
     "Le texte, voté par 39 députés contre 16, doit encore passer deux lectures. L'opposition a dénoncé une « surenchère » et une loi qui ferait des prisonniers palestiniens des « otages » d'un calcul électoral.\n\n"
     "Les débats ont été houleux. Un député arabe a été expulsé de l'hémicycle après avoir qualifié le ministre de « criminel ». Le ministre a répliqué en l'accusant de soutenir le terrorisme.\n\n"
     "Israël n'a exécuté qu'un seul condamné depuis sa création, le criminel nazi Adolf Eichmann en 1962.",
     [], []),
    ('ukraine_plan_paix', date(2025, 11, 23),
     '## Guerre en Ukraine : Kiev et ses alliés européens contre-attaquent sur le plan de paix américain\n\n'
     'Par Le Monde\n\n'
     "Les dirigeants européens ont présenté dimanche à Genève une contre-proposition au plan de paix en 28 points élaboré par Washington, jugé trop favorable à Moscou. La contre-offensive diplomatique vise notamment à supprimer la clause qui obligerait l'Ukraine à céder la partie du Donbass qu'elle contrôle encore.\n\n"
     "Les négociateurs américains, ukrainiens et européens ont passé plusieurs heures à discuter du texte. « Nous avons fait des progrès importants », a assuré le secrétaire d'Etat américain à l'issue des discussions.\n\n"
     "Le président ukrainien, sous pression, a parlé d'un « des moments les plus difficiles de notre histoire ». Le Kremlin a affirmé ne pas avoir reçu de version officielle du plan.\n\n"
     'Sur le terrain, les forces russes poursuivent leur avancée lente dans la région de Zaporijjia.',
     [], ['Battles']),
    ('rdc_liberation_prisonniers', date(2025, 12, 5),
     "## RDC : Kinshasa libère des détenus militaires en application de l'accord de Doha\n\n"
     'Par Actualite.cd\n\n'
     "Le gouvernement congolais a annoncé jeudi la libération de 120 détenus accusés de collaboration avec la rébellion AFC/M23, en application du protocole d'échange de prisonniers signé à Doha le mois dernier. Le Comité international de la Croix-Rouge a supervisé l'opération.\n\n"
     "De son côté, la rébellion doit remettre une cinquantaine de militaires capturés lors des combats de Goma en janvier. Le calendrier de cette remise n'a pas été précisé.\n\n"
     'Les familles des détenus, massées devant la prison militaire de Ndolo à Kinshasa, ont accueilli la nouvelle avec soulagement. « Mon fils était détenu depuis huit mois sans jugement », témoigne une mère.\n\n'
     'Les organisations de défense des droits humains demandent que les détenus libérés ne soient pas de nouveau inquiétés.',
     [], ['Strategic developments']),
    ('mali_accord_minier', date(2025, 11, 25),
     '## Mali : Barrick et la junte enterrent la hache de guerre\n\n'
     "BAMAKO (AFP) - Le géant minier canadien Barrick et le gouvernement malien ont signé lundi un accord mettant fin au conflit qui les opposait depuis deux ans autour de la mine d'or de Loulo-Gounkoto, l'une des plus importantes d'Afrique de l'Ouest.\n\n"
     "La junte avait fait saisir en janvier trois tonnes d'or sur le site, puis placé la mine sous administration provisoire. Quatre employés maliens du groupe, détenus depuis près d'un an, doivent être libérés dans le cadre de l'accord.\n\n"
     'Barrick accepte de payer 430 millions de dollars et abandonne ses recours devant les juridictions arbitrales internationales. Le gouvernement, qui a fait de la souveraineté minière un cheval de bataille, salue une « victoire historique ».',
     [], []),
    ('cote_ivoire_campagne', date(2025, 10, 13),
     "## Côte d'Ivoire : coup d'envoi d'une campagne présidentielle sous tension\n\n"
     "ABIDJAN (AFP) - La campagne pour l'élection présidentielle du 25 octobre a été officiellement lancée samedi en Côte d'Ivoire, en l'absence des deux principaux opposants, écartés par le Conseil constitutionnel. Le président sortant a tenu son premier meeting à Daloa devant des milliers de partisans.\n\n"
     "L'opposition accuse le pouvoir d'avoir « mis le feu aux poudres » en validant une candidature qu'elle juge contraire à la Constitution. « Le pays est une poudrière », a averti un responsable du Front commun, qui appelle à des rassemblements quotidiens à partir de jeudi.\n\n"
     "Le gouvernement a interdit les rassemblements de l'opposition à Abidjan pour deux mois. En 2020, les violences électorales avaient fait 85 morts, selon les autorités.\n\n"
     "Plusieurs organisations de la société civile ont tiré la sonnette d'alarme sur les risques de dérapage.",
     [], []),
    ('cpi_yekatom_verdict', date(2025, 7, 25),
     '## CPI : deux anciens chefs anti-balaka reconnus coupables de crimes de guerre\n\n'
     'Par RFI\n\n'
     "La Cour pénale internationale a reconnu jeudi deux anciens chefs de la milice anti-balaka coupables de crimes de guerre et de crimes contre l'humanité commis en Centrafrique entre décembre 2013 et août 2014. Le premier a été condamné à quinze ans de prison, le second à douze ans.\n\n"
     "Selon les juges, leurs hommes avaient attaqué des quartiers musulmans de Bangui et de plusieurs villes de l'ouest, tuant, pillant et déportant des civils. Des enfants avaient été enrôlés de force dans leurs rangs.\n\n"
     'Les deux hommes, détenus à La Haye depuis 2018 et 2019, ont annoncé leur intention de faire appel. Les associations de victimes ont salué « une étape », tout en regrettant la lenteur de la procédure.\n\n'
     "La Cour pénale spéciale de Bangui, juridiction hybride, juge de son côté d'autres responsables des violences de cette période.",
     [], []),
    ('rdc_etat_actionnaire', date(2025, 9, 3),
     "## Gécamines : l'Etat congolais détient désormais 30 % de la mine de Kamoto\n\n"
     'Par Actualite.cd\n\n'
     "La Gécamines a annoncé mardi avoir porté à 30 % sa participation dans la société qui exploite la mine de cuivre et de cobalt de Kamoto, près de Kolwezi, au terme d'une longue bataille juridique avec son partenaire suisse.\n\n"
     "L'entreprise publique, détentrice d'un vaste portefeuille de permis miniers, avait saisi en 2023 la chambre de commerce internationale pour contester la répartition des dividendes. Les deux parties ont finalement trouvé un compromis.\n\n"
     "« C'est une victoire pour le peuple congolais », s'est félicité le directeur général de la Gécamines. Les syndicats de la société se disent toutefois « victimes » d'une gestion opaque et réclament un audit.\n\n"
     'La RDC est le premier producteur mondial de cobalt et le troisième de cuivre.',
     [], []),
    ('soudan_conseil_securite_resolution', date(2025, 6, 13),
     "## Soudan : le Conseil de sécurité exige la levée du siège d'El-Fasher\n\n"
     "NEW YORK (AFP) - Le Conseil de sécurité de l'ONU a adopté jeudi une résolution exigeant que les Forces de soutien rapide lèvent le siège de la ville soudanaise d'El-Fasher, où des centaines de milliers de civils sont pris au piège, et appelant à un cessez-le-feu immédiat.\n\n"
     "Le texte, rédigé par le Royaume-Uni, a été adopté par 14 voix, la Russie s'abstenant. Il condamne les attaques contre les civils, les hôpitaux et les camps de déplacés, et demande aux Etats membres de s'abstenir de fournir des armes aux belligérants.\n\n"
     "Selon l'ONU, plus de 500 civils ont été tués dans la ville et ses environs depuis le début du mois de mai. Le camp de Zamzam, proche de la ville, avait été pris d'assaut en avril par les paramilitaires.\n\n"
     "L'ambassadeur soudanais a salué la résolution tout en dénonçant le soutien de « certains Etats » aux FSR.",
     [], []),
    ('rdc_greve_marche_infirmiers', date(2025, 11, 19),
     "## Kisangani : les infirmiers en grève marchent jusqu'au gouvernorat\n\n"
     'Par Radio Okapi\n\n'
     'mer 19/11/2025 - 14:05\n\n'
     "Plusieurs centaines d'infirmiers en grève depuis trois semaines ont marché mardi dans les rues de Kisangani jusqu'au bâtiment du gouvernorat de la Tshopo, pour réclamer le paiement de leur prime de risque. La marche s'est déroulée sans incident, encadrée par la police.\n\n"
     'Une délégation a déposé un mémorandum au cabinet du gouverneur. « Nous sommes les oubliés de la République », a lancé le président du syndicat provincial.\n\n'
     "La grève paralyse les hôpitaux publics de la ville depuis le début du mois. Seuls les services d'urgence fonctionnent.",
     [('Protests', 'Peaceful protest')], []),
    ('burkina_proces_putsch', date(2025, 2, 14),
     "## Burkina Faso : ouverture du procès des auteurs présumés d'une tentative de coup d'Etat\n\n"
     'Par Jeune Afrique\n\n'
     "Le procès d'une vingtaine de militaires et de civils accusés d'avoir fomenté une tentative de coup d'Etat en septembre 2023 s'est ouvert jeudi devant le tribunal militaire de Ouagadougou. Ils sont poursuivis pour complot et atteinte à la sûreté de l'Etat.\n\n"
     "Selon l'accusation, les conjurés projetaient d'attaquer la présidence et d'éliminer le capitaine Traoré. Plusieurs officiers avaient été arrêtés dans la foulée, et d'autres s'étaient exilés en Côte d'Ivoire.\n\n"
     'La défense dénonce un dossier « vide » et des aveux obtenus sous la contrainte. Le procès doit durer plusieurs semaines.\n\n'
     'Le régime affirme avoir déjoué une dizaine de complots depuis son arrivée au pouvoir.',
     [], []),
    ('niger_bazoum_detention', date(2025, 7, 26),
     '## Niger : deux ans de détention pour Mohamed Bazoum, ses soutiens se mobilisent\n\n'
     'Par Le Monde avec AFP\n\n'
     "Deux ans jour pour jour après le coup d'Etat qui l'a renversé, l'ancien président nigérien Mohamed Bazoum est toujours détenu avec son épouse dans sa résidence de Niamey. Ses soutiens ont organisé samedi à Paris un rassemblement place de la République pour réclamer sa libération.\n\n"
     "Une centaine de personnes y ont participé, dont plusieurs anciens ministres en exil. « Il est l'otage d'une junte qui n'a aucune légitimité », a déclaré l'un d'eux.\n\n"
     "La junte a refusé toutes les médiations, y compris celle du Togo. Elle accuse l'ancien président d'avoir tenté de s'évader en octobre 2023 et de haute trahison.\n\n"
     'Ses avocats ont saisi plusieurs juridictions internationales, qui ont toutes jugé sa détention arbitraire.',
     [('Protests', 'Peaceful protest')], []),
    ('rdc_dialogue_cenco', date(2025, 10, 9),
     '## RDC : les Eglises relancent leur offensive pour un dialogue national\n\n'
     'Par Actualite.cd\n\n'
     "La Conférence épiscopale et l'Eglise du Christ au Congo ont relancé mercredi leur initiative de « pacte social pour la paix », en réunissant à Kinshasa des représentants de l'opposition, de la société civile et de la majorité présidentielle.\n\n"
     "Le parti présidentiel, qui avait jusqu'ici boudé l'initiative, a envoyé une délégation, une première. « La glace est brisée », se réjouit un évêque. Les Eglises espèrent réunir toutes les parties, y compris la rébellion, d'ici décembre.\n\n"
     "L'opposition exige des garanties. Plusieurs de ses dirigeants ont été visés par des poursuites judiciaires ces derniers mois, et certains ont fui le pays. « On ne peut pas dialoguer avec un couteau sous la gorge », résume un cadre de l'opposition.\n\n"
     "Le chef de l'Etat n'a pas encore fait connaître sa position officielle.",
     [], []),
]

STILL_WRONG = {
    'rdc_motion_censure': 'the parse reads "l\'opposition attaque" in the headline as an adjective of the opposition, and '
                          '"la bataille ne fait que commencer" names no stake, so a battle with no sides stands at the capital',
    'aes_sommet_bamako': 'a leader\'s slogan in the present ("L\'ennemi nous attaque ensemble") is read as an attack going on',
    'cameroun_appel_manifester': 'the parse hangs "puis sur l\'arrestation" on the verb, not on the protests dated "En 2018", '
                                 'so the arrests are news',
    'france_motion_censure': 'party members who "ont attaqué les socialistes, accusés d\'avoir « sauvé le soldat »" are read '
                             'as armed men fighting soldiers',
    'cameroun_penalty_frappe': 'a defence that "a résisté à l\'offensive camerounaise" in a match report is read as a '
                               'clash with Cameroon\'s army',
    'rdc_journaliste_detenu_audience': 'the journalist\'s arrest months ago ("Il avait été arrêté après avoir diffusé") joins '
                                       'the rally outside the court, which becomes a protest with intervention',
    'burkina_journalistes_requisitionnes': 'the aim of a conscription ("leur « réquisition » pour combattre aux côtés de '
                                           'l\'armée") is read as a battle, and the abduction joins it',
    'mali_accord_minier': 'a mining company\'s settlement with a government is read as an ACLED agreement',
    'rdc_dialogue_cenco': 'the parse hangs "pour un dialogue national" on the verb, so "relancent leur offensive" in the '
                          'headline is a battle',
}


@pytest.mark.parametrize("name", still_wrong_marked([a[0] for a in ARTICLES], STILL_WRONG))
def test_a_political_article_tells_only_what_took_place(pipeline, name):
    _, published, text, want, may = next(a for a in ARTICLES if a[0] == name)
    assert_coded_as_a_coder_would(news(code(pipeline, text, published=published)), want, may)


PUBLISHED = date(2025, 11, 26)  # a Wednesday


def _told(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.event_date) for e in news_of(pipeline, text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "La bataille pour le gouvernorat du Kwilu s'annonce serrée entre les deux favoris.",
    "Les candidats se livrent une bataille acharnée pour la présidence du parti.",
    "L'explosion des prix du carburant inquiète les transporteurs de Kinshasa.",
    "Le ministre a promis de freiner l'explosion des dépenses de l'Etat.",
    "Les exportateurs se disent pris en otage par une décision brutale du gouvernement.",
    "Pour l'ONG, ce verdict est une attaque contre la liberté de la presse.",
    "Le syndicat dénonce une attaque contre la démocratie.",
])
def test_an_event_word_about_a_stake_a_price_or_a_freedom_is_a_figure(pipeline, text):
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Mardi, un député a attaqué le ministre des Finances sur sa gestion de la dette.",
    "Le sénateur a violemment attaqué le gouvernement lors de la plénière de mardi.",
    "« Nos adversaires nous attaquent avec des mensonges », a lancé le président.",
    "Les élus ont bombardé la ministre de questions sur la gratuité de l'enseignement.",
    "« Ils veulent m'exécuter politiquement », a déclaré l'ancien ministre mardi.",
    "Les partis de la majorité sont en ordre de bataille avant le scrutin.",
    "« Cette dette est une bombe à retardement », a prévenu le ministre mardi.",
    "Pris dans des tirs croisés entre la majorité et l'opposition, le ministre a défendu son budget mardi.",
    "Mardi, les élus du Kasaï ont pilonné l'absence de crédits pour leur province.",
    "Le ministre a promis mardi de désamorcer la crise avec les syndicats.",
    "« Le pouvoir veut décapiter notre formation », a déclaré mardi un dirigeant en exil.",
])
def test_words_against_a_rival_or_a_minister_are_no_attack(pipeline, text):
    assert _told(pipeline, text) == []


def test_armed_men_who_attack_a_ministers_convoy_still_attack(pipeline):
    told = _told(pipeline, "Des hommes armés ont attaqué mardi le convoi du ministre de la Santé près de Beni, "
                           "tuant deux policiers.")
    assert [t for t, _, _ in told] == ["Battles"] or [t for t, _, _ in told] == ["Violence against civilians"], told


@pytest.mark.parametrize("text", [
    "La manifestation culturelle a réuni des milliers de spectateurs samedi au stade de Kinshasa.",
    "Le Rassemblement des démocrates a tenu samedi son congrès à Thiès.",
    "La plupart des victimes ont été touchées par des frappes de drones, selon le rapport publié mardi.",
    "Le vote s'est tenu mardi, quelques semaines après des manifestations réprimées à Lomé, qui avaient fait sept morts.",
])
def test_a_festival_a_partys_name_a_reports_share_and_an_earlier_crackdown_are_no_news(pipeline, text):
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Toutes les manifestations sont interdites dans la capitale depuis 2022.",
    "Selon l'opposition, le texte obligerait le pays à céder la moitié de la province.",
    "La marche, interdite par le gouverneur, devait partir samedi de la place de la Poste.",
])
def test_a_standing_ban_a_clause_that_would_oblige_and_a_march_due_to_start_are_no_news(pipeline, text):
    assert _told(pipeline, text) == []


def test_all_the_marches_dispersed_on_a_day_stay_news(pipeline):
    told = _told(pipeline, "Toutes les manifestations ont été dispersées mardi à Conakry par les gendarmes.")
    assert [(t, d) for t, _, d in told] == [("Protests", date(2025, 11, 25))], told


def test_a_march_against_the_cost_of_living_stays_a_protest(pipeline):
    told = _told(pipeline, "Des centaines de commerçants ont marché mardi à Thiès contre la vie chère.")
    assert [(t, d) for t, _, d in told] == [("Protests", date(2025, 11, 25))], told


def test_civilians_caught_in_crossfire_between_armed_sides_are_news(pipeline):
    text = "Trois civils ont été tués mardi dans des tirs croisés entre l'armée et les rebelles à Kitshanga."
    assert [d for _, _, d in _told(pipeline, text)] == [date(2025, 11, 25)]


def test_a_wars_toll_told_in_a_relative_since_a_year_is_background(pipeline):
    text = ("Le pays reste confronté aux attaques des groupes armés, qui ont fait plus de 5 000 morts depuis 2015, "
            "et à une crise économique.")
    assert _told(pipeline, text) == []


def test_attacks_whose_relative_names_a_day_stay_news(pipeline):
    text = "Les habitants ont fui les attaques des rebelles ADF, qui ont tué six civils lundi à Oicha."
    told = _told(pipeline, text)
    assert [d for _, _, d in told] == [date(2025, 11, 24)], told


def test_a_session_on_massacres_tells_no_massacre(pipeline):
    text = ("Des élus ont demandé mardi la tenue d'une session spéciale sur les massacres de civils dans le "
            "territoire de Beni.")
    assert _told(pipeline, text) == []


def test_an_offensive_promised_to_retake_ground_is_a_plan(pipeline):
    text = "Le nouveau ministre a promis une « offensive générale » pour reprendre les localités perdues."
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Des infirmiers ont marché mardi dans les rues de Kisangani jusqu'au gouvernorat.",
    "Des femmes ont marché mardi à Goma pour réclamer la paix.",
])
def test_people_who_marched_to_an_office_or_for_a_demand_protested(pipeline, text):
    assert _told(pipeline, text) == [("Protests", "Peaceful protest", date(2025, 11, 25))]


@pytest.mark.parametrize("text", [
    "Le président a marché mardi dans les rues de Kisangani avec ses partisans.",
    "Un enfant a marché mardi sur une mine près de Kisangani.",
])
def test_a_walk_or_a_step_on_a_mine_is_no_march_of_protest(pipeline, text):
    assert all(t != "Protests" for t, _, _ in _told(pipeline, text))

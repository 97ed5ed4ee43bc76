"""Who acts and who is acted upon, in the sentence shapes the actor and recipient probe sets
(data/probes/actors.tsv, recipients.tsv) found coded wrong: attackers named outside the verb,
agents the French parser hangs on a date, partners hung on the wrong noun, places that are no
party, and people defined in a sentence of their own."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling import ActorRef, Coder, Event

DAY = date(2026, 3, 12)


def _one(coder: Coder, text: str, type_: str) -> Event:
    events = [e for e in coder.code(text, date=DAY) if e.type == type_]
    assert events, f"no {type_} event in {text!r}: got {[e.type for e in coder.code(text, date=DAY)]}"
    return events[0]


def _codes(refs: tuple[ActorRef, ...]) -> list[str]:
    return sorted(r.country or r.name or "" for r in refs)


def _entity_codes(refs: tuple[ActorRef, ...]) -> list[str]:
    """Each party's country, else its name, else its sector ("NGO" for an unlisted association)."""
    return sorted(r.country or r.name or r.sector or "" for r in refs)


PARTIES = [
    # lang, text, type, actor codes, recipient codes
    # the attack of a when-clause under an agentless passive names the attackers (one event, not two)
    ("en", "Two Indian soldiers were killed when Pakistani troops opened fire across the Line of Control in Kashmir on Sunday.", "ASSAULT", ["PAK"], ["IND"]),
    ("fr", "Deux soldats indiens ont été tués dimanche lorsque des soldats pakistanais ont ouvert le feu au Cachemire.", "ASSAULT", ["PAK"], ["IND"]),
    # the attack the victims died in names its maker
    ("en", "Two Lebanese soldiers were killed in an Israeli drone strike.", "ASSAULT", ["ISR"], ["LBN"]),
    ("fr", "Deux soldats libanais ont été tués dans une frappe de drone israélienne.", "ASSAULT", ["ISR"], ["LBN"]),
    ("fr", "Trois civils ont été tués dans une attaque de missiles russes contre Kharkiv.", "ASSAULT", ["RUS"], ["UKR"]),
    ("en", "Five police officers were killed in an attack by Boko Haram militants in Borno state.", "ASSAULT", ["NGA"], None),
    ("en", "Five people were killed in the shelling of Ukrainian positions by Russian artillery.", "ASSAULT", ["RUS"], None),
    # the French parser hangs the "par" agent on the date before it
    ("fr", "Les militaires au pouvoir au Niger ont été vivement critiqués mercredi par le gouvernement nigérian.", "ACCUSE", ["NGA"], ["NER"]),
    ("fr", "Les autorités de transition guinéennes ont été exhortées vendredi par la Cédéao à fixer une date pour la présidentielle.", "REQUEST", ["ECOWAS"], ["GIN"]),
    # the one asked before what is asked for; "auprès du FMI" parsed with an adverb as head
    ("fr", "La Lituanie a demandé à l'Otan de stationner une brigade permanente sur son sol.", "REQUEST", ["LTU"], ["NATO"]),
    ("fr", "Le Sri Lanka a officiellement sollicité lundi un prêt d'urgence auprès du Fonds monétaire international.", "REQUEST", ["LKA"], ["IMF"]),
    ("fr", "Le Niger a demandé aux Etats-Unis une aide alimentaire d'urgence.", "REQUEST", ["NER"], ["USA"]),
    # "intimer à X l'ordre de": an order, to X, even a capital
    ("fr", "Le président ivoirien a intimé lundi aux soldats mutinés l'ordre de regagner leurs casernes.", "REQUEST", ["CIV"], ["CIV"]),
    ("fr", "Washington a intimé à Téhéran l'ordre de libérer les marins britanniques.", "REQUEST", ["USA"], ["IRN"]),
    # ("auprès de" parsed as an argument of the verb, before the object)
    ("fr", "Le gouvernement malien a sollicité samedi auprès de l'Union africaine l'envoi d'une force chargée de protéger les convois humanitaires.", "REQUEST", ["MLI"], ["AU"]),
    # the capital asked, in a to-phrase the parser took for a modifier, before the infinitive of what is asked
    # (not a capital after it: "les marins détenus à Téhéran")
    ("fr", "Moscou a demandé jeudi à Bakou de libérer les prisonniers arméniens.", "REQUEST", ["RUS"], ["AZE"]),
    ("fr", "Washington a demandé mardi à l'Iran de libérer les marins détenus à Téhéran.", "REQUEST", ["USA"], ["IRN"]),
    # an object pronoun of the request stands for the party named last, outside the subject's phrase
    # (a pronoun in what is asked stays the asker's: "de lui remettre")
    ("fr", "Le président russe, qui a reçu mardi le chef de la diplomatie syrienne, l'a exhorté à cesser les bombardements.", "REQUEST", ["RUS"], ["SYR"]),
    ("fr", "Confronté à une grave crise financière, le gouvernement grec s'est tourné lundi vers Berlin, lui demandant un nouveau prêt.", "REQUEST", ["GRC"], ["DEU"]),
    ("fr", "Le Japon a demandé lundi à Séoul de lui remettre les documents saisis.", "REQUEST", ["JPN"], ["KOR"]),
    # two capitals asked after a weekday the parser took for the list's head (or for a verb)
    ("fr", "Le Canada a invité samedi Kigali et Kampala à reprendre le dialogue.", "REQUEST", ["CAN"], ["RWA", "UGA"]),
    ("fr", "Le Canada a prié dimanche le Rwanda de retirer ses troupes.", "REQUEST", ["CAN"], ["RWA"]),
    # Bujumbura, the seat of government of the years of the wire copy, names Burundi
    ("fr", "Le président tanzanien a exhorté jeudi le régime de Bujumbura à libérer les opposants.", "REQUEST", ["TZA"], ["BDI"]),
    ("en", "The Tanzanian president urged the government in Bujumbura to free the opposition leaders.", "REQUEST", ["TZA"], ["BDI"]),
    # the European troika is the EU; a noun naming no one ("les belligérants") is named by its apposition list
    ("fr", "La troïka européenne a exhorté lundi les belligérants, l'armée arménienne et les forces azerbaïdjanaises, à cesser le feu.", "REQUEST", ["EU"], ["ARM", "AZE"]),
    # a capital with an apposition the parser made the root, or a second member
    ("fr", "Pékin, allié traditionnel de Pyongyang, a exhorté mardi les dirigeants nord-coréens à reprendre les négociations.", "REQUEST", ["CHN"], ["PRK"]),
    ("fr", "Moscou, Pékin et Téhéran ont exhorté mardi les dirigeants afghans à reprendre les négociations.", "REQUEST", ["CHN", "IRN", "RUS"], ["AFG"]),
    # the body one pleads before is the one asked
    ("fr", "L'ambassadeur du Mali a plaidé mardi devant le Conseil de sécurité pour l'envoi de casques bleus.", "REQUEST", ["MLI"], ["UNSC"]),
    # the actor's own capital in a phrase of place is where, not whom (another country's capital is whom)
    ("fr", "Le Rwanda a fermé le bureau de l'ONU à Kigali.", "SANCTION", ["RWA"], ["UNO"]),
    ("fr", "La France a fermé son ambassade à Kigali.", "SANCTION", ["FRA"], ["RWA"]),
    # "se voir" + infinitive: its subject undergoes the act, its "par" phrase does it (not the active "voir")
    ("fr", "Le ministre grec s'est vu demander mardi par son homologue turc de retirer les navires.", "REQUEST", ["TUR"], ["GRC"]),
    ("fr", "Le président serbe a été pressé mardi par les Etats-Unis de retirer ses troupes du Kosovo.", "REQUEST", ["USA"], ["SRB"]),
    # a name standing as a demonym before the noun lists with the demonym, and with another name
    ("en", "US and British warplanes struck Houthi targets in Yemen overnight.", "ASSAULT", ["GBR", "USA"], ["YEM"]),
    ("en", "US and China trade negotiators met in Geneva on Monday.", "CONSULT", ["CHN", "USA"], []),
    ("fr", "Les polices brésilienne et paraguayenne ont mené une opération conjointe contre des trafiquants.", "COOPERATE", ["BRA", "PRY"], None),
    # protesters of no named nationality are the people of the country where they protest
    # (with no place, the one country the sentence names, as the PLOVER gold codes it)
    ("en", "Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President Ahmed Ben Bella.", "PROTEST", ["DZA"], ["DZA"]),
    ("en", "Rioting broke out for a second night in the Paris suburb of Nanterre, with youths torching cars.", "PROTEST", ["FRA"], ["FRA"]),
    ("fr", "Des organisations indigènes ont bloqué des routes dans au moins dix provinces de l'Équateur pour protester contre la hausse des prix des carburants.", "PROTEST", ["ECU"], ["ECU"]),
    # a partner the English parser hangs on the object's last noun
    ("en", "The Pentagon has started sharing satellite imagery of Russian troop movements with Kyiv.", "COOPERATE", ["USA"], ["UKR"]),
    ("fr", "Le Pentagone a commencé à transmettre à Kiev des informations sur les mouvements de troupes russes.", "COOPERATE", ["USA"], ["UKR"]),
    ("en", "Kenyan police on Friday handed over to their Tanzanian counterparts the case files of 40 suspected traffickers.", "COOPERATE", ["KEN"], ["TZA"]),
    ("fr", "Téhéran a remis samedi à Bagdad douze membres présumés du groupe État islamique.", "COOPERATE", ["IRN"], ["IRQ"]),
    ("en", "Turkey handed over 20 members of the Islamic State group to Iraq on Tuesday.", "COOPERATE", ["TUR"], ["IRQ"]),
    # a list whose closing conjunction is followed by a short aside is still one list
    ("en", "The European Union lifted its arms embargo on Iraq, Libya and, after a long debate, Syria.", "RETREAT", ["EU"], ["IRQ", "LBY", "SYR"]),
    ("fr", "L'Union européenne a levé son embargo sur les armes à destination de l'Irak, de la Libye et, après un long débat, de la Syrie.", "RETREAT", ["EU"], ["IRQ", "LBY", "SYR"]),
    # a people named with the country it lives in is coded by that country
    ("en", "Bosnian Serb leaders on Sunday rejected a request by NATO to inspect an army barracks near Pale.", "REJECT", ["BIH"], None),
    ("en", "Turkish Cypriot leaders rejected the United Nations reunification plan.", "REJECT", ["CYP"], None),
    ("fr", "Les dirigeants des Serbes de Bosnie ont rejeté dimanche une demande de l'Otan.", "REJECT", ["BIH"], None),
    ("fr", "Les représentants de la communauté hongroise de Roumanie ont salué samedi la nouvelle loi sur l'éducation.", "SUPPORT", ["ROU"], None),
    # French probe lines the English side already coded right
    ("fr", "Moscou a interrompu mercredi ses livraisons de gaz à la Pologne et à la Bulgarie, qui refusaient de payer en roubles.", "SANCTION", ["RUS"], ["BGR", "POL"]),
    ("fr", "Le chef de la diplomatie qatarie s'est rendu lundi au Caire.", "CONSULT", ["QAT"], None),
    ("fr", "Le Premier ministre arménien a rencontré mardi le président turc en marge de l'Assemblée générale de l'ONU.", "CONSULT", ["ARM"], ["TUR"]),
    ("fr", "Les autorités pakistanaises ont remis aux Etats-Unis un suspect d'Al-Qaïda arrêté à Karachi, a indiqué samedi un responsable.", "COOPERATE", ["PAK"], ["USA"]),
    ("fr", "L'Algérie s'est dite prête mercredi à jouer les médiateurs entre Bamako et les rebelles.", "AGREE", ["DZA"], None),
    ("fr", "La principale centrale syndicale argentine a menacé de déclencher une grève générale contre la réduction des retraites.", "THREATEN", ["ARG"], None),
    ("fr", "Israël a interdit à une mission d'enquête de l'ONU d'entrer dans la bande de Gaza.", "REJECT", ["ISR"], ["UNO"]),
    ("fr", "Les Philippines ont sollicité auprès du Japon dix patrouilleurs supplémentaires pour leurs garde-côtes.", "REQUEST", ["PHL"], ["JPN"]),
    ("fr", "L'Allemagne s'est inquiétée mardi de la nouvelle loi hongroise sur les médias.", "ACCUSE", ["DEU"], ["HUN"]),
    ("fr", "Le Mouvement de résistance nationale (NRM), au pouvoir en Ouganda, a exclu mardi quatre de ses députés.", "SANCTION", ["UGA"], None),
    # a national group names its country; a people named by its homeland is coded there
    ("en", "President Dos Sontas has reportedly conceded at last to demands from the National Union for the Total Independence of Angola (UNITA).", "CONCEDE", ["AGO"], ["AGO"]),
    ("en", "Chechen separatist commanders threatened on Friday to carry the war into Russian cities.", "THREATEN", ["RUS"], None),
    ("fr", "La Commission européenne a débloqué lundi 30 millions d'euros d'aide humanitaire en faveur des réfugiés au Tchad et en Centrafrique.", "AID", ["EU"], ["CAF", "TCD"]),
    # a complaint lodged with someone about attacks against others is lodged with them
    ("en", "India lodged a strong protest over attacks against Indian students with the Australian government.", "ACCUSE", ["IND"], ["AUS"]),
    # ... but not the partner of an event noun of its own
    ("fr", "Recep Tayyip Erdogan a exprimé mercredi son plein soutien à la position de l'Azerbaïdjan dans ses négociations de paix avec l'Arménie.", "SUPPORT", ["TUR"], ["AZE"]),
    # who ordered or carried out an act did it
    ("en", "The expulsion of two Algerian diplomats, ordered by Bamako late on Thursday, follows weeks of tension.", "SANCTION", ["MLI"], ["DZA"]),
    ("fr", "L'expulsion de deux diplomates algériens, ordonnée jeudi soir par Bamako, intervient après des semaines de tensions.", "SANCTION", ["MLI"], ["DZA"]),
    ("en", "The extradition to Italy of Arben Hoxha was carried out on Wednesday by the Greek authorities.", "COOPERATE", ["GRC"], ["ITA"]),
    ("fr", "L'extradition vers l'Italie d'Arben Hoxha a été effectuée mercredi par les autorités grecques.", "COOPERATE", ["GRC"], ["ITA"]),
    # a passive's subject is what the act is done to: a country in it is the recipient
    ("fr", "La passation pacifique du pouvoir au Sénégal a été saluée mardi par Washington.", "SUPPORT", ["USA"], ["SEN"]),
    # "we" in a quotation is the speaker's side
    ("en", "'We will never accept the migrant quotas,' Viktor Orban told lawmakers in Budapest on Monday.", "REJECT", ["HUN"], None),
    ("fr", "« Nous n'accepterons jamais ces quotas », a déclaré Viktor Orban.", "REJECT", ["HUN"], None),
    ("fr", "« Nous rejetons ces accusations », a déclaré l'ambassade de Chine à Paris.", "REJECT", ["CHN"], None),
    # organisations, seats of government and forces named without a country
    ("en", "The State Department on Thursday criticised Azerbaijan's treatment of independent journalists.", "ACCUSE", ["USA"], ["AZE"]),
    ("en", "The People's Liberation Army launched large-scale drills around Taiwan on Monday.", "MOBILIZE", ["CHN"], ["TWN"]),
    ("en", "The Revolutionary Guards seized a Greek-flagged oil tanker in the Strait of Hormuz on Friday.", "COERCE", ["IRN"], ["GRC"]),
    ("en", "Nicaragua refused entry on Saturday to a delegation from the Inter-American Commission on Human Rights.", "REJECT", ["NIC"], ["IACHR"]),
    # what is refused or agreed is done to whom the inner verb says
    ("en", "Sweden refused to extradite a Kurdish journalist to Turkey.", "REJECT", ["SWE"], ["TUR"]),
    ("en", "Ghana agreed on Tuesday to share intelligence on jihadist movements with neighbouring Burkina Faso.", "AGREE", ["GHA"], ["BFA"]),
    # a complaint is against someone, lodged with someone, about something
    ("fr", "Le Ghana a déposé mercredi une plainte officielle auprès du Togo au sujet de la détention de trois pêcheurs ghanéens.", "ACCUSE", ["GHA"], ["TGO"]),
    ("en", "Kenya filed a complaint against Uganda with the International Court of Justice.", "ACCUSE", ["KEN"], ["UGA"]),
    ("en", "Gambia filed a case at the International Court of Justice on Monday accusing Myanmar of genocide.", "ACCUSE", ["GMB"], ["MMR"]),
    # a list led by a demonym takes a name that stands as one
    ("en", "South Korean and US troops began joint drills on Monday.", "COOPERATE", ["KOR", "USA"], []),
    # "Congo" is the Republic of the Congo unless the article speaks of the Democratic Republic's places
    ("en", "Rebels in eastern Congo attacked army positions north of Goma on Sunday.", "ASSAULT", ["COD"], ["COD"]),
    ("en", "Congo's President Denis Sassou Nguesso met French President Emmanuel Macron in Paris on Monday.", "CONSULT", ["COG"], ["FRA"]),
    ("fr", "Le président rwandais a menacé d'envoyer des troupes dans l'est du Congo si Kinshasa ne désarmait pas les miliciens.", "THREATEN", ["RWA"], ["COD"]),
    # with words of both Congos, the name keeps its lexicon code
    ("en", "Congo's foreign minister Jean-Claude Gakosso met President Felix Tshisekedi in Kinshasa on Monday.", "CONSULT", ["COG"], None),
    # an ultimatum: days given to comply
    ("en", "The Arab League on Wednesday gave Damascus three days to accept Arab observers or face sanctions.", "THREATEN", ["ARL"], ["SYR"]),
    ("fr", "La Ligue arabe a donné mercredi trois jours à Damas pour accepter des observateurs arabes, sous peine de sanctions.", "THREATEN", ["ARL"], ["SYR"]),
    # an act not ruled out is held possible: a threat when conflictual, an offer when cooperative
    ("en", "Russia did not rule out cutting gas deliveries to Ukraine from January 1 if Kiev failed to settle its debts.", "THREATEN", ["RUS"], ["UKR"]),
    ("fr", "La Russie n'a pas exclu de couper ses livraisons de gaz à l'Ukraine dès le 1er janvier si Kiev ne règle pas sa dette.", "THREATEN", ["RUS"], ["UKR"]),
    ("en", "Turkey ruled out a military operation in northern Syria.", "REJECT", ["TUR"], ["SYR"]),
    # English probe lines the French side already coded
    ("en", "Hezbollah declared its full support on Sunday for Tehran's position in the nuclear talks.", "SUPPORT", ["LBN"], ["IRN"]),
    ("en", "Doha paid the salaries of tens of thousands of civil servants in the Gaza Strip this month.", "AID", ["QAT"], ["PSE"]),
    ("en", "Swiss authorities on Monday announced the freezing of assets held by twelve Russian businessmen.", "SANCTION", ["CHE"], ["RUS"]),
    ("en", "Russia used its veto to block a Security Council draft resolution on cross-border aid to Syria.", "REJECT", ["RUS"], ["UNSC"]),
    ("en", "Equatorial Guinea on Thursday took Gabon to the International Court of Justice over three islands.", "ACCUSE", ["GNQ"], ["GAB"]),
    # the French parser hangs the phrases after a weekday on the weekday
    ("fr", "La frappe menée dimanche par l'aviation israélienne contre un immeuble de la banlieue sud de Beyrouth a fait quatre morts.", "ASSAULT", ["ISR"], ["LBN"]),
    ("fr", "Les navires de la garde côtière philippine ont été menacés dimanche par Pékin de « mesures fermes ».", "THREATEN", ["CHN"], ["PHL"]),
    # nominalised acts with their author
    ("fr", "L'annulation par Pékin de la visite de la ministre allemande des Affaires étrangères a été annoncée lundi par Berlin.", "REJECT", ["CHN"], None),
    ("en", "Beijing's cancellation of the German foreign minister's visit was announced by Berlin on Monday.", "REJECT", ["CHN"], None),
    ("fr", "La reconnaissance par Séoul de l'État de Palestine a été annoncée lundi.", "SUPPORT", ["KOR"], None),
    # the inverted attribution takes the object for its second subject
    ("fr", "La Russie libérera « très prochainement » un ressortissant américain détenu à Moscou, a affirmé mercredi le porte-parole du Kremlin.", "AGREE", ["RUS"], ["USA"]),
    # a number where the article would be, after a weekday
    ("fr", "La France a annulé jeudi 300 millions d'euros de la dette malienne, a annoncé le ministère de l'Économie.", "AID", ["FRA"], ["MLI"]),
    # a state suspended from an organisation, in the passive: the organisation suspends it
    ("fr", "La Guinée a été suspendue vendredi des instances de la Cédéao après le coup d'État militaire.", "SANCTION", ["ECOWAS"], ["GIN"]),
    ("fr", "Les Fidji ont été suspendues pour deux ans du Commonwealth.", "SANCTION", ["COMMONWEALTH"], ["FJI"]),
    ("en", "Mali was suspended from the African Union after the second coup in nine months.", "SANCTION", ["AU"], ["MLI"]),
    # the one extradited or handed over is no recipient: the phrase that says to whom is
    ("fr", "Un militant basque a été extradé mardi vers l'Espagne par les autorités mexicaines.", "COOPERATE", ["MEX"], ["ESP"]),
    ("fr", "Un génocidaire présumé rwandais a été remis jeudi par le Mali au Tribunal pénal international d'Arusha.", "COOPERATE", ["MLI"], ["ICTR"]),
    ("en", "A former Liberian commander was extradited to the United States by Ghana on Friday.", "COOPERATE", ["GHA"], ["USA"]),
    # the names of the 1990s
    ("fr", "Le Maroc a accordé l'asile au président zaïrois déchu Mobutu Sese Seko.", "AID", ["MAR"], ["COD"]),
    ("en", "Yugoslavia broke off diplomatic relations with Albania on Tuesday.", "SANCTION", ["SRB"], ["ALB"]),
    ("en", "The Organisation of American States condemned the coup in Honduras.", "ACCUSE", ["OAS"], ["HND"]),
    # a second "subject" after the verb, with a noun subject before it, is the lost object
    ("fr", "Les rebelles du M23 ont laissé passer mardi un convoi du Programme alimentaire mondial.", "RETREAT", ["COD"], ["WFP"]),
    # a people's demonym with the country it lives in, on its forces or its guns
    ("fr", "Les forces serbes de Bosnie ont libéré dimanche trente Casques bleus.", "RETREAT", ["BIH"], None),
    ("fr", "Les miliciens croates de Bosnie ont attaqué Mostar.", "ASSAULT", ["BIH"], None),
    ("en", "NATO warplanes struck Bosnian Serb artillery around Sarajevo on Tuesday.", "ASSAULT", ["NATO"], ["BIH"]),
    # the country beyond a border the place is near is not where it happens
    ("fr", "Des jihadistes ont attaqué mardi un poste de l'armée nigérienne près de la frontière malienne.", "ASSAULT", ["NER"], ["NER"]),
    # "le président élu": the demonym after it is the title's
    ("fr", "Paris a félicité lundi le président élu ghanéen, John Mahama.", "SUPPORT", ["FRA"], ["GHA"]),
    # the demonym on the aid names the donor; where it went is the one helped
    ("fr", "Des avions militaires britanniques ont acheminé mardi dans le nord du Mozambique des tonnes d'aide alimentaire britannique.", "AID", ["GBR"], ["MOZ"]),
    # parties named apart who talk together: another country named is the topic
    ("fr", "Le président français et son homologue turc se sont entretenus mardi par téléphone de la crise en Libye.", "CONSULT", ["FRA", "TUR"], []),
    # an offer or promise to send or hand over: to whom, not what is sent
    ("en", "Nepal offered on Monday to send a battalion of peacekeepers to Lebanon.", "AGREE", ["NPL"], ["LBN"]),
    ("en", "Peru promised to hand the former intelligence chief over to Chile.", "AGREE", ["PER"], ["CHL"]),
    ("en", "Croatia transferred a fugitive general to the International Criminal Tribunal for the former Yugoslavia on Tuesday.", "COOPERATE", ["HRV"], ["ICTY"]),
    ("fr", "La Croatie a transféré mardi un suspect de crimes de guerre au Tribunal pénal international pour l'ex-Yougoslavie.", "COOPERATE", ["HRV"], ["ICTY"]),
    # (from a fresh-eyes review) a relay is no recipient; "Soviet-made" names no party; a garrison abroad
    # is its state's; parties named apart who voice support for a country named in the clause support it;
    # the people evacuated are the ones helped; a country beyond a border, when it is the only one named
    ("en", "Erdogan agreed to submit Sweden's NATO accession protocol to the Turkish parliament.", "AGREE", ["TUR"], ["NATO"]),
    ("en", "Armenian forces fired Soviet-made Grad rockets at Azerbaijani positions.", "ASSAULT", ["ARM"], ["AZE"]),
    ("fr", "Les militaires turcs d'Irak ont bombardé des positions du PKK.", "ASSAULT", ["TUR"], None),
    ("en", "France and Germany expressed solidarity after the earthquake in Turkey.", "SUPPORT", ["DEU", "FRA"], ["TUR"]),
    ("en", "German military aircraft evacuated German citizens in Sudan on Sunday.", "AID", ["DEU"], ["DEU"]),
    ("fr", "Trois soldats ont été tués dans une embuscade près de la frontière malienne.", "ASSAULT", ["MLI"], ["MLI"]),
    # a people named by descent lives in the one country the sentence names (not one across a border)
    ("en", "Ethnic Serbs have vowed to fight until they take control of villages near Croatia's border with Bosnia, Croatian officials said on Monday.", "THREATEN", ["HRV"], ["HRV"]),
    # a name the parser reads as a verb heads the subject itself
    ("en", "ECOWAS envoys held talks on Tuesday with Mali's military junta.", "CONSULT", ["ECOWAS"], ["MLI"]),
    # the verb the parser hung on a subject with appositions set off by commas
    ("en", "The Revolutionary Armed Forces of Colombia (FARC), the country's largest rebel group, announced on Sunday a unilateral truce for the elections.", "CONCEDE", ["COL"], None),
    # a thing that undergoes a passive act is the party its participle's agent names
    ("fr", "Le projet d'accord proposé par la Turquie a été rejeté jeudi par le gouvernement syrien.", "REJECT", ["SYR"], ["TUR"]),
    ("en", "The ceasefire plan drawn up by Egypt was rejected on Sunday by the Israeli government.", "REJECT", ["ISR"], ["EGY"]),
    ("fr", "Le projet de loi a été rejeté par le Parlement ukrainien.", "REJECT", ["UKR"], ["UKR"]),  # no agent: domestic
    # a group noun with no country of its own is the country that leads it
    ("fr", "Human Rights Watch a accusé mardi la force menée par le Kenya en Haïti d'exactions contre des civils.", "ACCUSE", ["HRW"], ["KEN"]),
    ("en", "Human Rights Watch accused the coalition led by the United States of killing civilians in Syria.", "ACCUSE", ["HRW"], ["USA"]),
    # an organisation in a to-phrase of a noun whose of-phrase names a country is where it goes, not whose
    ("fr", "La Suède a exprimé son soutien à l'adhésion de la Géorgie à l'Otan.", "SUPPORT", ["SWE"], ["GEO"]),
    ("fr", "La Pologne a salué le rapport de l'ONU sur la Birmanie.", "SUPPORT", ["POL"], ["UNO"]),  # the body in the of-phrase stays
    # a possessive in the second member of a list points at the first member
    ("fr", "Washington a imposé des sanctions au président vénézuélien et à son épouse.", "SANCTION", ["USA"], ["VEN", "VEN"]),
    ("fr", "Le Conseil de sécurité a imposé des sanctions au président soudanais et aux dirigeants de son parti.", "SANCTION", ["UNSC"], ["SDN", "SDN"]),
    ("en", "Washington imposed sanctions on the Venezuelan president and his wife.", "SANCTION", ["USA"], ["VEN", "VEN"]),
    # two demonyms joined by "et" before the verb stay one list: on a noun the parser took for the
    # of-phrase's, and where it read the second adjective as a second subject
    ("fr", "Des missiles de croisière français et britanniques ont frappé jeudi des positions en Libye.", "ASSAULT", ["FRA", "GBR"], ["LBY"]),
    ("fr", "Des commandants de la police chinois et indiens ont tenu samedi une réunion au point frontalier.", "CONSULT", ["CHN", "IND"], []),
    ("fr", "Des diplomates russes et ukrainiens se sont rencontrés mardi à Istanbul.", "CONSULT", ["RUS", "UKR"], []),
    # a circumstance put before the clause names no party acted upon
    ("fr", "Malgré les critiques de Washington, New Delhi a réaffirmé son soutien à Moscou.", "SUPPORT", ["IND"], ["RUS"]),
    ("fr", "Face aux menaces de Téhéran, Riyad a réaffirmé jeudi son soutien à Bahreïn.", "SUPPORT", ["SAU"], ["BHR"]),
    ("en", "Despite pressure from Beijing, Washington reaffirmed its support on Tuesday.", "SUPPORT", ["USA"], []),
    ("fr", "Des soldats maliens ont attaqué un camp près de la frontière nigérienne.", "ASSAULT", ["MLI"], None),
    # the French parser hangs an event noun's object on the "par" agent before it, when the agent is a
    # place name or the object is counted
    ("fr", "La reconnaissance par Ottawa de l'État de Palestine a été annoncée jeudi.", "SUPPORT", ["CAN"], ["PSE"]),
    ("fr", "La libération par Caracas de quatre ressortissants américains a été annoncée samedi.", "RETREAT", ["VEN"], ["USA"]),
    ("fr", "La libération par la junte de 40 prisonniers politiques a commencé mardi à Conakry.", "RETREAT", ["GIN"], ["GIN"]),
    # the attribution's subject read as its object, the reported verb's object as its subject
    ("fr", "Le Soudan a expulsé dimanche les inspecteurs de l'ONU, a annoncé un porte-parole.", "SANCTION", ["SDN"], ["UNO"]),
    # …, also where the parser reads the attribution as an adverbial clause, or its subject is the inverted "-t-on";
    # what is refused is its author's (the report's, the aid's offerer)
    ("fr", "Le Zimbabwe a rejeté vendredi le rapport de l'ONU l'accusant de violations des droits de l'homme, a annoncé la radio d'Etat.", "REJECT", ["ZWE"], ["UNO"]),
    ("fr", "La Corée du Nord a décliné lundi l'aide alimentaire proposée par la Corée du Sud, a-t-on appris de source officielle.", "REJECT", ["PRK"], ["KOR"]),
    ("fr", "Le Tchad a rejeté mardi la proposition de la Libye, a annoncé la radio nationale.", "REJECT", ["TCD"], ["LBY"]),
    # from the French-first fr_attacks probe set (data/probes/fr_attacks.tsv): sentences of our own
    # "reprocher à X de…", "imputer à X la responsabilité de…": the dative is the one blamed, even a
    # capital, not what the clause after it names
    ("fr", "Bagdad a reproché mardi à Damas d'abriter des opposants irakiens.", "ACCUSE", ["IRQ"], ["SYR"]),
    ("fr", "Madrid a reproché mardi au Maroc son manque de coopération.", "ACCUSE", ["ESP"], ["MAR"]),
    ("fr", "Le président rwandais a imputé mercredi à Kinshasa la responsabilité des violences dans le Kivu.", "ACCUSE", ["RWA"], ["COD"]),
    # an attribution in a compound tense the parser made an adverbial clause: its subject read as its
    # object, the reported verb's object as its subject (a participle, "estimant", is no attribution)
    ("fr", "Khartoum a rejeté catégoriquement jeudi l'exigence de l'ONU d'un déploiement au Darfour d'une force internationale, a annoncé l'agence Suna.", "REJECT", ["SDN"], ["UNO"]),
    ("fr", "Le Soudan a rejeté jeudi l'exigence de l'ONU d'un déploiement au Darfour, estimant qu'elle violait sa souveraineté.", "REJECT", ["SDN"], ["UNO"]),
    # an act named by its noun, its doer by "par" before its object ("le bombardement par X de Y"):
    # the parser hangs the object on the doer, closed by its nationality adjective
    ("fr", "Le bombardement par l'aviation israélienne de plusieurs villages du sud du Liban a fait dix morts.", "ASSAULT", ["ISR"], ["LBN"]),
    # "a condamné dans les termes les plus fermes" is a condemnation, not a sentence to "prison ferme"
    ("fr", "L'ONU a condamné dans les termes les plus fermes le pilonnage par l'artillerie russe de la ville de Kharkiv.", "ACCUSE", ["UNO"], ["RUS"]),
    ("fr", "Un tribunal de Téhéran a condamné mardi un journaliste américain à dix ans de prison ferme.", "SANCTION", ["IRN"], ["USA"]),
    # "écossais": the Scottish courts or police are the United Kingdom's
    ("fr", "Tripoli a refusé mardi de remettre aux polices britannique et écossaise les deux suspects.", "REJECT", ["LBY"], ["GBR"]),
    ("fr", "Damas a refusé mardi de livrer aux justices écossaise et américaine deux agents des services secrets.", "REJECT", ["SYR"], ["GBR", "USA"]),
    # forces massed or deployed in an agentless passive are their own side's; the border is whom it faces
    ("fr", "Des milliers de soldats russes ont été déployés ces derniers jours le long de la frontière ukrainienne.", "MOBILIZE", ["RUS"], ["UKR"]),
    ("fr", "Des chars israéliens ont été massés près de la frontière libanaise, a-t-on appris de source militaire.", "MOBILIZE", ["ISR"], ["LBN"]),
    ("en", "Thousands of Turkish troops have been massed along the Syrian border in recent days.", "MOBILIZE", ["TUR"], ["SYR"]),
    # (with its agent named, the agent deploys and the place is where)
    ("fr", "Des casques bleus ont été déployés au Liban par l'ONU.", "MOBILIZE", ["UNO"], ["LBN"]),
    # who fell into an ambush undergoes it; who laid it is named on the ambush
    ("fr", "Un convoi de l'armée turque est tombé samedi dans une embuscade tendue par des rebelles kurdes irakiens.", "ASSAULT", ["IRQ"], ["TUR"]),
    ("en", "A Turkish army convoy fell into an ambush laid by Iraqi Kurdish rebels on Saturday.", "ASSAULT", ["IRQ"], ["TUR"]),
    # (not a place one falls into: "tombé dans l'oubli" is no event, and an ambush one lays is done)
    ("fr", "Des rebelles tchadiens ont tendu une embuscade à un convoi de l'armée nigérienne.", "ASSAULT", ["TCD"], ["NER"]),
    # the à-phrase after a participle's agent is to whom it was granted, not part of the agent
    ("fr", "La grâce accordée par le président tunisien à un journaliste marocain a été annoncée jeudi.", "CONCEDE", ["TUN"], ["MAR"]),
    # a place with its own preposition before the object is where, not whom ("à New Delhi")
    ("fr", "Le Premier ministre indien Atal Behari Vajpayee a reçu vendredi à New Delhi le président sri-lankais.", "CONSULT", ["LKA"], ["IND"]),
    # a passive's agent after a place phrase is the verb's; an airliner named by its maker is hijacked too
    ("fr", "Un Boeing d'Air France a été détourné lundi à l'aéroport de Larnaca par trois pirates de l'air libanais.", "ASSAULT", ["LBN"], ["FRA"]),
    ("fr", "Deux policiers ont été enlevés jeudi dans la région de Kidal par des rebelles touareg nigériens.", "ASSAULT", ["NER"], ["MLI"]),
    # (not the agent of a noun in the place's phrase: "à la suite de la prise du pouvoir par l'armée")
    ("fr", "Madagascar a été suspendue mercredi des instances de l'Union africaine à la suite de la prise du pouvoir par l'armée.", "SANCTION", ["AU"], ["MDG"]),
    # fighting that sets two sides against each other: the first against the second
    ("fr", "De violents combats ont opposé jeudi l'armée éthiopienne aux forces érythréennes près de Badmé.", "ASSAULT", ["ETH"], ["ERI"]),
    ("fr", "Des combats ont opposé l'armée angolaise et les rebelles de l'Unita dans le nord du pays.", "ASSAULT", ["AGO"], ["AGO"]),
    ("fr", "Les affrontements qui ont opposé la police turque aux manifestants kurdes ont fait trois morts.", "ASSAULT", ["TUR"], ["TUR"]),
    ("en", "Heavy fighting pitted Ethiopian troops against Eritrean forces near Badme on Thursday.", "ASSAULT", ["ETH"], ["ERI"]),
]


@pytest.mark.parametrize(("lang", "text", "type_", "actor", "recipient"), PARTIES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(PARTIES)])
def test_parties(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str] | None) -> None:
    """(``None``: the recipient is not what the case is about.)"""
    e = _one(coders[lang], text, type_)
    assert _codes(e.actor) == actor
    if recipient is not None:
        assert _codes(e.recipient) == recipient


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two Indian soldiers were killed when Pakistani troops opened fire across the Line of Control in Kashmir on Sunday."),
        ("fr", "Deux soldats indiens ont été tués dimanche lorsque des soldats pakistanais ont ouvert le feu au Cachemire."),
    ],
)
def test_the_when_clause_attack_is_the_killing_not_another_event(coders: dict[str, Coder], lang: str, text: str) -> None:
    assert [e.type for e in coders[lang].code(text, date=DAY)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "side", "not_code"),
    [
        # a passive when-clause, or one of the victims' own side, names no attacker
        ("en", "Two soldiers were killed when a Russian helicopter was shot down over Ukraine.", "ASSAULT", "actor", "RUS"),
        ("en", "Two Palestinians were killed when an Israeli settler was attacked near Ramallah.", "ASSAULT", "actor", "ISR"),
        # the "of" phrase of an attack is its target, not its maker
        ("fr", "Deux soldats ont été tués dans l'attaque d'un convoi français dans le nord du Mali.", "ASSAULT", "actor", "FRA"),
        ("en", "Five people were killed in the bombing of a Russian military base in Syria.", "ASSAULT", "actor", "RUS"),
        # who announces an act did not do it
        ("en", "The ceasefire between Israel and Hamas, announced by Qatar, took effect on Sunday.", "RETREAT", "actor", "QAT"),
        # a partner of a noun inside a clause of its own is not the verb's
        ("en", "The US imposed sanctions on Iranian officials involved in trade with Venezuela.", "SANCTION", "recipient", "VEN"),
        ("fr", "Les États-Unis ont imposé des sanctions à des responsables iraniens impliqués dans le commerce avec le Venezuela.", "SANCTION", "recipient", "VEN"),
        # a protest against a country's doings is not its people's
        ("en", "Thousands took to the streets to protest against American bases.", "PROTEST", "actor", "USA"),
        # who reports an act is no party to it
        ("en", "Russia and China held naval drills in the South China Sea, according to Japanese officials.", "MOBILIZE", "recipient", "JPN"),
        ("fr", "La Russie et la Chine ont mené des manoeuvres navales en mer de Chine méridionale, selon des responsables japonais.", "MOBILIZE", "recipient", "JPN"),
        # diplomats expelled from a UN mission are expelled by the host state, not the UN
        ("en", "Two Russian diplomats were expelled from the United Nations mission in New York.", "SANCTION", "actor", "UNO"),
        # after a word of leaving, "de Bosnie" is where the forces leave, not where their people live
        ("fr", "L'Otan a exigé le retrait des forces serbes de Bosnie.", "REQUEST", "recipient", "BIH"),
    ],
)
def test_shapes_that_name_no_party(coders: dict[str, Coder], lang: str, text: str, type_: str, side: str, not_code: str) -> None:
    e = _one(coders[lang], text, type_)
    assert not_code not in _codes(e.actor if side == "actor" else e.recipient)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "not_recipient"),
    [
        # a sea named after a country is no party to what happens in it
        ("en", "Chinese and Russian warships began joint naval exercises in the Sea of Japan on Sunday.", "COOPERATE", "JPN"),
        ("fr", "Des navires de guerre chinois et russes ont entamé dimanche des manoeuvres navales conjointes en mer du Japon.", "COOPERATE", "JPN"),
        # an attribution names no party
        ("en", "The Colombian government and ELN guerrillas agreed to a bilateral ceasefire, according to a joint statement read out in Quito.", "AGREE", "ECU"),
    ],
)
def test_places_named_beside_the_act_are_no_recipients(coders: dict[str, Coder], lang: str, text: str, type_: str, not_recipient: str) -> None:
    e = _one(coders[lang], text, type_)
    assert e.actor and not_recipient not in _codes(e.recipient)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_reaction_is_not_the_attack(coders: dict[str, Coder], lang: str) -> None:
    """"The attack, condemned by the UN": who condemned it did not carry it out."""
    text = {"en": "The attack, condemned by the United Nations, killed twelve soldiers.", "fr": "L'attaque, condamnée par les Nations unies, a tué douze soldats."}[lang]
    e = _one(coders[lang], text, "ASSAULT")
    assert "UNO" not in _codes(e.actor) and e.evidence.rule.startswith(f"{lang}/triggers.yaml#assault.")


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Carmen Rojas is Peru's minister of foreign trade. She promised on Friday to sign a free trade agreement with South Korea.", "PER"),
        ("fr", "Carmen Rojas est la ministre péruvienne du Commerce extérieur. Elle a promis vendredi de signer un accord de libre-échange avec la Corée du Sud.", "PER"),
        ("en", "Tran Quoc Hung has been Vietnam's defence minister since 2021. The minister travelled to Vientiane on Tuesday for talks with Laotian military leaders.", "VNM"),
        ("fr", "Tran Quoc Hung est ministre vietnamien de la Défense depuis 2021. Le ministre s'est rendu mardi à Vientiane pour s'entretenir avec les chefs militaires laotiens.", "VNM"),
    ],
)
def test_a_sentence_that_defines_someone_tells_who_he_or_she_is(coders: dict[str, Coder], lang: str, text: str, actor: str) -> None:
    events = coders[lang].code(text, date=DAY)
    assert events and _codes(events[0].actor) == [actor]


def test_workers_walking_out_strike(coders: dict[str, Coder]) -> None:
    """"walked out" is a strike for workers, a refusal to meet for a delegation."""
    strike = _one(coders["en"], "Workers at the state copper company walked out on Wednesday over a government plan to cut its budget.", "PROTEST")
    assert strike.mode == "strike"
    assert _one(coders["en"], "The rebel delegation walked out of the talks.", "REJECT").mode == "meet"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sergei Petrov is a critic of the Russian president. He was arrested on Monday."),
        ("en", "Peter Hansen is the Danish ambassador's driver. He was arrested in Moscow."),
    ],
)
def test_a_sentence_that_relates_someone_to_an_office_does_not_give_them_it(coders: dict[str, Coder], lang: str, text: str) -> None:
    e = _one(coders[lang], text, "COERCE")
    assert not any(r.sector == "GOV" for r in e.recipient)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Heavy rain pelted the Indian capital on Monday."),
        ("en", "Firefighters quelled the blaze in Athens after three hours."),
        ("en", "Obama bowed to the Japanese emperor in Tokyo."),
        ("en", "The president shared an image of the flag on social media."),
        ("en", "Police cleared the crime scene in Paris after the murder."),
        ("en", "The Pentagon redeployed funds to the border wall."),
        ("fr", "La chaîne a transmis les images du match à des millions de téléspectateurs."),
        ("fr", "Le projet de loi est passé sans objection au Sénat."),
        ("fr", "L'entraîneur a tancé ses joueurs après la défaite contre l'Espagne."),
        ("fr", "Les pompiers ont délogé les occupants de l'immeuble en feu."),
    ],
)
def test_news_verbs_in_their_ordinary_senses_are_no_events(coders: dict[str, Coder], lang: str, text: str) -> None:
    """The verbs added from the CAMEO verb dictionary fire only with the objects that make them political."""
    assert coders[lang].code(text, date=DAY) == []


def test_a_world_city_beats_a_small_namesake_in_the_story_s_country(coders: dict[str, Coder]) -> None:
    """"outside the US embassy in Moscow" is Moscow, Russia, not Moscow, Idaho."""
    e = _one(coders["en"], "Protesters rallied outside the US embassy in Moscow on Sunday.", "PROTEST")
    assert e.location is not None and e.location.country == "RUS" and _codes(e.actor) == ["RUS"]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        # a world city known abroad under a variant GeoNames gives a small town as its own name
        ("fr", "Trois civils ont été tués dimanche à Odessa.", "UKR"),
        # a town named with its state or country stays the town, whatever world city shares its name
        ("fr", "Quatre étudiants ont été tués à Moscow, dans l'Idaho, a indiqué la police américaine.", "USA"),
        ("en", "The US Army deployed National Guard troops to Melbourne, Florida, after the riots.", "USA"),
    ],
)
def test_city_names_shared_with_other_cities(coders: dict[str, Coder], lang: str, text: str, country: str) -> None:
    events = coders[lang].code(text, date=DAY)
    assert events and events[0].location is not None and events[0].location.country == country


def test_third_persons_inside_a_quotation_are_not_the_speaker(coders: dict[str, Coder]) -> None:
    """« Ils ont expulsé notre ambassadeur », a déclaré le ministre algérien: "ils" are the others."""
    e = _one(coders["fr"], "« Ils ont expulsé notre ambassadeur sans motif », a déclaré le ministre algérien des Affaires étrangères.", "SANCTION")
    assert "DZA" not in _codes(e.actor)


def test_a_conditional_in_a_quotation_stays_hypothetical(coders: dict[str, Coder]) -> None:
    """Direct speech keeps its own tenses: « Nous soutiendrions… » is no announced support."""
    e = _one(coders["fr"], "« Nous soutiendrions une telle résolution », a déclaré mardi l'ambassadeur français.", "SUPPORT")
    assert e.modality == "hypothetical"


def test_an_organisation_s_name_is_no_town(coders: dict[str, Coder]) -> None:
    """"à l'Union européenne": no Union, New Jersey, and so no American ministers."""
    e = _one(coders["fr"], "Les ministres ont réaffirmé leur soutien à la candidature de la Moldavie à l'Union européenne.", "SUPPORT")
    assert "USA" not in _codes(e.actor) and (e.location is None or e.location.country != "USA")


def test_cooperation_expanded_with_a_support_verb_is_the_promised_act(coders: dict[str, Coder]) -> None:
    """"willing to … expand trade and to strengthen cooperation": one offer, not an offer and a cooperation."""
    text = "China is willing to work with Kazakhstan to expand cross-border trade and to strengthen law-enforcement cooperation against terrorism."
    assert [e.type for e in coders["en"].code(text, date=DAY)] == ["AGREE"]


def test_a_group_with_no_country_has_no_home_to_act_on(coders: dict[str, Coder]) -> None:
    """"claimed by the Islamic State group": no recipient is the group itself."""
    e = _one(coders["en"], "The attack was claimed by the Islamic State group.", "ASSAULT")
    assert _codes(e.actor) == ["ISIS"] and "ISIS" not in _codes(e.recipient)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "foreign"),
    [
        ("en", "Gunmen killed two British tourists on Tuesday.", "ASSAULT", "GBR"),
        ("en", "Hackers have defaced nearly 3,000 Danish websites.", "COERCE", "DNK"),
        ("fr", "Des hommes armés ont enlevé trois ingénieurs chinois.", "ASSAULT", "CHN"),
        ("fr", "Des hommes armés ont tué deux touristes britanniques mardi.", "ASSAULT", "GBR"),
    ],
)
def test_foreigners_nationality_is_not_the_attackers(coders: dict[str, Coder], lang: str, text: str, type_: str, foreign: str) -> None:
    """An unnamed attacker is coded where the act happens; tourists' or a web site's nationality does not say where."""
    e = _one(coders[lang], text, type_)
    assert foreign in _codes(e.recipient) and foreign not in _codes(e.actor)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Rebels killed 20 Ugandan villagers on Sunday."), ("fr", "Des rebelles ont tué dimanche 20 villageois ougandais.")],
)
def test_villagers_nationality_still_says_where_rebels_fight(coders: dict[str, Coder], lang: str, text: str) -> None:
    e = _one(coders[lang], text, "ASSAULT")
    assert _codes(e.actor) == ["UGA"]


def test_an_embassy_s_country_is_not_where_a_protest_is(coders: dict[str, Coder]) -> None:
    e = _one(coders["en"], "Hundreds of protesters rallied outside the embassy of Russia on Sunday.", "PROTEST")
    assert e.location is None or e.location.country != "RUS"
    assert "RUS" not in _codes(e.actor)


def test_two_peoples_in_a_list_stay_two(coders: dict[str, Coder]) -> None:
    e = _one(coders["en"], "Senior Hungarian and Romanian officials met in Budapest on Monday.", "CONSULT")
    assert _codes(e.actor) == ["HUN", "ROU"]


def test_an_institution_named_after_a_city_is_no_town(coders: dict[str, Coder]) -> None:
    """"at Tehran University": no town called University, and so no country for the judiciary but Iran's."""
    e = _one(coders["en"], "Thousands of students at Tehran University staged a sit-in on Sunday against the closure of a reformist daily by the judiciary.", "PROTEST")
    assert e.location is None or e.location.name != "University"
    assert _codes(e.recipient) == ["IRN"]


def test_the_niger_delta_is_nigeria(coders: dict[str, Coder]) -> None:
    e = _one(coders["en"], "Nigeria sent 3,000 extra troops into the creeks of the Niger Delta on Monday.", "MOBILIZE")
    assert "NER" not in _codes(e.recipient)


def test_an_attribution_s_words_are_not_what_the_verb_takes(coders: dict[str, Coder]) -> None:
    """"…, ont indiqué des responsables": "responsables" must not make a handover of weapons one of suspects."""
    events = coders["fr"].code("La Renamo a remis jeudi ses dernières armes au gouvernement mozambicain, ont indiqué des responsables.", date=DAY)
    assert [e.type for e in events] == ["RETREAT"]


def test_a_preposition_is_no_verb_of_a_trigger_s_complement(coders: dict[str, Coder]) -> None:
    """The French model lemmatizes "entre" as "entrer": "interdire … entre cousins" is no entry refused."""
    events = coders["fr"].code("Le gouvernement a décidé d'interdire les mariages entre cousins germains.", date=DAY)
    assert "REJECT" not in [e.type for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        # a handover's officials are who receives it, not whom it hands over (the first review's counter-examples)
        ("fr", "Le Premier ministre a remis sa démission au chef de l'Etat.", "RETREAT"),
        ("fr", "Les autorités ont remis en liberté dix militants islamistes.", "RETREAT"),
        ("fr", "Les miliciens ont remis leurs armes aux responsables de l'ONU.", "RETREAT"),
        ("en", "UNITA handed over 200 prisoners to ICRC officials.", "RETREAT"),
    ],
)
def test_other_handovers_keep_their_own_type(coders: dict[str, Coder], lang: str, text: str, type_: str) -> None:
    assert type_ in [e.type for e in coders[lang].code(text, date=DAY)]
    assert "COOPERATE" not in [e.type for e in coders[lang].code(text, date=DAY)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Japan's Democratic Party criticised the government's handling of the economy.", "JPN"),  # a generic party name is no country's
        ("UN Balkans envoy Carl Bildt criticised the Serbian government.", "UNO"),  # an envoy speaks for the body he serves
        ("Members of the French community of Ivory Coast protested in Abidjan.", "FRA"),  # expatriates stay who they are
    ],
)
def test_review_counter_examples_keep_their_party(coders: dict[str, Coder], text: str, country: str) -> None:
    events = coders["en"].code(text, date=date(2001, 3, 12))
    assert events and country in _codes(events[0].actor)


def test_a_one_word_alias_beside_another_name_is_someone_else(coders: dict[str, Coder]) -> None:
    events = coders["en"].code("Saddam Haftar met Egyptian officials in Cairo.", date=date(2024, 5, 10))
    assert events and "IRQ" not in _codes(events[0].actor)


def test_police_under_a_dateline_stay_the_dateline_s(coders: dict[str, Coder]) -> None:
    events = coders["en"].code("PARIS, March 12 (AFP) - Police arrested two suspected ETA members.", date=date(2001, 3, 12))
    assert events and _codes(events[0].actor) == ["FRA"]


def test_a_second_subject_after_the_verb_is_its_object(coders: dict[str, Coder]) -> None:
    """The French parser reads "le Premier ministre" after "ils libéreront ce week-end" as a second subject
    (and the name after the title as a verb: it stays the title's, whole)."""
    e = _one(coders["fr"], "Les ravisseurs ont annoncé qu'ils libéreront ce week-end le Premier ministre Mahendra Chaudhry.", "AGREE")
    assert [r.text for r in e.recipient] == ["le Premier ministre Mahendra Chaudhry"]


def test_where_a_decision_would_send_people_is_not_where_they_protest(coders: dict[str, Coder]) -> None:
    e = _one(coders["fr"], "Des centaines de réfugiés ont entamé une grève de la faim pour protester contre la décision de la Suède de les renvoyer en Bulgarie.", "PROTEST")
    assert e.location is None or e.location.country != "BGR"


def test_an_acronym_after_an_organisation_is_no_town(coders: dict[str, Coder]) -> None:
    """"the Sudan Liberation Army (SLA)": not Salé, Morocco; the seat rule wants "de"/"of" before the town."""
    e = _one(coders["en"], "The African Union's chief mediator for Darfur travelled to the rebel-held Jebel Marra on Sunday for talks with leaders of the Sudan Liberation Army (SLA).", "CONSULT")
    assert e.location is None or e.location.country != "MAR"
    assert "MAR" not in _codes(e.recipient)


def test_a_participle_read_as_a_noun_still_marches(coders: dict[str, Coder]) -> None:
    """« ont de nouveau défilé »: the French model reads the participle as the noun; with its auxiliary it is a march."""
    text = "Des dizaines de milliers de Géorgiens, qui dénoncent la suspension des négociations d'adhésion à l'UE, ont de nouveau défilé dimanche soir à Tbilissi."
    assert "PROTEST" in [e.type for e in coders["fr"].code(text, date=DAY)]
    assert "PROTEST" not in [e.type for e in coders["fr"].code("Le défilé militaire du 14 juillet a eu lieu sur les Champs-Élysées.", date=DAY)]


def test_arriving_for_consultations_is_a_visit(coders: dict[str, Coder]) -> None:
    e = _one(coders["fr"], "Le Premier ministre burkinabè est arrivé mardi à Bamako pour des consultations avec les autorités de transition maliennes.", "CONSULT")
    assert _codes(e.actor) == ["BFA"] and _codes(e.recipient) == ["MLI"]


def test_an_army_facing_a_national_group_is_that_group_s_country(coders: dict[str, Coder]) -> None:
    """Under a foreign dateline, the army at talks with the RSF is Sudan's; police under a dateline stay the dateline's."""
    events = coders["en"].code("DOHA, May 3 (AFP) - The army's delegation rejected a demand by the RSF to halt air raids on Nyala.", date=date(2026, 5, 3))
    assert events and _codes(events[0].actor) == ["SDN"]


def test_a_reconnaissance_flight_is_no_recognition(coders: dict[str, Coder]) -> None:
    assert "SUPPORT" not in [e.type for e in coders["fr"].code("Un vol de reconnaissance a survolé la zone frontalière.", date=DAY)]


def test_after_au_pouvoir_is_the_noun() -> None:
    """"la junte au pouvoir à Bamako": the parser may read "pouvoir" as the verb, then lose the
    junta as the subject of the verb after a fronted participle; the repair makes it the noun."""
    from sanderling.nlp import get_pipeline

    doc = get_pipeline("fr")("Invoquant la nécessité de préserver l'ordre public, la junte au pouvoir à Bamako a suspendu mercredi les activités des partis politiques.")
    (power,) = [t for t in doc if t.text == "pouvoir"]
    assert power.pos_ == "NOUN" and power.head.text == "junte"


def test_a_subject_list_the_parser_made_the_root_is_the_subject() -> None:
    """"Niamey et Ouagadougou ont assuré le Mali de leur soutien" after another sentence: the parser
    may make the list the root and the verb an aside with no subject."""
    from sanderling.nlp import get_pipeline

    doc = get_pipeline("fr")("La Commission de l'Union africaine a exprimé sa solidarité avec les familles des victimes. Niamey et Ouagadougou ont assuré le Mali de leur soutien.")
    (niamey,) = [t for t in doc if t.text == "Niamey"]
    assert niamey.dep_ == "nsubj" and niamey.head.text == "assuré"


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        # the object hung on the agent is the event noun's, with the phrases after it
        ("La libération par le Hamas de trois otages thaïlandais a eu lieu dimanche.", "otages", "libération"),
        ("La signature par l'Ouganda d'un accord sur la sécurité frontalière avec le Rwanda a eu lieu à Kigali.", "Rwanda", "accord"),
        # a title's own complement stays the title's, and so does a genitive that is not counted
        ("L'arrestation par le chef de la police de deux manifestants a été dénoncée.", "police", "chef"),
        ("La condamnation par le ministre de la Défense de l'attaque a surpris.", "Défense", "ministre"),
        # after an agent closed by its adjective, a "de" phrase with an article is the event noun's object
        ("Le bombardement par l'aviation turque de plusieurs villages kurdes a été condamné.", "villages", "bombardement"),
        # (not a name completing the agent)
        ("L'arrestation par les forces armées de la RDC de trois journalistes a été dénoncée.", "RDC", "forces"),
    ],
)
def test_an_object_hung_on_the_agent_is_the_noun_s(text: str, word: str, head: str) -> None:
    from sanderling.nlp import get_pipeline

    (tok,) = [t for t in get_pipeline("fr")(text) if t.text == word]
    assert tok.head.text == head


def test_a_weekday_after_the_verb_is_no_object() -> None:
    """"a massé dimanche des blindés": the parser may make the weekday the object and hang the real
    one on it; a weekday with an article of its own is left alone."""
    from sanderling.nlp import get_pipeline

    nlp = get_pipeline("fr")
    doc = nlp("L'armée a massé dimanche des blindés près de la frontière libanaise, a indiqué une source sécuritaire.")
    (armour,) = [t for t in doc if t.text == "blindés"]
    (day,) = [t for t in doc if t.text == "dimanche"]
    assert armour.dep_ == "obj" and armour.head.text == "massé" and day.dep_ != "obj"


def test_a_phrase_before_the_attribution_comma_is_the_reported_verb_s() -> None:
    """"…a massé des troupes près de la frontière, a indiqué le ministère": a phrase the parser hangs
    on the attribution set off after it belongs, before the comma, to the verb reported."""
    from spacy.tokens import Doc

    from sanderling.nlp import get_pipeline
    from sanderling.nlp.repair import repair_french_verbs

    words = ["La", "Russie", "a", "massé", "des", "troupes", "près", "de", "la", "frontière", ",", "a", "indiqué", "le", "ministère", "."]
    heads = [1, 3, 3, 3, 5, 3, 12, 9, 9, 6, 12, 12, 3, 14, 12, 3]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "case", "obj", "advmod", "case", "det", "dep", "punct", "aux:tense", "parataxis", "det", "nsubj", "punct"]
    pos = ["DET", "PROPN", "AUX", "VERB", "ADP", "NOUN", "ADV", "ADP", "DET", "NOUN", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = repair_french_verbs(Doc(get_pipeline("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words]))
    assert doc[6].head.text == "massé"  # "près de la frontière"
    assert doc[14].head.text == "indiqué" and doc[10].head.text == "indiqué"  # the attribution keeps its own words


def test_a_time_phrase_after_a_participle_on_a_noun_is_the_participle_s() -> None:
    """"a levé l'interdiction des vols, imposée en 1999 pendant les frappes de l'OTAN": the parser hangs
    the phrase of time on the noun; right after the participle describing it, it says when that was
    done (so the strikes are background, as the participle is). Not right after it, it stays."""
    from spacy.tokens import Doc

    from sanderling.nlp import get_pipeline
    from sanderling.nlp.repair import repair_french_verbs

    words = ["Les", "Quinze", "ont", "levé", "l'", "interdiction", "des", "vols", ",", "imposée", "en", "1999", "pendant", "les", "frappes", "."]
    heads = [1, 3, 3, 3, 5, 3, 7, 5, 5, 5, 11, 9, 14, 14, 5, 3]
    deps = ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "punct", "acl", "case", "obl:mod", "case", "det", "nmod", "punct"]
    pos = ["DET", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "ADP", "DET", "NOUN", "PUNCT"]
    vocab = get_pipeline("fr").vocab
    morphs = ["Tense=Past|VerbForm=Part" if w in ("levé", "imposée") else "" for w in words]
    doc = repair_french_verbs(Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs, lemmas=[w.lower() for w in words]))
    assert doc[14].head.text == "imposée"
    # "l'interdiction, imposée en 1999, pendant les frappes": set off from it by a comma, it is left as parsed
    words2 = words[:12] + [","] + words[12:]
    heads2 = [h + (h > 11) for h in heads[:12]] + [5] + [h + (h > 11) for h in heads[12:]]
    deps2 = deps[:12] + ["punct"] + deps[12:]
    pos2 = pos[:12] + ["PUNCT"] + pos[12:]
    morphs2 = morphs[:12] + [""] + morphs[12:]
    doc = repair_french_verbs(Doc(vocab, words=words2, heads=heads2, deps=deps2, pos=pos2, morphs=morphs2, lemmas=[w.lower() for w in words2]))
    assert doc[15].head.text == "interdiction"


def test_an_attribution_subject_read_as_its_object() -> None:
    """"Le Soudan a expulsé dimanche les inspecteurs de l'ONU, a annoncé un porte-parole": the parser
    makes the object the attribution's subject and its subject an object."""
    from sanderling.nlp import get_pipeline

    doc = get_pipeline("fr")("Le Soudan a expulsé dimanche les inspecteurs de l'ONU, a annoncé un porte-parole.")
    (inspectors,) = [t for t in doc if t.text == "inspecteurs"]
    (spokesman,) = [t for t in doc if t.text == "porte-parole"]
    assert inspectors.dep_ == "obj" and inspectors.head.text == "expulsé" and spokesman.dep_ == "nsubj"


def test_a_participle_hung_on_its_object_pronoun_is_the_verb_s() -> None:
    """"…s'est tourné lundi vers Berlin, lui demandant un prêt": the parser hangs the participle on its
    object pronoun or on the noun before the comma; it is the verb's, the pronoun its object. Before
    the verb ("Le ministre, lui demandant de patienter, a reçu…"), it is left as parsed."""
    from sanderling.nlp import get_pipeline

    nlp = get_pipeline("fr")
    for text in ("Le gouvernement grec s'est tourné lundi vers Berlin, lui demandant un nouveau prêt.", "Le président ivoirien s'est tourné vendredi vers Paris, lui demandant d'appliquer l'accord de défense."):
        doc = nlp(text)
        (asking,) = [t for t in doc if t.text == "demandant"]
        (pronoun,) = [t for t in doc if t.text == "lui"]
        assert asking.head.text == "tourné" and asking.dep_ == "advcl" and pronoun.head.i == asking.i and pronoun.dep_ == "iobj"
    doc = nlp("Le ministre, lui demandant de patienter, a reçu les manifestants.")
    (asking,) = [t for t in doc if t.text == "demandant"]
    assert asking.head.text == "lui"


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        # a first name spelt like an "-er" infinitive after a preposition is the name it governs
        ("Le Premier ministre israélien a imputé lundi à Yasser Arafat la responsabilité de la vague d'attentats.", "Yasser", "imputé"),
        ("Le gouvernement serbe a reproché mardi à Javier Solana son manque d'impartialité.", "Javier", "reproché"),
    ],
)
def test_a_first_name_read_as_an_infinitive_is_a_name(text: str, name: str, head: str) -> None:
    from sanderling.nlp import get_pipeline

    doc = get_pipeline("fr")(text)
    (tok,) = [t for t in doc if t.text == name]
    assert tok.pos_ == "PROPN" and tok.head.text == head
    assert doc[tok.i + 1].head.i == tok.i  # the rest of the name
    assert not any(c.dep_ == "obj" for c in tok.children)  # what followed it is the verb's again


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor", "recipient"),
    [
        # a counterpart, a partner or a neighbour is another country: unnamed, it is no recipient,
        # not the actor's own country
        ("fr", "Le Premier ministre indien a exhorté son homologue à reprendre le dialogue.", "REQUEST", ["IND"], []),
        ("en", "Bangladesh urged its partner to sign the accord.", "REQUEST", ["BGD"], []),
        ("fr", "Le Pakistan a accusé son voisin d'avoir violé la frontière.", "ACCUSE", ["PAK"], []),
        ("en", "Pakistan accused its neighbour of violating the border.", "ACCUSE", ["PAK"], []),
        # named, it is that country; the actor's own people stay its own
        ("fr", "Le président iranien a appelé son homologue irakien à respecter la trêve.", "REQUEST", ["IRN"], ["IRQ"]),
        ("fr", "Le Pakistan a exhorté ses ressortissants à quitter le pays.", "REQUEST", ["PAK"], ["PAK"]),
        ("fr", "Des voisins ont manifesté devant la mairie de Lyon.", "PROTEST", ["FRA"], ["FRA"]),
        # nor are one's captors: the hostage's nationality is not theirs (criminals of no country)
        ("fr", "L'otage français a été libéré mardi par ses ravisseurs.", "RETREAT", [], ["FRA"]),
        ("en", "The French hostage was freed on Tuesday by his captors.", "RETREAT", [], ["FRA"]),
    ],
)
def test_a_counterpart_or_a_neighbour_is_not_the_actor_s_own_country(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str], recipient: list[str]) -> None:
    ev = _one(coders[lang], text, type_)
    assert ([a.country for a in ev.actor if a.country], _codes(ev.recipient)) == (actor, recipient)


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # whoever fired what the victims were hit by, through a noun of number or measure
        ("fr", "Douze personnes ont été blessées par une salve de roquettes tirées par le Hezbollah.", ["LBN"]),
        ("en", "Five civilians were killed by a barrage of shells fired by Serb forces.", ["SRB"]),
        ("fr", "Une salve de roquettes tirées par le Hezbollah a frappé Kiryat Shmona.", ["LBN"]),
    ],
)
def test_who_fired_a_salvo_is_the_attacker(coders: dict[str, Coder], lang: str, text: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, "ASSAULT").actor) == actor


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_donor_of_supplies_does_not_arrive_with_them(coders: dict[str, Coder], lang: str) -> None:
    # the hop through a noun of measure is for attacks only: "ten tonnes of supplies donated by Qatar
    # arrived" is no visit by Qatar
    text = {"en": "Ten tonnes of medical supplies donated by Qatar arrived in Beirut on Sunday.", "fr": "Dix tonnes de matériel médical offert par le Qatar sont arrivées dimanche à Beyrouth."}[lang]
    assert not [e for e in coders[lang].code(text, date=DAY) if e.type == "CONSULT" and _codes(e.actor) == ["QAT"]]


@pytest.mark.parametrize(
    ("text", "type_", "recipient", "sector"),
    [
        # a participle names no person: "les biens détenus à Paris" are held, not detainees
        ("La justice française a ouvert une enquête sur les biens détenus à Paris par la famille du président gabonais.", "ACCUSE", ["GAB"], "CVL"),
        # the noun still is one
        ("La police a libéré les détenus palestiniens à Naplouse.", "RETREAT", ["PSE"], "CVL"),
    ],
)
def test_a_participle_is_no_role(coder_fr: Coder, text: str, type_: str, recipient: list[str], sector: str) -> None:
    ev = _one(coder_fr, text, type_)
    assert (_codes(ev.recipient), ev.recipient[0].sector) == (recipient, sector)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # a few quoted words inside the verb group ('a "fermement condamné"') no longer lose the
        # clause's subject, nor the head of the verb coordinated after it
        ("fr", "Le Japon a \"vivement condamné\" le tir de missile et appelé Pyongyang à reprendre le dialogue.", "ACCUSE", ["JPN"]),
        ("fr", "Le Japon a \"vivement condamné\" le tir de missile et appelé Pyongyang à reprendre le dialogue.", "REQUEST", ["JPN"]),
        ("fr", "Le Canada a « fermement dénoncé » l'arrestation du journaliste.", "ACCUSE", ["CAN"]),
        ("en", "Japan has \"strongly condemned\" the missile launch.", "ACCUSE", ["JPN"]),
        # a longer quotation, speech, keeps its marks: its pronoun is still the speaker's side
        ("fr", "Le ministre russe a déclaré : \"Nous condamnons fermement cette attaque\".", "ACCUSE", ["RUS"]),
    ],
)
def test_quoted_words_in_a_verb_group_keep_the_subject(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor


@pytest.mark.parametrize(
    ("text", "of_phrase", "head"),
    [
        # the of-phrase after a place name is the visit's, whose visitor it names
        ("La visite samedi à Moscou du président turc a été consacrée à la Syrie.", "président", "visite"),
        ("Le voyage à Pékin du chef de la diplomatie française a été reporté.", "chef", "voyage"),
        # an of-phrase after a common noun of place stays on it ("à l'aéroport de la capitale")
        ("L'arrivée à l'aéroport de la capitale du président turc a été retardée.", "capitale", "aéroport"),
    ],
)
def test_an_of_phrase_hung_on_a_place_name_is_the_noun_s(text: str, of_phrase: str, head: str) -> None:
    from sanderling.nlp import get_pipeline

    doc = get_pipeline("fr")(text)
    (tok,) = [t for t in doc if t.text == of_phrase]
    assert tok.head.text == head


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # a hyphenated nationality the tagger takes for punctuation is still the noun's adjective
        ("La Norvège a proposé d'accueillir des pourparlers entre le gouvernement sri-lankais et les rebelles.", "AGREE", ["LKA"]),
        ("Le Japon a condamné vendredi le gouvernement sri-lankais.", "ACCUSE", ["LKA"]),
    ],
)
def test_a_hyphenated_nationality_stays_with_its_noun(coder_fr: Coder, text: str, type_: str, recipient: list[str]) -> None:
    assert [r.country for r in _one(coder_fr, text, type_).recipient if r.country] == recipient


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # "demander qc à qn": with a thing asked for as the object, the capital of the à-phrase is asked,
        # not the one the thing is about
        ("Paris a demandé mercredi à Téhéran des explications sur l'arrestation d'une Française.", ["IRN"]),
        ("Le Japon a réclamé lundi à Pékin des excuses officielles pour l'arrestation de ses ressortissants.", ["CHN"]),
    ],
)
def test_a_capital_asked_for_something_is_the_recipient(coder_fr: Coder, text: str, recipient: list[str]) -> None:
    assert _codes(_one(coder_fr, text, "REQUEST").recipient) == recipient


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a capital read as the determiner of the verb after it ("Ankara menace", "menace" also a noun)
        ("Le ministère a remis au diplomate syrien une note dans laquelle Ankara menace de recourir à la force.", ["TUR"]),
        # (a determiner stays one: "La Paz" keeps its article)
        ("Dans un communiqué, la Bolivie menace de rompre ses relations avec le Chili.", ["BOL"]),
    ],
)
def test_a_capital_read_as_a_determiner_is_the_subject(coder_fr: Coder, text: str, actor: list[str]) -> None:
    assert _codes(_one(coder_fr, text, "THREATEN").actor) == actor


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # attackers named without a possessive are no other party: an arrest at home stays domestic
        ("La police kényane a arrêté les agresseurs lundi à Nairobi.", "COERCE", ["KEN"]),
    ],
)
def test_attackers_are_no_other_party(coder_fr: Coder, text: str, type_: str, recipient: list[str]) -> None:
    assert _codes(_one(coder_fr, text, type_).recipient) == recipient


def test_a_role_of_the_organisation_is_the_organisation_s(coder_fr: Coder) -> None:
    # "le porte-parole de l'organisation" after "l'Unesco": the role's of-phrase is the organisation named before
    coder = coder_fr
    text = "L'Unesco a tenu sa conférence à Paris. Le porte-parole de l'organisation a condamné lundi la destruction des mausolées de Tombouctou."
    assert [_codes(e.actor) for e in coder.code(text, date=DAY) if e.type == "ACCUSE"] == [["UNESCO"]]

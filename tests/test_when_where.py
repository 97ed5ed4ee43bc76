"""Event dates and places in context (issue 5): anchors from reported speech, future events,
publication date sources, impossible dates, locative phrases, regions and the dateline city."""

from __future__ import annotations

from datetime import date

import pytest

from sanderling import Article, Coder, Event
from sanderling.ingest import prepare

DAY = date(2026, 3, 12)  # Thursday


def _first(coder: Coder, text: str, type_: str | None = None, day: date | None = DAY) -> Event:
    events = [e for e in coder.code(text, date=day) if type_ is None or e.type == type_]
    assert events, f"no event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("lang", "text", "expected", "date_text"),
    [
        ("fr", "Il a dit mardi que le président malien avait appelé la veille son homologue nigérien.", date(2026, 3, 9), "la veille"),
        ("en", "He said on Tuesday that the Malian president had called his Nigerien counterpart the day before.", date(2026, 3, 9), "the day before"),
    ],
)
def test_relative_dates_in_reported_speech_count_from_the_statement(coders: dict[str, Coder], lang: str, text: str, expected: date, date_text: str) -> None:
    e = _first(coders[lang], text, "CONSULT")
    assert e.date == expected and e.date_text == date_text and e.date_precision == "day"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le ministre malien se rendra lundi à Dakar.", date(2026, 3, 16)),
        ("en", "The Malian minister will travel to Dakar on Monday.", date(2026, 3, 16)),
        ("fr", "Le président sénégalais rencontrera son homologue ivoirien la semaine prochaine.", date(2026, 3, 16)),
    ],
)
def test_future_events_get_future_dates(coders: dict[str, Coder], lang: str, text: str, expected: date) -> None:
    e = _first(coders[lang], text, "AGREE")
    assert e.modality == "future" and e.date == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected", "precision"),
    [
        ("fr", "Des soldats maliens ont attaqué un village il y a deux semaines.", date(2026, 2, 26), "week"),
        ("fr", "La police a arrêté samedi soir un opposant togolais.", date(2026, 3, 7), "day"),
        ("fr", "Des drones ont frappé Kharkiv dans la nuit de mardi à mercredi.", date(2026, 3, 11), "day"),
        ("en", "Malian soldiers attacked a village earlier this week.", date(2026, 3, 9), "week"),
        ("en", "Police arrested a Togolese opposition leader on Jan. 6.", date(2026, 1, 6), "day"),
    ],
)
def test_event_dates_and_precision(coders: dict[str, Coder], lang: str, text: str, expected: date, precision: str) -> None:
    e = _first(coders[lang], text)
    assert e.date == expected and e.date_precision == precision


def test_without_a_date_in_the_clause_the_publication_date_is_used_and_said(coder_fr: Coder) -> None:
    e = _first(coder_fr, "Le ministre malien a condamné l'attaque.")
    assert e.date == DAY and e.date_precision == "publication" and e.date_text is None
    assert e.publication_date == DAY and e.publication_date_source == "caller"


@pytest.mark.parametrize(
    ("lang", "text", "type_", "expected", "date_text"),
    [
        # a verb conjoined without a subject of its own shares its first conjunct's time
        ("en", "Nigerian troops clashed with Boko Haram fighters on Tuesday and freed 17 hostages held by the group, an army spokesman said on Wednesday.", "AID", date(2026, 3, 10), "Tuesday"),
        ("fr", "Des soldats nigérians ont affronté mardi des combattants de Boko Haram et libéré 17 otages détenus par le groupe, a indiqué mercredi un porte-parole de l'armée.", "AID", date(2026, 3, 10), "mardi"),
        # an act in reported speech happened by the statement day, never after it
        ("en", "Houthi rebels have massed thousands of fighters around Marib, a government spokesman said on Tuesday.", "MOBILIZE", date(2026, 3, 10), "Tuesday"),
        ("fr", "Les rebelles houthis ont massé des milliers de combattants autour de Marib, a affirmé mardi un porte-parole du gouvernement.", "MOBILIZE", date(2026, 3, 10), "mardi"),
        # but a second verb with a day of its own keeps it
        ("en", "Nigerian troops clashed with Boko Haram fighters on Tuesday and freed 17 hostages on Wednesday.", "RETREAT", date(2026, 3, 11), "Wednesday"),
        ("fr", "Des soldats nigérians ont affronté mardi des combattants de Boko Haram et libéré mercredi 17 otages.", "RETREAT", date(2026, 3, 11), "mercredi"),
    ],
)
def test_undated_clauses_take_the_time_of_the_clause_they_belong_to(coders: dict[str, Coder], lang: str, text: str, type_: str, expected: date, date_text: str) -> None:
    e = _first(coders[lang], text, type_)
    assert (e.date, e.date_text, e.date_precision) == (expected, date_text, "day")


@pytest.mark.parametrize(
    ("text", "type_", "expected", "date_text"),
    [
        # counted back from the day of the clause it hangs on, wherever it stands
        ("Peru's interior minister resigned on Thursday, two days after police shot dead a young protester in Lima.", "ASSAULT", date(2026, 3, 10), "two days after"),
        ("Two days after police shot dead a protester, the minister resigned on Thursday.", "ASSAULT", date(2026, 3, 10), "Two days after"),
        ("The European Union on Monday suspended its aid to Niger, a week after the junta in Niamey expelled the bloc's ambassador.", "SANCTION", date(2026, 3, 2), "a week after"),
        # the clause it hangs on keeps its own day, and a noun after "after" gives it none
        ("Peru's interior minister resigned on Thursday, two days after police shot dead a young protester in Lima.", "RETREAT", date(2026, 3, 12), "Thursday"),
        ("The minister resigned on Tuesday two days after the attack.", "RETREAT", date(2026, 3, 10), "Tuesday"),
    ],
)
def test_a_clause_so_many_days_after_another_is_dated_from_it(coder_en: Coder, text: str, type_: str, expected: date, date_text: str) -> None:
    e = [e for e in coder_en.code(text, date=DAY) if e.type == type_][-1]
    assert (e.date, e.date_text, e.date_precision) == (expected, date_text, "day")


@pytest.mark.parametrize(
    ("lang", "first", "then", "between", "reaction"),
    [
        ("en", "Thousands of people rallied in Antananarivo on Tuesday against power cuts.", "Police fired tear gas to disperse the crowd and arrested 23 protesters, a police source said.", "Power cuts have lasted for months.", "The European Union condemned the arrests."),
        ("fr", "Des milliers de personnes ont manifesté mardi à Antananarivo contre les coupures d'électricité.", "La police a tiré des gaz lacrymogènes pour disperser la foule et arrêté 23 manifestants, selon une source policière.", "Les coupures durent depuis des mois.", "L'Union européenne a condamné les arrestations."),
    ],
)
def test_an_undated_act_in_the_next_sentence_goes_on_with_the_story(coders: dict[str, Coder], lang: str, first: str, then: str, between: str, reaction: str) -> None:
    coder = coders[lang]
    tuesday = date(2026, 3, 10)
    events = coder.code(f"{first} {then} {reaction}", date=DAY)
    acts = [e for e in events if e.type in ("ASSAULT", "COERCE")]
    assert {e.type for e in acts} == {"ASSAULT", "COERCE"} and all(e.date == tuesday and e.date_precision == "day" for e in acts)
    # a reaction in words is news of the day it is reported
    (said,) = [e for e in events if e.type == "ACCUSE"]
    assert (said.date, said.date_precision) == (DAY, "publication")
    # with another sentence or a new paragraph in between, the story may have moved on: the publication date
    for text in (f"{first} {between} {then}", f"{first}\n\n{then}"):
        later = [e for e in coder.code(text, date=DAY) if e.type in ("ASSAULT", "COERCE")]
        assert later and all(e.date == DAY and e.date_precision == "publication" for e in later), text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels will attack the capital on Friday. Police arrested 23 protesters.",  # a day ahead
        "Police did not arrest the protesters on Tuesday. Soldiers killed two people.",  # nothing happened
        "Thousands rallied on Tuesday. Police fired tear gas. Soldiers killed two people.",  # inherited days are not passed on
    ],
)
def test_only_a_day_on_which_something_happened_goes_on_to_the_next_sentence(coder_en: Coder, text: str) -> None:
    last = [e for e in coder_en.code(text, date=DAY) if text.split(". ")[-1].startswith(e.evidence.sentence)]
    assert last and all((e.date, e.date_precision) == (DAY, "publication") for e in last), [(e.type, e.date) for e in last]


def test_a_future_act_in_reported_speech_is_not_dated_to_the_statement(coder_en: Coder) -> None:
    e = _first(coder_en, "The government will deploy troops to the border, the defence ministry said on Tuesday.", "MOBILIZE")
    assert (e.date, e.date_precision) == (DAY, "publication")


def test_impossible_date_is_null_with_the_reason(coder_fr: Coder) -> None:
    e = _first(coder_fr, "Le 31 février, des soldats maliens ont attaqué un village.", "ASSAULT")
    assert e.date is None and e.date_precision == "none"
    assert any("31 février" in w and "impossible" in w for w in e.warnings)


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("PARIS, 10 janvier 2026 (AFP) - Le ministre malien a condamné l'attaque.", "dateline", date(2026, 1, 10)),
        ("Paris, le 10 janvier 2026 - Le ministre malien a condamné l'attaque.", "text", date(2026, 1, 10)),
    ],
)
def test_publication_date_source_is_reported(coder_fr: Coder, text: str, source: str, expected: date) -> None:
    e = _first(coder_fr, text, day=None)
    assert e.publication_date == expected and e.publication_date_source == source


def test_yearless_dateline_takes_the_file_year_and_says_so() -> None:
    art = prepare(Article(id="a", text="BAMAKO, 10 janvier (AFP) - Le ministre malien a parlé.", origin="t", file_date=date(2025, 5, 1)), lang="fr")
    assert art.date == date(2025, 1, 10) and art.date_source == "dateline+file-year"


@pytest.mark.parametrize(
    ("lang", "text", "name", "country", "precision"),
    [
        ("fr", "Le président kazakh a reçu son homologue ouzbek à Almaty.", "Almaty", "KAZ", "city"),
        ("fr", "Des jihadistes ont attaqué mardi un camp militaire dans la région de Kidal.", "Kidal", "MLI", "city"),
        ("en", "Jihadists attacked a military camp in the Kidal region on Tuesday.", "Kidal", "MLI", "city"),
        ("fr", "Des combats ont éclaté dans le nord du Mali.", "Mali", "MLI", "country"),
        ("en", "Fighting erupted in northern Mali.", "Mali", "MLI", "country"),
        ("fr", "L'armée a bombardé des positions rebelles dans le Donbass.", "Donbass", "UKR", "admin1"),
        # the capitalised article is part of the name: Bolivia's La Paz, not a Mexican town called Paz
        ("fr", "Des mineurs ont manifesté lundi à La Paz contre la réforme des retraites.", "La Paz", "BOL", "city"),
    ],
)
def test_event_location_from_the_clause(coders: dict[str, Coder], lang: str, text: str, name: str, country: str, precision: str) -> None:
    e = _first(coders[lang], text)
    assert e.location is not None
    assert e.location.name == name and e.location.country == country and e.location.precision == precision
    assert e.location.lat is not None and e.location.lon is not None
    if precision == "city":
        assert e.location.geonames_id is not None and e.location.admin1 is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Les ministres se sont réunis en Asie centrale pour discuter de sécurité."), ("en", "Ministers met in Central Asia to discuss security.")],
)
def test_regions_have_no_country_and_no_invented_coordinates(coders: dict[str, Coder], lang: str, text: str) -> None:
    e = _first(coders[lang], text, "CONSULT")
    assert e.location is not None and e.location.precision == "region"
    assert e.location.country is None and e.location.lat is None and e.location.lon is None


def test_dateline_city_is_the_fallback_and_never_the_actors_country(coder_fr: Coder) -> None:
    e = _first(coder_fr, "DAKAR, 12 mars 2026 (AFP) - Le ministre russe des Affaires étrangères a condamné l'attaque.", day=None)
    assert e.location is not None and e.location.name == "Dakar" and e.location.country == "SEN"
    plain = _first(coder_fr, "Le ministre russe des Affaires étrangères a condamné l'attaque.")
    assert plain.location is None


def test_unknown_place_is_null_not_a_crash(coder_en: Coder) -> None:
    e = _first(coder_en, "Rebels attacked a village near Xqzvillebourg on Monday.", "ASSAULT")
    assert e.location is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nigerian troops clashed with Boko Haram fighters near Bama on Tuesday and freed 17 hostages held by the group."),
        ("fr", "Des soldats nigérians ont affronté mardi des combattants de Boko Haram près de Bama et libéré 17 otages détenus par le groupe."),
    ],
)
def test_a_verb_conjoined_without_its_own_subject_happened_where_the_first_did(coders: dict[str, Coder], lang: str, text: str) -> None:
    e = _first(coders[lang], text, "AID")
    assert e.location is not None and (e.location.name, e.location.country) == ("Bama", "NGA")


def test_a_small_town_abroad_known_by_a_variant_name_is_no_place(coder_fr: Coder) -> None:
    # "Borno" is also a variant of Borna, a German town of 19,000: not where a Nigerian story happens
    e = _first(coder_fr, "L'armée nigériane a attaqué mardi des combattants de Boko Haram dans l'État de Borno.", "ASSAULT")
    assert e.location is None
    # a city of the story's country by its own name, and a large one abroad by a variant, are places
    e = _first(coder_fr, "L'armée nigériane a attaqué mardi des combattants de Boko Haram à Bama.", "ASSAULT")
    assert e.location is not None and (e.location.name, e.location.country) == ("Bama", "NGA")
    e = _first(coder_fr, "L'armée russe a bombardé mardi des quartiers de Kiev.", "ASSAULT")
    assert e.location is not None and (e.location.name, e.location.country) == ("Kyiv", "UKR")


@pytest.mark.parametrize(
    ("lang", "text", "type_", "place"),
    [
        # Ménaka (14,000 people) is found in a story about Mali; in none it is no place
        ("en", "Malian troops clashed with jihadists near Ménaka on Saturday.", "ASSAULT", ("Ménaka", "MLI")),
        ("fr", "Des soldats maliens ont affronté des jihadistes près de Ménaka samedi.", "ASSAULT", ("Ménaka", "MLI")),
        ("en", "Troops clashed with jihadists near Menaka on Saturday.", "ASSAULT", None),
        # a small town of a story's country does not take the name of a large city abroad: Genoa, Italy,
        # not one of the small American Genoas, though the story is about a US national
        ("en", "A US national has been put under investigation in Italy for her role in rioting during a summit in Genoa.", "ACCUSE", ("Genoa", "ITA")),
        # a US city known by the variant "Mecca" does not take the name from Makkah
        ("en", "A US citizen was arrested in Mecca.", "COERCE", ("Makkah", "SAU")),
        # a city attacked or a recipient in a locative phrase is where it happened; a dative country is not
        ("fr", "Israël a frappé Beyrouth dans la nuit.", "ASSAULT", ("Beirut", "LBN")),
        ("en", "Britain closed its embassy in Tehran.", "SANCTION", ("Tehran", "IRN")),
        ("fr", "Le Sénégal a présenté ses excuses à la Gambie pour l'incident frontalier.", "SUPPORT", None),
        # the capitals that sign are the parties, not the place
        ("fr", "Pékin et Islamabad ont signé vendredi un accord de coopération.", "SUPPORT", None),
    ],
)
def test_towns_targets_and_datives(coders: dict[str, Coder], lang: str, text: str, type_: str, place: tuple[str, str] | None) -> None:
    e = _first(coders[lang], text, type_)
    assert (None if e.location is None else (e.location.name, e.location.country)) == place


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        # the city named in the clause, not the country of the locative phrase
        ("fr", "Des médecins suisses ont remis 700 kg de médicaments au Croissant-Rouge de Bam, en Iran.", "Bam"),
        ("en", "Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam, Iran.", "Bam"),
        # a city inside a noun phrase ("la ville assiégée de Gorazde") when no locative phrase names a place
        ("fr", "Des hélicoptères de l'ONU ont évacué vendredi les blessés de la ville bosniaque assiégée de Gorazde.", "Goražde"),
        ("en", "U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde on Friday.", "Goražde"),
    ],
)
def test_city_named_in_the_clause(coders: dict[str, Coder], lang: str, text: str, city: str) -> None:
    events = coders[lang].code(text, date=date(2026, 3, 12))
    assert events and events[0].location is not None and events[0].location.name == city and events[0].location.precision == "city"


def test_a_capital_that_acts_is_no_place() -> None:
    for lang, text in (
        ("en", "BAMAKO, March 12, 2026 (Reuters) - Mali's military junta on Wednesday expelled the French ambassador, after Paris criticised the postponement of elections."),
        ("fr", "BAMAKO, 12 mars 2026 (AFP) - La junte militaire malienne a expulsé mercredi l'ambassadeur de France, après que Paris a critiqué le report des élections."),
    ):
        events = [e for e in Coder(lang=lang).code(text) if e.type == "SANCTION"]
        assert events and events[0].location is not None and events[0].location.name == "Bamako", text


def test_a_nationality_before_a_noun_is_no_city(coder_en: Coder) -> None:
    """"near the Thai border": GeoNames lists "Thai" among a Malaysian city's names; a demonym is no place."""
    e = _first(coder_en, "Burmese troops attacked a rebel camp near the Thai border.", "ASSAULT")
    assert e.location is None or e.location.country != "MYS"
    assert all(r.country != "MYS" for r in e.recipient)


def test_a_common_noun_is_no_city(coder_fr: Coder) -> None:
    """"à la gare de Busan": GeoNames has a district called Gare; the station is in Busan."""
    e = _first(coder_fr, "Les cheminots se sont mobilisés à la gare de Busan pour dénoncer leurs conditions de travail.", "PROTEST")
    assert e.location is not None and e.location.name == "Busan" and e.location.country == "KOR"

"""Date expressions found in real parsed sentences and resolved against fixed anchor days."""

from __future__ import annotations

import warnings
from datetime import date

import pytest

from sanderling.lexicon.load import load_date_words
from sanderling.nlp import get_pipeline
from sanderling.records import DateRef
from sanderling.time.expressions import DateMention, find_dates, resolve

THU = date(2026, 3, 12)  # a Thursday
assert THU.weekday() == 3
NEW_YEAR = date(2026, 1, 2)  # a Friday
LEAP = date(2024, 3, 1)  # the day after 29 February 2024


def mentions(lang: str, text: str) -> list[DateMention]:
    doc = get_pipeline(lang)(text)
    words = load_date_words(lang)
    found = [m for sent in doc.sents for m in find_dates(sent, words)]
    for m in found:
        assert doc.text[m.char_start : m.char_end] == m.text
        assert doc[m.start : m.end].text == m.text
    return found


def one(lang: str, text: str) -> DateMention:
    found = mentions(lang, text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def resolved(lang: str, text: str, anchor: date | None, tense: str = "past") -> DateRef:
    m = one(lang, text)
    ref = resolve(m, anchor, tense=tense, rule="test")
    assert ref.text == m.text and ref.start == m.char_start and ref.end == m.char_end and ref.rule == "test"
    return ref


# (lang, sentence, anchor, tense, mention text, kind, value, precision)
CASES = [
    # weekdays, bare: the tense of the verb decides the direction (the anchor day itself counts as past)
    ("fr", "Le ministre est arrivé mardi à Dakar.", THU, "past", "mardi", "weekday", date(2026, 3, 10), "day"),
    ("en", "The minister arrived on Tuesday in Dakar.", THU, "past", "Tuesday", "weekday", date(2026, 3, 10), "day"),
    ("fr", "Le ministre arrivera mardi à Dakar.", THU, "future", "mardi", "weekday", date(2026, 3, 17), "day"),
    ("en", "The minister will arrive on Tuesday in Dakar.", THU, "future", "Tuesday", "weekday", date(2026, 3, 17), "day"),
    ("fr", "Le ministre est arrivé jeudi à Dakar.", THU, "past", "jeudi", "weekday", THU, "day"),
    ("en", "The minister arrived on Thursday in Dakar.", THU, "past", "Thursday", "weekday", THU, "day"),
    ("fr", "Le ministre arrivera jeudi à Dakar.", THU, "future", "jeudi", "weekday", date(2026, 3, 19), "day"),
    ("en", "The minister arrived on Monday in Dakar.", THU, "past", "Monday", "weekday", date(2026, 3, 9), "day"),
    ("en", "The minister will arrive on Monday in Dakar.", THU, "future", "Monday", "weekday", date(2026, 3, 16), "day"),
    ("fr", "Le ministre est arrivé dimanche.", date(2026, 3, 15), "past", "dimanche", "weekday", date(2026, 3, 15), "day"),
    # weekdays with dernier / prochain, last / next: the marker wins over the tense
    ("fr", "Le ministre est arrivé mardi dernier à Dakar.", THU, "past", "mardi dernier", "weekday", date(2026, 3, 10), "day"),
    ("en", "The minister arrived last Tuesday in Dakar.", THU, "past", "last Tuesday", "weekday", date(2026, 3, 10), "day"),
    ("fr", "Le ministre est arrivé jeudi dernier à Dakar.", THU, "past", "jeudi dernier", "weekday", date(2026, 3, 5), "day"),
    ("en", "The minister arrived last Thursday in Dakar.", THU, "past", "last Thursday", "weekday", date(2026, 3, 5), "day"),
    ("fr", "Le ministre est arrivé dimanche dernier.", THU, "past", "dimanche dernier", "weekday", date(2026, 3, 8), "day"),
    ("en", "The minister arrived last Sunday.", date(2026, 3, 15), "past", "last Sunday", "weekday", date(2026, 3, 8), "day"),
    ("fr", "Le ministre arrivera mardi prochain à Dakar.", THU, "future", "mardi prochain", "weekday", date(2026, 3, 17), "day"),
    ("en", "The minister will arrive next Tuesday in Dakar.", THU, "future", "next Tuesday", "weekday", date(2026, 3, 17), "day"),
    ("fr", "Le ministre arrivera jeudi prochain.", THU, "future", "jeudi prochain", "weekday", date(2026, 3, 19), "day"),
    ("fr", "Le ministre arrivera mardi prochain à Dakar.", THU, "past", "mardi prochain", "weekday", date(2026, 3, 17), "day"),
    ("fr", "Le ministre est arrivé mardi dernier à Dakar.", THU, "future", "mardi dernier", "weekday", date(2026, 3, 10), "day"),
    # relative days
    ("fr", "Le ministre est arrivé hier à Dakar.", THU, "past", "hier", "relative", date(2026, 3, 11), "day"),
    ("en", "The minister arrived yesterday in Dakar.", THU, "past", "yesterday", "relative", date(2026, 3, 11), "day"),
    ("fr", "Hier, le ministre est arrivé.", THU, "past", "Hier", "relative", date(2026, 3, 11), "day"),
    ("fr", "Le ministre est arrivé avant-hier à Dakar.", THU, "past", "avant-hier", "relative", date(2026, 3, 10), "day"),
    ("en", "The minister arrived the day before yesterday.", THU, "past", "the day before yesterday", "relative", date(2026, 3, 10), "day"),
    ("fr", "Le ministre arrivera demain à Dakar.", THU, "future", "demain", "relative", date(2026, 3, 13), "day"),
    ("en", "The minister will arrive tomorrow in Dakar.", THU, "future", "tomorrow", "relative", date(2026, 3, 13), "day"),
    ("fr", "Le ministre arrivera après-demain.", THU, "future", "après-demain", "relative", date(2026, 3, 14), "day"),
    ("fr", "Le ministre est arrivé ce matin à Dakar.", THU, "past", "ce matin", "relative", THU, "day"),
    ("en", "The minister arrived this morning in Dakar.", THU, "past", "this morning", "relative", THU, "day"),
    ("fr", "Le ministre est arrivé aujourd'hui.", THU, "past", "aujourd'hui", "relative", THU, "day"),
    ("fr", "Il est arrivé hier soir.", date(2026, 1, 1), "past", "hier soir", "relative", date(2025, 12, 31), "day"),
    # anchored to the event they depend on (here: the anchor passed in)
    ("fr", "Le ministre était arrivé la veille à Dakar.", THU, "past", "la veille", "anchor", date(2026, 3, 11), "day"),
    ("en", "The minister had arrived the day before.", THU, "past", "the day before", "anchor", date(2026, 3, 11), "day"),
    ("en", "The minister arrived the previous day.", THU, "past", "the previous day", "anchor", date(2026, 3, 11), "day"),
    ("fr", "Le ministre est reparti le lendemain.", THU, "past", "le lendemain", "anchor", date(2026, 3, 13), "day"),
    ("en", "The minister left the next day.", THU, "past", "the next day", "anchor", date(2026, 3, 13), "day"),
    ("fr", "Le ministre est arrivé l'avant-veille.", THU, "past", "l'avant-veille", "anchor", date(2026, 3, 10), "day"),
    ("fr", "Le ministre est arrivé le surlendemain.", THU, "past", "le surlendemain", "anchor", date(2026, 3, 14), "day"),
    # N units ago / in N units
    ("fr", "Le ministre est arrivé il y a trois jours à Dakar.", THU, "past", "il y a trois jours", "ago", date(2026, 3, 9), "day"),
    ("en", "The minister arrived three days ago in Dakar.", THU, "past", "three days ago", "ago", date(2026, 3, 9), "day"),
    ("fr", "Le ministre est arrivé il y a 3 jours à Dakar.", THU, "past", "il y a 3 jours", "ago", date(2026, 3, 9), "day"),
    ("en", "The minister arrived 3 days ago in Dakar.", THU, "past", "3 days ago", "ago", date(2026, 3, 9), "day"),
    ("en", "The minister arrived two days ago in Dakar.", THU, "past", "two days ago", "ago", date(2026, 3, 10), "day"),
    ("fr", "Le ministre est arrivé il y a deux semaines à Dakar.", THU, "past", "il y a deux semaines", "ago", date(2026, 2, 26), "week"),
    ("en", "The minister arrived two weeks ago in Dakar.", THU, "past", "two weeks ago", "ago", date(2026, 2, 26), "week"),
    ("en", "The minister arrived a week ago.", THU, "past", "a week ago", "ago", date(2026, 3, 5), "week"),
    ("fr", "Le ministre est arrivé il y a quinze jours.", THU, "past", "il y a quinze jours", "ago", date(2026, 2, 25), "day"),
    ("fr", "Le ministre est arrivé il y a six mois à Dakar.", THU, "past", "il y a six mois", "ago", date(2025, 9, 12), "month"),
    ("en", "The minister arrived six months ago in Dakar.", THU, "past", "six months ago", "ago", date(2025, 9, 12), "month"),
    ("fr", "Il est arrivé il y a un mois.", date(2026, 3, 31), "past", "il y a un mois", "ago", date(2026, 2, 28), "month"),
    ("fr", "Le ministre arrivera dans trois jours à Dakar.", THU, "future", "dans trois jours", "ahead", date(2026, 3, 15), "day"),
    ("en", "The minister will arrive in three days in Dakar.", THU, "future", "in three days", "ahead", date(2026, 3, 15), "day"),
    ("fr", "Le ministre arrivera dans deux semaines.", THU, "future", "dans deux semaines", "ahead", date(2026, 3, 26), "week"),
    ("en", "The minister will arrive in 2 weeks.", THU, "future", "in 2 weeks", "ahead", date(2026, 3, 26), "week"),
    ("fr", "Le ministre arrivera dans un mois.", date(2026, 1, 31), "future", "dans un mois", "ahead", date(2026, 2, 28), "month"),
    # periods: the first day of the week (Monday), month or year
    ("fr", "Le ministre est arrivé cette semaine à Dakar.", THU, "past", "cette semaine", "period", date(2026, 3, 9), "week"),
    ("en", "The minister arrived this week in Dakar.", THU, "past", "this week", "period", date(2026, 3, 9), "week"),
    ("en", "The minister arrived earlier this week in Dakar.", THU, "past", "earlier this week", "period", date(2026, 3, 9), "week"),
    ("fr", "Le ministre est arrivé plus tôt cette semaine.", THU, "past", "plus tôt cette semaine", "period", date(2026, 3, 9), "week"),
    ("fr", "Le ministre est arrivé la semaine dernière à Dakar.", THU, "past", "la semaine dernière", "period", date(2026, 3, 2), "week"),
    ("en", "The minister arrived last week in Dakar.", THU, "past", "last week", "period", date(2026, 3, 2), "week"),
    ("fr", "Il arrivera la semaine prochaine.", THU, "future", "la semaine prochaine", "period", date(2026, 3, 16), "week"),
    ("en", "The minister will arrive next week.", THU, "future", "next week", "period", date(2026, 3, 16), "week"),
    ("fr", "Il est arrivé le mois dernier.", THU, "past", "le mois dernier", "period", date(2026, 2, 1), "month"),
    ("en", "The minister arrived last month.", date(2026, 1, 12), "past", "last month", "period", date(2025, 12, 1), "month"),
    ("en", "The minister will arrive next month.", date(2026, 12, 12), "future", "next month", "period", date(2027, 1, 1), "month"),
    ("fr", "Le ministre est arrivé l'an dernier à Dakar.", THU, "past", "l'an dernier", "period", date(2025, 1, 1), "year"),
    ("fr", "Le ministre est arrivé l'année dernière.", THU, "past", "l'année dernière", "period", date(2025, 1, 1), "year"),
    ("en", "The minister arrived last year in Dakar.", THU, "past", "last year", "period", date(2025, 1, 1), "year"),
    ("en", "The minister will arrive next year.", date(2026, 12, 12), "future", "next year", "period", date(2027, 1, 1), "year"),
    # explicit dates
    ("fr", "Le ministre est arrivé le 6 janvier à Dakar.", THU, "past", "6 janvier", "explicit", date(2026, 1, 6), "day"),
    ("en", "The minister arrived on Jan. 6 in Dakar.", THU, "past", "Jan. 6", "explicit", date(2026, 1, 6), "day"),
    ("en", "The minister arrived on January 6 in Dakar.", THU, "past", "January 6", "explicit", date(2026, 1, 6), "day"),
    ("fr", "Le ministre est arrivé le 6 janv. à Dakar.", THU, "past", "6 janv.", "explicit", date(2026, 1, 6), "day"),
    ("fr", "Le ministre est arrivé le 6 janvier 2025 à Dakar.", THU, "past", "6 janvier 2025", "explicit", date(2025, 1, 6), "day"),
    ("en", "The minister arrived on Jan. 6, 2025, in Dakar.", THU, "past", "Jan. 6, 2025", "explicit", date(2025, 1, 6), "day"),
    ("fr", "Le ministre est arrivé le 1er mars à Dakar.", THU, "past", "1er mars", "explicit", date(2026, 3, 1), "day"),
    ("en", "The minister arrived on March 1st in Dakar.", THU, "past", "March 1st", "explicit", date(2026, 3, 1), "day"),
    ("en", "The minister arrived on March 3, 2026 in Dakar.", THU, "past", "March 3, 2026", "explicit", date(2026, 3, 3), "day"),
    ("fr", "Le ministre est arrivé mardi 3 mars.", THU, "past", "mardi 3 mars", "explicit", date(2026, 3, 3), "day"),
    ("fr", "Le ministre arrivera le 6 janvier.", date(2026, 12, 20), "future", "6 janvier", "explicit", date(2027, 1, 6), "day"),
    ("en", "The minister will arrive on Jan. 6.", date(2026, 12, 20), "future", "Jan. 6", "explicit", date(2027, 1, 6), "day"),
    # ranges: the first day, with the month after the range
    ("fr", "Le sommet se tiendra du 3 au 5 mars à Dakar.", date(2026, 2, 20), "future", "3 au 5 mars", "explicit", date(2026, 3, 3), "day"),
    ("fr", "Le sommet s'est tenu du 3 au 5 mars à Dakar.", THU, "past", "3 au 5 mars", "explicit", date(2026, 3, 3), "day"),
    ("en", "The summit will be held 3-5 March in Dakar.", date(2026, 2, 20), "future", "3-5 March", "explicit", date(2026, 3, 3), "day"),
    # months
    ("fr", "Le ministre est arrivé en mai 2025.", THU, "past", "mai 2025", "month", date(2025, 5, 1), "month"),
    ("en", "The minister arrived in May 2025.", THU, "past", "May 2025", "month", date(2025, 5, 1), "month"),
    ("fr", "Le ministre est arrivé en décembre.", date(2026, 1, 5), "past", "décembre", "month", date(2025, 12, 1), "month"),
    ("fr", "Le ministre est arrivé fin janvier.", THU, "past", "janvier", "month", date(2026, 1, 1), "month"),
    ("en", "The minister arrived in early January.", THU, "past", "January", "month", date(2026, 1, 1), "month"),
    # month and year boundaries
    ("fr", "Le ministre est arrivé mardi dernier à Dakar.", NEW_YEAR, "past", "mardi dernier", "weekday", date(2025, 12, 30), "day"),
    ("en", "The minister arrived last Tuesday in Dakar.", NEW_YEAR, "past", "last Tuesday", "weekday", date(2025, 12, 30), "day"),
    ("fr", "Le ministre est arrivé il y a trois jours à Dakar.", NEW_YEAR, "past", "il y a trois jours", "ago", date(2025, 12, 30), "day"),
    ("en", "The minister arrived three days ago in Dakar.", NEW_YEAR, "past", "three days ago", "ago", date(2025, 12, 30), "day"),
    ("fr", "Le ministre est arrivé le 30 décembre à Dakar.", NEW_YEAR, "past", "30 décembre", "explicit", date(2025, 12, 30), "day"),
    ("en", "The minister arrived on Dec. 30 in Dakar.", NEW_YEAR, "past", "Dec. 30", "explicit", date(2025, 12, 30), "day"),
    ("fr", "Le ministre est arrivé le 30 décembre 2025.", NEW_YEAR, "past", "30 décembre 2025", "explicit", date(2025, 12, 30), "day"),
    ("fr", "Il est arrivé le 1er janvier.", NEW_YEAR, "past", "1er janvier", "explicit", date(2026, 1, 1), "day"),
    ("fr", "Il est arrivé le 2 janvier.", date(2026, 12, 30), "past", "2 janvier", "explicit", date(2026, 1, 2), "day"),
    ("en", "He arrived on January 2.", date(2026, 12, 30), "past", "January 2", "explicit", date(2026, 1, 2), "day"),
    ("fr", "Le ministre est arrivé la semaine dernière.", NEW_YEAR, "past", "la semaine dernière", "period", date(2025, 12, 22), "week"),
    ("en", "The minister arrived yesterday.", date(2026, 1, 1), "past", "yesterday", "relative", date(2025, 12, 31), "day"),
    # leap years
    ("fr", "Le ministre est arrivé hier à Dakar.", LEAP, "past", "hier", "relative", date(2024, 2, 29), "day"),
    ("en", "The minister arrived yesterday in Dakar.", LEAP, "past", "yesterday", "relative", date(2024, 2, 29), "day"),
    ("fr", "Le ministre est arrivé le 29 février à Dakar.", date(2024, 3, 10), "past", "29 février", "explicit", date(2024, 2, 29), "day"),
    ("fr", "Il est arrivé il y a un an.", date(2024, 2, 29), "past", "il y a un an", "ago", date(2023, 2, 28), "year"),
    ("en", "The minister arrived two years ago.", date(2024, 2, 29), "past", "two years ago", "ago", date(2022, 2, 28), "year"),
    ("fr", "Le ministre arrivera demain.", date(2024, 2, 28), "future", "demain", "relative", date(2024, 2, 29), "day"),
    ("fr", "Le ministre arrivera demain.", date(2025, 2, 28), "future", "demain", "relative", date(2025, 3, 1), "day"),
]


@pytest.mark.parametrize(
    ("lang", "text", "anchor", "tense", "mention", "kind", "value", "precision"),
    CASES,
    ids=[f"{c[0]}-{c[4]}-{c[2]}-{c[3]}" for c in CASES],
)
def test_find_and_resolve(lang: str, text: str, anchor: date, tense: str, mention: str, kind: str, value: date, precision: str) -> None:
    m = one(lang, text)
    assert m.text == mention
    assert m.kind == kind
    assert text[m.char_start : m.char_end] == mention
    ref = resolve(m, anchor, tense=tense, rule="r")
    assert (ref.value, ref.precision, ref.warning) == (value, precision, None)


def test_anchored_mentions_are_marked() -> None:
    assert one("fr", "Il était arrivé la veille.").is_anchored
    assert one("en", "He had arrived the day before.").is_anchored
    assert not one("fr", "Il est arrivé hier.").is_anchored
    assert not one("en", "He arrived yesterday.").is_anchored


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("fr", "Le ministre est arrivé le 29 février à Dakar.", "29 février"),
        ("en", "The minister arrived on Feb. 29 in Dakar.", "Feb. 29"),
    ],
)
def test_impossible_date_is_none_with_a_warning(lang: str, text: str, mention: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ref = resolved(lang, text, date(2025, 3, 10))
    assert ref.value is None
    assert ref.precision == "none"
    assert ref.text == mention
    assert ref.warning is not None and "impossible date" in ref.warning and mention in ref.warning


def test_31_april_is_impossible() -> None:
    ref = resolved("fr", "Le ministre est arrivé le 31 avril.", date(2026, 5, 12))
    assert ref.value is None and ref.warning is not None and "impossible" in ref.warning


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Le ministre est arrivé hier."), ("en", "The minister arrived yesterday."), ("fr", "Le ministre est arrivé le 6 janvier."), ("en", "He arrived last week.")],
)
def test_no_anchor_gives_none_with_a_warning(lang: str, text: str) -> None:
    ref = resolved(lang, text, None)
    assert ref.value is None and ref.precision == "none"
    assert ref.warning is not None and "no anchor" in ref.warning


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [("fr", "Le ministre est arrivé le 6 janvier 2025.", date(2025, 1, 6)), ("en", "The minister arrived on March 3, 2026.", date(2026, 3, 3))],
)
def test_explicit_date_with_year_needs_no_anchor(lang: str, text: str, value: date) -> None:
    ref = resolved(lang, text, None)
    assert (ref.value, ref.precision, ref.warning) == (value, "day", None)


def test_every_mention_in_a_sentence_in_order() -> None:
    found = mentions("fr", "Le ministre est arrivé le 3 mars, puis le 5 mars.")
    assert [(m.text, m.day, m.month) for m in found] == [("3 mars", 3, 3), ("5 mars", 5, 3)]
    en = mentions("en", "The minister arrived on Tuesday, March 3.")
    assert [(m.kind, m.text) for m in en] == [("weekday", "Tuesday"), ("explicit", "March 3")]


def test_mentions_in_a_later_sentence_have_document_offsets() -> None:
    text = "Le ministre est arrivé hier. Il repartira demain et reviendra le 6 janvier."
    found = mentions("fr", text)
    assert [(m.text, m.char_start) for m in found] == [("hier", 23), ("demain", 42), ("6 janvier", 65)]
    values = [resolve(m, THU, tense="future", rule="r").value for m in found]
    assert values == [date(2026, 3, 11), date(2026, 3, 13), date(2027, 1, 6)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre a reçu son homologue à Dakar."),
        ("en", "The minister received his counterpart in Dakar."),
        ("en", "He may visit the region."),  # "may" alone is a verb, not the month
        ("fr", "Le 6 du mois, rien."),
        ("en", "Three soldiers were killed."),
    ],
)
def test_no_date_no_mention(lang: str, text: str) -> None:
    assert mentions(lang, text) == []


def test_date_words_are_loaded_per_language() -> None:
    fr, en = load_date_words("fr"), load_date_words("en")
    assert fr.weekdays["mardi"] == en.weekdays["tuesday"] == 1
    assert fr.months["fevrier"] == en.months["feb."] == 2
    assert fr.relative_days["hier"] == en.relative_days["yesterday"] == -1
    assert fr.anchor_days["la veille"] == en.anchor_days["the day before"] == -1
    assert fr.numeric_order == "dmy" and en.numeric_order == "mdy"


# Regressions found while writing these tests (fixed in sanderling.time.expressions).
@pytest.mark.parametrize(
    ("lang", "text", "anchor", "tense", "expected"),
    [
        ("fr", "Le ministre est arrivé le 29 février.", date(2025, 1, 10), "past", date(2024, 2, 29)),
        ("fr", "Le ministre arrivera le 29 février.", date(2027, 12, 20), "future", date(2028, 2, 29)),
        ("fr", "Le ministre est arrivé début janvier.", date(2026, 3, 12), "past", date(2026, 1, 1)),
    ],
)
def test_leap_day_and_month_prefixes(lang: str, text: str, anchor: date, tense: str, expected: date) -> None:
    from sanderling.lexicon.load import load_date_words
    from sanderling.nlp import get_pipeline
    from sanderling.time.expressions import find_dates, resolve

    (m,) = find_dates(get_pipeline(lang)(text)[:], load_date_words(lang))
    assert resolve(m, anchor, tense=tense, rule="t").value == expected


@pytest.mark.parametrize("text", ["Protesters will march 5 miles to the capital.", "Thousands march 3 days after the vote."])
def test_lower_case_march_is_a_verb(text: str) -> None:
    from sanderling.lexicon.load import load_date_words
    from sanderling.nlp import get_pipeline
    from sanderling.time.expressions import find_dates

    assert [m for m in find_dates(get_pipeline("en")(text)[:], load_date_words("en")) if m.kind == "explicit"] == []

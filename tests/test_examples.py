"""End to end on the bundled example dispatches: datelines, coreference, dates and specific events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanderling import Article, Coder, Event, iter_inputs

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _code(coder: Coder, path: Path) -> tuple[Article, list[Event]]:
    (article,) = [a for a in iter_inputs([str(path)]) if isinstance(a, Article)]
    (result,) = list(coder.code_many([article]))
    assert result.error is None and result.article is not None
    return result.article, list(result.events)


def _find(events: list[Event], type_: str, trigger: str) -> Event:
    found = [e for e in events if e.type == type_ and e.evidence.trigger == trigger]
    assert found, f"no {type_} on {trigger!r}: {[(e.type, e.evidence.trigger) for e in events]}"
    return found[0]


@pytest.fixture(scope="module")
def paris(coder_fr: Coder) -> tuple[Article, list[Event]]:
    return _code(coder_fr, EXAMPLES / "fr" / "01-paris-dakar-cooperation.txt")


@pytest.fixture(scope="module")
def beijing(coder_en: Coder) -> tuple[Article, list[Event]]:
    return _code(coder_en, EXAMPLES / "en" / "01-beijing-talks.txt")


def test_french_dateline_is_the_publication_date_and_not_a_sentence(paris: tuple[Article, list[Event]]) -> None:
    article, events = paris
    assert article.date == date(2026, 3, 12) and article.dateline_place == "PARIS"
    assert all("(AFP)" not in e.evidence.sentence for e in events)


def test_french_visit_visitor_is_actor_and_host_recipient(paris: tuple[Article, list[Event]]) -> None:
    _, events = paris
    e = _find(events, "CONSULT", "reçu")
    assert e.mode == "visit"
    assert [a.country for a in e.actor] == ["SEN"] and [a.country for a in e.recipient] == ["FRA"]
    assert e.date == date(2026, 3, 12) and e.date_text == "jeudi"
    assert e.location is not None and e.location.country == "FRA"


def test_french_coreference_m_and_il(paris: tuple[Article, list[Event]]) -> None:
    _, events = paris
    talks = _find(events, "CONSULT", "entretenu")
    assert talks.actor[0].text == "M. Lavardin" and talks.actor[0].country == "FRA" and talks.actor[0].sector == "GOV"
    pledge = _find(events, "AGREE", "engagé")
    assert pledge.actor[0].text == "Il" and pledge.actor[0].country == "FRA" and pledge.modality == "intent"


def test_french_future_visit_is_agree_on_the_coming_monday(paris: tuple[Article, list[Event]]) -> None:
    _, events = paris
    e = _find(events, "AGREE", "rendra")
    assert e.modality == "future" and e.date == date(2026, 3, 16) and e.actor[0].country == "FRA"
    assert e.location is not None and e.location.name == "Dakar" and e.location.country == "SEN"


def test_french_reported_speech(paris: tuple[Article, list[Event]]) -> None:
    _, events = paris
    e = _find(events, "AGREE", "soutiendrait")
    assert [a.country for a in e.actor] == ["FRA"] and [a.country for a in e.recipient] == ["SEN"]


def test_french_attack_two_days_before_publication(coder_fr: Coder) -> None:
    article, events = _code(coder_fr, EXAMPLES / "fr" / "05-bamako-attaque.txt")
    assert article.date == date(2026, 2, 19)
    arrests = [e for e in events if e.type == "COERCE" and e.mode == "arrest"]
    assert arrests and arrests[0].actor[0].country == "MLI" and arrests[0].date == date(2026, 2, 18)


def test_english_talks_with_visiting_minister(beijing: tuple[Article, list[Event]]) -> None:
    article, events = beijing
    assert article.date is None or article.date.month == 1
    e = _find(events, "CONSULT", "held")
    assert e.actor[0].country == "CHN" and e.recipient[0].country == "KAZ"
    assert e.date_text == "Saturday"


def test_english_compound_actor_and_last_week(beijing: tuple[Article, list[Event]]) -> None:
    _, events = beijing
    call = _find(events, "REQUEST", "called")
    assert [a.country for a in call.actor] == ["CHN", "RUS"]
    condemn = _find(events, "ACCUSE", "condemned")
    assert condemn.date_text == "last week" and condemn.date_precision == "week"


def test_english_mr_and_he(beijing: tuple[Article, list[Event]]) -> None:
    _, events = beijing
    travel = _find(events, "CONSULT", "travel")
    assert travel.actor[0].text == "Mr. Abenov" and travel.actor[0].country == "KAZ"
    invite = _find(events, "AGREE", "invited")
    assert invite.actor[0].text == "He" and invite.actor[0].country == "KAZ" and invite.recipient[0].country == "CHN"


def test_english_arrest_by_police(coder_en: Coder) -> None:
    _, events = _code(coder_en, EXAMPLES / "en" / "03-islamabad-arrest.txt")
    e = _find(events, "COERCE", "arrested")
    assert e.actor[0].country == "PAK" and e.actor[0].sector == "COP" and e.recipient[0].sector == "LEG"
    assert e.mode == "arrest" and e.date_text == "Thursday"


def test_jsonl_examples_are_all_coded(coder_fr: Coder) -> None:
    results = list(Coder(lang="auto").code_many(iter_inputs([str(EXAMPLES / "articles.jsonl")])))
    assert len(results) == 4 and all(r.error is None for r in results)
    assert {r.article.lang for r in results if r.article} == {"fr", "en"}
    assert all(r.events for r in results)

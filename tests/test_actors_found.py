"""Events whose actor the coder used to miss, now that an event with no actor is left out: subjects
the English parser cut off from their verb, light verbs, participation phrases, speakers of a set-off
participle, ethnic demonyms and unlisted bodies named by a generic head."""

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
    return sorted(r.country or r.name or r.sector or "" for r in refs)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # a relative clause set off by commas between the subject and its verb, which the parser then
        # hangs on the subject as a modifier (with a reporting clause as the root)
        ("en", "Canada, which has long backed the peace process, promised on Monday to send 300 peacekeepers to Mali, officials said.", "AGREE", ["CAN"]),
        ("en", "Egypt, which has hosted the talks for months, warned on Sunday that it would close the Rafah crossing, state media reported.", "THREATEN", ["EGY"]),
        # (a bare participle is still a passive headline: the one arrested does not arrest)
        ("en", "Belarusian opposition leader, who had fled to Lithuania, arrested in Minsk.", "COERCE", []),
    ],
)
def test_a_relative_clause_between_subject_and_verb(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    ev = _one(coders[lang], text, type_)
    assert _codes(ev.actor) == actor or (not actor and not ev.actor)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # "clamped a curfew on X": a light verb, its subject imposes the curfew
        ("en", "Pakistani authorities clamped a curfew on Quetta on Monday.", "COERCE", ["PAK"]),
        ("en", "Pakistani authorities imposed a curfew on Quetta on Monday.", "COERCE", ["PAK"]),
    ],
)
def test_a_light_verb_s_subject_imposes(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        # an ethnic group of one country is that country's
        ("en", "Amhara fighters attacked a Tigrayan village near Humera.", "ASSAULT", ["ETH"]),
        ("fr", "Des combattants amhara ont attaqué un village tigréen près de Humera.", "ASSAULT", ["ETH"]),
    ],
)
def test_an_ethnic_demonym_of_one_country(coders: dict[str, Coder], lang: str, text: str, type_: str, actor: list[str]) -> None:
    assert _codes(_one(coders[lang], text, type_).actor) == actor

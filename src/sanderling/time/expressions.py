"""Date expressions in a sentence ("jeudi", "mardi dernier", "il y a deux jours", "le 6 janvier",
"on Monday", "last week", "two days ago") and their resolution against an anchor day."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import DateWords
from sanderling.records import DateRef

Tense = str  # "past" | "future" | "present"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # token index in the Doc
    end: int  # exclusive
    kind: str  # explicit | weekday | relative | anchor | ago | ahead | period | month | year
    text: str
    char_start: int
    char_end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    marker: str | None = None  # past | future | this | sequence ("two days after…")
    offset: int = 0
    unit: str = "day"

    @property
    def is_anchored(self) -> bool:
        """Relative to the event it depends on ("la veille"), not to the day of writing."""
        return self.kind == "anchor"


def _norm(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        out += t if (not out or out.endswith("'") or t.startswith("'")) else " " + t
    return out


def _phrase_table(words: DateWords) -> dict[str, tuple[str, object]]:
    table: dict[str, tuple[str, object]] = {}
    for k, v in words.relative_days.items():
        table[k] = ("relative", v)
    for k, v in words.anchor_days.items():
        table[k] = ("anchor", v)
    for marker, mapping in (("this", words.this_period), ("past", words.last_period), ("future", words.next_period)):
        for k, unit in mapping.items():
            table[k] = ("period", (marker, unit))
    return table


def find_dates(sent: Span, words: DateWords) -> list[DateMention]:
    """Every date expression in the sentence, left to right, non-overlapping."""
    toks = list(sent)
    keys = [fold(t.text) for t in toks]
    phrases = _phrase_table(words)
    found: list[DateMention] = []
    i = 0
    while i < len(toks):
        m = _match_at(i, toks, keys, words, phrases)
        if m is None:
            i += 1
            continue
        found.append(m)
        i = m.end - sent.start
    return found


def _number(key: str, words: DateWords) -> int | None:
    if key.isdigit():
        return int(key)
    return words.numbers.get(key)


def _month(key: str, words: DateWords) -> int | None:
    return words.months.get(key) or words.months.get(key.rstrip(".")) or words.months.get(key + ".")


def _make(toks: list[Token], i: int, j: int, kind: str, **kw: object) -> DateMention:
    first, last = toks[i], toks[j - 1]
    doc = first.doc
    return DateMention(first.i, last.i + 1, kind, doc.text[first.idx : last.idx + len(last.text)], first.idx, last.idx + len(last.text), **kw)  # type: ignore[arg-type]


def _match_at(i: int, toks: list[Token], keys: list[str], words: DateWords, phrases: dict[str, tuple[str, object]]) -> DateMention | None:
    n = len(toks)
    # Multi-word phrases first, longest first: "la semaine dernière", "il y a", "earlier this week".
    for j in range(min(n, i + 5), i, -1):
        hit = phrases.get(_norm(keys[i:j]))
        if hit is None:
            continue
        kind, value = hit
        if kind == "anchor" and j < n and keys[j] in ("de", "d'", "du", "of"):
            return None  # "à la veille d'une manifestation", "on the eve of": relative to a named event, no date
        if kind == "period":
            marker, unit = value  # type: ignore[misc]
            return _make(toks, i, j, "period", marker=marker, unit=unit)
        return _make(toks, i, j, kind, offset=int(value))  # type: ignore[arg-type]
    # "il y a deux jours" / "two days ago" / "dans trois jours" / "in three days"
    for ago in words.ago:
        parts = ago.split()
        k = i + len(parts)
        if keys[i:k] == parts and k + 1 < n and keys[k + 1] in words.units and (num := _number(keys[k], words)) is not None:
            return _make(toks, i, k + 2, "ago", offset=-num, unit=words.units[keys[k + 1]])
    if i + 2 < n and keys[i + 1] in words.units and keys[i + 2] in words.ago and (num := _number(keys[i], words)) is not None:
        return _make(toks, i, i + 3, "ago", offset=-num, unit=words.units[keys[i + 1]])
    # "two days after police shot…", "a week after the junta expelled…": an anchor, counted from the
    # day of the clause this one hangs on (only days and weeks: "two years after" is no day)
    if i + 2 < n and keys[i + 1] in words.units and (keys[i + 2] in words.after or keys[i + 2] in words.before) and words.units[keys[i + 1]] in ("day", "week"):
        num = _number(keys[i], words)
        if num is not None and num < 100:
            days = num * (7 if words.units[keys[i + 1]] == "week" else 1)
            return _make(toks, i, i + 3, "anchor", offset=-days if keys[i + 2] in words.after else days, marker="sequence")
    if keys[i] in words.in_future and i + 2 < n and keys[i + 2] in words.units:
        num = _number(keys[i + 1], words)
        if num is not None and num < 100:
            return _make(toks, i, i + 3, "ahead", offset=num, unit=words.units[keys[i + 2]])
    # Weekdays with optional markers: "mardi dernier", "last Tuesday", "on Monday", "lundi prochain".
    if keys[i] in words.weekdays:
        wd = words.weekdays[keys[i]]
        j = i + 1
        marker = None
        if j < n and keys[j] in words.past_markers:
            marker, j = "past", j + 1
        elif j < n and keys[j] in words.future_markers:
            marker, j = "future", j + 1
        # "dans la nuit de mardi à mercredi": the night ends on the second day
        if i >= 2 and keys[i - 1] in ("de", "du") and keys[i - 2] == "nuit" and j + 1 < n and keys[j] in ("a", "au") and keys[j + 1] in words.weekdays:
            return _make(toks, i, j + 2, "weekday", weekday=words.weekdays[keys[j + 1]], marker=marker)
        # "jeudi 6 mars": the explicit date wins
        if j < n and keys[j].isdigit() and j + 1 < n and _month(keys[j + 1], words):
            return _explicit(toks, keys, i, j, words)
        return _make(toks, i, j, "weekday", weekday=wd, marker=marker)
    if keys[i] in words.past_markers | words.future_markers and i + 1 < n and keys[i + 1] in words.weekdays:
        marker = "past" if keys[i] in words.past_markers else "future"
        return _make(toks, i, i + 2, "weekday", weekday=words.weekdays[keys[i + 1]], marker=marker)
    # Explicit dates: "6 janvier 2026", "le 1er mars", "Jan. 6", "March 3, 2026", "du 3 au 5 mars".
    if re.fullmatch(r"\d{1,2}(?:er|st|nd|rd|th)?", keys[i]) or (_month(keys[i], words) and not _verb_month(toks[i])):
        return _explicit(toks, keys, i, i, words)
    return None


def _verb_month(tok: Token) -> bool:
    """English "march" and "may" in lower case are a verb, not a month."""
    return tok.text in ("march", "may")


def _explicit(toks: list[Token], keys: list[str], first: int, i: int, words: DateWords) -> DateMention | None:
    n = len(toks)
    day = month = year = None
    j = i
    m = re.fullmatch(r"(\d{1,2})(?:er|st|nd|rd|th)?", keys[j])
    if m:
        day = int(m[1])
        j += 1
        # a range "3 au 5 mars" / "3-5 March": keep the first day, take the month after the range
        if j + 1 < n and keys[j] in ("au", "-", "to", "–") and re.fullmatch(r"\d{1,2}", keys[j + 1]):
            j += 2
        if j < n and (mo := _month(keys[j], words)) and not _verb_month(toks[j]):
            month = mo
            j += 1
        else:
            return None
    else:
        month = _month(keys[j], words)
        j += 1
        if month is None:
            return None
        if j < n and (m2 := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", keys[j])):
            day = int(m2[1])
            j += 1
        elif j < n and re.fullmatch(r"\d{4}", keys[j]) and (first == 0 or keys[first - 1] in ("en", "in", "de", "of", "since", "depuis")):
            return _make(toks, first, j + 1, "month", month=month, year=int(keys[j]))
        elif first > 0 and keys[first - 1] in ("en", "in", "de", "debut", "fin", "mi", "early", "late", "mid"):
            return _make(toks, first, j, "month", month=month)
        else:
            return None  # "May" alone is too often a verb or a name
    if j < n and keys[j] == ",":
        if j + 1 < n and re.fullmatch(r"\d{4}", keys[j + 1]):
            j += 1
    if j < n and re.fullmatch(r"\d{4}", keys[j]):
        year = int(keys[j])
        j += 1
    return _make(toks, first, j, "explicit", day=day, month=month, year=year)


def _shift_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def resolve(m: DateMention, anchor: date | None, *, tense: Tense, rule: str) -> DateRef:
    """The calendar day a mention names, counted from ``anchor`` (publication or statement day)."""
    if anchor is None and not (m.kind == "explicit" and m.year is not None):
        return DateRef(None, m.text, "none", m.char_start, m.char_end, rule, warning=f"{m.text!r}: no anchor date to resolve it against")
    try:
        if m.kind == "explicit":
            assert m.month is not None and m.day is not None
            if m.year is not None:
                return DateRef(date(m.year, m.month, m.day), m.text, "day", m.char_start, m.char_end, rule)
            assert anchor is not None
            # No year: the anchor's year, or the one before (past) or after (future) when the day would
            # otherwise fall on the wrong side of the anchor. The side is decided on a day that exists in
            # the anchor's year, so "29 février" written in January 2025 is found in 2024, while in
            # March 2025 it is an impossible date.
            proxy = date(anchor.year, m.month, min(m.day, calendar.monthrange(anchor.year, m.month)[1]))
            year = anchor.year
            if tense != "future" and proxy > anchor + timedelta(days=31):
                year -= 1
            elif tense == "future" and proxy < anchor - timedelta(days=31):
                year += 1
            return DateRef(date(year, m.month, m.day), m.text, "day", m.char_start, m.char_end, rule)

        assert anchor is not None
        if m.kind == "month":
            assert m.month is not None
            year = m.year or anchor.year
            if m.year is None and tense != "future" and m.month > anchor.month:
                year -= 1
            return DateRef(date(year, m.month, 1), m.text, "month", m.char_start, m.char_end, rule)
        if m.kind in ("relative", "anchor"):
            return DateRef(anchor + timedelta(days=m.offset), m.text, "day", m.char_start, m.char_end, rule)
        if m.kind == "weekday":
            assert m.weekday is not None
            delta = (anchor.weekday() - m.weekday) % 7
            if m.marker == "future" or (m.marker is None and tense == "future"):
                ahead = (m.weekday - anchor.weekday()) % 7 or 7
                return DateRef(anchor + timedelta(days=ahead), m.text, "day", m.char_start, m.char_end, rule)
            if m.marker == "past" and delta == 0:
                delta = 7
            return DateRef(anchor - timedelta(days=delta), m.text, "day", m.char_start, m.char_end, rule)
        if m.kind == "ahead" and tense != "future":
            # "the third such attack in a week": told in the past, "in a week" is a span of time, not a day ahead
            return DateRef(None, m.text, "none", m.char_start, m.char_end, rule, warning=f"{m.text!r}: a duration in past narration, not a date")
        if m.kind in ("ago", "ahead"):
            if m.unit == "day":
                value = anchor + timedelta(days=m.offset)
            elif m.unit == "week":
                value = anchor + timedelta(weeks=m.offset)
            elif m.unit == "month":
                value = _shift_months(anchor, m.offset)
            else:
                value = _shift_months(anchor, 12 * m.offset)
            return DateRef(value, m.text, m.unit, m.char_start, m.char_end, rule)
        if m.kind == "period":
            step = {"this": 0, "past": -1, "future": 1}[m.marker or "this"]
            if m.unit == "week":
                monday = anchor - timedelta(days=anchor.weekday())
                return DateRef(monday + timedelta(weeks=step), m.text, "week", m.char_start, m.char_end, rule)
            if m.unit == "month":
                return DateRef(_shift_months(anchor.replace(day=1), step), m.text, "month", m.char_start, m.char_end, rule)
            return DateRef(date(anchor.year + step, 1, 1), m.text, "year", m.char_start, m.char_end, rule)
    except ValueError as e:
        return DateRef(None, m.text, "none", m.char_start, m.char_end, rule, warning=f"{m.text!r}: impossible date ({e})")
    return DateRef(None, m.text, "none", m.char_start, m.char_end, rule, warning=f"{m.text!r}: not understood")

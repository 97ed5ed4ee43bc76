"""Datelines and update lines at the head of an article ("PARIS, 10 janvier (AFP) -",
"BEIJING, Jan. 10 (Xinhua) --", "Mis à jour le 03/02 à 14h05"): found, kept out of the sentences,
and used for the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sanderling.lexicon.load import available_languages, fold, load_date_words

_PLACE = r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,40}?(?:/[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\- ]{1,30})?)"
_AGENCY = r"\((?P<agency>[^()\n]{1,30})\)"
_WIRE = re.compile(
    r"^[ \t]*" + _PLACE + r"\s*(?:\((?P<agency0>[^()\n]{1,30})\))?\s*(?:,\s*(?P<date>[^()\n]{3,40}?))?\s*(?:" + _AGENCY + r")?\s*(?:-{1,2}|–|—|:)[ \t]+"
)
_UPDATE = re.compile(
    r"^[ \t]*(?P<label>mis à jour|mise à jour|publié|publiée|updated|published|posted|last updated)\s*:?\s*(?:le|on)?\s*(?P<date>[^\n]+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_TIME_TAIL = re.compile(r"\s+(?:à|at)\s+\d{1,2}\s*[h:]\s*\d{0,2}.*$|\s+\d{1,2}:\d{2}.*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    start: int
    end: int  # the body starts here
    place: str | None
    date_text: str | None


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A dateline date before its year and numeric order are settled."""

    day: int
    month: int
    year: int | None
    numeric: bool  # "03/02": day and month are in the language's numeric order

    def resolve(self, *, order: str, default_year: int | None) -> date | None:
        day, month = self.day, self.month
        if self.numeric and order == "mdy":
            day, month = month, day
        year = self.year if self.year is not None else default_year
        if year is None:
            return None
        try:
            return date(year, month, day)
        except ValueError:
            return None


def _month_table() -> dict[str, int]:
    months: dict[str, int] = {}
    for lang in available_languages():
        months.update(load_date_words(lang).months)
    return months


def _weekday_words() -> set[str]:
    words: set[str] = set()
    for lang in available_languages():
        words.update(load_date_words(lang).weekdays)
    return words


def parse_date_text(text: str) -> PartialDate | None:
    """Parse "10 janvier 2026", "Jan. 10", "March 3, 2026", "03/02", "2026-01-10"."""
    months = _month_table()
    cleaned = _TIME_TAIL.sub("", text.strip())
    tokens = [t for t in re.split(r"[\s,]+", fold(cleaned)) if t]
    weekdays = _weekday_words()
    tokens = [t for t in tokens if t.rstrip(".") not in weekdays and t not in ("le", "on", "the")]
    if not tokens:
        return None
    joined = " ".join(tokens)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", joined)
    if m:
        return PartialDate(int(m[3]), int(m[2]), int(m[1]), numeric=False)
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?", joined)
    if m:
        year = int(m[3]) if m[3] else None
        if year is not None and year < 100:
            year += 2000
        return PartialDate(int(m[1]), int(m[2]), year, numeric=True)

    def month_of(tok: str) -> int | None:
        return months.get(tok) or months.get(tok.rstrip(".")) or months.get(tok.rstrip(".") + ".")

    day = month = year = None
    for tok in tokens:
        num = re.fullmatch(r"(\d{1,4})(?:er|st|nd|rd|th)?\.?", tok)
        if num:
            value = int(num[1])
            if value > 31:
                year = value
            elif day is None:
                day = value
            else:
                return None
        elif month_of(tok) is not None and month is None:
            month = month_of(tok)
        else:
            return None
    if day is None or month is None:
        return None
    return PartialDate(day, month, year, numeric=False)


def find_dateline(text: str) -> tuple[Dateline, PartialDate | None] | None:
    """The dateline or update line in the first lines of ``text``, with its date if it has one."""
    offset = 0
    for _ in range(3):  # a title line may come first
        while offset < len(text) and text[offset] == "\n":
            offset += 1
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end < 0 else line_end
        line = text[offset:line_end]
        m = _UPDATE.match(line)
        if m:
            partial = parse_date_text(m["date"])
            if partial is not None:
                return Dateline(line, offset, line_end, None, m["date"].strip()), partial
        m = _WIRE.match(line)
        if m and (m["date"] or m["agency"] or m["agency0"]):
            place = m["place"].strip(" .-")
            if m["agency0"] and m["agency"]:
                # "UJUNG PANDANG (Indonésie), 24 avr (AFP) -": the first brackets name the place's country
                place = line[m.start("place") : m.end("agency0") + 1].strip(" .-")
            partial = parse_date_text(m["date"]) if m["date"] else None
            if m["date"] and partial is None and not (m["agency"] or m["agency0"]):
                pass  # "WORD, something -" that is no dateline
            elif sum(1 for c in place if c.isupper()) >= 2:
                return Dateline(line[: m.end()].rstrip(), offset, offset + m.end(), place, m["date"]), partial
        offset = line_end + 1
        if offset >= len(text):
            break
    return None

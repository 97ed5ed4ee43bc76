"""Gold records in the PLOVER gold-standard JSON format (a JSON array of records; our own sets add
`eventDate`, `negated` and use the current type names)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sanderling.errors import InputError, MalformedInputError

# PLOVER draft 0.5b1 names used by the 2016 gold standard → the current 16 types (+ the mode implied).
# DISAPPROVE implies no mode: it covered both of today's ACCUSE modes, "disapprove" (condemn) and
# "allege" (accuse, sue, indict).
OLD_TYPES = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", None), "FIGHT": ("ASSAULT", None), "INVESTIGATE": ("ACCUSE", "investigate")}
# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "GER": "DEU", "SUD": "SDN", "PAL": "PSE", "BOS": "BIH", "SER": "SRB"}


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    lang: str
    text: str
    date: date | None
    type: str
    mode: str | None
    actor: tuple[GoldActor, ...]
    recipient: tuple[GoldActor, ...]
    event_date: date | None
    negated: bool
    location: str | None
    translation_of: str | None = None  # the id of the record this one translates (parallel sets)

    @property
    def half(self) -> str:
        """A stable split of every gold set in two: "A" to develop rules on, "B" held apart. The split
        is by text: the events of one text ("…-0107-a", "…-0107-b") and its translation share a half."""
        from sanderling.records import stable_id

        text_id = re.sub(r"-[a-z]$", "", self.translation_of or self.id)
        return "A" if int(stable_id(text_id)[-1], 16) % 2 == 0 else "B"


def _actors(value: object) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for a in value:
        if isinstance(a, dict):
            code = a.get("code") or None
            code = CAMEO_TO_ISO.get(code, code) if code else None
            out.append(GoldActor(str(a.get("actorText") or ""), code, a.get("sector") or None))
    return tuple(out)


def _day(value: object) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def read_gold(path: str | Path) -> list[GoldRecord]:
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(str(p), f"cannot read: {e.strerror or e}") from e
    except json.JSONDecodeError as e:
        raise MalformedInputError(str(p), f"malformed JSON: {e.msg}", line=e.lineno) from e
    if not isinstance(raw, list):
        raise MalformedInputError(str(p), "a gold file is a JSON array of records")
    records = []
    for i, r in enumerate(raw):
        if not isinstance(r, dict) or r.get("event") in (None, "DOCUMENT"):
            continue
        if not isinstance(r.get("text"), str):
            raise MalformedInputError(str(p), f"record {i} ({r.get('id')}) has no text")
        type_, implied = OLD_TYPES.get(r["event"], (r["event"], None))
        mode = r.get("mode") or implied
        loc = r.get("eventLoc")
        records.append(
            GoldRecord(
                id=str(r.get("id") or i),
                lang=str(r.get("language") or "en"),
                text=r["text"],
                date=_day(r.get("date")),
                type=type_,
                mode=mode or None,
                actor=_actors(r.get("source")),
                recipient=_actors(r.get("target")),
                event_date=_day(r.get("eventDate")),
                negated=bool(r.get("negated", False)),
                location=loc.get("name") if isinstance(loc, dict) else None,
                translation_of=r.get("translationOf") or None,
            )
        )
    return records

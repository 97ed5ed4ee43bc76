"""Frozen records passed between stages, each carrying its parent's id.

Article → Sentence → (ActorRef, DateRef, PlaceRef) → Event. Records never change once built; a stage
that refines one returns a new record (``dataclasses.replace``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

__all__ = [
    "Article",
    "Sentence",
    "ActorRef",
    "DateRef",
    "PlaceRef",
    "Evidence",
    "Event",
    "Modality",
    "stable_id",
]

Modality = Literal["asserted", "intent", "future", "hypothetical", "historical"]


def stable_id(*parts: object, length: int = 16) -> str:
    """A deterministic id from parts: the same input gives the same id in any process."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: the full decoded text, and where its body starts (after any dateline)."""

    id: str
    text: str
    origin: str  # file path (and line for JSONL), or "<stdin>"/"<api>"
    lang: str | None = None
    date: date | None = None  # publication date
    date_source: str = "none"  # caller | input | dateline | dateline+file-year | text | none
    body_start: int = 0
    dateline: str | None = None
    dateline_place: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    file_date: date | None = None  # the file's modification day: a yearless dateline's last resort
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """One member of an actor or recipient list."""

    text: str
    start: int | None
    end: int | None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    source: str | None = None  # which table and entry resolved it

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "role": self.role,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActorRef:
        return cls(
            text=d["text"],
            start=d.get("start"),
            end=d.get("end"),
            country=d.get("country"),
            sector=d.get("sector"),
            name=d.get("name"),
            role=d.get("role"),
            source=d.get("source"),
        )


@dataclass(frozen=True, slots=True)
class DateRef:
    value: date | None
    text: str | None
    precision: str  # day | week | month | year | publication | none
    start: int | None = None
    end: int | None = None
    rule: str | None = None
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceRef:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str  # city | admin1 | country | region
    geonames_id: int | None = None
    start: int | None = None
    end: int | None = None
    source: str | None = None
    admin1: str | None = None  # GeoNames first-level division code, where known

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "geonames_id": self.geonames_id,
            "admin1": self.admin1,
            "start": self.start,
            "end": self.end,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PlaceRef:
        return cls(
            text=d["text"],
            name=d["name"],
            country=d.get("country"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            precision=d.get("precision", "city"),
            geonames_id=d.get("geonames_id"),
            admin1=d.get("admin1"),
            start=d.get("start"),
            end=d.get("end"),
            source=d.get("source"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why the event exists: its sentence (with offsets into the article text), trigger and rule."""

    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(**{k: d[k] for k in ("sentence", "start", "end", "trigger", "trigger_start", "trigger_end", "rule")})


@dataclass(frozen=True, slots=True)
class Event:
    article_id: str
    event_id: str
    sentence_id: str
    lang: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    quad: str
    intensity: float
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    date: date | None
    date_text: str | None
    date_precision: str
    location: PlaceRef | None
    negated: bool
    modality: Modality
    evidence: Evidence
    confidence: float
    warnings: tuple[str, ...] = field(default=())
    publication_date: date | None = None
    publication_date_source: str = "none"  # caller | input | dateline | dateline+file-year | text | none

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "event_id": self.event_id,
            "sentence_id": self.sentence_id,
            "lang": self.lang,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "quad": self.quad,
            "intensity": self.intensity,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "warnings": list(self.warnings),
            "publication_date": self.publication_date.isoformat() if self.publication_date else None,
            "publication_date_source": self.publication_date_source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            article_id=d["article_id"],
            event_id=d["event_id"],
            sentence_id=d["sentence_id"],
            lang=d["lang"],
            type=d["type"],
            mode=d.get("mode"),
            contexts=tuple(d.get("contexts") or ()),
            quad=d["quad"],
            intensity=float(d["intensity"]),
            actor=tuple(ActorRef.from_dict(a) for a in d.get("actor") or ()),
            recipient=tuple(ActorRef.from_dict(a) for a in d.get("recipient") or ()),
            date=date.fromisoformat(d["date"]) if d.get("date") else None,
            date_text=d.get("date_text"),
            date_precision=d.get("date_precision", "none"),
            location=PlaceRef.from_dict(d["location"]) if d.get("location") else None,
            negated=bool(d["negated"]),
            modality=d["modality"],
            evidence=Evidence.from_dict(d["evidence"]),
            confidence=float(d["confidence"]),
            warnings=tuple(d.get("warnings") or ()),
            publication_date=date.fromisoformat(d["publication_date"]) if d.get("publication_date") else None,
            publication_date_source=d.get("publication_date_source", "none"),
        )

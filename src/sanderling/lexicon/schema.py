"""Typed, frozen views of the data files (built by :mod:`sanderling.lexicon.load`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    quad: str
    intensity: float
    requires_recipient: bool
    modes: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Ontology:
    version: str
    types: Mapping[str, TypeInfo]
    contexts: frozenset[str]
    sectors: frozenset[str]

    def intensity(self, type_: str, mode: str | None) -> float:
        info = self.types[type_]
        if mode is not None and mode in info.modes:
            return float(info.modes[mode])
        return info.intensity


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    id: str
    lemma: str
    pos: str
    type: str | None  # None: a suppressor
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    reflexive: bool = False
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    by: frozenset[str] = frozenset()  # the subject must be one of these ("des rebelles se sont rendus")
    recipient: tuple[str, ...] | None = None
    swap: bool = False
    rule: str = ""  # "fr/triggers.yaml#id"

    @property
    def specificity(self) -> int:
        return (2 if self.with_ or self.by else 0) + (1 if self.reflexive else 0) + (1 if self.without else 0)


@dataclass(frozen=True, slots=True)
class Term:
    """A multi-word surface form (lower-case tokens) mapped to what it means."""

    tokens: tuple[str, ...]
    kind: str  # role | country:<kind> | org
    code: str | None  # role id, ISO-3 or organisation code
    sector: str | None = None
    country: str | None = None
    role: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class ModeCue:
    id: str
    type: str
    mode: str
    cues: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class ContextCue:
    context: str
    cues: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Grammar:
    spacy_model: str
    negation: frozenset[str]
    speech_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    failure_verbs: frozenset[str]
    obligation: frozenset[str]
    conditions: frozenset[str]
    former_markers: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    hypothetical: frozenset[str]
    future_aux: frozenset[str]
    historical: tuple[str, ...]
    recipient_preps: tuple[str, ...]
    agent_preps: frozenset[str]
    locative_preps: frozenset[str]
    pronouns: frozenset[str]
    honorifics: frozenset[str]
    side_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    both_sides: tuple[str, ...]
    country_nouns: frozenset[str]
    support_verbs: frozenset[str]
    statement_participles: frozenset[str]
    etre_verbs: frozenset[str]
    relation_nouns: frozenset[str]
    captor_nouns: frozenset[str]
    ethnic_markers: frozenset[str]
    speech_nouns: frozenset[str]
    participation_verbs: frozenset[str]
    prospect_nouns: frozenset[str]
    hazard_nouns: frozenset[str]
    list_conjunctions: frozenset[str]
    target_phrases: tuple[str, ...]
    reciprocal_preps: tuple[str, ...]
    recurrence_markers: tuple[str, ...]
    dative_preps: frozenset[str]
    during_preps: frozenset[str]
    undergo_objects: frozenset[str]
    undergo_nouns: frozenset[str]
    undergo_verbs: frozenset[str]
    undergo_preps: frozenset[str]
    undergo_phrases: frozenset[str]
    undergo_infinitive_verbs: frozenset[str]
    pitting_verbs: frozenset[str]
    summon_verbs: frozenset[str]
    organisation_nouns: frozenset[str]
    impose_verbs: frozenset[str]
    source_preps: frozenset[str]
    currency_words: frozenset[str]
    ongoing_preps: frozenset[str]
    hesitation_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    command_verbs: frozenset[str]
    idiom_verbs: frozenset[str]
    consent_verbs: frozenset[str]
    protester_words: frozenset[str]
    issue_verbs: frozenset[str]
    attribution_words: frozenset[str]
    speaker_pronouns: frozenset[str]
    quoted_speaker_pronouns: frozenset[str]
    weapon_words: frozenset[str]
    copula_verbs: frozenset[str]
    opposition_preps: frozenset[str]
    partner_preps: frozenset[str]
    abroad_nouns: frozenset[str]
    ethnic_demonyms: frozenset[str]
    community_nouns: frozenset[str]
    departure_words: frozenset[str]
    garrison_demonyms: frozenset[str]
    exclusion_verbs: frozenset[str]
    author_verbs: frozenset[str]
    leader_verbs: frozenset[str]
    border_nouns: frozenset[str]
    carrier_nouns: frozenset[str]
    whole_words: frozenset[str]
    whole_names: frozenset[str]
    circumstance_marks: frozenset[str]
    time_cases: frozenset[str]
    circumstance_cases: frozenset[str]
    purpose_marks: frozenset[str]
    decision_verbs: frozenset[str]
    background_words: frozenset[str]
    relative_pronouns: frozenset[str]
    relative_openers: frozenset[str]
    compound_relatives: frozenset[str]
    if_words: frozenset[str]
    reflexive_pronouns: frozenset[str]
    object_clitics: frozenset[str]
    quote_marks: frozenset[str]
    auxiliary_forms: frozenset[str]


@dataclass(frozen=True, slots=True)
class DateWords:
    weekdays: Mapping[str, int]
    months: Mapping[str, int]
    relative_days: Mapping[str, int]
    anchor_days: Mapping[str, int]
    past_markers: frozenset[str]
    future_markers: frozenset[str]
    units: Mapping[str, str]
    numbers: Mapping[str, int]
    ago: tuple[str, ...]
    in_future: tuple[str, ...]
    this_period: Mapping[str, str]
    last_period: Mapping[str, str]
    next_period: Mapping[str, str]
    numeric_order: str
    # "two days after police shot…", "une semaine avant le scrutin": the event in that clause is so
    # many days before (after) the one the clause hangs on
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    version: str
    triggers: Mapping[tuple[str, str], tuple[TriggerEntry, ...]]  # (lemma, pos) -> entries, most specific first
    terms: Mapping[str, tuple[Term, ...]]  # first token -> terms starting with it, longest first
    modes: tuple[ModeCue, ...]
    contexts: tuple[ContextCue, ...]
    grammar: Grammar
    dates: DateWords
    role_ids: frozenset[str]
    # Folded token runs the pipeline joins into one token before tagging ("royaume", "-", "uni"):
    # whole_words and the hyphenated names of the tables listed in whole_names. Terms and cues are
    # stored joined the same way.
    joined: tuple[tuple[str, ...], ...] = ()

    def trigger_count(self) -> int:
        return sum(len(v) for v in self.triggers.values())


@dataclass(frozen=True, slots=True)
class Tenure:
    country: str
    sector: str
    role: str
    start: date | None
    end: date | None

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Tenure, ...]

    def tenure_on(self, day: date | None) -> Tenure | None:
        """The term valid on ``day``; without a date, the current one (else the latest)."""
        for t in self.terms:
            if t.covers(day):
                return t
        if day is None and self.terms:
            return max(self.terms, key=lambda t: t.start or date.min)
        return None


@dataclass(frozen=True, slots=True)
class CountryInfo:
    code: str
    cca2: str
    name_en: str
    name_fr: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Namesake:
    """A country name two states share: ``forms`` (folded) mean ``code`` unless the article uses the
    ``cues`` of ``other`` and none of ``code``'s (see tables/namesakes.tsv)."""

    forms: frozenset[str]
    code: str
    other: str
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    countries: Mapping[str, CountryInfo] = field(default_factory=lambda: MappingProxyType({}))
    people: tuple[Person, ...] = ()
    # folded name/alias (lower-case, no diacritics) -> people
    people_index: Mapping[str, tuple[Person, ...]] = field(default_factory=lambda: MappingProxyType({}))
    namesakes: tuple[Namesake, ...] = ()
    # folded city name → GeoNames id of the world city it names in English or French (tables/exonyms.tsv)
    exonyms: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

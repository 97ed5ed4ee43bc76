"""The coder: articles → events. Resources (lexicons, tables, spaCy pipelines, gazetteer) are
loaded once per process and per language, lazily; articles stream through ``nlp.pipe``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.tokens import Doc

from sanderling.actors.matcher import cued_states, find_terms, settle_namesakes
from sanderling.actors.resolve import ActorResolver, ArticleMemory
from sanderling.errors import ConfigurationError, InputError, PipelineError, SanderlingError
from sanderling.events.extract import EventExtractor
from sanderling.events.roles import known
from sanderling.ingest.readers import check_lang_option, prepare
from sanderling.lexicon.load import load_lexicon, load_ontology, load_tables
from sanderling.nlp.pipelines import get_pipeline, segments
from sanderling.places.gazetteer import Gazetteer
from sanderling.records import ActorRef, Article, Event, Sentence, stable_id

__all__ = ["Coder", "ArticleResult"]


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What coding one input gave: its events, or the error that stopped it."""

    article: Article | None
    events: tuple[Event, ...] = ()
    error: SanderlingError | None = None
    dropped_negated: int = 0
    dropped_actorless: int = 0


class _Language:
    """Everything needed to code one language, built once."""

    def __init__(self, lang: str) -> None:
        self.lexicon = load_lexicon(lang)
        tables = load_tables()
        self.namesakes = tables.namesakes
        self.resolver = ActorResolver(lexicon=self.lexicon, tables=tables)
        self.extractor = EventExtractor(lexicon=self.lexicon, ontology=load_ontology(), resolver=self.resolver, gazetteer=_gazetteer())
        self.nlp = get_pipeline(lang)


_GAZETTEER: Gazetteer | None = None


def _gazetteer() -> Gazetteer:
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = Gazetteer(tables=load_tables())
    return _GAZETTEER


class Coder:
    """Codes articles into PLOVER events.

    >>> coder = Coder(lang="fr")
    >>> events = coder.code("Le président malien a reçu jeudi son homologue sénégalais.", date="2026-01-10")
    """

    def __init__(self, *, lang: str = "auto", keep_negated: bool = False, keep_actorless: bool = False, batch_size: int = 32) -> None:
        self.lang = check_lang_option(lang)
        self.keep_negated = keep_negated
        self.keep_actorless = keep_actorless
        self.batch_size = batch_size
        self._languages: dict[str, _Language] = {}

    def _language(self, lang: str) -> _Language:
        if lang not in self._languages:
            self._languages[lang] = _Language(lang)
        return self._languages[lang]

    # -- public API ----------------------------------------------------------------------------
    def code(self, text: str, *, date: date | str | None = None, article_id: str | None = None) -> list[Event]:
        """Code one text; raises :class:`InputError` if it cannot be coded."""
        result = next(self.code_many([Article(id=article_id, text=text, origin="<api>") if article_id else text], date=date))
        if result.error is not None:
            raise result.error
        return list(result.events)

    def code_many(self, items: Iterable[str | Article | InputError], *, date: date | str | None = None) -> Iterator[ArticleResult]:
        """Stream results in input order; texts are parsed in batches with ``nlp.pipe``."""
        pub = _as_date(date)
        it = iter(items)
        while batch := list(islice(it, self.batch_size)):
            yield from self._code_batch(batch, pub)

    # -- internals -----------------------------------------------------------------------------
    def _code_batch(self, batch: list[str | Article | InputError], pub: date | None) -> Iterator[ArticleResult]:
        prepared: list[Article | SanderlingError] = []
        for item in batch:
            if isinstance(item, SanderlingError):
                prepared.append(item)
                continue
            try:
                article = item if isinstance(item, Article) else Article(id=stable_id(item), text=item, origin="<api>")
                if not article.text.strip():
                    raise InputError(article.origin, "empty: no text")
                prepared.append(prepare(article, lang=self.lang, pub_date=pub))
            except SanderlingError as e:
                prepared.append(e)
        docs = self._parse([p for p in prepared if isinstance(p, Article)])
        for p in prepared:
            if isinstance(p, SanderlingError):
                yield ArticleResult(None, error=p)
                continue
            try:
                events = self._extract(p, docs.get(p.id + "\x00" + p.origin, []))
            except SanderlingError as e:
                yield ArticleResult(p, error=e)
                continue
            except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
                # A bug in a stage on one article must not stop the others; say which and why.
                yield ArticleResult(p, error=PipelineError("extract", p.id, f"{type(e).__name__}: {e}"))
                continue
            asserted = tuple(e for e in events if self.keep_negated or not e.negated)
            # PLOVER codes no event without an actor ("4 people were killed in a suicide bombing"): a
            # trigger whose doer resolved to no entity is left out unless asked for
            kept = tuple(e for e in asserted if self.keep_actorless or known(e.actor))
            yield ArticleResult(p, kept, dropped_negated=len(events) - len(asserted), dropped_actorless=len(asserted) - len(kept))

    def _parse(self, articles: list[Article]) -> dict[str, list[tuple[int, Doc]]]:
        out: dict[str, list[tuple[int, Doc]]] = {}
        by_lang: dict[str, list[Article]] = {}
        for a in articles:
            assert a.lang is not None
            by_lang.setdefault(a.lang, []).append(a)
        for lang, group in by_lang.items():
            nlp = self._language(lang).nlp
            pieces = [(text, (a.id + "\x00" + a.origin, offset)) for a in group for offset, text in segments(a)]
            for doc, (key, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=64):
                out.setdefault(key, []).append((offset, doc))
        return out

    def _extract(self, article: Article, docs: list[tuple[int, Doc]]) -> list[Event]:
        assert article.lang is not None
        language = self._language(article.lang)
        memory = ArticleMemory(day=article.date)
        events: list[Event] = []
        cued = cued_states(article.text, language.namesakes)
        for offset, doc in docs:
            hits = settle_namesakes(find_terms(doc, language.lexicon), cued, language.namesakes)
            for sent in doc.sents:
                start = offset + sent.start_char
                end = offset + sent.end_char
                sentence = Sentence(stable_id(article.id, start), article.id, start, end, article.text[start:end])
                for event in language.extractor.extract(sent, sentence, article, hits, memory):
                    events.append(_shift(event, offset))
        return events


def _shift(event: Event, offset: int) -> Event:
    """Offsets from the parsed segment to the article text."""
    if offset == 0:
        return event
    ev = event.evidence
    evidence = dataclasses.replace(ev, trigger_start=ev.trigger_start + offset, trigger_end=ev.trigger_end + offset)
    actor = tuple(_shift_ref(a, offset) for a in event.actor)
    recipient = tuple(_shift_ref(a, offset) for a in event.recipient)
    location = event.location
    if location is not None and location.start is not None and not (location.source or "").startswith("dateline"):
        location = dataclasses.replace(location, start=location.start + offset, end=None if location.end is None else location.end + offset)
    return dataclasses.replace(event, evidence=evidence, actor=actor, recipient=recipient, location=location)


def _shift_ref(ref: ActorRef, offset: int) -> ActorRef:
    if ref.start is None:
        return ref
    return dataclasses.replace(ref, start=ref.start + offset, end=ref.end + offset if ref.end is not None else None)


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise ConfigurationError(f"date must be YYYY-MM-DD, not {value!r}") from e

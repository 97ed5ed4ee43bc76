"""Building and caching spaCy pipelines; splitting article bodies into segments to parse.

Where a language's grammar lists quotation marks, the tokenizer does not see those around a few words
right after an auxiliary ('a "fermement condamné"'): they become spaces, one character for one, so
that offsets and the evidence quoted from the article keep them."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator

from spacy.tokens import Doc

from sanderling.errors import ResourceError
from sanderling.lexicon.load import fold, load_lexicon
from sanderling.records import Article

MAX_SEGMENT_CHARS = 20_000  # spaCy's parser cost grows with segment length; long lines are cut at sentence ends
_lock = threading.Lock()


@functools.lru_cache(maxsize=4)
def _load(model: str, joined: tuple[tuple[str, ...], ...] = (), quote_marks: frozenset[str] = frozenset(), auxiliaries: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ResourceError(f"spaCy model {model!r} is not installed (pip install the sanderling package): {e}") from e
    if quote_marks:
        nlp.tokenizer = _Unquoting(nlp.tokenizer, quote_marks, auxiliaries)
    if joined:  # "week-end", "Royaume-Uni": split in three, they derail the parse
        from sanderling.nlp import whole  # noqa: F401  (registers the component)

        nlp.add_pipe("sanderling_whole_words", first=True, config={"runs": [list(r) for r in joined]})
    if "parser" in nlp.pipe_names:
        # Sentences end at sentence punctuation, not where the parser loses its way: the French model
        # cut 20 of 318 one-sentence gold texts in two ("ont de nouveau rejeté | vendredi un plan…"),
        # leaving events without their actor. The parser keeps boundaries that are already set.
        nlp.add_pipe("sentencizer", before="parser")
    if nlp.lang == "fr" and "parser" in nlp.pipe_names:
        from sanderling.nlp import repair  # noqa: F401  (registers the component)

        nlp.add_pipe("sanderling_fr_verb_repair", last=True)
    return nlp


def get_pipeline(lang: str):  # type: ignore[no-untyped-def]
    """The spaCy pipeline for ``lang`` (named in its grammar.yaml); loaded on first use, then shared."""
    lexicon = load_lexicon(lang)
    with _lock:
        return _load(lexicon.grammar.spacy_model, lexicon.joined, lexicon.grammar.quote_marks, lexicon.grammar.auxiliary_forms)


_SHORT_QUOTE_WORDS = 3  # "fermement condamné", « terroriste »: a few words quoted, no speech
_WORDS = re.compile(r"\s*[\w'’-]+(?:\s+[\w'’-]+)*\s*")
_LAST_WORD = re.compile(r"([\w'’-]+)\s*$")


def unquote_short(text: str, marks: frozenset[str], auxiliaries: frozenset[str]) -> str:
    """``text`` with the quotation marks around a few words (no punctuation) right after an auxiliary
    made spaces, one character for one so that offsets hold; the marks are paired in order (first
    with second, third with fourth…), so that the gap between two quotations is never taken for
    one. A quoted noun phrase ('des « mesures adéquates »') parses well and keeps its marks."""
    where = [i for i, c in enumerate(text) if c in marks]
    chars = list(text)
    for start, end in zip(where[0::2], where[1::2]):
        inner = text[start + 1 : end]
        before = _LAST_WORD.search(text, 0, start)
        if before is None or fold(before.group(1)) not in auxiliaries:
            continue
        if _WORDS.fullmatch(inner) and len(inner.split()) <= _SHORT_QUOTE_WORDS:
            chars[start] = chars[end] = " "
    return "".join(chars)


class _Unquoting:
    """The tokenizer, not seeing the quotation marks around a few words: the French model loses a verb
    group with quoted words in it ('a "fermement condamné" l'usage … et appelé': the participle
    becomes a modifier of its adverb, the clause has no subject and the conjunct verb no head)."""

    def __init__(self, tokenizer, marks: frozenset[str], auxiliaries: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
        self._tokenizer = tokenizer
        self._marks = marks
        self._auxiliaries = auxiliaries

    def __call__(self, text: str) -> Doc:
        return self._tokenizer(unquote_short(text, self._marks, self._auxiliaries))

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._tokenizer, name)


_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[A-ZÀ-Þ«\"])")


def segments(article: Article) -> Iterator[tuple[int, str]]:
    """(offset, text) pieces of the body: one per non-empty line, so that headers and datelines never
    merge into the next sentence; offsets index the article's full text."""
    text = article.text
    pos = article.body_start
    for line in text[article.body_start :].split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        yield from _cut(start + lead, stripped)


def _cut(offset: int, text: str) -> Iterator[tuple[int, str]]:
    while len(text) > MAX_SEGMENT_CHARS:
        cut = None
        for m in _SENTENCE_END.finditer(text, 0, MAX_SEGMENT_CHARS):
            cut = m
        end = cut.start() if cut else MAX_SEGMENT_CHARS
        rest = cut.end() if cut else MAX_SEGMENT_CHARS
        yield offset, text[:end]
        offset += rest
        text = text[rest:]
    if text:
        yield offset, text

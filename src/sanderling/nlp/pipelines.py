"""Building and caching spaCy pipelines; splitting article bodies into segments to parse."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator

from sanderling.errors import ResourceError
from sanderling.lexicon.load import load_lexicon
from sanderling.records import Article

MAX_SEGMENT_CHARS = 20_000  # spaCy's parser cost grows with segment length; long lines are cut at sentence ends
_lock = threading.Lock()


@functools.lru_cache(maxsize=4)
def _load(model: str, joined: tuple[tuple[str, ...], ...] = ()):  # type: ignore[no-untyped-def]
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ResourceError(f"spaCy model {model!r} is not installed (pip install the sanderling package): {e}") from e
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
        return _load(lexicon.grammar.spacy_model, lexicon.joined)


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

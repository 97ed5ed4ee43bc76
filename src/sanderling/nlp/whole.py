"""A spaCy component, first in the pipeline, that joins token runs into one token before tagging.

spaCy's French tokenizer splits "Royaume-Uni", "Pays-Bas" or "Al-Qaïda" in three, while the
treebank the model learnt from keeps such names whole; split, the parser makes each piece an object
of its own ("a accusé le Royaume-Uni": "Royaume", "-" and "Uni" all objects) and the "-" becomes an
actor. The runs come from the lexicon (``Lexicon.joined``): whole_words and the hyphenated names of
the tables in whole_names, matched on folded text and only where no space separates the pieces."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sanderling.lexicon.load import find_runs, fold


class WholeWords:
    def __init__(self, *, runs: list[list[str]]) -> None:
        self._runs = tuple(tuple(run) for run in runs)

    def __call__(self, doc: Doc) -> Doc:
        spans = find_runs([fold(t.text) for t in doc], self._runs, lambda start, end: not any(doc[j].whitespace_ for j in range(start, end - 1)))
        if spans:
            with doc.retokenize() as retokenizer:
                for start, end in spans:
                    retokenizer.merge(doc[start:end])
        return doc


@Language.factory("sanderling_whole_words", default_config={"runs": []})
def make_whole_words(nlp: Language, name: str, runs: list[list[str]]) -> WholeWords:
    return WholeWords(runs=runs)

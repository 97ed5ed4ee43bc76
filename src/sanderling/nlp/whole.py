"""A spaCy component, first in the pipeline, that joins token runs into one token before tagging.

spaCy's French tokenizer splits "Royaume-Uni", "Pays-Bas" or "Al-Qaïda" in three, while the
treebank the model learnt from keeps such names whole; split, the parser makes each piece an object
of its own ("a accusé le Royaume-Uni": "Royaume", "-" and "Uni" all objects) and the "-" becomes an
actor. The runs come from the lexicon (``Lexicon.joined``): whole_words and the hyphenated names of
the tables in whole_names, matched on folded text and only where no space separates the pieces."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sanderling.lexicon.load import fold


class WholeWords:
    def __init__(self, *, runs: list[list[str]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for run in sorted(runs, key=len, reverse=True):  # longest first
            self._by_first.setdefault(run[0], []).append(tuple(run))

    def __call__(self, doc: Doc) -> Doc:
        keys = [fold(t.text) for t in doc]
        spans = []
        i = 0
        while i < len(doc):
            for run in self._by_first.get(keys[i], ()):
                n = len(run)
                if tuple(keys[i : i + n]) == run and not any(doc[j].whitespace_ for j in range(i, i + n - 1)):
                    spans.append(doc[i : i + n])
                    i += n
                    break
            else:
                i += 1
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc


@Language.factory("sanderling_whole_words", default_config={"runs": []})
def make_whole_words(nlp: Language, name: str, runs: list[list[str]]) -> WholeWords:
    return WholeWords(runs=runs)

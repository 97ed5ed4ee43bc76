"""A spaCy component that mends one French tagging error the rules cannot work around.

The French model leaves rare future and conditional forms unlemmatised and tags them as nouns
("ils boycotteraient tout contact": NOUN, lemma "boycotteraient"). With a subject pronoun of its own
the word is a verb: we give it its part of speech, infinitive and mood back, so that the event, its
subject and its modality are read as for any other verb."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sanderling.lexicon.load import fold

_ENDINGS = (
    ("eraient", "er", "Cnd"), ("erait", "er", "Cnd"), ("erais", "er", "Cnd"), ("erions", "er", "Cnd"), ("eriez", "er", "Cnd"),
    ("eront", "er", "Fut"), ("erons", "er", "Fut"), ("erez", "er", "Fut"), ("era", "er", "Fut"),
    ("iraient", "ir", "Cnd"), ("irait", "ir", "Cnd"), ("iront", "ir", "Fut"), ("ira", "ir", "Fut"),
)  # fmt: skip


def infinitive(form: str) -> tuple[str, str] | None:
    """(infinitive, "Cnd" | "Fut") of a French future or conditional form, by its ending."""
    for ending, inf, mood in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 3:
            return form[: -len(ending)] + inf, mood
    return None


@Language.component("sanderling_fr_verb_repair")
def repair_french_verbs(doc: Doc) -> Doc:
    for tok in doc:
        if tok.pos_ != "NOUN" or fold(tok.lemma_) != fold(tok.text):
            continue
        if not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.i < tok.i for c in tok.children):
            continue
        guess = infinitive(fold(tok.text))
        if guess is None:
            continue
        lemma, mood = guess
        tok.pos_ = "VERB"
        tok.lemma_ = lemma
        tok.set_morph("Mood=Cnd|VerbForm=Fin" if mood == "Cnd" else "Tense=Fut|VerbForm=Fin")
    return doc

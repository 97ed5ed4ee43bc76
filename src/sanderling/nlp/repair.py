"""A spaCy component that mends French parsing errors the rules cannot work around.

The French model leaves rare future and conditional forms unlemmatised and tags them as nouns
("ils boycotteraient tout contact": NOUN, lemma "boycotteraient"). With a subject pronoun of its own
the word is a verb: we give it its part of speech, infinitive and mood back, so that the event, its
subject and its modality are read as for any other verb.

The same forms, when tagged as verbs, are often hung on their own object as a modifier ("qu'ils
boycotteraient tout contact": the verb is an ``nmod`` of "contact", which heads the clause). The verb
then heads the clause again and the noun becomes its object.

When adverbs stand between the auxiliary and the participle ("a une nouvelle fois rejeté"), the
model may make the auxiliary the root and the participle its conjunct: the participle heads again.

A past participle after its auxiliary is sometimes tagged as a noun too ("a téléphoné mardi":
NOUN, lemma "téléphoné"); right after the auxiliary and with no article of its own, a form in -é is
the participle of an -er verb. A present-tense form heading its clause with a subject just before it
and no article ("La Croatie enquête sur…") is the verb as well. A lower-case hyphenated word right
after a noun ("le gouvernement sri-lankais", tagged as punctuation) is an adjective of that noun.

A participle with an object, coordinated to a bare participle that describes the object of a verb
with "avoir" ("a dispersé les manifestants rassemblés … et interpellé une trentaine de personnes"),
is that verb's second conjunct.

An apposition after a name may be made the root, the verb after it an aside with no subject
("Moscou, alliée traditionnelle de Belgrade, a exhorté…"): the name is the verb's subject again.

A French relative clause opens with a relative word; a finite verb hung on the noun before it as
one, with none ("Les Émirats arabes unis ont extradé…": "unis" read as the verb's subject), is the
noun's own verb: the noun is its subject again.

The repairs of attachment (phrases hung on the wrong word) are in nlp/reattach.py; the component
runs both kinds in one order (``_FIXES``), each reading what the earlier ones mended."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from sanderling.lexicon.load import fold
from sanderling.nlp.reattach import (
    against_phrase_hung_on_the_agent,
    agent_hung_on_a_participle_s_phrase,
    agent_hung_on_a_place,
    agent_objects_to_nouns,
    apposition_hung_on_its_comma,
    apposition_read_as_conjunct,
    bare_comme_phrase,
    capitalised_names_mistagged,
    completive_taken_for_a_relative,
    counted_object_read_as_adjunct,
    first_name_read_as_infinitive,
    if_clause_hung_on_a_noun,
    inverted_subject_of_a_relative,
    le_long_de_read_as_an_object,
    name_after_et_joins_a_name,
    name_conjunct_of_a_verb,
    name_read_as_determiner,
    object_hung_on_a_date,
    object_hung_on_a_to_phrase,
    object_made_subject_of_attribution,
    object_with_a_preposition,
    of_phrase_hung_on_a_date,
    of_phrase_hung_on_a_place,
    par_phrase_of_an_active_verb,
    participle_agrees_with_a_noun_above,
    participle_hung_on_its_clitic,
    phrase_with_its_own_preposition,
    second_demonym_read_as_subject,
    second_side_hung_on_the_first,
    strays_before_attributions,
    subject_hung_on_an_adverb,
    subject_of_an_if_clause_taken_for_an_object,
    time_phrase_past_a_participle,
    to_phrase_hung_on_the_agent,
    weekday_taken_for_object,
)

_ENDINGS = (
    ("eraient", "er", "Cnd"), ("erait", "er", "Cnd"), ("erais", "er", "Cnd"), ("erions", "er", "Cnd"), ("eriez", "er", "Cnd"),
    ("eront", "er", "Fut"), ("erons", "er", "Fut"), ("erez", "er", "Fut"), ("era", "er", "Fut"),
    ("iraient", "ir", "Cnd"), ("irait", "ir", "Cnd"), ("iront", "ir", "Fut"), ("ira", "ir", "Fut"),
)  # fmt: skip


def infinitives(form: str) -> tuple[list[str], str] | None:
    """Candidate infinitives (most likely first) and "Cnd" | "Fut" of a French future or conditional
    form, by its ending: "appelleraient" → appeler, "envoieraient" → envoyer, "détruiraient" →
    détruire or détruir(e), "finiraient" → finir."""
    for ending, inf, mood in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 3:
            stem = form[: -len(ending)]
            if inf == "ir":
                return [stem + "ir", stem + "ire"], mood
            if stem[-2:] in ("ll", "tt") and stem[-3:-2] == "e":
                stem = stem[:-1]  # "appell-", "jett-" → appeler, jeter
            elif stem.endswith(("oi", "ui")):
                stem = stem[:-1] + "y"  # "envoi-", "essui-" → envoyer, essuyer
            return [stem + "er"], mood
    return None


@Language.component("sanderling_fr_verb_repair")
def repair_french_verbs(doc: Doc) -> Doc:
    for fix in _FIXES:
        fix(doc)
    return doc

def _futures_tagged_as_nouns(doc: Doc) -> None:
    for tok in doc:
        if tok.pos_ != "NOUN" or fold(tok.lemma_) != fold(tok.text):
            continue
        if not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.i < tok.i for c in tok.children):
            continue
        guess = infinitives(tok.text.lower())
        if guess is None:
            continue
        lemmas, mood = guess
        tok.pos_ = "VERB"
        tok.lemma_ = lemmas[0]
        tok.set_morph("Mood=Cnd|VerbForm=Fin" if mood == "Cnd" else "Tense=Fut|VerbForm=Fin")


def _participles_after_auxiliary(doc: Doc) -> None:
    for tok in doc:
        if tok.pos_ not in ("NOUN", "ADJ", "ADV") or any(c.dep_ in ("det", "cop") for c in tok.children):
            continue  # "a été l'invité du président": a noun after the copula, not a participle
        # "L'UE a gelé les avoirs", "ont violé au moins 60 femmes": tagged ADJ or ADV, but only a participle
        # follows "avoir" ("est gelé" may be an adjective)
        auxiliaries = ("aux:tense",) if tok.pos_ != "NOUN" else ("aux:tense", "aux", "aux:pass")
        aux = [c for c in tok.children if c.dep_ in auxiliaries and c.lemma_ in (("avoir",) if tok.pos_ != "NOUN" else ("avoir", "être")) and c.i < tok.i]
        if not aux or any(t.pos_ not in ("ADV", "AUX") for t in doc[max(a.i for a in aux) + 1 : tok.i]):
            continue  # the auxiliary stands just before it, or only adverbs come between
        _to_er_participle(tok)


def _verbs_hung_on_their_object(doc: Doc) -> None:
    for tok in doc:
        noun = tok.head
        if tok.pos_ != "VERB" or tok.dep_ not in ("nmod", "amod", "acl") or noun.pos_ != "NOUN" or noun.i != tok.i + 1 + sum(1 for t in doc[tok.i + 1 : noun.i] if t.pos_ == "DET"):
            continue
        if not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.i < tok.i for c in tok.children):
            continue
        moved = [c for c in noun.children if c.i < tok.i and c.dep_ in ("mark", "aux", "aux:tense", "advmod", "cc")]
        tok.head, tok.dep_ = (tok if noun.head.i == noun.i else noun.head), noun.dep_
        noun.head, noun.dep_ = tok, "obj"
        for c in moved:
            c.head = tok


def _present_verbs_tagged_as_nouns(doc: Doc) -> None:
    for tok in doc:
        # "La Croatie enquête sur des crimes": a present-tense -er verb spelt like a noun, tagged NOUN but
        # heading its clause with a subject just before it and no article of its own, is the verb
        if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "ccomp") or not tok.text.islower() or any(c.dep_ in ("det", "cop", "case", "nmod:poss") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or any(t.pos_ not in ("ADV", "PRON", "PART") for t in doc[subj.right_edge.i + 1 : tok.i]):
            continue
        form = tok.text.lower()
        if not (form.endswith("e") and len(form) > 3):
            continue  # the third person of an -er verb ("enquête"); "soutient", "dément" are other verbs
        # "offre", "ouvre", "couvre", "souffre" are -ir verbs
        tok.lemma_ = form[:-1] + "ir" if form.endswith(("vre", "fre")) else form + "r"
        tok.pos_ = "VERB"
        tok.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")


def _hyphenated_adjective_mistagged(doc: Doc) -> None:
    for tok in doc:
        # "le gouvernement sri-lankais": a lower-case hyphenated word right after a noun is an adjective
        # of it (a nationality, "israélo-palestinien"), not punctuation or a name hung elsewhere
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if tok.pos_ not in ("PUNCT", "PROPN") or "-" not in tok.text.strip("-") or not tok.text.islower() or prev is None or prev.pos_ != "NOUN" or prev.whitespace_ == "":
            continue
        if not all(part.isalpha() for part in tok.text.split("-")):
            continue
        tok.pos_ = "ADJ"
        tok.head, tok.dep_ = prev, "amod"


def _first_name_made_root(doc: Doc) -> None:
    for tok in doc:
        # "Pékin et Islamabad ont signé…", "La Russie et l'Ukraine ont échangé…": the parser makes the first
        # name the root and the verb its conjunct, with the second name alone as its subject; both names
        # are the subject of the verb
        if tok.dep_ != "ROOT" or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        verb = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if verb is None:
            continue
        second = next((c for c in verb.children if c.dep_ == "nsubj" and tok.i < c.i < verb.i), None)
        if second is None or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : second.i]):
            continue
        cc = next((c for c in verb.children if c.dep_ == "cc" and tok.i < c.i < second.i), None)
        if cc is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        tok.head, tok.dep_ = verb, "nsubj"
        second.head, second.dep_ = tok, "conj"
        cc.head = second
        for c in [c for c in tok.children if c.i > verb.i]:
            c.head = verb  # what follows the verb is the verb's


def _subject_list_made_root(doc: Doc) -> None:
    for tok in doc:
        # "Niamey et Ouagadougou ont assuré le Mali de leur soutien": the parser may make the subject list
        # the root and the verb after it an aside with no subject; the list is the verb's subject
        if tok.dep_ != "ROOT" or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        verb = next((c for c in tok.children if c.dep_ in ("parataxis", "conj") and c.pos_ == "VERB" and c.i > tok.i), None)
        if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        own = {t.i for t in tok.subtree if t.i < verb.i and not any(a.i == verb.i for a in t.ancestors)}
        if any(t.i not in own and not (t.head.i == verb.i and t.dep_.startswith("aux")) for t in doc[tok.i : verb.i]):
            continue  # only the subject's words and the verb's auxiliaries stand between
        verb.head, verb.dep_ = verb, "ROOT"
        tok.head, tok.dep_ = verb, "nsubj"
        for c in [c for c in tok.children if c.i > verb.i]:
            c.head = verb


def _apposition_made_root(doc: Doc) -> None:
    for tok in doc:
        # "Moscou, alliée traditionnelle de Belgrade, a exhorté…": the parser may make the apposition the
        # root and the verb after it an aside with no subject; the name before the apposition's comma is
        # the verb's subject, and the apposition describes it
        if tok.dep_ != "ROOT" or tok.pos_ != "NOUN" or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        name = doc[tok.i - 2]
        verb = next((c for c in tok.children if c.dep_ in ("parataxis", "conj") and c.pos_ == "VERB" and c.i > tok.i), None)
        if name.pos_ != "PROPN" or verb is None or any(c.dep_.startswith("nsubj") or c.dep_ == "cc" for c in verb.children):
            continue
        if not any(c.dep_.startswith("aux") for c in verb.children) or doc[verb.left_edge.i].text != ",":
            continue  # a finite verb after the apposition's closing comma, nothing between
        verb.head, verb.dep_ = verb, "ROOT"
        for c in [c for c in tok.children if c.i < tok.i - 1 or c.i > verb.i]:
            c.head = verb  # the dateline before, what follows the verb after
        name.head, name.dep_ = verb, "nsubj"
        tok.head, tok.dep_ = name, "appos"


def _auxiliary_made_root(doc: Doc) -> None:
    for tok in doc:
        # "a une nouvelle fois catégoriquement rejeté": the parser makes the auxiliary the root and the
        # participle its conjunct; the participle heads the clause again, "a" is its auxiliary
        if tok.dep_ != "ROOT" or tok.pos_ != "VERB" or tok.lemma_ not in ("avoir", "être"):
            continue
        # (or its adverbial clause, with "une nouvelle fois" read as its subject: "L'Inde a une nouvelle
        # fois refusé toute médiation"; a subject between the auxiliary and the participle is none)
        part = next((c for c in tok.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and c.i > tok.i
                     and not any((g.dep_.startswith("nsubj") and not tok.i < g.i < c.i) or g.dep_.startswith("aux") or g.dep_ == "cc" for g in c.children)), None)
        if part is None or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : part.i]):
            continue
        if part.dep_ == "advcl" and not any(g.dep_.startswith("nsubj") for g in part.children):
            continue  # an adverbial participle with no stray subject is one ("a agi, pensant…")
        others = [c for c in tok.children if c.i != part.i]
        part.head, part.dep_ = part, "ROOT"
        tok.head, tok.dep_, tok.pos_ = part, "aux:tense", "AUX"
        for c in [*others, *(g for g in part.children if g.dep_.startswith("nsubj") and tok.i < g.i < part.i)]:
            c.head = part
            if c.dep_ in ("obj", "obl:arg", "nsubj") and tok.i < c.i < part.i:
                c.dep_ = "obl:mod"  # "une nouvelle fois": a time phrase, not what is rejected nor who rejects


def _second_participle_of_the_verb(doc: Doc) -> None:
    for tok in doc:
        # "a dispersé les manifestants rassemblés devant le Parlement et interpellé une trentaine de
        # personnes": a participle with an object of its own cannot share the subject of a bare
        # participle describing a noun; it is the finite verb's second conjunct (its "a" left out)
        head = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") or head.dep_ != "acl" or "Part" not in head.morph.get("VerbForm"):
            continue
        # the parser may hang the second participle's object on the first: an object after it is its own
        stray = [c for c in head.children if c.dep_ == "obj" and c.i > tok.i]
        if any(c.dep_.startswith(("aux", "nsubj")) for c in tok.children) or not (stray or any(c.dep_ == "obj" for c in tok.children)):
            continue
        if any(c.dep_ in ("aux", "aux:tense", "aux:pass") or (c.dep_ == "obj" and c.i < tok.i) for c in head.children):
            continue
        verb = head.head.head
        if head.head.dep_ != "obj" or verb.pos_ != "VERB" or not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children):
            continue
        tok.head = verb
        for c in stray:
            c.head = tok


def _finite_verbs_hung_on_their_subject(doc: Doc) -> None:
    for tok in doc:
        noun = tok.head
        # "signera": a future by its ending, whatever the tagger's morphology says
        finite = any(c.dep_ == "aux:tense" for c in tok.children) or "Fin" in tok.morph.get("VerbForm") or infinitives(tok.text.lower()) is not None
        if tok.dep_ not in ("acl:relcl", "acl") or tok.pos_ != "VERB" or noun.i > tok.i or not finite:
            continue
        if any("Rel" in t.morph.get("PronType") or fold(t.text) in _RELATIVE_WORDS for t in doc[noun.i + 1 : tok.i]):
            continue
        stray = [c for c in tok.children if c.dep_.startswith("nsubj") and noun.i < c.i < tok.i]
        # "La Malaisie signera…, a affirmé le Premier ministre": a finite verb right after its subject
        if not stray and not (tok.dep_ == "acl" and all(t.pos_ in ("ADJ", "DET", "ADV") for t in doc[noun.i + 1 : tok.i]) and {t.i for t in doc[noun.i + 1 : tok.i]} <= {d.i for d in noun.subtree}):
            continue
        between = doc[noun.i + 1 : stray[0].i] if stray else doc[noun.i + 1 : tok.i]
        # "L'Arabie saoudite, les Émirats arabes unis, Bahreïn et l'Égypte ont rompu": a list of subjects
        listed = any(t.text == "," for t in between) and all(t.text == "," or t.pos_ in ("DET", "ADJ") for t in between)
        if not listed and any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in between):
            continue  # only the words of the noun's own phrase ("arabes unis") stand between
        old = noun.head
        if noun.dep_ == "ROOT":
            tok.head, tok.dep_ = tok, "ROOT"
            for c in [c for c in noun.children if c.i > tok.i]:
                c.head = tok
        elif noun.dep_ == "nsubj" and old.i > tok.i:
            # "…, a annoncé le ministère": the verb the noun was hung on follows as an aside
            tok.head, tok.dep_ = (tok, "ROOT") if old.dep_ == "ROOT" else (old.head, old.dep_)
            old.head, old.dep_ = tok, "parataxis"
        else:
            continue
        for c in stray:
            c.head, c.dep_ = noun, ("conj" if listed else "amod")
        noun.head, noun.dep_ = tok, "nsubj"


def _elected_title(doc: Doc) -> None:
    for tok in doc:
        # "le président élu uruguayen": "élu" qualifies the title, and the demonym after it is the title's
        if fold(tok.text) not in ("elu", "elue", "elus", "elues") or tok.head.i != tok.i - 1 or tok.head.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "amod" and c.i == tok.i + 1 and c.pos_ == "ADJ" for c in tok.children):
            continue  # only with the adjective right after it ("le candidat élu dimanche" is left alone)
        tok.pos_, tok.dep_ = "ADJ", "amod"
        for c in [c for c in tok.children if c.dep_ == "amod" and c.i > tok.i]:
            c.head = tok.head


def _au_pouvoir(doc: Doc) -> None:
    for tok in doc:
        # "la junte au pouvoir à Bamako": after "au", "pouvoir" is the noun (power), never the infinitive
        if tok.pos_ == "VERB" and fold(tok.text) == "pouvoir" and tok.i > 0 and fold(doc[tok.i - 1].text) == "au" and doc[tok.i - 1].head.i == tok.i:
            tok.pos_, tok.dep_ = "NOUN", ("nmod" if tok.dep_ in ("acl", "advcl", "xcomp") else tok.dep_)
            tok.set_morph("Gender=Masc|Number=Sing")
            doc[tok.i - 1].dep_ = "case"


def _second_subject_is_the_object(doc: Doc) -> None:
    for tok in doc:
        # "Les rebelles ont laissé passer lundi un convoi", "ils libéreront ce week-end le Premier ministre":
        # with a subject before the verb, a second "subject" after it (no comma between: not an inverted
        # attribution) is the object the parser lost
        if tok.pos_ != "VERB" or any(c.dep_ == "obj" for c in tok.children):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or not subjects[0].i < tok.i < subjects[1].i or subjects[0].pos_ not in ("NOUN", "PROPN", "PRON") or subjects[1].pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.text == "," for t in doc[tok.i + 1 : subjects[1].i]):
            continue
        subjects[1].dep_ = "obj"


def _avoir_as_auxiliary_of_infinitive(doc: Doc) -> None:
    for tok in doc:
        # "a annoncé avoir gelé les avoirs": the parser made the infinitive "avoir" the verb and the
        # participle an adjective of the noun after it; the participle is the verb, "avoir" its auxiliary
        part = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lemma_ != "avoir" or "Inf" not in tok.morph.get("VerbForm") or part is None or part.dep_ != "amod" or part.head.i <= part.i:
            continue
        if part.pos_ not in ("ADJ", "VERB") or not _to_er_participle(part):
            continue
        noun = part.head
        part.head, part.dep_ = (part if tok.head.i == tok.i else tok.head), tok.dep_
        for c in [c for c in tok.children]:
            c.head = part
        tok.head, tok.dep_, tok.pos_ = part, "aux:tense", "AUX"
        if noun.head.i == tok.i or noun.head.i == part.i:
            noun.head, noun.dep_ = part, "obj"


def _finite_conjunct_joins_the_verb(doc: Doc) -> None:
    for tok in doc:
        # "ont pris d'assaut l'Assemblée et y ont mis le feu": a verb with its own "ont" after "et" is
        # the conjunct of the verb before, not of the noun that verb governs
        # (or a finite verb with none: "…pour sa participation à des atrocités, et démissionnera")
        noun = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
            continue
        finite = any(c.dep_ == "aux:tense" and c.i < tok.i for c in tok.children) or "Fin" in tok.morph.get("VerbForm") or infinitives(tok.text.lower()) is not None
        if not finite or not any(c.dep_ == "cc" for c in tok.children) or any(c.dep_.startswith("nsubj") for c in tok.children):
            continue
        verb = noun
        while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "amod")) and verb.head.i != verb.i:
            verb = verb.head  # past the participles that describe nouns ("présumée")
        if verb.pos_ == "VERB" and verb.i < noun.i:
            tok.head = verb


def _opening_participle_made_root(doc: Doc) -> None:
    for tok in doc:
        # "Confronté à une contestation dans tout le pays, le gouvernement est revenu sur la hausse": the
        # parser may make the opening participle the root and hang the main clause (its subject after the
        # comma) on a noun of the participle's phrase; the main clause's verb is the root
        if tok.dep_ != "ROOT" or tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") or tok.i != tok.sent.start:
            continue
        if any(c.dep_.startswith(("nsubj", "aux")) for c in tok.children):
            continue
        main = next((v for v in tok.subtree if v.pos_ == "VERB" and v.dep_ in ("acl:relcl", "acl") and v.head.i != tok.i), None)
        subj = next((c for c in main.children if c.dep_ == "nsubj" and c.i < main.i), None) if main is not None else None
        if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
            continue
        if any("Rel" in t.morph.get("PronType") for t in doc[tok.i : main.i]):
            continue  # a true relative clause
        main.head, main.dep_ = main, "ROOT"
        tok.head, tok.dep_ = main, "advcl"


def _to_er_participle(tok: Token) -> bool:
    """Make ``tok`` the past participle of an -er verb if it is spelt as one ("gelé", "gelés"), and
    say whether it was: only -er verbs, as "-i" may be "suivi" (suivre) as well as "saisi" (saisir)."""
    stem = tok.text.lower().rstrip("s").rstrip("e")
    if not (stem.endswith("é") and len(stem) > 3):
        return False
    tok.pos_, tok.lemma_ = "VERB", stem[:-1] + "er"
    tok.set_morph("Tense=Past|VerbForm=Part")
    return True


_RELATIVE_WORDS = frozenset(("qui", "que", "qu'", "dont", "ou", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "duquel"))


# In this order: later fixes read the attachments earlier ones mend.
_FIXES: tuple[Callable[[Doc], None], ...] = (
    _futures_tagged_as_nouns,
    _participles_after_auxiliary,
    _verbs_hung_on_their_object,
    _present_verbs_tagged_as_nouns,
    _hyphenated_adjective_mistagged,
    _first_name_made_root,
    _subject_list_made_root,
    _apposition_made_root,
    _auxiliary_made_root,
    _second_participle_of_the_verb,
    subject_hung_on_an_adverb,
    _finite_verbs_hung_on_their_subject,
    le_long_de_read_as_an_object,
    weekday_taken_for_object,
    object_hung_on_a_date,
    counted_object_read_as_adjunct,
    name_after_et_joins_a_name,
    object_made_subject_of_attribution,
    participle_hung_on_its_clitic,
    _elected_title,
    _au_pouvoir,
    _second_subject_is_the_object,
    _avoir_as_auxiliary_of_infinitive,
    _finite_conjunct_joins_the_verb,
    _opening_participle_made_root,
    capitalised_names_mistagged,
    name_read_as_determiner,
    if_clause_hung_on_a_noun,
    first_name_read_as_infinitive,
    phrase_with_its_own_preposition,
    bare_comme_phrase,
    object_hung_on_a_to_phrase,
    object_with_a_preposition,
    second_demonym_read_as_subject,
    par_phrase_of_an_active_verb,
    to_phrase_hung_on_the_agent,
    agent_hung_on_a_place,
    of_phrase_hung_on_a_place,
    agent_hung_on_a_participle_s_phrase,
    agent_objects_to_nouns,
    strays_before_attributions,
    name_conjunct_of_a_verb,
    apposition_hung_on_its_comma,
    apposition_read_as_conjunct,
    participle_agrees_with_a_noun_above,
    subject_of_an_if_clause_taken_for_an_object,
    second_side_hung_on_the_first,
    time_phrase_past_a_participle,
    inverted_subject_of_a_relative,
    completive_taken_for_a_relative,
    against_phrase_hung_on_the_agent,
    of_phrase_hung_on_a_date,
)

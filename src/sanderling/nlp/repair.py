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
and no article ("La Croatie enquête sur…") is the verb as well.

A participle with an object, coordinated to a bare participle that describes the object of a verb
with "avoir" ("a dispersé les manifestants rassemblés … et interpellé une trentaine de personnes"),
is that verb's second conjunct.

A French relative clause opens with a relative word; a finite verb hung on the noun before it as
one, with none ("Les Émirats arabes unis ont extradé…": "unis" read as the verb's subject), is the
noun's own verb: the noun is its subject again.

A noun phrase with an article but no preposition cannot modify the noun before it: after a date or a
place put first ("ont lancé samedi près de Ménaka leur premier exercice", "a rejeté jeudi un
appel") it is the object the verb lacks.

An event noun's object may be hung on its "par" agent ("la signature par le Kenya d'un traité"):
after a place name, or counted ("de quelque 3.000 détenus"), it is the noun's object again.

A bare weekday after the verb is when, not what ("a massé lundi des troupes"). A phrase before the
comma of an attribution set off after the clause ("…près de la frontière, a indiqué le ministère")
is the reported verb's, and an attribution's subject may be read as its object ("…, a annoncé
l'agence") when the reported verb's object was made its subject.

A name cannot be the conjunct of a verb: in "a accusé Washington et Londres d'orchestrer…" the
second name joins the first, the object just before "et"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from sanderling.lexicon.load import fold

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
    for tok in doc:
        # "a une nouvelle fois catégoriquement rejeté": the parser makes the auxiliary the root and the
        # participle its conjunct; the participle heads the clause again, "a" is its auxiliary
        if tok.dep_ != "ROOT" or tok.pos_ != "VERB" or tok.lemma_ not in ("avoir", "être"):
            continue
        part = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and c.i > tok.i
                     and not any(g.dep_.startswith(("aux", "nsubj")) or g.dep_ == "cc" for g in c.children)), None)
        if part is None or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : part.i]):
            continue
        others = [c for c in tok.children if c.i != part.i]
        part.head, part.dep_ = part, "ROOT"
        tok.head, tok.dep_, tok.pos_ = part, "aux:tense", "AUX"
        for c in others:
            c.head = part
            if c.dep_ in ("obj", "obl:arg") and c.i < part.i:
                c.dep_ = "obl:mod"  # "une nouvelle fois": a time phrase, not what is rejected
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
    for tok in doc:
        # "a massé lundi des troupes": a bare weekday after the verb is when, not what; the parser may
        # make it the object and hang the real one on it, or take the real one, with no preposition of
        # its own, for an oblique ("Le Pakistan a expulsé mardi plus de 3.000 Afghans")
        verb = tok.head
        if tok.dep_ == "obj" and fold(tok.lemma_) in _WEEKDAYS and verb.pos_ == "VERB" and verb.i < tok.i and not any(c.dep_ in ("det", "case") for c in tok.children):
            tok.dep_ = "obl:mod"
            real = next((c for c in verb.children if c.i > tok.i and c.dep_ in ("obl:arg", "obl:mod") and c.pos_ in ("NOUN", "PROPN")), None)
            if real is not None and real.left_edge.i == tok.right_edge.i + 1 and not any(g.dep_ == "case" for g in real.children):
                real.dep_ = "obj"
        # ("a exhorté mercredi Israël à libérer…", "a reçu mercredi Paul Kagame": or hang the name after it
        # on it, as if part of its own name)
        name = next((c for c in tok.children if c.i == tok.i + 1 and c.pos_ == "PROPN" and c.dep_ in ("flat:name", "appos", "nmod") and not any(g.dep_ == "case" for g in c.children)), None)
        if name is not None and tok.dep_ == "obl:mod" and fold(tok.lemma_) in _WEEKDAYS and verb.pos_ == "VERB" and verb.i < tok.i and not any(c.dep_ == "obj" for c in verb.children):
            name.head, name.dep_ = verb, "obj"
    for tok in doc:
        # "a relevé vendredi son niveau d'alerte": the parser may also make it the date's object
        dated_obj = tok.dep_ == "obj" and tok.head.pos_ == "NOUN" and fold(tok.head.lemma_) in _TIME_NOUNS
        if (tok.dep_ != "nmod" and not dated_obj) or tok.pos_ != "NOUN" or tok.head.i > tok.i:
            continue
        # "a mené cette semaine des exercices": after a time phrase, "des" is the article, not "de" + "les"
        partitive = tok.head.dep_ == "obl:mod" and fold(tok.head.lemma_) in _TIME_NOUNS and [fold(c.text) for c in tok.children if c.dep_ == "case"] == ["des"]
        # ("a annulé jeudi 300 millions d'euros": a number stands where the article would)
        if not partitive and (any(c.dep_ == "case" for c in tok.children) or not any(c.dep_ in ("det", "nummod") and c.i < tok.i for c in tok.children)):
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ not in ("conj", "appos"):
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i > tok.i or any(c.dep_ == "obj" for c in verb.children) or any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in doc[verb.i + 1 : tok.i]):
            continue
        tok.head, tok.dep_ = verb, "obj"
    for tok in doc:
        # "415 Palestiniens accusés de liens avec le Hamas et le Jihad islamique": a name after "et" joins
        # the name just before it, not a common noun further back the parser chose
        first = tok.head
        cc = next((c for c in tok.children if c.dep_ == "cc" and c.i < tok.i), None)
        if tok.dep_ != "conj" or tok.pos_ != "PROPN" or first.pos_ != "NOUN" or first.i > tok.i or cc is None or cc.i < 1:
            continue
        near = doc[cc.i - 1]
        while near.dep_ in ("amod", "flat:name", "flat") and near.head.i < near.i:
            near = near.head
        if near.pos_ == "PROPN" and near.i != first.i and first.i < near.i and any(a.i == first.i for a in near.ancestors):
            tok.head = near
    for tok in doc:
        # "L'Iran libérera une universitaire française, a déclaré mardi le porte-parole": the parser makes
        # the object the subject of the inverted attribution, which then has two; the one before the
        # comma is the object of the verb the attribution hangs on
        if tok.pos_ != "VERB" or tok.dep_ not in ("parataxis", "conj", "ccomp", "advcl") or tok.head.pos_ != "VERB" or tok.head.i > tok.i:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        # ("…, a annoncé l'agence": or, on a clause set off as an aside, its own subject read as its object)
        # (or a conjunct with no "et": "…la Croatie et la Bosnie, a annoncé le président George Bush")
        aside = tok.dep_ in ("parataxis", "ccomp") or (tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.children))
        after = [c for c in tok.children if (c.dep_ == "nsubj" or (c.dep_ == "obj" and aside)) and c.i > tok.i]
        before = [c for c in subjects if c.i < tok.i]
        verb = tok.head
        if len(before) != 1 or not after or before[0].pos_ not in ("NOUN", "PROPN") or before[0].i < verb.i or any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i != tok.i for c in verb.children):
            continue
        gap = doc[before[0].right_edge.i + 1 : tok.i]
        if not gap or gap[0].text != "," or any(t.pos_ not in ("PUNCT", "AUX", "ADV") for t in gap):
            continue
        before[0].head, before[0].dep_ = verb, "obj"
        after[0].dep_ = "nsubj"
    for tok in doc:
        # "le président élu uruguayen": "élu" qualifies the title, and the demonym after it is the title's
        if fold(tok.text) not in ("elu", "elue", "elus", "elues") or tok.head.i != tok.i - 1 or tok.head.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "amod" and c.i == tok.i + 1 and c.pos_ == "ADJ" for c in tok.children):
            continue  # only with the adjective right after it ("le candidat élu dimanche" is left alone)
        tok.pos_, tok.dep_ = "ADJ", "amod"
        for c in [c for c in tok.children if c.dep_ == "amod" and c.i > tok.i]:
            c.head = tok.head
    for tok in doc:
        # "la junte au pouvoir à Bamako": after "au", "pouvoir" is the noun (power), never the infinitive
        if tok.pos_ == "VERB" and fold(tok.text) == "pouvoir" and tok.i > 0 and fold(doc[tok.i - 1].text) == "au" and doc[tok.i - 1].head.i == tok.i:
            tok.pos_, tok.dep_ = "NOUN", ("nmod" if tok.dep_ in ("acl", "advcl", "xcomp") else tok.dep_)
            tok.set_morph("Gender=Masc|Number=Sing")
            doc[tok.i - 1].dep_ = "case"
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
    for tok in doc:
        # "Le chancelier Kohl a appelé…": a capitalised word inside the sentence, right after a title noun,
        # is a name, whatever the tagger made of it (an adverb here); it is in apposition to the title
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or tok.i == tok.sent.start or tok.pos_ not in ("ADV", "ADJ", "VERB") or not tok.text[:1].isupper() or not tok.text[1:].islower():
            continue
        if prev.pos_ == "NOUN" and prev.text.islower() and tok.head.i != prev.i and prev.dep_ in ("nsubj", "obj", "nsubj:pass", "obl:agent", "nmod", "obl:arg"):
            tok.pos_, tok.lemma_, tok.head, tok.dep_ = "PROPN", tok.text, prev, "appos"
        # ("Bagdad a accusé lundi Ankara de violer…": after the verb, the name is the object it lacks)
        elif tok.dep_ in ("advmod", "amod") and tok.head.pos_ == "VERB" and tok.head.i < tok.i and not any(c.dep_ == "obj" for c in tok.head.children):
            tok.pos_, tok.lemma_, tok.dep_ = "PROPN", tok.text, "obj"
        else:
            continue
        for c in tok.children:
            if c.pos_ == "PROPN" and c.i == tok.i + 1:
                c.dep_ = "flat:name"  # "le Premier ministre Mahendra Chaudhry": the rest of the name
    for tok in doc:
        # "a reconnu la Slovénie, la Croatie et la Bosnie en tant qu'Etats indépendants": a phrase with a
        # preposition of its own is no conjunct of an object or subject that has none; it is the verb's
        # (but "des sanctions à l'Iran, à la Syrie et à la Russie": it joins the phrase before with the
        # same preposition)
        first = tok.head
        case = [fold(c.text) for c in tok.children if c.dep_ == "case"]
        if tok.dep_ != "conj" or not case or any(c.dep_ == "case" for c in first.children):
            continue
        same = [t for t in first.subtree if t.i < tok.i and t.pos_ in ("NOUN", "PROPN") and [fold(c.text) for c in t.children if c.dep_ == "case"] == case]
        if same:
            tok.head = same[-1]
        elif first.dep_ in ("obj", "nsubj") and first.head.pos_ == "VERB" and first.head.i < tok.i:
            tok.head, tok.dep_ = first.head, "obl:mod"
    for tok in doc:
        # "retient des milliers de civils comme boucliers humains": a bare "comme" phrase (no article: a
        # role, not "des pays comme la France") says what the verb makes of its object; it is the verb's
        if tok.dep_ != "nmod" or tok.pos_ != "NOUN" or any(c.dep_ == "det" for c in tok.children) or [fold(c.text) for c in tok.children if c.dep_ == "case"] != ["comme"]:
            continue
        verb = tok.head
        while verb.dep_ in ("nmod", "obj") and verb.pos_ == "NOUN" and verb.head.i < verb.i:
            verb = verb.head
        if verb.pos_ == "VERB" and verb.i < tok.i and verb.i != tok.head.i:
            tok.head, tok.dep_ = verb, "obl:mod"
    for tok in doc:
        # "ont remis aux Etats-Unis un haut responsable d'Al-Qaïda": the parser may hang the object that
        # follows a to-phrase on the phrase's name as an adjective or an apposition with no comma; a
        # noun with its own article is neither, but the object the verb lacks
        name = tok.head
        if tok.dep_ not in ("amod", "appos") or tok.pos_ != "NOUN" or name.i > tok.i or not any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
            continue
        if any(t.pos_ == "PUNCT" for t in doc[name.i + 1 : tok.i]):
            continue
        verb = name.head
        if verb.pos_ != "VERB" or name.dep_ not in ("obl:arg", "obl:mod", "iobj") or any(c.dep_ == "obj" for c in verb.children):
            continue
        tok.head, tok.dep_ = verb, "obj"
    for tok in doc:
        # "Des commandants chinois et indiens ont tenu…": the parser reads the second adjective as a second
        # subject, with no article; right after "et" and an adjective of the first subject, it is that
        # adjective's conjunct
        verb = tok.head
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or verb.i < tok.i or any(c.dep_ != "cc" for c in tok.children) or tok.i < 2:
            continue
        cc, adj = doc[tok.i - 1], doc[tok.i - 2]
        first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < adj.i), None)
        if fold(cc.text) != "et" or adj.pos_ != "ADJ" or adj.dep_ != "amod" or first is None or adj.i not in {t.i for t in first.subtree}:
            continue
        if any(t.pos_ not in ("AUX", "ADV") for t in doc[tok.i + 1 : verb.i]):
            continue
        tok.head, tok.dep_, tok.pos_ = adj, "conj", "ADJ"
        cc.head, cc.dep_ = tok, "cc"
    for tok in doc:
        # "a annoncé mercredi la signature le mois prochain par Ankara d'un accord": an active verb takes
        # no "par" agent; after its object noun (a date between them), the agent is the noun's
        verb = tok.head
        if tok.dep_ != "obl:agent" or verb.pos_ != "VERB" or not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children) or any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < tok.i), None)
        if obj is not None:
            tok.head, tok.dep_ = obj, "nmod"
    for tok in doc:
        _agent_object_to_noun(tok)
    for tok in doc:
        _stray_before_attribution(tok)
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "conj" or tok.pos_ not in ("PROPN", "NOUN") or verb.pos_ != "VERB" or verb.i > tok.i:
            continue
        cc = next((c for c in tok.children if c.dep_ == "cc" and c.i < tok.i), None)
        if cc is None or cc.i == 0 or any(t.pos_ not in ("DET", "CCONJ") for t in doc[cc.i : tok.i]):
            continue
        first = doc[cc.i - 1]
        while first.head.i != verb.i and first.head.i != first.i and first.head.i < cc.i:
            first = first.head
        if first.head.i == verb.i and first.i > verb.i and first.dep_ in ("obj", "nsubj", "iobj", "obl:arg", "obl:mod") and first.pos_ in ("PROPN", "NOUN"):
            tok.head = first
    return doc


def _agent_object_to_noun(noun: Token) -> None:
    """"La signature par le Kenya d'un traité", "la libération par la junte birmane de quelque 3.000
    détenus": the parser hangs the event noun's object, and the phrases after it, on the agent phrase
    before it. A place name takes no "de" complement with an article of its own, and a counted
    phrase is no genitive of a party, so after such an agent the phrase is the noun's again (not "par
    le ministre de la Défense", "par la République de Corée", "par des membres d'un groupe armé")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "nmod" and c.i > noun.i and _case(c) in _OF_CASES for c in noun.children):
        return
    agent = next((c for c in noun.children if c.dep_ in ("nmod", "obl:agent") and c.i > noun.i and _case(c) == "par"), None)
    if agent is None:
        return
    obj = next((c for c in agent.children if c.dep_ == "nmod" and c.i > agent.i and _case(c) in _OF_CASES), None)
    if obj is None or any(t.text == "," for t in noun.doc[agent.i + 1 : obj.left_edge.i]):
        return
    counted = any(c.dep_ == "nummod" for c in obj.children)
    place = agent.pos_ == "PROPN" and agent.ent_type_ in ("LOC", "GPE") and any(c.dep_ in ("det", "nummod") for c in obj.children)
    if not (counted or place):
        return
    obj.head = noun
    for c in [c for c in agent.children if c.i > obj.i]:
        c.head = obj  # the object's phrase goes on: "d'un traité sur la frontière maritime avec la Tanzanie"


def _stray_before_attribution(verb: Token) -> None:
    """"…a massé lundi des troupes près de la frontière finlandaise, a indiqué le ministère": the parser
    may hang the last phrase of what was said on the attribution set off after it; before the comma,
    it is the reported verb's."""
    head = verb.head
    if verb.dep_ != "parataxis" or verb.pos_ != "VERB" or head.i > verb.i:
        return
    comma = next((c for c in verb.children if c.text == "," and head.i < c.i < verb.i), None)
    if comma is None or any(t.head.i != verb.i or not t.dep_.startswith("aux") for t in verb.doc[comma.i + 1 : verb.i]):
        return
    for c in [c for c in verb.children if head.i < c.i < comma.i and c.dep_ != "punct"]:
        c.head = head


def _case(tok: Token) -> str:
    """The first preposition of ``tok``'s phrase, folded ("" if none)."""
    return next((fold(c.text) for c in tok.children if c.dep_ == "case"), "")


_OF_CASES = frozenset(("de", "d'", "du", "des"))


def _to_er_participle(tok: Token) -> bool:
    """Make ``tok`` the past participle of an -er verb if it is spelt as one ("gelé", "gelés"), and
    say whether it was: only -er verbs, as "-i" may be "suivi" (suivre) as well as "saisi" (saisir)."""
    stem = tok.text.lower().rstrip("s").rstrip("e")
    if not (stem.endswith("é") and len(stem) > 3):
        return False
    tok.pos_, tok.lemma_ = "VERB", stem[:-1] + "er"
    tok.set_morph("Tense=Past|VerbForm=Part")
    return True


_WEEKDAYS = frozenset(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
_TIME_NOUNS = frozenset(("semaine", "mois", "annee", "jour", "matin", "soir", "nuit", "week-end", *_WEEKDAYS))
_RELATIVE_WORDS = frozenset(("qui", "que", "qu'", "dont", "ou", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "duquel"))

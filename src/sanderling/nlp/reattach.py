"""French parse repairs of attachment: phrases the parser hangs on the wrong word. They are part of
the ``sanderling_fr_verb_repair`` component (nlp/repair.py), which runs them in one order with the
repairs of verb forms.

A noun phrase with an article but no preposition cannot modify the noun before it: after a date or a
place put first ("ont lancé samedi près de Ménaka leur premier exercice", "a rejeté jeudi un
appel") it is the object the verb lacks.

An event noun's object may be hung on its "par" agent ("la signature par le Kenya d'un traité"):
after a place name, or counted ("de quelque 3.000 détenus"), it is the noun's object again.

A counted noun with no preposition after an active verb with no object is that object ("ont arrêté
onze employés"), unless it counts time or distance.

A bare weekday after the verb is when, not what ("a massé lundi des troupes"). "Le long de" is a
preposition of place, not an object "long" ("ont tiré des obus … le long de la frontière"). A
phrase before the comma of an attribution set off after the clause ("…près de la frontière, a
indiqué le ministère") is the reported verb's, also when the parser made the attribution a clause
of that verb ("…lorsque des combattants ont attaqué leur convoi, a annoncé l'armée"); and an
attribution's subject may be read as its object ("…, a annoncé l'agence") when the reported verb's
object was made its subject.

A participle set off after the clause with an object pronoun ("…s'est tourné vers Paris, lui
demandant…") is the verb's, whatever word the parser hung it on. A past participle goes with the
noun it agrees with ("la demande … du général Pinochet formulée par Madrid"). The subject of a "si"
clause is not an object of the verb before it. A first name spelt like an infinitive ("à Yasser
Arafat") is a name, and so is a capitalised word read as the determiner of the verb after it ("dans
laquelle Ankara menace"); a "si" clause hung on a noun far before it is the condition of the last
verb the noun governs ("une note dans laquelle Ankara menace de recourir à la force si Damas…").

An à-phrase after a participle's agent ("accordée par le président à un journaliste") is the
participle's.

A passive's "par" agent after a place phrase ("détourné à l'aéroport d'Alger par quatre islamistes")
is the verb's, not the place's.

A phrase with a preposition of its own before the verb's bare object ("a reçu lundi à New Delhi le
président") is no second object.

In "des combats ont opposé l'armée aux rebelles" the second side is the verb's, not the first's. A
phrase of time right after a participle on a noun ("l'interdiction, imposée en 1999 pendant les
frappes") is the participle's, not the noun's.

After the relative object "que", a noun set after the verb is its subject ("l'ultimatum que lui
avait adressé l'Onusom"), not a second object.

A "que" clause with a subject and an object of its own is no relative clause: hung on the noun of a
to-phrase ("a fait savoir au général qu'il suspendrait sa coopération"), it is what the verb says.

A "contre" phrase after a passive's agent name is the verb's ("proférées par la Corée du Nord contre
le Japon").

An adverb takes no subject or auxiliary: hung on one ("ont de nouveau brandi"), they are the verb's.

A name cannot be the conjunct of a verb: in "a accusé Washington et Londres d'orchestrer…" the
second name joins the first, the object just before "et"; nor of a weekday ("a invité mercredi
Athènes et Ankara"). An apposition hung on its comma, or read as a second member with no "et"
("Moscou, alliée de Belgrade, a exhorté"), describes the noun before it.

An of-phrase the parser hangs on a place name belongs to the noun the place phrase modifies ("la
visite dimanche à Bagdad du ministre iranien"). A participle's agent hung on its "à" phrase is the
participle's ("l'aide promise au Soudan par l'Arabie saoudite"). A "de" phrase hung on a weekday
belongs to the agent just before the weekday ("rejetée lundi par la conférence générale de
l'organisation"), or to the noun the weekday follows ("a été la cible mercredi de tirs serbes").
Times of day count as dates ("a bombardé jeudi à l'aube des positions": the positions are the
object).

Each repair names a shape in its comment; what the parser did wrong, and what is mended."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sanderling.lexicon.load import fold


def weekday_taken_for_object(doc: Doc) -> None:
    for tok in doc:
        # "a massé lundi des troupes": a bare weekday after the verb is when, not what; the parser may
        # make it the object and hang the real one on it, or take the real one, with no preposition of
        # its own, for an oblique ("Le Pakistan a expulsé mardi plus de 3.000 Afghans")
        verb = tok.head
        if fold(tok.lemma_) not in _WEEKDAYS or verb.pos_ != "VERB" or verb.i > tok.i:
            continue
        # ("a prié dimanche les belligérants de…": or tag it a verb, the verb's complement, and hang the
        # object on it)
        if tok.pos_ == "VERB" and tok.i == verb.i + 1 and not any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in tok.children):
            tok.pos_, tok.dep_ = "NOUN", "obl:mod"
            tok.set_morph("")
            for c in [c for c in tok.children if c.i > tok.i]:
                c.head = verb
        if tok.dep_ == "obj" and not any(c.dep_ in ("det", "case") for c in tok.children):
            tok.dep_ = "obl:mod"
            real = next((c for c in verb.children if c.i > tok.i and c.dep_ in ("obl:arg", "obl:mod") and c.pos_ in ("NOUN", "PROPN")), None)
            if real is not None and real.left_edge.i == tok.right_edge.i + 1 and not any(g.dep_ == "case" for g in real.children):
                real.dep_ = "obj"
        # ("a exhorté mercredi Israël à libérer…", "a reçu mercredi Paul Kagame": or hang the name after it
        # on it, as if part of its own name)
        name = next((c for c in tok.children if c.i == tok.i + 1 and c.pos_ == "PROPN" and c.dep_ in ("flat:name", "appos", "nmod") and not any(g.dep_ == "case" for g in c.children)), None)
        if name is not None and tok.dep_ == "obl:mod" and not any(c.dep_ == "obj" for c in verb.children):
            name.head, name.dep_ = verb, "obj"
        # ("a invité mercredi Athènes et Ankara à…": or hang the second of two objects on it, as if the
        # list were of dates; it joins the object just before "et")
        for c in [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i + 2]:
            cc = next((g for g in c.children if g.dep_ == "cc" and g.i == c.left_edge.i), None)
            first = doc[cc.i - 1] if cc is not None else None
            if first is None or first.head.i != verb.i or first.dep_ != "obj" or first.pos_ not in ("NOUN", "PROPN"):
                continue
            if c.pos_ in ("NOUN", "PROPN"):
                c.head = first
            elif c.text[:1].isupper():
                c.head, c.pos_, c.lemma_ = first, "PROPN", c.text  # a name the tagger took for an adjective


def object_hung_on_a_date(doc: Doc) -> None:
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


def counted_object_read_as_adjunct(doc: Doc) -> None:
    for tok in doc:
        # "ont arrêté onze employés de l'ONU": a counted noun with no preposition after an active verb
        # that has no object is that object, not an adjunct (a stretch of time is one: "ont défilé
        # trois heures", and so is whatever follows a passive: "a été détenu onze jours")
        verb = tok.head
        if tok.dep_ not in ("obl:mod", "obl") or tok.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i > tok.i or fold(tok.lemma_) in _MEASURES:
            continue
        if any(c.dep_ == "case" for c in tok.children) or not any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children):
            continue
        if any(c.dep_ in ("obj", "aux:pass", "expl:pass") for c in verb.children) or any(t.pos_ in ("VERB", "AUX", "PUNCT", "ADP") for t in doc[verb.i + 1 : tok.i]):
            continue
        tok.dep_ = "obj"


def le_long_de_read_as_an_object(doc: Doc) -> None:
    for tok in doc:
        # "ont tiré des obus … le long de la ligne de contrôle": "le long de" is a preposition of place,
        # not an object "long" holding the place; the place is the verb's, "long" its preposition
        if fold(tok.text) != "long" or tok.dep_ not in ("obj", "obl:mod", "nmod") or tok.i == 0 or fold(doc[tok.i - 1].text) != "le":
            continue
        place = next((c for c in tok.children if c.dep_ == "nmod" and c.left_edge.i == tok.i + 1 and _case(c) in _OF_CASES), None)
        if place is None:
            continue
        place.head, place.dep_ = tok.head, ("obl:mod" if tok.head.pos_ in ("VERB", "AUX") else "nmod")
        tok.head, tok.dep_ = place, "case"
        doc[tok.i - 1].head = tok


def name_after_et_joins_a_name(doc: Doc) -> None:
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
        # (not "les rebelles du M23 et le Rwanda", "les forces de l'Otan et la Russie": a name completing
        # the first member itself is no list with the second)
        if near.pos_ == "PROPN" and near.i != first.i and first.i < near.i and near.head.i != first.i and any(a.i == first.i for a in near.ancestors):
            tok.head = near


def object_made_subject_of_attribution(doc: Doc) -> None:
    for tok in doc:
        # "L'Iran libérera une universitaire française, a déclaré mardi le porte-parole": the parser makes
        # the object the subject of the inverted attribution, which then has two; the one before the
        # comma is the object of the verb the attribution hangs on
        if tok.pos_ != "VERB" or tok.dep_ not in ("parataxis", "conj", "ccomp", "advcl") or tok.head.pos_ != "VERB" or tok.head.i > tok.i:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        # ("…, a annoncé l'agence": or, on a clause set off as an aside, its own subject read as its object)
        # (or a conjunct with no "et": "…la Croatie et la Bosnie, a annoncé le président George Bush")
        # (or an adverbial clause in a compound tense: "Belgrade a rejeté vendredi l'exigence de l'Otan…,
        # a annoncé l'agence Tanjug"; a participle, "…, annonçant", has no auxiliary)
        aside = tok.dep_ in ("parataxis", "ccomp") or (tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.children))
        # (of a verb of saying: "…, a expulsé les diplomates américains" is a second act)
        aside = aside or (tok.dep_ == "advcl" and any(c.dep_ == "aux:tense" for c in tok.children) and fold(tok.lemma_) in _ATTRIBUTION_VERBS)
        # ("…, a-t-on appris": the inverted clitic stands between the auxiliary and the participle)
        clitic = [c for c in subjects if _inverted_clitic(c) and c.i < tok.i]
        after = [c for c in tok.children if (c.dep_ == "nsubj" or (c.dep_ == "obj" and aside)) and c.i > tok.i] + clitic
        before = [c for c in subjects if c.i < tok.i and c not in clitic]
        verb = tok.head
        if len(before) != 1 or not after or before[0].pos_ not in ("NOUN", "PROPN") or before[0].i < verb.i or any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i != tok.i for c in verb.children):
            continue
        gap = doc[before[0].right_edge.i + 1 : tok.i]
        if not gap or gap[0].text != "," or any(t.pos_ not in ("PUNCT", "AUX", "ADV") and not _inverted_clitic(t) for t in gap):
            continue
        before[0].head, before[0].dep_ = verb, "obj"
        after[0].dep_ = "nsubj"


def capitalised_names_mistagged(doc: Doc) -> None:
    for tok in doc:
        # "Le chancelier Kohl a appelé…": a capitalised word inside the sentence, right after a title noun,
        # is a name, whatever the tagger made of it (an adverb here); it is in apposition to the title
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or tok.i == tok.sent.start or tok.pos_ not in ("ADV", "ADJ", "VERB") or not tok.text[:1].isupper() or not tok.text[1:].islower():
            continue
        if prev.pos_ == "NOUN" and prev.text.islower() and tok.head.i != prev.i and prev.dep_ in ("nsubj", "obj", "nsubj:pass", "obl:agent", "nmod", "obl:arg"):
            tok.pos_, tok.lemma_, tok.head, tok.dep_ = "PROPN", tok.text, prev, "appos"
        # ("Bagdad a accusé lundi Ankara de violer…": after the verb, the name is the object it lacks;
        # a lone word read as the verb's predicate too, "a accusé lundi Israël d'avoir bombardé")
        elif (tok.dep_ in ("advmod", "amod") or (tok.dep_ == "xcomp" and not list(tok.children))) and tok.head.pos_ == "VERB" and tok.head.i < tok.i and not any(c.dep_ == "obj" for c in tok.head.children):
            tok.pos_, tok.lemma_, tok.dep_ = "PROPN", tok.text, "obj"
        else:
            continue
        for c in tok.children:
            if c.pos_ == "PROPN" and c.i == tok.i + 1:
                c.dep_ = "flat:name"  # "le Premier ministre Mahendra Chaudhry": the rest of the name


def if_clause_hung_on_a_noun(doc: Doc) -> None:
    for tok in doc:
        # "une note dans laquelle Ankara menace de recourir à la force si Damas ne cesse pas…": a "si"
        # clause hung on a noun far before it is the condition of the last verb between them that the
        # noun governs, not a description of the noun
        noun = tok.head
        if tok.dep_ not in ("acl", "acl:relcl") or tok.pos_ not in ("VERB", "AUX") or noun.pos_ != "NOUN" or noun.i > tok.i:
            continue
        if not any(c.dep_ == "mark" and fold(c.text) == "si" and c.i < tok.i for c in tok.children):
            continue
        verbs = [t for t in doc[noun.i + 1 : tok.left_edge.i] if t.pos_ == "VERB" and noun in t.ancestors]
        if verbs:
            tok.head, tok.dep_ = verbs[-1], "advcl"


def name_read_as_determiner(doc: Doc) -> None:
    for tok in doc:
        # "une note dans laquelle Ankara menace de…": a capitalised word inside the sentence that is no
        # determiner, read as the determiner of a verb that has no subject, is that verb's subject
        verb = tok.head
        if tok.pos_ != "DET" or tok.i == tok.sent.start or not tok.text.istitle() or fold(tok.text) in _DETERMINERS:
            continue
        if verb.pos_ != "VERB" or verb.i != tok.i + 1 or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            continue
        tok.pos_, tok.lemma_, tok.dep_ = "PROPN", tok.text, "nsubj"


def first_name_read_as_infinitive(doc: Doc) -> None:
    for tok in doc:
        # "a imputé jeudi à Yasser Arafat la responsabilité": a capitalised first name spelt like an "-er"
        # infinitive ("Yasser", "Javier", "Rainer"), right after a preposition and followed by the rest of
        # the name, is read as an infinitive clause with the name and the verb's object as its own; it is
        # the name the preposition governs, and what followed it is the verb's again
        verb = tok.head
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.pos_ != "VERB" or tok.i == tok.sent.start or not tok.text[:1].isupper() or not tok.text[1:].islower() or nxt is None:
            continue
        if nxt.pos_ != "PROPN" or nxt.head.i != tok.i or not nxt.text[:1].isupper() or verb.i == tok.i or verb.pos_ != "VERB":
            continue
        mark = next((c for c in tok.children if c.dep_ in ("mark", "case") and c.i == tok.i - 1 and fold(c.text) in _NAME_PREPS), None)
        if mark is None or any(c.dep_.startswith(("aux", "nsubj")) for c in tok.children):
            continue
        tok.pos_, tok.lemma_, tok.dep_ = "PROPN", tok.text, "obl:arg"
        mark.dep_ = "case"
        nxt.dep_ = "flat:name"
        for c in [c for c in tok.children if c.i > nxt.i]:
            c.head = verb


def phrase_with_its_own_preposition(doc: Doc) -> None:
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


def to_phrase_hung_on_the_agent(doc: Doc) -> None:
    for tok in doc:
        # "la grâce accordée par le président algérien à un journaliste français": the parser hangs the
        # participle's à-phrase on its agent; an agent takes no "à" complement of a common noun with an
        # article ("le ministre délégué aux Affaires européennes" names an office, capitalised)
        agent = tok.head
        if tok.dep_ != "nmod" or _case(tok) not in _DATIVE_CASES or agent.dep_ != "obl:agent" or tok.pos_ != "NOUN" or tok.is_title:
            continue
        if not (any(c.dep_ == "det" for c in tok.children) or _case(tok) in ("au", "aux")) or any(_case(c) in _DATIVE_CASES for c in agent.head.children if c.dep_.startswith("obl")):
            continue
        tok.head, tok.dep_ = agent.head, "obl:arg"


def object_with_a_preposition(doc: Doc) -> None:
    for tok in doc:
        # "a reçu lundi à New Delhi le président sri-lankais": the parser makes the place an object too;
        # with a preposition of its own and the verb's bare object after it, it is where, not whom
        verb = tok.head
        # (the parser may hang the preposition on the first word of a name: "à New Delhi")
        if tok.dep_ != "obj" or verb.pos_ != "VERB" or tok.left_edge.dep_ != "case" or fold(tok.left_edge.text) not in _PLACE_CASES:
            continue
        if any(c.dep_ == "obj" and c.i > tok.i and not _case(c) for c in verb.children):
            tok.dep_ = "obl:mod"
            tok.left_edge.head = tok


def bare_comme_phrase(doc: Doc) -> None:
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


def object_hung_on_a_to_phrase(doc: Doc) -> None:
    for tok in doc:
        # "ont remis aux Etats-Unis un haut responsable d'Al-Qaïda": the parser may hang the object that
        # follows a to-phrase on the phrase's name as an adjective or an apposition with no comma; a
        # noun with its own article is neither, but the object the verb lacks
        # (or its conjunct with no "et": "menacé d'expulser du Sud-Soudan les organisations humanitaires")
        name = tok.head
        if tok.dep_ not in ("amod", "appos", "conj") or tok.pos_ != "NOUN" or name.i > tok.i or not any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
            continue
        if tok.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.children):
            continue
        if any(t.pos_ == "PUNCT" for t in doc[name.i + 1 : tok.i]):
            continue
        verb = name.head
        if verb.pos_ != "VERB" or name.dep_ not in ("obl:arg", "obl:mod", "iobj") or any(c.dep_ == "obj" for c in verb.children):
            continue
        tok.head, tok.dep_ = verb, "obj"


def second_demonym_read_as_subject(doc: Doc) -> None:
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


def par_phrase_of_an_active_verb(doc: Doc) -> None:
    for tok in doc:
        # "a annoncé mercredi la signature le mois prochain par Ankara d'un accord": an active verb takes
        # no "par" agent; after its object noun (a date between them), the agent is the noun's
        verb = tok.head
        if tok.dep_ != "obl:agent" or verb.pos_ != "VERB" or not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children) or any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < tok.i), None)
        if obj is not None:
            tok.head, tok.dep_ = obj, "nmod"


def agent_hung_on_a_place(doc: Doc) -> None:
    for tok in doc:
        # "a été détourné samedi à l'aéroport d'Alger par quatre islamistes": the parser hangs the
        # passive's agent on the place phrase before it; a place takes no agent, the passive verb does
        place = tok.head
        verb = place.head
        if tok.dep_ != "nmod" or _case(tok) != "par" or place.dep_ not in ("obl:arg", "obl:mod") or _case(place) not in _PLACE_CASES:
            continue
        # (a place that a name ends; not "à la suite de la prise du pouvoir par l'armée", whose nouns
        # may take the agent, nor "dans une embuscade tendue par", whose participle does)
        between = doc[place.i : tok.left_edge.i]
        if any(t.pos_ in ("NOUN", "VERB") for t in between[1:]) or not any(t.pos_ == "PROPN" for t in between):
            continue
        if verb.pos_ == "VERB" and any(c.dep_ == "aux:pass" for c in verb.children) and not any(c.dep_ == "obl:agent" for c in verb.children):
            tok.head, tok.dep_ = verb, "obl:agent"


def of_phrase_hung_on_a_place(doc: Doc) -> None:
    for tok in doc:
        # "la visite dimanche à Bagdad du ministre iranien": the parser hangs the noun's of-phrase on
        # the place name just before it; a bare place name takes no of-phrase of its own ("à
        # Saint-Pierre de Rome", one name, keeps it), the noun the place phrase modifies does
        place = tok.head
        noun = place.head
        if tok.dep_ != "nmod" or _case(tok) not in _OF_CASES or tok.pos_ != "NOUN" or tok.ent_type_:
            continue
        if place.pos_ != "PROPN" or place.ent_type_ != "LOC" or place.dep_ != "nmod" or _case(place) not in _PLACE_CASES or noun.pos_ != "NOUN":
            continue
        if any(t.pos_ not in ("ADP", "DET", "PROPN") for t in doc[place.left_edge.i : place.i]):
            continue
        tok.head = noun


def agent_hung_on_a_participle_s_phrase(doc: Doc) -> None:
    for tok in doc:
        # "l'aide promise au Soudan par l'Arabie saoudite": the parser hangs the participle's agent on
        # the "à" phrase between them; a place or a party there takes no agent, the participle does
        held = tok.head
        participle = held.head
        if tok.dep_ != "nmod" or _case(tok) != "par" or held.dep_ != "nmod" or _case(held) not in _DATIVE_CASES:
            continue
        if participle.pos_ == "NOUN":  # the "à" phrase hung on the noun the participle describes
            participle = next((c for c in participle.children if c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and c.i < held.i), participle)
        if participle.pos_ == "VERB" and "Part" in participle.morph.get("VerbForm") and participle.i < held.i and not any(c.dep_ == "obl:agent" for c in participle.children):
            held.head, held.dep_ = participle, "obl:arg"
            tok.head, tok.dep_ = participle, "obl:agent"


def of_phrase_hung_on_a_date(doc: Doc) -> None:
    for tok in doc:
        # "a été rejetée lundi par la conférence générale de l'organisation": the parser hangs the "de"
        # phrase on the weekday whose agent phrase ends right before it; a weekday takes no such
        # complement there, the noun before it does
        date = tok.head
        if tok.dep_ != "nmod" or _case(tok) not in _OF_CASES or fold(date.text) not in _WEEKDAYS or tok.i < date.i or tok.left_edge.i == 0:
            continue
        noun = doc[tok.left_edge.i - 1]
        while noun.head.i not in (noun.i, date.i) and noun.head.i > date.i:
            noun = noun.head
        if noun.head.i == date.i and noun.pos_ in ("NOUN", "PROPN") and date.i < noun.i < tok.i and noun.dep_ == "obl:agent":
            tok.head = noun
        elif tok.left_edge.i == date.i + 1 and date.head.i == date.i - 1 and date.head.pos_ == "NOUN" and date.dep_ == "nmod":
            # "a été la cible mercredi de tirs serbes": right after the noun the weekday is hung on, the
            # "de" phrase is that noun's
            tok.head = date.head


def agent_objects_to_nouns(doc: Doc) -> None:
    for tok in doc:
        _agent_object_to_noun(tok)


def strays_before_attributions(doc: Doc) -> None:
    for tok in doc:
        _stray_before_attribution(tok)


def name_conjunct_of_a_verb(doc: Doc) -> None:
    for tok in doc:
        # "a accusé Washington et Londres d'orchestrer…": a name cannot be the conjunct of a verb; the
        # second name joins the first, the object just before "et"
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


def apposition_hung_on_its_comma(doc: Doc) -> None:
    for tok in doc:
        # "a prié les belligérants, l'armée fédérale et la défense slovène, de respecter la trêve": the
        # parser may hang the apposition on its opening comma as a fixed word; it names the noun before
        # the comma, and what follows its closing comma is the verb's again
        comma = tok.head
        if tok.dep_ != "fixed" or tok.pos_ not in ("NOUN", "PROPN") or comma.text != "," or comma.i != tok.left_edge.i - 1 or comma.i == 0:
            continue
        noun = doc[comma.i - 1]
        while noun.dep_ in ("amod", "flat:name", "flat", "nmod") and noun.head.i < noun.i:
            noun = noun.head
        verb = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("obj", "nsubj", "obl:arg") or verb.pos_ != "VERB":
            continue
        close = next((c for c in tok.children if c.text == "," and c.i > tok.i), None)
        tok.head, tok.dep_ = noun, "appos"
        for c in [c for c in tok.children if close is not None and c.i >= close.i]:
            c.head = verb
            if c.pos_ == "VERB" and c.dep_ == "acl":
                c.dep_ = "xcomp"  # "…, de respecter la trêve": what the verb asks


def apposition_read_as_conjunct(doc: Doc) -> None:
    for tok in doc:
        # "Moscou, alliée traditionnelle de Belgrade, a exhorté…": a common noun set off by a comma after a
        # name, with no "et" to close a list, describes the name; it is no second member
        first = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "NOUN" or first.pos_ != "PROPN" or first.i > tok.i or doc[tok.left_edge.i].text != ",":
            continue
        if any(c.dep_ == "cc" for m in first.children if m.dep_ == "conj" for c in m.children):
            continue
        tok.dep_ = "appos"


def participle_agrees_with_a_noun_above(doc: Doc) -> None:
    for tok in doc:
        # "la demande d'extradition du général Pinochet formulée par Madrid": a past participle hung on
        # the last noun, whose gender or number it does not share, goes with the first noun above it
        # that it agrees with (the demand is made by Madrid)
        head = tok.head
        if tok.dep_ != "acl" or tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") or "Past" not in tok.morph.get("Tense") or head.pos_ != "NOUN":
            continue
        # (the noun's own adjectives may know its gender better: "l'otage française détenue par")
        if _agrees(tok, head) or not head.morph.get("Gender") or not tok.morph.get("Gender") or any(c.dep_ == "amod" and _agrees(tok, c) and c.morph.get("Gender") for c in head.children):
            continue
        above = head
        for _ in range(3):
            if above.dep_ != "nmod" or above.head.pos_ != "NOUN":
                break
            above = above.head
            if _agrees(tok, above):
                tok.head = above
                break


def _agrees(participle: Token, noun: Token) -> bool:
    return all(participle.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number") if participle.morph.get(f) and noun.morph.get(f))


def participle_hung_on_its_clitic(doc: Doc) -> None:
    for tok in doc:
        # "…s'est tourné vers Paris, lui demandant d'appliquer l'accord": the parser hangs the participle
        # on its object pronoun, made a modifier of the verb, or on the noun before the comma; set off
        # after the clause, with an object pronoun, it is the verb's, and the pronoun its object
        clitic = doc[tok.i - 1] if tok.i > 1 else None
        if tok.pos_ != "VERB" or tok.dep_ != "acl" or clitic is None or clitic.pos_ != "PRON" or fold(clitic.text) not in _OBJECT_CLITICS or doc[clitic.i - 1].text != ",":
            continue
        holder = tok.head
        if holder.i == clitic.i:
            verb = clitic.head
        elif holder.i < clitic.i and holder.pos_ in ("NOUN", "PROPN") and clitic.head.i == tok.i and not holder.dep_.startswith("nsubj"):
            verb = holder.head  # (not "Le ministre, lui demandant…": a participle on the subject is the subject's)
        else:
            continue
        if verb.pos_ != "VERB" or verb.i > clitic.i:
            continue
        tok.head, tok.dep_ = verb, "advcl"
        clitic.head, clitic.dep_ = tok, ("iobj" if fold(clitic.text) in _DATIVE_CLITICS else "obj")


def subject_of_an_if_clause_taken_for_an_object(doc: Doc) -> None:
    for tok in doc:
        # "a menacé de frapper Israël si les Etats-Unis attaquaient": the parser makes the subject of the
        # "si" clause an object of the verb before and the clause's verb a subjectless parataxis; the
        # noun is that verb's subject, and the clause hangs on the verb it conditions
        noun = tok.head
        if tok.dep_ != "mark" or fold(tok.text) not in _IF_WORDS or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("obj", "obl:arg", "obl:mod", "nmod"):
            continue
        verb = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else noun
        if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm") or verb.dep_ == "ROOT" or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        host = noun.head
        tok.head = verb
        noun.head, noun.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = host, "advcl"


def second_side_hung_on_the_first(doc: Doc) -> None:
    for tok in doc:
        # "des combats ont opposé l'armée aux rebelles": "opposer X à Y" sets two sides against each
        # other; the parser hangs the second on the first as if "l'armée aux rebelles" were one name
        first = tok.head
        if tok.dep_ != "nmod" or _case(tok) not in _DATIVE_CASES or first.dep_ != "obj" or fold(first.head.lemma_) not in _PITTING_VERBS:
            continue
        tok.head, tok.dep_ = first.head, "obl:arg"


def time_phrase_past_a_participle(doc: Doc) -> None:
    for tok in doc:
        # "l'interdiction des vols, imposée en 1999 pendant les frappes de l'OTAN": a phrase of time
        # right after a participle that describes a noun says when the participle's act happened; the
        # parser hangs it on the noun as if the noun were qualified by it
        noun = tok.head
        if tok.dep_ != "nmod" or _case(tok) not in _TIME_CASES or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        participle = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm") and noun.i < c.i < tok.i and c.right_edge.i + 1 == tok.left_edge.i), None)
        if participle is not None:
            tok.head, tok.dep_ = participle, "obl:mod"


def against_phrase_hung_on_the_agent(doc: Doc) -> None:
    for tok in doc:
        # "des menaces ont été proférées par la Corée du Nord contre le Japon": a name takes no "contre"
        # phrase; after the agent of a passive, it is the verb's
        if tok.dep_ != "nmod" or _case(tok) != "contre":
            continue
        agent = tok.head
        while agent.dep_ in ("nmod", "flat:name", "appos") and agent.pos_ == "PROPN" and agent.head.i < agent.i:
            agent = agent.head
        if agent.dep_ != "obl:agent" or agent.pos_ != "PROPN" or agent.head.pos_ not in ("VERB", "NOUN"):
            continue
        verb = agent.head
        while verb.pos_ == "NOUN" and verb.head.i != verb.i:
            verb = verb.head  # ("proférées jeudi par…": up from the date the parser hung the agent on)
        if verb.pos_ == "VERB":
            tok.head, tok.dep_ = verb, "obl:arg"


def subject_hung_on_an_adverb(doc: Doc) -> None:
    for tok in doc:
        # "Les Etats-Unis ont de nouveau brandi la menace": the parser may hang the subject and the
        # auxiliary on the adverbial phrase before the participle; an adverb takes neither, the verb does
        if tok.dep_ != "advmod" or tok.pos_ not in ("ADP", "ADV") or tok.head.pos_ != "VERB" or tok.head.i < tok.i:
            continue
        for c in [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "aux:tense", "aux:pass")]:
            c.head = tok.head


def inverted_subject_of_a_relative(doc: Doc) -> None:
    for verb in doc:
        # "l'ultimatum que lui avait adressé la veille l'Onusom": after "que", the object, the noun set
        # after the verb is its subject; the parser made it a second object, and the dative pronoun
        # before the verb the subject
        if verb.pos_ != "VERB" or verb.dep_ != "acl:relcl":
            continue
        if not any(c.dep_ == "obj" and c.i < verb.i and fold(c.text) in ("que", "qu'") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if any(fold(s.text) not in _DATIVE_CLITICS for s in subjects):
            continue
        after = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and fold(c.lemma_) not in _TIME_NOUNS | _NEXT_DAYS), None)
        if after is None:
            continue
        after.dep_ = "nsubj"
        for s in subjects:
            s.dep_ = "iobj"


def completive_taken_for_a_relative(doc: Doc) -> None:
    for verb in doc:
        # "a fait savoir au général Eyadéma qu'il suspendrait sa coopération": a "que" clause with a
        # subject and an object of its own cannot be a relative clause with "que" for its object; hung
        # on the noun of the to-phrase, it is what the verb above the noun says
        if verb.pos_ != "VERB" or verb.dep_ != "acl:relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        que = next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i and fold(c.text) in ("que", "qu'")), None)
        if que is None or not any(c.dep_ == "nsubj" and que.i < c.i < verb.i for c in verb.children):
            continue
        if not any(c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and fold(c.lemma_) not in _TIME_NOUNS | _NEXT_DAYS for c in verb.children):
            continue
        above = verb.head.head
        if above.pos_ != "VERB" or verb.head.dep_ not in ("obl:arg", "obl", "iobj", "obj"):
            continue
        verb.head, verb.dep_ = above, "ccomp"
        que.dep_, que.pos_ = "mark", "SCONJ"


def _agent_object_to_noun(noun: Token) -> None:
    """"La signature par le Kenya d'un traité", "la libération par la junte birmane de quelque 3.000
    détenus": the parser hangs the event noun's object, and the phrases after it, on the agent phrase
    before it. A place name takes no "de" complement with an article of its own, and a counted
    phrase is no genitive of a party, and a common noun closed by its adjective ("par l'aviation
    turque") takes none with an article, so after such an agent the phrase is the noun's again (not
    "par le ministre de la Défense", "par la République de Corée", "par des membres d'un groupe armé")."""
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
    # "le bombardement par l'aviation turque de plusieurs villages": a common noun closed by its
    # adjective takes no "de" complement with an article after it (not "par les forces armées de la
    # RDC": a name completes it)
    prev = noun.doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    closed = agent.pos_ == "NOUN" and agent.text.islower() and prev is not None and prev.pos_ == "ADJ" and prev.head.i == agent.i and prev.i > agent.i
    closed = closed and obj.pos_ == "NOUN" and any(c.dep_ == "det" for c in obj.children)
    if not (counted or place or closed):
        return
    obj.head = noun
    for c in [c for c in agent.children if c.i > obj.i]:
        c.head = obj  # the object's phrase goes on: "d'un traité sur la frontière maritime avec la Tanzanie"


def _stray_before_attribution(verb: Token) -> None:
    """"…a massé lundi des troupes près de la frontière finlandaise, a indiqué le ministère": the parser
    may hang the last phrase of what was said on the attribution set off after it; before the comma,
    it is the reported verb's."""
    head = verb.head
    # (or an attribution verb read as a clause of the verb: "…ont été tués lorsque des combattants ont
    # attaqué leur convoi, a annoncé l'armée" hangs the "lorsque" clause on "a annoncé")
    attribution = verb.dep_ == "advcl" and fold(verb.lemma_) in _ATTRIBUTION_VERBS and any(c.dep_ in ("obj", "nsubj") and c.i > verb.i for c in verb.children)
    if (verb.dep_ != "parataxis" and not attribution) or verb.pos_ != "VERB" or head.i > verb.i:
        return
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    comma = verb.doc[first - 1]
    if comma.text != "," or comma.i <= head.i or any(t.head.i != verb.i or not t.dep_.startswith("aux") for t in verb.doc[comma.i + 1 : verb.i]):
        return
    # (of an attribution read as a clause, only the clauses: its other phrases the parser may have right)
    for c in [c for c in verb.children if head.i < c.i < comma.i and c.dep_ != "punct" and (not attribution or c.pos_ == "VERB")]:
        c.head = head


def _inverted_clitic(tok: Token) -> bool:
    """"-on", "-t", "-il" in "a-t-on appris", "a-t-il dit": a subject pronoun put after its verb."""
    return tok.pos_ == "PRON" and tok.text.startswith("-")


def _case(tok: Token) -> str:
    """The first preposition of ``tok``'s phrase, folded ("" if none)."""
    return next((fold(c.text) for c in tok.children if c.dep_ == "case"), "")


_OF_CASES = frozenset(("de", "d'", "du", "des"))
# Verbs of an attribution set off after what it reports ("…, a annoncé l'agence").
_ATTRIBUTION_VERBS = frozenset(("annoncer", "declarer", "indiquer", "affirmer", "ajouter", "preciser", "souligner", "estimer", "expliquer", "rapporter", "apprendre", "dire", "assurer", "confirmer", "rappeler", "noter", "ecrire", "reveler", "signaler", "informer", "raconter", "temoigner", "constater", "faire"))
_DATIVE_CLITICS = frozenset(("lui", "leur"))
_DATIVE_CASES = frozenset(("a", "au", "aux"))
_PLACE_CASES = frozenset((*_DATIVE_CASES, "dans", "en", "sur"))
_PITTING_VERBS = frozenset(("opposer",))
_TIME_CASES = frozenset(("pendant", "lors", "durant", "apres", "avant", "depuis"))
_IF_WORDS = frozenset(("si", "s'"))
_OBJECT_CLITICS = frozenset(("le", "la", "l'", "les", *_DATIVE_CLITICS))
# prepositions that may govern a name read as an infinitive ("à Yasser Arafat", "de Javier Solana")
_NAME_PREPS = frozenset(("a", "de", "d'", "par", "pour", "avec"))

_WEEKDAYS = frozenset(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
_TIME_NOUNS = frozenset(("semaine", "mois", "annee", "jour", "matin", "soir", "nuit", "week-end", "aube", "aurore", "matinee", "soiree", "journee", "apres-midi", "midi", "minuit", *_WEEKDAYS))
_NEXT_DAYS = frozenset(("veille", "lendemain", "avant-veille", "surlendemain"))
# French determiners, which a capital letter at the start of a name ("La Paz") does not make names.
_DETERMINERS = frozenset(("le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "tout", "toute", "tous", "toutes", "chaque", "quel", "quelle", "quels", "quelles", "aucun", "aucune", "plusieurs", "certains", "certaines", "quelques", "nul", "nulle"))
# Nouns that count time or distance, which a verb takes without being done to them.
_MEASURES = frozenset(("an", "heure", "minute", "seconde", "fois", "decennie", "siecle", "kilometre", "metre", "mille", *_TIME_NOUNS, *_NEXT_DAYS))

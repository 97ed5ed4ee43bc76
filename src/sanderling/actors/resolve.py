"""Noun phrases from the parse → :class:`ActorRef` lists.

A phrase is resolved from the terms found in it (country names, demonyms, capitals used as
metonyms, "la partie X" / "the X side", role nouns, organisations, known people) and, for
pronouns, honorifics with a surname, "le pays" and "les deux parties", from what the article said
before (:class:`ArticleMemory`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from sanderling.actors.matcher import Hit
from sanderling.nlp.tokens import BY_PREPS, OF_PREPS, after_auxiliary, in_quotation
from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Grammar, Lexicon, Person, Tables
from sanderling.records import ActorRef, DateRef

# Role ids whose own sector is weaker than one named beside them ("le chef de l'armée" → MIL).
GENERIC_ROLES = frozenset({"leader", "official", "spokesperson", "delegation", "side", "counterpart", "authorities", "envoy"})
# Dependencies that start a clause or a separate conjunct: not part of the phrase itself.
_CLAUSAL = frozenset({"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "dep", "csubj", "case", "mark"})
_RELATIVE = frozenset({"qui", "que", "lequel", "laquelle", "who", "which", "that", "whom"})


@dataclass(slots=True)
class ArticleMemory:
    """What coreference needs from earlier sentences of the same article (private to one article)."""

    day: date | None
    last_person: ActorRef | None = None
    last_country: ActorRef | None = None
    last_pair: tuple[ActorRef, ...] = ()
    by_surname: dict[str, ActorRef] = field(default_factory=dict)
    last_event_day: date | None = None
    last_dated: tuple[DateRef, int] | None = None  # the last event's own date, and where its sentence ends

    def remember(self, refs: tuple[ActorRef, ...], *, subject: bool) -> None:
        """Salience: the grammatical subject wins; other mentions fill what is still empty."""
        for ref in refs:
            if ref.name and ref.source and not ref.source.startswith("coref"):
                self.by_surname[fold(ref.name.split()[-1])] = ref
            # "Senegal's foreign minister pledged… He also condemned…": an unnamed office holder who is
            # the subject is as good an antecedent as a name
            if (ref.role or ref.sector or ref.country) and ((ref.name and (subject or self.last_person is None)) or (ref.role and subject)):
                self.last_person = ref
            if ref.country and (subject or self.last_country is None):
                self.last_country = ref


class ActorResolver:
    """Resolves phrase heads to actor lists. Built from loaded data; holds no per-article state."""

    def __init__(self, *, lexicon: Lexicon, tables: Tables) -> None:
        self._lex = lexicon
        self._tables = tables
        self._people = {p.id: p for p in tables.people}

    # -- phrases -----------------------------------------------------------------------------
    @staticmethod
    def conjuncts(head: Token, *, any_tag: bool = False) -> list[Token]:
        """The head and the heads joined to it by "et"/"and" (compound actors stay one list); with
        ``any_tag``, a modifier's conjuncts whatever their tags ("américains et saoudiens", "U.S. and Saudi")."""
        out = [head]
        for child in head.children:
            if child.dep_ == "conj" and (any_tag or child.pos_ in ("NOUN", "PROPN", "PRON", "X")):
                out.extend(ActorResolver.conjuncts(child, any_tag=any_tag))
        return out

    @staticmethod
    def phrase(head: Token, *, top: bool = True) -> list[Token]:
        """The tokens of ``head``'s noun phrase, without relative clauses and other conjuncts, and
        without the preposition that introduces it ("avec son homologue" → "son homologue")."""
        tokens = [head]
        for child in head.children:
            if child.dep_ in ("case", "mark") and not top:
                tokens.append(child)  # inner prepositions stay: "ministre des Affaires étrangères"
                continue
            bare_participle = child.dep_ == "acl" and not any(True for _ in child.children) and not after_auxiliary(child)
            # adjective conjuncts stay, whatever the tag of the second one ("chinois et russes": ADJ, NOUN)
            adjective_conj = child.dep_ == "conj" and (child.pos_ == "ADJ" or head.pos_ == "ADJ")
            if child.dep_ in _CLAUSAL and not adjective_conj and not bare_participle:
                continue  # clauses stay out; a bare participle ("le président déchu") is part of the phrase
            if child.dep_ in ("agent", "obl:agent") or (child.i > head.i and (fold(child.text) in BY_PREPS if child.dep_ == "prep" else any(g.dep_ == "case" and fold(g.text) in BY_PREPS for g in child.children))):
                continue  # "l'ambassadeur de France par la junte": the one who acts on it is not part of its name
            if child.dep_ == "appos" and any(g.dep_ == "conj" for g in child.children):
                continue  # "Saudi Arabia, the UAE, Bahrain and Egypt": the parser's apposition opens a list
            if child.i > head.i and _dated(child):
                continue  # "Ukraine's president on Saturday renewed…": the parser hung the date on the noun
            tokens.extend(ActorResolver.phrase(child, top=False))  # adjective conjuncts stay: "Hungarian and Romanian officials"
        return sorted(tokens, key=lambda t: t.i)

    def resolve(self, head: Token, hits: dict[int, Hit], memory: ArticleMemory, *, speaker: tuple[ActorRef, ...] = ()) -> tuple[ActorRef, ...]:
        refs: list[ActorRef] = []
        for conj in self.conjuncts(head):
            found = self._resolve_one(conj, hits, memory, speaker=speaker)
            listing = next((c for c in conj.children if c.dep_ == "appos" and c.i > conj.i and any(g.dep_ == "conj" for g in c.children)), None)
            if listing is not None and not any(r.country for r in found):
                # "les belligérants, l'armée fédérale et la défense slovène": a noun that names no one is
                # named by the list set in apposition to it
                found = [r for r in self.resolve(listing, hits, memory, speaker=speaker)] or found
            owner = next((r for r in reversed(refs) if r.country), None)
            # (not "Macron et son homologue", "Israël et ses alliés": another country by definition)
            other = fold(conj.lemma_) in self._lex.grammar.counterpart_nouns | self._lex.grammar.relation_nouns
            if owner is not None and _possessed(conj) and not other:
                # "Huawei et sa directrice financière", "Karadzic et le commandant de son armée": the
                # possessive points at the member before it, not at the speaker or the country in focus
                found = [replace(r, country=owner.country, source=f"{r.source}; coref:possessive->list" if r.source else "coref:possessive->list") if r.country is None or "coref:possessive" in (r.source or "") else r for r in found]
            refs.extend(found)
        return tuple(refs)

    def listed(self, refs: tuple[ActorRef, ...], doc: Doc, hits: dict[int, Hit], *, exclude: frozenset[str] = frozenset()) -> tuple[ActorRef, ...]:
        """Complete a side with the other countries of a coordinated list its country stands in:
        "to Iran, Libya, North Korea and Sudan", "des réfugiés sierra-léonais et libériens",
        "à l'Iran, à la Syrie et à la Russie". The parser often splits such lists; the words between
        the names (commas, one closing "and"/"et", articles, a repeated preposition) do not lie."""
        have = {r.country for r in refs if r.country} | exclude
        added: list[ActorRef] = []
        for ref in refs:
            if not ref.country or ref.start is None or ref.end is None:
                continue
            words = doc.char_span(ref.start, ref.end, alignment_mode="expand") or ()
            seed = next((h for t in words if (h := hits.get(t.i)) is not None and h.start == t.i and h.term.code == ref.country and h.kind.startswith("country:")), None)
            if seed is None:
                continue
            # "Sierra Leonean and Liberian refugees", "US and British warplanes": one head noun
            shared = _adjectival(doc, seed, hits)
            for h in self._country_run(doc, seed, hits):
                if h.term.code in have:
                    continue
                have.add(h.term.code)
                member = doc[h.start : h.end]
                added.append(
                    ActorRef(
                        member.text, member.start_char, member.end_char, country=h.term.code, sector=ref.sector if shared else None,
                        role=ref.role if shared else None, source=f"{h.term.rule}; grammar:list",
                    )
                )
        merged = (*refs, *added)
        if added and all(r.start is not None for r in merged):
            return tuple(sorted(merged, key=lambda r: r.start or 0))  # the list in the order the text gives it
        return merged

    def _country_run(self, doc: Doc, seed: Hit, hits: dict[int, Hit]) -> list[Hit]:
        conj = self._lex.grammar.list_conjunctions
        sent = doc[seed.start].sent
        # by lemma: "de la Libye, du Soudan", "à l'Iran, au Soudan" repeat one preposition
        preps = {fold(t.lemma_) for t in doc[max(seed.start - 2, sent.start) : seed.start] if t.pos_ == "ADP"}
        # "au Tchad et en Centrafrique": French picks à or en by the country's gender; one list of places still
        places = {fold(p) for p in self._lex.grammar.locative_preps if " " not in p}
        if preps & places:
            preps |= places

        def gap_ok(words: Span) -> bool | None:
            """None: not a list gap; False: a comma gap; True: the gap holding the closing conjunction."""
            keys = [fold(t.text) for t in words]
            closing = next((n for n, k in enumerate(keys) if k in conj), None)
            if closing is not None and "," in keys[closing + 2 :]:
                # "Sudan, and with strings attached, Cuba", "du Soudan et, sous conditions, de Cuba":
                # a short aside after the closing conjunction, ended by its comma
                start = closing + 1 + (keys[closing + 1 : closing + 2] == [","])
                end = keys.index(",", start)
                aside = words[start:end]
                if not 0 < len(aside) <= 4 or any("Fin" in t.morph.get("VerbForm") for t in aside):
                    return None
                keys, words = keys[:start] + keys[end:], [*words[:start], *words[end:]]
            if not keys or not all(k == "," or k in conj or t.pos_ == "DET" or (t.pos_ == "ADP" and fold(t.lemma_) in preps) for k, t in zip(keys, words)):
                return None
            if not ("," in keys or any(k in conj for k in keys)):
                return None
            return any(k in conj for k in keys)

        def step(h: Hit, forward: bool) -> tuple[Hit, bool] | None:
            i = h.end if forward else h.start - 1
            while sent.start <= i < sent.end and i not in hits and (i - h.end if forward else h.start - i) < 10:
                i = i + 1 if forward else i - 1
            nxt = hits.get(i)
            if nxt is None or nxt.kind not in _LISTABLE or _adjectival(doc, nxt, hits) != _adjectival(doc, seed, hits):
                return None  # capitals stay out: "police in Tehran, Iran and Baghdad" is no list of countries
            # "Iraq invaded Kuwait, and the United States responded": a new clause's subject ends the list
            if any(_opens_clause(t) for t in ((doc[nxt.start], doc[nxt.end - 1]) if forward else (doc[h.start], doc[h.end - 1]))):
                return None
            gap = gap_ok(doc[h.end : nxt.start] if forward else doc[nxt.end : h.start])
            return None if gap is None else (nxt, gap)

        run, closed = [seed], False
        for forward in (True, False):
            h = seed
            while not (forward and closed) and (found := step(h, forward)) is not None:
                h, has_conj = found
                if has_conj and closed:
                    break  # a second "and": another list ("Iran and Syria, France and Germany")
                closed = closed or has_conj
                run.insert(len(run) if forward else 0, h)
        if not closed:
            return []  # a list is only a list with its closing conjunction ("Bam, Iran" is a place and its country)
        return [h for h in run if h is not seed]

    # -- one conjunct ------------------------------------------------------------------------
    def _resolve_one(self, head: Token, hits: dict[int, Hit], memory: ArticleMemory, *, speaker: tuple[ActorRef, ...]) -> list[ActorRef]:
        g = self._lex.grammar
        low = fold(head.text)
        # Relative pronoun subject: the noun it refers back to.
        if low in _RELATIVE and head.dep_.startswith("nsubj"):
            antecedent = _antecedent(head)
            if antecedent is not None:
                return [replace(r, source=(r.source or "") + "+relative") for r in self.resolve(antecedent, hits, memory)]
        if head.pos_ == "PRON" and low in g.pronouns:
            return self._pronoun(head, memory, speaker)
        if head.pos_ == "PRON" and speaker and low in (g.quoted_speaker_pronouns if in_quotation(head) else g.speaker_pronouns):
            return [replace(r, text=head.text, start=head.idx, end=head.idx + len(head.text), source="coref:speaker") for r in speaker]

        tokens = self.phrase(head)
        span_text, start, end = _span(tokens)
        seen: set[int] = set()
        phrase_hits: list[Hit] = []
        for t in tokens:
            h = hits.get(t.i)
            if h is not None and id(h) not in seen:
                seen.add(id(h))
                phrase_hits.append(h)
        lowered = " ".join(fold(t.text) for t in tokens)
        for phrase in g.both_sides:
            if phrase in lowered and memory.last_pair:
                return [replace(r, text=span_text, start=start, end=end, source="coref:both-sides") for r in memory.last_pair]

        # "a stronghold on the Thai border": a country naming a border deeper in the phrase says where, not whose
        countries = [h for h in phrase_hits if h.kind.startswith("country:") and not _on_border(head, head.doc[h.start], g.border_nouns)]
        orgs = [h for h in phrase_hits if h.kind == "org"]
        # ("la candidature de la Moldavie à l'Union européenne": the country of its of-phrase, likewise)
        if any((h.kind == "country:demonym" and _modifies(head.doc[h.start], head)) or _owned_by(head.doc[h.start], head) for h in countries):
            # "le président turc en marge de l'Assemblée générale de l'ONU": an international body named
            # in another phrase of the head (not its of-phrase) is where the person is, not whose
            # ("Chechen fighters with the Islamic State" fight for it)
            orgs = [h for h in orgs if not (h.term.sector in ("IGO", "NGO") and _elsewhere(head.doc[h.start], head))]
        # A role is a noun: "militaire" in "coopération militaire" names no soldier.
        # Nor is a participle: "les comptes détenus à Zurich" are held, not detainees.
        roles = [h for h in phrase_hits if h.kind == "role" and not (h.end - h.start == 1 and (head.doc[h.start].pos_ == "ADJ" or (head.doc[h.start].pos_ == "VERB" and h.start != head.i)))]
        people = [h for h in phrase_hits if h.kind == "person"]

        name: str | None = None
        country: str | None = None
        sector: str | None = None
        role: str | None = None
        sources: list[str] = []

        person = self._person(people, tokens, memory)
        if person is not None:
            pref, psource = person
            name, country, sector, role = pref.name, pref.country, pref.sector, pref.role
            sources.append(psource)
        elif (ent := _person_entity([t for t in tokens if hits.get(t.i) is None or hits[t.i].kind != "role"], head)) is not None:
            known = memory.by_surname.get(fold(ent.split()[-1]))
            if known is not None and not roles and not countries:
                # "M. Lavardin", "Lavardin": the person named in full earlier in the article
                return [replace(known, text=span_text, start=start, end=end, source=f"coref:surname->{known.name}")]
            name = ent
            sources.append("ner:PERSON")

        if orgs:
            org = min(orgs, key=lambda h: abs(h.start - head.i))
            # "loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi": an armed group with no country of
            # its own does not take away the country of the person named with it (an international body
            # does: "UN Balkans envoy Carl Bildt" speaks for the UN)
            if not (person and country and org.term.country == org.term.code and org.term.sector in ("INS", "REB")) and not (org.term.sector == "PTY" and countries):
                country = org.term.country or country  # a party named with a country is that country's ("Israel's Labour Party")
            sector = org.term.sector
            name = name or org.term.code
            sources.append(org.term.rule)
        head_role = _head_role(roles, head)
        if head_role is not None and fold(head.text) in g.relation_nouns and _possessed(head):
            head_role = None  # "ses voisins", "its neighbours": another country, not the people next door
        if head_role is not None:
            head_role = self._gapped_role(head_role, tokens, hits)
            role = head_role.term.role or role
            sources.append(head_role.term.rule)
            if head_role.term.sector is not None and not orgs and not (person and sector):
                sector = head_role.term.sector
            elif sector is None and head_role.term.role in GENERIC_ROLES:
                others = [h for h in roles if h is not head_role and h.term.sector]
                sector = others[0].term.sector if others else sector
        if countries:
            ordered = sorted(countries, key=lambda h: h.start)
            kinds = {h.kind for h in ordered}
            # "Militants loyal to Iraq's Al-Qaeda frontman", "l'État islamique en Irak": a group
            # fighting across borders is coded by the country it fights in, when the phrase names it
            roaming = bool(orgs) and all(h.term.country == h.term.code and h.term.sector in ("INS", "REB") for h in orgs) and not person
            # only "Iraq's …" or "… in Iraq / en Irak" says where it fights ("from Belgium" is where they come from)
            fronts = [h for h in ordered if _fights_in(head.doc[h.start])] if roaming else []
            if country is None or not orgs or fronts:
                country = (fronts or ordered)[0].term.code if country is None or fronts or not person else country
            sources.append(ordered[0].term.rule)
            if any(named_by_descent(head.doc[h.start], g.ethnic_markers) for h in ordered):
                sources.append("grammar:ethnic")  # "ethnic Albanians": descent, not citizenship
            elif (home := next((h for c in ordered if (h := _homeland(_people_noun(head.doc[c.start], g), hits)) is not None), None)) is not None and not orgs and not person:
                # "les Serbes de Bosnie", "the Serbs of Bosnia": a people named by where it lives
                country = home.term.code
                sources.extend([home.term.rule, "grammar:residence"])
            if kinds & {"country:capital", "country:side"} and sector is None and not roles and not orgs and not people:
                sector = "GOV"  # "Moscou a déclaré", "the Russian side": the government speaking
            # "Senior Hungarian and Romanian officials": one member per country, sharing the role.
            # Only the head's own adjectives count ("the Turkish and Greek sides of … Cyprus").
            # Demonyms deeper in the phrase do not ("war crimes by Croatian extremists against Serb civilians").
            adjectives = [h for h in ordered if h.kind == "country:demonym" and _modifies(head.doc[h.start], head)]
            distinct = list(dict.fromkeys(h.term.code for h in adjectives))
            # only for people ("forces", "leaders", "Serbs"), not events or places ("Russian Georgian clashes", "the Turkish Syrian border")
            # (or their guns: "Bosnian Serb artillery")
            people_head = head_role is not None or (head.i in hits and hits[head.i].kind == "country:demonym") or fold(head.lemma_) in g.weapon_words
            pair = _stacked(head.doc, ordered) if people_head and not orgs and not person and not any(fold(t.lemma_) in g.border_nouns for t in tokens) else []
            residence = [h for h in pair if not {fold(head.doc[h.start].text), fold(head.doc[h.start].lemma_)} & g.ethnic_demonyms]  # ("serbes": the plural too)
            if head_role is None and head.i not in hits and residence and residence[0] is not pair[0]:
                residence = []  # guns take the residence first ("Bosnian Serb artillery"), not "Russian Iranian-made drones"
            if len(residence) == 1:
                # "Bosnian Serb leaders", "Kosovo Albanian", "Turkish Cypriot leader": one people living in
                # one country, no list; the country is the demonym that is no people's name across borders
                # (not two sides: "Pakistani Afghan border clashes", "an Iranian American businessman")
                country = residence[0].term.code
                sources.append(f"{residence[0].term.rule}; grammar:residence")
            elif len(distinct) > 1 and all(h.kind == "country:demonym" for h in adjectives):
                return [
                    ActorRef(span_text, start, end, code, sector, name, role, "; ".join(dict.fromkeys([*sources, h.term.rule])))
                    for code, h in zip(distinct, adjectives)
                ]
        if country is None and not countries and not orgs and not person:
            # "du Sud-Liban", "from Crimea": a region inside one country stands for that country
            inside = next((h for h in phrase_hits if h.kind == "region" and h.term.country and len(h.term.country) == 3), None)
            if inside is not None:
                country = inside.term.country
                sources.append(f"{inside.term.rule}; grammar:region")
        if role is not None and sector in ("GOV", "MIL", "LEG", "JUD") and any(fold(t.text).rstrip("-") in g.former_markers for t in tokens if t.i != head.i):
            sector = "ELI"  # "former prime minister", "l'ancien président", "ousted president"
            sources.append("grammar:former")
        if country is None and role != "counterpart" and low not in g.relation_nouns | g.captor_nouns and tokens and fold(tokens[0].text) in _POSSESSIVE and (speaker or memory.last_country):
            # "son ambassadeur", "its army": the country of the one speaking, else the one in focus
            source_ref = speaker[0] if speaker else memory.last_country
            if source_ref is not None and source_ref.country:
                country = source_ref.country
                sources.append("coref:possessive")
        if country is None and not orgs and not person and head.pos_ == "NOUN" and (leader := _leader(head, g.leader_verbs)) is not None:
            # "la coalition menée par l'Arabie saoudite", "the force led by France": the leader's country
            if led := next((r for r in self.resolve(leader, hits, memory) if r.country), None):
                country = led.country
                sources.append(f"{led.source}; grammar:led-by" if led.source else "grammar:led-by")
        if head.pos_ == "NOUN" and low in g.country_nouns and country is None and memory.last_country is not None:
            country = memory.last_country.country
            sources.append("coref:country")
        if name is None and country is None and not orgs and role is not None and _definite(tokens) and memory.last_person is not None:
            # "le ministre", "the minister": the salient person holding that role
            last = memory.last_person
            if last.role and (last.role == role or last.role.endswith("_" + role) or (role == "president" and last.role == "head_of_state")):
                return [replace(last, text=span_text, start=start, end=end, source=f"coref:role->{last.name}")]
        if name is None and country is None and sector is None and role is None:
            honor = self._honorific(tokens, memory)
            if honor is not None:
                return [replace(honor, text=span_text, start=start, end=end)]
        if head.pos_ == "PRON" and name is None and country is None and sector is None:
            return [ActorRef(span_text, start, end, source="unresolved:pronoun")]
        if name is not None and role is None and country is None and head.pos_ == "PROPN" and (title := self._title_before(tokens[0], hits)) is not None:
            # "le secrétaire d'État nigérian aux Affaires étrangères Dubem Oniya": the parser cut the
            # title off the name; it stands just before it
            words, found_role, found_country = title
            role, sector = found_role.term.role, found_role.term.sector or sector
            country = found_country.term.code if found_country is not None else None
            sources.extend([found_role.term.rule, *([found_country.term.rule] if found_country else []), "grammar:title-before-name"])
            span_text, start = head.doc.text[words.start_char : end], words.start_char
        return [ActorRef(span_text, start, end, country, sector, name, role, "; ".join(dict.fromkeys(sources)) or None)]

    @staticmethod
    def _title_before(first: Token, hits: dict[int, Hit]) -> tuple[Span, Hit, Hit | None] | None:
        """The role (and nationality) in the words right before a name, back to a comma or a verb."""
        doc, begin = first.doc, first.i
        while begin > first.sent.start and first.i - begin < 10:
            t = doc[begin - 1]
            if t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ"):
                break  # "Le ministre nigérian … et John Smith": another member, not a title
            begin -= 1
        window = [hits[i] for i in range(begin, first.i) if i in hits]
        roles = [h for h in window if h.kind == "role"]
        if not roles:
            return None
        country = next((h for h in window if h.kind.startswith("country:") and h.kind != "country:ambiguous"), None)
        return doc[begin : first.i], roles[0], country

    def _gapped_role(self, found: Hit, tokens: list[Token], hits: dict[int, Hit]) -> Hit:
        """"le ministre nigérien des Affaires étrangères": the longer role once the demonym that splits
        it is set aside (head noun + modifier composition)."""
        kept = [t for t in tokens if t.i >= found.start and not (t.i in hits and hits[t.i].kind.startswith("country:"))]
        keys = tuple(fold(t.text) for t in kept)
        for term in self._lex.terms.get(keys[0], ()) if keys else ():
            n = len(term.tokens)
            if term.kind == "role" and n > found.end - found.start and keys[:n] == term.tokens:
                return Hit(found.start, kept[n - 1].i + 1, term)
        return found

    def _pronoun(self, head: Token, memory: ArticleMemory, speaker: tuple[ActorRef, ...]) -> list[ActorRef]:
        text, start, end = head.text, head.idx, head.idx + len(head.text)
        if speaker and not in_quotation(head) and (fold(head.text) in self._lex.grammar.speaker_pronouns or speaker[0].name or memory.last_person is None):
            # inside reported speech, "il/they" is most often the one speaking (not inside a quotation,
            # where "« Ils ont expulsé notre ambassadeur »" are others)
            return [replace(r, text=text, start=start, end=end, source=f"coref:speaker->{r.text}") for r in speaker]
        target = memory.last_person
        if target is None:
            return [ActorRef(text, start, end, source="unresolved:pronoun")]
        return [replace(target, text=text, start=start, end=end, source=f"coref:pronoun->{target.text}")]

    def _person(self, people: list[Hit], tokens: list[Token], memory: ArticleMemory) -> tuple[ActorRef, str] | None:
        if not people:
            return None
        hit = max(people, key=lambda h: h.end - h.start)
        person = self._people.get(hit.term.code or "")
        if person is None:
            return None
        return self._person_ref(person, memory.day), hit.term.rule

    def _person_ref(self, person: Person, day: date | None) -> ActorRef:
        tenure = person.tenure_on(day)
        if tenure is not None:
            return ActorRef(person.name, None, None, tenure.country, tenure.sector, person.name, tenure.role)
        # Out of office on that day: nationality from any term, no sector or role.
        country = person.terms[-1].country if person.terms else None
        return ActorRef(person.name, None, None, country, None, person.name, None)

    def _honorific(self, tokens: list[Token], memory: ArticleMemory) -> ActorRef | None:
        words = [fold(t.text) for t in tokens]
        if not any(w in self._lex.grammar.honorifics for w in words):
            names = [t for t in tokens if t.pos_ == "PROPN"]
            if len(names) != 1:
                return None
        surname = fold(tokens[-1].text)
        ref = memory.by_surname.get(surname)
        if ref is not None:
            return replace(ref, source=f"coref:surname->{ref.name}")
        return None


_POSSESSIVE = frozenset({"son", "sa", "ses", "leur", "leurs", "its", "his", "her", "their"})
_DEFINITE = frozenset({"le", "la", "l'", "les", "the", "ce", "cette", "this"})


def _definite(tokens: list[Token]) -> bool:
    return bool(tokens) and fold(tokens[0].text) in _DEFINITE


def _span(tokens: list[Token]) -> tuple[str, int, int]:
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return first.doc.text[start:end], start, end


def _head_role(roles: list[Hit], head: Token) -> Hit | None:
    if not roles:
        return None
    for h in roles:
        if h.start <= head.i < h.end:
            return h
    return min(roles, key=lambda h: abs(h.start - head.i))


def _person_entity(tokens: list[Token], head: Token) -> str | None:
    """A person named by the phrase itself ("Mr. Rana", "le ministre, Étienne Lavardin"), not one
    inside a modifier ("la route de Kati", "the supporters of Mr. Rana")."""
    names = [t for t in tokens if t.ent_type_ in ("PER", "PERSON") and t.pos_ == "PROPN" and _name_path(t, head)]
    if not names:
        return None
    first, last = names[0], names[-1]
    return first.doc.text[first.idx : last.idx + len(last.text)]


def _stacked(doc: Doc, ordered: list[Hit]) -> list[Hit]:
    """The phrase's first two country words, when they are demonyms side by side with nothing between
    them ("Bosnian Serb", "chypriote turc"), not a list ("US and British") nor two peoples ("Israeli-Palestinian")."""
    if len(ordered) < 2 or ordered[0].end != ordered[1].start or ordered[0].term.code == ordered[1].term.code:
        return []
    pair = ordered[:2]
    return pair if all(h.kind == "country:demonym" and doc[h.start].dep_ != "conj" for h in pair) else []


def _modifies(tok: Token, head: Token) -> bool:
    """``tok`` is an adjective of ``head``, directly or as a conjunct of one ("Hungarian and Romanian")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.head.i == head.i and t.dep_ in ("amod", "compound", "nmod")


def _name_path(tok: Token, head: Token) -> bool:
    t = tok
    while t.i != head.i:
        if t.dep_ not in ("flat", "flat:name", "compound", "appos", "nmod:poss") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _antecedent(pron: Token) -> Token | None:
    clause = pron.head
    if clause.dep_ in ("acl:relcl", "relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    # The parser often hangs "…, qui" on the main verb: take the nearest noun before the pronoun.
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("flat", "flat:name", "compound", "amod"):
            return t
    return None


_LISTABLE = frozenset({"country:name", "country:alias", "country:official", "country:demonym", "country:ambiguous"})


def _adjectival(doc: Doc, h: Hit, hits: dict[int, Hit]) -> bool:
    """A demonym, or a name standing as one before a noun ("US and British warplanes", "US and China
    trade negotiators", "South Korean and US troops": a later member is as the first)."""
    if h.kind == "country:demonym":
        return True
    last = doc[h.end - 1]
    if last.dep_ == "conj" and (first := hits.get(last.head.i)) is not None and first is not h and first.kind.startswith("country:"):
        return _adjectival(doc, first, hits)
    return last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")


def _opens_clause(tok: Token) -> bool:
    """A country word that is the subject of a verb, or is followed by one: the start of a new clause."""
    t = tok
    while t.dep_ in ("compound", "flat", "flat:name", "det", "amod") and t.head.i != t.i:
        t = t.head
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"):
        return True
    first = t
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    # "The armed forces of Mali, Burkina Faso and Niger launched…": the list ends a phrase of the subject
    # (or an adjective of a noun before it: "des missiles de croisière américains et britanniques ont frappé")
    inside = first.dep_ in ("pobj", "nmod", "obl", "obl:arg", "obl:mod", "amod") and first.head.i < tok.i
    # "Saudi Arabia, the UAE, Bahrain and Egypt severed…": the last member before the list's own verb
    own_verb = nxt is not None and first.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and any(v.i == first.head.i for v in (nxt, nxt.head))
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and not inside and not own_verb


def _homeland(head: Token, hits: dict[int, Hit]) -> Hit | None:
    """The country in "<people> de/of <country>" when the head noun itself is a people's name."""
    own = next((h for t in (head, *(c for c in head.children if c.dep_ == "amod")) if (h := hits.get(t.i)) is not None and h.kind == "country:demonym"), None)
    if own is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    # ("les forces serbes de Bosnie": the parser may hang the phrase on the demonym)
    for c in [*head.children, *(g for a in head.children if a.dep_ == "amod" and a.i in hits for g in a.children)]:
        obj = c if c.dep_ == "nmod" and any(fold(k.text) in OF_PREPS for k in c.children if k.dep_ == "case") else None
        if c.dep_ == "prep" and fold(c.text) in OF_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        h = hits.get(obj.i) if obj is not None else None
        if h is not None and h.kind in ("country:name", "country:alias") and h.term.code != own.term.code:
            return h
    return None


def _people_noun(tok: Token, g: Grammar) -> Token:
    """The noun naming a people: the demonym itself ("les Serbes de Bosnie"), or the community noun
    that a people's name across borders qualifies ("la communauté hongroise de Roumanie", "the
    Hungarian minority of Romania"; not "the French community of Ivory Coast": expatriates), or the
    noun such a name qualifies right before its "de" ("les forces serbes de Bosnie"; not after a word
    of leaving: "le retrait des forces serbes de Bosnie" is Serbia's forces leaving Bosnia)."""
    forms = {fold(tok.text), fold(tok.lemma_)}
    if tok.dep_ != "amod" or not forms & g.ethnic_demonyms:
        return tok
    if fold(tok.head.lemma_) in g.community_nouns:
        return tok.head
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (not "les militaires turcs d'Irak": Turkey's)
    if after is not None and fold(after.text) in OF_PREPS and fold(tok.head.head.lemma_) not in g.departure_words and not forms & g.garrison_demonyms:
        return tok.head
    return tok


def _elsewhere(tok: Token, head: Token) -> bool:
    """``tok`` lies in a prepositional phrase of ``head`` opened by anything but "of"/"de"."""
    while tok.head.i != head.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.dep_ == "prep":
        return fold(tok.text) not in OF_PREPS
    cases = [fold(c.text) for c in tok.children if c.dep_ == "case"]
    return bool(cases) and cases[0] not in OF_PREPS


def _owned_by(tok: Token, head: Token) -> bool:
    """``tok`` heads an of-phrase of ``head`` itself ("la candidature de la Moldavie", "the bid of Moldova")."""
    up = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return up.i == head.i and up.i != tok.i and not _elsewhere(tok, head) and tok.dep_ in ("nmod", "pobj")


def _fights_in(tok: Token) -> bool:
    """"Iraq's Al-Qaeda", "al-Qaïda en Irak", "the Islamic State in Iraq": a possessive, or an in/en phrase."""
    return tok.dep_ == "poss" or (tok.dep_ == "pobj" and fold(tok.head.text) == "in") or any(c.dep_ == "case" and fold(c.text) in ("en", "au", "aux") for c in tok.children)


def named_by_descent(tok: Token, markers: frozenset[str]) -> bool:
    """"ethnic Albanians", "Albanais de souche", "ethnic Albanian guerrillas": a marker on the country
    word itself or beside it on the same noun (not "minister for ethnic minorities")."""
    near = [*tok.children, *(tok.head.children if tok.dep_ in ("amod", "compound") else ())]
    return any(fold(t.text) in markers for t in near)


def _possessed(head: Token) -> bool:
    """A possessive on ``head`` or on the noun of its of-phrase: "sa directrice", "le commandant de son armée"."""
    nouns = [head, *(c for c in head.children if c.dep_ == "nmod" and any(k.dep_ == "case" and fold(k.text) in OF_PREPS for k in c.children))]
    nouns += [o for c in head.children if c.dep_ == "prep" and fold(c.text) in OF_PREPS for o in c.children if o.dep_ == "pobj"]
    return any(c.dep_ in ("det", "poss", "nmod:poss") and fold(c.text) in _POSSESSIVE for n in nouns for c in n.children)


def _leader(head: Token, verbs: frozenset[str]) -> Token | None:
    """The agent of a participle of leading on ``head``: "menée par X", "led by X"."""
    for c in head.children:
        if c.dep_ not in ("acl", "acl:relcl") or c.pos_ != "VERB" or fold(c.lemma_) not in verbs:
            continue
        for a in c.children:
            if a.dep_ == "obl:agent" and any(fold(k.text) in BY_PREPS for k in a.children if k.dep_ == "case"):
                return a
            if a.dep_ == "agent":  # English: "led" → "by" → its object
                return next((o for o in a.children if o.dep_ == "pobj"), None)
    return None


def _dated(phrase: Token) -> bool:
    """A phrase after a noun that is all date ("on Saturday", "Tuesday"), by the parser's entities."""
    words = [t for t in phrase.subtree if t.dep_ not in ("case", "prep") and not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _on_border(head: Token, word: Token, border_nouns: frozenset[str]) -> bool:
    """``word`` (a country or its adjective) names a border other than the phrase's head noun:
    "the Thai border", "la frontière syrienne", "the border with Iraq"."""
    t = word
    for _ in range(3):
        if t.i == head.i or t.head.i == t.i:
            return False
        t = t.head
        if fold(t.lemma_) in border_nouns or fold(t.text) in border_nouns:
            return t.i != head.i
        if t.pos_ not in ("ADP",) and t.dep_ not in ("pobj", "prep"):
            return False
    return False


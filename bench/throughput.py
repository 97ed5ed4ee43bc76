"""Throughput benchmark: codes the bundled examples N times and prints articles/s, sentences/s,
events/s and peak memory. Figures, not pass/fail: run `python bench/throughput.py [N]`."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from sanderling import Article, Coder, iter_inputs

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    articles = [a for a in iter_inputs([str(ROOT / "examples")]) if isinstance(a, Article)]
    coder = Coder()
    t0 = time.perf_counter()
    warm = list(coder.code_many(articles[:2]))  # loads models and tables
    load = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_art = n_ev = n_chars = 0
    for _ in range(rounds):
        for r in coder.code_many(articles):
            n_art += 1
            n_ev += len(r.events)
            n_chars += len(r.article.text) if r.article else 0
    elapsed = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start-up (models, tables): {load:.1f} s ({len(warm)} warm-up articles)")
    print(f"{n_art} articles, {n_chars} characters, {n_ev} events in {elapsed:.1f} s")
    print(f"{n_art / elapsed:.1f} articles/s, {n_chars / elapsed / 1000:.1f} k characters/s, {n_ev / elapsed:.1f} events/s")
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()

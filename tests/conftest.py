"""Shared fixtures: real spaCy models, real data files, the repo's own examples and gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanderling import Coder

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = ROOT / "data" / "gold"


# The rule tests look at every event the rules find, those whose actor resolved to nothing included
# ("Two French hostages were released in Mali" is a RETREAT with no actor); the coder's default
# leaves those out, as PLOVER does, and tests/test_pipeline.py checks that default.
@pytest.fixture(scope="session")
def coder_fr() -> Coder:
    return Coder(lang="fr", keep_actorless=True)


@pytest.fixture(scope="session")
def coder_en() -> Coder:
    return Coder(lang="en", keep_actorless=True)


@pytest.fixture(scope="session")
def coder_fr_negated() -> Coder:
    return Coder(lang="fr", keep_negated=True, keep_actorless=True)


@pytest.fixture(scope="session")
def coder_en_negated() -> Coder:
    return Coder(lang="en", keep_negated=True, keep_actorless=True)


@pytest.fixture(scope="session")
def coders(coder_fr: Coder, coder_en: Coder) -> dict[str, Coder]:
    return {"fr": coder_fr, "en": coder_en}

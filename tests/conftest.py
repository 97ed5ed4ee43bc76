"""Shared fixtures: real spaCy models, real data files, the repo's own examples and gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanderling import Coder

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = ROOT / "data" / "gold"


@pytest.fixture(scope="session")
def coder_fr() -> Coder:
    return Coder(lang="fr")


@pytest.fixture(scope="session")
def coder_en() -> Coder:
    return Coder(lang="en")


@pytest.fixture(scope="session")
def coder_fr_negated() -> Coder:
    return Coder(lang="fr", keep_negated=True)


@pytest.fixture(scope="session")
def coder_en_negated() -> Coder:
    return Coder(lang="en", keep_negated=True)


@pytest.fixture(scope="session")
def coders(coder_fr: Coder, coder_en: Coder) -> dict[str, Coder]:
    return {"fr": coder_fr, "en": coder_en}

"""Offline language identification with lingua (it ships its models in the wheel).

The detector knows more languages than we code, so that German or Spanish text is reported as
unsupported instead of being coded as garbage French or English."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from sanderling.errors import UnsupportedLanguageError

if TYPE_CHECKING:
    from lingua import LanguageDetector

_KNOWN = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "ARABIC", "RUSSIAN",
    "UKRAINIAN", "CHINESE", "JAPANESE", "TURKISH", "POLISH", "ROMANIAN", "SWEDISH", "INDONESIAN",
    "PERSIAN", "HEBREW", "GREEK", "SWAHILI",
)  # fmt: skip
MIN_CONFIDENCE = 0.5


@functools.lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in _KNOWN)).build()


def identify(text: str, supported: tuple[str, ...], *, source: str, line: int | None = None) -> str:
    """The ISO 639-1 code of ``text``'s language if it is one of ``supported``; else an error."""
    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 12:
        raise UnsupportedLanguageError(source, "too little text to identify its language (use --lang)", line=line)
    values = _detector().compute_language_confidence_values(sample)
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code not in supported:
        raise UnsupportedLanguageError(
            source, f"unsupported language: {best.language.name.title()} ({code}); supported: {', '.join(supported)}", line=line
        )
    if best.value < MIN_CONFIDENCE:
        raise UnsupportedLanguageError(
            source, f"language unclear (best guess {code} at {best.value:.2f}); use --lang", line=line
        )
    return code

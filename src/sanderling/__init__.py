"""Sanderling: code French and English news into PLOVER political events, with evidence.

The public API is what ``__all__`` lists; everything else is private and may change.
"""

from sanderling.errors import (
    BinaryInputError,
    ConfigurationError,
    EmptyInputError,
    InputError,
    LexiconError,
    MalformedInputError,
    PipelineError,
    ResourceError,
    SanderlingError,
    UnsupportedLanguageError,
)
from sanderling.ingest import iter_inputs
from sanderling.pipeline import ArticleResult, Coder
from sanderling.records import ActorRef, Article, DateRef, Event, Evidence, PlaceRef, Sentence

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Coder",
    "ArticleResult",
    "iter_inputs",
    "Article",
    "Sentence",
    "ActorRef",
    "DateRef",
    "PlaceRef",
    "Evidence",
    "Event",
    "SanderlingError",
    "ConfigurationError",
    "ResourceError",
    "LexiconError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "MalformedInputError",
    "UnsupportedLanguageError",
    "PipelineError",
]

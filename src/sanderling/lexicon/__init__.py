"""Per-language lexicons and language-neutral tables, loaded from data files and validated."""

from sanderling.lexicon.load import (
    DATA_DIR,
    available_languages,
    load_date_words,
    load_lexicon,
    load_ontology,
    load_tables,
)
from sanderling.lexicon.schema import (
    CountryInfo,
    Lexicon,
    Ontology,
    Person,
    Tables,
    Term,
    TriggerEntry,
)

__all__ = [
    "DATA_DIR",
    "available_languages",
    "load_date_words",
    "load_lexicon",
    "load_ontology",
    "load_tables",
    "CountryInfo",
    "Lexicon",
    "Ontology",
    "Person",
    "Tables",
    "Term",
    "TriggerEntry",
]

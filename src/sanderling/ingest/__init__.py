"""Reading inputs into :class:`~sanderling.records.Article` records."""

from sanderling.ingest.readers import check_lang_option, iter_inputs, prepare

__all__ = ["iter_inputs", "prepare", "check_lang_option"]

"""Scoring against gold records (PLOVER gold-standard JSON format)."""

from sanderling.evaluate.gold import GoldRecord, read_gold
from sanderling.evaluate.score import Counts, Report, agreement, evaluate, format_report

__all__ = ["GoldRecord", "read_gold", "Counts", "Report", "agreement", "evaluate", "format_report"]

"""Event dates: expressions in the text resolved against the publication or statement day."""

from sanderling.time.expressions import DateMention, find_dates, resolve

__all__ = ["DateMention", "find_dates", "resolve"]

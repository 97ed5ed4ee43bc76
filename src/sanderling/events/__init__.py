"""Events: triggers → candidates → one event per clause with actor, recipient, modality, mode."""

from sanderling.events.extract import EventExtractor

__all__ = ["EventExtractor"]

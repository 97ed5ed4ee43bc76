"""spaCy pipelines (loaded once per process, lazily) and the split of an article into parsed
segments. This is the only package that builds spaCy objects."""

from sanderling.nlp.pipelines import get_pipeline, segments

__all__ = ["get_pipeline", "segments"]

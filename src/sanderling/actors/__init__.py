"""Actors: countries, sectors, people with terms of office, organisations, coreference."""

from sanderling.actors.matcher import Hit, find_terms
from sanderling.actors.resolve import ActorResolver, ArticleMemory

__all__ = ["ActorResolver", "ArticleMemory", "Hit", "find_terms"]

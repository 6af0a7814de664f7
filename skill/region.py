"""The numbers a person is told to call, per country, from one data file.

``skill/content/regions.json`` holds each country's emergency number, crisis line and poison control
line; content texts name them only by placeholder, so no content file writes 911 by hand and a locale
in another country cannot inherit a number that is wrong there. A locale's country is the part after
its hyphen: en-US and es-US are both US.

Standard library only: the Lambda zip imports this at every cold start.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

REGIONS_FILE = Path(__file__).parent / "content" / "regions.json"
FIELDS = ("emergency_number", "crisis_line", "poison_control")


class RegionError(ValueError):
    """A locale whose country has no numbers, or a regions file missing one."""


class Region(NamedTuple):
    country: str
    emergency_number: str
    crisis_line: str
    poison_control: str

    def value(self, field: str) -> str:
        return getattr(self, field)


def country_of(locale: str) -> str:
    return locale.rpartition("-")[2]


def load_regions(path: Path = REGIONS_FILE) -> dict[str, Region]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    regions = {}
    for country, numbers in raw.items():
        if country == "note":
            continue
        missing = [field for field in FIELDS if not numbers.get(field)]
        if missing:
            raise RegionError(f"{path.name}: {country} has no {missing[0]}")
        regions[country] = Region(country, *(str(numbers[field]) for field in FIELDS))
    return regions


def region_for(locale: str, regions: dict[str, Region]) -> Region:
    try:
        return regions[country_of(locale)]
    except KeyError:
        raise RegionError(f"{REGIONS_FILE.name} has no numbers for {country_of(locale)!r} (locale {locale})") from None

"""Reads metrics out of log lines the way CloudWatch Logs does with Embedded Metric Format, for tests.

Written from the EMF specification, apart from skill/emf.py, so a test fails when a line is not one
CloudWatch would take: a missing or non-numeric value, a dimension that is not a string, a bad
``_aws`` member.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import NamedTuple


class Datum(NamedTuple):
    namespace: str
    name: str
    unit: str
    dimensions: tuple[tuple[str, str], ...]  # sorted (key, value) pairs
    value: float


def read_line(line: str) -> list[Datum]:
    """The metric data one log line yields; AssertionError where CloudWatch would refuse it."""
    document = json.loads(line)
    assert isinstance(document, dict), "an EMF log event is a JSON object"
    metadata = document["_aws"]
    assert isinstance(metadata["Timestamp"], int) and metadata["Timestamp"] > 0
    data = []
    for directive in metadata["CloudWatchMetrics"]:
        assert isinstance(directive["Namespace"], str) and directive["Namespace"]
        assert directive["Dimensions"] and all(isinstance(keys, list) and len(keys) <= 30
                                               for keys in directive["Dimensions"])
        assert 1 <= len(directive["Metrics"]) <= 100
        for metric in directive["Metrics"]:
            value = document[metric["Name"]]
            assert isinstance(value, (int, float)) and not isinstance(value, bool), metric
            for keys in directive["Dimensions"]:
                dimensions = tuple(sorted((key, document[key]) for key in keys))
                assert all(isinstance(dimension_value, str) for _, dimension_value in dimensions), dimensions
                data.append(Datum(directive["Namespace"], metric["Name"], metric["Unit"], dimensions, value))
    return data


def sums(lines: list[str]) -> Counter:
    """Sum of each metric per (name, dimensions), as CloudWatch's Sum statistic would show it."""
    totals: Counter = Counter()
    for line in lines:
        for datum in read_line(line):
            totals[(datum.name, datum.dimensions)] += datum.value
    return totals

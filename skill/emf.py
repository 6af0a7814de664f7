"""CloudWatch Embedded Metric Format (EMF): metrics carried inside a JSON log line, standard library only.

CloudWatch Logs extracts metrics from any log event that is a JSON object with an ``_aws`` member
naming which of its keys are metrics and which are dimensions. On Lambda, printing such a line to
stdout is all it takes: no API call, no client, no time added to the answer. AWS Lambda Powertools
does the same but costs about 12 ms of imports at a cold start (see the README), so this is the
few lines of it the skill needs. Directives are plain dicts, not classes: this module is imported at
every cold start, and class creation is what costs there.
"""

from __future__ import annotations

import math

COUNT = "Count"
MILLISECONDS = "Milliseconds"


def directive(dimension_sets: list[list[str]], metrics: dict[str, str]) -> dict:
    """Metrics (name to unit) published once for each dimension set (a list of dimension keys)."""
    return {"Dimensions": dimension_sets, "Metrics": [{"Name": name, "Unit": unit} for name, unit in metrics.items()]}


def with_metrics(record: dict, namespace: str, directives: list[dict], timestamp_ms: int) -> dict:
    """``record`` plus the ``_aws`` member that makes its named keys CloudWatch metrics.

    Every key a directive names must be in the record, dimensions as strings and metrics as finite
    numbers: CloudWatch drops the metrics of a line that breaks this, silently, so it is checked here.
    """
    for each in directives:
        for dimension_set in each["Dimensions"]:
            for dimension in dimension_set:
                if not isinstance(record.get(dimension), str):
                    raise ValueError(f"dimension {dimension!r} must be a string in the record")
        for metric in each["Metrics"]:
            value = record.get(metric["Name"])
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ValueError(f"metric {metric['Name']!r} must be a finite number in the record")
    return {"_aws": {"Timestamp": timestamp_ms,
                     "CloudWatchMetrics": [{"Namespace": namespace, **each} for each in directives]},
            **record}

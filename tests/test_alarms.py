"""The CloudWatch alarms in serverless.yml, read from the template `serverless package` writes offline.

Needs the Serverless Framework from package.json (`npm ci`), like tests/test_deploy.py; CI sets
REQUIRE_PACKAGING=1 so that these fail rather than skip when it is missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from skill.request_log import ERROR_METRICS, NAMESPACE

SERVERLESS = ROOT / "node_modules" / ".bin" / "serverless"
SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
TOPIC = "arn:aws:sns:us-east-1:123456789012:back-spasm-alarms"
FUNCTION = {"Ref": "SkillLambdaFunction"}  # the function's name, once deployed


@pytest.fixture(scope="module", params=[TOPIC, None], ids=["with topic", "without topic"])
def template(request, tmp_path_factory) -> dict:
    if not SERVERLESS.exists():
        if os.environ.get("REQUIRE_PACKAGING"):
            pytest.fail("node_modules/.bin/serverless is missing: run `npm ci` first")
        pytest.skip("Serverless Framework not installed (npm ci); CI runs these tests")
    out = tmp_path_factory.mktemp("package")
    env = dict(os.environ, ALEXA_SKILL_ID=SKILL_ID, SLS_TELEMETRY_DISABLED="1", SLS_NOTIFICATIONS_MODE="off",
               PYTHON_BIN=f"python{sys.version_info.major}.{sys.version_info.minor}")
    env.pop("ALARM_TOPIC_ARN", None)
    if request.param:
        env["ALARM_TOPIC_ARN"] = request.param
    result = subprocess.run([str(SERVERLESS), "package", "--stage", "prod", "--package", str(out)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    template = json.loads((out / "cloudformation-template-update-stack.json").read_text())
    template["topic given"] = request.param
    return template


def has_topic(template: dict) -> bool:
    """CloudFormation's value of the HasAlarmTopic condition: Not(Equals(a, b))."""
    (not_equals,) = template["Conditions"]["HasAlarmTopic"]["Fn::Not"]
    first, second = not_equals["Fn::Equals"]
    return first != second


def alarm(template: dict, namespace: str) -> dict:
    (found,) = [r["Properties"] for r in template["Resources"].values()
                if r["Type"] == "AWS::CloudWatch::Alarm" and r["Properties"]["Namespace"] == namespace]
    return found


def check_five_minute_sum_of_one(properties: dict) -> None:
    assert (properties["MetricName"], properties["Statistic"], properties["Period"], properties["EvaluationPeriods"],
            properties["Threshold"], properties["ComparisonOperator"]) == (
        "Errors", "Sum", 300, 1, 1, "GreaterThanOrEqualToThreshold")
    assert properties["TreatMissingData"] == "notBreaching"  # no invocations is not an error


def check_actions(template: dict, properties: dict) -> None:
    for key in ("AlarmActions", "OKActions"):
        condition, when_set, when_unset = properties[key]["Fn::If"]
        assert condition == "HasAlarmTopic" and when_unset == {"Ref": "AWS::NoValue"}
        if template["topic given"]:
            assert has_topic(template) and when_set == [TOPIC]
        else:
            assert not has_topic(template)


def test_alarm_on_the_functions_errors(template):
    properties = alarm(template, "AWS/Lambda")
    assert properties["Dimensions"] == [{"Name": "FunctionName", "Value": FUNCTION}]
    check_five_minute_sum_of_one(properties)
    check_actions(template, properties)


def test_alarm_on_the_skills_own_error_metric_matches_what_the_log_line_emits(template):
    properties = alarm(template, NAMESPACE)
    # The dimension set the EMF line publishes Errors under with nothing but the service, which on
    # Lambda is the function's name (lambda_function.py reads AWS_LAMBDA_FUNCTION_NAME).
    assert ["service"] in ERROR_METRICS["Dimensions"] and ERROR_METRICS["Metrics"] == [{"Name": "Errors", "Unit": "Count"}]
    assert properties["Dimensions"] == [{"Name": "service", "Value": FUNCTION}]
    check_five_minute_sum_of_one(properties)
    check_actions(template, properties)

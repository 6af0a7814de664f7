"""AWS Lambda entry point: ``lambda_function.lambda_handler``.

The skill, its content and its handlers are built once per container, at import, not per request.
"""

import os

from skill.builder import build_skill
from skill.request_log import RequestLog
from skill.serialization import request_envelope

SKILL = build_skill(skill_id=os.environ.get("ALEXA_SKILL_ID") or None)
# One JSON line per request on stdout, where CloudWatch Logs takes it as it is and reads its metrics.
REQUEST_LOG = RequestLog(service=os.environ.get("AWS_LAMBDA_FUNCTION_NAME") or "lambda")


def lambda_handler(event, context):
    envelope = request_envelope(SKILL.serializer, event)
    return SKILL.serializer.serialize(REQUEST_LOG.invoke(SKILL, envelope, context))

"""AWS Lambda entry point: ``lambda_function.lambda_handler``.

The skill, its content and its handlers are built once per container, at import, not per request.
"""

import json
import os

from skill.builder import build_skill

SKILL = build_skill(skill_id=os.environ.get("ALEXA_SKILL_ID") or None)


def lambda_handler(event, context):
    envelope = SKILL.serializer.deserialize(payload=json.dumps(event), obj_type="ask_sdk_model.RequestEnvelope")
    return SKILL.serializer.serialize(SKILL.invoke(request_envelope=envelope, context=context))

"""The baseline: a bare ask-sdk-core hello-world skill, built and served exactly like ours."""

import json

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder


class HelloHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return True

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Hello world!").ask("Say hello again.").response


def build_skill(skill_id=None):
    builder = SkillBuilder()
    builder.skill_id = skill_id
    builder.add_request_handler(HelloHandler())
    return builder.create()


SKILL = build_skill()


def lambda_handler(event, context):
    envelope = SKILL.serializer.deserialize(payload=json.dumps(event), obj_type="ask_sdk_model.RequestEnvelope")
    return SKILL.serializer.serialize(SKILL.invoke(request_envelope=envelope, context=context))


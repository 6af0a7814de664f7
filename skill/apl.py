"""The screen (APL) half of an answer, for devices with one (an Echo Show on a nightstand).

Each spoken answer to a device that lists ``Alexa.Presentation.APL`` in its supported interfaces also
renders a document: the answer's own words (the speech as plain text), large, and for get-care-now
answers a banner with the action; while the guided check awaits an answer, Yes, No and Not sure buttons
whose touch sends an ``Alexa.Presentation.APL.UserEvent`` read like the spoken answer.

The documents are data (``skill/content/apl/<layout>.json``), read once at import (two small files);
every word on the screen comes from the datasource built here, from the locale's content. ask-sdk-model's
APL classes (~8 ms to import) are imported only when a screen is there to draw on.
"""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Mapping

from ask_sdk_core.handler_input import HandlerInput

from .content import CONTENT_DIR, Content
from .serialization import ReadyJson

APL_INTERFACE = "Alexa.Presentation.APL"
USER_EVENT = "Alexa.Presentation.APL.UserEvent"
DOCUMENT_DIR = CONTENT_DIR / "apl"
# One token for every document this skill renders: a UserEvent names it, and nothing else depends on it.
TOKEN = "backSpasmScreen"
DATASOURCE = "screen"  # the documents' one mainTemplate parameter
# What a check button sends: ["check_answer", "yes" | "no" | "unsure"].
CHECK_EVENT = "check_answer"
CHECK_ANSWERS = ("yes", "no", "unsure")
# Levels whose answers carry a banner with the action (their content gives its words).
BANNER_LEVELS = ("emergency", "urgent")


def _load_documents() -> Mapping[str, dict]:
    return MappingProxyType({path.stem: ReadyJson(json.loads(path.read_text(encoding="utf-8")))
                             for path in sorted(DOCUMENT_DIR.glob("*.json"))})


# Shared, never changed: a directive's document is JSON already, serialised as it is (skill.serialization).
DOCUMENTS: Mapping[str, dict] = _load_documents()


def has_screen(handler_input: HandlerInput) -> bool:
    """Whether the request's device says it renders APL."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    interfaces = getattr(getattr(system, "device", None), "supported_interfaces", None)
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def is_user_event(handler_input: HandlerInput) -> bool:
    return getattr(handler_input.request_envelope.request, "object_type", None) == USER_EVENT


def touched_answer(handler_input: HandlerInput) -> str | None:
    """"yes", "no" or "unsure" from a check button's UserEvent; None for any other request or arguments."""
    if not is_user_event(handler_input):
        return None
    arguments = getattr(handler_input.request_envelope.request, "arguments", None)
    if isinstance(arguments, list) and len(arguments) == 2 and arguments[0] == CHECK_EVENT \
            and arguments[1] in CHECK_ANSWERS:
        return arguments[1]
    return None


def screen_data(content: Content, text: str, *, triage: str | None = None, banner: str | None = None,
                banner_detail: str | None = None, buttons: bool = False) -> tuple[str, dict]:
    """The layout's name and its datasource: ``text`` (plain, as spoken), the banner of a get-care-now
    answer or of a later answer that reminds of one (given, else the level's), and the check's buttons
    with the locale's labels."""
    if triage in BANNER_LEVELS and banner is None:
        level = content.levels[triage]
        banner, banner_detail = level.banner, level.banner_detail
    data = {"text": text, "hasBanner": bool(banner), "banner": banner or "",
            "hasBannerDetail": bool(banner and banner_detail), "bannerDetail": (banner and banner_detail) or ""}
    if not buttons:
        return "answer", data
    data["buttons"] = [{"label": content.screen[answer], "event": CHECK_EVENT, "answer": answer}
                       for answer in CHECK_ANSWERS]
    return "check", data


def render_directive(layout: str, data: dict):
    """ask-sdk-model's RenderDocumentDirective for ``layout`` with ``data`` as its datasource."""
    from ask_sdk_model.interfaces.alexa.presentation.apl.render_document_directive import (  # noqa: PLC0415
        RenderDocumentDirective)  # only screens pay for the APL classes

    return RenderDocumentDirective(token=TOKEN, document=DOCUMENTS[layout], datasources={DATASOURCE: data})

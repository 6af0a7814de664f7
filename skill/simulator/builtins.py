"""What Alexa itself knows: phrases for its built-in intents and the built-in slot types' values.

These stand in for Alexa's own training of AMAZON.* intents and slot types. Custom intents learn
only from the interaction model; nothing here mentions back spasms. The phrases are data, one folder
per locale (``alexa/<locale>/``, read by ``locales.py``); the names below are en-US's, for callers that
know only English. The built-in slot types' values are read by spoken_dates (AMAZON.DATE),
spoken_durations (AMAZON.DURATION) and spoken_numbers (AMAZON.NUMBER); each parser gives the first
value in a text as (spoken words, Alexa's value).
"""

from __future__ import annotations

from .locales import for_locale
from .spoken_dates import parse_date
from .spoken_durations import parse_duration
from .spoken_numbers import parse_number

__all__ = ["BUILTIN_INTENT_PHRASES", "OTHER_DOMAIN_PHRASES", "EXIT_PHRASES", "EXAMPLES", "parse_date",
           "parse_duration", "parse_number"]

_ENGLISH = for_locale("en-US")
BUILTIN_INTENT_PHRASES = _ENGLISH.builtin_intents
# Alexa's fallback model also knows what people ask of other skills; these stand in for that.
OTHER_DOMAIN_PHRASES = _ENGLISH.other_domain
# Phrases that end the session at once: Alexa sends a SessionEndedRequest, not an intent.
EXIT_PHRASES = _ENGLISH.exit_phrases
EXAMPLES = _ENGLISH.examples

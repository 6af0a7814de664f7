"""What Alexa itself knows: phrases for its built-in intents and the built-in slot types' values.

These stand in for Alexa's own training of AMAZON.* intents and slot types. Custom intents learn
only from the interaction model; nothing here mentions back spasms. The built-in slot types' values
are read by spoken_dates (AMAZON.DATE), spoken_durations (AMAZON.DURATION) and spoken_numbers
(AMAZON.NUMBER); each parser gives the first value in a text as (spoken words, Alexa's value).
"""

from __future__ import annotations

from importlib import resources

from .spoken_dates import parse_date
from .spoken_durations import parse_duration
from .spoken_numbers import parse_number

__all__ = ["BUILTIN_INTENT_PHRASES", "OTHER_DOMAIN_PHRASES", "EXIT_PHRASES", "EXAMPLES", "parse_date",
           "parse_duration", "parse_number"]

BUILTIN_INTENT_PHRASES = {
    "AMAZON.YesIntent": ["yes", "yeah", "yep", "yes please", "sure", "okay", "ok", "of course", "please do",
                         "go ahead", "yes it is", "yes there is", "yes he does", "yes she does", "i think so",
                         "correct", "that's right", "absolutely", "uh huh", "yes i do", "tell me more"],
    "AMAZON.NoIntent": ["no", "nope", "no thanks", "no thank you", "nah", "not really", "no there isn't",
                        "no it isn't", "no he doesn't", "no she doesn't", "not at all", "negative", "no i don't",
                        "i don't think so", "none", "no it hasn't", "no it's not", "no he hasn't",
                        "no she hasn't", "no they haven't"],
    "AMAZON.HelpIntent": ["help", "help me", "what can you do", "what can i ask", "what can i say",
                          "how does this work", "i need help", "what are my options", "what do you know"],
    "AMAZON.StopIntent": ["stop", "be quiet", "shut up", "off", "that's all", "i'm done", "enough",
                          "goodbye", "bye", "that's enough", "please stop", "stop talking"],
    "AMAZON.CancelIntent": ["cancel", "never mind", "forget it", "cancel that", "nevermind"],
    "AMAZON.RepeatIntent": ["repeat", "say that again", "repeat that", "what did you say", "come again",
                            "can you repeat that", "pardon", "say it again", "one more time", "again please",
                            "what was that", "sorry i missed that"],
    "AMAZON.StartOverIntent": ["start over", "restart", "begin again", "start again", "from the beginning",
                               "let's start over"],
    "AMAZON.NavigateHomeIntent": ["go home", "home", "go to the home screen"],
}

# Alexa's fallback model also knows what people ask of other skills; these stand in for that.
OTHER_DOMAIN_PHRASES = [line for line in resources.files(__package__).joinpath("alexa", "other_domain.en-US.txt")
                        .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]

# Phrases that end the session at once: Alexa sends a SessionEndedRequest, not an intent.
EXIT_PHRASES = {"exit", "quit", "alexa exit"}

DURATION_EXAMPLES = ["two days", "three hours", "a week", "an hour", "five days", "a couple of days", "36 hours",
                     "a day", "several days", "ten minutes", "two weeks", "a few hours"]
DATE_EXAMPLES = ["yesterday", "today", "this morning", "last night", "monday", "last friday", "last week",
                 "the day before yesterday", "on sunday", "this afternoon"]
NUMBER_EXAMPLES = ["one", "two", "three", "five", "ten", "twenty"]
EXAMPLES = {"AMAZON.DURATION": DURATION_EXAMPLES, "AMAZON.DATE": DATE_EXAMPLES, "AMAZON.NUMBER": NUMBER_EXAMPLES}

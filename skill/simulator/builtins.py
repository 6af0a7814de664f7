"""What Alexa itself knows: phrases for its built-in intents and the built-in slot types' values.

These stand in for Alexa's own training of AMAZON.* intents and slot types. Custom intents learn
only from the interaction model; nothing here mentions back spasms.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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
OTHER_DOMAIN_PHRASES = [
    "what's the weather like", "will it rain today", "play some music", "play my playlist", "set an alarm",
    "set a timer", "tell me a story", "tell me something funny", "turn on the lights", "turn up the volume",
    "what time is it in london", "what's today's date", "read my messages", "call my brother", "send a text message",
    "add eggs to the shopping list", "what's the news", "how are the stocks doing", "who won the election",
    "how many miles in a kilometer", "what's two plus two", "play a game", "order more paper towels",
    "where's my package", "find a recipe for chicken soup", "lock the front door", "what movies are playing",
    "flip a coin", "roll a die", "good morning", "how old are you", "turn off the kitchen lights",
    "dim the living room lights", "set the thermostat to seventy two", "make it warmer in here",
    "lock the garage door", "turn on the tv", "switch the tv to channel four", "turn off the bedroom fan",
    "start the robot vacuum", "is the front door locked", "call mom", "call my daughter on her cell",
    "text my wife that i'm on my way", "do i have any new voicemails", "drop in on the kitchen",
    "send a message to john saying i'm running late", "add milk to my grocery list", "what's on my shopping list",
    "reorder dog food", "add pick up dry cleaning to my to do list", "order a new phone charger",
    "track my amazon order", "set a timer for ten minutes", "wake me up at six thirty", "cancel my alarm",
    "how much time is left on the timer", "remind me to take out the trash tonight", "snooze",
    "what's the forecast for tomorrow", "do i need an umbrella today", "how hot will it be this weekend",
    "is it going to snow tonight", "play some jazz", "play the country station", "skip this song",
    "who sings this song", "shuffle my favorites", "play npr", "give me my flash briefing",
    "what's the score of the yankees game", "when do the cowboys play next", "what are today's headlines",
    "who won the super bowl", "how many cups are in a quart", "what can i substitute for buttermilk",
    "give me a recipe for banana bread", "what temperature do i cook a turkey at", "how long do i boil an egg",
    "what's the capital of australia", "how far away is the moon", "what's fifteen percent of eighty",
    "who was the sixteenth president", "how do you spell necessary", "what does ubiquitous mean",
    "how many ounces in a pound", "how's the traffic to work", "is my flight on time", "find a gas station near me",
    "how far is it to chicago", "what helps a headache", "how do i get rid of a sore throat",
    "what's good for a toothache", "how do i treat a cold", "what helps with seasonal allergies",
    "what do i put on a sunburn", "how do i treat a bee sting", "what should i do for a sprained ankle",
    "my knee is swollen what do i do", "how do i get rid of heartburn", "what helps with acid reflux",
    "i can't sleep at night what can i do", "how do i get over the flu faster",
    "my dog is throwing up what should i do", "is chocolate bad for cats", "how do i stop hiccups",
    "what helps a stuffy nose", "tell me a joke", "what's on my calendar today", "when is thanksgiving this year",
    "good night",
]

# Phrases that end the session at once: Alexa sends a SessionEndedRequest, not an intent.
EXIT_PHRASES = {"exit", "quit", "alexa exit"}

_UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
          "year": "Y"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "thirty": 30, "forty": 40, "forty eight": 48, "twenty four": 24, "thirty six": 36,
            "couple of": 2, "a couple of": 2, "few": 3, "a few": 3, "several": 3}
_NUMBER = "|".join(sorted((re.escape(n) for n in _NUMBERS), key=len, reverse=True))
DURATION_PATTERN = re.compile(rf"\b(?P<amount>\d+(?:\.\d+)?|{_NUMBER})\s+(?P<unit>second|minute|hour|day|night|"
                              rf"week|month|year)s?\b")
_HALF = re.compile(r"\b(?:a|an)\s+(?P<unit>hour|day|week)\s+and\s+a\s+half\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DATE_PATTERN = re.compile(r"\b(?:(?P<word>today|tonight|yesterday|this morning|this afternoon|this evening|"
                          r"last night|day before yesterday|the day before yesterday)|(?:last |on |this past )?"
                          r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")|last (?P<span>week|weekend|month))\b")

DURATION_EXAMPLES = ["two days", "three hours", "a week", "an hour", "five days", "a couple of days", "36 hours",
                     "a day", "several days", "ten minutes", "two weeks", "a few hours"]
DATE_EXAMPLES = ["yesterday", "today", "this morning", "last night", "monday", "last friday", "last week",
                 "the day before yesterday", "on sunday", "this afternoon"]
NUMBER_EXAMPLES = ["one", "two", "three", "five", "ten", "twenty"]
EXAMPLES = {"AMAZON.DURATION": DURATION_EXAMPLES, "AMAZON.DATE": DATE_EXAMPLES, "AMAZON.NUMBER": NUMBER_EXAMPLES}


def _amount(text: str) -> float:
    return float(text) if text[0].isdigit() else float(_NUMBERS[text])


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def parse_duration(text: str) -> tuple[str, str] | None:
    """The first duration in ``text`` as (spoken words, ISO-8601 like ``P2D``), or None."""
    half = _HALF.search(text)
    if half:
        unit = half.group("unit")
        hours = {"hour": 1.5, "day": 36, "week": 252}[unit]
        return half.group(0), f"PT{_number_text(hours)}H"
    match = DURATION_PATTERN.search(text)
    if not match:
        return None
    amount, unit = _amount(match.group("amount")), match.group("unit")
    code = _UNITS[unit]
    time_part = unit in ("second", "minute", "hour")
    return match.group(0), f"P{'T' if time_part else ''}{_number_text(amount)}{code}"


def parse_date(text: str, today: date) -> tuple[str, str] | None:
    """The first date in ``text`` as (spoken words, AMAZON.DATE value), or None."""
    match = DATE_PATTERN.search(text)
    if not match:
        return None
    word, weekday, span = match.group("word"), match.group("weekday"), match.group("span")
    if word:
        back = 2 if "before" in word else 1 if word in ("yesterday", "last night") else 0
        return match.group(0), (today - timedelta(days=back)).isoformat()
    if weekday:
        back = (today.weekday() - _WEEKDAYS.index(weekday)) % 7 or 7
        return match.group(0), (today - timedelta(days=back)).isoformat()
    if span == "month":
        previous = today.replace(day=1) - timedelta(days=1)
        return match.group(0), previous.strftime("%Y-%m")
    week = today - timedelta(days=7)
    iso_year, iso_week, _ = week.isocalendar()
    return match.group(0), f"{iso_year}-W{iso_week:02d}" + ("-WE" if span == "weekend" else "")


def parse_number(text: str) -> tuple[str, str] | None:
    match = re.search(rf"\b(\d+|{_NUMBER})\b", text)
    if not match:
        return None
    return match.group(0), _number_text(_amount(match.group(0)))

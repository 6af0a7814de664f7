"""What Alexa itself knows: phrases for its built-in intents and the built-in slot types' values.

These stand in for Alexa's own training of AMAZON.* intents and slot types. Custom intents learn
only from the interaction model; nothing here mentions back spasms. The built-in slot types' values
are read by spoken_dates (AMAZON.DATE), spoken_durations (AMAZON.DURATION) and spoken_numbers
(AMAZON.NUMBER); each parser gives the first value in a text as (spoken words, Alexa's value).
"""

from __future__ import annotations

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

DURATION_EXAMPLES = ["two days", "three hours", "a week", "an hour", "five days", "a couple of days", "36 hours",
                     "a day", "several days", "ten minutes", "two weeks", "a few hours"]
DATE_EXAMPLES = ["yesterday", "today", "this morning", "last night", "monday", "last friday", "last week",
                 "the day before yesterday", "on sunday", "this afternoon"]
NUMBER_EXAMPLES = ["one", "two", "three", "five", "ten", "twenty"]
EXAMPLES = {"AMAZON.DURATION": DURATION_EXAMPLES, "AMAZON.DATE": DATE_EXAMPLES, "AMAZON.NUMBER": NUMBER_EXAMPLES}

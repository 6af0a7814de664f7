"""An offline stand-in for Alexa: understands text with the interaction model and calls the skill."""

"""Back Spasm Helper: an Alexa skill answering back-spasm questions from the ER of Kingwood guide."""

__version__ = "1.0.0"

"""The interaction models in ASK format, one ``<locale>.json`` per locale.

A package only so that it ships: pyproject.toml installs this folder as ``skill.interaction_models``,
which ``skill.simulator.model`` reads with importlib.resources.
"""

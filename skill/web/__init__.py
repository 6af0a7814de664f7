"""The skill as an HTTPS web service, the way Alexa calls a custom skill that is not on Lambda.

Production: ``gunicorn 'skill.web:create_app()'`` behind the clinic's TLS-terminating proxy.
"""

from .app import create_app

__all__ = ["create_app"]

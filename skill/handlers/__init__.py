"""Request handlers, one small class per intent; ``skill.builder`` registers them in order."""

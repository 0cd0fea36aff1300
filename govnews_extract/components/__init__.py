"""Pipeline stages, each a registered spaCy factory working on one ``Doc``."""

"""Data files: lexicons and patterns, read with ``importlib.resources``."""

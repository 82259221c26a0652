"""The package version: pyproject.toml reads it from here, so that importing
``cleaner`` need not load ``importlib.metadata`` (a tenth of ``clean``'s start)."""

__version__ = "0.1.0"

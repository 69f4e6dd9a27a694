"""CaseDesk's knowledge engine: archive, catalog, extraction, ingest and search.

Nothing in this package imports Qt or ``desktop``: it serves the command line, the
desktop app and tests alike.
"""

__version__ = "0.1.0"

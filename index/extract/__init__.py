"""Extractors: one module per format, each behind :class:`index.extract.base.Extractor`."""

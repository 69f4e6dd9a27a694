"""Text handling shared by extraction, ingest and search: decoding and normalisation."""

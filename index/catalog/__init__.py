"""The catalog: the archive's SQLite database, its source of truth."""

from index.catalog.catalog import Catalog

__all__ = ["Catalog"]

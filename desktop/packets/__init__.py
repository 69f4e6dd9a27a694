"""Briefing packets: a case's documents as one stamped, bookmarked, printable PDF.

:mod:`.model` says what a packet is; :mod:`.sources` turns each document into PDF pages;
:mod:`.pages` flattens, resizes and stamps a page; :mod:`.front` renders the cover and
the table of contents; :mod:`.assemble` writes the file; :mod:`.keep` stores it in the
archive.  No Qt outside :mod:`desktop.output` (through the drafting code).
"""

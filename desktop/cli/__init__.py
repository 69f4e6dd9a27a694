"""The ``casedesk`` command line."""

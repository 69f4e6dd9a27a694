"""The CaseDesk window: the only package that creates widgets."""

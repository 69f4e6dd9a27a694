"""The CaseDesk application on top of the engine: command line and (soon) the window."""

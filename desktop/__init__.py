"""The CaseDesk application on top of the engine: the command line, the window, output."""

from desktop import qt_workaround

qt_workaround.apply()  # before any Qt call: see the module for the PySide6 bug it guards

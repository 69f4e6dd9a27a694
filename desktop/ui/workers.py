"""Work off the UI thread: a task runs in a thread pool, its outcome comes back as signals.

A :class:`Task` wraps a function.  Its :class:`TaskSignals` live on a separate QObject
(a QRunnable cannot have signals) and are delivered on the UI thread: ``progress``
while it runs, then exactly one of ``finished(result)`` or ``failed(error)``.  Never
touch widgets inside the function.  :class:`Lane` runs tasks one at a time, in order
(the archive's single writer; the reader's one SQLite connection), keeps every running
task referenced, and waits for them when the window closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    """Signals of one task: ``progress(object)``, ``finished(object)``, ``failed(object)``."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``function(task)``; the function may call ``task.report(value)`` and check
    ``task.cancelled``."""

    def __init__(self, function: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop at its next check (what it finished stays done)."""
        self._cancel.set()

    def report(self, value: object) -> None:
        """Send a progress value to the UI thread."""
        self.signals.progress.emit(value)

    def run(self) -> None:
        try:
            result = self.function(self)
        except BaseException as error:
            self.done.set()
            self.signals.failed.emit(error)
        else:
            self.done.set()
            self.signals.finished.emit(result)


class Lane(QObject):
    """A queue of tasks run one at a time on a thread of its own."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setObjectName(name)
        self._tasks: list[Task] = []

    def start(
        self,
        function: Callable[[Task], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Task:
        """Queue ``function``; callbacks run on the UI thread."""
        task = Task(function)
        self._tasks = [t for t in self._tasks if not t.done.is_set()] + [task]
        if on_progress:
            task.signals.progress.connect(on_progress)
        if on_done:
            task.signals.finished.connect(on_done)
        if on_error:
            task.signals.failed.connect(on_error)
        self.pool.start(task)
        return task

    def busy(self) -> bool:
        """True while a task is queued or running."""
        return any(not t.done.is_set() for t in self._tasks)

    def shut_down(self, timeout_ms: int = 30_000) -> None:
        """Cancel every task and wait for the running one to end."""
        for task in self._tasks:
            task.cancel()
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)
        for task in self._tasks:
            task.done.set()  # those cleared from the queue never ran

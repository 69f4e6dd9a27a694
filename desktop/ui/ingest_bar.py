"""The status-bar progress of an ingest: "file x of y", the current name, and Cancel;
then "Reading scans: page x of y" while the scans are read (Cancel keeps what was read)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.digits import number
from desktop.ui.tr import translate
from desktop.ui.workers import Task
from index.ingest.pipeline import INDEXING, TIDYING
from index.ingest.scans import READING_SCANS
from index.ingest.summary import Progress


class IngestBar(QWidget):
    """Hidden until an ingest starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ingest-bar")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(translate("IngestBar", "Cancel"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.task: Task | None = None
        self.hide()

    def started(self, task: Task) -> None:
        """Show the bar for a new ingest."""
        self.task = task
        self.bar.setRange(0, 0)  # busy until the first file is counted
        self.label.setText(translate("IngestBar", "Adding files…"))
        self.cancel_button.setEnabled(True)
        self.show()

    def show_progress(self, progress: Progress) -> None:
        """Show how far the ingest has come."""
        if progress.name == TIDYING:  # all indexed; Cancel only skips the merge
            self.bar.setRange(0, 0)
            self.label.setText(
                translate("IngestBar", "Tidying the search index for faster searches…")
            )
            self.cancel_button.setEnabled(not self.task or not self.task.cancelled)
            return
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        if progress.name == READING_SCANS:  # every file added; the scans being read
            self.label.setText(
                translate("IngestBar", "Reading scans: page {page} of {pages}").format(
                    page=number(f"{progress.done + 1:,}"), pages=number(f"{progress.total:,}")
                )
            )
            if progress.done >= progress.total:
                self.label.setText(
                    translate("IngestBar", "Reading scans: {pages} pages read").format(
                        pages=number(f"{progress.total:,}")
                    )
                )
        elif progress.name == INDEXING:  # every file read; the index catching up
            self.label.setText(
                translate("IngestBar", "Indexing for search: {done} of {total}").format(
                    done=number(f"{progress.done:,}"), total=number(f"{progress.total:,}")
                )
            )
            self.cancel_button.setEnabled(False)  # what is read is indexed, to be found
        else:
            self.label.setText(
                translate("IngestBar", "File {done} of {total}: {name}").format(
                    done=number(progress.done), total=number(progress.total), name=progress.name
                )
            )

    def cancel(self) -> None:
        """Stop the ingest after the files being read (what is done stays done)."""
        if self.task is not None and not self.task.done.is_set():
            self.task.cancel()
            self.label.setText(translate("IngestBar", "Stopping…"))
            self.cancel_button.setEnabled(False)

    def finished(self, _summary: object) -> None:
        """Hide the bar."""
        self.task = None
        self.hide()

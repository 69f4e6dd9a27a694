"""The Packet builder's documents: in packet order, dragged to reorder, removed with Delete.

:class:`PacketDocuments` is a list of :class:`~desktop.ui.packet_jobs.Entry` rows.
Rows move by drag and drop, by Move up / Move down, or by Ctrl+Up / Ctrl+Down; Delete
(or Remove) takes the selected rows out of the packet (never out of the archive).
``changed`` is emitted whenever the order or the rows change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.packet_jobs import Entry
from desktop.ui.tr import translate

_ENTRY = Qt.ItemDataRole.UserRole
_KEEP_SELECTION = QItemSelectionModel.SelectionFlag.NoUpdate


class PacketDocuments(QWidget):
    """The packet's documents in order, with Move up, Move down and Remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = True
        self.list = QListWidget(objectName="packet-documents")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(
            translate("PacketList", "Drag documents to change their order; Delete takes one out.")
        )
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.up_button = QPushButton(translate("PacketList", "Move &up"), objectName="packet-up")
        self.down_button = QPushButton(
            translate("PacketList", "Move do&wn"), objectName="packet-down"
        )
        self.remove_button = QPushButton(
            translate("PacketList", "&Remove"), objectName="packet-remove"
        )
        self.remove_button.setToolTip(
            translate("PacketList", "Leave the selected documents out of this packet")
        )
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.list.installEventFilter(self)  # Ctrl+Up, Ctrl+Down, Delete
        self.count_label = QLabel(objectName="packet-count")
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.changed.connect(self._update_count)
        self._update_buttons()
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up / Ctrl+Down move the selected rows, Delete removes them (the list
        itself would take Ctrl+arrows as moving the cursor)."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress and self._editable:
            key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show ``entries`` (each document once), in this order."""
        self.list.clear()
        self.add_entries(entries)

    def add_entries(self, entries: Sequence[Entry]) -> int:
        """Append those of ``entries`` not listed yet; returns how many were added."""
        listed = set(self.ids())
        added = 0
        for entry in entries:
            if entry.id in listed:
                continue
            listed.add(entry.id)
            item = QListWidgetItem(entry.label)
            item.setData(_ENTRY, entry)
            item.setToolTip(translate("PacketList", "Document {id}").format(id=entry.id))
            self.list.addItem(item)
            added += 1
        self.changed.emit()
        return added

    def entries(self) -> list[Entry]:
        """The listed documents, in packet order."""
        return [self.list.item(row).data(_ENTRY) for row in range(self.list.count())]

    def ids(self) -> list[int]:
        """The listed documents' ids, in packet order."""
        return [entry.id for entry in self.entries()]

    def move(self, step: int) -> None:
        """Move the selected rows one place up (``-1``) or down (``1``), keeping them selected."""
        rows = sorted({self.list.row(item) for item in self.list.selectedItems()})
        if not rows:
            return
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == self.list.count() - 1):
            return
        self.list.clearSelection()
        for row in rows if step < 0 else reversed(rows):
            self.list.insertItem(row + step, self.list.takeItem(row))
        for row in rows:
            self.list.item(row + step).setSelected(True)
        self.list.setCurrentItem(self.list.item(rows[0] + step), _KEEP_SELECTION)
        self.changed.emit()

    def remove_selected(self) -> None:
        """Take the selected documents out of the packet."""
        rows = sorted({self.list.row(item) for item in self.list.selectedItems()}, reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def remove_ids(self, ids: set[int]) -> None:
        """Take the documents ``ids`` out of the packet, wherever they are listed."""
        rows = [
            row for row in range(self.list.count()) if self.list.item(row).data(_ENTRY).id in ids
        ]
        for row in reversed(rows):
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def set_editable(self, editable: bool) -> None:
        """Allow changes (not while a packet is being built)."""
        self.list.setDragEnabled(editable)
        self.list.setAcceptDrops(editable)
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems()) and self._editable
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen)

    def _update_count(self) -> None:
        count = self.list.count()
        self.count_label.setText(
            translate("PacketList", "1 document")
            if count == 1
            else translate("PacketList", "{count} documents").format(count=count)
        )

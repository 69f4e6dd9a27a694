"""The preview of a scanned page: the picture fit to the preview's width, the words a
search matched painted over with the same yellow as marked text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

HIGHLIGHT = QColor(255, 214, 0, 110)  # see-through, so the word stays readable
OUTLINE = QColor(230, 140, 0)


class _Canvas(QWidget):
    """Paints the picture at the canvas's width and the boxes scaled alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.boxes: tuple[QRect, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def scale(self) -> float:
        return self.width() / self.image.width() if self.image.width() else 1.0

    def highlights(self) -> list[QRectF]:
        """The boxes as painted, in the canvas's own pixels."""
        s = self.scale()
        return [QRectF(b.x() * s, b.y() * s, b.width() * s, b.height() * s) for b in self.boxes]

    def heightForWidth(self, width: int) -> int:
        if self.image.isNull():
            return 0
        return round(self.image.height() * width / self.image.width())

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, self.width(), self.heightForWidth(self.width())), self.image)
        painter.setPen(QPen(OUTLINE, 1.5))
        painter.setBrush(HIGHLIGHT)
        for rect in self.highlights():
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))  # a margin around the letters
        painter.end()


class ScanView(QScrollArea):
    """A scanned page: ``show_scan(image, boxes, note)``; scrolled to the first match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview-scan")
        self.canvas = _Canvas()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("scan-note")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.canvas)
        layout.addStretch()
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_scan(self, image: QImage, boxes: tuple[QRect, ...], note: str) -> None:
        """Show ``image`` with ``boxes`` (in its pixels) highlighted, and ``note`` above."""
        self.canvas.image = image
        self.canvas.boxes = boxes
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._fit()
        highlights = self.canvas.highlights()
        if highlights:
            first = highlights[0]
            self.ensureVisible(int(first.center().x()), int(first.center().y()) + self.canvas.y())
        else:
            self.verticalScrollBar().setValue(0)
        self.canvas.update()

    def highlights(self) -> list[QRectF]:
        """The highlighted boxes, in the canvas's pixels."""
        return self.canvas.highlights()

    def _fit(self) -> None:
        width = self.viewport().width()
        self.canvas.setFixedHeight(self.canvas.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

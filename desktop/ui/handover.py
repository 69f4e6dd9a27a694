"""One window per archive: a second ``casedesk gui FILE...`` hands its files to the first.

A window that can change its archive listens on a local socket (``QLocalServer``: a
socket file only this computer account may open, never a network connection) named
after the account and the archive's path.  A later launch with files connects, sends
their absolute paths as one JSON line, waits for ``ok`` and ends; the window comes to
the front and asks whether to add them.  A read-only window (another CaseDesk holds
the archive) does not listen, so files always reach the window that can add them.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 3000
_OK = b"ok\n"


def server_name(root: Path) -> str:
    """The socket's name for ``root`` (a hash: the path may name a person)."""
    key = f"{os.getuid()}:{root.resolve()}".encode()
    return f"casedesk-{hashlib.sha256(key).hexdigest()[:24]}"


def hand_over(root: Path, files: list[Path]) -> bool:
    """Give ``files`` to the window open on ``root``; False when there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(root))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps([str(f) for f in files]).encode() + b"\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == _OK


class Handover(QObject):
    """Listens for files from later launches on the same archive.

    Signal: ``files_received(list[Path])`` for each launch that sent files.
    """

    files_received = Signal(list)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(root)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening, unless another window already does; True when listening."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a window that crashed
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the line is on its way
        line = bytes(socket.readLine().data())
        try:
            files = [Path(f) for f in json.loads(line)]
        except (ValueError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(_OK)
        socket.flush()
        self.files_received.emit(files)

"""A guard that notices any attempt to reach the network, in this process and in children.

CaseDesk promises to make no network connection.  :func:`install` adds a Python audit
hook (PEP 578) that sees every socket connect, name lookup, ``sendto`` and HTTP/URL
opening: the attempt is written to the file named by ``CASEDESK_NETWORK_LOG`` (what was
tried, and where in the code) and refused with :class:`NetworkUsed`.  Local sockets
(``AF_UNIX``, used between processes on the same machine) are allowed.

Child processes — the ``casedesk`` command run by the tests, and the extraction
workers it starts — get the same guard through ``tests/support/no_network`` on
``PYTHONPATH``, whose ``sitecustomize`` calls :func:`install` at start-up.
"""

from __future__ import annotations

import os
import socket
import sys
import traceback
from pathlib import Path

LOG_VARIABLE = "CASEDESK_NETWORK_LOG"
SITE_FOLDER = Path(__file__).with_name("no_network")
_WATCHED = {
    "socket.connect",
    "socket.connect_ex",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "http.client.connect",
    "urllib.Request",
    "ftplib.connect",
    "smtplib.connect",
}
_SOCKET_CALLS = {"socket.connect", "socket.connect_ex", "socket.sendto", "socket.sendmsg"}
_installed = False


class NetworkUsed(RuntimeError):
    """Something tried to reach the network."""


def install() -> None:
    """Watch this process (once; audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def _local(event: str, args: tuple) -> bool:
    return event in _SOCKET_CALLS and getattr(args[0], "family", None) == socket.AF_UNIX


def _hook(event: str, args: tuple) -> None:
    if event not in _WATCHED or _local(event, args):
        return
    where = "".join(traceback.format_stack(limit=8)[:-1])
    shown = args[1:] if event in _SOCKET_CALLS else args  # not the socket object itself
    line = f"{event} {shown!r} (pid {os.getpid()})"
    log = os.environ.get(LOG_VARIABLE)
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{line}\n{where}\n")
    raise NetworkUsed(f"CaseDesk must not use the network: {line}")


def attempts(log: Path) -> str:
    """What was written to ``log`` (empty when nothing tried the network)."""
    return log.read_text(encoding="utf-8") if log.exists() else ""


def child_environment(log: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """An environment whose Python processes are guarded, logging to ``log``."""
    env = dict(os.environ if base is None else base)
    paths = [str(SITE_FOLDER), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env[LOG_VARIABLE] = str(log)
    return env

"""The collector kept off the window's own long-lived objects.

``benchmarks/ui_responsiveness.py --why`` showed the event loop's first long gap, right
after the window opened, to be Python's collector making its first full pass over every
object the window had made at start-up (58 ms, on an idle machine).  Those objects live as
long as the window, so once it is built they are frozen out of the collector's passes
(``gc.freeze``): later full passes walk only what was made since.  Before freezing, what an
earlier window of this process left behind (an archive switched) is unfrozen and collected,
so freezing never keeps garbage alive.
"""

from __future__ import annotations

import gc
import os


def settle() -> None:
    """After a window is built: collect once, then keep what is alive out of later
    collections (``CASEDESK_NO_GC_FREEZE=1`` leaves the collector as Python sets it)."""
    if os.environ.get("CASEDESK_NO_GC_FREEZE"):
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()

"""Writing an output where the user chose: whole or not at all.

The bytes go to a hidden ``.NAME.part`` beside the target, which then replaces the
target in one step; a failure removes the part and says, in plain words, that the
archive's own copy is safe.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from index.errors import Notice, UsageError


def write_whole(target: Path, content: bytes | Path, what: str = "The output") -> None:
    """Write ``content`` (bytes, or the file at that path) to ``target`` whole or not at all.

    ``what`` names the thing in the error ("The draft", "The packet").
    """
    part = target.with_name(f".{target.name}.part")
    try:
        if isinstance(content, Path):
            shutil.copyfile(content, part)
        else:
            part.write_bytes(content)
        os.replace(part, target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise UsageError(
            "{what} is kept in the archive, but {target} could not be written: {reason}.",
            what=Notice(what),
            target=target,
            reason=error.strerror,
        ) from error

"""A PDF's dates (``D:20220403183042+02'00'``) as ISO days, for every PDF reader."""

from __future__ import annotations

import datetime
import re

_PDF_DATE = re.compile(r"^D?:?\s*(\d{4})(\d{2})(\d{2})")


def iso_date(value: str) -> str:
    """``D:20220403183042+02'00'`` as ``2022-04-03``; ``""`` unless year, month, day are valid."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return ""
    try:
        return datetime.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return ""

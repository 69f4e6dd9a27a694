"""Redaction: chosen confidential values of a case removed from an output for real.

:mod:`.kinds` names what can be redacted and turns a case into the values and the
tolerant patterns that find them; :mod:`.pages` finds them on a PDF page (PDFium) and
replaces such a page by a picture of it with the values painted over; :mod:`.check`
reads a finished PDF back, text and every object, and says where a value is left.
No Qt here.
"""

"""Reading the text in pictures of pages (OCR): one page image in, its words out.

No Qt here.  ``page.read_page`` runs the steps (orientation, deskew, preparation of phone
photos, language by script) over an :class:`~index.ocr.engine.Engine`; ``tesseract`` is the
one engine today; ``sources`` turns a stored file's page into an image and ``job`` is what
an extraction worker runs for a page.  See docs/OCR.md.
"""

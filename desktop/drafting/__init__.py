"""Drafting: letters, briefing notes and summaries from a case, through Jinja2 templates.

The steps, one module each: :mod:`library` finds templates (shipped and the archive's
own) and :mod:`metadata` reads what each says about itself; :mod:`fields` works out what
a template needs; :mod:`context` and :mod:`citations` build what it sees (:mod:`gather`
from an open archive); :mod:`prefill` fills the form from the case; :mod:`render` turns
it into HTML in the :mod:`sandbox`; :mod:`output` makes the PDF or HTML and keeps it in
the archive.  Errors are in :mod:`errors`.
"""

"""Reading documents: the one interface drafting, packets, ``show`` and the Details pane
read through, with the SQLite folder and the office's PostgreSQL beneath it."""

"""The office server: a stock PostgreSQL holding one archive for several desks (issue 24).

Qt-free.  psycopg is imported only here and only by the commands that reach a server
(``casedesk office-server``, ``casedesk check postgresql://…``), never by a search.
"""

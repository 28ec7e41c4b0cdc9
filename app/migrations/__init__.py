"""Alembic migrations. HEAD is checked against the scripts by a test, so start-up needs no alembic import."""

HEAD = "0016"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Autogenerate ignores the FTS5 search tables and their shadow tables (made by raw DDL)."""
    return not (type_ == "table" and name is not None and "_fts" in name)

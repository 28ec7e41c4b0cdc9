"""The shop's file itself: the integrity check and our invariants, bulk writes at raw SQLite speed."""

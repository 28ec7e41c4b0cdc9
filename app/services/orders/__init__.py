"""Orders: the lifecycle, editing, verification, the list's queries, the search index, the orders export."""

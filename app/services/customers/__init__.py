"""Customers (issue 17): the list and search, the card with its lifetime figures and timeline, merging duplicates,
the contact log with follow-ups, reply templates, and personal data (export, anonymisation, retention)."""

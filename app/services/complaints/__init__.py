"""Complaints and returns under Polish consumer law (issue 16): the legal deadlines first (deadlines.py, pure),
the cases, their decisions and what follows from them to come."""

"""Importing orders: the preview dialog and the column mapping dialog."""

"""Zaplecze: the back room of a small web shop."""

__version__ = "0.1.0"

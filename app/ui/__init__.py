"""Qt only. Nothing outside this package imports PySide6 (a test checks it)."""

"""Counts in the Orders tab, the order window and the import dialog: "1 order", "5 orders"; Polish "1 zamówienie",
"3 zamówienia", "5 zamówień".

Counts go through Qt's numerus forms: `plural(self.tr("%n order(s)", "", n), n)`. The Polish .ts holds the three
forms; English runs without a translation, so the "(s)" Qt leaves in is resolved here by the English rule.
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    """A count translated with Qt's %n forms; an English source left as it is ("1 order(s)") gets its English form."""
    return text.replace("(s)", "" if abs(n) == 1 else "s")

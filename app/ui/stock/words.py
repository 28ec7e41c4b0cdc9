"""Words of the Stock area that depend on the user's language: the language itself (for the sheets the services
write in it) and counts ("1 product", "5 products"; Polish "1 produkt", "3 produkty", "5 produktów").

Counts go through Qt's numerus forms: `plural(self.tr("%n product(s)", "", n), n)`. The Polish .ts holds the three
forms; English runs without a translation, so the "(s)" Qt leaves in is resolved here by the English rule.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_lang() -> str:
    """'pl' when the window speaks Polish (install_translations sets the default locale), else 'en'."""
    return "pl" if QLocale().language() == QLocale.Language.Polish else "en"


def plural(text: str, n: int) -> str:
    """A count translated with Qt's %n forms; an English source left as it is ("1 product(s)") gets its English form."""
    return text.replace("(s)", "" if abs(n) == 1 else "s")


def number(value: float, decimals: int) -> str:
    """A number in the user's locale ('0,1' in Polish, '0.1' in English), without thousands separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)

"""Words and numbers that depend on the user's language, the same in every tab.

Counts go through Qt's numerus forms: `plural(self.tr("%n product(s)", "", n), n)`. The Polish .ts holds the
three forms ("1 produkt", "3 produkty", "5 produktów"); English runs without a translation, so the "(s)" Qt
leaves in the source is resolved here by the English rule.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def plural(text: str, n: int) -> str:
    """A count translated with Qt's %n forms; an English source left as it is ("1 order(s)") gets its English form."""
    return text.replace("(s)", "" if abs(n) == 1 else "s")


def number(value: object, decimals: int, *, grouped: bool = False) -> str:
    """A number in the user's locale ('0,1' or '1,4' in Polish, '0.1' in English); thousands grouped on request."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def ui_lang() -> str:
    """'pl' when the window speaks Polish (install_translations sets the default locale), else 'en': the language
    of the sheets and files the services write for the user."""
    return "pl" if QLocale().language() == QLocale.Language.Polish else "en"

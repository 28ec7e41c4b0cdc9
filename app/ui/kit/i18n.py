"""Language: the system's, or forced with --lang. Polish .qm files ship in resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.config import resource_path

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, lang: str | None) -> str:
    """Install our and Qt's own translators; returns the language in use ('pl' or 'en')."""
    from app.ui.kit.domain_text import forget

    forget()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang is None:
        lang = "pl" if QLocale.system().language() == QLocale.Language.Polish else "en"
    QLocale.setDefault(QLocale(QLocale.Language.Polish if lang == "pl" else QLocale.Language.English,
                               QLocale.Country.Poland if lang == "pl" else QLocale.Country.UnitedKingdom))
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"zaplecze_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    extra = QTranslator(app)  # Qt strings qtbase_pl misses ("&Look in:" of the file dialog); installed last, asked first
    if extra.load(str(resource_path("translations", f"qt_extra_{lang}.qm"))):
        app.installTranslator(extra)
        _installed.append(extra)
    return lang


def text_translator(lang: str):
    """For the command line: our translations on a bare QCoreApplication (no window, no display); returns the
    function that shows a service's English message in `lang` (domain_text)."""
    from app.ui.kit.domain_text import domain_text

    app = QCoreApplication.instance() or QCoreApplication(["zaplecze"])
    install_translations(app, lang)
    return domain_text

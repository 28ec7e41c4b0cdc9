"""UI tests: one shared QApplication (pytest-qt), background work run inline, settings in a temp folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_setup(qapp, tmp_path_factory):
    from PySide6.QtCore import QSettings

    from app.ui.kit.tasks import Tasks

    qapp.setOrganizationName("ZapleczeTests")
    qapp.setApplicationName("ZapleczeTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    Tasks.synchronous = True
    yield


@pytest.fixture
def ctx(db):
    from app.ui.kit.context import AppContext

    return AppContext(db=db, who="test-station")


@pytest.fixture
def polish(qapp):
    """The app in Polish for one test, then back to English for the others."""
    from app.ui.kit.i18n import install_translations

    assert install_translations(qapp, "pl") == "pl"
    yield
    install_translations(qapp, "en")

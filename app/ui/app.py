"""Start the GUI: QApplication, language, database (or a fresh demo shop), main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def make_qapp(argv: list[str] | None = None):  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Zaplecze")
    app.setApplicationName("Zaplecze")
    from PySide6.QtGui import QIcon

    from app.config import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "zaplecze.svg"))))
    return app


def install_excepthook() -> None:
    """Unexpected errors: logged in full to the data folder, a short dialog for the user, the app goes on."""

    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001
        from app.ui.errors import show_error

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(None, exc)

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    app = make_qapp()
    from app.ui.i18n import install_translations

    install_translations(app, args.lang)
    install_excepthook()
    from app.config import station_name
    from app.db import open_database
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    db_arg = args.db
    if args.demo:
        from app.services.demo import fill_demo

        folder = Path(tempfile.mkdtemp(prefix="zaplecze-demo-"))
        db_arg = folder / "demo.db"
        db = open_database(db_arg)
        fill_demo(db, orders=600)
    else:
        db = open_database(db_arg)
    window = MainWindow(AppContext(db=db, who=station_name()))
    window.show()
    if args.quit_after is not None:
        QTimer.singleShot(args.quit_after, app.quit)
    code = app.exec()
    db.dispose()
    return code

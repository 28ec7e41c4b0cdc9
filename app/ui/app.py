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
    return app


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    app = make_qapp()
    from app.ui.i18n import install_translations

    install_translations(app, args.lang)
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

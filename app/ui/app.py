"""Start the GUI: QApplication, language, database (or a fresh demo shop), main window."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

# Shared libraries Qt's X11 platform plugin (xcb) loads, with the Debian/Ubuntu package that has each.
_XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0", "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
}


def missing_qt_libraries() -> list[str]:
    """The libraries Qt's X11 plugin needs that this Linux lacks (Qt itself would abort with a long message).

    Empty elsewhere: on Windows and macOS, offscreen, and on Wayland (when Qt does not pick X11)."""
    import os
    import shutil
    import subprocess

    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if (platform and not platform.startswith("xcb")) or (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return []
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    ldd = shutil.which("ldd")
    missing: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        if ldd and binary.exists():
            out = subprocess.run([ldd, str(binary)], capture_output=True, text=True, check=False).stdout
            missing.update(line.split()[0] for line in out.splitlines() if "not found" in line)
    return sorted(missing)


def explain_missing(missing: list[str]) -> str:
    packages = sorted({_XCB_PACKAGES.get(name, name) for name in missing})
    return (f"Zaplecze cannot open its window: this Linux lacks {', '.join(missing)}, which Qt needs for X11. "
            f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}")


def make_qapp(argv: list[str] | None = None):
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

    def hook(exc_type, exc, tb) -> None:
        from app.ui.kit.errors import show_error

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        if threading.current_thread() is not threading.main_thread():  # no window may be opened off the UI thread
            logging.getLogger("zaplecze.ui").error("unexpected error in a worker", exc_info=(exc_type, exc, tb))
            return
        show_error(None, exc)

    sys.excepthook = hook


def start_window(args: argparse.Namespace, on_failed: Callable[[BaseException], None] | None = None):
    """Show the main window now and open the shop in the next event-loop turns; returns the window.

    Importing SQLAlchemy and the models alone takes about twice a bare Qt start, so the window (menus, tabs, the
    Orders tab's focused search box and an "Opening the shop…" note) is shown first, before any of it is
    imported. Once it has been painted, each in its own turn of the event loop (keys typed meanwhile reach the
    search box between them): import the database layer and open the database (a backup and the migrations when
    it is older; a demo shop is filled for --demo); import the models and the list's queries; attach it, which
    fills the list with what the search box holds by then. `window.ready` fires when the list is there. If opening
    fails, on_failed gets the error (the window stays, saying it could not open the shop).
    """
    from PySide6.QtCore import QTimer

    from app.ui.main_window import MainWindow

    window = MainWindow(None)
    window.show()

    def failed(exc: BaseException) -> None:
        import logging

        logging.getLogger("zaplecze.ui").error("could not open the shop", exc_info=(type(exc), exc, exc.__traceback__))
        window.set_placeholder(QCoreApplication.translate("MainWindow", "The shop could not be opened."))
        if on_failed is not None:
            on_failed(exc)

    def open_shop() -> None:
        try:
            db = _open_database(window, args)
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged in full
            failed(exc)
            return
        QTimer.singleShot(0, lambda: prepare(db))

    def prepare(db) -> None:  # a turn of its own: the ORM models and the list's queries (~50 ms to import)
        try:
            import app.services.orders.listing  # noqa: F401
        except Exception as exc:  # noqa: BLE001
            db.dispose()
            failed(exc)
            return
        QTimer.singleShot(0, lambda: attach(db))

    def attach(db) -> None:
        from app.config import station_name
        from app.ui.kit.context import AppContext

        try:
            window.attach(AppContext(db=db, who=station_name()))
        except Exception as exc:  # noqa: BLE001
            if window.ctx is None:  # else run_gui disposes of it at the end
                db.dispose()
            failed(exc)

    # Only once the window has been painted (a window system maps and exposes it asynchronously): a turn that
    # imports SQLAlchemy blocks painting for a few hundred ms. The fallback covers a window that is never exposed.
    started: list[bool] = []

    def start() -> None:
        if not started:
            started.append(True)
            QTimer.singleShot(0, open_shop)

    window.painted.connect(start)
    QTimer.singleShot(1000, start)
    return window


def _open_database(window, args: argparse.Namespace):
    """Open (create, or back up and upgrade) the database, or make the demo shop, telling the window what it waits for."""
    from app.db import current_revision, ensure_schema, open_database
    from app.dbfile import ShopFileError
    from app.migrations import HEAD
    from app.ui.kit import errors

    def say(text: str) -> None:
        window.set_placeholder(text)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # paint it; keys wait

    if args.demo:
        say(QCoreApplication.translate("MainWindow", "Making a demo shop…"))
        from app.services.demo.shop import fill_demo

        folder = Path(tempfile.mkdtemp(prefix="zaplecze-demo-"))
        args.demo_folder = folder  # a demo shop is thrown away with its window (run_gui removes it too)
        window.closed.connect(lambda: _remove_demo(window, folder))
        db = open_database(folder / "demo.db", create=True)
        fill_demo(db, orders=600)
        errors.shop_path = str(db.path)
        return db
    if not _may_create(window, args.db):
        raise ShopFileError(QCoreApplication.translate("MainWindow", "No shop was opened: there is no shop file at "
                                                       "{file}.").format(file=_file_of(args.db)))
    db = open_database(args.db, create=True, migrate=False)
    try:
        revision = current_revision(db.engine)
        if revision != HEAD:
            from sqlalchemy import inspect

            if revision is None and not inspect(db.engine).get_table_names():  # as ensure_schema tells them apart
                say(QCoreApplication.translate("MainWindow", "Creating the database…"))
            else:
                say(QCoreApplication.translate("MainWindow", "Preparing the database (a backup is made first)…"))
        ensure_schema(db)
    except BaseException:
        db.dispose()
        raise
    errors.shop_path = str(db.path) if db.path is not None else db.url
    return db


def _remove_demo(window, folder: Path) -> None:
    """The shop's file is closed first (Windows deletes no open file), then its folder goes."""
    import shutil

    if window.ctx is not None:
        window.ctx.db.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def _file_of(db_arg: str | None) -> Path | None:
    from app.config import db_url

    url = db_url(db_arg)
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _may_create(window, db_arg: str | None) -> bool:
    """A new shop is made only where no file is, and only when the user says so (a mistyped --db is no shop)."""
    from PySide6.QtWidgets import QMessageBox

    from app import dbfile

    path = _file_of(db_arg)
    if path is None or dbfile.examine(path).kind != dbfile.MISSING:
        return True
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "Zaplecze"),
        QCoreApplication.translate("MainWindow", "There is no shop file at {file}.\n\nCreate a new shop here?")
        .format(file=path), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_gui(args: argparse.Namespace) -> int:
    missing = missing_qt_libraries()
    if missing:  # one clear line instead of Qt's abort
        print(explain_missing(missing), file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer

    app = make_qapp()
    from app.ui.kit.i18n import install_translations

    install_translations(app, args.lang)
    install_excepthook()

    def failed(exc: BaseException) -> None:
        if args.quit_after is None:  # a person is looking; a smoke test only needs the exit code
            from app.ui.kit.errors import show_error

            show_error(window, exc)
        app.exit(1)

    window = start_window(args, on_failed=failed)
    if args.quit_after is not None:  # counted from the moment the list is there
        window.ready.connect(lambda: QTimer.singleShot(args.quit_after, app.quit))
    code = app.exec()
    if window.ctx is not None:
        window.ctx.tasks.wait()
        window.ctx.db.dispose()
    demo_folder = getattr(args, "demo_folder", None)
    if demo_folder is not None:
        import shutil

        shutil.rmtree(demo_folder, ignore_errors=True)
    return code

"""The Packing tab: the station, with what plugs into it (the scale, the camera, the pack log, the station's
settings) and station mode.

Station mode locks the window to this tab (no other tab, no menus; the label reprint stays); leaving it, and closing
the window while in it, needs the owner's PIN. The window remembers it: a station started again starts locked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.config import Settings
from app.services.packing.pin import pin_is_set, verify_owner_pin
from app.ui.kit import settings as remembered
from app.ui.kit.context import AppContext
from app.ui.packing.devices import plug_devices
from app.ui.packing.pin_dialog import PinDialog
from app.ui.packing.sounds import WRONG
from app.ui.packing.station import BAD, INFO, PackingStation


class PackingTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.station = PackingStation(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.station, 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 0, 8, 6)
        self.log_button = QPushButton(self.tr("Pack log… (Ctrl+L)"), self)
        self.log_button.clicked.connect(self.open_log)
        self.settings_button = QPushButton(self.tr("Station settings…"), self)
        self.settings_button.clicked.connect(self.open_settings)
        self.mode_button = QPushButton(self.tr("Station mode (F11)"), self)
        self.mode_button.clicked.connect(self.toggle_station_mode)
        for button in (self.log_button, self.settings_button, self.mode_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addWidget(self.log_button)
        bar.addWidget(self.settings_button)
        bar.addStretch(1)
        bar.addWidget(self.mode_button)
        layout.addLayout(bar)
        self.setFocusProxy(self.station)
        for key, slot in (("Ctrl+L", self.open_log), ("F11", self.toggle_station_mode)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.station_mode = False
        self.pin_dialog: PinDialog | None = None
        self.log_dialog = None
        self.settings_dialog = None
        self._plug_devices()

    # --- devices -------------------------------------------------------------------------------------------

    def _plug_devices(self) -> None:
        """The scale and the camera, when this station has them (each module tells; without them the station
        asks for a typed weight and takes no photo)."""
        plug_devices(self.station)

    # --- the pack log, settings ------------------------------------------------------------------------------

    def open_log(self) -> None:
        if self.station_mode:
            return
        from app.ui.packing.log_dialog import PackLogDialog

        self.log_dialog = PackLogDialog(self.ctx, self)
        self.log_dialog.show()

    def open_settings(self) -> None:
        if self.station_mode:
            return
        from app.ui.packing.settings_dialog import StationSettingsDialog

        self.settings_dialog = StationSettingsDialog(self.ctx, self.station, self)
        self.settings_dialog.open()

    # --- station mode ------------------------------------------------------------------------------------------

    def toggle_station_mode(self) -> None:
        if self.station_mode:
            self.leave_station_mode()
        else:
            self.enter_station_mode()

    def enter_station_mode(self) -> None:
        def checked(is_set: bool) -> None:
            if not is_set:
                self.station.say(BAD, self.tr("Set the owner's PIN in the station settings first: leaving station "
                                              "mode needs it."), WRONG)
                return
            self.set_station_mode(True)

        self.ctx.read(pin_is_set, on_done=checked)

    def set_station_mode(self, on: bool) -> None:
        self.station_mode = on
        self.log_button.setVisible(not on)
        self.settings_button.setVisible(not on)
        self.mode_button.setText(self.tr("Leave station mode (F11)") if on else self.tr("Station mode (F11)"))
        window = self.window()
        if hasattr(window, "lock_to"):
            window.lock_to(self if on else None)
        remembered.save(Settings.PACKING_STATION_MODE, on)
        self.station.say(INFO, self.tr("Station mode: only packing and label reprints; F11 and the owner's PIN "
                                       "to leave.") if on else self.tr("Station mode is off."))
        self.station.input.setFocus()

    def leave_station_mode(self, then=None) -> None:
        """Ask for the owner's PIN; when it is right, leave station mode (and then `then()`, e.g. close)."""
        dialog = PinDialog(self.tr("Leave station mode: the owner's PIN."), False, self)
        self.pin_dialog = dialog
        accepted = dialog.exec() == PinDialog.DialogCode.Accepted
        self.station.input.setFocus()
        if not accepted:
            return
        pin = dialog.pin()

        def checked(right: bool) -> None:
            if not right:
                self.station.say(BAD, self.tr("The PIN is wrong: the station stays locked."), WRONG)
                return
            if then is None:
                self.set_station_mode(False)
                return
            # Closing: unlocked for this close only; the station starts locked again next time.
            self.station_mode = False
            window = self.window()
            if hasattr(window, "lock_to"):
                window.lock_to(None)
            then()

        self.ctx.read(lambda session: verify_owner_pin(session, pin), on_done=checked)

    def save_state(self) -> None:
        """The window closes: nothing is kept half-packed (the claim goes, the order returns to the queue)."""
        if self.station.order is not None:
            from app.services.packing.claims import release

            order, station, who = self.station.order, self.station.station, self.station.packer
            self.ctx.run(lambda session: release(session, order.order_id, station, who), on_error=lambda exc: None)

"""The packing station's scale on a serial port (QtSerialPort): lines in, readings out, on the UI thread.

The bytes come in pieces as the port delivers them; they are buffered and split into lines (CR LF, LF or a
lone CR), each read by app.services.packing.scale_protocol. An MT-SICS scale answers when asked (`request()`),
a continuous one talks all the time. `reading` carries every line understood; `last` is the weight the scale
stands at now when it has settled, and None while it moves or shows an error, so the station never takes a
weight from before the parcel was put on. `failed` says, in the user's language, when the port is lost or the
scale refuses what it is sent (a setup problem); overloads and negative weights are readings with an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from app.config import Settings
from app.services.packing.scale_protocol import MT_SICS, PROTOCOLS, REFUSED, UNIT, Reading, parse_line, request_bytes
from app.ui.kit import settings
from app.ui.kit.domain_text import domain_text

# Without a line end in this many bytes the scale sends no lines we read (wrong baud rate: noise).
_MAX_BUFFER = 4096
_LINE_END = re.compile(rb"\r\n|\n|\r")


def available_ports() -> list[str]:
    """The serial ports of this computer, by the names QSerialPort opens (COM3, ttyUSB0)."""
    return sorted(info.portName() for info in QSerialPortInfo.availablePorts())


@dataclass(frozen=True)
class ScaleSetup:
    """Which scale this station reads: its port, baud rate and protocol (remembered on this computer)."""

    port: str
    baud: int = 9600
    protocol: str = MT_SICS


def configured_scale() -> ScaleSetup | None:
    """The scale set up for this station, or None when none is (the packer types the weight)."""
    port = str(settings.load(Settings.PACKING_SCALE_PORT) or "").strip()
    if not port:
        return None
    return ScaleSetup(port, int(settings.load(Settings.PACKING_SCALE_BAUD) or 9600),
                      str(settings.load(Settings.PACKING_SCALE_PROTOCOL) or MT_SICS))


def save_scale_setup(setup: ScaleSetup | None) -> None:
    """Remember the station's scale (None: no scale)."""
    settings.save(Settings.PACKING_SCALE_PORT, setup.port if setup else "")
    if setup is not None:
        settings.save(Settings.PACKING_SCALE_BAUD, setup.baud)
        settings.save(Settings.PACKING_SCALE_PROTOCOL, setup.protocol)


class ScaleReader(QObject):
    """Reads a scale on a serial port; see the module's docstring for what it emits."""

    reading = Signal(object)  # a scale_protocol.Reading
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._port = QSerialPort(self)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._port_error)
        self._buffer = bytearray()
        self._opening = False
        self.protocol = MT_SICS
        self.last: Reading | None = None
        self.error = ""

    @property
    def is_open(self) -> bool:
        return self._port.isOpen()

    def open(self, port: str, baud: int = 9600, protocol: str = MT_SICS) -> bool:
        """Open the port (8 data bits, no parity, one stop bit); False with `error` set when it cannot be."""
        self.close()
        self.error = ""
        if protocol not in PROTOCOLS:
            self.error = self.tr("Unknown scale protocol '{0}'.").format(protocol)
            return False
        self.protocol = protocol
        self._port.setPortName(port)
        self._port.setBaudRate(baud)
        self._port.setDataBits(QSerialPort.DataBits.Data8)
        self._port.setParity(QSerialPort.Parity.NoParity)
        self._port.setStopBits(QSerialPort.StopBits.OneStop)
        self._port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
        self._opening = True
        try:
            opened = self._port.open(QIODevice.OpenModeFlag.ReadWrite)
        finally:
            self._opening = False
        if not opened:
            self.error = self.tr("The scale's port {0} could not be opened: {1}").format(port, self._port.errorString())
            self._port.clearError()
            return False
        return True

    def open_configured(self) -> bool:
        """Open the scale set up for this station; False (and no error) when none is set up."""
        setup = configured_scale()
        if setup is None:
            self.error = ""
            return False
        return self.open(setup.port, setup.baud, setup.protocol)

    def close(self) -> None:
        if self._port.isOpen():
            self._port.close()
        self._buffer.clear()
        self.last = None

    def request(self) -> None:
        """Ask an MT-SICS scale for the weight now (`SI`); a continuous scale needs no asking."""
        data = request_bytes(self.protocol)
        if data and self._port.isOpen():
            self._port.write(data)
            self._port.flush()

    def _read(self) -> None:
        self._buffer += self._port.readAll().data()
        *lines, rest = _LINE_END.split(bytes(self._buffer))
        self._buffer[:] = rest[-_MAX_BUFFER:] if len(rest) > _MAX_BUFFER else rest
        for line in lines:
            self._take(parse_line(line, self.protocol))

    def _take(self, reading: Reading | None) -> None:
        if reading is None:  # a half line or noise: wait for the next
            return
        self.last = reading if reading.stable and not reading.error and reading.weight is not None else None
        self.reading.emit(reading)
        if reading.kind in (REFUSED, UNIT):
            self.failed.emit(domain_text(reading.error))

    def _port_error(self, error: QSerialPort.SerialPortError) -> None:
        if error == QSerialPort.SerialPortError.NoError or self._opening:
            return
        text = self._port.errorString()
        self._port.clearError()
        if error == QSerialPort.SerialPortError.ResourceError:  # unplugged
            self.close()
            self.failed.emit(self.tr("The scale was disconnected ({0}).").format(text))
            return
        self.failed.emit(self.tr("The scale's port reported an error: {0}").format(text))

"""The Invoices tab's KSeF actions: send the selected invoices (Ctrl+Shift+S), send everything queued, and the UPO
(KSeF's official receipt) of one, shown pretty-printed and exported to a file.

Sending runs off the UI thread with a progress bar and Cancel (ctx.run with a progress label over
ui_support.send_invoices, which queues and calls sending.send_queued); what it changed goes on the bus, and a
summary says what came of it: accepted, rejected with KSeF's reasons, still queued because KSeF cannot be reached.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree
from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.ui.invoicing.actions import file_stem
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.services.invoicing.ksef.sending import SendSummary
    from app.services.invoicing.ksef.ui_support import KsefFacts
    from app.ui.invoicing.actions import InvoicesView


def pretty_xml(data: bytes) -> str:
    """The XML indented for reading (as it is, when it cannot be parsed)."""
    try:
        parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
        return etree.tostring(etree.fromstring(data, parser), pretty_print=True, encoding="unicode")
    except etree.XMLSyntaxError:
        return data.decode("utf-8", "replace")


class UpoDialog(QDialog):
    """An invoice's UPO, read-only, with Export… to keep it as a file."""

    def __init__(self, number: str, upo: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number, self.upo = number, upo
        self.setWindowTitle(self.tr("UPO of {0}").format(number))
        self.text = QPlainTextEdit(pretty_xml(upo), self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) or QFont("monospace"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def export(self, target: Path | None = None) -> Path | None:
        """Write the UPO as KSeF gave it (not the indented text) where the user says; `target`: a test's answer."""
        if target is None:
            folder = remembered.load(Settings.UPO_FOLDER) or str(Path.home())
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the UPO"),
                                                  str(Path(folder) / f"UPO-{file_stem(self.number)}.xml"),
                                                  self.tr("XML files (*.xml)"))
            if not name:
                return None
            target = Path(name)
        target.write_bytes(self.upo)
        remembered.save(Settings.UPO_FOLDER, str(target.parent))
        return target


class KsefActions(QObject):
    """Kept by the Invoices tab; `last_box` and `dialog` are what a test reads and answers."""

    def __init__(self, tab: InvoicesView, window: QWidget) -> None:
        super().__init__(window)
        self.tab, self.window = tab, window
        self.last_box: QMessageBox | None = None
        self.dialog: UpoDialog | None = None
        self.last_summary: SendSummary | None = None

    def _box(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> None:
        box = QMessageBox(icon, self.tr("KSeF"), text, QMessageBox.StandardButton.Ok, self.window)
        if detail:
            box.setInformativeText(detail)
        self.last_box = box
        box.open()

    def _error(self, exc: BaseException) -> None:
        self._box(QMessageBox.Icon.Warning, error_text(exc))

    # --- sending -----------------------------------------------------------------------------------------
    def send_selected(self) -> None:
        rows = self.tab.selected_rows()
        if not rows:
            self.tab.show_message(self.tr("Select the invoices to send to KSeF first."))
            return
        waiting = [r.id for r in rows if r.ksef_status not in ("accepted",)]
        if not waiting:
            self.tab.show_message(self.tr("The selected invoices are in KSeF already."))
            return
        self._send(waiting)

    def send_all_queued(self) -> None:
        self._send(None)

    def _send(self, ids: list[int] | None) -> None:
        from app.services.invoicing.ksef.ui_support import ksef_facts, send_invoices

        who = self.tab.ctx.who

        def work(session, progress) -> tuple[SendSummary, dict[int, KsefFacts], Changes]:
            summary = send_invoices(session, ids, who, progress)
            return summary, ksef_facts(session, list(summary.rejected)), \
                summary.changes | Changes.of_invoices(ids or ())

        self.tab.ctx.run(work, progress_label=self.tr("Sending to KSeF..."), parent=self.window,
                         on_done=self._sent, on_error=self._error)

    def _sent(self, result: tuple[SendSummary, dict[int, KsefFacts], Changes]) -> None:
        summary, rejected, changes = result
        self.last_summary = summary
        if changes.invoices:
            bus().changed.emit(changes)
        handled = (summary.sent, summary.accepted, summary.rejected, summary.awaiting, summary.waiting, summary.left)
        if not any(handled):
            self.tab.show_message(self.tr("Nothing waits to be sent to KSeF."))
            return
        lines = [self.tr("Accepted by KSeF: {0}.").format(len(summary.accepted))]
        if summary.rejected:
            lines.append(self.tr("Rejected: {0}.").format(len(summary.rejected)))
        if summary.awaiting:
            lines.append(self.tr("Still processed by KSeF (asked again on the next send): {0}.").format(
                len(summary.awaiting)))
        if summary.waiting:
            lines.append(self.tr("Corrections waiting for their invoice's KSeF number: {0}.").format(
                len(summary.waiting)))
        if summary.unavailable:
            lines.append(self.tr("KSeF cannot be reached; still queued: {0}. Send them later, by their "
                                  "deadline.").format(len(summary.left)))
        elif summary.stopped:
            lines.append(self.tr("Stopped: {0}").format(domain_text(summary.stopped)))
        elif summary.cancelled:
            lines.append(self.tr("Cancelled; still queued: {0}.").format(len(summary.left)))
        reasons = [f"{f.invoice}: {' '.join(x for x in (str(f.error_code or ''), f.error) if x)}"
                   + "".join(f"\n  {d}" for d in f.details) for f in rejected.values()]
        trouble = summary.rejected or summary.stopped or summary.unavailable
        self._box(QMessageBox.Icon.Warning if trouble else QMessageBox.Icon.Information, "\n".join(lines),
                  "\n".join(reasons))
        self.tab.show_message(" ".join(lines))

    # --- the UPO -----------------------------------------------------------------------------------------
    def show_upo(self) -> None:
        row = self.tab.current_row()
        if row is None:
            self.tab.show_message(self.tr("Select an invoice accepted by KSeF first."))
            return
        from app.services.invoicing.ksef.ui_support import upo_of

        def shown(found: tuple[str, bytes | None]) -> None:
            number, upo = found
            if not upo:
                self.tab.show_message(self.tr("{0} has no UPO yet: it is given once KSeF accepts the invoice.")
                                      .format(number))
                return
            self.dialog = UpoDialog(number, upo, self.window)
            self.dialog.open()

        invoice_id = row.id
        self.tab.ctx.read(lambda session: upo_of(session, invoice_id), on_done=shown, on_error=self._error)

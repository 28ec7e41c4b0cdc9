"""The Complaints tab: every complaint and return, by what is due first (issue 16).

Views with their counts (Open, Due today and soon, Overdue, Decided, Closed, All) above a list searched as the
user types (number, customer, e-mail, phone, order, product); the list is tinted by days left (model.py), and the
selected case's summary shows beneath it. Enter or a double-click opens the case window (one per case). The
toolbar registers a case (Ctrl+N), registers one from a parcel (scan the order's or the parcel's barcode into
the scan field, Enter), and edits the letter templates.

The list follows the bus: when cases change (registered, moved, decided) or much changed (bulk), it reloads, at
once when the tab is on screen and else when it is shown next, since a case that moves may leave the view.
The dialogs of the other parts of issue 16 (registering, templates) are imported when opened.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.shop_time import shop_day
from app.services.complaints.labels import CHANNEL, DEMAND, KIND, STATUS, label
from app.ui.complaints import model as cm
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.tab_parts import tab_action, tab_status_bar, view_buttons
from app.ui.kit.tables import make_table, set_widths

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.complaints.data import CaseDetail, CaseRow, Counts
    from app.services.reports.links import ListFilter
    from app.ui.kit.context import AppContext

VIEWS = ("open", "due_soon", "overdue", "decided", "closed", "all")
OPEN_VIEWS = ("open", "due_soon", "overdue")


class ComplaintsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = cm.ComplaintsModel(self)
        self.model.reader = ctx.read
        self.windows: dict[int, QWidget] = {}  # the case windows open, by case id
        self.dialog: QWidget | None = None  # the registration or templates window last opened
        self.counts: Counts | None = None
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_query)
        self._stale = False
        self._sort: str | None = None  # a column the user sorted by; None: the view's own order
        self._details_asked = 0
        self.details_id: int | None = None
        self._build()
        self._restore()
        bus().changed.connect(self.on_changed)
        self.model.loaded.connect(self._listed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.apply_query()

    def title(self) -> str:
        return self.tr("Complaints")

    def today(self) -> date:
        """The shop's day: the deadlines count calendar days in its time zone."""
        return shop_day(datetime.now(UTC), str(self.ctx.tz))

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.view_group, self.view_buttons, views = view_buttons(self, VIEWS, self._view_name, "open")
        self.view_group.buttonClicked.connect(lambda _b: self._view_changed())
        views.addStretch(1)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: case number, customer, e-mail, phone, order, product "
                                               "(Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)

        self.new_action = self._action(self.tr("&New complaint / return…"), QKeySequence.StandardKey.New,
                                       self.new_case, self.tr("Register a complaint or a return (Ctrl+N)"))
        self.open_action = self._action(self.tr("&Open the case"), QKeySequence("Ctrl+O"), self.open_current,
                                        self.tr("The case window of the selected case (Enter, Ctrl+O)"))
        self.parcel_action = self._action(self.tr("From a &parcel…"), QKeySequence("Ctrl+Shift+N"),
                                          self.focus_parcel,
                                          self.tr("Scan the order's or the parcel's barcode on the returned box: "
                                                  "the registration opens for that order (Ctrl+Shift+N)"))
        self.templates_action = self._action(self.tr("Letter &templates…"), QKeySequence(), self.edit_templates,
                                             self.tr("The shop's wording of the accept, reject and ask letters"))
        self.export_action = self._action(self.tr("E&xport…"), QKeySequence("Ctrl+E"), self.export,
                                          self.tr("Every case and the figures (by reason, product, supplier, on time, "
                                                  "days to decision, returns rate) as an XLSX workbook (Ctrl+E)"))
        self.find_action = self._action(self.tr("Find a case"), QKeySequence.StandardKey.Find, self.focus_search)
        self.parcel = QLineEdit(self)
        self.parcel.setPlaceholderText(self.tr("Scan a parcel or order barcode, Enter"))
        self.parcel.setClearButtonEnabled(True)
        self.parcel.setToolTip(self.parcel_action.toolTip())
        self.parcel.returnPressed.connect(self.from_parcel)
        self.parcel_note = QLabel(self)
        self.parcel_note.setStyleSheet("color: #a40000;")
        buttons = QHBoxLayout()
        self.buttons: dict[QAction, QPushButton] = {}
        for action in (self.new_action, self.parcel_action):
            buttons.addWidget(self._button(action))
        buttons.addWidget(self.parcel, 1)
        buttons.addWidget(self.parcel_note)
        for action in (self.open_action, self.templates_action, self.export_action):
            buttons.addWidget(self._button(action))

        self.table = make_table(self.model, self, one_line_rows=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_widths(self.table, ((cm.NUMBER, 125), (cm.KIND_COL, 215), (cm.CUSTOMER, 150), (cm.ORDER, 90),
                                (cm.PRODUCTS, 215), (cm.RECEIVED, 85), (cm.DUE, 125), (cm.STATUS_COL, 175),
                                (cm.DECISION_COL, 90)))
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(cm.DUE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.activated.connect(lambda _i: self.open_current())  # Enter on a row (a second open only raises)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.open_action, self.new_action])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Select a case to see it here; Enter opens it."))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 150])

        top = QHBoxLayout()
        top.addLayout(views)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.status_bar, self.count_label = tab_status_bar(self, layout)
        self._selection_changed()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot, tip: str = "") -> QAction:
        return tab_action(self, text, keys, slot, tip)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        self.buttons[action] = button
        return button

    def _view_name(self, view: str, count: int | None = None) -> str:
        name = {"open": self.tr("Open"), "due_soon": self.tr("Due today and soon"), "overdue": self.tr("Overdue"),
                "decided": self.tr("Decided"), "closed": self.tr("Closed"), "all": self.tr("All")}[view]
        return name if count is None else f"{name} ({count})"

    # --- state ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        header = self.table.horizontalHeader()
        view = remembered.load(Settings.COMPLAINTS_VIEW)
        if view in self.view_buttons:
            self.view_buttons[view].setChecked(True)
        header.blockSignals(True)
        if remembered.restore(Settings.COMPLAINTS_HEADER, header.restoreState):
            section = header.sortIndicatorSection()
            key = cm.SORT_KEYS[section] if 0 <= section < len(cm.SORT_KEYS) else None
            default = self._default_sort(self.view())
            if key and (section, header.sortIndicatorOrder()) != default:
                self._sort = key
            else:
                header.setSortIndicator(*default)
        else:
            header.setSortIndicator(*self._default_sort(self.view()))
        header.blockSignals(False)
        remembered.restore(Settings.COMPLAINTS_SPLITTER, self.splitter.restoreState)

    def save_state(self) -> None:
        remembered.save(Settings.COMPLAINTS_HEADER, self.table.horizontalHeader().saveState())
        remembered.save(Settings.COMPLAINTS_SPLITTER, self.splitter.saveState())
        remembered.save(Settings.COMPLAINTS_VIEW, self.view())

    # --- query ---------------------------------------------------------------------------------------------
    def view(self) -> str:
        button = self.view_group.checkedButton()
        return button.property("view") if button is not None else "open"

    def set_view(self, view: str) -> None:
        self.view_buttons[view].setChecked(True)
        self._view_changed()

    def apply_list_filter(self, flt: ListFilter) -> None:
        """Open the list a Today figure counts (cases due soon, overdue): its view, the search emptied."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.set_view(flt.view)

    @staticmethod
    def _default_sort(view: str) -> tuple[int, Qt.SortOrder]:
        """The view's own order as the header shows it: due first for open cases, newest received otherwise."""
        if view in OPEN_VIEWS:
            return cm.DUE, Qt.SortOrder.AscendingOrder
        return cm.RECEIVED, Qt.SortOrder.DescendingOrder

    def _view_changed(self) -> None:
        """A new view starts in its own order (a column sort is for looking through one view)."""
        self._sort = None
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._default_sort(self.view()))
        header.blockSignals(False)
        self.apply_query()

    def current_query(self) -> cm.CaseQuery:
        header = self.table.horizontalHeader()
        return cm.CaseQuery(view=self.view(), search=self.search.text().strip(), sort=self._sort,
                            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
                            today=self.today())

    def apply_query(self) -> None:
        self._debounce.stop()
        self._stale = False
        self.model.query = self.current_query()
        current = self.current_row()
        keep = current.id if current is not None else None
        self.model.reload(then=lambda: self._reselect(keep))
        self.load_counts()

    def load_counts(self) -> None:
        from app.services.complaints.listing import counts

        today = self.today()
        self.ctx.read(lambda s: counts(s, today), on_done=self.show_counts, on_error=lambda _e: None)

    def show_counts(self, counts: Counts) -> None:
        self.counts = counts
        for view, count in (("open", counts.open), ("due_soon", counts.due_soon), ("overdue", counts.overdue)):
            self.view_buttons[view].setText(self._view_name(view, count))
        overdue = self.view_buttons["overdue"]
        overdue.setStyleSheet("QPushButton { color: #a40000; font-weight: bold; }" if counts.overdue else "")

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        """A column the list cannot sort by keeps the order the list had."""
        key = cm.SORT_KEYS[section] if 0 <= section < len(cm.SORT_KEYS) else None
        if key is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            previous = cm.SORT_KEYS.index(self._sort) if self._sort else self._default_sort(self.view())[0]
            header.setSortIndicator(previous, order)
            header.blockSignals(False)
            self.show_message(self.tr("The list cannot be sorted by that column."))
        else:
            self._sort = key
        self.apply_query()

    def _listed(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        total = self.model.total if self.model.total is not None else self.model.rowCount()
        self.count_label.setText(self.tr("Cases in the list: {0}").format(total))

    @Slot(object)  # a Qt slot: the bus lets go of the tab when it is deleted
    def on_changed(self, changes: Changes) -> None:
        if not getattr(changes, "complaints", frozenset()) and not changes.bulk:
            return
        if self.isVisible():
            self.apply_query()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.apply_query)

    # --- selection -----------------------------------------------------------------------------------------
    def current_row(self) -> CaseRow | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.row(index.row())
        return None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _reselect(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is not None:
            self.select_row(row)
        self._selection_changed()

    def _selection_changed(self) -> None:
        current = self.current_row()
        self.open_action.setEnabled(current is not None)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())
        self.show_details(current.id if current is not None else None)

    def show_details(self, case_id: int | None) -> None:
        """The case's summary under the list (read in a worker; an answer for a case left meanwhile is dropped)."""
        self._details_asked += 1
        asked = self._details_asked
        self.details_id = case_id
        if case_id is None:
            self.details.clear()
            return
        from app.services.complaints.working import case_detail

        def done(detail: CaseDetail) -> None:
            if asked == self._details_asked:
                self.details.setHtml(self.details_html(detail))

        def failed(exc: BaseException) -> None:
            if asked == self._details_asked:
                self.details.setPlainText(error_text(exc))

        self.ctx.read(lambda s: case_detail(s, case_id), on_done=done, on_error=failed)

    def details_html(self, d: CaseDetail) -> str:
        def t(text: str) -> str:
            return escape(domain_text(text))

        head = (f"<b>{escape(d.number)}</b> · {t(label(KIND, d.kind))} · {t(label(STATUS, d.status))} · "
                + escape(self.tr("received {0} ({1})").format(d.received_on.isoformat(),
                                                             domain_text(label(CHANNEL, d.channel))))
                + " · " + escape(self.tr("due {0}").format(d.due_on.isoformat())))
        who = ", ".join(escape(x) for x in (d.customer_name, d.email or "", d.phone or "") if x)
        if d.order_number:
            who += " · " + escape(self.tr("order {0}").format(d.order_number))
        lines = ", ".join(escape(f"{x.name or x.sku} ×{x.quantity}") for x in d.lines)
        demand = escape(self.tr("Demands: {0}").format(domain_text(label(DEMAND, d.demand)))) if d.demand else ""
        parts = [head, who, lines, demand, escape(d.description).replace("\n", "<br>")]
        if d.timeline:
            last = d.timeline[-1]
            at = last.at.astimezone(self.ctx.tz).strftime("%Y-%m-%d %H:%M")
            parts.append("<i>" + escape(self.tr("Last: {0} {1} — {2}").format(at, last.who, domain_text(last.text)
                                                                             or last.kind)) + "</i>")
        return "<br>".join(p for p in parts if p)

    # --- user actions --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_parcel(self) -> None:
        self.parcel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.parcel.selectAll()

    def _search_enter(self) -> None:
        if self._debounce.isActive():
            self.apply_query()
        if self.model.rowCount():
            self.select_row(0)
            self.table.setFocus()

    def show_message(self, text: str) -> None:
        self.status_bar.showMessage(text, 10000)

    def open_current(self) -> QWidget | None:
        current = self.current_row()
        if current is None:
            return None
        return self.open_case(current.id)

    def open_case(self, case_id: int) -> QWidget:
        """The case's window; one per case (opened again, it comes to the front)."""
        window = self.windows.get(case_id)
        if window is None:
            from app.ui.complaints.case_window import CaseWindow

            window = CaseWindow(self.ctx, case_id, self)
            self.windows[case_id] = window
            window.finished.connect(lambda _r, i=case_id: self.windows.pop(i, None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_case(self, order_id: int | None = None) -> QWidget | None:
        try:
            from app.ui.complaints.register_dialog import RegisterDialog
        except ImportError:
            self.show_message(self.tr("Registering is not available in this build."))
            return None
        dialog = RegisterDialog(self.ctx, self, order_id=order_id if isinstance(order_id, int) else None)
        dialog.accepted.connect(lambda: self._registered(getattr(dialog, "registered", None)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _registered(self, result: object) -> None:
        """A case was registered (the dialog's `registered`): the list shows it and selects it when it is in the
        view (the bus carried the change; this reload only adds the selection)."""
        case_id = getattr(result, "id", None)
        if isinstance(case_id, int):
            self.model.query = self.current_query()
            self.model.reload(then=lambda: self._reselect(case_id))

    def from_parcel(self) -> None:
        """A scan of the returned parcel's label or of the order's packing slip: the registration for that order."""
        from app.services.complaints.registering import find_order_for_case

        code = self.parcel.text().strip()
        self.parcel_note.clear()
        if not code:
            return

        def found(order) -> None:
            self.parcel.clear()
            self.new_case(order.order_id)

        def not_found(exc: BaseException) -> None:
            self.parcel_note.setText(error_text(exc))
            self.parcel.selectAll()

        self.ctx.read(lambda s: find_order_for_case(s, code), on_done=found, on_error=not_found)

    def export(self, target: Path | None = None) -> None:
        """Every case and the figures as XLSX (`zaplecze export complaints` does the same); `target`: what a test
        answers instead of the file dialog."""
        from app.services.complaints.export import export_complaints
        from app.ui.kit.words import ui_lang

        if target is None:
            folder = remembered.load(Settings.INVOICES_FOLDER) or str(Path.home())
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the complaints register"),
                str(Path(folder) / self.tr("complaints-{0}.xlsx").format(self.today().isoformat())),
                self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
            remembered.save(Settings.INVOICES_FOLDER, str(target.parent))
        path, lang, today = target, ui_lang(), self.today()
        self.ctx.read(lambda session, _progress: export_complaints(session, path, today=today, lang=lang,
                                                                   translate=domain_text),
                      progress_label=self.tr("Writing the complaints register..."), parent=self,
                      on_done=lambda rows: self.show_message(
                          self.tr("{0} cases and their figures are saved as {1}.").format(rows, path)),
                      on_error=lambda exc: QMessageBox.warning(self, self.tr("Export"), error_text(exc)))

    def edit_templates(self) -> QWidget | None:
        try:
            from app.ui.complaints.templates_dialog import TemplatesDialog
        except ImportError:
            self.show_message(self.tr("Letter templates are not available in this build."))
            return None
        dialog = TemplatesDialog(self.ctx, self)
        self.dialog = dialog
        dialog.open()
        return dialog

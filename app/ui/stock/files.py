"""The Stock tab's file jobs: import products (Shopify's export, or any CSV/XLSX whose columns are recognised by
their headers) with a preview and one confirmation, and export the stock list to XLSX.

A mixin of StockTab (expects ctx, message): kept apart so the tab's module holds the list and its filters. Reading
the file, importing and exporting run in the background with a progress dialog (after ~0.5 s) and Cancel.
Strings live in the StockTab translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import show_error
from app.ui.kit.words import plural, ui_lang

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.progress import Progress
    from app.importers.mapped.orders import Mapping
    from app.services.importing.products import ProductImportPreview, ProductImportResult

translate = QCoreApplication.translate


class StockFileActions:
    def import_products(self, path: str | Path | None = None, *, confirm: bool = True) -> None:
        """Read and preview the file off the UI thread, ask, then import it all or nothing (with Cancel)."""
        from app.services.importing.products import mapping_for, preview_products

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, translate("StockTab", "Import products"), str(Path.home()),
                                                  translate("StockTab", "Product files (*.csv *.xlsx)"))
            if not path:
                return

        def read(session: Session, progress: Progress) -> tuple[Mapping | None, str, ProductImportPreview]:
            mapping = mapping_for(path)  # None: Shopify's export; else the columns its headers name
            fmt = "auto" if mapping is None else "mapped"
            return mapping, fmt, preview_products(session, path, fmt, mapping, progress=progress)

        # A refused file shows its rows and columns.
        self.ctx.read(read, on_done=lambda found: self._confirm_import(path, *found, confirm=confirm),
                      on_error=lambda exc: show_error(self, exc),
                      progress_label=translate("StockTab", "Reading the products file…"), parent=self)

    def _confirm_import(self, path: str | Path, mapping: Mapping | None, fmt: str, preview: ProductImportPreview, *,
                        confirm: bool) -> None:
        from app.importers.mapped.products import FIELDS
        from app.services.importing.products import import_products

        summary = translate(
            "StockTab", "{0}: {1} new, {2} updated, {3} unchanged products; opening stock {4} units.").format(
            preview.filename, preview.new, preview.updated, preview.unchanged, preview.opening_stock_units)
        if mapping is not None:
            self.import_columns = ", ".join(f"{domain_text(FIELDS[f])} ← {header}"
                                            for f, header in mapping.fields.items())
            summary += "\n" + translate("StockTab", "Columns read: {0}").format(self.import_columns)
        if confirm:
            from app.ui.stock.import_preview import ProductsImportPreview

            self.import_preview = ProductsImportPreview(
                summary, [domain_text(t) for t in [*preview.notes, *preview.warnings]], len(preview.warnings), self)
            if self.import_preview.exec() != ProductsImportPreview.DialogCode.Accepted:
                return
        who = self.ctx.who

        def done(result: ProductImportResult) -> None:
            self.message.setText(translate("StockTab", "Imported {0} new and {1} updated products.").format(
                result.new, result.updated))
            bus().changed.emit(result.changes)

        self.ctx.run(lambda session, progress: import_products(session, path, who, fmt, mapping, progress=progress),
                     on_done=done, on_error=lambda exc: show_error(self, exc),
                     progress_label=translate("StockTab", "Importing products…"), parent=self)

    def export_stock(self, path: str | Path | None = None) -> None:
        from app.services.stock.export import default_file_name, export_stock

        lang = ui_lang()  # the sheet's name and headers in the user's language
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, translate("StockTab", "Export stock"),
                                                  str(Path.home() / default_file_name(lang)),
                                                  translate("StockTab", "Excel (*.xlsx)"))
            if not path:
                return

        def done(count: int) -> None:
            self.message.setText(plural(translate("StockTab", "%n product(s) exported to {0}.", "", count), count)
                                 .format(path))

        self.ctx.read(lambda session, progress: export_stock(session, path, progress, lang=lang),
                      progress_label=translate("StockTab", "Exporting stock…"), parent=self,
                      on_done=done, on_error=lambda exc: show_error(self, exc))

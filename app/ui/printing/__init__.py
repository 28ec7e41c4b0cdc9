"""Printing through Qt to the system's print queues: printers per document kind, PDF pages rendered onto a QPrinter
with QtPdf, raw ZPL to thermal printers, preview, batch printing with progress and Cancel, and the print log."""

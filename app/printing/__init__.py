"""Documents: reportlab PDFs, barcodes, ZPL, fonts. Plain data in, bytes/files out; no Qt, no session."""

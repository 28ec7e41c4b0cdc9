"""Documents to print: the queue, printer settings per document kind, the print log, and rendering to PDF/ZPL bytes."""

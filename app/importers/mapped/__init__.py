"""Any other CSV/XLSX through a column mapping the user makes once: orders and products."""

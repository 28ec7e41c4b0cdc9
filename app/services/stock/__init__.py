"""Stock: the ledger of movements, what order statuses do to stock, the Stock list, history, stocktake, reorder, export."""

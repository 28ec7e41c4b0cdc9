"""The Stock tab: the list, product card, goods receipt, adjustments, reorder, stocktake, products import and stock export."""

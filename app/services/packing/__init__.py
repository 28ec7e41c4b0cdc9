"""Packing: claims (one station per order), the scan logic, completing or holding an order, the owner's PIN,
products' pack barcodes and the pack log."""

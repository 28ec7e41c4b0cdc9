"""Invoicing: VAT invoices and corrections, their amounts (Polish rounding practice), numbering, the register, and
the data FA(3) XML and the PDF are made from."""

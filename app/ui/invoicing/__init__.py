"""The Invoices tab: the register of issued invoices and corrections, printing, payments and corrections."""

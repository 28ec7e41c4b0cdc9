"""Shop exports in: reading tables (detect), Shopify's orders export, and mapped CSV/XLSX files.

Importers are pure parsing: file in, plain records (records.py) and row errors out. They never touch the
database; `app.services.importing.orders` compares the records with what is stored and writes them.
"""

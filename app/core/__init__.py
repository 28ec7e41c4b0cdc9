"""Ground every layer may use: errors, messages (msg), GTIN check digits, money, progress, changes, XLSX helpers.

Nothing here imports the app above it (models, db, services, ui): a test reads the import graph."""

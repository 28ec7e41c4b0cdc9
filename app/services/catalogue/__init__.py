"""The product catalogue: create, edit, archive, look up by a scanned or typed code."""

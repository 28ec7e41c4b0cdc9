"""Helpers the tests share: shops, CUPS queue, PDF and barcode reading. Imported one way: from tests.support.X."""

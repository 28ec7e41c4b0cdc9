"""Packing tests use the root conftest's `ready_order` (orders made and verified, stock reserved)."""

"""Imports of shop exports into the shop: orders (preview, plan, bulk writer) and products, all or nothing."""

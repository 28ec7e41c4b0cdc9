"""Shopify's CSV exports: orders and products, as they look in the wild."""

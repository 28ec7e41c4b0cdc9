"""Shipping windows: an order's shipment with its parcels, and the dispatch manifests."""

"""Shipping: carriers, shipments and parcels, tracking numbers, the sender settings, booking, dispatch manifests."""

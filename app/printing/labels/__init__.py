"""The 100 x 150 mm shipping label: our PDF, ZPL II for thermal printers, a carrier's own PDF fitted onto it."""

"""The parcel the station suggests: its size from the products' dimensions, its weight from their weights.

Locker sizes are slots (InPost A/B/C: 8, 19 and 41 cm high, 38 x 64 cm); the courier sizes S/M/L of the other
carriers are taken as the same three boxes. The items are laid flat on their largest face and stacked: the box is
the longest, the widest, and the sum of the heights. A product without dimensions leaves the shop's default size.
"""

from __future__ import annotations

from decimal import Decimal

BOXES_MM: dict[str, tuple[int, int, int]] = {
    "A": (640, 380, 80), "B": (640, 380, 190), "C": (640, 380, 410),
    "S": (640, 380, 80), "M": (640, 380, 190), "L": (640, 380, 410),
}
# A little for the box and the filling around the goods.
PACKAGING_KG = Decimal("0.100")


def suggest_size(sizes: tuple[str, ...], items: list[tuple[tuple[int, int, int] | None, int]], default: str) -> str:
    """The smallest of the carrier's `sizes` that holds the items ((dimensions in mm or None, quantity) each);
    `default` when the carrier has no sizes, a product has no dimensions, or nothing fits (the packer decides)."""
    if not sizes:
        return ""
    fallback = default if default in sizes else sizes[min(1, len(sizes) - 1)]
    if not items or any(dims is None for dims, _ in items):
        return fallback
    length = width = height = 0
    for dims, quantity in items:
        a, b, c = sorted(dims or (0, 0, 0), reverse=True)
        length, width, height = max(length, a), max(width, b), height + c * max(quantity, 0)
    need = sorted((length, width, height), reverse=True)
    for size in sizes:
        box = BOXES_MM.get(size)
        if box is not None and all(n <= b for n, b in zip(need, sorted(box, reverse=True))):
            return size
    return fallback


def suggest_weight(items: list[tuple[int | None, int]]) -> Decimal | None:
    """The goods' weight plus the packaging, in kg; None when a product has no weight (the packer weighs it)."""
    if not items or any(grams is None for grams, _ in items):
        return None
    grams = sum((g or 0) * max(q, 0) for g, q in items)
    return (Decimal(grams) / 1000 + PACKAGING_KG).quantize(Decimal("0.001"))

"""A product's pack barcode: the GTIN printed on a pack of it (a 6-pack's box) and how many units one scan is."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.gtin import validate_gtin
from app.core.messages import msg
from app.models import Product

MAX_PACK = 10_000


def code_owner(session: Session, code: str, except_product: int | None = None) -> str | None:
    """The SKU of a product that has `code` as its EAN or pack EAN (other than `except_product`), or None.
    Inside the caller's transaction; what keeps EANs and pack EANs unique together."""
    stmt = select(Product.sku).where(or_(Product.ean == code, Product.pack_ean == code))
    if except_product is not None:
        stmt = stmt.where(Product.id != except_product)
    return session.scalar(stmt.limit(1))


def set_pack_barcode(session: Session, product_id: int, pack_ean: str | None, pack_quantity: int | None) -> Changes:
    """Set (or with no code, clear) the product's pack EAN and quantity. The EAN is a valid GTIN no other product
    has (as EAN or pack EAN), not the product's own EAN; the quantity at least 2."""
    code = validate_gtin(pack_ean)
    if code is not None and (pack_quantity is None or not 2 <= pack_quantity <= MAX_PACK):
        raise DomainError(msg("A pack holds 2 to {max} units; say how many units the pack EAN {ean} is.",
                              max=MAX_PACK, ean=code))
    with session.begin():
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(msg("Product {id} does not exist.", id=product_id))
        if code is not None:
            if code == product.ean:
                raise DomainError(msg("{ean} is the EAN of one unit of {sku}; a pack has an EAN of its own.",
                                      ean=code, sku=product.sku))
            owner = code_owner(session, code, product_id)
            if owner:
                raise DomainError(msg("EAN {ean} already belongs to product {sku}.", ean=code, sku=owner))
        product.pack_ean = code
        product.pack_quantity = pack_quantity if code is not None else None
    return Changes(products=frozenset([product_id]))

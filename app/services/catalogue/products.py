"""The product catalogue: create, edit, archive, look up by a scanned or typed code.

Stock balances are not edited here: opening stock becomes an adjustment through the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.gtin import validate_gtin
from app.core.messages import msg
from app.core.money import VAT_RATES
from app.models import Product
from app.models.base import utcnow
from app.models.stock import ADJUSTMENT
from app.services.stock.ledger import MoveLine, post_document


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    gross_price: Decimal = Decimal("0.00")
    ean: str | None = None
    vat_rate: str = "23"
    purchase_price: Decimal | None = None
    weight_g: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    location: str = ""
    supplier: str = ""
    reorder_point: int = 0
    reorder_qty: int = 0
    lead_time_days: int = 7
    group_name: str = ""
    active: bool = True
    category: str = ""  # the shop's own ("Kubki", "Kawa"); "" none: the reports count it "without a category"
    guarantee_months: int | None = None  # the producer's guarantee on the card (None: none); complaints show it


@dataclass(frozen=True)
class ProductSaved:
    """A product a use case created or changed, and the Changes it made (the UI forwards them to the bus)."""

    product_id: int
    changes: Changes


@dataclass(frozen=True)
class ProductDetail(ProductInput):
    id: int = 0
    on_hand: int = 0
    reserved: int = 0
    sku_generated: bool = False  # made by the products import from Shopify's handle and options (no SKU there)
    # The pack's own barcode and its units: read here for the card, set through packing.pack_barcodes (not input).
    pack_ean: str | None = None
    pack_quantity: int | None = None

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


INPUT_FIELDS = tuple(f.name for f in fields(ProductInput))
MAX_GUARANTEE_MONTHS = 120
MAX_CATEGORY = 120  # product.category's length


def _negative_size(name: str, sku: str) -> str:
    if name == "weight_g":
        return msg("Weight of {sku} cannot be negative.", sku=sku)
    if name == "length_mm":
        return msg("Length of {sku} cannot be negative.", sku=sku)
    if name == "width_mm":
        return msg("Width of {sku} cannot be negative.", sku=sku)
    return msg("Height of {sku} cannot be negative.", sku=sku)


def check_input(data: ProductInput) -> ProductInput:
    """Cleaned input, or DomainError saying what is wrong (the EAN check digit is checked, never fixed)."""
    sku = data.sku.strip()
    if not sku:
        raise DomainError(msg("A product needs an SKU."))
    if not data.name.strip():
        raise DomainError(msg("Product {sku} needs a name.", sku=sku))
    if data.vat_rate not in VAT_RATES:
        raise DomainError(msg("VAT rate '{rate}' is not one of 23, 8, 5, 0, zw.", rate=data.vat_rate))
    if data.gross_price < 0 or (data.purchase_price is not None and data.purchase_price < 0):
        raise DomainError(msg("Prices of {sku} cannot be negative.", sku=sku))
    for name in ("weight_g", "length_mm", "width_mm", "height_mm"):
        value = getattr(data, name)
        if value is not None and value < 0:
            raise DomainError(_negative_size(name, sku))
    if data.reorder_point < 0 or data.reorder_qty < 0 or data.lead_time_days < 0:
        raise DomainError(msg("Reorder point, quantity and lead time of {sku} cannot be negative.", sku=sku))
    if data.guarantee_months is not None and not 0 <= data.guarantee_months <= MAX_GUARANTEE_MONTHS:
        raise DomainError(msg("The guarantee of {sku} must be 0 to {most} months.", sku=sku,
                              most=MAX_GUARANTEE_MONTHS))
    category = " ".join(data.category.split())  # one spelling: "Kawa " and "Kawa" are one category in the reports
    if len(category) > MAX_CATEGORY:
        raise DomainError(msg("The category of {sku} is longer than {most} characters.", sku=sku, most=MAX_CATEGORY))
    values = {n: getattr(data, n) for n in INPUT_FIELDS}
    values.update(sku=sku, name=data.name.strip(), ean=validate_gtin(data.ean), location=data.location.strip(),
                  supplier=data.supplier.strip(), group_name=data.group_name.strip(), category=category)
    return ProductInput(**values)


def _unique(session: Session, data: ProductInput, product_id: int | None) -> None:
    other = session.scalar(select(Product.id).where(Product.sku == data.sku, Product.id != (product_id or 0)))
    if other is not None:
        raise DomainError(msg("SKU {sku} is already used by another product.", sku=data.sku))
    if data.ean:
        other_sku = session.scalar(select(Product.sku).where(  # a pack's own EAN is taken too: one code, one product
            or_(Product.ean == data.ean, Product.pack_ean == data.ean), Product.id != (product_id or 0)).limit(1))
        if other_sku is not None:
            raise DomainError(msg("EAN {ean} already belongs to product {sku}.", ean=data.ean, sku=other_sku))


def create_product(session: Session, data: ProductInput, who: str, opening_stock: int = 0) -> ProductSaved:
    """A new product; opening stock is recorded as an adjustment, so the ledger explains it."""
    data = check_input(data)
    if opening_stock < 0:
        raise DomainError(msg("Opening stock cannot be negative."))
    with session.begin():
        _unique(session, data, None)
        product = Product(**{n: getattr(data, n) for n in INPUT_FIELDS}, on_hand=0, reserved=0)
        session.add(product)
        session.flush()
        if opening_stock:
            post_document(session, ADJUSTMENT, [MoveLine(product.id, opening_stock)], who, note=msg("Opening stock"))
        return ProductSaved(product.id, Changes(products=frozenset([product.id])))


def update_product(session: Session, product_id: int, data: ProductInput, who: str) -> ProductSaved:
    data = check_input(data)
    with session.begin():
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(msg("Product #{product_id} does not exist.", product_id=product_id))
        _unique(session, data, product_id)
        for name in INPUT_FIELDS:
            setattr(product, name, getattr(data, name))
        product.updated_at = utcnow()
    return ProductSaved(product_id, Changes(products=frozenset([product_id])))


def categories(session: Session) -> list[str]:
    """The categories products have (any product, archived too), sorted: the card's completer offers them, so a
    category is typed the same way each time and the reports do not split "Kawa" from "kawa"."""
    with session.begin():
        return list(session.scalars(select(Product.category).where(Product.category != "").distinct()
                                    .order_by(Product.category)))


def set_active(session: Session, product_ids: list[int], active: bool) -> Changes:
    """Archive (or bring back) products; archived ones stay for old orders and the ledger."""
    with session.begin():
        for product in session.scalars(select(Product).where(Product.id.in_(product_ids))):
            product.active = active
            product.updated_at = utcnow()
    return Changes(products=frozenset(product_ids))


def _detail(p: Product) -> ProductDetail:
    return ProductDetail(**{n: getattr(p, n) for n in INPUT_FIELDS}, id=p.id, on_hand=p.on_hand, reserved=p.reserved,
                         sku_generated=bool(p.sku_generated), pack_ean=p.pack_ean, pack_quantity=p.pack_quantity)


def get_product(session: Session, product_id: int) -> ProductDetail:
    with session.begin():
        p = session.get(Product, product_id, populate_existing=True)
        if p is None:
            raise NotFound(msg("Product #{product_id} does not exist.", product_id=product_id))
        return _detail(p)


def _find_id(session: Session, text: str) -> int | None:
    """The product whose EAN, pack EAN or SKU (case-insensitive) is `text`, active ones first; inside the caller's
    transaction. A pack's EAN names its product (the box of 6 scanned at the Stock tab opens the product's card)."""
    return session.scalar(
        select(Product.id).where(or_(Product.ean == text, Product.pack_ean == text, Product.sku == text,
                                     func.lower(Product.sku) == text.lower()))
        .order_by(Product.active.desc(), Product.id).limit(1))


def find_by_code(session: Session, code: str) -> int | None:
    """A product by a scanned EAN or a typed SKU (exact; SKU case-insensitive), active ones first."""
    text = code.strip()
    if not text:
        return None
    with session.begin():
        return _find_id(session, text)


def product_by_code(session: Session, code: str) -> ProductDetail | None:
    """The product a scan or a typed SKU names, with its stock, in one read: a goods receipt answers each scan with
    it, so a scanner's burst costs one query apiece. None: no product has that code."""
    text = code.strip()
    if not text:
        return None
    with session.begin():
        product_id = _find_id(session, text)
        p = session.get(Product, product_id, populate_existing=True) if product_id is not None else None
        return _detail(p) if p is not None else None


def link_ean(session: Session, product_code: str, ean: str) -> ProductSaved:
    """Give an existing product, named by its SKU (or a code it already has), the EAN a scanner just read (receipt
    of an unknown code): the look-up and the link are one transaction, so nothing can take the EAN in between."""
    sku = product_code.strip()
    with session.begin():
        product_id = _find_id(session, sku) if sku else None
        if product_id is None:
            raise NotFound(msg("No product with the SKU {sku}.", sku=sku))
        code = validate_gtin(ean)
        product = session.get(Product, product_id)
        owner = session.scalar(select(Product.sku).where(Product.ean == code, Product.id != product_id))
        if owner is not None:
            raise DomainError(msg("EAN {ean} already belongs to product {sku}.", ean=code, sku=owner))
        if product.ean and product.ean != code:
            # A scanner's next code typed into the link field would otherwise silently replace a good EAN.
            raise DomainError(msg("Product {sku} already has the EAN {ean}; change it on the product card if {code} "
                                  "really replaces it.", sku=product.sku, ean=product.ean, code=code))
        product.ean = code
        product.updated_at = utcnow()
    return ProductSaved(product_id, Changes(products=frozenset([product_id])))

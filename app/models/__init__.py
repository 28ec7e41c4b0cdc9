"""All models, imported so Base.metadata knows every table."""

from app.models.base import Base
from app.models.complaint import (
    Complaint,
    ComplaintEvent,
    ComplaintFile,
    ComplaintLetter,
    ComplaintLine,
    ComplaintTemplate,
    Refund,
    SupplierClaim,
)
from app.models.customer import (
    Address,
    Contact,
    Customer,
    CustomerConsent,
    CustomerSettings,
    PrivacyLogEntry,
    ReplyTemplate,
)
from app.models.import_mapping import ImportMapping
from app.models.invoice import Invoice, InvoiceCounter, InvoiceLine, InvoiceRate, InvoiceSeries, InvoiceSettings
from app.models.order import ImportBatch, Order, OrderEvent, OrderLine
from app.models.packing import PackClaim, PackingSettings, PackLogEntry, ParcelPhoto
from app.models.product import Product
from app.models.report import ReportSettings
from app.models.shipping import (
    CarrierLabel,
    CarrierSetting,
    DispatchManifest,
    Parcel,
    PrinterSetting,
    PrintLogEntry,
    PrintQueueEntry,
    Shipment,
    ShippingMethodRule,
    ShippingSettings,
)
from app.models.stock import StockDocument, StockMovement

__all__ = [
    "Address",
    "Base",
    "CarrierLabel",
    "CarrierSetting",
    "Complaint",
    "ComplaintEvent",
    "ComplaintFile",
    "ComplaintLetter",
    "ComplaintLine",
    "ComplaintTemplate",
    "Contact",
    "Customer",
    "CustomerConsent",
    "CustomerSettings",
    "DispatchManifest",
    "ImportBatch",
    "ImportMapping",
    "Invoice",
    "InvoiceCounter",
    "InvoiceLine",
    "InvoiceRate",
    "InvoiceSeries",
    "InvoiceSettings",
    "Order",
    "OrderEvent",
    "OrderLine",
    "PackClaim",
    "PackLogEntry",
    "PackingSettings",
    "Parcel",
    "ParcelPhoto",
    "PrintLogEntry",
    "PrintQueueEntry",
    "PrinterSetting",
    "PrivacyLogEntry",
    "Product",
    "Refund",
    "ReplyTemplate",
    "ReportSettings",
    "Shipment",
    "ShippingMethodRule",
    "ShippingSettings",
    "StockDocument",
    "StockMovement",
    "SupplierClaim",
]

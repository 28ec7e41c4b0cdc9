"""All models, imported so Base.metadata knows every table."""

from app.models.base import Base
from app.models.customer import Address, Customer
from app.models.import_mapping import ImportMapping
from app.models.order import ImportBatch, Order, OrderEvent, OrderLine
from app.models.product import Product
from app.models.shipping import (
    CarrierLabel, CarrierSetting, DispatchManifest, Parcel, PrinterSetting, PrintLogEntry, PrintQueueEntry, Shipment,
    ShippingMethodRule, ShippingSettings,
)
from app.models.stock import StockDocument, StockMovement

__all__ = ["Address", "Base", "Customer", "ImportBatch", "Order", "OrderEvent", "OrderLine", "Product",
           "ImportMapping", "StockDocument", "StockMovement",
           "CarrierLabel", "CarrierSetting", "DispatchManifest", "Parcel", "PrinterSetting", "PrintLogEntry",
           "PrintQueueEntry", "Shipment", "ShippingMethodRule", "ShippingSettings"]

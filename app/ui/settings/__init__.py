"""The settings window: printers per document kind, the sender, carriers and shipping-method rules."""

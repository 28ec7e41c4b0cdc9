"""The Orders tab: the list, filters, batch actions, and the order window."""

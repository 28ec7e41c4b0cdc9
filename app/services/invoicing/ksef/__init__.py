"""Sending invoices to KSeF 2.0. `gateway` is the one interface to the service (KsefGateway, make_gateway and
the plain data and errors it speaks in); the queue and the use cases over it build on that."""

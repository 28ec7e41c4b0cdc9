"""The demo shop: a Polish home-and-kitchen shop with products, customers and orders in every status."""

"""The Customers tab, the customer's card, merging duplicates and the follow-ups to do (issue 17)."""

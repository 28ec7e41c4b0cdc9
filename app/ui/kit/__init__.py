"""What every tab uses: the change bus, the background task helper, the context, errors, language, the table model bases and view factories."""

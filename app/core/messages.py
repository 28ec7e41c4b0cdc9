"""Messages a user reads, written in English in the services and translated where they are shown.

The services stay free of Qt, and what they store (an order's problems, its history) stays in one language
in the database, so the CLI, exports and logs read the same. `msg()` marks the English template:
tools/translations.py collects every `msg("...")` into the Polish .ts (context "Domain") and lists the
templates in resources/translations/domain_messages.json; app/ui/domain_text.py matches a finished
message back to its template and shows the translation, with the values put back in.
"""

from __future__ import annotations


def msg(template: str, /, **values: object) -> str:
    """The English message: the template with its named {values} filled in (str.format rules)."""
    return template.format(**values) if values else template

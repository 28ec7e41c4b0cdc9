"""The Invoices tab's tests: a shop with issued invoices (tests/ui/invoicing/shop.py) and the tab on screen."""

from __future__ import annotations

import pytest

from tests.support.cups import snapshot
from tests.support.orders import threaded_ctx  # noqa: F401 - a fixture for this folder
from tests.ui.invoicing.shop import make_invoicing_shop


@pytest.fixture
def shop(session, order_input):
    return make_invoicing_shop(session, order_input)


@pytest.fixture
def tab(ctx, qtbot):
    """The tab in a window of its own, at the size of a 1366 x 768 laptop's window, active (shortcuts work)."""
    from app.ui.invoicing.tab import InvoicesTab
    from tests.support.cups import job_tag

    widget = InvoicesTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1340, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    widget.actions_.print_service.job_prefix = job_tag()
    yield widget
    for pdf in snapshot(widget.actions_.print_service.job_prefix):
        pdf.unlink(missing_ok=True)

"""Printing tests that go through the real PrintService to the cups-pdf queue."""

from __future__ import annotations

import pytest

from tests.support.cups import job_tag, snapshot


@pytest.fixture
def service(db, qtbot):
    """A PrintService on the test's shop, its background work run inline (as in tests/ui), its jobs titled so this
    test's PDFs are found, and removed after."""
    from app.ui.kit.context import AppContext
    from app.ui.kit.tasks import Tasks
    from app.ui.printing.service import PrintService

    before = Tasks.synchronous
    Tasks.synchronous = True
    svc = PrintService(AppContext(db=db, who="station-1"))
    svc.job_prefix = job_tag()
    yield svc
    Tasks.synchronous = before
    for pdf in snapshot(svc.job_prefix):  # what cups-pdf wrote for this test
        pdf.unlink(missing_ok=True)

"""Every importer, fed broken files (random bytes, cut files, other encodings, broken quotes, huge cells and
numbers, extreme dates, formula-like text): it imports and `check` finds the shop clean, or it refuses with a
clear message and the shop unchanged. Never a traceback. A longer soak: `uv run python tools/fuzz_soak.py N`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.fuzz import broken_file, make_template, targets, verdict

TARGETS = targets()
EXAMPLES = int(os.environ.get("ZAPLECZE_FUZZ_EXAMPLES", "12"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("fuzz"))


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_a_broken_file_is_imported_cleanly_or_refused_with_the_shop_unchanged(target, template):
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        raw = data.draw(broken_file(target), label="file")
        with tempfile.TemporaryDirectory() as work:
            verdict(target, raw, template, Path(work))

    run()


CSV_TARGETS = [t for t in TARGETS if t.suffix == ".csv"]  # the XLSX bases are written by the strategy itself


@pytest.mark.parametrize("target", CSV_TARGETS, ids=[t.name for t in CSV_TARGETS])
def test_the_unbroken_file_imports(target, template):
    """The fuzzing starts from files that do import: a refusal above is the breakage's, not the base file's."""
    from tests.support.fuzz import _csv_bytes

    data = _csv_bytes(target.header, target.rows).encode("utf-8")
    with tempfile.TemporaryDirectory() as work:
        assert verdict(target, data, template, Path(work)) == "imported"

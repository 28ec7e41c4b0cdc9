"""The importers' fuzz test at length: N broken files per importer, with the outcomes counted.

    uv run python tools/fuzz_soak.py 2000            # 2,000 examples per importer
    uv run python tools/fuzz_soak.py 500 --seed 7    # another stream of examples

The same strategies and verdict as tests/core/importing/test_fuzz.py (tests/support/fuzz.py): every example
must end as an import that `zaplecze check` finds clean, or as a refusal with the shop unchanged. The first
example that ends otherwise stops the run with its traceback (exit 1). The figures go into docs/RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ZAPLECZE_DATA_DIR", tempfile.mkdtemp(prefix="zaplecze-soak-data-"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="broken files per importer")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    from tests.support.fuzz import broken_file, make_template, targets, verdict

    random.seed(args.seed)
    print(f"{'importer':<24} {'examples':>8} {'imported':>9} {'refused':>8} {'seconds':>8}")
    with tempfile.TemporaryDirectory(prefix="zaplecze-soak-") as folder:
        template = make_template(Path(folder))
        for target in targets():
            outcomes: Counter[str] = Counter()
            started = time.perf_counter()

            def soak(target=target, outcomes=outcomes):
                @seed(args.seed)
                @settings(max_examples=args.count, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
                @given(data=st.data())
                def run(data: st.DataObject) -> None:
                    raw = data.draw(broken_file(target))
                    with tempfile.TemporaryDirectory(dir=folder) as work:
                        outcomes[verdict(target, raw, template, Path(work))] += 1

                run()

            soak()
            total = sum(outcomes.values())
            print(f"{target.name:<24} {total:>8} {outcomes['imported']:>9} {outcomes['refused']:>8} "
                  f"{time.perf_counter() - started:>8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

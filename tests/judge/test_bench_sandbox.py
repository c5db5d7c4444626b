"""The child-cost benchmark reads real children: each phase it prints must be measured, not zero."""

from __future__ import annotations

import pytest

from bench import sandbox
from offerloop.judge import grader


@pytest.mark.skipif(not grader._cpu_clock_works(), reason="this kernel does not expose other processes' CPU clocks")
def test_every_phase_of_a_child_is_measured():
    rows = sandbox.measure(runs=4)
    assert set(rows) == {"test", "submit"}
    for mode, r in rows.items():
        # A spare copies pages from its zygote as it sets up, and a submission runs code.
        assert r["setup"] > 0 and r["setup_pages"] > 0, (mode, r)
        assert r["used"] > 0, (mode, r)
        assert r["zygote"] > 0 and r["judge"] > 0, (mode, r)
    # The hidden cases run in the same child: a full submission uses it longer than the examples alone.
    assert rows["submit"]["used"] > rows["test"]["used"]


def test_copy_on_write_is_measured():
    assert 0 < sandbox.cow_page_us(pages=500) < 1000

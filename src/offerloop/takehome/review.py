"""Placeholder replaced below."""
from __future__ import annotations


def file_leaks(f):
    from offerloop.takehome.leakage import analyze_cells
    from offerloop.takehome.sources import execution_order, python_cells

    parsed, _ = python_cells(f)
    leaks = {(lk.kind, lk.cell, lk.line): lk for lk in analyze_cells(parsed)}
    order = execution_order(f, parsed)
    if order is not None:
        for lk in analyze_cells(parsed, order):
            leaks.setdefault((lk.kind, lk.cell, lk.line), lk)
    for lk in leaks.values():
        lk.file = f.path
    return sorted(leaks.values(), key=lambda lk: ((lk.cell or 0), lk.line, lk.kind))

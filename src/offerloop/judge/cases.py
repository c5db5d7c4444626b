"""Helpers that cases.py files use to describe cases."""

from __future__ import annotations

from typing import Any


def case(*args: Any, name: str = "", **kwargs: Any) -> dict:
    """A case that calls the problem's function with these arguments."""
    return {"kind": "call", "name": name, "args": list(args), "kwargs": kwargs}


def driver(source: str, name: str = "", params: dict | None = None) -> dict:
    """A case whose `drive(ns)` (defined in source) exercises the user's module and returns plain data.

    params (plain data) is what a checker receives as `args` for this case."""
    if "def drive(" not in source:
        raise ValueError("a driver's source must define drive(ns)")
    return {"kind": "drive", "name": name, "source": source, "params": params}


def follow_up(question: str, the_case: dict) -> dict:
    """Mark a case as an interview follow-up: the edge an interviewer asks about once the main answer
    works (a singular X^T X, an empty cluster, a fractional test size). cases.py lists these in
    follow_ups(); they never decide the verdict, and are graded and shown after acceptance, each
    with its question."""
    if len(question.strip()) < 10:
        raise ValueError("a follow-up needs the question an interviewer would ask")
    return {**the_case, "question": question.strip()}


def frame(columns: dict, index: Any = None, dtypes: dict | None = None):
    """A real pandas DataFrame for a case's arguments: columns maps labels to lists or arrays, index
    is a list or array (a RangeIndex when None; a pandas Index also works), dtypes maps some labels
    to a dtype ("category", "datetime64[ns]", "Int64", ...). The reference gets this frame; the
    child gets an identical one rebuilt from plain data (judge/frames.py)."""
    import pandas as pd

    df = pd.DataFrame(columns, index=index)
    return df.astype(dtypes) if dtypes else df


def series(values: Any, index: Any = None, name: Any = None, dtype: Any = None):
    """A real pandas Series for a case's arguments (see frame)."""
    import pandas as pd

    return pd.Series(values, index=index, name=name, dtype=dtype)

"""Real pandas frames through the real judge: arguments rebuilt in the sandbox, returned frames
carried back as plain data (never pickle) and compared on columns, index, dtype family and values."""

import json
import struct
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from offerloop.content.loader import load_bank
from offerloop.judge import codec
from offerloop.judge.compare import compare
from offerloop.judge.verdict import Verdict

PACKS = Path(__file__).parent / "frame_packs"
META = PACKS / "problems"


@pytest.fixture(scope="module")
def bank():
    b = load_bank(PACKS)
    assert b.issues == []
    return b


def grade(pool, bank, slug, code, mode="submit"):
    return pool.grade(bank.problem(slug), code, mode=mode, seed=5)


def test_reference_returning_a_frame_is_accepted_and_shown_as_a_table(pool, bank):
    code = (META / "group-totals/.meta/solution.py").read_text()
    r = grade(pool, bank, "group-totals", code)
    assert r.verdict is Verdict.ACCEPTED, r.reason
    shown = r.to_dict()["cases"][0]
    assert "total" in shown["expected"] and "2024-01-06" in shown["expected"]  # pandas' own printout
    assert "when" in shown["input"]["args"][0]


@pytest.mark.parametrize("wrong", sorted(p.name for p in (META / "group-totals/.meta/wrong").glob("*.py")))
def test_each_wrong_frame_answer_is_rejected(pool, bank, wrong):
    code = (META / "group-totals/.meta/wrong" / wrong).read_text()
    r = grade(pool, bank, "group-totals", code)
    assert r.verdict is Verdict.WRONG_ANSWER


def test_an_integer_count_returned_as_float_is_named_in_the_reason(pool, bank):
    code = (META / "group-totals/.meta/wrong/float_count.py").read_text()
    r = grade(pool, bank, "group-totals", code, mode="test")
    assert r.verdict is Verdict.WRONG_ANSWER
    assert "column 'n'" in r.reason and "float64" in r.reason


def test_the_child_receives_real_frames_with_their_dtypes(pool, bank):
    # The user's code checks what it was given and fails loudly if the frame is not the real thing.
    code = (
        "import pandas as pd\n"
        "def group_totals(df):\n"
        "    assert type(df) is pd.DataFrame\n"
        "    assert isinstance(df['key'].dtype, pd.CategoricalDtype)\n"
        "    assert df['when'].dtype.kind == 'M' and df['value'].dtype == 'float64'\n"
        "    assert list(df.columns) == ['key', 'value', 'when'] and isinstance(df.index, pd.RangeIndex)\n"
        "    g = df.groupby('key', observed=True)\n"
        "    return g.agg(total=('value', 'sum'), n=('value', 'size'), last=('when', 'max'))\n"
    )
    assert grade(pool, bank, "group-totals", code).verdict is Verdict.ACCEPTED


def test_mutating_the_input_frame_does_not_change_the_expected_answer(pool, bank):
    code = (
        "def group_totals(df):\n"
        "    out = df.groupby('key', observed=True).agg(total=('value', 'sum'), n=('value', 'size'), last=('when', 'max'))\n"
        "    df['value'] = 0.0\n"
        "    df.drop(df.index, inplace=True)\n"
        "    return out\n"
    )
    assert grade(pool, bank, "group-totals", code).verdict is Verdict.ACCEPTED


def test_a_series_where_a_frame_is_expected_is_a_wrong_answer_with_a_reason(pool, bank):
    code = "def group_totals(df):\n    return df.groupby('key', observed=True)['value'].sum()\n"
    r = grade(pool, bank, "group-totals", code, mode="test")
    assert r.verdict is Verdict.WRONG_ANSWER
    assert "should be a DataFrame" in r.reason and "Series" in r.reason


def test_a_frame_that_cannot_travel_is_not_plain_data(pool, bank):
    code = (
        "def group_totals(df):\n"
        "    out = df.groupby('key', observed=True).agg(total=('value', 'sum'), n=('value', 'size'), last=('when', 'max'))\n"
        "    out['last'] = out['last'].dt.tz_localize('UTC')\n"
        "    return out\n"
    )
    r = grade(pool, bank, "group-totals", code, mode="test")
    assert r.verdict is Verdict.WRONG_ANSWER
    assert "not plain data" in r.reason and "time zones" in r.reason


def test_unordered_accepts_the_rows_in_another_order_and_ignores_the_row_numbers(pool, bank):
    code = (
        "def merge_rows(left, right):\n"
        "    out = left.merge(right, on='id', how='inner')\n"
        "    return out.sort_values('b', ascending=False)\n"  # shuffled rows, index kept as it fell
    )
    assert grade(pool, bank, "merge-rows", code).verdict is Verdict.ACCEPTED


@pytest.mark.parametrize("wrong", sorted(p.name for p in (META / "merge-rows/.meta/wrong").glob("*.py")))
def test_unordered_still_rejects_wrong_rows_or_columns(pool, bank, wrong):
    code = (META / "merge-rows/.meta/wrong" / wrong).read_text()
    assert grade(pool, bank, "merge-rows", code).verdict is Verdict.WRONG_ANSWER


# -- the codec and the comparison, in-process -------------------------------------------------
def roundtrip(value):
    return codec.loads(codec.dumps(value))


def test_every_carried_dtype_survives_the_codec():
    df = pd.DataFrame({
        "i": np.array([1, 2, 3], dtype=np.int32), "f": [0.5, np.nan, 2.0], "b": [True, False, True],
        "s": ["x", None, "z"], "o": pd.Series([1, "q", None], dtype=object),
        "t": pd.to_datetime(["2024-01-01", None, "2024-03-01"]), "d": pd.to_timedelta([1, 2, 3], unit="h"),
        "c": pd.Categorical(["u", "v", "u"], categories=["v", "u", "w"], ordered=True),
        "n": pd.array([1, None, 3], dtype="Int64"), "nb": pd.array([True, None, False], dtype="boolean"),
        "st": pd.array(["a", None, "c"], dtype="string"),
    }, index=pd.Index([10, 20, 30], name="row"))
    pd.testing.assert_frame_equal(roundtrip(df), df)
    wide = pd.DataFrame({"k": [1, 1, 2], "m": ["a", "b", "a"], "v": [1.0, 2, 3]}).pivot_table(
        index="k", columns="m", values="v", aggfunc=["sum", "mean"])
    pd.testing.assert_frame_equal(roundtrip(wide), wide)  # MultiIndex columns
    s = df.set_index("c", append=True)["f"]
    pd.testing.assert_series_equal(roundtrip(s), s)  # MultiIndex rows
    nested = roundtrip({"pair": (df, s)})
    assert type(nested["pair"][0]) is pd.DataFrame


@pytest.mark.parametrize("body", [
    {"name": None, "data": {"dtype": "<f8", "values": [1.0]}, "index": {"range": [0, 1, 1], "name": None}},
    {"name": None, "data": {"dtype": "object", "values": [[1]]}, "index": {"range": [0, 1, 1], "name": None}},
    {"name": None, "data": {"dtype": "pickle", "values": []}, "index": {"range": [0, 0, 1], "name": None}},
    {"name": None, "data": {"dtype": "object", "values": [1, 2]}, "index": {"range": [0, 1, 1], "name": None}},
    {"name": None, "data": {"dtype": "object", "values": []}, "index": {"range": [0, 2**40, 1], "name": None}},
    {"name": [1], "data": {"dtype": "object", "values": []}, "index": {"range": [0, 0, 1], "name": None}},
    {"name": None, "data": {"dtype": "category", "codes": np.array([5], dtype=np.int8),
                            "categories": {"dtype": "object", "values": ["a"]}, "ordered": False},
     "index": {"range": [0, 1, 1], "name": None}},
])
def test_a_malformed_series_from_the_peer_is_refused(body):
    # What a hostile child could send: a series tag around a body that is plain data but not a series.
    blobs: list[bytes] = []
    head = json.dumps({"__series__": codec._encode(body, blobs, 0, np)}, separators=(",", ":")).encode()
    data = struct.pack("<I", len(head)) + head + b"".join(struct.pack("<Q", len(b)) + b for b in blobs)
    with pytest.raises(codec.CodecError):
        codec.loads(data)
    assert type(codec.loads(codec.dumps(pd.Series([1.0])))) is pd.Series  # the same path, well formed


def test_a_frame_with_too_many_columns_is_refused_before_pandas_builds_it():
    empty = {"dtype": "object", "values": []}
    body = {"columns": {"range": [0, 20_000, 1], "name": None}, "data": [empty] * 20_000,
            "index": {"range": [0, 0, 1], "name": None}}
    blobs: list[bytes] = []
    head = json.dumps({"__frame__": codec._encode(body, blobs, 0, np)}, separators=(",", ":")).encode()
    with pytest.raises(codec.CodecError, match="more than 10000 columns"):
        codec.loads(struct.pack("<I", len(head)) + head)
    wide = pd.DataFrame({f"c{i}": [i] for i in range(300)})
    pd.testing.assert_frame_equal(roundtrip(wide), wide)


def test_frames_compare_by_family_and_value():
    a = roundtrip(pd.DataFrame({"k": ["a", "b"], "v": [1.0, np.nan], "n": [1, 2]}))
    assert compare(a, roundtrip(a.assign(v=[1.0 + 1e-12, np.nan])), rtol=1e-9)[0]
    assert compare(a, roundtrip(a.astype({"n": "Int64", "k": object})))[0]  # same families
    assert not compare(a, roundtrip(a.assign(v=[1.0, 0.0])))[0]  # NaN only matches NaN
    assert not compare(a, roundtrip(a.astype({"k": "category"})))[0]
    assert not compare(a, roundtrip(a.iloc[::-1]))[0]
    assert compare(a, roundtrip(a.iloc[::-1]), unordered=True)[0]
    assert not compare(a, roundtrip(a.iloc[::-1].set_index("k")), unordered=True)[0]
    ok, why = compare(a, roundtrip(a[["n", "k", "v"]]))
    assert not ok and "another order" in why
    s = roundtrip(a.set_index("k")["v"])
    assert not compare(s, roundtrip(s.rename("w")))[0]
    assert compare(np.array([1.0, np.nan]), s)[0]  # a numeric Series where an array is expected


@pytest.mark.parametrize("cell", ["object()", "type('S', (str,), {'__eq__': lambda a, b: True})('x')", "(1, 2)"])
def test_a_frame_cell_that_is_not_a_plain_scalar_is_not_plain_data(pool, bank, cell):
    # A str subclass that equals everything must not reach the trusted comparison.
    code = (
        "import pandas as pd\n"
        "def group_totals(df):\n"
        "    out = df.groupby('key', observed=True).agg(total=('value', 'sum'), n=('value', 'size'), last=('when', 'max'))\n"
        f"    out['odd'] = pd.Series([{cell}] * len(out), index=out.index, dtype=object)\n"
        "    return out\n"
    )
    r = grade(pool, bank, "group-totals", code, mode="test")
    assert r.verdict is Verdict.WRONG_ANSWER
    assert "not plain data" in r.reason

import numpy as np
import pytest

from offerloop.judge import codec
from offerloop.judge.compare import compare


def test_plain_data_round_trips_through_the_codec():
    value = {"a": [1, 2.5, None, True, "x"], "b": (np.arange(6).reshape(2, 3), np.float64(1.5)), 3: float("nan")}
    back = codec.loads(codec.dumps(value))
    assert back["a"] == [1, 2.5, None, True, "x"]
    assert isinstance(back["b"], tuple) and np.array_equal(back["b"][0], np.arange(6).reshape(2, 3))
    assert back["b"][1] == 1.5 and np.isnan(back[3])


@pytest.mark.parametrize("bad", [object(), {1, 2}, np.array([1, "a"], dtype=object), np.ma.masked_array([1, 2]), b"bytes"])
def test_anything_but_plain_data_is_refused(bad):
    with pytest.raises(codec.CodecError):
        codec.dumps(bad)


def _frame(head: bytes, blob: bytes) -> bytes:
    import struct

    return struct.pack("<I", len(head)) + head + struct.pack("<Q", len(blob)) + blob


@pytest.mark.parametrize("head", [
    b'{"__nd__":0,"dtype":"|O","shape":[1]}',          # object dtype: would mean pickles
    b'{"__nd__":0,"dtype":"V8","shape":[1]}',          # raw void records
    b'{"__nd__":0,"dtype":"<f8","shape":[5]}',         # more elements than bytes
    b'{"__nd__":3,"dtype":"<f8","shape":[1]}',         # a blob that is not there
    b'{"__nd__":0,"dtype":"<f8","shape":[-1]}',        # negative dimension
])
def test_forged_array_frames_are_refused(head):
    import pickle

    with pytest.raises(codec.CodecError):
        codec.loads(_frame(head, pickle.dumps([object]) [:8]))


def test_decoded_arrays_are_plain_writable_copies():
    out = codec.loads(codec.dumps(np.arange(6, dtype=np.int32).reshape(2, 3)))
    assert type(out) is np.ndarray and out.flags.writeable and out.dtype == np.int32 and out.shape == (2, 3)


def test_shape_is_checked_before_tolerance():
    ok, why = compare(np.zeros(3), 0.0)
    assert not ok and "shape" in why


def test_tolerance_and_nan_rules():
    assert compare(np.array([1.0, 2.0]), [1.0 + 1e-9, 2.0])[0]
    assert not compare(np.array([1.0, 2.0]), [1.1, 2.0])[0]
    assert not compare(np.array([1.0, 2.0]), [np.nan, 2.0])[0]
    assert compare(np.array([np.nan]), [np.nan])[0]
    assert compare([1, [2, 3]], (1, (2, 3)), kind="exact")[0]
    assert compare([[1, 2], [3]], [[3], [1, 2]], kind="exact", unordered=True)[0]
    assert not compare(1, 1.5, kind="exact")[0]


def test_unordered_lists_are_paired_by_sorting_and_stay_exact():
    import random
    import time

    from offerloop.judge.compare import compare

    rng = random.Random(7)
    expected = [[rng.randrange(100), rng.randrange(100)] for _ in range(20_000)]
    got = expected[:]
    rng.shuffle(got)
    started = time.perf_counter()
    assert compare(expected, got, kind="exact", unordered=True) == (True, "")
    wrong = got[:-1] + [[1000, 1000]]
    assert compare(expected, wrong, kind="exact", unordered=True)[0] is False
    # A plain item-by-item search over 20,000 items takes minutes; sorting takes well under seconds
    # (measured against the same comparison done in order, in the same run).
    in_order = time.perf_counter()
    compare(expected, expected, kind="exact")
    ordered = time.perf_counter() - in_order
    assert time.perf_counter() - started < 50 * max(ordered, 0.01)
    # Tolerance: near-equal floats that sort apart are still matched, and a real miss is found.
    assert compare([[1.0, 5.0], [1.0 + 1e-12, 2.0]], [[1.0 + 1e-12, 5.0], [1.0, 2.0]], kind="tolerance", unordered=True)[0]
    assert not compare([[1.0, 5.0], [2.0, 2.0]], [[1.0, 5.0], [2.0, 3.0]], kind="tolerance", unordered=True)[0]
    assert compare([float("nan"), 1.0], [1.0, float("nan")], kind="tolerance", unordered=True)[0]
    assert compare([{"a": 1}, None, "x"], ["x", {"a": 1}, None], kind="exact", unordered=True)[0]

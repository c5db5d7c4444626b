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


def test_a_pickled_array_inside_a_frame_is_refused():
    import io
    import struct

    buf = io.BytesIO()
    np.save(buf, np.array([object()], dtype=object), allow_pickle=True)
    head = b'{"__nd__":0}'
    blob = buf.getvalue()
    frame = struct.pack("<I", len(head)) + head + struct.pack("<Q", len(blob)) + blob
    with pytest.raises(codec.CodecError):
        codec.loads(frame)


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

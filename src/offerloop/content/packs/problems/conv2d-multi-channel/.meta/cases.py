import numpy as np

from offerloop.judge.cases import case


def visible():
    x = np.stack([np.ones((3, 3)), 2 * np.ones((3, 3))])
    return [
        case(x, np.ones((1, 2, 2, 2)), np.array([0.5]), name="two channels in, one out"),
        case(np.arange(9.0).reshape(1, 3, 3), np.array([[[[0.0, 1.0], [1.0, 0.0]]], [[[1.0, 0.0], [0.0, 0.0]]]]),
             np.zeros(2), padding=1, name="one channel in, two out, padding 1"),
    ]


def hidden(rng):
    return [
        case(np.array([[[3.0]]]), np.array([[[[2.0]]]]), np.array([1.0]), name="1x1 everything"),
        case(np.full((2, 4, 4), 1.5), rng.normal(size=(3, 2, 3, 3)), rng.normal(size=3), name="constant input"),
        case(rng.normal(size=(3, 6, 6)), rng.normal(size=(4, 3, 3, 3)), rng.normal(size=4), stride=2, padding=1, name="3->4 channels, stride 2, padding 1"),
        case(rng.normal(size=(2, 7, 5)), rng.normal(size=(2, 2, 2, 3)), rng.normal(size=2), stride=2, name="non-square, stride 2"),
        case(rng.normal(size=(4, 5, 5)), rng.normal(size=(5, 4, 1, 1)), rng.normal(size=5), name="1x1 convolution mixing channels"),
        case(rng.normal(size=(2, 5, 5)) * 1e5, rng.normal(size=(2, 2, 3, 3)), rng.normal(size=2), padding=2, name="large values, padding 2"),
        case(rng.normal(size=(3, 8, 8)), rng.normal(size=(2, 3, 3, 3)), np.zeros(2), stride=3, name="stride 3"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x (C_in, H, W), weight (C_out, C_in, kh, kw), bias (C_out,), stride >= 1, padding >= 0, a non-empty output."""
    x, w, b = args[:3]
    hp = dict(zip(("stride", "padding"), args[3:]), **kwargs)
    s, p = hp.get("stride", 1), hp.get("padding", 0)
    assert x.ndim == 3 and w.ndim == 4 and w.shape[1] == x.shape[0], "x must be (C_in, H, W) and weight (C_out, C_in, kh, kw)"
    assert b.shape == (w.shape[0],), "bias must be (C_out,)"
    assert type(s) is int and s >= 1 and type(p) is int and p >= 0, f"stride {s!r}, padding {p!r}"
    assert x.shape[1] + 2 * p >= w.shape[2] and x.shape[2] + 2 * p >= w.shape[3], "the kernel must fit in the padded image"

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.arange(16).reshape(4, 4), 2, name="a 4x4 image"),
        case(np.arange(12).reshape(2, 6), 2, name="a wide image"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[7]]), 1, name="a single pixel"),
        case(np.arange(9).reshape(3, 3), 3, name="one patch covers everything"),
        case(np.arange(24).reshape(6, 4), 2, name="a tall image"),
        case(np.arange(12).reshape(3, 4), 1, name="1x1 patches"),
    ]
    for h, w, p in ((8, 12, 4), (6, 9, 3), (10, 10, 5)):
        cases.append(case(rng.normal(size=(h, w)), p, name=f"random {h}x{w}, p={p}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: an (H, W) image with H and W multiples of p >= 1."""
    image, p = args
    assert isinstance(image, np.ndarray) and image.ndim == 2, "image must be a 2-D array"
    H, W = image.shape
    assert type(p) is int and p >= 1, f"p = {p!r} must be a positive int"
    assert H >= 1 and W >= 1 and H % p == 0 and W % p == 0, f"image is {H}x{W}, not a multiple of p = {p}"

import numpy as np

from offerloop.judge.cases import case


def visible():
    image = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    return [
        case(image, np.array([[1.0, 0.0], [0.0, -1.0]]), name="2x2 kernel"),
        case(image, np.ones((3, 3)), padding=1, name="box filter with padding 1"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([[3.0]]), name="1x1 image and kernel"),
        case(np.full((4, 4), 2.0), np.array([[1.0, -1.0]]), name="constant image"),
        case(np.arange(25.0).reshape(5, 5), np.arange(9.0).reshape(3, 3), name="asymmetric kernel (no flip)"),
        case(rng.normal(size=(7, 6)), rng.normal(size=(3, 2)), stride=2, name="stride 2, non-square"),
        case(rng.normal(size=(6, 6)), rng.normal(size=(3, 3)), stride=2, padding=1, name="stride 2, padding 1"),
        case(rng.normal(size=(5, 8)), rng.normal(size=(2, 3)), stride=3, padding=2, name="stride 3, padding 2"),
        case(rng.normal(size=(4, 4)) * 1e6, rng.normal(size=(2, 2)), padding=1, name="large values"),
        case(rng.normal(size=(9, 9)), rng.normal(size=(3, 3)), name="random 9x9"),
    ]
    return cases


def check_case(args, kwargs):
    """The prompt's promise: image (H, W), kernel (kh, kw), stride >= 1, padding >= 0, the kernel fits the padded image."""
    img, ker = args[:2]
    hp = dict(zip(("stride", "padding"), args[2:]), **kwargs)
    s, p = hp.get("stride", 1), hp.get("padding", 0)
    assert img.ndim == 2 and ker.ndim == 2, "image and kernel must be 2-D"
    assert type(s) is int and s >= 1 and type(p) is int and p >= 0, f"stride {s!r}, padding {p!r}"
    assert img.shape[0] + 2 * p >= ker.shape[0] and img.shape[1] + 2 * p >= ker.shape[1], "the kernel must fit in the padded image"

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[2.0, 0.0], [0.0, 3.0]]), temperature=1.0, name="two orthogonal pairs"),
    ]


def hidden(rng):
    return [
        case(rng.normal(size=(1, 4)), rng.normal(size=(1, 4)), name="a batch of one (loss 0)"),
        case(rng.normal(size=(4, 8)), rng.normal(size=(4, 8)), name="random 4x8, default temperature"),
        case(rng.normal(size=(6, 5)) * 100, rng.normal(size=(6, 5)) * 0.01, temperature=0.5, name="very different scales"),
        case(rng.normal(size=(5, 3)), rng.normal(size=(5, 3)), temperature=0.01, name="a tiny temperature (stability)"),
        case(np.array([[1.0, 0.0], [1.0, 0.1], [0.0, 1.0]]), np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]]), temperature=0.2, name="asymmetric confusions"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: two (n, d) float matrices with non-zero rows, temperature > 0."""
    I, T = args[:2]
    temp = args[2] if len(args) > 2 else kwargs.get("temperature", 0.07)
    assert isinstance(I, np.ndarray) and I.ndim == 2 and I.shape[0] >= 1 and T.shape == I.shape, "embeddings must be two (n, d) arrays"
    assert np.all(np.linalg.norm(I, axis=1) > 0) and np.all(np.linalg.norm(T, axis=1) > 0), "rows must be non-zero to normalise"
    assert temp > 0, f"temperature = {temp!r} must be positive"

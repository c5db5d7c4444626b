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

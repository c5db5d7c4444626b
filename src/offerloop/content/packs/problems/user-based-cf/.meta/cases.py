import numpy as np

from offerloop.judge.cases import case

R0 = np.array([[5.0, 3.0, 0.0], [4.0, 3.0, 4.0], [1.0, 5.0, 2.0], [5.0, 0.0, 5.0]])


def visible():
    return [
        case(R0, 0, 2, 2, name="two neighbours"),
        case(R0, 0, 2, 10, name="k larger than the candidates"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[0.0, 0.0], [3.0, 4.0]]), 0, 1, 3, name="a user with no ratings: similarity 0, fallback 0.0"),
        case(np.array([[4.0, 0.0], [0.0, 0.0]]), 0, 1, 2, name="nobody rated the item: the user's mean"),
        case(np.array([[5.0, 1.0, 3.0], [5.0, 1.0, 0.0], [1.0, 5.0, 4.0], [0.0, 0.0, 2.0]]), 0, 2, 1,
             name="the most similar users did not rate the item"),
        case(np.array([[2.0, 4.0], [2.0, 4.0], [1.0, 2.0], [4.0, 8.0]]), 1, 0, 2, name="re-predicting a rated item (exclude the user)"),
        case(np.array([[1.0, 2.0, 0.0], [2.0, 4.0, 1.0], [1.0, 2.0, 5.0], [3.0, 6.0, 3.0]]), 0, 2, 2, name="ties in similarity"),
    ]
    for i in range(4):
        nu, ni = int(rng.integers(5, 12)), int(rng.integers(4, 9))
        R = rng.integers(1, 6, size=(nu, ni)).astype(float) * (rng.random((nu, ni)) < 0.6)
        cases.append(case(R, int(rng.integers(nu)), int(rng.integers(ni)), int(rng.integers(1, 5)), name=f"random {nu}x{ni}"))
    return cases

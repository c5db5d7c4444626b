from fractions import Fraction

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
        # Users 1 and 2 have exactly the same cosine with user 0 (2 / sqrt(2 * 29)) and rate the item
        # 3 and 4: with k = 1 the lower index wins.
        case(np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 2.0, 4.0, 3.0], [2.0, 0.0, 3.0, 4.0], [0.0, 0.0, 5.0, 1.0]]), 0, 3, 1,
             name="ties in similarity"),
    ]
    for i in range(4):
        nu, ni = int(rng.integers(5, 12)), int(rng.integers(4, 9))
        R = rng.integers(1, 6, size=(nu, ni)).astype(float) * (rng.random((nu, ni)) < 0.6)
        cases.append(case(R, int(rng.integers(nu)), int(rng.integers(ni)), int(rng.integers(1, 5)), name=f"random {nu}x{ni}"))
    return cases


def _exact_cos2(R, u, v):
    """sign(cos) * cos^2 of users u and v, exactly (cosines order the same way)."""
    dot = sum(Fraction(a) * Fraction(b) for a, b in zip(R[u], R[v]))
    nu, nv = sum(Fraction(a) ** 2 for a in R[u]), sum(Fraction(b) ** 2 for b in R[v])
    if nu == 0 or nv == 0:
        return Fraction(0)
    return (1 if dot >= 0 else -1) * dot * dot / (nu * nv)


def check_case(args, kwargs):
    """Ratings >= 0 (0 is unrated), indexes in range, k >= 1, and similarities that tie only exactly."""
    R, user, item, k = args
    assert isinstance(R, np.ndarray) and R.ndim == 2, "R must be a 2-D array"
    assert np.all(R >= 0), "ratings are non-negative (0 means not rated)"
    assert 0 <= user < R.shape[0] and 0 <= item < R.shape[1] and type(k) is int and k >= 1, "user, item, k out of range"
    cands = [v for v in range(len(R)) if v != user and R[v, item] > 0]
    norms = np.linalg.norm(R, axis=1)
    sims = {v: float(R[v] @ R[user] / (norms[v] * norms[user])) if norms[v] * norms[user] > 0 else 0.0 for v in cands}
    for a in cands:
        for b in cands:
            if a < b and abs(sims[a] - sims[b]) <= 1e-9:
                assert _exact_cos2(R, user, a) == _exact_cos2(R, user, b), (
                    f"users {a} and {b} have nearly equal similarities that are not an exact tie")

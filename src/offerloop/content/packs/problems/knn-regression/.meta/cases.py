import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [3.0], [7.0]]), np.array([0.0, 2.0, 6.0, 14.0]), np.array([[2.0]]), 2, name="a distance tie"),
        case(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0, 3.0]), np.array([[0.0, 0.0], [1.0, 1.0]]), 1, name="k = 1"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0]]), np.array([2.5]), np.array([[0.0], [100.0]]), 1, name="a single training sample"),
        case(np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 5.0, 100.0]), np.array([[0.0]]), 3, name="k = n gives the mean"),
        case(np.array([[-1.0], [1.0], [-1.0], [1.0]]), np.array([10.0, 20.0, 30.0, 40.0]), np.array([[0.0]]), 3, name="four equidistant points"),
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0, 1000.0]), np.array([[2.6]]), 3, name="an outlying target"),
    ]
    for n, m, d, k in ((15, 4, 2, 3), (50, 10, 3, 5), (30, 6, 1, 2)):
        X = rng.integers(0, 5, size=(n, d)).astype(float)
        cases.append(case(X, rng.normal(size=n) * 10, rng.uniform(0, 4, size=(m, d)), k, name=f"random n={n}, k={k}"))
    return cases

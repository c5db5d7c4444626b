import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2, 0], [0, 3]]), np.array([0, 1]), np.array([[1, 0]]), name="two documents"),
        case(np.array([[3, 1, 0], [2, 0, 0], [0, 1, 4], [1, 0, 3]]), np.array([0, 0, 1, 1]), np.array([[1, 1, 1], [0, 0, 2]]),
             alpha=0.5, name="alpha = 0.5"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1, 0, 0], [0, 1, 0]]), np.array([5, 2]), np.array([[0, 0, 3], [0, 0, 0]]), name="an unseen word and an empty document"),
        case(np.array([[4, 0], [3, 1], [0, 2]]), np.array([0, 0, 1]), np.array([[1, 1]]), name="unequal priors"),
        case(np.array([[5, 1], [1, 5]]), np.array([0, 1]), np.array([[4000, 3000]]), name="a very long document"),
        case(np.array([[1, 2, 3]]), np.array([7]), np.array([[3, 2, 1]]), name="a single class"),
    ]
    for n, V, c, m in ((20, 10, 2, 4), (60, 50, 4, 6)):
        y = rng.integers(0, c, size=n)
        y[:c] = np.arange(c)
        rates = rng.dirichlet(np.ones(V), size=c)
        X = np.stack([rng.multinomial(int(rng.integers(5, 40)), rates[k]) for k in y])
        Xt = np.stack([rng.multinomial(int(rng.integers(0, 60)), rates[int(rng.integers(0, c))]) for _ in range(m)])
        cases.append(case(X, y, Xt, alpha=float(rng.choice([1.0, 0.1])), name=f"random n={n}, V={V}, classes={c}"))
    return cases

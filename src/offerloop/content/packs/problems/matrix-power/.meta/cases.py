from offerloop.judge.cases import case


def _matrix(rng, n, hi):
    return [[int(v) for v in row] for row in rng.integers(0, hi + 1, size=(n, n))]


def visible():
    return [
        case([[1, 1], [1, 0]], 10, name="Fibonacci"),
        case([[2, 0], [0, 3]], 0, name="the zeroth power is the identity"),
    ]


def hidden(rng):
    cases = [
        case([[5]], 3, name="a 1 x 1 matrix"),
        case([[7, 1], [2, 3]], 1, name="the first power"),
        case([[0, 1], [0, 0]], 2, name="a nilpotent matrix"),
        case([[2]], 100, name="2 to the 100th, reduced"),
        case([[1, 1], [1, 0]], 90, name="a large Fibonacci number, reduced"),
        case([[0, 1, 0], [0, 0, 1], [1, 0, 0]], 5, name="a cyclic permutation"),
        case([[1_000_000_006, 0], [0, 1]], 3, name="an entry equal to M - 1"),
        case([[10**12, 1], [1, 1]], 2, name="entries above M"),
    ]
    for n, k in ((3, 7), (4, 1000), (6, 33), (2, 5000)):
        cases.append(case(_matrix(rng, n, 10**9), k, name=f"random {n} x {n} to the power {k}"))
    return cases


def scaling_input(n, rng):
    # The size that grows here is the exponent k; the matrix stays 12 x 12.
    return case(_matrix(rng, 12, 10**9), n)


def check_case(args, kwargs):
    """The prompt's promise: A is a square n x n list of rows of non-negative integers (n >= 1) and k >= 0."""
    A, k = args
    assert isinstance(A, list) and len(A) >= 1, "A has at least one row"
    n = len(A)
    for row in A:
        assert isinstance(row, list) and len(row) == n, "A is square"
        assert all(type(v) is int and v >= 0 for v in row), "A's entries are non-negative integers"
    assert type(k) is int and k >= 0, "k is a non-negative integer"

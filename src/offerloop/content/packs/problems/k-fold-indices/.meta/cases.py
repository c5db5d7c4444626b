from offerloop.judge.cases import case

SWEEP_SEEDS = 50  # integers only: no float boundary to probe


def visible():
    return [
        case(5, 2, name="five samples, two folds"),
        case(6, 3, name="an even split"),
    ]


def hidden(rng):
    cases = [
        case(2, 2, name="two samples, two folds"),
        case(7, 7, name="leave-one-out (k = n)"),
        case(10, 3, name="one extra sample"),
        case(11, 4, name="three extra samples"),
        case(9, 5, name="four extra samples"),
        case(100, 10, name="divisible"),
    ]
    for _ in range(3):
        k = int(rng.integers(2, 12))
        n = int(rng.integers(k, 80))
        cases.append(case(n, k, name=f"n={n}, k={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: integers with 2 <= k <= n."""
    n, k = args
    assert type(n) is int and type(k) is int, "n and k must be ints"
    assert 2 <= k <= n, f"k = {k}, n = {n}: the prompt promises 2 <= k <= n"

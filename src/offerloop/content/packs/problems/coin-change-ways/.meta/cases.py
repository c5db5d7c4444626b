from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([1, 2, 5], 5, name="classic"),
        case([2], 3, name="impossible"),
        case([10], 10, name="one coin, one way"),
    ]


def hidden(rng):
    cases = [
        case([1, 2], 0, name="amount zero"),
        case([7], 0, name="amount zero, no small coin"),
        case([3, 5], 1, name="smaller than every coin"),
        case([5, 1, 2], 11, name="unsorted coins"),
        case([2, 3], 12, name="two coins"),
        case([1, 5, 10, 25, 50], 300, name="cents"),
        case([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 150, name="big exact count"),
        case([4, 6, 9], 23, name="no 1 coin"),
    ]
    for _ in range(4):
        k = int(rng.integers(1, 6))
        coins = sorted({int(v) for v in rng.integers(1, 40, size=k)})
        cases.append(case(coins, int(rng.integers(0, 500)), name=f"random {len(coins)} coins"))
    return cases


def scaling_input(n, rng):
    return case([1, 3, 7, 11, 23], n)


def check_case(args, kwargs):
    coins, amount = args
    assert 1 <= len(coins) <= 20, "1 to 20 coin values"
    assert all(type(c) is int and c > 0 for c in coins), "coin values are positive integers"
    assert len(set(coins)) == len(coins), "coin values are distinct"
    assert type(amount) is int and 0 <= amount <= 10_000, "amount is an integer in [0, 10000]"

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 2, 5], 11, name="classic"),
        case([2], 3, name="impossible"),
        case([1, 3, 4], 6, name="greedy is not optimal"),
    ]


def hidden(rng):
    cases = [
        case([1], 0, name="amount zero"),
        case([7], 0, name="amount zero without a 1"),
        case([3, 7], 1, name="smaller than every coin"),
        case([2, 5, 10, 1], 27, name="unsorted coins"),
        case([186, 419, 83, 408], 6249, name="large amount"),
        case([5, 7], 23, name="needs both coins"),
        case([9, 6, 5, 1], 11, name="greedy takes 9 first"),
    ]
    for _ in range(3):
        k = int(rng.integers(1, 5))
        coins = sorted({int(v) for v in rng.integers(1, 30, size=k)})
        cases.append(case(coins, int(rng.integers(0, 300)), name=f"random {len(coins)} coins"))
    return cases


def scaling_input(n, rng):
    return case([1, 3, 7, 11, 23], n)


def check_case(args, kwargs):
    """The prompt's promise: coins are distinct positive integers, amount a non-negative integer."""
    coins, amount = args
    assert isinstance(coins, list) and all(type(c) is int and c > 0 for c in coins), "coins are positive integers"
    assert len(set(coins)) == len(coins), "coin values are distinct"
    assert type(amount) is int and amount >= 0, "amount is a non-negative integer"

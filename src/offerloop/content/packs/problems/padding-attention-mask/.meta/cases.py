from offerloop.judge.cases import case

SWEEP_SEEDS = 50  # integers only: no float boundary to probe


def visible():
    return [
        case([2, 3], 3, name="padding only"),
        case([2, 3], 3, causal=True, name="padding and causal"),
    ]


def hidden(rng):
    cases = [
        case([1], 1, name="one token"),
        case([0, 2], 2, name="an empty sequence"),
        case([4, 4], 4, causal=True, name="no padding, causal"),
        case([1, 3, 2], 5, name="max_len beyond every length"),
    ]
    for i in range(3):
        T = int(rng.integers(3, 9))
        lengths = [int(x) for x in rng.integers(1, T + 1, size=int(rng.integers(1, 5)))]
        cases.append(case(lengths, T, causal=bool(i % 2), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: at least one sequence, lengths 0 <= L <= max_len, causal a bool."""
    lengths, max_len = args
    causal = kwargs.get("causal", False)
    assert isinstance(lengths, list) and len(lengths) >= 1, "lengths must be a non-empty list"
    assert type(max_len) is int and max_len >= 1, f"max_len = {max_len!r} must be a positive int"
    assert all(type(v) is int and 0 <= v <= max_len for v in lengths), f"every length must be an int in 0..{max_len}"
    assert isinstance(causal, bool), "causal must be a bool"

from offerloop.judge.cases import case

SWEEP_SEEDS = 50  # integers only: no float boundary to probe


def visible():
    return [
        case([1, 2, 3, 1, 2], 3, name="a trigram would repeat"),
        case([5, 5, 5], 2, name="a repeated token"),
    ]


def hidden(rng):
    cases = [
        case([], 2, name="nothing generated"),
        case([7], 1, name="n = 1 bans what exists"),
        case([7], 3, name="too short for n"),
        case([1, 2], 3, name="exactly n - 1 tokens: nothing to repeat"),
        case([1, 2, 9, 1, 2, 8, 1, 2], 3, name="several continuations banned"),
        case([4, 4, 4, 4], 3, name="overlapping n-grams"),
        case([1, 2, 3, 4], 2, name="no repeat possible"),
        case([5, 2, 7, 1, 2], 3, name="the last token matches but the full prefix does not"),
    ]
    for i in range(4):
        toks = [int(x) for x in rng.integers(0, 4, size=int(rng.integers(4, 20)))]
        cases.append(case(toks, int(rng.integers(1, 4)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a list of int token ids and n >= 1."""
    tokens, n = args
    assert isinstance(tokens, list) and all(type(t) is int for t in tokens), "tokens must be a list of ints"
    assert type(n) is int and n >= 1, f"n = {n!r} must be a positive int"

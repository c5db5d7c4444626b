from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def _with_zeros(rng, n, share=0.4):
    return [0 if rng.random() < share else int(rng.integers(-50, 51)) or 7 for _ in range(n)]


def visible():
    return [case([0, 1, 0, 3, 12], name="two zeros"), case([0], name="a lone zero")]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([4, 5, 6], name="no zeros"),
        case([0, 0, 0], name="only zeros"),
        case([1, 0], name="zero at the end already"),
        case([0, 0, 1], name="zeros in front"),
        case([-1, 0, 2, 0, -3], name="negatives keep their order"),
        case([3, 0, 3, 0, 1, 3], name="repeated values keep their order"),
    ]
    for n in (20, 500):
        cases.append(case(_with_zeros(rng, n), name=f"random {n}"))
    cases.append(case(_with_zeros(rng, 300, 0.9), name="mostly zeros"))
    return cases


def scaling_input(n, rng):
    return case([0 if k % 2 == 0 else int(v) for k, v in enumerate(rng.integers(1, 1000, size=n))])


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers (possibly empty)."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"

from offerloop.judge.cases import case


def visible():
    return [
        case([100, 4, 200, 1, 3, 2], name="a run of four"),
        case([0, 3, 7, 2, 5, 8, 4, 6, 0, 1], name="zero to eight with a duplicate"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([7], name="one value"),
        case([1, 2, 2, 3], name="duplicates count once"),
        case([-3, -1, -2, 5, 6], name="negative run"),
        case([10, 30, 20], name="no neighbours"),
        case([9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6], name="run of eight around gaps"),
    ]
    for n in (10, 50, 300):
        nums = [int(v) for v in rng.integers(-n, n, size=n)]
        cases.append(case(nums, name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    # One long run, shuffled: walking from every value is quadratic here.
    nums = [int(v) for v in rng.permutation(n)]
    return case(nums)


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers, possibly empty."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"

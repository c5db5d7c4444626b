from offerloop.judge.cases import case


def visible():
    return [
        case([-1, 0, 1, 2, -1, -4], name="two triplets"),
        case([0, 0, 0, 0], name="zeros only"),
        case([0, 1, 1], name="no triplet"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([1, -1], name="too short"),
        case([-2, 0, 1, 1, 2], name="repeated middle value"),
        case([-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6], name="many duplicates"),
        case([3, -3, 0, 3, -3], name="value used at two positions only"),
        case([-1, -1, 2, 2, -1], name="one triplet among repeats"),
    ]
    for n in (12, 40, 90):
        nums = [int(v) for v in rng.integers(-10, 11, size=n)]
        cases.append(case(nums, name=f"random {n}, small values"))
    nums = [int(v) for v in rng.integers(-1000, 1001, size=120)]
    cases.append(case(nums, name="random 120, wide values"))
    return cases


def scaling_input(n, rng):
    # Wide values keep the number of triplets small, so the search dominates.
    return case([int(v) for v in rng.integers(-10 ** 6, 10 ** 6, size=n)])


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of at most a few thousand integers."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert len(nums) <= 5000, "nums has at most a few thousand integers"

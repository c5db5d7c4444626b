from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([1, 2, 2, 1], [2, 2], name="duplicates collapse"),
        case([4, 9, 5], [9, 4, 9, 8, 4], name="two common values"),
    ]


def hidden(rng):
    cases = [
        case([], [1, 2], name="first empty"),
        case([1, 2], [], name="second empty"),
        case([1, 2, 3], [4, 5, 6], name="nothing in common"),
        case([7, 7, 7], [7], name="one common value repeated"),
        case([-1, 0, 1], [1, 0, -1], name="everything in common"),
        case([3, 1, 2], [2, 2, 5, 3, 3], name="repeats in the second list"),
    ]
    for n, m in ((20, 15), (500, 800), (3, 300)):
        cases.append(case(_ints(rng, n, -50, 50), _ints(rng, m, -50, 50), name=f"random {n} and {m}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.permutation(4 * n)[:n]], [int(v) for v in rng.permutation(4 * n)[:n]])


def check_case(args, kwargs):
    """The prompt's promise: two lists of integers (either may be empty)."""
    nums1, nums2 = args
    for nums in (nums1, nums2):
        assert isinstance(nums, list) and all(type(v) is int for v in nums), "both arguments are lists of integers"

from offerloop.judge.cases import driver

SWEEP_SEEDS = 20  # integers and strings only, no float boundary

SCRIPT = """
K = {k!r}
NUMS = {nums!r}
ADDS = {adds!r}


def drive(ns):
    board = ns["KthLargest"](K, list(NUMS))
    return [board.add(v) for v in ADDS]
"""

BULK = """
def drive(ns):
    # Many adds, generated in place (a small linear congruential generator).
    state = {seed}
    nums = []
    for _ in range({n0}):
        state = (state * 1103515245 + 12345) % 2147483648
        nums.append(state % 1000000)
    board = ns["KthLargest"]({k}, nums)
    checksum = 0
    for step in range({steps}):
        state = (state * 1103515245 + 12345) % 2147483648
        checksum = (checksum * 31 + board.add(state % 1000000 - step)) % 1000000007
    return checksum
"""


def replay(k, nums, adds, name):
    return driver(SCRIPT.format(k=k, nums=list(nums), adds=list(adds)), name=name,
                  params={"k": k, "nums": list(nums), "adds": list(adds)})


def visible():
    return [replay(3, [5, 1, 8], [2, 9, 6, 6], name="a small leaderboard")]


def hidden(rng):
    cases = [
        replay(1, [], [4, 2, 7, 7, 1], name="k = 1, starting empty"),
        replay(2, [3], [1, 5, 5, 0], name="one value fewer than k"),
        replay(3, [9, 9, 9, 9], [1, 10, 9], name="duplicates"),
        replay(2, [10, 20, 30, 40, 50], [5, 45, 60], name="nums longer than k"),
        replay(4, [-5, -1, -3, -2], [-4, 0, -10], name="negative values"),
    ]
    for n0, k, steps in ((8, 3, 20), (50, 10, 200), (200, 40, 2000)):
        nums = [int(v) for v in rng.integers(-1000, 1000, size=n0)]
        adds = [int(v) for v in rng.integers(-1000, 1000, size=steps)]
        cases.append(replay(k, nums, adds, name=f"random: {n0} to start, k = {k}, {steps} adds"))
    seed = int(rng.integers(1, 2 ** 31 - 1))
    cases.append(driver(BULK.format(seed=seed, n0=20000, k=2000, steps=200000), name="200000 adds with k = 2000",
                        params={"seed": seed}))
    return cases


def check_case(args, kwargs):
    params = args if isinstance(args, dict) else {}  # a driver case's params arrive as args
    if "adds" not in params:
        return  # the bulk case: 20000 values to start and k = 2000 keep every add valid
    k, nums, adds = params["k"], params["nums"], params["adds"]
    assert type(k) is int and k >= 1, "k >= 1"
    assert len(nums) + 1 >= k, "the first add sees at least k values"
    assert all(type(v) is int for v in nums + adds), "values are integers"

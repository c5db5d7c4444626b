from offerloop.judge.cases import driver

SWEEP_SEEDS = 40  # integers only, no float boundary

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    stack = ns["MinStack"]()
    out = []
    for op in OPS:
        if op[0] == "push":
            stack.push(op[1])
            out.append(None)
        elif op[0] == "pop":
            stack.pop()
            out.append(None)
        elif op[0] == "top":
            out.append(stack.top())
        else:
            out.append(stack.get_min())
    return out
"""

BULK = """
def drive(ns):
    # Many operations on a deep stack, generated in place (a small linear congruential generator).
    stack = ns["MinStack"]()
    state, size, checksum = {seed}, 0, 0
    for step in range({steps}):
        state = (state * 1103515245 + 12345) % 2147483648
        r = state % 10
        if size == 0 or r < 4 or (size < {floor} and r < 7):
            stack.push((state >> 8) % 1000003 - 500000)
            size += 1
        elif r < 6:
            stack.pop()
            size -= 1
        elif r < 8:
            checksum = (checksum * 31 + stack.get_min()) % 1000000007
        else:
            checksum = (checksum * 17 + stack.top()) % 1000000007
    return [size, checksum]
"""


def replay(ops, name):
    ops = [tuple(o) for o in ops]
    return driver(SCRIPT.format(ops=ops), name=name, params={"ops": [list(o) for o in ops]})


def _random_ops(rng, n, lo, hi):
    ops, size = [], 0
    for _ in range(n):
        r = rng.random()
        if size == 0 or r < 0.4:
            ops.append(("push", int(rng.integers(lo, hi + 1))))
            size += 1
        elif r < 0.6:
            ops.append(("pop",))
            size -= 1
        elif r < 0.8:
            ops.append(("get_min",))
        else:
            ops.append(("top",))
    return ops


def visible():
    return [
        replay([("push", 5), ("push", 2), ("push", 7), ("get_min",), ("pop",), ("pop",), ("get_min",), ("top",)],
               name="the example"),
    ]


def hidden(rng):
    cases = [
        replay([("push", 3), ("get_min",), ("top",)], name="one element"),
        replay([("push", 2), ("push", 2), ("push", 3), ("pop",), ("pop",), ("get_min",)],
               name="a repeated minimum survives one pop"),
        replay([("push", 1), ("push", 2), ("push", 3), ("get_min",), ("pop",), ("get_min",), ("top",)],
               name="increasing pushes: the minimum stays at the bottom"),
        replay([("push", 3), ("push", 2), ("push", 1), ("get_min",), ("pop",), ("get_min",), ("pop",), ("get_min",)],
               name="decreasing pushes: each pop raises the minimum"),
        replay([("push", -4), ("push", 0), ("pop",), ("pop",), ("push", 9), ("get_min",)],
               name="emptied and refilled"),
        replay([("push", 0), ("push", -2147483648), ("push", 2147483647), ("get_min",), ("top",)],
               name="extreme values"),
    ]
    cases.append(replay(_random_ops(rng, 300, -5, 5), name="random operations, few distinct values"))
    cases.append(replay(_random_ops(rng, 2000, -10**6, 10**6), name="random operations"))
    seed = int(rng.integers(1, 2**31 - 1))
    cases.append(driver(BULK.format(seed=seed, steps=150000, floor=50000),
                        name="150000 operations on a stack of about 50000", params={"bulk": seed}))
    return cases


def check_case(args, kwargs):
    """pop, top and get_min only on a non-empty stack; pushed values are integers. (The bulk driver
    keeps its own size and pushes whenever the stack is empty.)"""
    if "ops" not in args:
        return
    size = 0
    for op in args["ops"]:
        if op[0] == "push":
            assert type(op[1]) is int, "pushed values are integers"
            size += 1
        else:
            assert op[0] in ("pop", "top", "get_min") and size > 0, f"{op[0]} is only called on a non-empty stack"
            if op[0] == "pop":
                size -= 1

from collections import deque

from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers and strings only, no float boundary


def _level(vals, left, right):
    """Level-order list (LeetCode style) of the tree rooted at node 0."""
    if not vals:
        return []
    out, queue = [], deque([0])
    while queue:
        x = queue.popleft()
        if x is None:
            out.append(None)
            continue
        out.append(vals[x])
        queue.append(left[x])
        queue.append(right[x])
    while out and out[-1] is None:
        out.pop()
    return out


def _random_shape(rng, n):
    """A random binary tree of n nodes: each new node takes a random free child slot."""
    left, right = [None] * n, [None] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        j = int(rng.integers(len(slots)))
        p, side = slots[j]
        slots[j] = slots[-1]
        slots.pop()
        (left if side == 0 else right)[p] = i
        slots += [(i, 0), (i, 1)]
    return left, right


def _spine_shape(n, per=10):
    """A zigzag spine of n // per nodes, each carrying a small complete subtree on its free side:
    the depth grows with n, which exposes O(n * depth) solutions. Returns left, right, hang
    (hang[i] = root of the subtree carried by spine node i) and the number of nodes used."""
    left, right = [None] * n, [None] * n
    spine = max(2, n // per)
    hang = [None] * spine
    nxt = spine
    for i in range(spine):
        if i + 1 < spine:
            (left if i % 2 == 0 else right)[i] = i + 1
        free = right if i % 2 == 0 else left
        if nxt < n:
            root = nxt
            free[i] = root
            hang[i] = root
            nxt += 1
            queue, count = deque([root]), 1
            while queue and nxt < n and count < per - 1:
                p = queue.popleft()
                for side in (left, right):
                    if nxt < n and count < per - 1:
                        side[p] = nxt
                        queue.append(nxt)
                        nxt += 1
                        count += 1
    return left[:nxt], right[:nxt], hang, nxt


def _inorder_ranks(left, right, n):
    """Each node's in-order rank (0 .. n-1)."""
    ranks, stack, x, rank = [0] * n, [], 0 if n else None, 0
    while stack or x is not None:
        while x is not None:
            stack.append(x)
            x = left[x]
        x = stack.pop()
        ranks[x] = rank
        rank += 1
        x = right[x]
    return ranks


def _parse(values):
    """The contract's parser: asserts values is a well-formed level-order list; returns val, left, right."""
    assert isinstance(values, list), "a tree is a level-order list"
    if not values:
        return [], [], []
    assert values[0] is not None, "a non-empty tree starts with its root"
    assert values[-1] is not None, "trailing Nones are dropped"
    assert all(v is None or type(v) is int for v in values), "tree values are integers"
    val, left, right = [values[0]], [None], [None]
    queue, i = deque([0]), 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in (left, right):
            if i < len(values) and values[i] is not None:
                val.append(values[i])
                left.append(None)
                right.append(None)
                side[node] = len(val) - 1
                queue.append(len(val) - 1)
            i += 1
    assert i >= len(values), "entries listed below missing nodes"
    return val, left, right


def _depth(left, right):
    """Number of nodes on the longest root-to-leaf path."""
    if not left:
        return 0
    best, stack = 0, [(0, 1)]
    while stack:
        x, d = stack.pop()
        best = max(best, d)
        for c in (left[x], right[x]):
            if c is not None:
                stack.append((c, d + 1))
    return best


def _check_tree(values, max_depth=600):
    val, left, right = _parse(values)
    assert _depth(left, right) < max_depth, f"the prompt promises a depth below {max_depth}"
    return val, left, right


def visible():
    return [
        case([2, 1, 4], name="through the root"),
        case([-20, 8, 12, None, None, 6, 3], name="avoids the root"),
        case([-3], name="one negative node"),
    ]


def hidden(rng):
    cases = [
        case([-2, -1], name="all negative: the largest value"),
        case([-1, -2, -3], name="negative root is best alone"),
        case([2, -1], name="drop a negative child"),
        case([3, 6, 9, 12, None, 14, 2, 5, 1, None, None, None, 4], name="long bend"),
        case([1, -2, 3, 4, 5, None, None, -1], name="best inside the left subtree"),
        case([10, 2, 10, 20, 1, None, -25, None, None, None, None, 3, 4], name="one arm only"),
        case([0, 0, 0], name="zeros"),
    ]
    for n in (10, 60, 300):
        left, right = _random_shape(rng, n)
        vals = [int(v) for v in rng.integers(-30, 20, size=n)]
        cases.append(case(_level(vals, left, right), name=f"random tree of {n}"))
    left, right = _random_shape(rng, 40)
    cases.append(case(_level([int(v) for v in rng.integers(-100, -1, size=40)], left, right), name="random all negative"))
    left, right, _, used = _spine_shape(450)
    vals = [int(v) for v in rng.integers(-10, 10, size=used)]
    cases.append(case(_level(vals, left, right), name="deep zigzag tree"))
    return cases


def scaling_input(n, rng):
    left, right, _, used = _spine_shape(n)
    vals = [int(v) for v in rng.integers(-5, 10, size=used)]
    return case(_level(vals, left, right))


def check_case(args, kwargs):
    (root,) = args
    val, _, _ = _check_tree(root)
    assert val, "the tree has at least one node"

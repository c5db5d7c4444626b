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


def _avl_shape(rng, h, vals, left, right):
    """Append a random height-balanced subtree of height h; return its root index (or None)."""
    if h == 0:
        return None
    x = len(vals)
    vals.append(int(rng.integers(-99, 100)))
    left.append(None)
    right.append(None)
    hs = [h - 1, h - 1 if rng.random() < 0.4 else max(h - 2, 0)]
    if rng.random() < 0.5:
        hs.reverse()
    left[x] = _avl_shape(rng, hs[0], vals, left, right)
    right[x] = _avl_shape(rng, hs[1], vals, left, right)
    return x


def _avl(rng, h):
    vals, left, right = [], [], []
    _avl_shape(rng, h, vals, left, right)
    return vals, left, right


def _unbalance(rng, vals, left, right):
    """Hang a chain of two under a random leaf: usually some node becomes lopsided."""
    leaves = [x for x in range(len(vals)) if left[x] is None and right[x] is None]
    x = leaves[int(rng.integers(len(leaves)))]
    n = len(vals)
    vals, left, right = vals + [1, 2], left + [n + 1, None], right + [None, None]
    left[x] = n
    return vals, left, right


def visible():
    return [
        case([6, 2, 8, None, None, 7, 9], name="balanced"),
        case([5, 4, 6, 2, 3, None, None, 1, 0], name="lopsided at the root"),
        case([1, 2, 3, 4, None, None, None, 5], name="lopsided below the root"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty tree"),
        case([1], name="one node"),
        case([1, 2], name="one child"),
        case([1, None, 2, None, 3], name="right chain of three"),
        case([1, 2, 2, 3, None, None, 3, 4, None, None, 4], name="root fine, children not"),
        case([1, 2, 3, 4, 5, 6, None, 7], name="difference of exactly one"),
        case([1, 2, 9, 3, 7, 10, 12, 4, 6, 8, None, 11, None, None, None, 5], name="leaves two levels apart, still balanced"),
    ]
    for h in (4, 6, 8):
        vals, left, right = _avl(rng, h)
        cases.append(case(_level(vals, left, right), name=f"random balanced tree of height {h}"))
        cases.append(case(_level(*_unbalance(rng, vals, left, right)), name=f"height {h} with a chain added"))
    return cases


def scaling_input(n, rng):
    # A complete tree of n nodes: balanced, so every node must be checked.
    return case([int(v) for v in rng.integers(0, 1000, size=n)])


def check_case(args, kwargs):
    (root,) = args
    _check_tree(root)

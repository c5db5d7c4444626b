from collections import deque

from offerloop.judge.cases import case


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
    """A random binary tree: each new node takes a random free child slot."""
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


def _spine_shape(n):
    """A zigzag spine of n // 10 nodes, each carrying a small complete subtree on its free side:
    the depth grows with n, which is what exposes O(n * depth) solutions. Returns left, right, hang
    (hang[i] = root of the subtree carried by spine node i) and the number of nodes used."""
    left, right = [None] * n, [None] * n
    spine = max(2, n // 10)
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
            while queue and nxt < n and count < 9:
                p = queue.popleft()
                for side in (left, right):
                    if nxt < n and count < 9:
                        side[p] = nxt
                        queue.append(nxt)
                        nxt += 1
                        count += 1
    return left[:nxt], right[:nxt], hang, nxt


def _inorder_values(left, right, n, step=2):
    """Values that make the shape a BST: in-order rank times step."""
    vals, stack, x, rank = [0] * n, [], 0, 0
    while stack or x is not None:
        while x is not None:
            stack.append(x)
            x = left[x]
        x = stack.pop()
        vals[x] = rank * step
        rank += 1
        x = right[x]
    return vals


def visible():
    return [
        case([2, 1, 3], name="small valid tree"),
        case([5, 1, 4, None, None, 3, 6], name="right child too small"),
        case([5, 4, 6, None, None, 3, 7], name="grandchild breaks the root"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty tree"),
        case([1], name="one node"),
        case([1, 1], name="equal left child"),
        case([1, None, 1], name="equal right child"),
        case([10, 5, 15, None, None, 6, 20], name="deep violation on the right"),
        case([3, 1, 5, 0, 2, 4, 6], name="perfect valid tree"),
        case([-2147483648, None, 2147483647], name="extreme values"),
        case([8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 9], name="9 under 6, left of the root"),
    ]
    for n in (15, 60, 200):
        left, right = _random_shape(rng, n)
        vals = _inorder_values(left, right, n)
        cases.append(case(_level(vals, left, right), name=f"random valid BST of {n}"))
        bad = list(vals)
        i, j = (int(v) for v in rng.choice(n, size=2, replace=False))
        bad[i], bad[j] = bad[j], bad[i]
        cases.append(case(_level(bad, left, right), name=f"random BST of {n} with two values swapped"))
    return cases


def scaling_input(n, rng):
    left, right, _, used = _spine_shape(n)
    return case(_level(_inorder_values(left, right, used), left, right))


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




def check_case(args, kwargs):
    """The prompt's promise: a well-formed level-order list of at most a few thousand nodes, depth below 600."""
    (root,) = args
    val, left, right = _parse(root)
    assert len(val) <= 5000, "trees have at most a few thousand nodes"
    assert _depth(left, right) < 600, "the prompt promises a depth below 600"

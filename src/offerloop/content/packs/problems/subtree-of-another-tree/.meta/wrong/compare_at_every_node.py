from collections import deque


def _build(values):
    """Parse a level-order list into parallel lists (val, left, right); node 0 is the root."""
    if not values or values[0] is None:
        return [], [], []
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
    return val, left, right


def is_subtree(root, sub):
    # Correct, but compares sub against the subtree of every node: O(n * m).
    a, al, ar = _build(root)
    b, bl, br = _build(sub)

    def same(x, y):
        stack = [(x, y)]
        while stack:
            x, y = stack.pop()
            if x is None and y is None:
                continue
            if x is None or y is None or a[x] != b[y]:
                return False
            stack += [(ar[x], br[y]), (al[x], bl[y])]
        return True

    return any(same(x, 0) for x in range(len(a)))

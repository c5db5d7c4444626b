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


def kth_smallest(root, k):
    # Counts nodes in pre-order (node before its left subtree).
    val, left, right = _build(root)
    stack = [0]
    while stack:
        x = stack.pop()
        k -= 1
        if k == 0:
            return val[x]
        for c in (right[x], left[x]):
            if c is not None:
                stack.append(c)

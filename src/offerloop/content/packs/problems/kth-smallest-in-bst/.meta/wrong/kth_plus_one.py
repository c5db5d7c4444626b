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
    # Counts from 0: returns the (k+1)-th smallest (and the largest when k = n).
    val, left, right = _build(root)
    stack, x, seen = [], 0, []
    while stack or x is not None:
        while x is not None:
            stack.append(x)
            x = left[x]
        x = stack.pop()
        seen.append(val[x])
        if len(seen) == k + 1:
            return val[x]
        x = right[x]
    return seen[-1]

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


def lowest_common_ancestor(root, p, q):
    # Walks down by comparing values, as in a search tree; values here are in no order.
    val, left, right = _build(root)
    x = 0
    while True:
        if p < val[x] and q < val[x] and left[x] is not None:
            x = left[x]
        elif p > val[x] and q > val[x] and right[x] is not None:
            x = right[x]
        else:
            return val[x]

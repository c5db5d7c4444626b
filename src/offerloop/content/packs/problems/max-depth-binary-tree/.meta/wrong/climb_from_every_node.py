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


def max_depth(root):
    # Correct, but climbs from every node back to the root to measure its depth: O(n * height).
    val, left, right = _build(root)
    parent = [None] * len(val)
    for x in range(len(val)):
        for c in (left[x], right[x]):
            if c is not None:
                parent[c] = x
    best = 0
    for x in range(len(val)):
        d, y = 0, x
        while y is not None:
            d += 1
            y = parent[y]
        best = max(best, d)
    return best

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


def diameter(root):
    # Correct, but recomputes subtree heights at every node: O(n * height).
    val, left, right = _build(root)

    def height(x):
        if x is None:
            return 0
        return 1 + max(height(left[x]), height(right[x]))

    best = 0
    for x in range(len(val)):
        best = max(best, height(left[x]) + height(right[x]))
    return best

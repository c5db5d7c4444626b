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
    # Always adds both children's gains, even negative ones.
    val, left, right = _build(root)
    down, best = [0] * len(val), val[0]
    for x in range(len(val) - 1, -1, -1):
        gl = down[left[x]] if left[x] is not None else 0
        gr = down[right[x]] if right[x] is not None else 0
        best = max(best, val[x] + gl + gr)
        down[x] = val[x] + max(gl, gr)
    return best

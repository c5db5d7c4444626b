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
    # Correct, but removes the minimum k times by scanning: O(n * k).
    vals = [v for v in root if v is not None]
    for _ in range(k - 1):
        m = 0
        for i in range(1, len(vals)):
            if vals[i] < vals[m]:
                m = i
        vals[m] = vals[-1]
        vals.pop()
    return min(vals)

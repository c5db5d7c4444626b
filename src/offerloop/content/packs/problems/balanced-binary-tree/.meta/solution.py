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


def is_balanced(root):
    val, left, right = _build(root)
    # Children get larger indices than parents in _build, so a reverse scan is a post-order.
    height = [0] * len(val)
    for x in range(len(val) - 1, -1, -1):
        hl = height[left[x]] if left[x] is not None else 0
        hr = height[right[x]] if right[x] is not None else 0
        if abs(hl - hr) > 1:
            return False
        height[x] = 1 + max(hl, hr)
    return True

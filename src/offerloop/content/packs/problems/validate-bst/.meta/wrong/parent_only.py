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


def is_valid_bst(root):
    # Compares each node with its children only.
    val, left, right = _build(root)
    for x in range(len(val)):
        if left[x] is not None and val[left[x]] >= val[x]:
            return False
        if right[x] is not None and val[right[x]] <= val[x]:
            return False
    return True

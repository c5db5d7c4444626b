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


def is_subtree(root, sub):
    names = {}

    def name_all(values):
        val, left, right = _build(values)
        ids = [0] * len(val)
        # Children have larger indices than parents, so a reverse scan is a post-order.
        for x in range(len(val) - 1, -1, -1):
            key = (val[x], ids[left[x]] if left[x] is not None else -1,
                   ids[right[x]] if right[x] is not None else -1)
            ids[x] = names.setdefault(key, len(names))
        return ids

    target = name_all(sub)[0]
    return target in set(name_all(root))

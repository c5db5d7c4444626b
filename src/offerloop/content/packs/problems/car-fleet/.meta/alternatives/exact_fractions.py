def count_convoys(target, position, speed):
    # Exact comparisons by cross-multiplication, keeping a stack of convoy leaders.
    order = sorted(range(len(position)), key=lambda i: -position[i])
    leaders = []
    for i in order:
        d, s = target - position[i], speed[i]
        if leaders:
            ld, ls = leaders[-1]
            if d * ls <= ld * s:
                continue
        leaders.append((d, s))
    return len(leaders)

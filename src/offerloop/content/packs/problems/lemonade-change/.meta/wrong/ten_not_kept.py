def can_make_change(bills):
    fives = tens = 0
    for b in bills:
        if b == 5:
            fives += 1
        elif b == 10:
            if not fives:
                return False
            fives -= 1   # the ten is never put in the till
        elif tens and fives:
            tens, fives = tens - 1, fives - 1
        elif fives >= 3:
            fives -= 3
        else:
            return False
    return True

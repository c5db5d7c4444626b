def can_make_change(bills):
    # Correct, but rebuilds the till from the whole history for each customer: O(n^2).
    for i, b in enumerate(bills):
        fives = tens = 0
        for p in bills[:i + 1]:
            if p == 5:
                fives += 1
            elif p == 10:
                fives, tens = fives - 1, tens + 1
            elif tens and fives:
                fives, tens = fives - 1, tens - 1
            else:
                fives -= 3
            if fives < 0:
                return False
    return True

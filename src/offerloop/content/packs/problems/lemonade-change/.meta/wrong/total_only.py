def can_make_change(bills):
    till = 0
    for b in bills:
        if b - 5 > till:   # any money counts, as if two tens could make fifteen
            return False
        till += 5
    return True

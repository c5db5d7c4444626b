from collections import Counter


def can_form_straights(hand, k):
    if len(hand) % k:
        return False
    count = Counter(hand)
    for v in hand:   # starts straights in the hand's order, not at the smallest card
        if count[v] == 0:
            continue
        for w in range(v, v + k):
            if count[w] <= 0:
                return False
            count[w] -= 1
    return True

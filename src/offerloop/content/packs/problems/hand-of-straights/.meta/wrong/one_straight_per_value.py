from collections import Counter


def can_form_straights(hand, k):
    if len(hand) % k:
        return False
    count = Counter(hand)
    for v in sorted(count):
        if count[v] > 0:   # starts only one straight per value, even when v has several cards
            for w in range(v, v + k):
                if count[w] < 1:
                    return False
                count[w] -= 1
    return True

from collections import Counter


def can_form_straights(hand, k):
    if len(hand) % k:
        return False
    count = Counter(hand)
    for v in sorted(count):
        c = count[v]
        if c == 0:
            continue
        for w in range(v + 1, v + k):
            if count.get(w, 0) < c:
                return False
            count[w] -= c
    return True

from collections import deque


def alien_order(words):
    # Never rejects a word that comes after a longer word starting with it.
    letters = {ch for w in words for ch in w}
    after = {ch: set() for ch in letters}
    for upper, lower in zip(words, words[1:]):
        for a, b in zip(upper, lower):
            if a != b:
                after[a].add(b)
                break
    indeg = {ch: 0 for ch in letters}
    for a in letters:
        for b in after[a]:
            indeg[b] += 1
    queue = deque(ch for ch in letters if indeg[ch] == 0)
    order = []
    while queue:
        a = queue.popleft()
        order.append(a)
        for b in after[a]:
            indeg[b] -= 1
            if indeg[b] == 0:
                queue.append(b)
    return "".join(order) if len(order) == len(letters) else ""

from collections import deque


def alien_order(words):
    # Correct, but reads a rule from every pair of words, not only neighbours: O(N^2 L).
    letters = {ch for w in words for ch in w}
    after = {ch: set() for ch in letters}
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            upper, lower = words[i], words[j]
            for a, b in zip(upper, lower):
                if a != b:
                    after[a].add(b)
                    break
            else:
                if len(upper) > len(lower):
                    return ""
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

from collections import deque


def alien_order(words):
    # Only letters that take part in a rule make it into the answer.
    after, indeg = {}, {}
    for upper, lower in zip(words, words[1:]):
        for a, b in zip(upper, lower):
            if a != b:
                if b not in after.setdefault(a, set()):
                    after[a].add(b)
                    indeg[b] = indeg.get(b, 0) + 1
                indeg.setdefault(a, 0)
                after.setdefault(b, set())
                break
        else:
            if len(upper) > len(lower):
                return ""
    queue = deque(ch for ch in indeg if indeg[ch] == 0)
    order = []
    while queue:
        a = queue.popleft()
        order.append(a)
        for b in after[a]:
            indeg[b] -= 1
            if indeg[b] == 0:
                queue.append(b)
    return "".join(order) if len(order) == len(indeg) else ""

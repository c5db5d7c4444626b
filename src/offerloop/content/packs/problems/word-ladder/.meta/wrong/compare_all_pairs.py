from collections import deque


def ladder_length(begin, end, words):
    # Correct, but compares each reached word with every word in the list: O(N^2 L).
    if end not in words:
        return 0
    if begin == end:
        return 1
    seen = {begin}
    queue = deque([(begin, 1)])
    while queue:
        word, steps = queue.popleft()
        for other in words:
            if other in seen:
                continue
            if sum(a != b for a, b in zip(word, other)) == 1:
                if other == end:
                    return steps + 1
                seen.add(other)
                queue.append((other, steps + 1))
    return 0

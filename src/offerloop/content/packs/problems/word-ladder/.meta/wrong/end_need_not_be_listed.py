from collections import deque
from string import ascii_lowercase


def ladder_length(begin, end, words):
    # Lets the ladder finish on end even when end is not in the list.
    remaining = set(words) | {end}
    if begin == end:
        return 1
    queue = deque([(begin, 1)])
    while queue:
        word, steps = queue.popleft()
        for i in range(len(word)):
            for ch in ascii_lowercase:
                cand = word[:i] + ch + word[i + 1:]
                if cand in remaining:
                    if cand == end:
                        return steps + 1
                    remaining.discard(cand)
                    queue.append((cand, steps + 1))
    return 0

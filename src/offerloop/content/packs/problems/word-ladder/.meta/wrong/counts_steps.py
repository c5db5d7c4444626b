from collections import deque
from string import ascii_lowercase


def ladder_length(begin, end, words):
    # Counts the changes (edges) instead of the words in the ladder.
    remaining = set(words)
    if end not in remaining:
        return 0
    if begin == end:
        return 0
    queue = deque([(begin, 0)])
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

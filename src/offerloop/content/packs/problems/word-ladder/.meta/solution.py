from collections import deque


def ladder_length(begin, end, words):
    remaining = set(words)
    if end not in remaining:
        return 0
    if begin == end:
        return 1
    remaining.discard(begin)
    # Only letters that occur in the list can form a listed word.
    letters = sorted(set("".join(remaining)))
    queue = deque([(begin, 1)])
    while queue:
        word, steps = queue.popleft()
        for i in range(len(word)):
            head, tail = word[:i], word[i + 1:]
            for ch in letters:
                cand = head + ch + tail
                if cand in remaining:
                    if cand == end:
                        return steps + 1
                    remaining.discard(cand)
                    queue.append((cand, steps + 1))
    return 0

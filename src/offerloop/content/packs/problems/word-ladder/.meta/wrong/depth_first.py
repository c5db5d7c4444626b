from string import ascii_lowercase


def ladder_length(begin, end, words):
    # Depth-first search returns the first ladder it finds, not the shortest.
    remaining = set(words)
    if end not in remaining:
        return 0
    if begin == end:
        return 1
    stack = [(begin, 1)]
    remaining.discard(begin)
    while stack:
        word, steps = stack.pop()
        for i in range(len(word)):
            for ch in ascii_lowercase:
                cand = word[:i] + ch + word[i + 1:]
                if cand in remaining:
                    if cand == end:
                        return steps + 1
                    remaining.discard(cand)
                    stack.append((cand, steps + 1))
    return 0

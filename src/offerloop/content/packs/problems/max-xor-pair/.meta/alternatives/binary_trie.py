def max_xor(nums):
    # A binary trie over 31-bit words: for each number, walk towards the opposite bit when possible.
    root = {}
    best = 0
    for idx, v in enumerate(nums):
        if idx:
            node, got = root, 0
            for b in range(30, -1, -1):
                bit = (v >> b) & 1
                if 1 - bit in node:
                    got |= 1 << b
                    node = node[1 - bit]
                else:
                    node = node[bit]
            best = max(best, got)
        node = root
        for b in range(30, -1, -1):
            node = node.setdefault((v >> b) & 1, {})
    return best

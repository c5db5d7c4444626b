def same_after_backspaces(a, b):
    # O(1) extra memory: walk both strings from the end, skipping erased letters.
    def next_visible(s, i):
        skip = 0
        while i >= 0:
            if s[i] == "#":
                skip += 1
            elif skip:
                skip -= 1
            else:
                return i
            i -= 1
        return -1

    i, j = len(a) - 1, len(b) - 1
    while True:
        i, j = next_visible(a, i), next_visible(b, j)
        if i < 0 or j < 0:
            return i < 0 and j < 0
        if a[i] != b[j]:
            return False
        i -= 1
        j -= 1

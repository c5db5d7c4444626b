def partition_labels(s):
    # Correct, but compares the letters on both sides of every position: O(n^2).
    sizes, start = [], 0
    for i in range(len(s)):
        if not set(s[start:i + 1]) & set(s[i + 1:]):
            sizes.append(i + 1 - start)
            start = i + 1
    return sizes

def longest_after_edits(s, k):
    # For each letter that occurs, the longest window with at most k other letters (shrinking window).
    best = 0
    for letter in set(s):
        left = others = 0
        for right, ch in enumerate(s):
            if ch != letter:
                others += 1
            while others > k:
                if s[left] != letter:
                    others -= 1
                left += 1
            best = max(best, right - left + 1)
    return best

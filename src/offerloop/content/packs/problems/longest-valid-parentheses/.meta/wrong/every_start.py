def longest_valid_parentheses(s):
    # Correct, but runs a balance counter from every start: O(n^2).
    best = 0
    for i in range(len(s)):
        balance = 0
        for j in range(i, len(s)):
            balance += 1 if s[j] == "(" else -1
            if balance < 0:
                break
            if balance == 0:
                best = max(best, j - i + 1)
    return best

def letter_combinations(digits):
    letters = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
    words = [""] if digits else []
    for d in reversed(digits):
        words = [ch + w for ch in letters[int(d)] for w in words]
    return words

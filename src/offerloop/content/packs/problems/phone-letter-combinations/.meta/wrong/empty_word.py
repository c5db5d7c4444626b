KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    # The empty input gives [""] instead of [].
    words = [""]
    for d in digits:
        words = [w + ch for w in words for ch in KEYS[d]]
    return words

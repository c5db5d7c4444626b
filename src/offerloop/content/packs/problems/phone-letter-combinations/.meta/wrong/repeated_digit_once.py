KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    # Treats the digits as a set: a repeated digit is pressed only once.
    seen = []
    for d in digits:
        if d not in seen:
            seen.append(d)
    words = [""] if digits else []
    for d in seen:
        words = [w + ch for w in words for ch in KEYS[d]]
    return words

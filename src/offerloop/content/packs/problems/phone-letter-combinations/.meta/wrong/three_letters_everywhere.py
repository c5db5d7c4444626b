KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqr", "8": "tuv", "9": "wxy"}


def letter_combinations(digits):
    # Every key gets three letters: s and z are lost.
    words = [""] if digits else []
    for d in digits:
        words = [w + ch for w in words for ch in KEYS[d]]
    return words

KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    # Never reuses a letter within a word, so "22" loses "aa", "bb" and "cc".
    out = []

    def walk(i, word):
        if i == len(digits):
            out.append(word)
            return
        for ch in KEYS[digits[i]]:
            if ch not in word:
                walk(i + 1, word + ch)

    if digits:
        walk(0, "")
    return out

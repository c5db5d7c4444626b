KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits):
    if not digits:
        return []
    out, word = [], []

    def walk(i):
        if i == len(digits):
            out.append("".join(word))
            return
        for ch in KEYS[digits[i]]:
            word.append(ch)
            walk(i + 1)
            word.pop()

    walk(0)
    return out

MOD = 1_000_000_007


def num_decodings(s):
    prev2, prev = 1, 1
    for i in range(2, len(s) + 1):
        cur = prev   # treats "0" as a letter on its own
        if 10 <= int(s[i - 2:i]) <= 26:
            cur += prev2
        prev2, prev = prev, cur % MOD
    return prev

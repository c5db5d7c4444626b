MOD = 1_000_000_007


def num_decodings(s):
    # Correct, but memoises on suffix strings: each step copies and hashes a suffix, O(n^2).
    memo = {"": 1}
    for i in range(len(s) - 1, -1, -1):
        rest = s[i:]
        ways = 0
        if rest[0] != "0":
            ways = memo[rest[1:]]
            if len(rest) >= 2 and 10 <= int(rest[:2]) <= 26:
                ways += memo[rest[2:]]
        memo[rest] = ways % MOD
    return memo[s]

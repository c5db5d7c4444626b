MOD = 1_000_000_007


def num_decodings(s):
    """Number of ways to decode the digit string s (1..26 per letter), modulo 1_000_000_007."""
    raise NotImplementedError

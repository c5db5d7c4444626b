from itertools import groupby


def rle_encode(text):
    """[(char, count), ...] for the runs of text."""
    raise NotImplementedError


def rle_decode(pairs):
    """The string the pairs describe; ValueError on a bad pair."""
    raise NotImplementedError

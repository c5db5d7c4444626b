from functools import reduce


def merge_all(*configs):
    return reduce(lambda a, b: {**a, **b}, configs, {})   # nested dicts are replaced, not merged

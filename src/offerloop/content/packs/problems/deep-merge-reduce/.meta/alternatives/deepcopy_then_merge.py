# Written differently: deep-copies every layer first, then merges in place into the
# accumulator (which is already private).
import copy
from functools import reduce


def _into(acc, layer):
    for key, value in layer.items():
        old = acc.get(key)
        if type(old) is dict and type(value) is dict:
            _into(old, value)
        else:
            acc[key] = value
    return acc


def merge_all(*configs):
    return reduce(_into, (copy.deepcopy(c) for c in configs), {})

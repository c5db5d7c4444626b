# Written differently: the itertools documentation recipe, cycling over bound __next__ methods.
from itertools import cycle, islice


def roundrobin(*iterables):
    active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            active -= 1
            nexts = cycle(islice(nexts, active))

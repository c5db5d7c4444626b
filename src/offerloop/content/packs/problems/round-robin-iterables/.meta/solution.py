from collections import deque


def roundrobin(*iterables):
    queue = deque(iter(it) for it in iterables)
    while queue:
        it = queue.popleft()
        try:
            item = next(it)
        except StopIteration:
            continue
        yield item
        queue.append(it)

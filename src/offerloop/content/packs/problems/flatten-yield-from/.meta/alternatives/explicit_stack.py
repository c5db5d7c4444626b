# Written differently: no recursion; an explicit stack of iterators, and Iterable-free
# detection through iter() on everything that is not a leaf type.
def flatten(items):
    stack = [iter(items)]
    while stack:
        for item in stack[-1]:
            if type(item) in (str, bytes, dict) or isinstance(item, (str, bytes, dict)):
                yield item
                continue
            try:
                child = iter(item)
            except TypeError:
                yield item
                continue
            stack.append(child)
            break
        else:
            stack.pop()

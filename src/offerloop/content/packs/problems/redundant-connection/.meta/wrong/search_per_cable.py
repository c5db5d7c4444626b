def redundant_connection(edges):
    # Correct, but searches the graph built so far before adding each cable: O(n^2).
    adj = {}
    for a, b in edges:
        seen, stack = {a}, [a]
        while stack:
            for m in adj.get(stack.pop(), ()):
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        if b in seen:
            return [a, b]
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    return []

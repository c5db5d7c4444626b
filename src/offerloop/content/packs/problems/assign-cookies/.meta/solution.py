def max_content(greed, sizes):
    children = sorted(greed)
    served = 0
    for cookie in sorted(sizes):
        if served < len(children) and cookie >= children[served]:
            served += 1
    return served

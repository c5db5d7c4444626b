def max_content(greed, sizes):
    # Hands the biggest cookies to the least greedy children first.
    children = sorted(greed)
    cookies = sorted(sizes, reverse=True)
    served = 0
    for child, cookie in zip(children, cookies):
        if cookie >= child:
            served += 1
    return served

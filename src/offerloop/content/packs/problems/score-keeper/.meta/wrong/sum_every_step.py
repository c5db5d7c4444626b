def final_total(ops):
    sheet, total = [], 0
    for op in ops:
        if op == "+":
            sheet.append(sheet[-1] + sheet[-2])
        elif op == "D":
            sheet.append(2 * sheet[-1])
        elif op == "C":
            sheet.pop()
        else:
            sheet.append(int(op))
        total = sum(sheet)  # recomputed after every note: O(n^2)
    return total

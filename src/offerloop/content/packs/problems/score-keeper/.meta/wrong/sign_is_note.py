def final_total(ops):
    sheet = []
    for op in ops:
        if op[0] == "+" or op == "-" or op.startswith("-"):  # "-3" is read as a note
            if len(sheet) >= 2:
                sheet.append(sheet[-1] + sheet[-2])
        elif op == "D":
            sheet.append(2 * sheet[-1])
        elif op == "C":
            sheet.pop()
        else:
            sheet.append(int(op))
    return sum(sheet)

def count_inversions(nums):
    def sort(a):
        if len(a) <= 1:
            return a, 0
        mid = len(a) // 2
        left, x = sort(a[:mid])
        right, y = sort(a[mid:])
        out, i, j, count = [], 0, 0, x + y
        while i < len(left) and j < len(right):
            if right[j] < left[i]:
                out.append(right[j])
                count += len(left) - i
                j += 1
            else:
                out.append(left[i])
                i += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out, count

    return sort(list(nums))[1]

def count_inversions(nums):
    # Adds 1 when the right value wins a merge step, instead of the number of values left on the left.
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
                count += 1
                j += 1
            else:
                out.append(left[i])
                i += 1
        return out + left[i:] + right[j:], count

    return sort(list(nums))[1]

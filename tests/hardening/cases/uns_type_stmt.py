x = 1
type Point = tuple[int, int]

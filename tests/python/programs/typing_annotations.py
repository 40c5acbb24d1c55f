from typing import List, Dict, Optional
def total(xs: List[int], scale: float = 1.0) -> float:
    return sum(xs) * scale
count: int = 5
name: Optional[str] = None
class Item:
    label: str
    qty: int = 1
    def __init__(self, label: str) -> None:
        self.label = label
print(total([1, 2, 3], 2), count, name, Item('x').label, Item.qty)

class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
def walk(n, depth=0):
    print('  ' * depth + str(n.v))
    for c in n.children:
        walk(c, depth + 1)
walk(tree)
def total(n):
    return n.v + sum(total(c) for c in n.children)
print(total(tree))

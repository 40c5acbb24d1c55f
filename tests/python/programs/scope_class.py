x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def f(self):
        return x
print(A.y, A().f())
def outer():
    v = 'enclosing'
    class B:
        w = v
        def g(self):
            return v
    return B
B = outer()
print(B.w, B().g())

class A:
    pass
a = A()
value = a.missing_attribute

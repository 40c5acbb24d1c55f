def inner(x):
    return x['key']
def outer():
    data = {}
    return inner(data) + 1
print('before')
outer()

data = {'users': [{'name': 'a', 'tags': ['x', 'y']}, {'name': 'b', 'tags': []}], 'count': 2}
print(data)
print(data['users'][0]['tags'][-1], len(data['users'][1]['tags']))
data['users'].append({'name': 'c', 'tags': ['z']})
print([u['name'] for u in data['users'] if u['tags']])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
x = [1, 2]
x.append(x)
print(x)
d = {}
d['self'] = d
print(d)

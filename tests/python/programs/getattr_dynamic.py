class Config:
    debug = False
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        return f'<default {name}>'
c = Config(host='localhost', port=80)
print(c.host, c.port, c.debug, c.missing, getattr(c, 'other'), hasattr(c, 'anything'))
for name in ['host', 'port']:
    print(name, '=', getattr(c, name))

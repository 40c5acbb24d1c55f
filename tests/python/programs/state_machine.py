transitions = {('idle', 'start'): 'running', ('running', 'pause'): 'paused', ('paused', 'resume'): 'running', ('running', 'stop'): 'idle'}
state = 'idle'
for ev in ['start', 'pause', 'bogus', 'resume', 'stop']:
    nxt = transitions.get((state, ev))
    if nxt is None:
        print(f"ignored {ev!r} in {state}")
        continue
    print(f"{state} --{ev}--> {nxt}")
    state = nxt

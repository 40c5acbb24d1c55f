import time
t0 = time.time()
m0 = time.monotonic()
print(type(t0).__name__, type(m0).__name__, t0 > 1e9)

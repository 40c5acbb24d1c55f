# checks: os.getpid, cpu_count and environ: the documented deterministic values
import os

print(os.getpid(), os.cpu_count())
print(os.environ.get("API_KEY", "no key"), os.getenv("HOME"), "PATH" in os.environ)
workers = min(32, (os.cpu_count() or 1) + 4)
print("default executor size", workers)

# checks: timedelta arithmetic, normalisation, str and repr
from datetime import timedelta

a = timedelta(hours=1, minutes=30)
b = timedelta(seconds=-45, microseconds=10)
print(a, repr(a), b, repr(b))
print(a + b, a - b, a * 3, a / 4, a // 7, a / timedelta(minutes=1), -a, abs(b))
print(timedelta(days=2, hours=25), timedelta(weeks=1).total_seconds(), timedelta(0), bool(timedelta(0)))
print(sorted([timedelta(2), timedelta(hours=1), timedelta(0)]), timedelta(1) > timedelta(hours=23))

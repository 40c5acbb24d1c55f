# checks: date arithmetic across months and leap years, fromisoformat
from datetime import date, datetime, timedelta

d = date(2024, 2, 27)
for i in range(4):
    print(d + timedelta(days=i), (d + timedelta(days=i)).isoweekday())
print(date(2026, 1, 1) - date(2024, 1, 1), date.fromisoformat("2025-12-31").replace(day=1))
dt = datetime.fromisoformat("2026-03-04T05:06:07.089")
print(dt, repr(dt), dt + timedelta(hours=20))
print(datetime(2026, 1, 1) < datetime(2026, 1, 1, 0, 0, 1), datetime.combine(date(2026, 5, 5), dt.time()))

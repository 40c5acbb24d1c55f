# checks: isoformat / fromisoformat round trips and timespec
from datetime import datetime, timezone, timedelta

d = datetime(2026, 7, 8, 9, 10, 11, 121314)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, d.isoformat(timespec=spec))
print(datetime.fromisoformat(d.isoformat()) == d, d.isoformat(" "))
aware = d.replace(tzinfo=timezone(timedelta(hours=-5, minutes=-30)))
print(aware.isoformat(), repr(aware.tzinfo), str(aware.tzinfo))

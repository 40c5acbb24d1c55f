"""aioscope's `datetime`: date, time, datetime, timedelta and timezone as CPython prints and computes them.

now()/today()/fromtimestamp() read the virtual wall clock through `time` (time.time() is 2026-01-01T00:00:00 UTC
plus the virtual seconds; local time is UTC), exactly like the oracle, which runs CPython's own pure-Python datetime
on the same patched clock. Plain Python run by aioscope's interpreter.
"""
import time as _time
import _aioscope

_UTC_DEPRECATED = _aioscope.version != '3.11'


def _warn_utc(what, instead):
    if _UTC_DEPRECATED:
        import warnings

        warnings.warn(
            f'datetime.datetime.{what}() is deprecated and scheduled for removal in a future version. '
            f'Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.{instead}.',
            DeprecationWarning,
            stacklevel=3,
        )

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d


def _ord2ymd(n):
    # walk 400/100/4/1-year cycles down from the proleptic Gregorian ordinal
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = 1
    while True:
        dim = _days_in_month(y, m)
        if n < dim:
            return y, m, n + 1
        n -= dim
        m += 1


def _check_int(name, v):
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return v


def _check_date(y, m, d):
    _check_int('year', y)
    _check_int('month', m)
    _check_int('day', d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f'year {y} is out of range')
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError('day is out of range for month')


def _check_time(h, mi, s, us):
    for v in (h, mi, s, us):
        _check_int('', v)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _format_time(h, mi, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{h:02d}'
    if timespec == 'minutes':
        return f'{h:02d}:{mi:02d}'
    if timespec == 'seconds':
        return f'{h:02d}:{mi:02d}:{s:02d}'
    if timespec == 'milliseconds':
        return f'{h:02d}:{mi:02d}:{s:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{h:02d}:{mi:02d}:{s:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    r = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or off.microseconds:
        r += f'{sep}{ss:02d}'
        if off.microseconds:
            r += f'.{off.microseconds:06d}'
    return r


def _strftime(obj, fmt, tt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            k = fmt[i + 1]
            i += 2
            if k == 'f':
                out.append(f'{getattr(obj, "microsecond", 0):06d}')
            elif k == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(off, ''))
            elif k == 'Z':
                tz = getattr(obj, 'tzinfo', None)
                out.append('' if tz is None else tz.tzname(obj if isinstance(obj, datetime) else None))
            else:
                out.append(_time.strftime('%' + k, tt))
        else:
            out.append(c)
            i += 1
    return ''.join(out)


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # everything to microseconds (floats rounded half-even once, as CPython's result is)
        total = (days + weeks * 7) * 86400000000 + (seconds + minutes * 60 + hours * 3600) * 1000000
        total = total + milliseconds * 1000 + microseconds
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400000000)
        s, us = divmod(rem, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        return f'datetime.timedelta({", ".join(args) or "0"})'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        if self._days:
            s = f'{self._days} day{"" if abs(self._days) == 1 else "s"}, ' + s
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us() == other._us()

    def __lt__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._us() < other._us()

    def __le__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._us() <= other._us()

    def __gt__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._us() > other._us()

    def __ge__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._us() >= other._us()

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return self._us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise ValueError(
                'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), '
                f'not {offset!r}.'
            )
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


class date:
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month, day):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError(f'Invalid isoformat string: {s!r}')

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
        )

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def ctime(self):
        return _time.strftime('%a %b ', self.timetuple()) + f'{self._day:2d} 00:00:00 {self._year:04d}'

    def __repr__(self):
        return f'datetime.{type(self).__qualname__}({self._year}, {self._month}, {self._day})'

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self).fromordinal(self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
        )

    def __repr__(self):
        if self._microsecond:
            s = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            s = f'{self._hour}, {self._minute}, {self._second}'
        else:
            s = f'{self._hour}, {self._minute}'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        return f'datetime.{type(self).__qualname__}({s})'

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def _from_ts(cls, t, utc, tz):
        # datetime._fromtimestamp: split off the fraction, round it to microseconds half-even
        ti = int(t)
        frac = t - ti
        us = round(frac * 1e6)
        if us >= 1000000:
            ti += 1
            us -= 1000000
        elif us < 0:
            ti -= 1
            us += 1000000
        y, m, d, hh, mm, ss = (_time.gmtime if utc else _time.localtime)(ti)[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            return cls._from_ts(t, False, None)
        return tz.fromutc(cls._from_ts(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        _warn_utc('utcfromtimestamp', 'fromtimestamp(t, datetime.UTC)')
        return cls._from_ts(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        _warn_utc('utcnow', 'now(datetime.UTC)')
        return cls._from_ts(_time.time(), True, None)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        tz = t.tzinfo if tzinfo is True else tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            rest = s[10:]
            if not rest:
                return cls(d.year, d.month, d.day)
            if rest[0] not in 'T ':
                raise ValueError
            rest = rest[1:]
            tz = None
            for sign in '+-':
                if sign in rest:
                    rest, off = rest.split(sign)
                    oh, om = int(off[0:2]), int(off[3:5])
                    delta = timedelta(hours=oh, minutes=om)
                    tz = timezone(delta if sign == '+' else -delta)
            if rest.endswith('Z'):
                rest = rest[:-1]
                tz = timezone.utc
            hh, mm, ss, us = int(rest[0:2]), 0, 0, 0
            if len(rest) >= 5:
                mm = int(rest[3:5])
            if len(rest) >= 8:
                ss = int(rest[6:8])
            if len(rest) > 9:
                us = int((rest[9:] + '000000')[:6])
            return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time(
            (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(), yday, -1)
        )

    def _epoch_us(self):
        days = self.toordinal() - 719163
        us = ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000) + self._microsecond
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us

    def timestamp(self):
        return self._epoch_us() / 10**6

    def replace(
        self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True
    ):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
        )

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        base = self if self._tzinfo is not None else self.replace(tzinfo=timezone.utc)
        utc = (base - base.utcoffset()).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def isoformat(self, sep='T', timespec='auto'):
        s = f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return _time.strftime('%a %b ', self.timetuple()) + (
            f'{self._day:2d} {self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}'
        )

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = ', '.join(str(p) for p in parts)
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        return f'datetime.{type(self).__qualname__}({s})'

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp_key(self, other):
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if self._tzinfo is None:
            return self._key(), other._key()
        return self._epoch_us(), other._epoch_us()

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        a, b = self._cmp_key(other)
        return a == b

    def __lt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._cmp_key(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._cmp_key(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._cmp_key(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._cmp_key(other)
        return a >= b

    def __hash__(self):
        return hash(self._key() if self._tzinfo is None else self._epoch_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
        us += self._microsecond + other._us()
        days, rem = divmod(us, 86400000000)
        secs, micro = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        if not 1 <= days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if self._tzinfo is None:
                a = (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                b = (other.toordinal() * 86400 + other._hour * 3600 + other._minute * 60 + other._second) * 1000000
                return timedelta(microseconds=a + self._microsecond - b - other._microsecond)
            return timedelta(microseconds=self._epoch_us() - other._epoch_us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

/**
 * Small standard modules: sys, time (virtual clock), math, typing (annotations only), random (Mersenne Twister),
 * warnings, functools/itertools/collections bits.
 */
import { E, err, typeError, valueError } from '../runtime/exceptions';
import { fn } from '../runtime/natives';
import { stderrObj, stdoutObj } from '../runtime/builtins';
import { toFloatValue } from '../runtime/core-types';
import {
  PyException,
  PyList,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  T,
  type KwArgs,
  type PyValue
} from '../runtime/objects';
import { asFloat, binop, callMethod, iterToArray, repr, str, toIndex, typeName } from '../runtime/ops';
import { moduleFactories, type Session } from '../interp/hooks';
import { getter, method } from '../runtime/natives';
import { state } from '../runtime/py-runtime';

export function makeModule(name: string, entries: Record<string, PyValue>): PyModule {
  const m = new PyModule(name);
  m.dict.set('__name__', name);
  for (const [k, v] of Object.entries(entries)) m.dict.set(k, v);
  return m;
}

function natives(defs: Record<string, (a: PyValue[], kw: KwArgs) => PyValue>): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  for (const [k, f] of Object.entries(defs)) out[k] = fn(k, f);
  return out;
}

export function num(v: PyValue | undefined, what: string): number {
  const x = v === undefined ? null : asFloat(v);
  if (x === null) throw typeError(`'${typeName(v ?? null)}' object cannot be interpreted as ${what}`);
  return x;
}

// ------------------------------------------------------------------------------------------------ threads' clocks

/** The virtual time the calling code sees (a worker thread's own clock, or the loop clock). */
export function nowFor(s: Session): number {
  const th = state.threadCtx; // the worker thread running a to_thread function, on its own clock
  return th ? th.clock : s.engine.clock.now;
}

export const EPOCH = 1767225600.0;

// ------------------------------------------------------------------------------------------------ sys

/** sys.modules: a live read-only view of the session's module table. */
const ModulesDictType = new PyType(T.type, 'dict', [T.object], 'native', true);
class ModulesDict extends PyObject {
  constructor(readonly s: Session) {
    super(ModulesDictType);
  }
}
method(ModulesDictType, 'get', (a) => (a[0] as ModulesDict).s.modules.get(a[1] as string) ?? a[2] ?? null);
method(ModulesDictType, '__getitem__', (a) => {
  const m = (a[0] as ModulesDict).s.modules.get(a[1] as string);
  if (!m) throw err(E.KeyError, a[1] as string);
  return m;
});
method(ModulesDictType, '__contains__', (a) => (a[0] as ModulesDict).s.modules.has(a[1] as string));
method(ModulesDictType, 'keys', (a) => new PyList([...(a[0] as ModulesDict).s.modules.keys()]));

moduleFactories.set('sys', (s) =>
  makeModule('sys', {
    modules: new ModulesDict(s),
    stdout: stdoutObj,
    stderr: stderrObj,
    argv: new PyList([s.filename]),
    version: state.features.versionString,
    version_info: new PyTuple([...state.features.versionInfo]),
    platform: 'linux',
    maxsize: 9223372036854775807n,
    ...natives({
      exit: (a) => errExit(a),
      getrecursionlimit: () => 1000n,
      setrecursionlimit: () => null,
      intern: (a) => a[0]!,
      exc_info: () => {
        const e = handledException();
        return new PyTuple(e === null ? [null, null, null] : [e.cls, e, null]);
      },
      exception: () => handledException()
    })
  })
);
/** The exception an `except` block (of this frame or a caller's) is handling now, as sys.exc_info() sees it. */
function handledException(): PyException | null {
  for (let f = state.frame; f !== null; f = f.back) if (f.exc !== null) return f.exc;
  return null;
}

function errExit(a: PyValue[]): never {
  const e = err(E.SystemExit);
  e.args = new PyTuple(a.length ? [a[0]!] : []);
  throw e;
}

// ------------------------------------------------------------------------------------------------ time

const StructTime = new PyType(T.type, 'struct_time', [T.tuple], 'tuple', true, 'time');
const STRUCT_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
STRUCT_FIELDS.forEach((f, i) => getter(StructTime, f, (self) => (self as PyTuple).items[i]!));
method(StructTime, '__repr__', (a) => {
  const t = a[0] as PyTuple;
  return `time.struct_time(${STRUCT_FIELDS.map((f, i) => `${f}=${repr(t.items[i]!)}`).join(', ')})`;
});

StructTime.ctor = (cls, a) => new PyTuple(iterToArray(a[0]!), cls);

function structTime(secs: number): PyTuple {
  const d = new Date(Math.floor(secs) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  const wday = (d.getUTCDay() + 6) % 7;
  return new PyTuple(
    [
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      wday,
      yday,
      0
    ].map((x) => BigInt(x)),
    StructTime
  );
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

export function strftime(fmt: string, t: PyValue[]): string {
  const [Y, m, d, H, M, S, wd, yd] = t.map((x) => Number(x));
  const p2 = (n: number) => String(n).padStart(2, '0');
  return fmt.replace(/%([a-zA-Z%])/g, (_m, c: string) => {
    switch (c) {
      case 'Y':
        return String(Y);
      case 'y':
        return p2(Y! % 100);
      case 'm':
        return p2(m!);
      case 'd':
        return p2(d!);
      case 'H':
        return p2(H!);
      case 'I':
        return p2(H! % 12 === 0 ? 12 : H! % 12);
      case 'p':
        return H! < 12 ? 'AM' : 'PM';
      case 'M':
        return p2(M!);
      case 'S':
        return p2(S!);
      case 'j':
        return String(yd).padStart(3, '0');
      case 'a':
        return DAYS[wd!]!.slice(0, 3);
      case 'A':
        return DAYS[wd!]!;
      case 'b':
        return MONTHS[m! - 1]!.slice(0, 3);
      case 'B':
        return MONTHS[m! - 1]!;
      case 'w':
        return String((wd! + 1) % 7);
      case 'Z':
        return 'UTC';
      case 'z':
        return '+0000';
      case 'c':
        return `${DAYS[wd!]!.slice(0, 3)} ${MONTHS[m! - 1]!.slice(0, 3)} ${String(d).padStart(2, ' ')} ${p2(H!)}:${p2(M!)}:${p2(S!)} ${Y}`;
      case 'x':
        return `${p2(m!)}/${p2(d!)}/${p2(Y! % 100)}`;
      case 'X':
        return `${p2(H!)}:${p2(M!)}:${p2(S!)}`;
      case '%':
        return '%';
      default:
        return '%' + c;
    }
  });
}

moduleFactories.set('time', (s) => {
  const tm = (a: PyValue[]) => structTime(a.length && a[0] !== null ? num(a[0], 'a float') : EPOCH + nowFor(s));
  return makeModule('time', {
    struct_time: StructTime,
    ...natives({
      sleep: (a) => {
        const x = num(a[0], 'an integer');
        if (x < 0) throw valueError('sleep length must be non-negative');
        if (state.threadCtx) state.threadCtx.clock += x;
        else s.engine.blockingSleep(x);
        return null;
      },
      time: () => EPOCH + nowFor(s),
      time_ns: () => BigInt(Math.round((EPOCH + nowFor(s)) * 1e9)),
      monotonic: () => nowFor(s),
      monotonic_ns: () => BigInt(Math.round(nowFor(s) * 1e9)),
      perf_counter: () => nowFor(s),
      perf_counter_ns: () => BigInt(Math.round(nowFor(s) * 1e9)),
      process_time: () => 0,
      thread_time: () => 0,
      localtime: tm,
      gmtime: tm,
      strftime: (a) => {
        if (typeof a[0] !== 'string')
          throw typeError(`strftime() argument 1 must be str, not ${typeName(a[0] ?? null)}`);
        const t = a.length > 1 ? iterToArray(a[1]!) : tm([]).items;
        return strftime(a[0], t);
      },
      ctime: (a) => strftime('%c', tm(a).items),
      asctime: (a) => strftime('%c', a.length ? iterToArray(a[0]!) : tm([]).items),
      mktime: (a) => {
        const t = iterToArray(a[0]!).map((x) => Number(x));
        return Date.UTC(t[0]!, t[1]! - 1, t[2]!, t[3]!, t[4]!, t[5]!) / 1000;
      }
    })
  });
});

// ------------------------------------------------------------------------------------------------ math

/** math.floor/ceil/trunc: ints pass through, objects use their dunder, floats must be finite. */
function toIntegral(v: PyValue, dunder: string, f: (x: number) => number): PyValue {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyObject && !(v instanceof PyType)) {
    const m = v.cls.lookup(dunder);
    if (m !== undefined && m !== null) return callMethod(v, dunder, []);
  }
  const x = toFloatValue(v);
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw err(E.OverflowError, 'cannot convert float infinity to integer');
  return BigInt(f(x));
}

/** Exactly rounded float sum (Shewchuk's partials, with CPython's final half-way correction). */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) {
      special += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 || Number.isNaN(special)) return special;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

function bigGcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

moduleFactories.set('math', () => {
  // 3.14 explains domain errors; 3.11 says "math domain error"
  const domain = (name: string, x: number): string => {
    if (!state.features.rewordedMessages) return 'math domain error';
    if (name === 'sqrt') return `expected a nonnegative input, got ${repr(x)}`;
    if (name === 'log' || name === 'log2' || name === 'log10') return 'expected a positive input';
    if (name === 'asin' || name === 'acos') return `expected a number in range from -1 up to 1, got ${repr(x)}`;
    return 'math domain error';
  };
  const f1 = (name: string, g: (x: number) => number) =>
    [
      name,
      (a: PyValue[]) => {
        const x = toFloatValue(a[0]!);
        const r = g(x);
        if (Number.isNaN(r) && !Number.isNaN(x)) throw valueError(domain(name, x));
        return r;
      }
    ] as const;
  const m = natives({
    ...Object.fromEntries([
      f1('sqrt', Math.sqrt),
      f1('exp', Math.exp),
      f1('sin', Math.sin),
      f1('cos', Math.cos),
      f1('tan', Math.tan),
      f1('atan', Math.atan),
      f1('asin', Math.asin),
      f1('acos', Math.acos),
      f1('fabs', Math.abs),
      f1('log2', (x) => (x <= 0 ? NaN : Math.log2(x))),
      f1('log10', (x) => (x <= 0 ? NaN : Math.log10(x))),
      f1('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x))),
      f1('expm1', Math.expm1),
      f1('sinh', Math.sinh),
      f1('cosh', Math.cosh),
      f1('tanh', Math.tanh),
      f1('asinh', Math.asinh),
      f1('acosh', Math.acosh),
      f1('atanh', Math.atanh),
      f1('cbrt', Math.cbrt),
      f1('exp2', (x) => 2 ** x),
      f1('degrees', (x) => (x * 180) / Math.PI),
      f1('radians', (x) => (x * Math.PI) / 180)
    ]),
    log: (a) => {
      const x = toFloatValue(a[0]!);
      if (x <= 0) throw valueError(domain('log', x));
      return a.length > 1 ? Math.log(x) / Math.log(toFloatValue(a[1]!)) : Math.log(x);
    },
    floor: (a) => toIntegral(a[0]!, '__floor__', Math.floor),
    ceil: (a) => toIntegral(a[0]!, '__ceil__', Math.ceil),
    trunc: (a) => toIntegral(a[0]!, '__trunc__', Math.trunc),
    isqrt: (a) => {
      const n = toIndex(a[0]!);
      if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
      return bigIsqrt(n);
    },
    lcm: (a) =>
      a.reduce<bigint>((l, v) => {
        const x = toIndex(v) < 0n ? -toIndex(v) : toIndex(v);
        if (l === 0n || x === 0n) return 0n;
        return (l / bigGcd(l, x)) * x;
      }, 1n),
    comb: (a) => {
      const n = toIndex(a[0]!);
      const k = toIndex(a[1]!);
      if (n < 0n) throw valueError('n must be a non-negative integer');
      if (k < 0n) throw valueError('k must be a non-negative integer');
      if (k > n) return 0n;
      let r = 1n;
      const kk = k < n - k ? k : n - k;
      for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
      return r;
    },
    perm: (a) => {
      const n = toIndex(a[0]!);
      const k = a.length > 1 && a[1] !== null ? toIndex(a[1]!) : n;
      if (n < 0n) throw valueError('n must be a non-negative integer');
      if (k < 0n) throw valueError('k must be a non-negative integer');
      if (k > n) return 0n;
      let r = 1n;
      for (let i = n - k + 1n; i <= n; i++) r *= i;
      return r;
    },
    dist: (a) => {
      const p = iterToArray(a[0]!).map((x) => toFloatValue(x));
      const q = iterToArray(a[1]!).map((x) => toFloatValue(x));
      if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
      return Math.hypot(...p.map((x, i) => x - q[i]!));
    },
    fmod: (a) => {
      const x = toFloatValue(a[0]!);
      const y = toFloatValue(a[1]!);
      if (y === 0 || !Number.isFinite(x)) throw valueError('math domain error');
      return x % y;
    },
    modf: (a) => {
      const x = toFloatValue(a[0]!);
      const i = Math.trunc(x);
      return new PyTuple([Number.isFinite(x) ? x - i : Math.sign(x) * 0, i]);
    },
    frexp: (a) => {
      const x = toFloatValue(a[0]!);
      if (x === 0 || !Number.isFinite(x)) return new PyTuple([x, 0n]);
      let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
      let m = x * 2 ** -e;
      while (Math.abs(m) < 0.5) {
        m *= 2;
        e--;
      }
      while (Math.abs(m) >= 1) {
        m /= 2;
        e++;
      }
      return new PyTuple([m, BigInt(e)]);
    },
    ldexp: (a) => toFloatValue(a[0]!) * 2 ** Number(toIndex(a[1]!)),
    pow: (a) => Math.pow(toFloatValue(a[0]!), toFloatValue(a[1]!)),
    atan2: (a) => Math.atan2(toFloatValue(a[0]!), toFloatValue(a[1]!)),
    hypot: (a) => Math.hypot(...a.map((x) => toFloatValue(x))),
    isclose: (a, kw) => {
      const x = toFloatValue(a[0]!);
      const y = toFloatValue(a[1]!);
      const rel = kw?.get('rel_tol') !== undefined ? toFloatValue(kw.get('rel_tol')!) : 1e-9;
      const abs = kw?.get('abs_tol') !== undefined ? toFloatValue(kw.get('abs_tol')!) : 0;
      return x === y || Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
    },
    isnan: (a) => Number.isNaN(toFloatValue(a[0]!)),
    isinf: (a) => {
      const x = toFloatValue(a[0]!);
      return !Number.isFinite(x) && !Number.isNaN(x);
    },
    isfinite: (a) => Number.isFinite(toFloatValue(a[0]!)),
    gcd: (a) =>
      a.reduce<bigint>((g, v) => {
        let x = toIndex(v);
        let y = g;
        if (x < 0n) x = -x;
        while (y) [x, y] = [y, x % y];
        return x;
      }, 0n),
    factorial: (a) => {
      const n = toIndex(a[0]!);
      if (n < 0n) throw valueError('factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= n; i++) r *= i;
      return r;
    },
    fsum: (a) => fsum(iterToArray(a[0]!).map((x) => toFloatValue(x))),
    prod: (a) => iterToArray(a[0]!).reduce<PyValue>((p, x) => binop('*', p, x), 1n),
    copysign: (a) => {
      const x = Math.abs(toFloatValue(a[0]!));
      const y = toFloatValue(a[1]!);
      return y < 0 || Object.is(y, -0) ? -x : x;
    }
  });
  return makeModule('math', { ...m, pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN });
});

// ------------------------------------------------------------------------------------------------ typing (annotations only)

moduleFactories.set('typing', () => {
  const anyT = new PyType(T.type, 'Any', [T.object], 'object', true, 'typing');
  const names = [
    'Any',
    'List',
    'Dict',
    'Tuple',
    'Set',
    'Optional',
    'Union',
    'Callable',
    'Awaitable',
    'Coroutine',
    'Iterable',
    'Iterator',
    'AsyncIterator',
    'AsyncIterable',
    'AsyncGenerator',
    'Generator',
    'Sequence',
    'Mapping',
    'TypeVar',
    'Generic',
    'NoReturn',
    'Literal',
    'Final',
    'ClassVar',
    'Type',
    'Deque',
    'DefaultDict',
    'NamedTuple',
    'TypedDict',
    'Protocol',
    'Self'
  ];
  const entries: Record<string, PyValue> = {};
  for (const n of names) entries[n] = anyT;
  entries['TYPE_CHECKING'] = false;
  entries['TypeVar'] = fn('TypeVar', () => anyT);
  entries['cast'] = fn('cast', (a) => a[1]!);
  return makeModule('typing', entries);
});

moduleFactories.set('warnings', (s) =>
  makeModule(
    'warnings',
    natives({
      warn: (a, kw) => {
        const msg = a[0]!;
        const cat = (kw?.get('category') ?? a[1]) as PyType | undefined;
        const catName = cat instanceof PyType ? cat.name : 'UserWarning';
        s.warn(catName, str(msg), null);
        return null;
      },
      filterwarnings: () => null,
      simplefilter: () => null
    })
  )
);

export { PyObject };

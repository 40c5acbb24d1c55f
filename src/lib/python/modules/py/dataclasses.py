"""aioscope's `dataclasses`: @dataclass (init, repr, eq, order, frozen, unsafe_hash), field, fields, asdict,
astuple, replace, is_dataclass — plain Python run by aioscope's interpreter. The generated methods behave (and fail)
like the ones CPython generates with exec."""


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _is_classvar(tp):
    return tp is not None and str(tp).startswith(('ClassVar', 'typing.ClassVar'))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, tp in annotations.items():
        if _is_classvar(tp):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    qual = cls.__qualname__

    if init:
        init_fields = [f for f in all_fields if f.init]
        pos_fields = [f for f in init_fields if not f.kw_only]
        kw_fields = [f for f in init_fields if f.kw_only]
        seen_default = False
        for f in pos_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        n_required = len([f for f in pos_fields if f.default is MISSING and f.default_factory is MISSING])

        def __init__(self, *args, **kwargs):
            where = f'{qual}.__init__()'
            if len(args) > len(pos_fields):
                total = len(pos_fields) + 1
                if n_required == len(pos_fields):
                    takes = f'{total} positional argument' + ('' if total == 1 else 's')
                else:
                    takes = f'from {n_required + 1} to {total} positional arguments'
                given = len(args) + 1
                raise TypeError(f'{where} takes {takes} but {given} {"was" if given == 1 else "were"} given')
            values = {}
            for f, v in zip(pos_fields, args):
                values[f.name] = v
            for k, v in kwargs.items():
                if k not in [f.name for f in init_fields]:
                    raise TypeError(f"{where} got an unexpected keyword argument '{k}'")
                if k in values:
                    raise TypeError(f"{where} got multiple values for argument '{k}'")
                values[k] = v
            missing_pos = [f.name for f in pos_fields if f.name not in values and f.default is MISSING
                           and f.default_factory is MISSING]
            if missing_pos:
                n = len(missing_pos)
                raise TypeError(f'{where} missing {n} required positional argument{"" if n == 1 else "s"}: '
                                f'{_plural_names(missing_pos)}')
            missing_kw = [f.name for f in kw_fields if f.name not in values and f.default is MISSING
                          and f.default_factory is MISSING]
            if missing_kw:
                n = len(missing_kw)
                raise TypeError(f'{where} missing {n} required keyword-only argument{"" if n == 1 else "s"}: '
                                f'{_plural_names(missing_kw)}')
            for f in all_fields:
                if f.name in values:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif f.default is not MISSING:
                    if not f.init:
                        continue
                    v = f.default
                else:
                    continue
                if frozen:
                    object.__setattr__(self, f.name, v)
                else:
                    setattr(self, f.name, v)
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post()

        __init__.__qualname__ = f'{qual}.__init__'
        if '__init__' not in cls.__dict__:
            cls.__init__ = __init__

    if repr and '__repr__' not in cls.__dict__:
        repr_fields = [f.name for f in all_fields if f.repr]
        active = set()

        def __repr__(self):
            key = id(self)
            if key in active:
                return '...'
            active.add(key)
            try:
                body = ', '.join(f'{name}={getattr(self, name)!r}' for name in repr_fields)
            finally:
                active.discard(key)
            return f'{self.__class__.__qualname__}({body})'

        __repr__.__qualname__ = f'{qual}.__repr__'
        cls.__repr__ = __repr__

    cmp_fields = [f.name for f in all_fields if f.compare]

    def astuple_(self):
        return tuple(getattr(self, name) for name in cmp_fields)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
        __eq__.__qualname__ = f'{qual}.__eq__'
        cls.__eq__ = __eq__

    if order:
        def make(op, fn):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return fn(astuple_(self), astuple_(other))
                return NotImplemented
            method.__name__ = op
            method.__qualname__ = f'{qual}.{op}'
            return method
        for op, fn in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                       ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if op in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {op} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            setattr(cls, op, make(op, fn))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    explicit_eq = '__eq__' in cls.__dict__
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(astuple_(self))
    elif eq and not has_hash:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    del explicit_eq
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

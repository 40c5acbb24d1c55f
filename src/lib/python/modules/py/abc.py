"""aioscope's `abc`: ABC and abstractmethod (instantiating a class with abstract methods left fails as in CPython)."""
import sys as _sys


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
            else:
                names.discard(name)
    return sorted(names)


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            s = '' if len(missing) == 1 else 's'
            if _sys.version_info >= (3, 12):
                raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an implementation for "
                                f"abstract method{s} " + ', '.join(repr(m) for m in missing))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                            + ', '.join(missing))
        return object.__new__(cls)


class ABCMeta(type):
    pass


def abstractproperty(func):
    return property(abstractmethod(func))

import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.floor(5))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), 2 ** 0.5)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6), math.gcd(), math.gcd(12, 18, 8))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100, 10), math.exp(1), math.log1p(0), math.expm1(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), 0.1 + 0.2 == 0.3)
print(math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 2), 6), math.cos(0), round(math.tan(math.pi / 4), 9))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.fabs(-2), math.fmod(7, 3), math.fmod(-7, 3))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.atan2(1, 1), math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.isqrt(-1)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(2.5e20), math.ceil(1e16 + 0.5), type(math.floor(1.5)).__name__, math.trunc(2.9))

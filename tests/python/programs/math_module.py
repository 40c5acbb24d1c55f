import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.e, math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.isnan(float('nan')), math.log(math.e), math.log2(8), math.log10(1000))
print(math.trunc(-2.5), math.fabs(-3), math.hypot(3, 4), math.pow(2, 3), math.copysign(1, -0.0))

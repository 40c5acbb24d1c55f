# checks: string.Template substitute and safe_substitute
from string import Template

t = Template("$name waited ${secs}s for $$resource")
print(t.substitute(name="task-1", secs=2))
print(t.safe_substitute(name="task-2"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(Template("$a$b").substitute({"a": 1}, b=2))

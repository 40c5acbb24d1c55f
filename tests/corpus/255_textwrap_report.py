# checks: textwrap.fill / dedent / indent / shorten for a report
import textwrap

doc = textwrap.dedent("""
    asyncio is a library to write concurrent code using the async/await syntax.
    It is used as a foundation for multiple Python asynchronous frameworks.
""").strip()
print(textwrap.fill(doc, width=40))
print(textwrap.indent(textwrap.fill(doc, 30), "  | "))
print(textwrap.shorten(doc, width=50))
print(textwrap.wrap("a well-known, user-friendly event-loop", 12))

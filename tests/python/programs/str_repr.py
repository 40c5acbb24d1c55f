for s in ['abc', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', '\x00\x7f', 'é中文', '\u200b', '😀', '\\']:
    print(repr(s), len(s))
print(repr(''), str('x'), ascii('é😀'), repr(b'ab\x00'))

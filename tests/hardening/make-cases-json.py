"""Writes tests/hardening/cases.json: the bad-input corpus manifest.

Expectations are written by hand below from CPython 3.11's behaviour (run `python3 cases/FILE`); for programs that
CPython runs, `stdout` is taken from python3 itself here. Trace-import cases come from make-trace-cases.ts.
Run: npx tsx tests/hardening/make-trace-cases.ts > tests/hardening/trace-cases.txt; python3 tests/hardening/make-cases-json.py;
npx prettier --write tests/hardening/cases.json
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

def syn(file, code, line, col, message):
    # col is 1-based, as CPython's SyntaxError.offset and as the CLI prints it
    return dict(file=file, category='syntax', exit=2, code=code, line=line, col=col, message=message)

def cannot(file, category, code, line, col, message):
    return dict(file=file, category=category, exit=2, code=code, line=line, col=col, message=message)

def runtime(file, category, code, line, message, budgetMs=15000, **kw):
    return dict(file=file, category=category, exit=1, code=code, line=line, col=1, message=message, budgetMs=budgetMs, **kw)

def pyexc(file, category, type_, message, stderrIncludes=(), **kw):
    return dict(file=file, category=category, exit=1, code=type_, message=message, stderrIncludes=list(stderrIncludes), **kw)

def ok(file, category, **kw):
    return dict(file=file, category=category, exit=0, code=None, stdoutFromCPython=True, **kw)

py = [
    syn('syn_missing_colon.py', 'AIO-P002', 1, 8, "expected ':'"),
    syn('syn_unterminated_string.py', 'AIO-P007', 1, 5, 'unterminated string literal (detected at line 1)'),
    syn('syn_unterminated_triple.py', 'AIO-P008', 2, 5, 'unterminated triple-quoted string literal (detected at line 4)'),
    syn('syn_paren_never_closed.py', 'AIO-P009', 1, 5, "'(' was never closed"),
    syn('syn_unmatched_close.py', 'AIO-P010', 1, 6, "unmatched ')'"),
    syn('syn_mismatched_brackets.py', 'AIO-P011', 1, 10, "closing parenthesis ']' does not match opening parenthesis '('"),
    syn('syn_unexpected_indent.py', 'AIO-P003', 2, 4, 'unexpected indent'),
    syn('syn_unindent_mismatch.py', 'AIO-P004', 3, 10, 'unindent does not match any outer indentation level'),
    syn('syn_expected_indent.py', 'AIO-P005', 2, 1, "expected an indented block after 'if' statement on line 1"),
    syn('syn_tabs_spaces.py', 'AIO-P006', 3, 1, 'inconsistent use of tabs and spaces in indentation'),
    syn('syn_invalid_char.py', 'AIO-P012', 1, 7, "invalid character '\u2013' (U+2013)"),
    syn('syn_invalid_decimal.py', 'AIO-P013', 1, 5, 'invalid decimal literal'),
    syn('syn_leading_zero.py', 'AIO-P013', 1, 5, 'leading zeros in decimal integer literals are not permitted'),
    syn('syn_line_continuation.py', 'AIO-P014', 1, 8, 'unexpected character after line continuation character'),
    syn('syn_assign_literal.py', 'AIO-P015', 1, 1, "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
    syn('syn_positional_after_kw.py', 'AIO-P018', 1, 16, 'positional argument follows keyword argument'),
    syn('syn_return_outside.py', 'AIO-P019', 2, 1, "'return' outside function"),
    syn('syn_break_outside.py', 'AIO-P019', 1, 1, "'break' outside loop"),
    syn('syn_missing_comma.py', 'AIO-P021', 1, 6, 'invalid syntax. Perhaps you forgot a comma?'),
    syn('syn_try_no_except.py', 'AIO-P022', 3, 1, "expected 'except' or 'finally' block"),
    syn('syn_nonlocal_module.py', 'AIO-P023', 1, 1, 'nonlocal declaration not allowed at module level'),
    syn('syn_await_outside_async.py', 'AIO-P019', 3, 5, "'await' outside async function"),
    syn('syn_print_statement.py', 'AIO-P001', 1, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?"),
    syn('syn_unterminated_fstring.py', 'AIO-P024', 2, 5, 'unterminated f-string literal (detected at line 2)'),
    syn('syn_eof_in_expr.py', 'AIO-P001', 1, 8, 'invalid syntax'),
    syn('syn_binary_digit.py', 'AIO-P013', 1, 9, "invalid digit '2' in binary literal"),
    syn('syn_del_call.py', 'AIO-P015', 1, 5, 'cannot delete function call'),
    syn('syn_walrus_attr.py', 'AIO-P015', 1, 2, 'cannot use assignment expressions with attribute'),
    syn('syn_aug_tuple.py', 'AIO-P015', 1, 1, "'tuple' is an illegal expression for augmented assignment"),
    syn('syn_async_with_outside.py', 'AIO-P019', 2, 5, "'async with' outside async function"),
    syn('syn_else_without_if.py', 'AIO-P001', 2, 1, 'invalid syntax'),
    syn('syn_nested_lists_250.py', 'AIO-P001', 1, 205, 'too many nested parentheses'),
    syn('syn_duplicate_arg.py', 'AIO-P018', 1, 10, "duplicate argument 'x' in function definition"),
    syn('syn_duplicate_arg_lambda.py', 'AIO-P018', 1, 18, "duplicate argument 'a' in function definition"),
    # CPython 3.11 gives RecursionError/MemoryError during compilation at these depths; aioscope a catalog error
    cannot('deep_not_5000.py', 'nesting', 'AIO-P027', 1, 1, 'too complex to compile'),
    cannot('deep_ternary.py', 'nesting', 'AIO-P027', 1, 1, 'too complex to compile'),
    cannot('deep_unary_100k.py', 'nesting', 'AIO-P027', 1, None, 'too complex to compile'),
    cannot('long_binop_chain.py', 'nesting', 'AIO-P027', 1, 1, 'too complex to compile'),
    cannot('nul_byte_source.py', 'encoding', 'AIO-P001', 1, 1, 'source code cannot contain null bytes'),
    dict(file='invalid_utf8.py', category='encoding', exit=2, code='AIO-P026', line=1, col=1, cliOnly=True,
         message="Non-UTF-8 code starting with '\\xe9' in file"),
    cannot('uns_match.py', 'unsupported', 'AIO-U001', 2, 1, 'the match statement is not supported by aioscope'),
    cannot('uns_type_stmt.py', 'unsupported', 'AIO-U001', 2, 1, 'the type statement is not supported by aioscope'),
    cannot('uns_generic_def.py', 'unsupported', 'AIO-U001', 1, 10, 'generic type parameters (def f[T])'),
    cannot('uns_generic_class.py', 'unsupported', 'AIO-U001', 1, 10, 'generic type parameters (class C[T])'),
    cannot('uns_named_escape.py', 'unsupported', 'AIO-U001', 1, 7, 'the \\N{...} escape is not supported by aioscope'),
    cannot('uns_module_numpy.py', 'unsupported', 'AIO-U002', 2, 1, "module 'numpy' is not supported by aioscope"),
    cannot('uns_from_module.py', 'unsupported', 'AIO-U002', 1, 1, "module 'subprocess' is not supported by aioscope"),
    cannot('uns_nested_import.py', 'unsupported', 'AIO-U002', 4, 5, "module 'socket' is not supported by aioscope"),
    # behave as python3 does with no stdin and no such file
    pyexc('uns_input.py', 'unsupported', 'EOFError', 'EOF when reading a line', ['EOFError: EOF when reading a line']),
    pyexc('uns_open.py', 'unsupported', 'FileNotFoundError', "No such file or directory: 'data.txt'"),
    pyexc('uns_eval.py', 'unsupported', 'NameError', "name 'eval' is not defined"),
    pyexc('uns_exec.py', 'unsupported', 'NameError', "name 'exec' is not defined"),
    runtime('run_while_true.py', 'budget', 'AIO-R001', 5, 'step budget exhausted: Task-1 ran', stdout='start\n'),
    runtime('run_while_true_toplevel.py', 'budget', 'AIO-R001', 2, 'step budget exhausted: the program ran', stdout='before\n'),
    runtime('run_runaway_tasks.py', 'budget', 'AIO-R002', 8, 'too many tasks created', budgetMs=30000),
    runtime('run_sleep0_forever.py', 'budget', 'AIO-R007', 7, 'the trace grew past', budgetMs=60000),
    runtime('run_print_1mb.py', 'budget', 'AIO-R004', 1, 'output too large: more than 1000000 characters printed'),
    runtime('run_print_loop_1mb.py', 'budget', 'AIO-R004', 5, 'output too large'),
    pyexc('run_recursion.py', 'recursion', 'RecursionError', 'maximum recursion depth exceeded', stderrFromCPython=True),
    pyexc('run_recursion_async.py', 'recursion', 'RecursionError', 'maximum recursion depth exceeded',
          ['[Previous line repeated', 'RecursionError: maximum recursion depth exceeded']),
    pyexc('deep_repr.py', 'recursion', 'RecursionError', 'maximum recursion depth exceeded'),
    dict(file='dl_event_never_set.py', category='deadlock', exit=1, code='AIO-R006', message='pending: Task-1, waiter',
         stderrIncludes=['the program would wait forever', 'waiter awaits Event-1.wait()', 'Task-1 awaits']),
    dict(file='dl_futures_cycle.py', category='deadlock', exit=1, code='AIO-R006', message='pending: Task-1, Task-2, Task-3',
         stderrIncludes=['Task-1 awaits gather(Task-2, Task-3)', 'Task-2 awaits Future', 'Task-3 awaits Future']),
    dict(file='dl_queue_no_producer.py', category='deadlock', exit=1, code='AIO-R006', message='pending: Task-1',
         stderrIncludes=['Task-1 awaits Queue-1.get()']),
    dict(file='dl_lock_twice.py', category='deadlock', exit=1, code='AIO-R006', message='pending: Task-1',
         stderrIncludes=['Task-1 awaits Lock-1.acquire()'], stdout='got it once\n'),
    ok('exc_never_retrieved.py', 'unretrieved', stderrIncludes=['Task exception was never retrieved', 'ValueError: lost']),
    ok('html_in_print.py', 'markup', traceIncludes=['<script>alert(1)</script>', '<b>evil</b><script>x()</script>']),
    pyexc('html_in_exception.py', 'markup', 'ValueError', '<script>alert(document.cookie)</script>', stderrFromCPython=True),
    ok('empty.py', 'edge'),
    ok('only_comments.py', 'edge'),
    ok('bom_start.py', 'encoding'),
    ok('crlf_lines.py', 'encoding'),
    ok('nul_in_string.py', 'edge'),
    ok('very_long_line.py', 'size'),
    ok('syn_nested_parens_200.py', 'nesting'),
    ok('proto_names.py', 'prototype'),
    ok('proto_task_name.py', 'prototype'),
    ok('sys_exit_3.py', 'edge', exitOverride=3),
    pyexc('asyncio_run_non_coro.py', 'edge', 'ValueError', 'a coroutine was expected, got 1'),
    # CPython builds these (slowly, or until memory runs out); aioscope stops at once with a Python error
    pyexc('huge_int_str.py', 'size', 'ValueError', 'Exceeds the limit (4300 digits)', stderrFromCPython=True),
    pyexc('huge_pow.py', 'size', 'OverflowError', 'integer too large'),
    pyexc('huge_str_repeat.py', 'size', 'MemoryError', ''),
    pyexc('huge_list_repeat.py', 'size', 'MemoryError', '', stderrFromCPython=True),
    # issue 15. Long virtual sleeps: real CPython would wait that long, so stdout comes from CPython's own _run_once on
    # the virtual clock (the oracle); inf is never reached (CPython waits forever): the empty-iteration budget stops it
    ok('sleep_3e7.py', 'clock', stdoutFromOracle=True),
    ok('sleep_1e12.py', 'clock', stdoutFromOracle=True),
    ok('sleep_1e308.py', 'clock', stdoutFromOracle=True),
    ok('time_sleep_then_sleep.py', 'clock', stdoutFromOracle=True),
    ok('call_at_nan.py', 'clock'),
    runtime('sleep_inf.py', 'clock', 'AIO-R009', 4, 'the event loop made 1000 iterations without running anything: the next timer is due at inf'),
    # the memory budget (CPython would allocate tens of GB, or run for a minute): MemoryError at once
    pyexc('mem_list_range_1e9.py', 'memory', 'MemoryError', 'more than 128 MiB', ['\nMemoryError\n']),
    pyexc('mem_list_range_1e8.py', 'memory', 'MemoryError', 'more than 128 MiB', ['\nMemoryError\n']),
    pyexc('mem_nested_comp.py', 'memory', 'MemoryError', 'more than 128 MiB', ['\nMemoryError\n']),
    # PEP 263 (the CLI decodes the file; simulate() gets text)
    dict(ok('coding_latin1.py', 'encoding'), cliOnly=True),
    dict(file='coding_unknown.py', category='encoding', exit=2, code='AIO-P051', line=1, col=1, cliOnly=True,
         message='encoding problem: foo'),
    syn('syn_zero_width_space.py', 'AIO-P012', 1, 6, 'invalid non-printable character U+200B'),
    syn('syn_starred_alone.py', 'AIO-P050', 1, 1, 'starred assignment target must be in a list or tuple'),
    # python3 exits 130 (SIGINT re-raised; subprocess sees -2); its traceback names pyenv's stdlib paths, so compare
    # the parts that are the program's
    dict(file='keyboard_interrupt.py', category='edge', exit=130, code='KeyboardInterrupt', message='', stdout='',
         stderrIncludes=['File "keyboard_interrupt.py", line 4, in main\n    raise KeyboardInterrupt\nKeyboardInterrupt\n']),
    pyexc('print_surrogate.py', 'edge', 'UnicodeEncodeError', "can't encode character '\\ud800' in position 0",
          stderrFromCPython=True),
    # minimised reproducers from tests/hardening/hostile-fuzz.mjs (each hung past 20 s, or near 1 GB, before)
    runtime('fuzz_queue_put_forever.py', 'fuzz', 'AIO-R001', 4, 'step budget exhausted: Task-1 ran', budgetMs=30000),
    runtime('fuzz_queue_put_lists.py', 'fuzz', 'AIO-R001', 4, 'step budget exhausted: Task-1 ran', budgetMs=30000),
    runtime('fuzz_gather_1e7.py', 'fuzz', 'AIO-R001', 5, 'step budget exhausted: Task-1 ran', budgetMs=30000),
]

def oracle_stdout(files):
    progs = [dict(id=f, source=open(os.path.join(CASES, f), encoding='utf-8').read(), file=f) for f in files]
    r = subprocess.run([sys.executable, os.path.join(HERE, '..', 'oracle', 'oracle.py'), '--batch'],
                       input=json.dumps(progs), capture_output=True, text=True, timeout=120)
    out = {}
    for line in r.stdout.splitlines():
        res = json.loads(line)
        assert res['exitCode'] == 0, res
        out[res['id']] = res['stdout']
    return out

from_oracle = oracle_stdout([c['file'] for c in py if c.pop('stdoutFromOracle', False)])
for c in py:
    if c['file'] in from_oracle:
        c.pop('stdoutFromCPython', None)
        c['stdout'] = from_oracle[c['file']]

for c in py:
    c.setdefault('budgetMs', 10000)
    path = os.path.join(CASES, c['file'])
    assert os.path.exists(path), path
    if c.pop('stdoutFromCPython', False) or c.pop('stderrFromCPython', False):
        r = subprocess.run([sys.executable, c['file']], cwd=CASES, capture_output=True, timeout=60)
        c['stdout'] = r.stdout.decode('utf-8').replace(CASES + '/', '')
        want = c.pop('exitOverride', 0 if c['exit'] == 0 else 1)
        rc = 128 - r.returncode if r.returncode < 0 else r.returncode  # killed by a signal: what a shell reports
        assert rc == want, (c['file'], r.returncode)
        c['exit'] = want
        if c['exit'] != 0 or c['file'].startswith('run_') or 'html' in c['file'] or 'huge' in c['file']:
            c['stderr'] = r.stderr.decode('utf-8').replace(CASES + '/', '')

trace = [json.loads(l) for l in open(os.path.join(HERE, 'trace-cases.txt'))] if os.path.exists(os.path.join(HERE, 'trace-cases.txt')) else []
json.dump({'py': py, 'trace': trace}, open(os.path.join(HERE, 'cases.json'), 'w'), indent=1, ensure_ascii=False)
print(len(py), 'program cases,', len(trace), 'trace cases')

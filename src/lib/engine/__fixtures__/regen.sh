#!/bin/sh
# Regenerates the expected outputs: each NAME.out is what `python3 NAME.py` printed (CPython 3.11).
cd "$(dirname "$0")" && for f in *.py; do [ "$f" = steps.py ] && continue; python3 "$f" > "${f%.py}.out" 2>&1; python3 steps.py "$f" > "${f%.py}.steps"; done

from subprocess import run

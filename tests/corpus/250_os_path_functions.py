# checks: os.path string functions
import os.path
from os import path

print(os.path.join("data", "2026", "log.txt"), path.join("/a", "b/", "c"))
print(path.basename("/srv/app/main.py"), path.dirname("/srv/app/main.py"), path.split("/srv/app/"))
print(path.splitext("archive.tar.gz"), path.splitext(".bashrc"), path.isabs("/x"), path.isabs("x"))
print(path.normpath("a/./b/../../c//d"), os.sep, os.linesep == "\n")

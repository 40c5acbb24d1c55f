def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        {}["missing"]
    except KeyError:
        try:
            cleanup()
        except OSError:
            raise TypeError("final")
work()

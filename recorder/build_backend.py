"""PEP 517 build backend for the aioscope recorder (stdlib only, so `pip install ./recorder` needs no network).

The wheel holds exactly ../static/aioscope_record.py (the file the site serves for download): there is no copy in
this folder to drift. Metadata comes from pyproject.toml's [project] table (name, version, description,
requires-python); a console script `aioscope-record` runs aioscope_record:main.
"""

import base64
import hashlib
import os
import tomllib
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.normpath(os.path.join(HERE, '..', 'static', 'aioscope_record.py'))


def _project():
    with open(os.path.join(HERE, 'pyproject.toml'), 'rb') as f:
        return tomllib.load(f)['project']


def _dist_name(p):
    return p['name'].replace('-', '_')


def _metadata(p):
    return (f"Metadata-Version: 2.1\nName: {p['name']}\nVersion: {p['version']}\nSummary: {p['description']}\n"
            f"Requires-Python: {p['requires-python']}\n")


def _files(p):
    info = f"{_dist_name(p)}-{p['version']}.dist-info"
    with open(MODULE, 'rb') as f:
        module = f.read()
    return info, [
        ('aioscope_record.py', module),
        (f'{info}/METADATA', _metadata(p).encode()),
        (f'{info}/WHEEL', b'Wheel-Version: 1.0\nGenerator: aioscope build_backend\nRoot-Is-Purelib: true\n'
                          b'Tag: py3-none-any\n'),
        (f'{info}/entry_points.txt', b'[console_scripts]\naioscope-record = aioscope_record:main\n'),
    ]


def _hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
    return f'sha256={digest},{len(data)}'


def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    p = _project()
    info, files = _files(p)
    os.makedirs(os.path.join(metadata_directory, info), exist_ok=True)
    for name, data in files:
        if name.startswith(info + '/'):
            with open(os.path.join(metadata_directory, name), 'wb') as f:
                f.write(data)
    return info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    p = _project()
    info, files = _files(p)
    wheel = f"{_dist_name(p)}-{p['version']}-py3-none-any.whl"
    record = ''.join(f'{name},{_hash(data)}\n' for name, data in files) + f'{info}/RECORD,,\n'
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel), 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
        z.writestr(f'{info}/RECORD', record)
    return wheel

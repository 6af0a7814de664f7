"""Put hash-checked bytecode for the Lambda runtime's Python into a packaged zip, in place.

    python3.11 deploy/bytecode.py --runtime python3.11 .serverless/back-spasm-skill.zip

Serverless's `package` runs it (deploy/serverless_bytecode.js) once serverless-python-requirements has
put the dependencies in the zip. Lambda's /var/task is read-only, so without bytecode in the zip every
cold start compiles every module it imports. Bytecode compiled before zipping would not help as it is:
the packager stamps every file 1980-01-01, so a timestamp-based .pyc never matches its source's mtime and
is recompiled anyway. A hash-based .pyc (PEP 552) records a hash of its source instead; CHECKED_HASH
makes Python compare it with the source at import, so a source edited later (say in the Lambda console)
is compiled afresh instead of running stale bytecode.

Every .py in the zip gets `__pycache__/<name>.cpython-3XY.pyc`, compiled by the Python running this
script, which must be the runtime's own version (bytecode is version-specific; within one minor
version it is stable). Bytecode already in the zip (none is expected) is replaced, so running it twice
gives the same zip.
"""

from __future__ import annotations

import argparse
import os
import py_compile
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

LAMBDA_DATE = (1980, 1, 1, 0, 0, 0)  # what the packager stamps on every file


def is_bytecode(name: str) -> bool:
    return "__pycache__/" in name or name.endswith((".pyc", ".pyo"))


def pyc_name(source_name: str) -> str:
    """`skill/builder.py` -> `skill/__pycache__/builder.cpython-311.pyc` (this interpreter's cache tag)."""
    path = PurePosixPath(source_name)
    return str(path.parent / "__pycache__" / f"{path.stem}.{sys.implementation.cache_tag}.pyc")


def compile_source(source: bytes, name: str, folder: Path) -> bytes:
    """The CHECKED_HASH .pyc of one file; its recorded file name is the zip's relative path."""
    source_file = folder / "source.py"
    target = folder / "source.pyc"
    source_file.write_bytes(source)
    py_compile.compile(str(source_file), cfile=str(target), dfile=name, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    return target.read_bytes()


def add_bytecode(archive: Path) -> tuple[int, int]:
    """Rewrites ``archive`` with a .pyc beside every .py; returns (sources compiled, zip size in bytes)."""
    temporary = archive.with_name(archive.name + ".bytecode")
    compiled = 0
    try:
        with zipfile.ZipFile(archive) as source, tempfile.TemporaryDirectory() as scratch, \
                zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
            for info in source.infolist():
                if is_bytecode(info.filename):
                    continue
                data = source.read(info)
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
                if info.filename.endswith(".py"):
                    pyc = zipfile.ZipInfo(pyc_name(info.filename), date_time=LAMBDA_DATE)
                    pyc.external_attr = 0o644 << 16
                    target.writestr(pyc, compile_source(data, info.filename, Path(scratch)),
                                    compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
                    compiled += 1
        os.replace(temporary, archive)
    finally:
        temporary.unlink(missing_ok=True)
    return compiled, archive.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runtime", required=True, help="the Lambda runtime, e.g. python3.11")
    parser.add_argument("zips", nargs="+", type=Path)
    args = parser.parse_args(argv)
    this_python = f"python{sys.version_info.major}.{sys.version_info.minor}"
    if args.runtime != this_python:
        print(f"error: the zip runs on {args.runtime} but this is {this_python} ({sys.executable}); bytecode "
              f"only works on the Python that compiled it: set PYTHON_BIN to a {args.runtime}", file=sys.stderr)
        return 2
    if sys.flags.optimize:
        print("error: run without -O: Lambda imports plain .pyc, not .opt-N.pyc", file=sys.stderr)
        return 2
    for archive in args.zips:
        try:
            compiled, size = add_bytecode(archive)
        except py_compile.PyCompileError as error:  # a file this Python cannot compile would fail on Lambda too
            print(f"error: {archive.name}: {error.msg.strip()}", file=sys.stderr)
            return 1
        print(f"{archive.name}: hash-checked bytecode ({sys.implementation.cache_tag}) for {compiled} modules, "
              f"{size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The trained classifier, kept on disk so that each model is trained once.

The key covers everything the weights depend on: the interaction model, what Alexa itself knows of
its language (the locale's folder ``alexa/<locale>/``, and only that locale's), the code that makes the training rows and trains (``nlu.py``, ``training.py``,
``classifier.py``, ``locales.py``, ``text.py``) and the versions of scikit-learn and NumPy. Any change trains anew; a damaged or
unwritable cache only costs the training time. Each locale has its own file
(``nlu-<locale>-<key>.bin``): English and Spanish weights never meet, and training one locale never
removes another's.

Where: ``$BACK_SPASM_CACHE``, else ``$XDG_CACHE_HOME/back-spasm-skill``, else ``~/.cache/back-spasm-skill``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Callable

from .classifier import CompiledClassifier
from .locales import for_locale

_SOURCES = ("nlu.py", "training.py", "classifier.py", "locales.py", "text.py")
_LIBRARIES = ("scikit-learn", "numpy")


def cache_dir() -> Path:
    if os.environ.get("BACK_SPASM_CACHE"):
        return Path(os.environ["BACK_SPASM_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "back-spasm-skill"


def model_key(model) -> str:
    digest = hashlib.sha256(repr(model).encode())
    digest.update(for_locale(model.locale).key_bytes())
    package = resources.files(__package__)
    for name in _SOURCES:
        digest.update(package.joinpath(name).read_bytes())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}=={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library} missing".encode())
    return digest.hexdigest()


def cache_path(model, key: str | None = None) -> Path:
    """The file the model's weights are kept in: one per locale."""
    return cache_dir() / f"nlu-{model.locale}-{(key or model_key(model))[:16]}.bin"


def load_or_train(model, train: Callable[[], CompiledClassifier]) -> tuple[CompiledClassifier, bool]:
    """The cached classifier for ``model``, or a newly trained one (stored for next time).

    Returns the classifier and whether it came from the cache.
    """
    key = model_key(model)
    path = cache_path(model, key)
    try:
        cached = CompiledClassifier.from_bytes(path.read_bytes(), key)
    except OSError:
        cached = None
    if cached is not None:
        return cached, True
    classifier = train()
    _store(path, classifier.to_bytes(key))
    return classifier, False


def _store(path: Path, data: bytes) -> None:
    """Written whole or not at all, so a run stopped midway or a parallel one never leaves half a file."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as file:
            temporary = Path(file.name)
            file.write(data)
        os.replace(temporary, path)
        for stale in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.bin"):
            if stale != path:
                stale.unlink(missing_ok=True)  # weights of an older model or library: never read again
    except OSError:
        # A read-only home or a full disk: the simulator still works, it only trains at each start.
        if temporary is not None:
            temporary.unlink(missing_ok=True)

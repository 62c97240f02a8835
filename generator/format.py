"""Format rendered files: Python is compiled, then formatted by black in-process.

black's result is cached by its input (``generator.cache``): a hit skips both the
compile and black, since only text that compiled and formatted is ever stored. black is
imported on first use: a run with nothing to render never pays for it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from generator.cache import FormatCache, cache_root
from generator.errors import GeneratorError

if TYPE_CHECKING:
    import black

    from generator.render import RenderedFile


@cache
def black_mode() -> black.Mode:
    import black
    from black.mode import TargetVersion

    return black.Mode(target_versions={TargetVersion.PY311}, line_length=88)


@cache
def black_key() -> bytes:
    """What black's output depends on besides its input: its version and its mode."""
    return f"black {version('black')} {black_mode().get_cache_key()}".encode()


def __getattr__(name: str) -> Any:
    """``BLACK_MODE`` and ``BLACK_KEY``, made on first use."""
    if name == "BLACK_MODE":
        return black_mode()
    if name == "BLACK_KEY":
        return black_key()
    raise AttributeError(name)


def format_cache() -> FormatCache:
    """The cache in the user's cache folder, for black's version and mode."""
    return FormatCache(cache_root(), black_key())


def format_file(rendered: RenderedFile, cache: FormatCache | None = None) -> bytes:
    def fail(message: str) -> GeneratorError:
        return GeneratorError(
            f"{message} (rendered {rendered.path} from {rendered.template})",
            service=rendered.service,
            operation=rendered.operation,
            file=rendered.template,
        )

    text = rendered.content
    suffix = rendered.path.suffix
    if suffix in (".py", ".pyi"):
        cached = cache.get(text) if cache is not None else None
        if cached is not None:
            return cached.encode("utf-8")
        try:
            compile(text, str(rendered.path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            raise fail(
                f"generated Python does not compile: {exc.msg} at line {exc.lineno}"
            ) from exc
        import black

        try:
            formatted = black.format_str(text, mode=black_mode())
        except Exception as exc:  # black raises several types; any of them stops the run
            raise fail(f"black failed: {exc}") from exc
        if cache is not None:
            cache.put(text, formatted)
        text = formatted
    elif suffix == ".json":
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise fail(f"generated JSON is invalid: {exc}") from exc
    return text.encode("utf-8")

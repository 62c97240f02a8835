"""Format rendered files: Python is compiled, then formatted by black in-process."""

from __future__ import annotations

import json

import black
from black.mode import TargetVersion

from generator.errors import GeneratorError
from generator.render import RenderedFile

BLACK_MODE = black.Mode(target_versions={TargetVersion.PY311}, line_length=88)


def format_file(rendered: RenderedFile) -> bytes:
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
        try:
            compile(text, str(rendered.path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            raise fail(
                f"generated Python does not compile: {exc.msg} at line {exc.lineno}"
            ) from exc
        try:
            text = black.format_str(text, mode=BLACK_MODE)
        except Exception as exc:  # black raises several types; any of them stops the run
            raise fail(f"black failed: {exc}") from exc
    elif suffix == ".json":
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise fail(f"generated JSON is invalid: {exc}") from exc
    return text.encode("utf-8")

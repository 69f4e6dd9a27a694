"""Where templates come from: the shipped ``templates/`` folder and an archive's own.

A template is one ``NAME.html`` file; files whose name starts with ``_`` are parts
other templates include (letterhead, signature) and are not listed.  An archive's
``<archive>/templates/`` folder comes first: a template there overrides the shipped one
of the same name (and so does a part: an office's own ``_letterhead.html`` is used by
every letter).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from jinja2 import nodes

from desktop.drafting.errors import TemplateBroken, UnknownTemplate
from desktop.drafting.metadata import TemplateInfo, parse_metadata
from desktop.drafting.sandbox import Sandbox, failure

SHIPPED = Path(__file__).resolve().parents[2] / "templates"
ARCHIVE_FOLDER = "templates"
SUFFIX = ".html"
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")


class TemplateLibrary:
    """The templates of one archive (its own first, then the shipped ones)."""

    def __init__(self, folders: Sequence[Path], shipped: Path = SHIPPED) -> None:
        self.folders = tuple(f for f in folders if f.is_dir())
        self.shipped = shipped
        self.environment = Sandbox(self.folders)

    @classmethod
    def for_archive(cls, archive_root: Path | None, shipped: Path = SHIPPED) -> TemplateLibrary:
        """The archive's own ``templates/`` folder (if any), then the shipped templates."""
        own = [archive_root / ARCHIVE_FOLDER] if archive_root is not None else []
        return cls([*own, shipped], shipped)

    def names(self) -> list[str]:
        """Every template name, sorted (parts starting with ``_`` left out)."""
        found = {
            path.stem
            for folder in self.folders
            for path in folder.glob(f"*{SUFFIX}")
            if _NAME.match(path.stem) and path.is_file()
        }
        return sorted(found)

    def path(self, name: str) -> Path:
        """The file of template ``name`` (the archive's own if it has one)."""
        if _NAME.match(name):
            for folder in self.folders:
                candidate = folder / f"{name}{SUFFIX}"
                if candidate.is_file():
                    return candidate
        known = ", ".join(self.names()) or "none"
        raise UnknownTemplate(f"There is no template called {name!r}. Templates: {known}.")

    def source(self, name: str) -> str:
        """The text of template ``name``."""
        path = self.path(name)
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateBroken(path, None, f"it cannot be read ({error})") from None

    def get(self, name: str) -> TemplateInfo:
        """Template ``name`` with its metadata; :class:`TemplateBroken` if that is wrong."""
        path = self.path(name)
        shipped = path.parent.resolve() == self.shipped.resolve()
        return parse_metadata(name, path, self.source(name), shipped=shipped)

    def scan(self) -> tuple[list[TemplateInfo], list[TemplateBroken]]:
        """Every template that reads correctly, and the errors of those that do not."""
        good: list[TemplateInfo] = []
        broken: list[TemplateBroken] = []
        for name in self.names():
            try:
                info = self.get(name)
                self.parse(info)
            except TemplateBroken as error:
                broken.append(error)
            else:
                good.append(info)
        return good, broken

    def templates(self) -> list[TemplateInfo]:
        """Every template that reads correctly, by title."""
        return sorted(self.scan()[0], key=lambda t: t.title.lower())

    def parse(self, info: TemplateInfo) -> nodes.Template:
        """The template's syntax tree; :class:`TemplateBroken` with file and line if invalid."""
        try:
            return self.environment.parse(self.source(info.name), info.name, str(info.path))
        except Exception as error:
            raise failure(error, info.path) from None

    def part_source(self, file_name: str) -> tuple[Path, str] | None:
        """An included file (``_letterhead.html``) and its text, or ``None`` if not found."""
        try:
            source, path, _ = self.environment.loader.get_source(  # type: ignore[union-attr]
                self.environment, file_name
            )
        except Exception:
            return None
        return Path(path or file_name), source

"""Which English each translation was made from, so a changed English shows its translations
as stale ("fuzzy", as gettext says) until a translator has checked them.

Every translated table (ui/strings_zh_tw.py, ui/<lesson>/strings_ja.py...) ends with
`MADE_FROM`, a dict from each key to `fingerprint` of the English it was translated from.
tests/ui/test_i18n.py fails, naming the language and key, where the English no longer has
that fingerprint. Once a translator has checked (or rewritten) the string, stamp it:

    python -m ui.stamp ja weight_init init.title init.intro   # these keys of that table
    python -m ui.stamp zh-TW shared                           # every key of the shared table

The table is "shared" (ui/strings_<lang>.py) or a lesson folder's name (ui/<lesson>/). Only
the generated MADE_FROM block at the end of the file is rewritten; the strings are not touched.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

from ui.i18n import TABLES

SHARED = "shared"
BLOCK_HEAD = "# Made from: the first 8 hex digits of the sha1 of the English each string translates"


def fingerprint(english: str) -> str:
    """The English a translation was made from, in short: the first 8 hex digits of its sha1."""
    return hashlib.sha1(english.encode()).hexdigest()[:8]


def table_name(table: ModuleType) -> str:
    """ "shared" for ui.strings_<lang>, the lesson folder for ui.<lesson>.strings_<lang>."""
    parts = table.__name__.split(".")
    return parts[1] if len(parts) == 3 else SHARED


def tables(lang: str, name: str) -> tuple[ModuleType, ModuleType]:
    """(the English table, its translation into `lang`) called `name`."""
    pairs = {table_name(en): (en, tr) for en, tr in zip(TABLES["en"], TABLES[lang], strict=True)}
    if name not in pairs:
        raise KeyError(f"no table {name!r}: one of {sorted(pairs)}")
    return pairs[name]


def block(stamps: Mapping[str, str]) -> str:
    """The MADE_FROM block as the file ends with it."""
    lines = "".join(f'    "{key}": "{made}",\n' for key, made in stamps.items())
    return f"{BLOCK_HEAD}\n# (python -m ui.stamp; see ui/stamp.py)\nMADE_FROM = {{\n{lines}}}\n"


def stamp_file(path: Path, english: Mapping[str, str], keys: Iterable[str] | None = None) -> None:
    """Stamp `keys` (None: every key of `english`) of the table at `path` as made from today's
    English; the other keys keep their stamps, stamps of keys `english` lacks are dropped."""
    text = path.read_text(encoding="utf-8")
    head, _, _ = text.partition(BLOCK_HEAD)
    old: dict[str, str] = next(
        (
            ast.literal_eval(node.value)
            for node in ast.parse(text).body
            if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "MADE_FROM"
        ),
        {},
    )
    chosen = set(english) if keys is None else set(keys)
    unknown = chosen - set(english)
    if unknown:
        raise KeyError(f"not in the English table: {sorted(unknown)}")
    stamps = {
        key: fingerprint(text) if key in chosen else old[key]
        for key, text in english.items()
        if key in chosen or key in old
    }
    path.write_text(head.rstrip("\n") + "\n\n" + block(stamps), encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in TABLES or argv[0] == "en":
        print(__doc__.split("\n\n")[2], file=sys.stderr)
        return 2
    lang, name, keys = argv[0], argv[1], argv[2:] or None
    english, translation = tables(lang, name)
    stamp_file(Path(translation.__file__ or ""), english.STRINGS, keys)
    print(f"stamped {len(keys) if keys else len(english.STRINGS)} keys of {translation.__name__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The ``viewer`` command line.

Commands that need no window (``--check``, ``--export-figures``, ``--version``)
never import Qt, so they are quick and work on machines without a display;
``--print-to`` uses Qt but opens no window and needs no display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import __version__
from viewer.content import ContentError, Document, load_document
from viewer.content.loader import PRONUNCIATIONS_FILE
from viewer.content.model import Pronunciation
from viewer.content.pronunciations import load_pronunciations
from viewer.figures.csv_export import FiguresExportError, write_figures_csv
from viewer.paths import bundled, theme_folders, user_pronunciations
from viewer.saving import not_saved
from viewer.settings import setting
from viewer.speech.pronouncing import PronunciationList, reader_lexicon
from viewer.themes.theme import load_themes

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1280x800") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be 200 to 10000")
    return width, height


def _zoom(text: str) -> int:
    low, high = setting("view/zoom").limits
    if not (text.removesuffix("%").isdigit() and low <= int(text.removesuffix("%")) <= high):
        raise argparse.ArgumentTypeError(f"{text!r}: the text size must be {low} to {high}")
    return int(text.removesuffix("%"))


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the command line."""
    parser = argparse.ArgumentParser(
        prog="viewer",
        description="An accessible reader for the review 大爱北疆 温暖前行 and other reports.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--content",
        metavar="DIR",
        type=Path,
        help="open the report in DIR instead of the bundled review",
    )
    # Each of these does one thing and exits: given both, one would be silently skipped.
    once = parser.add_mutually_exclusive_group()
    once.add_argument(
        "--check",
        metavar="DIR",
        type=Path,
        nargs="?",
        const=True,
        help="check a content folder (default: the one to be opened) and exit; "
        "exit status 2 if it is not valid",
    )
    once.add_argument(
        "--export-figures",
        metavar="FILE.csv",
        type=Path,
        help="save the report's statistics (the bundled review, or --content) "
        "to a CSV file and exit",
    )
    once.add_argument(
        "--print-to",
        metavar="FILE.pdf",
        type=Path,
        help="print the report (or --section) to a PDF file, black on white, and exit",
    )
    parser.add_argument(
        "--section",
        metavar="ID",
        help="open at the section with this id "
        "(with --speak-to or --print-to: save only that section)",
    )
    parser.add_argument(
        "--say-as",
        metavar="TEXT",
        help="print what the voice says for TEXT (numbers as words) and exit",
    )
    parser.add_argument(
        "--pinyin",
        metavar="TEXT",
        help="print the tone-numbered pinyin espeak-ng's Mandarin voice is given for TEXT "
        "(with the report's and your pronunciation lists) and exit",
    )
    parser.add_argument(
        "--speak-to",
        metavar="FILE.wav",
        type=Path,
        help="save the report (or --section) as speech to a WAV file and exit",
    )
    parser.add_argument(
        "--marks",
        metavar="FILE.json",
        type=Path,
        help="with --speak-to: also save when each sentence and word is heard, "
        "with its place in the text",
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="language of the interface (default: Simplified Chinese)",
    )
    parser.add_argument(
        "--theme",
        metavar="NAME",
        help="use this colour theme (see --list-themes); it is remembered",
    )
    parser.add_argument(
        "--list-themes",
        action="store_true",
        help="list the colour themes and exit",
    )
    # A screenshot never opens a window, so it has no first paint to report.
    window = parser.add_mutually_exclusive_group()
    window.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="render the window to a PNG file, without a display, and exit",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        default=None,
        help="window size for --screenshot (default 1280x800)",
    )
    parser.add_argument(
        "--zoom",
        metavar="PERCENT",
        type=_zoom,
        help="text size in percent, 50 to 400; it is remembered, but not from --screenshot",
    )
    window.add_argument(
        "--report-startup",
        action="store_true",
        help="for the start-up benchmark (bench/startup.py): open the window, and once the "
        "first section is painted print one JSON line (milliseconds since the process "
        "started, CPU time, resident memory) and exit; the settings file is neither read "
        "nor written",
    )
    return parser


def content_folder(args: argparse.Namespace) -> Path:
    """Return the content folder chosen on the command line, or the bundled one."""
    if isinstance(args.check, Path):
        return Path(args.check)
    if args.content is not None:
        return Path(args.content)
    return bundled("content")


def _load(folder: Path) -> Document | None:
    try:
        return load_document(folder)
    except ContentError as error:
        print(f"viewer: {error}", file=sys.stderr)
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the viewer; return the process exit status."""
    args = build_parser().parse_args(argv)
    if args.say_as is not None:
        from viewer.speech.normalize import normalize_for_speech

        print(normalize_for_speech(args.say_as))
        return EXIT_OK
    if args.list_themes or args.theme:
        themes, problems = load_themes(theme_folders())
        for problem in problems:
            print(f"viewer: theme skipped: {problem}", file=sys.stderr)
        if args.list_themes:
            for name, theme in themes.items():
                contrast = " (high contrast)" if theme.high_contrast else ""
                print(f"{name}\t{theme.title('en')}{contrast}")
            return EXIT_OK
        if args.theme not in themes:
            print(
                f"viewer: --theme: no theme is called {args.theme!r}; "
                f"there are: {', '.join(themes)}",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
    folder = content_folder(args)
    if args.pinyin is not None:
        return _print_pinyin(args.pinyin, folder)
    document = _load(folder)
    if document is None:
        return EXIT_BAD_INPUT
    return _run(args, folder, document)


def _run(args: argparse.Namespace, folder: Path, document: Document) -> int:
    if args.check is not None:
        sections = sum(1 for _ in document.all_sections())
        print(
            f"{folder}: valid: {sections} sections, "
            f"{len(document.statistics)} statistics, {len(document.photos)} photos"
        )
        return EXIT_OK
    if args.export_figures is not None:
        return _export_figures(document, Path(args.export_figures))
    if args.section is not None:
        try:
            document.section(args.section)
        except KeyError:
            print(f"viewer: --section: no section has the id {args.section!r}", file=sys.stderr)
            return EXIT_BAD_INPUT
    if args.print_to is not None or args.speak_to is not None or args.marks is not None:
        return _save_to_file(args, document)
    if args.size is not None and args.screenshot is None:
        print("viewer: --size is only used with --screenshot", file=sys.stderr)
        return EXIT_BAD_INPUT

    # Qt is imported only now: checking content must not need it.
    from viewer.ui.app import run

    return run(document, args)


def _speak_to(args: argparse.Namespace, document: Document) -> int:
    if args.speak_to is None:
        print("viewer: --marks is only used with --speak-to", file=sys.stderr)
        return EXIT_BAD_INPUT
    from viewer.speech_file import speak_to_file

    lexicon = _lexicon(document.pronunciations)
    marks = Path(args.marks) if args.marks is not None else None
    return speak_to_file(document, args.section, Path(args.speak_to), marks=marks, lexicon=lexicon)


def _save_to_file(args: argparse.Namespace, document: Document) -> int:
    """``--speak-to`` or ``--print-to``: the report as speech or as print, with no window."""
    if args.print_to is None:
        return _speak_to(args, document)
    if args.speak_to is not None or args.marks is not None:
        print("viewer: --print-to and --speak-to are used one at a time", file=sys.stderr)
        return EXIT_BAD_INPUT
    # Qt is imported only now, as for a window; no window is opened.
    from viewer.ui.appearance.theming import default_family
    from viewer.ui.printing.pdf_file import print_to_pdf

    path, language = Path(args.print_to), args.lang or "zh_CN"
    return print_to_pdf(document, args.section, path, language, default_family)


def _lexicon(report: tuple[Pronunciation, ...]) -> PronunciationList:
    """The report's pronunciations and the reader's; a bad list of the reader's is said."""
    lexicon, problem = reader_lexicon(report, user_pronunciations())
    if problem is not None:
        print(f"viewer: your pronunciation list was not used: {problem}", file=sys.stderr)
    return lexicon


def _print_pinyin(text: str, folder: Path) -> int:
    from viewer.speech.utterances import pinyin_of

    report: tuple[Pronunciation, ...] = ()
    listed = folder / PRONUNCIATIONS_FILE
    if listed.exists() or listed.is_symlink():
        try:
            report = load_pronunciations(listed)
        except ContentError as error:
            print(f"viewer: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    print(pinyin_of(text, _lexicon(report)))
    return EXIT_OK


def _export_figures(document: Document, path: Path) -> int:
    try:
        write_figures_csv(document, path)
    except FiguresExportError as error:
        print(not_saved(f"viewer: {error}", path), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"viewer: wrote {path} ({len(document.statistics)} statistics)")
    return EXIT_OK

"""The window's command line is parsed without building every command's parser (start-up,
#17), to the same options the whole parser gives; anything else is left to the whole parser."""

from __future__ import annotations

import pytest

from kamdesk.cli.parser import build_parser, parse_window_args

WINDOW = [
    [],
    ["--db", "k.sqlite"],
    ["--db=k.sqlite", "--smoke"],
    ["--data-dir", "/tmp/x", "--demo"],
    ["--demo", "--smoke"],
    ["--sm", "--db", "k.sqlite"],  # an abbreviation, as argparse allows
    ["--db", "k.sqlite", "--passphrase-file", "p.txt"],
    ["--db-passphrase-file", "p.txt"],
]
OTHERS = [
    ["list", "clients", "--db", "k.sqlite", "--json"],
    ["--db", "k.sqlite", "check"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--db", "a.sqlite", "--data-dir", "b"],  # refused by the whole parser, with its words
    ["--db"],
    ["--d", "x"],  # ambiguous
    ["k.sqlite"],
    ["--bogus"],
]


@pytest.mark.parametrize("argv", WINDOW, ids=" ".join)
def test_the_windows_options_parse_as_the_whole_parser_parses_them(argv: list[str]) -> None:
    quick = parse_window_args(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", OTHERS, ids=" ".join)
def test_anything_else_is_left_to_the_whole_parser(argv: list[str]) -> None:
    assert parse_window_args(argv) is None

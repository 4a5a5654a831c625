"""`kamdesk import-sheet`: products and prices from a file, all or nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from kamdesk.cli import main
from kamdesk.paths import AppPaths

AS_OF = "2026-11-23"
HEADER = "sku,name,category,unit,vat_rate,base_price,price:VIP,price:Key account\n"
CLEAN = (
    HEADER
    + "FLM-0001,Stretch film 17 µm (new name),Stretch and shrink films,roll,27,501.00,,\n"
    + 'NEW-0001,Kraft tape 50 mm × 66 m,"Tapes, strapping and labels",roll,27,2.40,1.99,\n'
    + "NEW-0002,Nitrile gloves L,,box,27,8.99,,8.50\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo written by `kamdesk demo`, once for the module."""
    path = tmp_path_factory.mktemp("import-demo") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--clients", "3", "--as-of", AS_OF]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """This test's own copy of it to import into."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    return path


def digest(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, err = run(capsys, "digest", "--db", str(db))
    assert code == 0, err
    return out


def products(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, object]]:
    code, out, err = run(capsys, "list", "products", "--db", str(db), "--json")
    assert code == 0, err
    return {p["sku"]: p for p in json.loads(out)}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clean_file_is_imported(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    before = products(capsys, demo)
    code, out, err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                         str(write(tmp_path, "p.csv", CLEAN)))  # fmt: skip
    assert code == 0, err
    assert out.splitlines()[0] == (
        "2 products to create, 1 to update, 2 explicit prices set, 0 cleared"
    )
    after = products(capsys, demo)
    assert set(after) - set(before) == {"NEW-0001", "NEW-0002"}
    assert after["FLM-0001"]["name"] == "Stretch film 17 µm (new name)"
    assert after["FLM-0001"]["base_price"] == "501.00"
    assert after["FLM-0001"]["id"] == before["FLM-0001"]["id"]
    assert after["NEW-0002"]["unit"] == "box" and after["NEW-0002"]["base_price"] == "8.99"
    code, out, _err = run(capsys, "check", "--db", str(demo))
    assert (code, out) == (0, "OK\n")
    # a writing command opens the file as this laptop's replica (the registry is in the data
    # folder, here the test's own)
    registry = AppPaths.default().replica_registry
    assert [e["path"] for e in json.loads(registry.read_text()).values()] == [str(demo.resolve())]
    # the same file again changes nothing
    code, out, _err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                          str(tmp_path / "p.csv"))  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == (
        "0 products to create, 0 to update, 0 explicit prices set, 0 cleared (3 unchanged)"
    )


def test_an_xlsx_file_is_read_too(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Name", "VAT_rate", "Base_price"])
    sheet.append(["XLS-1", "From Excel", 27, 12.5])
    book.save(tmp_path / "p.xlsx")
    code, out, err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                         str(tmp_path / "p.xlsx"))  # fmt: skip
    assert code == 0, err
    assert out.startswith("1 product to create, 0 to update")
    assert products(capsys, demo)["XLS-1"]["base_price"] == "12.50"


def test_a_bad_row_writes_nothing_and_each_bad_row_is_listed(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    before = digest(capsys, demo)
    bad = CLEAN + "NEW-0003,Box,,pcs,27,abc,,\nNEW-0001,Twice,No such category,,20,1,,\n"
    code, out, err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                         str(write(tmp_path, "bad.csv", bad)))  # fmt: skip
    assert code == 1
    assert out.splitlines()[1:] == [
        "row 3, sku: duplicate SKU 'NEW-0001': also in row 6",
        "row 5, base_price: not a number: 'abc'",
        "row 6, sku: duplicate SKU 'NEW-0001': also in row 3",
    ]
    assert "nothing was imported" in err and "3 problems in 3 rows" in err
    assert digest(capsys, demo) == before


def test_an_unknown_price_column_is_refused_as_a_whole(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    before = digest(capsys, demo)
    text = "sku,name,vat_rate,base_price,price:Platinum\nA-1,Film,27,1,\n"
    code, out, _err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                          str(write(tmp_path, "p.csv", text)))  # fmt: skip
    assert code == 1
    assert out.splitlines()[1].startswith(
        "row 1, price:Platinum: no price column named 'Platinum' (the price columns are: "
    )
    assert digest(capsys, demo) == before


def test_dry_run_checks_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    before = digest(capsys, demo)
    stamp = demo.stat().st_mtime_ns
    path = write(tmp_path, "p.csv", CLEAN)
    code, out, err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                         str(path), "--dry-run")  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "2 products to create, 1 to update, 2 explicit prices set, 0 cleared",
        "dry run: nothing was written",
    ]
    assert digest(capsys, demo) == before and demo.stat().st_mtime_ns == stamp
    write(tmp_path, "bad.csv", CLEAN + "X,,,,,,,\n")
    code, out, _err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                          str(tmp_path / "bad.csv"), "--dry-run")  # fmt: skip
    assert code == 1
    assert "row 5, name: required" in out.splitlines()


def test_unreadable_files_and_databases_are_refused(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    (tmp_path / "p.xlsx").write_bytes(b"not a workbook")
    code, out, err = run(capsys, "import-sheet", "--db", str(demo), "--kind", "products",
                         str(tmp_path / "p.xlsx"))  # fmt: skip
    assert code == 2 and out == "" and "not a readable Excel workbook" in err
    missing = tmp_path / "none.sqlite"
    code, out, err = run(capsys, "import-sheet", "--db", str(missing), "--kind", "products",
                         str(write(tmp_path, "p.csv", CLEAN)))  # fmt: skip
    assert code == 2 and "does not exist" in err and not missing.exists()
    with pytest.raises(SystemExit) as done:
        main(["import-sheet", "--db", str(demo), "--kind", "clients", str(tmp_path / "p.csv")])
    assert done.value.code == 2

from tests.ui.test_pdf_preview import *  # noqa
from tests.ui.test_pdf_preview import a_report, preview_of, show_pdf

def test_shot(qtbot, parent) -> None:
    show_pdf(parent, a_report(80), title="Key clients", file_name="k.pdf")
    p = preview_of(qtbot, parent)
    p.resize(820, 900)
    qtbot.wait(800)
    p.grab().save("/tmp/exports-preview.png")

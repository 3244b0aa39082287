"""QTextDocument <-> model blocks, and paste sanitising through the real widgets."""

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument

from humas_desktop.model.release import Block, BlockKind, Run
from humas_desktop.ui.editor.document import blocks_from_document, fill_document, insert_blocks
from humas_desktop.ui.editor.text_edits import LineTextEdit, RichTextEdit


def _normal(blocks):
    """Blocks as the model holds them: no empty runs, neighbours with equal format merged."""
    out = []
    for block in blocks:
        runs = []
        for run in block.runs:
            if not run.text:
                continue
            if runs and (runs[-1].bold, runs[-1].italic) == (run.bold, run.italic):
                runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic)
            else:
                runs.append(run)
        out.append(Block(tuple(runs), block.kind))
    return out


_text = st.text(alphabet=st.sampled_from(list("abc XYZ,.“”–\n\t🙂é")), max_size=12)
_runs = st.lists(st.builds(Run, _text, st.booleans(), st.booleans()), max_size=4)
_blocks = st.lists(st.builds(lambda runs, kind: Block(tuple(runs), kind), _runs,
                             st.sampled_from(list(BlockKind))), max_size=6)


@settings(max_examples=150, deadline=None)
@given(_blocks)
def test_model_document_model_is_lossless(qapp, blocks) -> None:
    doc = QTextDocument()
    fill_document(doc, blocks)
    expected = _normal(blocks) or [Block()]
    assert blocks_from_document(doc) == expected


def test_fill_clears_undo_history(qapp) -> None:
    doc = QTextDocument()
    fill_document(doc, [Block.plain("Satu")])
    assert not doc.isUndoAvailable()


def test_insert_blocks_as_one_undo_step(qtbot) -> None:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    fill_document(edit.document(), [Block.plain("Awal ")])
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    insert_blocks(cursor, [Block((Run("tebal", bold=True),)),
                           Block.plain("butir", BlockKind.BULLET), Block.plain("akhir")])
    assert blocks_from_document(edit.document()) == [
        Block((Run("Awal "), Run("tebal", bold=True))),
        Block.plain("butir", BlockKind.BULLET),
        Block.plain("akhir"),
    ]
    edit.document().undo()
    assert blocks_from_document(edit.document()) == [Block.plain("Awal ")]


def _paste(edit, html=None, text=None):
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    edit.setFocus()
    edit.insertFromMimeData(mime)


WORD = """<html><head><style>p.MsoNormal{font-family:Calibri;color:#444}</style></head><body>
<p class=MsoNormal><span style='font-family:"Times New Roman";font-size:14pt;color:#C00000;
background:yellow'>Rapat <b>koordinasi</b> <i>stunting</i></span><o:p></o:p></p>
<table border=1><tr><td><p>Desa</p></td><td><p>Balita</p></td></tr></table>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·
</span>Butir satu</p></body></html>"""


def test_paste_word_keeps_only_allowed_formatting(qtbot) -> None:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    _paste(edit, html=WORD, text="Rapat koordinasi stunting")
    assert blocks_from_document(edit.document()) == [
        Block((Run("Rapat "), Run("koordinasi", bold=True), Run(" "),
               Run("stunting", italic=True))),
        Block.plain("Desa, Balita", BlockKind.BULLET),
        Block.plain("Butir satu", BlockKind.BULLET),
    ]
    html = edit.toHtml()
    assert "Times New Roman" not in html and "#c00000" not in html.lower()
    assert "yellow" not in html and "<table" not in html


def test_paste_web_page_and_whatsapp(qtbot) -> None:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    _paste(edit, html='<div style="font:20px Georgia"><h1>Judul</h1><p>Isi <a href="x">tautan'
                      '</a><img src="y.png"></p><script>x()</script></div>')
    edit.textCursor().insertBlock()
    _paste(edit, text="*Penting:* warga _diimbau_ waspada\n- bawa KTP")
    assert blocks_from_document(edit.document()) == [
        Block((Run("Judul", bold=True),)),
        Block.plain("Isi tautan"),
        Block((Run("Penting:", bold=True), Run(" warga "), Run("diimbau", italic=True),
               Run(" waspada"))),
        Block.plain("bawa KTP", BlockKind.BULLET),
    ]


def test_paste_into_lead_joins_one_paragraph(qtbot) -> None:
    lead = RichTextEdit(single_paragraph=True)
    qtbot.addWidget(lead)
    _paste(lead, text="Baris satu\n\n- dua\n*tiga*")
    assert blocks_from_document(lead.document()) == [
        Block((Run("Baris satu dua "), Run("tiga", bold=True)))]


def test_paste_into_title_is_plain_one_line(qtbot) -> None:
    title = LineTextEdit()
    qtbot.addWidget(title)
    mime = QMimeData()
    mime.setHtml("<p><b>Bupati</b> Resmikan</p><p>Pasar</p>")
    title.insertFromMimeData(mime)
    assert title.text() == "Bupati Resmikan Pasar"

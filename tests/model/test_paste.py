from humas_desktop.model.paste import blocks_from_html, blocks_from_text, flatten
from humas_desktop.model.release import Block, BlockKind, Run

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8>
<style><!-- p.MsoNormal {font-family:"Arial"} --></style>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=IN><!--StartFragment-->
<p class=MsoNormal style='text-align:justify'><b><span style='font-size:12.0pt;
font-family:"Arial";color:#1F3864'>BENTENG</span></b><span style='font-family:"Arial";color:red'>
 – Bupati&nbsp;meresmikan <i>pasar</i>
rakyat.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Los baru 240 unit
<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='mso-list:Ignore'>2.<span>&nbsp; </span></span><![endif]>Nomor dua<o:p></o:p></p>
<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Kecamatan</p></td>
<td><p class=MsoNormal><span style='color:blue'>Rumah</span></p></td></tr>
<tr><td><p>Bontoharu</p></td><td><p>120</p></td></tr></table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>"""


def test_word_html_keeps_only_bold_italic_paragraphs_lists() -> None:
    blocks = blocks_from_html(WORD_HTML)
    assert blocks[0] == Block((Run("BENTENG", bold=True), Run(" – Bupati meresmikan "),
                               Run("pasar", italic=True), Run(" rakyat.")))
    assert blocks[1] == Block.plain("Los baru 240 unit", BlockKind.BULLET)
    assert blocks[2] == Block.plain("2. Nomor dua")  # numbered list keeps its number
    assert blocks[3] == Block.plain("Kecamatan, Rumah", BlockKind.BULLET)  # table row
    assert blocks[4] == Block.plain("Bontoharu, 120", BlockKind.BULLET)
    assert len(blocks) == 5  # the empty &nbsp; paragraph and all Word markup are gone
    text = "".join(b.text for b in blocks)
    assert "\u00a0" not in text and "mso" not in text and "Arial" not in text


def test_web_html() -> None:
    html = """<meta charset='utf-8'><div class="article"><h2 style="color:#333">Judul Berita</h2>
    <script>alert(1)</script><p>Paragraf <strong>penting</strong> dengan
    <a href="https://x.go.id">tautan</a>&#8203; dan <em>istilah</em>.<br>Baris kedua.</p>
    <ul><li>satu</li><li><span style="font-weight: 700">dua</span></li></ul>
    <ol><li>langkah</li><li>langkah lagi</li></ol>
    <img src="x.png"><p style="display:none">tersembunyi</p></div>"""
    assert blocks_from_html(html) == [
        Block((Run("Judul Berita", bold=True),)),
        Block((Run("Paragraf "), Run("penting", bold=True), Run(" dengan tautan dan "),
               Run("istilah", italic=True), Run("."))),
        Block.plain("Baris kedua."),
        Block.plain("satu", BlockKind.BULLET),
        Block((Run("dua", bold=True),), BlockKind.BULLET),
        Block.plain("1. langkah"),
        Block.plain("2. langkah lagi"),
    ]


def test_google_docs_wrapper_is_not_bold() -> None:
    html = ('<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr">'
            '<span style="font-weight:700">Tebal</span><span style="font-style:italic"> miring'
            '</span> biasa</p></b>')
    assert blocks_from_html(html) == [
        Block((Run("Tebal", bold=True), Run(" miring", italic=True), Run(" biasa")))]


def test_cf_html_header_stripped() -> None:
    html = ("Version:0.9\r\nStartHTML:000097\r\nEndHTML:000170\r\n"
            "<html><body><p>Isi</p></body></html>")
    assert blocks_from_html(html) == [Block.plain("Isi")]


def test_whatsapp_text() -> None:
    text = ("*Rapat Koordinasi* _Stunting_ hari ini\n\n- peserta 40 orang\n• lokasi Aula\n"
            "File laporan_akhir_2023.docx, 2*3*4 dan ~coret~ *_keduanya_*\n```kode```")
    assert blocks_from_text(text) == [
        Block((Run("Rapat Koordinasi", bold=True), Run(" "), Run("Stunting", italic=True),
               Run(" hari ini"))),
        Block.plain("peserta 40 orang", BlockKind.BULLET),
        Block.plain("lokasi Aula", BlockKind.BULLET),
        Block((Run("File laporan_akhir_2023.docx, 2*3*4 dan coret "),
               Run("keduanya", bold=True, italic=True))),
        Block.plain("kode"),
    ]


def test_flatten_for_one_paragraph_fields() -> None:
    blocks = [Block((Run("Satu", bold=True),)), Block.plain("dua", BlockKind.BULLET)]
    assert flatten(blocks) == [Run("Satu", bold=True), Run(" dua")]


def test_split_dateline() -> None:
    from humas_desktop.model.paste import split_dateline

    assert split_dateline("MAKASSAR – Gubernur membuka rapat.") == (
        "MAKASSAR", "Gubernur membuka rapat.")
    assert split_dateline("SUKABUMI, bipol.co - Warga antre.") == ("SUKABUMI", "Warga antre.")
    assert split_dateline("TANA TORAJA — Festival dibuka.") == ("TANA TORAJA", "Festival dibuka.")
    assert split_dateline("Rapat - koordinasi digelar.") == ("", "Rapat - koordinasi digelar.")
    assert split_dateline("Bupati membuka rapat.") == ("", "Bupati membuka rapat.")


def test_split_pasted_release_takes_lead_and_dateline() -> None:
    from humas_desktop.model.paste import split_pasted_release

    blocks = [Block((Run("BENTENG", bold=True), Run(" – Bupati "), Run("meresmikan", italic=True),
                     Run(" pasar."))),
              Block.plain("Paragraf dua."), Block.plain("butir", BlockKind.BULLET)]
    pasted = split_pasted_release(blocks)
    assert (pasted.city, pasted.title) == ("BENTENG", "")
    assert pasted.lead == Block((Run("Bupati "), Run("meresmikan", italic=True), Run(" pasar.")))
    assert pasted.body == blocks[1:]


def test_split_pasted_release_finds_headline_and_subheadline() -> None:
    from humas_desktop.model.paste import split_pasted_release

    blocks = [Block((Run("Bupati Resmikan Pasar", bold=True),)),
              Block.plain("Dibangun dengan DAK 2023"),
              Block.plain("Bupati meresmikan pasar, Selasa (28/11)."),
              Block.plain("Paragraf dua.")]
    pasted = split_pasted_release(blocks)
    assert (pasted.title, pasted.subtitle, pasted.city) == (
        "Bupati Resmikan Pasar", "Dibangun dengan DAK 2023", "")
    assert pasted.lead == Block.plain("Bupati meresmikan pasar, Selasa (28/11).")
    assert pasted.body == [Block.plain("Paragraf dua.")]
    only_bullets = split_pasted_release([Block.plain("a", BlockKind.BULLET)])
    assert only_bullets.lead is None and only_bullets.body == [Block.plain("a", BlockKind.BULLET)]

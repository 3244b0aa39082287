import pytest

from humas_desktop.model.quotes import attribution, clean_quote_text, format_quote
from humas_desktop.model.release import Quote

Q = Quote("Andi Rahman", "Kepala Dinas Kominfo", "pasar ini untuk pedagang kecil.")


def test_standard_form() -> None:
    assert format_quote(Q) == (
        "“Pasar ini untuk pedagang kecil,” kata Kepala Dinas Kominfo Andi Rahman.")


@pytest.mark.parametrize(
    ("text", "expected_start"),
    [
        ("\"Kami siap membantu\"", "“Kami siap membantu,”"),
        ("“Apakah warga sudah terdaftar?”", "“Apakah warga sudah terdaftar?”"),
        ("Jangan percaya calo!", "“Jangan percaya calo!”"),
        ("kami terus berupaya...", "“Kami terus berupaya...”"),
        ("  banyak   spasi ;", "“Banyak spasi,”"),
        ("Ia bilang \"siap\" kemarin.", "“Ia bilang ‘siap’ kemarin,”"),
    ],
)
def test_punctuation_inside_closing_mark(text: str, expected_start: str) -> None:
    out = format_quote(Quote("Nama", "Jabatan", text))
    assert out.startswith(expected_start + " kata "), out


def test_pronoun_verbs_and_missing_parts() -> None:
    assert format_quote(Q, "ujarnya") == "“Pasar ini untuk pedagang kecil,” ujarnya."
    assert attribution(Quote("Andi", "", "x"), "Jelas") == "jelas Andi."
    assert attribution(Quote("H. Andi, S.Sos.", "Camat", "x")) == "kata Camat H. Andi, S.Sos."


def test_clean_strips_marks_and_capitalises() -> None:
    assert clean_quote_text("„kita bisa“") == "Kita bisa"

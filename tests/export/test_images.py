from __future__ import annotations

import io

import pytest
from PIL import Image

from humas_desktop.export.images import ImageProblem, prepare_bytes, prepare_file

from .conftest import make_jpeg


def test_small_jpeg_is_embedded_byte_for_byte():
    data = make_jpeg(800, 600)
    prepared = prepare_bytes(data, "kecil.jpg")
    assert prepared.data is data and (prepared.width, prepared.height) == (800, 600)


def test_large_jpeg_is_scaled_to_page_width():
    prepared = prepare_bytes(make_jpeg(3000, 2000), "besar.jpg")
    assert prepared.ext == "jpg" and prepared.width == 1024
    with Image.open(io.BytesIO(prepared.data)) as im:
        assert im.size == (1024, 683)


def test_phone_photo_is_turned_upright():
    im = Image.new("RGB", (1600, 1200), (10, 120, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° when shown: a portrait photo stored landscape
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif.tobytes())
    prepared = prepare_bytes(out.getvalue(), "hp.jpg")
    assert prepared.width < prepared.height
    with Image.open(io.BytesIO(prepared.data)) as result:
        assert result.size == (prepared.width, prepared.height)
        assert result.getexif().get(0x0112, 1) == 1


@pytest.mark.parametrize(("fmt", "mode", "ext"), [
    ("WEBP", "RGB", "jpg"), ("GIF", "P", "jpg"), ("BMP", "RGB", "jpg"), ("TIFF", "RGB", "jpg"),
    ("PNG", "RGBA", "png"), ("WEBP", "RGBA", "png"), ("JPEG", "CMYK", "jpg")])
def test_formats_are_converted_to_what_word_embeds(fmt, mode, ext):
    out = io.BytesIO()
    Image.new(mode, (1500, 900)).save(out, fmt)
    prepared = prepare_bytes(out.getvalue(), f"x.{fmt.lower()}")
    assert prepared.ext == ext and prepared.width == 1024
    with Image.open(io.BytesIO(prepared.data)) as im:
        assert im.format == ("PNG" if ext == "png" else "JPEG")
        assert im.mode in ("RGB", "RGBA", "L")


def test_decompression_bomb_is_refused_without_decoding():
    out = io.BytesIO()
    Image.new("1", (9000, 8000)).save(out, "PNG")  # 72 megapixels in a few kilobytes
    with pytest.raises(ImageProblem) as info:
        prepare_bytes(out.getvalue(), "bom.png")
    assert "bom.png" in str(info.value) and "9000×8000" in str(info.value)


def test_garbage_and_missing_files(tmp_path):
    with pytest.raises(ImageProblem, match="tidak dapat dibaca"):
        prepare_bytes(b"GIF89a-not-really", "rusak.gif")
    with pytest.raises(ImageProblem, match="tidak ditemukan"):
        prepare_file(tmp_path / "nope", name="hilang.jpg")


def test_cache_follows_file_changes(tmp_path):
    path = tmp_path / "foto"
    path.write_bytes(make_jpeg(3000, 2000))
    first = prepare_file(path)
    assert prepare_file(path) is first  # cached
    path.write_bytes(make_jpeg(2000, 3000))
    second = prepare_file(path)
    assert second.height > second.width

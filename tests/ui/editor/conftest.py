import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from humas_desktop.archive import Archive
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import ContactPerson
from humas_desktop.model.templates import get_template

PROFILE = OfficeProfile(
    name="Dinas Komunikasi dan Informatika",
    government="Pemerintah Kabupaten Kepulauan Selayar",
    region="Benteng",
    contact=ContactPerson("Andi Rahman", "Kepala Bidang IKP", "0812-4455-6677"),
    about="Diskominfo Kepulauan Selayar mengelola informasi publik daerah.",
    number_pattern="{no}/HUMAS-DKISP/{bulan}/{tahun}",
)


@pytest.fixture
def archive(tmp_path):
    arch = Archive.open(tmp_path / "data")
    arch.save_office_profile(PROFILE)
    yield arch
    arch.close()


@pytest.fixture
def editor(qtbot, archive):
    from humas_desktop.ui.editor import ReleaseEditor

    widget = ReleaseEditor()
    qtbot.addWidget(widget)
    widget.set_archive(archive)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget._shutdown()


@pytest.fixture
def release(archive):
    template = get_template("kegiatan")
    assert template is not None
    return archive.save(template.new_release(PROFILE, date(2023, 11, 28), running_number=45))

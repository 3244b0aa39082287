<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchivePanel</name>
    <message>
        <source>Arsip masih kosong. Buat rilis baru (Ctrl+N) atau impor dari Word.</source>
        <translation>The archive is still empty. Create a new release (Ctrl+N) or import from Word.</translation>
    </message>
    <message>
        <source>Sampah kosong.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Tidak ada rilis yang cocok. Ubah kata pencarian atau saringan.</source>
        <translation>No release matches. Change the search words or filters.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="156"/>
        <source>Arsip siaran pers</source>
        <translation>Press release archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="160"/>
        <source>Cari di arsip (Ctrl+F)</source>
        <translation>Search the archive (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="161"/>
        <source>Cari di arsip</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="162"/>
        <source>Cari judul, isi, kutipan, dan tag; hasil muncul sambil mengetik</source>
        <translation>Search titles, text, quotes and tags; results appear as you type</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="167"/>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="168"/>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="169"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="174"/>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="175"/>
        <source>Saring menurut kategori</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="176"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="179"/>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="180"/>
        <source>Saring menurut tanggal rilis</source>
        <translation>Filter by release date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="181"/>
        <source>Semua tanggal</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="181"/>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="182"/>
        <source>30 hari terakhir</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="182"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="183"/>
        <source>Rentang tanggal…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="187"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="188"/>
        <source>Saring menurut tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="189"/>
        <source>Tampilkan hanya rilis dengan tag ini</source>
        <translation>Show only releases with this tag</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="195"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="196"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="205"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="210"/>
        <source>Jumlah rilis</source>
        <translation>Number of releases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="212"/>
        <source>Sampah</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="214"/>
        <source>Tampilkan rilis yang dipindahkan ke sampah</source>
        <translation>Show releases moved to the trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="215"/>
        <source>Tampilkan sampah</source>
        <translation>Show trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="226"/>
        <source>Daftar siaran pers</source>
        <translation>List of press releases</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/archive_panel.py" line="340"/>
        <source>%n rilis di sampah</source>
        <translation>
            <numerusform>%n release in the trash</numerusform>
            <numerusform>%n releases in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/archive_panel.py" line="342"/>
        <source>%n rilis</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="52"/>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="53"/>
        <source>Ekspor beberapa rilis</source>
        <translation>Export several releases</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="56"/>
        <source>%n rilis akan diekspor ke satu folder. Nama berkas dibuat dari tanggal dan judul rilis.</source>
        <translation>
            <numerusform>%n release will be exported to one folder. File names are made from the release date and title.</numerusform>
            <numerusform>%n releases will be exported to one folder. File names are made from the release date and title.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="61"/>
        <source>Format ekspor</source>
        <translation>Export format</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="62"/>
        <source>Bentuk berkas yang dibuat untuk setiap rilis</source>
        <translation>The kind of file made for each release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="63"/>
        <source>Dokumen Word (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="64"/>
        <source>PDF (.pdf, lewat LibreOffice)</source>
        <translation>PDF (.pdf, through LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="65"/>
        <source>Teks untuk surel (.txt)</source>
        <translation>Text for e-mail (.txt)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="66"/>
        <source>Teks WhatsApp (.txt)</source>
        <translation>WhatsApp text (.txt)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="70"/>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="73"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="74"/>
        <source>Pilih folder tujuan</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="81"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="82"/>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="89"/>
        <source>Kemajuan ekspor</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="97"/>
        <source>Ringkasan ekspor</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="100"/>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="103"/>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="219"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="105"/>
        <source>&amp;Buka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="106"/>
        <source>Buka folder berisi berkas hasil ekspor</source>
        <translation>Open the folder with the exported files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="146"/>
        <source>Pilih folder tujuan ekspor</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="175"/>
        <source>Pilih folder tujuan dulu.</source>
        <translation>Choose a destination folder first.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="215"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="220"/>
        <source>Hentikan ekspor; berkas yang sudah ditulis tetap ada</source>
        <translation>Stop the export; files already written are kept</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="232"/>
        <source>{done} dari {total}: {title}</source>
        <translation>{done} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="233"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="240"/>
        <source>Membatalkan… menunggu berkas yang sedang ditulis selesai.</source>
        <translation>Cancelling… waiting for the file being written to finish.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="257"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="269"/>
        <source>Dibatalkan. %n berkas sudah ditulis sebelum dibatalkan.</source>
        <translation>
            <numerusform>Cancelled. %n file was written before cancelling.</numerusform>
            <numerusform>Cancelled. %n files were written before cancelling.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="271"/>
        <source>Selesai. %n berkas ditulis.</source>
        <translation>
            <numerusform>Done. %n file written.</numerusform>
            <numerusform>Done. %n files written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="272"/>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="274"/>
        <source>%n rilis gagal diekspor:</source>
        <translation>
            <numerusform>%n release could not be exported:</numerusform>
            <numerusform>%n releases could not be exported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="277"/>
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="287"/>
        <source>Ekspor tidak dapat dijalankan.</source>
        <translation>The export could not be run.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="261"/>
        <source>%n berkas dengan nama yang sama sudah ada di folder ini.</source>
        <translation>
            <numerusform>%n file with the same name already exists in this folder.</numerusform>
            <numerusform>%n files with the same names already exist in this folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="381"/>
        <source>%n berkas sudah ada dan dilewati:</source>
        <translation>
            <numerusform>%n file already existed and was skipped:</numerusform>
            <numerusform>%n files already existed and were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="265"/>
        <source>… dan %n lainnya</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="260"/>
        <source>Berkas sudah ada</source>
        <translation>Files already exist</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="373"/>
        <source>Berkas yang ditulis:</source>
        <translation>Files written:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="275"/>
        <source>Biarkan berkas yang sudah ada dan tulis berkas baru bernomor, misalnya “Judul (2).docx”</source>
        <translation>Keep the existing files and write new numbered ones, e.g. “Title (2).docx”</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="272"/>
        <source>Biarkan berkas yang sudah ada; rilis itu tidak diekspor lagi</source>
        <translation>Leave the existing files alone; those releases are not exported again</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="190"/>
        <source>Buat folder</source>
        <translation>Create folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="300"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no files were written.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="188"/>
        <source>Folder belum ada</source>
        <translation>Folder does not exist</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="77"/>
        <source>Folder tempat berkas-berkas ditulis; jika di sana sudah ada berkas dengan nama yang sama, Anda akan ditanya dulu</source>
        <translation>The folder the files are written to; if files with the same names are already there, you are asked first</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="189"/>
        <source>Folder {folder} belum ada. Buat folder ini?</source>
        <translation>The folder {folder} does not exist. Create it?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="195"/>
        <source>Folder {folder} tidak dapat dibuat: {reason}</source>
        <translation>The folder {folder} could not be created: {reason}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="269"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="271"/>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="273"/>
        <source>Simpan sebagai salinan baru</source>
        <translation>Save as new copies</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="270"/>
        <source>Tulis ulang berkas yang sudah ada dengan hasil ekspor baru</source>
        <translation>Overwrite the existing files with the new export</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="184"/>
        <source>{folder} bukan folder. Pilih folder lain.</source>
        <translation>{folder} is not a folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/batch_export_dialog.py" line="376"/>
        <source>{name} (salinan baru; {existing} tetap ada)</source>
        <translation>{name} (new copy; {existing} kept)</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="36"/>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="37"/>
        <source>Keterangan media sosial</source>
        <translation>Social media caption</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="41"/>
        <source>Platform media sosial</source>
        <translation>Social media platform</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="42"/>
        <source>Batas panjang dan jumlah tagar mengikuti platform; mengganti platform membuat ulang teksnya</source>
        <translation>Length limit and number of hashtags follow the platform; changing the platform makes the text afresh</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="49"/>
        <source>Teks keterangan</source>
        <translation>Caption text</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="50"/>
        <source>Teks boleh disunting sebelum disalin</source>
        <translation>The text may be edited before copying</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="52"/>
        <source>Jumlah karakter</source>
        <translation>Character count</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="57"/>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="59"/>
        <source>Salin teks keterangan ke papan klip</source>
        <translation>Copy the caption to the clipboard</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="61"/>
        <source>&amp;Buat ulang</source>
        <translation>&amp;Remake</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="62"/>
        <source>Buang suntingan dan buat ulang teks dari judul dan teras berita</source>
        <translation>Discard edits and make the text again from the headline and lead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="65"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="70"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="111"/>
        <source>{count} / {limit} karakter — lebih {over} dari batas {platform}</source>
        <translation>{count} / {limit} characters — {over} over the {platform} limit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="117"/>
        <source>{count} / {limit} karakter</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/caption_dialog.py" line="124"/>
        <source>Disalin ke papan klip.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../humas_desktop/ui/checklist_panel.py" line="28"/>
        <source>Daftar kelengkapan siaran pers</source>
        <translation>Press release completeness checklist</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/checklist_panel.py" line="29"/>
        <source>Klik butir untuk menuju bagian yang perlu dilengkapi</source>
        <translation>Click an item to go to the part that needs completing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/checklist_panel.py" line="49"/>
        <source>beres</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/checklist_panel.py" line="49"/>
        <source>perlu dilengkapi</source>
        <translation>needs completing</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/checklist_panel.py" line="61"/>
        <source>{done} dari {total} beres</source>
        <translation>{done} of {total} done</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="153"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="153"/>
        <source>Nama narahubung</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="154"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="154"/>
        <source>Jabatan narahubung</source>
        <translation>Contact position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="155"/>
        <source>Telepon / WhatsApp</source>
        <translation>Phone / WhatsApp</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="155"/>
        <source>Telepon narahubung</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="156"/>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="156"/>
        <source>Surel narahubung</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="157"/>
        <source>Hapus narahubung ini</source>
        <translation>Remove this contact</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>{word} ({n}×)</source>
        <translation>{word} ({n}×)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="61"/>
        <source>Jumlah temuan</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="63"/>
        <source>Perbaiki semua</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="64"/>
        <source>Perbaiki semua temuan yang aman</source>
        <translation>Fix all safe findings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="73"/>
        <source>Tidak ada temuan</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="82"/>
        <source>Daftar temuan ejaan dan gaya</source>
        <translation>List of spelling and style findings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="83"/>
        <source>Klik temuan untuk memilih teksnya di penyunting; klik kanan untuk saran dan Abaikan</source>
        <translation>Click a finding to select its text in the editor; right-click for suggestions and Ignore</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="104"/>
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="105"/>
        <source>Kata tidak baku</source>
        <translation>Non-standard words</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="106"/>
        <source>di/ke</source>
        <translation>di/ke</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="107"/>
        <source>Kata majemuk</source>
        <translation>Compounds</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="108"/>
        <source>Huruf kapital</source>
        <translation>Capital letters</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="109"/>
        <source>Tanda baca</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="110"/>
        <source>Kata asing</source>
        <translation>Foreign words</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="111"/>
        <source>Gaya</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="112"/>
        <source>Keterbacaan</source>
        <translation>Readability</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="113"/>
        <source>Struktur</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="118"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="118"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="119"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="149"/>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/findings_panel.py" line="173"/>
        <source>%n temuan</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/findings_panel.py" line="179"/>
        <source>Terapkan sekaligus %n perbaikan yang aman (bisa dibatalkan dengan Ctrl+Z di kolomnya)</source>
        <translation>
            <numerusform>Apply %n safe fix at once (Ctrl+Z in its field undoes it)</numerusform>
            <numerusform>Apply %n safe fixes at once (Ctrl+Z in their fields undoes them)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="181"/>
        <source>Tidak ada temuan yang bisa diperbaiki otomatis</source>
        <translation>No finding can be fixed automatically</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="195"/>
        <source>Saran: {s}</source>
        <translation>Suggestion: {s}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="218"/>
        <source>Tidak ada yang perlu diperbaiki otomatis.</source>
        <translation>Nothing to fix automatically.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="228"/>
        <source>Tuju teks</source>
        <translation>Go to text</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py" line="232"/>
        <source>(teks sudah berubah)</source>
        <translation>(the text has changed)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>Belum dikenal kamus</source>
        <translation>Not in the dictionary yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>Tidak ada yang aman diperbaiki otomatis: temuan yang ada perlu diperiksa sendiri (klik kanan untuk saran)</source>
        <translation>Nothing is safe to fix automatically: check the findings yourself (right-click for suggestions)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>%n temuan perlu diperiksa sendiri</source>
        <translation>
            <numerusform>%n finding needs checking by you</numerusform>
            <numerusform>%n findings need checking by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>%n perbaikan diterapkan</source>
        <translation>
            <numerusform>%n fix applied</numerusform>
            <numerusform>%n fixes applied</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>{fixed}; {rest}. Ctrl+Z di kolomnya membatalkan.</source>
        <translation>{fixed}; {rest}. Ctrl+Z in the field undoes it.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>{fixed}. Ctrl+Z di kolomnya membatalkan.</source>
        <translation>{fixed}. Ctrl+Z in the field undoes it.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/findings_panel.py"/>
        <source>Tidak ada yang aman diperbaiki otomatis; {rest}.</source>
        <translation>Nothing is safe to fix automatically; {rest}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Teks revisi {old} dan {new} sama; yang berubah hanya data lain (tag, kategori, atau foto).</source>
        <translation>Revisions {old} and {new} have the same text; only other data changed (tags, category or photos).</translation>
    </message>
    <message>
        <source>Teks revisi {old} dan {new} sama; statusnya berubah dari {before} menjadi {after}.</source>
        <translation>Revisions {old} and {new} have the same text; the status changed from {before} to {after}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="69"/>
        <source>Riwayat revisi</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="73"/>
        <source>Daftar revisi</source>
        <translation>List of revisions</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="78"/>
        <source>dengan revisi sebelumnya</source>
        <translation>with the previous revision</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="79"/>
        <source>dengan versi terbaru</source>
        <translation>with the newest version</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="80"/>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="101"/>
        <source>Bandingkan</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="82"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="87"/>
        <source>&amp;Pulihkan versi ini</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="88"/>
        <source>Jadikan isi revisi ini versi terbaru; versi sekarang tetap ada di riwayat</source>
        <translation>Make this revision the newest version; the current version stays in the history</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="90"/>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="162"/>
        <source>&amp;Sematkan</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="91"/>
        <source>Revisi yang disematkan tidak pernah dihapus oleh penghematan riwayat</source>
        <translation>Pinned revisions are never removed when the history is thinned</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="94"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="133"/>
        <source>Revisi {number} — {when}</source>
        <translation>Revision {number} — {when}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="135"/>
        <source>disematkan</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="139"/>
        <source>Disematkan</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="162"/>
        <source>Lepas sematan</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="170"/>
        <source>Revisi pertama atau sama dengan pembanding; tidak ada perubahan untuk ditampilkan.</source>
        <translation>First revision, or the same as the one compared; no changes to show.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="174"/>
        <source>Perubahan dari revisi {old} ke revisi {new}:</source>
        <translation>Changes from revision {old} to revision {new}:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/history_dialog.py" line="178"/>
        <source>Isi revisi {old} dan {new} sama.</source>
        <translation>Revisions {old} and {new} have the same content.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Versi lama dipulihkan sebagai revisi {number}; isi sebelumnya tetap ada di riwayat.</source>
        <translation>Older version restored as revision {number}; the previous text is still in the history.</translation>
    </message>
    <message>
        <source>Pindahkan ke sampah</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Kembalikan rilis ini ke arsip untuk disunting</source>
        <translation>Put this release back in the archive to edit it</translation>
    </message>
    <message>
        <source>Pulihkan dari sampah</source>
        <translation>Restore from trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="50"/>
        <source>Humas Desktop</source>
        <translation>Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="65"/>
        <source>Status rilis</source>
        <translation>Release status</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="90"/>
        <source>Pilih siaran pers di arsip, atau buat yang baru.</source>
        <translation>Choose a press release in the archive, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="94"/>
        <source>Rilis baru…</source>
        <translation>New release…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="95"/>
        <source>Buat siaran pers baru dari templat (Ctrl+N)</source>
        <translation>Create a new press release from a template (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="108"/>
        <source>Panel samping</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="111"/>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="120"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Ajukan tinjauan</source>
        <translation>&amp;Submit for review</translation>
    </message>
    <message>
        <source>Set&amp;ujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Tandai &amp;terbit</source>
        <translation>&amp;Mark published</translation>
    </message>
    <message>
        <source>Arsip&amp;kan</source>
        <translation>Archi&amp;ve</translation>
    </message>
    <message>
        <source>Kembalikan ke d&amp;raf</source>
        <translation>&amp;Back to draft</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="152"/>
        <source>Kirim draf ini untuk ditinjau pimpinan</source>
        <translation>Send this draft to your superior for review</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="153"/>
        <source>Tandai rilis ini sudah disetujui untuk terbit</source>
        <translation>Mark this release as approved for publication</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="154"/>
        <source>Tandai rilis ini sudah dikirim ke media atau terbit</source>
        <translation>Mark this release as sent to the media or published</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="155"/>
        <source>Simpan rilis yang sudah terbit sebagai arsip</source>
        <translation>Keep this published release as archived</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="156"/>
        <source>Kembalikan rilis yang ditinjau ke draf untuk diperbaiki</source>
        <translation>Send the release under review back to draft for corrections</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="162"/>
        <source>Status simpan otomatis</source>
        <translation>Autosave state</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="164"/>
        <source>Jumlah kata</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="166"/>
        <source>Perkiraan waktu baca</source>
        <translation>Estimated reading time</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="168"/>
        <source>Panjang judul</source>
        <translation>Headline length</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="169"/>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="170"/>
        <source>Status sinkronisasi</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="171"/>
        <source>Belum ada server provinsi yang diatur; semua rilis tersimpan di komputer ini saja.</source>
        <translation>No province server is configured; all releases are stored on this computer only.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="193"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Rilis baru…</source>
        <translation>&amp;New release…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="197"/>
        <source>Buat siaran pers baru dari templat</source>
        <translation>Create a new press release from a template</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Simpan sekarang</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="200"/>
        <source>Simpan sekarang tanpa menunggu simpan otomatis</source>
        <translation>Save now without waiting for autosave</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="202"/>
        <source>&amp;Ekspor ke Word…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="203"/>
        <source>Simpan rilis ini sebagai dokumen Word (.docx) dengan kop instansi</source>
        <translation>Save this release as a Word document (.docx) with the office letterhead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Profil kantor…</source>
        <translation>Office &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="206"/>
        <source>Ubah nama instansi, kop, narahubung, dan pola nomor rilis</source>
        <translation>Change the office name, letterhead, contact person and release number pattern</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="207"/>
        <source>Pe&amp;ngaturan…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="211"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="212"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="214"/>
        <source>U&amp;lang</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="216"/>
        <source>Po&amp;tong</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="220"/>
        <source>T&amp;empel</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Cari di arsip</source>
        <translation>&amp;Find in archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="224"/>
        <source>Pindah ke kotak pencarian arsip</source>
        <translation>Go to the archive search box</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Rilis</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="236"/>
        <source>&amp;Periksa ejaan dan gaya</source>
        <translation>&amp;Check spelling and style</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="237"/>
        <source>Periksa ejaan dan gaya bahasa seluruh rilis</source>
        <translation>Check the spelling and style of the whole release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="239"/>
        <source>&amp;Duplikat</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="240"/>
        <source>Buat salinan rilis ini sebagai draf baru</source>
        <translation>Make a copy of this release as a new draft</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="242"/>
        <source>Ri&amp;wayat revisi…</source>
        <translation>Revision &amp;history…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="243"/>
        <source>Lihat, bandingkan, dan pulihkan versi sebelumnya</source>
        <translation>View, compare and restore earlier versions</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="246"/>
        <source>Pindahkan ke &amp;sampah</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="247"/>
        <source>Pindahkan rilis ini ke sampah; bisa dipulihkan</source>
        <translation>Move this release to the trash; it can be restored</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="249"/>
        <source>Pu&amp;lihkan dari sampah</source>
        <translation>Rest&amp;ore from trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="250"/>
        <source>Kembalikan rilis ini dari sampah ke arsip</source>
        <translation>Bring this release back from the trash to the archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Hapus permanen…</source>
        <translation>Delete &amp;permanently…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="253"/>
        <source>Hapus rilis ini dari sampah untuk selamanya</source>
        <translation>Delete this release from the trash for good</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="257"/>
        <source>Panel &amp;arsip</source>
        <translation>&amp;Archive panel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="259"/>
        <source>Panel &amp;kelengkapan</source>
        <translation>&amp;Completeness panel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Sampah</source>
        <translation>&amp;Trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="265"/>
        <source>Tampilkan rilis di sampah</source>
        <translation>Show releases in the trash</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="268"/>
        <source>Kembalikan &amp;tata letak</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="270"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="271"/>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="272"/>
        <source>Buka &amp;folder data</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="273"/>
        <source>Buka folder berisi arsip, foto, cadangan, dan catatan galat</source>
        <translation>Open the folder holding the archive, photos, backups and error logs</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="275"/>
        <source>&amp;Tentang Humas Desktop</source>
        <translation>&amp;About Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="368"/>
        <source>Tersimpan {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/main_window.py" line="410"/>
        <source>%n kata</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/main_window.py" line="412"/>
        <source>baca ± %n menit</source>
        <translation>
            <numerusform>about %n minute to read</numerusform>
            <numerusform>about %n minutes to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/main_window.py" line="413"/>
        <source>judul %n karakter</source>
        <translation>
            <numerusform>headline %n character</numerusform>
            <numerusform>headline %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="414"/>
        <source>Judul sebaiknya tidak lebih dari 100 karakter</source>
        <translation>A headline should not be longer than 100 characters</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="427"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="430"/>
        <source>Di sampah — pulihkan untuk menyunting</source>
        <translation>In the trash — restore it to edit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="512"/>
        <source>Status diubah menjadi {status}.</source>
        <translation>Status changed to {status}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="522"/>
        <source>{title} (salinan)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="532"/>
        <source>Salinan dibuat sebagai draf baru.</source>
        <translation>Copy made as a new draft.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="549"/>
        <source>Rilis dipindahkan ke sampah. Pulihkan lewat Tampilan › Sampah.</source>
        <translation>Release moved to the trash. Restore it from View › Trash.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="558"/>
        <source>Rilis dipulihkan ke arsip.</source>
        <translation>Release restored to the archive.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="565"/>
        <source>Hapus permanen?</source>
        <translation>Delete permanently?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="566"/>
        <source>“{title}” akan dihapus untuk selamanya, termasuk semua revisinya. Ini tidak bisa dibatalkan.</source>
        <translation>“{title}” will be deleted for good, with all its revisions. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="568"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="569"/>
        <source>Hapus permanen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="569"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="611"/>
        <source>Tentang Humas Desktop</source>
        <translation>About Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="612"/>
        <source>Humas Desktop {version}</source>
        <translation>Humas Desktop {version}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="613"/>
        <source>Menulis, memeriksa, mengarsipkan, dan mengekspor siaran pers pemerintah daerah. Perangkat lunak bebas di bawah lisensi GPL-3.0 atau yang lebih baru.</source>
        <translation>Write, check, archive and export the press releases of regional governments. Free software under the GPL-3.0-or-later licence.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="619"/>
        <source>Rilis baru dari templat</source>
        <translation>New release from a template</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="620"/>
        <source>Simpan sekarang</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="621"/>
        <source>Cari di arsip</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="622"/>
        <source>Urungkan / ulang di isian yang aktif</source>
        <translation>Undo / redo in the active field</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="623"/>
        <source>Riwayat revisi</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="624"/>
        <source>Tampilkan atau sembunyikan panel</source>
        <translation>Show or hide panels</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="627"/>
        <source>Ekspor ke Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="628"/>
        <source>Ekspor ke PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="629"/>
        <source>Salin untuk WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="630"/>
        <source>Ekspor beberapa rilis</source>
        <translation>Export several releases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="631"/>
        <source>Impor dari Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="634"/>
        <source>Periksa ejaan dan gaya</source>
        <translation>Check spelling and style</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="636"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="649"/>
        <source>Perubahan belum tersimpan</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="650"/>
        <source>Perubahan terakhir belum bisa disimpan ke arsip. Teksnya tetap ada di jurnal pemulihan dan akan ditawarkan saat program dibuka lagi. Tutup sekarang?</source>
        <translation>The latest changes could not be saved to the archive. The text is kept in the recovery journal and will be offered when the program opens again. Close now?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="653"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/main_window.py" line="653"/>
        <source>Jangan tutup</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>OfficeWizard</name>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="31"/>
        <source>Selamat datang di Humas Desktop</source>
        <translation>Welcome to Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="36"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="37"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="38"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="39"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="40"/>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="41"/>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="49"/>
        <source>Isi data kantor Anda sekali saja. Data ini dipakai untuk kop siaran pers, dateline, narahubung, paragraf “Tentang”, dan nomor rilis. Semuanya bisa diubah kapan saja lewat Berkas › Profil kantor.</source>
        <translation>Enter your office details once. They are used for the letterhead, the dateline, the contact person, the “About” paragraph and the release number. You can change them at any time in File › Office profile.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="56"/>
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="57"/>
        <source>Nama instansi wajib diisi.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="59"/>
        <source>Alamat dan kontak kantor</source>
        <translation>Office address and contact</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="60"/>
        <source>Tampil di kop siaran pers.</source>
        <translation>Shown in the press release letterhead.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="62"/>
        <source>Narahubung dan “Tentang”</source>
        <translation>Contact person and “About”</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="63"/>
        <source>Diisikan ke setiap rilis baru; bisa diubah per rilis.</source>
        <translation>Filled into every new release; can be changed per release.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="65"/>
        <source>Nomor siaran pers</source>
        <translation>Press release number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/wizard.py" line="66"/>
        <source>Pola nomor yang dipakai kantor Anda.</source>
        <translation>The number pattern your office uses.</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="296"/>
        <source>Tarik berkas foto ke sini, atau klik tombol di bawah.</source>
        <translation>Drag photo files here, or click the button below.</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="203"/>
        <source>Gambar kecil foto {name}</source>
        <translation>Thumbnail of photo {name}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="208"/>
        <source>(tidak ada
pratinjau)</source>
        <translation>(no
preview)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="218"/>
        <source>Keterangan: siapa, sedang apa, di mana, kapan</source>
        <translation>Caption: who, doing what, where, when</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="219"/>
        <source>Keterangan foto</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="221"/>
        <source>Kredit foto, mis. Humas Pemkab/Andi</source>
        <translation>Photo credit, e.g. Humas Pemkab/Andi</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="222"/>
        <source>Kredit foto</source>
        <translation>Photo credit</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="226"/>
        <source>Lepas foto ini dari siaran pers</source>
        <translation>Remove this photo from the press release</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Alamat surel belum lengkap, mis. nama@kab.go.id</source>
        <translation>The e-mail address is incomplete, e.g. name@kab.go.id</translation>
    </message>
    <message>
        <source>mis. selayarkab.go.id</source>
        <translation>e.g. selayarkab.go.id</translation>
    </message>
    <message>
        <source>mis. humas@selayarkab.go.id</source>
        <translation>e.g. humas@selayarkab.go.id</translation>
    </message>
    <message>
        <source>mis. (0414) 21000</source>
        <translation>e.g. (0414) 21000</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="62"/>
        <source>Pemerintah daerah</source>
        <translation>Regional government</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="63"/>
        <source>Nama pemerintah daerah seperti di kop surat</source>
        <translation>Name of the regional government as in the letterhead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="64"/>
        <source>mis. Pemerintah Kabupaten Kepulauan Selayar</source>
        <translation>e.g. Pemerintah Kabupaten Kepulauan Selayar</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="65"/>
        <source>Nama instansi</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="66"/>
        <source>Nama unit yang menerbitkan siaran pers</source>
        <translation>Name of the unit that issues the press releases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="67"/>
        <source>mis. Dinas Komunikasi dan Informatika</source>
        <translation>e.g. Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="68"/>
        <source>Kota dateline</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="69"/>
        <source>Kota yang ditulis di awal paragraf pertama, mis. BENTENG – …</source>
        <translation>City written at the start of the first paragraph, e.g. BENTENG – …</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="70"/>
        <source>mis. Benteng</source>
        <translation>e.g. Benteng</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="72"/>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="76"/>
        <source>Telepon kantor</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="77"/>
        <source>Surel kantor</source>
        <translation>Office e-mail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="78"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="79"/>
        <source>Nama narahubung</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="80"/>
        <source>Narahubung bawaan untuk rilis baru</source>
        <translation>Default contact person for new releases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="81"/>
        <source>Jabatan narahubung</source>
        <translation>Contact position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="82"/>
        <source>Telepon/WhatsApp narahubung</source>
        <translation>Contact phone/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="83"/>
        <source>Surel narahubung</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="85"/>
        <source>Tentang instansi</source>
        <translation>About the office</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="86"/>
        <source>Paragraf singkat “Tentang” di akhir setiap siaran pers</source>
        <translation>Short “About” paragraph at the end of every press release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="90"/>
        <source>Pola nomor siaran pers</source>
        <translation>Press release number pattern</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="91"/>
        <source>{no} = nomor urut, {bulan} = bulan dalam angka Romawi, {tahun} = tahun</source>
        <translation>{no} = running number, {bulan} = month in Roman numerals, {tahun} = year</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="94"/>
        <source>Contoh nomor</source>
        <translation>Example number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="103"/>
        <source>Pratinjau logo</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="104"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="105"/>
        <source>Logo untuk kop siaran pers (PNG atau JPEG)</source>
        <translation>Logo for the press release letterhead (PNG or JPEG)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="107"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="116"/>
        <source>&amp;Pemerintah daerah:</source>
        <translation>&amp;Regional government:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="117"/>
        <source>&amp;Nama instansi:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="118"/>
        <source>&amp;Kota dateline:</source>
        <translation>&amp;Dateline city:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="127"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="133"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="134"/>
        <source>&amp;Telepon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="135"/>
        <source>&amp;Surel:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="136"/>
        <source>Situs &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="142"/>
        <source>&amp;Nama narahubung:</source>
        <translation>Contact &amp;name:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="143"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="144"/>
        <source>Telepon/&amp;WA:</source>
        <translation>Phone/&amp;WhatsApp:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="145"/>
        <source>S&amp;urel:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="146"/>
        <source>&amp;Tentang instansi:</source>
        <translation>&amp;About the office:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="152"/>
        <source>&amp;Pola nomor:</source>
        <translation>Number &amp;pattern:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="153"/>
        <source>Contoh:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="154"/>
        <source>Tulis {no} untuk nomor urut, {bulan} untuk bulan dalam angka Romawi, dan {tahun} untuk tahun. Contoh pola: {no}/HUMAS-DKISP/{bulan}/{tahun}</source>
        <translation>Write {no} for the running number, {bulan} for the month in Roman numerals and {tahun} for the year. Example pattern: {no}/HUMAS-DKISP/{bulan}/{tahun}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="169"/>
        <source>Nomor: {example}</source>
        <translation>Number: {example}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="171"/>
        <source>Pola harus memuat {no} untuk nomor urut.</source>
        <translation>The pattern must contain {no} for the running number.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="173"/>
        <source>Pola hanya boleh memakai {no}, {bulan}, dan {tahun}.</source>
        <translation>The pattern may only use {no}, {bulan} and {tahun}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="180"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="184"/>
        <source>(logo tidak terbaca)</source>
        <translation>(logo unreadable)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="193"/>
        <source>Pilih logo instansi</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="194"/>
        <source>Gambar ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/profile_form.py" line="199"/>
        <source>Berkas {name} bukan gambar yang bisa dibaca. Pilih berkas PNG atau JPEG.</source>
        <translation>The file {name} is not a readable image. Choose a PNG or JPEG file.</translation>
    </message>
</context>
<context>
    <name>QuoteRow</name>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="102"/>
        <source>Nama, mis. Muhammad Basli Ali</source>
        <translation>Name, e.g. Muhammad Basli Ali</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="103"/>
        <source>Nama pembicara</source>
        <translation>Speaker name</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="104"/>
        <source>Jabatan, mis. Bupati Kepulauan Selayar</source>
        <translation>Position, e.g. Bupati Kepulauan Selayar</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="105"/>
        <source>Jabatan pembicara</source>
        <translation>Speaker position</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="107"/>
        <source>Kalimat yang diucapkan, tanpa tanda petik</source>
        <translation>The words spoken, without quotation marks</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="108"/>
        <source>Isi kutipan</source>
        <translation>Quote text</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="112"/>
        <source>Kata kerja atribusi</source>
        <translation>Attribution verb</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="113"/>
        <source>Kata kerja sesudah kutipan: kata, ujar, jelas… Bentuk -nya (ujarnya) tanpa nama.</source>
        <translation>Verb after the quote: kata, ujar, jelas… The -nya form (ujarnya) goes without a name.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="115"/>
        <source>Sisipkan ke isi berita</source>
        <translation>Insert into the body</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="116"/>
        <source>Menyisipkan kutipan dengan tanda baca yang benar di posisi kursor pada isi berita: “Kalimat,” kata Jabatan Nama.</source>
        <translation>Inserts the quote with correct punctuation at the cursor in the body: “Sentence,” kata Position Name.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="120"/>
        <source>Hapus kutipan ini</source>
        <translation>Remove this quote</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/sections.py" line="127"/>
        <source>Atribusi:</source>
        <translation>Attribution:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="62"/>
        <source>Teks yang belum tersimpan</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="65"/>
        <source>Humas Desktop ditutup sebelum perubahan berikut sempat disimpan (mis. listrik padam). Pulihkan agar tidak ada yang hilang; versi di arsip tetap ada di riwayat revisi.</source>
        <translation>Humas Desktop closed before the following changes could be saved (e.g. a power cut). Restore them so nothing is lost; the version in the archive stays in the revision history.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="70"/>
        <source>Perubahan yang bisa dipulihkan</source>
        <translation>Changes that can be restored</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="75"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="76"/>
        <source>{title} — diketik {when}</source>
        <translation>{title} — typed {when}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="82"/>
        <source>&amp;Pulihkan yang dicentang</source>
        <translation>&amp;Restore the ticked ones</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="84"/>
        <source>&amp;Buang</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="86"/>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="104"/>
        <source>Buang perubahan?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="105"/>
        <source>Teks yang belum tersimpan ini akan dihapus dan tidak bisa dikembalikan.</source>
        <translation>This unsaved text will be deleted and cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="106"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/recovery_dialog.py" line="106"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReleaseDelegate</name>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="60"/>
        <source>Hanya di komputer ini (belum disinkronkan)</source>
        <translation>Only on this computer (not synced yet)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="95"/>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="132"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/archive_panel.py" line="134"/>
        <source>Tag: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="232"/>
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="234"/>
        <source>Judul siaran pers</source>
        <translation>Press release headline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="235"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="625"/>
        <source>Judul singkat dan aktif, paling banyak 100 karakter</source>
        <translation>A short, active headline of at most 100 characters</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="237"/>
        <source>Jumlah karakter judul</source>
        <translation>Headline character count</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="241"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="243"/>
        <source>Subjudul</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="243"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="626"/>
        <source>Subjudul (boleh kosong)</source>
        <translation>Subheadline (optional)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="246"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="251"/>
        <source>Kota dateline</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="252"/>
        <source>Kota tempat siaran pers dibuat, mis. MAKASSAR</source>
        <translation>City where the press release is issued, e.g. MAKASSAR</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="253"/>
        <source>Kota, mis. MAKASSAR</source>
        <translation>City, e.g. MAKASSAR</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="259"/>
        <source>— pilih tanggal —</source>
        <translation>— choose a date —</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="260"/>
        <source>Tanggal siaran pers</source>
        <translation>Press release date</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="261"/>
        <source>Tanggal siaran pers; hari ditulis di berita sebagai Selasa (28/11)</source>
        <translation>Press release date; in the news text the day is written as Selasa (28/11)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="265"/>
        <source>Penulisan tanggal gaya berita untuk teras berita</source>
        <translation>News-style date for the lead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="271"/>
        <source>Teras berita (lead)</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="273"/>
        <source>Pratinjau dateline</source>
        <translation>Dateline preview</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="275"/>
        <source>Dateline ditulis otomatis di awal paragraf pertama saat ekspor</source>
        <translation>The dateline is written at the start of the first paragraph on export</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="284"/>
        <source>Teras berita</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="285"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="627"/>
        <source>Paragraf pertama: apa, siapa, kapan, di mana, mengapa, bagaimana — 25 sampai 40 kata</source>
        <translation>First paragraph: what, who, when, where, why, how — 25 to 40 words</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="292"/>
        <source>5W+1H:</source>
        <translation>5W+1H:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="298"/>
        <source>Teras menjawab: {w}</source>
        <translation>The lead answers: {w}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="306"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="321"/>
        <source>Isi berita</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="307"/>
        <source>Tebal (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="311"/>
        <source>Miring (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="315"/>
        <source>Daftar berbutir</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="322"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="629"/>
        <source>Isi berita setelah teras: piramida terbalik, paragraf pendek</source>
        <translation>Body after the lead: inverted pyramid, short paragraphs</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="326"/>
        <source>Kutipan</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="327"/>
        <source>+ Tambah kutipan</source>
        <translation>+ Add quote</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="328"/>
        <source>Tambah kutipan narasumber</source>
        <translation>Add a quote from a source</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="332"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="333"/>
        <source>+ Tambah foto…</source>
        <translation>+ Add photo…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="334"/>
        <source>Pilih berkas foto dari komputer</source>
        <translation>Choose photo files from the computer</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="339"/>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="340"/>
        <source>+ Tambah narahubung</source>
        <translation>+ Add contact</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="345"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="347"/>
        <source>Tentang instansi</source>
        <translation>About the office</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="348"/>
        <source>Paragraf baku &quot;Tentang&quot; di akhir siaran pers</source>
        <translation>Standard &quot;About&quot; paragraph at the end of the press release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="351"/>
        <source>Label dan kategori</source>
        <translation>Tags and category</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="356"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="356"/>
        <source>Jenis siaran pers</source>
        <translation>Kind of press release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="360"/>
        <source>Label</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="361"/>
        <source>Label dipisah koma, mis. rapat koordinasi, stunting</source>
        <translation>Comma-separated tags, e.g. rapat koordinasi, stunting</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="362"/>
        <source>Label dipisah koma</source>
        <translation>Comma-separated tags</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="371"/>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="376"/>
        <source>Nomor siaran pers</source>
        <translation>Press release number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="377"/>
        <source>Nomor menurut pola kantor</source>
        <translation>Number following the office pattern</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="384"/>
        <source>Penyunting siaran pers</source>
        <translation>Press release editor</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="410"/>
        <source>apa</source>
        <translation>what</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="410"/>
        <source>siapa</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="410"/>
        <source>kapan</source>
        <translation>when</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="411"/>
        <source>di mana</source>
        <translation>where</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="411"/>
        <source>mengapa</source>
        <translation>why</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="412"/>
        <source>bagaimana</source>
        <translation>how</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="639"/>
        <source>Susunan yang disarankan:</source>
        <translation>Suggested order:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="671"/>
        <source>Usulan:</source>
        <translation>Suggestions:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="675"/>
        <source>Tambahkan label &quot;{tag}&quot;</source>
        <translation>Add the tag &quot;{tag}&quot;</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="743"/>
        <source>Tambah foto</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="744"/>
        <source>Gambar (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="775"/>
        <source>tempelan-{time}.png</source>
        <translation>pasted-{time}.png</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="890"/>
        <source>Belum tersimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="950"/>
        <source>Penyimpanan terlalu lama.</source>
        <translation>Saving took too long.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="992"/>
        <source>Tersimpan {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="977"/>
        <source>Gagal menyimpan: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="216"/>
        <source>Panduan</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="219"/>
        <source>Tampilkan atau sembunyikan panduan templat</source>
        <translation>Show or hide the template guide</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="220"/>
        <source>Panduan templat</source>
        <translation>Template guide</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="981"/>
        <source>Siaran pers belum tersimpan.</source>
        <translation>The press release has not been saved.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1176"/>
        <source>Tidak ada temuan ejaan dan gaya.</source>
        <translation>No spelling or style findings.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1211"/>
        <source>{n}/{max} karakter</source>
        <translation>{n}/{max} characters</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1221"/>
        <source>Di berita: {date}</source>
        <translation>In the text: {date}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1236"/>
        <source>Teras berita belum menjawab &quot;{w}&quot;</source>
        <translation>The lead does not answer &quot;{w}&quot; yet</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1239"/>
        <source>Dari dateline: {text}</source>
        <translation>From the dateline: {text}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1241"/>
        <source>Ditemukan: “{text}”</source>
        <translation>Found: “{text}”</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1243"/>
        <source>{n} kata</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1249"/>
        <source>Pola kantor, mis. {example}</source>
        <translation>Office pattern, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1252"/>
        <source>✓ Sesuai pola kantor</source>
        <translation>✓ Matches the office pattern</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py" line="1254"/>
        <source>✗ Tidak sesuai pola, mis. {example}</source>
        <translation>✗ Does not match the pattern, e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Peringatan rilis terbit</source>
        <translation>Published release notice</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Rilis ini sudah terbit.</source>
        <translation>This release has been published.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Rilis ini sudah terbit dan diarsipkan.</source>
        <translation>This release has been published and archived.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Perubahan disimpan sebagai revisi baru; beri tahu media jika isinya berubah.</source>
        <translation>Changes are saved as a new revision; tell the media if the content changes.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>kota dateline</source>
        <translation>dateline city</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>judul</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>subjudul</source>
        <translation>subheadline</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Dari tempelan juga diisi: {fields}.</source>
        <translation>Also filled in from the pasted text: {fields}.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Paragraf berikutnya dipindahkan ke Isi berita.</source>
        <translation>The following paragraphs were moved to the body.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/release_editor.py"/>
        <source>Paragraf pertama dipindahkan ke Teras berita (lead).</source>
        <translation>The first paragraph was moved to the lead.</translation>
    </message>
</context>
<context>
    <name>ReleaseListModel</name>
    <message>
        <location filename="../../humas_desktop/ui/archive_model.py" line="100"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Glosarium dan kamus</source>
        <translation>Glossary and dictionary</translation>
    </message>
    <message>
        <source>Isi nama instansi, pola nomor yang memuat {no}, dan alamat surel yang lengkap</source>
        <translation>Fill in the office name, a number pattern containing {no}, and complete e-mail addresses</translation>
    </message>
    <message>
        <source>Templat Word memuat kop surat dan gaya huruf kantor Anda. Gaya yang wajib ada dijelaskan di petunjuk ekspor; templat yang tidak lengkap diganti templat bawaan dengan pemberitahuan.</source>
        <translation>The Word template holds your office's letterhead and text styles. The styles it must contain are listed in the export guide; an incomplete template is replaced by the built-in one, with a notice.</translation>
    </message>
    <message>
        <source>Contoh: {example}
Kode aturan: {id}</source>
        <translation>Example: {example}
Rule code: {id}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="60"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="69"/>
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="70"/>
        <source>Alamat dan kontak kantor</source>
        <translation>Office address and contact</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="71"/>
        <source>Narahubung bawaan dan “Tentang”</source>
        <translation>Default contact person and “About”</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="73"/>
        <source>Nomor siaran pers</source>
        <translation>Press release number</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="84"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="92"/>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="213"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="95"/>
        <source>&amp;Bahasa tampilan:</source>
        <translation>Display &amp;language:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="96"/>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="214"/>
        <source>Bahasa baru berlaku setelah Humas Desktop dibuka ulang.</source>
        <translation>The new language applies after Humas Desktop is restarted.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="101"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="103"/>
        <source>Cadangan harian yang disimpan</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="104"/>
        <source>Setiap hari dibuat satu salinan cadangan arsip; yang lebih lama dari jumlah ini dihapus</source>
        <translation>One backup copy of the archive is made each day; older ones beyond this number are deleted</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="106"/>
        <source>&amp;Cadangan harian disimpan:</source>
        <translation>Daily &amp;backups kept:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="110"/>
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="111"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="117"/>
        <source>Templat dokumen Word</source>
        <translation>Word document template</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="118"/>
        <source>(templat bawaan)</source>
        <translation>(built-in template)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="119"/>
        <source>Dokumen .docx yang gaya-gayanya dipakai saat mengekspor; kosongkan untuk templat bawaan</source>
        <translation>A .docx document whose styles are used on export; leave empty for the built-in template</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="121"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="126"/>
        <source>&amp;Templat Word:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="127"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="136"/>
        <source>Alamat server LanguageTool</source>
        <translation>LanguageTool server address</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="137"/>
        <source>Opsional, untuk memeriksa bagian berbahasa Inggris; kosongkan bila tidak ada</source>
        <translation>Optional, to check passages in English; leave empty if there is none</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="139"/>
        <source>Server &amp;LanguageTool:</source>
        <translation>&amp;LanguageTool server:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="142"/>
        <source>Aturan gaya yang aktif</source>
        <translation>Active style rules</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="153"/>
        <source>Aturan yang diperiksa (hapus centang untuk mematikan):</source>
        <translation>Rules that are checked (untick to switch off):</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="159"/>
        <source>Pemeriksa</source>
        <translation>Checker</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="162"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="164"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="177"/>
        <source>Isi nama instansi dan pola nomor yang memuat {no}</source>
        <translation>Enter the office name and a number pattern containing {no}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="180"/>
        <source>Pilih templat Word</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="181"/>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/settings_dialog.py" line="201"/>
        <source>Alamat server LanguageTool harus diawali http:// atau https://.</source>
        <translation>The LanguageTool server address must start with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../humas_desktop/ui/template_picker.py" line="30"/>
        <source>Rilis baru</source>
        <translation>New release</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/template_picker.py" line="33"/>
        <source>Pilih jenis siaran pers. Templat mengisi bagian-bagian dan petunjuk penulisan; semuanya bisa diubah.</source>
        <translation>Choose the kind of press release. The template fills in the sections and writing tips; everything can be changed.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/template_picker.py" line="37"/>
        <source>Daftar templat</source>
        <translation>List of templates</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/template_picker.py" line="50"/>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/template_picker.py" line="52"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TextMenu</name>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="375"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="376"/>
        <source>Ula&amp;ngi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="378"/>
        <source>&amp;Potong</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="379"/>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="380"/>
        <source>&amp;Tempel</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="381"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="383"/>
        <source>Pilih &amp;semua</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>Underlines</name>
    <message>
        <source>Nama orang, tempat, atau instansi yang dipakai kantor ini</source>
        <translation>A name of a person, place or institution this office uses</translation>
    </message>
    <message>
        <source>Tambahkan ke glosarium kantor</source>
        <translation>Add to the office glossary</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="431"/>
        <source>Saran: {s}</source>
        <translation>Suggestion: {s}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="488"/>
        <source>(tidak ada saran)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="491"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="493"/>
        <source>Abaikan aturan ini</source>
        <translation>Ignore this rule</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/editor/underlines.py" line="497"/>
        <source>Tambahkan ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="53"/>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="54"/>
        <source>Impor dari Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="57"/>
        <source>Pilih berkas Word (.docx) berisi siaran pers lama, atau satu folder: semua berkas .docx di dalamnya ikut diimpor. Judul, tanggal, isi, kutipan, narahubung, dan foto dibaca dari dokumennya.</source>
        <translation>Choose Word files (.docx) with old press releases, or a folder: every .docx file in it is imported. Title, date, text, quotes, contacts and photos are read from the documents.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="63"/>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="64"/>
        <source>Pilih satu atau beberapa berkas .docx</source>
        <translation>Choose one or more .docx files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="66"/>
        <source>Pilih &amp;folder…</source>
        <translation>Choose a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="67"/>
        <source>Impor semua berkas .docx di folder ini dan subfoldernya</source>
        <translation>Import every .docx file in this folder and its subfolders</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="70"/>
        <source>&amp;Kosongkan</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="71"/>
        <source>Hapus semua pilihan dari daftar</source>
        <translation>Remove everything from the list</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="80"/>
        <source>Berkas dan folder yang akan diimpor</source>
        <translation>Files and folders to import</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="83"/>
        <source>Kemajuan impor</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="90"/>
        <source>Ringkasan impor</source>
        <translation>Import summary</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="93"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="96"/>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="180"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="124"/>
        <source>{folder} (seluruh folder)</source>
        <translation>{folder} (whole folder)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="142"/>
        <source>Pilih berkas Word</source>
        <translation>Choose Word files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="143"/>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="146"/>
        <source>Pilih folder berisi berkas Word</source>
        <translation>Choose a folder with Word files</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="179"/>
        <source>Mencari berkas Word…</source>
        <translation>Looking for Word files…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="181"/>
        <source>Hentikan impor; rilis yang sudah masuk tetap di arsip</source>
        <translation>Stop the import; releases already imported stay in the archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="196"/>
        <source>{done} dari {total}: {name}</source>
        <translation>{done} of {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="199"/>
        <source>%n berkas Word ditemukan.</source>
        <translation>
            <numerusform>%n Word file found.</numerusform>
            <numerusform>%n Word files found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="206"/>
        <source>Membatalkan… menunggu berkas yang sedang dibaca selesai.</source>
        <translation>Cancelling… waiting for the file being read to finish.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="235"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="247"/>
        <source>Dibatalkan. %n rilis sudah masuk ke arsip sebelum dibatalkan.</source>
        <translation>
            <numerusform>Cancelled. %n release was imported before cancelling.</numerusform>
            <numerusform>Cancelled. %n releases were imported before cancelling.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="250"/>
        <source>Tidak ada berkas .docx di pilihan ini.</source>
        <translation>There are no .docx files in this choice.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="252"/>
        <source>Selesai. %n rilis masuk ke arsip.</source>
        <translation>
            <numerusform>Done. %n release imported into the archive.</numerusform>
            <numerusform>Done. %n releases imported into the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="255"/>
        <source>%n berkas tidak dapat diimpor:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="258"/>
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="270"/>
        <source>Impor tidak dapat dijalankan.</source>
        <translation>The import could not be run.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="90"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="94"/>
        <source>Impor &amp;sebagai:</source>
        <translation>Import &amp;as:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="91"/>
        <source>Status rilis hasil impor</source>
        <translation>Status of the imported releases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="89"/>
        <source>Terbit (arsip lama)</source>
        <translation>Published (past releases)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/word_import_dialog.py" line="92"/>
        <source>Terbit: siaran pers lama yang sudah dikirim ke media. Draf: berkas yang masih akan disunting.</source>
        <translation>Published: old releases already sent to the media. Draft: files still to be edited.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../humas_desktop/ui/app.py" line="152"/>
        <source>Terjadi kesalahan yang tidak terduga. Yang sudah tersimpan tetap aman; teks yang sedang diketik ada di jurnal pemulihan.</source>
        <translation>An unexpected error occurred. What was saved is safe; the text being typed is in the recovery journal.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/app.py" line="154"/>
        <source>Rincian teknis dicatat di {path}. Jika masalah berulang, kirim berkas itu ke pengelola TI.</source>
        <translation>Technical details were written to {path}. If the problem happens again, send that file to your IT support.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/app.py" line="156"/>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/app.py" line="254"/>
        <source>Arsip tidak dapat dibuka</source>
        <translation>The archive cannot be opened</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/app.py" line="272"/>
        <source>Arsip dipulihkan dari cadangan</source>
        <translation>Archive restored from a backup</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/maintenance_runner.py" line="75"/>
        <source>Arsip rusak</source>
        <translation>Archive damaged</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../humas_desktop/ui/background.py" line="31"/>
        <source>Terjadi kesalahan tak terduga ({kind}). Rinciannya tercatat di catatan galat (Bantuan › Buka folder data).</source>
        <translation>An unexpected error occurred ({kind}). The details are in the error log (Help › Open data folder).</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="139"/>
        <source>Pilih folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="31"/>
        <source>Humas Desktop</source>
        <translation>Humas Desktop</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="40"/>
        <location filename="../../humas_desktop/ui/dialogs.py" line="48"/>
        <location filename="../../humas_desktop/ui/dialogs.py" line="65"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="46"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="55"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="56"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="66"/>
        <location filename="../../humas_desktop/ui/dialogs.py" line="80"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="77"/>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="78"/>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="79"/>
        <source>Jenis berkas:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="89"/>
        <location filename="../../humas_desktop/ui/dialogs.py" line="126"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="103"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="108"/>
        <source>Timpa berkas?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="109"/>
        <source>Berkas {name} sudah ada. Ganti dengan yang baru?</source>
        <translation>The file {name} already exists. Replace it with the new one?</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="112"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/dialogs.py" line="113"/>
        <source>Jangan ganti</source>
        <translation>Don&apos;t replace</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="82"/>
        <source>Diekspor ke {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="84"/>
        <source>Ekspor selesai dengan catatan</source>
        <translation>Export finished with notes</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="85"/>
        <source>Berkas sudah dibuat: {path}</source>
        <translation>The file was written: {path}</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="96"/>
        <source>Ekspor ke Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="97"/>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="122"/>
        <source>Ekspor ke PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="128"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="145"/>
        <source>Membuat PDF lewat LibreOffice…</source>
        <translation>Making the PDF through LibreOffice…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="157"/>
        <source>Simpan sebagai teks</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="158"/>
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="184"/>
        <source>Teks WhatsApp disalin; tempel di obrolan dengan Ctrl+V.</source>
        <translation>WhatsApp text copied; paste it into the chat with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="203"/>
        <source>Ekspor beberapa rilis</source>
        <translation>Export several releases</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="204"/>
        <source>Pilih dulu rilis yang akan diekspor di daftar arsip.</source>
        <translation>First choose the releases to export in the archive list.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="205"/>
        <source>Tahan Ctrl sambil mengeklik untuk memilih beberapa rilis, Shift untuk satu rentang, atau Ctrl+A untuk semua yang tampil.</source>
        <translation>Hold Ctrl while clicking to choose several releases, Shift for a range, or Ctrl+A for all shown.</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="279"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="304"/>
        <source>Ekspor ke &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="305"/>
        <source>Simpan rilis ini sebagai PDF (lewat LibreOffice) dengan kop instansi</source>
        <translation>Save this release as PDF (through LibreOffice) with the office letterhead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="308"/>
        <source>Simpan sebagai &amp;teks…</source>
        <translation>Save as &amp;text…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="309"/>
        <source>Simpan rilis ini sebagai teks biasa (.txt) untuk ditempel di surel</source>
        <translation>Save this release as plain text (.txt) to paste into an e-mail</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="312"/>
        <source>Salin untuk &amp;WhatsApp</source>
        <translation>Copy for &amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="313"/>
        <source>Salin rilis ini ke papan klip dengan format WhatsApp (*tebal*, _miring_)</source>
        <translation>Copy this release to the clipboard in WhatsApp format (*bold*, _italic_)</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="316"/>
        <source>&amp;Keterangan media sosial…</source>
        <translation>Social media &amp;caption…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="317"/>
        <source>Buat keterangan Instagram, Facebook, atau X dari judul dan teras berita</source>
        <translation>Make an Instagram, Facebook or X caption from the headline and lead</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="320"/>
        <source>Ekspor &amp;beberapa rilis…</source>
        <translation>Export &amp;several releases…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="321"/>
        <source>Ekspor rilis yang dipilih di daftar arsip sekaligus ke satu folder</source>
        <translation>Export the releases chosen in the archive list to one folder at once</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="324"/>
        <source>&amp;Impor dari Word…</source>
        <translation>&amp;Import from Word…</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="325"/>
        <source>Masukkan siaran pers lama dari berkas Word (.docx) ke arsip</source>
        <translation>Bring old press releases from Word files (.docx) into the archive</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="330"/>
        <source>Eksp&amp;or</source>
        <translation>Exp&amp;ort</translation>
    </message>
    <message>
        <location filename="../../humas_desktop/ui/export_actions.py" line="332"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n rilis diimpor dari Word.</source>
        <translation type="vanished">
            <numerusform>%n release imported from Word.</numerusform>
            <numerusform>%n releases imported from Word.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Istilah lain</source>
        <translation>Other term</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hapus &amp;kata</source>
        <translation>Remove &amp;word</translation>
    </message>
    <message>
        <source>Kamus pribadi</source>
        <translation>Personal dictionary</translation>
    </message>
    <message>
        <source>Kamus pribadi (kata yang ditambahkan lewat “Tambahkan ke kamus”):</source>
        <translation>Personal dictionary (words added with “Add to dictionary”):</translation>
    </message>
    <message>
        <source>&amp;Hapus istilah</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <source>&amp;Tambah istilah</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <source>Glosarium kantor</source>
        <translation>Office glossary</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Nama pejabat, tempat, dan instansi yang dipakai kantor Anda. Pemeriksa ejaan menerimanya dan menjelaskannya di tooltip.</source>
        <translation>Names of officials, places and institutions your office uses. The spelling checker accepts them and explains them in tooltips.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
</TS>

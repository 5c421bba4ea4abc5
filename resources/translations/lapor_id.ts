<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Tentang {app}</source>
            <translation>Tentang {app}</translation>
        </message>
        <message>
            <source>Meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR!: antrean laporan, tenggat hari kerja, dan draf tindak lanjut yang tetap tersimpan walau tanpa koneksi, lalu disinkronkan dengan server saat tersambung.</source>
            <translation>Meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR!: antrean laporan, tenggat hari kerja, dan draf tindak lanjut yang tetap tersimpan walau tanpa koneksi, lalu disinkronkan dengan server saat tersambung.</translation>
        </message>
        <message>
            <source>Versi:</source>
            <translation>Versi:</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>PySide6:</source>
            <translation>PySide6:</translation>
        </message>
        <message>
            <source>Folder data:</source>
            <translation>Folder data:</translation>
        </message>
        <message>
            <source>Folder log:</source>
            <translation>Folder log:</translation>
        </message>
        <message>
            <source>&amp;Tutup</source>
            <translation>&amp;Tutup</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeDialog</name>
        <message>
            <source>Tandai balasan pelapor sudah dibaca</source>
            <translation>Tandai balasan pelapor sudah dibaca</translation>
        </message>
        <message>
            <source>&amp;Pesan singkat untuk pelapor (boleh dikosongkan):</source>
            <translation>&amp;Pesan singkat untuk pelapor (boleh dikosongkan):</translation>
        </message>
        <message>
            <source>&amp;Tandai sudah dibaca</source>
            <translation>&amp;Tandai sudah dibaca</translation>
        </message>
    </context>
    <context>
        <name>AttachmentFlow</name>
        <message>
            <source>Membuka lampiran {name}…</source>
            <extracomment>A message for the status bar while a file is being fetched. The built-in preview of an attachment is on screen (the dialog). A file was fetched into the offline cache: a :class:`Changes` for the change hub.</extracomment>
            <translation>Membuka lampiran {name}…</translation>
        </message>
    </context>
    <context>
        <name>AttachmentList</name>
        <message>
            <source>Lampiran bukti</source>
            <extracomment>The list of attachments changed (added, redacted or removed). A file was refused: its Indonesian reason (also shown under the list). The selected attachment changed: its PreparedEvidence, or None.</extracomment>
            <translation>Lampiran bukti</translation>
        </message>
        <message>
            <source>&amp;Lampirkan berkas…</source>
            <translation>&amp;Lampirkan berkas…</translation>
        </message>
        <message>
            <source>&amp;Samarkan bagian…</source>
            <translation>&amp;Samarkan bagian…</translation>
        </message>
        <message>
            <source>Samarkan atau tutup wajah, pelat nomor, nomor rumah atau dokumen sebelum foto dikirim</source>
            <translation>Samarkan atau tutup wajah, pelat nomor, nomor rumah atau dokumen sebelum foto dikirim</translation>
        </message>
        <message>
            <source>&amp;Hapus lampiran</source>
            <translation>&amp;Hapus lampiran</translation>
        </message>
        <message>
            <source>PNG, JPEG atau PDF, maksimal 10 MB; seret berkas ke sini. Metadata (lokasi, waktu, perangkat) selalu dihapus.</source>
            <translation>PNG, JPEG atau PDF, maksimal 10 MB; seret berkas ke sini. Metadata (lokasi, waktu, perangkat) selalu dihapus.</translation>
        </message>
        <message>
            <source>Pilih lampiran bukti</source>
            <translation>Pilih lampiran bukti</translation>
        </message>
        <message>
            <source>Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)</source>
            <translation>Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>diperkecil</source>
            <translation>diperkecil</translation>
        </message>
        <message>
            <source>metadata dihapus</source>
            <translation>metadata dihapus</translation>
        </message>
        <message>
            <source>{n} bagian disamarkan</source>
            <translation>{n} bagian disamarkan</translation>
        </message>
        <message>
            <source>Lampiran tidak dapat diproses: {error}</source>
            <translation>Lampiran tidak dapat diproses: {error}</translation>
        </message>
    </context>
    <context>
        <name>AttachmentOpener</name>
        <message>
            <source>Tidak ada aplikasi untuk membuka {name}.</source>
            <extracomment>Something went wrong or was refused: a message for the officer (Indonesian). A decrypted copy was handed to the system viewer: its path. The attachment was saved where the officer chose: the path.</extracomment>
            <translation>Tidak ada aplikasi untuk membuka {name}.</translation>
        </message>
        <message>
            <source>Lampiran tidak dapat disimpan: {error}</source>
            <translation>Lampiran tidak dapat disimpan: {error}</translation>
        </message>
        <message>
            <source>Lampiran belum diunduh atau salinannya rusak. Sinkronkan lalu coba lagi.</source>
            <translation>Lampiran belum diunduh atau salinannya rusak. Sinkronkan lalu coba lagi.</translation>
        </message>
        <message>
            <source>Simpan lampiran sebagai…</source>
            <translation>Simpan lampiran sebagai…</translation>
        </message>
        <message>
            <source>Lampiran tidak dibuka</source>
            <translation>Lampiran tidak dibuka</translation>
        </message>
        <message>
            <source>Simpan berkas ini sebagai…?</source>
            <translation>Simpan berkas ini sebagai…?</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <source>Pratinjau: {name}</source>
            <extracomment>The officer asked to save the file ("Simpan sebagai…"). The officer asked for the system's viewer ("Buka dengan aplikasi lain"). A page (or the image) is on show: its 0-based index.</extracomment>
            <translation>Pratinjau: {name}</translation>
        </message>
        <message>
            <source>Isi lampiran {name}</source>
            <translation>Isi lampiran {name}</translation>
        </message>
        <message>
            <source>&amp;Sebelumnya</source>
            <translation>&amp;Sebelumnya</translation>
        </message>
        <message>
            <source>Be&amp;rikutnya</source>
            <translation>Be&amp;rikutnya</translation>
        </message>
        <message>
            <source>Simpan &amp;sebagai…</source>
            <translation>Simpan &amp;sebagai…</translation>
        </message>
        <message>
            <source>Buka dengan &amp;aplikasi lain</source>
            <translation>Buka dengan &amp;aplikasi lain</translation>
        </message>
        <message>
            <source>&amp;Tutup</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>Menampilkan halaman…</source>
            <translation>Menampilkan halaman…</translation>
        </message>
        <message>
            <source>Pratinjau tidak tersedia untuk jenis berkas ini. Simpan berkasnya, atau buka dengan aplikasi lain bila Anda mempercayainya.</source>
            <translation>Pratinjau tidak tersedia untuk jenis berkas ini. Simpan berkasnya, atau buka dengan aplikasi lain bila Anda mempercayainya.</translation>
        </message>
        <message>
            <source>Halaman {n} dari {total}</source>
            <translation>Halaman {n} dari {total}</translation>
        </message>
    </context>
    <context>
        <name>BukanWewenangDialog</name>
        <message>
            <source>Bukan wewenang</source>
            <translation>Bukan wewenang</translation>
        </message>
        <message>
            <source>&amp;Alasan laporan ini bukan wewenang instansi Anda (wajib):</source>
            <translation>&amp;Alasan laporan ini bukan wewenang instansi Anda (wajib):</translation>
        </message>
        <message>
            <source>&amp;Ajukan disposisi ulang</source>
            <translation>&amp;Ajukan disposisi ulang</translation>
        </message>
        <message>
            <source>— pilih instansi —</source>
            <translation>— pilih instansi —</translation>
        </message>
        <message>
            <source>Instansi yang &amp;disarankan (wajib):</source>
            <translation>Instansi yang &amp;disarankan (wajib):</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>{label}: ada</source>
            <extracomment>One row per rule that blocks sending.</extracomment>
            <translation>{label}: ada</translation>
        </message>
        <message>
            <source>{label}: belum ada</source>
            <translation>{label}: belum ada</translation>
        </message>
        <message>
            <source>Kelengkapan: {n} dari {total}</source>
            <translation>Kelengkapan: {n} dari {total}</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDetail</name>
        <message>
            <source>Pilih laporan dari antrean untuk melihat rinciannya</source>
            <extracomment>The officer opened an attachment (double-click or Enter): its SHA-256. An action from an attachment's context menu: (SHA-256, "preview" | "save" | "external").</extracomment>
            <translation>Pilih laporan dari antrean untuk melihat rinciannya</translation>
        </message>
        <message>
            <source>Anonim</source>
            <translation>Anonim</translation>
        </message>
        <message>
            <source>Rahasia</source>
            <translation>Rahasia</translation>
        </message>
        <message>
            <source>Klasifikasi:</source>
            <translation>Klasifikasi:</translation>
        </message>
        <message>
            <source>Kategori:</source>
            <translation>Kategori:</translation>
        </message>
        <message>
            <source>Lokasi:</source>
            <translation>Lokasi:</translation>
        </message>
        <message>
            <source>Kanal:</source>
            <translation>Kanal:</translation>
        </message>
        <message>
            <source>Dikirim:</source>
            <translation>Dikirim:</translation>
        </message>
        <message>
            <source>Didisposisikan:</source>
            <translation>Didisposisikan:</translation>
        </message>
        <message>
            <source>Tenggat</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Tindak lanjut pertama:</source>
            <translation>Tindak lanjut pertama:</translation>
        </message>
        <message>
            <source>Penyelesaian:</source>
            <translation>Penyelesaian:</translation>
        </message>
        <message>
            <source>Tutup otomatis:</source>
            <translation>Tutup otomatis:</translation>
        </message>
        <message>
            <source>Sisa waktu:</source>
            <translation>Sisa waktu:</translation>
        </message>
        <message>
            <source>Tenggat ditetapkan server; sisa waktu dihitung per sinkronisasi terakhir.</source>
            <translation>Tenggat ditetapkan server; sisa waktu dihitung per sinkronisasi terakhir.</translation>
        </message>
        <message>
            <source>Pelapor</source>
            <translation>Pelapor</translation>
        </message>
        <message>
            <source>Nama:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Telepon:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>Surel:</source>
            <translation>Surel:</translation>
        </message>
        <message>
            <source>Isi laporan</source>
            <translation>Isi laporan</translation>
        </message>
        <message>
            <source>Riwayat</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Lampiran</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <source>Nama berkas</source>
            <translation>Nama berkas</translation>
        </message>
        <message>
            <source>Ukuran</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Klik dua kali atau tekan Enter untuk membuka lampiran</source>
            <translation>Klik dua kali atau tekan Enter untuk membuka lampiran</translation>
        </message>
        <message>
            <source>Tidak ada lampiran.</source>
            <translation>Tidak ada lampiran.</translation>
        </message>
        <message>
            <source>Laporan serupa dan terkait</source>
            <translation>Laporan serupa dan terkait</translation>
        </message>
        <message>
            <source>Catatan serah terima: {note}</source>
            <translation>Catatan serah terima: {note}</translation>
        </message>
        <message>
            <source>Identitas pelapor dirahasiakan</source>
            <translation>Identitas pelapor dirahasiakan</translation>
        </message>
        <message>
            <source>Identitas pelapor tidak tersedia</source>
            <translation>Identitas pelapor tidak tersedia</translation>
        </message>
        <message>
            <source>Belum ada riwayat.</source>
            <translation>Belum ada riwayat.</translation>
        </message>
        <message>
            <source>Lampiran: {names}</source>
            <translation>Lampiran: {names}</translation>
        </message>
        <message>
            <source>Laporan masuk</source>
            <translation>Laporan masuk</translation>
        </message>
        <message>
            <source>Diverifikasi</source>
            <translation>Diverifikasi</translation>
        </message>
        <message>
            <source>Didisposisikan</source>
            <translation>Didisposisikan</translation>
        </message>
        <message>
            <source>Tindak lanjut</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Catatan internal</source>
            <translation>Catatan internal</translation>
        </message>
        <message>
            <source>Tanggapan pelapor</source>
            <translation>Tanggapan pelapor</translation>
        </message>
        <message>
            <source>Tanggapan pelapor dikonfirmasi</source>
            <translation>Tanggapan pelapor dikonfirmasi</translation>
        </message>
        <message>
            <source>Permintaan disposisi ulang (bukan wewenang)</source>
            <translation>Permintaan disposisi ulang (bukan wewenang)</translation>
        </message>
        <message>
            <source>Dikembalikan</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Ditutup otomatis</source>
            <translation>Ditutup otomatis</translation>
        </message>
        <message>
            <source>Diarsipkan</source>
            <translation>Diarsipkan</translation>
        </message>
        <message>
            <source>Situs web</source>
            <translation>Situs web</translation>
        </message>
        <message>
            <source>{n} hari kerja</source>
            <translation>{n} hari kerja</translation>
        </message>
        <message>
            <source>belum pernah</source>
            <translation>belum pernah</translation>
        </message>
        <message>
            <source>{n} B</source>
            <translation>{n} B</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Tindakan perlu perhatian</source>
            <extracomment>The officer decided: (ConflictOutcome value, revised text). Not emitted for "Nanti saja".</extracomment>
            <translation>Tindakan perlu perhatian</translation>
        </message>
        <message>
            <source>Server menolak isi tindakan Anda. Perbaiki teks lalu kirim ulang.</source>
            <translation>Server menolak isi tindakan Anda. Perbaiki teks lalu kirim ulang.</translation>
        </message>
        <message>
            <source>Laporan ini berubah di server setelah Anda menulis tindakan, sehingga server menolaknya. Periksa keadaan laporan sekarang, revisi draf Anda, lalu kirim ulang, atau buang draf.</source>
            <translation>Laporan ini berubah di server setelah Anda menulis tindakan, sehingga server menolaknya. Periksa keadaan laporan sekarang, revisi draf Anda, lalu kirim ulang, atau buang draf.</translation>
        </message>
        <message>
            <source>Alasan dari server: {reason}</source>
            <translation>Alasan dari server: {reason}</translation>
        </message>
        <message>
            <source>Laporan saat ini (di server)</source>
            <translation>Laporan saat ini (di server)</translation>
        </message>
        <message>
            <source>Draf Anda (dapat diubah)</source>
            <translation>Draf Anda (dapat diubah)</translation>
        </message>
        <message>
            <source>Kirim ulang setelah direvisi</source>
            <translation>Kirim ulang setelah direvisi</translation>
        </message>
        <message>
            <source>Buang draf…</source>
            <translation>Buang draf…</translation>
        </message>
        <message>
            <source>Nanti saja</source>
            <translation>Nanti saja</translation>
        </message>
        <message>
            <source>Laporan ini tidak lagi terdisposisi ke instansi Anda.</source>
            <translation>Laporan ini tidak lagi terdisposisi ke instansi Anda.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Revisi: {n}</source>
            <translation>Revisi: {n}</translation>
        </message>
        <message>
            <source>Riwayat terbaru:</source>
            <translation>Riwayat terbaru:</translation>
        </message>
        <message>
            <source>Status laporan saat ini tidak mengizinkan tindakan ini. Simpan draf dengan "Nanti saja" sampai statusnya berubah, atau buang draf.</source>
            <translation>Status laporan saat ini tidak mengizinkan tindakan ini. Simpan draf dengan "Nanti saja" sampai statusnya berubah, atau buang draf.</translation>
        </message>
        <message>
            <source>Teks tidak boleh kosong.</source>
            <translation>Teks tidak boleh kosong.</translation>
        </message>
        <message>
            <source>Buang draf?</source>
            <translation>Buang draf?</translation>
        </message>
        <message>
            <source>Tindakan ini tidak akan dikirim. Teksnya tetap tersimpan sebagai draf di laporan ini.</source>
            <translation>Tindakan ini tidak akan dikirim. Teksnya tetap tersimpan sebagai draf di laporan ini.</translation>
        </message>
        <message>
            <source>Buang</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Terdisposisi</source>
            <translation>Terdisposisi</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Ditindaklanjuti</translation>
        </message>
        <message>
            <source>Ditanggapi Pelapor</source>
            <translation>Ditanggapi Pelapor</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Dikembalikan / Bukan Wewenang</source>
            <translation>Dikembalikan / Bukan Wewenang</translation>
        </message>
        <message>
            <source>Arsip</source>
            <translation>Arsip</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Terjadi kesalahan tak terduga</source>
            <translation>Terjadi kesalahan tak terduga</translation>
        </message>
        <message>
            <source>LAPOR! Desktop mengalami kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Salin laporan di bawah ini dan kirimkan kepada pengelola aplikasi.</source>
            <translation>LAPOR! Desktop mengalami kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Salin laporan di bawah ini dan kirimkan kepada pengelola aplikasi.</translation>
        </message>
        <message>
            <source>Laporan juga disimpan di: {path}</source>
            <translation>Laporan juga disimpan di: {path}</translation>
        </message>
        <message>
            <source>Isi laporan: versi aplikasi, Qt dan Python, sistem operasi, dan jejak kesalahan (traceback). Laporan tidak memuat isi pengaduan, identitas pelapor, kata sandi, maupun token. Periksa teks di bawah sebelum menyalinnya; yang disalin persis teks ini.</source>
            <translation>Isi laporan: versi aplikasi, Qt dan Python, sistem operasi, dan jejak kesalahan (traceback). Laporan tidak memuat isi pengaduan, identitas pelapor, kata sandi, maupun token. Periksa teks di bawah sebelum menyalinnya; yang disalin persis teks ini.</translation>
        </message>
        <message>
            <source>&amp;Salin laporan</source>
            <translation>&amp;Salin laporan</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Ekspor…</source>
            <extracomment>A report finished loading and is on screen (the :class:`MonthlyReport`). Loading a report failed (the exception); the window's error bridge may show it. A report was exported to this file (training's report lesson listens).</extracomment>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>Diterima</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>% Ditindaklanjuti</source>
            <translation>% Ditindaklanjuti</translation>
        </message>
        <message>
            <source>% Selesai</source>
            <translation>% Selesai</translation>
        </message>
        <message>
            <source>Dalam proses</source>
            <translation>Dalam proses</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Tren bulanan (6 bulan)</source>
            <translation>Tren bulanan (6 bulan)</translation>
        </message>
        <message>
            <source>Status laporan</source>
            <translation>Status laporan</translation>
        </message>
        <message>
            <source>Terlambat per kategori</source>
            <translation>Terlambat per kategori</translation>
        </message>
        <message>
            <source>belum pernah</source>
            <translation>belum pernah</translation>
        </message>
        <message>
            <source>per sinkronisasi terakhir: {time}</source>
            <translation>per sinkronisasi terakhir: {time}</translation>
        </message>
        <message>
            <source>hari kerja</source>
            <translation>hari kerja</translation>
        </message>
        <message>
            <source>{fu} ditindaklanjuti dari {n} laporan; {done} selesai. Terlambat TL pertama: {late_fu}, terlambat penyelesaian: {late_done}. Median ke TL pertama: {m_fu}; median ke selesai: {m_done}. Termasuk {rahasia} laporan rahasia (hanya dihitung).</source>
            <translation>{fu} ditindaklanjuti dari {n} laporan; {done} selesai. Terlambat TL pertama: {late_fu}, terlambat penyelesaian: {late_done}. Median ke TL pertama: {m_fu}; median ke selesai: {m_done}. Termasuk {rahasia} laporan rahasia (hanya dihitung).</translation>
        </message>
        <message>
            <source>Tahap persetujuan pejabat: {n} dikirim, {done} ditinjau, {waiting} masih menunggu. Median menunggu persetujuan: {median}; terlambat disetujui: {late}.</source>
            <translation>Tahap persetujuan pejabat: {n} dikirim, {done} ditinjau, {waiting} masih menunggu. Median menunggu persetujuan: {median}; terlambat disetujui: {late}.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <source>No. Laporan</source>
            <extracomment>The officer double-clicked a listed complaint (its id): open it. A list was filled (the complaint's id); for tests and screenshots. "Tampilkan bersama di antrean": the ids of the complaint and its linked ones.</extracomment>
            <translation>No. Laporan</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Cocok</source>
            <translation>Cocok</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Masuk</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Kaitkan</source>
            <translation>Kaitkan</translation>
        </message>
        <message>
            <source>Kaitkan laporan yang dicentang dengan laporan ini</source>
            <translation>Kaitkan laporan yang dicentang dengan laporan ini</translation>
        </message>
        <message>
            <source>Pakai TL terakhir…</source>
            <translation>Pakai TL terakhir…</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut terakhir laporan ini ke laporan terkait, dengan nomor dan tanggal masing-masing</source>
            <translation>Kirim tindak lanjut terakhir laporan ini ke laporan terkait, dengan nomor dan tanggal masing-masing</translation>
        </message>
        <message>
            <source>Lepaskan tautan</source>
            <translation>Lepaskan tautan</translation>
        </message>
        <message>
            <source>Lepaskan laporan terkait yang dicentang dari laporan ini (juga di server)</source>
            <translation>Lepaskan laporan terkait yang dicentang dari laporan ini (juga di server)</translation>
        </message>
        <message>
            <source>Tampilkan bersama</source>
            <translation>Tampilkan bersama</translation>
        </message>
        <message>
            <source>Tampilkan laporan terkait bersama di antrean</source>
            <translation>Tampilkan laporan terkait bersama di antrean</translation>
        </message>
        <message>
            <source>Mencari laporan serupa…</source>
            <translation>Mencari laporan serupa…</translation>
        </message>
        <message>
            <source>Terkait ({n})</source>
            <translation>Terkait ({n})</translation>
        </message>
        <message>
            <source>Kemungkinan duplikat ({n})</source>
            <translation>Kemungkinan duplikat ({n})</translation>
        </message>
        <message>
            <source>Tidak ada laporan serupa di antrean Anda.</source>
            <translation>Tidak ada laporan serupa di antrean Anda.</translation>
        </message>
        <message>
            <source>Identitas pelapor tidak ditampilkan; kecocokan pelapor dibandingkan dengan kunci tersamar.</source>
            <translation>Identitas pelapor tidak ditampilkan; kecocokan pelapor dibandingkan dengan kunci tersamar.</translation>
        </message>
        <message>
            <source>Pakai TL</source>
            <translation>Pakai TL</translation>
        </message>
        <message>
            <source>Belum ada tindak lanjut pada laporan ini, atau tidak ada laporan terkait yang masih dapat ditindaklanjuti.</source>
            <translation>Belum ada tindak lanjut pada laporan ini, atau tidak ada laporan terkait yang masih dapat ditindaklanjuti.</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut ini ke {n} laporan terkait? Nomor laporan dan tanggalnya disesuaikan untuk masing-masing.</source>
            <translation>Kirim tindak lanjut ini ke {n} laporan terkait? Nomor laporan dan tanggalnya disesuaikan untuk masing-masing.</translation>
        </message>
        <message>
            <source>pelapor</source>
            <translation>pelapor</translation>
        </message>
        <message>
            <source>lokasi</source>
            <translation>lokasi</translation>
        </message>
        <message>
            <source>teks</source>
            <translation>teks</translation>
        </message>
        <message>
            <source>pelapor sama</source>
            <translation>pelapor sama</translation>
        </message>
        <message>
            <source>lokasi &amp; kategori sama</source>
            <translation>lokasi &amp; kategori sama</translation>
        </message>
        <message>
            <source>teks mirip</source>
            <translation>teks mirip</translation>
        </message>
    </context>
    <context>
        <name>EditorStateBadge</name>
        <message>
            <source>Dalam antrean kirim</source>
            <translation>Dalam antrean kirim</translation>
        </message>
        <message>
            <source>Terkirim {time} · No. {receipt}</source>
            <translation>Terkirim {time} · No. {receipt}</translation>
        </message>
        <message>
            <source>Tidak dapat ditindaklanjuti</source>
            <translation>Tidak dapat ditindaklanjuti</translation>
        </message>
        <message>
            <source>Draf</source>
            <translation>Draf</translation>
        </message>
    </context>
    <context>
        <name>ErrorBridge</name>
        <message>
            <source>Perhatian</source>
            <extracomment>A short message for the status bar (known errors that need no dialog). A crash report was written: (report text, file path or "").</extracomment>
            <translation>Perhatian</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <source>Lokasi GPS:</source>
            <extracomment>The officer asked to add this visible text to the follow-up ("Foto diambil …").</extracomment>
            <translation>Lokasi GPS:</translation>
        </message>
        <message>
            <source>Waktu:</source>
            <translation>Waktu:</translation>
        </message>
        <message>
            <source>Perangkat:</source>
            <translation>Perangkat:</translation>
        </message>
        <message>
            <source>Lainnya:</source>
            <translation>Lainnya:</translation>
        </message>
        <message>
            <source>wa&amp;ktu</source>
            <translation>wa&amp;ktu</translation>
        </message>
        <message>
            <source>lo&amp;kasi</source>
            <translation>lo&amp;kasi</translation>
        </message>
        <message>
            <source>Tulis di &amp;tindak lanjut</source>
            <translation>Tulis di &amp;tindak lanjut</translation>
        </message>
        <message>
            <source>Tambahkan waktu dan/atau lokasi sebagai teks yang terlihat oleh pelapor</source>
            <translation>Tambahkan waktu dan/atau lokasi sebagai teks yang terlihat oleh pelapor</translation>
        </message>
        <message>
            <source>Tampilkan sebagai teks:</source>
            <translation>Tampilkan sebagai teks:</translation>
        </message>
        <message>
            <source>{name}: tidak ada metadata tersembunyi.</source>
            <translation>{name}: tidak ada metadata tersembunyi.</translation>
        </message>
        <message>
            <source>Ditemukan dan dihapus dari {name}:</source>
            <translation>Ditemukan dan dihapus dari {name}:</translation>
        </message>
        <message>
            <source>{device} (nomor seri {serial})</source>
            <translation>{device} (nomor seri {serial})</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Ekspor laporan</source>
            <extracomment>Rows written so far and the total (emitted on the worker, received on the GUI thread). The export finished: the written file's path.</extracomment>
            <translation>Ekspor laporan</translation>
        </message>
        <message>
            <source>Excel (XLSX)</source>
            <translation>Excel (XLSX)</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>PDF laporan bulanan</source>
            <translation>PDF laporan bulanan</translation>
        </message>
        <message>
            <source>Pilih…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>mis. Kepala Dinas Komunikasi dan Informatika</source>
            <translation>mis. Kepala Dinas Komunikasi dan Informatika</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>Berkas:</source>
            <translation>Berkas:</translation>
        </message>
        <message>
            <source>Jabatan penanda tangan:</source>
            <translation>Jabatan penanda tangan:</translation>
        </message>
        <message>
            <source>Nama penanda tangan:</source>
            <translation>Nama penanda tangan:</translation>
        </message>
        <message>
            <source>NIP:</source>
            <translation>NIP:</translation>
        </message>
        <message>
            <source>Ekspor</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Simpan laporan</source>
            <translation>Simpan laporan</translation>
        </message>
        <message>
            <source>Pilih berkas tujuan terlebih dahulu.</source>
            <translation>Pilih berkas tujuan terlebih dahulu.</translation>
        </message>
        <message>
            <source>Folder tujuan tidak ada.</source>
            <translation>Folder tujuan tidak ada.</translation>
        </message>
        <message>
            <source>Batalkan ekspor</source>
            <translation>Batalkan ekspor</translation>
        </message>
        <message>
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Menyiapkan laporan…</source>
            <translation>Menyiapkan laporan…</translation>
        </message>
        <message>
            <source>Menulis {done} dari {total} baris…</source>
            <translation>Menulis {done} dari {total} baris…</translation>
        </message>
        <message>
            <source>Membatalkan…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Laporan disimpan ke {path}</source>
            <translation>Laporan disimpan ke {path}</translation>
        </message>
        <message>
            <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
            <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
        </message>
        <message>
            <source>Ekspor gagal: {error}</source>
            <translation>Ekspor gagal: {error}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Cari ID pelacakan, judul, isi, lokasi… (Ctrl+F)</source>
            <extracomment>The query to show changed (a QueueQuery).</extracomment>
            <translation>Cari ID pelacakan, judul, isi, lokasi… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Semua status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>Masih dikerjakan</source>
            <translation>Masih dikerjakan</translation>
        </message>
        <message>
            <source>Semua klasifikasi</source>
            <translation>Semua klasifikasi</translation>
        </message>
        <message>
            <source>Semua kategori</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <source>Ada &amp;draf</source>
            <translation>Ada &amp;draf</translation>
        </message>
        <message>
            <source>Cari laporan</source>
            <translation>Cari laporan</translation>
        </message>
        <message>
            <source>Tampilan tersimpan</source>
            <translation>Tampilan tersimpan</translation>
        </message>
        <message>
            <source>Saring status</source>
            <translation>Saring status</translation>
        </message>
        <message>
            <source>Saring klasifikasi</source>
            <translation>Saring klasifikasi</translation>
        </message>
        <message>
            <source>Saring kategori</source>
            <translation>Saring kategori</translation>
        </message>
        <message>
            <source>Semua laporan</source>
            <translation>Semua laporan</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Jatuh tempo minggu ini</source>
            <translation>Jatuh tempo minggu ini</translation>
        </message>
        <message>
            <source>Perlu perhatian</source>
            <translation>Perlu perhatian</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Selamat datang di {app}</source>
            <extracomment>The officer chose to try training mode (demo data, local training server). The officer entered a valid server address (normalised by ``check_server_url``).</extracomment>
            <translation>Selamat datang di {app}</translation>
        </message>
        <message>
            <source>LAPOR! Desktop adalah meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR! yang didisposisikan ke instansi Anda. Antrean laporan, tenggat waktu, dan draf tindak lanjut tersimpan di komputer ini, sehingga Anda tetap dapat bekerja saat jaringan terputus. Begitu tersambung, semuanya disinkronkan dengan server.</source>
            <translation>LAPOR! Desktop adalah meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR! yang didisposisikan ke instansi Anda. Antrean laporan, tenggat waktu, dan draf tindak lanjut tersimpan di komputer ini, sehingga Anda tetap dapat bekerja saat jaringan terputus. Begitu tersambung, semuanya disinkronkan dengan server.</translation>
        </message>
        <message>
            <source>Belum punya akun server?</source>
            <translation>Belum punya akun server?</translation>
        </message>
        <message>
            <source>Pelajari cara kerja aplikasi dengan data contoh dari Provinsi Kepulauan Riau. Tidak ada yang dikirim ke server LAPOR! sungguhan.</source>
            <translation>Pelajari cara kerja aplikasi dengan data contoh dari Provinsi Kepulauan Riau. Tidak ada yang dikirim ke server LAPOR! sungguhan.</translation>
        </message>
        <message>
            <source>Coba &amp;Mode Latihan</source>
            <translation>Coba &amp;Mode Latihan</translation>
        </message>
        <message>
            <source>Sudah punya akun?</source>
            <translation>Sudah punya akun?</translation>
        </message>
        <message>
            <source>Masukkan alamat server LAPOR! instansi Anda (diawali https://).</source>
            <translation>Masukkan alamat server LAPOR! instansi Anda (diawali https://).</translation>
        </message>
        <message>
            <source>&amp;Alamat server:</source>
            <translation>&amp;Alamat server:</translation>
        </message>
        <message>
            <source>&amp;Hubungkan ke server</source>
            <translation>&amp;Hubungkan ke server</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>Te&amp;mplat:</source>
            <extracomment>An autosave reached the database: (draft id, version number). An action went into the outbox: (operation id). The window refreshes its counts. A short message for the status bar.</extracomment>
            <translation>Te&amp;mplat:</translation>
        </message>
        <message>
            <source>&amp;Terapkan</source>
            <translation>&amp;Terapkan</translation>
        </message>
        <message>
            <source>Tulis tindak lanjut untuk pelapor…</source>
            <translation>Tulis tindak lanjut untuk pelapor…</translation>
        </message>
        <message>
            <source>Teks tindak lanjut</source>
            <translation>Teks tindak lanjut</translation>
        </message>
        <message>
            <source>Kelengkapan tindak lanjut</source>
            <translation>Kelengkapan tindak lanjut</translation>
        </message>
        <message>
            <source>Lampiran bukti</source>
            <translation>Lampiran bukti</translation>
        </message>
        <message>
            <source>&amp;Usulkan selesai</source>
            <translation>&amp;Usulkan selesai</translation>
        </message>
        <message>
            <source>Usulkan agar laporan ditutup setelah tindak lanjut ini diterima.</source>
            <translation>Usulkan agar laporan ditutup setelah tindak lanjut ini diterima.</translation>
        </message>
        <message>
            <source>&amp;Kirim</source>
            <translation>&amp;Kirim</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut (Ctrl+Enter)</source>
            <translation>Kirim tindak lanjut (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut</source>
            <translation>Kirim tindak lanjut</translation>
        </message>
        <message>
            <source>Simpan draf sekarang</source>
            <translation>Simpan draf sekarang</translation>
        </message>
        <message>
            <source>Pilih laporan untuk menulis tindak lanjut.</source>
            <translation>Pilih laporan untuk menulis tindak lanjut.</translation>
        </message>
        <message>
            <source>Tindak lanjut #{id}</source>
            <translation>Tindak lanjut #{id}</translation>
        </message>
        <message>
            <source>Ganti teks yang sudah ditulis dengan templat "{title}"?</source>
            <translation>Ganti teks yang sudah ditulis dengan templat "{title}"?</translation>
        </message>
        <message>
            <source>Terapkan templat</source>
            <translation>Terapkan templat</translation>
        </message>
        <message>
            <source>Tunggu sebentar: lampiran masih diperiksa.</source>
            <translation>Tunggu sebentar: lampiran masih diperiksa.</translation>
        </message>
        <message>
            <source>Belum dapat dikirim: {rules}.</source>
            <translation>Belum dapat dikirim: {rules}.</translation>
        </message>
        <message>
            <source>Kirim untuk &amp;persetujuan</source>
            <translation>Kirim untuk &amp;persetujuan</translation>
        </message>
        <message>
            <source>Tindak lanjut #{id} diterima server (No. {receipt}).</source>
            <translation>Tindak lanjut #{id} diterima server (No. {receipt}).</translation>
        </message>
        <message>
            <source>Perlu perhatian: {reason}</source>
            <translation>Perlu perhatian: {reason}</translation>
        </message>
        <message>
            <source>Tersimpan otomatis {time}</source>
            <translation>Tersimpan otomatis {time}</translation>
        </message>
        <message>
            <source>Tindak lanjut belum lengkap</source>
            <translation>Tindak lanjut belum lengkap</translation>
        </message>
        <message>
            <source>Tindak lanjut ini belum menyebutkan:</source>
            <translation>Tindak lanjut ini belum menyebutkan:</translation>
        </message>
        <message>
            <source>Kirim &amp;tetap</source>
            <translation>Kirim &amp;tetap</translation>
        </message>
        <message>
            <source>&amp;Kembali</source>
            <translation>&amp;Kembali</translation>
        </message>
        <message>
            <source>Tindak lanjut masuk antrean kirim.</source>
            <translation>Tindak lanjut masuk antrean kirim.</translation>
        </message>
    </context>
    <context>
        <name>HandedOverView</name>
        <message>
            <source>Baru diserahkan</source>
            <extracomment>The complaint id (int) the officer wants to open.</extracomment>
            <translation>Baru diserahkan</translation>
        </message>
        <message>
            <source>No. Laporan</source>
            <translation>No. Laporan</translation>
        </message>
        <message>
            <source>Batas waktu</source>
            <translation>Batas waktu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Draf</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>Catatan serah terima</source>
            <translation>Catatan serah terima</translation>
        </message>
        <message>
            <source>Dijanjikan</source>
            <translation>Dijanjikan</translation>
        </message>
        <message>
            <source>Hari sejak</source>
            <translation>Hari sejak</translation>
        </message>
        <message>
            <source>Janji tindak lanjut terakhir</source>
            <translation>Janji tindak lanjut terakhir</translation>
        </message>
        <message>
            <source>Janji tanpa kelanjutan</source>
            <translation>Janji tanpa kelanjutan</translation>
        </message>
        <message>
            <source>(tidak ada lagi di profil)</source>
            <translation>(tidak ada lagi di profil)</translation>
        </message>
        <message>
            <source> (pelapor sudah menanggapi)</source>
            <translation> (pelapor sudah menanggapi)</translation>
        </message>
        <message>
            <source>{n} laporan diserahkan oleh {who}; {d} draf menunggu Anda. {p} laporan punya janji tindak lanjut tanpa kelanjutan.</source>
            <translation>{n} laporan diserahkan oleh {who}; {d} draf menunggu Anda. {p} laporan punya janji tindak lanjut tanpa kelanjutan.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Bantuan</source>
            <extracomment>The officer followed the "Pintasan papan ketik" link.</extracomment>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Halaman bantuan</source>
            <translation>Halaman bantuan</translation>
        </message>
        <message>
            <source>Antrean laporan</source>
            <translation>Antrean laporan</translation>
        </message>
        <message>
            <source>Antrean memuat semua laporan yang didisposisikan ke instansi Anda, juga saat tidak ada koneksi.</source>
            <translation>Antrean memuat semua laporan yang didisposisikan ke instansi Anda, juga saat tidak ada koneksi.</translation>
        </message>
        <message>
            <source>Pilih tampilan (Semua, Terlambat, Jatuh tempo minggu ini, Perlu perhatian) dengan Ctrl+1 sampai Ctrl+4; cari dengan Ctrl+F.</source>
            <translation>Pilih tampilan (Semua, Terlambat, Jatuh tempo minggu ini, Perlu perhatian) dengan Ctrl+1 sampai Ctrl+4; cari dengan Ctrl+F.</translation>
        </message>
        <message>
            <source>Klik kolom untuk mengurutkan; kolom tenggat menunjukkan sisa hari kerja. Pilih sebuah laporan untuk melihat rinciannya.</source>
            <translation>Klik kolom untuk mengurutkan; kolom tenggat menunjukkan sisa hari kerja. Pilih sebuah laporan untuk melihat rinciannya.</translation>
        </message>
        <message>
            <source>Menulis tindak lanjut</source>
            <translation>Menulis tindak lanjut</translation>
        </message>
        <message>
            <source>Pilih templat dan klik "Terapkan"; lengkapi bagian yang kosong.</source>
            <translation>Pilih templat dan klik "Terapkan"; lengkapi bagian yang kosong.</translation>
        </message>
        <message>
            <source>Daftar periksa menandai yang masih kurang: nomor laporan, tindakan, unit, tanggal, bukti, kontak dan pejabat yang menyetujui.</source>
            <translation>Daftar periksa menandai yang masih kurang: nomor laporan, tindakan, unit, tanggal, bukti, kontak dan pejabat yang menyetujui.</translation>
        </message>
        <message>
            <source>Lampirkan foto atau dokumen sebagai bukti. Tulisan tersimpan otomatis; "Kirim" memasukkannya ke Kotak Keluar, juga tanpa koneksi.</source>
            <translation>Lampirkan foto atau dokumen sebagai bukti. Tulisan tersimpan otomatis; "Kirim" memasukkannya ke Kotak Keluar, juga tanpa koneksi.</translation>
        </message>
        <message>
            <source>Dasbor dan laporan bulanan</source>
            <translation>Dasbor dan laporan bulanan</translation>
        </message>
        <message>
            <source>Dasbor menunjukkan persentase ditindaklanjuti, selesai, dan laporan terlambat per bulan.</source>
            <translation>Dasbor menunjukkan persentase ditindaklanjuti, selesai, dan laporan terlambat per bulan.</translation>
        </message>
        <message>
            <source>"Ekspor…" menyimpan laporan bulanan sebagai PDF atau CSV untuk pimpinan.</source>
            <translation>"Ekspor…" menyimpan laporan bulanan sebagai PDF atau CSV untuk pimpinan.</translation>
        </message>
        <message>
            <source>Kotak Keluar</source>
            <translation>Kotak Keluar</translation>
        </message>
        <message>
            <source>Setiap tindakan yang Anda kirim menunggu di sini sampai server menerimanya; tidak ada yang hilang saat koneksi putus.</source>
            <translation>Setiap tindakan yang Anda kirim menunggu di sini sampai server menerimanya; tidak ada yang hilang saat koneksi putus.</translation>
        </message>
        <message>
            <source>"Perlu perhatian" berarti server menolak: "Ubah &amp; kirim ulang" menunjukkan laporan sekarang di samping draf Anda; kirim ulang atau buang.</source>
            <translation>"Perlu perhatian" berarti server menolak: "Ubah &amp; kirim ulang" menunjukkan laporan sekarang di samping draf Anda; kirim ulang atau buang.</translation>
        </message>
        <message>
            <source>Pelajaran Mode Latihan</source>
            <translation>Pelajaran Mode Latihan</translation>
        </message>
        <message>
            <source>Panel Pelajaran menunjukkan tujuan, petunjuk dan kemajuan. Setiap pelajaran diperiksa dari data server latihan, bukan dari klik.</source>
            <translation>Panel Pelajaran menunjukkan tujuan, petunjuk dan kemajuan. Setiap pelajaran diperiksa dari data server latihan, bukan dari klik.</translation>
        </message>
        <message>
            <source>"Ulangi pelajaran" menyiapkan pelajaran dari awal. Latihan tersimpan sampai Anda memilih Berkas &gt; "Mulai ulang latihan".</source>
            <translation>"Ulangi pelajaran" menyiapkan pelajaran dari awal. Latihan tersimpan sampai Anda memilih Berkas &gt; "Mulai ulang latihan".</translation>
        </message>
        <message>
            <source>Setelah selesai, ekspor sertifikat untuk pelatih Diskominfo.</source>
            <translation>Setelah selesai, ekspor sertifikat untuk pelatih Diskominfo.</translation>
        </message>
    </context>
    <context>
        <name>InternalNoteDialog</name>
        <message>
            <source>Catatan internal</source>
            <translation>Catatan internal</translation>
        </message>
        <message>
            <source>&amp;Catatan untuk rekan di instansi (tidak terlihat oleh pelapor):</source>
            <translation>&amp;Catatan untuk rekan di instansi (tidak terlihat oleh pelapor):</translation>
        </message>
        <message>
            <source>&amp;Simpan ke antrean</source>
            <translation>&amp;Simpan ke antrean</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <source>Daftar Kotak Keluar</source>
            <extracomment>The officer wants to see a complaint (double-click or "Buka laporan"): its id. The officer changed the outbox (retry, resend, discard): counts may refresh, sync may run. Rows were (re)loaded from the store. The list was written to a CSV file: (path, number of rows). The officer asked for an item to leave now ("Kirim sekarang"): run a pass at once.</extracomment>
            <translation>Daftar Kotak Keluar</translation>
        </message>
        <message>
            <source>Kirim sekarang</source>
            <translation>Kirim sekarang</translation>
        </message>
        <message>
            <source>Ubah &amp;&amp; kirim ulang</source>
            <translation>Ubah &amp;&amp; kirim ulang</translation>
        </message>
        <message>
            <source>Buang…</source>
            <translation>Buang…</translation>
        </message>
        <message>
            <source>Lewati</source>
            <translation>Lewati</translation>
        </message>
        <message>
            <source>Kirim tindakan berikutnya untuk laporan ini tanpa menunggu tindakan yang ditolak</source>
            <translation>Kirim tindakan berikutnya untuk laporan ini tanpa menunggu tindakan yang ditolak</translation>
        </message>
        <message>
            <source>Buka laporan</source>
            <translation>Buka laporan</translation>
        </message>
        <message>
            <source>Ekspor daftar…</source>
            <translation>Ekspor daftar…</translation>
        </message>
        <message>
            <source>{queued} dalam antrean · {attention} perlu perhatian · {accepted} diterima server</source>
            <translation>{queued} dalam antrean · {attention} perlu perhatian · {accepted} diterima server</translation>
        </message>
        <message>
            <source>Diterima: {time}</source>
            <translation>Diterima: {time}</translation>
        </message>
        <message>
            <source>Kesalahan terakhir: {error}</source>
            <translation>Kesalahan terakhir: {error}</translation>
        </message>
        <message>
            <source>Coba lagi sekarang</source>
            <translation>Coba lagi sekarang</translation>
        </message>
        <message>
            <source>Buang tindakan?</source>
            <translation>Buang tindakan?</translation>
        </message>
        <message>
            <source>{kind} untuk laporan {tracking} tidak akan dikirim. Teksnya tetap tersimpan sebagai draf.</source>
            <translation>{kind} untuk laporan {tracking} tidak akan dikirim. Teksnya tetap tersimpan sebagai draf.</translation>
        </message>
        <message>
            <source>Buang</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Ekspor Kotak Keluar</source>
            <translation>Ekspor Kotak Keluar</translation>
        </message>
        <message>
            <source>Berkas CSV (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Menunggu jaringan cepat (lampiran melewati batas harian hemat data)</source>
            <translation>Menunggu jaringan cepat (lampiran melewati batas harian hemat data)</translation>
        </message>
        <message>
            <source>Diterima server (No. {receipt}, {time})</source>
            <translation>Diterima server (No. {receipt}, {time})</translation>
        </message>
        <message>
            <source>Perlu perhatian: {reason}</source>
            <translation>Perlu perhatian: {reason}</translation>
        </message>
        <message>
            <source>Dalam antrean (dicoba lagi {time})</source>
            <translation>Dalam antrean (dicoba lagi {time})</translation>
        </message>
        <message>
            <source>Tindak lanjut</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Catatan internal</source>
            <translation>Catatan internal</translation>
        </message>
        <message>
            <source>Bukan wewenang</source>
            <translation>Bukan wewenang</translation>
        </message>
        <message>
            <source>Tanggapan pelapor diterima</source>
            <translation>Tanggapan pelapor diterima</translation>
        </message>
        <message>
            <source>Tindak lanjut untuk persetujuan</source>
            <translation>Tindak lanjut untuk persetujuan</translation>
        </message>
        <message>
            <source>Persetujuan tindak lanjut</source>
            <translation>Persetujuan tindak lanjut</translation>
        </message>
        <message>
            <source>Pengembalian tindak lanjut</source>
            <translation>Pengembalian tindak lanjut</translation>
        </message>
        <message>
            <source>Penarikan tindak lanjut dari persetujuan</source>
            <translation>Penarikan tindak lanjut dari persetujuan</translation>
        </message>
        <message>
            <source>Dalam antrean</source>
            <translation>Dalam antrean</translation>
        </message>
        <message>
            <source>Mengirim</source>
            <translation>Mengirim</translation>
        </message>
        <message>
            <source>Diterima server</source>
            <translation>Diterima server</translation>
        </message>
        <message>
            <source>Perlu perhatian</source>
            <translation>Perlu perhatian</translation>
        </message>
        <message>
            <source>Dibuang</source>
            <translation>Dibuang</translation>
        </message>
        <message>
            <source>Diserahterimakan</source>
            <translation>Diserahterimakan</translation>
        </message>
        <message>
            <source>No. Laporan</source>
            <translation>No. Laporan</translation>
        </message>
        <message>
            <source>Judul laporan</source>
            <translation>Judul laporan</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Dibuat</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Percobaan</source>
            <translation>Percobaan</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <source>Daftar pelajaran</source>
            <extracomment>A lesson was completed (its key). The trainee asked for the certificate/summary PDF. A check failed (the error, for the error bridge).</extracomment>
            <translation>Daftar pelajaran</translation>
        </message>
        <message>
            <source>%v dari %m pelajaran selesai</source>
            <translation>%v dari %m pelajaran selesai</translation>
        </message>
        <message>
            <source>&amp;Mulai pelajaran</source>
            <translation>&amp;Mulai pelajaran</translation>
        </message>
        <message>
            <source>&amp;Ulangi pelajaran</source>
            <translation>&amp;Ulangi pelajaran</translation>
        </message>
        <message>
            <source>&amp;Periksa</source>
            <translation>&amp;Periksa</translation>
        </message>
        <message>
            <source>Nama Anda (untuk sertifikat)</source>
            <translation>Nama Anda (untuk sertifikat)</translation>
        </message>
        <message>
            <source>Nama peserta</source>
            <translation>Nama peserta</translation>
        </message>
        <message>
            <source>Ekspor &amp;sertifikat…</source>
            <translation>Ekspor &amp;sertifikat…</translation>
        </message>
        <message>
            <source>Semua pelajaran selesai</source>
            <translation>Semua pelajaran selesai</translation>
        </message>
        <message>
            <source>Ekspor sertifikat untuk pelatih Anda.</source>
            <translation>Ekspor sertifikat untuk pelatih Anda.</translation>
        </message>
        <message>
            <source>Pilih pelajaran</source>
            <translation>Pilih pelajaran</translation>
        </message>
        <message>
            <source>Pilih pelajaran di daftar, lalu klik "Mulai pelajaran".</source>
            <translation>Pilih pelajaran di daftar, lalu klik "Mulai pelajaran".</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusLabel</name>
        <message>
            <source>Kecepatan jalur</source>
            <translation>Kecepatan jalur</translation>
        </message>
        <message>
            <source>Jalur {speed}</source>
            <translation>Jalur {speed}</translation>
        </message>
        <message>
            <source>hemat data</source>
            <translation>hemat data</translation>
        </message>
        <message>
            <source>{n} lampiran menunggu jaringan cepat ({size})</source>
            <translation>{n} lampiran menunggu jaringan cepat ({size})</translation>
        </message>
        <message>
            <source>lampiran menunggu {size}</source>
            <translation>lampiran menunggu {size}</translation>
        </message>
        <message>
            <source>Kecepatan jalur diukur dari unggahan dan unduhan lampiran. Dalam mode hemat data teks dikirim lebih dulu; lampiran diunduh bila dibuka atau dalam batas ukuran.</source>
            <translation>Kecepatan jalur diukur dari unggahan dan unduhan lampiran. Dalam mode hemat data teks dikirim lebih dulu; lampiran diunduh bila dibuka atau dalam batas ukuran.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>Layar dikunci</source>
            <extracomment>No input for the configured time: hide the content until the password is entered. The last lock was asked for (Ctrl+L), not caused by inactivity. The right password was entered: the master key (already checked against the vault); in training mode, empty bytes when the button was pressed.</extracomment>
            <translation>Layar dikunci</translation>
        </message>
        <message>
            <source>&amp;Buka kunci</source>
            <translation>&amp;Buka kunci</translation>
        </message>
        <message>
            <source>Layar dikunci atas permintaan Anda. Data pengaduan disembunyikan; sinkronisasi tetap berjalan.</source>
            <translation>Layar dikunci atas permintaan Anda. Data pengaduan disembunyikan; sinkronisasi tetap berjalan.</translation>
        </message>
        <message>
            <source>LAPOR! Desktop dikunci karena tidak ada aktivitas. Data pengaduan disembunyikan; sinkronisasi tetap berjalan.</source>
            <translation>LAPOR! Desktop dikunci karena tidak ada aktivitas. Data pengaduan disembunyikan; sinkronisasi tetap berjalan.</translation>
        </message>
        <message>
            <source>Masukkan kata sandi profil untuk melanjutkan.</source>
            <translation>Masukkan kata sandi profil untuk melanjutkan.</translation>
        </message>
        <message>
            <source>Mode Latihan tidak memakai kata sandi profil: tekan Buka kunci untuk melanjutkan.</source>
            <translation>Mode Latihan tidak memakai kata sandi profil: tekan Buka kunci untuk melanjutkan.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Masuk ke server LAPOR!</source>
            <translation>Masuk ke server LAPOR!</translation>
        </message>
        <message>
            <source>Masuk ke {app}</source>
            <translation>Masuk ke {app}</translation>
        </message>
        <message>
            <source>Alamat &amp;server:</source>
            <translation>Alamat &amp;server:</translation>
        </message>
        <message>
            <source>Nama &amp;pengguna:</source>
            <translation>Nama &amp;pengguna:</translation>
        </message>
        <message>
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>&amp;Masuk</source>
            <translation>&amp;Masuk</translation>
        </message>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Batal</translation>
        </message>
    </context>
    <context>
        <name>LoginPrompt</name>
        <message>
            <source>Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. Pekerjaan Anda tetap tersimpan.</source>
            <extracomment>Logged in: the workbench's ``Op`` (announce its changes, then sync). A login dialog is on screen (the argument is the dialog).</extracomment>
            <translation>Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. Pekerjaan Anda tetap tersimpan.</translation>
        </message>
        <message>
            <source>Masuk ke server untuk mengambil laporan yang didisposisikan ke instansi Anda.</source>
            <translation>Masuk ke server untuk mengambil laporan yang didisposisikan ke instansi Anda.</translation>
        </message>
        <message>
            <source>Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.</source>
            <translation>Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Rincian</source>
            <extracomment>The officer opened settings (app.py shows the dialog and applies the result). The officer asked for Help &gt; About. The officer asked to lock the screen now (Ctrl+L). The officer asked to log out and remove the local profile.</extracomment>
            <translation>&amp;Rincian</translation>
        </message>
        <message>
            <source>Tindak &amp;lanjut</source>
            <translation>Tindak &amp;lanjut</translation>
        </message>
        <message>
            <source>&amp;Antrean</source>
            <translation>&amp;Antrean</translation>
        </message>
        <message>
            <source>&amp;Dasbor</source>
            <translation>&amp;Dasbor</translation>
        </message>
        <message>
            <source>&amp;Berkas</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Sinkronkan sekarang</source>
            <translation>&amp;Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>Kerja &amp;luring</source>
            <translation>Kerja &amp;luring</translation>
        </message>
        <message>
            <source>&amp;Pengaturan…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <source>&amp;Keluar</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>Kunci &amp;layar</source>
            <translation>Kunci &amp;layar</translation>
        </message>
        <message>
            <source>Keluar &amp;dan hapus data profil…</source>
            <translation>Keluar &amp;dan hapus data profil…</translation>
        </message>
        <message>
            <source>&amp;Tampilan</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Cari</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <source>&amp;Tulis tindak lanjut</source>
            <translation>&amp;Tulis tindak lanjut</translation>
        </message>
        <message>
            <source>&amp;Muat ulang antrean</source>
            <translation>&amp;Muat ulang antrean</translation>
        </message>
        <message>
            <source>Ba&amp;ntuan</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <source>&amp;Tentang LAPOR! Desktop</source>
            <translation>&amp;Tentang LAPOR! Desktop</translation>
        </message>
        <message>
            <source>&amp;Pintasan papan ketik</source>
            <translation>&amp;Pintasan papan ketik</translation>
        </message>
        <message>
            <source>&amp;Bantuan untuk layar ini</source>
            <translation>&amp;Bantuan untuk layar ini</translation>
        </message>
        <message>
            <source>Alat</source>
            <translation>Alat</translation>
        </message>
        <message>
            <source>Kotak Keluar</source>
            <translation>Kotak Keluar</translation>
        </message>
        <message>
            <source>&amp;Kotak Keluar</source>
            <translation>&amp;Kotak Keluar</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Buka LAPOR! Desktop</source>
            <extracomment>A notification was raised (a ShownNotification), whether or not a tray could show it. The officer clicked a notification about one complaint: its id. The officer clicked a notification about refused actions: show the Kotak Keluar. "Buka LAPOR! Desktop" or a click on the tray icon: raise the main window. "Sinkronkan sekarang" from the tray menu. "Keluar" from the tray menu. Title and text of the last tray message (also where no tray can show it). Whether the window is locked (the app sets ``IdleLock.is_locked``): while locked the tray says only how many notifications came, and clicking one opens nothing but the lock page.</extracomment>
            <translation>Buka LAPOR! Desktop</translation>
        </message>
        <message>
            <source>Sinkronkan sekarang</source>
            <translation>Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>Keluar</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>{n} pemberitahuan baru. Buka kunci aplikasi untuk melihatnya.</source>
            <translation>{n} pemberitahuan baru. Buka kunci aplikasi untuk melihatnya.</translation>
        </message>
        <message>
            <source>(+{n} pemberitahuan lainnya)</source>
            <translation>(+{n} pemberitahuan lainnya)</translation>
        </message>
        <message>
            <source>Laporan baru</source>
            <translation>Laporan baru</translation>
        </message>
        <message>
            <source>Pelapor menanggapi</source>
            <translation>Pelapor menanggapi</translation>
        </message>
        <message>
            <source>Segera jatuh tempo</source>
            <translation>Segera jatuh tempo</translation>
        </message>
        <message>
            <source>{tracking_id}: {title} ({countdown})</source>
            <translation>{tracking_id}: {title} ({countdown})</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Tindakan perlu perhatian</source>
            <translation>Tindakan perlu perhatian</translation>
        </message>
        <message>
            <source>{tracking_id}: {reason}</source>
            <translation>{tracking_id}: {reason}</translation>
        </message>
        <message>
            <source>{count} laporan baru</source>
            <translation>{count} laporan baru</translation>
        </message>
        <message>
            <source>Laporan baru terdisposisi ke instansi Anda.</source>
            <translation>Laporan baru terdisposisi ke instansi Anda.</translation>
        </message>
        <message>
            <source>{count} tanggapan pelapor</source>
            <translation>{count} tanggapan pelapor</translation>
        </message>
        <message>
            <source>Pelapor menanggapi tindak lanjut Anda.</source>
            <translation>Pelapor menanggapi tindak lanjut Anda.</translation>
        </message>
        <message>
            <source>{count} laporan segera jatuh tempo</source>
            <translation>{count} laporan segera jatuh tempo</translation>
        </message>
        <message>
            <source>Jatuh tempo dalam satu hari kerja.</source>
            <translation>Jatuh tempo dalam satu hari kerja.</translation>
        </message>
        <message>
            <source>{count} laporan terlambat</source>
            <translation>{count} laporan terlambat</translation>
        </message>
        <message>
            <source>Batas waktu telah lewat.</source>
            <translation>Batas waktu telah lewat.</translation>
        </message>
        <message>
            <source>{count} tindakan perlu perhatian</source>
            <translation>{count} tindakan perlu perhatian</translation>
        </message>
        <message>
            <source>Buka Kotak Keluar untuk memutuskan.</source>
            <translation>Buka Kotak Keluar untuk memutuskan.</translation>
        </message>
        <message>
            <source>{open} laporan terbuka · {overdue} terlambat</source>
            <translation>{open} laporan terbuka · {overdue} terlambat</translation>
        </message>
        <message>
            <source>{waiting} menunggu dikirim</source>
            <translation>{waiting} menunggu dikirim</translation>
        </message>
        <message>
            <source>{n} tindakan perlu perhatian</source>
            <translation>{n} tindakan perlu perhatian</translation>
        </message>
        <message>
            <source>{tracking_id}: {title}</source>
            <translation>{tracking_id}: {title}</translation>
        </message>
    </context>
    <context>
        <name>OfflineActions</name>
        <message>
            <source>Siap l&amp;uring…</source>
            <translation>Siap l&amp;uring…</translation>
        </message>
        <message>
            <source>Mode &amp;hemat data</source>
            <translation>Mode &amp;hemat data</translation>
        </message>
        <message>
            <source>&amp;Otomatis (bila jalur lambat)</source>
            <translation>&amp;Otomatis (bila jalur lambat)</translation>
        </message>
        <message>
            <source>&amp;Selalu</source>
            <translation>&amp;Selalu</translation>
        </message>
        <message>
            <source>&amp;Mati</source>
            <translation>&amp;Mati</translation>
        </message>
        <message>
            <source>&amp;Batas lampiran per hari: tanpa batas…</source>
            <translation>&amp;Batas lampiran per hari: tanpa batas…</translation>
        </message>
        <message>
            <source>&amp;Batas lampiran per hari: hanya bila diminta…</source>
            <translation>&amp;Batas lampiran per hari: hanya bila diminta…</translation>
        </message>
        <message>
            <source>&amp;Batas lampiran per hari: {mb} MB…</source>
            <translation>&amp;Batas lampiran per hari: {mb} MB…</translation>
        </message>
        <message>
            <source>Batas lampiran per hari</source>
            <translation>Batas lampiran per hari</translation>
        </message>
        <message>
            <source>Dalam mode hemat data, lampiran dikirim sampai batas ini per hari; sisanya menunggu jaringan cepat atau "Kirim sekarang" (MB, 0: hanya bila diminta):</source>
            <translation>Dalam mode hemat data, lampiran dikirim sampai batas ini per hari; sisanya menunggu jaringan cepat atau "Kirim sekarang" (MB, 0: hanya bila diminta):</translation>
        </message>
    </context>
    <context>
        <name>OtherActionsBar</name>
        <message>
            <source>Catatan &amp;internal…</source>
            <extracomment>An action went into the outbox: (operation id). A short message for the status bar.</extracomment>
            <translation>Catatan &amp;internal…</translation>
        </message>
        <message>
            <source>&amp;Bukan wewenang…</source>
            <translation>&amp;Bukan wewenang…</translation>
        </message>
        <message>
            <source>Tan&amp;dai balasan pelapor sudah dibaca</source>
            <translation>Tan&amp;dai balasan pelapor sudah dibaca</translation>
        </message>
        <message>
            <source>Catatan internal masuk antrean kirim.</source>
            <translation>Catatan internal masuk antrean kirim.</translation>
        </message>
        <message>
            <source>Permintaan disposisi ulang masuk antrean kirim.</source>
            <translation>Permintaan disposisi ulang masuk antrean kirim.</translation>
        </message>
        <message>
            <source>Tanda sudah dibaca masuk antrean kirim.</source>
            <translation>Tanda sudah dibaca masuk antrean kirim.</translation>
        </message>
    </context>
    <context>
        <name>ProfileChooser</name>
        <message>
            <source>Siapa yang bekerja hari ini?</source>
            <extracomment>The folder (str) of the profile the officer picked. The officer wants a profile of their own (e.g. a successor's first start). Training mode with demo data.</extracomment>
            <translation>Siapa yang bekerja hari ini?</translation>
        </message>
        <message>
            <source>Setiap petugas memiliki profil sendiri di komputer ini, dengan kata sandi, data, dan pengaturannya sendiri. Pilih profil Anda lalu buka dengan kata sandi profil.</source>
            <translation>Setiap petugas memiliki profil sendiri di komputer ini, dengan kata sandi, data, dan pengaturannya sendiri. Pilih profil Anda lalu buka dengan kata sandi profil.</translation>
        </message>
        <message>
            <source>terakhir dipakai {when}</source>
            <translation>terakhir dipakai {when}</translation>
        </message>
        <message>
            <source>belum pernah masuk</source>
            <translation>belum pernah masuk</translation>
        </message>
        <message>
            <source>(instansi belum diketahui)</source>
            <translation>(instansi belum diketahui)</translation>
        </message>
        <message>
            <source>Mode Latihan</source>
            <translation>Mode Latihan</translation>
        </message>
        <message>
            <source>Profil baru…</source>
            <translation>Profil baru…</translation>
        </message>
        <message>
            <source>Buka profil</source>
            <translation>Buka profil</translation>
        </message>
    </context>
    <context>
        <name>QueueEmptyState</name>
        <message>
            <source>&amp;Hapus pencarian dan filter</source>
            <extracomment>The officer asked to clear the search and every filter.</extracomment>
            <translation>&amp;Hapus pencarian dan filter</translation>
        </message>
        <message>
            <source>Tidak ada laporan yang cocok dengan “{text}” dan filter yang dipilih.</source>
            <translation>Tidak ada laporan yang cocok dengan “{text}” dan filter yang dipilih.</translation>
        </message>
        <message>
            <source>Tidak ada laporan yang cocok dengan “{text}”.</source>
            <translation>Tidak ada laporan yang cocok dengan “{text}”.</translation>
        </message>
        <message>
            <source>Tidak ada laporan yang cocok dengan filter yang dipilih.</source>
            <translation>Tidak ada laporan yang cocok dengan filter yang dipilih.</translation>
        </message>
        <message>
            <source>Belum ada laporan di antrean. Laporan yang didisposisikan ke OPD Anda muncul di sini setelah sinkronisasi.</source>
            <translation>Belum ada laporan di antrean. Laporan yang didisposisikan ke OPD Anda muncul di sini setelah sinkronisasi.</translation>
        </message>
    </context>
    <context>
        <name>QueuePane</name>
        <message>
            <source>Antrean laporan</source>
            <extracomment>The officer moved to a complaint in the table (its id).</extracomment>
            <translation>Antrean laporan</translation>
        </message>
        <message>
            <source>{n} laporan</source>
            <translation>{n} laporan</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Siap luring</source>
            <extracomment>Progress of a preparation from the network worker: (what, bytes done, bytes planned). A preparation wrote to the profile (complaints, cache): a :class:`Changes` for the hub.</extracomment>
            <translation>Siap luring</translation>
        </message>
        <message>
            <source>Hasil pemeriksaan siap luring</source>
            <translation>Hasil pemeriksaan siap luring</translation>
        </message>
        <message>
            <source>Pemeriksaan</source>
            <translation>Pemeriksaan</translation>
        </message>
        <message>
            <source>Keadaan</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Batas ukuran unduhan (MB)</source>
            <translation>Batas ukuran unduhan (MB)</translation>
        </message>
        <message>
            <source>tanpa batas</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <source>&amp;Siapkan untuk luring</source>
            <translation>&amp;Siapkan untuk luring</translation>
        </message>
        <message>
            <source>&amp;Batalkan</source>
            <translation>&amp;Batalkan</translation>
        </message>
        <message>
            <source>&amp;Periksa lagi</source>
            <translation>&amp;Periksa lagi</translation>
        </message>
        <message>
            <source>Batas &amp;ukuran lampiran:</source>
            <translation>Batas &amp;ukuran lampiran:</translation>
        </message>
        <message>
            <source>Persiapan berhenti: {why}</source>
            <translation>Persiapan berhenti: {why}</translation>
        </message>
        <message>
            <source>Selesai.</source>
            <translation>Selesai.</translation>
        </message>
    </context>
    <context>
        <name>RecoverDraftsDialog</name>
        <message>
            <source>Pulihkan draf?</source>
            <translation>Pulihkan draf?</translation>
        </message>
        <message>
            <source>Ada draf tindak lanjut yang belum dikirim. Pilih satu untuk melanjutkannya; draf lain tetap tersimpan.</source>
            <translation>Ada draf tindak lanjut yang belum dikirim. Pilih satu untuk melanjutkannya; draf lain tetap tersimpan.</translation>
        </message>
        <message>
            <source>#{id} — {line}
Tersimpan {time}</source>
            <translation>#{id} — {line}
Tersimpan {time}</translation>
        </message>
        <message>
            <source>&amp;Pulihkan</source>
            <translation>&amp;Pulihkan</translation>
        </message>
        <message>
            <source>&amp;Nanti saja</source>
            <translation>&amp;Nanti saja</translation>
        </message>
    </context>
    <context>
        <name>RedactCanvas</name>
        <message>
            <source>Foto yang disamarkan</source>
            <extracomment>A rectangle was drawn: the Redaction (fractions of the picture; mode set by the dialog).</extracomment>
            <translation>Foto yang disamarkan</translation>
        </message>
    </context>
    <context>
        <name>RedactDialog</name>
        <message>
            <source>Samarkan bagian foto – {name}</source>
            <translation>Samarkan bagian foto – {name}</translation>
        </message>
        <message>
            <source>Seret dengan tetikus untuk menandai wajah, pelat nomor, nomor rumah atau dokumen. Hanya salinan yang disamarkan yang dikirim; berkas asli tetap di komputer ini.</source>
            <translation>Seret dengan tetikus untuk menandai wajah, pelat nomor, nomor rumah atau dokumen. Hanya salinan yang disamarkan yang dikirim; berkas asli tetap di komputer ini.</translation>
        </message>
        <message>
            <source>&amp;Kaburkan</source>
            <translation>&amp;Kaburkan</translation>
        </message>
        <message>
            <source>T&amp;utup hitam</source>
            <translation>T&amp;utup hitam</translation>
        </message>
        <message>
            <source>&amp;Urungkan</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Hapus semua</source>
            <translation>&amp;Hapus semua</translation>
        </message>
        <message>
            <source>&amp;Terapkan</source>
            <translation>&amp;Terapkan</translation>
        </message>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <source>{n} bagian ditandai</source>
            <translation>{n} bagian ditandai</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source>Tidak ada tindak lanjut yang menunggu persetujuan.</source>
            <extracomment>A review went into the outbox: (operation id). A short message for the status bar.</extracomment>
            <translation>Tidak ada tindak lanjut yang menunggu persetujuan.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Menunggu persetujuan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Menunggu persetujuan&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Laporan</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Kelengkapan</source>
            <translation>Kelengkapan</translation>
        </message>
        <message>
            <source>Lampiran</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <source>Tindak lanjut (dapat disunting sebelum disetujui):</source>
            <translation>Tindak lanjut (dapat disunting sebelum disetujui):</translation>
        </message>
        <message>
            <source>Catatan untuk petugas (wajib bila dikembalikan)</source>
            <translation>Catatan untuk petugas (wajib bila dikembalikan)</translation>
        </message>
        <message>
            <source>&amp;Setujui</source>
            <translation>&amp;Setujui</translation>
        </message>
        <message>
            <source>&amp;Kembalikan dengan catatan</source>
            <translation>&amp;Kembalikan dengan catatan</translation>
        </message>
        <message>
            <source>Catatan:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>Persetujuan #{id} masuk antrean kirim.</source>
            <translation>Persetujuan #{id} masuk antrean kirim.</translation>
        </message>
        <message>
            <source>Tulis catatan untuk petugas sebelum mengembalikan.</source>
            <translation>Tulis catatan untuk petugas sebelum mengembalikan.</translation>
        </message>
        <message>
            <source>Pengembalian #{id} masuk antrean kirim.</source>
            <translation>Pengembalian #{id} masuk antrean kirim.</translation>
        </message>
        <message>
            <source> · tinjauan di antrean kirim</source>
            <translation> · tinjauan di antrean kirim</translation>
        </message>
        <message>
            <source>Tinjauan ditolak server (laporan #{id}): {reason}</source>
            <translation>Tinjauan ditolak server (laporan #{id}): {reason}</translation>
        </message>
        <message>
            <source>Ditulis oleh {author}, dikirim {at} (versi {version})</source>
            <translation>Ditulis oleh {author}, dikirim {at} (versi {version})</translation>
        </message>
        <message>
            <source>Sisa waktu: {left} (batas {due})</source>
            <translation>Sisa waktu: {left} (batas {due})</translation>
        </message>
        <message>
            <source>Tidak ada lampiran</source>
            <translation>Tidak ada lampiran</translation>
        </message>
        <message>
            <source>Sunting dan &amp;setujui</source>
            <translation>Sunting dan &amp;setujui</translation>
        </message>
        <message>
            <source>Perubahan Anda akan terlihat oleh petugas.</source>
            <translation>Perubahan Anda akan terlihat oleh petugas.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Pengaturan</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Alamat se&amp;rver:</source>
            <translation>Alamat se&amp;rver:</translation>
        </message>
        <message>
            <source> menit</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>&amp;Interval sinkronisasi:</source>
            <translation>&amp;Interval sinkronisasi:</translation>
        </message>
        <message>
            <source>Bahasa langsung berganti saat disimpan; tulisan Anda tetap ada.</source>
            <translation>Bahasa langsung berganti saat disimpan; tulisan Anda tetap ada.</translation>
        </message>
        <message>
            <source>Ba&amp;hasa:</source>
            <translation>Ba&amp;hasa:</translation>
        </message>
        <message>
            <source>Kosongkan untuk memakai sertifikat sistem</source>
            <translation>Kosongkan untuk memakai sertifikat sistem</translation>
        </message>
        <message>
            <source>&amp;Pilih…</source>
            <translation>&amp;Pilih…</translation>
        </message>
        <message>
            <source>Sertifikat &amp;CA tambahan:</source>
            <translation>Sertifikat &amp;CA tambahan:</translation>
        </message>
        <message>
            <source>&amp;Kunci otomatis setelah diam:</source>
            <translation>&amp;Kunci otomatis setelah diam:</translation>
        </message>
        <message>
            <source>mis. Drs. H. Hasan Basri, M.Si.</source>
            <translation>mis. Drs. H. Hasan Basri, M.Si.</translation>
        </message>
        <message>
            <source>Nama pejabat penye&amp;tuju:</source>
            <translation>Nama pejabat penye&amp;tuju:</translation>
        </message>
        <message>
            <source>mis. Kepala Dinas</source>
            <translation>mis. Kepala Dinas</translation>
        </message>
        <message>
            <source>&amp;Jabatan pejabat:</source>
            <translation>&amp;Jabatan pejabat:</translation>
        </message>
        <message>
            <source>&amp;NIP pejabat:</source>
            <translation>&amp;NIP pejabat:</translation>
        </message>
        <message>
            <source>&amp;Simpan</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Berkas sertifikat CA tidak ditemukan: {path}</source>
            <translation>Berkas sertifikat CA tidak ditemukan: {path}</translation>
        </message>
        <message>
            <source>Pilih berkas sertifikat CA</source>
            <translation>Pilih berkas sertifikat CA</translation>
        </message>
        <message>
            <source>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</source>
            <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Pintasan papan ketik</source>
            <translation>Pintasan papan ketik</translation>
        </message>
        <message>
            <source>Daftar pintasan papan ketik</source>
            <translation>Daftar pintasan papan ketik</translation>
        </message>
        <message>
            <source>Perintah</source>
            <translation>Perintah</translation>
        </message>
        <message>
            <source>Tombol</source>
            <translation>Tombol</translation>
        </message>
    </context>
    <context>
        <name>SignoffPanel</name>
        <message>
            <source>&amp;Tarik dari persetujuan</source>
            <extracomment>Whether this officer's follow-ups need sign-off (the send button's wording). A returned follow-up was reopened as a draft: the editor reloads its text.</extracomment>
            <translation>&amp;Tarik dari persetujuan</translation>
        </message>
        <message>
            <source>Ambil kembali tindak lanjut ini untuk direvisi; pejabat tidak dapat lagi menyetujuinya.</source>
            <translation>Ambil kembali tindak lanjut ini untuk direvisi; pejabat tidak dapat lagi menyetujuinya.</translation>
        </message>
        <message>
            <source>Menunggu persetujuan Pejabat Penghubung</source>
            <translation>Menunggu persetujuan Pejabat Penghubung</translation>
        </message>
        <message>
            <source>Dikirim untuk persetujuan; belum terlihat oleh pelapor dan belum dihitung sebagai tindak lanjut.</source>
            <translation>Dikirim untuk persetujuan; belum terlihat oleh pelapor dan belum dihitung sebagai tindak lanjut.</translation>
        </message>
        <message>
            <source>Perhatian: tenggat {left}; ingatkan pejabat untuk segera menyetujui.</source>
            <translation>Perhatian: tenggat {left}; ingatkan pejabat untuk segera menyetujui.</translation>
        </message>
        <message>
            <source>Dikembalikan oleh {name}</source>
            <translation>Dikembalikan oleh {name}</translation>
        </message>
        <message>
            <source>Catatan: {comment}
Perbaiki draf lalu kirim lagi untuk persetujuan.</source>
            <translation>Catatan: {comment}
Perbaiki draf lalu kirim lagi untuk persetujuan.</translation>
        </message>
        <message>
            <source> (disunting oleh pejabat)</source>
            <translation> (disunting oleh pejabat)</translation>
        </message>
        <message>
            <source>Disetujui oleh {name} dan diterbitkan{edited}</source>
            <translation>Disetujui oleh {name} dan diterbitkan{edited}</translation>
        </message>
        <message>
            <source>No. tanda terima: {receipt}</source>
            <translation>No. tanda terima: {receipt}</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Menunggu dikirim: {n}</source>
            <translation>Menunggu dikirim: {n}</translation>
        </message>
        <message>
            <source>Perlu perhatian: {n}</source>
            <translation>Perlu perhatian: {n}</translation>
        </message>
        <message>
            <source>Belum sinkron</source>
            <translation>Belum sinkron</translation>
        </message>
        <message>
            <source>● Terhubung</source>
            <translation>● Terhubung</translation>
        </message>
        <message>
            <source>● Luring (offline)</source>
            <translation>● Luring (offline)</translation>
        </message>
        <message>
            <source>Menyinkronkan…</source>
            <translation>Menyinkronkan…</translation>
        </message>
        <message>
            <source>Perlu masuk ulang</source>
            <translation>Perlu masuk ulang</translation>
        </message>
        <message>
            <source>Perbarui aplikasi</source>
            <translation>Perbarui aplikasi</translation>
        </message>
        <message>
            <source>● Kerja luring</source>
            <translation>● Kerja luring</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Sinkronkan sekarang</source>
            <translation>Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>menghubungi server</source>
            <translation>menghubungi server</translation>
        </message>
        <message>
            <source>mengirim</source>
            <translation>mengirim</translation>
        </message>
        <message>
            <source>mengunggah lampiran</source>
            <translation>mengunggah lampiran</translation>
        </message>
        <message>
            <source>mengambil laporan</source>
            <translation>mengambil laporan</translation>
        </message>
        <message>
            <source>mengunduh lampiran</source>
            <translation>mengunduh lampiran</translation>
        </message>
        <message>
            <source>selesai</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>Sinkron terakhir: {when}</source>
            <translation>Sinkron terakhir: {when}</translation>
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <source>Mode latihan</source>
            <translation>Mode latihan</translation>
        </message>
        <message>
            <source>MODE LATIHAN — data contoh, tidak terhubung ke server LAPOR! sungguhan</source>
            <translation>MODE LATIHAN — data contoh, tidak terhubung ke server LAPOR! sungguhan</translation>
        </message>
        <message>
            <source>Petugas contoh: {name}</source>
            <translation>Petugas contoh: {name}</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Ulangi kata sandi</source>
            <extracomment>The password was right (or a new one was set): the 32-byte master key.</extracomment>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <source>Ingat di komputer ini</source>
            <translation>Ingat di komputer ini</translation>
        </message>
        <message>
            <source>Kunci disimpan di brankas kata sandi sistem operasi, bukan di berkas.</source>
            <translation>Kunci disimpan di brankas kata sandi sistem operasi, bukan di berkas.</translation>
        </message>
        <message>
            <source>Komputer ini tidak memiliki brankas kata sandi; kata sandi perlu dimasukkan setiap kali aplikasi dibuka.</source>
            <translation>Komputer ini tidak memiliki brankas kata sandi; kata sandi perlu dimasukkan setiap kali aplikasi dibuka.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lupa kata sandi?&lt;/b&gt; Kata sandi tidak dapat dipulihkan dan tidak disimpan di mana pun. Data pengaduan dapat diambil lagi dengan membuat profil baru lalu sinkronisasi dengan server, tetapi draf dan tindakan yang belum terkirim di profil ini akan hilang.</source>
            <translation>&lt;b&gt;Lupa kata sandi?&lt;/b&gt; Kata sandi tidak dapat dipulihkan dan tidak disimpan di mana pun. Data pengaduan dapat diambil lagi dengan membuat profil baru lalu sinkronisasi dengan server, tetapi draf dan tindakan yang belum terkirim di profil ini akan hilang.</translation>
        </message>
        <message>
            <source>Masukkan kata sandi.</source>
            <translation>Masukkan kata sandi.</translation>
        </message>
        <message>
            <source>Memeriksa kata sandi…</source>
            <translation>Memeriksa kata sandi…</translation>
        </message>
        <message>
            <source>Kata sandi salah.</source>
            <translation>Kata sandi salah.</translation>
        </message>
        <message>
            <source>Profil tidak dapat dibuka: {error}</source>
            <translation>Profil tidak dapat dibuka: {error}</translation>
        </message>
        <message>
            <source>Kata sandi salah. Silakan coba lagi.</source>
            <translation>Kata sandi salah. Silakan coba lagi.</translation>
        </message>
        <message>
            <source>Kata sandi salah {n} kali. Coba lagi dalam {s} detik.</source>
            <translation>Kata sandi salah {n} kali. Coba lagi dalam {s} detik.</translation>
        </message>
        <message>
            <source>Buat kata sandi profil</source>
            <translation>Buat kata sandi profil</translation>
        </message>
        <message>
            <source>Data pengaduan di komputer ini disimpan terenkripsi. Buat kata sandi (minimal 8 karakter, tidak mudah ditebak; misalnya empat kata acak) untuk membukanya; kata sandi ini bisa berbeda dari kata sandi server.</source>
            <translation>Data pengaduan di komputer ini disimpan terenkripsi. Buat kata sandi (minimal 8 karakter, tidak mudah ditebak; misalnya empat kata acak) untuk membukanya; kata sandi ini bisa berbeda dari kata sandi server.</translation>
        </message>
        <message>
            <source>Simpan kata sandi</source>
            <translation>Simpan kata sandi</translation>
        </message>
        <message>
            <source>Kata sandi baru</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <source>Buka profil</source>
            <translation>Buka profil</translation>
        </message>
        <message>
            <source>Masukkan kata sandi profil untuk membuka data pengaduan di komputer ini.</source>
            <translation>Masukkan kata sandi profil untuk membuka data pengaduan di komputer ini.</translation>
        </message>
        <message>
            <source>Buka</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Kata sandi profil</source>
            <translation>Kata sandi profil</translation>
        </message>
    </context>
    <context>
        <name>_TextDialog</name>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Batal</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Persetujuan</source>
            <translation>&amp;Persetujuan</translation>
        </message>
    </context>
    <context>
        <name>AttachmentMenu</name>
        <message>
            <source>&amp;Pratinjau</source>
            <translation>&amp;Pratinjau</translation>
        </message>
        <message>
            <source>Simpan &amp;sebagai…</source>
            <translation>Simpan &amp;sebagai…</translation>
        </message>
        <message>
            <source>Buka dengan &amp;aplikasi lain</source>
            <translation>Buka dengan &amp;aplikasi lain</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Diterima</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Ditindaklanjuti</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Tidak ada data</source>
            <translation>Tidak ada data</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Isian templat sudah diganti</source>
            <translation>Isian templat sudah diganti</translation>
        </message>
        <message>
            <source>Nomor tracking laporan</source>
            <translation>Nomor tracking laporan</translation>
        </message>
        <message>
            <source>Tindakan yang telah atau akan dilakukan</source>
            <translation>Tindakan yang telah atau akan dilakukan</translation>
        </message>
        <message>
            <source>Unit kerja yang bertanggung jawab</source>
            <translation>Unit kerja yang bertanggung jawab</translation>
        </message>
        <message>
            <source>Tanggal atau jadwal pelaksanaan</source>
            <translation>Tanggal atau jadwal pelaksanaan</translation>
        </message>
        <message>
            <source>Bukti (lampiran atau nomor dokumen)</source>
            <translation>Bukti (lampiran atau nomor dokumen)</translation>
        </message>
        <message>
            <source>Kontak atau langkah selanjutnya</source>
            <translation>Kontak atau langkah selanjutnya</translation>
        </message>
        <message>
            <source>Pejabat yang menyetujui</source>
            <translation>Pejabat yang menyetujui</translation>
        </message>
        <message>
            <source>Teks minimal {n} karakter</source>
            <translation>Teks minimal {n} karakter</translation>
        </message>
        <message>
            <source>(belum: {markers})</source>
            <translation>(belum: {markers})</translation>
        </message>
    </context>
    <context>
        <name>HandoverFlow</name>
        <message>
            <source>Serah &amp;terima</source>
            <translation>Serah &amp;terima</translation>
        </message>
        <message>
            <source>Serah terima tugas…</source>
            <translation>Serah terima tugas…</translation>
        </message>
        <message>
            <source>Impor paket serah terima…</source>
            <translation>Impor paket serah terima…</translation>
        </message>
        <message>
            <source>Ambil paket dari server…</source>
            <translation>Ambil paket dari server…</translation>
        </message>
        <message>
            <source>Baru diserahkan</source>
            <translation>Baru diserahkan</translation>
        </message>
        <message>
            <source>Kata sandi serah terima</source>
            <translation>Kata sandi serah terima</translation>
        </message>
        <message>
            <source>Kata sandi yang disepakati dengan pendahulu:</source>
            <translation>Kata sandi yang disepakati dengan pendahulu:</translation>
        </message>
        <message>
            <source>Impor paket serah terima</source>
            <translation>Impor paket serah terima</translation>
        </message>
        <message>
            <source>Apakah Anda menggantikan petugas lain? Impor paket serah terima sekarang agar draf dan catatan pendahulu menjadi milik Anda.</source>
            <translation>Apakah Anda menggantikan petugas lain? Impor paket serah terima sekarang agar draf dan catatan pendahulu menjadi milik Anda.</translation>
        </message>
        <message>
            <source>Paket serah terima ditulis ke {path}: {n} laporan terbuka, {w} pekerjaan diserahkan, {d} dibuang. Berikan berkas dan kata sandinya kepada {to}.</source>
            <translation>Paket serah terima ditulis ke {path}: {n} laporan terbuka, {w} pekerjaan diserahkan, {d} dibuang. Berikan berkas dan kata sandinya kepada {to}.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPdf</name>
        <message>
            <source>BERITA ACARA SERAH TERIMA</source>
            <translation>BERITA ACARA SERAH TERIMA</translation>
        </message>
        <message>
            <source>TUGAS ADMIN PENGHUBUNG SP4N-LAPOR!</source>
            <translation>TUGAS ADMIN PENGHUBUNG SP4N-LAPOR!</translation>
        </message>
        <message>
            <source>I. Pengaduan yang masih terbuka (batas waktu terdekat lebih dahulu)</source>
            <translation>I. Pengaduan yang masih terbuka (batas waktu terdekat lebih dahulu)</translation>
        </message>
        <message>
            <source>II. Pekerjaan yang belum terkirim</source>
            <translation>II. Pekerjaan yang belum terkirim</translation>
        </message>
        <message>
            <source>Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.</source>
            <translation>Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.</translation>
        </message>
        <message>
            <source>Tidak ada pengaduan terbuka.</source>
            <translation>Tidak ada pengaduan terbuka.</translation>
        </message>
        <message>
            <source>Tidak ada pekerjaan yang belum terkirim.</source>
            <translation>Tidak ada pekerjaan yang belum terkirim.</translation>
        </message>
        <message>
            <source>Nomor: {number}</source>
            <translation>Nomor: {number}</translation>
        </message>
        <message>
            <source>Berita Acara Serah Terima {number}</source>
            <translation>Berita Acara Serah Terima {number}</translation>
        </message>
    </context>
    <context>
        <name>HandoverWizard</name>
        <message>
            <source>Laporan yang masih terbuka</source>
            <translation>Laporan yang masih terbuka</translation>
        </message>
        <message>
            <source>Tulis catatan untuk penerus pada laporan yang perlu penjelasan: apa yang sudah dijanjikan, siapa yang dihubungi, apa yang ditunggu.</source>
            <translation>Tulis catatan untuk penerus pada laporan yang perlu penjelasan: apa yang sudah dijanjikan, siapa yang dihubungi, apa yang ditunggu.</translation>
        </message>
        <message>
            <source>Pekerjaan yang belum terkirim</source>
            <translation>Pekerjaan yang belum terkirim</translation>
        </message>
        <message>
            <source>Draf dan tindakan di antrean kirim menjadi draf penerus dan dikirim atas nama penerus. Yang tidak diserahkan harus dibuang dengan alasan; tidak ada yang hilang diam-diam.</source>
            <translation>Draf dan tindakan di antrean kirim menjadi draf penerus dan dikirim atas nama penerus. Yang tidak diserahkan harus dibuang dengan alasan; tidak ada yang hilang diam-diam.</translation>
        </message>
        <message>
            <source>Paket serah terima</source>
            <translation>Paket serah terima</translation>
        </message>
        <message>
            <source>Sepakati kata sandi serah terima dengan penerus secara langsung (bukan lewat pesan). Paket hanya dapat dibuka dengan kata sandi ini.</source>
            <translation>Sepakati kata sandi serah terima dengan penerus secara langsung (bukan lewat pesan). Paket hanya dapat dibuka dengan kata sandi ini.</translation>
        </message>
        <message>
            <source>Nama petugas pengganti</source>
            <translation>Nama petugas pengganti</translation>
        </message>
        <message>
            <source>Pilih…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Tulis juga Berita Acara Serah Terima (PDF)</source>
            <translation>Tulis juga Berita Acara Serah Terima (PDF)</translation>
        </message>
        <message>
            <source>Tulis juga Berita Acara (XLSX)</source>
            <translation>Tulis juga Berita Acara (XLSX)</translation>
        </message>
        <message>
            <source>Diserahkan kepada</source>
            <translation>Diserahkan kepada</translation>
        </message>
        <message>
            <source>Pejabat Penghubung</source>
            <translation>Pejabat Penghubung</translation>
        </message>
        <message>
            <source>Kata sandi serah terima</source>
            <translation>Kata sandi serah terima</translation>
        </message>
        <message>
            <source>Ulangi kata sandi</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <source>Berkas paket</source>
            <translation>Berkas paket</translation>
        </message>
        <message>
            <source>Simpan paket serah terima</source>
            <translation>Simpan paket serah terima</translation>
        </message>
        <message>
            <source>Isi nama petugas pengganti.</source>
            <translation>Isi nama petugas pengganti.</translation>
        </message>
        <message>
            <source>Serah terima tugas</source>
            <translation>Serah terima tugas</translation>
        </message>
        <message>
            <source>Buat paket</source>
            <translation>Buat paket</translation>
        </message>
        <message>
            <source>Lanjut &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
        <message>
            <source>&lt; Kembali</source>
            <translation>&lt; Kembali</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>No. Laporan</source>
            <translation>No. Laporan</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Batas waktu</source>
            <translation>Batas waktu</translation>
        </message>
        <message>
            <source>Janji tindak lanjut terakhir</source>
            <translation>Janji tindak lanjut terakhir</translation>
        </message>
        <message>
            <source>Catatan untuk penerus</source>
            <translation>Catatan untuk penerus</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Isi</source>
            <translation>Isi</translation>
        </message>
        <message>
            <source>Keputusan</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <source>Alasan membuang</source>
            <translation>Alasan membuang</translation>
        </message>
        <message>
            <source>Buang</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Serahkan</source>
            <translation>Serahkan</translation>
        </message>
        <message>
            <source>Tidak ada pekerjaan yang belum terkirim.</source>
            <translation>Tidak ada pekerjaan yang belum terkirim.</translation>
        </message>
        <message>
            <source>Kedua kata sandi tidak sama.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <source>Belum dapat diserahkan</source>
            <translation>Belum dapat diserahkan</translation>
        </message>
        <message>
            <source>Isi alasan membuang untuk: {items}</source>
            <translation>Isi alasan membuang untuk: {items}</translation>
        </message>
        <message>
            <source>Kata sandi serah terima minimal {n} karakter.</source>
            <translation>Kata sandi serah terima minimal {n} karakter.</translation>
        </message>
        <message>
            <source>Pilih berkas paket.</source>
            <translation>Pilih berkas paket.</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>LAPORAN PENGELOLAAN PENGADUAN SP4N-LAPOR!</source>
            <translation>LAPORAN PENGELOLAAN PENGADUAN SP4N-LAPOR!</translation>
        </message>
        <message>
            <source>Tren bulanan</source>
            <translation>Tren bulanan</translation>
        </message>
        <message>
            <source>Status laporan</source>
            <translation>Status laporan</translation>
        </message>
        <message>
            <source>Tidak ada data</source>
            <translation>Tidak ada data</translation>
        </message>
        <message>
            <source>Terlambat per kategori</source>
            <translation>Terlambat per kategori</translation>
        </message>
        <message>
            <source>Tidak ada laporan terlambat</source>
            <translation>Tidak ada laporan terlambat</translation>
        </message>
        <message>
            <source>Mengetahui,</source>
            <translation>Mengetahui,</translation>
        </message>
        <message>
            <source>Indikator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Nilai</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Tahap persetujuan Pejabat Penghubung</source>
            <translation>Tahap persetujuan Pejabat Penghubung</translation>
        </message>
        <message>
            <source>Tidak ada laporan terlambat.</source>
            <translation>Tidak ada laporan terlambat.</translation>
        </message>
        <message>
            <source>Diterima</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>% Ditindaklanjuti</source>
            <translation>% Ditindaklanjuti</translation>
        </message>
        <message>
            <source>% Selesai</source>
            <translation>% Selesai</translation>
        </message>
        <message>
            <source>Dalam proses</source>
            <translation>Dalam proses</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Periode: {period}</source>
            <translation>Periode: {period}</translation>
        </message>
        <message>
            <source>{n} laporan rahasia dihitung dalam indikator tetapi tidak dirinci ({late} di antaranya terlambat).</source>
            <translation>{n} laporan rahasia dihitung dalam indikator tetapi tidak dirinci ({late} di antaranya terlambat).</translation>
        </message>
        <message>
            <source>Daftar laporan terlambat per {time}</source>
            <translation>Daftar laporan terlambat per {time}</translation>
        </message>
        <message>
            <source>NIP {nip}</source>
            <translation>NIP {nip}</translation>
        </message>
        <message>
            <source>Laporan Pengelolaan Pengaduan {period}</source>
            <translation>Laporan Pengelolaan Pengaduan {period}</translation>
        </message>
        <message>
            <source>Ditambah {n} laporan rahasia yang terlambat (tidak dirinci).</source>
            <translation>Ditambah {n} laporan rahasia yang terlambat (tidak dirinci).</translation>
        </message>
        <message>
            <source>Laporan diterima</source>
            <translation>Laporan diterima</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Ditindaklanjuti</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>% Dalam proses</source>
            <translation>% Dalam proses</translation>
        </message>
        <message>
            <source>Belum ditindaklanjuti</source>
            <translation>Belum ditindaklanjuti</translation>
        </message>
        <message>
            <source>Terlambat (semua tahap)</source>
            <translation>Terlambat (semua tahap)</translation>
        </message>
        <message>
            <source>Terlambat TL pertama</source>
            <translation>Terlambat TL pertama</translation>
        </message>
        <message>
            <source>Terlambat penyelesaian</source>
            <translation>Terlambat penyelesaian</translation>
        </message>
        <message>
            <source>Median hari kerja ke TL pertama</source>
            <translation>Median hari kerja ke TL pertama</translation>
        </message>
        <message>
            <source>Median hari kerja ke selesai</source>
            <translation>Median hari kerja ke selesai</translation>
        </message>
        <message>
            <source>Laporan rahasia (hanya dihitung)</source>
            <translation>Laporan rahasia (hanya dihitung)</translation>
        </message>
        <message>
            <source>Instansi</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Dibuat</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Data per sinkronisasi terakhir</source>
            <translation>Data per sinkronisasi terakhir</translation>
        </message>
        <message>
            <source>No. Pelacakan</source>
            <translation>No. Pelacakan</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Tahap</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Tenggat</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Hari kerja terlambat</source>
            <translation>Hari kerja terlambat</translation>
        </message>
        <message>
            <source>Tindak lanjut pertama</source>
            <translation>Tindak lanjut pertama</translation>
        </message>
        <message>
            <source>Penyelesaian</source>
            <translation>Penyelesaian</translation>
        </message>
    </context>
    <context>
        <name>ProfileGuard</name>
        <message>
            <source>Hapus semua data profil di komputer ini? Data pengaduan dapat diambil lagi dengan sinkronisasi setelah masuk kembali.</source>
            <translation>Hapus semua data profil di komputer ini? Data pengaduan dapat diambil lagi dengan sinkronisasi setelah masuk kembali.</translation>
        </message>
        <message>
            <source>Data di komputer ini belum terenkripsi. Buat kata sandi profil; basis data akan dienkripsi tanpa kehilangan data.</source>
            <translation>Data di komputer ini belum terenkripsi. Buat kata sandi profil; basis data akan dienkripsi tanpa kehilangan data.</translation>
        </message>
        <message>
            <source>Masih ada pekerjaan yang belum terkirim ke server. Ekspor dulu ke berkas agar tidak hilang?</source>
            <translation>Masih ada pekerjaan yang belum terkirim ke server. Ekspor dulu ke berkas agar tidak hilang?</translation>
        </message>
        <message>
            <source>Ekspor pekerjaan yang belum terkirim</source>
            <translation>Ekspor pekerjaan yang belum terkirim</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Urutkan menurut tenggat terdekat</source>
            <translation>Urutkan menurut tenggat terdekat</translation>
        </message>
        <message>
            <source>Urutkan menurut tanggal masuk, terbaru dulu</source>
            <translation>Urutkan menurut tanggal masuk, terbaru dulu</translation>
        </message>
        <message>
            <source>ID Pelacakan</source>
            <translation>ID Pelacakan</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tenggat</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Lokal</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Tenggat: {date} (per sinkronisasi terakhir)</source>
            <translation>Tenggat: {date} (per sinkronisasi terakhir)</translation>
        </message>
        <message>
            <source>[Rahasia]</source>
            <translation>[Rahasia]</translation>
        </message>
        <message>
            <source>[Anonim]</source>
            <translation>[Anonim]</translation>
        </message>
    </context>
    <context>
        <name>ReporterComplaints</name>
        <message>
            <source>Laporan lain dari pelapor ini</source>
            <translation>Laporan lain dari pelapor ini</translation>
        </message>
        <message>
            <source>&amp;Laporan lain dari pelapor ini ({n}):</source>
            <translation>&amp;Laporan lain dari pelapor ini ({n}):</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Jatuh tempo hari ini</source>
            <translation>Jatuh tempo hari ini</translation>
        </message>
        <message>
            <source>Segera jatuh tempo</source>
            <translation>Segera jatuh tempo</translation>
        </message>
        <message>
            <source>Berisiko terlambat</source>
            <translation>Berisiko terlambat</translation>
        </message>
        <message>
            <source>Sesuai jadwal</source>
            <translation>Sesuai jadwal</translation>
        </message>
        <message>
            <source>Tidak ada tenggat</source>
            <translation>Tidak ada tenggat</translation>
        </message>
    </context>
    <context>
        <name>TrainingCertificate</name>
        <message>
            <source>Latihan memakai data contoh di server latihan bawaan aplikasi; setiap pelajaran diperiksa dari data server itu.</source>
            <translation>Latihan memakai data contoh di server latihan bawaan aplikasi; setiap pelajaran diperiksa dari data server itu.</translation>
        </message>
        <message>
            <source>telah menyelesaikan seluruh pelajaran Mode Latihan</source>
            <translation>telah menyelesaikan seluruh pelajaran Mode Latihan</translation>
        </message>
        <message>
            <source>{n} menit</source>
            <translation>{n} menit</translation>
        </message>
        <message>
            <source>Sertifikat Pelatihan</source>
            <translation>Sertifikat Pelatihan</translation>
        </message>
        <message>
            <source>telah menyelesaikan {done} dari {total} pelajaran Mode Latihan</source>
            <translation>telah menyelesaikan {done} dari {total} pelajaran Mode Latihan</translation>
        </message>
        <message>
            <source>Mode Latihan</source>
            <translation>Mode Latihan</translation>
        </message>
        <message>
            <source>Diberikan kepada</source>
            <translation>Diberikan kepada</translation>
        </message>
        <message>
            <source>Pelajaran</source>
            <translation>Pelajaran</translation>
        </message>
        <message>
            <source>Selesai pada</source>
            <translation>Selesai pada</translation>
        </message>
        <message>
            <source>Waktu</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Periode latihan</source>
            <translation>Periode latihan</translation>
        </message>
        <message>
            <source>Total waktu pelajaran</source>
            <translation>Total waktu pelajaran</translation>
        </message>
        <message>
            <source>(nama belum diisi)</source>
            <translation>(nama belum diisi)</translation>
        </message>
    </context>
    <context>
        <name>TrainingFlow</name>
        <message>
            <source>Pelajaran</source>
            <translation>Pelajaran</translation>
        </message>
        <message>
            <source>Pe&amp;lajaran</source>
            <translation>Pe&amp;lajaran</translation>
        </message>
        <message>
            <source>Mulai ulang lati&amp;han…</source>
            <translation>Mulai ulang lati&amp;han…</translation>
        </message>
        <message>
            <source>Simpan sertifikat</source>
            <translation>Simpan sertifikat</translation>
        </message>
        <message>
            <source>Mulai ulang latihan? Semua draf, Kotak Keluar, kemajuan pelajaran dan data server latihan dihapus. Aplikasi akan ditutup; buka Mode Latihan lagi untuk mulai dari awal.</source>
            <translation>Mulai ulang latihan? Semua draf, Kotak Keluar, kemajuan pelajaran dan data server latihan dihapus. Aplikasi akan ditutup; buka Mode Latihan lagi untuk mulai dari awal.</translation>
        </message>
        <message>
            <source>Latihan Anda tetap tersimpan: draf, Kotak Keluar dan kemajuan pelajaran ada lagi saat Mode Latihan dibuka. Pilih Berkas &gt; "Mulai ulang latihan" untuk mulai dari awal.</source>
            <translation>Latihan Anda tetap tersimpan: draf, Kotak Keluar dan kemajuan pelajaran ada lagi saat Mode Latihan dibuka. Pilih Berkas &gt; "Mulai ulang latihan" untuk mulai dari awal.</translation>
        </message>
        <message>
            <source>Pelajaran selesai: {title}</source>
            <translation>Pelajaran selesai: {title}</translation>
        </message>
        <message>
            <source>sertifikat-latihan.pdf</source>
            <translation>sertifikat-latihan.pdf</translation>
        </message>
        <message>
            <source>Sertifikat disimpan: {path}</source>
            <translation>Sertifikat disimpan: {path}</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Menyiapkan Mode Latihan: membuat data contoh dan menjalankan server latihan…</source>
            <translation>Menyiapkan Mode Latihan: membuat data contoh dan menjalankan server latihan…</translation>
        </message>
        <message>
            <source>Membuka data profil…</source>
            <translation>Membuka data profil…</translation>
        </message>
        <message>
            <source>Mode Latihan tidak dapat dimulai: {error}</source>
            <translation>Mode Latihan tidak dapat dimulai: {error}</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Terdisposisi</source>
            <translation>Terdisposisi</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Ditindaklanjuti</translation>
        </message>
        <message>
            <source>Ditanggapi Pelapor</source>
            <translation>Ditanggapi Pelapor</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Dikembalikan / Bukan Wewenang</source>
            <translation>Dikembalikan / Bukan Wewenang</translation>
        </message>
        <message>
            <source>Arsip</source>
            <translation>Arsip</translation>
        </message>
    </context>
    <context>
        <name>LocalState</name>
        <message>
            <source>Draf</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>Menunggu persetujuan</source>
            <translation>Menunggu persetujuan</translation>
        </message>
        <message>
            <source>Dalam antrean kirim</source>
            <translation>Dalam antrean kirim</translation>
        </message>
        <message>
            <source>Perlu perhatian</source>
            <translation>Perlu perhatian</translation>
        </message>
    </context>
    <context>
        <name>Classification</name>
        <message>
            <source>Aspirasi</source>
            <translation>Aspirasi</translation>
        </message>
        <message>
            <source>Permintaan informasi</source>
            <translation>Permintaan informasi</translation>
        </message>
        <message>
            <source>Pengaduan</source>
            <translation>Pengaduan</translation>
        </message>
        <message>
            <source>Pengaduan berkadar pengawasan</source>
            <translation>Pengaduan berkadar pengawasan</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>Laporan paling mendesak</source>
            <translation>Laporan paling mendesak</translation>
        </message>
        <message>
            <source>Temukan laporan yang tenggatnya paling dekat (belum lewat) dan buka.</source>
            <translation>Temukan laporan yang tenggatnya paling dekat (belum lewat) dan buka.</translation>
        </message>
        <message>
            <source>Pilih tampilan "Jatuh tempo minggu ini" (Ctrl+3).</source>
            <translation>Pilih tampilan "Jatuh tempo minggu ini" (Ctrl+3).</translation>
        </message>
        <message>
            <source>Urutkan menurut kolom tenggat, lalu klik baris teratas.</source>
            <translation>Urutkan menurut kolom tenggat, lalu klik baris teratas.</translation>
        </message>
        <message>
            <source>Tindak lanjut lengkap</source>
            <translation>Tindak lanjut lengkap</translation>
        </message>
        <message>
            <source>Tulis tindak lanjut untuk laporan #{tracking} dari templat, lengkap dengan bukti, sampai daftar periksa hijau, lalu kirim.</source>
            <translation>Tulis tindak lanjut untuk laporan #{tracking} dari templat, lengkap dengan bukti, sampai daftar periksa hijau, lalu kirim.</translation>
        </message>
        <message>
            <source>Cari #{tracking} (Ctrl+F), buka tab "Tindak lanjut".</source>
            <translation>Cari #{tracking} (Ctrl+F), buka tab "Tindak lanjut".</translation>
        </message>
        <message>
            <source>Pilih templat, klik "Terapkan", lengkapi bagian yang masih kosong.</source>
            <translation>Pilih templat, klik "Terapkan", lengkapi bagian yang masih kosong.</translation>
        </message>
        <message>
            <source>Lampirkan foto bukti, lalu klik "Kirim".</source>
            <translation>Lampirkan foto bukti, lalu klik "Kirim".</translation>
        </message>
        <message>
            <source>Bekerja tanpa koneksi</source>
            <translation>Bekerja tanpa koneksi</translation>
        </message>
        <message>
            <source>Server latihan sekarang mati. Kirim tindak lanjut lengkap untuk #{tracking}; tindakan menunggu di Kotak Keluar dan terkirim setelah koneksi kembali.</source>
            <translation>Server latihan sekarang mati. Kirim tindak lanjut lengkap untuk #{tracking}; tindakan menunggu di Kotak Keluar dan terkirim setelah koneksi kembali.</translation>
        </message>
        <message>
            <source>Tindak lanjut tetap bisa ditulis dan dikirim tanpa koneksi.</source>
            <translation>Tindak lanjut tetap bisa ditulis dan dikirim tanpa koneksi.</translation>
        </message>
        <message>
            <source>Buka Kotak Keluar (Ctrl+K) untuk melihat yang menunggu.</source>
            <translation>Buka Kotak Keluar (Ctrl+K) untuk melihat yang menunggu.</translation>
        </message>
        <message>
            <source>Setelah server hidup lagi, klik "Sinkronkan sekarang" (F9).</source>
            <translation>Setelah server hidup lagi, klik "Sinkronkan sekarang" (F9).</translation>
        </message>
        <message>
            <source>Menangani konflik</source>
            <translation>Menangani konflik</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut untuk #{tracking} saat server mati. Sementara itu admin menutup laporan itu: tangani tindakan yang ditolak di Kotak Keluar.</source>
            <translation>Kirim tindak lanjut untuk #{tracking} saat server mati. Sementara itu admin menutup laporan itu: tangani tindakan yang ditolak di Kotak Keluar.</translation>
        </message>
        <message>
            <source>Setelah sinkronisasi, tindakan berstatus "Perlu perhatian".</source>
            <translation>Setelah sinkronisasi, tindakan berstatus "Perlu perhatian".</translation>
        </message>
        <message>
            <source>Buka Kotak Keluar (Ctrl+K) dan pilih tindakan itu; "Ubah &amp; kirim ulang" menunjukkan laporan sekarang di samping draf Anda.</source>
            <translation>Buka Kotak Keluar (Ctrl+K) dan pilih tindakan itu; "Ubah &amp; kirim ulang" menunjukkan laporan sekarang di samping draf Anda.</translation>
        </message>
        <message>
            <source>Laporan sudah selesai: pilih "Buang…" (teksnya tetap tersimpan sebagai draf).</source>
            <translation>Laporan sudah selesai: pilih "Buang…" (teksnya tetap tersimpan sebagai draf).</translation>
        </message>
        <message>
            <source>Bukan wewenang</source>
            <translation>Bukan wewenang</translation>
        </message>
        <message>
            <source>Laporan baru #{tracking} bukan urusan instansi Anda. Ajukan "Bukan wewenang" dengan alasan dan instansi yang benar.</source>
            <translation>Laporan baru #{tracking} bukan urusan instansi Anda. Ajukan "Bukan wewenang" dengan alasan dan instansi yang benar.</translation>
        </message>
        <message>
            <source>Sinkronkan (F9), lalu buka #{tracking}.</source>
            <translation>Sinkronkan (F9), lalu buka #{tracking}.</translation>
        </message>
        <message>
            <source>Klik "Bukan wewenang…", tulis alasannya, pilih instansi yang menangani tema laporan itu.</source>
            <translation>Klik "Bukan wewenang…", tulis alasannya, pilih instansi yang menangani tema laporan itu.</translation>
        </message>
        <message>
            <source>Tanggapan pelapor</source>
            <translation>Tanggapan pelapor</translation>
        </message>
        <message>
            <source>Pelapor #{tracking} menanggapi tindak lanjut Anda. Terima tanggapannya, lalu kirim tindak lanjut lengkap yang baru.</source>
            <translation>Pelapor #{tracking} menanggapi tindak lanjut Anda. Terima tanggapannya, lalu kirim tindak lanjut lengkap yang baru.</translation>
        </message>
        <message>
            <source>Sinkronkan (F9); laporan berstatus "Ditanggapi Pelapor".</source>
            <translation>Sinkronkan (F9); laporan berstatus "Ditanggapi Pelapor".</translation>
        </message>
        <message>
            <source>Klik "Tandai balasan pelapor sudah dibaca", lalu tulis tindak lanjut baru dengan bukti.</source>
            <translation>Klik "Tandai balasan pelapor sudah dibaca", lalu tulis tindak lanjut baru dengan bukti.</translation>
        </message>
        <message>
            <source>Laporan bulanan</source>
            <translation>Laporan bulanan</translation>
        </message>
        <message>
            <source>Ekspor laporan bulanan dari tab Dasbor.</source>
            <translation>Ekspor laporan bulanan dari tab Dasbor.</translation>
        </message>
        <message>
            <source>Buka tab "Dasbor" (Alt+D).</source>
            <translation>Buka tab "Dasbor" (Alt+D).</translation>
        </message>
        <message>
            <source>Klik "Ekspor…", pilih berkas tujuan, lalu "Ekspor".</source>
            <translation>Klik "Ekspor…", pilih berkas tujuan, lalu "Ekspor".</translation>
        </message>
    </context>
    <context>
        <name>Template</name>
        <message>
            <source>Tindak lanjut awal (laporan diterima)</source>
            <translation>Tindak lanjut awal (laporan diterima)</translation>
        </message>
        <message>
            <source>Jawaban permintaan informasi</source>
            <translation>Jawaban permintaan informasi</translation>
        </message>
        <message>
            <source>Tindak lanjut terjadwal</source>
            <translation>Tindak lanjut terjadwal</translation>
        </message>
        <message>
            <source>Tindak lanjut selesai dengan bukti</source>
            <translation>Tindak lanjut selesai dengan bukti</translation>
        </message>
    </context>
</TS>

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
        <name>ComplaintDetail</name>
        <message>
            <source>Pilih laporan dari antrean untuk melihat rinciannya</source>
            <extracomment>The officer opened an attachment (double-click or Enter): its SHA-256.</extracomment>
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
            <source>,</source>
            <comment>decimal separator</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>Januari</source>
            <translation>Januari</translation>
        </message>
        <message>
            <source>Februari</source>
            <translation>Februari</translation>
        </message>
        <message>
            <source>Maret</source>
            <translation>Maret</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>Mei</source>
            <translation>Mei</translation>
        </message>
        <message>
            <source>Juni</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Juli</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Agustus</source>
            <translation>Agustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>Oktober</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>Desember</source>
            <translation>Desember</translation>
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
        <message>
            <source>Situs web</source>
            <translation>Situs web</translation>
        </message>
        <message>
            <source>{n} B</source>
            <translation>{n} B</translation>
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
            <source>&amp;Salin laporan</source>
            <translation>&amp;Salin laporan</translation>
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
        <name>MainWindow</name>
        <message>
            <source>&amp;Berkas</source>
            <extracomment>The officer opened settings (app.py shows the dialog and applies the result). The officer asked for Help &gt; About.</extracomment>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Sinkronkan sekarang</source>
            <translation>&amp;Sinkronkan sekarang</translation>
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
            <source>&amp;Tampilan</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Cari</source>
            <translation>&amp;Cari</translation>
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
            <source>Alat</source>
            <translation>Alat</translation>
        </message>
        <message>
            <source>{n} laporan</source>
            <translation>{n} laporan</translation>
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
            <source>Perubahan bahasa berlaku setelah aplikasi dimulai ulang.</source>
            <translation>Perubahan bahasa berlaku setelah aplikasi dimulai ulang.</translation>
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
        <name>QueueModel</name>
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
        <name>Application</name>
        <message>
            <source>Menyiapkan Mode Latihan: membuat data contoh dan menjalankan server latihan…</source>
            <translation>Menyiapkan Mode Latihan: membuat data contoh dan menjalankan server latihan…</translation>
        </message>
        <message>
            <source>Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. Pekerjaan Anda tetap tersimpan.</source>
            <translation>Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. Pekerjaan Anda tetap tersimpan.</translation>
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
</TS>

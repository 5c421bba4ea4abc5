<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Tentang {app}</source>
            <translation>About {app}</translation>
        </message>
        <message>
            <source>Meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR!: antrean laporan, tenggat hari kerja, dan draf tindak lanjut yang tetap tersimpan walau tanpa koneksi, lalu disinkronkan dengan server saat tersambung.</source>
            <translation>The liaison admin's workbench for following up SP4N-LAPOR! reports: a report queue, working-day deadlines, and follow-up drafts that stay saved even without a connection and are synced with the server once connected.</translation>
        </message>
        <message>
            <source>Versi:</source>
            <translation>Version:</translation>
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
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Folder log:</source>
            <translation>Log folder:</translation>
        </message>
        <message>
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDetail</name>
        <message>
            <source>Pilih laporan dari antrean untuk melihat rinciannya</source>
            <extracomment>The officer opened an attachment (double-click or Enter): its SHA-256.</extracomment>
            <translation>Select a report in the queue to see its details</translation>
        </message>
        <message>
            <source>Anonim</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <source>Rahasia</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>Klasifikasi:</source>
            <translation>Classification:</translation>
        </message>
        <message>
            <source>Kategori:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Lokasi:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>Kanal:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>Dikirim:</source>
            <translation>Submitted:</translation>
        </message>
        <message>
            <source>Didisposisikan:</source>
            <translation>Disposed:</translation>
        </message>
        <message>
            <source>Tenggat</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Tindak lanjut pertama:</source>
            <translation>First follow-up:</translation>
        </message>
        <message>
            <source>Penyelesaian:</source>
            <translation>Resolution:</translation>
        </message>
        <message>
            <source>Tutup otomatis:</source>
            <translation>Auto-close:</translation>
        </message>
        <message>
            <source>Sisa waktu:</source>
            <translation>Time left:</translation>
        </message>
        <message>
            <source>Tenggat ditetapkan server; sisa waktu dihitung per sinkronisasi terakhir.</source>
            <translation>Deadlines are set by the server; time left is calculated as of the last sync.</translation>
        </message>
        <message>
            <source>Pelapor</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>Nama:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Telepon:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Surel:</source>
            <translation>Email:</translation>
        </message>
        <message>
            <source>Isi laporan</source>
            <translation>Report text</translation>
        </message>
        <message>
            <source>Riwayat</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Lampiran</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Nama berkas</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>Ukuran</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Klik dua kali atau tekan Enter untuk membuka lampiran</source>
            <translation>Double-click or press Enter to open an attachment</translation>
        </message>
        <message>
            <source>Tidak ada lampiran.</source>
            <translation>No attachments.</translation>
        </message>
        <message>
            <source>Identitas pelapor dirahasiakan</source>
            <translation>Reporter's identity is confidential</translation>
        </message>
        <message>
            <source>Identitas pelapor tidak tersedia</source>
            <translation>Reporter's identity is not available</translation>
        </message>
        <message>
            <source>Belum ada riwayat.</source>
            <translation>No history yet.</translation>
        </message>
        <message>
            <source>Lampiran: {names}</source>
            <translation>Attachments: {names}</translation>
        </message>
        <message>
            <source>,</source>
            <comment>decimal separator</comment>
            <translation>.</translation>
        </message>
        <message>
            <source>Januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>Februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>Maret</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>Mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>Juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>Juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>Agustus</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>Oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>Desember</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Laporan masuk</source>
            <translation>Report received</translation>
        </message>
        <message>
            <source>Diverifikasi</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Didisposisikan</source>
            <translation>Disposed</translation>
        </message>
        <message>
            <source>Tindak lanjut</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Catatan internal</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>Tanggapan pelapor</source>
            <translation>Reporter's reply</translation>
        </message>
        <message>
            <source>Tanggapan pelapor dikonfirmasi</source>
            <translation>Reporter's reply acknowledged</translation>
        </message>
        <message>
            <source>Permintaan disposisi ulang (bukan wewenang)</source>
            <translation>Re-disposition requested (not our authority)</translation>
        </message>
        <message>
            <source>Dikembalikan</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Ditutup otomatis</source>
            <translation>Closed automatically</translation>
        </message>
        <message>
            <source>Diarsipkan</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Aspirasi</source>
            <translation>Aspiration</translation>
        </message>
        <message>
            <source>Permintaan informasi</source>
            <translation>Information request</translation>
        </message>
        <message>
            <source>Pengaduan</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Pengaduan berkadar pengawasan</source>
            <translation>Complaint requiring oversight</translation>
        </message>
        <message>
            <source>Situs web</source>
            <translation>Website</translation>
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
            <translation>An unexpected error occurred</translation>
        </message>
        <message>
            <source>LAPOR! Desktop mengalami kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan tetap aman. Salin laporan di bawah ini dan kirimkan kepada pengelola aplikasi.</source>
            <translation>LAPOR! Desktop ran into an unexpected error. Work you have already saved is safe. Copy the report below and send it to the application administrator.</translation>
        </message>
        <message>
            <source>Laporan juga disimpan di: {path}</source>
            <translation>The report was also saved to: {path}</translation>
        </message>
        <message>
            <source>&amp;Salin laporan</source>
            <translation>&amp;Copy report</translation>
        </message>
    </context>
    <context>
        <name>ErrorBridge</name>
        <message>
            <source>Perhatian</source>
            <extracomment>A short message for the status bar (known errors that need no dialog). A crash report was written: (report text, file path or "").</extracomment>
            <translation>Attention</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Cari ID pelacakan, judul, isi, lokasi… (Ctrl+F)</source>
            <extracomment>The query to show changed (a QueueQuery).</extracomment>
            <translation>Search tracking ID, title, text, location… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Semua status</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Masih dikerjakan</source>
            <translation>Still open</translation>
        </message>
        <message>
            <source>Semua klasifikasi</source>
            <translation>All classifications</translation>
        </message>
        <message>
            <source>Semua kategori</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Ada &amp;draf</source>
            <translation>Has &amp;draft</translation>
        </message>
        <message>
            <source>Semua laporan</source>
            <translation>All reports</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Jatuh tempo minggu ini</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Perlu perhatian</source>
            <translation>Needs attention</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Selamat datang di {app}</source>
            <extracomment>The officer chose to try training mode (demo data, local training server). The officer entered a valid server address (normalised by ``check_server_url``).</extracomment>
            <translation>Welcome to {app}</translation>
        </message>
        <message>
            <source>LAPOR! Desktop adalah meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR! yang didisposisikan ke instansi Anda. Antrean laporan, tenggat waktu, dan draf tindak lanjut tersimpan di komputer ini, sehingga Anda tetap dapat bekerja saat jaringan terputus. Begitu tersambung, semuanya disinkronkan dengan server.</source>
            <translation>LAPOR! Desktop is the liaison admin's workbench for following up SP4N-LAPOR! reports disposed to your agency. The report queue, deadlines and follow-up drafts are stored on this computer, so you can keep working when the network is down. As soon as you are connected, everything is synced with the server.</translation>
        </message>
        <message>
            <source>Belum punya akun server?</source>
            <translation>No server account yet?</translation>
        </message>
        <message>
            <source>Pelajari cara kerja aplikasi dengan data contoh dari Provinsi Kepulauan Riau. Tidak ada yang dikirim ke server LAPOR! sungguhan.</source>
            <translation>Learn how the application works with sample data from Riau Islands Province. Nothing is sent to the real LAPOR! server.</translation>
        </message>
        <message>
            <source>Coba &amp;Mode Latihan</source>
            <translation>Try &amp;training mode</translation>
        </message>
        <message>
            <source>Sudah punya akun?</source>
            <translation>Already have an account?</translation>
        </message>
        <message>
            <source>Masukkan alamat server LAPOR! instansi Anda (diawali https://).</source>
            <translation>Enter your agency's LAPOR! server address (starting with https://).</translation>
        </message>
        <message>
            <source>&amp;Alamat server:</source>
            <translation>Server &amp;address:</translation>
        </message>
        <message>
            <source>&amp;Hubungkan ke server</source>
            <translation>&amp;Connect to server</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Masuk ke server LAPOR!</source>
            <translation>Log in to the LAPOR! server</translation>
        </message>
        <message>
            <source>Masuk ke {app}</source>
            <translation>Log in to {app}</translation>
        </message>
        <message>
            <source>Alamat &amp;server:</source>
            <translation>&amp;Server address:</translation>
        </message>
        <message>
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Masuk</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Berkas</source>
            <extracomment>The officer opened settings (app.py shows the dialog and applies the result). The officer asked for Help &gt; About.</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Sinkronkan sekarang</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>&amp;Pengaturan…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <source>&amp;Keluar</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Tampilan</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Cari</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Muat ulang antrean</source>
            <translation>&amp;Reload queue</translation>
        </message>
        <message>
            <source>Ba&amp;ntuan</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Tentang LAPOR! Desktop</source>
            <translation>&amp;About LAPOR! Desktop</translation>
        </message>
        <message>
            <source>Alat</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>{n} laporan</source>
            <translation>{n} reports</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Pengaturan</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Alamat se&amp;rver:</source>
            <translation>Se&amp;rver address:</translation>
        </message>
        <message>
            <source> menit</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Interval sinkronisasi:</source>
            <translation>Sync &amp;interval:</translation>
        </message>
        <message>
            <source>Perubahan bahasa berlaku setelah aplikasi dimulai ulang.</source>
            <translation>A language change takes effect after the application is restarted.</translation>
        </message>
        <message>
            <source>Ba&amp;hasa:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Kosongkan untuk memakai sertifikat sistem</source>
            <translation>Leave empty to use the system certificates</translation>
        </message>
        <message>
            <source>&amp;Pilih…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Sertifikat &amp;CA tambahan:</source>
            <translation>Additional &amp;CA certificate:</translation>
        </message>
        <message>
            <source>&amp;Kunci otomatis setelah diam:</source>
            <translation>Auto-loc&amp;k after idle:</translation>
        </message>
        <message>
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Berkas sertifikat CA tidak ditemukan: {path}</source>
            <translation>CA certificate file not found: {path}</translation>
        </message>
        <message>
            <source>Pilih berkas sertifikat CA</source>
            <translation>Choose a CA certificate file</translation>
        </message>
        <message>
            <source>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Menunggu dikirim: {n}</source>
            <translation>Waiting to send: {n}</translation>
        </message>
        <message>
            <source>Perlu perhatian: {n}</source>
            <translation>Needs attention: {n}</translation>
        </message>
        <message>
            <source>Belum sinkron</source>
            <translation>Not synced yet</translation>
        </message>
        <message>
            <source>● Terhubung</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>● Luring (offline)</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <source>Menyinkronkan…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Perlu masuk ulang</source>
            <translation>Log in again</translation>
        </message>
        <message>
            <source>Perbarui aplikasi</source>
            <translation>Update the application</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sinkronkan sekarang</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>menghubungi server</source>
            <translation>contacting server</translation>
        </message>
        <message>
            <source>mengirim</source>
            <translation>sending</translation>
        </message>
        <message>
            <source>mengunggah lampiran</source>
            <translation>uploading attachments</translation>
        </message>
        <message>
            <source>mengambil laporan</source>
            <translation>fetching reports</translation>
        </message>
        <message>
            <source>mengunduh lampiran</source>
            <translation>downloading attachments</translation>
        </message>
        <message>
            <source>selesai</source>
            <translation>done</translation>
        </message>
        <message>
            <source>Sinkron terakhir: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <source>Mode latihan</source>
            <translation>Training mode</translation>
        </message>
        <message>
            <source>MODE LATIHAN — data contoh, tidak terhubung ke server LAPOR! sungguhan</source>
            <translation>TRAINING MODE — sample data, not connected to the real LAPOR! server</translation>
        </message>
        <message>
            <source>Petugas contoh: {name}</source>
            <translation>Sample officer: {name}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>ID Pelacakan</source>
            <translation>Tracking ID</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tenggat</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Lokal</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Tenggat: {date} (per sinkronisasi terakhir)</source>
            <translation>Deadline: {date} (as of the last sync)</translation>
        </message>
        <message>
            <source>[Rahasia]</source>
            <translation>[Confidential]</translation>
        </message>
        <message>
            <source>[Anonim]</source>
            <translation>[Anonymous]</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Menyiapkan Mode Latihan: membuat data contoh dan menjalankan server latihan…</source>
            <translation>Preparing training mode: creating sample data and starting the training server…</translation>
        </message>
        <message>
            <source>Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. Pekerjaan Anda tetap tersimpan.</source>
            <translation>Your session has expired. Log in again to continue syncing. Your work is still saved.</translation>
        </message>
        <message>
            <source>Mode Latihan tidak dapat dimulai: {error}</source>
            <translation>Training mode could not be started: {error}</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Terdisposisi</source>
            <translation>Disposed</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Ditanggapi Pelapor</source>
            <translation>Reporter replied</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Dikembalikan / Bukan Wewenang</source>
            <translation>Returned / Not our authority</translation>
        </message>
        <message>
            <source>Arsip</source>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>LocalState</name>
        <message>
            <source>Draf</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Menunggu persetujuan</source>
            <translation>Awaiting sign-off</translation>
        </message>
        <message>
            <source>Dalam antrean kirim</source>
            <translation>Queued to send</translation>
        </message>
        <message>
            <source>Perlu perhatian</source>
            <translation>Needs attention</translation>
        </message>
    </context>
    <context>
        <name>Classification</name>
        <message>
            <source>Aspirasi</source>
            <translation>Aspiration</translation>
        </message>
        <message>
            <source>Permintaan informasi</source>
            <translation>Information request</translation>
        </message>
        <message>
            <source>Pengaduan</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Pengaduan berkadar pengawasan</source>
            <translation>Complaint requiring oversight</translation>
        </message>
    </context>
</TS>

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
        <name>AcknowledgeDialog</name>
        <message>
            <source>Tandai balasan pelapor sudah dibaca</source>
            <translation>Mark reporter's reply as read</translation>
        </message>
        <message>
            <source>&amp;Pesan singkat untuk pelapor (boleh dikosongkan):</source>
            <translation>&amp;Short message to the reporter (optional):</translation>
        </message>
        <message>
            <source>&amp;Tandai sudah dibaca</source>
            <translation>&amp;Mark as read</translation>
        </message>
    </context>
    <context>
        <name>AttachmentFlow</name>
        <message>
            <source>Membuka lampiran {name}…</source>
            <extracomment>A message for the status bar while a file is being fetched. The built-in preview of an attachment is on screen (the dialog). A file was fetched into the offline cache: a :class:`Changes` for the change hub.</extracomment>
            <translation>Opening attachment {name}…</translation>
        </message>
    </context>
    <context>
        <name>AttachmentList</name>
        <message>
            <source>Lampiran bukti</source>
            <extracomment>The list of attachments changed (added, redacted or removed). A file was refused: its Indonesian reason (also shown under the list). The selected attachment changed: its PreparedEvidence, or None.</extracomment>
            <translation>Evidence attachments</translation>
        </message>
        <message>
            <source>&amp;Lampirkan berkas…</source>
            <translation>&amp;Attach file…</translation>
        </message>
        <message>
            <source>&amp;Samarkan bagian…</source>
            <translation>&amp;Redact parts…</translation>
        </message>
        <message>
            <source>Samarkan atau tutup wajah, pelat nomor, nomor rumah atau dokumen sebelum foto dikirim</source>
            <translation>Blur or cover faces, number plates, house numbers or documents before the photo is sent</translation>
        </message>
        <message>
            <source>&amp;Hapus lampiran</source>
            <translation>&amp;Remove attachment</translation>
        </message>
        <message>
            <source>PNG, JPEG atau PDF, maksimal 10 MB; seret berkas ke sini. Metadata (lokasi, waktu, perangkat) selalu dihapus.</source>
            <translation>PNG, JPEG or PDF, at most 10 MB; drag files here. Metadata (location, time, device) is always removed.</translation>
        </message>
        <message>
            <source>Pilih lampiran bukti</source>
            <translation>Choose evidence attachment</translation>
        </message>
        <message>
            <source>Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)</source>
            <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>diperkecil</source>
            <translation>reduced</translation>
        </message>
        <message>
            <source>metadata dihapus</source>
            <translation>metadata removed</translation>
        </message>
        <message>
            <source>{n} bagian disamarkan</source>
            <translation>{n} parts redacted</translation>
        </message>
        <message>
            <source>Lampiran tidak dapat diproses: {error}</source>
            <translation>The attachment could not be processed: {error}</translation>
        </message>
    </context>
    <context>
        <name>AttachmentOpener</name>
        <message>
            <source>Tidak ada aplikasi untuk membuka {name}.</source>
            <extracomment>Something went wrong or was refused: a message for the officer (Indonesian). A decrypted copy was handed to the system viewer: its path. The attachment was saved where the officer chose: the path.</extracomment>
            <translation>No application is available to open {name}.</translation>
        </message>
        <message>
            <source>Lampiran tidak dapat disimpan: {error}</source>
            <translation>The attachment could not be saved: {error}</translation>
        </message>
        <message>
            <source>Lampiran belum diunduh atau salinannya rusak. Sinkronkan lalu coba lagi.</source>
            <translation>The attachment has not been downloaded or its copy is damaged. Sync, then try again.</translation>
        </message>
        <message>
            <source>Simpan lampiran sebagai…</source>
            <translation>Save attachment as…</translation>
        </message>
        <message>
            <source>Lampiran tidak dibuka</source>
            <translation>Attachment not opened</translation>
        </message>
        <message>
            <source>Simpan berkas ini sebagai…?</source>
            <translation>Save this file as…?</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <source>Pratinjau: {name}</source>
            <extracomment>The officer asked to save the file ("Simpan sebagai…"). The officer asked for the system's viewer ("Buka dengan aplikasi lain"). A page (or the image) is on show: its 0-based index.</extracomment>
            <translation>Preview: {name}</translation>
        </message>
        <message>
            <source>Isi lampiran {name}</source>
            <translation>Content of attachment {name}</translation>
        </message>
        <message>
            <source>&amp;Sebelumnya</source>
            <translation>&amp;Previous</translation>
        </message>
        <message>
            <source>Be&amp;rikutnya</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>Simpan &amp;sebagai…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <source>Buka dengan &amp;aplikasi lain</source>
            <translation>Open with &amp;another application</translation>
        </message>
        <message>
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Menampilkan halaman…</source>
            <translation>Showing the page…</translation>
        </message>
        <message>
            <source>Pratinjau tidak tersedia untuk jenis berkas ini. Simpan berkasnya, atau buka dengan aplikasi lain bila Anda mempercayainya.</source>
            <translation>No preview for this type of file. Save the file, or open it with another application if you trust it.</translation>
        </message>
        <message>
            <source>Halaman {n} dari {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>BukanWewenangDialog</name>
        <message>
            <source>Bukan wewenang</source>
            <translation>Not our authority</translation>
        </message>
        <message>
            <source>&amp;Alasan laporan ini bukan wewenang instansi Anda (wajib):</source>
            <translation>&amp;Reason this report is not your agency's authority (required):</translation>
        </message>
        <message>
            <source>&amp;Ajukan disposisi ulang</source>
            <translation>Request re&amp;disposition</translation>
        </message>
        <message>
            <source>— pilih instansi —</source>
            <translation>— choose an agency —</translation>
        </message>
        <message>
            <source>Instansi yang &amp;disarankan (wajib):</source>
            <translation>&amp;Suggested agency (required):</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>{label}: ada</source>
            <extracomment>One row per rule that blocks sending.</extracomment>
            <translation>{label}: present</translation>
        </message>
        <message>
            <source>{label}: belum ada</source>
            <translation>{label}: missing</translation>
        </message>
        <message>
            <source>Kelengkapan: {n} dari {total}</source>
            <translation>Completeness: {n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDetail</name>
        <message>
            <source>Pilih laporan dari antrean untuk melihat rinciannya</source>
            <extracomment>The officer opened an attachment (double-click or Enter): its SHA-256. An action from an attachment's context menu: (SHA-256, "preview" | "save" | "external").</extracomment>
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
            <source>Laporan serupa dan terkait</source>
            <translation>Similar and linked reports</translation>
        </message>
        <message>
            <source>Catatan serah terima: {note}</source>
            <translation>Handover note: {note}</translation>
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
            <source>Situs web</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>{n} hari kerja</source>
            <translation>{n} working days</translation>
        </message>
        <message>
            <source>belum pernah</source>
            <translation>never</translation>
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
            <translation>Action needs attention</translation>
        </message>
        <message>
            <source>Server menolak isi tindakan Anda. Perbaiki teks lalu kirim ulang.</source>
            <translation>The server rejected the content of your action. Correct the text, then send it again.</translation>
        </message>
        <message>
            <source>Laporan ini berubah di server setelah Anda menulis tindakan, sehingga server menolaknya. Periksa keadaan laporan sekarang, revisi draf Anda, lalu kirim ulang, atau buang draf.</source>
            <translation>This report changed on the server after you wrote your action, so the server rejected it. Check the report's current state, revise your draft, then send it again, or discard the draft.</translation>
        </message>
        <message>
            <source>Alasan dari server: {reason}</source>
            <translation>Reason from the server: {reason}</translation>
        </message>
        <message>
            <source>Laporan saat ini (di server)</source>
            <translation>Current report (on the server)</translation>
        </message>
        <message>
            <source>Draf Anda (dapat diubah)</source>
            <translation>Your draft (editable)</translation>
        </message>
        <message>
            <source>Kirim ulang setelah direvisi</source>
            <translation>Resend after revising</translation>
        </message>
        <message>
            <source>Buang draf…</source>
            <translation>Discard draft…</translation>
        </message>
        <message>
            <source>Nanti saja</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Laporan ini tidak lagi terdisposisi ke instansi Anda.</source>
            <translation>This report is no longer disposed to your agency.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Revisi: {n}</source>
            <translation>Revision: {n}</translation>
        </message>
        <message>
            <source>Riwayat terbaru:</source>
            <translation>Recent history:</translation>
        </message>
        <message>
            <source>Status laporan saat ini tidak mengizinkan tindakan ini. Simpan draf dengan "Nanti saja" sampai statusnya berubah, atau buang draf.</source>
            <translation>The report's current status does not allow this action. Keep the draft with "Later" until the status changes, or discard the draft.</translation>
        </message>
        <message>
            <source>Teks tidak boleh kosong.</source>
            <translation>The text cannot be empty.</translation>
        </message>
        <message>
            <source>Buang draf?</source>
            <translation>Discard draft?</translation>
        </message>
        <message>
            <source>Tindakan ini tidak akan dikirim. Teksnya tetap tersimpan sebagai draf di laporan ini.</source>
            <translation>This action will not be sent. Its text stays saved as a draft on this report.</translation>
        </message>
        <message>
            <source>Buang</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
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
            <source>Isi laporan: versi aplikasi, Qt dan Python, sistem operasi, dan jejak kesalahan (traceback). Laporan tidak memuat isi pengaduan, identitas pelapor, kata sandi, maupun token. Periksa teks di bawah sebelum menyalinnya; yang disalin persis teks ini.</source>
            <translation>The report contains: the app, Qt and Python versions, the operating system, and the error trace (traceback). It contains no complaint content, no reporter identity, no password and no token. Check the text below before copying it; exactly this text is copied.</translation>
        </message>
        <message>
            <source>&amp;Salin laporan</source>
            <translation>&amp;Copy report</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Ekspor…</source>
            <extracomment>A report finished loading and is on screen (the :class:`MonthlyReport`). Loading a report failed (the exception); the window's error bridge may show it. A report was exported to this file (training's report lesson listens).</extracomment>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Diterima</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>% Ditindaklanjuti</source>
            <translation>% Followed up</translation>
        </message>
        <message>
            <source>% Selesai</source>
            <translation>% Closed</translation>
        </message>
        <message>
            <source>Dalam proses</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Tren bulanan (6 bulan)</source>
            <translation>Monthly trend (6 months)</translation>
        </message>
        <message>
            <source>Status laporan</source>
            <translation>Report status</translation>
        </message>
        <message>
            <source>Terlambat per kategori</source>
            <translation>Overdue by category</translation>
        </message>
        <message>
            <source>belum pernah</source>
            <translation>never</translation>
        </message>
        <message>
            <source>per sinkronisasi terakhir: {time}</source>
            <translation>as of last sync: {time}</translation>
        </message>
        <message>
            <source>hari kerja</source>
            <translation>working days</translation>
        </message>
        <message>
            <source>{fu} ditindaklanjuti dari {n} laporan; {done} selesai. Terlambat TL pertama: {late_fu}, terlambat penyelesaian: {late_done}. Median ke TL pertama: {m_fu}; median ke selesai: {m_done}. Termasuk {rahasia} laporan rahasia (hanya dihitung).</source>
            <translation>{fu} of {n} reports followed up; {done} closed. First follow-up overdue: {late_fu}, closing overdue: {late_done}. Median to first follow-up: {m_fu}; median to closing: {m_done}. Includes {rahasia} confidential reports (counted only).</translation>
        </message>
        <message>
            <source>Tahap persetujuan pejabat: {n} dikirim, {done} ditinjau, {waiting} masih menunggu. Median menunggu persetujuan: {median}; terlambat disetujui: {late}.</source>
            <translation>Official sign-off stage: {n} submitted, {done} reviewed, {waiting} still waiting. Median wait for sign-off: {median}; signed off late: {late}.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <source>No. Laporan</source>
            <extracomment>The officer double-clicked a listed complaint (its id): open it. A list was filled (the complaint's id); for tests and screenshots. "Tampilkan bersama di antrean": the ids of the complaint and its linked ones.</extracomment>
            <translation>Report no.</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Cocok</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Masuk</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Kaitkan</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Kaitkan laporan yang dicentang dengan laporan ini</source>
            <translation>Link the ticked reports with this report</translation>
        </message>
        <message>
            <source>Pakai TL terakhir…</source>
            <translation>Use last follow-up…</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut terakhir laporan ini ke laporan terkait, dengan nomor dan tanggal masing-masing</source>
            <translation>Send this report's last follow-up to the linked reports, with each one's number and date</translation>
        </message>
        <message>
            <source>Lepaskan tautan</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <source>Lepaskan laporan terkait yang dicentang dari laporan ini (juga di server)</source>
            <translation>Unlink the ticked linked reports from this report (on the server too)</translation>
        </message>
        <message>
            <source>Tampilkan bersama</source>
            <translation>Show together</translation>
        </message>
        <message>
            <source>Tampilkan laporan terkait bersama di antrean</source>
            <translation>Show the linked reports together in the queue</translation>
        </message>
        <message>
            <source>Mencari laporan serupa…</source>
            <translation>Looking for similar reports…</translation>
        </message>
        <message>
            <source>Terkait ({n})</source>
            <translation>Linked ({n})</translation>
        </message>
        <message>
            <source>Kemungkinan duplikat ({n})</source>
            <translation>Likely duplicates ({n})</translation>
        </message>
        <message>
            <source>Tidak ada laporan serupa di antrean Anda.</source>
            <translation>No similar reports in your queue.</translation>
        </message>
        <message>
            <source>Identitas pelapor tidak ditampilkan; kecocokan pelapor dibandingkan dengan kunci tersamar.</source>
            <translation>Reporter identities are not shown; reporters are compared by masked keys.</translation>
        </message>
        <message>
            <source>Pakai TL</source>
            <translation>Use follow-up</translation>
        </message>
        <message>
            <source>Belum ada tindak lanjut pada laporan ini, atau tidak ada laporan terkait yang masih dapat ditindaklanjuti.</source>
            <translation>This report has no follow-up yet, or no linked report can still be followed up.</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut ini ke {n} laporan terkait? Nomor laporan dan tanggalnya disesuaikan untuk masing-masing.</source>
            <translation>Send this follow-up to {n} linked reports? The report number and date are filled in for each.</translation>
        </message>
        <message>
            <source>pelapor</source>
            <translation>reporter</translation>
        </message>
        <message>
            <source>lokasi</source>
            <translation>place</translation>
        </message>
        <message>
            <source>teks</source>
            <translation>text</translation>
        </message>
        <message>
            <source>pelapor sama</source>
            <translation>same reporter</translation>
        </message>
        <message>
            <source>lokasi &amp; kategori sama</source>
            <translation>same place &amp; category</translation>
        </message>
        <message>
            <source>teks mirip</source>
            <translation>similar text</translation>
        </message>
    </context>
    <context>
        <name>EditorStateBadge</name>
        <message>
            <source>Dalam antrean kirim</source>
            <translation>In the send queue</translation>
        </message>
        <message>
            <source>Terkirim {time} · No. {receipt}</source>
            <translation>Sent {time} · No. {receipt}</translation>
        </message>
        <message>
            <source>Tidak dapat ditindaklanjuti</source>
            <translation>Cannot be followed up</translation>
        </message>
        <message>
            <source>Draf</source>
            <translation>Draft</translation>
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
        <name>EvidencePanel</name>
        <message>
            <source>Lokasi GPS:</source>
            <extracomment>The officer asked to add this visible text to the follow-up ("Foto diambil …").</extracomment>
            <translation>GPS location:</translation>
        </message>
        <message>
            <source>Waktu:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Perangkat:</source>
            <translation>Device:</translation>
        </message>
        <message>
            <source>Lainnya:</source>
            <translation>Other:</translation>
        </message>
        <message>
            <source>wa&amp;ktu</source>
            <translation>&amp;time</translation>
        </message>
        <message>
            <source>lo&amp;kasi</source>
            <translation>&amp;location</translation>
        </message>
        <message>
            <source>Tulis di &amp;tindak lanjut</source>
            <translation>Write in the &amp;follow-up</translation>
        </message>
        <message>
            <source>Tambahkan waktu dan/atau lokasi sebagai teks yang terlihat oleh pelapor</source>
            <translation>Add the time and/or location as text the reporter can see</translation>
        </message>
        <message>
            <source>Tampilkan sebagai teks:</source>
            <translation>Show as text:</translation>
        </message>
        <message>
            <source>{name}: tidak ada metadata tersembunyi.</source>
            <translation>{name}: no hidden metadata.</translation>
        </message>
        <message>
            <source>Ditemukan dan dihapus dari {name}:</source>
            <translation>Found in and removed from {name}:</translation>
        </message>
        <message>
            <source>{device} (nomor seri {serial})</source>
            <translation>{device} (serial number {serial})</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Ekspor laporan</source>
            <extracomment>Rows written so far and the total (emitted on the worker, received on the GUI thread). The export finished: the written file's path.</extracomment>
            <translation>Export report</translation>
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
            <translation>Monthly report PDF</translation>
        </message>
        <message>
            <source>Pilih…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>mis. Kepala Dinas Komunikasi dan Informatika</source>
            <translation>e.g. Head of the Communication and Informatics Office</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Berkas:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Jabatan penanda tangan:</source>
            <translation>Signatory's position:</translation>
        </message>
        <message>
            <source>Nama penanda tangan:</source>
            <translation>Signatory's name:</translation>
        </message>
        <message>
            <source>NIP:</source>
            <translation>NIP (civil servant ID):</translation>
        </message>
        <message>
            <source>Ekspor</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Simpan laporan</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Pilih berkas tujuan terlebih dahulu.</source>
            <translation>Choose a destination file first.</translation>
        </message>
        <message>
            <source>Folder tujuan tidak ada.</source>
            <translation>The destination folder does not exist.</translation>
        </message>
        <message>
            <source>Batalkan ekspor</source>
            <translation>Cancel export</translation>
        </message>
        <message>
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Menyiapkan laporan…</source>
            <translation>Preparing report…</translation>
        </message>
        <message>
            <source>Menulis {done} dari {total} baris…</source>
            <translation>Writing row {done} of {total}…</translation>
        </message>
        <message>
            <source>Membatalkan…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Laporan disimpan ke {path}</source>
            <translation>Report saved to {path}</translation>
        </message>
        <message>
            <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <source>Ekspor gagal: {error}</source>
            <translation>Export failed: {error}</translation>
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
            <source>Cari laporan</source>
            <translation>Search reports</translation>
        </message>
        <message>
            <source>Tampilan tersimpan</source>
            <translation>Saved view</translation>
        </message>
        <message>
            <source>Saring status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>Saring klasifikasi</source>
            <translation>Filter by classification</translation>
        </message>
        <message>
            <source>Saring kategori</source>
            <translation>Filter by category</translation>
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
        <name>FollowUpEditor</name>
        <message>
            <source>Te&amp;mplat:</source>
            <extracomment>An autosave reached the database: (draft id, version number). An action went into the outbox: (operation id). The window refreshes its counts. A short message for the status bar.</extracomment>
            <translation>Te&amp;mplate:</translation>
        </message>
        <message>
            <source>&amp;Terapkan</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Tulis tindak lanjut untuk pelapor…</source>
            <translation>Write a follow-up for the reporter…</translation>
        </message>
        <message>
            <source>Teks tindak lanjut</source>
            <translation>Follow-up text</translation>
        </message>
        <message>
            <source>Kelengkapan tindak lanjut</source>
            <translation>Follow-up completeness</translation>
        </message>
        <message>
            <source>Lampiran bukti</source>
            <translation>Evidence attachments</translation>
        </message>
        <message>
            <source>&amp;Usulkan selesai</source>
            <translation>&amp;Propose closing</translation>
        </message>
        <message>
            <source>Usulkan agar laporan ditutup setelah tindak lanjut ini diterima.</source>
            <translation>Propose that the report be closed once this follow-up is accepted.</translation>
        </message>
        <message>
            <source>&amp;Kirim</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut (Ctrl+Enter)</source>
            <translation>Send follow-up (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut</source>
            <translation>Send the follow-up</translation>
        </message>
        <message>
            <source>Simpan draf sekarang</source>
            <translation>Save the draft now</translation>
        </message>
        <message>
            <source>Pilih laporan untuk menulis tindak lanjut.</source>
            <translation>Select a report to write a follow-up.</translation>
        </message>
        <message>
            <source>Tindak lanjut #{id}</source>
            <translation>Follow-up #{id}</translation>
        </message>
        <message>
            <source>Ganti teks yang sudah ditulis dengan templat "{title}"?</source>
            <translation>Replace the text already written with the template "{title}"?</translation>
        </message>
        <message>
            <source>Terapkan templat</source>
            <translation>Apply template</translation>
        </message>
        <message>
            <source>Tunggu sebentar: lampiran masih diperiksa.</source>
            <translation>Just a moment: attachments are still being checked.</translation>
        </message>
        <message>
            <source>Belum dapat dikirim: {rules}.</source>
            <translation>Cannot be sent yet: {rules}.</translation>
        </message>
        <message>
            <source>Kirim untuk &amp;persetujuan</source>
            <translation>Send for &amp;sign-off</translation>
        </message>
        <message>
            <source>Tindak lanjut #{id} diterima server (No. {receipt}).</source>
            <translation>Follow-up #{id} accepted by the server (No. {receipt}).</translation>
        </message>
        <message>
            <source>Perlu perhatian: {reason}</source>
            <translation>Needs attention: {reason}</translation>
        </message>
        <message>
            <source>Tersimpan otomatis {time}</source>
            <translation>Saved automatically {time}</translation>
        </message>
        <message>
            <source>Tindak lanjut belum lengkap</source>
            <translation>Follow-up incomplete</translation>
        </message>
        <message>
            <source>Tindak lanjut ini belum menyebutkan:</source>
            <translation>This follow-up does not yet mention:</translation>
        </message>
        <message>
            <source>Kirim &amp;tetap</source>
            <translation>Send &amp;anyway</translation>
        </message>
        <message>
            <source>&amp;Kembali</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Tindak lanjut masuk antrean kirim.</source>
            <translation>Follow-up added to the send queue.</translation>
        </message>
    </context>
    <context>
        <name>HandedOverView</name>
        <message>
            <source>Baru diserahkan</source>
            <extracomment>The complaint id (int) the officer wants to open.</extracomment>
            <translation>Just handed over</translation>
        </message>
        <message>
            <source>No. Laporan</source>
            <translation>Report no.</translation>
        </message>
        <message>
            <source>Batas waktu</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Draf</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>Catatan serah terima</source>
            <translation>Handover note</translation>
        </message>
        <message>
            <source>Dijanjikan</source>
            <translation>Promised</translation>
        </message>
        <message>
            <source>Hari sejak</source>
            <translation>Days since</translation>
        </message>
        <message>
            <source>Janji tindak lanjut terakhir</source>
            <translation>Last follow-up promise</translation>
        </message>
        <message>
            <source>Janji tanpa kelanjutan</source>
            <translation>Promises with nothing since</translation>
        </message>
        <message>
            <source>(tidak ada lagi di profil)</source>
            <translation>(no longer in this profile)</translation>
        </message>
        <message>
            <source> (pelapor sudah menanggapi)</source>
            <translation> (the reporter has replied)</translation>
        </message>
        <message>
            <source>{n} laporan diserahkan oleh {who}; {d} draf menunggu Anda. {p} laporan punya janji tindak lanjut tanpa kelanjutan.</source>
            <translation>{n} reports handed over by {who}; {d} drafts wait for you. {p} reports have a follow-up promise with nothing since.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Bantuan</source>
            <extracomment>The officer followed the "Pintasan papan ketik" link.</extracomment>
            <translation>Help</translation>
        </message>
        <message>
            <source>Halaman bantuan</source>
            <translation>Help page</translation>
        </message>
        <message>
            <source>Antrean laporan</source>
            <translation>Report queue</translation>
        </message>
        <message>
            <source>Antrean memuat semua laporan yang didisposisikan ke instansi Anda, juga saat tidak ada koneksi.</source>
            <translation>The queue holds every report disposed to your agency, also when there is no connection.</translation>
        </message>
        <message>
            <source>Pilih tampilan (Semua, Terlambat, Jatuh tempo minggu ini, Perlu perhatian) dengan Ctrl+1 sampai Ctrl+4; cari dengan Ctrl+F.</source>
            <translation>Choose a view (All, Overdue, Due this week, Needs attention) with Ctrl+1 to Ctrl+4; search with Ctrl+F.</translation>
        </message>
        <message>
            <source>Klik kolom untuk mengurutkan; kolom tenggat menunjukkan sisa hari kerja. Pilih sebuah laporan untuk melihat rinciannya.</source>
            <translation>Click a column to sort; the deadline column shows the working days left. Select a report to see its details.</translation>
        </message>
        <message>
            <source>Menulis tindak lanjut</source>
            <translation>Writing a follow-up</translation>
        </message>
        <message>
            <source>Pilih templat dan klik "Terapkan"; lengkapi bagian yang kosong.</source>
            <translation>Choose a template and click "Apply"; fill in the empty parts.</translation>
        </message>
        <message>
            <source>Daftar periksa menandai yang masih kurang: nomor laporan, tindakan, unit, tanggal, bukti, kontak dan pejabat yang menyetujui.</source>
            <translation>The checklist marks what is still missing: tracking ID, action, unit, date, evidence, contact and the approving official.</translation>
        </message>
        <message>
            <source>Lampirkan foto atau dokumen sebagai bukti. Tulisan tersimpan otomatis; "Kirim" memasukkannya ke Kotak Keluar, juga tanpa koneksi.</source>
            <translation>Attach photos or documents as evidence. Your text is saved automatically; "Send" puts it in the Outbox, also without a connection.</translation>
        </message>
        <message>
            <source>Dasbor dan laporan bulanan</source>
            <translation>Dashboard and monthly report</translation>
        </message>
        <message>
            <source>Dasbor menunjukkan persentase ditindaklanjuti, selesai, dan laporan terlambat per bulan.</source>
            <translation>The dashboard shows the share followed up, the share finished and the overdue reports per month.</translation>
        </message>
        <message>
            <source>"Ekspor…" menyimpan laporan bulanan sebagai PDF atau CSV untuk pimpinan.</source>
            <translation>"Export…" saves the monthly report as PDF or CSV for your superiors.</translation>
        </message>
        <message>
            <source>Kotak Keluar</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <source>Setiap tindakan yang Anda kirim menunggu di sini sampai server menerimanya; tidak ada yang hilang saat koneksi putus.</source>
            <translation>Every action you send waits here until the server accepts it; nothing is lost when the connection drops.</translation>
        </message>
        <message>
            <source>"Perlu perhatian" berarti server menolak: "Ubah &amp; kirim ulang" menunjukkan laporan sekarang di samping draf Anda; kirim ulang atau buang.</source>
            <translation>"Needs attention" means the server refused: "Edit &amp; resend" shows the report as it is now beside your draft; resend or discard.</translation>
        </message>
        <message>
            <source>Pelajaran Mode Latihan</source>
            <translation>Training mode lessons</translation>
        </message>
        <message>
            <source>Panel Pelajaran menunjukkan tujuan, petunjuk dan kemajuan. Setiap pelajaran diperiksa dari data server latihan, bukan dari klik.</source>
            <translation>The Lessons panel shows the goal, hints and progress. Each lesson is checked against the training server's data, not by clicks.</translation>
        </message>
        <message>
            <source>"Ulangi pelajaran" menyiapkan pelajaran dari awal. Latihan tersimpan sampai Anda memilih Berkas &gt; "Mulai ulang latihan".</source>
            <translation>"Restart lesson" prepares the lesson from the beginning. Your training is kept until you choose File &gt; "Restart training".</translation>
        </message>
        <message>
            <source>Setelah selesai, ekspor sertifikat untuk pelatih Diskominfo.</source>
            <translation>When you are done, export the certificate for your Diskominfo trainer.</translation>
        </message>
    </context>
    <context>
        <name>InternalNoteDialog</name>
        <message>
            <source>Catatan internal</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>&amp;Catatan untuk rekan di instansi (tidak terlihat oleh pelapor):</source>
            <translation>&amp;Note for colleagues at your agency (not visible to the reporter):</translation>
        </message>
        <message>
            <source>&amp;Simpan ke antrean</source>
            <translation>&amp;Save to queue</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <source>Daftar Kotak Keluar</source>
            <extracomment>The officer wants to see a complaint (double-click or "Buka laporan"): its id. The officer changed the outbox (retry, resend, discard): counts may refresh, sync may run. Rows were (re)loaded from the store. The list was written to a CSV file: (path, number of rows). The officer asked for an item to leave now ("Kirim sekarang"): run a pass at once.</extracomment>
            <translation>Outbox list</translation>
        </message>
        <message>
            <source>Kirim sekarang</source>
            <translation>Send now</translation>
        </message>
        <message>
            <source>Ubah &amp;&amp; kirim ulang</source>
            <translation>Edit &amp;&amp; resend</translation>
        </message>
        <message>
            <source>Buang…</source>
            <translation>Discard…</translation>
        </message>
        <message>
            <source>Lewati</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Kirim tindakan berikutnya untuk laporan ini tanpa menunggu tindakan yang ditolak</source>
            <translation>Send the next actions of this complaint without waiting for the refused one</translation>
        </message>
        <message>
            <source>Buka laporan</source>
            <translation>Open report</translation>
        </message>
        <message>
            <source>Ekspor daftar…</source>
            <translation>Export list…</translation>
        </message>
        <message>
            <source>{queued} dalam antrean · {attention} perlu perhatian · {accepted} diterima server</source>
            <translation>{queued} queued · {attention} need attention · {accepted} accepted by server</translation>
        </message>
        <message>
            <source>Diterima: {time}</source>
            <translation>Accepted: {time}</translation>
        </message>
        <message>
            <source>Kesalahan terakhir: {error}</source>
            <translation>Last error: {error}</translation>
        </message>
        <message>
            <source>Coba lagi sekarang</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <source>Buang tindakan?</source>
            <translation>Discard action?</translation>
        </message>
        <message>
            <source>{kind} untuk laporan {tracking} tidak akan dikirim. Teksnya tetap tersimpan sebagai draf.</source>
            <translation>{kind} for report {tracking} will not be sent. Its text stays saved as a draft.</translation>
        </message>
        <message>
            <source>Buang</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ekspor Kotak Keluar</source>
            <translation>Export Outbox</translation>
        </message>
        <message>
            <source>Berkas CSV (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Menunggu jaringan cepat (lampiran melewati batas harian hemat data)</source>
            <translation>Waiting for a faster link (attachment over the data saver's daily limit)</translation>
        </message>
        <message>
            <source>Diterima server (No. {receipt}, {time})</source>
            <translation>Accepted by server (No. {receipt}, {time})</translation>
        </message>
        <message>
            <source>Perlu perhatian: {reason}</source>
            <translation>Needs attention: {reason}</translation>
        </message>
        <message>
            <source>Dalam antrean (dicoba lagi {time})</source>
            <translation>Queued (retrying {time})</translation>
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
            <source>Bukan wewenang</source>
            <translation>Not our authority</translation>
        </message>
        <message>
            <source>Tanggapan pelapor diterima</source>
            <translation>Reporter's reply acknowledged</translation>
        </message>
        <message>
            <source>Tindak lanjut untuk persetujuan</source>
            <translation>Follow-up for sign-off</translation>
        </message>
        <message>
            <source>Persetujuan tindak lanjut</source>
            <translation>Follow-up approval</translation>
        </message>
        <message>
            <source>Pengembalian tindak lanjut</source>
            <translation>Follow-up returned</translation>
        </message>
        <message>
            <source>Penarikan tindak lanjut dari persetujuan</source>
            <translation>Follow-up withdrawn from sign-off</translation>
        </message>
        <message>
            <source>Dalam antrean</source>
            <translation>Queued</translation>
        </message>
        <message>
            <source>Mengirim</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Diterima server</source>
            <translation>Accepted by server</translation>
        </message>
        <message>
            <source>Perlu perhatian</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Dibuang</source>
            <translation>Discarded</translation>
        </message>
        <message>
            <source>Diserahterimakan</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <source>No. Laporan</source>
            <translation>Report No.</translation>
        </message>
        <message>
            <source>Judul laporan</source>
            <translation>Report title</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Dibuat</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Percobaan</source>
            <translation>Attempts</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <source>Daftar pelajaran</source>
            <extracomment>A lesson was completed (its key). The trainee asked for the certificate/summary PDF. A check failed (the error, for the error bridge).</extracomment>
            <translation>Lesson list</translation>
        </message>
        <message>
            <source>%v dari %m pelajaran selesai</source>
            <translation>%v of %m lessons done</translation>
        </message>
        <message>
            <source>&amp;Mulai pelajaran</source>
            <translation>&amp;Start lesson</translation>
        </message>
        <message>
            <source>&amp;Ulangi pelajaran</source>
            <translation>&amp;Restart lesson</translation>
        </message>
        <message>
            <source>&amp;Periksa</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <source>Nama Anda (untuk sertifikat)</source>
            <translation>Your name (for the certificate)</translation>
        </message>
        <message>
            <source>Nama peserta</source>
            <translation>Trainee name</translation>
        </message>
        <message>
            <source>Ekspor &amp;sertifikat…</source>
            <translation>Export &amp;certificate…</translation>
        </message>
        <message>
            <source>Semua pelajaran selesai</source>
            <translation>All lessons done</translation>
        </message>
        <message>
            <source>Ekspor sertifikat untuk pelatih Anda.</source>
            <translation>Export the certificate for your trainer.</translation>
        </message>
        <message>
            <source>Pilih pelajaran</source>
            <translation>Choose a lesson</translation>
        </message>
        <message>
            <source>Pilih pelajaran di daftar, lalu klik "Mulai pelajaran".</source>
            <translation>Choose a lesson in the list, then click "Start lesson".</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusLabel</name>
        <message>
            <source>Kecepatan jalur</source>
            <translation>Link speed</translation>
        </message>
        <message>
            <source>Jalur {speed}</source>
            <translation>Link {speed}</translation>
        </message>
        <message>
            <source>hemat data</source>
            <translation>data saver</translation>
        </message>
        <message>
            <source>{n} lampiran menunggu jaringan cepat ({size})</source>
            <translation>{n} attachments waiting for a faster link ({size})</translation>
        </message>
        <message>
            <source>lampiran menunggu {size}</source>
            <translation>attachments waiting {size}</translation>
        </message>
        <message>
            <source>Kecepatan jalur diukur dari unggahan dan unduhan lampiran. Dalam mode hemat data teks dikirim lebih dulu; lampiran diunduh bila dibuka atau dalam batas ukuran.</source>
            <translation>The link speed is measured on attachment uploads and downloads. In data saver mode text is sent first; attachments are downloaded when opened or within the size limit.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>Layar dikunci</source>
            <extracomment>No input for the configured time: hide the content until the password is entered. The last lock was asked for (Ctrl+L), not caused by inactivity. The right password was entered: the master key (already checked against the vault); in training mode, empty bytes when the button was pressed.</extracomment>
            <translation>Screen locked</translation>
        </message>
        <message>
            <source>&amp;Buka kunci</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Layar dikunci atas permintaan Anda. Data pengaduan disembunyikan; sinkronisasi tetap berjalan.</source>
            <translation>The screen was locked at your request. Complaint data is hidden; syncing goes on.</translation>
        </message>
        <message>
            <source>LAPOR! Desktop dikunci karena tidak ada aktivitas. Data pengaduan disembunyikan; sinkronisasi tetap berjalan.</source>
            <translation>LAPOR! Desktop was locked because there was no activity. Complaint data is hidden; syncing goes on.</translation>
        </message>
        <message>
            <source>Masukkan kata sandi profil untuk melanjutkan.</source>
            <translation>Enter the profile password to continue.</translation>
        </message>
        <message>
            <source>Mode Latihan tidak memakai kata sandi profil: tekan Buka kunci untuk melanjutkan.</source>
            <translation>Training mode has no profile password: press Unlock to continue.</translation>
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
        <name>LoginPrompt</name>
        <message>
            <source>Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. Pekerjaan Anda tetap tersimpan.</source>
            <extracomment>Logged in: the workbench's ``Op`` (announce its changes, then sync). A login dialog is on screen (the argument is the dialog).</extracomment>
            <translation>Your session ended. Log in again to continue syncing. Your work is kept.</translation>
        </message>
        <message>
            <source>Masuk ke server untuk mengambil laporan yang didisposisikan ke instansi Anda.</source>
            <translation>Log in to the server to fetch the complaints assigned to your agency.</translation>
        </message>
        <message>
            <source>Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.</source>
            <translation>Wrong user name or password. Check them and try again.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Rincian</source>
            <extracomment>The officer opened settings (app.py shows the dialog and applies the result). The officer asked for Help &gt; About. The officer asked to lock the screen now (Ctrl+L). The officer asked to log out and remove the local profile.</extracomment>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Tindak &amp;lanjut</source>
            <translation>Follow-&amp;up</translation>
        </message>
        <message>
            <source>&amp;Antrean</source>
            <translation>&amp;Queue</translation>
        </message>
        <message>
            <source>&amp;Dasbor</source>
            <translation>Dash&amp;board</translation>
        </message>
        <message>
            <source>&amp;Berkas</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Sinkronkan sekarang</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>Kerja &amp;luring</source>
            <translation>Work &amp;offline</translation>
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
            <source>Kunci &amp;layar</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <source>Keluar &amp;dan hapus data profil…</source>
            <translation>Sign out an&amp;d delete profile data…</translation>
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
            <source>&amp;Tulis tindak lanjut</source>
            <translation>&amp;Write follow-up</translation>
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
            <source>&amp;Pintasan papan ketik</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Bantuan untuk layar ini</source>
            <translation>&amp;Help for this screen</translation>
        </message>
        <message>
            <source>Alat</source>
            <translation>Tools</translation>
        </message>
        <message>
            <source>Kotak Keluar</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <source>&amp;Kotak Keluar</source>
            <translation>&amp;Outbox</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Buka LAPOR! Desktop</source>
            <extracomment>A notification was raised (a ShownNotification), whether or not a tray could show it. The officer clicked a notification about one complaint: its id. The officer clicked a notification about refused actions: show the Kotak Keluar. "Buka LAPOR! Desktop" or a click on the tray icon: raise the main window. "Sinkronkan sekarang" from the tray menu. "Keluar" from the tray menu. Title and text of the last tray message (also where no tray can show it). Whether the window is locked (the app sets ``IdleLock.is_locked``): while locked the tray says only how many notifications came, and clicking one opens nothing but the lock page.</extracomment>
            <translation>Open LAPOR! Desktop</translation>
        </message>
        <message>
            <source>Sinkronkan sekarang</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Keluar</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>{n} pemberitahuan baru. Buka kunci aplikasi untuk melihatnya.</source>
            <translation>{n} new notifications. Unlock the app to see them.</translation>
        </message>
        <message>
            <source>(+{n} pemberitahuan lainnya)</source>
            <translation>(+{n} more notifications)</translation>
        </message>
        <message>
            <source>Laporan baru</source>
            <translation>New report</translation>
        </message>
        <message>
            <source>Pelapor menanggapi</source>
            <translation>Reporter replied</translation>
        </message>
        <message>
            <source>Segera jatuh tempo</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>{tracking_id}: {title} ({countdown})</source>
            <translation>{tracking_id}: {title} ({countdown})</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Tindakan perlu perhatian</source>
            <translation>Action needs attention</translation>
        </message>
        <message>
            <source>{tracking_id}: {reason}</source>
            <translation>{tracking_id}: {reason}</translation>
        </message>
        <message>
            <source>{count} laporan baru</source>
            <translation>{count} new reports</translation>
        </message>
        <message>
            <source>Laporan baru terdisposisi ke instansi Anda.</source>
            <translation>New reports have been disposed to your agency.</translation>
        </message>
        <message>
            <source>{count} tanggapan pelapor</source>
            <translation>{count} reporter replies</translation>
        </message>
        <message>
            <source>Pelapor menanggapi tindak lanjut Anda.</source>
            <translation>A reporter replied to your follow-up.</translation>
        </message>
        <message>
            <source>{count} laporan segera jatuh tempo</source>
            <translation>{count} reports due soon</translation>
        </message>
        <message>
            <source>Jatuh tempo dalam satu hari kerja.</source>
            <translation>Due within one working day.</translation>
        </message>
        <message>
            <source>{count} laporan terlambat</source>
            <translation>{count} overdue reports</translation>
        </message>
        <message>
            <source>Batas waktu telah lewat.</source>
            <translation>The deadline has passed.</translation>
        </message>
        <message>
            <source>{count} tindakan perlu perhatian</source>
            <translation>{count} actions need attention</translation>
        </message>
        <message>
            <source>Buka Kotak Keluar untuk memutuskan.</source>
            <translation>Open the Outbox to decide.</translation>
        </message>
        <message>
            <source>{open} laporan terbuka · {overdue} terlambat</source>
            <translation>{open} open reports · {overdue} overdue</translation>
        </message>
        <message>
            <source>{waiting} menunggu dikirim</source>
            <translation>{waiting} waiting to be sent</translation>
        </message>
        <message>
            <source>{n} tindakan perlu perhatian</source>
            <translation>{n} actions need attention</translation>
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
            <translation>Ready for o&amp;ffline…</translation>
        </message>
        <message>
            <source>Mode &amp;hemat data</source>
            <translation>&amp;Data saver mode</translation>
        </message>
        <message>
            <source>&amp;Otomatis (bila jalur lambat)</source>
            <translation>&amp;Automatic (when the link is slow)</translation>
        </message>
        <message>
            <source>&amp;Selalu</source>
            <translation>A&amp;lways</translation>
        </message>
        <message>
            <source>&amp;Mati</source>
            <translation>&amp;Off</translation>
        </message>
        <message>
            <source>&amp;Batas lampiran per hari: tanpa batas…</source>
            <translation>Attachment &amp;limit per day: none…</translation>
        </message>
        <message>
            <source>&amp;Batas lampiran per hari: hanya bila diminta…</source>
            <translation>Attachment &amp;limit per day: only on request…</translation>
        </message>
        <message>
            <source>&amp;Batas lampiran per hari: {mb} MB…</source>
            <translation>Attachment &amp;limit per day: {mb} MB…</translation>
        </message>
        <message>
            <source>Batas lampiran per hari</source>
            <translation>Attachment limit per day</translation>
        </message>
        <message>
            <source>Dalam mode hemat data, lampiran dikirim sampai batas ini per hari; sisanya menunggu jaringan cepat atau "Kirim sekarang" (MB, 0: hanya bila diminta):</source>
            <translation>In data saver mode, attachments are sent up to this limit per day; the rest wait for a faster link or "Send now" (MB, 0: only on request):</translation>
        </message>
    </context>
    <context>
        <name>OtherActionsBar</name>
        <message>
            <source>Catatan &amp;internal…</source>
            <extracomment>An action went into the outbox: (operation id). A short message for the status bar.</extracomment>
            <translation>&amp;Internal note…</translation>
        </message>
        <message>
            <source>&amp;Bukan wewenang…</source>
            <translation>&amp;Not our authority…</translation>
        </message>
        <message>
            <source>Tan&amp;dai balasan pelapor sudah dibaca</source>
            <translation>Mark reporter's reply as &amp;read</translation>
        </message>
        <message>
            <source>Catatan internal masuk antrean kirim.</source>
            <translation>Internal note added to the send queue.</translation>
        </message>
        <message>
            <source>Permintaan disposisi ulang masuk antrean kirim.</source>
            <translation>Redisposition request added to the send queue.</translation>
        </message>
        <message>
            <source>Tanda sudah dibaca masuk antrean kirim.</source>
            <translation>Read receipt added to the send queue.</translation>
        </message>
    </context>
    <context>
        <name>ProfileChooser</name>
        <message>
            <source>Siapa yang bekerja hari ini?</source>
            <extracomment>The folder (str) of the profile the officer picked. The officer wants a profile of their own (e.g. a successor's first start). Training mode with demo data.</extracomment>
            <translation>Who is working today?</translation>
        </message>
        <message>
            <source>Setiap petugas memiliki profil sendiri di komputer ini, dengan kata sandi, data, dan pengaturannya sendiri. Pilih profil Anda lalu buka dengan kata sandi profil.</source>
            <translation>Each officer has their own profile on this computer, with their own password, data and settings. Choose your profile and open it with your profile password.</translation>
        </message>
        <message>
            <source>terakhir dipakai {when}</source>
            <translation>last used {when}</translation>
        </message>
        <message>
            <source>belum pernah masuk</source>
            <translation>never logged in</translation>
        </message>
        <message>
            <source>(instansi belum diketahui)</source>
            <translation>(agency not known yet)</translation>
        </message>
        <message>
            <source>Mode Latihan</source>
            <translation>Training mode</translation>
        </message>
        <message>
            <source>Profil baru…</source>
            <translation>New profile…</translation>
        </message>
        <message>
            <source>Buka profil</source>
            <translation>Open profile</translation>
        </message>
    </context>
    <context>
        <name>QueueEmptyState</name>
        <message>
            <source>&amp;Hapus pencarian dan filter</source>
            <extracomment>The officer asked to clear the search and every filter.</extracomment>
            <translation>&amp;Clear search and filters</translation>
        </message>
        <message>
            <source>Tidak ada laporan yang cocok dengan “{text}” dan filter yang dipilih.</source>
            <translation>No report matches “{text}” and the chosen filters.</translation>
        </message>
        <message>
            <source>Tidak ada laporan yang cocok dengan “{text}”.</source>
            <translation>No report matches “{text}”.</translation>
        </message>
        <message>
            <source>Tidak ada laporan yang cocok dengan filter yang dipilih.</source>
            <translation>No report matches the chosen filters.</translation>
        </message>
        <message>
            <source>Belum ada laporan di antrean. Laporan yang didisposisikan ke OPD Anda muncul di sini setelah sinkronisasi.</source>
            <translation>No reports in the queue yet. Reports disposed to your agency appear here after a sync.</translation>
        </message>
    </context>
    <context>
        <name>QueuePane</name>
        <message>
            <source>Antrean laporan</source>
            <extracomment>The officer moved to a complaint in the table (its id).</extracomment>
            <translation>Report queue</translation>
        </message>
        <message>
            <source>{n} laporan</source>
            <translation>{n} reports</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Siap luring</source>
            <extracomment>Progress of a preparation from the network worker: (what, bytes done, bytes planned). A preparation wrote to the profile (complaints, cache): a :class:`Changes` for the hub.</extracomment>
            <translation>Ready for offline</translation>
        </message>
        <message>
            <source>Hasil pemeriksaan siap luring</source>
            <translation>Offline readiness check results</translation>
        </message>
        <message>
            <source>Pemeriksaan</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Keadaan</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Batas ukuran unduhan (MB)</source>
            <translation>Download size limit (MB)</translation>
        </message>
        <message>
            <source>tanpa batas</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>&amp;Siapkan untuk luring</source>
            <translation>&amp;Prepare for offline</translation>
        </message>
        <message>
            <source>&amp;Batalkan</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Periksa lagi</source>
            <translation>Check &amp;again</translation>
        </message>
        <message>
            <source>Batas &amp;ukuran lampiran:</source>
            <translation>Attachment &amp;size limit:</translation>
        </message>
        <message>
            <source>Persiapan berhenti: {why}</source>
            <translation>Preparation stopped: {why}</translation>
        </message>
        <message>
            <source>Selesai.</source>
            <translation>Done.</translation>
        </message>
    </context>
    <context>
        <name>RecoverDraftsDialog</name>
        <message>
            <source>Pulihkan draf?</source>
            <translation>Restore draft?</translation>
        </message>
        <message>
            <source>Ada draf tindak lanjut yang belum dikirim. Pilih satu untuk melanjutkannya; draf lain tetap tersimpan.</source>
            <translation>There are follow-up drafts that have not been sent. Choose one to continue; the other drafts stay saved.</translation>
        </message>
        <message>
            <source>#{id} — {line}
Tersimpan {time}</source>
            <translation>#{id} — {line}
Saved {time}</translation>
        </message>
        <message>
            <source>&amp;Pulihkan</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Nanti saja</source>
            <translation>&amp;Not now</translation>
        </message>
    </context>
    <context>
        <name>RedactCanvas</name>
        <message>
            <source>Foto yang disamarkan</source>
            <extracomment>A rectangle was drawn: the Redaction (fractions of the picture; mode set by the dialog).</extracomment>
            <translation>Photo being redacted</translation>
        </message>
    </context>
    <context>
        <name>RedactDialog</name>
        <message>
            <source>Samarkan bagian foto – {name}</source>
            <translation>Redact parts of the photo – {name}</translation>
        </message>
        <message>
            <source>Seret dengan tetikus untuk menandai wajah, pelat nomor, nomor rumah atau dokumen. Hanya salinan yang disamarkan yang dikirim; berkas asli tetap di komputer ini.</source>
            <translation>Drag with the mouse to mark faces, number plates, house numbers or documents. Only the redacted copy is sent; the original file stays on this computer.</translation>
        </message>
        <message>
            <source>&amp;Kaburkan</source>
            <translation>&amp;Blur</translation>
        </message>
        <message>
            <source>T&amp;utup hitam</source>
            <translation>Blac&amp;k out</translation>
        </message>
        <message>
            <source>&amp;Urungkan</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Hapus semua</source>
            <translation>&amp;Remove all</translation>
        </message>
        <message>
            <source>&amp;Terapkan</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>{n} bagian ditandai</source>
            <translation>{n} parts marked</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source>Tidak ada tindak lanjut yang menunggu persetujuan.</source>
            <extracomment>A review went into the outbox: (operation id). A short message for the status bar.</extracomment>
            <translation>No follow-ups are waiting for sign-off.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Menunggu persetujuan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Awaiting sign-off&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Laporan</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Kelengkapan</source>
            <translation>Completeness</translation>
        </message>
        <message>
            <source>Lampiran</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Tindak lanjut (dapat disunting sebelum disetujui):</source>
            <translation>Follow-up (may be edited before approval):</translation>
        </message>
        <message>
            <source>Catatan untuk petugas (wajib bila dikembalikan)</source>
            <translation>Comment for the officer (required when returning)</translation>
        </message>
        <message>
            <source>&amp;Setujui</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>&amp;Kembalikan dengan catatan</source>
            <translation>&amp;Return with comment</translation>
        </message>
        <message>
            <source>Catatan:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <source>Persetujuan #{id} masuk antrean kirim.</source>
            <translation>Approval of #{id} queued for sending.</translation>
        </message>
        <message>
            <source>Tulis catatan untuk petugas sebelum mengembalikan.</source>
            <translation>Write a comment for the officer before returning.</translation>
        </message>
        <message>
            <source>Pengembalian #{id} masuk antrean kirim.</source>
            <translation>Return of #{id} queued for sending.</translation>
        </message>
        <message>
            <source> · tinjauan di antrean kirim</source>
            <translation> · review queued for sending</translation>
        </message>
        <message>
            <source>Tinjauan ditolak server (laporan #{id}): {reason}</source>
            <translation>Review refused by the server (report #{id}): {reason}</translation>
        </message>
        <message>
            <source>Ditulis oleh {author}, dikirim {at} (versi {version})</source>
            <translation>Written by {author}, sent {at} (version {version})</translation>
        </message>
        <message>
            <source>Sisa waktu: {left} (batas {due})</source>
            <translation>Time left: {left} (due {due})</translation>
        </message>
        <message>
            <source>Tidak ada lampiran</source>
            <translation>No attachments</translation>
        </message>
        <message>
            <source>Sunting dan &amp;setujui</source>
            <translation>Edit and &amp;approve</translation>
        </message>
        <message>
            <source>Perubahan Anda akan terlihat oleh petugas.</source>
            <translation>The officer will see your changes.</translation>
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
            <source>Bahasa langsung berganti saat disimpan; tulisan Anda tetap ada.</source>
            <translation>The language changes as soon as you save; your writing is kept.</translation>
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
            <source>mis. Drs. H. Hasan Basri, M.Si.</source>
            <translation>e.g. Drs. H. Hasan Basri, M.Si.</translation>
        </message>
        <message>
            <source>Nama pejabat penye&amp;tuju:</source>
            <translation>Approving &amp;official's name:</translation>
        </message>
        <message>
            <source>mis. Kepala Dinas</source>
            <translation>e.g. Head of Agency</translation>
        </message>
        <message>
            <source>&amp;Jabatan pejabat:</source>
            <translation>Official's &amp;position:</translation>
        </message>
        <message>
            <source>&amp;NIP pejabat:</source>
            <translation>Official's &amp;NIP:</translation>
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
        <name>ShortcutsDialog</name>
        <message>
            <source>Pintasan papan ketik</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Daftar pintasan papan ketik</source>
            <translation>List of keyboard shortcuts</translation>
        </message>
        <message>
            <source>Perintah</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>Tombol</source>
            <translation>Keys</translation>
        </message>
    </context>
    <context>
        <name>SignoffPanel</name>
        <message>
            <source>&amp;Tarik dari persetujuan</source>
            <extracomment>Whether this officer's follow-ups need sign-off (the send button's wording). A returned follow-up was reopened as a draft: the editor reloads its text.</extracomment>
            <translation>&amp;Withdraw from sign-off</translation>
        </message>
        <message>
            <source>Ambil kembali tindak lanjut ini untuk direvisi; pejabat tidak dapat lagi menyetujuinya.</source>
            <translation>Take this follow-up back to revise it; the official can no longer approve it.</translation>
        </message>
        <message>
            <source>Menunggu persetujuan Pejabat Penghubung</source>
            <translation>Awaiting the liaison official's sign-off</translation>
        </message>
        <message>
            <source>Dikirim untuk persetujuan; belum terlihat oleh pelapor dan belum dihitung sebagai tindak lanjut.</source>
            <translation>Sent for sign-off; not yet visible to the reporter and not yet counted as a follow-up.</translation>
        </message>
        <message>
            <source>Perhatian: tenggat {left}; ingatkan pejabat untuk segera menyetujui.</source>
            <translation>Attention: deadline {left}; remind the official to sign off soon.</translation>
        </message>
        <message>
            <source>Dikembalikan oleh {name}</source>
            <translation>Returned by {name}</translation>
        </message>
        <message>
            <source>Catatan: {comment}
Perbaiki draf lalu kirim lagi untuk persetujuan.</source>
            <translation>Comment: {comment}
Revise the draft and send it for sign-off again.</translation>
        </message>
        <message>
            <source> (disunting oleh pejabat)</source>
            <translation> (edited by the official)</translation>
        </message>
        <message>
            <source>Disetujui oleh {name} dan diterbitkan{edited}</source>
            <translation>Approved by {name} and published{edited}</translation>
        </message>
        <message>
            <source>No. tanda terima: {receipt}</source>
            <translation>Receipt no.: {receipt}</translation>
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
            <source>● Kerja luring</source>
            <translation>● Working offline</translation>
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
        <name>UnlockPage</name>
        <message>
            <source>Ulangi kata sandi</source>
            <extracomment>The password was right (or a new one was set): the 32-byte master key.</extracomment>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>Ingat di komputer ini</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <source>Kunci disimpan di brankas kata sandi sistem operasi, bukan di berkas.</source>
            <translation>The key is stored in the operating system's password vault, not in a file.</translation>
        </message>
        <message>
            <source>Komputer ini tidak memiliki brankas kata sandi; kata sandi perlu dimasukkan setiap kali aplikasi dibuka.</source>
            <translation>This computer has no password vault; the password must be entered every time the application is opened.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lupa kata sandi?&lt;/b&gt; Kata sandi tidak dapat dipulihkan dan tidak disimpan di mana pun. Data pengaduan dapat diambil lagi dengan membuat profil baru lalu sinkronisasi dengan server, tetapi draf dan tindakan yang belum terkirim di profil ini akan hilang.</source>
            <translation>&lt;b&gt;Forgot your password?&lt;/b&gt; The password cannot be recovered and is not stored anywhere. Complaint data can be fetched again by creating a new profile and syncing with the server, but drafts and unsent actions in this profile will be lost.</translation>
        </message>
        <message>
            <source>Masukkan kata sandi.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <source>Memeriksa kata sandi…</source>
            <translation>Checking password…</translation>
        </message>
        <message>
            <source>Kata sandi salah.</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <source>Profil tidak dapat dibuka: {error}</source>
            <translation>The profile could not be opened: {error}</translation>
        </message>
        <message>
            <source>Kata sandi salah. Silakan coba lagi.</source>
            <translation>Wrong password. Please try again.</translation>
        </message>
        <message>
            <source>Kata sandi salah {n} kali. Coba lagi dalam {s} detik.</source>
            <translation>Wrong password {n} times. Try again in {s} seconds.</translation>
        </message>
        <message>
            <source>Buat kata sandi profil</source>
            <translation>Create a profile password</translation>
        </message>
        <message>
            <source>Data pengaduan di komputer ini disimpan terenkripsi. Buat kata sandi (minimal 8 karakter, tidak mudah ditebak; misalnya empat kata acak) untuk membukanya; kata sandi ini bisa berbeda dari kata sandi server.</source>
            <translation>Complaint data on this computer is stored encrypted. Create a password (at least 8 characters, hard to guess; for example four random words) to open it; it can differ from your server password.</translation>
        </message>
        <message>
            <source>Simpan kata sandi</source>
            <translation>Save password</translation>
        </message>
        <message>
            <source>Kata sandi baru</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Buka profil</source>
            <translation>Open profile</translation>
        </message>
        <message>
            <source>Masukkan kata sandi profil untuk membuka data pengaduan di komputer ini.</source>
            <translation>Enter the profile password to open the complaint data on this computer.</translation>
        </message>
        <message>
            <source>Buka</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Kata sandi profil</source>
            <translation>Profile password</translation>
        </message>
    </context>
    <context>
        <name>_TextDialog</name>
        <message>
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Persetujuan</source>
            <translation>&amp;Sign-off</translation>
        </message>
    </context>
    <context>
        <name>AttachmentMenu</name>
        <message>
            <source>&amp;Pratinjau</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <source>Simpan &amp;sebagai…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <source>Buka dengan &amp;aplikasi lain</source>
            <translation>Open with &amp;another application</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Diterima</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Tidak ada data</source>
            <translation>No data</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Isian templat sudah diganti</source>
            <translation>Template markers replaced</translation>
        </message>
        <message>
            <source>Nomor tracking laporan</source>
            <translation>Report tracking number</translation>
        </message>
        <message>
            <source>Tindakan yang telah atau akan dilakukan</source>
            <translation>Action taken or to be taken</translation>
        </message>
        <message>
            <source>Unit kerja yang bertanggung jawab</source>
            <translation>Responsible work unit</translation>
        </message>
        <message>
            <source>Tanggal atau jadwal pelaksanaan</source>
            <translation>Date or schedule of implementation</translation>
        </message>
        <message>
            <source>Bukti (lampiran atau nomor dokumen)</source>
            <translation>Evidence (attachment or document number)</translation>
        </message>
        <message>
            <source>Kontak atau langkah selanjutnya</source>
            <translation>Contact or next steps</translation>
        </message>
        <message>
            <source>Pejabat yang menyetujui</source>
            <translation>Approving official</translation>
        </message>
        <message>
            <source>Teks minimal {n} karakter</source>
            <translation>Text of at least {n} characters</translation>
        </message>
        <message>
            <source>(belum: {markers})</source>
            <translation>(still: {markers})</translation>
        </message>
    </context>
    <context>
        <name>HandoverFlow</name>
        <message>
            <source>Serah &amp;terima</source>
            <translation>&amp;Handover</translation>
        </message>
        <message>
            <source>Serah terima tugas…</source>
            <translation>Hand over my work…</translation>
        </message>
        <message>
            <source>Impor paket serah terima…</source>
            <translation>Import a handover package…</translation>
        </message>
        <message>
            <source>Ambil paket dari server…</source>
            <translation>Fetch a package from the server…</translation>
        </message>
        <message>
            <source>Baru diserahkan</source>
            <translation>Just handed over</translation>
        </message>
        <message>
            <source>Kata sandi serah terima</source>
            <translation>Handover password</translation>
        </message>
        <message>
            <source>Kata sandi yang disepakati dengan pendahulu:</source>
            <translation>The password agreed with your predecessor:</translation>
        </message>
        <message>
            <source>Impor paket serah terima</source>
            <translation>Import a handover package</translation>
        </message>
        <message>
            <source>Apakah Anda menggantikan petugas lain? Impor paket serah terima sekarang agar draf dan catatan pendahulu menjadi milik Anda.</source>
            <translation>Are you taking over from another officer? Import the handover package now so your predecessor's drafts and notes become yours.</translation>
        </message>
        <message>
            <source>Paket serah terima ditulis ke {path}: {n} laporan terbuka, {w} pekerjaan diserahkan, {d} dibuang. Berikan berkas dan kata sandinya kepada {to}.</source>
            <translation>Handover package written to {path}: {n} open reports, {w} items handed over, {d} discarded. Give the file and its password to {to}.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPdf</name>
        <message>
            <source>BERITA ACARA SERAH TERIMA</source>
            <translation>HANDOVER RECORD</translation>
        </message>
        <message>
            <source>TUGAS ADMIN PENGHUBUNG SP4N-LAPOR!</source>
            <translation>SP4N-LAPOR! LIAISON OFFICER DUTIES</translation>
        </message>
        <message>
            <source>I. Pengaduan yang masih terbuka (batas waktu terdekat lebih dahulu)</source>
            <translation>I. Open complaints (soonest deadline first)</translation>
        </message>
        <message>
            <source>II. Pekerjaan yang belum terkirim</source>
            <translation>II. Unsent work</translation>
        </message>
        <message>
            <source>Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.</source>
            <translation>This record is made to be used as appropriate.</translation>
        </message>
        <message>
            <source>Tidak ada pengaduan terbuka.</source>
            <translation>No open complaints.</translation>
        </message>
        <message>
            <source>Tidak ada pekerjaan yang belum terkirim.</source>
            <translation>No unsent work.</translation>
        </message>
        <message>
            <source>Nomor: {number}</source>
            <translation>Number: {number}</translation>
        </message>
        <message>
            <source>Berita Acara Serah Terima {number}</source>
            <translation>Handover record {number}</translation>
        </message>
    </context>
    <context>
        <name>HandoverWizard</name>
        <message>
            <source>Laporan yang masih terbuka</source>
            <translation>Open reports</translation>
        </message>
        <message>
            <source>Tulis catatan untuk penerus pada laporan yang perlu penjelasan: apa yang sudah dijanjikan, siapa yang dihubungi, apa yang ditunggu.</source>
            <translation>Write a note for your successor on reports that need explaining: what was promised, who was contacted, what is awaited.</translation>
        </message>
        <message>
            <source>Pekerjaan yang belum terkirim</source>
            <translation>Unsent work</translation>
        </message>
        <message>
            <source>Draf dan tindakan di antrean kirim menjadi draf penerus dan dikirim atas nama penerus. Yang tidak diserahkan harus dibuang dengan alasan; tidak ada yang hilang diam-diam.</source>
            <translation>Drafts and queued actions become your successor's drafts and are sent in the successor's name. Anything not handed over must be discarded with a reason; nothing disappears silently.</translation>
        </message>
        <message>
            <source>Paket serah terima</source>
            <translation>Handover package</translation>
        </message>
        <message>
            <source>Sepakati kata sandi serah terima dengan penerus secara langsung (bukan lewat pesan). Paket hanya dapat dibuka dengan kata sandi ini.</source>
            <translation>Agree the handover password with your successor in person (not by message). Only this password opens the package.</translation>
        </message>
        <message>
            <source>Nama petugas pengganti</source>
            <translation>Successor's name</translation>
        </message>
        <message>
            <source>Pilih…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Tulis juga Berita Acara Serah Terima (PDF)</source>
            <translation>Also write the handover record (PDF)</translation>
        </message>
        <message>
            <source>Tulis juga Berita Acara (XLSX)</source>
            <translation>Also write the handover record (XLSX)</translation>
        </message>
        <message>
            <source>Diserahkan kepada</source>
            <translation>Handed over to</translation>
        </message>
        <message>
            <source>Pejabat Penghubung</source>
            <translation>Liaison official</translation>
        </message>
        <message>
            <source>Kata sandi serah terima</source>
            <translation>Handover password</translation>
        </message>
        <message>
            <source>Ulangi kata sandi</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <source>Berkas paket</source>
            <translation>Package file</translation>
        </message>
        <message>
            <source>Simpan paket serah terima</source>
            <translation>Save the handover package</translation>
        </message>
        <message>
            <source>Isi nama petugas pengganti.</source>
            <translation>Enter the successor's name.</translation>
        </message>
        <message>
            <source>Serah terima tugas</source>
            <translation>Hand over my work</translation>
        </message>
        <message>
            <source>Buat paket</source>
            <translation>Create package</translation>
        </message>
        <message>
            <source>Lanjut &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Kembali</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>No. Laporan</source>
            <translation>Report no.</translation>
        </message>
        <message>
            <source>Judul</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Batas waktu</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Janji tindak lanjut terakhir</source>
            <translation>Last follow-up promise</translation>
        </message>
        <message>
            <source>Catatan untuk penerus</source>
            <translation>Note for the successor</translation>
        </message>
        <message>
            <source>Jenis</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Isi</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Keputusan</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Alasan membuang</source>
            <translation>Reason for discarding</translation>
        </message>
        <message>
            <source>Buang</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Serahkan</source>
            <translation>Hand over</translation>
        </message>
        <message>
            <source>Tidak ada pekerjaan yang belum terkirim.</source>
            <translation>No unsent work.</translation>
        </message>
        <message>
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>Belum dapat diserahkan</source>
            <translation>Cannot be handed over yet</translation>
        </message>
        <message>
            <source>Isi alasan membuang untuk: {items}</source>
            <translation>Enter a reason for discarding: {items}</translation>
        </message>
        <message>
            <source>Kata sandi serah terima minimal {n} karakter.</source>
            <translation>The handover password needs at least {n} characters.</translation>
        </message>
        <message>
            <source>Pilih berkas paket.</source>
            <translation>Choose the package file.</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>LAPORAN PENGELOLAAN PENGADUAN SP4N-LAPOR!</source>
            <translation>SP4N-LAPOR! COMPLAINT HANDLING REPORT</translation>
        </message>
        <message>
            <source>Tren bulanan</source>
            <translation>Monthly trend</translation>
        </message>
        <message>
            <source>Status laporan</source>
            <translation>Report status</translation>
        </message>
        <message>
            <source>Tidak ada data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>Terlambat per kategori</source>
            <translation>Overdue by category</translation>
        </message>
        <message>
            <source>Tidak ada laporan terlambat</source>
            <translation>No overdue reports</translation>
        </message>
        <message>
            <source>Mengetahui,</source>
            <translation>Acknowledged by,</translation>
        </message>
        <message>
            <source>Indikator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Nilai</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Tahap persetujuan Pejabat Penghubung</source>
            <translation>Liaison official sign-off stage</translation>
        </message>
        <message>
            <source>Tidak ada laporan terlambat.</source>
            <translation>No overdue reports.</translation>
        </message>
        <message>
            <source>Diterima</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>% Ditindaklanjuti</source>
            <translation>% Followed up</translation>
        </message>
        <message>
            <source>% Selesai</source>
            <translation>% Closed</translation>
        </message>
        <message>
            <source>Dalam proses</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Periode: {period}</source>
            <translation>Period: {period}</translation>
        </message>
        <message>
            <source>{n} laporan rahasia dihitung dalam indikator tetapi tidak dirinci ({late} di antaranya terlambat).</source>
            <translation>{n} confidential complaints are counted in the indicators but not listed ({late} of them overdue).</translation>
        </message>
        <message>
            <source>Daftar laporan terlambat per {time}</source>
            <translation>Overdue reports as of {time}</translation>
        </message>
        <message>
            <source>NIP {nip}</source>
            <translation>NIP {nip}</translation>
        </message>
        <message>
            <source>Laporan Pengelolaan Pengaduan {period}</source>
            <translation>Complaint Handling Report {period}</translation>
        </message>
        <message>
            <source>Ditambah {n} laporan rahasia yang terlambat (tidak dirinci).</source>
            <translation>Plus {n} overdue confidential reports (not itemised).</translation>
        </message>
        <message>
            <source>Laporan diterima</source>
            <translation>Reports received</translation>
        </message>
        <message>
            <source>Ditindaklanjuti</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Selesai</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>% Dalam proses</source>
            <translation>% In progress</translation>
        </message>
        <message>
            <source>Belum ditindaklanjuti</source>
            <translation>Not yet followed up</translation>
        </message>
        <message>
            <source>Terlambat (semua tahap)</source>
            <translation>Overdue (all stages)</translation>
        </message>
        <message>
            <source>Terlambat TL pertama</source>
            <translation>First follow-up overdue</translation>
        </message>
        <message>
            <source>Terlambat penyelesaian</source>
            <translation>Closing overdue</translation>
        </message>
        <message>
            <source>Median hari kerja ke TL pertama</source>
            <translation>Median working days to first follow-up</translation>
        </message>
        <message>
            <source>Median hari kerja ke selesai</source>
            <translation>Median working days to closing</translation>
        </message>
        <message>
            <source>Laporan rahasia (hanya dihitung)</source>
            <translation>Confidential reports (counted only)</translation>
        </message>
        <message>
            <source>Instansi</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Dibuat</source>
            <translation>Generated</translation>
        </message>
        <message>
            <source>Data per sinkronisasi terakhir</source>
            <translation>Data as of last sync</translation>
        </message>
        <message>
            <source>No. Pelacakan</source>
            <translation>Tracking No.</translation>
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
            <source>Tahap</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Tenggat</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Hari kerja terlambat</source>
            <translation>Working days overdue</translation>
        </message>
        <message>
            <source>Tindak lanjut pertama</source>
            <translation>First follow-up</translation>
        </message>
        <message>
            <source>Penyelesaian</source>
            <translation>Completion</translation>
        </message>
    </context>
    <context>
        <name>ProfileGuard</name>
        <message>
            <source>Hapus semua data profil di komputer ini? Data pengaduan dapat diambil lagi dengan sinkronisasi setelah masuk kembali.</source>
            <translation>Delete all profile data on this computer? Complaint data can be fetched again by syncing after signing in again.</translation>
        </message>
        <message>
            <source>Data di komputer ini belum terenkripsi. Buat kata sandi profil; basis data akan dienkripsi tanpa kehilangan data.</source>
            <translation>The data on this computer is not encrypted yet. Create a profile password; the database will be encrypted without losing any data.</translation>
        </message>
        <message>
            <source>Masih ada pekerjaan yang belum terkirim ke server. Ekspor dulu ke berkas agar tidak hilang?</source>
            <translation>There is still work that has not been sent to the server. Export it to a file first so it is not lost?</translation>
        </message>
        <message>
            <source>Ekspor pekerjaan yang belum terkirim</source>
            <translation>Export unsent work</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Urutkan menurut tenggat terdekat</source>
            <translation>Sort by nearest deadline</translation>
        </message>
        <message>
            <source>Urutkan menurut tanggal masuk, terbaru dulu</source>
            <translation>Sort by date received, newest first</translation>
        </message>
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
        <name>ReporterComplaints</name>
        <message>
            <source>Laporan lain dari pelapor ini</source>
            <translation>Other complaints of this reporter</translation>
        </message>
        <message>
            <source>&amp;Laporan lain dari pelapor ini ({n}):</source>
            <translation>Other &amp;complaints of this reporter ({n}):</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Jatuh tempo hari ini</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Segera jatuh tempo</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Berisiko terlambat</source>
            <translation>At risk of being late</translation>
        </message>
        <message>
            <source>Sesuai jadwal</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>Tidak ada tenggat</source>
            <translation>No deadline</translation>
        </message>
    </context>
    <context>
        <name>TrainingCertificate</name>
        <message>
            <source>Latihan memakai data contoh di server latihan bawaan aplikasi; setiap pelajaran diperiksa dari data server itu.</source>
            <translation>Training uses sample data on the app's built-in training server; every lesson was checked against that server's data.</translation>
        </message>
        <message>
            <source>telah menyelesaikan seluruh pelajaran Mode Latihan</source>
            <translation>has completed every lesson of training mode</translation>
        </message>
        <message>
            <source>{n} menit</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Sertifikat Pelatihan</source>
            <translation>Training Certificate</translation>
        </message>
        <message>
            <source>telah menyelesaikan {done} dari {total} pelajaran Mode Latihan</source>
            <translation>has completed {done} of {total} training mode lessons</translation>
        </message>
        <message>
            <source>Mode Latihan</source>
            <translation>Training mode</translation>
        </message>
        <message>
            <source>Diberikan kepada</source>
            <translation>Awarded to</translation>
        </message>
        <message>
            <source>Pelajaran</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Selesai pada</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Periode latihan</source>
            <translation>Training period</translation>
        </message>
        <message>
            <source>Total waktu pelajaran</source>
            <translation>Total lesson time</translation>
        </message>
        <message>
            <source>(nama belum diisi)</source>
            <translation>(name not entered)</translation>
        </message>
    </context>
    <context>
        <name>TrainingFlow</name>
        <message>
            <source>Pelajaran</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Pe&amp;lajaran</source>
            <translation>&amp;Lessons</translation>
        </message>
        <message>
            <source>Mulai ulang lati&amp;han…</source>
            <translation>Restart trai&amp;ning…</translation>
        </message>
        <message>
            <source>Simpan sertifikat</source>
            <translation>Save certificate</translation>
        </message>
        <message>
            <source>Mulai ulang latihan? Semua draf, Kotak Keluar, kemajuan pelajaran dan data server latihan dihapus. Aplikasi akan ditutup; buka Mode Latihan lagi untuk mulai dari awal.</source>
            <translation>Restart training? All drafts, the Outbox, lesson progress and the training server's data are deleted. The app will close; open training mode again to start from the beginning.</translation>
        </message>
        <message>
            <source>Latihan Anda tetap tersimpan: draf, Kotak Keluar dan kemajuan pelajaran ada lagi saat Mode Latihan dibuka. Pilih Berkas &gt; "Mulai ulang latihan" untuk mulai dari awal.</source>
            <translation>Your training is kept: drafts, the Outbox and lesson progress are back when training mode opens. Choose File &gt; "Restart training" to start from the beginning.</translation>
        </message>
        <message>
            <source>Pelajaran selesai: {title}</source>
            <translation>Lesson done: {title}</translation>
        </message>
        <message>
            <source>sertifikat-latihan.pdf</source>
            <translation>training-certificate.pdf</translation>
        </message>
        <message>
            <source>Sertifikat disimpan: {path}</source>
            <translation>Certificate saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Menyiapkan Mode Latihan: membuat data contoh dan menjalankan server latihan…</source>
            <translation>Preparing training mode: creating sample data and starting the training server…</translation>
        </message>
        <message>
            <source>Membuka data profil…</source>
            <translation>Opening profile data…</translation>
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
    <context>
        <name>Lessons</name>
        <message>
            <source>Laporan paling mendesak</source>
            <translation>The most urgent report</translation>
        </message>
        <message>
            <source>Temukan laporan yang tenggatnya paling dekat (belum lewat) dan buka.</source>
            <translation>Find the report whose deadline is nearest (not yet passed) and open it.</translation>
        </message>
        <message>
            <source>Pilih tampilan "Jatuh tempo minggu ini" (Ctrl+3).</source>
            <translation>Choose the "Due this week" view (Ctrl+3).</translation>
        </message>
        <message>
            <source>Urutkan menurut kolom tenggat, lalu klik baris teratas.</source>
            <translation>Sort by the deadline column, then click the top row.</translation>
        </message>
        <message>
            <source>Tindak lanjut lengkap</source>
            <translation>A complete follow-up</translation>
        </message>
        <message>
            <source>Tulis tindak lanjut untuk laporan #{tracking} dari templat, lengkap dengan bukti, sampai daftar periksa hijau, lalu kirim.</source>
            <translation>Write a follow-up for report #{tracking} from a template, with evidence, until the checklist is green, then send it.</translation>
        </message>
        <message>
            <source>Cari #{tracking} (Ctrl+F), buka tab "Tindak lanjut".</source>
            <translation>Search for #{tracking} (Ctrl+F), open the "Follow-up" tab.</translation>
        </message>
        <message>
            <source>Pilih templat, klik "Terapkan", lengkapi bagian yang masih kosong.</source>
            <translation>Choose a template, click "Apply", fill in the parts still empty.</translation>
        </message>
        <message>
            <source>Lampirkan foto bukti, lalu klik "Kirim".</source>
            <translation>Attach a photo as evidence, then click "Send".</translation>
        </message>
        <message>
            <source>Bekerja tanpa koneksi</source>
            <translation>Working without a connection</translation>
        </message>
        <message>
            <source>Server latihan sekarang mati. Kirim tindak lanjut lengkap untuk #{tracking}; tindakan menunggu di Kotak Keluar dan terkirim setelah koneksi kembali.</source>
            <translation>The training server is now down. Send a complete follow-up for #{tracking}; it waits in the Outbox and is delivered once the connection is back.</translation>
        </message>
        <message>
            <source>Tindak lanjut tetap bisa ditulis dan dikirim tanpa koneksi.</source>
            <translation>Follow-ups can still be written and sent without a connection.</translation>
        </message>
        <message>
            <source>Buka Kotak Keluar (Ctrl+K) untuk melihat yang menunggu.</source>
            <translation>Open the Outbox (Ctrl+K) to see what is waiting.</translation>
        </message>
        <message>
            <source>Setelah server hidup lagi, klik "Sinkronkan sekarang" (F9).</source>
            <translation>Once the server is back, click "Sync now" (F9).</translation>
        </message>
        <message>
            <source>Menangani konflik</source>
            <translation>Handling a conflict</translation>
        </message>
        <message>
            <source>Kirim tindak lanjut untuk #{tracking} saat server mati. Sementara itu admin menutup laporan itu: tangani tindakan yang ditolak di Kotak Keluar.</source>
            <translation>Send a follow-up for #{tracking} while the server is down. Meanwhile the admin closes that report: handle the refused action in the Outbox.</translation>
        </message>
        <message>
            <source>Setelah sinkronisasi, tindakan berstatus "Perlu perhatian".</source>
            <translation>After syncing, the action shows "Needs attention".</translation>
        </message>
        <message>
            <source>Buka Kotak Keluar (Ctrl+K) dan pilih tindakan itu; "Ubah &amp; kirim ulang" menunjukkan laporan sekarang di samping draf Anda.</source>
            <translation>Open the Outbox (Ctrl+K) and select that action; "Edit &amp; resend" shows the report as it is now beside your draft.</translation>
        </message>
        <message>
            <source>Laporan sudah selesai: pilih "Buang…" (teksnya tetap tersimpan sebagai draf).</source>
            <translation>The report is closed: choose "Discard…" (the text stays saved as a draft).</translation>
        </message>
        <message>
            <source>Bukan wewenang</source>
            <translation>Not our authority</translation>
        </message>
        <message>
            <source>Laporan baru #{tracking} bukan urusan instansi Anda. Ajukan "Bukan wewenang" dengan alasan dan instansi yang benar.</source>
            <translation>New report #{tracking} is not your agency's business. Ask for "Not our authority" with a reason and the right agency.</translation>
        </message>
        <message>
            <source>Sinkronkan (F9), lalu buka #{tracking}.</source>
            <translation>Sync (F9), then open #{tracking}.</translation>
        </message>
        <message>
            <source>Klik "Bukan wewenang…", tulis alasannya, pilih instansi yang menangani tema laporan itu.</source>
            <translation>Click "Not our authority…", write the reason, choose the agency that handles the report's subject.</translation>
        </message>
        <message>
            <source>Tanggapan pelapor</source>
            <translation>The reporter's reply</translation>
        </message>
        <message>
            <source>Pelapor #{tracking} menanggapi tindak lanjut Anda. Terima tanggapannya, lalu kirim tindak lanjut lengkap yang baru.</source>
            <translation>The reporter of #{tracking} replied to your follow-up. Acknowledge the reply, then send a new complete follow-up.</translation>
        </message>
        <message>
            <source>Sinkronkan (F9); laporan berstatus "Ditanggapi Pelapor".</source>
            <translation>Sync (F9); the report shows "Reporter replied".</translation>
        </message>
        <message>
            <source>Klik "Tandai balasan pelapor sudah dibaca", lalu tulis tindak lanjut baru dengan bukti.</source>
            <translation>Click "Mark reporter's reply as read", then write a new follow-up with evidence.</translation>
        </message>
        <message>
            <source>Laporan bulanan</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>Ekspor laporan bulanan dari tab Dasbor.</source>
            <translation>Export the monthly report from the Dashboard tab.</translation>
        </message>
        <message>
            <source>Buka tab "Dasbor" (Alt+D).</source>
            <translation>Open the "Dashboard" tab (Alt+B).</translation>
        </message>
        <message>
            <source>Klik "Ekspor…", pilih berkas tujuan, lalu "Ekspor".</source>
            <translation>Click "Export…", choose the target file, then "Export".</translation>
        </message>
    </context>
    <context>
        <name>Template</name>
        <message>
            <source>Tindak lanjut awal (laporan diterima)</source>
            <translation>Initial follow-up (complaint received)</translation>
        </message>
        <message>
            <source>Jawaban permintaan informasi</source>
            <translation>Answer to a request for information</translation>
        </message>
        <message>
            <source>Tindak lanjut terjadwal</source>
            <translation>Scheduled follow-up</translation>
        </message>
        <message>
            <source>Tindak lanjut selesai dengan bukti</source>
            <translation>Follow-up completed, with evidence</translation>
        </message>
    </context>
</TS>

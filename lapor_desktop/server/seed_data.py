"""Synthetic Kepulauan Riau data for the training server: agencies, people, places, complaint themes.

Everything here is invented for training (domain notes section 5); tracking ids are in the 99xxxxx
range so they can never be mistaken for real LAPOR! reports.
"""

from __future__ import annotations

from lapor_desktop.core.models import Classification, Status

PROVINCE = "Provinsi Kepulauan Riau"
DEMO_PASSWORD = "latihan123"

# (id, name, level); every agency in Kepulauan Riau is on WIB.
AGENCIES: list[tuple[str, str, str]] = [
    ("kepri-diskominfo", f"Dinas Komunikasi dan Informatika {PROVINCE}", "provinsi"),
    ("kepri-pupr", f"Dinas Pekerjaan Umum dan Penataan Ruang {PROVINCE}", "provinsi"),
    ("kepri-dinkes", f"Dinas Kesehatan {PROVINCE}", "provinsi"),
    ("kepri-disdik", f"Dinas Pendidikan {PROVINCE}", "provinsi"),
    ("kepri-dishub", f"Dinas Perhubungan {PROVINCE}", "provinsi"),
    ("kepri-dinsos", f"Dinas Sosial {PROVINCE}", "provinsi"),
    ("kepri-dkp", f"Dinas Kelautan dan Perikanan {PROVINCE}", "provinsi"),
    ("kepri-dlh", f"Dinas Lingkungan Hidup {PROVINCE}", "provinsi"),
    ("kepri-disdukcapil", f"Dinas Kependudukan dan Pencatatan Sipil {PROVINCE}", "provinsi"),
    ("kepri-dpmptsp", f"Dinas Penanaman Modal dan PTSP {PROVINCE}", "provinsi"),
    ("kepri-disnaker", f"Dinas Tenaga Kerja {PROVINCE}", "provinsi"),
    ("kepri-bpbd", f"Badan Penanggulangan Bencana Daerah {PROVINCE}", "provinsi"),
    ("kepri-satpolpp", f"Satuan Polisi Pamong Praja {PROVINCE}", "provinsi"),
    ("kepri-rsud", "RSUD Raja Ahmad Tabib Provinsi Kepulauan Riau", "provinsi"),
    ("kepri-biropem", f"Biro Pemerintahan Sekretariat Daerah {PROVINCE}", "provinsi"),
    ("kota-batam", "Pemerintah Kota Batam", "kota"),
    ("kota-tanjungpinang", "Pemerintah Kota Tanjungpinang", "kota"),
    ("kab-bintan", "Pemerintah Kabupaten Bintan", "kabupaten"),
    ("kab-karimun", "Pemerintah Kabupaten Karimun", "kabupaten"),
    ("kab-lingga", "Pemerintah Kabupaten Lingga", "kabupaten"),
    ("kab-natuna", "Pemerintah Kabupaten Natuna", "kabupaten"),
    ("kab-anambas", "Pemerintah Kabupaten Kepulauan Anambas", "kabupaten"),
]

# Agencies outside the province, in another time zone, so training and tests meet deadlines
# counted in WITA: (id, name, level, zone). Their complaints come from their own places only.
GUEST_AGENCIES: list[tuple[str, str, str, str]] = [
    ("kota-tarakan", "Pemerintah Kota Tarakan", "kota", "WITA"),
]
GUEST_PLACES = {"kota-tarakan": ["Jl. Yos Sudarso, Tarakan", "Juata Laut, Tarakan",
                                 "Karang Anyar, Tarakan", "Pelabuhan Malundung, Tarakan"]}
GUEST_OFFICER_NAMES = {"kota-tarakan": "Andi Mappaseng"}

OFFICER_NAMES = [
    "Rina Marlina", "Andi Saputra", "Siti Rahmawati", "Fajar Hidayat", "Dewi Lestari",
    "Rizky Pratama", "Nurul Aini", "Hendra Wijaya", "Putri Ayu", "Syahrial Effendi",
    "Maya Sari", "Teguh Santoso", "Yuliana Siregar", "Bayu Firmansyah", "Indah Permata",
    "Raja Zulkifli", "Wan Suryani", "Agus Salim", "Linda Hasibuan", "Eko Prasetyo",
    "Tengku Nurhayati", "Ferry Gunawan", "Mega Utami", "Sulaiman Daud",
]
FIRST = ["Budi", "Ahmad", "Sri", "Yusuf", "Nur", "Dedi", "Ratna", "Imam", "Wati", "Joko",
         "Ani", "Hasan", "Fitri", "Rudi", "Lina", "Taufik", "Erni", "Zainal", "Mira", "Samsul"]
LAST = ["Hartono", "Siregar", "Nasution", "Lubis", "Rahman", "Wibowo", "Simanjuntak", "Putra",
        "Harahap", "Kurniawan", "Sembiring", "Hamzah", "Yusuf", "Tambunan", "Ismail"]

PLACES = [
    "Jl. Raja Haji Fisabilillah, Tanjungpinang", "Batu Aji, Batam", "Tanjung Uban, Bintan",
    "Tanjung Balai Karimun", "Daik, Lingga", "Ranai, Natuna", "Tarempa, Kepulauan Anambas",
    "Sekupang, Batam", "Dabo Singkep, Lingga", "Kijang, Bintan", "Bengkong, Batam",
    "Senggarang, Tanjungpinang", "Jl. Ahmad Yani, Batam Centre", "Moro, Karimun",
    "Sedanau, Natuna", "Pulau Penyengat, Tanjungpinang", "Tiban, Batam", "Kundur, Karimun",
]
ISLANDS = ["Pulau Penyengat", "Tarempa", "Daik Lingga", "Pulau Laut", "Sedanau", "Moro",
           "Dabo Singkep", "Pulau Tambelan", "Letung"]

# (category, subcategory, agencies it is usually disposed to, titles, body openings)
THEMES: list[tuple[str, str, list[str], list[str], list[str]]] = [
    ("Pekerjaan Umum dan Penataan Ruang", "Jalan Berlubang",
     ["kepri-pupr", "kota-batam", "kab-bintan"],
     ["Jalan berlubang di {place}", "Jalan rusak parah di {place}",
      "Lubang besar di jalan {place} membahayakan pengendara"],
     ["Jalan di {place} berlubang cukup dalam dan sudah beberapa kali menyebabkan pengendara "
      "motor terjatuh, terutama saat hujan karena lubang tertutup genangan air.",
      "Sudah lebih dari dua bulan jalan utama di {place} rusak. Aspal mengelupas dan batu "
      "berserakan, anak sekolah setiap hari melewati jalan ini."]),
    ("Perhubungan", "Lampu Penerangan Jalan Umum", ["kepri-dishub", "kota-tanjungpinang"],
     ["Lampu PJU mati di {place}", "Penerangan jalan padam sepanjang {place}"],
     ["Lampu penerangan jalan umum di {place} sudah mati sejak tiga minggu lalu. Pada malam hari "
      "jalan sangat gelap dan rawan kecelakaan serta tindak kejahatan."]),
    ("Perhubungan", "Transportasi Laut", ["kepri-dishub", "kab-lingga", "kab-anambas"],
     ["Jadwal kapal ke {island} tidak menentu", "Kapal perintis ke {island} batal tanpa kabar"],
     ["Kapal yang melayani rute ke {island} sering berangkat tidak sesuai jadwal tanpa "
      "pemberitahuan. Warga yang akan berobat dan berdagang terpaksa menginap di pelabuhan."]),
    ("Kependudukan", "KTP", ["kepri-disdukcapil", "kota-batam"],
     ["Pungli pembuatan KTP-el di kantor kecamatan", "KTP-el belum jadi sejak tiga bulan"],
     ["Saat mengurus KTP-el di kantor kecamatan dekat {place} saya diminta membayar Rp150.000 "
      "agar cepat selesai, padahal layanan ini gratis.",
      "Saya sudah merekam data KTP-el tiga bulan lalu di {place} tetapi sampai sekarang belum "
      "dicetak dengan alasan blangko habis."]),
    ("Energi dan Sumber Daya Alam", "Gangguan Layanan Penyaluran Air",
     ["kepri-pupr", "kab-karimun", "kota-batam"],
     ["Air PDAM mati sudah seminggu di {place}", "Air bersih tidak mengalir di {place}"],
     ["Air PDAM di {place} tidak mengalir sudah seminggu. Warga terpaksa membeli air tangki "
      "dengan harga mahal, sementara tagihan bulanan tetap datang."]),
    ("Teknologi Informasi dan Komunikasi", "Jaringan Internet",
     ["kepri-diskominfo", "kab-natuna", "kab-anambas"],
     ["Sinyal internet desa di {place} hilang", "Tidak ada sinyal di {island}",
      "Layanan aplikasi perizinan daring tidak bisa diakses"],
     ["Sinyal internet di {place} sering hilang berhari-hari sehingga siswa tidak bisa belajar "
      "daring dan aparat desa tidak bisa mengirim laporan.",
      "Sejak menara BTS rusak, desa kami di {island} tidak mendapat sinyal sama sekali."]),
    ("Lingkungan Hidup dan Kehutanan", "Pengelolaan Sampah",
     ["kepri-dlh", "kota-tanjungpinang", "kota-batam"],
     ["Sampah menumpuk di {place}", "Truk sampah tidak datang ke {place}"],
     ["Tumpukan sampah di {place} sudah lebih dari seminggu tidak diangkut, menimbulkan bau "
      "busuk dan mengundang lalat. Mohon segera ditangani."]),
    ("Sosial dan Kesejahteraan", "Bansos Daerah", ["kepri-dinsos", "kab-lingga"],
     ["Bansos tidak tepat sasaran di {place}", "Nama keluarga miskin hilang dari DTKS"],
     ["Bantuan sosial di {place} diterima oleh warga yang mampu, sementara janda lansia di RT "
      "kami tidak pernah menerima bantuan walaupun sudah terdata."]),
    ("Kesehatan", "Fasilitas Kesehatan", ["kepri-dinkes", "kepri-rsud"],
     ["Antrean panjang di puskesmas {place}", "Pelayanan IGD lambat",
      "Obat kosong di puskesmas {place}"],
     ["Pasien di puskesmas {place} harus antre sejak subuh karena hanya ada satu dokter yang "
      "bertugas, sementara loket baru dibuka pukul sembilan."]),
    ("Pendidikan dan Kebudayaan", "Biaya Sekolah", ["kepri-disdik"],
     ["Pungutan biaya seragam di SMA negeri", "Honor guru honorer belum dibayar tiga bulan",
      "Masalah zonasi PPDB di {place}"],
     ["Sekolah negeri di {place} meminta orang tua membayar uang seragam dan uang pembangunan "
      "yang jumlahnya memberatkan.",
      "Guru honorer di sekolah kami di {place} belum menerima honor selama tiga bulan."]),
    ("Ketenagakerjaan", "Upah Minimum", ["kepri-disnaker", "kota-batam"],
     ["Gaji di bawah UMK di galangan kapal", "Pesangon PHK tidak dibayar"],
     ["Perusahaan galangan kapal di {place} membayar pekerja di bawah UMK dan tanpa BPJS "
      "Ketenagakerjaan."]),
    ("Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", "Pedagang Kaki Lima",
     ["kepri-satpolpp", "kota-batam"],
     ["Pedagang kaki lima menutup trotoar di {place}", "Bangunan liar di bahu jalan {place}"],
     ["Trotoar di {place} dipenuhi lapak pedagang sehingga pejalan kaki terpaksa berjalan di "
      "badan jalan."]),
    ("Lingkungan Hidup dan Kehutanan", "Banjir", ["kepri-bpbd", "kota-tanjungpinang"],
     ["Banjir setiap hujan deras di {place}", "Parit tersumbat, rumah warga kebanjiran"],
     ["Setiap hujan deras kawasan {place} tergenang hingga selutut karena saluran air tersumbat."]),
    ("Lingkungan Hidup dan Kehutanan", "Illegal Fishing", ["kepri-dkp", "kab-natuna"],
     ["Kapal asing mencuri ikan di perairan Natuna", "Pukat harimau di perairan {island}"],
     ["Nelayan {island} melihat kapal asing menangkap ikan dengan pukat di wilayah tangkap "
      "nelayan tradisional. Hasil tangkapan kami terus menurun."]),
    ("Ekonomi dan Keuangan", "Perizinan Usaha", ["kepri-dpmptsp"],
     ["Izin usaha lewat OSS tidak kunjung terbit", "Permohonan izin usaha dipersulit"],
     ["Permohonan izin usaha saya untuk usaha di {place} sudah diajukan dua bulan lalu tetapi "
      "statusnya masih diproses tanpa kejelasan."]),
    ("Topik Lainnya", "Lainnya", ["kepri-biropem"],
     ["Batas wilayah desa di {place} belum jelas", "Pelayanan kantor kelurahan tutup jam kerja"],
     ["Batas wilayah antara dua desa di {place} belum jelas sehingga warga bingung mengurus "
      "surat keterangan domisili."]),
]

CLASSIFICATION_WEIGHTS = {
    Classification.ASPIRASI: 20, Classification.PERMINTAAN_INFORMASI: 15,
    Classification.PENGADUAN: 50, Classification.PENGADUAN_PENGAWASAN: 15,
}
STATUS_WEIGHTS = {
    Status.TERDISPOSISI: 28, Status.DITINDAKLANJUTI: 22, Status.DITANGGAPI_PELAPOR: 12,
    Status.SELESAI: 25, Status.DIKEMBALIKAN: 6, Status.ARSIP: 7,
}

FOLLOW_UPS = [
    "Terima kasih atas laporan #{tid}. Tim teknis {opd} telah melakukan peninjauan lapangan dan "
    "penanganan dijadwalkan minggu ini. Perkembangan akan kami sampaikan.",
    "Laporan #{tid} sudah kami koordinasikan dengan unit pelaksana. Perbaikan telah selesai "
    "dilakukan, foto bukti terlampir. Mohon konfirmasi apabila masih ada kendala.",
    "Menindaklanjuti laporan #{tid}, {opd} telah memanggil pihak terkait untuk klarifikasi. "
    "Hasilnya akan kami sampaikan paling lambat lima hari kerja.",
]
REPLIES = [
    "Terima kasih, tetapi sampai hari ini kondisinya belum berubah.",
    "Perbaikannya baru sebagian, mohon ditinjau kembali.",
    "Kapan tepatnya petugas akan datang ke lokasi?",
]
NOTES = [
    "Sudah dikonfirmasi ke bidang teknis, menunggu jadwal survei.",
    "Perlu persetujuan Kepala Dinas sebelum TL dikirim.",
    "Anggaran pemeliharaan tersedia di triwulan ini.",
]

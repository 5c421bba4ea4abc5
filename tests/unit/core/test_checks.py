"""The follow-up (tindak lanjut) completeness check on realistic Indonesian text."""

from __future__ import annotations

import pytest

from lapor_desktop.core.checks import (
    PATTERNS,
    CompletenessReport,
    Element,
    Issue,
    element_label,
    issue_label,
    unfilled_markers,
)
from lapor_desktop.core.checks import (
    check_follow_up as check_with_minimum,
)
from lapor_desktop.protocol import FOLLOW_UP_MIN_CHARS as MIN_CHARS

TID = "LAP-2026-004517"


def check_follow_up(text: str, **kwargs) -> CompletenessReport:
    """The check with the protocol's minimum length, as the editor runs it."""
    return check_with_minimum(text, min_chars=MIN_CHARS, **kwargs)

GOOD = (
    "Menindaklanjuti laporan #LAP-2026-004517 tentang jalan berlubang di Jl. Pahlawan, Bidang "
    "Bina Marga Dinas PUPR Kota Bandar Lampung telah melakukan penambalan pada 17 Maret 2026. "
    "Dokumentasi pada Berita Acara Nomor 45/BA-PUPR/III/2026. "
    "Untuk informasi lebih lanjut silakan hubungi 0812-7788-9900. "
    "Kepala Dinas PUPR, Ir. H. Budi Santoso, NIP 19700512 199503 1 002."
)

# Each realistic sentence shows exactly one element (and the tracking ID's absence).
ONE_ELEMENT = [
    (Element.ACTION, "Petugas sudah menambal lubang itu."),
    (Element.ACTION, "Kami akan meninjau lokasi."),
    (Element.ACTION, "Laporan ini sedang diproses oleh petugas."),
    (Element.UNIT, "UPT Pengelolaan Sampah Wilayah II."),
    (Element.UNIT, "Puskesmas Sukarame."),
    (Element.UNIT, "Bagian Umum Sekretariat Daerah."),
    (Element.UNIT, "Unit Layanan Terpadu."),
    (Element.UNIT, "Seksi Pemeliharaan Jalan."),
    (Element.TIMELINE, "Pada 17/03/2026."),
    (Element.TIMELINE, "Pada 2026-03-17."),
    (Element.TIMELINE, "Rencananya pada Maret 2026."),
    (Element.TIMELINE, "Paling lambat Jumat."),
    (Element.TIMELINE, "Dalam 3 hari."),
    (Element.TIMELINE, "Dalam waktu dua minggu."),
    (Element.TIMELINE, "Minggu depan."),
    (Element.TIMELINE, "Mulai tanggal 20."),
    (Element.EVIDENCE, "Tercatat pada berita acara nomor 12/BA/2026."),
    (Element.EVIDENCE, "Surat Tugas No. 800/123/PUPR."),
    (Element.EVIDENCE, "Unduh di https://pu.example.go.id/ba-12.pdf ya."),
    (Element.CONTACT, "Silakan menghubungi petugas kami."),
    (Element.CONTACT, "WA 0812-3456-7890."),
    (Element.CONTACT, "Nomor +62 812 3456 7890."),
    (Element.CONTACT, "Nomor (0721) 481234."),
    (Element.CONTACT, "Surat ke pengaduan@pu.lampungkota.go.id saja."),
    (Element.CONTACT, "Langkah selanjutnya adalah survei ulang."),
    (Element.OFFICIAL, "Plt. Kadis Perhubungan."),
    (Element.OFFICIAL, "ttd Sekretaris."),
    (Element.OFFICIAL, "NIP 19800101 200501 1 001."),
    (Element.OFFICIAL, "Pejabat Penghubung."),
]


def test_good_follow_up_is_complete() -> None:
    report = check_follow_up(GOOD, tracking_id=TID)
    assert report.is_complete
    assert report.present == tuple(Element)
    assert report.missing == ()
    assert report.issues == ()
    assert report.score == 1.0
    assert report.matches[Element.TRACKING_ID] == "#LAP-2026-004517"
    assert report.matches[Element.TIMELINE] == "17 Maret 2026"


@pytest.mark.parametrize(("element", "text"), ONE_ELEMENT,
                         ids=[f"{e.value}-{i}" for i, (e, _) in enumerate(ONE_ELEMENT)])
def test_each_element_is_detected_alone(element: Element, text: str) -> None:
    report = check_follow_up(text, tracking_id=TID)
    assert report.present == (element,)
    assert element in report.matches


def test_sending_a_team_is_an_action_by_a_unit() -> None:
    report = check_follow_up("Kami menurunkan tim ke lokasi.", tracking_id=TID)
    assert report.present == (Element.ACTION, Element.UNIT)
    assert report.matches[Element.ACTION] == "menurunkan tim"


def test_pleasantry_names_nothing() -> None:
    text = "Terima kasih atas laporan Bapak/Ibu. Mohon maaf atas ketidaknyamanan yang terjadi."
    report = check_follow_up(text, tracking_id=TID)
    assert report.present == ()
    assert report.missing == tuple(Element)
    assert not report.is_complete
    assert report.issues == ()  # long enough, just empty of substance


@pytest.mark.parametrize("text", [
    "Bagian jalan yang rusak sudah kami lihat.",  # "bagian" as "part of"
    "Ada 3 unit lampu yang padam.",  # "unit" as a count
    "Badan jalan tergenang air.",  # "badan jalan" is the roadway
])
def test_everyday_words_are_not_units(text: str) -> None:
    assert Element.UNIT not in check_follow_up(text, tracking_id=TID).present


@pytest.mark.parametrize("text", [
    "Laporan 4517 sudah dibaca.",
    "Laporan LAP-2026-0045170 sudah dibaca.",  # a longer ID is another report
    "Laporan XLAP-2026-004517 sudah dibaca.",
])
def test_tracking_id_must_match_exactly(text: str) -> None:
    assert Element.TRACKING_ID not in check_follow_up(text, tracking_id=TID).present


@pytest.mark.parametrize(("text", "tracking_id"), [
    ("Laporan #1234567 telah ditangani.", "1234567"),
    ("Laporan 1234567 telah ditangani.", "#1234567"),
    ("Laporan nomor lap-2026-004517 ditangani.", TID),  # case-insensitive
    ("Laporan # 1234567 ditangani.", "1234567"),
])
def test_tracking_id_with_or_without_hash(text: str, tracking_id: str) -> None:
    assert Element.TRACKING_ID in check_follow_up(text, tracking_id=tracking_id).present


def test_empty_tracking_id_is_never_present() -> None:
    assert Element.TRACKING_ID in check_follow_up(GOOD, tracking_id="  ").missing


def test_case_insensitive() -> None:
    report = check_follow_up(GOOD.upper(), tracking_id=TID)
    assert report.is_complete


def test_attachments_count_as_evidence() -> None:
    text = "Kami sudah memperbaiki lampu jalan tersebut."
    assert Element.EVIDENCE in check_follow_up(text, tracking_id=TID).missing
    report = check_follow_up(text, tracking_id=TID, attachments_count=2)
    assert Element.EVIDENCE in report.present
    assert report.matches[Element.EVIDENCE] == "2 lampiran"


def test_numbers_that_are_not_phones_or_dates() -> None:
    # A NIP and an amount are neither a phone number nor a date.
    text = "Dana sebesar 150000000 rupiah; NIP 19700512 199503 1 002."
    report = check_follow_up(text, tracking_id=TID)
    assert Element.CONTACT not in report.present
    assert Element.TIMELINE not in report.present


def test_too_short_is_an_issue() -> None:
    report = check_follow_up("Ditangani Dinas PU.", tracking_id=TID)
    assert report.issues == (Issue.TOO_SHORT,)
    assert not report.is_complete and not report.can_send
    assert report.present == (Element.ACTION, Element.UNIT)


def test_length_is_measured_as_the_server_measures_it() -> None:
    from lapor_desktop.protocol import ActionRequest

    padded = "  \n" + "x" * (MIN_CHARS - 1) + "\t "
    assert check_follow_up(padded, tracking_id=TID).issues == (Issue.TOO_SHORT,)
    with pytest.raises(ValueError):
        ActionRequest(kind="follow_up", base_revision=1, text=padded)
    exact = "x" * MIN_CHARS
    assert check_follow_up(exact, tracking_id=TID).issues == ()
    ActionRequest(kind="follow_up", base_revision=1, text=exact)  # the server accepts it


def test_words_claiming_a_photo_are_not_evidence() -> None:
    for claim in ("Foto lokasi terlampir.", "Bukti pelaksanaan kami lampirkan.",
                  "Dokumentasi kegiatan kami unggah.", "Laporan nomor 4517 sudah kami baca."):
        assert Element.EVIDENCE in check_follow_up(claim, tracking_id=TID).missing, claim


def test_unfilled_template_markers_are_an_issue() -> None:
    text = ("Laporan #LAP-2026-004517 ditangani (nama OPD). Petugas: (nama petugas). "
            "Disetujui oleh {pejabat}.")
    report = check_follow_up(text, tracking_id=TID)
    assert report.issues == (Issue.PLACEHOLDER,)
    assert report.unfilled == ("(nama OPD)", "(nama petugas)", "{pejabat}")
    assert unfilled_markers("Kepala Dinas (nama OPD lama dihapus)") == ()


def test_all_but_official_is_incomplete() -> None:
    text = GOOD.split("Kepala")[0]
    report = check_follow_up(text, tracking_id=TID)
    assert report.missing == (Element.OFFICIAL,)
    assert not report.is_complete
    assert report.score == pytest.approx(6 / 7)


def test_planned_action_with_relative_timeline() -> None:
    text = ("Terkait laporan 1234567, Seksi Kebersihan UPT Pasar akan membersihkan saluran "
            "paling lambat minggu depan; langkah selanjutnya kami sampaikan melalui kanal ini. "
            "a.n. Kepala UPT Pasar Bawah.")
    report = check_follow_up(text, tracking_id="1234567")
    assert report.missing == (Element.EVIDENCE,)


def test_report_defaults() -> None:
    report = CompletenessReport(present=(), missing=tuple(Element))
    assert report.issues == ()
    assert report.matches == {}
    assert report.score == 0.0


def test_every_element_has_labels() -> None:
    for element in Element:
        assert element.label == element_label(element, "id")
        assert element_label(element, "en")
        assert element_label(element, "en") != element_label(element, "id")
    assert element_label(Element.OFFICIAL, "en_GB") == "Approving official"
    assert element_label(Element.OFFICIAL, "xx") == "Pejabat yang menyetujui"
    assert issue_label(Issue.TOO_SHORT, min_chars=20) == "Teks minimal 20 karakter"
    assert issue_label(Issue.TOO_SHORT, "en", min_chars=20) == "Text of at least 20 characters"


def test_pattern_table_covers_every_text_element() -> None:
    # The tracking ID is matched against the complaint's own ID, not a table.
    assert set(PATTERNS) == set(Element) - {Element.TRACKING_ID}


def test_nota_dinas_sign_off_and_promised_update_count():
    text = ("Laporan #9901234 telah diverifikasi. Perkembangan akan kami sampaikan melalui kanal "
            "ini. Mengetahui, Drs. H. Hasan Basri, M.Si.")
    report = check_follow_up(text, tracking_id="9901234")
    assert Element.OFFICIAL in report.present
    assert Element.CONTACT in report.present
    unsigned = check_follow_up("Mengetahui, (nama penyetuju).", tracking_id="9901234")
    assert Element.OFFICIAL in unsigned.missing

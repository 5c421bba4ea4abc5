"""Evidence files as phones and office software make them, built in the test: a JPEG carrying
EXIF (camera, serial, capture time, GPS), XMP, IPTC, ICC and a comment; PNGs with text chunks,
eXIf and 16 bits; PDFs with metadata, JavaScript or an embedded file; and the bad inputs."""

from __future__ import annotations

import io
import struct
import zlib

import piexif
from PIL import Image, ImageCms
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

SERIAL = "SN-4471-KEPRI-0913"
OWNER = "Siti Rahmawati"
LAT, LON = -0.912345, 104.451234  # Lingga, Kepulauan Riau
XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
       b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
       b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
       b'xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" exif:GPSLatitude="0,54.7407S" '
       b'exif:GPSLongitude="104,27.4073E" aux:SerialNumber="' + SERIAL.encode() + b'"/>'
       b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
XMP_MARK = b"x:xmpmeta"


def _rational(value: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60 * 10000)
    return ((deg, 1), (minutes, 1), (seconds, 10000))


def exif_bytes(*, orientation: int = 1, gps: bool = True) -> bytes:
    """A phone's EXIF block: camera, owner, serial, capture time with offset, GPS."""
    ifd0 = {piexif.ImageIFD.Make: b"Samsung", piexif.ImageIFD.Model: b"SM-A525F",
            piexif.ImageIFD.Software: b"A525FXXU4CVJB", piexif.ImageIFD.Orientation: orientation}
    exif = {piexif.ExifIFD.DateTimeOriginal: b"2026:12:02 09:14:33",
            piexif.ExifIFD.OffsetTimeOriginal: b"+07:00",
            piexif.ExifIFD.BodySerialNumber: SERIAL.encode(),
            piexif.ExifIFD.CameraOwnerName: OWNER.encode()}
    gps_ifd = {piexif.GPSIFD.GPSLatitudeRef: b"S", piexif.GPSIFD.GPSLatitude: _rational(LAT),
               piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: _rational(LON)}
    return piexif.dump({"0th": ifd0, "Exif": exif, "GPS": gps_ifd if gps else {}})


def _scene(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """A picture with structure (gradients and blocks), so blur and scaling are visible."""
    red = Image.linear_gradient("L").rotate(90).resize((width, height))
    green = Image.linear_gradient("L").resize((width, height))
    cells = Image.new("L", (width // 40 + 1, height // 40 + 1))
    cells.putdata([255 * ((x + y) % 2) for y in range(cells.height) for x in range(cells.width)])
    blue = cells.resize((cells.width * 40, cells.height * 40), Image.Resampling.NEAREST)
    image = Image.merge("RGB", (red, green, blue.crop((0, 0, width, height))))
    return image.convert(mode) if mode != "RGB" else image


def _insert_after_soi(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    segment = struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def phone_jpeg(width: int = 2400, height: int = 1800, *, orientation: int = 1) -> bytes:
    """A JPEG as a phone writes it: EXIF+GPS, XMP, IPTC (APP13), ICC and a comment."""
    out = io.BytesIO()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    _scene(width, height).save(out, "JPEG", quality=90, exif=exif_bytes(orientation=orientation),
                               icc_profile=icc, comment=b"Rumah Pak Ahmad, Jl. Merdeka 12",
                               xmp=XMP)
    iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0c\x1c\x02\x50\x00\x07Reporter"
    return _insert_after_soi(out.getvalue(), 0xED, iptc)


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (struct.pack(">I", len(payload)) + kind + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))


def text_png(width: int = 1800, height: int = 900) -> bytes:
    """A PNG with tEXt (author, comment), iTXt XMP and an eXIf chunk with GPS."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", OWNER)
    info.add_text("Comment", "Lokasi rumah pelapor")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    out = io.BytesIO()
    _scene(width, height).save(out, "PNG", pnginfo=info, exif=exif_bytes())
    return out.getvalue()


def png16(width: int = 64, height: int = 48) -> bytes:
    """A 16-bit greyscale PNG (scanners and some apps write these)."""
    image = Image.new("I;16", (width, height))
    image.putdata([(x * 65535) // (width - 1) for _y in range(height) for x in range(width)])
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def cmyk_jpeg(width: int = 80, height: int = 60) -> bytes:
    """A CMYK JPEG (print workflows): mostly cyan."""
    out = io.BytesIO()
    Image.new("CMYK", (width, height), (200, 0, 0, 0)).save(out, "JPEG", quality=95)
    return out.getvalue()


def animated_png() -> bytes:
    """An animated PNG (APNG) of three frames."""
    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:], duration=100)
    return out.getvalue()


def animated_gif() -> bytes:
    """An animated GIF of two frames."""
    frames = [Image.new("P", (40, 30), i) for i in (1, 2)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)
    return out.getvalue()


def bomb_png(side: int = 10_000) -> bytes:
    """A small PNG file that claims side×side pixels (a decompression bomb): 100 MP of zeros."""
    row = b"\x00" + b"\x00" * side  # filter byte + greyscale row
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body)
            + _png_chunk(b"IEND", b""))


def corrupt_jpeg() -> bytes:
    """A JPEG cut off half-way (a broken copy from a phone)."""
    data = phone_jpeg(400, 300)
    return data[: len(data) // 2]


def _pdf(**extra) -> PdfWriter:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Author": OWNER, "/Creator": "Microsoft Word",
                         "/Title": "Surat tanggapan", "/CreationDate": "D:20261202091400+07'00'"})
    xmp = DecodedStreamObject()
    xmp.set_data(XMP)
    xmp.update({NameObject("/Type"): NameObject("/Metadata"),
                NameObject("/Subtype"): NameObject("/XML")})
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    return writer


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def metadata_pdf() -> bytes:
    """A one-page PDF with an Info dictionary (author, creator, dates) and an XMP packet."""
    return _written(_pdf())


def javascript_pdf() -> bytes:
    """A PDF that runs JavaScript when opened."""
    writer = _pdf()
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('halo');")})
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _written(writer)


def attachment_pdf() -> bytes:
    """A PDF with an embedded file."""
    writer = _pdf()
    writer.add_attachment("data_pelapor.csv", b"nama,nik\nSiti,1234567890\n")
    return _written(writer)

"""Regenerates the QR reference matrices in this folder with the Python `qrcode` library
(an independent ISO/IEC 18004 encoder), for QRCodeReferenceTests.swift.

    python3 -m venv /tmp/qr-venv && /tmp/qr-venv/bin/pip install qrcode
    /tmp/qr-venv/bin/python generate_references.py

Each file holds one text at one level: `version V` (as qrcode's best fit chose it), then for
every mask 0-7 a `mask M` line and the symbol as rows of 0/1 (1 = dark), no quiet zone.
The texts must stay identical to the table in QRCodeReferenceTests.swift.
"""
import qrcode
import qrcode.util
from qrcode.constants import ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q, ERROR_CORRECT_H

LEVELS = {"L": ERROR_CORRECT_L, "M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}
CASES = [
    ("v1-L", "a", "L"),
    ("v2-M", "https://example.org", "M"),
    ("v2-H", "hello world", "H"),
    ("v4-Q", "Réseau BME ✓ & <staff> network", "Q"),
    ("v5-Q", "https://parity.example.nhs.uk/networks/join/7f3a9c2e41b8", "Q"),
    ("v7-M", "https://parity.example.nhs.uk/networks/join/" + "7f3a9c2e-41b8-4d6a-9e0f-2b5c8d1a7e64" * 2, "M"),
    ("v10-H", "https://parity.example.nhs.uk/n/" + "0123456789abcdef" * 5, "H"),
]


def matrix(data, level, version, mask):
    code = qrcode.QRCode(version=version, error_correction=LEVELS[level], mask_pattern=mask, border=0)
    code.add_data(data)
    code.make(fit=version is None)
    return code


for name, text, level in CASES:
    data = qrcode.util.QRData(text.encode("utf-8"), mode=qrcode.util.MODE_8BIT_BYTE)
    version = matrix(data, level, None, 0).version
    lines = [f"version {version}"]
    for mask in range(8):
        lines.append(f"mask {mask}")
        lines += ["".join("1" if dark else "0" for dark in row) for row in matrix(data, level, version, mask).modules]
    with open(f"{name}.txt", "w") as out:
        out.write("\n".join(lines) + "\n")
    print(name, "version", version, len(text.encode("utf-8")), "bytes")

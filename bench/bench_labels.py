"""1,000 shipping labels into one PDF vs the bare reportlab drawing of the same content.

    uv run python bench/bench_labels.py [--labels 1000] [--runs 5]

Ours: `render_labels` (layout, fitted font sizes, Code 128 snapped to the 203 dpi dot grid with quiet
zones, COD box, locker box) for N labels of varied realistic data, one PDF in memory.
Baseline, same run: a plain reportlab Canvas that draws the very same strings at fixed positions with the
same bundled font, the same two Code 128 symbols with reportlab's own widget at a fixed module width,
and the same black COD rectangle, N pages, one PDF in memory: what reportlab itself costs for that content.
Both are written to bench/out/ once so the files can be compared. Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import register_fonts
from app.printing.labels.pdf import LABEL_SIZE, LabelData, PartyData, money, render_labels

STREETS = ("ul. Długa", "al. Jerozolimskie", "ul. Świętokrzyska", "os. Złote Łany", "ul. Źródlana", "pl. Grunwaldzki")
CITIES = (("00-950", "Warszawa"), ("31-564", "Kraków"), ("90-001", "Łódź"), ("80-001", "Gdańsk"), ("50-001", "Wrocław"))
NAMES = ("Anna Kowalska", "Grzegorz Brzęczyszczykiewicz", "Zofia Wąsik", "Łukasz Żółtowski", "Małgorzata Nowak-Ślęzak")


def make_labels(n: int) -> list[LabelData]:
    sender = PartyData(name="Jan Sklepowy", street="ul. Polna 1", postal_code="00-001", city="Warszawa", phone="+48 22 123 45 67",
                       company="Żółty Kot sp. z o.o.")
    labels = []
    for i in range(n):
        postal, city = CITIES[i % len(CITIES)]
        receiver = PartyData(name=NAMES[i % len(NAMES)], street=f"{STREETS[i % len(STREETS)]} {i % 200 + 1}/{i % 30 + 1}", postal_code=postal,
                             city=city, phone=f"+48 600 {i % 1000:03d} {i % 997:03d}")
        locker = i % 3 == 0
        labels.append(LabelData(
            sender=sender, receiver=receiver, carrier="InPost" if locker else "DPD",
            service="Paczkomat" if locker else "Classic",
            tracking_number=f"6026771843256201{i:08d}" if locker else f"0000{i:010d}U", order_number=f"Z{i + 1:06d}",
            parcel_no=1, parcel_count=1, day=date(2026, 11, 23),
            cod_amount=Decimal("149.90") + i if i % 4 == 0 else None, weight_kg=Decimal("1.5"),
            size="B" if locker else "", locker_code=f"WAW{i % 90 + 10}M" if locker else ""))
    return labels


def bare(labels: list[LabelData]) -> bytes:
    """The same strings, bars and box drawn straight onto a canvas: no layout decisions, no fitting."""
    font, bold = register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=LABEL_SIZE)
    for lab in labels:
        s, r = lab.sender, lab.receiver
        c.setFont(bold, 20)
        c.drawString(4 * mm, 139 * mm, lab.carrier)
        c.setFont(bold, 13)
        c.drawString(60 * mm, 139 * mm, f"Paczka {lab.parcel_no} z {lab.parcel_count}")
        c.setFont(font, 11)
        c.drawString(4 * mm, 134 * mm, lab.service)
        c.drawString(70 * mm, 134 * mm, lab.day.strftime("%d.%m.%Y"))
        c.line(4 * mm, 131 * mm, 96 * mm, 131 * mm)
        c.setFont(font, 8)
        for n, line in enumerate((s.company, s.street, f"{s.postal_code} {s.city}", f"tel. {s.phone}")):
            c.drawString(4 * mm, (124 - 3.3 * n) * mm, line)
        c.setFont(bold, 15)
        c.drawString(4 * mm, 100 * mm, r.name)
        c.setFont(font, 13)
        c.drawString(4 * mm, 94 * mm, r.street)
        c.setFont(bold, 17)
        c.drawString(4 * mm, 86 * mm, f"{r.postal_code} {r.city}")
        c.setFont(font, 11)
        c.drawString(4 * mm, 81 * mm, f"tel. {r.phone}")
        if lab.locker_code:
            c.rect(4 * mm, 70 * mm, 92 * mm, 8 * mm)
            c.setFont(bold, 14)
            c.drawString(6 * mm, 72 * mm, f"Paczkomat: {lab.locker_code}")
        if lab.cod_amount:
            c.rect(4 * mm, 57 * mm, 92 * mm, 10.5 * mm, stroke=0, fill=1)
            c.setFillGray(1)
            c.setFont(bold, 16)
            c.drawString(6 * mm, 60 * mm, "POBRANIE")
            c.drawString(50 * mm, 60 * mm, money(lab.cod_amount, lab.currency))
            c.setFillGray(0)
        Code128(lab.tracking_number, barWidth=1.06, barHeight=24 * mm, quiet=1).drawOn(c, 20 * mm, 25 * mm)
        c.setFont(bold, 12)
        c.drawString(25 * mm, 20 * mm, lab.tracking_number)
        Code128(lab.order_number, barWidth=0.71, barHeight=9 * mm, quiet=1).drawOn(c, 30 * mm, 7.5 * mm)
        c.setFont(font, 8)
        c.drawString(40 * mm, 4 * mm, f"Zamówienie {lab.order_number}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def timed(fn, *args) -> tuple[float, bytes]:
    t0 = time.perf_counter()
    data = fn(*args)
    return time.perf_counter() - t0, data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    labels = make_labels(args.labels)
    register_fonts()
    render_labels(labels[:5])  # warm up: font parsing, imports
    bare(labels[:5])
    ours, base = [], []
    for _ in range(args.runs):
        t, pdf = timed(render_labels, labels)
        ours.append(t)
        t, base_pdf = timed(bare, labels)
        base.append(t)
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "labels.pdf").write_bytes(pdf)
    (out / "labels-bare.pdf").write_bytes(base_pdf)
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"{args.labels} labels, {args.runs} runs, medians")
    print(f"  render_labels:  {m_ours:.3f} s  ({args.labels / m_ours:,.0f} labels/s, {len(pdf) / 1e6:.1f} MB)")
    print(f"  bare reportlab: {m_base:.3f} s  ({args.labels / m_base:,.0f} labels/s, {len(base_pdf) / 1e6:.1f} MB)")
    print(f"  ratio ours/bare: {m_ours / m_base:.2f}   budget: {args.labels} labels < 5 s -> "
          f"{'OK' if m_ours < 5 * args.labels / 1000 else 'OVER'}")


if __name__ == "__main__":
    main()

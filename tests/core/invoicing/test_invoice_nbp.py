"""NBP exchange-rate tables from files the user downloaded: the API's XML and JSON, the old daily XML, the yearly
CSV archive (Windows-1250, semicolons, 100HUF); table C and other files refused with a clear message."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from app.core.errors import DomainError, FileRefused
from app.services.invoicing.nbp import NbpRate, last_business_day_before, read_nbp_bytes, read_nbp_file

D = Decimal

API_XML = """<?xml version="1.0" encoding="utf-8"?>
<ArrayOfExchangeRatesTable xmlns:xsd="http://www.w3.org/2001/XMLSchema"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ExchangeRatesTable>
    <Table>A</Table><No>084/A/NBP/2026</No><EffectiveDate>2026-04-30</EffectiveDate>
    <Rates>
      <Rate><Currency>euro</Currency><Code>EUR</Code><Mid>4.2617</Mid></Rate>
      <Rate><Currency>forint (Węgry)</Currency><Code>HUF</Code><Mid>0.011234</Mid></Rate>
    </Rates>
  </ExchangeRatesTable>
  <ExchangeRatesTable>
    <Table>A</Table><No>085/A/NBP/2026</No><EffectiveDate>2026-05-04</EffectiveDate>
    <Rates>
      <Rate><Currency>euro</Currency><Code>EUR</Code><Mid>4.2700</Mid></Rate>
      <Rate><Currency>forint (Węgry)</Currency><Code>HUF</Code><Mid>0.011300</Mid></Rate>
    </Rates>
  </ExchangeRatesTable>
</ArrayOfExchangeRatesTable>
"""

SERIES_XML = """<ExchangeRatesSeries><Table>A</Table><Currency>dolar amerykański</Currency><Code>USD</Code>
<Rates><Rate><No>084/A/NBP/2026</No><EffectiveDate>2026-04-30</EffectiveDate><Mid>3.9012</Mid></Rate></Rates>
</ExchangeRatesSeries>"""

TABLE_C = """<ArrayOfExchangeRatesTable><ExchangeRatesTable><Table>C</Table><No>084/C/NBP/2026</No>
<TradingDate>2026-04-29</TradingDate><EffectiveDate>2026-04-30</EffectiveDate><Rates><Rate><Currency>euro</Currency>
<Code>EUR</Code><Bid>4.21</Bid><Ask>4.30</Ask></Rate></Rates></ExchangeRatesTable></ArrayOfExchangeRatesTable>"""

OLD_XML = """<?xml version="1.0" encoding="ISO-8859-2"?>
<tabela_kursow typ="A" uid="26a084"><numer_tabeli>084/A/NBP/2026</numer_tabeli>
<data_publikacji>2026-04-30</data_publikacji>
<pozycja><nazwa_waluty>euro</nazwa_waluty><przelicznik>1</przelicznik><kod_waluty>EUR</kod_waluty>
<kurs_sredni>4,2617</kurs_sredni></pozycja>
<pozycja><nazwa_waluty>jen (Japonia)</nazwa_waluty><przelicznik>100</przelicznik><kod_waluty>JPY</kod_waluty>
<kurs_sredni>2,6543</kurs_sredni></pozycja>
</tabela_kursow>"""

CSV = ("data;1THB;1USD;1EUR;100HUF;nr tabeli;pełny numer tabeli;\r\n"
       ";bat (Tajlandia);dolar amerykański;euro;forint (Węgry);;;\r\n"
       "20260429;0,1150;3,9100;4,2550;1,1200;083;083/A/NBP/2026;\r\n"
       "20260430;0,1151;3,9012;4,2617;1,1234;084;084/A/NBP/2026;\r\n"
       "20260504;0,1152;3,9200;4,2700;1,1300;085;085/A/NBP/2026;\r\n"
       "\r\n"
       "kod ISO;THB;USD;EUR;HUF;;;\r\n"
       "nazwa waluty;bat (Tajlandia);dolar amerykański;euro;forint (Węgry);;;\r\n"
       "liczba jednostek;1;1;1;100;;;\r\n")


def test_the_api_xml_gives_the_table_before_the_sale(tmp_path):
    path = tmp_path / "tabela.xml"
    path.write_text(API_XML, encoding="utf-8")
    latest = read_nbp_file(path)
    assert latest["EUR"] == NbpRate(D("4.2700"), date(2026, 5, 4), "085/A/NBP/2026")
    # A sale on 4 May takes the rate of 30 April (1 and 3 May are holidays, 2 May a Saturday).
    before = read_nbp_file(path, before=date(2026, 5, 4))
    assert before["EUR"] == NbpRate(D("4.2617"), date(2026, 4, 30), "084/A/NBP/2026")
    assert before["HUF"].mid == D("0.011234")
    assert last_business_day_before(date(2026, 5, 4)) == date(2026, 4, 30)
    with pytest.raises(DomainError, match="no table from before 2026-04-30"):
        read_nbp_file(path, before=date(2026, 4, 30))


def test_one_currencys_series_and_json():
    assert read_nbp_bytes(SERIES_XML.encode(), "usd.xml")["USD"] == NbpRate(D("3.9012"), date(2026, 4, 30),
                                                                            "084/A/NBP/2026")
    tables = [{"table": "A", "no": "084/A/NBP/2026", "effectiveDate": "2026-04-30",
               "rates": [{"currency": "euro", "code": "EUR", "mid": 4.2617}]}]
    assert read_nbp_bytes(json.dumps(tables).encode(), "a.json")["EUR"].mid == D("4.2617")
    series = {"table": "A", "currency": "euro", "code": "EUR",
              "rates": [{"no": "084/A/NBP/2026", "effectiveDate": "2026-04-30", "mid": 4.2617}]}
    assert read_nbp_bytes(json.dumps(series).encode(), "eur.json")["EUR"].table == "084/A/NBP/2026"


def test_the_old_daily_xml_per_one_unit():
    rates = read_nbp_bytes(OLD_XML.encode("iso-8859-2"), "a084z260430.xml")
    assert rates["EUR"] == NbpRate(D("4.2617"), date(2026, 4, 30), "084/A/NBP/2026")
    assert rates["JPY"].mid == D("0.026543")  # 100 JPY = 2.6543 zł


def test_the_csv_archive_in_windows_1250(tmp_path):
    path = tmp_path / "archiwum_tab_a_2026.csv"
    path.write_bytes(CSV.encode("cp1250"))
    rates = read_nbp_file(path, before=date(2026, 5, 1))
    assert rates["USD"] == NbpRate(D("3.9012"), date(2026, 4, 30), "084/A/NBP/2026")
    assert rates["HUF"].mid == D("0.011234")  # 100HUF column: per one forint
    assert read_nbp_file(path)["EUR"].effective_date == date(2026, 5, 4)
    path.write_bytes(CSV.replace("3,9012", "3,9O12").encode("cp1250"))
    with pytest.raises(FileRefused) as refused:
        read_nbp_file(path)
    assert "row 4, column '1USD': '3,9O12' is not an exchange rate." in str(refused.value)


def test_other_files_are_refused_saying_why(tmp_path):
    with pytest.raises(DomainError, match="table C .buy and sell rates.; an invoice needs the mid rate"):
        read_nbp_bytes(TABLE_C.encode(), "c.xml")
    with pytest.raises(DomainError, match=r"not an NBP exchange-rate table \(expected the XML of api.nbp.pl, "
                                          r"found <Faktura>\)"):
        read_nbp_bytes(b"<Faktura/>", "faktura.xml")
    with pytest.raises(DomainError, match="not readable as XML"):
        read_nbp_bytes(b"<ArrayOfExchangeRatesTable>", "broken.xml")
    with pytest.raises(DomainError, match="no CSV header starting with 'data'"):
        read_nbp_bytes("Zamówienie;Kwota\n1;2\n".encode("cp1250"), "orders.csv")
    with pytest.raises(DomainError, match="names no currencies"):
        read_nbp_bytes(b"data;nr tabeli\n20260430;084\n", "empty.csv")
    with pytest.raises(DomainError, match="cannot be read"):
        read_nbp_file(tmp_path / "missing.xml")
    with pytest.raises(DomainError, match="'-1' is not an exchange rate"):
        read_nbp_bytes(API_XML.replace("4.2617", "-1").encode(), "bad.xml")

"""The services' English messages reach a Polish user in Polish: problems in the list, errors, history."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication

from app.config import resource_path
from app.core.errors import FileRefused, RowError
from app.core.messages import msg
from app.services.orders.lifecycle import check_transition
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.i18n import install_translations

FIELD = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")




# Templates whose Polish is spelled the same (codes and words Polish takes over as they are).
SAME_IN_POLISH = {"SKU", "EAN", "E-mail", "status", "Newsletter", "VIP", "{channel} · {direction} · {topic}",
                  "{channel} · {direction} · {topic}: {note}"}


def test_every_template_has_its_own_polish_with_the_same_values(polish):
    """Every msg() template of the services, importers and printing (collected by tools/translations.py) has a
    Polish translation that is not the English left as it is, and names the same values."""
    templates = json.loads(resource_path("translations", "domain_messages.json").read_text(encoding="utf-8"))
    assert len(templates) > 250
    untranslated = [t for t in templates
                    if QCoreApplication.translate("Domain", t) in ("", t) and t not in SAME_IN_POLISH]
    assert not untranslated, untranslated
    values = [t for t in templates
              if sorted(FIELD.findall(t)) != sorted(FIELD.findall(QCoreApplication.translate("Domain", t)))]
    assert not values, values


def test_every_template_comes_back_as_its_own_translation(polish):
    """Each message, filled with values, is recognised as its template (no other template takes it)."""
    templates = json.loads(resource_path("translations", "domain_messages.json").read_text(encoding="utf-8"))
    assert len(templates) > 20
    wrong = []
    for template in templates:
        names = dict.fromkeys(FIELD.findall(template))
        values = {name: f"Q{i}x" for i, name in enumerate(names)}
        english = msg(FIELD.sub(lambda m: "{" + m[1] + "}", template), **values)
        expected = FIELD.sub(lambda m, values=values: values[m[1]], QCoreApplication.translate("Domain", template))
        if domain_text(english) != expected:
            wrong.append((template, domain_text(english), expected))
    assert not wrong, wrong[:10]


def test_verification_problems_and_errors_in_polish(polish):
    problems = "\n".join([
        msg("Not paid (and not cash on delivery)"),
        msg("Address incomplete: no {parts}", parts="street, postal code"),
        msg("Not enough stock of {sku}: {ordered} ordered, {available} available", sku="KUB-01", ordered=3,
            available=1),
    ])
    assert domain_text(problems) == ("Nieopłacone (i nie za pobraniem)\n"
                                     "Niepełny adres: brak ulicy, kodu pocztowego\n"
                                     "Za mało towaru KUB-01: zamówiono 3, dostępne 1")
    with pytest.raises(Exception) as caught:
        check_transition("ZAP-7", "shipped", "new")
    assert error_text(caught.value) == "Zamówienie ZAP-7 nie może przejść ze stanu „Wysłane” do „Nowe”."
    refused = FileRefused("orders.csv", [RowError(4, "Total", "x")])
    assert error_text(refused).splitlines() == ["orders.csv: odrzucony, błędów: 1; nic nie zaimportowano",
                                                "  wiersz 4, kolumna „Total”: x"]


def test_text_that_is_not_ours_stays_as_it_is(polish):
    assert domain_text("Proszę dzwonić przed 9") == "Proszę dzwonić przed 9"
    assert domain_text("") == ""


def test_english_user_reads_the_english_message(qapp):
    install_translations(qapp, "en")
    text = msg("Possible duplicate of order {number}", number="ZAP-1")
    assert domain_text(text) == text


def test_lists_of_messages_with_values_are_translated_part_by_part(polish):
    """A list whose parts carry values: the last value of a template must not swallow the rest of the list."""
    problems = "; ".join([msg("Not paid (and not cash on delivery)"),
                          msg("Not enough stock of {sku}: {ordered} ordered, {available} available", sku="A-1",
                              ordered=2, available=1),
                          msg("Address incomplete: no {parts}", parts="street, postal code")])
    assert domain_text(msg("Verification: {problems}", problems=problems)) == (
        "Weryfikacja: Nieopłacone (i nie za pobraniem); Za mało towaru A-1: zamówiono 2, dostępne 1; "
        "Niepełny adres: brak ulicy, kodu pocztowego")
    short = "; ".join(msg("{sku}: {ordered} ordered, {available} available", sku=s, ordered=o, available=a)
                      for s, o, a in (("MUG-1", 5, 1), ("TEA", 2, 0)))
    polish_text = domain_text(msg("Order {number}: not enough stock of {products}", number="ZAP-1", products=short))
    assert "available" not in polish_text and "ordered" not in polish_text
    assert "MUG-1: zamówiono 5, dostępne 1; TEA: zamówiono 2, dostępne 0" in polish_text


def test_a_files_column_name_is_shown_as_it_is(polish):
    """'Name' is a Shopify header here, not our word for a buyer's name."""
    text = msg("row {row}, column '{column}': {message}", row=3, column="Name",
               message=msg("'{value}' is not a number", value="59,9O"))
    assert domain_text(text) == "wiersz 3, kolumna „Name”: „59,9O” nie jest liczbą"


def test_the_demo_shops_history_and_problems_read_in_polish(polish, db):
    """Every history text, problem and stock note the demo writes is one of our messages, so a Polish user
    reads the demo in Polish; only the shop's own notes (written in Polish) stay as they are."""
    from sqlalchemy import text

    from app.services.demo.shop import fill_demo

    fill_demo(db, orders=300)
    with db.session() as s:
        texts = set(s.scalars(text("SELECT DISTINCT why FROM order_event")))
        texts |= set(s.scalars(text('SELECT DISTINCT problems FROM "order"')))
        texts |= set(s.scalars(text("SELECT DISTINCT note FROM stock_movement")))
        texts |= set(s.scalars(text("SELECT DISTINCT note FROM stock_document")))
    texts.discard("")
    assert len(texts) > 30
    english = sorted(t for t in texts if domain_text(t) == t and not re.search("[ąćęłńóśźż]", t, re.IGNORECASE))
    assert not english, english[:10]
    assert domain_text(msg("Payment: {old_status} -> {new_status}", old_status="unpaid", new_status="paid")) == (
        "Płatność: nieopłacone → opłacone")

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
  <context>
    <name>AddressForm</name>
    <message>
      <source>Name</source>
      <translation>Imię i nazwisko</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Ulica</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>Kod pocztowy</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Miejscowość</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>AdjustDialog</name>
    <message>
      <source>Write off {0}</source>
      <translation>Spisanie ze stanu: {0}</translation>
    </message>
    <message>
      <source>Return {0} to stock</source>
      <translation>Zwrot na magazyn: {0}</translation>
    </message>
    <message>
      <source>Adjust stock of {0}</source>
      <translation>Korekta stanu: {0}</translation>
    </message>
    <message>
      <source>Order number (optional)</source>
      <translation>Numer zamówienia (opcjonalnie)</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Uszkodzenie</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Zagubienie</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Przeterminowanie</translation>
    </message>
    <message>
      <source>Used as a sample</source>
      <translation>Wykorzystanie jako próbka</translation>
    </message>
    <message>
      <source>Returned by the buyer</source>
      <translation>Zwrot od kupującego</translation>
    </message>
    <message>
      <source>Complaint: goods fit for sale</source>
      <translation>Reklamacja: towar nadaje się do sprzedaży</translation>
    </message>
    <message>
      <source>Found on the shelf</source>
      <translation>Znalezione na półce</translation>
    </message>
    <message>
      <source>Counting error</source>
      <translation>Błąd liczenia</translation>
    </message>
    <message>
      <source>Mislabelled delivery</source>
      <translation>Błędnie oznaczona dostawa</translation>
    </message>
    <message>
      <source>Why (e.g. returned by the buyer)</source>
      <translation>Powód (np. zwrot od kupującego)</translation>
    </message>
    <message>
      <source>Why (required)</source>
      <translation>Powód (wymagany)</translation>
    </message>
    <message>
      <source>On hand now: {0}</source>
      <translation>Obecny stan: {0}</translation>
    </message>
    <message>
      <source>Quantity to write off</source>
      <translation>Ilość do spisania</translation>
    </message>
    <message>
      <source>Quantity back on the shelf</source>
      <translation>Ilość wracająca na półkę</translation>
    </message>
    <message>
      <source>Change (+ or -)</source>
      <translation>Zmiana (+ lub -)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Powód</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
  </context>
  <context>
    <name>AnonymiseDialog</name>
    <message>
      <source>Anonymise customer #{0}</source>
      <translation>Anonimizacja klienta nr {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; will be replaced by "Klient zanonimizowany #{1}" everywhere: name, e-mail, phone, addresses, notes and contact texts, in orders ({2}), complaints ({3}) and contacts ({4}). Consents are deleted, complaint files removed from disk, carrier labels can no longer be reprinted.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; zostanie wszędzie zastąpiony przez „Klient zanonimizowany #{1}”: imię i nazwisko, e-mail, telefon, adresy, notatki i treści kontaktów, w zamówieniach ({2}), reklamacjach ({3}) i kontaktach ({4}). Zgody zostaną usunięte, pliki reklamacji skasowane z dysku, etykiet przewoźnika nie będzie można wydrukować ponownie.</translation>
    </message>
    <message>
      <source>What remains (the law requires issued invoices to be kept as issued):</source>
      <translation>Co zostaje (prawo wymaga przechowywania wystawionych faktur w niezmienionej postaci):</translation>
    </message>
    <message>
      <source>Invoice {0} of {1}: kept until {2}</source>
      <translation>Faktura {0} z {1}: przechowywana do {2}</translation>
    </message>
    <message>
      <source>No invoice has to be kept.</source>
      <translation>Żadnej faktury nie trzeba przechowywać.</translation>
    </message>
    <message>
      <source>Backups that still hold the data (kept until removed):</source>
      <translation>Kopie zapasowe, które nadal zawierają te dane (zostają, dopóki ich nie usuniesz):</translation>
    </message>
    <message>
      <source>{0} (made {1})</source>
      <translation>{0} (z {1})</translation>
    </message>
    <message>
      <source>No backup holds the data.</source>
      <translation>Żadna kopia zapasowa nie zawiera tych danych.</translation>
    </message>
    <message>
      <source>Remove these backups</source>
      <translation>Usuń te kopie</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>Powód:</translation>
    </message>
    <message>
      <source>e.g. the customer's request of 5 May (RODO art. 17)</source>
      <translation>np. żądanie klienta z 5 maja (RODO art. 17)</translation>
    </message>
    <message>
      <source>I understand that this cannot be undone</source>
      <translation>Rozumiem, że tego nie da się cofnąć</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonimizuj</translation>
    </message>
  </context>
  <context>
    <name>BuyerNipField</name>
    <message>
      <source>only for a company invoice, e.g. 123-456-78-19</source>
      <translation>tylko do faktury na firmę, np. 123-456-78-19</translation>
    </message>
    <message>
      <source>NIP (invoice)</source>
      <translation>NIP (do faktury)</translation>
    </message>
  </context>
  <context>
    <name>Carriers</name>
    <message>
      <source>Own delivery</source>
      <translation>Dostawa własna</translation>
    </message>
    <message>
      <source>Personal pickup</source>
      <translation>Odbiór osobisty</translation>
    </message>
    <message>
      <source>Pickup at the shop</source>
      <translation>Odbiór w sklepie</translation>
    </message>
  </context>
  <context>
    <name>CarriersPage</name>
    <message>
      <source>Carrier</source>
      <translation>Przewoźnik</translation>
    </message>
    <message>
      <source>Default service</source>
      <translation>Domyślna usługa</translation>
    </message>
    <message>
      <source>Account at the carrier</source>
      <translation>Konto u przewoźnika</translation>
    </message>
    <message>
      <source>customer number (for the carrier's web API, later)</source>
      <translation>numer klienta (do przyszłej integracji z API przewoźnika)</translation>
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <source>Complaint</source>
      <translation>Reklamacja</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Sprawa</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Pisma</translation>
    </message>
    <message>
      <source>Remedy</source>
      <translation>Rozstrzygnięcie i skutki</translation>
    </message>
    <message>
      <source>Move to:</source>
      <translation>Przenieś do:</translation>
    </message>
    <message>
      <source>Note with the move (optional)</source>
      <translation>Notatka do zmiany stanu (opcjonalnie)</translation>
    </message>
    <message>
      <source>&amp;Note…</source>
      <translation>&amp;Notatka…</translation>
    </message>
    <message>
      <source>&amp;Decide…</source>
      <translation>&amp;Rozstrzygnij…</translation>
    </message>
    <message>
      <source>C&amp;lose the case</source>
      <translation>&amp;Zamknij sprawę</translation>
    </message>
    <message>
      <source>A decided case whose remedy is done is closed</source>
      <translation>Zamyka się sprawę rozstrzygniętą, której skutki są już wykonane</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Contact…</source>
      <translation>Kontakt…</translation>
    </message>
    <message>
      <source>Log a call, an e-mail or a chat about this case</source>
      <translation>Zapisz rozmowę, e-mail lub czat w sprawie tej reklamacji</translation>
    </message>
    <message>
      <source>Reply…</source>
      <translation>Odpowiedz…</translation>
    </message>
    <message>
      <source>Answer the customer from a template filled with this case</source>
      <translation>Odpowiedz klientowi z szablonu wypełnionego danymi tej sprawy</translation>
    </message>
    <message>
      <source>Customer and order</source>
      <translation>Klient i zamówienie</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Zgłoszenie</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Wpłynęła</translation>
    </message>
    <message>
      <source>Demands</source>
      <translation>Żądanie</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Powód</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Doręczone</translation>
    </message>
    <message>
      <source>Guarantor and terms</source>
      <translation>Gwarant i warunki</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Rozstrzygnięcie</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Cena jedn.</translation>
    </message>
    <message>
      <source>Back in stock</source>
      <translation>Przyjęte na stan</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Rozchodowane</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Plik</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Rozmiar</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Dodany</translation>
    </message>
    <message>
      <source>Double-click opens the file with the system's viewer</source>
      <translation>Podwójne kliknięcie otwiera plik w przeglądarce systemu</translation>
    </message>
    <message>
      <source>&amp;Add files…</source>
      <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
      <source>Photos and files</source>
      <translation>Zdjęcia i pliki</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kto</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Historia sprawy</translation>
    </message>
    <message>
      <source>Not available in this build.</source>
      <translation>Niedostępne w tej wersji.</translation>
    </message>
    <message>
      <source>Complaint {0} — {1}</source>
      <translation>Reklamacja {0} — {1}</translation>
    </message>
    <message>
      <source>Due {0} ({1})</source>
      <translation>Termin {0} ({1})</translation>
    </message>
    <message>
      <source>Deadline {0}</source>
      <translation>Termin {0}</translation>
    </message>
    <message>
      <source>Out of time</source>
      <translation>Po terminie klienta</translation>
    </message>
    <message>
      <source>Answered {0}</source>
      <translation>Odpowiedź {0}</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>Bez odpowiedzi</translation>
    </message>
    <message>
      <source>Open the order {0}</source>
      <translation>Otwórz zamówienie {0}</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>nieznana</translation>
    </message>
    <message>
      <source>{0} (estimated from the shipping date)</source>
      <translation>{0} (szacunkowo, od daty wysyłki)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notatka</translation>
    </message>
    <message>
      <source>Note for the timeline:</source>
      <translation>Notatka do historii sprawy:</translation>
    </message>
    <message>
      <source>Add photos and files to the case</source>
      <translation>Dodaj zdjęcia i pliki do sprawy</translation>
    </message>
    <message>
      <source>Close the case</source>
      <translation>Zamknij sprawę</translation>
    </message>
    <message>
      <source>Close case {0}? A closed case can no longer be worked on.</source>
      <translation>Zamknąć sprawę {0}? Zamkniętej sprawy nie można już prowadzić.</translation>
    </message>
  </context>
  <context>
    <name>ChartCard</name>
    <message>
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <source>XLSX…</source>
      <translation>XLSX…</translation>
    </message>
    <message>
      <source>Save the chart</source>
      <translation>Zapisz wykres</translation>
    </message>
    <message>
      <source>PNG pictures (*.png)</source>
      <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
      <source>Excel sheets (*.xlsx)</source>
      <translation>Arkusze Excel (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsModel</name>
    <message>
      <source>today</source>
      <translation>dziś</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>jutro</translation>
    </message>
    <message>
      <source>in {0} days</source>
      <translation>za {0} dni</translation>
    </message>
    <message>
      <source>1 day overdue</source>
      <translation>po terminie 1 dzień</translation>
    </message>
    <message>
      <source>{0} days overdue</source>
      <translation>po terminie {0} dni</translation>
    </message>
    <message>
      <source>Out of time: a withdrawal after its 14 days or a claim after the liability period. Flagged, not refused: the owner decides.</source>
      <translation>Po terminie klienta: odstąpienie po 14 dniach albo reklamacja po upływie rękojmi. Oznaczone, nie odrzucone: decyduje właściciel.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numer</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>Produkty</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Wpłynęła</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Termin</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Rozstrzygnięcie</translation>
    </message>
    <message>
      <source>Was due {0}; answered {1}</source>
      <translation>Termin był {0}; odpowiedź {1}</translation>
    </message>
    <message>
      <source>Due {0}</source>
      <translation>Termin {0}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsTab</name>
    <message>
      <source>Complaints</source>
      <translation>Reklamacje</translation>
    </message>
    <message>
      <source>Search: case number, customer, e-mail, phone, order, product (Ctrl+F)</source>
      <translation>Szukaj: numer sprawy, klient, e-mail, telefon, zamówienie, produkt (Ctrl+F)</translation>
    </message>
    <message>
      <source>&amp;New complaint / return…</source>
      <translation>&amp;Nowa reklamacja / zwrot…</translation>
    </message>
    <message>
      <source>Register a complaint or a return (Ctrl+N)</source>
      <translation>Zarejestruj reklamację lub zwrot (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Open the case</source>
      <translation>&amp;Otwórz sprawę</translation>
    </message>
    <message>
      <source>The case window of the selected case (Enter, Ctrl+O)</source>
      <translation>Okno zaznaczonej sprawy (Enter, Ctrl+O)</translation>
    </message>
    <message>
      <source>From a &amp;parcel…</source>
      <translation>Z &amp;paczki…</translation>
    </message>
    <message>
      <source>Scan the order's or the parcel's barcode on the returned box: the registration opens for that order (Ctrl+Shift+N)</source>
      <translation>Zeskanuj kod zamówienia lub paczki ze zwróconej przesyłki: otworzy się rejestracja dla tego zamówienia (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <source>Letter &amp;templates…</source>
      <translation>&amp;Szablony pism…</translation>
    </message>
    <message>
      <source>The shop's wording of the accept, reject and ask letters</source>
      <translation>Własne treści pism sklepu: uznanie, odmowa, prośba o informacje</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;ksport…</translation>
    </message>
    <message>
      <source>Every case and the figures (by reason, product, supplier, on time, days to decision, returns rate) as an XLSX workbook (Ctrl+E)</source>
      <translation>Wszystkie sprawy i zestawienia (wg przyczyn, produktów, dostawców, terminowość, dni do rozstrzygnięcia, odsetek zwrotów) jako skoroszyt XLSX (Ctrl+E)</translation>
    </message>
    <message>
      <source>Find a case</source>
      <translation>Znajdź sprawę</translation>
    </message>
    <message>
      <source>Scan a parcel or order barcode, Enter</source>
      <translation>Zeskanuj kod paczki lub zamówienia, Enter</translation>
    </message>
    <message>
      <source>Select a case to see it here; Enter opens it.</source>
      <translation>Zaznacz sprawę, by zobaczyć ją tutaj; Enter ją otwiera.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Otwarte</translation>
    </message>
    <message>
      <source>Due today and soon</source>
      <translation>Na dziś i pilne</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Po terminie</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Rozstrzygnięte</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Zamknięte</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Wszystkie</translation>
    </message>
    <message>
      <source>The list cannot be sorted by that column.</source>
      <translation>Listy nie można sortować według tej kolumny.</translation>
    </message>
    <message>
      <source>Cases in the list: {0}</source>
      <translation>Spraw na liście: {0}</translation>
    </message>
    <message>
      <source>received {0} ({1})</source>
      <translation>wpłynęła {0} ({1})</translation>
    </message>
    <message>
      <source>due {0}</source>
      <translation>termin {0}</translation>
    </message>
    <message>
      <source>order {0}</source>
      <translation>zamówienie {0}</translation>
    </message>
    <message>
      <source>Demands: {0}</source>
      <translation>Żądanie: {0}</translation>
    </message>
    <message>
      <source>Last: {0} {1} — {2}</source>
      <translation>Ostatnio: {0} {1} — {2}</translation>
    </message>
    <message>
      <source>Registering is not available in this build.</source>
      <translation>Rejestracja nie jest dostępna w tej wersji.</translation>
    </message>
    <message>
      <source>Save the complaints register</source>
      <translation>Zapisz rejestr reklamacji</translation>
    </message>
    <message>
      <source>complaints-{0}.xlsx</source>
      <translation>reklamacje-{0}.xlsx</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing the complaints register...</source>
      <translation>Zapisywanie rejestru reklamacji...</translation>
    </message>
    <message>
      <source>{0} cases and their figures are saved as {1}.</source>
      <translation>Zapisano {0} spraw z zestawieniami jako {1}.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Eksport</translation>
    </message>
    <message>
      <source>Letter templates are not available in this build.</source>
      <translation>Szablony pism nie są dostępne w tej wersji.</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsWatch</name>
    <message>
      <source>{0} ({1} · {2} overdue)</source>
      <translation>{0} ({1} · {2} po terminie)</translation>
    </message>
    <message>
      <source>Complaints — overdue: {0}, due today and soon: {1}</source>
      <translation>Reklamacje — po terminie: {0}, na dziś i pilne: {1}</translation>
    </message>
    <message>
      <source>Complaints — overdue: {0}</source>
      <translation>Reklamacje — po terminie: {0}</translation>
    </message>
    <message>
      <source>Complaints — due today and soon: {0}</source>
      <translation>Reklamacje — na dziś i pilne: {0}</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Log a contact</source>
      <translation>Zapisz kontakt</translation>
    </message>
    <message>
      <source>Name, e-mail or phone</source>
      <translation>Nazwisko, e-mail lub telefon</translation>
    </message>
    <message>
      <source>What was said, what was promised</source>
      <translation>Co ustalono, co obiecano</translation>
    </message>
    <message>
      <source>&amp;Follow up on</source>
      <translation>&amp;Przypomnij</translation>
    </message>
    <message>
      <source>Tomorrow</source>
      <translation>Jutro</translation>
    </message>
    <message>
      <source>In 3 days</source>
      <translation>Za 3 dni</translation>
    </message>
    <message>
      <source>In a week</source>
      <translation>Za tydzień</translation>
    </message>
    <message>
      <source>C&amp;ustomer:</source>
      <translation>&amp;Klient:</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>K&amp;anał:</translation>
    </message>
    <message>
      <source>&amp;Direction:</source>
      <translation>Kie&amp;runek:</translation>
    </message>
    <message>
      <source>&amp;Topic:</source>
      <translation>&amp;Temat:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Notatka:</translation>
    </message>
    <message>
      <source>Save (Ctrl+Enter)</source>
      <translation>Zapisz (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Wczytywanie…</translation>
    </message>
    <message>
      <source>Find the customer, then say what the contact was about.</source>
      <translation>Znajdź klienta, potem zapisz, czego dotyczył kontakt.</translation>
    </message>
    <message>
      <source>(no customer)</source>
      <translation>(bez klienta)</translation>
    </message>
    <message>
      <source>order {0}</source>
      <translation>zamówienie {0}</translation>
    </message>
    <message>
      <source>case {0}</source>
      <translation>sprawa {0}</translation>
    </message>
    <message>
      <source>Contact with: {0}</source>
      <translation>Kontakt z: {0}</translation>
    </message>
    <message>
      <source>No customer matches.</source>
      <translation>Żaden klient nie pasuje.</translation>
    </message>
    <message>
      <source>Find and pick the customer first.</source>
      <translation>Najpierw znajdź i wybierz klienta.</translation>
    </message>
  </context>
  <context>
    <name>ContactImportDialog</name>
    <message>
      <source>Import past contacts</source>
      <translation>Import dawnych kontaktów</translation>
    </message>
    <message>
      <source>A CSV or XLSX: date, customer's e-mail or phone or order, channel, in/out, topic, note, follow-up</source>
      <translation>Plik CSV lub XLSX: data, e-mail lub telefon klienta albo zamówienie, kanał, kierunek, temat, notatka, przypomnienie</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Plik:</translation>
    </message>
    <message>
      <source>Choose a file to see what would be imported. Customers are matched by the order's number, e-mail, phone or name, never created.</source>
      <translation>Wybierz plik, aby zobaczyć, co zostanie zaimportowane. Klienci są dopasowywani po numerze zamówienia, e-mailu, telefonie lub nazwisku, nigdy nie są zakładani.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Wiersz</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolumna</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanał</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Temat</translation>
    </message>
    <message>
      <source>Note or problem</source>
      <translation>Notatka lub problem</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importuj</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>Arkusze (*.csv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Czytanie pliku…</translation>
    </message>
    <message>
      <source>Reading {0}…</source>
      <translation>Czytanie {0}…</translation>
    </message>
    <message>
      <source>&lt;b&gt;The file is refused&lt;/b&gt;: the problems are listed first, with their row and column. Nothing will be imported until they are fixed.</source>
      <translation>&lt;b&gt;Plik odrzucony&lt;/b&gt;: problemy są na początku listy, z wierszem i kolumną. Nic nie zostanie zaimportowane, dopóki nie zostaną poprawione.</translation>
    </message>
    <message>
      <source>This very file was imported on {0}; it is not imported twice.</source>
      <translation>Ten sam plik zaimportowano {0}; nie importuje się go drugi raz.</translation>
    </message>
    <message>
      <source>Contacts to import: {0}.</source>
      <translation>Kontakty do zaimportowania: {0}.</translation>
    </message>
    <message>
      <source>Importing contacts from {0}…</source>
      <translation>Importowanie kontaktów z {0}…</translation>
    </message>
    <message>
      <source>&lt;b&gt;Imported.&lt;/b&gt; Contacts: {0}, customers: {1}.</source>
      <translation>&lt;b&gt;Zaimportowano.&lt;/b&gt; Kontakty: {0}, klienci: {1}.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gotowe</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Correct an invoice</source>
      <translation>Korekta faktury</translation>
    </message>
    <message>
      <source>Reading the invoice…</source>
      <translation>Wczytywanie faktury…</translation>
    </message>
    <message>
      <source>&amp;Take line off</source>
      <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
      <source>The correction states the line going to quantity 0 (Delete)</source>
      <translation>Korekta poda tę pozycję ze zmianą ilości na 0 (Delete)</translation>
    </message>
    <message>
      <source>&amp;Undo line changes</source>
      <translation>&amp;Cofnij zmiany pozycji</translation>
    </message>
    <message>
      <source>Change the quantities and prices the invoice should have stated.</source>
      <translation>Zmień ilości i ceny na takie, jakie powinna podawać faktura.</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Stawka</translation>
    </message>
    <message>
      <source>Net now</source>
      <translation>Netto teraz</translation>
    </message>
    <message>
      <source>Net after</source>
      <translation>Netto po</translation>
    </message>
    <message>
      <source>Net difference</source>
      <translation>Różnica netto</translation>
    </message>
    <message>
      <source>VAT now</source>
      <translation>VAT teraz</translation>
    </message>
    <message>
      <source>VAT after</source>
      <translation>VAT po</translation>
    </message>
    <message>
      <source>VAT difference</source>
      <translation>Różnica VAT</translation>
    </message>
    <message>
      <source>Gross now</source>
      <translation>Brutto teraz</translation>
    </message>
    <message>
      <source>Gross after</source>
      <translation>Brutto po</translation>
    </message>
    <message>
      <source>Gross difference</source>
      <translation>Różnica brutto</translation>
    </message>
    <message>
      <source>Why the invoice is corrected (printed on the correction)</source>
      <translation>Dlaczego faktura jest korygowana (drukowane na korekcie)</translation>
    </message>
    <message>
      <source>1: an error in the invoice (counts in the invoice's period)</source>
      <translation>1: błąd w fakturze (rozliczana w okresie faktury)</translation>
    </message>
    <message>
      <source>2: a return or a discount afterwards (counts when the correction is issued)</source>
      <translation>2: zwrot lub późniejszy rabat (rozliczana w dniu wystawienia korekty)</translation>
    </message>
    <message>
      <source>3: another date</source>
      <translation>3: inna data</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Przyczyna:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
      <source>Issue &amp;date:</source>
      <translation>&amp;Data wystawienia:</translation>
    </message>
    <message>
      <source>&amp;Issue correction</source>
      <translation>&amp;Wystaw korektę</translation>
    </message>
    <message>
      <source>Per VAT rate: now, after the correction, and the difference</source>
      <translation>Według stawek VAT: teraz, po korekcie i różnica</translation>
    </message>
    <message>
      <source>Correction of {0}</source>
      <translation>Korekta faktury {0}</translation>
    </message>
    <message>
      <source>Amounts in {0}; unit prices {1}, as the invoice states them.</source>
      <translation>Kwoty w {0}; ceny jednostkowe {1}, tak jak podaje je faktura.</translation>
    </message>
    <message>
      <source>gross</source>
      <translation>brutto</translation>
    </message>
    <message>
      <source>net</source>
      <translation>netto</translation>
    </message>
    <message>
      <source>The invoice was corrected before: this correction corrects {0}, the latest document, from its lines as they now stand.</source>
      <translation>Faktura była już korygowana: ta korekta koryguje {0}, najnowszy dokument, od pozycji w ich obecnym stanie.</translation>
    </message>
    <message>
      <source>The invoice cannot be corrected</source>
      <translation>Tej faktury nie można skorygować</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Razem</translation>
    </message>
    <message>
      <source>The buyer pays {0} more.</source>
      <translation>Nabywca dopłaca {0}.</translation>
    </message>
    <message>
      <source>The buyer gets {0} back.</source>
      <translation>Nabywca otrzymuje zwrot {0}.</translation>
    </message>
    <message>
      <source>The amount due does not change.</source>
      <translation>Kwota do zapłaty się nie zmienia.</translation>
    </message>
    <message>
      <source>Change a quantity or a price first.</source>
      <translation>Najpierw zmień ilość albo cenę.</translation>
    </message>
    <message>
      <source>Give the reason of the correction first.</source>
      <translation>Najpierw podaj przyczynę korekty.</translation>
    </message>
    <message>
      <source>Give the reason of the correction: it is printed on it.</source>
      <translation>Podaj przyczynę korekty: jest na niej drukowana.</translation>
    </message>
    <message>
      <source>Nothing is changed yet: change a quantity or a price, or take a line off.</source>
      <translation>Nic jeszcze nie zmieniono: zmień ilość lub cenę albo usuń pozycję.</translation>
    </message>
    <message>
      <source>Correction invoice: {0}</source>
      <translation>Faktura korygująca: {0}</translation>
    </message>
    <message>
      <source>gross, e.g. 25,00</source>
      <translation>brutto, np. 25,00</translation>
    </message>
    <message>
      <source>Price reduction</source>
      <translation>Obniżenie ceny</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Pozycje</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Przyczyna</translation>
    </message>
    <message>
      <source>{0}. {1}: {2} × {3} → {4} × {5}</source>
      <translation>{0}. {1}: {2} × {3} → {4} × {5}</translation>
    </message>
    <message>
      <source>{0}. {1}: quantity {2} → {3}</source>
      <translation>{0}. {1}: ilość {2} → {3}</translation>
    </message>
    <message>
      <source>The price reduction</source>
      <translation>Obniżenie ceny</translation>
    </message>
  </context>
  <context>
    <name>CorrectionLinesModel</name>
    <message>
      <source>No.</source>
      <translation>Lp.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Stawka</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Gross price</source>
      <translation>Cena brutto</translation>
    </message>
    <message>
      <source>Net price</source>
      <translation>Cena netto</translation>
    </message>
    <message>
      <source>Gross value</source>
      <translation>Wartość brutto</translation>
    </message>
    <message>
      <source>Net value</source>
      <translation>Wartość netto</translation>
    </message>
    <message>
      <source>{0} now</source>
      <translation>{0} teraz</translation>
    </message>
    <message>
      <source>Taken off: the correction states this line going to 0.</source>
      <translation>Usunięta: korekta poda tę pozycję ze zmianą ilości na 0.</translation>
    </message>
    <message>
      <source>'{0}' is not a number.</source>
      <translation>'{0}' nie jest liczbą.</translation>
    </message>
    <message>
      <source>A quantity or a price cannot be below 0.</source>
      <translation>Ilość ani cena nie mogą być mniejsze od 0.</translation>
    </message>
    <message>
      <source>A price has at most two decimal places.</source>
      <translation>Cena ma najwyżej dwa miejsca po przecinku.</translation>
    </message>
    <message>
      <source>A quantity has at most three decimal places.</source>
      <translation>Ilość ma najwyżej trzy miejsca po przecinku.</translation>
    </message>
  </context>
  <context>
    <name>CustomerCardWindow</name>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Co</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Dane</translation>
    </message>
    <message>
      <source>Timeline (newest first; double-click opens)</source>
      <translation>Historia (najnowsze na górze; dwuklik otwiera)</translation>
    </message>
    <message>
      <source>&amp;Log a contact…</source>
      <translation>&amp;Zapisz kontakt…</translation>
    </message>
    <message>
      <source>&amp;Reply…</source>
      <translation>&amp;Odpowiedz…</translation>
    </message>
    <message>
      <source>An answer from a template about the customer's latest order</source>
      <translation>Odpowiedź z szablonu w sprawie ostatniego zamówienia klienta</translation>
    </message>
    <message>
      <source>Export personal data (GDPR)…</source>
      <translation>Eksport danych (RODO)…</translation>
    </message>
    <message>
      <source>&amp;Anonymise…</source>
      <translation>&amp;Anonimizuj…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Contact data</source>
      <translation>Dane kontaktowe</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Addresses</source>
      <translation>Adresy</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Edytuj…</translation>
    </message>
    <message>
      <source>Tags and consents</source>
      <translation>Etykiety i zgody</translation>
    </message>
    <message>
      <source>Lifetime figures</source>
      <translation>Podsumowanie</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wartość</translation>
    </message>
    <message>
      <source>Returns</source>
      <translation>Zwroty</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Reklamacje</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Pierwsze zamówienie</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Ostatnie zamówienie</translation>
    </message>
    <message>
      <source>Open follow-ups</source>
      <translation>Otwarte przypomnienia</translation>
    </message>
    <message>
      <source>Customer since</source>
      <translation>Klient od</translation>
    </message>
    <message>
      <source>Customer: {0}</source>
      <translation>Klient: {0}</translation>
    </message>
    <message>
      <source>Anonymised on {0}: the personal data was erased and cannot be brought back.</source>
      <translation>Zanonimizowany {0}: dane osobowe usunięto i nie da się ich przywrócić.</translation>
    </message>
    <message>
      <source>Merged into another customer; their card holds everything now.</source>
      <translation>Scalony z innym klientem; wszystko jest teraz w jego karcie.</translation>
    </message>
    <message>
      <source>(fails the NIP check)</source>
      <translation>(błędna suma kontrolna NIP)</translation>
    </message>
    <message>
      <source>Possible duplicates: {0}</source>
      <translation>Możliwe duplikaty: {0}</translation>
    </message>
    <message>
      <source>never asked</source>
      <translation>nie pytano</translation>
    </message>
    <message>
      <source>given {0}</source>
      <translation>wyrażona {0}</translation>
    </message>
    <message>
      <source>withdrawn {0}</source>
      <translation>wycofana {0}</translation>
    </message>
    <message>
      <source>This is not available in this build.</source>
      <translation>Ta funkcja nie jest dostępna w tej wersji.</translation>
    </message>
  </context>
  <context>
    <name>CustomerEditDialog</name>
    <message>
      <source>Edit the customer</source>
      <translation>Edycja klienta</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
  </context>
  <context>
    <name>CustomersModel</name>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etykiety</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Ostatnie zamówienie</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wartość</translation>
    </message>
    <message>
      <source>Anonymised: the personal data was erased</source>
      <translation>Zanonimizowany: dane osobowe usunięto</translation>
    </message>
  </context>
  <context>
    <name>CustomersTab</name>
    <message>
      <source>Customers</source>
      <translation>Klienci</translation>
    </message>
    <message>
      <source>Search: name, e-mail, phone, company, NIP, order or tracking number (Ctrl+F)</source>
      <translation>Szukaj: nazwisko, e-mail, telefon, firma, NIP, numer zamówienia lub przesyłki (Ctrl+F)</translation>
    </message>
    <message>
      <source>Customer &amp;card</source>
      <translation>&amp;Karta klienta</translation>
    </message>
    <message>
      <source>The selected customer's card (Enter, Ctrl+O)</source>
      <translation>Karta zaznaczonego klienta (Enter, Ctrl+O)</translation>
    </message>
    <message>
      <source>&amp;Log a contact…</source>
      <translation>&amp;Zapisz kontakt…</translation>
    </message>
    <message>
      <source>A call, an e-mail or a chat with the selected customer (Ctrl+K anywhere)</source>
      <translation>Rozmowa, e-mail lub czat z zaznaczonym klientem (Ctrl+K w każdym miejscu)</translation>
    </message>
    <message>
      <source>&amp;Duplicates…</source>
      <translation>&amp;Duplikaty…</translation>
    </message>
    <message>
      <source>Customers that look like one person (the same e-mail, phone or NIP), merged after you confirm</source>
      <translation>Klienci, którzy wyglądają na jedną osobę (ten sam e-mail, telefon lub NIP), scalani po potwierdzeniu</translation>
    </message>
    <message>
      <source>&amp;To do</source>
      <translation>Do &amp;zrobienia</translation>
    </message>
    <message>
      <source>Follow-ups due today and overdue (Ctrl+D)</source>
      <translation>Kontakty do zrobienia dziś i po terminie (Ctrl+D)</translation>
    </message>
    <message>
      <source>Reply &amp;templates…</source>
      <translation>&amp;Szablony odpowiedzi…</translation>
    </message>
    <message>
      <source>The shop's answers to the usual questions</source>
      <translation>Odpowiedzi sklepu na typowe pytania</translation>
    </message>
    <message>
      <source>&amp;Import contacts…</source>
      <translation>&amp;Import kontaktów…</translation>
    </message>
    <message>
      <source>Past contacts from a CSV or XLSX file (all or nothing)</source>
      <translation>Dawne kontakty z pliku CSV lub XLSX (wszystkie albo żaden)</translation>
    </message>
    <message>
      <source>Data &amp;retention…</source>
      <translation>&amp;Retencja danych…</translation>
    </message>
    <message>
      <source>Customers past the retention period, anonymised in one batch</source>
      <translation>Klienci po okresie przechowywania danych, anonimizowani za jednym razem</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;ksport…</translation>
    </message>
    <message>
      <source>Every customer with their lifetime figures as an XLSX workbook (Ctrl+E)</source>
      <translation>Wszyscy klienci z podsumowaniem zakupów jako skoroszyt XLSX (Ctrl+E)</translation>
    </message>
    <message>
      <source>Find a customer</source>
      <translation>Znajdź klienta</translation>
    </message>
    <message>
      <source>Select a customer to see them here; Enter opens their card.</source>
      <translation>Zaznacz klienta, by zobaczyć go tutaj; Enter otwiera jego kartę.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Wszystkie</translation>
    </message>
    <message>
      <source>VIP</source>
      <translation>VIP</translation>
    </message>
    <message>
      <source>Wholesale</source>
      <translation>Hurt</translation>
    </message>
    <message>
      <source>Blocked</source>
      <translation>Zablokowani</translation>
    </message>
    <message>
      <source>To call back</source>
      <translation>Do oddzwonienia</translation>
    </message>
    <message>
      <source>Anonymised</source>
      <translation>Zanonimizowani</translation>
    </message>
    <message>
      <source>Customers in the list: {0}</source>
      <translation>Klientów na liście: {0}</translation>
    </message>
    <message>
      <source>anonymised</source>
      <translation>zanonimizowany</translation>
    </message>
    <message>
      <source>Orders: {0}, value {1}, last {2} · returns {3}, complaints {4} · open follow-ups: {5}</source>
      <translation>Zamówienia: {0}, wartość {1}, ostatnie {2} · zwroty {3}, reklamacje {4} · otwarte przypomnienia: {5}</translation>
    </message>
    <message>
      <source>This is not available in this build.</source>
      <translation>Ta funkcja nie jest dostępna w tej wersji.</translation>
    </message>
    <message>
      <source>Save the customers list</source>
      <translation>Zapisz listę klientów</translation>
    </message>
    <message>
      <source>customers-{0}.xlsx</source>
      <translation>klienci-{0}.xlsx</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing the customers list...</source>
      <translation>Zapisywanie listy klientów...</translation>
    </message>
    <message>
      <source>{0} customers are saved as {1}.</source>
      <translation>Zapisano klientów ({0}) w pliku {1}.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Eksport</translation>
    </message>
  </context>
  <context>
    <name>CustomersWatch</name>
    <message>
      <source>{0} ({1} to call back)</source>
      <translation>{0} ({1} do oddzwonienia)</translation>
    </message>
    <message>
      <source>Contacts to do: today {0}, overdue {1}</source>
      <translation>Kontakty do zrobienia: dziś {0}, po terminie {1}</translation>
    </message>
  </context>
  <context>
    <name>DateDialog</name>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
  </context>
  <context>
    <name>DateRange</name>
    <message>
      <source>Any date</source>
      <translation>Dowolna data</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <source>any</source>
      <translation>dowolna</translation>
    </message>
    <message>
      <source>Days in the shop's time zone; "any" for no limit</source>
      <translation>Dni w strefie czasowej sklepu; „dowolna” oznacza brak ograniczenia</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decide the case</source>
      <translation>Rozstrzygnij sprawę</translation>
    </message>
    <message>
      <source>Accept, with the remedy:</source>
      <translation>Uznaj, ze sposobem załatwienia:</translation>
    </message>
    <message>
      <source>Reject, for the reason:</source>
      <translation>Odrzuć, z powodu:</translation>
    </message>
    <message>
      <source>Why (required to reject; the customer reads it in the answer)</source>
      <translation>Uzasadnienie (wymagane przy odmowie; klient przeczyta je w odpowiedzi)</translation>
    </message>
    <message>
      <source>Statutory liability: repair or replacement comes first (consumer rights act, art. 43e). For a price reduction or a refund now, write why: repair and replacement are impossible or too costly, were not done or not in time, the defect came back, or it is significant.</source>
      <translation>Rękojmia: najpierw naprawa albo wymiana (ustawa o prawach konsumenta, art. 43e). Przy obniżeniu ceny lub zwrocie pieniędzy teraz napisz dlaczego: naprawa i wymiana są niemożliwe lub zbyt kosztowne, nie zostały wykonane albo nie w terminie, wada wróciła lub jest istotna.</translation>
    </message>
    <message>
      <source>Why not repair or replacement (required; the customer reads it in the answer)</source>
      <translation>Dlaczego nie naprawa ani wymiana (wymagane; klient przeczyta to w odpowiedzi)</translation>
    </message>
  </context>
  <context>
    <name>DispatchDialog</name>
    <message>
      <source>Dispatch manifests</source>
      <translation>Protokoły nadania</translation>
    </message>
    <message>
      <source>&amp;Make manifest of packed parcels</source>
      <translation>&amp;Utwórz protokół dla spakowanych paczek</translation>
    </message>
    <message>
      <source>Carrier:</source>
      <translation>Przewoźnik:</translation>
    </message>
    <message>
      <source>Day:</source>
      <translation>Dzień:</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Drukuj</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>&amp;Podgląd</translation>
    </message>
    <message>
      <source>&amp;Confirm hand-over...</source>
      <translation>P&amp;otwierdź przekazanie…</translation>
    </message>
    <message>
      <source>Manifest made; it waits in the print queue.</source>
      <translation>Protokół utworzony; czeka w kolejce wydruku.</translation>
    </message>
    <message>
      <source>Confirm hand-over</source>
      <translation>Potwierdź przekazanie</translation>
    </message>
    <message numerus="yes">
      <source>Did the courier take all %n parcel(s) of manifest {0}? Their orders become shipped.</source>
      <translation>
        <numerusform>Czy kurier odebrał %n paczkę z protokołu {0}? Jej zamówienie zostanie oznaczone jako wysłane.</numerusform>
        <numerusform>Czy kurier odebrał wszystkie %n paczki z protokołu {0}? Ich zamówienia zostaną oznaczone jako wysłane.</numerusform>
        <numerusform>Czy kurier odebrał wszystkie %n paczek z protokołu {0}? Ich zamówienia zostaną oznaczone jako wysłane.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n order(s) shipped.</source>
      <translation>
        <numerusform>{0}: wysłano %n zamówienie.</numerusform>
        <numerusform>{0}: wysłano %n zamówienia.</numerusform>
        <numerusform>{0}: wysłano %n zamówień.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Something went wrong that we did not expect. Details are in the log file in {folder}.</source>
      <translation>Wystąpił nieoczekiwany błąd. Szczegóły zapisano w pliku dziennika w folderze {folder}.</translation>
    </message>
    <message>
      <source>Zaplecze</source>
      <translation>Zaplecze</translation>
    </message>
  </context>
  <context>
    <name>ExchangeRateDialog</name>
    <message>
      <source>Exchange rate for order {0}</source>
      <translation>Kurs waluty do zamówienia {0}</translation>
    </message>
    <message>
      <source>Order {0} is in {1}. Its invoice states the VAT in PLN too, at the NBP mid rate of {1} of the last business day before the sale date.</source>
      <translation>Zamówienie {0} jest w {1}. Jego faktura podaje VAT także w złotych, po kursie średnim NBP {1} z ostatniego dnia roboczego przed dniem sprzedaży.</translation>
    </message>
    <message>
      <source>PLN for 1 {0}, e.g. 4,2718</source>
      <translation>zł za 1 {0}, np. 4,2718</translation>
    </message>
    <message>
      <source>e.g. 231/A/NBP/2026</source>
      <translation>np. 231/A/NBP/2026</translation>
    </message>
    <message>
      <source>Read from an NBP &amp;file…</source>
      <translation>Wczytaj z &amp;pliku NBP…</translation>
    </message>
    <message>
      <source>A table downloaded from nbp.pl or api.nbp.pl (XML, JSON or the yearly CSV archive)</source>
      <translation>Tabela pobrana z nbp.pl lub api.nbp.pl (XML, JSON albo roczne archiwum CSV)</translation>
    </message>
    <message>
      <source>Sale date:</source>
      <translation>Data sprzedaży:</translation>
    </message>
    <message>
      <source>Rate (PLN per 1 {0}):</source>
      <translation>Kurs (zł za 1 {0}):</translation>
    </message>
    <message>
      <source>Rate of the day:</source>
      <translation>Kurs z dnia:</translation>
    </message>
    <message>
      <source>NBP table:</source>
      <translation>Tabela NBP:</translation>
    </message>
    <message>
      <source>Issue the invoice</source>
      <translation>Wystaw fakturę</translation>
    </message>
    <message>
      <source>The rate to take: the NBP table of {0}, the last business day before the sale.</source>
      <translation>Właściwy kurs: tabela NBP z {0}, ostatniego dnia roboczego przed sprzedażą.</translation>
    </message>
    <message>
      <source>NBP exchange-rate table</source>
      <translation>Tabela kursów NBP</translation>
    </message>
    <message>
      <source>NBP tables (*.xml *.json *.csv);;All files (*)</source>
      <translation>Tabele NBP (*.xml *.json *.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>The file has no rate of {0}; it has: {1}.</source>
      <translation>W pliku nie ma kursu {0}; są w nim: {1}.</translation>
    </message>
    <message>
      <source>The file's latest table before the sale is of {0}, but the sale needs the table of {1}: download that day's table, or check the dates.</source>
      <translation>Najnowsza tabela w pliku sprzed sprzedaży jest z {0}, a sprzedaż wymaga tabeli z {1}: pobierz tabelę z tego dnia albo sprawdź daty.</translation>
    </message>
    <message>
      <source>Type the exchange rate (PLN for 1 {0}), or read it from an NBP file.</source>
      <translation>Wpisz kurs (zł za 1 {0}) albo wczytaj go z pliku NBP.</translation>
    </message>
    <message>
      <source>The exchange rate must be more than 0.</source>
      <translation>Kurs musi być większy od 0.</translation>
    </message>
    <message>
      <source>The rate must be of a day before the sale date ({0}).</source>
      <translation>Kurs musi być z dnia przed datą sprzedaży ({0}).</translation>
    </message>
  </context>
  <context>
    <name>ExportOrders</name>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Waluta</translation>
    </message>
    <message>
      <source>Payment method</source>
      <translation>Sposób płatności</translation>
    </message>
    <message>
      <source>Shipping method</source>
      <translation>Sposób dostawy</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Miejscowość</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>Kod pocztowy</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Payment status</source>
      <translation>Status płatności</translation>
    </message>
    <message>
      <source>Writing orders</source>
      <translation>Zapisywanie zamówień</translation>
    </message>
  </context>
  <context>
    <name>FilterList</name>
    <message>
      <source>All</source>
      <translation>Wszystkie</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nowe</translation>
    </message>
    <message>
      <source>Awaiting payment</source>
      <translation>Czeka na płatność</translation>
    </message>
    <message>
      <source>Ready to pack</source>
      <translation>Gotowe do pakowania</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Spakowane</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Wysłane</translation>
    </message>
    <message>
      <source>On hold / problems</source>
      <translation>Wstrzymane / problemy</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Anulowane</translation>
    </message>
    <message>
      <source>{label}  ({count})</source>
      <translation>{label}  ({count})</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsView</name>
    <message>
      <source>Follow-ups to do</source>
      <translation>Kontakty do zrobienia</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Termin</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanał</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Temat</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notatka</translation>
    </message>
    <message>
      <source>Later ones too</source>
      <translation>Także późniejsze</translation>
    </message>
    <message>
      <source>&amp;Done (Space)</source>
      <translation>&amp;Zrobione (Spacja)</translation>
    </message>
    <message>
      <source>The selected follow-up is done (Space or Ctrl+D)</source>
      <translation>Zaznaczony kontakt jest zrobiony (Spacja lub Ctrl+D)</translation>
    </message>
    <message>
      <source>Customer &amp;card (Enter)</source>
      <translation>&amp;Karta klienta (Enter)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Due today: {0} · overdue: {1}</source>
      <translation>Na dziś: {0} · po terminie: {1}</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Zmiana</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kto</translation>
    </message>
    <message>
      <source>Why / note</source>
      <translation>Powód / notatka</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notatka</translation>
    </message>
    <message>
      <source>Verification</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Edycja</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Payment: {0} → {1}</source>
      <translation>Płatność: {0} → {1}</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import orders</source>
      <translation>Import zamówień</translation>
    </message>
    <message>
      <source>A Shopify orders export, or any CSV/XLSX of orders</source>
      <translation>Eksport zamówień z Shopify albo dowolny plik CSV/XLSX z zamówieniami</translation>
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
      <source>Recognise from the header</source>
      <translation>Rozpoznaj po nagłówku</translation>
    </message>
    <message>
      <source>Shopify orders export</source>
      <translation>Eksport zamówień z Shopify</translation>
    </message>
    <message>
      <source>Other file, with a column mapping</source>
      <translation>Inny plik, z mapowaniem kolumn</translation>
    </message>
    <message>
      <source>&amp;Map columns…</source>
      <translation>&amp;Mapuj kolumny…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Plik:</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <source>Column mapping:</source>
      <translation>Mapowanie kolumn:</translation>
    </message>
    <message>
      <source>Choose a file to see what would be imported.</source>
      <translation>Wybierz plik, aby zobaczyć, co zostanie zaimportowane.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Wiersz</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolumna</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Nr zam.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Komunikat</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importuj</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Orders exports (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>Eksporty zamówień (*.csv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>This file cannot be read as a table: {0}</source>
      <translation>Tego pliku nie da się odczytać jako tabeli: {0}</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;The file is refused&lt;/b&gt;: %Ln error(s), listed below with their row and column. Nothing will be imported until they are fixed.</source>
      <translation>
        <numerusform>&lt;b&gt;Plik jest odrzucony&lt;/b&gt;: %Ln błąd, opisany poniżej z wierszem i kolumną. Nic nie zostanie zaimportowane, dopóki nie zostanie poprawiony.</numerusform>
        <numerusform>&lt;b&gt;Plik jest odrzucony&lt;/b&gt;: %Ln błędy, opisane poniżej z wierszem i kolumną. Nic nie zostanie zaimportowane, dopóki nie zostaną poprawione.</numerusform>
        <numerusform>&lt;b&gt;Plik jest odrzucony&lt;/b&gt;: %Ln błędów, opisanych poniżej z wierszem i kolumną. Nic nie zostanie zaimportowane, dopóki nie zostaną poprawione.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;Imported.&lt;/b&gt;</source>
      <translation>&lt;b&gt;Zaimportowano.&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Recognised: Shopify orders export ({0})</source>
      <translation>Rozpoznano: eksport zamówień z Shopify ({0})</translation>
    </message>
    <message>
      <source>Not a Shopify export: the columns need a mapping ({0})</source>
      <translation>To nie jest eksport z Shopify: kolumny wymagają mapowania ({0})</translation>
    </message>
    <message>
      <source>(choose or make a mapping)</source>
      <translation>(wybierz lub utwórz mapowanie)</translation>
    </message>
    <message>
      <source>Map the columns of this file once (Map columns…); the mapping is saved by name for the next file.</source>
      <translation>Przypisz kolumny tego pliku jeden raz (Mapuj kolumny…); mapowanie zostanie zapisane pod nazwą i użyte przy kolejnym pliku.</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
      <source>Reading {0}…</source>
      <translation>Wczytywanie {0}…</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Błąd</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Informacja</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Pominięte</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Ostrzeżenie</translation>
    </message>
    <message>
      <source>This very file was imported on {0}.</source>
      <translation>Ten sam plik został już zaimportowany {0}.</translation>
    </message>
    <message>
      <source>There is nothing new to import.</source>
      <translation>Nie ma nic nowego do zaimportowania.</translation>
    </message>
    <message>
      <source>Importing orders from {0}…</source>
      <translation>Importowanie zamówień z {0}…</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gotowe</translation>
    </message>
    <message>
      <source>Writing the orders…</source>
      <translation>Zapisywanie zamówień…</translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln zamówienie</numerusform>
        <numerusform>%Ln zamówienia</numerusform>
        <numerusform>%Ln zamówień</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>with %Ln line(s)</source>
      <translation>
        <numerusform>z %Ln pozycją</numerusform>
        <numerusform>z %Ln pozycjami</numerusform>
        <numerusform>z %Ln pozycjami</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in %Ln row(s)</source>
      <translation>
        <numerusform>w %Ln wierszu</numerusform>
        <numerusform>w %Ln wierszach</numerusform>
        <numerusform>w %Ln wierszach</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b&gt;new {new}&lt;/b&gt;, &lt;b&gt;to update {updated}&lt;/b&gt;, unchanged {unchanged}, skipped {skipped}.</source>
      <translation>&lt;b&gt;nowe: {new}&lt;/b&gt;, &lt;b&gt;do aktualizacji: {updated}&lt;/b&gt;, bez zmian: {unchanged}, pominięte: {skipped}.</translation>
    </message>
    <message>
      <source>&amp;Import orders…</source>
      <translation>&amp;Importuj zamówienia…</translation>
    </message>
  </context>
  <context>
    <name>InvoiceActions</name>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Select the invoices to print first.</source>
      <translation>Najpierw zaznacz faktury do wydruku.</translation>
    </message>
    <message>
      <source>Not printed: {0}</source>
      <translation>Nie wydrukowano: {0}</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message>
      <source>Printing was cancelled.</source>
      <translation>Drukowanie anulowano.</translation>
    </message>
    <message>
      <source>Printed: {0} (pages: {1}) on {2}.</source>
      <translation>Wydrukowano dokumentów: {0} (stron: {1}) na {2}.</translation>
    </message>
    <message>
      <source>Select the invoice to preview first.</source>
      <translation>Najpierw zaznacz fakturę do podglądu.</translation>
    </message>
    <message>
      <source>Select the invoices to save first.</source>
      <translation>Najpierw zaznacz faktury do zapisania.</translation>
    </message>
    <message>
      <source>Save the invoice's PDF and XML</source>
      <translation>Zapisz PDF i XML faktury</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Folder for the invoices' PDF and XML</source>
      <translation>Folder na pliki PDF i XML faktur</translation>
    </message>
    <message>
      <source>Save invoices</source>
      <translation>Zapisz faktury</translation>
    </message>
    <message>
      <source>These files are there already: {0}. Replace them?</source>
      <translation>Te pliki już istnieją: {0}. Zastąpić je?</translation>
    </message>
    <message>
      <source>Saved {0} as {1} and {2}.</source>
      <translation>Zapisano {0} jako {1} i {2}.</translation>
    </message>
    <message>
      <source>Saved the PDF and XML of {0} invoices in {1}.</source>
      <translation>Zapisano PDF i XML faktur (liczba: {0}) w {1}.</translation>
    </message>
    <message>
      <source>Saving invoices...</source>
      <translation>Zapisywanie faktur...</translation>
    </message>
    <message>
      <source>Save the sales register</source>
      <translation>Zapisz rejestr sprzedaży</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing the register...</source>
      <translation>Zapisywanie rejestru...</translation>
    </message>
    <message>
      <source>The register of {0:04d}-{1:02d} ({2} invoices and corrections) is saved as {3}.</source>
      <translation>Rejestr {0:04d}-{1:02d} (faktury i korekty: {2}) zapisano jako {3}.</translation>
    </message>
    <message>
      <source>Select the invoices to mark paid first.</source>
      <translation>Najpierw zaznacz faktury do oznaczenia jako zapłacone.</translation>
    </message>
    <message>
      <source>The selected invoices are paid already.</source>
      <translation>Zaznaczone faktury są już zapłacone.</translation>
    </message>
    <message>
      <source>Marked paid on {0}: {1}</source>
      <translation>Oznaczono jako zapłacone {0}: {1}</translation>
    </message>
    <message>
      <source>Select the invoices to mark unpaid first.</source>
      <translation>Najpierw zaznacz faktury do oznaczenia jako niezapłacone.</translation>
    </message>
    <message>
      <source>Marked unpaid: {0}</source>
      <translation>Oznaczono jako niezapłacone: {0}</translation>
    </message>
    <message>
      <source>Nothing changed: the invoices were marked so already.</source>
      <translation>Nic się nie zmieniło: faktury były już tak oznaczone.</translation>
    </message>
    <message>
      <source>Select the invoice to correct first.</source>
      <translation>Najpierw zaznacz fakturę do skorygowania.</translation>
    </message>
    <message>
      <source>Correction {0} issued.</source>
      <translation>Wystawiono korektę {0}.</translation>
    </message>
    <message>
      <source>Correction issued</source>
      <translation>Korekta wystawiona</translation>
    </message>
    <message>
      <source>Correction {0} is issued. Print it now?</source>
      <translation>Korekta {0} jest wystawiona. Wydrukować ją teraz?</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Drukuj</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nie teraz</translation>
    </message>
    <message>
      <source>Select an invoice of an order first.</source>
      <translation>Najpierw zaznacz fakturę zamówienia.</translation>
    </message>
  </context>
  <context>
    <name>InvoiceDetails</name>
    <message>
      <source>Select an invoice to see what it states.</source>
      <translation>Zaznacz fakturę, aby zobaczyć jej treść.</translation>
    </message>
    <message>
      <source>cash</source>
      <translation>gotówka</translation>
    </message>
    <message>
      <source>card</source>
      <translation>karta</translation>
    </message>
    <message>
      <source>bank transfer</source>
      <translation>przelew</translation>
    </message>
    <message>
      <source>cash on delivery</source>
      <translation>za pobraniem</translation>
    </message>
    <message>
      <source>voucher</source>
      <translation>bon</translation>
    </message>
    <message>
      <source>cheque</source>
      <translation>czek</translation>
    </message>
    <message>
      <source>credit</source>
      <translation>kredyt</translation>
    </message>
    <message>
      <source>mobile payment</source>
      <translation>płatność mobilna</translation>
    </message>
    <message>
      <source>Unit price (gross)</source>
      <translation>Cena jedn. (brutto)</translation>
    </message>
    <message>
      <source>Unit price (net)</source>
      <translation>Cena jedn. (netto)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Lp.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Stawka</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>Netto</translation>
    </message>
    <message>
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <source>Issued {0}</source>
      <translation>Wystawiona {0}</translation>
    </message>
    <message>
      <source>sale {0}</source>
      <translation>sprzedaż {0}</translation>
    </message>
    <message>
      <source>Corrects {0} of {1}. Reason: {2}</source>
      <translation>Koryguje {0} z {1}. Przyczyna: {2}</translation>
    </message>
    <message>
      <source>NIP {0}</source>
      <translation>NIP {0}</translation>
    </message>
    <message>
      <source>a consumer (no NIP)</source>
      <translation>konsument (bez NIP)</translation>
    </message>
    <message>
      <source>Buyer:</source>
      <translation>Nabywca:</translation>
    </message>
    <message>
      <source>Before the correction</source>
      <translation>Przed korektą</translation>
    </message>
    <message>
      <source>After the correction</source>
      <translation>Po korekcie</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Pozycje</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Razem</translation>
    </message>
    <message>
      <source>Differences per rate</source>
      <translation>Różnice według stawek</translation>
    </message>
    <message>
      <source>Summary per rate</source>
      <translation>Podsumowanie według stawek</translation>
    </message>
    <message>
      <source>Payment: {0}</source>
      <translation>Płatność: {0}</translation>
    </message>
    <message>
      <source>paid {0}</source>
      <translation>zapłacona {0}</translation>
    </message>
    <message>
      <source>due {0}</source>
      <translation>termin {0}</translation>
    </message>
    <message>
      <source>not paid</source>
      <translation>niezapłacona</translation>
    </message>
    <message>
      <source>KSeF number {0}</source>
      <translation>numer KSeF {0}</translation>
    </message>
    <message>
      <source>not sent to KSeF</source>
      <translation>niewysłana do KSeF</translation>
    </message>
    <message>
      <source>Order {0}</source>
      <translation>Zamówienie {0}</translation>
    </message>
    <message>
      <source>KSeF: {0}</source>
      <translation>KSeF: {0}</translation>
    </message>
    <message>
      <source>, accepted {0}</source>
      <translation>, przyjęta {0}</translation>
    </message>
  </context>
  <context>
    <name>InvoiceFilters</name>
    <message>
      <source>All dates</source>
      <translation>Wszystkie daty</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Bieżący miesiąc</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Bieżący rok</translation>
    </message>
    <message>
      <source>Custom range</source>
      <translation>Własny zakres</translation>
    </message>
    <message>
      <source>Invoices issued in this period</source>
      <translation>Faktury wystawione w tym okresie</translation>
    </message>
    <message>
      <source>All series</source>
      <translation>Wszystkie serie</translation>
    </message>
    <message>
      <source>Invoices and corrections</source>
      <translation>Faktury i korekty</translation>
    </message>
    <message>
      <source>Invoices (VAT)</source>
      <translation>Faktury (VAT)</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Korekty</translation>
    </message>
    <message>
      <source>Paid and unpaid</source>
      <translation>Zapłacone i niezapłacone</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Zapłacone</translation>
    </message>
    <message>
      <source>Unpaid</source>
      <translation>Niezapłacone</translation>
    </message>
    <message>
      <source>KSeF: all</source>
      <translation>KSeF: wszystkie</translation>
    </message>
    <message>
      <source>Sent to KSeF</source>
      <translation>Wysłane do KSeF</translation>
    </message>
    <message>
      <source>Not sent to KSeF</source>
      <translation>Niewysłane do KSeF</translation>
    </message>
    <message>
      <source>KSeF: queued</source>
      <translation>KSeF: w kolejce</translation>
    </message>
    <message>
      <source>KSeF: awaiting its answer</source>
      <translation>KSeF: czeka na odpowiedź</translation>
    </message>
    <message>
      <source>KSeF: rejected</source>
      <translation>KSeF: odrzucone</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Okres:</translation>
    </message>
  </context>
  <context>
    <name>InvoicesModel</name>
    <message>
      <source>Accepted: {0}</source>
      <translation>Przyjęta: {0}</translation>
    </message>
    <message>
      <source>Queued since {0}</source>
      <translation>W kolejce od {0}</translation>
    </message>
    <message>
      <source> (offline, send by {0})</source>
      <translation> (offline, wyślij do {0})</translation>
    </message>
    <message>
      <source>Sent, awaiting KSeF</source>
      <translation>Wysłana, czeka na KSeF</translation>
    </message>
    <message>
      <source>Rejected: {0}</source>
      <translation>Odrzucona: {0}</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>Korekta</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numer</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Rodzaj</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Wystawiona</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Nabywca</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>Netto</translation>
    </message>
    <message>
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Waluta</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Płatność</translation>
    </message>
    <message>
      <source>KSeF</source>
      <translation>KSeF</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Refunded {0}</source>
      <translation>Zwrócono {0}</translation>
    </message>
    <message>
      <source>Paid {0}</source>
      <translation>Zapłacona {0}</translation>
    </message>
    <message>
      <source>To refund</source>
      <translation>Do zwrotu</translation>
    </message>
    <message>
      <source>Unpaid</source>
      <translation>Niezapłacona</translation>
    </message>
    <message>
      <source>Overdue since {0}</source>
      <translation>Po terminie od {0}</translation>
    </message>
    <message>
      <source>Due {0}</source>
      <translation>Termin {0}</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>Niewysłana</translation>
    </message>
    <message>
      <source>Corrects {0}</source>
      <translation>Koryguje {0}</translation>
    </message>
    <message>
      <source>KSeF number: {0}</source>
      <translation>Numer KSeF: {0}</translation>
    </message>
    <message>
      <source>A consumer (no NIP)</source>
      <translation>Konsument (bez NIP)</translation>
    </message>
  </context>
  <context>
    <name>InvoicesTab</name>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Search: invoice number, buyer, NIP, order (Ctrl+F)</source>
      <translation>Szukaj: numer faktury, nabywca, NIP, zamówienie (Ctrl+F)</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Drukuj</translation>
    </message>
    <message>
      <source>Print the selected invoices on the A4 printer (Ctrl+P)</source>
      <translation>Drukuj zaznaczone faktury na drukarce A4 (Ctrl+P)</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>&amp;Podgląd</translation>
    </message>
    <message>
      <source>&amp;Save PDF and XML…</source>
      <translation>&amp;Zapisz PDF i XML…</translation>
    </message>
    <message>
      <source>The invoice as PDF and its FA(3) XML file for KSeF (Ctrl+S)</source>
      <translation>Faktura jako PDF i jej plik XML FA(3) dla KSeF (Ctrl+S)</translation>
    </message>
    <message>
      <source>Mark p&amp;aid…</source>
      <translation>Oznacz jako z&amp;apłacone…</translation>
    </message>
    <message>
      <source>Mark &amp;unpaid</source>
      <translation>Oznacz jako &amp;niezapłacone</translation>
    </message>
    <message>
      <source>Take back a payment marked by mistake</source>
      <translation>Cofnij płatność oznaczoną przez pomyłkę</translation>
    </message>
    <message>
      <source>&amp;Correct…</source>
      <translation>&amp;Koryguj…</translation>
    </message>
    <message>
      <source>Issue a correction invoice of the selected invoice (Ctrl+K)</source>
      <translation>Wystaw fakturę korygującą do zaznaczonej faktury (Ctrl+K)</translation>
    </message>
    <message>
      <source>Open the &amp;order</source>
      <translation>Otwórz &amp;zamówienie</translation>
    </message>
    <message>
      <source>&amp;Register of a month (XLSX)…</source>
      <translation>&amp;Rejestr miesiąca (XLSX)…</translation>
    </message>
    <message>
      <source>The sales register of a month for the accountant: one row per invoice and correction, net, VAT and gross per rate (Ctrl+E)</source>
      <translation>Rejestr sprzedaży miesiąca dla księgowej: wiersz na fakturę i korektę, netto, VAT i brutto według stawek (Ctrl+E)</translation>
    </message>
    <message>
      <source>Send to &amp;KSeF</source>
      <translation>Wyślij do &amp;KSeF</translation>
    </message>
    <message>
      <source>Send the selected invoices to KSeF now (Ctrl+Shift+S)</source>
      <translation>Wyślij teraz zaznaczone faktury do KSeF (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Send everything &amp;queued</source>
      <translation>Wyślij wszystko z &amp;kolejki</translation>
    </message>
    <message>
      <source>Send every invoice waiting in the KSeF queue</source>
      <translation>Wyślij każdą fakturę czekającą w kolejce KSeF</translation>
    </message>
    <message>
      <source>UP&amp;O…</source>
      <translation>UP&amp;O…</translation>
    </message>
    <message>
      <source>KSeF's official receipt of the selected invoice</source>
      <translation>Urzędowe poświadczenie odbioru zaznaczonej faktury z KSeF</translation>
    </message>
    <message>
      <source>Find invoice</source>
      <translation>Znajdź fakturę</translation>
    </message>
    <message>
      <source>KSe&amp;F</source>
      <translation>KSe&amp;F</translation>
    </message>
    <message>
      <source>Send to KSeF, the queue, the UPO</source>
      <translation>Wysyłka do KSeF, kolejka, UPO</translation>
    </message>
    <message>
      <source>The list cannot be sorted by that column.</source>
      <translation>Listy nie można sortować według tej kolumny.</translation>
    </message>
    <message>
      <source>Invoices in the list: {0}</source>
      <translation>Faktur na liście: {0}</translation>
    </message>
  </context>
  <context>
    <name>InvoicingPage</name>
    <message>
      <source>Seller (as every invoice states it)</source>
      <translation>Sprzedawca (jak podaje go każda faktura)</translation>
    </message>
    <message>
      <source>the seller's city</source>
      <translation>miasto sprzedawcy</translation>
    </message>
    <message>
      <source>Country:</source>
      <translation>Kraj:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nazwa:</translation>
    </message>
    <message>
      <source>N&amp;IP:</source>
      <translation>N&amp;IP:</translation>
    </message>
    <message>
      <source>&amp;Street:</source>
      <translation>&amp;Ulica:</translation>
    </message>
    <message>
      <source>Postal code, city:</source>
      <translation>Kod pocztowy, miasto:</translation>
    </message>
    <message>
      <source>&amp;Bank account:</source>
      <translation>&amp;Rachunek bankowy:</translation>
    </message>
    <message>
      <source>Ban&amp;k:</source>
      <translation>Ban&amp;k:</translation>
    </message>
    <message>
      <source>&amp;Place of issue:</source>
      <translation>&amp;Miejsce wystawienia:</translation>
    </message>
    <message>
      <source>Invoicing rules</source>
      <translation>Zasady fakturowania</translation>
    </message>
    <message>
      <source> days</source>
      <translation> dni</translation>
    </message>
    <message>
      <source>from net prices</source>
      <translation>od cen netto</translation>
    </message>
    <message>
      <source>from gross prices</source>
      <translation>od cen brutto</translation>
    </message>
    <message>
      <source>Invoices for consumers are always computed from gross prices</source>
      <translation>Faktury dla konsumentów są zawsze liczone od cen brutto</translation>
    </message>
    <message>
      <source>e.g. art. 113 ust. 1 ustawy o VAT</source>
      <translation>np. art. 113 ust. 1 ustawy o VAT</translation>
    </message>
    <message>
      <source>Printed on an invoice with an exempt (zw) line</source>
      <translation>Drukowana na fakturze z pozycją zwolnioną (zw)</translation>
    </message>
    <message>
      <source>Cash accounting (metoda kasowa)</source>
      <translation>Metoda kasowa</translation>
    </message>
    <message>
      <source>Split payment on B2B invoices of 15,000 zł or more</source>
      <translation>Mechanizm podzielonej płatności na fakturach B2B od 15 000 zł</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Testowe</translation>
    </message>
    <message>
      <source>Demo (pre-production)</source>
      <translation>Demo (przedprodukcyjne)</translation>
    </message>
    <message>
      <source>Production</source>
      <translation>Produkcyjne</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Wybierz…</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>Usu&amp;ń</translation>
    </message>
    <message>
      <source>Pa&amp;yment term:</source>
      <translation>&amp;Termin płatności:</translation>
    </message>
    <message>
      <source>B2B invoices &amp;computed:</source>
      <translation>Faktury B2B &amp;liczone:</translation>
    </message>
    <message>
      <source>&amp;Exemption basis:</source>
      <translation>Podstawa &amp;zwolnienia:</translation>
    </message>
    <message>
      <source>KSeF en&amp;vironment:</source>
      <translation>Ś&amp;rodowisko KSeF:</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>Logo:</translation>
    </message>
    <message>
      <source>Numbering series</source>
      <translation>Serie numeracji</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <source>Numbers</source>
      <translation>Numeruje</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Wzorzec</translation>
    </message>
    <message>
      <source>Starts again</source>
      <translation>Od nowa</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Domyślna</translation>
    </message>
    <message>
      <source>Today's first number</source>
      <translation>Pierwszy numer dziś</translation>
    </message>
    <message>
      <source>&amp;Add series…</source>
      <translation>&amp;Dodaj serię…</translation>
    </message>
    <message>
      <source>E&amp;dit series…</source>
      <translation>&amp;Edytuj serię…</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Korekty</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>co miesiąc</translation>
    </message>
    <message>
      <source>every year</source>
      <translation>co rok</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nigdy</translation>
    </message>
    <message>
      <source>no logo</source>
      <translation>brak logo</translation>
    </message>
    <message>
      <source>The seller's logo</source>
      <translation>Logo sprzedawcy</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
      <translation>Obrazy (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
      <source>{0} cannot be read: {1}</source>
      <translation>{0}: nie można odczytać pliku ({1}).</translation>
    </message>
    <message>
      <source>{0} is not a picture (PNG or JPEG).</source>
      <translation>{0} nie jest obrazem (PNG ani JPEG).</translation>
    </message>
  </context>
  <context>
    <name>KsefActions</name>
    <message>
      <source>KSeF</source>
      <translation>KSeF</translation>
    </message>
    <message>
      <source>Select the invoices to send to KSeF first.</source>
      <translation>Najpierw zaznacz faktury do wysłania do KSeF.</translation>
    </message>
    <message>
      <source>The selected invoices are in KSeF already.</source>
      <translation>Zaznaczone faktury już są w KSeF.</translation>
    </message>
    <message>
      <source>Sending to KSeF...</source>
      <translation>Wysyłanie do KSeF...</translation>
    </message>
    <message>
      <source>Nothing waits to be sent to KSeF.</source>
      <translation>Nic nie czeka na wysłanie do KSeF.</translation>
    </message>
    <message>
      <source>Accepted by KSeF: {0}.</source>
      <translation>Przyjęte przez KSeF: {0}.</translation>
    </message>
    <message>
      <source>Rejected: {0}.</source>
      <translation>Odrzucone: {0}.</translation>
    </message>
    <message>
      <source>Still processed by KSeF (asked again on the next send): {0}.</source>
      <translation>Wciąż przetwarzane przez KSeF (zapytamy ponownie przy następnej wysyłce): {0}.</translation>
    </message>
    <message>
      <source>Corrections waiting for their invoice's KSeF number: {0}.</source>
      <translation>Korekty czekające na numer KSeF korygowanej faktury: {0}.</translation>
    </message>
    <message>
      <source>KSeF cannot be reached; still queued: {0}. Send them later, by their deadline.</source>
      <translation>KSeF jest nieosiągalny; nadal w kolejce: {0}. Wyślij je później, w terminie.</translation>
    </message>
    <message>
      <source>Stopped: {0}</source>
      <translation>Przerwano: {0}</translation>
    </message>
    <message>
      <source>Cancelled; still queued: {0}.</source>
      <translation>Anulowano; nadal w kolejce: {0}.</translation>
    </message>
    <message>
      <source>Select an invoice accepted by KSeF first.</source>
      <translation>Najpierw zaznacz fakturę przyjętą przez KSeF.</translation>
    </message>
    <message>
      <source>{0} has no UPO yet: it is given once KSeF accepts the invoice.</source>
      <translation>{0} nie ma jeszcze UPO: KSeF wydaje je po przyjęciu faktury.</translation>
    </message>
  </context>
  <context>
    <name>KsefBox</name>
    <message>
      <source>KSeF</source>
      <translation>KSeF</translation>
    </message>
    <message>
      <source>paste the token generated in the KSeF portal</source>
      <translation>wklej token wygenerowany w portalu KSeF</translation>
    </message>
    <message>
      <source>S&amp;tore the token</source>
      <translation>&amp;Zapamiętaj token</translation>
    </message>
    <message>
      <source>Remove the token</source>
      <translation>Usuń token</translation>
    </message>
    <message>
      <source>Test the &amp;connection</source>
      <translation>Sprawdź &amp;połączenie</translation>
    </message>
    <message>
      <source>Send to KSeF automatically right after issuing</source>
      <translation>Wysyłaj do KSeF automatycznie zaraz po wystawieniu</translation>
    </message>
    <message>
      <source>When KSeF cannot be reached, the invoice waits in the queue (offline) and is sent later; this computer's setting</source>
      <translation>Gdy KSeF jest nieosiągalny, faktura czeka w kolejce (offline) i zostanie wysłana później; ustawienie tego komputera</translation>
    </message>
    <message>
      <source>Offline certificate</source>
      <translation>Certyfikat offline</translation>
    </message>
    <message>
      <source>Set &amp;up…</source>
      <translation>&amp;Ustaw…</translation>
    </message>
    <message>
      <source>Choose the offline certificate KSeF gave: a .pfx/.p12 file, or the certificate (.crt/.pem/.cer) and its private key (.key)</source>
      <translation>Wybierz certyfikat offline wydany przez KSeF: plik .pfx/.p12 albo certyfikat (.crt/.pem/.cer) i jego klucz prywatny (.key)</translation>
    </message>
    <message>
      <source>Remove the certificate</source>
      <translation>Usuń certyfikat</translation>
    </message>
    <message>
      <source>Enter the seller's NIP to keep a KSeF token for it.</source>
      <translation>Wpisz NIP sprzedawcy, aby zapamiętać dla niego token KSeF.</translation>
    </message>
    <message>
      <source>A token is stored for NIP {0} ({1}), in the system's credential store.</source>
      <translation>Token dla NIP {0} ({1}) jest zapamiętany w systemowym magazynie haseł.</translation>
    </message>
    <message>
      <source>No token is stored for NIP {0} ({1}).</source>
      <translation>Brak zapamiętanego tokenu dla NIP {0} ({1}).</translation>
    </message>
    <message>
      <source>Rep&amp;lace the token</source>
      <translation>&amp;Zastąp token</translation>
    </message>
    <message>
      <source>Enter the seller's NIP first.</source>
      <translation>Najpierw wpisz NIP sprzedawcy.</translation>
    </message>
    <message>
      <source>The token is stored.</source>
      <translation>Token zapamiętany.</translation>
    </message>
    <message>
      <source>The token is removed.</source>
      <translation>Token usunięty.</translation>
    </message>
    <message>
      <source>Connecting to KSeF…</source>
      <translation>Łączenie z KSeF…</translation>
    </message>
    <message>
      <source>Connected: KSeF ({0}) accepts the token for NIP {1}.</source>
      <translation>Połączono: KSeF ({0}) przyjmuje token dla NIP {1}.</translation>
    </message>
    <message>
      <source>KSeF cannot be reached: {0}</source>
      <translation>Brak połączenia z KSeF: {0}</translation>
    </message>
    <message>
      <source>Not connected: {0}</source>
      <translation>Nie połączono: {0}</translation>
    </message>
    <message>
      <source>Enter the seller's NIP to set up its offline certificate.</source>
      <translation>Wpisz NIP sprzedawcy, aby ustawić dla niego certyfikat offline.</translation>
    </message>
    <message>
      <source>No offline certificate is set up for NIP {0} ({1}): invoices issued while KSeF is unreachable can be handed to the buyer only once they are sent to KSeF.</source>
      <translation>Brak certyfikatu offline dla NIP {0} ({1}): faktury wystawione, gdy KSeF jest nieosiągalny, można przekazać nabywcy dopiero po wysłaniu ich do KSeF.</translation>
    </message>
    <message>
      <source>Set up for NIP {0} ({1}): {2}
Serial number {3}, valid until {4}.</source>
      <translation>Ustawiony dla NIP {0} ({1}): {2}
Numer seryjny {3}, ważny do {4}.</translation>
    </message>
    <message>
      <source>The offline certificate ended on {0}: invoices issued offline carry no certificate code until a new one is set up. Ask KSeF for a new Offline certificate.</source>
      <translation>Certyfikat offline wygasł {0}: faktury wystawione offline nie mają kodu certyfikatu, dopóki nie ustawisz nowego. Wystąp do KSeF o nowy certyfikat typu Offline.</translation>
    </message>
    <message>
      <source>The offline certificate ends on {0}: ask KSeF for a new Offline certificate in time and set it up here.</source>
      <translation>Certyfikat offline wygasa {0}: wystąp w porę do KSeF o nowy certyfikat typu Offline i ustaw go tutaj.</translation>
    </message>
    <message>
      <source>The password of the certificate's private key (leave it empty when it has none):</source>
      <translation>Hasło klucza prywatnego certyfikatu (zostaw puste, jeśli klucz go nie ma):</translation>
    </message>
    <message>
      <source>Checking the certificate…</source>
      <translation>Sprawdzanie certyfikatu…</translation>
    </message>
    <message>
      <source>The offline certificate is set up.</source>
      <translation>Certyfikat offline jest ustawiony.</translation>
    </message>
    <message>
      <source>Not set up: {0}</source>
      <translation>Nie ustawiono: {0}</translation>
    </message>
    <message>
      <source>The offline certificate from KSeF</source>
      <translation>Certyfikat offline z KSeF</translation>
    </message>
    <message>
      <source>Certificates (*.pfx *.p12 *.crt *.pem *.cer);;All files (*)</source>
      <translation>Certyfikaty (*.pfx *.p12 *.crt *.pem *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>The certificate's private key</source>
      <translation>Klucz prywatny certyfikatu</translation>
    </message>
    <message>
      <source>Private keys (*.key *.pem);;All files (*)</source>
      <translation>Klucze prywatne (*.key *.pem);;Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>Remove the offline certificate of NIP {0} ({1}) from this computer? Invoices issued while KSeF is unreachable will then be handed over only once sent.</source>
      <translation>Usunąć certyfikat offline dla NIP {0} ({1}) z tego komputera? Faktury wystawione, gdy KSeF jest nieosiągalny, będzie można wtedy przekazać nabywcy dopiero po ich wysłaniu.</translation>
    </message>
    <message>
      <source>The offline certificate is removed.</source>
      <translation>Certyfikat offline został usunięty.</translation>
    </message>
  </context>
  <context>
    <name>KsefWatch</name>
    <message>
      <source>KSeF: invoices waiting: {0}, since {1}</source>
      <translation>KSeF: faktury czekające: {0}, od {1}</translation>
    </message>
    <message>
      <source> — send by {0}</source>
      <translation> — wyślij do {0}</translation>
    </message>
    <message>
      <source>Offline (issued while KSeF could not be reached): {0}. Send them from the Invoices tab: KSeF, Send everything queued.</source>
      <translation>Offline (wystawione, gdy KSeF był nieosiągalny): {0}. Wyślij je z karty Faktury: KSeF, Wyślij wszystko z kolejki.</translation>
    </message>
    <message>
      <source>Not sent to KSeF: {0}</source>
      <translation>Nie wysłano do KSeF: {0}</translation>
    </message>
    <message>
      <source>Queued for KSeF, not sent: {0}</source>
      <translation>W kolejce do KSeF, nie wysłano: {0}</translation>
    </message>
    <message>
      <source>KSeF cannot be reached: the invoice waits in the queue (offline); send it by its deadline.</source>
      <translation>KSeF jest nieosiągalny: faktura czeka w kolejce (offline); wyślij ją w terminie.</translation>
    </message>
    <message>
      <source>Rejected by KSeF: see the Invoices tab.</source>
      <translation>Odrzucona przez KSeF: zobacz kartę Faktury.</translation>
    </message>
    <message>
      <source>Sent to KSeF and accepted.</source>
      <translation>Wysłana do KSeF i przyjęta.</translation>
    </message>
    <message>
      <source>Sent to KSeF; its answer is asked for on the next send.</source>
      <translation>Wysłana do KSeF; o odpowiedź zapytamy przy następnej wysyłce.</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <source>Letter: {0}</source>
      <translation>Pismo: {0}</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Temat:</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>Treść:</translation>
    </message>
    <message>
      <source>A blank line starts a new paragraph. The letter is printed in Polish with the shop's and the customer's data and the case number.</source>
      <translation>Pusty wiersz rozpoczyna nowy akapit. Pismo zostanie wydrukowane z danymi sklepu i klienta oraz numerem sprawy.</translation>
    </message>
    <message>
      <source>Save as template</source>
      <translation>Zapisz jako szablon</translation>
    </message>
    <message>
      <source>Use this wording for every later letter of this kind</source>
      <translation>Używaj tej treści we wszystkich kolejnych pismach tego rodzaju</translation>
    </message>
    <message>
      <source>Restore the template</source>
      <translation>Przywróć szablon</translation>
    </message>
    <message>
      <source>Put the template's text back in place of your edits</source>
      <translation>Zastąp wprowadzone zmiany treścią szablonu</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Podgląd</translation>
    </message>
    <message>
      <source>Save and print</source>
      <translation>Zapisz i drukuj</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <source>Your edits of this letter will be lost. Put the template's text back?</source>
      <translation>Zmiany wprowadzone w tym piśmie zostaną utracone. Przywrócić treść szablonu?</translation>
    </message>
    <message>
      <source>Use this subject and text for every later letter of this kind? The case's own details in it (number, names, dates) would then repeat in every letter: keep the fields in braces, such as {numer_sprawy}, where they belong.</source>
      <translation>Używać tego tematu i tej treści we wszystkich kolejnych pismach tego rodzaju? Dane tej sprawy wpisane w tekst (numer, nazwiska, daty) powtórzyłyby się wtedy w każdym piśmie: w ich miejscu zostaw pola w nawiasach klamrowych, np. {numer_sprawy}.</translation>
    </message>
    <message>
      <source>Saved as the template of this kind.</source>
      <translation>Zapisano jako szablon pism tego rodzaju.</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message>
      <source>The letter is saved with the case but was not printed: {0}</source>
      <translation>Pismo zostało zapisane w sprawie, ale nie zostało wydrukowane: {0}</translation>
    </message>
  </context>
  <context>
    <name>LettersPanel</name>
    <message>
      <source>Letter</source>
      <translation>Pismo</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Temat</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Utworzono</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Wysłano</translation>
    </message>
    <message>
      <source>New letter…</source>
      <translation>Nowe pismo…</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Podgląd</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Drukuj</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Zapisz PDF…</translation>
    </message>
    <message>
      <source>Sent…</source>
      <translation>Wysłano…</translation>
    </message>
    <message>
      <source>Record the day the letter went to the customer: an answer's day is what the deadline measures</source>
      <translation>Zapisz dzień wysłania pisma do klienta: termin odpowiedzi liczy się do dnia jej wysłania</translation>
    </message>
    <message>
      <source>not sent</source>
      <translation>nie wysłano</translation>
    </message>
    <message>
      <source>The letter is kept with the case.</source>
      <translation>Pismo zostało zapisane w sprawie.</translation>
    </message>
    <message>
      <source>Not printed: {0}</source>
      <translation>Nie wydrukowano: {0}</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message>
      <source>Printing was cancelled.</source>
      <translation>Drukowanie anulowano.</translation>
    </message>
    <message>
      <source>Printed on {0}.</source>
      <translation>Wydrukowano na {0}.</translation>
    </message>
    <message>
      <source>Save the letter's PDF</source>
      <translation>Zapisz PDF pisma</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved as {0}.</source>
      <translation>Zapisano jako {0}.</translation>
    </message>
    <message>
      <source>Marked sent on {0}.</source>
      <translation>Oznaczono jako wysłane {0}.</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Pisma</translation>
    </message>
  </context>
  <context>
    <name>LineAdder</name>
    <message>
      <source>Product: SKU, EAN or name</source>
      <translation>Produkt: SKU, EAN lub nazwa</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>Dodaj pozycję</translation>
    </message>
  </context>
  <context>
    <name>LinesModel</name>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Unit price (gross)</source>
      <translation>Cena jedn. brutto</translation>
    </message>
    <message>
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Wartość</translation>
    </message>
    <message>
      <source>Not linked to a product in the catalogue</source>
      <translation>Niepowiązana z produktem z katalogu</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Towar</translation>
    </message>
    <message>
      <source>EAN</source>
      <translation>EAN</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>Półka</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Spakowane</translation>
    </message>
    <message>
      <source>{0} of {1}</source>
      <translation>{0} z {1}</translation>
    </message>
  </context>
  <context>
    <name>LinkChip</name>
    <message>
      <source>Show the list without this filter</source>
      <translation>Pokaż listę bez tego filtra</translation>
    </message>
    <message>
      <source>Filter from the Today view: {0}</source>
      <translation>Filtr z widoku Dziś: {0}</translation>
    </message>
    <message>
      <source>not paid</source>
      <translation>nieopłacone</translation>
    </message>
    <message>
      <source>no shipping address</source>
      <translation>brak adresu dostawy</translation>
    </message>
    <message>
      <source>address incomplete</source>
      <translation>niepełny adres</translation>
    </message>
    <message>
      <source>no e-mail or phone</source>
      <translation>brak e-maila i telefonu</translation>
    </message>
    <message>
      <source>no lines</source>
      <translation>brak pozycji</translation>
    </message>
    <message>
      <source>a line not linked to a product</source>
      <translation>pozycja niepowiązana z produktem</translation>
    </message>
    <message>
      <source>not enough stock</source>
      <translation>za mało towaru</translation>
    </message>
    <message>
      <source>possible duplicate</source>
      <translation>możliwy duplikat</translation>
    </message>
    <message>
      <source>other reasons</source>
      <translation>inne powody</translation>
    </message>
    <message>
      <source>on hold, no reason written</source>
      <translation>wstrzymane bez podanego powodu</translation>
    </message>
    <message>
      <source>held at packing</source>
      <translation>wstrzymane przy pakowaniu</translation>
    </message>
    <message>
      <source>from {0}</source>
      <translation>od {0}</translation>
    </message>
    <message>
      <source>until {0}</source>
      <translation>do {0}</translation>
    </message>
    <message>
      <source>reason: {0}</source>
      <translation>powód: {0}</translation>
    </message>
    <message>
      <source>waiting for {0}</source>
      <translation>czeka na {0}</translation>
    </message>
    <message>
      <source>no shipment yet</source>
      <translation>jeszcze bez przesyłki</translation>
    </message>
    <message>
      <source>shipped on {0}</source>
      <translation>wysłane {0}</translation>
    </message>
    <message>
      <source>promised for {0}</source>
      <translation>obiecane na {0}</translation>
    </message>
    <message>
      <source>late on {0}</source>
      <translation>spóźnione {0}</translation>
    </message>
    <message>
      <source>no invoice issued</source>
      <translation>bez wystawionej faktury</translation>
    </message>
    <message>
      <source>cash on delivery not paid yet</source>
      <translation>pobranie jeszcze nieopłacone</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Magazyn</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message>
      <source>Zaplecze</source>
      <translation>Zaplecze</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Dzisiaj</translation>
    </message>
    <message>
      <source>Packing</source>
      <translation>Pakowanie</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Raporty</translation>
    </message>
    <message>
      <source>Opening the shop…</source>
      <translation>Otwieranie sklepu…</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>Baza danych: {0}</translation>
    </message>
    <message>
      <source>Daily backup made: {0}</source>
      <translation>Dzienna kopia zapasowa zrobiona: {0}</translation>
    </message>
    <message>
      <source>The daily backup could not be made: {0}</source>
      <translation>Nie udało się zrobić dziennej kopii zapasowej: {0}</translation>
    </message>
    <message>
      <source>That list is not available in this build.</source>
      <translation>Ta lista nie jest dostępna w tej wersji.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Plik</translation>
    </message>
    <message>
      <source>Log a &amp;contact…</source>
      <translation>Zapisz &amp;kontakt…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Za&amp;kończ</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Widok</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>Następna karta</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>Poprzednia karta</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Pomo&amp;c</translation>
    </message>
    <message>
      <source>&amp;About Zaplecze</source>
      <translation>&amp;O programie Zaplecze</translation>
    </message>
    <message>
      <source>About Zaplecze</source>
      <translation>O programie Zaplecze</translation>
    </message>
    <message>
      <source>Zaplecze {0}
The back room of a small web shop.</source>
      <translation>Zaplecze {0}
Zaplecze małego sklepu internetowego.</translation>
    </message>
    <message>
      <source>The contact log is not available in this build.</source>
      <translation>Rejestr kontaktów nie jest dostępny w tej wersji.</translation>
    </message>
    <message>
      <source>Zaplecze — packing station</source>
      <translation>Zaplecze — stanowisko pakowania</translation>
    </message>
    <message>
      <source>The shop could not be opened.</source>
      <translation>Nie udało się otworzyć sklepu.</translation>
    </message>
    <message>
      <source>Making a demo shop…</source>
      <translation>Tworzenie sklepu demonstracyjnego…</translation>
    </message>
    <message>
      <source>No shop was opened: there is no shop file at {file}.</source>
      <translation>Nie otwarto sklepu: w {file} nie ma pliku sklepu.</translation>
    </message>
    <message>
      <source>Creating the database…</source>
      <translation>Tworzenie bazy danych…</translation>
    </message>
    <message>
      <source>Preparing the database (a backup is made first)…</source>
      <translation>Przygotowywanie bazy danych (najpierw tworzona jest kopia zapasowa)…</translation>
    </message>
    <message>
      <source>There is no shop file at {file}.

Create a new shop here?</source>
      <translation>W {file} nie ma pliku sklepu.

Utworzyć tu nowy sklep?</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Reklamacje</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Klienci</translation>
    </message>
  </context>
  <context>
    <name>ManifestModel</name>
    <message>
      <source>Manifest</source>
      <translation>Protokół</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>Przewoźnik</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dzień</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>Paczki</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Przekazano</translation>
    </message>
    <message numerus="yes">
      <source>%n parcel(s)</source>
      <translation>
        <numerusform>%n paczka</numerusform>
        <numerusform>%n paczki</numerusform>
        <numerusform>%n paczek</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Map the columns of the file</source>
      <translation>Mapowanie kolumn pliku</translation>
    </message>
    <message>
      <source>e.g. the shop or platform the file comes from</source>
      <translation>np. sklep lub platforma, z której pochodzi plik</translation>
    </message>
    <message>
      <source>&lt;b&gt;Our field&lt;/b&gt;</source>
      <translation>&lt;b&gt;Pole w programie&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
      <translation>&lt;b&gt;Kolumna w pliku&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;First values&lt;/b&gt;</source>
      <translation>&lt;b&gt;Pierwsze wartości&lt;/b&gt;</translation>
    </message>
    <message>
      <source>(not in the file)</source>
      <translation>(brak w pliku)</translation>
    </message>
    <message>
      <source>Save as &amp;file…</source>
      <translation>Zapisz do &amp;pliku…</translation>
    </message>
    <message>
      <source>Mapping &amp;name:</source>
      <translation>&amp;Nazwa mapowania:</translation>
    </message>
    <message>
      <source>Fields marked * are required; a line also needs a SKU, an EAN or a product name.</source>
      <translation>Pola oznaczone * są wymagane; pozycja musi mieć też SKU, EAN lub nazwę produktu.</translation>
    </message>
    <message>
      <source>Map a column to '{0}'.</source>
      <translation>Przypisz kolumnę do pola „{0}”.</translation>
    </message>
    <message>
      <source>Map a column to the SKU, the EAN or the product name.</source>
      <translation>Przypisz kolumnę do SKU, EAN lub nazwy produktu.</translation>
    </message>
    <message>
      <source>One column is mapped to two fields.</source>
      <translation>Jedna kolumna jest przypisana do dwóch pól.</translation>
    </message>
    <message>
      <source>Give the mapping a name.</source>
      <translation>Nadaj mapowaniu nazwę.</translation>
    </message>
    <message>
      <source>Save the mapping as a file</source>
      <translation>Zapisz mapowanie do pliku</translation>
    </message>
    <message>
      <source>Mapping (*.json)</source>
      <translation>Mapowanie (*.json)</translation>
    </message>
  </context>
  <context>
    <name>MappingFields</name>
    <message>
      <source>Order number</source>
      <translation>Numer zamówienia</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>Data zamówienia</translation>
    </message>
    <message>
      <source>Buyer's name</source>
      <translation>Imię i nazwisko kupującego</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Street and number</source>
      <translation>Ulica i numer</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>Kod pocztowy</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Miejscowość</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>EAN</source>
      <translation>EAN</translation>
    </message>
    <message>
      <source>Product name</source>
      <translation>Nazwa produktu</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Unit price (gross)</source>
      <translation>Cena jedn. brutto</translation>
    </message>
    <message>
      <source>VAT rate</source>
      <translation>Stawka VAT</translation>
    </message>
    <message>
      <source>Shipping method</source>
      <translation>Sposób dostawy</translation>
    </message>
    <message>
      <source>Shipping cost</source>
      <translation>Koszt dostawy</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Rabat</translation>
    </message>
    <message>
      <source>Payment method</source>
      <translation>Sposób płatności</translation>
    </message>
    <message>
      <source>Payment status</source>
      <translation>Status płatności</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Waluta</translation>
    </message>
    <message>
      <source>Buyer's note</source>
      <translation>Uwagi kupującego</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>Duplicate customers</source>
      <translation>Duplikaty klientów</translation>
    </message>
    <message>
      <source>Look like one person</source>
      <translation>Wyglądają na jedną osobę</translation>
    </message>
    <message>
      <source>Side by side: choose the one to keep</source>
      <translation>Obok siebie: wybierz, którego zostawić</translation>
    </message>
    <message>
      <source>&amp;Merge…</source>
      <translation>&amp;Scal…</translation>
    </message>
    <message>
      <source>Move the others' orders, contacts, complaints and invoices to the one kept</source>
      <translation>Przenieś zamówienia, kontakty, reklamacje i faktury pozostałych do zostawionego</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>the same e-mail</source>
      <translation>ten sam e-mail</translation>
    </message>
    <message>
      <source>the same phone</source>
      <translation>ten sam telefon</translation>
    </message>
    <message>
      <source>the same NIP</source>
      <translation>ten sam NIP</translation>
    </message>
    <message>
      <source>{0} customers</source>
      <translation>Klientów: {0}</translation>
    </message>
    <message>
      <source>No customers look like duplicates.</source>
      <translation>Żadni klienci nie wyglądają na duplikaty.</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Zostaw</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Customer since</source>
      <translation>Klient od</translation>
    </message>
    <message>
      <source>keep #{0}</source>
      <translation>zostaw nr {0}</translation>
    </message>
    <message>
      <source>{0} will be merged into {1} (#{2}). Their orders ({3}), contacts, complaints and invoices move to {1}; the merge is written in the history. This cannot be undone.</source>
      <translation>{0} — scalenie z klientem {1} (nr {2}). Zamówienia ({3}), kontakty, reklamacje i faktury przejdą do klienta {1}; scalenie zostanie zapisane w historii. Tego nie można cofnąć.</translation>
    </message>
    <message>
      <source>Merge customers</source>
      <translation>Scal klientów</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Scal</translation>
    </message>
    <message>
      <source>Merged: orders moved {0}, contacts {1}, complaints {2}, invoices {3}.</source>
      <translation>Scalono: przeniesione zamówienia {0}, kontakty {1}, reklamacje {2}, faktury {3}.</translation>
    </message>
  </context>
  <context>
    <name>MonthDialog</name>
    <message>
      <source>Register of a month</source>
      <translation>Rejestr miesiąca</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>Miesiąc:</translation>
    </message>
  </context>
  <context>
    <name>MonthlyReport</name>
    <message>
      <source>Monthly report %1</source>
      <translation>Raport miesięczny %1</translation>
    </message>
    <message>
      <source>Period: %1 – %2, compared with %3 – %4</source>
      <translation>Okres: %1 – %2, w porównaniu z %3 – %4</translation>
    </message>
    <message>
      <source>page %1 of %2</source>
      <translation>strona %1 z %2</translation>
    </message>
  </context>
  <context>
    <name>NotesAndHistory</name>
    <message>
      <source>The customer's note</source>
      <translation>Uwagi klienta</translation>
    </message>
    <message>
      <source>Internal notes (not shown to the customer)</source>
      <translation>Notatki wewnętrzne (niewidoczne dla klienta)</translation>
    </message>
    <message>
      <source>Customer's note</source>
      <translation>Uwagi klienta</translation>
    </message>
    <message>
      <source>Internal notes</source>
      <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
    <message>
      <source>Add a note to the history (a call, a promise to the customer)</source>
      <translation>Dodaj notatkę do historii (rozmowa telefoniczna, ustalenia z klientem)</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Dodaj notatkę</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historia</translation>
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <source>This order has unsaved changes. Close without saving?</source>
      <translation>Zamówienie ma niezapisane zmiany. Zamknąć bez zapisywania?</translation>
    </message>
    <message>
      <source>The order is verified and ready to pack.</source>
      <translation>Zamówienie zweryfikowane i gotowe do pakowania.</translation>
    </message>
    <message>
      <source>No further status</source>
      <translation>Brak kolejnych statusów</translation>
    </message>
    <message>
      <source>Cancel this order? A cancelled order cannot be reopened.</source>
      <translation>Anulować to zamówienie? Anulowanego zamówienia nie można przywrócić.</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>Anuluj zamówienie</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Nie anuluj</translation>
    </message>
    <message>
      <source>New order</source>
      <translation>Nowe zamówienie</translation>
    </message>
    <message>
      <source>New order (entered by hand)</source>
      <translation>Nowe zamówienie (wprowadzone ręcznie)</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Imię i nazwisko</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Shipping address</source>
      <translation>Adres dostawy</translation>
    </message>
    <message>
      <source>Billing address same as shipping</source>
      <translation>Adres do faktury taki sam jak adres dostawy</translation>
    </message>
    <message>
      <source>Billing address</source>
      <translation>Adres do faktury</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Pozycje</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Usuń pozycję</translation>
    </message>
    <message>
      <source>Shipping and payment</source>
      <translation>Dostawa i płatność</translation>
    </message>
    <message>
      <source>Shipping method</source>
      <translation>Sposób dostawy</translation>
    </message>
    <message>
      <source>Shipping cost</source>
      <translation>Koszt dostawy</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Płatność</translation>
    </message>
    <message>
      <source>Payment status</source>
      <translation>Status płatności</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>jeszcze brak</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>Numer przesyłki</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Zweryfikuj</translation>
    </message>
    <message>
      <source>Not a duplicate: verify</source>
      <translation>To nie duplikat: zweryfikuj</translation>
    </message>
    <message>
      <source>The buyer really ordered again: verify this order without the duplicate check (recorded in the history)</source>
      <translation>Kupujący naprawdę zamówił ponownie: zweryfikuj to zamówienie bez sprawdzania duplikatów (zostanie to zapisane w historii)</translation>
    </message>
    <message>
      <source>Allow selling below zero stock</source>
      <translation>Zezwól na sprzedaż poniżej zerowego stanu</translation>
    </message>
    <message>
      <source>This order may be verified and shipped even when its products are not available (goods on their way); recorded in the history</source>
      <translation>To zamówienie można zweryfikować i wysłać, nawet jeśli produktów nie ma na stanie (towar w drodze); zostanie to zapisane w historii</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Zmień status</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <source>Save the order (Ctrl+S)</source>
      <translation>Zapisz zamówienie (Ctrl+S)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Parcel photos</source>
      <translation>Zdjęcia paczki</translation>
    </message>
    <message>
      <source>Photos of the open parcel taken at the packing station</source>
      <translation>Zdjęcia otwartej paczki zrobione na stanowisku pakowania</translation>
    </message>
    <message>
      <source>Return form (PDF)…</source>
      <translation>Formularz zwrotu (PDF)…</translation>
    </message>
    <message>
      <source>Issue invoice</source>
      <translation>Wystaw fakturę</translation>
    </message>
    <message>
      <source>Issue this order's VAT invoice (a company invoice when the NIP is filled in)</source>
      <translation>Wystaw fakturę VAT do tego zamówienia (na firmę, gdy NIP jest wpisany)</translation>
    </message>
    <message>
      <source>Contact…</source>
      <translation>Kontakt…</translation>
    </message>
    <message>
      <source>Log a call, an e-mail or a chat about this order</source>
      <translation>Zapisz rozmowę, e-mail lub czat w sprawie tego zamówienia</translation>
    </message>
    <message>
      <source>Reply…</source>
      <translation>Odpowiedz…</translation>
    </message>
    <message>
      <source>Answer the customer from a template filled with this order</source>
      <translation>Odpowiedz klientowi z szablonu wypełnionego danymi tego zamówienia</translation>
    </message>
    <message>
      <source>Parcel photos ({0})</source>
      <translation>Zdjęcia paczki ({0})</translation>
    </message>
    <message>
      <source>Order {0}</source>
      <translation>Zamówienie {0}</translation>
    </message>
    <message>
      <source> · from {0} {1}</source>
      <translation> · źródło: {0} {1}</translation>
    </message>
    <message>
      <source>Order {number} — {status}</source>
      <translation>Zamówienie {number} — {status}</translation>
    </message>
    <message>
      <source>Cannot go to packing:</source>
      <translation>Nie można przekazać do pakowania:</translation>
    </message>
    <message>
      <source>This order is {0}: its data can no longer be changed; notes and status changes still can.</source>
      <translation>Status zamówienia: {0} – jego danych nie można już zmieniać; nadal można dodawać notatki i zmieniać status.</translation>
    </message>
    <message>
      <source>Invoice {0}</source>
      <translation>Faktura {0}</translation>
    </message>
    <message>
      <source>Print {0}</source>
      <translation>Drukuj {0}</translation>
    </message>
    <message>
      <source>Preview {0}</source>
      <translation>Podgląd {0}</translation>
    </message>
    <message>
      <source>Items: {0}</source>
      <translation>Sztuk: {0}</translation>
    </message>
    <message>
      <source>lines {0}</source>
      <translation>pozycje {0}</translation>
    </message>
    <message>
      <source>shipping {0}</source>
      <translation>dostawa {0}</translation>
    </message>
    <message>
      <source>discount −{0}</source>
      <translation>rabat −{0}</translation>
    </message>
    <message>
      <source>Total {0}</source>
      <translation>Razem {0}</translation>
    </message>
  </context>
  <context>
    <name>OrderInvoiceActions</name>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Open the invoice settings</source>
      <translation>Otwórz ustawienia faktur</translation>
    </message>
    <message>
      <source>Fill in the seller's data in the invoice settings first: {0}.</source>
      <translation>Najpierw uzupełnij dane sprzedawcy w ustawieniach faktur; brakuje: {0}.</translation>
    </message>
    <message>
      <source>An invoice must state the seller's name, address and NIP.</source>
      <translation>Faktura musi podawać nazwę, adres i NIP sprzedawcy.</translation>
    </message>
    <message>
      <source>Invoice {0} is issued.</source>
      <translation>Faktura {0} jest wystawiona.</translation>
    </message>
    <message>
      <source>Print it</source>
      <translation>Wydrukuj ją</translation>
    </message>
    <message>
      <source>Select the orders to invoice first.</source>
      <translation>Najpierw zaznacz zamówienia do zafakturowania.</translation>
    </message>
    <message>
      <source>Issuing invoices…</source>
      <translation>Wystawianie faktur…</translation>
    </message>
    <message>
      <source>Invoices issued: {0}. Refused: {1}.</source>
      <translation>Wystawione faktury: {0}. Odmowy: {1}.</translation>
    </message>
    <message>
      <source>Stopped by Cancel: the orders after that were not tried.</source>
      <translation>Przerwane przyciskiem Anuluj: dalszych zamówień nie próbowano.</translation>
    </message>
    <message>
      <source>Print the issued ones</source>
      <translation>Wydrukuj wystawione</translation>
    </message>
    <message>
      <source>Printing cancelled.</source>
      <translation>Drukowanie anulowane.</translation>
    </message>
    <message>
      <source>Printed on {0}; pages: {1}.</source>
      <translation>Wydrukowano na {0}; stron: {1}.</translation>
    </message>
  </context>
  <context>
    <name>OrdersActions</name>
    <message numerus="yes">
      <source>Ready to pack: {0} of %Ln order(s).</source>
      <translation>
        <numerusform>Gotowe do pakowania: {0} z %Ln zamówienia.</numerusform>
        <numerusform>Gotowe do pakowania: {0} z %Ln zamówień.</numerusform>
        <numerusform>Gotowe do pakowania: {0} z %Ln zamówień.</numerusform>
      </translation>
    </message>
    <message>
      <source>Verification</source>
      <translation>Weryfikacja</translation>
    </message>
    <message>
      <source>These cannot go to packing yet:</source>
      <translation>Tych zamówień nie można jeszcze przekazać do pakowania:</translation>
    </message>
    <message>
      <source>No status change is allowed for all selected orders</source>
      <translation>Brak zmiany statusu dozwolonej dla wszystkich zaznaczonych zamówień</translation>
    </message>
    <message>
      <source>Cancel orders</source>
      <translation>Anuluj zamówienia</translation>
    </message>
    <message numerus="yes">
      <source>Cancel %Ln order(s)? Cancelled orders stay in the list and cannot be reopened.</source>
      <translation>
        <numerusform>Anulować %Ln zamówienie? Anulowane zamówienia zostają na liście i nie można ich przywrócić.</numerusform>
        <numerusform>Anulować %Ln zamówienia? Anulowane zamówienia zostają na liście i nie można ich przywrócić.</numerusform>
        <numerusform>Anulować %Ln zamówień? Anulowane zamówienia zostają na liście i nie można ich przywrócić.</numerusform>
      </translation>
    </message>
    <message>
      <source>Select the orders to pick first.</source>
      <translation>Najpierw zaznacz zamówienia do skompletowania.</translation>
    </message>
    <message>
      <source>Select the orders whose packing slips to print first.</source>
      <translation>Najpierw zaznacz zamówienia, których listy pakunkowe wydrukować.</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message>
      <source>Printing cancelled.</source>
      <translation>Drukowanie anulowane.</translation>
    </message>
    <message>
      <source>Printed on {0}; pages: {1}.</source>
      <translation>Wydrukowano na {0}; stron: {1}.</translation>
    </message>
    <message>
      <source>Marked to pack first.</source>
      <translation>Oznaczono do pakowania w pierwszej kolejności.</translation>
    </message>
    <message>
      <source>No longer marked to pack first.</source>
      <translation>Zdjęto oznaczenie pakowania w pierwszej kolejności.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s) exported to {0}</source>
      <translation>
        <numerusform>Wyeksportowano %Ln zamówienie do {0}</numerusform>
        <numerusform>Wyeksportowano %Ln zamówienia do {0}</numerusform>
        <numerusform>Wyeksportowano %Ln zamówień do {0}</numerusform>
      </translation>
    </message>
    <message>
      <source>Keep them</source>
      <translation>Nie anuluj</translation>
    </message>
    <message>
      <source>The selected orders are already paid.</source>
      <translation>Zaznaczone zamówienia są już opłacone.</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Exporting orders…</source>
      <translation>Eksportowanie zamówień…</translation>
    </message>
  </context>
  <context>
    <name>OrdersModel</name>
    <message>
      <source>New</source>
      <translation>Nowe</translation>
    </message>
    <message>
      <source>Awaiting payment</source>
      <translation>Czeka na płatność</translation>
    </message>
    <message>
      <source>Ready to pack</source>
      <translation>Gotowe do pakowania</translation>
    </message>
    <message>
      <source>Packing</source>
      <translation>W pakowaniu</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Spakowane</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Wysłane</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Doręczone</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Wstrzymane</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Anulowane</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Zwrócone</translation>
    </message>
    <message>
      <source>Prepaid</source>
      <translation>Przedpłata</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Przelew</translation>
    </message>
    <message>
      <source>Cash on delivery</source>
      <translation>Pobranie</translation>
    </message>
    <message>
      <source>Unpaid</source>
      <translation>Nieopłacone</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Opłacone</translation>
    </message>
    <message>
      <source>Refunded</source>
      <translation>Zwrócono pieniądze</translation>
    </message>
    <message>
      <source>Partially refunded</source>
      <translation>Zwrócono część</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numer</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Sztuk</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Wartość</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Płatność</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Shipping</source>
      <translation>Dostawa</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>Numer przesyłki</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problemy</translation>
    </message>
    <message>
      <source>Pack first: the packing station takes this order before older ones.</source>
      <translation>Pakuj najpierw: stanowisko pakowania weźmie to zamówienie przed starszymi.</translation>
    </message>
    <message>
      <source>Cannot go to packing:</source>
      <translation>Nie można przekazać do pakowania:</translation>
    </message>
  </context>
  <context>
    <name>OrdersTab</name>
    <message>
      <source>Opening the shop…</source>
      <translation>Otwieranie sklepu…</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Search: number, name, e-mail, phone, SKU, EAN, tracking (Ctrl+F)</source>
      <translation>Szukaj: numer, nazwisko, e-mail, telefon, SKU, EAN, nr przesyłki (Ctrl+F)</translation>
    </message>
    <message>
      <source>New order</source>
      <translation>Nowe zamówienie</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Otwórz</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Zweryfikuj</translation>
    </message>
    <message>
      <source>Check the selected orders; those without problems go to packing</source>
      <translation>Sprawdź zaznaczone zamówienia; te bez problemów trafią do pakowania</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Zmień status</translation>
    </message>
    <message>
      <source>Mark paid</source>
      <translation>Oznacz jako opłacone</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Drukuj</translation>
    </message>
    <message>
      <source>Pick &amp;list…</source>
      <translation>&amp;Lista kompletacyjna…</translation>
    </message>
    <message>
      <source>Print one pick list of the selected orders (A4, in bin order)</source>
      <translation>Drukuj jedną listę kompletacyjną zaznaczonych zamówień (A4, w kolejności lokalizacji)</translation>
    </message>
    <message>
      <source>Packing &amp;slips…</source>
      <translation>Listy &amp;pakunkowe…</translation>
    </message>
    <message>
      <source>Print the packing slip of each selected order</source>
      <translation>Drukuj listę pakunkową każdego zaznaczonego zamówienia</translation>
    </message>
    <message>
      <source>Pack &amp;first</source>
      <translation>Pakuj &amp;najpierw</translation>
    </message>
    <message>
      <source>The packing station takes these orders before older ones; again to put them back in their turn</source>
      <translation>Stanowisko pakowania weźmie te zamówienia przed starszymi; ponownie, by przywrócić zwykłą kolejność</translation>
    </message>
    <message>
      <source>Issue &amp;invoices…</source>
      <translation>Wystaw &amp;faktury…</translation>
    </message>
    <message>
      <source>Issue the VAT invoice of each selected order that has none (Ctrl+Shift+I)</source>
      <translation>Wystaw fakturę VAT każdemu zaznaczonemu zamówieniu, które jej nie ma (Ctrl+Shift+I)</translation>
    </message>
    <message>
      <source>&amp;New order</source>
      <translation>&amp;Nowe zamówienie</translation>
    </message>
    <message>
      <source>Find order</source>
      <translation>Znajdź zamówienie</translation>
    </message>
    <message>
      <source>&amp;Import orders…</source>
      <translation>&amp;Importuj zamówienia…</translation>
    </message>
    <message>
      <source>&amp;Export orders…</source>
      <translation>&amp;Eksportuj zamówienia…</translation>
    </message>
    <message>
      <source>Counting orders…</source>
      <translation>Liczenie zamówień…</translation>
    </message>
    <message numerus="yes">
      <source>%Ln order(s)</source>
      <translation>
        <numerusform>%Ln zamówienie</numerusform>
        <numerusform>%Ln zamówienia</numerusform>
        <numerusform>%Ln zamówień</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The first {0} of %Ln order(s) are selected; narrow the list with a filter or the search to act on the others.</source>
      <translation>
        <numerusform>Zaznaczono pierwsze {0} z %Ln zamówienia; zawęź listę filtrem lub wyszukiwaniem, aby objąć pozostałe.</numerusform>
        <numerusform>Zaznaczono pierwsze {0} z %Ln zamówień; zawęź listę filtrem lub wyszukiwaniem, aby objąć pozostałe.</numerusform>
        <numerusform>Zaznaczono pierwsze {0} z %Ln zamówień; zawęź listę filtrem lub wyszukiwaniem, aby objąć pozostałe.</numerusform>
      </translation>
    </message>
    <message>
      <source>Orders are never deleted. To drop an order, change its status to Cancelled.</source>
      <translation>Zamówień się nie usuwa. Aby zrezygnować z zamówienia, zmień jego status na „Anulowane”.</translation>
    </message>
    <message>
      <source>Export the orders in the list</source>
      <translation>Eksportuj zamówienia z listy</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>PackLogDialog</name>
    <message>
      <source>Pack log</source>
      <translation>Dziennik pakowania</translation>
    </message>
    <message>
      <source>All packers</source>
      <translation>Wszyscy pakujący</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dzień</translation>
    </message>
    <message>
      <source>Packer</source>
      <translation>Pakujący</translation>
    </message>
    <message>
      <source>Orders packed</source>
      <translation>Spakowane zamówienia</translation>
    </message>
    <message>
      <source>Median time per order</source>
      <translation>Mediana czasu na zamówienie</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Sztuki</translation>
    </message>
    <message>
      <source>Wrong scans caught</source>
      <translation>Wyłapane błędne skany</translation>
    </message>
    <message>
      <source>Packed with PIN</source>
      <translation>Spakowane z PIN-em</translation>
    </message>
    <message>
      <source>Export to XLSX…</source>
      <translation>Eksportuj do XLSX…</translation>
    </message>
    <message>
      <source>Both sheets: per packer and day, and every packed order (Ctrl+E)</source>
      <translation>Oba arkusze: według pakującego i dnia oraz każde spakowane zamówienie (Ctrl+E)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Do</translation>
    </message>
    <message>
      <source>The start date is after the end date.</source>
      <translation>Data początkowa jest późniejsza niż data końcowa.</translation>
    </message>
    <message>
      <source>Nothing was packed on these days.</source>
      <translation>W tych dniach nic nie spakowano.</translation>
    </message>
    <message>
      <source>Total: orders packed {0} · median time per order {1} · units {2} · wrong scans caught {3} · packed with PIN {4}</source>
      <translation>Razem: spakowane zamówienia {0} · mediana czasu na zamówienie {1} · sztuki {2} · wyłapane błędne skany {3} · spakowane z PIN-em {4}</translation>
    </message>
    <message>
      <source>Export the pack log</source>
      <translation>Eksport dziennika pakowania</translation>
    </message>
    <message>
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting the pack log…</source>
      <translation>Eksportowanie dziennika pakowania…</translation>
    </message>
    <message>
      <source>Exported to {0}</source>
      <translation>Wyeksportowano do {0}</translation>
    </message>
  </context>
  <context>
    <name>PackingStation</name>
    <message>
      <source>All carriers</source>
      <translation>Wszyscy przewoźnicy</translation>
    </message>
    <message>
      <source>No carrier matched</source>
      <translation>Bez dopasowanego przewoźnika</translation>
    </message>
    <message>
      <source>Carrier (F9):</source>
      <translation>Przewoźnik (F9):</translation>
    </message>
    <message>
      <source>Pack first</source>
      <translation>Najpierw</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Czeka</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>Przewoźnik</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Sztuk</translation>
    </message>
    <message>
      <source>Being packed at</source>
      <translation>Pakowane na</translation>
    </message>
    <message>
      <source>Ready to ship</source>
      <translation>Gotowe do wysyłki</translation>
    </message>
    <message>
      <source>Weight:</source>
      <translation>Waga:</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Gabaryt:</translation>
    </message>
    <message>
      <source>Packed (Enter)</source>
      <translation>Spakowane (Enter)</translation>
    </message>
    <message>
      <source> · location-first</source>
      <translation> · najpierw półka</translation>
    </message>
    <message>
      <source>{0} at {1}{2}</source>
      <translation>{0} · {1}{2}</translation>
    </message>
    <message>
      <source>Packing: waiting for an order</source>
      <translation>Pakowanie: czekam na zamówienie</translation>
    </message>
    <message>
      <source>Scan the packing slip or a tracking number — or Enter for the next</source>
      <translation>Zeskanuj list pakunkowy lub numer przesyłki — albo Enter: następne</translation>
    </message>
    <message>
      <source>Scan an order to open it, or press F2 (or Enter) for the next in the queue.</source>
      <translation>Zeskanuj zamówienie, by je otworzyć, albo naciśnij F2 (lub Enter): następne z kolejki.</translation>
    </message>
    <message>
      <source>F2 next order · F5 refresh · F6 location-first · F9 carrier · F10 reprint the last label · Ctrl+Shift+L pick list of the queue</source>
      <translation>F2 następne · F5 odśwież · F6 najpierw półka · F9 przewoźnik · F10 ponów ostatnią etykietę · Ctrl+Shift+L lista kompletacyjna kolejki</translation>
    </message>
    <message>
      <source>{0} min</source>
      <translation>{0} min</translation>
    </message>
    <message>
      <source>{0} h</source>
      <translation>{0} godz.</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0} dni</translation>
    </message>
    <message>
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <source>Ready to pack: {0}</source>
      <translation>Do spakowania: {0}</translation>
    </message>
    <message>
      <source>Order {0} is open: pack it, hold it (F4) or close it (Esc) first.</source>
      <translation>Zamówienie {0} jest otwarte: najpierw je spakuj, wstrzymaj (F4) albo zamknij (Esc).</translation>
    </message>
    <message>
      <source>Nothing waits to be packed.</source>
      <translation>Nic nie czeka na spakowanie.</translation>
    </message>
    <message>
      <source>No order has the number or tracking number {0}.</source>
      <translation>Żadne zamówienie nie ma numeru ani numeru przesyłki {0}.</translation>
    </message>
    <message>
      <source>{0}

That station has not touched it for a while. Take the order over?</source>
      <translation>{0}

Tamto stanowisko od dawna go nie ruszało. Przejąć zamówienie?</translation>
    </message>
    <message>
      <source>{0}

Take it over only if that station is not packing it (it crashed or was left). Take the order over?</source>
      <translation>{0}

Przejmij je tylko wtedy, gdy tamto stanowisko go nie pakuje (zawiesiło się albo zostało porzucone). Przejąć zamówienie?</translation>
    </message>
    <message>
      <source>Order packed elsewhere</source>
      <translation>Zamówienie pakowane gdzie indziej</translation>
    </message>
    <message>
      <source>Order {0}</source>
      <translation>Zamówienie {0}</translation>
    </message>
    <message>
      <source>  ★ pack first</source>
      <translation>  ★ pakuj najpierw</translation>
    </message>
    <message>
      <source>no carrier matched</source>
      <translation>brak dopasowanego przewoźnika</translation>
    </message>
    <message>
      <source>{0} · {1} · {2}</source>
      <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
      <source>Note: {0}</source>
      <translation>Uwaga: {0}</translation>
    </message>
    <message>
      <source>F3 undo · F4 hold · F6 location-first · F7 photo · F8 pack with PIN · Esc close the order · 5* before a scan: five pieces</source>
      <translation>F3 cofnij · F4 wstrzymaj · F6 najpierw półka · F7 zdjęcie · F8 spakuj z PIN-em · Esc zamknij zamówienie · 5* przed skanem: pięć sztuk</translation>
    </message>
    <message>
      <source>Scan the items: {0} pieces on {1} lines.</source>
      <translation>Skanuj towary: sztuk {0}, pozycji {1}.</translation>
    </message>
    <message>
      <source>Go to shelf {0} and scan its code.</source>
      <translation>Idź do półki {0} i zeskanuj jej kod.</translation>
    </message>
    <message>
      <source>Scan an item (EAN, SKU or a pack's code)</source>
      <translation>Zeskanuj towar (EAN, SKU lub kod opakowania)</translation>
    </message>
    <message>
      <source>Location-first: scan a shelf's code, then its items.</source>
      <translation>Najpierw półka: zeskanuj kod półki, potem jej towary.</translation>
    </message>
    <message>
      <source>Next shelf: {0}.</source>
      <translation>Następna półka: {0}.</translation>
    </message>
    <message>
      <source>Location-first is off: scan the items in any order.</source>
      <translation>Bez półek: skanuj towary w dowolnej kolejności.</translation>
    </message>
    <message>
      <source>Enter: packed · or type the weight in kg, or a size</source>
      <translation>Enter: spakowane · albo wpisz wagę w kg lub gabaryt</translation>
    </message>
    <message>
      <source>All {0} pieces are scanned. Check the weight and size, then Enter: packed.</source>
      <translation>Wszystkie sztuki zeskanowane ({0}). Sprawdź wagę i gabaryt, potem Enter: spakowane.</translation>
    </message>
    <message>
      <source>{0} kg</source>
      <translation>{0} kg</translation>
    </message>
    <message>
      <source>type it</source>
      <translation>wpisz ją</translation>
    </message>
    <message>
      <source>{0} kg is no parcel weight: more than 0, at most {1} kg.</source>
      <translation>{0} kg to nie waga paczki: więcej niż 0, najwyżej {1} kg.</translation>
    </message>
    <message>
      <source>From the scale</source>
      <translation>Z wagi</translation>
    </message>
    <message>
      <source>Typed</source>
      <translation>Wpisana</translation>
    </message>
    <message>
      <source>Size {0}. Enter: packed.</source>
      <translation>Gabaryt {0}. Enter: spakowane.</translation>
    </message>
    <message>
      <source>The order is complete: Enter packs it, or type the weight.</source>
      <translation>Zamówienie jest kompletne: Enter je pakuje, albo wpisz wagę.</translation>
    </message>
    <message>
      <source>Weight {0} kg. Enter: packed.</source>
      <translation>Waga {0} kg. Enter: spakowane.</translation>
    </message>
    <message>
      <source>A photo is taken when every item is scanned.</source>
      <translation>Zdjęcie robi się, gdy wszystkie towary są zeskanowane.</translation>
    </message>
    <message>
      <source>Photo taken ({0} KB); it is kept with the order.</source>
      <translation>Zdjęcie zrobione ({0} KB); zostaje przy zamówieniu.</translation>
    </message>
    <message>
      <source>Not every item is scanned ({0}). Scan them, or F8: pack with the owner's PIN.</source>
      <translation>Nie wszystko zeskanowane ({0}). Zeskanuj brakujące albo F8: spakuj z PIN-em właściciela.</translation>
    </message>
    <message>
      <source>Type the parcel's weight in kg, then Enter (or put it on the scale).</source>
      <translation>Wpisz wagę paczki w kg i Enter (albo połóż ją na wadze).</translation>
    </message>
    <message>
      <source>Order {0} packed in {1}:{2:02d}.</source>
      <translation>Zamówienie {0} spakowane w {1}:{2:02d}.</translation>
    </message>
    <message>
      <source>No label: {0}</source>
      <translation>Bez etykiety: {0}</translation>
    </message>
    <message>
      <source>The label and the invoice are printing.</source>
      <translation>Drukują się etykieta i faktura.</translation>
    </message>
    <message>
      <source>The label is printing.</source>
      <translation>Etykieta się drukuje.</translation>
    </message>
    <message>
      <source>Order {0} is packed, but it has no invoice: {1}</source>
      <translation>Zamówienie {0} jest spakowane, ale nie ma faktury: {1}</translation>
    </message>
    <message>
      <source>Not printed: {0}</source>
      <translation>Nie wydrukowano: {0}</translation>
    </message>
    <message>
      <source>The pick list of the next {0} orders is printing.</source>
      <translation>Drukuje się lista kompletacyjna następnych zamówień: {0}.</translation>
    </message>
    <message>
      <source>No label was printed at this station yet.</source>
      <translation>Na tym stanowisku nie wydrukowano jeszcze etykiety.</translation>
    </message>
    <message>
      <source>The label of order {0} is printing again.</source>
      <translation>Etykieta zamówienia {0} drukuje się ponownie.</translation>
    </message>
    <message>
      <source>Every item is scanned: Enter packs the order, no PIN needed.</source>
      <translation>Wszystko zeskanowane: Enter pakuje zamówienie, PIN niepotrzebny.</translation>
    </message>
    <message>
      <source>Pack order {0} without: {1}</source>
      <translation>Spakuj zamówienie {0} bez: {1}</translation>
    </message>
    <message>
      <source>Type the parcel's weight in kg first (the order is not complete, so it is not asked for).</source>
      <translation>Najpierw wpisz wagę paczki w kg (zamówienie nie jest kompletne, więc nie padło o nią pytanie).</translation>
    </message>
    <message>
      <source>Hold order {0}, why? {1}  {2}: another reason · Esc: back to packing</source>
      <translation>Wstrzymać zamówienie {0}, dlaczego? {1}  {2}: inny powód · Esc: wróć do pakowania</translation>
    </message>
    <message>
      <source>Why is the order held? Type it, then Enter</source>
      <translation>Dlaczego wstrzymane? Wpisz i Enter</translation>
    </message>
    <message>
      <source>Type the reason, then Enter (Esc: back to packing).</source>
      <translation>Wpisz powód i Enter (Esc: wróć do pakowania).</translation>
    </message>
    <message>
      <source>Order {0} is on hold: {1}. It waits in the Orders tab's problems; its items stay reserved.</source>
      <translation>Zamówienie {0} wstrzymane: {1}. Czeka w problemach na karcie Zamówienia; jego towary zostają zarezerwowane.</translation>
    </message>
    <message>
      <source>Not held: go on packing.</source>
      <translation>Nie wstrzymano: pakuj dalej.</translation>
    </message>
    <message>
      <source>Close the order</source>
      <translation>Zamknij zamówienie</translation>
    </message>
    <message>
      <source>Close order {0} without packing it? The {1} scanned pieces are forgotten and it goes back to the queue.</source>
      <translation>Zamknąć zamówienie {0} bez pakowania? Zeskanowane sztuki ({1}) przepadną, a zamówienie wróci do kolejki.</translation>
    </message>
  </context>
  <context>
    <name>PackingTab</name>
    <message>
      <source>Pack log… (Ctrl+L)</source>
      <translation>Dziennik pakowania… (Ctrl+L)</translation>
    </message>
    <message>
      <source>Station settings…</source>
      <translation>Ustawienia stanowiska…</translation>
    </message>
    <message>
      <source>Station mode (F11)</source>
      <translation>Tryb stanowiska (F11)</translation>
    </message>
    <message>
      <source>Set the owner's PIN in the station settings first: leaving station mode needs it.</source>
      <translation>Najpierw ustaw PIN właściciela w ustawieniach stanowiska: wyjście z trybu stanowiska go wymaga.</translation>
    </message>
    <message>
      <source>Leave station mode (F11)</source>
      <translation>Wyjdź z trybu stanowiska (F11)</translation>
    </message>
    <message>
      <source>Station mode: only packing and label reprints; F11 and the owner's PIN to leave.</source>
      <translation>Tryb stanowiska: tylko pakowanie i ponowny wydruk etykiet; wyjście: F11 i PIN właściciela.</translation>
    </message>
    <message>
      <source>Station mode is off.</source>
      <translation>Tryb stanowiska wyłączony.</translation>
    </message>
    <message>
      <source>Leave station mode: the owner's PIN.</source>
      <translation>Wyjście z trybu stanowiska: PIN właściciela.</translation>
    </message>
    <message>
      <source>The PIN is wrong: the station stays locked.</source>
      <translation>Zły PIN: stanowisko zostaje zablokowane.</translation>
    </message>
  </context>
  <context>
    <name>PaidDialog</name>
    <message>
      <source>Mark paid</source>
      <translation>Oznacz jako zapłacone</translation>
    </message>
    <message>
      <source>Invoices:</source>
      <translation>Faktury:</translation>
    </message>
    <message>
      <source>Paid on:</source>
      <translation>Data zapłaty:</translation>
    </message>
  </context>
  <context>
    <name>ParcelCamera</name>
    <message>
      <source>No camera</source>
      <translation>Brak kamery</translation>
    </message>
    <message>
      <source>No camera is connected.</source>
      <translation>Nie podłączono kamery.</translation>
    </message>
    <message>
      <source>The camera did not get ready; try again.</source>
      <translation>Kamera nie była gotowa; spróbuj ponownie.</translation>
    </message>
    <message>
      <source>The photo could not be saved as JPEG.</source>
      <translation>Nie udało się zapisać zdjęcia jako JPEG.</translation>
    </message>
    <message>
      <source>The photo could not be taken: {0}</source>
      <translation>Nie udało się zrobić zdjęcia: {0}</translation>
    </message>
    <message>
      <source>The camera reported an error: {0}</source>
      <translation>Kamera zgłosiła błąd: {0}</translation>
    </message>
  </context>
  <context>
    <name>PersonalData</name>
    <message>
      <source>Export the customer's personal data</source>
      <translation>Eksport danych osobowych klienta</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
      <translation>Skoroszyt Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Personal data</source>
      <translation>Dane osobowe</translation>
    </message>
    <message>
      <source>Everything the shop holds about the customer is saved in {0}.</source>
      <translation>Wszystko, co sklep przechowuje o kliencie, zapisano w {0}.</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonimizacja</translation>
    </message>
  </context>
  <context>
    <name>PhotosDialog</name>
    <message>
      <source>Parcel photos: order {0}</source>
      <translation>Zdjęcia paczki: zamówienie {0}</translation>
    </message>
    <message>
      <source>{0} · {1} ({2})</source>
      <translation>{0} · {1} ({2})</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <source>The owner's PIN</source>
      <translation>PIN właściciela</translation>
    </message>
    <message>
      <source>e.g. the customer agreed to get it later</source>
      <translation>np. klient zgodził się dostać to później</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>Dlaczego:</translation>
    </message>
    <message>
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <source>Say why.</source>
      <translation>Podaj powód.</translation>
    </message>
    <message>
      <source>Type the PIN.</source>
      <translation>Wpisz PIN.</translation>
    </message>
  </context>
  <context>
    <name>PrintService</name>
    <message>
      <source>Nothing to print.</source>
      <translation>Nie ma nic do wydrukowania.</translation>
    </message>
    <message>
      <source>Preparing documents...</source>
      <translation>Przygotowywanie dokumentów…</translation>
    </message>
    <message>
      <source>{0} documents</source>
      <translation>Dokumenty: {0}</translation>
    </message>
    <message>
      <source>Printing {0}...</source>
      <translation>Drukowanie: {0}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <source>Print preview: {0}</source>
      <translation>Podgląd wydruku: {0}</translation>
    </message>
  </context>
  <context>
    <name>PrinterBox</name>
    <message>
      <source>(system default printer)</source>
      <translation>(domyślna drukarka systemu)</translation>
    </message>
    <message>
      <source>{0} (not installed here)</source>
      <translation>{0} (niezainstalowana na tym komputerze)</translation>
    </message>
    <message>
      <source>100 x 150 mm label</source>
      <translation>Etykieta 100 × 150 mm</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Pionowa</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Pozioma</translation>
    </message>
    <message>
      <source>{0} dpi</source>
      <translation>{0} dpi</translation>
    </message>
    <message>
      <source>Thermal printer that takes ZPL (labels are sent as ZPL, not as pictures)</source>
      <translation>Drukarka termiczna obsługująca ZPL (etykiety są wysyłane jako ZPL, nie jako obrazy)</translation>
    </message>
    <message>
      <source>Print without asking (no print dialog)</source>
      <translation>Drukuj bez pytania (bez okna drukowania)</translation>
    </message>
    <message>
      <source>&amp;Printer:</source>
      <translation>&amp;Drukarka:</translation>
    </message>
    <message>
      <source>P&amp;aper:</source>
      <translation>&amp;Papier:</translation>
    </message>
    <message>
      <source>&amp;Orientation:</source>
      <translation>&amp;Orientacja:</translation>
    </message>
    <message>
      <source>&amp;Resolution:</source>
      <translation>&amp;Rozdzielczość:</translation>
    </message>
  </context>
  <context>
    <name>PrinterSettingsDialog</name>
    <message>
      <source>Printers, shipping and invoices settings</source>
      <translation>Ustawienia drukarek, wysyłki i faktur</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Etykiety</translation>
    </message>
    <message>
      <source>A4 documents (manifests, invoices)</source>
      <translation>Dokumenty A4 (protokoły nadania, faktury)</translation>
    </message>
    <message>
      <source>A4, on the A4 printer</source>
      <translation>A4, na drukarce A4</translation>
    </message>
    <message>
      <source>A6, on the label printer</source>
      <translation>A6, na drukarce etykiet</translation>
    </message>
    <message>
      <source>Packing &amp;slips:</source>
      <translation>Listy &amp;pakunkowe:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nazwa:</translation>
    </message>
    <message>
      <source>&amp;Company:</source>
      <translation>&amp;Firma:</translation>
    </message>
    <message>
      <source>&amp;Street:</source>
      <translation>&amp;Ulica:</translation>
    </message>
    <message>
      <source>Postal &amp;code:</source>
      <translation>&amp;Kod pocztowy:</translation>
    </message>
    <message>
      <source>C&amp;ity:</source>
      <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
      <source>P&amp;hone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>Default locker si&amp;ze:</source>
      <translation>Domyślny &amp;gabaryt (paczkomat):</translation>
    </message>
    <message>
      <source>Default &amp;weight:</source>
      <translation>Domyślna &amp;waga:</translation>
    </message>
    <message>
      <source>Own delivery number &amp;prefix:</source>
      <translation>Pref&amp;iks numerów dostaw własnych:</translation>
    </message>
    <message>
      <source>Printers</source>
      <translation>Drukarki</translation>
    </message>
    <message>
      <source>Sender and parcels</source>
      <translation>Nadawca i paczki</translation>
    </message>
    <message>
      <source>Carriers</source>
      <translation>Przewoźnicy</translation>
    </message>
    <message>
      <source>Shipping methods</source>
      <translation>Sposoby dostawy</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Dzisiaj</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>The document could not be opened for printing.</source>
      <translation>Nie udało się otworzyć dokumentu do wydruku.</translation>
    </message>
    <message>
      <source>The printer stopped taking pages.</source>
      <translation>Drukarka przestała przyjmować strony.</translation>
    </message>
    <message>
      <source>The printer '{0}' could not start the job.</source>
      <translation>Drukarka „{0}” nie mogła rozpocząć zadania.</translation>
    </message>
    <message>
      <source>Unknown paper '{0}'.</source>
      <translation>Nieznany format papieru „{0}”.</translation>
    </message>
    <message>
      <source>The printer '{0}' is not installed on this computer. Choose another one in the printer settings.</source>
      <translation>Drukarka „{0}” nie jest zainstalowana na tym komputerze. Wybierz inną w ustawieniach drukarek.</translation>
    </message>
    <message>
      <source>No printer is installed on this computer.</source>
      <translation>Na tym komputerze nie ma zainstalowanej żadnej drukarki.</translation>
    </message>
    <message>
      <source>The printer '{0}' does not take {1} paper.</source>
      <translation>Drukarka „{0}” nie obsługuje papieru {1}.</translation>
    </message>
    <message>
      <source>pywin32 is missing, so ZPL cannot be sent to the printer. Turn off 'ZPL' in the printer settings to print labels through the printer's driver.</source>
      <translation>Brak pakietu pywin32, więc nie można wysłać ZPL do drukarki. Wyłącz „ZPL” w ustawieniach drukarki, aby drukować etykiety przez sterownik drukarki.</translation>
    </message>
    <message>
      <source>The 'lp' command of CUPS is missing, so ZPL cannot be sent to the printer.</source>
      <translation>Brak polecenia „lp” systemu CUPS, więc nie można wysłać ZPL do drukarki.</translation>
    </message>
    <message>
      <source>Choose the label printer in the printer settings first.</source>
      <translation>Najpierw wybierz drukarkę etykiet w ustawieniach drukarek.</translation>
    </message>
    <message>
      <source>The printer '{0}' refused the job: {1}</source>
      <translation>Drukarka „{0}” odrzuciła zadanie: {1}</translation>
    </message>
  </context>
  <context>
    <name>PrintingModels</name>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Receiver</source>
      <translation>Odbiorca</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>Przewoźnik</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>Numer przesyłki</translation>
    </message>
    <message>
      <source>Still needs</source>
      <translation>Jeszcze potrzebuje</translation>
    </message>
    <message>
      <source>Order status</source>
      <translation>Status zamówienia</translation>
    </message>
    <message>
      <source>Waiting since</source>
      <translation>Czeka od</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Drukarka</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Kto</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Strony</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Wynik</translation>
    </message>
    <message>
      <source>Packed order</source>
      <translation>Spakowane zamówienie</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etykieta</translation>
    </message>
    <message>
      <source>Carrier's label</source>
      <translation>Etykieta przewoźnika</translation>
    </message>
    <message>
      <source>Dispatch manifest</source>
      <translation>Protokół nadania</translation>
    </message>
    <message>
      <source>Packing slip</source>
      <translation>Lista pakunkowa</translation>
    </message>
    <message>
      <source>Pick list</source>
      <translation>Lista kompletacyjna</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <source>Complaint letter</source>
      <translation>Pismo w sprawie reklamacji</translation>
    </message>
    <message>
      <source>Return form</source>
      <translation>Formularz zwrotu</translation>
    </message>
    <message>
      <source>nothing more</source>
      <translation>nic więcej</translation>
    </message>
    <message>
      <source>(reprint)</source>
      <translation>(ponowny wydruk)</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Wydrukowano</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Anulowano</translation>
    </message>
    <message>
      <source>Failed: {0}</source>
      <translation>Błąd: {0}</translation>
    </message>
  </context>
  <context>
    <name>PrintingTab</name>
    <message>
      <source>All documents</source>
      <translation>Wszystkie dokumenty</translation>
    </message>
    <message>
      <source>Labels</source>
      <translation>Etykiety</translation>
    </message>
    <message>
      <source>Carriers' labels</source>
      <translation>Etykiety przewoźników</translation>
    </message>
    <message>
      <source>Dispatch manifests</source>
      <translation>Protokoły nadania</translation>
    </message>
    <message>
      <source>Packed orders with nothing to print</source>
      <translation>Spakowane zamówienia bez wydruków</translation>
    </message>
    <message>
      <source>All carriers</source>
      <translation>Wszyscy przewoźnicy</translation>
    </message>
    <message>
      <source>Order, receiver, tracking number...</source>
      <translation>Zamówienie, odbiorca, numer przesyłki…</translation>
    </message>
    <message>
      <source>&amp;Packed orders only</source>
      <translation>&amp;Tylko spakowane zamówienia</translation>
    </message>
    <message>
      <source>Scan or type an order number, Enter: its shipment</source>
      <translation>Zeskanuj lub wpisz nr zamówienia, Enter: przesyłka</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Pokaż:</translation>
    </message>
    <message>
      <source>&amp;Print selected</source>
      <translation>&amp;Drukuj zaznaczone</translation>
    </message>
    <message>
      <source>Print &amp;all packed labels</source>
      <translation>Drukuj &amp;wszystkie etykiety spakowanych</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>&amp;Podgląd</translation>
    </message>
    <message>
      <source>Save as P&amp;DF...</source>
      <translation>Zapisz jako P&amp;DF...</translation>
    </message>
    <message>
      <source>&amp;Reprint</source>
      <translation>Drukuj p&amp;onownie</translation>
    </message>
    <message>
      <source>&amp;Shipment...</source>
      <translation>Prz&amp;esyłka…</translation>
    </message>
    <message>
      <source>&amp;Import tracking numbers...</source>
      <translation>&amp;Importuj numery przesyłek…</translation>
    </message>
    <message>
      <source>&amp;Dispatch manifests...</source>
      <translation>Protokoły &amp;nadania…</translation>
    </message>
    <message>
      <source>Printers and s&amp;ender...</source>
      <translation>Drukarki i n&amp;adawca…</translation>
    </message>
    <message>
      <source>Waiting to print</source>
      <translation>Oczekujące na wydruk</translation>
    </message>
    <message>
      <source>Print log</source>
      <translation>Historia wydruków</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Drukowanie</translation>
    </message>
    <message numerus="yes">
      <source>%n shown.</source>
      <translation>
        <numerusform>Na liście: %n.</numerusform>
        <numerusform>Na liście: %n.</numerusform>
        <numerusform>Na liście: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n document(s) waiting to print,</source>
      <translation>
        <numerusform>%n dokument czeka na wydruk,</numerusform>
        <numerusform>%n dokumenty czekają na wydruk,</numerusform>
        <numerusform>%n dokumentów czeka na wydruk,</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n packed order(s).</source>
      <translation>
        <numerusform>%n spakowane zamówienie.</numerusform>
        <numerusform>%n spakowane zamówienia.</numerusform>
        <numerusform>%n spakowanych zamówień.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n packed order(s) cannot get a label yet (see Still needs).</source>
      <translation>
        <numerusform>%n spakowane zamówienie nie może jeszcze dostać etykiety (zob. kolumnę Jeszcze potrzebuje).</numerusform>
        <numerusform>%n spakowane zamówienia nie mogą jeszcze dostać etykiety (zob. kolumnę Jeszcze potrzebuje).</numerusform>
        <numerusform>%n spakowanych zamówień nie może jeszcze dostać etykiety (zob. kolumnę Jeszcze potrzebuje).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Printed %n page(s)</source>
      <translation>
        <numerusform>Wydrukowano %n stronę</numerusform>
        <numerusform>Wydrukowano %n strony</numerusform>
        <numerusform>Wydrukowano %n stron</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>of %n document(s) on {0}.</source>
      <translation>
        <numerusform>z %n dokumentu na {0}.</numerusform>
        <numerusform>z %n dokumentów na {0}.</numerusform>
        <numerusform>z %n dokumentów na {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %n tracking number(s) set,</source>
      <translation>
        <numerusform>{0}: ustawiono %n numer przesyłki,</numerusform>
        <numerusform>{0}: ustawiono %n numery przesyłek,</numerusform>
        <numerusform>{0}: ustawiono %n numerów przesyłek,</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged.</source>
      <translation>
        <numerusform>bez zmian: %n.</numerusform>
        <numerusform>bez zmian: %n.</numerusform>
        <numerusform>bez zmian: %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>The sender is not filled in, so labels print without it: set it in Printers and sender...</source>
      <translation>Nie uzupełniono nadawcy, więc etykiety drukują się bez niego: uzupełnij go w „Drukarki i nadawca…”.</translation>
    </message>
    <message>
      <source>No shipment yet, so no label: {0}. Make it with Shipment...</source>
      <translation>Brak przesyłki, więc nie ma etykiety: {0}. Utwórz ją przyciskiem Przesyłka...</translation>
    </message>
    <message>
      <source>Select the documents to print first.</source>
      <translation>Najpierw zaznacz dokumenty do wydrukowania.</translation>
    </message>
    <message>
      <source>Without a label: {0}</source>
      <translation>Bez etykiety: {0}</translation>
    </message>
    <message>
      <source>No labels of packed orders are waiting.</source>
      <translation>Brak oczekujących etykiet spakowanych zamówień.</translation>
    </message>
    <message>
      <source>Select the label or document to save first.</source>
      <translation>Najpierw zaznacz etykietę lub dokument do zapisania.</translation>
    </message>
    <message>
      <source>label {0}</source>
      <translation>etykieta {0}</translation>
    </message>
    <message>
      <source>manifest</source>
      <translation>protokół</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Zapisz jako PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n page(s) to {0}.</source>
      <translation>
        <numerusform>Zapisano %n stronę w {0}.</numerusform>
        <numerusform>Zapisano %n strony w {0}.</numerusform>
        <numerusform>Zapisano %n stron w {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Select what to print again in the log first.</source>
      <translation>Najpierw zaznacz w historii, co wydrukować ponownie.</translation>
    </message>
    <message>
      <source>Not printed: {0}</source>
      <translation>Nie wydrukowano: {0}</translation>
    </message>
    <message>
      <source>Printing cancelled; nothing was marked as printed.</source>
      <translation>Drukowanie anulowane; nic nie zostało oznaczone jako wydrukowane.</translation>
    </message>
    <message>
      <source>Select a label of the order whose shipment to change.</source>
      <translation>Zaznacz etykietę zamówienia, którego przesyłkę chcesz zmienić.</translation>
    </message>
    <message>
      <source>Tracking numbers from the carrier</source>
      <translation>Numery przesyłek od przewoźnika</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt)</source>
      <translation>Pliki CSV (*.csv *.txt)</translation>
    </message>
  </context>
  <context>
    <name>ProductDialog</name>
    <message>
      <source>New product</source>
      <translation>Nowy produkt</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Dane</translation>
    </message>
    <message>
      <source>Movements</source>
      <translation>Ruchy magazynowe</translation>
    </message>
    <message>
      <source>Reservations</source>
      <translation>Rezerwacje</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <source>Adjust stock…</source>
      <translation>Koryguj stan…</translation>
    </message>
    <message>
      <source>Write off…</source>
      <translation>Spisz ze stanu…</translation>
    </message>
    <message>
      <source>Return to stock…</source>
      <translation>Zwrot na magazyn…</translation>
    </message>
    <message>
      <source>Goods a buyer sent back (a return or a complaint) go on the shelf</source>
      <translation>Towar odesłany przez kupującego (zwrot lub reklamacja) wraca na półkę</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Scan or type the EAN/GTIN</source>
      <translation>Zeskanuj lub wpisz EAN/GTIN</translation>
    </message>
    <message>
      <source>SKU made by the products import from Shopify's product handle and options: this variant has no SKU in Shopify.</source>
      <translation>SKU nadane przez import produktów na podstawie identyfikatora (handle) produktu i opcji z Shopify: ten wariant nie ma SKU w Shopify.</translation>
    </message>
    <message>
      <source>exempt (zw)</source>
      <translation>zwolniony (zw)</translation>
    </message>
    <message>
      <source> g</source>
      <translation> g</translation>
    </message>
    <message>
      <source> mm</source>
      <translation> mm</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>brak danych</translation>
    </message>
    <message>
      <source>e.g. A-03-2</source>
      <translation>np. A-03-2</translation>
    </message>
    <message>
      <source>Variants share a group name</source>
      <translation>Warianty mają wspólną nazwę grupy</translation>
    </message>
    <message>
      <source>e.g. Mugs, Coffee</source>
      <translation>np. Kubki, Kawa</translation>
    </message>
    <message>
      <source>The reports add up sales per category; pick one the shop already uses from the list as you type</source>
      <translation>Raporty sumują sprzedaż według kategorii; podczas pisania wybierz z listy kategorię, której sklep już używa</translation>
    </message>
    <message>
      <source> days</source>
      <translation> dni</translation>
    </message>
    <message>
      <source>Active (uncheck to archive)</source>
      <translation>Aktywny (odznacz, aby zarchiwizować)</translation>
    </message>
    <message>
      <source>none</source>
      <translation>brak</translation>
    </message>
    <message>
      <source>The producer's guarantee in months; a complaint shows how much of it is left. Empty: the product has none.</source>
      <translation>Gwarancja producenta w miesiącach; przy reklamacji widać, ile z niej zostało. Puste: produkt nie ma gwarancji.</translation>
    </message>
    <message>
      <source>The EAN printed on a pack of it (a box of 6), if it has one</source>
      <translation>EAN nadrukowany na opakowaniu zbiorczym (np. kartonie 6 sztuk), jeśli je ma</translation>
    </message>
    <message>
      <source>At the packing station one scan of this code counts the units in pack</source>
      <translation>Na stanowisku pakowania jeden skan tego kodu liczy wszystkie sztuki z opakowania</translation>
    </message>
    <message>
      <source>no pack</source>
      <translation>brak opakowania</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>EAN / GTIN</source>
      <translation>EAN / GTIN</translation>
    </message>
    <message>
      <source>Pack EAN</source>
      <translation>EAN opakowania</translation>
    </message>
    <message>
      <source>Gross price</source>
      <translation>Cena brutto</translation>
    </message>
    <message>
      <source>Units in pack</source>
      <translation>Sztuk w opakowaniu</translation>
    </message>
    <message>
      <source>VAT rate</source>
      <translation>Stawka VAT</translation>
    </message>
    <message>
      <source>Purchase price (net)</source>
      <translation>Cena zakupu (netto)</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <source>Dimensions (L × W × H)</source>
      <translation>Wymiary (dł. × szer. × wys.)</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokalizacja</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Dostawca</translation>
    </message>
    <message>
      <source>Guarantee (months)</source>
      <translation>Gwarancja (miesiące)</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>Stan minimalny</translation>
    </message>
    <message>
      <source>Reorder quantity</source>
      <translation>Ilość zamawiana</translation>
    </message>
    <message>
      <source>Lead time</source>
      <translation>Czas dostawy</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Grupa</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategoria</translation>
    </message>
    <message>
      <source>Opening stock</source>
      <translation>Stan początkowy</translation>
    </message>
    <message>
      <source>All movements</source>
      <translation>Wszystkie ruchy</translation>
    </message>
    <message>
      <source>Goods receipts (PZ)</source>
      <translation>Przyjęcia (PZ)</translation>
    </message>
    <message>
      <source>Goods issues (WZ)</source>
      <translation>Wydania (WZ)</translation>
    </message>
    <message>
      <source>Returns to stock</source>
      <translation>Zwroty na magazyn</translation>
    </message>
    <message>
      <source>Write-offs</source>
      <translation>Spisania ze stanu</translation>
    </message>
    <message>
      <source>Adjustments</source>
      <translation>Korekty</translation>
    </message>
    <message>
      <source>Stocktakes</source>
      <translation>Inwentaryzacje</translation>
    </message>
    <message>
      <source>Goods receipt (PZ)</source>
      <translation>Przyjęcie (PZ)</translation>
    </message>
    <message>
      <source>Goods issue (WZ)</source>
      <translation>Wydanie (WZ)</translation>
    </message>
    <message>
      <source>Return to stock</source>
      <translation>Zwrot na magazyn</translation>
    </message>
    <message>
      <source>Write-off</source>
      <translation>Spisanie ze stanu</translation>
    </message>
    <message>
      <source>Adjustment</source>
      <translation>Korekta</translation>
    </message>
    <message>
      <source>Stocktake</source>
      <translation>Inwentaryzacja</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>Movement</source>
      <translation>Ruch</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>Supplier / order</source>
      <translation>Dostawca / zamówienie</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kto</translation>
    </message>
    <message>
      <source>Purchase price</source>
      <translation>Cena zakupu</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notatka</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Ordered on</source>
      <translation>Data zamówienia</translation>
    </message>
    <message>
      <source>Double-click to open the order</source>
      <translation>Kliknij dwukrotnie, aby otworzyć zamówienie</translation>
    </message>
    <message>
      <source>Product {0}</source>
      <translation>Produkt {0}</translation>
    </message>
    <message>
      <source>{0}: on hand {1} · reserved {2} · available {3}</source>
      <translation>{0}: na stanie {1} · zarezerwowane {2} · dostępne {3}</translation>
    </message>
    <message>
      <source>Only the newest {0} movements are shown; choose a kind of movement to see older ones.</source>
      <translation>Pokazano tylko najnowsze ruchy (liczba: {0}); wybierz rodzaj ruchu, aby zobaczyć starsze.</translation>
    </message>
    <message>
      <source>Type how many units one pack holds (2 to {0}).</source>
      <translation>Wpisz, ile sztuk mieści jedno opakowanie (od 2 do {0}).</translation>
    </message>
    <message>
      <source>{0} is the EAN of one unit; a pack has an EAN of its own.</source>
      <translation>{0} to EAN pojedynczej sztuki; opakowanie ma własny EAN.</translation>
    </message>
    <message>
      <source>Type the {0}.</source>
      <translation>Wpisz: {0}.</translation>
    </message>
    <message>
      <source>'{0}' is not a price ({1}).</source>
      <translation>„{0}” nie jest poprawną ceną ({1}).</translation>
    </message>
    <message>
      <source>gross price</source>
      <translation>cena brutto</translation>
    </message>
    <message>
      <source>purchase price</source>
      <translation>cena zakupu</translation>
    </message>
    <message>
      <source>EAN {0} already belongs to {1}.</source>
      <translation>EAN {0} należy już do produktu {1}.</translation>
    </message>
  </context>
  <context>
    <name>ProductsImportPreview</name>
    <message>
      <source>Import products</source>
      <translation>Import produktów</translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s). Import?</source>
      <translation>
        <numerusform>%n ostrzeżenie. Zaimportować?</numerusform>
        <numerusform>%n ostrzeżenia. Zaimportować?</numerusform>
        <numerusform>%n ostrzeżeń. Zaimportować?</numerusform>
      </translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importuj</translation>
    </message>
  </context>
  <context>
    <name>ReceiptDialog</name>
    <message>
      <source>Goods receipt (PZ)</source>
      <translation>Przyjęcie towaru (PZ)</translation>
    </message>
    <message>
      <source>The supplier's invoice or delivery note number</source>
      <translation>Numer faktury lub dowodu dostawy od dostawcy</translation>
    </message>
    <message>
      <source>Scan an EAN or type an SKU, then Enter</source>
      <translation>Zeskanuj EAN lub wpisz SKU i naciśnij Enter</translation>
    </message>
    <message>
      <source>Units added by each scan (for cartons)</source>
      <translation>Sztuk dodawanych przy każdym skanie (dla kartonów)</translation>
    </message>
    <message>
      <source>Create a product…</source>
      <translation>Utwórz produkt…</translation>
    </message>
    <message>
      <source>SKU of the product this code belongs to</source>
      <translation>SKU produktu, do którego należy ten kod</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Powiąż</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Pomiń</translation>
    </message>
    <message>
      <source>Post receipt</source>
      <translation>Zatwierdź przyjęcie</translation>
    </message>
    <message>
      <source>Record one goods receipt document (Ctrl+Enter)</source>
      <translation>Zapisz jeden dokument przyjęcia PZ (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Dostawca</translation>
    </message>
    <message>
      <source>Supplier's document</source>
      <translation>Dokument dostawcy</translation>
    </message>
    <message>
      <source>+{0} {1} {2} (now {3})</source>
      <translation>+{0} {1} {2} (teraz {3})</translation>
    </message>
    <message>
      <source>— archived product: bring it back on its card to sell it</source>
      <translation>— produkt zarchiwizowany: przywróć go na jego karcie, aby go sprzedawać</translation>
    </message>
    <message>
      <source>Misread code {0}: scan it again</source>
      <translation>Błędnie odczytany kod {0}: zeskanuj go jeszcze raz</translation>
    </message>
    <message>
      <source>{0} is no valid EAN: its check digit is wrong, so a digit was misread or mistyped. Scan the package again or type the code carefully.</source>
      <translation>{0} to nie jest poprawny EAN: cyfra kontrolna się nie zgadza, więc któraś cyfra została źle odczytana lub źle wpisana. Zeskanuj opakowanie jeszcze raz albo starannie wpisz kod.</translation>
    </message>
    <message>
      <source>Unknown code {0}</source>
      <translation>Nieznany kod {0}</translation>
    </message>
    <message>
      <source>No product has the code {0}.</source>
      <translation>Żaden produkt nie ma kodu {0}.</translation>
    </message>
    <message numerus="yes">
      <source>%n product(s)</source>
      <translation>
        <numerusform>%n produkt</numerusform>
        <numerusform>%n produkty</numerusform>
        <numerusform>%n produktów</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n sztuka</numerusform>
        <numerusform>%n sztuki</numerusform>
        <numerusform>%n sztuk</numerusform>
      </translation>
    </message>
    <message>
      <source>Discard the scanned lines? Nothing has been received yet.</source>
      <translation>Odrzucić zeskanowane pozycje? Nic jeszcze nie zostało przyjęte.</translation>
    </message>
  </context>
  <context>
    <name>ReceiptLinesModel</name>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Purchase price (net)</source>
      <translation>Cena zakupu (netto)</translation>
    </message>
  </context>
  <context>
    <name>RefundDialog</name>
    <message>
      <source>Refund: {0}</source>
      <translation>Zwrot pieniędzy: {0}</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>Towar</translation>
    </message>
    <message>
      <source>Shipping</source>
      <translation>Wysyłka</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Sposób</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Termin</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialog</name>
    <message>
      <source>Register a complaint or return</source>
      <translation>Rejestracja reklamacji lub zwrotu</translation>
    </message>
    <message>
      <source>Scan or type an order or tracking number, then Enter</source>
      <translation>Zeskanuj lub wpisz numer zamówienia albo przesyłki i naciśnij Enter</translation>
    </message>
    <message>
      <source>Name, e-mail, phone or company</source>
      <translation>Imię i nazwisko, e-mail, telefon lub firma</translation>
    </message>
    <message>
      <source>&amp;Order or parcel:</source>
      <translation>&amp;Zamówienie lub paczka:</translation>
    </message>
    <message>
      <source>or &amp;customer:</source>
      <translation>albo kl&amp;ient:</translation>
    </message>
    <message>
      <source>Find the order first, or search the customer.</source>
      <translation>Najpierw znajdź zamówienie albo wyszukaj klienta.</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Cena</translation>
    </message>
    <message>
      <source>Bought</source>
      <translation>Kupiono</translation>
    </message>
    <message>
      <source>In other cases</source>
      <translation>W innych sprawach</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Without an order: the product and the customer</source>
      <translation>Bez zamówienia: produkt i klient</translation>
    </message>
    <message>
      <source>SKU:</source>
      <translation>SKU:</translation>
    </message>
    <message>
      <source>Qty:</source>
      <translation>Ilość:</translation>
    </message>
    <message>
      <source>Product:</source>
      <translation>Produkt:</translation>
    </message>
    <message>
      <source>Customer:</source>
      <translation>Klient:</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Telefon:</translation>
    </message>
    <message>
      <source>E-mail:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Adres:</translation>
    </message>
    <message>
      <source>&amp;Add files…</source>
      <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
      <source>Re&amp;move</source>
      <translation>&amp;Usuń</translation>
    </message>
    <message>
      <source>Photos and files from the customer:</source>
      <translation>Zdjęcia i pliki od klienta:</translation>
    </message>
    <message>
      <source>What the customer says is wrong</source>
      <translation>Co według klienta jest nie tak</translation>
    </message>
    <message>
      <source>Who gives the guarantee (maker, importer)</source>
      <translation>Kto udziela gwarancji (producent, importer)</translation>
    </message>
    <message>
      <source>The guarantee's terms (period, where to send it)</source>
      <translation>Warunki gwarancji (okres, dokąd wysłać)</translation>
    </message>
    <message>
      <source>The customer says it was delivered on:</source>
      <translation>Według klienta doręczono:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
      <source>C&amp;hannel:</source>
      <translation>&amp;Kanał:</translation>
    </message>
    <message>
      <source>&amp;Received on:</source>
      <translation>Data &amp;otrzymania:</translation>
    </message>
    <message>
      <source>&amp;Demand:</source>
      <translation>&amp;Żądanie:</translation>
    </message>
    <message>
      <source>R&amp;eason:</source>
      <translation>&amp;Przyczyna:</translation>
    </message>
    <message>
      <source>Descri&amp;ption:</source>
      <translation>Opi&amp;s:</translation>
    </message>
    <message>
      <source>&amp;Guarantor:</source>
      <translation>&amp;Gwarant:</translation>
    </message>
    <message>
      <source>Guarantee &amp;terms:</source>
      <translation>&amp;Warunki gwarancji:</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>Zarejestru&amp;j</translation>
    </message>
    <message>
      <source>Register the case (Ctrl+Enter)</source>
      <translation>Zarejestruj sprawę (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <source>Order {0}: {1}</source>
      <translation>Zamówienie {0}: {1}</translation>
    </message>
    <message>
      <source>shipped {0}</source>
      <translation>wysłano {0}</translation>
    </message>
    <message>
      <source>delivered {0}</source>
      <translation>doręczono {0}</translation>
    </message>
    <message>
      <source>earlier cases: {0}</source>
      <translation>wcześniejsze sprawy: {0}</translation>
    </message>
    <message>
      <source>All of this line is in other cases already.</source>
      <translation>Cała ta pozycja jest już w innych sprawach.</translation>
    </message>
    <message>
      <source>No customer found</source>
      <translation>Nie znaleziono klienta</translation>
    </message>
    <message>
      <source>Order {0}</source>
      <translation>Zamówienie {0}</translation>
    </message>
    <message>
      <source>No order: type the product</source>
      <translation>Bez zamówienia: wpisz produkt</translation>
    </message>
    <message>
      <source>No order: type the product and check the customer's data.</source>
      <translation>Bez zamówienia: wpisz produkt i sprawdź dane klienta.</translation>
    </message>
    <message>
      <source>Delivered on {0} (from the order).</source>
      <translation>Doręczono {0} (z zamówienia).</translation>
    </message>
    <message>
      <source>The periods are counted from the delivery day typed above.</source>
      <translation>Terminy liczone od wpisanej powyżej daty doręczenia.</translation>
    </message>
    <message>
      <source>The delivery day is unknown: the periods are estimated from the shipping day, {0}.</source>
      <translation>Data doręczenia nieznana: terminy liczone szacunkowo od dnia wysyłki, {0}.</translation>
    </message>
    <message>
      <source>The delivery day is unknown and the order was not shipped: type the delivery day to count the periods.</source>
      <translation>Data doręczenia nieznana, a zamówienie nie zostało wysłane: wpisz datę doręczenia, aby policzyć terminy.</translation>
    </message>
    <message>
      <source>Without an order the delivery day is not known: type it to count the periods.</source>
      <translation>Bez zamówienia data doręczenia nie jest znana: wpisz ją, aby policzyć terminy.</translation>
    </message>
    <message>
      <source>{0}: cannot be counted without a delivery or shipping day</source>
      <translation>{0}: nie da się policzyć bez daty doręczenia lub wysyłki</translation>
    </message>
    <message>
      <source>{0}: until {1} (days left: {2})</source>
      <translation>{0}: do {1} (pozostało dni: {2})</translation>
    </message>
    <message>
      <source>{0}: the period ended on {1}</source>
      <translation>{0}: termin minął {1}</translation>
    </message>
    <message>
      <source> (estimated)</source>
      <translation> (szacunkowo)</translation>
    </message>
    <message>
      <source>Liability</source>
      <translation>Rękojmia</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>Odstąpienie</translation>
    </message>
    <message>
      <source>Guarantee ({0})</source>
      <translation>Gwarancja ({0})</translation>
    </message>
    <message>
      <source>Photos and files from the customer</source>
      <translation>Zdjęcia i pliki od klienta</translation>
    </message>
    <message>
      <source>Tick the order's lines the case is about.</source>
      <translation>Zaznacz pozycje zamówienia, których dotyczy sprawa.</translation>
    </message>
    <message>
      <source>Find the order first (scan or type its number), or pick a customer.</source>
      <translation>Najpierw znajdź zamówienie (zeskanuj lub wpisz jego numer) albo wybierz klienta.</translation>
    </message>
  </context>
  <context>
    <name>RemedyPanel</name>
    <message>
      <source>{0} is not an amount.</source>
      <translation>{0}: to nie jest kwota.</translation>
    </message>
    <message>
      <source>What follows from the decision</source>
      <translation>Co wynika z decyzji</translation>
    </message>
    <message>
      <source>Take goods back…</source>
      <translation>Przyjmij towar…</translation>
    </message>
    <message>
      <source>Correction invoice…</source>
      <translation>Faktura korygująca…</translation>
    </message>
    <message>
      <source>Refund…</source>
      <translation>Zwrot pieniędzy…</translation>
    </message>
    <message>
      <source>Mark as paid…</source>
      <translation>Oznacz jako wypłacony…</translation>
    </message>
    <message>
      <source>Replacement order</source>
      <translation>Zamówienie zamienne</translation>
    </message>
    <message>
      <source>Supplier claim…</source>
      <translation>Reklamacja u dostawcy…</translation>
    </message>
    <message>
      <source>Supplier's answer…</source>
      <translation>Odpowiedź dostawcy…</translation>
    </message>
    <message>
      <source>Credit received…</source>
      <translation>Otrzymane uznanie…</translation>
    </message>
    <message>
      <source>Remedy: {0}</source>
      <translation>Rozwiązanie: {0}</translation>
    </message>
    <message>
      <source>No remedy decided yet.</source>
      <translation>Nie zdecydowano jeszcze o rozwiązaniu.</translation>
    </message>
    <message>
      <source>Nothing done yet.</source>
      <translation>Nic jeszcze nie zrobiono.</translation>
    </message>
    <message>
      <source>Goods taken back: {0} to stock, {1} written off ({2})</source>
      <translation>Towar przyjęty: {0} na stan, {1} do spisania ({2})</translation>
    </message>
    <message>
      <source>Correction invoice: {0}</source>
      <translation>Faktura korygująca: {0}</translation>
    </message>
    <message>
      <source>Refund {0}: paid on {1}</source>
      <translation>Zwrot {0}: wypłacony {1}</translation>
    </message>
    <message>
      <source>Refund {0}: due by {1}, not paid yet</source>
      <translation>Zwrot {0}: termin {1}, jeszcze niewypłacony</translation>
    </message>
    <message>
      <source>Replacement order: {0}</source>
      <translation>Zamówienie zamienne: {0}</translation>
    </message>
    <message>
      <source>Supplier claim at {0}, sent {1}</source>
      <translation>Reklamacja u dostawcy {0}, wysłana {1}</translation>
    </message>
    <message>
      <source>; answer of {0}: {1}</source>
      <translation>; odpowiedź z {0}: {1}</translation>
    </message>
    <message>
      <source>; credit {0} received {1}</source>
      <translation>; uznanie {0} otrzymane {1}</translation>
    </message>
    <message>
      <source>Refund paid: {0}</source>
      <translation>Wypłata zwrotu: {0}</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Kwota</translation>
    </message>
    <message>
      <source>Paid on</source>
      <translation>Wypłacono dnia</translation>
    </message>
    <message>
      <source>A new order of the case's goods at 0,00 and free shipping, to the same customer and address, goes to packing with its stock reserved.</source>
      <translation>Nowe zamówienie na towar ze sprawy, po 0,00 i z darmową wysyłką, do tego samego klienta i na ten sam adres, trafi do pakowania z zarezerwowanym stanem.</translation>
    </message>
    <message>
      <source>Supplier claim: {0}</source>
      <translation>Reklamacja u dostawcy: {0}</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Dostawca</translation>
    </message>
    <message>
      <source>Sent on</source>
      <translation>Wysłano dnia</translation>
    </message>
    <message>
      <source>Supplier's answer: {0}</source>
      <translation>Odpowiedź dostawcy: {0}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Odpowiedź</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>Data odpowiedzi</translation>
    </message>
    <message>
      <source>e.g. 25,00</source>
      <translation>np. 25,00</translation>
    </message>
    <message>
      <source>Credit received: {0}</source>
      <translation>Otrzymane uznanie: {0}</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Uznanie</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Otrzymane dnia</translation>
    </message>
    <message>
      <source>The credit</source>
      <translation>Uznanie</translation>
    </message>
  </context>
  <context>
    <name>ReorderDialog</name>
    <message>
      <source>Reorder suggestions</source>
      <translation>Propozycje zamówień u dostawców</translation>
    </message>
    <message>
      <source>Show every active product</source>
      <translation>Pokaż wszystkie aktywne produkty</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Dostawca</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Dostępne</translation>
    </message>
    <message>
      <source>Sold 30 d</source>
      <translation>Sprz. 30 d</translation>
    </message>
    <message>
      <source>Sold 90 d</source>
      <translation>Sprz. 90 d</translation>
    </message>
    <message>
      <source>Per day</source>
      <translation>Dziennie</translation>
    </message>
    <message>
      <source>Days of cover</source>
      <translation>Zapas (dni)</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>Stan min.</translation>
    </message>
    <message>
      <source>Lead time</source>
      <translation>Czas dost.</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Do zamówienia</translation>
    </message>
    <message>
      <source>Velocity: the faster of the last 30 and 90 days of shipped orders. Suggested: enough to reach the reorder point plus the sales of the lead time, at least the reorder quantity.</source>
      <translation>Tempo sprzedaży: szybsze z ostatnich 30 i 90 dni wysłanych zamówień. Do zamówienia: tyle, by osiągnąć stan minimalny plus sprzedaż w czasie dostawy, co najmniej ilość zamawiana.</translation>
    </message>
    <message>
      <source>Export order sheets…</source>
      <translation>Eksportuj arkusze zamówień…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>All suppliers</source>
      <translation>Wszyscy dostawcy</translation>
    </message>
    <message>
      <source>(no supplier)</source>
      <translation>(bez dostawcy)</translation>
    </message>
    <message>
      <source>Folder for the order sheets</source>
      <translation>Folder na arkusze zamówień</translation>
    </message>
    <message>
      <source>Written: {0}</source>
      <translation>Zapisano: {0}</translation>
    </message>
  </context>
  <context>
    <name>ReplyDialog</name>
    <message>
      <source>Answer from a template</source>
      <translation>Odpowiedź z szablonu</translation>
    </message>
    <message>
      <source>All topics</source>
      <translation>Wszystkie tematy</translation>
    </message>
    <message>
      <source>Templates…</source>
      <translation>Szablony…</translation>
    </message>
    <message>
      <source>T&amp;opic:</source>
      <translation>T&amp;emat:</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Do:</translation>
    </message>
    <message>
      <source>&amp;Subject:</source>
      <translation>&amp;Temat wiadomości:</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>T&amp;reść:</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiuj</translation>
    </message>
    <message>
      <source>Copy the subject and the text to the clipboard and log the answer</source>
      <translation>Skopiuj temat i treść do schowka i zapisz odpowiedź jako kontakt</translation>
    </message>
    <message>
      <source>Open in the &amp;mail client</source>
      <translation>Otwórz w programie &amp;pocztowym</translation>
    </message>
    <message>
      <source>Open a new message in the mail program and log the answer</source>
      <translation>Otwórz nową wiadomość w programie pocztowym i zapisz odpowiedź jako kontakt</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>(no e-mail address)</source>
      <translation>(brak adresu e-mail)</translation>
    </message>
    <message>
      <source>No value for: {0}. Write it in by hand or remove it.</source>
      <translation>Brak wartości dla: {0}. Wpisz ją ręcznie albo usuń pole.</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
      <source>No mail program opened. Copy the text instead.</source>
      <translation>Nie otworzył się program pocztowy. Skopiuj tekst.</translation>
    </message>
    <message>
      <source>Opened in the mail program.</source>
      <translation>Otwarto w programie pocztowym.</translation>
    </message>
    <message>
      <source>Logged as a contact.</source>
      <translation>Zapisano jako kontakt.</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <source>This month</source>
      <translation>Ten miesiąc</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Ten rok</translation>
    </message>
    <message>
      <source>From – to</source>
      <translation>Od – do</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dzień</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Tydzień</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Miesiąc</translation>
    </message>
    <message>
      <source>Compare with the previous period</source>
      <translation>Porównaj z poprzednim okresem</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Odśwież</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Okres:</translation>
    </message>
    <message>
      <source>Step:</source>
      <translation>Krok:</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>compared with %1 – %2</source>
      <translation>w porównaniu z %1 – %2</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <source>Personal data retention</source>
      <translation>Okres przechowywania danych osobowych</translation>
    </message>
    <message>
      <source>Keep a customer's data after their last order for (months):</source>
      <translation>Przechowuj dane klienta po jego ostatnim zamówieniu przez (miesiące):</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Klient</translation>
    </message>
    <message>
      <source>Last order</source>
      <translation>Ostatnie zamówienie</translation>
    </message>
    <message>
      <source>Past since</source>
      <translation>Po terminie od</translation>
    </message>
    <message>
      <source>Anonymise selected</source>
      <translation>Anonimizuj zaznaczonych</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Customers whose last order is older than the period, with no open complaint: {0}. Tick the ones to anonymise.</source>
      <translation>Klienci, których ostatnie zamówienie jest starsze niż ten okres i którzy nie mają otwartej reklamacji: {0}. Zaznacz tych do anonimizacji.</translation>
    </message>
    <message>
      <source>Customers to anonymise: {0}. Their names, addresses, e-mails, phones, notes and contact texts are replaced everywhere; issued invoices within their keeping period stay as issued. This cannot be undone.</source>
      <translation>Klienci do anonimizacji: {0}. Ich imiona i nazwiska, adresy, e-maile, telefony, notatki i treści kontaktów zostaną wszędzie zastąpione; wystawione faktury w okresie przechowywania zostają w niezmienionej postaci. Tego nie da się cofnąć.</translation>
    </message>
  </context>
  <context>
    <name>ReturnFormActions</name>
    <message>
      <source>Preview</source>
      <translation>Podgląd</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Zapisz PDF…</translation>
    </message>
    <message>
      <source>Save the return form</source>
      <translation>Zapisz formularz zwrotu</translation>
    </message>
    <message>
      <source>return-form.pdf</source>
      <translation>formularz-zwrotu.pdf</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Return form</source>
      <translation>Formularz zwrotu</translation>
    </message>
    <message>
      <source>The return form is saved as {0}.</source>
      <translation>Formularz zwrotu zapisano jako {0}.</translation>
    </message>
  </context>
  <context>
    <name>RulesPage</name>
    <message>
      <source>Shipping method contains</source>
      <translation>Sposób dostawy zawiera</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>Przewoźnik</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Usługa</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorytet</translation>
    </message>
    <message>
      <source>e.g. Paczkomaty 24/7</source>
      <translation>np. Paczkomaty 24/7</translation>
    </message>
    <message>
      <source>&amp;Add rule</source>
      <translation>&amp;Dodaj regułę</translation>
    </message>
    <message>
      <source>Re&amp;move selected</source>
      <translation>&amp;Usuń zaznaczone</translation>
    </message>
    <message>
      <source>Imported orders' shipping method texts are matched by these rules first, then by the built-in ones (InPost, DPD, DHL, GLS, Poczta Polska, ORLEN...).</source>
      <translation>Sposoby dostawy z importowanych zamówień są dopasowywane najpierw według tych reguł, a potem według wbudowanych (InPost, DPD, DHL, GLS, Poczta Polska, ORLEN…).</translation>
    </message>
  </context>
  <context>
    <name>ScaleReader</name>
    <message>
      <source>Unknown scale protocol '{0}'.</source>
      <translation>Nieznany protokół wagi „{0}”.</translation>
    </message>
    <message>
      <source>The scale's port {0} could not be opened: {1}</source>
      <translation>Nie udało się otworzyć portu wagi {0}: {1}</translation>
    </message>
    <message>
      <source>The scale was disconnected ({0}).</source>
      <translation>Waga została odłączona ({0}).</translation>
    </message>
    <message>
      <source>The scale's port reported an error: {0}</source>
      <translation>Port wagi zgłosił błąd: {0}</translation>
    </message>
  </context>
  <context>
    <name>SentDialog</name>
    <message>
      <source>Letter sent</source>
      <translation>Pismo wysłane</translation>
    </message>
    <message>
      <source>Letter:</source>
      <translation>Pismo:</translation>
    </message>
    <message>
      <source>Sent on:</source>
      <translation>Data wysłania:</translation>
    </message>
  </context>
  <context>
    <name>SeriesDialog</name>
    <message>
      <source>Invoice series</source>
      <translation>Seria faktur</translation>
    </message>
    <message>
      <source>Invoice series {0}</source>
      <translation>Seria faktur {0}</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>Faktury</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Korekty</translation>
    </message>
    <message>
      <source>{YYYY} year, {YY} year in two digits, {MM} month, {DD} day, {N} the number ({N:04}: at least 4 digits, 0001)</source>
      <translation>{YYYY} rok, {YY} rok dwiema cyframi, {MM} miesiąc, {DD} dzień, {N} numer ({N:04}: co najmniej 4 cyfry, 0001)</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>co miesiąc</translation>
    </message>
    <message>
      <source>every year</source>
      <translation>co rok</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nigdy</translation>
    </message>
    <message>
      <source>The default series of its kind</source>
      <translation>Domyślna seria tego rodzaju</translation>
    </message>
    <message>
      <source>Make another series the default to change this.</source>
      <translation>Aby to zmienić, ustaw inną serię jako domyślną.</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Kod:</translation>
    </message>
    <message>
      <source>Numbers:</source>
      <translation>Numeruje:</translation>
    </message>
    <message>
      <source>Pattern:</source>
      <translation>Wzorzec:</translation>
    </message>
    <message>
      <source>Starts again:</source>
      <translation>Numeracja od nowa:</translation>
    </message>
    <message>
      <source>Today's first number:</source>
      <translation>Pierwszy numer dziś:</translation>
    </message>
    <message>
      <source>This series has numbered invoices: its pattern and reset stay as they are. Make a new series for other numbers.</source>
      <translation>Ta seria ma już ponumerowane faktury: jej wzorzec i okres numeracji zostają bez zmian. Dla innych numerów utwórz nową serię.</translation>
    </message>
    <message>
      <source>A series needs a code, such as FV.</source>
      <translation>Seria musi mieć kod, np. FV.</translation>
    </message>
    <message>
      <source>There is already a series {0}.</source>
      <translation>Seria {0} już istnieje.</translation>
    </message>
  </context>
  <context>
    <name>ShipmentDialog</name>
    <message>
      <source>type or scan</source>
      <translation>wpisz lub zeskanuj</translation>
    </message>
    <message>
      <source>Shipment of order {0}</source>
      <translation>Przesyłka zamówienia {0}</translation>
    </message>
    <message>
      <source>e.g. WAW123M</source>
      <translation>np. WAW123M</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Przesyłka</translation>
    </message>
    <message>
      <source>Cash on &amp;delivery</source>
      <translation>Po&amp;branie</translation>
    </message>
    <message>
      <source>Shipping method on the order:</source>
      <translation>Sposób dostawy w zamówieniu:</translation>
    </message>
    <message>
      <source>&amp;Carrier:</source>
      <translation>&amp;Przewoźnik:</translation>
    </message>
    <message>
      <source>&amp;Service:</source>
      <translation>&amp;Usługa:</translation>
    </message>
    <message>
      <source>Pick-up &amp;point:</source>
      <translation>Punkt &amp;odbioru:</translation>
    </message>
    <message>
      <source>&amp;Insurance:</source>
      <translation>Ube&amp;zpieczenie:</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>Paczki</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>Paczka</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Waga</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Gabaryt</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>Numer przesyłki</translation>
    </message>
    <message>
      <source>&amp;Add parcel</source>
      <translation>&amp;Dodaj paczkę</translation>
    </message>
    <message>
      <source>&amp;Remove last parcel</source>
      <translation>Usuń ostat&amp;nią paczkę</translation>
    </message>
    <message>
      <source>Attach carrier's &amp;label PDF...</source>
      <translation>Dołącz &amp;etykietę przewoźnika…</translation>
    </message>
    <message>
      <source>Carrier's label</source>
      <translation>Etykieta przewoźnika</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <source>{0} attached; it waits in the print queue.</source>
      <translation>Dołączono {0}; czeka w kolejce wydruku.</translation>
    </message>
  </context>
  <context>
    <name>StationSettingsDialog</name>
    <message>
      <source>Packing station settings</source>
      <translation>Ustawienia stanowiska pakowania</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>To stanowisko</translation>
    </message>
    <message>
      <source>Station name:</source>
      <translation>Nazwa stanowiska:</translation>
    </message>
    <message>
      <source>Who packs:</source>
      <translation>Kto pakuje:</translation>
    </message>
    <message>
      <source>Sounds for right and wrong scans</source>
      <translation>Dźwięki dobrego i złego skanu</translation>
    </message>
    <message>
      <source>Print the packing slip with the label</source>
      <translation>Drukuj list pakunkowy razem z etykietą</translation>
    </message>
    <message>
      <source>Print the invoice with the label</source>
      <translation>Drukuj fakturę razem z etykietą</translation>
    </message>
    <message>
      <source>A packed order's invoice is issued if it has none (a company invoice when the order has the buyer's NIP) and printed on the A4 printer</source>
      <translation>Spakowane zamówienie dostaje fakturę, jeśli jeszcze jej nie ma (na firmę, gdy zamówienie ma NIP nabywcy), drukowaną na drukarce A4</translation>
    </message>
    <message>
      <source>Location-first: scan the shelf, then its items (F6)</source>
      <translation>Najpierw półka: skanuj półkę, potem jej towary (F6)</translation>
    </message>
    <message>
      <source>Scale (serial port)</source>
      <translation>Waga (port szeregowy)</translation>
    </message>
    <message>
      <source>(no scale: the weight is typed)</source>
      <translation>(bez wagi: wagę się wpisuje)</translation>
    </message>
    <message>
      <source>MT-SICS (the station asks: S / SI)</source>
      <translation>MT-SICS (stanowisko pyta: S / SI)</translation>
    </message>
    <message>
      <source>Continuous stream (ST,GS,+  1.234kg)</source>
      <translation>Ciągły strumień (ST,GS,+  1.234kg)</translation>
    </message>
    <message>
      <source>Port:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <source>Protocol:</source>
      <translation>Protokół:</translation>
    </message>
    <message>
      <source>Speed (baud):</source>
      <translation>Prędkość (bod):</translation>
    </message>
    <message>
      <source>The owner's PIN (for packing an incomplete order and leaving station mode)</source>
      <translation>PIN właściciela (do pakowania niekompletnego zamówienia i wyjścia z trybu stanowiska)</translation>
    </message>
    <message>
      <source>Current PIN:</source>
      <translation>Obecny PIN:</translation>
    </message>
    <message>
      <source>New PIN (4 digits or more):</source>
      <translation>Nowy PIN (co najmniej 4 cyfry):</translation>
    </message>
    <message>
      <source>Settings saved; the owner's PIN is changed.</source>
      <translation>Ustawienia zapisane; PIN właściciela zmieniony.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Ustawienia zapisane.</translation>
    </message>
  </context>
  <context>
    <name>StockModel</name>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>EAN</source>
      <translation>EAN</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokalizacja</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>Stan</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>Zarezerwowane</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Dostępne</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>Stan minimalny</translation>
    </message>
    <message>
      <source>Days of cover</source>
      <translation>Zapas (dni)</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategoria</translation>
    </message>
    <message>
      <source>Available stock divided by the daily sales (the faster of the last 30 and 90 days)</source>
      <translation>Dostępny stan podzielony przez dzienną sprzedaż (szybszą z ostatnich 30 i 90 dni)</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Zarchiwizowany</translation>
    </message>
    <message>
      <source>Out of stock: nothing available to sell</source>
      <translation>Brak towaru: nic nie jest dostępne do sprzedaży</translation>
    </message>
    <message>
      <source>Low stock: available is at or below the reorder point</source>
      <translation>Niski stan: dostępna ilość jest na poziomie stanu minimalnego lub niżej</translation>
    </message>
    <message>
      <source>&lt; 1 d</source>
      <translation>&lt; 1 d</translation>
    </message>
    <message>
      <source>999+ d</source>
      <translation>999+ d</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0} d</translation>
    </message>
  </context>
  <context>
    <name>StockTab</name>
    <message>
      <source>Stock</source>
      <translation>Magazyn</translation>
    </message>
    <message>
      <source>Search: SKU, name, location, or scan an EAN (Ctrl+F)</source>
      <translation>Szukaj: SKU, nazwa, lokalizacja lub zeskanuj EAN (Ctrl+F)</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktywne</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>Niski stan</translation>
    </message>
    <message>
      <source>Out of stock</source>
      <translation>Brak na stanie</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Zarchiwizowane</translation>
    </message>
    <message>
      <source>All products</source>
      <translation>Wszystkie produkty</translation>
    </message>
    <message>
      <source>Show the Category column</source>
      <translation>Pokaż kolumnę Kategoria</translation>
    </message>
    <message>
      <source>Goods receipt</source>
      <translation>Przyjęcie towaru</translation>
    </message>
    <message>
      <source>Receive a delivery with the scanner (Ctrl+R)</source>
      <translation>Przyjmij dostawę skanerem (Ctrl+R)</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>Nowy produkt</translation>
    </message>
    <message>
      <source>Product card</source>
      <translation>Karta produktu</translation>
    </message>
    <message>
      <source>Reorder…</source>
      <translation>Zamówienia u dostawców…</translation>
    </message>
    <message>
      <source>Stocktake…</source>
      <translation>Inwentaryzacja…</translation>
    </message>
    <message>
      <source>Import products…</source>
      <translation>Importuj produkty…</translation>
    </message>
    <message>
      <source>Export stock…</source>
      <translation>Eksportuj stany…</translation>
    </message>
    <message>
      <source>Archive selected products</source>
      <translation>Zarchiwizuj zaznaczone produkty</translation>
    </message>
    <message>
      <source>Bring back selected products</source>
      <translation>Przywróć zaznaczone produkty</translation>
    </message>
    <message numerus="yes">
      <source>%n product(s)</source>
      <translation>
        <numerusform>%n produkt</numerusform>
        <numerusform>%n produkty</numerusform>
        <numerusform>%n produktów</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive %n product(s)? They leave the everyday lists; their orders and movements stay, and the Archived filter brings them back.</source>
      <translation>
        <numerusform>Zarchiwizować %n produkt? Zniknie z codziennych list; jego zamówienia i ruchy magazynowe pozostaną, a filtr „Zarchiwizowane” pozwoli go przywrócić.</numerusform>
        <numerusform>Zarchiwizować %n produkty? Znikną z codziennych list; ich zamówienia i ruchy magazynowe pozostaną, a filtr „Zarchiwizowane” pozwoli je przywrócić.</numerusform>
        <numerusform>Zarchiwizować %n produktów? Znikną z codziennych list; ich zamówienia i ruchy magazynowe pozostaną, a filtr „Zarchiwizowane” pozwoli je przywrócić.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) archived.</source>
      <translation>
        <numerusform>Zarchiwizowano %n produkt.</numerusform>
        <numerusform>Zarchiwizowano %n produkty.</numerusform>
        <numerusform>Zarchiwizowano %n produktów.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) brought back.</source>
      <translation>
        <numerusform>Przywrócono %n produkt.</numerusform>
        <numerusform>Przywrócono %n produkty.</numerusform>
        <numerusform>Przywrócono %n produktów.</numerusform>
      </translation>
    </message>
    <message>
      <source>Days of cover cannot sort the whole list; Reorder… lists what runs out first.</source>
      <translation>Według zapasu w dniach nie można posortować całej listy; „Zamówienia u dostawców…” pokazują, co skończy się najwcześniej.</translation>
    </message>
    <message>
      <source>{0} is archived; its card is open.</source>
      <translation>{0} jest w archiwum; otwarto kartę produktu.</translation>
    </message>
    <message>
      <source>{0} is not in this filter; its card is open.</source>
      <translation>{0} nie mieści się w tym filtrze; otwarto kartę produktu.</translation>
    </message>
    <message>
      <source>No product has the EAN {0}.</source>
      <translation>Żaden produkt nie ma kodu EAN {0}.</translation>
    </message>
    <message>
      <source>Archive products</source>
      <translation>Archiwizacja produktów</translation>
    </message>
    <message>
      <source>Import products</source>
      <translation>Import produktów</translation>
    </message>
    <message>
      <source>Product files (*.csv *.xlsx)</source>
      <translation>Pliki produktów (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Reading the products file…</source>
      <translation>Odczytywanie pliku produktów…</translation>
    </message>
    <message>
      <source>{0}: {1} new, {2} updated, {3} unchanged products; opening stock {4} units.</source>
      <translation>{0}: produkty nowe: {1}, zaktualizowane: {2}, bez zmian: {3}; stan początkowy: {4} szt.</translation>
    </message>
    <message>
      <source>Columns read: {0}</source>
      <translation>Odczytane kolumny: {0}</translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) exported to {0}.</source>
      <translation>
        <numerusform>Wyeksportowano %n produkt do pliku {0}.</numerusform>
        <numerusform>Wyeksportowano %n produkty do pliku {0}.</numerusform>
        <numerusform>Wyeksportowano %n produktów do pliku {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Imported {0} new and {1} updated products.</source>
      <translation>Zaimportowano produkty – nowe: {0}, zaktualizowane: {1}.</translation>
    </message>
    <message>
      <source>Importing products…</source>
      <translation>Importowanie produktów…</translation>
    </message>
    <message>
      <source>Export stock</source>
      <translation>Eksport stanów magazynowych</translation>
    </message>
    <message>
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting stock…</source>
      <translation>Eksportowanie stanów magazynowych…</translation>
    </message>
  </context>
  <context>
    <name>StocktakeDialog</name>
    <message>
      <source>Stocktake</source>
      <translation>Inwentaryzacja</translation>
    </message>
    <message>
      <source>Only locations starting with… (empty: the whole shop)</source>
      <translation>Tylko lokalizacje zaczynające się od… (puste: cały magazyn)</translation>
    </message>
    <message>
      <source>1. Export count sheet…</source>
      <translation>1. Eksportuj arkusz spisu…</translation>
    </message>
    <message>
      <source>2. Import counted sheet…</source>
      <translation>2. Importuj wypełniony arkusz…</translation>
    </message>
    <message>
      <source>3. Apply differences</source>
      <translation>3. Zaksięguj różnice</translation>
    </message>
    <message>
      <source>Export a count sheet, fill in its Counted column (leave a row empty if you did not count it), then import it here.</source>
      <translation>Wyeksportuj arkusz spisu, wypełnij w nim kolumnę „Policzone” (wiersz, którego nie liczono, zostaw pusty), a potem zaimportuj go tutaj.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Wiersz</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokalizacja</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>Stan</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Policzone</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Różnica</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Save the count sheet</source>
      <translation>Zapisz arkusz spisu</translation>
    </message>
    <message>
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>count-sheet.xlsx</source>
      <translation>arkusz-spisu.xlsx</translation>
    </message>
    <message>
      <source>Open the counted sheet</source>
      <translation>Otwórz wypełniony arkusz spisu</translation>
    </message>
    <message>
      <source>Count sheets (*.xlsx *.csv)</source>
      <translation>Arkusze spisu (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Writing the count sheet…</source>
      <translation>Zapisywanie arkusza spisu…</translation>
    </message>
    <message numerus="yes">
      <source>Count sheet with %n product(s) saved to {0}.</source>
      <translation>
        <numerusform>Zapisano arkusz spisu z %n produktem w pliku {0}.</numerusform>
        <numerusform>Zapisano arkusz spisu z %n produktami w pliku {0}.</numerusform>
        <numerusform>Zapisano arkusz spisu z %n produktami w pliku {0}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) counted</source>
      <translation>
        <numerusform>%n produkt policzony</numerusform>
        <numerusform>%n produkty policzone</numerusform>
        <numerusform>%n produktów policzonych</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) not counted (left as they are)</source>
      <translation>
        <numerusform>%n wiersz niepoliczony (stan bez zmian)</numerusform>
        <numerusform>%n wiersze niepoliczone (stan bez zmian)</numerusform>
        <numerusform>%n wierszy niepoliczonych (stan bez zmian)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n difference(s).</source>
      <translation>
        <numerusform>%n różnica.</numerusform>
        <numerusform>%n różnice.</numerusform>
        <numerusform>%n różnic.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Record %n stocktake difference(s) as one document?</source>
      <translation>
        <numerusform>Zapisać %n różnicę inwentaryzacyjną jako jeden dokument?</numerusform>
        <numerusform>Zapisać %n różnice inwentaryzacyjne jako jeden dokument?</numerusform>
        <numerusform>Zapisać %n różnic inwentaryzacyjnych jako jeden dokument?</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading the counted sheet…</source>
      <translation>Odczytywanie wypełnionego arkusza spisu…</translation>
    </message>
    <message>
      <source>Recorded as {0}.</source>
      <translation>Zapisano jako {0}.</translation>
    </message>
    <message>
      <source>Every count matched; nothing to record.</source>
      <translation>Wszystkie ilości się zgadzają; nie ma nic do zapisania.</translation>
    </message>
  </context>
  <context>
    <name>TakeBackDialog</name>
    <message>
      <source>Take goods back: {0}</source>
      <translation>Przyjęcie towaru: {0}</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Zostało</translation>
    </message>
    <message>
      <source>to stock (ZW)</source>
      <translation>na stan (ZW)</translation>
    </message>
    <message>
      <source>to write off (RW)</source>
      <translation>do spisania (RW)</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>Letter templates</source>
      <translation>Szablony pism</translation>
    </message>
    <message>
      <source>Fields filled from the case:</source>
      <translation>Pola wypełniane danymi sprawy:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <source>Restore the built-in text</source>
      <translation>Przywróć treść wbudowaną</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <source>Saved: {0}.</source>
      <translation>Zapisano: {0}.</translation>
    </message>
    <message>
      <source>Replace the shop's own wording of '{0}' with the built-in text?</source>
      <translation>Zastąpić własną treść sklepu dla pisma „{0}” treścią wbudowaną?</translation>
    </message>
    <message>
      <source>The built-in text is back: {0}.</source>
      <translation>Przywrócono treść wbudowaną: {0}.</translation>
    </message>
    <message>
      <source>Reply templates</source>
      <translation>Szablony odpowiedzi</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nazwa:</translation>
    </message>
    <message>
      <source>&amp;Topic:</source>
      <translation>T&amp;emat:</translation>
    </message>
    <message>
      <source>&amp;Subject:</source>
      <translation>Temat &amp;wiadomości:</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>T&amp;reść:</translation>
    </message>
    <message>
      <source>Fields (double-click to insert):</source>
      <translation>Pola (dwuklik wstawia pole do treści):</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>Dod&amp;aj</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Zapisz</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Usuń</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Zapisano.</translation>
    </message>
    <message>
      <source>Delete the template</source>
      <translation>Usuń szablon</translation>
    </message>
    <message>
      <source>Delete the template „{0}”?</source>
      <translation>Usunąć szablon „{0}”?</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Usunięto.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>An invoice for every order (not only for a company with a NIP)</source>
      <translation>Faktura do każdego zamówienia (nie tylko dla firmy z NIP)</translation>
    </message>
    <message>
      <source>An unpaid order waits too long after (days):</source>
      <translation>Nieopłacone zamówienie czeka za długo po (dniach):</translation>
    </message>
    <message>
      <source>Orders are shipped within (working days):</source>
      <translation>Zamówienia wysyłamy w ciągu (dni roboczych):</translation>
    </message>
    <message>
      <source>The couriers' pickup (orders ready later go out the next working day)</source>
      <translation>Odbiór przez kurierów (zamówienia gotowe później wychodzą następnego dnia roboczego)</translation>
    </message>
    <message>
      <source>The Today tab counts with these.</source>
      <translation>Według tych ustawień liczy karta Dzisiaj.</translation>
    </message>
    <message>
      <source>No carrier is switched on.</source>
      <translation>Żaden przewoźnik nie jest włączony.</translation>
    </message>
  </context>
  <context>
    <name>TodayTab</name>
    <message>
      <source>Opening the shop…</source>
      <translation>Otwieranie sklepu…</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Dzisiaj</translation>
    </message>
    <message>
      <source>The figures could not be read: {0}</source>
      <translation>Nie udało się odczytać liczb: {0}</translation>
    </message>
    <message>
      <source>Morning</source>
      <translation>Rano</translation>
    </message>
    <message>
      <source>During the day</source>
      <translation>W ciągu dnia</translation>
    </message>
    <message>
      <source>Evening</source>
      <translation>Wieczorem</translation>
    </message>
    <message>
      <source>Today, {0}</source>
      <translation>Dzisiaj, {0}</translation>
    </message>
    <message>
      <source>As of {0}. F5 reads again.</source>
      <translation>Stan na {0}. F5 odświeża.</translation>
    </message>
    <message>
      <source>As of {0}. A day off: no pickups today.</source>
      <translation>Stan na {0}. Dzień wolny: dziś bez odbiorów.</translation>
    </message>
    <message>
      <source>New orders since {0}</source>
      <translation>Nowe zamówienia od: {0}</translation>
    </message>
    <message>
      <source>Unpaid for more than {0} days</source>
      <translation>Nieopłacone dłużej niż {0} dni</translation>
    </message>
    <message>
      <source>Blocked orders</source>
      <translation>Zamówienia zablokowane</translation>
    </message>
    <message>
      <source>Products out of stock</source>
      <translation>Produkty niedostępne</translation>
    </message>
    <message>
      <source>Products at or below the reorder point</source>
      <translation>Produkty na poziomie minimum lub niżej</translation>
    </message>
    <message>
      <source>Complaints to answer within 3 days</source>
      <translation>Reklamacje do odpowiedzi w ciągu 3 dni</translation>
    </message>
    <message>
      <source>Complaints overdue</source>
      <translation>Reklamacje po terminie</translation>
    </message>
    <message>
      <source>Follow-ups due today</source>
      <translation>Kontakty do zrobienia dziś</translation>
    </message>
    <message>
      <source>Follow-ups overdue</source>
      <translation>Kontakty zaległe</translation>
    </message>
    <message>
      <source>Invoices waiting to be sent to KSeF</source>
      <translation>Faktury czekające na wysyłkę do KSeF</translation>
    </message>
    <message>
      <source>Invoices sent, KSeF's answer awaited</source>
      <translation>Faktury wysłane, czekają na odpowiedź KSeF</translation>
    </message>
    <message>
      <source>Invoices rejected by KSeF</source>
      <translation>Faktury odrzucone przez KSeF</translation>
    </message>
    <message>
      <source>Ready to pack</source>
      <translation>Gotowe do pakowania</translation>
    </message>
    <message>
      <source>Packed, waiting for {0}</source>
      <translation>Spakowane, czekają na: {0}</translation>
    </message>
    <message>
      <source>Packed, no shipment yet</source>
      <translation>Spakowane, bez przesyłki</translation>
    </message>
    <message>
      <source>Packed, waiting for pickup</source>
      <translation>Spakowane, czekają na odbiór</translation>
    </message>
    <message>
      <source>Pickups</source>
      <translation>Odbiory</translation>
    </message>
    <message>
      <source>none today (a day off)</source>
      <translation>dziś brak (dzień wolny)</translation>
    </message>
    <message>
      <source>{0} until {1}</source>
      <translation>{0} do {1}</translation>
    </message>
    <message>
      <source>Late (past the carrier's cut-off)</source>
      <translation>Spóźnione (po godzinie odbioru)</translation>
    </message>
    <message>
      <source>Cash on delivery expected</source>
      <translation>Oczekiwane pobrania</translation>
    </message>
    <message>
      <source>{0} (orders: {1})</source>
      <translation>{0} (zamówienia: {1})</translation>
    </message>
    <message>
      <source>Shipped today</source>
      <translation>Wysłane dziś</translation>
    </message>
    <message>
      <source>Promised for today</source>
      <translation>Obiecane na dziś</translation>
    </message>
    <message>
      <source>of them shipped</source>
      <translation>w tym wysłane</translation>
    </message>
    <message>
      <source>Dispatch manifests not confirmed</source>
      <translation>Niepotwierdzone protokoły nadania</translation>
    </message>
    <message>
      <source>Shipped without the invoice wanted</source>
      <translation>Wysłane bez wymaganej faktury</translation>
    </message>
    <message>
      <source>after pickup</source>
      <translation>po odbiorze</translation>
    </message>
    <message>
      <source>{0} h left</source>
      <translation>zostało {0} h</translation>
    </message>
    <message>
      <source>{0} h {1} min left</source>
      <translation>zostało {0} h {1} min</translation>
    </message>
    <message>
      <source>{0} min left</source>
      <translation>zostało {0} min</translation>
    </message>
    <message>
      <source>not paid</source>
      <translation>nieopłacone</translation>
    </message>
    <message>
      <source>no address</source>
      <translation>brak adresu</translation>
    </message>
    <message>
      <source>address incomplete</source>
      <translation>niepełny adres</translation>
    </message>
    <message>
      <source>no phone or e-mail</source>
      <translation>brak telefonu i e-maila</translation>
    </message>
    <message>
      <source>no lines</source>
      <translation>brak pozycji</translation>
    </message>
    <message>
      <source>a line not linked to a product</source>
      <translation>pozycja bez produktu</translation>
    </message>
    <message>
      <source>short of stock</source>
      <translation>brak towaru</translation>
    </message>
    <message>
      <source>possible duplicate</source>
      <translation>możliwy duplikat</translation>
    </message>
    <message>
      <source>another reason</source>
      <translation>inny powód</translation>
    </message>
    <message>
      <source>on hold</source>
      <translation>wstrzymane</translation>
    </message>
    <message>
      <source>held at packing</source>
      <translation>wstrzymane przy pakowaniu</translation>
    </message>
  </context>
  <context>
    <name>UnconfirmedManifestsDialog</name>
    <message>
      <source>Not confirmed yet (selected): {0}. Confirm the hand-over of each when the courier has signed for it.</source>
      <translation>Niepotwierdzone (zaznaczone): {0}. Potwierdź przekazanie każdego, gdy kurier je podpisze.</translation>
    </message>
  </context>
  <context>
    <name>UpoDialog</name>
    <message>
      <source>UPO of {0}</source>
      <translation>UPO faktury {0}</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
      <source>Save the UPO</source>
      <translation>Zapisz UPO</translation>
    </message>
    <message>
      <source>XML files (*.xml)</source>
      <translation>Pliki XML (*.xml)</translation>
    </message>
  </context>
  <context>
    <name>_TemplatePage</name>
    <message>
      <source>Subject:</source>
      <translation>Temat:</translation>
    </message>
    <message>
      <source>Text:</source>
      <translation>Treść:</translation>
    </message>
  </context>
  <context>
    <name>Domain</name>
    <message>
      <source>#{number}: '{status}' is unknown; taken as not paid</source>
      <translation>#{number}: status „{status}” jest nieznany; przyjęto, że nieopłacone</translation>
    </message>
    <message>
      <source>#{number}: Shopify rates the fraud risk high</source>
      <translation>#{number}: Shopify ocenia ryzyko oszustwa jako wysokie</translation>
    </message>
    <message>
      <source>#{number}: no line items</source>
      <translation>#{number}: brak pozycji</translation>
    </message>
    <message>
      <source>#{number}: no shipping address; verification will ask for one</source>
      <translation>#{number}: brak adresu dostawy; weryfikacja o niego poprosi</translation>
    </message>
    <message>
      <source>#{number}: partly fulfilled in Shopify; imported as new, check what is left to send</source>
      <translation>#{number}: częściowo zrealizowane w Shopify; zaimportowane jako nowe, sprawdź, co zostało do wysłania</translation>
    </message>
    <message>
      <source>#{number}: quantity 0 (removed in Shopify); left out</source>
      <translation>#{number}: ilość 0 (usunięte w Shopify); pominięte</translation>
    </message>
    <message>
      <source>#{number}: rows of this order are not together; joined</source>
      <translation>#{number}: wiersze tego zamówienia nie są obok siebie; połączono je</translation>
    </message>
    <message>
      <source>#{number}: the file's total {file_total} differs from lines + shipping - discount {total}; {why}</source>
      <translation>#{number}: suma w pliku {file_total} różni się od pozycji + dostawa - rabat {total}; {why}</translation>
    </message>
    <message>
      <source>#{number}: {amount} {currency} refunded in Shopify; lines kept as ordered, record the return here</source>
      <translation>#{number}: w Shopify zwrócono {amount} {currency}; pozycje zostały jak w zamówieniu, zarejestruj zwrot tutaj</translation>
    </message>
    <message>
      <source>'{code}' is not a valid EAN-13: its check digit is {digit} but the first 12 digits give {expected}. Check the number on the product; it was not changed.</source>
      <translation>„{code}” nie jest poprawnym kodem EAN-13: jego cyfra kontrolna to {digit}, a z pierwszych 12 cyfr wynika {expected}. Sprawdź numer na produkcie; nie został zmieniony.</translation>
    </message>
    <message>
      <source>'{code}' is not an EAN-13: it must be exactly 13 digits.</source>
      <translation>„{code}” nie jest kodem EAN-13: musi mieć dokładnie 13 cyfr.</translation>
    </message>
    <message>
      <source>'{document}' cannot be printed again from the log: print it from the Invoices tab.</source>
      <translation>Dokumentu '{document}' nie drukuje się ponownie z dziennika: wydrukuj go z karty Faktury.</translation>
    </message>
    <message>
      <source>'{document}' cannot be printed again: its order no longer exists.</source>
      <translation>Nie można ponownie wydrukować „{document}”: zamówienie już nie istnieje.</translation>
    </message>
    <message>
      <source>'{document}' cannot be printed again: its shipment no longer exists.</source>
      <translation>Nie można ponownie wydrukować „{document}”: jego przesyłka już nie istnieje.</translation>
    </message>
    <message>
      <source>'{document}' cannot be printed again: the letter is no longer kept with its case.</source>
      <translation>Nie można ponownie wydrukować „{document}”: pismo nie jest już przechowywane przy sprawie.</translation>
    </message>
    <message>
      <source>'{document}' is not printed again from the log: select its orders in the Orders tab and print a new pick list.</source>
      <translation>„{document}” nie drukuje się ponownie z historii wydruków: zaznacz jej zamówienia na karcie Zamówienia i wydrukuj nową listę kompletacyjną.</translation>
    </message>
    <message>
      <source>'{name}' (no SKU)</source>
      <translation>„{name}” (bez SKU)</translation>
    </message>
    <message>
      <source>'{name}' is skipped: a gift card (no stock to keep)</source>
      <translation>'{name}' pominięto: karta podarunkowa (bez stanu magazynowego)</translation>
    </message>
    <message>
      <source>'{text}' is no quantity and code: type the quantity (1 to {max}), *, then scan.</source>
      <translation>„{text}” to nie ilość i kod: wpisz ilość (od 1 do {max}), *, a potem zeskanuj.</translation>
    </message>
    <message>
      <source>'{text}' is not a month; write it as YYYY-MM, e.g. 2026-11.</source>
      <translation>'{text}' to nie miesiąc; podaj go jako RRRR-MM, np. 2026-11.</translation>
    </message>
    <message>
      <source>'{text}' is not a tracking number: only letters, digits and signs are allowed.</source>
      <translation>„{text}” nie jest numerem przesyłki: dozwolone są tylko litery, cyfry i znaki.</translation>
    </message>
    <message>
      <source>'{text}...' is too long for a tracking number.</source>
      <translation>„{text}...” to za długi numer przesyłki.</translation>
    </message>
    <message>
      <source>'{value}' cannot be printed as Code 128: characters {characters} are not plain ASCII.</source>
      <translation>Nie można wydrukować „{value}” jako kodu Code 128: znaki {characters} nie należą do zwykłego ASCII.</translation>
    </message>
    <message>
      <source>'{value}' is negative</source>
      <translation>„{value}” jest ujemne</translation>
    </message>
    <message>
      <source>'{value}' is not a VAT rate ({rates})</source>
      <translation>„{value}” nie jest stawką VAT ({rates})</translation>
    </message>
    <message>
      <source>'{value}' is not a date</source>
      <translation>„{value}” nie jest datą</translation>
    </message>
    <message>
      <source>'{value}' is not a date (write 2025-03-14 10:30 or 14.03.2025 10:30)</source>
      <translation>'{value}' nie jest datą (wpisz 2025-03-14 10:30 albo 14.03.2025 10:30)</translation>
    </message>
    <message>
      <source>'{value}' is not a number</source>
      <translation>„{value}” nie jest liczbą</translation>
    </message>
    <message>
      <source>'{value}' is not a parcel number</source>
      <translation>„{value}” nie jest numerem paczki</translation>
    </message>
    <message>
      <source>'{value}' is not a price</source>
      <translation>„{value}” nie jest ceną</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number</source>
      <translation>„{value}” nie jest liczbą całkowitą</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number above 0</source>
      <translation>„{value}” nie jest liczbą całkowitą większą od 0</translation>
    </message>
    <message>
      <source>'{value}' is not an exchange rate.</source>
      <translation>'{value}' nie jest kursem waluty.</translation>
    </message>
    <message>
      <source>'{value}' is too long for a {width:.0f} mm wide Code 128 barcode.</source>
      <translation>„{value}” jest za długie na kod Code 128 o szerokości {width:.0f} mm.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(puste)</translation>
    </message>
    <message>
      <source>--wait is a number of seconds, 0 or more.</source>
      <translation>--wait to liczba sekund, 0 lub więcej.</translation>
    </message>
    <message>
      <source>... and {count} more like these (--json lists them all)</source>
      <translation>... i jeszcze {count} takich (--json podaje wszystkie)</translation>
    </message>
    <message>
      <source>90th percentile</source>
      <translation>90. percentyl</translation>
    </message>
    <message>
      <source>A B2B invoice is computed from net or from gross prices, not '{method}'.</source>
      <translation>Fakturę dla firmy liczy się od cen netto albo brutto, a nie '{method}'.</translation>
    </message>
    <message>
      <source>A Code 128 barcode needs a value; it is empty.</source>
      <translation>Kod kreskowy Code 128 musi mieć wartość; ta jest pusta.</translation>
    </message>
    <message>
      <source>A case needs at least one product: tick a line of the order or type the product.</source>
      <translation>Sprawa wymaga co najmniej jednego produktu: zaznacz pozycję zamówienia lub wpisz produkt.</translation>
    </message>
    <message>
      <source>A case without an order needs the customer's name.</source>
      <translation>Sprawa bez zamówienia wymaga imienia i nazwiska klienta.</translation>
    </message>
    <message>
      <source>A correction cannot be dated before the invoice it corrects ({date}).</source>
      <translation>Korekta nie może mieć daty wcześniejszej niż korygowana faktura ({date}).</translation>
    </message>
    <message>
      <source>A correction needs its reason.</source>
      <translation>Korekta wymaga podania przyczyny.</translation>
    </message>
    <message>
      <source>A correction's lines must have different positions.</source>
      <translation>Pozycje korekty muszą mieć różne numery.</translation>
    </message>
    <message>
      <source>A customer cannot be merged into itself.</source>
      <translation>Nie można scalić klienta z nim samym.</translation>
    </message>
    <message>
      <source>A deadline cannot be counted from {day}.</source>
      <translation>Od dnia {day} nie da się policzyć terminu.</translation>
    </message>
    <message>
      <source>A letter cannot be sent before the case was received ({day}).</source>
      <translation>Pismo nie może być wysłane przed wpływem zgłoszenia ({day}).</translation>
    </message>
    <message>
      <source>A letter template needs a subject and a text.</source>
      <translation>Szablon pisma musi mieć temat i treść.</translation>
    </message>
    <message>
      <source>A line's position starts at 1.</source>
      <translation>Numery pozycji zaczynają się od 1.</translation>
    </message>
    <message>
      <source>A mapped import needs a column mapping.</source>
      <translation>Import typu mapped wymaga mapowania kolumn.</translation>
    </message>
    <message>
      <source>A mapping rule needs the text to look for.</source>
      <translation>Reguła przypisania musi mieć tekst do wyszukania.</translation>
    </message>
    <message>
      <source>A pack holds 2 to {max} units; say how many units the pack EAN {ean} is.</source>
      <translation>Opakowanie zawiera od 2 do {max} sztuk; podaj, ile sztuk oznacza EAN opakowania {ean}.</translation>
    </message>
    <message>
      <source>A packing slip is printed on A4 or A6, not '{paper}'.</source>
      <translation>Listę pakunkową drukuje się na A4 lub A6, nie na „{paper}”.</translation>
    </message>
    <message>
      <source>A payment cannot be dated in the future ({date}).</source>
      <translation>Płatność nie może mieć daty z przyszłości ({date}).</translation>
    </message>
    <message>
      <source>A product needs an SKU.</source>
      <translation>Produkt musi mieć SKU.</translation>
    </message>
    <message>
      <source>A product typed by hand needs its name or SKU.</source>
      <translation>Produkt wpisany ręcznie wymaga nazwy lub SKU.</translation>
    </message>
    <message>
      <source>A purchase price cannot be negative.</source>
      <translation>Cena zakupu nie może być ujemna.</translation>
    </message>
    <message>
      <source>A received quantity must be positive (got {quantity}).</source>
      <translation>Przyjmowana ilość musi być dodatnia (podano {quantity}).</translation>
    </message>
    <message>
      <source>A refund cannot be below 0.</source>
      <translation>Zwrot nie może być mniejszy niż 0.</translation>
    </message>
    <message>
      <source>A refund of {amount} is more than is left of order {order}'s payment ({left}).</source>
      <translation>Zwrot {amount} to więcej, niż zostało z zapłaty za zamówienie {order} ({left}).</translation>
    </message>
    <message>
      <source>A rejection needs its reason: the customer reads it in the answer.</source>
      <translation>Odrzucenie wymaga uzasadnienia: klient przeczyta je w odpowiedzi.</translation>
    </message>
    <message>
      <source>A returned quantity must be positive.</source>
      <translation>Zwracana ilość musi być dodatnia.</translation>
    </message>
    <message>
      <source>A series needs a code of 1 to 20 characters.</source>
      <translation>Seria potrzebuje kodu o długości od 1 do 20 znaków.</translation>
    </message>
    <message>
      <source>A series numbers VAT or KOR invoices, not '{kind}'.</source>
      <translation>Seria numeruje faktury VAT albo KOR, a nie '{kind}'.</translation>
    </message>
    <message>
      <source>A series restarts every month, every year or never, not '{reset}'.</source>
      <translation>Numeracja serii zaczyna się od nowa co miesiąc, co rok albo nigdy, a nie '{reset}'.</translation>
    </message>
    <message>
      <source>A series that starts again every month needs the month and the year in its pattern, or its numbers would repeat.</source>
      <translation>Seria numerowana od nowa co miesiąc musi mieć we wzorcu miesiąc i rok, inaczej numery by się powtarzały.</translation>
    </message>
    <message>
      <source>A series that starts again every year needs the year in its pattern, or its numbers would repeat.</source>
      <translation>Seria numerowana od nowa co rok musi mieć we wzorcu rok, inaczej numery by się powtarzały.</translation>
    </message>
    <message>
      <source>A template named {name} already exists.</source>
      <translation>Szablon o nazwie {name} już istnieje.</translation>
    </message>
    <message>
      <source>A withdrawal from the contract demands a refund.</source>
      <translation>Przy odstąpieniu od umowy żądaniem jest zwrot pieniędzy.</translation>
    </message>
    <message>
      <source>Acceptance</source>
      <translation>Uznanie</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Uznana</translation>
    </message>
    <message>
      <source>Accepted by KSeF</source>
      <translation>Przyjęta przez KSeF</translation>
    </message>
    <message>
      <source>Accepted: {remedy}.</source>
      <translation>Uznana: {remedy}.</translation>
    </message>
    <message>
      <source>Address incomplete: no {parts}</source>
      <translation>Niepełny adres: brak {parts}</translation>
    </message>
    <message>
      <source>All customers</source>
      <translation>Wszyscy klienci</translation>
    </message>
    <message>
      <source>Already {status}</source>
      <translation>Już w stanie: {status}</translation>
    </message>
    <message>
      <source>An accepted case needs a remedy: repair, replacement, price reduction or refund.</source>
      <translation>Uznana sprawa wymaga sposobu załatwienia: naprawa, wymiana, obniżenie ceny lub zwrot pieniędzy.</translation>
    </message>
    <message>
      <source>An adjustment needs a reason.</source>
      <translation>Korekta wymaga podania powodu.</translation>
    </message>
    <message>
      <source>An invoice cannot be dated in the future ({date}).</source>
      <translation>Faktura nie może mieć daty z przyszłości ({date}).</translation>
    </message>
    <message>
      <source>An invoice is computed from gross or from net prices, not '{method}'.</source>
      <translation>Fakturę liczy się od cen brutto albo netto, a nie '{method}'.</translation>
    </message>
    <message>
      <source>An invoice line needs a quantity above 0 and a price of at least 0.</source>
      <translation>Pozycja faktury wymaga ilości większej od 0 i ceny nie mniejszej niż 0.</translation>
    </message>
    <message>
      <source>An invoice may be issued at most 30 days before the sale; the sale date {date} is later than that.</source>
      <translation>Fakturę można wystawić najwcześniej 30 dni przed sprzedażą; data sprzedaży {date} jest późniejsza.</translation>
    </message>
    <message>
      <source>Anonymised</source>
      <translation>Zanonimizowani</translation>
    </message>
    <message>
      <source>Anonymised after the retention period</source>
      <translation>Zanonimizowano po upływie okresu przechowywania</translation>
    </message>
    <message>
      <source>Anonymising customer #{id} would replace their name, e-mail, phone, addresses, notes and contact texts in: orders {orders}, complaints {complaints}, contacts {contacts}.</source>
      <translation>Anonimizacja klienta nr {id} zastąpi jego imię i nazwisko, e-mail, telefon, adresy, notatki i treści kontaktów w: zamówieniach ({orders}), reklamacjach ({complaints}), kontaktach ({contacts}).</translation>
    </message>
    <message>
      <source>Asked the customer for more information.</source>
      <translation>Poproszono klienta o uzupełnienie informacji.</translation>
    </message>
    <message>
      <source>At the supplier or service</source>
      <translation>U dostawcy lub w serwisie</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Dostępne</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Średnio</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
      <source>Awaiting payment</source>
      <translation>Czeka na płatność</translation>
    </message>
    <message>
      <source>Backed up to {file}</source>
      <translation>Kopia zapasowa zapisana w {file}</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Przelew</translation>
    </message>
    <message>
      <source>Blocked</source>
      <translation>Zablokowany</translation>
    </message>
    <message>
      <source>Buyer's name</source>
      <translation>Imię i nazwisko kupującego</translation>
    </message>
    <message>
      <source>Buyer's note</source>
      <translation>Uwagi kupującego</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Anulowane</translation>
    </message>
    <message>
      <source>Cancelled at the customer's request</source>
      <translation>Anulowane na prośbę klienta</translation>
    </message>
    <message>
      <source>Cancelled in the shop's export {file}</source>
      <translation>Anulowane w eksporcie sklepu {file}</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Karta</translation>
    </message>
    <message>
      <source>Carrier label {number}</source>
      <translation>Etykieta przewoźnika {number}</translation>
    </message>
    <message>
      <source>Case #{id} does not exist.</source>
      <translation>Sprawa #{id} nie istnieje.</translation>
    </message>
    <message>
      <source>Case {number} ({kind}) closed</source>
      <translation>Sprawa {number} ({kind}): zamknięta</translation>
    </message>
    <message>
      <source>Case {number} ({kind}) decided: {decision}</source>
      <translation>Sprawa {number} ({kind}): decyzja — {decision}</translation>
    </message>
    <message>
      <source>Case {number} ({kind}) registered</source>
      <translation>Sprawa {number} ({kind}): zarejestrowana</translation>
    </message>
    <message>
      <source>Case {number} already has its correction invoice.</source>
      <translation>Sprawa {number} ma już fakturę korygującą.</translation>
    </message>
    <message>
      <source>Case {number} already has its replacement order.</source>
      <translation>Sprawa {number} ma już zamówienie zamienne.</translation>
    </message>
    <message>
      <source>Case {number} cannot be closed yet: {missing}.</source>
      <translation>Sprawy {number} nie można jeszcze zamknąć: {missing}.</translation>
    </message>
    <message>
      <source>Case {number} cannot move from '{from_status}' to '{to_status}'.</source>
      <translation>Sprawa {number} nie może przejść ze stanu '{from_status}' do '{to_status}'.</translation>
    </message>
    <message>
      <source>Case {number} has no line #{line}.</source>
      <translation>Sprawa {number} nie ma pozycji #{line}.</translation>
    </message>
    <message>
      <source>Case {number} has no order to take the shipping address from.</source>
      <translation>Sprawa {number} nie ma zamówienia, z którego można wziąć adres wysyłki.</translation>
    </message>
    <message>
      <source>Case {number} has no order, so there is no invoice to correct.</source>
      <translation>Sprawa {number} nie ma zamówienia, więc nie ma faktury do skorygowania.</translation>
    </message>
    <message>
      <source>Case {number} is closed; nothing more follows from it.</source>
      <translation>Sprawa {number} jest zamknięta; nic więcej z niej nie wynika.</translation>
    </message>
    <message>
      <source>Case {number} is {status}: it cannot be decided again.</source>
      <translation>Sprawa {number} ma stan {status}: nie można jej rozstrzygnąć ponownie.</translation>
    </message>
    <message>
      <source>Case {number} is {status}: only a decided case can be closed.</source>
      <translation>Sprawa {number} ma stan {status}: zamknąć można tylko rozstrzygniętą sprawę.</translation>
    </message>
    <message>
      <source>Case {number}: a correction invoice follows a refund or a price reduction only.</source>
      <translation>Sprawa {number}: fakturę korygującą wystawia się tylko przy zwrocie pieniędzy lub obniżeniu ceny.</translation>
    </message>
    <message>
      <source>Case {number}: a refund follows a withdrawal, a refund or a price reduction only.</source>
      <translation>Sprawa {number}: zwrot pieniędzy wynika tylko z odstąpienia, zwrotu lub obniżenia ceny.</translation>
    </message>
    <message>
      <source>Case {number}: a replacement order follows an accepted replacement only.</source>
      <translation>Sprawa {number}: zamówienie zamienne wynika tylko z uznanej wymiany.</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Gotówka</translation>
    </message>
    <message>
      <source>Cash on delivery and insurance cannot be negative.</source>
      <translation>Pobranie i ubezpieczenie nie mogą być ujemne.</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategoria</translation>
    </message>
    <message>
      <source>Change to the order</source>
      <translation>Zmiana zamówienia</translation>
    </message>
    <message>
      <source>Changed in the order window</source>
      <translation>Zmienione w oknie zamówienia</translation>
    </message>
    <message>
      <source>Changed in the orders list</source>
      <translation>Zmienione na liście zamówień</translation>
    </message>
    <message>
      <source>Changed their mind</source>
      <translation>Rezygnacja klienta</translation>
    </message>
    <message>
      <source>Chat</source>
      <translation>Czat</translation>
    </message>
    <message>
      <source>Choose a file to add.</source>
      <translation>Wybierz plik do dodania.</translation>
    </message>
    <message>
      <source>Choose the certificate's private key file (.key) too.</source>
      <translation>Wybierz też plik klucza prywatnego certyfikatu (.key).</translation>
    </message>
    <message>
      <source>Choose the customer, the order or the case the contact was about.</source>
      <translation>Wybierz klienta, zamówienie lub sprawę, których dotyczył kontakt.</translation>
    </message>
    <message>
      <source>Choose the documents to save first.</source>
      <translation>Najpierw wybierz dokumenty do zapisania.</translation>
    </message>
    <message>
      <source>Choose the orders to pick first.</source>
      <translation>Najpierw wybierz zamówienia do skompletowania.</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Miejscowość</translation>
    </message>
    <message>
      <source>Claim sent to supplier {supplier} on {sent_on}.</source>
      <translation>Reklamację wysłano do dostawcy {supplier} dnia {sent_on}.</translation>
    </message>
    <message>
      <source>Claim sent to the supplier</source>
      <translation>Reklamacja wysłana do dostawcy</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Zamknięta</translation>
    </message>
    <message>
      <source>Closed ({decision}).</source>
      <translation>Zamknięta ({decision}).</translation>
    </message>
    <message>
      <source>Collected by the customer</source>
      <translation>Odebrane przez klienta</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Complained about</source>
      <translation>Reklamowane</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Reklamacja</translation>
    </message>
    <message>
      <source>Complaint handling (days to decision)</source>
      <translation>Obsługa reklamacji (dni do decyzji)</translation>
    </message>
    <message>
      <source>Complaint letter {number}: {subject}</source>
      <translation>Pismo w sprawie {number}: {subject}</translation>
    </message>
    <message>
      <source>Complaints (%)</source>
      <translation>Reklamacje (%)</translation>
    </message>
    <message>
      <source>Complaints answered within 14 days (%)</source>
      <translation>Reklamacje rozpatrzone w 14 dni (%)</translation>
    </message>
    <message>
      <source>Complaints exported to {file} (cases: {rows}).</source>
      <translation>Wyeksportowano reklamacje do {file} (spraw: {rows}).</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Correction invoice {invoice} issued.</source>
      <translation>Wystawiono fakturę korygującą {invoice}.</translation>
    </message>
    <message>
      <source>Correction invoice {number}</source>
      <translation>Faktura korygująca {number}</translation>
    </message>
    <message>
      <source>Correction invoice {number} issued: {amount}</source>
      <translation>Wystawiono fakturę korygującą {number}: {amount}</translation>
    </message>
    <message>
      <source>Correction {invoice} of invoice {corrected} issued: {reason}</source>
      <translation>Wystawiono korektę {invoice} faktury {corrected}: {reason}</translation>
    </message>
    <message>
      <source>Correction {number} does not name the invoice it corrects.</source>
      <translation>Korekta {number} nie wskazuje faktury, którą koryguje.</translation>
    </message>
    <message>
      <source>Corrections waiting for their invoice's KSeF number: {numbers}</source>
      <translation>Korekty czekające na numer KSeF faktury korygowanej: {numbers}</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Policzone</translation>
    </message>
    <message>
      <source>Counted {counted}, was {on_hand}</source>
      <translation>Policzono {counted}, było {on_hand}</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Kraj</translation>
    </message>
    <message>
      <source>Credit of {credit} received from supplier {supplier} on {received_on}.</source>
      <translation>Uznanie {credit} od dostawcy {supplier} otrzymane {received_on}.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Waluta</translation>
    </message>
    <message>
      <source>Customer #{id} anonymised.</source>
      <translation>Klient nr {id} zanonimizowany.</translation>
    </message>
    <message>
      <source>Customer #{id} was already anonymised on {day}; it cannot be done again.</source>
      <translation>Klient nr {id} został już zanonimizowany {day}; nie da się tego zrobić ponownie.</translation>
    </message>
    <message>
      <source>Customer asked to hold the order</source>
      <translation>Klient poprosił o wstrzymanie zamówienia</translation>
    </message>
    <message>
      <source>Customer asked to wait</source>
      <translation>Klient poprosił o wstrzymanie</translation>
    </message>
    <message>
      <source>Customer is blocked</source>
      <translation>Klient zablokowany</translation>
    </message>
    <message>
      <source>Customer {id} was already merged into customer {kept}.</source>
      <translation>Klient {id} został już scalony z klientem {kept}.</translation>
    </message>
    <message>
      <source>Customer {id} was anonymised and cannot be merged.</source>
      <translation>Klient {id} został zanonimizowany i nie można go scalić.</translation>
    </message>
    <message>
      <source>Customer {id} was anonymised: their data cannot be edited.</source>
      <translation>Klient {id} został zanonimizowany: jego danych nie można edytować.</translation>
    </message>
    <message>
      <source>Customer {id} was merged into customer {kept}: edit that one.</source>
      <translation>Klient {id} został scalony z klientem {kept}: edytuj tamtego.</translation>
    </message>
    <message>
      <source>Customers exported to {file} (customers: {rows}).</source>
      <translation>Klienci wyeksportowani do {file} (klienci: {rows}).</translation>
    </message>
    <message>
      <source>Customers merged into this one</source>
      <translation>Scalono z tym klientem jego pozostałe konta</translation>
    </message>
    <message>
      <source>Damage in transport</source>
      <translation>Uszkodzenie w transporcie</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Uszkodzenie</translation>
    </message>
    <message>
      <source>Damaged, from case {number}</source>
      <translation>Uszkodzony, ze sprawy {number}</translation>
    </message>
    <message>
      <source>Days of cover</source>
      <translation>Dni zapasu</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Rozpatrzone</translation>
    </message>
    <message>
      <source>Defect</source>
      <translation>Wada</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Doręczone</translation>
    </message>
    <message>
      <source>Demo shop written to {file}: products {products}, customers {customers}, orders {orders} (lines {lines}, history events {events}) in {seconds} s ({rate} rows/s)</source>
      <translation>Sklep demonstracyjny zapisany w {file}: produkty {products}, klienci {customers}, zamówienia {orders} (pozycje {lines}, zdarzenia historii {events}) w {seconds} s ({rate} wierszy/s)</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Rabat</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>EAN</source>
      <translation>EAN</translation>
    </message>
    <message>
      <source>EAN {ean} already belongs to another product here: {sku} is imported without it</source>
      <translation>EAN {ean} należy już do innego produktu w bazie: {sku} zostanie zaimportowany bez niego</translation>
    </message>
    <message>
      <source>EAN {ean} already belongs to product {sku}.</source>
      <translation>EAN {ean} należy już do produktu {sku}.</translation>
    </message>
    <message>
      <source>EAN {ean} is also on row {row} ({owner}): {sku} is imported without it</source>
      <translation>EAN {ean} jest też w wierszu {row} ({owner}): {sku} zostanie zaimportowany bez niego</translation>
    </message>
    <message>
      <source>EAN/GTIN '{code}' has a wrong check digit (a digit is mistyped or missing)</source>
      <translation>EAN/GTIN „{code}” ma błędną cyfrę kontrolną (któraś cyfra jest źle wpisana lub jej brakuje)</translation>
    </message>
    <message>
      <source>EAN/GTIN '{code}' has a wrong check digit (a digit is mistyped or missing).</source>
      <translation>EAN/GTIN „{code}” ma błędną cyfrę kontrolną (któraś cyfra jest źle wpisana lub jej brakuje).</translation>
    </message>
    <message>
      <source>EAN/GTIN '{code}' has {digits} digits; a GTIN has 8, 12, 13 or 14</source>
      <translation>EAN/GTIN „{code}” ma złą liczbę cyfr ({digits}); GTIN ma 8, 12, 13 lub 14 cyfr</translation>
    </message>
    <message>
      <source>EAN/GTIN '{code}' has {digits} digits; a GTIN has 8, 12, 13 or 14.</source>
      <translation>EAN/GTIN „{code}” ma złą liczbę cyfr ({digits}); GTIN ma 8, 12, 13 lub 14 cyfr.</translation>
    </message>
    <message>
      <source>EAN/GTIN '{code}' may contain digits only</source>
      <translation>EAN/GTIN „{code}” może zawierać tylko cyfry</translation>
    </message>
    <message>
      <source>EAN/GTIN '{code}' may contain digits only.</source>
      <translation>EAN/GTIN „{code}” może zawierać tylko cyfry.</translation>
    </message>
    <message>
      <source>Entered by hand</source>
      <translation>Wprowadzone ręcznie</translation>
    </message>
    <message>
      <source>Every line of a correction needs a name.</source>
      <translation>Każda pozycja korekty musi mieć nazwę.</translation>
    </message>
    <message>
      <source>Exporting {kind} is not available yet in this version of Zaplecze.</source>
      <translation>Eksport ({kind}) nie jest jeszcze dostępny w tej wersji Zaplecza.</translation>
    </message>
    <message>
      <source>FAULTS:</source>
      <translation>BŁĘDY:</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Wskaźnik</translation>
    </message>
    <message>
      <source>File not found: {path}</source>
      <translation>Nie znaleziono pliku: {path}</translation>
    </message>
    <message>
      <source>Files added: {files}</source>
      <translation>Dodano pliki: {files}</translation>
    </message>
    <message>
      <source>Fill in the seller's data in the invoice settings first: {missing}.</source>
      <translation>Najpierw uzupełnij dane sprzedawcy w ustawieniach faktur; brakuje: {missing}.</translation>
    </message>
    <message>
      <source>Follow-ups due</source>
      <translation>Do ponownego kontaktu</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Od</translation>
    </message>
    <message>
      <source>Give how many units go back to stock or are written off.</source>
      <translation>Podaj, ile sztuk wraca na stan lub idzie do spisania.</translation>
    </message>
    <message>
      <source>Give the amount of the price reduction.</source>
      <translation>Podaj kwotę obniżenia ceny.</translation>
    </message>
    <message>
      <source>Give the mapping a name.</source>
      <translation>Nadaj mapowaniu nazwę.</translation>
    </message>
    <message>
      <source>Give the template a name.</source>
      <translation>Nadaj szablonowi nazwę.</translation>
    </message>
    <message>
      <source>Goods back from case {number}</source>
      <translation>Zwrot towaru ze sprawy {number}</translation>
    </message>
    <message>
      <source>Goods taken back: {restocked} to stock, {written_off} written off ({documents}).</source>
      <translation>Towar przyjęty: na stan {restocked}, do spisania {written_off} ({documents}).</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>Brutto</translation>
    </message>
    <message>
      <source>Gross price</source>
      <translation>Cena brutto</translation>
    </message>
    <message>
      <source>Gross, previous period</source>
      <translation>Brutto, poprzedni okres</translation>
    </message>
    <message>
      <source>Group (variants)</source>
      <translation>Grupa (warianty)</translation>
    </message>
    <message>
      <source>Guarantee</source>
      <translation>Gwarancja</translation>
    </message>
    <message>
      <source>Handed over to {carrier}, manifest {number}</source>
      <translation>Przekazano przewoźnikowi {carrier}, protokół {number}</translation>
    </message>
    <message>
      <source>Handed to the carrier, tracking {tracking}</source>
      <translation>Przekazane przewoźnikowi, numer przesyłki {tracking}</translation>
    </message>
    <message>
      <source>Height of {sku} cannot be negative.</source>
      <translation>Wysokość produktu {sku} nie może być ujemna.</translation>
    </message>
    <message>
      <source>Held at packing: {reason}</source>
      <translation>Wstrzymane przy pakowaniu: {reason}</translation>
    </message>
    <message>
      <source>Imported from {file}</source>
      <translation>Zaimportowane z {file}</translation>
    </message>
    <message>
      <source>Imported from {file} ({format} #{number})</source>
      <translation>Zaimportowane z {file} ({format} #{number})</translation>
    </message>
    <message>
      <source>Imported {file}: new {new}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
      <translation>Zaimportowano {file}: nowe {new}, zaktualizowane {updated}, bez zmian {unchanged}, pominięte {skipped}.</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>Osobiście</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>Rozpatrywana</translation>
    </message>
    <message>
      <source>Incoming</source>
      <translation>Przychodzący</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Faktura</translation>
    </message>
    <message>
      <source>Invoice register of {month} exported to {file} (invoices and corrections: {rows}).</source>
      <translation>Wyeksportowano rejestr faktur za {month} do {file} (faktur i korekt: {rows}).</translation>
    </message>
    <message>
      <source>Invoice {id} does not exist.</source>
      <translation>Faktura {id} nie istnieje.</translation>
    </message>
    <message>
      <source>Invoice {invoice} accepted by KSeF as {number}</source>
      <translation>Faktura {invoice} przyjęta przez KSeF pod numerem {number}</translation>
    </message>
    <message>
      <source>Invoice {invoice} has no line left for {name}.</source>
      <translation>Na fakturze {invoice} nie zostało już pozycji {name}.</translation>
    </message>
    <message>
      <source>Invoice {invoice} is computed from net prices; correct its prices by hand in the Invoices tab.</source>
      <translation>Faktura {invoice} jest liczona od cen netto; skoryguj jej ceny ręcznie w zakładce Faktury.</translation>
    </message>
    <message>
      <source>Invoice {invoice} issued</source>
      <translation>Wystawiono fakturę {invoice}</translation>
    </message>
    <message>
      <source>Invoice {invoice} marked paid on {date}</source>
      <translation>Faktura {invoice} oznaczona jako zapłacona {date}</translation>
    </message>
    <message>
      <source>Invoice {invoice} marked unpaid</source>
      <translation>Faktura {invoice} oznaczona jako niezapłacona</translation>
    </message>
    <message>
      <source>Invoice {invoice} of order {order} issued and written to {file}.</source>
      <translation>Wystawiono fakturę {invoice} do zamówienia {order} i zapisano ją w {file}.</translation>
    </message>
    <message>
      <source>Invoice {invoice} rejected by KSeF: {code} {description}</source>
      <translation>Faktura {invoice} odrzucona przez KSeF: {code} {description}</translation>
    </message>
    <message>
      <source>Invoice {number}</source>
      <translation>Faktura {number}</translation>
    </message>
    <message>
      <source>Invoice {number} could not be written: another station wrote a clashing invoice at the same moment (the same number, order or corrected invoice). Nothing was written; try again.</source>
      <translation>Nie udało się zapisać faktury {number}: inne stanowisko w tej samej chwili zapisało kolidującą fakturę (ten sam numer, zamówienie albo korygowana faktura). Nic nie zapisano; spróbuj ponownie.</translation>
    </message>
    <message>
      <source>Invoice {number} has exempt (zw) lines but no legal basis of the exemption.</source>
      <translation>Faktura {number} ma pozycje zwolnione (zw), ale nie ma podstawy prawnej zwolnienia.</translation>
    </message>
    <message>
      <source>Invoice {number} has no line {position}.</source>
      <translation>Faktura {number} nie ma pozycji {position}.</translation>
    </message>
    <message>
      <source>Invoice {number} issued: {amount}</source>
      <translation>Wystawiono fakturę {number}: {amount}</translation>
    </message>
    <message>
      <source>Issuing invoices</source>
      <translation>Wystawianie faktur</translation>
    </message>
    <message>
      <source>Item damaged</source>
      <translation>Towar uszkodzony</translation>
    </message>
    <message>
      <source>Item missing on the shelf</source>
      <translation>Brak towaru na półce</translation>
    </message>
    <message>
      <source>Its FA(3) file: {file}</source>
      <translation>Jej plik FA(3): {file}</translation>
    </message>
    <message>
      <source>KSeF ({environment}): sent {sent}, accepted {accepted}, rejected {rejected}, awaiting KSeF {awaiting}.</source>
      <translation>KSeF ({environment}): wysłane {sent}, przyjęte {accepted}, odrzucone {rejected}, czekające na KSeF {awaiting}.</translation>
    </message>
    <message>
      <source>KSeF announced a failure (HTTP {status}): {text}</source>
      <translation>KSeF zgłosił awarię (HTTP {status}): {text}</translation>
    </message>
    <message>
      <source>KSeF asks to wait before the next request ({seconds} s)</source>
      <translation>KSeF prosi o odczekanie przed kolejnym żądaniem ({seconds} s)</translation>
    </message>
    <message>
      <source>KSeF cannot be reached: {reason}</source>
      <translation>Brak połączenia z KSeF: {reason}</translation>
    </message>
    <message>
      <source>KSeF could not finish the authentication: {code} {text}</source>
      <translation>KSeF nie zdołał dokończyć uwierzytelniania: {code} {text}</translation>
    </message>
    <message>
      <source>KSeF did not finish the authentication in time; try again later</source>
      <translation>KSeF nie dokończył uwierzytelniania w czasie; spróbuj ponownie później</translation>
    </message>
    <message>
      <source>KSeF did not give its public key ({usage}): {error}</source>
      <translation>KSeF nie podał swojego klucza publicznego ({usage}): {error}</translation>
    </message>
    <message>
      <source>KSeF refused the authentication for NIP {nip}: {code} {text}</source>
      <translation>KSeF odmówił uwierzytelnienia dla NIP {nip}: {code} {text}</translation>
    </message>
    <message>
      <source>KSeF refused {what} (HTTP {status}): {text}</source>
      <translation>KSeF odmówił ({what}, HTTP {status}): {text}</translation>
    </message>
    <message>
      <source>Keep at least one carrier switched on.</source>
      <translation>Pozostaw włączonego co najmniej jednego przewoźnika.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Klucz</translation>
    </message>
    <message>
      <source>Label {number}</source>
      <translation>Etykieta {number}</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Spóźnione</translation>
    </message>
    <message>
      <source>Lead time (days)</source>
      <translation>Czas dostawy (dni)</translation>
    </message>
    <message>
      <source>Length of {sku} cannot be negative.</source>
      <translation>Długość produktu {sku} nie może być ujemna.</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>List</translation>
    </message>
    <message>
      <source>Letter sent on {day}: {subject}</source>
      <translation>Pismo wysłane {day}: {subject}</translation>
    </message>
    <message>
      <source>Letter written: {subject}</source>
      <translation>Napisano pismo: {subject}</translation>
    </message>
    <message>
      <source>Liability for non-conformity lasts 2 years from delivery ({start}), to the same day of the month or the month's last day (k.c. art. 112): {due}.</source>
      <translation>Odpowiedzialność za brak zgodności towaru z umową trwa 2 lata od dostarczenia ({start}), do tego samego dnia miesiąca albo ostatniego dnia miesiąca (k.c. art. 112): {due}.</translation>
    </message>
    <message>
      <source>Liability for non-conformity lasts 2 years from delivery ({start}), to the same day of the month or the month's last day (k.c. art. 112): {plain}, a Saturday or a statutory day off, so until the next working day, {due} (k.c. art. 115).</source>
      <translation>Odpowiedzialność za brak zgodności towaru z umową trwa 2 lata od dostarczenia ({start}), do tego samego dnia miesiąca albo ostatniego dnia miesiąca (k.c. art. 112): {plain}, a to sobota lub dzień ustawowo wolny od pracy, więc do następnego dnia roboczego, {due} (k.c. art. 115).</translation>
    </message>
    <message>
      <source>Line '{line}' is not linked to a product</source>
      <translation>Pozycja „{line}” nie jest powiązana z produktem</translation>
    </message>
    <message>
      <source>Line {line}: VAT rate '{rate}' is not one of {rates}.</source>
      <translation>Pozycja {line}: stawka VAT „{rate}” nie jest żadną z {rates}.</translation>
    </message>
    <message>
      <source>Line {line}: pick a product or give a name.</source>
      <translation>Pozycja {line}: wybierz produkt albo podaj nazwę.</translation>
    </message>
    <message>
      <source>Line {line}: price cannot be negative.</source>
      <translation>Pozycja {line}: cena nie może być ujemna.</translation>
    </message>
    <message>
      <source>Line {line}: quantity must be at least 1.</source>
      <translation>Pozycja {line}: ilość musi wynosić co najmniej 1.</translation>
    </message>
    <message>
      <source>Line {name}: the quantities cannot be below 0.</source>
      <translation>Pozycja {name}: ilości nie mogą być mniejsze niż 0.</translation>
    </message>
    <message>
      <source>Line {name}: {left} left to take back; {asked} cannot be taken back.</source>
      <translation>Pozycja {name}: do przyjęcia zostało {left}; nie można przyjąć {asked}.</translation>
    </message>
    <message>
      <source>Line {position} ({name}) has {have} left on the invoice; {returned} cannot be returned.</source>
      <translation>Pozycja {position} ({name}): na fakturze zostało {have}; nie można zwrócić {returned}.</translation>
    </message>
    <message>
      <source>Line {position}: the quantity and the price cannot be below 0.</source>
      <translation>Pozycja {position}: ilość i cena nie mogą być mniejsze od 0.</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lokalizacja</translation>
    </message>
    <message>
      <source>Manifest #{manifest_id} does not exist.</source>
      <translation>Protokół nadania nr {manifest_id} nie istnieje.</translation>
    </message>
    <message>
      <source>Manifest {number}</source>
      <translation>Protokół nadania {number}</translation>
    </message>
    <message>
      <source>Manifest {number} was handed over already.</source>
      <translation>Protokół {number} został już przekazany.</translation>
    </message>
    <message>
      <source>Manifest {number} was not confirmed:</source>
      <translation>Protokół {number} nie został potwierdzony:</translation>
    </message>
    <message>
      <source>Marked to pack first</source>
      <translation>Oznaczono do pakowania w pierwszej kolejności</translation>
    </message>
    <message>
      <source>Marketing by e-mail</source>
      <translation>Marketing e-mailowy</translation>
    </message>
    <message>
      <source>Marketing by phone</source>
      <translation>Marketing telefoniczny</translation>
    </message>
    <message>
      <source>Marketplace</source>
      <translation>Platforma sprzedażowa</translation>
    </message>
    <message>
      <source>Marketplace message</source>
      <translation>Wiadomość z platformy sprzedażowej</translation>
    </message>
    <message>
      <source>Median</source>
      <translation>Mediana</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Scalenie</translation>
    </message>
    <message>
      <source>Missing item</source>
      <translation>Brak towaru w paczce</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nazwa</translation>
    </message>
    <message>
      <source>Name the supplier the claim goes to.</source>
      <translation>Podaj dostawcę, do którego idzie reklamacja.</translation>
    </message>
    <message>
      <source>Neither the delivery date nor the shipping date is known: the deadline cannot be counted.</source>
      <translation>Nie jest znana ani data doręczenia, ani data nadania: terminu nie da się policzyć.</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>Netto</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nowe</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Nowa</translation>
    </message>
    <message>
      <source>Newsletter</source>
      <translation>Newsletter</translation>
    </message>
    <message>
      <source>No KSeF token is set: generate one in the KSeF portal and enter it in the settings</source>
      <translation>Nie ustawiono tokenu KSeF: wygeneruj go w portalu KSeF i wpisz w ustawieniach</translation>
    </message>
    <message>
      <source>No KSeF token is stored for NIP {nip} ({environment}): enter it in the settings (Invoices page).</source>
      <translation>Brak zapamiętanego tokenu KSeF dla NIP {nip} ({environment}): wpisz go w ustawieniach (strona Faktury).</translation>
    </message>
    <message>
      <source>No backup could be written into {folder}: {reason}</source>
      <translation>Nie można zapisać kopii zapasowej w {folder}: {reason}</translation>
    </message>
    <message>
      <source>No customer matches {given}.</source>
      <translation>Żaden klient nie pasuje do {given}.</translation>
    </message>
    <message>
      <source>No customer with id {id}.</source>
      <translation>Nie ma klienta o identyfikatorze {id}.</translation>
    </message>
    <message>
      <source>No e-mail or phone to contact the buyer</source>
      <translation>Brak e-maila i telefonu do kupującego</translation>
    </message>
    <message>
      <source>No good backup of it was found in {folder}.</source>
      <translation>W {folder} nie znaleziono jego dobrej kopii zapasowej.</translation>
    </message>
    <message>
      <source>No good backup of {file} was found in {folder}; name one with --from.</source>
      <translation>W {folder} nie znaleziono dobrej kopii zapasowej pliku {file}; wskaż ją opcją --from.</translation>
    </message>
    <message>
      <source>No longer to pack first</source>
      <translation>Zdjęto oznaczenie pakowania w pierwszej kolejności</translation>
    </message>
    <message>
      <source>No order and no parcel has the number '{number}'.</source>
      <translation>Żadne zamówienie ani paczka nie ma numeru '{number}'.</translation>
    </message>
    <message>
      <source>No order numbers were given.</source>
      <translation>Nie podano numerów zamówień.</translation>
    </message>
    <message>
      <source>No order was changed: {failed} of the {selected} selected orders cannot go to '{status}'.</source>
      <translation>Nie zmieniono żadnego zamówienia: {failed} z {selected} zaznaczonych zamówień nie może przejść do stanu „{status}”.</translation>
    </message>
    <message>
      <source>No order with the number '{number}'.</source>
      <translation>Nie ma zamówienia o numerze „{number}”.</translation>
    </message>
    <message>
      <source>No orders with the numbers {numbers}.</source>
      <translation>Nie ma zamówień o numerach {numbers}.</translation>
    </message>
    <message>
      <source>No packed {carrier} parcels are waiting for a manifest.</source>
      <translation>Brak spakowanych paczek {carrier} czekających na protokół nadania.</translation>
    </message>
    <message>
      <source>No product with the SKU {sku}.</source>
      <translation>Brak produktu o SKU {sku}.</translation>
    </message>
    <message>
      <source>No shipment yet for order(s): {orders}</source>
      <translation>Zamówienia bez przesyłki: {orders}</translation>
    </message>
    <message>
      <source>No shipping address</source>
      <translation>Brak adresu dostawy</translation>
    </message>
    <message>
      <source>None of the selected orders exist.</source>
      <translation>Żadne z zaznaczonych zamówień nie istnieje.</translation>
    </message>
    <message>
      <source>Not a duplicate (checked by the user)</source>
      <translation>To nie duplikat (sprawdzone przez użytkownika)</translation>
    </message>
    <message>
      <source>Not as described</source>
      <translation>Niezgodny z opisem</translation>
    </message>
    <message>
      <source>Not enough stock of {sku}: {ordered} ordered, {available} available</source>
      <translation>Za mało towaru {sku}: zamówiono {ordered}, dostępne {available}</translation>
    </message>
    <message>
      <source>Not enough stock of {sku}: {quantity} to take out, {available} available ({on_hand} on hand, {reserved} reserved).</source>
      <translation>Za mało towaru {sku}: do wydania {quantity}, dostępne {available} (na stanie {on_hand}, zarezerwowane {reserved}).</translation>
    </message>
    <message>
      <source>Not enough stock of {sku}: {quantity} to take out, {on_hand} on hand.</source>
      <translation>Za mało towaru {sku}: do wydania {quantity}, na stanie {on_hand}.</translation>
    </message>
    <message>
      <source>Not paid (and not cash on delivery)</source>
      <translation>Nieopłacone (i nie za pobraniem)</translation>
    </message>
    <message>
      <source>Not paid within 7 days</source>
      <translation>Nieopłacone w ciągu 7 dni</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>Niewysłana</translation>
    </message>
    <message>
      <source>Not sent {not_sent}, queued {queued}, sent awaiting KSeF {sent}, accepted {accepted}, rejected {rejected}.</source>
      <translation>Niewysłane {not_sent}, w kolejce {queued}, wysłane i czekające na KSeF {sent}, przyjęte {accepted}, odrzucone {rejected}.</translation>
    </message>
    <message>
      <source>Not sent, still queued: {numbers}</source>
      <translation>Niewysłane, nadal w kolejce: {numbers}</translation>
    </message>
    <message>
      <source>Nothing to pick for {numbers}: shipped, returned or cancelled.</source>
      <translation>Nic do skompletowania dla {numbers}: wysłane, zwrócone lub anulowane.</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Nie ma czego cofnąć.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>Nothing was changed: add --yes to anonymise (it cannot be undone).</source>
      <translation>Nic nie zmieniono: dodaj --yes, aby zanonimizować (tego nie da się cofnąć).</translation>
    </message>
    <message>
      <source>OK: no faults found</source>
      <translation>OK: nie znaleziono błędów</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Wstrzymane</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>Na czas</translation>
    </message>
    <message>
      <source>One too many: {item} is complete ({ordered} of {ordered}).</source>
      <translation>O jeden za dużo: {item} jest już kompletne ({ordered} z {ordered}).</translation>
    </message>
    <message>
      <source>Only a shop in an SQLite file can be backed up this way; back up a PostgreSQL shop with pg_dump.</source>
      <translation>W ten sposób można skopiować tylko sklep w pliku SQLite; sklep w PostgreSQL kopiuje się narzędziem pg_dump.</translation>
    </message>
    <message>
      <source>Only a shop in an SQLite file can be restored this way.</source>
      <translation>W ten sposób można przywrócić tylko sklep w pliku SQLite.</translation>
    </message>
    <message>
      <source>Opening stock</source>
      <translation>Stan początkowy</translation>
    </message>
    <message>
      <source>Opening stock cannot be negative.</source>
      <translation>Stan początkowy nie może być ujemny.</translation>
    </message>
    <message>
      <source>Opening stock from {file}</source>
      <translation>Stan początkowy z pliku {file}</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Zamówienie</translation>
    </message>
    <message>
      <source>Order #{order_id} does not exist.</source>
      <translation>Zamówienie nr {order_id} nie istnieje.</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>Data zamówienia</translation>
    </message>
    <message>
      <source>Order edited</source>
      <translation>Zamówienie zmienione</translation>
    </message>
    <message>
      <source>Order number</source>
      <translation>Numer zamówienia</translation>
    </message>
    <message>
      <source>Order status</source>
      <translation>Status zamówienia</translation>
    </message>
    <message>
      <source>Order {id} does not exist.</source>
      <translation>Zamówienie {id} nie istnieje.</translation>
    </message>
    <message>
      <source>Order {number} already has a shipment; change that one.</source>
      <translation>Zamówienie {number} ma już przesyłkę; zmień istniejącą.</translation>
    </message>
    <message>
      <source>Order {number} already has invoice {invoice}; correct it instead of issuing another.</source>
      <translation>Zamówienie {number} ma już fakturę {invoice}; zamiast wystawiać kolejną, wystaw do niej korektę.</translation>
    </message>
    <message>
      <source>Order {number} booked with {carrier}</source>
      <translation>Zamówienie {number} zgłoszone do przewoźnika {carrier}</translation>
    </message>
    <message>
      <source>Order {number} cannot be packed: it is {status}.</source>
      <translation>Zamówienia {number} nie można spakować: ma status „{status}”.</translation>
    </message>
    <message>
      <source>Order {number} cannot be put on hold at packing: it is {status}.</source>
      <translation>Zamówienia {number} nie można wstrzymać przy pakowaniu: ma status „{status}”.</translation>
    </message>
    <message>
      <source>Order {number} cannot go from '{from_status}' to '{to_status}'.</source>
      <translation>Zamówienie {number} nie może przejść ze stanu „{from_status}” do „{to_status}”.</translation>
    </message>
    <message>
      <source>Order {number} changed while it was being packed; open it again and scan its lines.</source>
      <translation>Zamówienie {number} zmieniło się w trakcie pakowania; otwórz je ponownie i zeskanuj pozycje.</translation>
    </message>
    <message>
      <source>Order {number} has a negative discount; correct the order first.</source>
      <translation>Zamówienie {number} ma ujemny rabat; najpierw popraw zamówienie.</translation>
    </message>
    <message>
      <source>Order {number} has an exempt (zw) line: fill in the legal basis of the exemption in the invoice settings first.</source>
      <translation>Zamówienie {number} ma pozycję zwolnioną (zw): najpierw wpisz podstawę prawną zwolnienia w ustawieniach faktur.</translation>
    </message>
    <message>
      <source>Order {number} has no lines to invoice.</source>
      <translation>Zamówienie {number} nie ma pozycji do zafakturowania.</translation>
    </message>
    <message>
      <source>Order {number} is being packed by {who} at station {station} (since {since}).</source>
      <translation>Zamówienie {number} pakuje {who} na stanowisku {station} (od {since}).</translation>
    </message>
    <message>
      <source>Order {number} is cancelled: it gets no invoice.</source>
      <translation>Zamówienie {number} jest anulowane: nie wystawia się do niego faktury.</translation>
    </message>
    <message>
      <source>Order {number} is cancelled: it has no packing slip.</source>
      <translation>Zamówienie {number} jest anulowane: nie ma listy pakunkowej.</translation>
    </message>
    <message>
      <source>Order {number} is in PLN: an invoice in PLN takes no exchange rate.</source>
      <translation>Zamówienie {number} jest w PLN: faktura w PLN nie ma kursu waluty.</translation>
    </message>
    <message>
      <source>Order {number} is in {currency}: the invoice needs the NBP mid rate of {currency} of the last business day before the sale date, and that day.</source>
      <translation>Zamówienie {number} jest w {currency}: faktura wymaga kursu średniego NBP dla {currency} z ostatniego dnia roboczego przed datą sprzedaży oraz daty tego kursu.</translation>
    </message>
    <message>
      <source>Order {number} is not complete ({missing}): scan every item, or pack it with the owner's PIN.</source>
      <translation>Zamówienie {number} nie jest kompletne ({missing}): zeskanuj każdy towar albo spakuj je z PIN-em właściciela.</translation>
    </message>
    <message>
      <source>Order {number} is not ready to pack: {problems}</source>
      <translation>Zamówienie {number} nie jest gotowe do pakowania: {problems}</translation>
    </message>
    <message>
      <source>Order {number} is {status} and can no longer be edited.</source>
      <translation>Zamówienie {number} jest już {status} i nie można go edytować.</translation>
    </message>
    <message>
      <source>Order {number} is {status}; it gets no new shipment.</source>
      <translation>Zamówienie {number} ma status „{status}”; nie można utworzyć dla niego nowej przesyłki.</translation>
    </message>
    <message>
      <source>Order {number} is {status}; selling below zero stock can be allowed or withdrawn only before the order is verified.</source>
      <translation>Zamówienie {number} ma status „{status}”; zgodę na sprzedaż poniżej zerowego stanu można dać lub cofnąć tylko przed weryfikacją zamówienia.</translation>
    </message>
    <message>
      <source>Order {number} placed: {amount}</source>
      <translation>Zamówienie {number} złożone: {amount}</translation>
    </message>
    <message>
      <source>Order {number} shipped</source>
      <translation>Zamówienie {number} wysłane</translation>
    </message>
    <message>
      <source>Order {number} shipped by {carrier}, tracking number {tracking}</source>
      <translation>Zamówienie {number} nadane przez {carrier}, numer przesyłki {tracking}</translation>
    </message>
    <message>
      <source>Order {number}: no carrier matches the shipping method '{method}'; choose the carrier.</source>
      <translation>Zamówienie {number}: żaden przewoźnik nie pasuje do sposobu dostawy „{method}”; wybierz przewoźnika.</translation>
    </message>
    <message>
      <source>Order {number}: not enough stock of {products}</source>
      <translation>Zamówienie {number}: za mało towaru – {products}</translation>
    </message>
    <message>
      <source>Order {number}: {carrier} needs the pick-up point code (e.g. WAW123M).</source>
      <translation>Zamówienie {number}: {carrier} wymaga kodu punktu odbioru (np. WAW123M).</translation>
    </message>
    <message>
      <source>Order {number}: {from_status} → {to_status}</source>
      <translation>Zamówienie {number}: {from_status} → {to_status}</translation>
    </message>
    <message>
      <source>Order {order} already has invoice {invoice}; written to {file}.</source>
      <translation>Zamówienie {order} ma już fakturę {invoice}; zapisano ją w {file}.</translation>
    </message>
    <message>
      <source>Order {order} has no invoice, so there is nothing to correct.</source>
      <translation>Zamówienie {order} nie ma faktury, więc nie ma czego korygować.</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Zamówienia</translation>
    </message>
    <message>
      <source>Orders by carrier</source>
      <translation>Zamówienia wg przewoźnika</translation>
    </message>
    <message>
      <source>Orders by source</source>
      <translation>Zamówienia wg źródła</translation>
    </message>
    <message>
      <source>Orders exported to {file} (rows: {rows}).</source>
      <translation>Wyeksportowano zamówienia do {file} (wierszy: {rows}).</translation>
    </message>
    <message>
      <source>Orders, previous period</source>
      <translation>Zamówienia, poprzedni okres</translation>
    </message>
    <message>
      <source>Orientation is portrait or landscape.</source>
      <translation>Orientacja może być tylko pionowa lub pozioma.</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Inne</translation>
    </message>
    <message>
      <source>Out of time: the claim was received on {day}, after the liability period ended on {due}.</source>
      <translation>Po terminie: reklamacja wpłynęła {day}, po upływie okresu rękojmi ({due}).</translation>
    </message>
    <message>
      <source>Out of time: the withdrawal was received on {day}, after its window ended on {due}.</source>
      <translation>Po terminie: odstąpienie wpłynęło {day}, po upływie terminu na odstąpienie ({due}).</translation>
    </message>
    <message>
      <source>Outgoing</source>
      <translation>Wychodzący</translation>
    </message>
    <message>
      <source>Own delivery</source>
      <translation>Dostawa własna</translation>
    </message>
    <message>
      <source>PLN</source>
      <translation>zł</translation>
    </message>
    <message>
      <source>Pack log exported to {file} (rows: {rows}).</source>
      <translation>Wyeksportowano dziennik pakowania do {file} (wierszy: {rows}).</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Spakowane</translation>
    </message>
    <message>
      <source>Packed at station {station} in {seconds} s</source>
      <translation>Spakowane na stanowisku {station} w {seconds} s</translation>
    </message>
    <message>
      <source>Packed incomplete with the owner's PIN at station {station}: {why} (not scanned: {missing})</source>
      <translation>Spakowane niekompletne z PIN-em właściciela na stanowisku {station}: {why} (niezeskanowane: {missing})</translation>
    </message>
    <message>
      <source>Packing</source>
      <translation>W pakowaniu</translation>
    </message>
    <message>
      <source>Packing slip {number}</source>
      <translation>Lista pakunkowa {number}</translation>
    </message>
    <message>
      <source>Packing started at station {station}</source>
      <translation>Rozpoczęto pakowanie na stanowisku {station}</translation>
    </message>
    <message>
      <source>Packing stopped at station {station}</source>
      <translation>Przerwano pakowanie na stanowisku {station}</translation>
    </message>
    <message>
      <source>Parcel {parcel}: the weight must be more than 0 kg.</source>
      <translation>Paczka {parcel}: waga musi być większa niż 0 kg.</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Płatność</translation>
    </message>
    <message>
      <source>Payment method</source>
      <translation>Sposób płatności</translation>
    </message>
    <message>
      <source>Payment status</source>
      <translation>Status płatności</translation>
    </message>
    <message>
      <source>Payment: {old_status} -&gt; {new_status}</source>
      <translation>Płatność: {old_status} → {new_status}</translation>
    </message>
    <message>
      <source>Personal data</source>
      <translation>Dane osobowe</translation>
    </message>
    <message>
      <source>Personal data anonymised</source>
      <translation>Zanonimizowano dane osobowe</translation>
    </message>
    <message>
      <source>Personal data are exported to a .json or .xlsx file, not {file}.</source>
      <translation>Dane osobowe eksportuje się do pliku .json lub .xlsx, nie {file}.</translation>
    </message>
    <message>
      <source>Personal data exported</source>
      <translation>Wyeksportowano dane osobowe</translation>
    </message>
    <message>
      <source>Personal data of customer #{id} written to {file}.</source>
      <translation>Dane osobowe klienta nr {id} zapisano w {file}.</translation>
    </message>
    <message>
      <source>Personal pickup</source>
      <translation>Odbiór osobisty</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Photo of the parcel taken at station {station}</source>
      <translation>Zdjęcie paczki zrobione na stanowisku {station}</translation>
    </message>
    <message>
      <source>Photo {id} does not exist.</source>
      <translation>Zdjęcie {id} nie istnieje.</translation>
    </message>
    <message>
      <source>Pick list: {numbers}</source>
      <translation>Lista kompletacyjna: {numbers}</translation>
    </message>
    <message>
      <source>Pick list: {numbers} and {more} more</source>
      <translation>Lista kompletacyjna: {numbers} i jeszcze {more}</translation>
    </message>
    <message>
      <source>Pick the customers to merge.</source>
      <translation>Wybierz klientów do scalenia.</translation>
    </message>
    <message>
      <source>Picking started</source>
      <translation>Rozpoczęto kompletowanie</translation>
    </message>
    <message>
      <source>Pickup at the shop</source>
      <translation>Odbiór w sklepie</translation>
    </message>
    <message>
      <source>Possible duplicate of order {number}</source>
      <translation>Możliwy duplikat zamówienia {number}</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>Kod pocztowy</translation>
    </message>
    <message>
      <source>Previous period</source>
      <translation>Poprzedni okres</translation>
    </message>
    <message>
      <source>Price reduction</source>
      <translation>Obniżenie ceny</translation>
    </message>
    <message>
      <source>Prices of {sku} cannot be negative.</source>
      <translation>Ceny produktu {sku} nie mogą być ujemne.</translation>
    </message>
    <message>
      <source>Print log entry #{log_id} does not exist.</source>
      <translation>Wpis nr {log_id} w historii wydruków nie istnieje.</translation>
    </message>
    <message>
      <source>Product #{product_id} does not exist.</source>
      <translation>Produkt nr {product_id} nie istnieje.</translation>
    </message>
    <message>
      <source>Product name</source>
      <translation>Nazwa produktu</translation>
    </message>
    <message>
      <source>Product question</source>
      <translation>Pytanie o produkt</translation>
    </message>
    <message>
      <source>Product {id} does not exist.</source>
      <translation>Produkt {id} nie istnieje.</translation>
    </message>
    <message>
      <source>Product {sku} already has the EAN {ean}; change it on the product card if {code} really replaces it.</source>
      <translation>Produkt {sku} ma już EAN {ean}; jeśli {code} naprawdę go zastępuje, zmień go na karcie produktu.</translation>
    </message>
    <message>
      <source>Product {sku} needs a name.</source>
      <translation>Produkt {sku} musi mieć nazwę.</translation>
    </message>
    <message>
      <source>Profiling</source>
      <translation>Profilowanie</translation>
    </message>
    <message>
      <source>Purchase price</source>
      <translation>Cena zakupu</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Ilość</translation>
    </message>
    <message>
      <source>Queued for KSeF</source>
      <translation>W kolejce do KSeF</translation>
    </message>
    <message>
      <source>Queued since {since}, offline {offline}; to be sent by {deadline}.</source>
      <translation>W kolejce od {since}, offline {offline}; wysłać najpóźniej {deadline}.</translation>
    </message>
    <message>
      <source>Ready to pack</source>
      <translation>Gotowe do pakowania</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
      <source>Refund #{id} does not exist.</source>
      <translation>Zwrot #{id} nie istnieje.</translation>
    </message>
    <message>
      <source>Refund of {amount} {currency} paid on {paid_on}.</source>
      <translation>Zwrot {amount} {currency} wypłacony {paid_on}.</translation>
    </message>
    <message>
      <source>Refund of {amount} {currency} recorded ({method}), due {due_on}.</source>
      <translation>Zapisano zwrot {amount} {currency} ({method}), termin {due_on}.</translation>
    </message>
    <message>
      <source>Registered: {kind}, received {day} ({channel}); the shop's deadline is {due}.</source>
      <translation>Zarejestrowano: {kind}, otrzymano {day} ({channel}); termin sklepu: {due}.</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Odrzucona</translation>
    </message>
    <message>
      <source>Rejected by KSeF</source>
      <translation>Odrzucona przez KSeF</translation>
    </message>
    <message>
      <source>Rejected: {reason}</source>
      <translation>Odrzucona: {reason}</translation>
    </message>
    <message>
      <source>Rejection</source>
      <translation>Odmowa</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>Stan minimalny</translation>
    </message>
    <message>
      <source>Reorder point, quantity and lead time of {sku} cannot be negative.</source>
      <translation>Stan minimalny, ilość zamawiana i czas dostawy produktu {sku} nie mogą być ujemne.</translation>
    </message>
    <message>
      <source>Reorder quantity</source>
      <translation>Ilość zamawiana</translation>
    </message>
    <message>
      <source>Repair</source>
      <translation>Naprawa</translation>
    </message>
    <message>
      <source>Replace {file} with the backup {backup}? The current file is kept aside. [y/N] </source>
      <translation>Zastąpić {file} kopią zapasową {backup}? Obecny plik zostanie odłożony obok. [t/N] </translation>
    </message>
    <message>
      <source>Replacement</source>
      <translation>Wymiana</translation>
    </message>
    <message>
      <source>Replacement for case {number}</source>
      <translation>Wymiana w ramach sprawy {number}</translation>
    </message>
    <message>
      <source>Replacement order {order} created for packing.</source>
      <translation>Utworzono zamówienie zamienne {order}, gotowe do pakowania.</translation>
    </message>
    <message>
      <source>Report for {month} written to {file}.</source>
      <translation>Raport za {month} zapisano w {file}.</translation>
    </message>
    <message>
      <source>Request for more information</source>
      <translation>Prośba o uzupełnienie</translation>
    </message>
    <message>
      <source>Restored {file} from {backup}; the file it replaced is kept as {aside}.</source>
      <translation>Przywrócono {file} z kopii {backup}; zastąpiony plik zachowano jako {aside}.</translation>
    </message>
    <message>
      <source>Restoring replaces {file} with {backup}; add --yes to do it without a question.</source>
      <translation>Przywrócenie zastąpi {file} kopią {backup}; dodaj --yes, aby zrobić to bez pytania.</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>Zwrot</translation>
    </message>
    <message>
      <source>Return form {number}</source>
      <translation>Formularz zwrotu {number}</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Zwrócone</translation>
    </message>
    <message>
      <source>Returned: withdrawal from the contract</source>
      <translation>Zwrócone: odstąpienie od umowy</translation>
    </message>
    <message>
      <source>Returns (%)</source>
      <translation>Zwroty (%)</translation>
    </message>
    <message>
      <source>Returns and complaints per product (%)</source>
      <translation>Zwroty i reklamacje wg produktu (%)</translation>
    </message>
    <message>
      <source>Revenue (gross and net)</source>
      <translation>Przychód (brutto i netto)</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <source>SKU {sku} is already used by another product.</source>
      <translation>SKU {sku} jest już używane przez inny produkt.</translation>
    </message>
    <message>
      <source>SKU {sku} is also on row {row}: this row is skipped (give each variant its own SKU)</source>
      <translation>SKU {sku} jest też w wierszu {row}: ten wiersz pominięto (nadaj każdemu wariantowi własne SKU)</translation>
    </message>
    <message>
      <source>Say what is wrong: choose a reason or write a description.</source>
      <translation>Podaj, co jest nie tak: wybierz przyczynę lub wpisz opis.</translation>
    </message>
    <message>
      <source>Say what the customer demands (repair, replacement, price reduction or refund).</source>
      <translation>Podaj żądanie klienta (naprawa, wymiana, obniżenie ceny lub zwrot pieniędzy).</translation>
    </message>
    <message>
      <source>Say why the customer's data are anonymised.</source>
      <translation>Podaj, dlaczego dane klienta są anonimizowane.</translation>
    </message>
    <message>
      <source>Say why the goods are written off (damaged, lost, expired...).</source>
      <translation>Podaj, dlaczego towar jest spisywany ze stanu (uszkodzony, zgubiony, przeterminowany…).</translation>
    </message>
    <message>
      <source>Say why the order is packed incomplete.</source>
      <translation>Podaj, dlaczego zamówienie jest pakowane niekompletne.</translation>
    </message>
    <message>
      <source>Say why the order is put on hold.</source>
      <translation>Podaj, dlaczego zamówienie jest wstrzymywane.</translation>
    </message>
    <message>
      <source>Scan the shelf first: {item} is on shelf {location}.</source>
      <translation>Najpierw zeskanuj półkę: {item} leży na półce {location}.</translation>
    </message>
    <message>
      <source>Selling below zero stock allowed for this order</source>
      <translation>Zezwolono na sprzedaż tego zamówienia poniżej zerowego stanu</translation>
    </message>
    <message>
      <source>Selling below zero stock no longer allowed for this order</source>
      <translation>Cofnięto zgodę na sprzedaż tego zamówienia poniżej zerowego stanu</translation>
    </message>
    <message>
      <source>Sending to KSeF</source>
      <translation>Wysyłanie do KSeF</translation>
    </message>
    <message>
      <source>Sending to KSeF needs the optional package: pip install "zaplecze[ksef]" ({error})</source>
      <translation>Wysyłka do KSeF wymaga dodatkowego pakietu: pip install "zaplecze[ksef]" ({error})</translation>
    </message>
    <message>
      <source>Sent, awaiting KSeF</source>
      <translation>Wysłana, czeka na KSeF</translation>
    </message>
    <message>
      <source>Several customers match {given}: {ids}. Choose one with --id.</source>
      <translation>Do {given} pasuje kilku klientów: {ids}. Wybierz jednego przez --id.</translation>
    </message>
    <message>
      <source>Shelf {shelf}: everything from it is packed. Next: {next}.</source>
      <translation>Półka {shelf}: wszystko z niej spakowane. Następna: {next}.</translation>
    </message>
    <message>
      <source>Shelf {shelf}: take {items}.</source>
      <translation>Półka {shelf}: weź {items}.</translation>
    </message>
    <message>
      <source>Shipment</source>
      <translation>Przesyłka</translation>
    </message>
    <message>
      <source>Shipment #{shipment_id} does not exist.</source>
      <translation>Przesyłka nr {shipment_id} nie istnieje.</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Wysłane</translation>
    </message>
    <message>
      <source>Shipped in the shop's export {file}</source>
      <translation>Wysłane według eksportu sklepu {file}</translation>
    </message>
    <message>
      <source>Shipped on time (%)</source>
      <translation>Wysłane na czas (%)</translation>
    </message>
    <message>
      <source>Shipping cost</source>
      <translation>Koszt dostawy</translation>
    </message>
    <message>
      <source>Shipping cost cannot be negative.</source>
      <translation>Koszt dostawy nie może być ujemny.</translation>
    </message>
    <message>
      <source>Shipping method</source>
      <translation>Sposób dostawy</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Media społecznościowe</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>Sprzedane</translation>
    </message>
    <message>
      <source>Sold in 30 days</source>
      <translation>Sprzedane w 30 dni</translation>
    </message>
    <message>
      <source>Sold in 90 days</source>
      <translation>Sprzedane w 90 dni</translation>
    </message>
    <message>
      <source>Some of the chosen shipments no longer exist.</source>
      <translation>Niektóre z wybranych przesyłek już nie istnieją.</translation>
    </message>
    <message>
      <source>Some of the selected invoices no longer exist.</source>
      <translation>Niektóre z zaznaczonych faktur już nie istnieją.</translation>
    </message>
    <message>
      <source>Some of the selected orders no longer exist.</source>
      <translation>Części zaznaczonych zamówień już nie ma.</translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>Zmiana statusu</translation>
    </message>
    <message>
      <source>Statutory liability (non-conformity)</source>
      <translation>Rękojmia (niezgodność z umową)</translation>
    </message>
    <message>
      <source>Stock (new products)</source>
      <translation>Stan (nowe produkty)</translation>
    </message>
    <message>
      <source>Stock exported to {file} (rows: {rows}).</source>
      <translation>Wyeksportowano stany magazynowe do {file} (wierszy: {rows}).</translation>
    </message>
    <message>
      <source>Stock value</source>
      <translation>Wartość zapasu</translation>
    </message>
    <message>
      <source>Stock value (PLN, net purchase)</source>
      <translation>Wartość zapasu (zł, netto w cenie zakupu)</translation>
    </message>
    <message>
      <source>Stock: 'Variant Inventory Qty' becomes the opening stock of new products only; the stock of products already here is kept by our ledger.</source>
      <translation>Stan: „Variant Inventory Qty” staje się stanem początkowym tylko nowych produktów; stan produktów, które już tu są, wynika z naszej ewidencji.</translation>
    </message>
    <message>
      <source>Stock: the stock column becomes the opening stock of new products only.</source>
      <translation>Stan: kolumna stanu staje się stanem początkowym tylko nowych produktów.</translation>
    </message>
    <message>
      <source>Stocktake from {file}</source>
      <translation>Inwentaryzacja z pliku {file}</translation>
    </message>
    <message>
      <source>Street and number</source>
      <translation>Ulica i numer</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Dostawca</translation>
    </message>
    <message>
      <source>Supplier claim #{id} does not exist.</source>
      <translation>Reklamacja u dostawcy #{id} nie istnieje.</translation>
    </message>
    <message>
      <source>Supplier {supplier} answered on {answered_on}: {answer}</source>
      <translation>Dostawca {supplier} odpowiedział {answered_on}: {answer}</translation>
    </message>
    <message>
      <source>The FA(3) file of invoice {number} does not pass the official schema: {errors}</source>
      <translation>Plik FA(3) faktury {number} nie przechodzi kontroli oficjalnego schematu: {errors}</translation>
    </message>
    <message>
      <source>The KSeF environment is test, demo or prod, not '{name}'.</source>
      <translation>Środowisko KSeF to test, demo albo prod, a nie '{name}'.</translation>
    </message>
    <message>
      <source>The KSeF session {session} was not opened by this connection; open a new one</source>
      <translation>Sesja KSeF {session} nie została otwarta przez to połączenie; otwórz nową</translation>
    </message>
    <message>
      <source>The NIP and exchange rate given were not used: they apply only when an invoice is issued.</source>
      <translation>Podanych NIP-u i kursu waluty nie użyto: liczą się tylko przy wystawianiu faktury.</translation>
    </message>
    <message>
      <source>The PDF and the XML file need different names.</source>
      <translation>Plik PDF i plik XML muszą mieć różne nazwy.</translation>
    </message>
    <message>
      <source>The PIN must be at least {count} digits.</source>
      <translation>PIN musi mieć co najmniej {count} cyfry.</translation>
    </message>
    <message>
      <source>The adjustment is zero; nothing to record.</source>
      <translation>Korekta wynosi zero; nie ma czego zapisać.</translation>
    </message>
    <message>
      <source>The answer cannot come before the claim was sent ({sent_on}).</source>
      <translation>Odpowiedź nie może być wcześniejsza niż wysłanie reklamacji ({sent_on}).</translation>
    </message>
    <message>
      <source>The backup {backup} is damaged too ({problem}); nothing was changed.</source>
      <translation>Kopia zapasowa {backup} też jest uszkodzona ({problem}); nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>The backup {out} would be written over the shop file itself; choose another file.</source>
      <translation>Kopia {out} zostałaby zapisana na sam plik sklepu; wybierz inny plik.</translation>
    </message>
    <message>
      <source>The carrier</source>
      <translation>Przewoźnik</translation>
    </message>
    <message>
      <source>The carrier's tracking link</source>
      <translation>Link do śledzenia u przewoźnika</translation>
    </message>
    <message>
      <source>The case no longer exists.</source>
      <translation>Sprawa już nie istnieje.</translation>
    </message>
    <message>
      <source>The case's decision in the customer's words</source>
      <translation>Decyzja w sprawie słowami klienta</translation>
    </message>
    <message>
      <source>The case's number</source>
      <translation>Numer reklamacji</translation>
    </message>
    <message>
      <source>The category of {sku} is longer than {most} characters.</source>
      <translation>Kategoria produktu {sku} jest dłuższa niż {most} znaków.</translation>
    </message>
    <message>
      <source>The certificate expired on {day}.</source>
      <translation>Certyfikat stracił ważność {day}.</translation>
    </message>
    <message>
      <source>The certificate's RSA key has {bits} bits; KSeF requires at least 2048.</source>
      <translation>Klucz RSA certyfikatu ma {bits} bitów; KSeF wymaga co najmniej 2048.</translation>
    </message>
    <message>
      <source>The certificate's key is neither RSA nor EC P-256, the two kinds KSeF issues.</source>
      <translation>Klucz certyfikatu nie jest ani kluczem RSA, ani EC P-256 — a tylko takie wydaje KSeF.</translation>
    </message>
    <message>
      <source>The chosen line is not a line of this order.</source>
      <translation>Wybrana pozycja nie należy do tego zamówienia.</translation>
    </message>
    <message>
      <source>The contact no longer exists.</source>
      <translation>Ten kontakt już nie istnieje.</translation>
    </message>
    <message>
      <source>The contact's time has no time zone.</source>
      <translation>Czas kontaktu nie ma strefy czasowej.</translation>
    </message>
    <message>
      <source>The correction changes nothing.</source>
      <translation>Korekta niczego nie zmienia.</translation>
    </message>
    <message>
      <source>The correction has an exempt (zw) line: fill in the legal basis of the exemption in the invoice settings first.</source>
      <translation>Korekta ma pozycję zwolnioną (zw): najpierw wpisz podstawę prawną zwolnienia w ustawieniach faktur.</translation>
    </message>
    <message>
      <source>The correction leaves out line {position}; give it with quantity 0 to take it off.</source>
      <translation>Korekta pomija pozycję {position}; aby ją usunąć, podaj ją z ilością 0.</translation>
    </message>
    <message>
      <source>The country must be a two-letter code such as PL.</source>
      <translation>Kraj podaj dwuliterowym kodem, np. PL.</translation>
    </message>
    <message>
      <source>The credit must be more than 0.</source>
      <translation>Uznanie musi być większe niż 0.</translation>
    </message>
    <message>
      <source>The credit of this claim was recorded already.</source>
      <translation>Uznanie tej reklamacji jest już zapisane.</translation>
    </message>
    <message>
      <source>The current PIN is wrong; the PIN was not changed.</source>
      <translation>Obecny PIN jest błędny; PIN nie został zmieniony.</translation>
    </message>
    <message>
      <source>The customer may withdraw within 14 days of taking possession of the goods ({start}), that day not counted (k.c. art. 111): by {due}.</source>
      <translation>Klient może odstąpić od umowy w ciągu 14 dni od objęcia towaru w posiadanie ({start}), nie licząc tego dnia (k.c. art. 111): do {due}.</translation>
    </message>
    <message>
      <source>The customer may withdraw within 14 days of taking possession of the goods ({start}), that day not counted (k.c. art. 111): by {plain}, a Saturday or a statutory day off, so until the next working day, {due} (k.c. art. 115).</source>
      <translation>Klient może odstąpić od umowy w ciągu 14 dni od objęcia towaru w posiadanie ({start}), nie licząc tego dnia (k.c. art. 111): do {plain}, a to sobota lub dzień ustawowo wolny od pracy, więc do następnego dnia roboczego, {due} (k.c. art. 115).</translation>
    </message>
    <message>
      <source>The customer no longer exists.</source>
      <translation>Ten klient już nie istnieje.</translation>
    </message>
    <message>
      <source>The customer's name</source>
      <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
      <source>The customer's name is empty.</source>
      <translation>Nazwa klienta jest pusta.</translation>
    </message>
    <message>
      <source>The cut-off time of {carrier} must be written as HH:MM.</source>
      <translation>Godzinę odbioru przez {carrier} trzeba zapisać jako GG:MM.</translation>
    </message>
    <message>
      <source>The database {database} already holds orders or products; demo data goes into an empty database only.</source>
      <translation>Baza danych {database} zawiera już zamówienia lub produkty; dane demonstracyjne można wczytać tylko do pustej bazy.</translation>
    </message>
    <message>
      <source>The database {file} cannot be used: {reason}</source>
      <translation>Nie można użyć bazy danych {file}: {reason}</translation>
    </message>
    <message>
      <source>The day received ({day}) is in the future.</source>
      <translation>Data otrzymania ({day}) jest w przyszłości.</translation>
    </message>
    <message>
      <source>The day the case was received</source>
      <translation>Data otrzymania reklamacji</translation>
    </message>
    <message>
      <source>The day the order was placed</source>
      <translation>Data złożenia zamówienia</translation>
    </message>
    <message>
      <source>The default parcel weight must be more than 0 kg.</source>
      <translation>Domyślna waga paczki musi być większa niż 0 kg.</translation>
    </message>
    <message>
      <source>The delivery day ({delivered}) is after the day the case was received ({day}).</source>
      <translation>Data doręczenia ({delivered}) jest późniejsza niż data otrzymania zgłoszenia ({day}).</translation>
    </message>
    <message>
      <source>The delivery day is unknown: the period is counted from the shipping day.</source>
      <translation>Data doręczenia nieznana: termin liczony od dnia wysyłki.</translation>
    </message>
    <message>
      <source>The document has no quantities; nothing to record.</source>
      <translation>Dokument nie ma żadnych ilości; nie ma czego zapisać.</translation>
    </message>
    <message>
      <source>The e-mail '{email}' does not look like an address (name@domain.pl).</source>
      <translation>E-mail „{email}” nie wygląda na adres (nazwa@domena.pl).</translation>
    </message>
    <message>
      <source>The exchange rate must be above 0.</source>
      <translation>Kurs waluty musi być większy od 0.</translation>
    </message>
    <message>
      <source>The exchange rate must be of a day before the sale date ({date}); {rate_date} is not.</source>
      <translation>Kurs waluty musi pochodzić z dnia przed datą sprzedaży ({date}); {rate_date} nim nie jest.</translation>
    </message>
    <message>
      <source>The exchange rate {rate} has more than 6 decimal places; an invoice states it to 6.</source>
      <translation>Kurs waluty {rate} ma więcej niż 6 miejsc po przecinku; na fakturze podaje się go z dokładnością do 6.</translation>
    </message>
    <message>
      <source>The file {file} cannot be read.</source>
      <translation>Nie można odczytać pliku {file}.</translation>
    </message>
    <message>
      <source>The file {file} cannot be read: {reason}</source>
      <translation>Nie można odczytać pliku {file}: {reason}</translation>
    </message>
    <message>
      <source>The file {file} could not be copied: {reason}</source>
      <translation>Nie udało się skopiować pliku {file}: {reason}</translation>
    </message>
    <message>
      <source>The folder {folder} is read-only: a shop file cannot be made there.</source>
      <translation>Folder {folder} jest tylko do odczytu: nie można w nim utworzyć pliku sklepu.</translation>
    </message>
    <message>
      <source>The guarantee of {sku} must be 0 to {most} months.</source>
      <translation>Gwarancja produktu {sku} może wynosić od 0 do {most} miesięcy.</translation>
    </message>
    <message>
      <source>The invoice no longer exists.</source>
      <translation>Ta faktura już nie istnieje.</translation>
    </message>
    <message>
      <source>The kind of a correction is 1, 2 or 3, not {kind}.</source>
      <translation>Typ korekty to 1, 2 albo 3, a nie {kind}.</translation>
    </message>
    <message>
      <source>The last day to withdraw from the contract (14 days from delivery)</source>
      <translation>Ostatni dzień na odstąpienie od umowy (14 dni od doręczenia)</translation>
    </message>
    <message>
      <source>The legal basis of an exemption is of kind A, B or C, not '{kind}'.</source>
      <translation>Podstawa prawna zwolnienia jest rodzaju A, B lub C, a nie '{kind}'.</translation>
    </message>
    <message>
      <source>The letter has no PDF.</source>
      <translation>Pismo nie ma pliku PDF.</translation>
    </message>
    <message>
      <source>The letter needs a subject and a text.</source>
      <translation>Pismo musi mieć temat i treść.</translation>
    </message>
    <message>
      <source>The letter no longer exists.</source>
      <translation>Pismo już nie istnieje.</translation>
    </message>
    <message>
      <source>The manifest cannot be made: {problems}.</source>
      <translation>Nie można utworzyć protokołu: {problems}.</translation>
    </message>
    <message>
      <source>The mapping's name is too long (80 characters at most).</source>
      <translation>Nazwa mapowania jest za długa (najwyżej 80 znaków).</translation>
    </message>
    <message>
      <source>The newest good backup is {backup}; `zaplecze restore --db {file}` brings it back (the damaged file is kept aside).</source>
      <translation>Najnowsza dobra kopia zapasowa to {backup}; `zaplecze restore --db {file}` ją przywróci (uszkodzony plik zostanie odłożony obok).</translation>
    </message>
    <message>
      <source>The note is empty.</source>
      <translation>Notatka jest pusta.</translation>
    </message>
    <message>
      <source>The note is too long ({n} characters; at most {max}).</source>
      <translation>Notatka jest za długa ({n} znaków; najwyżej {max}).</translation>
    </message>
    <message>
      <source>The number of demo orders cannot be negative.</source>
      <translation>Liczba zamówień demonstracyjnych nie może być ujemna.</translation>
    </message>
    <message>
      <source>The offline certificate kept in the credential store cannot be read; set it up again in the KSeF settings.</source>
      <translation>Nie można odczytać certyfikatu offline zapisanego w magazynie poświadczeń; ustaw go ponownie w ustawieniach KSeF.</translation>
    </message>
    <message>
      <source>The order has no lines</source>
      <translation>Zamówienie nie ma pozycji</translation>
    </message>
    <message>
      <source>The order needs the buyer's name.</source>
      <translation>Zamówienie wymaga imienia i nazwiska kupującego.</translation>
    </message>
    <message>
      <source>The order no longer exists.</source>
      <translation>Zamówienie już nie istnieje.</translation>
    </message>
    <message>
      <source>The order's currency</source>
      <translation>Waluta zamówienia</translation>
    </message>
    <message>
      <source>The order's discount {discount} is larger than its lines and shipping.</source>
      <translation>Rabat zamówienia {discount} jest większy niż wartość pozycji i wysyłki.</translation>
    </message>
    <message>
      <source>The order's number</source>
      <translation>Numer zamówienia</translation>
    </message>
    <message>
      <source>The order's status in the customer's words, with the parcel and its tracking link</source>
      <translation>Status zamówienia słowami klienta, z przesyłką i linkiem do śledzenia</translation>
    </message>
    <message>
      <source>The order's status, one word</source>
      <translation>Status zamówienia, krótko</translation>
    </message>
    <message>
      <source>The order's total with its currency</source>
      <translation>Kwota zamówienia z walutą</translation>
    </message>
    <message>
      <source>The orders {numbers} have no lines: there is nothing to pick.</source>
      <translation>Zamówienia {numbers} nie mają pozycji: nie ma czego kompletować.</translation>
    </message>
    <message>
      <source>The own-delivery prefix must be letters and digits only (it is printed as a barcode).</source>
      <translation>Prefiks dostaw własnych może zawierać tylko litery i cyfry (jest drukowany jako kod kreskowy).</translation>
    </message>
    <message>
      <source>The owner's PIN is wrong; the order was not packed.</source>
      <translation>PIN właściciela jest błędny; zamówienie nie zostało spakowane.</translation>
    </message>
    <message>
      <source>The password does not open the private key in {path}.</source>
      <translation>Hasło nie otwiera klucza prywatnego w pliku {path}.</translation>
    </message>
    <message>
      <source>The pattern '{pattern}' has a brace without its pair.</source>
      <translation>Wzorzec '{pattern}' ma nawias klamrowy bez pary.</translation>
    </message>
    <message>
      <source>The pattern '{pattern}' has an unknown part '{part}'; the parts are YYYY, YY, MM, DD, N and N:04, each in braces.</source>
      <translation>Wzorzec '{pattern}' ma nieznaną część '{part}'; dostępne części to YYYY, YY, MM, DD, N i N:04, każda w nawiasach klamrowych.</translation>
    </message>
    <message>
      <source>The pattern '{pattern}' makes numbers longer than 60 characters.</source>
      <translation>Wzorzec '{pattern}' daje numery dłuższe niż 60 znaków.</translation>
    </message>
    <message>
      <source>The pattern '{pattern}' must hold the number (N in braces) exactly once.</source>
      <translation>Wzorzec '{pattern}' musi zawierać numer (N w nawiasach klamrowych) dokładnie raz.</translation>
    </message>
    <message>
      <source>The payment term must be between 0 and 365 days.</source>
      <translation>Termin płatności musi wynosić od 0 do 365 dni.</translation>
    </message>
    <message>
      <source>The photo is empty; take it again.</source>
      <translation>Zdjęcie jest puste; zrób je ponownie.</translation>
    </message>
    <message>
      <source>The photo is not a JPEG image; take it again.</source>
      <translation>Zdjęcie nie jest obrazem JPEG; zrób je ponownie.</translation>
    </message>
    <message>
      <source>The photo is too large ({size} MB; at most {max} MB).</source>
      <translation>Zdjęcie jest za duże ({size} MB; najwyżej {max} MB).</translation>
    </message>
    <message>
      <source>The private key does not belong to this certificate.</source>
      <translation>Klucz prywatny nie pasuje do tego certyfikatu.</translation>
    </message>
    <message>
      <source>The private key in {path} is protected by a password; give the password.</source>
      <translation>Klucz prywatny w pliku {path} jest chroniony hasłem; podaj hasło.</translation>
    </message>
    <message>
      <source>The quantity to write off must be positive.</source>
      <translation>Ilość do spisania ze stanu musi być dodatnia.</translation>
    </message>
    <message>
      <source>The reason of a correction may be at most 256 characters long.</source>
      <translation>Przyczyna korekty może mieć najwyżej 256 znaków.</translation>
    </message>
    <message>
      <source>The reduction is larger than the price of {name}.</source>
      <translation>Obniżenie jest większe niż cena: {name}.</translation>
    </message>
    <message>
      <source>The refund is 0; nothing to record.</source>
      <translation>Zwrot wynosi 0; nie ma czego zapisać.</translation>
    </message>
    <message>
      <source>The register cannot be sorted by '{column}'.</source>
      <translation>Rejestru nie można sortować według '{column}'.</translation>
    </message>
    <message>
      <source>The report is written as PDF: name the file .pdf, not {name}.</source>
      <translation>Raport zapisuje się jako PDF: nazwij plik .pdf, nie {name}.</translation>
    </message>
    <message>
      <source>The retention period is {min} to {max} months, not {months}.</source>
      <translation>Okres przechowywania to od {min} do {max} miesięcy, nie {months}.</translation>
    </message>
    <message>
      <source>The scale cannot weigh now (EL): check its display.</source>
      <translation>Waga nie może teraz ważyć (EL): sprawdź jej wyświetlacz.</translation>
    </message>
    <message>
      <source>The scale did not understand the request (ES): check the scale's protocol setting.</source>
      <translation>Waga nie zrozumiała zapytania (ES): sprawdź ustawienie protokołu wagi.</translation>
    </message>
    <message>
      <source>The scale is below its range: empty it and set it to zero.</source>
      <translation>Waga jest poniżej zakresu: zdejmij wszystko i wyzeruj ją.</translation>
    </message>
    <message>
      <source>The scale is busy or did not settle: weigh again.</source>
      <translation>Waga jest zajęta albo wskazanie się nie ustabilizowało: zważ ponownie.</translation>
    </message>
    <message>
      <source>The scale is overloaded: the parcel is too heavy for it.</source>
      <translation>Waga jest przeciążona: paczka jest dla niej za ciężka.</translation>
    </message>
    <message>
      <source>The scale received a garbled request (ET): check the baud rate and the cable.</source>
      <translation>Waga odebrała zniekształcone zapytanie (ET): sprawdź prędkość transmisji i kabel.</translation>
    </message>
    <message>
      <source>The scale shows a negative weight ({weight} kg): empty it and set it to zero.</source>
      <translation>Waga pokazuje ujemną masę ({weight} kg): zdejmij wszystko i wyzeruj ją.</translation>
    </message>
    <message>
      <source>The scale weighs in {unit}: set it to kg or g.</source>
      <translation>Waga waży w jednostce {unit}: ustaw kg albo g.</translation>
    </message>
    <message>
      <source>The seller's NIP is not set: fill in the invoice settings first.</source>
      <translation>NIP sprzedawcy nie jest ustawiony: najpierw uzupełnij ustawienia faktur.</translation>
    </message>
    <message>
      <source>The seller's logo in the invoice settings is not an image that can be read (PNG or JPEG); choose another one or remove it.</source>
      <translation>Logo sprzedawcy w ustawieniach faktur nie jest obrazem, który da się odczytać (PNG lub JPEG); wybierz inne albo je usuń.</translation>
    </message>
    <message>
      <source>The series {code} has numbered invoices already: its pattern and reset stay as they are. Make a new series instead.</source>
      <translation>Seria {code} ma już ponumerowane faktury: jej wzorzec i okres numeracji zostają bez zmian. Utwórz nową serię.</translation>
    </message>
    <message>
      <source>The series {code} numbers {series_kind} invoices, not {kind}.</source>
      <translation>Seria {code} numeruje faktury {series_kind}, a nie {kind}.</translation>
    </message>
    <message>
      <source>The shipment has no carrier label attached.</source>
      <translation>Do przesyłki nie dołączono etykiety przewoźnika.</translation>
    </message>
    <message>
      <source>The shipment has no parcel {parcel}.</source>
      <translation>Przesyłka nie ma paczki {parcel}.</translation>
    </message>
    <message>
      <source>The shop answers a complaint within 14 days of receiving it ({start}), by {due}; unanswered, it is deemed accepted (u.p.k. art. 7a). A deadline of the shop is never moved.</source>
      <translation>Sklep odpowiada na reklamację w ciągu 14 dni od jej otrzymania ({start}), do {due}; bez odpowiedzi uważa się ją za uznaną (u.p.k. art. 7a). Terminu sklepu nigdy się nie przesuwa.</translation>
    </message>
    <message>
      <source>The shop file is at revision {revision} (the newest is {head}).</source>
      <translation>Plik sklepu ma wersję {revision} (najnowsza to {head}).</translation>
    </message>
    <message>
      <source>The shop file {file} cannot be opened: check that its folder exists and may be written to.</source>
      <translation>Nie można otworzyć pliku sklepu {file}: sprawdź, czy jego folder istnieje i czy można w nim zapisywać.</translation>
    </message>
    <message>
      <source>The shop file {file} is busy: another import or station is writing to it. Try again when it has finished; nothing was changed.</source>
      <translation>Plik sklepu {file} jest zajęty: zapisuje do niego inny import lub stanowisko. Spróbuj ponownie, gdy skończy; nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>The shop file {file} is damaged ({problem}).</source>
      <translation>Plik sklepu {file} jest uszkodzony ({problem}).</translation>
    </message>
    <message>
      <source>The shop file {file} is damaged ({problem}). Nothing was written into it. {advice}</source>
      <translation>Plik sklepu {file} jest uszkodzony ({problem}). Nic do niego nie zapisano. {advice}</translation>
    </message>
    <message>
      <source>The shop file {file} is in a read-only folder: SQLite needs to write its journal beside it, so nothing can be saved.</source>
      <translation>Plik sklepu {file} leży w folderze tylko do odczytu: SQLite musi zapisywać obok niego swój dziennik, więc nie można niczego zapisać.</translation>
    </message>
    <message>
      <source>The shop file {file} is read-only (or its folder is): nothing can be saved into it.</source>
      <translation>Plik sklepu {file} (albo jego folder) jest tylko do odczytu: nie można do niego niczego zapisać.</translation>
    </message>
    <message>
      <source>The shop file {file} is read-only: nothing can be saved into it.</source>
      <translation>Plik sklepu {file} jest tylko do odczytu: nie można do niego niczego zapisać.</translation>
    </message>
    <message>
      <source>The shop file {file} was made by an older version of Zaplecze (revision {revision}); upgrade it first with `zaplecze migrate --db {file}` or by opening it in the app (a backup is made first), then run this again. Nothing was changed.</source>
      <translation>Plik sklepu {file} pochodzi ze starszej wersji Zaplecza (wersja {revision}); najpierw go zaktualizuj poleceniem `zaplecze migrate --db {file}` albo otwierając go w aplikacji (najpierw powstanie kopia zapasowa), potem uruchom to ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>The shop has no {kind} series; add one in the invoice settings.</source>
      <translation>Sklep nie ma serii {kind}; dodaj ją w ustawieniach faktur.</translation>
    </message>
    <message>
      <source>The shop refunds within 14 days of receiving the withdrawal statement ({start}), by {due} (u.p.k. art. 32). A deadline of the shop is never moved.</source>
      <translation>Sklep zwraca płatność w ciągu 14 dni od otrzymania oświadczenia o odstąpieniu ({start}), do {due} (u.p.k. art. 32). Terminu sklepu nigdy się nie przesuwa.</translation>
    </message>
    <message>
      <source>The shop's bank account</source>
      <translation>Numer konta sklepu</translation>
    </message>
    <message>
      <source>The shop's deadline to answer the case</source>
      <translation>Termin odpowiedzi sklepu na reklamację</translation>
    </message>
    <message>
      <source>The shop's name (seller data)</source>
      <translation>Nazwa sklepu (dane sprzedawcy)</translation>
    </message>
    <message>
      <source>The start date {start} is after the end date {end}.</source>
      <translation>Data początkowa {start} jest późniejsza niż data końcowa {end}.</translation>
    </message>
    <message>
      <source>The supplier's answer is empty.</source>
      <translation>Odpowiedź dostawcy jest pusta.</translation>
    </message>
    <message>
      <source>The system's credential store cannot be used ({reason}); give the KSeF token in the environment variable {variable} instead.</source>
      <translation>Nie można użyć systemowego magazynu haseł ({reason}); podaj token KSeF w zmiennej środowiskowej {variable}.</translation>
    </message>
    <message>
      <source>The system's credential store cannot be used ({reason}); the offline certificate's key is kept only there: on Linux, start a Secret Service (GNOME Keyring or KWallet).</source>
      <translation>Nie można użyć systemowego magazynu haseł ({reason}); klucz certyfikatu offline jest przechowywany tylko tam: w Linuksie uruchom Secret Service (GNOME Keyring lub KWallet).</translation>
    </message>
    <message>
      <source>The template has no text.</source>
      <translation>Szablon nie ma treści.</translation>
    </message>
    <message>
      <source>The template no longer exists.</source>
      <translation>Ten szablon już nie istnieje.</translation>
    </message>
    <message>
      <source>The template's name, subject or text is too long.</source>
      <translation>Nazwa, temat lub treść szablonu są za długie.</translation>
    </message>
    <message>
      <source>The tracking number</source>
      <translation>Numer przesyłki</translation>
    </message>
    <message>
      <source>The tracking number is empty.</source>
      <translation>Numer przesyłki jest pusty.</translation>
    </message>
    <message>
      <source>The weight must be above 0 and at most {max} kg.</source>
      <translation>Waga musi być większa od 0 i wynosić najwyżej {max} kg.</translation>
    </message>
    <message>
      <source>The {field} '{value}' has a wrong check digit: the last digit does not follow from the first nine. Check it for a typo.</source>
      <translation>Pole „{field}”: '{value}' ma błędną cyfrę kontrolną (ostatnia cyfra nie wynika z dziewięciu pierwszych). Sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
      <source>The {field} '{value}' has the wrong length for an account in {country}.</source>
      <translation>Pole „{field}”: '{value}' ma złą długość jak na rachunek w kraju {country}.</translation>
    </message>
    <message>
      <source>The {field} '{value}' has wrong check digits (the two digits after the country code do not match the rest). Check it for a typo.</source>
      <translation>Pole „{field}”: '{value}' ma błędne cyfry kontrolne (dwie cyfry po kodzie kraju nie zgadzają się z resztą). Sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
      <source>The {field} '{value}' is not a valid account number for {country}.</source>
      <translation>Pole „{field}”: '{value}' nie jest poprawnym numerem rachunku dla kraju {country}.</translation>
    </message>
    <message>
      <source>The {field} is empty.</source>
      <translation>Pole „{field}” jest puste.</translation>
    </message>
    <message>
      <source>The {field} may hold only a country code and digits (PL and 26 digits, or 26 digits alone); '{value}' does not.</source>
      <translation>Pole „{field}” może zawierać tylko kod kraju i cyfry (PL i 26 cyfr albo same 26 cyfr); '{value}' ich nie spełnia.</translation>
    </message>
    <message>
      <source>The {field} may hold only digits (spaces, dashes and a PL prefix are allowed); '{value}' does not.</source>
      <translation>Pole „{field}” może zawierać tylko cyfry (dozwolone są spacje, myślniki i przedrostek PL); '{value}' tego nie spełnia.</translation>
    </message>
    <message>
      <source>The {field} must have 10 digits; '{value}' has {count}.</source>
      <translation>Pole „{field}” musi mieć 10 cyfr; '{value}' ma ich {count}.</translation>
    </message>
    <message>
      <source>The {field} must have 26 digits (after PL if given); '{value}' has {count}.</source>
      <translation>Pole „{field}” musi mieć 26 cyfr (po PL, jeśli podano); '{value}' ma ich {count}.</translation>
    </message>
    <message>
      <source>There is already a series {code}.</source>
      <translation>Seria {code} już istnieje.</translation>
    </message>
    <message>
      <source>There is no connection to {carrier}'s system yet; enter the tracking numbers or import them from the carrier's file.</source>
      <translation>Nie ma jeszcze połączenia z systemem przewoźnika {carrier}; wpisz numery przesyłek lub zaimportuj je z pliku przewoźnika.</translation>
    </message>
    <message>
      <source>There is no customer #{id}.</source>
      <translation>Nie ma klienta nr {id}.</translation>
    </message>
    <message>
      <source>There is no database at {file} (the folder {folder} does not exist).</source>
      <translation>W {file} nie ma bazy danych (folder {folder} nie istnieje).</translation>
    </message>
    <message>
      <source>There is no database at {file}.</source>
      <translation>W {file} nie ma bazy danych.</translation>
    </message>
    <message>
      <source>There is no invoice series {code}.</source>
      <translation>Nie ma serii faktur {code}.</translation>
    </message>
    <message>
      <source>There is no month {month}.</source>
      <translation>Nie ma miesiąca {month}.</translation>
    </message>
    <message>
      <source>These lines are not products of the catalogue, so their stock cannot change: {lines}.</source>
      <translation>Te pozycje nie są produktami z katalogu, więc ich stan nie może się zmienić: {lines}.</translation>
    </message>
    <message>
      <source>These lines are not products of the catalogue, so they cannot be sent again: {lines}.</source>
      <translation>Te pozycje nie są produktami z katalogu, więc nie można ich wysłać ponownie: {lines}.</translation>
    </message>
    <message>
      <source>This contact has no follow-up.</source>
      <translation>Ten kontakt nie ma przypomnienia.</translation>
    </message>
    <message>
      <source>This file was imported already on {when}.</source>
      <translation>Ten plik był już zaimportowany {when}.</translation>
    </message>
    <message>
      <source>This is not a KSeF certificate of type Offline (its key usage is not Non-Repudiation); an Authentication certificate cannot sign KOD II. Ask KSeF for an Offline certificate.</source>
      <translation>To nie jest certyfikat KSeF typu Offline (jego użycie klucza to nie Non-Repudiation); certyfikatem typu Authentication nie można podpisać KODU II. Złóż w KSeF wniosek o certyfikat typu Offline.</translation>
    </message>
    <message>
      <source>This period</source>
      <translation>Ten okres</translation>
    </message>
    <message>
      <source>This refund was paid on {paid_on} already.</source>
      <translation>Ten zwrot został już wypłacony {paid_on}.</translation>
    </message>
    <message>
      <source>This shipment is on a dispatch manifest already; it can no longer be changed.</source>
      <translation>Ta przesyłka jest już na protokole nadania; nie można jej już zmienić.</translation>
    </message>
    <message>
      <source>Through the marketplace</source>
      <translation>Przez platformę sprzedażową</translation>
    </message>
    <message>
      <source>Time from order to shipment (hours)</source>
      <translation>Czas od zamówienia do wysyłki (godziny)</translation>
    </message>
    <message>
      <source>Too many: {units} of {item} scanned, {left} left to pack ({scanned} of {ordered} done).</source>
      <translation>Za dużo: zeskanowano {units} × {item}, do spakowania zostało {left} ({scanned} z {ordered} gotowe).</translation>
    </message>
    <message>
      <source>Top categories</source>
      <translation>Najlepiej sprzedające się kategorie</translation>
    </message>
    <message>
      <source>Top products</source>
      <translation>Najlepiej sprzedające się produkty</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Razem</translation>
    </message>
    <message>
      <source>Tracking number {number} already belongs to order {order}.</source>
      <translation>Numer przesyłki {number} należy już do zamówienia {order}.</translation>
    </message>
    <message>
      <source>Type or scan an order number or a tracking number.</source>
      <translation>Wpisz lub zeskanuj numer zamówienia albo numer przesyłki.</translation>
    </message>
    <message>
      <source>Under statutory liability repair or replacement comes first (consumer rights act, art. 43e). A price reduction or a refund now needs its reason: repair and replacement are impossible or too costly, the shop did not do them or not in time, the defect came back, or it is so significant; the customer reads it in the answer.</source>
      <translation>Przy rękojmi najpierw naprawa albo wymiana (ustawa o prawach konsumenta, art. 43e). Obniżenie ceny lub zwrot pieniędzy teraz wymaga powodu: naprawa i wymiana są niemożliwe lub zbyt kosztowne, sklep ich nie wykonał albo nie w terminie, wada wróciła lub jest istotna; klient przeczyta go w odpowiedzi.</translation>
    </message>
    <message>
      <source>Undone: {units} x {item}</source>
      <translation>Cofnięto: {units} × {item}</translation>
    </message>
    <message>
      <source>Unit price (gross)</source>
      <translation>Cena jedn. brutto</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Sztuki</translation>
    </message>
    <message>
      <source>Units on hand</source>
      <translation>Sztuki na stanie</translation>
    </message>
    <message>
      <source>Units without a purchase price</source>
      <translation>Sztuki bez ceny zakupu</translation>
    </message>
    <message>
      <source>Unknown KSeF environment '{environment}': choose test, demo or prod</source>
      <translation>Nieznane środowisko KSeF '{environment}': wybierz test, demo albo prod</translation>
    </message>
    <message>
      <source>Unknown KSeF environment '{name}'; the environments are {names}.</source>
      <translation>Nieznane środowisko KSeF '{name}'; środowiska to {names}.</translation>
    </message>
    <message>
      <source>Unknown VAT rate '{rate}'; the rates are {rates}.</source>
      <translation>Nieznana stawka VAT '{rate}'; stawki to {rates}.</translation>
    </message>
    <message>
      <source>Unknown carrier '{code}'. Known: {codes}.</source>
      <translation>Nieznany przewoźnik „{code}”. Dostępni: {codes}.</translation>
    </message>
    <message>
      <source>Unknown channel '{channel}'.</source>
      <translation>Nieznany kanał zgłoszenia '{channel}'.</translation>
    </message>
    <message>
      <source>Unknown code {code}. Expected: {expected}.</source>
      <translation>Nieznany kod {code}. Oczekiwano: {expected}.</translation>
    </message>
    <message>
      <source>Unknown consent '{kind}'. Known: {kinds}.</source>
      <translation>Nieznana zgoda „{kind}”. Znane: {kinds}.</translation>
    </message>
    <message>
      <source>Unknown contact channel: {code}.</source>
      <translation>Nieznany kanał kontaktu: {code}.</translation>
    </message>
    <message>
      <source>Unknown contact direction: {code}.</source>
      <translation>Nieznany kierunek kontaktu: {code}.</translation>
    </message>
    <message>
      <source>Unknown contact topic: {code}.</source>
      <translation>Nieznany temat kontaktu: {code}.</translation>
    </message>
    <message>
      <source>Unknown decision '{decision}'.</source>
      <translation>Nieznana decyzja '{decision}'.</translation>
    </message>
    <message>
      <source>Unknown document kind '{kind}'.</source>
      <translation>Nieznany rodzaj dokumentu „{kind}”.</translation>
    </message>
    <message>
      <source>Unknown fields in the template: {fields}.</source>
      <translation>Nieznane pola w szablonie: {fields}.</translation>
    </message>
    <message>
      <source>Unknown follow-up view: {view}.</source>
      <translation>Nieznany widok przypomnień: {view}.</translation>
    </message>
    <message>
      <source>Unknown import format '{format}' (one of {formats}).</source>
      <translation>Nieznany format importu „{format}” (dostępne: {formats}).</translation>
    </message>
    <message>
      <source>Unknown invoice: {numbers}</source>
      <translation>Nieznana faktura: {numbers}</translation>
    </message>
    <message>
      <source>Unknown kind of case '{kind}'.</source>
      <translation>Nieznany rodzaj sprawy '{kind}'.</translation>
    </message>
    <message>
      <source>Unknown letter template '{kind}'.</source>
      <translation>Nieznany szablon pisma '{kind}'.</translation>
    </message>
    <message>
      <source>Unknown margin scheme '{kind}'; the kinds are {kinds}.</source>
      <translation>Nieznana procedura marży '{kind}'; rodzaje to {kinds}.</translation>
    </message>
    <message>
      <source>Unknown paper '{paper}'; choose one of {papers}.</source>
      <translation>Nieznany format papieru „{paper}”; wybierz jeden z: {papers}.</translation>
    </message>
    <message>
      <source>Unknown payment method '{method}'.</source>
      <translation>Nieznany sposób płatności „{method}”.</translation>
    </message>
    <message>
      <source>Unknown payment status '{payment_status}'.</source>
      <translation>Nieznany status płatności „{payment_status}”.</translation>
    </message>
    <message>
      <source>Unknown products format '{format}' (auto, shopify or mapped).</source>
      <translation>Nieznany format pliku produktów „{format}” (auto, shopify lub mapped).</translation>
    </message>
    <message>
      <source>Unknown reason '{reason}'.</source>
      <translation>Nieznana przyczyna '{reason}'.</translation>
    </message>
    <message>
      <source>Unknown refund method '{method}'.</source>
      <translation>Nieznany sposób zwrotu „{method}”.</translation>
    </message>
    <message>
      <source>Unknown status '{status}'.</source>
      <translation>Nieznany status „{status}”.</translation>
    </message>
    <message>
      <source>Unknown tag '{tag}'. Known: {tags}.</source>
      <translation>Nieznany znacznik „{tag}”. Znane: {tags}.</translation>
    </message>
    <message>
      <source>Unpaid days must be between 1 and 60.</source>
      <translation>Liczba dni bez zapłaty musi być od 1 do 60.</translation>
    </message>
    <message>
      <source>Updated from {file}: {changes}</source>
      <translation>Zaktualizowane z {file}: {changes}</translation>
    </message>
    <message>
      <source>VAT rate</source>
      <translation>Stawka VAT</translation>
    </message>
    <message>
      <source>VAT rate '{rate}' is not one of 23, 8, 5, 0, zw.</source>
      <translation>Stawka VAT „{rate}” nie jest żadną z: 23, 8, 5, 0, zw.</translation>
    </message>
    <message>
      <source>VAT rate: Shopify gives none per product; new products get 23 %, existing ones keep theirs.</source>
      <translation>Stawka VAT: Shopify nie podaje jej dla produktów; nowe produkty dostają 23%, istniejące zachowują swoją.</translation>
    </message>
    <message>
      <source>VIP</source>
      <translation>VIP</translation>
    </message>
    <message>
      <source>Verification: {problems}</source>
      <translation>Weryfikacja: {problems}</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Zweryfikowane</translation>
    </message>
    <message>
      <source>Verified: waiting for payment</source>
      <translation>Zweryfikowane: czeka na płatność</translation>
    </message>
    <message>
      <source>Waiting for a delivery</source>
      <translation>Czeka na dostawę towaru</translation>
    </message>
    <message>
      <source>Waiting for the customer</source>
      <translation>Czeka na klienta</translation>
    </message>
    <message>
      <source>Waiting for the customer's full address</source>
      <translation>Czeka na pełny adres klienta</translation>
    </message>
    <message>
      <source>Weight (g)</source>
      <translation>Waga (g)</translation>
    </message>
    <message>
      <source>Weight of {sku} cannot be negative.</source>
      <translation>Waga produktu {sku} nie może być ujemna.</translation>
    </message>
    <message>
      <source>Wholesale</source>
      <translation>Hurt</translation>
    </message>
    <message>
      <source>Width of {sku} cannot be negative.</source>
      <translation>Szerokość produktu {sku} nie może być ujemna.</translation>
    </message>
    <message>
      <source>Withdrawal (return)</source>
      <translation>Odstąpienie od umowy (zwrot)</translation>
    </message>
    <message>
      <source>Without a category</source>
      <translation>Bez kategorii</translation>
    </message>
    <message>
      <source>Working days promised to ship in must be between 0 and 30.</source>
      <translation>Obiecany czas wysyłki musi wynosić od 0 do 30 dni roboczych.</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>Zły towar</translation>
    </message>
    <message>
      <source>Wrong item on the shelf</source>
      <translation>Zły towar na półce</translation>
    </message>
    <message>
      <source>Wrong item: {scanned} is not on this order. Expected: {expected}.</source>
      <translation>Zły towar: {scanned} nie należy do tego zamówienia. Oczekiwano: {expected}.</translation>
    </message>
    <message>
      <source>ZPL labels are made for 203 or 300 dpi printers.</source>
      <translation>Etykiety ZPL są przeznaczone dla drukarek 203 lub 300 dpi.</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>dokument PDF</translation>
    </message>
    <message>
      <source>a ZIP archive or an Excel/Word file</source>
      <translation>archiwum ZIP albo plik Excela/Worda</translation>
    </message>
    <message>
      <source>a cell is larger than {limit} MB; a shop export has no such cells</source>
      <translation>komórka ma ponad {limit} MB; eksport sklepu nie ma takich komórek</translation>
    </message>
    <message>
      <source>a dispatch manifest</source>
      <translation>protokołu nadania</translation>
    </message>
    <message>
      <source>a document or picture of another program</source>
      <translation>dokument lub obraz innego programu</translation>
    </message>
    <message>
      <source>a file of another program</source>
      <translation>plik innego programu</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>folder</translation>
    </message>
    <message>
      <source>a quote opened in this row is never closed: the file seems cut off; nothing was imported</source>
      <translation>cudzysłów otwarty w tym wierszu nie jest zamknięty: plik wygląda na ucięty; nic nie zaimportowano</translation>
    </message>
    <message>
      <source>a shipment</source>
      <translation>utworzenia przesyłki</translation>
    </message>
    <message>
      <source>a test order (Bogus Gateway or tagged 'test')</source>
      <translation>zamówienie testowe (Bogus Gateway lub tag „test”)</translation>
    </message>
    <message>
      <source>a text file</source>
      <translation>plik tekstowy</translation>
    </message>
    <message>
      <source>a tracking number</source>
      <translation>numeru przesyłki</translation>
    </message>
    <message>
      <source>an empty SQLite database (no tables)</source>
      <translation>pusta baza SQLite (bez tabel)</translation>
    </message>
    <message>
      <source>an empty file (0 bytes)</source>
      <translation>pusty plik (0 bajtów)</translation>
    </message>
    <message>
      <source>another program's SQLite database (tables: {tables})</source>
      <translation>baza SQLite innego programu (tabele: {tables})</translation>
    </message>
    <message>
      <source>bank account</source>
      <translation>rachunek bankowy</translation>
    </message>
    <message>
      <source>billing address</source>
      <translation>adres do faktury</translation>
    </message>
    <message>
      <source>buyer</source>
      <translation>kupujący</translation>
    </message>
    <message>
      <source>buyer's NIP</source>
      <translation>NIP nabywcy</translation>
    </message>
    <message>
      <source>cannot be negative</source>
      <translation>nie może być ujemne</translation>
    </message>
    <message>
      <source>check the lines</source>
      <translation>sprawdź pozycje</translation>
    </message>
    <message>
      <source>city</source>
      <translation>miejscowości</translation>
    </message>
    <message>
      <source>column '{column}': {message}</source>
      <translation>kolumna „{column}”: {message}</translation>
    </message>
    <message>
      <source>column mapped to '{field}' is not in the file</source>
      <translation>kolumny przypisanej do pola „{field}” nie ma w pliku</translation>
    </message>
    <message>
      <source>column missing; export a fresh count sheet to see the expected columns</source>
      <translation>brak kolumny; wyeksportuj nowy arkusz spisu, aby zobaczyć wymagane kolumny</translation>
    </message>
    <message>
      <source>column missing; is this Shopify's products export?</source>
      <translation>brak kolumny; czy to eksport produktów z Shopify?</translation>
    </message>
    <message>
      <source>currency</source>
      <translation>waluta</translation>
    </message>
    <message>
      <source>customer's NIP</source>
      <translation>NIP klienta</translation>
    </message>
    <message>
      <source>days</source>
      <translation>dni</translation>
    </message>
    <message>
      <source>delivery or collection</source>
      <translation>doręczenia lub odbioru</translation>
    </message>
    <message>
      <source>discount</source>
      <translation>rabat</translation>
    </message>
    <message>
      <source>empty order number</source>
      <translation>pusty numer zamówienia</translation>
    </message>
    <message>
      <source>empty tracking number</source>
      <translation>pusty numer przesyłki</translation>
    </message>
    <message>
      <source>empty, but the row has a count</source>
      <translation>puste, a wiersz ma policzoną ilość</translation>
    </message>
    <message>
      <source>empty; every product needs an SKU</source>
      <translation>puste; każdy produkt potrzebuje SKU</translation>
    </message>
    <message>
      <source>empty; every row of Shopify's export has one</source>
      <translation>puste; każdy wiersz eksportu z Shopify je ma</translation>
    </message>
    <message>
      <source>empty; {sku} needs a name</source>
      <translation>puste; {sku} potrzebuje nazwy</translation>
    </message>
    <message>
      <source>empty; {sku} needs a price</source>
      <translation>puste; {sku} potrzebuje ceny</translation>
    </message>
    <message>
      <source>error: {error}</source>
      <translation>błąd: {error}</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>błąd: {message}</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>godziny</translation>
    </message>
    <message>
      <source>in the data folder</source>
      <translation>w folderze danych</translation>
    </message>
    <message>
      <source>its label printed</source>
      <translation>wydruku etykiety</translation>
    </message>
    <message>
      <source>kept as issued (the law): invoice {number} of {issued}, until {until}</source>
      <translation>zostaje w wystawionej postaci (wymóg prawa): faktura {number} z {issued}, do {until}</translation>
    </message>
    <message>
      <source>lines</source>
      <translation>pozycje</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nazwy odbiorcy</translation>
    </message>
    <message>
      <source>name the invoices to send, or give --all-queued (not both).</source>
      <translation>podaj numery faktur do wysłania albo --all-queued (nie jedno i drugie).</translation>
    </message>
    <message>
      <source>no KSeF token for NIP {nip} ({environment}): enter it in the settings window or give it in ZAPLECZE_KSEF_TOKEN.</source>
      <translation>brak tokenu KSeF dla NIP {nip} ({environment}): wpisz go w oknie ustawień albo podaj w ZAPLECZE_KSEF_TOKEN.</translation>
    </message>
    <message>
      <source>no column naming the customer (E-mail, Telefon / Phone, Klient / Customer or Zamówienie / Order)</source>
      <translation>brak kolumny wskazującej klienta (E-mail, Telefon / Phone, Klient / Customer lub Zamówienie / Order)</translation>
    </message>
    <message>
      <source>no column of the contact's date (Data / Date)</source>
      <translation>brak kolumny z datą kontaktu (Data / Date)</translation>
    </message>
    <message>
      <source>no customer matches '{value}' (customers are matched, not created: add them or their order first)</source>
      <translation>żaden klient nie pasuje do '{value}' (klienci są dopasowywani, nie zakładani: najpierw dodaj klienta albo jego zamówienie)</translation>
    </message>
    <message>
      <source>no order number</source>
      <translation>brak numeru zamówienia</translation>
    </message>
    <message>
      <source>no order with the number '{number}'</source>
      <translation>brak zamówienia o numerze „{number}”</translation>
    </message>
    <message>
      <source>no order {number} here</source>
      <translation>nie ma tu zamówienia {number}</translation>
    </message>
    <message>
      <source>no product with SKU {sku}</source>
      <translation>brak produktu o SKU {sku}</translation>
    </message>
    <message>
      <source>no {what} column (header: {header})</source>
      <translation>brak kolumny: {what} (nagłówek: {header})</translation>
    </message>
    <message>
      <source>not Shopify's products export, and no column is recognised for: {fields} (the file's columns: {columns}). Name the columns SKU, Name, Price (optionally EAN, VAT, Stock, Location, Supplier), or import it with a column mapping: zaplecze import products FILE --mapping M.json</source>
      <translation>to nie jest eksport produktów z Shopify i nie rozpoznano kolumny dla: {fields} (kolumny pliku: {columns}). Nazwij kolumny SKU, Nazwa, Cena brutto (opcjonalnie EAN, VAT, Stan, Lokalizacja, Dostawca) albo zaimportuj plik z mapowaniem kolumn: zaplecze import products PLIK --mapping M.json</translation>
    </message>
    <message>
      <source>not Shopify's products export; import it with a column mapping (--format mapped --mapping M.json)</source>
      <translation>to nie jest eksport produktów z Shopify; zaimportuj go z mapowaniem kolumn (--format mapped --mapping M.json)</translation>
    </message>
    <message>
      <source>not a readable XLSX file ({error})</source>
      <translation>nie da się odczytać pliku XLSX ({error})</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>uwagi</translation>
    </message>
    <message>
      <source>nothing more: the order is complete</source>
      <translation>niczego więcej: zamówienie jest kompletne</translation>
    </message>
    <message>
      <source>order number</source>
      <translation>numer zamówienia</translation>
    </message>
    <message>
      <source>order {number} is already {status} here; not changed by the import (the file changes: {changes})</source>
      <translation>zamówienie {number} jest tu już {status}; import go nie zmienia (zmiany w pliku: {changes})</translation>
    </message>
    <message>
      <source>order {number} is on a dispatch manifest already</source>
      <translation>zamówienie {number} jest już na protokole nadania</translation>
    </message>
    <message>
      <source>order {number} was changed here on {when} after its import; our version kept (the file changes: {changes})</source>
      <translation>zamówienie {number} zmieniono tutaj {when}, po jego imporcie; zostaje nasza wersja (zmiany w pliku: {changes})</translation>
    </message>
    <message>
      <source>orders</source>
      <translation>zamówienia</translation>
    </message>
    <message>
      <source>orders: new {new}, to update {updated}, unchanged {unchanged}, skipped {skipped}; errors: {errors}, warnings: {warnings}</source>
      <translation>zamówienia: nowe {new}, do aktualizacji {updated}, bez zmian {unchanged}, pominięte {skipped}; błędy: {errors}, ostrzeżenia: {warnings}</translation>
    </message>
    <message>
      <source>packing</source>
      <translation>spakowania</translation>
    </message>
    <message>
      <source>paid</source>
      <translation>opłacone</translation>
    </message>
    <message>
      <source>partially_refunded</source>
      <translation>częściowo zwrócone</translation>
    </message>
    <message>
      <source>payment</source>
      <translation>płatność</translation>
    </message>
    <message>
      <source>postal code</source>
      <translation>kodu pocztowego</translation>
    </message>
    <message>
      <source>refunded</source>
      <translation>zwrócone</translation>
    </message>
    <message>
      <source>required column is missing from the header</source>
      <translation>w nagłówku brakuje wymaganej kolumny</translation>
    </message>
    <message>
      <source>row 1: {problem}</source>
      <translation>wiersz 1: {problem}</translation>
    </message>
    <message>
      <source>row {row}, column '{column}': {message}</source>
      <translation>wiersz {row}, kolumna „{column}”: {message}</translation>
    </message>
    <message>
      <source>row {row}: {message}</source>
      <translation>wiersz {row}: {message}</translation>
    </message>
    <message>
      <source>seller's NIP</source>
      <translation>NIP sprzedawcy</translation>
    </message>
    <message>
      <source>seller's name</source>
      <translation>nazwy sprzedawcy</translation>
    </message>
    <message>
      <source>several customers match '{value}': give the e-mail or the order's number</source>
      <translation>'{value}' pasuje do kilku klientów: podaj e-mail albo numer zamówienia</translation>
    </message>
    <message>
      <source>shipping</source>
      <translation>dostawa</translation>
    </message>
    <message>
      <source>shipping address</source>
      <translation>adres dostawy</translation>
    </message>
    <message>
      <source>skipped: row {row} (#{number}): {reason}</source>
      <translation>pominięte: wiersz {row} (#{number}): {reason}</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>still holds the old data until removed: backup {file}</source>
      <translation>nadal zawiera dawne dane, dopóki nie zostanie usunięta: kopia zapasowa {file}</translation>
    </message>
    <message>
      <source>stock {value} is below zero; {sku} starts at 0</source>
      <translation>stan {value} jest poniżej zera; {sku} zaczyna od 0</translation>
    </message>
    <message>
      <source>street</source>
      <translation>ulicy</translation>
    </message>
    <message>
      <source>tax {taxes} was added on top of the prices (net prices); imported at the file's prices</source>
      <translation>podatek {taxes} doliczono do cen (ceny netto); zaimportowano po cenach z pliku</translation>
    </message>
    <message>
      <source>the UPO request</source>
      <translation>pobranie UPO</translation>
    </message>
    <message>
      <source>the authentication</source>
      <translation>uwierzytelnienie</translation>
    </message>
    <message>
      <source>the carrier's label printed</source>
      <translation>wydruku etykiety przewoźnika</translation>
    </message>
    <message>
      <source>the case number (REK/2026/0001)</source>
      <translation>numer sprawy (REK/2026/0001)</translation>
    </message>
    <message>
      <source>the customer's name</source>
      <translation>imię i nazwisko klienta</translation>
    </message>
    <message>
      <source>the date is empty</source>
      <translation>data jest pusta</translation>
    </message>
    <message>
      <source>the day the case must be answered by</source>
      <translation>termin odpowiedzi na zgłoszenie</translation>
    </message>
    <message>
      <source>the day the case was received</source>
      <translation>data wpływu zgłoszenia</translation>
    </message>
    <message>
      <source>the decision's reason</source>
      <translation>uzasadnienie decyzji</translation>
    </message>
    <message>
      <source>the decision's remedy</source>
      <translation>sposób załatwienia według decyzji</translation>
    </message>
    <message>
      <source>the decision's remedy (the same as rozstrzygniecie)</source>
      <translation>sposób załatwienia (to samo co rozstrzygniecie)</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>plik</translation>
    </message>
    <message>
      <source>the file begins as UTF-16 text, but its content is not UTF-16</source>
      <translation>plik zaczyna się jak tekst UTF-16, ale jego treść nie jest w UTF-16</translation>
    </message>
    <message>
      <source>the file ends in the middle of this row ({values} of {columns} values): it seems cut off; nothing was imported</source>
      <translation>plik kończy się w środku tego wiersza ({values} z {columns} wartości): wygląda na ucięty; nic nie zaimportowano</translation>
    </message>
    <message>
      <source>the file has no rows of contacts</source>
      <translation>plik nie ma wierszy z kontaktami</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>plik jest pusty</translation>
    </message>
    <message>
      <source>the file is not text in a known encoding</source>
      <translation>plik nie jest tekstem w znanym kodowaniu</translation>
    </message>
    <message>
      <source>the first sheet is empty</source>
      <translation>pierwszy arkusz jest pusty</translation>
    </message>
    <message>
      <source>the goods returned are neither back in stock nor written off: {products}</source>
      <translation>zwrócony towar nie został ani przyjęty na stan, ani rozchodowany: {products}</translation>
    </message>
    <message>
      <source>the hand-over to the courier</source>
      <translation>przekazania kurierowi</translation>
    </message>
    <message>
      <source>the invoice</source>
      <translation>faktura</translation>
    </message>
    <message>
      <source>the legal basis for the kind of case</source>
      <translation>podstawa prawna według rodzaju sprawy</translation>
    </message>
    <message>
      <source>the line has no SKU, EAN or product name</source>
      <translation>pozycja nie ma SKU, EAN ani nazwy produktu</translation>
    </message>
    <message>
      <source>the list of sent invoices</source>
      <translation>lista wysłanych faktur</translation>
    </message>
    <message>
      <source>the mapping has no column for '{field}'</source>
      <translation>mapowanie nie ma kolumny dla pola „{field}”</translation>
    </message>
    <message>
      <source>the mapping needs a column for one of: {fields}</source>
      <translation>mapowanie potrzebuje kolumny dla jednego z pól: {fields}</translation>
    </message>
    <message>
      <source>the note is too long ({n} characters; at most {max})</source>
      <translation>notatka jest za długa ({n} znaków; najwyżej {max})</translation>
    </message>
    <message>
      <source>the order number</source>
      <translation>numer zamówienia</translation>
    </message>
    <message>
      <source>the products of the case with quantities</source>
      <translation>produkty sprawy z ilościami</translation>
    </message>
    <message>
      <source>the public key request</source>
      <translation>pobranie klucza publicznego</translation>
    </message>
    <message>
      <source>the refund is not recorded</source>
      <translation>zwrot pieniędzy nie jest zapisany</translation>
    </message>
    <message>
      <source>the replacement order is not made</source>
      <translation>zamówienie zastępcze nie zostało utworzone</translation>
    </message>
    <message>
      <source>the row cannot be read as CSV ({error})</source>
      <translation>wiersza nie da się odczytać jako CSV ({error})</translation>
    </message>
    <message>
      <source>the row names no customer</source>
      <translation>wiersz nie wskazuje klienta</translation>
    </message>
    <message>
      <source>the seller's NIP is not set: fill in the invoice settings first.</source>
      <translation>nie podano NIP sprzedawcy: najpierw uzupełnij ustawienia faktur.</translation>
    </message>
    <message>
      <source>the shop's name</source>
      <translation>nazwa sklepu</translation>
    </message>
    <message>
      <source>the status request</source>
      <translation>sprawdzenie statusu</translation>
    </message>
    <message>
      <source>the stock of {sku} moved since the sheet was exported ({expected} then, {on_hand} now); the difference is counted against now</source>
      <translation>stan produktu {sku} zmienił się od eksportu arkusza (wtedy {expected}, teraz {on_hand}); różnica jest liczona względem obecnego stanu</translation>
    </message>
    <message>
      <source>this file was imported already on {when}</source>
      <translation>ten plik zaimportowano już {when}</translation>
    </message>
    <message>
      <source>this is a Shopify products export, not orders; import it with Import products</source>
      <translation>to eksport produktów z Shopify, nie zamówień; zaimportuj go przez „Importuj produkty…”</translation>
    </message>
    <message>
      <source>this is a ZIP/XLSX file; save it with the .xlsx extension</source>
      <translation>to plik ZIP/XLSX; zapisz go z rozszerzeniem .xlsx</translation>
    </message>
    <message>
      <source>this is not a Shopify orders export; choose a column mapping for it (--mapping M.json)</source>
      <translation>to nie jest eksport zamówień z Shopify; wybierz dla niego mapowanie kolumn (--mapping M.json)</translation>
    </message>
    <message>
      <source>to close the session</source>
      <translation>zamknięcie sesji</translation>
    </message>
    <message>
      <source>to open a session</source>
      <translation>otwarcie sesji</translation>
    </message>
    <message>
      <source>tracking number</source>
      <translation>numer przesyłki</translation>
    </message>
    <message>
      <source>units</source>
      <translation>szt.</translation>
    </message>
    <message>
      <source>unknown value '{value}'</source>
      <translation>nieznana wartość '{value}'</translation>
    </message>
    <message>
      <source>unpaid</source>
      <translation>nieopłacone</translation>
    </message>
    <message>
      <source>warning: {warning}</source>
      <translation>ostrzeżenie: {warning}</translation>
    </message>
    <message>
      <source>what the customer demands</source>
      <translation>żądanie klienta</translation>
    </message>
    <message>
      <source>{backup} is not a backup of a shop file; nothing was changed.</source>
      <translation>{backup} nie jest kopią zapasową pliku sklepu; nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>{carrier} has no service '{service}'; it has {services}.</source>
      <translation>{carrier} nie ma usługi „{service}”; dostępne usługi: {services}.</translation>
    </message>
    <message>
      <source>{carrier} needs no dispatch manifest.</source>
      <translation>{carrier} nie wymaga protokołu nadania.</translation>
    </message>
    <message>
      <source>{carrier} returned {returned} tracking numbers for {parcels} parcels; nothing was changed.</source>
      <translation>{carrier}: liczba zwróconych numerów przesyłek ({returned}) nie zgadza się z liczbą paczek ({parcels}); nic nie zmieniono.</translation>
    </message>
    <message>
      <source>{carrier} takes sizes {sizes}, not '{size}'.</source>
      <translation>{carrier} przyjmuje gabaryty {sizes}, a nie „{size}”.</translation>
    </message>
    <message>
      <source>{channel} · {direction} · {topic}</source>
      <translation>{channel} · {direction} · {topic}</translation>
    </message>
    <message>
      <source>{channel} · {direction} · {topic}: {note}</source>
      <translation>{channel} · {direction} · {topic}: {note}</translation>
    </message>
    <message>
      <source>{counted} is below zero</source>
      <translation>{counted} to mniej niż zero</translation>
    </message>
    <message>
      <source>{count} cancelled or voided order(s): imported as cancelled, nothing to pack</source>
      <translation>Zamówienia anulowane lub unieważnione ({count}): zaimportowane jako anulowane, nie ma czego pakować</translation>
    </message>
    <message>
      <source>{count} order(s) already fulfilled in Shopify: imported as shipped, stock untouched</source>
      <translation>Zamówienia już zrealizowane w Shopify ({count}): zaimportowane jako wysłane, stan magazynowy bez zmian</translation>
    </message>
    <message>
      <source>{count} order(s) in {currency}: kept in their currency</source>
      <translation>Zamówienia w walucie {currency} ({count}): zachowane w swojej walucie</translation>
    </message>
    <message>
      <source>{count} test order(s) skipped</source>
      <translation>Pominięte zamówienia testowe: {count}</translation>
    </message>
    <message>
      <source>{count} variant(s) without an SKU in Shopify get one made from the handle and options, the same on every import (for example {sku} for '{name}'); the product card marks them as generated.</source>
      <translation>Warianty bez SKU w Shopify ({count}) dostają SKU utworzone z uchwytu i opcji, takie samo przy każdym imporcie (na przykład {sku} dla '{name}'); karta produktu oznacza je jako wygenerowane.</translation>
    </message>
    <message>
      <source>{dpi} dpi is not a printer resolution.</source>
      <translation>{dpi} dpi to nie jest rozdzielczość drukarki.</translation>
    </message>
    <message>
      <source>{ean} is the EAN of one unit of {sku}; a pack has an EAN of its own.</source>
      <translation>{ean} to EAN jednej sztuki {sku}; opakowanie ma własny EAN.</translation>
    </message>
    <message>
      <source>{filename} has no pages.</source>
      <translation>{filename} nie ma stron.</translation>
    </message>
    <message>
      <source>{filename} is not a readable PDF ({error}).</source>
      <translation>{filename} nie jest czytelnym plikiem PDF ({error}).</translation>
    </message>
    <message>
      <source>{file} has no mid rate of {currency}.</source>
      <translation>W pliku {file} nie ma kursu średniego {currency}.</translation>
    </message>
    <message>
      <source>{file} is not a shop file of Zaplecze: it seems to be {what}. Nothing was written into it.</source>
      <translation>{file} nie jest plikiem sklepu Zaplecza: wygląda na to, że to {what}. Nic do niego nie zapisano.</translation>
    </message>
    <message>
      <source>{file}: '{value}' is not a date.</source>
      <translation>{file}: '{value}' nie jest datą.</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({reason}).</source>
      <translation>{file}: nie można odczytać pliku ({reason}).</translation>
    </message>
    <message>
      <source>{file}: has no table from before {date}; the invoice needs the rate of the last business day before the sale.</source>
      <translation>{file}: brak tabeli sprzed {date}; faktura wymaga kursu z ostatniego dnia roboczego przed sprzedażą.</translation>
    </message>
    <message>
      <source>{file}: holds no exchange rates.</source>
      <translation>{file}: nie zawiera kursów walut.</translation>
    </message>
    <message>
      <source>{file}: labels for order {number} ({count}), {carrier} {service}</source>
      <translation>{file}: etykiety zamówienia {number} ({count}), {carrier} {service}</translation>
    </message>
    <message>
      <source>{file}: not an NBP exchange-rate table (expected the XML of api.nbp.pl, found &lt;{tag}&gt;).</source>
      <translation>{file}: to nie jest tabela kursów NBP (oczekiwano XML z api.nbp.pl, znaleziono &lt;{tag}&gt;).</translation>
    </message>
    <message>
      <source>{file}: not an NBP exchange-rate table (no XML, and no CSV header starting with 'data').</source>
      <translation>{file}: to nie jest tabela kursów NBP (ani XML, ani CSV z nagłówkiem zaczynającym się od 'data').</translation>
    </message>
    <message>
      <source>{file}: not an NBP exchange-rate table (no {field}).</source>
      <translation>{file}: to nie jest tabela kursów NBP (brak {field}).</translation>
    </message>
    <message>
      <source>{file}: not readable as JSON ({reason}).</source>
      <translation>{file}: nie da się odczytać jako JSON ({reason}).</translation>
    </message>
    <message>
      <source>{file}: not readable as XML ({reason}).</source>
      <translation>{file}: nie da się odczytać jako XML ({reason}).</translation>
    </message>
    <message>
      <source>{file}: packing slip of order {number}; units: {units}</source>
      <translation>{file}: lista pakunkowa zamówienia {number}; sztuk: {units}</translation>
    </message>
    <message>
      <source>{file}: personal data are written as .json or .xlsx.</source>
      <translation>{file}: dane osobowe zapisuje się jako .json lub .xlsx.</translation>
    </message>
    <message>
      <source>{file}: pick list; orders: {orders}, products: {products}, units: {units}</source>
      <translation>{file}: lista kompletacyjna; zamówień: {orders}, produktów: {products}, sztuk: {units}</translation>
    </message>
    <message>
      <source>{file}: refused, {count} error(s); nothing was imported</source>
      <translation>{file}: odrzucony, błędów: {count}; nic nie zaimportowano</translation>
    </message>
    <message>
      <source>{file}: the CSV names no currencies in its header (columns such as 1USD, 100HUF).</source>
      <translation>{file}: nagłówek CSV nie wymienia żadnej waluty (kolumn takich jak 1USD, 100HUF).</translation>
    </message>
    <message>
      <source>{file}: this is table C (buy and sell rates); an invoice needs the mid rate of table A or B.</source>
      <translation>{file}: to tabela C (kursy kupna i sprzedaży); faktura wymaga kursu średniego z tabeli A lub B.</translation>
    </message>
    <message>
      <source>{file}: {format} export; rows: {rows}, orders: {orders}, lines: {lines}</source>
      <translation>{file}: eksport {format}; wiersze: {rows}, zamówienia: {orders}, pozycje: {lines}</translation>
    </message>
    <message>
      <source>{file}: {where}: '{value}' is not an exchange rate.</source>
      <translation>{file}: {where}: '{value}' nie jest kursem waluty.</translation>
    </message>
    <message>
      <source>{invoice}: rejected, {code} {description}</source>
      <translation>{invoice}: odrzucona, {code} {description}</translation>
    </message>
    <message>
      <source>{items} and {count} more</source>
      <translation>{items} i jeszcze {count}</translation>
    </message>
    <message>
      <source>{item} is on shelf {location}, not {shelf}: scan shelf {location} first.</source>
      <translation>{item} leży na półce {location}, nie {shelf}: najpierw zeskanuj półkę {location}.</translation>
    </message>
    <message>
      <source>{item}: {scanned} of {ordered}</source>
      <translation>{item}: {scanned} z {ordered}</translation>
    </message>
    <message>
      <source>{name}: the quantity must be at least 1.</source>
      <translation>{name}: ilość musi wynosić co najmniej 1.</translation>
    </message>
    <message>
      <source>{name}: the quantity must be from 1 to {left} (bought {bought}, in other cases {used}).</source>
      <translation>{name}: ilość musi wynosić od 1 do {left} (kupiono: {bought}, w innych sprawach: {used}).</translation>
    </message>
    <message>
      <source>{numbers}: already packed, shipped or cancelled; only orders still to be packed can be packed first.</source>
      <translation>{numbers}: już spakowane, wysłane lub anulowane; w pierwszej kolejności można pakować tylko zamówienia, które czekają na pakowanie.</translation>
    </message>
    <message>
      <source>{order} goes by {carrier}</source>
      <translation>{order} ma innego przewoźnika: {carrier}</translation>
    </message>
    <message>
      <source>{order} has a parcel without a tracking number</source>
      <translation>{order} ma paczkę bez numeru przesyłki</translation>
    </message>
    <message>
      <source>{order} is on another manifest</source>
      <translation>{order} jest już na innym protokole</translation>
    </message>
    <message>
      <source>{out} already exists; nothing was written. Choose another file, or add --force to replace it.</source>
      <translation>{out} już istnieje; nic nie zapisano. Wybierz inny plik albo dodaj --force, aby go zastąpić.</translation>
    </message>
    <message>
      <source>{path} could not be opened: the password is wrong, or it is not a PKCS#12 certificate file.</source>
      <translation>Nie można otworzyć pliku {path}: hasło jest błędne albo nie jest to plik certyfikatu PKCS#12.</translation>
    </message>
    <message>
      <source>{path} could not be read: {reason}</source>
      <translation>Nie udało się odczytać {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} could not be written: {reason}</source>
      <translation>Nie udało się zapisać {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} holds no certificate with its private key.</source>
      <translation>Plik {path} nie zawiera certyfikatu z kluczem prywatnym.</translation>
    </message>
    <message>
      <source>{path} is not a certificate (PEM or DER).</source>
      <translation>Plik {path} nie jest certyfikatem (PEM ani DER).</translation>
    </message>
    <message>
      <source>{path} is not a private key (PEM or DER).</source>
      <translation>Plik {path} nie jest kluczem prywatnym (PEM ani DER).</translation>
    </message>
    <message>
      <source>{problem}: {sku} is imported without an EAN</source>
      <translation>{problem}: {sku} zostanie zaimportowany bez EAN</translation>
    </message>
    <message>
      <source>{product} is not in the catalogue ({count} line(s)): kept without a product; verification will flag them</source>
      <translation>{product} nie ma w katalogu (pozycje: {count}): zachowane bez produktu; weryfikacja je oznaczy</translation>
    </message>
    <message>
      <source>{sku} is counted again (first on row {first_row}); add the counts up in one row</source>
      <translation>{sku} policzono ponownie (pierwszy raz w wierszu {first_row}); zsumuj ilości w jednym wierszu</translation>
    </message>
    <message>
      <source>{sku} is new and needs a name and a price</source>
      <translation>{sku} to nowy produkt, potrzebuje nazwy i ceny</translation>
    </message>
    <message>
      <source>{sku}: {ordered} ordered, {available} available</source>
      <translation>{sku}: zamówiono {ordered}, dostępne {available}</translation>
    </message>
    <message>
      <source>{sku}: {scanned} of {ordered}</source>
      <translation>{sku}: {scanned} z {ordered}</translation>
    </message>
    <message>
      <source>{tracking} is also on row {row}</source>
      <translation>{tracking} występuje też w wierszu {row}</translation>
    </message>
    <message>
      <source>{values} values, but the header has {columns} columns; the values would land in the wrong columns</source>
      <translation>wartości: {values}, a nagłówek ma kolumn: {columns}; wartości trafiłyby do złych kolumn</translation>
    </message>
  </context>
</TS>
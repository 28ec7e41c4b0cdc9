"""The demo shop's fixed data: a Polish home-and-kitchen shop's catalogue, names, streets and cities.

Plain tuples only, so the generator in `app.services.demo.shop` can draw from them fast. Prices are gross PLN
as strings (turned into Decimal there); VAT rates follow Polish practice closely enough for a demo
(books and honey 5 %, chocolate and medical goods 8 %, the rest 23 %).
"""

from __future__ import annotations

# (group name, SKU stem, VAT, supplier, [(variant label, SKU suffix, gross price)], popularity weight)
# An empty variant label is a product without variants.
PRODUCT_GROUPS: tuple[tuple[str, str, str, str, tuple[tuple[str, str, str], ...], int], ...] = (
    ("Kubek ceramiczny Zakopane 350 ml", "KUB-ZAK", "23", "Ceramika Bolesławiec", (
        ("biały", "BIA", "39.99"), ("granatowy", "GRA", "39.99"), ("butelkowa zieleń", "ZIE", "39.99"),
        ("musztardowy", "MUS", "39.99"), ("szary", "SZA", "39.99")), 9),
    ("Kubek emaliowany 400 ml", "KUB-EMA", "23", "Emalia Olkusz", (
        ("biały", "BIA", "34.90"), ("czerwony", "CZE", "34.90"), ("niebieski", "NIE", "34.90")), 6),
    ("Talerz płytki 27 cm Bolesławiec", "TAL-BOL", "23", "Ceramika Bolesławiec", (
        ("pawie oko", "PAW", "79.00"), ("niebieskie kropki", "KRO", "79.00"), ("kwiaty", "KWI", "79.00")), 4),
    ("Miska ceramiczna Bolesławiec 600 ml", "MIS-BOL", "23", "Ceramika Bolesławiec", (
        ("pawie oko", "PAW", "59.00"), ("niebieskie kropki", "KRO", "59.00"), ("kwiaty", "KWI", "59.00")), 4),
    ("Dzbanek ceramiczny 1,2 l", "DZB", "23", "Ceramika Bolesławiec", (
        ("biały", "BIA", "119.00"), ("grafitowy", "GRF", "119.00")), 2),
    ("Filiżanka ze spodkiem 200 ml", "FIL", "23", "Porcelana Ćmielów", (
        ("biała", "BIA", "45.00"), ("różowa", "ROZ", "45.00"), ("miętowa", "MIE", "45.00")), 3),
    ("Koszulka bawełniana Zaplecze", "KOSZ", "23", "Szwalnia Łódź", tuple(
        (f"{colour}, {size}", f"{code}-{size}", "59.99")
        for colour, code in (("czarna", "CZA"), ("biała", "BIA")) for size in ("S", "M", "L", "XL")), 7),
    ("Bluza z kapturem", "BLUZ", "23", "Szwalnia Łódź", tuple(
        (f"{colour}, {size}", f"{code}-{size}", "159.00")
        for colour, code in (("grafitowa", "GRF"), ("butelkowa", "BUT")) for size in ("S", "M", "L", "XL")), 4),
    ("Skarpety wełniane", "SKAR", "23", "Dzianina Podhale", (
        ("36-38", "36", "29.90"), ("39-42", "39", "29.90"), ("43-46", "43", "29.90")), 6),
    ("Czapka zimowa z pomponem", "CZAP", "23", "Dzianina Podhale", (
        ("szara", "SZA", "49.90"), ("czerwona", "CZE", "49.90"), ("granatowa", "GRA", "49.90")), 4),
    ("Szalik wełniany", "SZAL", "23", "Dzianina Podhale", (("szary", "SZA", "89.00"), ("bordowy", "BOR", "89.00")), 2),
    ("Kawa ziarnista Brazylia Santos", "KAWA-BR", "23", "Palarnia Mokotów", (
        ("250 g", "250", "32.90"), ("1 kg", "1000", "109.00")), 10),
    ("Kawa ziarnista Etiopia Yirgacheffe", "KAWA-ET", "23", "Palarnia Mokotów", (
        ("250 g", "250", "42.90"), ("1 kg", "1000", "149.00")), 7),
    ("Kawa mielona Kolumbia", "KAWA-KOL", "23", "Palarnia Mokotów", (
        ("250 g", "250", "34.90"), ("500 g", "500", "64.90")), 7),
    ("Herbata czarna Assam", "HERB-AS", "23", "Herbaciarnia Kraków", (
        ("100 g", "100", "24.90"), ("250 g", "250", "52.00")), 5),
    ("Herbata zielona Sencha", "HERB-SE", "23", "Herbaciarnia Kraków", (
        ("100 g", "100", "27.90"), ("250 g", "250", "59.00")), 4),
    ("Miód wielokwiatowy", "MIOD-WK", "5", "Pasieka Sądecka", (("400 g", "400", "29.00"), ("900 g", "900", "54.00")), 6),
    ("Miód gryczany", "MIOD-GR", "5", "Pasieka Sądecka", (("400 g", "400", "34.00"), ("900 g", "900", "62.00")), 4),
    ("Konfitura 280 g", "KONF", "5", "Przetwory Babuni", (
        ("czarna porzeczka", "POR", "18.90"), ("wiśnia", "WIS", "18.90"), ("malina", "MAL", "18.90"),
        ("truskawka", "TRU", "18.90")), 5),
    ("Pierniki toruńskie 200 g", "PIER", "5", "Piekarnia Toruń", (
        ("w czekoladzie", "CZE", "19.90"), ("nadziewane", "NAD", "21.90")), 4),
    ("Czekolada gorzka 70% 100 g", "CZEK", "8", "Manufaktura Czekolady", (
        ("klasyczna", "KLA", "14.90"), ("z solą", "SOL", "15.90"), ("z pomarańczą", "POM", "15.90")), 6),
    ("Książka: Kuchnia polska. Przepisy babci", "KS-KUCH", "5", "Wydawnictwo Smak", (("", "", "59.90"),), 3),
    ("Książka: Pierogi na sto sposobów", "KS-PIER", "5", "Wydawnictwo Smak", (("", "", "49.90"),), 3),
    ("Książka: Chleb domowy", "KS-CHLE", "5", "Wydawnictwo Smak", (("", "", "44.90"),), 2),
    ("Książka: Przetwory na zimę", "KS-PRZE", "5", "Wydawnictwo Smak", (("", "", "39.90"),), 2),
    ("Książka: Kawa. Od ziarna do filiżanki", "KS-KAWA", "5", "Wydawnictwo Smak", (("", "", "69.00"),), 2),
    ("Termometr bezdotykowy", "TERM", "8", "MedSklep", (("", "", "89.00"),), 1),
    ("Plastry opatrunkowe 20 szt.", "PLAS", "8", "MedSklep", (("", "", "9.90"),), 2),
    ("Maseczki ochronne 10 szt.", "MASK", "8", "MedSklep", (("", "", "14.90"),), 1),
    ("Świeca sojowa w słoiku 200 ml", "SWIE", "23", "Świece Mazury", (
        ("lawenda", "LAW", "39.00"), ("wanilia", "WAN", "39.00"), ("cynamon", "CYN", "39.00"),
        ("drzewo sandałowe", "SAN", "39.00"), ("pomarańcza", "POM", "39.00")), 6),
    ("Ręcznik bawełniany", "RECZ", "23", "Tekstylia Łódź", tuple(
        (f"{size}, {colour}", f"{scode}-{code}", price)
        for size, scode, price in (("50x90", "50", "29.90"), ("70x140", "70", "59.90"))
        for colour, code in (("biały", "BIA"), ("beżowy", "BEZ"), ("grafitowy", "GRF"))), 4),
    ("Pościel lniana 160x200", "POSC", "23", "Tekstylia Łódź", (
        ("naturalna", "NAT", "299.00"), ("biała", "BIA", "299.00"), ("szałwiowa", "SZA", "299.00")), 2),
    ("Poduszka dekoracyjna 45x45", "PODU", "23", "Tekstylia Łódź", (
        ("musztardowa", "MUS", "69.00"), ("butelkowa", "BUT", "69.00"), ("szara", "SZA", "69.00"),
        ("różowa", "ROZ", "69.00")), 3),
    ("Koc z wełny merino 130x170", "KOC", "23", "Dzianina Podhale", (
        ("szary", "SZA", "349.00"), ("kremowy", "KRE", "349.00")), 1),
    ("Deska do krojenia dębowa", "DESK", "23", "Stolarnia Kaszuby", (
        ("30x20 cm", "30", "79.00"), ("40x25 cm", "40", "109.00")), 3),
    ("Nóż szefa kuchni 20 cm", "NOZ", "23", "Gerlach Kuchnia", (("", "", "229.00"),), 1),
    ("Fartuch kuchenny lniany", "FART", "23", "Tekstylia Łódź", (
        ("naturalny", "NAT", "89.00"), ("grafitowy", "GRF", "89.00"), ("musztardowy", "MUS", "89.00")), 2),
    ("Drip do kawy V60 ceramiczny", "DRIP", "23", "Palarnia Mokotów", (
        ("biały", "BIA", "89.00"), ("czarny", "CZA", "89.00")), 3),
    ("Młynek do kawy ręczny", "MLYN", "23", "Palarnia Mokotów", (("", "", "199.00"),), 2),
    ("Zaparzacz French Press 1 l", "PRESS", "23", "Palarnia Mokotów", (("", "", "129.00"),), 2),
    ("Filtry papierowe V60 100 szt.", "FILT", "23", "Palarnia Mokotów", (("", "", "24.90"),), 5),
    ("Torba bawełniana z nadrukiem", "TORB", "23", "Szwalnia Łódź", (
        ("Kraków", "KRA", "34.90"), ("Gdańsk", "GDA", "34.90"), ("Warszawa", "WAW", "34.90"),
        ("Zakopane", "ZAK", "34.90")), 4),
    ("Notes w kratkę A5", "NOTE", "23", "Papiernia Kielce", (
        ("czerwony", "CZE", "19.90"), ("zielony", "ZIE", "19.90"), ("niebieski", "NIE", "19.90")), 4),
    ("Kalendarz ścienny", "KAL", "23", "Papiernia Kielce", (("", "", "39.90"),), 2),
    ("Mydło naturalne 100 g", "MYDL", "23", "Mydlarnia Lublin", (
        ("lawenda", "LAW", "19.00"), ("węgiel", "WEG", "19.00"), ("owies", "OWI", "19.00"), ("róża", "ROZ", "19.00")), 5),
    ("Lampka nocna", "LAMP", "23", "Oświetlenie Poznań", (("biała", "BIA", "149.00"), ("czarna", "CZA", "149.00")), 1),
    ("Donica ceramiczna", "DON", "23", "Ceramika Bolesławiec", (
        ("12 cm", "12", "29.00"), ("17 cm", "17", "49.00"), ("22 cm", "22", "79.00")), 3),
    ("Wazon szklany", "WAZ", "23", "Huta Krosno", (
        ("przezroczysty", "PRZ", "89.00"), ("bursztynowy", "BUR", "89.00"), ("zielony", "ZIE", "89.00")), 2),
    ("Przyprawa do piernika 40 g", "PRZYP", "23", "Przetwory Babuni", (("", "", "9.90"),), 3),
)

# The shop's categories (product.category: the reports' top categories), by SKU stem: what a Polish shop's owner
# would file each product under.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Kubki": ("KUB-ZAK", "KUB-EMA", "FIL"),
    "Talerze i miski": ("TAL-BOL", "MIS-BOL", "DZB"),
    "Kawa": ("KAWA-BR", "KAWA-ET", "KAWA-KOL"),
    "Herbata": ("HERB-AS", "HERB-SE"),
    "Akcesoria do kawy": ("DRIP", "MLYN", "PRESS", "FILT"),
    "Odzież": ("KOSZ", "BLUZ", "SKAR", "CZAP", "SZAL", "TORB"),
    "Tekstylia": ("RECZ", "POSC", "PODU", "KOC", "FART"),
    "Słodycze": ("PIER", "CZEK"),
    "Spiżarnia": ("MIOD-WK", "MIOD-GR", "KONF", "PRZYP"),
    "Książki": ("KS-KUCH", "KS-PIER", "KS-CHLE", "KS-PRZE", "KS-KAWA"),
    "Zdrowie": ("TERM", "PLAS", "MASK"),
    "Kuchnia": ("DESK", "NOZ"),
    "Dekoracje": ("SWIE", "LAMP", "DON", "WAZ"),
    "Papeteria": ("NOTE", "KAL"),
    "Kosmetyki": ("MYDL",),
}
CATEGORY_OF: dict[str, str] = {stem: category for category, stems in CATEGORIES.items() for stem in stems}

FEMALE_FIRST = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Joanna",
    "Aleksandra", "Zofia", "Monika", "Natalia", "Karolina", "Julia", "Marta", "Beata", "Dorota", "Paulina",
    "Justyna", "Weronika", "Patrycja", "Iwona", "Hanna", "Elżbieta", "Alicja", "Urszula", "Grażyna", "Oliwia",
)
MALE_FIRST = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam",
    "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Kamil", "Maciej", "Rafał", "Szymon",
    "Bartosz", "Marek", "Stanisław", "Zbigniew", "Jerzy", "Józef", "Artur", "Sebastian", "Przemysław", "Filip",
)
# Male forms; the female form of -ski/-cki/-dzki ends in -ska/-cka/-dzka, the rest stay as they are.
SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
    "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk",
    "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński",
    "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek",
    "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk",
    "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski", "Wróblewski", "Jasiński", "Marciniak", "Sadowski",
    "Bąk", "Zawadzki", "Duda", "Włodarczyk", "Chmielewski", "Borkowski", "Sokołowski", "Szczepański", "Kubiak",
)
EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "wp.pl", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl",
                 "poczta.fm", "outlook.com", "icloud.com", "tlen.pl", "gazeta.pl")
STREETS = (
    "ul. Długa", "ul. Kwiatowa", "ul. Lipowa", "ul. Polna", "ul. Leśna", "ul. Słoneczna", "ul. Krótka", "ul. Szkolna",
    "ul. Ogrodowa", "ul. Mickiewicza", "ul. Kościuszki", "ul. Piłsudskiego", "ul. Sienkiewicza", "ul. Jana Pawła II",
    "ul. Żeromskiego", "ul. Słowackiego", "ul. Reymonta", "ul. Wojska Polskiego", "ul. 3 Maja", "ul. Kolejowa",
    "ul. Parkowa", "ul. Różana", "ul. Brzozowa", "ul. Chopina", "ul. Konopnickiej", "ul. Prusa", "ul. Grunwaldzka",
    "ul. Kopernika", "ul. Jagiellońska", "ul. Zielona", "ul. Wiejska", "ul. Batorego", "al. Niepodległości",
    "ul. Nowa", "ul. Akacjowa", "ul. Klonowa", "ul. Wrzosowa", "os. Słoneczne", "ul. Rynek", "ul. Fabryczna",
)
# (city, lowest and highest postal code as ddddd). Big cities span their real ranges; towns have one code.
CITIES: tuple[tuple[str, int, int, int], ...] = (  # (city, low, high, weight)
    ("Warszawa", 950, 4999, 22), ("Kraków", 30001, 31999, 10), ("Łódź", 90001, 94999, 7),
    ("Wrocław", 50001, 54999, 8), ("Poznań", 60001, 61999, 7), ("Gdańsk", 80001, 80999, 6),
    ("Szczecin", 70001, 71999, 4), ("Bydgoszcz", 85001, 85999, 3), ("Lublin", 20001, 20999, 4),
    ("Białystok", 15001, 15999, 3), ("Katowice", 40001, 40999, 4), ("Gdynia", 81001, 81599, 3),
    ("Rzeszów", 35001, 35999, 2), ("Toruń", 87100, 87199, 2), ("Kielce", 25001, 25999, 2),
    ("Olsztyn", 10001, 10999, 2), ("Opole", 45001, 45999, 1), ("Zielona Góra", 65001, 65999, 1),
    ("Częstochowa", 42200, 42299, 1), ("Radom", 26600, 26699, 1), ("Sopot", 81701, 81899, 1),
    ("Pruszków", 5800, 5800, 1), ("Piaseczno", 5500, 5500, 1), ("Legionowo", 5120, 5120, 1),
    ("Wieliczka", 32020, 32020, 1), ("Zakopane", 34500, 34500, 1), ("Żywiec", 34300, 34300, 1),
    ("Nowy Sącz", 33300, 33300, 1), ("Tarnów", 33100, 33100, 1), ("Gniezno", 62200, 62200, 1),
    ("Suwałki", 16400, 16400, 1), ("Ełk", 19300, 19300, 1), ("Kołobrzeg", 78100, 78100, 1),
    ("Malbork", 82200, 82200, 1), ("Sanok", 38500, 38500, 1), ("Zamość", 22400, 22400, 1),
)
# (method, cost in grosze, tracking kind, may be cash on delivery, weight)
SHIPPING_METHODS: tuple[tuple[str, int, str, bool, int], ...] = (
    ("InPost Paczkomat", 1399, "inpost", True, 45),
    ("InPost Kurier", 1699, "inpost", True, 10),
    ("DPD Kurier", 1799, "dpd", True, 15),
    ("DHL Kurier", 1899, "dhl", True, 8),
    ("Poczta Polska", 1450, "pocztex", True, 8),
    ("ORLEN Paczka", 999, "orlen", False, 10),
    ("Odbiór osobisty", 0, "", False, 4),
)
COD_FEE = 500  # grosze added to shipping for cash on delivery
FREE_SHIPPING_FROM = 19900  # grosze of goods

CUSTOMER_NOTES = (
    "Proszę dzwonić przed dostawą.", "To prezent, proszę nie wkładać paragonu.", "Proszę o staranne zapakowanie.",
    "Domofon nie działa, proszę dzwonić na telefon.", "Jeśli to możliwe, proszę wysłać jeszcze dziś.",
    "Proszę zostawić u sąsiada pod 5.", "Faktura na firmę, dane w adresie rozliczeniowym.",
)
INTERNAL_NOTES = (
    "Klient dzwonił, pyta o termin wysyłki.", "Stały klient, dorzucić próbkę kawy.",
    "Klientka prosi o zmianę koloru, czekamy na odpowiedź.", "Sprawdzić adres - brak numeru mieszkania?",
    "Obiecane wysłanie do piątku.",
)
COMPANIES = (
    "Kawiarnia Pod Lipą s.c.", "Pracownia Ceramiki Glina Sp. z o.o.", "Biuro Rachunkowe Saldo",
    "Hotel Pod Tatrami Sp. z o.o.", "Restauracja Stara Kuźnia", "Agencja Reklamowa Pomysł Sp. z o.o.",
)

# What one item weighs packed (grams) and its box (length, width, height in mm), by SKU stem; a variant with its
# own size (a 1 kg bag, a bigger pot) by (stem, SKU suffix). Goods sold by weight weigh their contents plus pack.
PACKED: dict[str, tuple[int, tuple[int, int, int]]] = {
    "KUB-ZAK": (420, (120, 100, 110)), "KUB-EMA": (260, (110, 100, 100)), "TAL-BOL": (780, (280, 280, 40)),
    "MIS-BOL": (520, (170, 170, 90)), "DZB": (1150, (200, 150, 230)), "FIL": (330, (150, 150, 90)),
    "KOSZ": (190, (300, 220, 20)), "BLUZ": (620, (350, 300, 60)), "SKAR": (110, (200, 100, 30)),
    "CZAP": (120, (220, 200, 40)), "SZAL": (260, (300, 200, 40)), "KAWA-BR": (270, (180, 90, 60)),
    "KAWA-ET": (270, (180, 90, 60)), "KAWA-KOL": (270, (180, 90, 60)), "HERB-AS": (115, (150, 80, 50)),
    "HERB-SE": (115, (150, 80, 50)), "MIOD-WK": (630, (90, 90, 110)), "MIOD-GR": (630, (90, 90, 110)),
    "KONF": (470, (80, 80, 100)), "PIER": (240, (200, 120, 40)), "CZEK": (110, (160, 80, 10)),
    "KS-KUCH": (850, (250, 190, 25)), "KS-PIER": (600, (240, 170, 20)), "KS-CHLE": (550, (240, 170, 18)),
    "KS-PRZE": (500, (240, 170, 16)), "KS-KAWA": (700, (250, 190, 20)), "TERM": (230, (180, 100, 60)),
    "PLAS": (40, (100, 70, 20)), "MASK": (60, (190, 100, 30)), "SWIE": (450, (90, 90, 100)),
    "RECZ": (420, (300, 250, 40)), "POSC": (1600, (400, 300, 80)), "PODU": (450, (450, 450, 120)),
    "KOC": (1200, (400, 300, 100)), "DESK": (900, (300, 200, 20)), "NOZ": (300, (350, 80, 30)),
    "FART": (280, (300, 200, 20)), "DRIP": (420, (140, 140, 100)), "MLYN": (650, (200, 120, 120)),
    "PRESS": (900, (200, 150, 240)), "FILT": (130, (140, 110, 50)), "TORB": (140, (380, 420, 5)),
    "NOTE": (260, (215, 150, 15)), "KAL": (450, (340, 250, 10)), "MYDL": (115, (90, 60, 30)),
    "LAMP": (900, (200, 200, 300)), "DON": (900, (190, 190, 170)), "WAZ": (800, (150, 150, 260)),
    "PRZYP": (55, (110, 80, 20)),
}
PACKED_VARIANTS: dict[tuple[str, str], tuple[int, tuple[int, int, int]]] = {
    ("KAWA-BR", "1000"): (1040, (260, 130, 90)), ("KAWA-ET", "1000"): (1040, (260, 130, 90)),
    ("KAWA-KOL", "500"): (525, (210, 110, 70)), ("HERB-AS", "250"): (275, (190, 100, 60)),
    ("HERB-SE", "250"): (275, (190, 100, 60)), ("MIOD-WK", "900"): (1250, (100, 100, 150)),
    ("MIOD-GR", "900"): (1250, (100, 100, 150)), ("DESK", "40"): (1500, (400, 250, 25)),
    ("DON", "12"): (450, (130, 130, 120)), ("DON", "22"): (1600, (240, 240, 220)),
}
PARCEL_PACKAGING_G = 150  # a box, filler and tape around every parcel

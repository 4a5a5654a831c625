"""Word lists and templates for the demo database (kamdesk.demo.build).

Pure data: names, places, products and texts. Everything is fictitious; real brands are avoided.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# --- our own company ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnCompany:
    legal_name: str
    short_name: str
    tax_id: str
    registration_no: str
    country: str
    city: str
    postal_code: str
    address: str
    phone: str
    email: str
    website: str
    bank_name: str
    bank_account: str
    bank_code: str


# The account number carries valid Hungarian giro check digits (weights 9,7,3,1) and the IBAN
# valid mod-97 digits; the tax number a valid anum check digit. Tests verify all three.
OWN_COMPANY: Final = OwnCompany(
    legal_name="Danubia Pack & Care Kereskedelmi Korlátolt Felelősségű Társaság",
    short_name="Danubia Pack & Care Kft.",
    tax_id="14785298",
    registration_no="Cg. 01-09-874512",
    country="HU",
    city="Budapest",
    postal_code="1138",
    address="Váci út 117.",
    phone="+36 1 555 0142",
    email="info@danubiapack.hu",
    website="www.danubiapack.hu",
    bank_name="OTP Bank Nyrt.",
    bank_account="HU09117050082001458700000009",
    bank_code="OTPVHUHB",
)

KAMS: Final = ("Kovács Anna", "Szabó Gergely", "Elena Morozova")

# --- regions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    name: str
    postal_from: int
    postal_to: int
    phone_area: str
    tax_region: str  # RU: the first two digits of an INN; IT: the VAT office code


@dataclass(frozen=True)
class Country:
    code: str
    language: str
    phone_prefix: str
    tld: str
    utc_offset: int  # business hours are local; stored times are UTC
    cities: tuple[City, ...]
    streets: tuple[str, ...]
    legal_forms: tuple[tuple[str, str], ...]  # (short, long)
    roots: tuple[str, ...]
    male_first: tuple[str, ...]
    female_first: tuple[str, ...]
    male_last: tuple[str, ...]
    female_last: tuple[str, ...]
    # RU only: patronymics; empty elsewhere
    male_patronymic: tuple[str, ...] = ()
    female_patronymic: tuple[str, ...] = ()


RU: Final = Country(
    code="RU",
    language="ru",
    phone_prefix="+7",
    tld="ru",
    utc_offset=3,
    cities=(
        City("Москва", 101000, 129999, "495", "77"),
        City("Санкт-Петербург", 190000, 199999, "812", "78"),
        City("Казань", 420000, 420140, "843", "16"),
        City("Екатеринбург", 620000, 620150, "343", "66"),
        City("Новосибирск", 630000, 630130, "383", "54"),
        City("Нижний Новгород", 603000, 603170, "831", "52"),
        City("Самара", 443000, 443130, "846", "63"),
        City("Ростов-на-Дону", 344000, 344120, "863", "61"),
    ),
    streets=(
        "ул. Промышленная",
        "ул. Заводская",
        "пр-т Мира",
        "ул. Садовая",
        "пр-т Победы",
        "ул. Гагарина",
        "ул. Складская",
        "ш. Энтузиастов",
        "ул. Советская",
        "ул. Лесная",
        "Набережная ул.",
        "ул. Кирова",
    ),
    legal_forms=(
        ("ООО", "Общество с ограниченной ответственностью"),
        ("ООО", "Общество с ограниченной ответственностью"),
        ("АО", "Акционерное общество"),
    ),
    roots=(
        "Волга",
        "Урал",
        "Нева",
        "Кама",
        "Дон",
        "Сибирь",
        "Балт",
        "Ока",
        "Енисей",
        "Алтай",
        "Север",
        "Восток",
        "Меридиан",
        "Горизонт",
        "Вектор",
        "Гранит",
        "Союз",
        "Зенит",
        "Ладога",
        "Берёза",
    ),
    male_first=(
        "Александр",
        "Дмитрий",
        "Сергей",
        "Андрей",
        "Алексей",
        "Михаил",
        "Игорь",
        "Владимир",
        "Николай",
        "Павел",
        "Евгений",
        "Артём",
    ),
    female_first=(
        "Елена",
        "Ольга",
        "Наталья",
        "Татьяна",
        "Ирина",
        "Анна",
        "Мария",
        "Светлана",
        "Екатерина",
        "Юлия",
        "Дарья",
        "Ксения",
    ),
    male_last=(
        "Иванов",
        "Смирнов",
        "Кузнецов",
        "Попов",
        "Волков",
        "Соколов",
        "Лебедев",
        "Козлов",
        "Новиков",
        "Морозов",
        "Петров",
        "Фёдоров",
        "Орлов",
        "Захаров",
    ),
    female_last=(
        "Иванова",
        "Смирнова",
        "Кузнецова",
        "Попова",
        "Волкова",
        "Соколова",
        "Лебедева",
        "Козлова",
        "Новикова",
        "Морозова",
        "Петрова",
        "Фёдорова",
        "Орлова",
        "Захарова",
    ),
    male_patronymic=(
        "Сергеевич",
        "Александрович",
        "Викторович",
        "Николаевич",
        "Петрович",
        "Андреевич",
        "Игоревич",
        "Юрьевич",
        "Михайлович",
        "Олегович",
    ),
    female_patronymic=(
        "Сергеевна",
        "Александровна",
        "Викторовна",
        "Николаевна",
        "Петровна",
        "Андреевна",
        "Игоревна",
        "Юрьевна",
        "Михайловна",
        "Олеговна",
    ),
)

HU: Final = Country(
    code="HU",
    language="hu",
    phone_prefix="+36",
    tld="hu",
    utc_offset=1,
    cities=(
        City("Budapest", 1011, 1239, "1", ""),
        City("Győr", 9021, 9030, "96", ""),
        City("Debrecen", 4024, 4032, "52", ""),
        City("Pécs", 7621, 7634, "72", ""),
        City("Szeged", 6720, 6729, "62", ""),
        City("Miskolc", 3525, 3535, "46", ""),
        City("Székesfehérvár", 8000, 8019, "22", ""),
        City("Kecskemét", 6000, 6008, "76", ""),
        City("Nyíregyháza", 4400, 4405, "42", ""),
    ),
    streets=(
        "Fő utca",
        "Kossuth Lajos utca",
        "Petőfi Sándor utca",
        "Rákóczi út",
        "Ipari park",
        "Széchenyi tér",
        "Dózsa György út",
        "Budai út",
        "Külső Vásártér",
        "Szőlő utca",
        "Gyűrű utca",
        "Határ út",
    ),
    legal_forms=(
        ("Kft.", "Korlátolt Felelősségű Társaság"),
        ("Kft.", "Korlátolt Felelősségű Társaság"),
        ("Zrt.", "Zártkörűen Működő Részvénytársaság"),
    ),
    roots=(
        "Pannon",
        "Tisza",
        "Duna",
        "Mátra",
        "Bakony",
        "Balaton",
        "Alföld",
        "Kárpát",
        "Zemplén",
        "Mecsek",
        "Bükk",
        "Őrség",
        "Hajdú",
        "Kőrös",
        "Rába",
        "Füzesi",
        "Tűzkő",
        "Szőnyi",
        "Gödöllői",
        "Hűvösvölgyi",
    ),
    male_first=(
        "László",
        "István",
        "Zoltán",
        "Péter",
        "Gábor",
        "Attila",
        "Tamás",
        "Zsolt",
        "Ferenc",
        "Levente",
        "Bence",
        "Ákos",
    ),
    female_first=(
        "Katalin",
        "Erzsébet",
        "Ildikó",
        "Zsuzsanna",
        "Éva",
        "Anikó",
        "Krisztina",
        "Andrea",
        "Tünde",
        "Réka",
        "Orsolya",
        "Dóra",
    ),
    male_last=(
        "Nagy",
        "Kovács",
        "Tóth",
        "Szabó",
        "Horváth",
        "Varga",
        "Kiss",
        "Molnár",
        "Németh",
        "Farkas",
        "Balogh",
        "Takács",
        "Juhász",
        "Mészáros",
        "Szűcs",
        "Fekete",
        "Győri",
        "Pölöskei",
    ),
    female_last=(),  # Hungarian family names do not change with gender
)

IT: Final = Country(
    code="IT",
    language="it",
    phone_prefix="+39",
    tld="it",
    utc_offset=1,
    cities=(
        City("Milano", 20121, 20162, "02", "015"),
        City("Torino", 10121, 10156, "011", "001"),
        City("Bologna", 40121, 40141, "051", "037"),
        City("Verona", 37121, 37142, "045", "023"),
        City("Brescia", 25121, 25136, "030", "017"),
        City("Padova", 35121, 35143, "049", "028"),
        City("Parma", 43121, 43126, "0521", "034"),
        City("Bergamo", 24121, 24129, "035", "016"),
    ),
    streets=(
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via dell'Industria",
        "Viale Europa",
        "Via Giuseppe Mazzini",
        "Via dei Mille",
        "Via dell'Artigianato",
        "Via San Martino",
        "Viale della Libertà",
    ),
    legal_forms=(
        ("S.r.l.", "Società a responsabilità limitata"),
        ("S.r.l.", "Società a responsabilità limitata"),
        ("S.p.A.", "Società per azioni"),
    ),
    roots=(
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Rinaldi",
    ),
    male_first=(
        "Marco",
        "Luca",
        "Giuseppe",
        "Andrea",
        "Francesco",
        "Alessandro",
        "Matteo",
        "Stefano",
        "Paolo",
        "Davide",
        "Niccolò",
        "Simone",
    ),
    female_first=(
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Elena",
        "Valentina",
        "Federica",
        "Silvia",
        "Laura",
        "Martina",
        "Beatrice",
        "Alessia",
    ),
    male_last=(
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Caruso",
        "Ferrara",
    ),
    female_last=(),
)

AZ: Final = Country(
    code="AZ",
    language="az",
    phone_prefix="+994",
    tld="az",
    utc_offset=4,
    cities=(
        City("Bakı", 1000, 1130, "12", ""),
        City("Gəncə", 2000, 2025, "22", ""),
        City("Sumqayıt", 5000, 5020, "18", ""),
        City("Mingəçevir", 4500, 4506, "24", ""),
        City("Şəki", 5500, 5503, "24", ""),
        City("Lənkəran", 4200, 4204, "25", ""),
    ),
    streets=(
        "Nizami küçəsi",
        "Heydər Əliyev prospekti",
        "Azadlıq prospekti",
        "Füzuli küçəsi",
        "Səməd Vurğun küçəsi",
        "Neftçilər prospekti",
        "Atatürk prospekti",
        "Xətai küçəsi",
        "Zərifə Əliyeva küçəsi",
    ),
    legal_forms=(
        ("MMC", "Məhdud Məsuliyyətli Cəmiyyəti"),
        ("MMC", "Məhdud Məsuliyyətli Cəmiyyəti"),
        ("ASC", "Açıq Səhmdar Cəmiyyəti"),
    ),
    roots=(
        "Xəzər",
        "Qafqaz",
        "Şirvan",
        "Gəncə",
        "Abşeron",
        "Qarabağ",
        "Kür",
        "Göygöl",
        "Şəki",
        "Lənkəran",
        "Qəbələ",
        "Araz",
        "Şahdağ",
        "Günəş",
        "İpək Yolu",
        "Çinar",
    ),
    male_first=(
        "Elvin",
        "Rəşad",
        "Orxan",
        "Tural",
        "Kamran",
        "Anar",
        "Vüsal",
        "Elçin",
        "Fərid",
        "Ramil",
        "Səbuhi",
        "Cavid",
    ),
    female_first=(
        "Leyla",
        "Aygün",
        "Günel",
        "Nərmin",
        "Səbinə",
        "Aysel",
        "Könül",
        "Lalə",
        "Nigar",
        "Şəbnəm",
        "Fidan",
        "Türkan",
    ),
    male_last=(
        "Məmmədov",
        "Əliyev",
        "Hüseynov",
        "Həsənov",
        "Quliyev",
        "Rzayev",
        "Cəfərov",
        "İsmayılov",
        "Abbasov",
        "Babayev",
        "Şükürov",
        "Nəsirov",
    ),
    female_last=(
        "Məmmədova",
        "Əliyeva",
        "Hüseynova",
        "Həsənova",
        "Quliyeva",
        "Rzayeva",
        "Cəfərova",
        "İsmayılova",
        "Abbasova",
        "Babayeva",
        "Şükürova",
        "Nəsirova",
    ),
)

COUNTRIES: Final = {"RU": RU, "HU": HU, "IT": IT, "AZ": AZ}
# One block of twenty clients: most are Hungarian (our home market), every country is present.
COUNTRY_PATTERN: Final = ("HU",) * 7 + ("RU",) * 5 + ("IT",) * 4 + ("AZ",) * 4

# --- industries ---------------------------------------------------------------------------------

# industry -> per-country words that follow the root of a company name
INDUSTRIES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "Retail chain": {
        "RU": ("Маркет", "Ритейл", "Торг", "Гастроном"),
        "HU": ("Élelmiszer Áruház", "Kereskedelmi", "Diszkont", "Üzletház"),
        "IT": ("Supermercati", "Distribuzione", "Market", "Alimentari al Dettaglio"),
        "AZ": ("Market", "Ticarət", "Supermarket", "Ərzaq"),
    },
    "Food production": {
        "RU": ("Продукт", "Хлеб", "Мясопром", "Молоко", "Кондитер"),
        "HU": ("Sütőipari", "Húsüzem", "Tejipari", "Édesipari", "Pékség"),
        "IT": ("Alimentari", "Salumi", "Caseificio", "Pastificio", "Dolciaria"),
        "AZ": ("Qida", "Çörək", "Süd Məhsulları", "Ət Kombinatı"),
    },
    "HoReCa": {
        "RU": ("Отель", "Ресторан Групп", "Кейтеринг", "Гастро"),
        "HU": ("Vendéglátó", "Szálloda", "Gasztro", "Étterem"),
        "IT": ("Ristorazione", "Hotel", "Catering", "Caffè"),
        "AZ": ("Restoran Qrupu", "Otel", "Kafe", "Ziyafət"),
    },
    "Logistics": {
        "RU": ("Логистик", "Транс", "Карго", "Терминал"),
        "HU": ("Logisztika", "Szállítmányozó", "Fuvar", "Raktárház"),
        "IT": ("Logistica", "Trasporti", "Spedizioni", "Magazzini"),
        "AZ": ("Logistika", "Nəqliyyat", "Daşıma", "Anbar"),
    },
    "Pharma": {
        "RU": ("Фарм", "Мед", "БиоФарм", "Аптека"),
        "HU": ("Gyógyszer", "Patika", "Pharma", "Egészségügyi"),
        "IT": ("Farmaceutica", "Farmaci", "Laboratori", "Pharma"),
        "AZ": ("Farm", "Əczaçılıq", "Aptek", "Tibb"),
    },
    "Construction": {
        "RU": ("Строй", "СтройМонтаж", "Девелопмент", "Фасад"),
        "HU": ("Építő", "Építőipari", "Generál", "Szerkezetépítő"),
        "IT": ("Costruzioni", "Edilizia", "Impianti", "Cantieri"),
        "AZ": ("İnşaat", "Tikinti", "Layihə", "Qurucu"),
    },
    "Automotive": {
        "RU": ("Авто", "Моторс", "АвтоКомпонент", "Автосборка"),
        "HU": ("Autóalkatrész", "Járműipari", "Autó", "Motor"),
        "IT": ("Componenti Auto", "Automotive", "Meccanica", "Ricambi"),
        "AZ": ("Avto", "Avtohissələri", "Motor", "Texservis"),
    },
    "Facility services": {
        "RU": ("Клининг", "Сервис", "ФМ", "Чистота"),
        "HU": ("Takarító", "Létesítményüzemeltető", "Szolgáltató", "Tisztaság"),
        "IT": ("Servizi di Pulizia", "Facility", "Multiservizi", "Igiene"),
        "AZ": ("Təmizlik", "Servis", "Xidmət", "Fasiliti"),
    },
}

# How strongly each industry buys from each product category (keys of CATEGORIES).
INDUSTRY_CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "Retail chain": ("FLM", "BOX", "TAP", "HYG", "CLN", "PPE", "FSD"),
    "Food production": ("FLM", "BOX", "TAP", "PPE", "CLN", "HYG"),
    "HoReCa": ("FSD", "FDS", "HYG", "CLN", "PPE"),
    "Logistics": ("FLM", "TAP", "BOX", "PPE"),
    "Pharma": ("PPE", "HYG", "CLN", "BOX", "TAP"),
    "Construction": ("PPE", "FLM", "TAP", "HYG"),
    "Automotive": ("PPE", "CLN", "FLM", "TAP", "BOX"),
    "Facility services": ("CLN", "HYG", "PPE"),
}

# (month of the peak, amplitude) of each industry's seasonal demand
SEASONS: Final[dict[str, tuple[int, float]]] = {
    "Retail chain": (11, 0.15),
    "Food production": (10, 0.08),
    "HoReCa": (7, 0.20),
    "Logistics": (11, 0.12),
    "Pharma": (1, 0.06),
    "Construction": (6, 0.18),
    "Automotive": (4, 0.07),
    "Facility services": (3, 0.05),
}

# --- people -------------------------------------------------------------------------------------

# Contact slots: (English role, buying role, influence, reports-to slot). The slot order is the
# order in which a client's contacts are filled: a small client has a director and a buyer.
SLOTS: Final = (
    ("director", "decision maker", "high", -1),
    ("buyer", "evaluator", "medium", 2),
    ("procurement head", "approver", "high", 0),
    ("accountant", "approver", "medium", 0),
    ("assistant", "gatekeeper", "low", 0),
    ("warehouse", "user", "low", 7),
    ("quality", "evaluator", "medium", 7),
    ("operations", "champion", "high", 0),
    ("category", "evaluator", "medium", 2),
)
SLOT_FILL_ORDER: Final = (0, 1, 2, 3, 4, 5, 7, 6, 8)

# (position, department) per slot, by language
POSITIONS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "ru": (
        ("Генеральный директор", "Дирекция"),
        ("Менеджер по закупкам", "Отдел закупок"),
        ("Директор по закупкам", "Отдел закупок"),
        ("Главный бухгалтер", "Бухгалтерия"),
        ("Секретарь-референт", "Дирекция"),
        ("Начальник склада", "Склад"),
        ("Менеджер по качеству", "Служба качества"),
        ("Операционный директор", "Операционный отдел"),
        ("Категорийный менеджер", "Коммерческий отдел"),
    ),
    "hu": (
        ("Ügyvezető igazgató", "Vezetőség"),
        ("Beszerző", "Beszerzés"),
        ("Beszerzési vezető", "Beszerzés"),
        ("Pénzügyi vezető", "Pénzügy"),
        ("Irodavezető", "Vezetőség"),
        ("Raktárvezető", "Logisztika"),
        ("Minőségügyi vezető", "Minőségbiztosítás"),
        ("Üzemeltetési igazgató", "Üzemeltetés"),
        ("Kategóriamenedzser", "Kereskedelem"),
    ),
    "it": (
        ("Amministratore delegato", "Direzione"),
        ("Buyer", "Ufficio acquisti"),
        ("Responsabile acquisti", "Ufficio acquisti"),
        ("Direttore amministrativo", "Amministrazione"),
        ("Segreteria di direzione", "Direzione"),
        ("Responsabile magazzino", "Logistica"),
        ("Responsabile qualità", "Qualità"),
        ("Direttore operativo", "Operazioni"),
        ("Category manager", "Commerciale"),
    ),
    "az": (
        ("Baş direktor", "Rəhbərlik"),
        ("Satınalma mütəxəssisi", "Satınalma şöbəsi"),
        ("Satınalma müdiri", "Satınalma şöbəsi"),
        ("Baş mühasib", "Mühasibatlıq"),
        ("Katibə", "Rəhbərlik"),
        ("Anbar müdiri", "Anbar"),
        ("Keyfiyyət meneceri", "Keyfiyyət şöbəsi"),
        ("Əməliyyat direktoru", "Əməliyyatlar"),
        ("Kateqoriya meneceri", "Kommersiya şöbəsi"),
    ),
}

ATTITUDES: Final = ("champion", "supporter", "neutral", "sceptic", "opponent")
ATTITUDE_WEIGHTS: Final = (1, 4, 6, 2, 1)

INTERESTS: Final = (
    "football",
    "fishing",
    "opera",
    "jazz",
    "wine tasting",
    "tennis",
    "golf",
    "skiing",
    "cycling",
    "chess",
    "hunting",
    "gardening",
    "history books",
    "classic cars",
    "photography",
    "running (half marathons)",
    "cooking",
    "travel to Asia",
    "ice hockey",
    "sailing",
    "his/her children's sports",
    "theatre",
)

CONTACT_NOTES: Final = (
    "Prefers calls before 10:00.",
    "Do not call on Fridays; answers e-mail within the day.",
    "Vegetarian: choose the restaurant accordingly.",
    "Wants every offer as a PDF with prices excluding VAT.",
    "Came from a competitor; knows their terms well.",
    "Reads proposals carefully; send them two days before the meeting.",
    "Values punctuality above all.",
    "Likes to see samples before any trial order.",
)

# --- competitors --------------------------------------------------------------------------------

COMPETITORS: Final = (
    (
        "Papír-Pack Hungária Kft.",
        "www.papirpack.hu",
        "Low prices on hygiene paper; own warehouse in Győr.",
        "Limited PPE range; slow deliveries outside Budapest.",
    ),
    (
        "CleanPro CEE s.r.o.",
        "www.cleanpro-cee.eu",
        "Strong cleaning chemicals brand; dosing systems lent free of charge.",
        "Expensive; no food-service disposables.",
    ),
    (
        "ООО «ПромУпаковка»",
        "www.promupak.ru",
        "Own stretch film production near Moscow; aggressive prices.",
        "Quality varies between batches; weak service outside Russia.",
    ),
    (
        "Imballaggi Padani S.p.A.",
        "www.imballaggipadani.it",
        "Custom printed corrugated boxes; short lead times in Northern Italy.",
        "Minimum order quantities too high for small clients.",
    ),
    (
        "Xəzər Qablaşdırma MMC",
        "www.xezerpack.az",
        "Local stock in Bakı; relationships with the big retail chains.",
        "Narrow range; prices in AZN only.",
    ),
    (
        "SafeHands Europe B.V.",
        "www.safehands.eu",
        "Certified PPE, fast web shop, next-day delivery.",
        "No key account service; list prices only.",
    ),
    (
        "GastroLine Distribution GmbH",
        "www.gastroline.eu",
        "Complete food-service range; eco (bagasse, kraft) lines.",
        "Long payment disputes reported by clients.",
    ),
    (
        "Euro Tape & Label Sp. z o.o.",
        "www.eurotape.pl",
        "Cheapest tapes and labels in the region.",
        "Only tapes and labels; delivery from Poland takes a week.",
    ),
)

# Which competitors (indexes into COMPETITORS) a KAM meets at clients in each country.
COUNTRY_COMPETITORS: Final = {
    "HU": (0, 1, 5, 6, 7),
    "RU": (2, 1, 5, 7),
    "IT": (3, 1, 5, 6),
    "AZ": (4, 5, 6, 1),
}

COMPETITOR_TERMS: Final = (
    "Net 60 days, 2 % year-end bonus.",
    "Consignment stock at the client's warehouse.",
    "Prices fixed for 12 months.",
    "Free delivery from 300 EUR.",
    "3 % discount for payment within 10 days.",
    "Dosing equipment lent free of charge.",
    "Framework contract until the end of the year.",
)

# --- products -----------------------------------------------------------------------------------

# key -> (name, SKU prefix)
CATEGORIES: Final = {
    "FLM": "Stretch and shrink films",
    "BOX": "Corrugated boxes and pallets",
    "TAP": "Tapes, strapping and labels",
    "HYG": "Hygiene paper and dispensers",
    "CLN": "Cleaning chemicals and waste bags",
    "PPE": "Personal protective equipment",
    "FSD": "Food-service disposables",
    "FDS": "Coffee break and food",
}


@dataclass(frozen=True)
class Family:
    """Products made from one name template: every combination of the axes is one product.

    Each axis is a list of (label, price multiplier); the price is base x all multipliers.
    """

    category: str
    template: str
    unit: str
    base_price: str
    axes: tuple[tuple[tuple[str, str], ...], ...]
    note: str
    vat: str = "27"


def _ax(*items: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return items


_SIZES_GLOVE = _ax(("S", "1"), ("M", "1"), ("L", "1"), ("XL", "1.04"))

FAMILIES: Final = (
    # films
    Family(
        "FLM",
        "Stretch film {} µm, {} mm × {} m",
        "roll",
        "9.80",
        (
            _ax(("17", "1"), ("20", "1.15"), ("23", "1.3"), ("30", "1.65")),
            _ax(("450", "0.92"), ("500", "1")),
            _ax(("150", "0.55"), ("300", "1")),
        ),
        "Hand stretch film, cast LLDPE, high puncture resistance.",
    ),
    Family(
        "FLM",
        "Machine stretch film {} µm, 500 mm × {} m",
        "roll",
        "38.00",
        (_ax(("17", "1"), ("20", "1.15"), ("23", "1.3")), _ax(("1500", "1"), ("2000", "1.3"))),
        "For automatic pallet wrappers; pre-stretch up to 250 %.",
    ),
    Family(
        "FLM",
        "Pre-stretched film {} µm, 430 mm × 1500 m",
        "roll",
        "24.00",
        (_ax(("8", "1"), ("9", "1.1"), ("12", "1.35")),),
        "Light rolls, less plastic per pallet.",
    ),
    Family(
        "FLM",
        "Shrink film {} µm, {} mm, centre-folded",
        "roll",
        "45.00",
        (_ax(("15", "1"), ("19", "1.2"), ("25", "1.5")), _ax(("400", "0.85"), ("500", "1"))),
        "Polyolefin shrink film for L-sealers and tunnels.",
    ),
    Family(
        "FLM",
        "Black stretch film 23 µm, 500 mm × {} m",
        "roll",
        "12.90",
        (_ax(("150", "0.55"), ("300", "1")),),
        "Opaque: hides the load from view.",
    ),
    Family(
        "FLM",
        "Bubble wrap {} mm × 100 m",
        "roll",
        "18.00",
        (_ax(("500", "1"), ("1000", "1.9"), ("1500", "2.8")),),
        "Two-layer bubble film, 10 mm bubbles.",
    ),
    Family(
        "FLM",
        "Pallet top sheet {} mm, pack of 250",
        "pack",
        "21.00",
        (_ax(("1200 × 800", "1"), ("1200 × 1000", "1.2")),),
        "LDPE dust cover for pallets.",
    ),
    # boxes and pallets
    Family(
        "BOX",
        "Corrugated box {} mm, {}-ply, pack of 25",
        "pack",
        "18.00",
        (
            _ax(
                ("200 × 150 × 100", "0.6"),
                ("300 × 200 × 150", "0.8"),
                ("400 × 300 × 200", "1"),
                ("500 × 400 × 300", "1.35"),
                ("600 × 400 × 400", "1.6"),
                ("800 × 600 × 400", "2.2"),
            ),
            _ax(("3", "1"), ("5", "1.45")),
        ),
        "Brown kraft, FEFCO 0201.",
    ),
    Family(
        "BOX",
        "Mailer box {}, white, pack of 50",
        "pack",
        "22.00",
        (
            _ax(
                ("A5, 220 × 160 × 50 mm", "0.8"),
                ("A4, 310 × 220 × 80 mm", "1"),
                ("A3, 430 × 310 × 100 mm", "1.5"),
            ),
        ),
        "Die-cut, self-locking, e-commerce ready.",
    ),
    Family(
        "BOX",
        "Archive box {} mm, pack of 25",
        "pack",
        "15.50",
        (_ax(("80", "1"), ("100", "1.1")),),
        "For documents and samples.",
    ),
    Family(
        "BOX",
        "Edge protector {} mm, 35 × 35 × 3 mm, pack of 100",
        "pack",
        "19.00",
        (_ax(("800", "0.8"), ("1000", "1"), ("1200", "1.2")),),
        "Cardboard corner boards for pallet stability.",
    ),
    Family(
        "BOX",
        "Euro pallet 1200 × 800 mm, {}",
        "pcs",
        "14.50",
        (_ax(("EPAL, new", "1"), ("EPAL, used grade A", "0.62")),),
        "ISPM 15 heat-treated.",
    ),
    Family(
        "BOX",
        "Plastic pallet {} mm, hygienic",
        "pcs",
        "62.00",
        (_ax(("1200 × 800", "1"), ("1200 × 1000", "1.15")),),
        "HDPE, washable, for food and pharma.",
    ),
    Family(
        "BOX",
        "Void fill paper roll {} mm × 450 m",
        "roll",
        "27.00",
        (_ax(("380", "0.85"), ("500", "1")),),
        "Recycled kraft paper.",
    ),
    Family(
        "BOX",
        "Wrapping paper, kraft, {} cm × 250 m",
        "roll",
        "23.00",
        (_ax(("75", "0.8"), ("100", "1")),),
        "70 g/m² kraft paper.",
    ),
    # tapes, strapping, labels
    Family(
        "TAP",
        "Packing tape, {}, {}, 48 mm × {} m, box of 36",
        "box",
        "39.00",
        (
            _ax(("acrylic", "1"), ("hot-melt", "1.12"), ("low-noise", "1.4")),
            _ax(("clear", "1"), ("brown", "1")),
            _ax(("66", "1"), ("132", "1.85")),
        ),
        "Polypropylene tape for carton sealing.",
    ),
    Family(
        "TAP",
        "Printed tape “{}”, 48 mm × 66 m, box of 36",
        "box",
        "58.00",
        (_ax(("FRAGILE", "1"), ("DO NOT STACK", "1")),),
        "Red print on white tape.",
    ),
    Family(
        "TAP",
        "PP strapping {} mm × {} m",
        "roll",
        "16.00",
        (_ax(("9", "0.75"), ("12", "1"), ("15.5", "1.3")), _ax(("1000", "0.6"), ("2000", "1"))),
        "Polypropylene strapping for manual and semi-automatic tools.",
    ),
    Family(
        "TAP",
        "PET strapping {} mm × 1000 m",
        "roll",
        "42.00",
        (_ax(("12", "0.8"), ("16", "1"), ("19", "1.25")),),
        "Green embossed polyester strapping for heavy loads.",
    ),
    Family(
        "TAP",
        "Strapping seals {} mm, box of 1000",
        "box",
        "14.00",
        (_ax(("12", "0.9"), ("16", "1"), ("19", "1.15")),),
        "Galvanised steel seals.",
    ),
    Family(
        "TAP",
        "Thermal labels {} mm, roll of 500",
        "roll",
        "6.50",
        (_ax(("58 × 40", "0.45"), ("100 × 100", "0.8"), ("100 × 150", "1")),),
        "Direct thermal, permanent adhesive.",
    ),
    Family(
        "TAP",
        "Warning labels “{}”, roll of 500",
        "roll",
        "9.00",
        (_ax(("Fragile", "1"), ("This way up", "1"), ("Do not stack", "1")),),
        "For cartons and pallets.",
    ),
    Family(
        "TAP",
        "Masking tape {} mm × 50 m, box of 24",
        "box",
        "30.00",
        (_ax(("19", "0.7"), ("25", "0.85"), ("38", "1"), ("50", "1.3")),),
        "Crepe paper tape, up to 80 °C.",
    ),
    Family(
        "TAP",
        "Double-sided tape {} mm × 25 m",
        "roll",
        "4.20",
        (_ax(("12", "0.7"), ("19", "0.85"), ("25", "1")),),
        "Tissue carrier, solvent acrylic.",
    ),
    Family(
        "TAP",
        "Permanent marker, {}, box of 10",
        "box",
        "7.00",
        (_ax(("black", "1"), ("blue", "1"), ("red", "1")),),
        "Writes on cardboard, film and metal.",
    ),
    # hygiene paper and dispensers
    Family(
        "HYG",
        "Jumbo toilet roll {} cm, {}-ply, pack of 6",
        "pack",
        "14.00",
        (_ax(("19", "0.75"), ("23", "1"), ("26", "1.2")), _ax(("1", "1"), ("2", "1.3"))),
        "For jumbo dispensers in high-traffic washrooms.",
    ),
    Family(
        "HYG",
        "Toilet paper {}-ply, {}, pack of 64 rolls",
        "pack",
        "24.00",
        (_ax(("2", "1"), ("3", "1.3")), _ax(("recycled", "0.85"), ("pure cellulose", "1"))),
        "Small rolls for offices and hotels.",
    ),
    Family(
        "HYG",
        "Paper towels, {}-fold, {}-ply, box of 3200",
        "box",
        "32.00",
        (_ax(("Z", "1"), ("C", "1.05"), ("V", "0.95")), _ax(("1", "0.8"), ("2", "1"))),
        "Folded hand towels for standard dispensers.",
    ),
    Family(
        "HYG",
        "Rolled hand towels {} m, {}-ply, pack of 6",
        "pack",
        "28.00",
        (_ax(("150", "0.8"), ("200", "1")), _ax(("1", "0.85"), ("2", "1"))),
        "For automatic and lever dispensers.",
    ),
    Family(
        "HYG",
        "Centrefeed roll {} m, 2-ply, pack of 6",
        "pack",
        "26.00",
        (_ax(("140", "0.6"), ("300", "1")),),
        "Pulled from the centre: less waste.",
    ),
    Family(
        "HYG",
        "Industrial wiping roll {} m, {}-ply, blue",
        "roll",
        "26.00",
        (_ax(("360", "0.45"), ("1000", "1")), _ax(("2", "1"), ("3", "1.3"))),
        "Absorbs oil and water; for workshops.",
    ),
    Family(
        "HYG",
        "Dispenser for {}, {}",
        "pcs",
        "28.00",
        (
            _ax(
                ("jumbo rolls", "1"),
                ("Z-fold towels", "0.9"),
                ("rolled towels", "1.8"),
                ("liquid soap", "0.8"),
                ("foam soap", "0.9"),
            ),
            _ax(("white", "1"), ("black", "1.1")),
        ),
        "ABS plastic, lockable, wall-mounted.",
    ),
    Family(
        "HYG",
        "Liquid hand soap {}, {}",
        "can",
        "9.50",
        (_ax(("1 l", "0.25"), ("5 l", "1")), _ax(("neutral", "1"), ("aloe vera", "1.05"))),
        "pH-neutral, dermatologically tested.",
    ),
    Family(
        "HYG",
        "Foam soap cartridge 800 ml, {}",
        "pcs",
        "5.80",
        (_ax(("neutral", "1"), ("antibacterial", "1.2")),),
        "Sealed cartridge for foam dispensers.",
    ),
    Family(
        "HYG",
        "Hand sanitiser gel {}",
        "pcs",
        "4.50",
        (_ax(("500 ml", "1"), ("1 l", "1.7"), ("5 l", "6.5")),),
        "70 % ethanol, EN 1500.",
    ),
    Family(
        "HYG",
        "{}, pack of {}",
        "pack",
        "8.00",
        (
            _ax(("Sanitary bags, paper", "1"), ("Toilet seat covers", "1.1")),
            _ax(
                ("250", "1"),
            ),
        ),
        "Washroom accessories.",
    ),
    # cleaning chemicals and waste bags
    Family(
        "CLN",
        "All-purpose cleaner {}, {}",
        "can",
        "8.00",
        (
            _ax(("1 l", "0.25"), ("5 l", "1"), ("10 l", "1.9")),
            _ax(("ready to use", "1"), ("concentrate", "1.6")),
        ),
        "For all washable surfaces.",
    ),
    Family(
        "CLN",
        "Floor cleaner {}, {}",
        "can",
        "11.00",
        (
            _ax(("5 l", "1"), ("10 l", "1.9")),
            _ax(("neutral", "1"), ("alkaline", "1.1"), ("polish", "1.3")),
        ),
        "For machines and manual mopping.",
    ),
    Family(
        "CLN",
        "Dishwasher detergent {}",
        "can",
        "16.00",
        (_ax(("5 l", "0.5"), ("10 l", "1"), ("20 l", "1.9")),),
        "For commercial dishwashers, soft and hard water.",
    ),
    Family(
        "CLN",
        "Rinse aid {}",
        "can",
        "14.00",
        (_ax(("5 l", "0.55"), ("10 l", "1")),),
        "Spot-free drying for glasses and cutlery.",
    ),
    Family(
        "CLN",
        "Hand dishwashing liquid {}",
        "can",
        "7.50",
        (_ax(("1 l", "0.3"), ("5 l", "1")),),
        "Concentrated, lemon.",
    ),
    Family(
        "CLN",
        "Disinfectant, {}, {}",
        "can",
        "12.00",
        (
            _ax(("surface", "1"), ("chlorine-based", "0.8"), ("alcohol-based", "1.3")),
            _ax(("1 l", "0.3"), ("5 l", "1")),
        ),
        "Biocide; EN 1276 and EN 13697.",
    ),
    Family(
        "CLN",
        "Industrial degreaser {}",
        "can",
        "19.00",
        (_ax(("5 l", "0.55"), ("10 l", "1"), ("20 l", "1.9")),),
        "Removes oil and grease from machines and floors.",
    ),
    Family(
        "CLN",
        "Glass cleaner {}",
        "pcs",
        "3.20",
        (_ax(("0.75 l, spray", "1"), ("5 l", "3.4")),),
        "Streak-free, with alcohol.",
    ),
    Family(
        "CLN",
        "Limescale remover {}",
        "pcs",
        "4.80",
        (_ax(("1 l", "1"), ("5 l", "4")),),
        "Acidic, for washrooms and kitchens.",
    ),
    Family(
        "CLN",
        "Waste bags {} l, {}, roll of 20",
        "roll",
        "1.60",
        (
            _ax(("35", "0.6"), ("60", "0.8"), ("120", "1.4"), ("240", "2.3")),
            _ax(("black", "1"), ("blue", "1.05"), ("transparent", "1.05")),
        ),
        "LDPE, tear-resistant.",
    ),
    Family(
        "CLN",
        "Microfibre cloth 40 × 40 cm, {}, pack of 10",
        "pack",
        "9.00",
        (_ax(("blue", "1"), ("red", "1"), ("green", "1"), ("yellow", "1")),),
        "Colour-coded cleaning (HACCP).",
    ),
    Family(
        "CLN",
        "Mop head {} cm, {}",
        "pcs",
        "6.00",
        (_ax(("40", "1"), ("50", "1.2")), _ax(("cotton", "1"), ("microfibre", "1.5"))),
        "Washable at 90 °C.",
    ),
    Family(
        "CLN",
        "Sponge scourer, pack of {}",
        "pack",
        "3.40",
        (_ax(("10", "1"), ("50", "4.4")),),
        "Green scouring side, yellow sponge.",
    ),
    # personal protective equipment
    Family(
        "PPE",
        "Nitrile gloves, {}, size {}, box of 100",
        "box",
        "6.90",
        (_ax(("blue", "1"), ("black", "1.1")), _SIZES_GLOVE),
        "Powder-free, food-safe, EN 455.",
    ),
    Family(
        "PPE",
        "Latex gloves, powder-free, size {}, box of 100",
        "box",
        "6.20",
        (_SIZES_GLOVE,),
        "Good tactile sensitivity.",
    ),
    Family(
        "PPE",
        "Vinyl gloves, powder-free, size {}, box of 100",
        "box",
        "4.10",
        (_SIZES_GLOVE,),
        "Economic, for short tasks.",
    ),
    Family(
        "PPE",
        "Cut-resistant gloves, ISO 13997 level {}, size {}",
        "pair",
        "5.50",
        (_ax(("B", "1"), ("C", "1.3"), ("D", "1.7")), _ax(("8", "1"), ("9", "1"), ("10", "1"))),
        "HPPE knit with PU palm.",
    ),
    Family(
        "PPE",
        "Work gloves, nylon with {} coating, size {}, pack of 12",
        "pack",
        "14.00",
        (_ax(("PU", "1"), ("nitrile foam", "1.25")), _ax(("8", "1"), ("9", "1"), ("10", "1"))),
        "For assembly and warehouse work.",
    ),
    Family(
        "PPE",
        "Respirator {}, box of 20",
        "box",
        "12.00",
        (
            _ax(
                ("FFP2", "1"),
                ("FFP2 with valve", "1.3"),
                ("FFP3", "1.6"),
                ("FFP3 with valve", "1.9"),
            ),
        ),
        "EN 149, foldable.",
    ),
    Family(
        "PPE",
        "{}, pack of 100",
        "pack",
        "2.80",
        (
            _ax(
                ("Hairnet, white", "1"),
                ("Hairnet, blue", "1"),
                ("Beard cover", "1.2"),
                ("Shoe covers", "1.6"),
                ("Disposable apron, PE", "1.4"),
            ),
        ),
        "Single use, for food production.",
    ),
    Family(
        "PPE",
        "Surgical face mask type IIR, box of {}",
        "box",
        "3.90",
        (
            _ax(
                ("50", "1"),
            ),
        ),
        "EN 14683, three layers.",
    ),
    Family(
        "PPE",
        "Disposable coverall type 5/6, size {}",
        "pcs",
        "4.60",
        (_ax(("M", "1"), ("L", "1"), ("XL", "1"), ("XXL", "1.08")),),
        "SMS fabric, with hood.",
    ),
    Family(
        "PPE",
        "Hi-vis vest, EN ISO 20471 class 2, {}, size {}",
        "pcs",
        "2.90",
        (_ax(("yellow", "1"), ("orange", "1")), _ax(("M/L", "1"), ("XL/XXL", "1.05"))),
        "Velcro closure.",
    ),
    Family(
        "PPE",
        "Safety glasses, {} lens",
        "pcs",
        "3.30",
        (_ax(("clear", "1"), ("tinted", "1.1")),),
        "EN 166, anti-fog.",
    ),
    Family(
        "PPE",
        "Ear plugs, foam, box of {} pairs",
        "box",
        "19.00",
        (
            _ax(
                ("200", "1"),
            ),
        ),
        "SNR 37 dB.",
    ),
    Family(
        "PPE",
        "Safety shoes S3, size {}",
        "pair",
        "38.00",
        (_ax(*((str(s), "1") for s in range(39, 47))),),
        "Composite toe cap, anti-slip sole.",
    ),
    # food-service disposables
    Family(
        "FSD",
        "Paper cup {} ml, {}, box of 1000",
        "box",
        "42.00",
        (
            _ax(("100", "0.6"), ("200", "0.8"), ("300", "1"), ("400", "1.2")),
            _ax(("single wall", "1"), ("double wall", "1.6")),
        ),
        "PE-lined board, food contact approved.",
    ),
    Family(
        "FSD",
        "Lid for paper cups, {} mm, box of 1000",
        "box",
        "28.00",
        (_ax(("62", "0.8"), ("80", "1"), ("90", "1.1")),),
        "Sip-through lid.",
    ),
    Family(
        "FSD",
        "Food container {} ml, {}, box of 300",
        "box",
        "55.00",
        (
            _ax(("500", "0.8"), ("750", "1"), ("1000", "1.2")),
            _ax(("kraft", "1"), ("PP with lid", "1.3"), ("bagasse", "1.15")),
        ),
        "Microwave-safe where marked.",
    ),
    Family(
        "FSD",
        "Wooden cutlery, {}, box of 500",
        "box",
        "18.00",
        (_ax(("forks", "1"), ("knives", "1"), ("spoons", "1")),),
        "Birch wood, plastic-free.",
    ),
    Family(
        "FSD",
        "Paper straws {} mm, box of 5000",
        "box",
        "35.00",
        (_ax(("6", "1"), ("8", "1.2")),),
        "Three-ply paper, unwrapped.",
    ),
    Family(
        "FSD",
        "Napkins {} cm, 2-ply, {}, pack of 500",
        "pack",
        "7.50",
        (_ax(("33", "1"), ("40", "1.5")), _ax(("white", "1"), ("burgundy", "1.2"))),
        "Soft tissue napkins.",
    ),
    Family(
        "FSD",
        "{} {} cm × {} m",
        "roll",
        "9.00",
        (
            _ax(("Aluminium foil", "1.4"), ("Cling film", "1")),
            _ax(("30", "1"), ("45", "1.4")),
            _ax(("150", "0.6"), ("300", "1")),
        ),
        "In a cutter box.",
    ),
    Family(
        "FSD",
        "Baking paper sheets 40 × 60 cm, pack of {}",
        "pack",
        "16.00",
        (
            _ax(
                ("500", "1"),
            ),
        ),
        "Silicone-coated, both sides.",
    ),
    Family(
        "FSD",
        "Pizza box {} cm, kraft, pack of 100",
        "pack",
        "21.00",
        (_ax(("26", "0.8"), ("30", "0.9"), ("33", "1"), ("40", "1.3")),),
        "Corrugated E-flute.",
    ),
    Family(
        "FSD",
        "Paper carrier bag {}, {}, pack of 250",
        "pack",
        "26.00",
        (
            _ax(("small", "0.7"), ("medium", "1"), ("large", "1.3")),
            _ax(("brown", "1"), ("white", "1.1")),
        ),
        "Twisted paper handles.",
    ),
    Family(
        "FSD",
        "Bagasse plate {} cm, pack of 50",
        "pack",
        "4.50",
        (_ax(("18", "0.7"), ("23", "1"), ("26", "1.2")),),
        "Compostable, sugar-cane fibre.",
    ),
    # coffee break and food (Hungarian VAT: 27 % standard, 18 % some dairy/bakery, 5 % milk/eggs)
    Family(
        "FDS",
        "Coffee beans, {} blend",
        "kg",
        "18.00",
        (_ax(("espresso", "1"), ("crema", "0.92"), ("decaf", "1.15"), ("organic", "1.3")),),
        "Roasted in Budapest; sold by the kilogram.",
    ),
    Family(
        "FDS",
        "Tea bags, {}, box of 100",
        "box",
        "6.50",
        (_ax(("black", "1"), ("green", "1"), ("herbal", "1.1"), ("Earl Grey", "1.1")),),
        "Individually wrapped.",
    ),
    Family(
        "FDS",
        "Sugar sticks {} g, box of 1000",
        "box",
        "19.00",
        (_ax(("4", "0.85"), ("5", "1")),),
        "White sugar in paper sticks.",
    ),
    Family(
        "FDS",
        "Mineral water {}, pack of {}",
        "pack",
        "4.20",
        (
            _ax(("0.5 l still", "1"), ("0.5 l sparkling", "1"), ("1.5 l still", "0.9")),
            _ax(
                ("12", "1"),
            ),
        ),
        "PET bottles.",
    ),
    Family(
        "FDS",
        "Hot chocolate powder",
        "kg",
        "11.00",
        (),
        "For vending machines.",
    ),
    Family(
        "FDS",
        "UHT milk portions 10 g, box of {}",
        "box",
        "9.50",
        (
            _ax(
                ("240", "1"),
            ),
        ),
        "Coffee creamer portions, 4 % fat.",
        vat="5",
    ),
    Family(
        "FDS",
        "UHT milk {} fat, 1 l, pack of 12",
        "pack",
        "11.00",
        (_ax(("1.5 %", "1"), ("2.8 %", "1.06")),),
        "Long-life milk.",
        vat="5",
    ),
    Family(
        "FDS",
        "Eggs, size {}, tray of 30",
        "tray",
        "6.90",
        (_ax(("M", "1"), ("L", "1.12")),),
        "Free-range, Hungarian.",
        vat="5",
    ),
    Family(
        "FDS",
        "Butter portions 10 g, box of {}",
        "box",
        "12.00",
        (
            _ax(
                ("100", "1"),
            ),
        ),
        "82 % fat.",
        vat="18",
    ),
    Family(
        "FDS",
        "Croissant, frozen, {}, box of 60",
        "box",
        "24.00",
        (_ax(("butter", "1"), ("cocoa filled", "1.1"), ("plain", "0.85")),),
        "Bake from frozen in 18 minutes.",
        vat="18",
    ),
    Family(
        "FDS",
        "Biscuits, individually wrapped, box of {}",
        "box",
        "15.00",
        (
            _ax(
                ("200", "1"),
            ),
        ),
        "Butter biscuits for coffee service.",
        vat="18",
    ),
)

# --- client dossier and activity texts ----------------------------------------------------------

NEEDS: Final = (
    "Stable monthly supply of stretch film for two distribution centres; one consolidated "
    "invoice per month.",
    "Wants a single supplier for hygiene paper and dispensers across all sites.",
    "Needs HACCP-compliant colour-coded cleaning tools for the new production line.",
    "Looking for plastic-free food-service packaging before the EU single-use rules bite.",
    "Asks for consignment stock of PPE at the main warehouse.",
    "Needs certified FFP3 respirators and cut-resistant gloves for the new plant.",
    "Wants electronic invoices and an EDI link to their ERP.",
    "Needs faster deliveries (48 h) to regional stores.",
)
DEVELOPMENT_PLANS: Final = (
    "Opening {n} new stores in the {city} region next year.",
    "Building a new warehouse ({n} 000 m²) near {city}; opening planned in {year}.",
    "Doubling production capacity in {year}; a second shift from spring.",
    "Launching a take-away line in all outlets by {year}.",
    "Centralising purchasing at headquarters in {city} from {year}.",
    "Certifying to IFS Food in {year}.",
    "Expanding to {n} new cities; tender for a national supplier of consumables.",
)
PROBLEMS: Final = (
    "Complained about two late deliveries last quarter; trust must be rebuilt.",
    "Headquarters pushes for lower purchase prices every year.",
    "High staff turnover in purchasing; we keep losing our contacts.",
    "Cash-flow problems in the off-season; payments slip by a few weeks.",
    "Quality issue with a batch of stretch film (tearing) in spring.",
    "A competitor offers free dispensers in exchange for a 3-year contract.",
)
CLIENT_NOTES: Final = (
    "Prefers all documents in the local language.",
    "Orders must reference their PO number, or invoices are returned.",
    "Deliveries only between 7:00 and 14:00; ramp 3.",
    "Annual price talks in November.",
    "Pays strictly on the due date, never earlier.",
)
ORDER_NOTES: Final = (
    "Deliver to ramp 3 before noon.",
    "Call the warehouse manager before delivery.",
    "PO number on every delivery note, please.",
    "Partial delivery accepted.",
    "Urgent: promotion starts on Monday.",
)

MEETING_SUBJECTS: Final = (
    "Quarterly business review",
    "Price negotiation for {year}",
    "Presentation of the new {category} range",
    "Contract renewal",
    "Warehouse visit: consumption audit",
    "Complaint follow-up: damaged delivery",
    "Annual plan and volumes for {year}",
    "Trial of eco food-service packaging",
    "Introduction meeting",
)
CALL_SUBJECTS: Final = (
    "Order follow-up",
    "Reminder: invoice due",
    "Stock check for next month",
    "Agree the delivery schedule",
    "Feedback on the last delivery",
    "Promotion of the month",
    "Prepare the next meeting",
)
TASK_SUBJECTS: Final = (
    "Send the commercial proposal",
    "Prepare the reconciliation statement",
    "Update the client's price list",
    "Send samples of the new {category} range",
    "Prepare the contract package",
    "Check the credit limit with finance",
    "Collect feedback after the trial order",
)
AGENDAS: Final = (
    "1. Results of the last quarter. 2. Open complaints. 3. Volumes and prices for next "
    "quarter. 4. New products.",
    "1. Their plans for the season. 2. Our offer. 3. Delivery and payment terms.",
    "1. Consumption per site. 2. Savings potential. 3. Next steps.",
    "1. Introductions. 2. Their needs. 3. Our range and references.",
)
GOALS: Final = (
    "Agree the volume for next quarter; keep the discount at the current column.",
    "Get a trial order for the new range.",
    "Learn who decides on the new warehouse's supplies.",
    "Close the overdue invoices; agree a payment schedule.",
    "Renew the framework contract for one more year.",
    "Meet the new purchasing head; find out their priorities.",
)
OUTCOMES: Final = (
    "Agreed a trial order; samples to be sent this week.",
    "Client asked for 3 % extra discount; escalated to the head of sales.",
    "Volumes confirmed for the next quarter, prices unchanged.",
    "Complaint settled with a credit note; client satisfied.",
    "Client is evaluating a competitor's offer; follow up in two weeks.",
    "Contract renewed for 12 months.",
    "Met the new buyer; good first impression.",
    "Payment of the overdue invoices promised by the end of the month.",
    "No decision yet; the budget is approved in the next month.",
    "Client wants the eco range; prepare a proposal.",
)
CANCEL_REASONS: Final = (
    "Cancelled by the client: illness.",
    "Postponed by the client; new date to be agreed.",
    "Cancelled: the client's director travelled.",
)

# --- dossier: key reasons, strategy, etiquette, relations, complaints ---------------------------

COUNTRY_NAMES: Final = {"RU": "Russia", "HU": "Hungary", "IT": "Italy", "AZ": "Azerbaijan"}
MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# How a justification names a client's industry ("in {industry}").
INDUSTRY_PHRASES: Final = {
    "Retail chain": "retail",
    "Food production": "food production",
    "HoReCa": "hospitality",
    "Logistics": "logistics",
    "Pharma": "pharma",
    "Construction": "construction",
    "Automotive": "the automotive industry",
    "Facility services": "facility services",
}

# Why the revenue key accounts matter, by their rank among our clients.
REVENUE_RANKS: Final = (
    "our largest account and a critical dependency",
    "our second-largest account",
    "our third-largest account",
    "one of our largest accounts",
)
# One-sentence justifications per key reason (models.client.KEY_REASONS). Placeholders:
# share, rank, spend (thousand EUR), wallet (our % of it), industry, country, city, category.
KEY_REASON_TEXTS: Final[dict[str, tuple[str, ...]]] = {
    "revenue": ("About {share} % of our net revenue over the last 12 months: {rank}.",),
    "potential": (
        "Spends about {spend} k EUR a year on our categories; we cover only {wallet} % of it.",
        "Buys about {spend} k EUR a year of what we sell, only {wallet} % of it from us so far.",
    ),
    "reference": (
        "Everyone in {industry} in {country} knows them; prospects ask whether we supply them.",
        "Among the best-known names in {industry} in {country}; their name helps us in tenders.",
        "A recognised brand in {city}; their reference letter won us two new clients.",
    ),
    "partner": (
        "Runs joint tenders with us for public contracts in {country}.",
        "Shares monthly consumption forecasts; we plan our stock on their data.",
        "Develops a private-label {category} range together with us.",
    ),
    "competent": (
        "Their purchasing team writes precise specifications and gives honest feedback on "
        "our range.",
        "Their quality department audits suppliers thoroughly; passing it is a mark of "
        "quality for us.",
        "Their category managers know the market; they tell us early what clients will ask for.",
    ),
    "innovator": (
        "First to trial our new {category} line; others in {industry} follow what they adopt.",
        "Pilots e-invoicing and automatic reordering with us before we offer them to others.",
        "Tests new {category} products for us before launch.",
    ),
}
POTENTIAL_PROSPECT: Final = (
    "Spends about {spend} k EUR a year on our categories and buys nothing from us yet.",
    "A {spend} k EUR a year buyer of what we sell, still entirely with competitors.",
)

# Vision and priorities of the client. Placeholders: n, year, country, city.
VISIONS: Final = (
    "Become the leading company of its kind in {country} by {year}; priorities: cost "
    "control, reliable supply and fewer suppliers.",
    "Grow revenue by {n} % a year without losing margin; priorities are automation and lean "
    "purchasing.",
    "Open {n} new sites by {year}; needs suppliers who can follow them to new regions.",
    "Sustainability first: {n} % less plastic by {year}, certified suppliers only.",
    "Centralise purchasing at headquarters in {city}; fewer, larger framework contracts.",
    "Quality and safety above price; audit-ready documentation from every supplier.",
    "Protect cash in a weak market: less stock, longer payment terms, stable prices.",
    "Digital procurement by {year}: EDI orders, e-invoices and a supplier portal.",
)
# SWOT of our position at the client. Placeholders: n, year, month, since, city, country,
# category, competitor.
SWOT_STRENGTHS: Final = (
    "Reliable deliveries since {since}; the warehouse team trusts us.",
    "The only supplier covering {category} and hygiene on one invoice.",
    "Good personal relationship with the purchasing head.",
    "Our prices are fixed until the end of the year.",
    "Consignment stock on site: they never run out.",
    "Technical advice on wrapping and dosing that competitors do not give.",
    "Complaints handled fast: credit notes within a week.",
)
SWOT_WEAKNESSES: Final = (
    "Our prices are about {n} % above the local competitor's.",
    "Only one person at the client knows us well.",
    "Deliveries outside {city} take three days.",
    "No EDI link yet; orders arrive by e-mail and get lost.",
    "Two late deliveries last quarter damaged trust.",
    "We do not meet the director regularly.",
    "Narrow range in {category}; they buy the rest elsewhere.",
)
SWOT_OPPORTUNITIES: Final = (
    "A new site opens in {year}: volumes could grow by {n} %.",
    "The competitor's contract for {category} ends in {month}.",
    "They move to eco packaging, where our kraft and bagasse lines fit.",
    "Centralised purchasing would let us supply every site.",
    "They want fewer suppliers: we can take over {category}.",
    "The new purchasing head is open to a supplier review.",
)
SWOT_THREATS: Final = (
    "{competitor} offers free dispensers for a three-year contract.",
    "{competitor} undercuts us on {category} by about {n} %.",
    "Headquarters may run a central tender next year.",
    "Their cash flow is tight; payments could slip.",
    "Our champion there may leave the company.",
    "They are considering direct imports from Asia.",
)
DELIVERY_SITES: Final = (
    "Central warehouse",
    "Distribution centre",
    "Production site",
    "Goods-in",
    "Regional warehouse",
)
DELIVERY_HOURS: Final = (
    "deliveries 7:00-14:00",
    "ramp {ramp}, announce by phone",
    "pallets max 1.6 m high",
    "no deliveries on Fridays",
)

# A department mailbox per contact slot (see SLOTS), for the second e-mail address.
SLOT_MAILBOXES: Final = (
    "office",
    "purchasing",
    "purchasing",
    "accounting",
    "reception",
    "warehouse",
    "quality",
    "operations",
    "category",
)
FAMILIARITY: Final = ("none", "brief", "regular", "in depth")

# Etiquette a KAM must remember: fragments joined into one line, common and per country.
ETIQUETTE_COMMON: Final = (
    "prefers formal address until offered otherwise",
    "no calls before 10:00",
    "does not drink alcohol at business dinners",
    "vegetarian",
    "punctual to the minute; warn in advance if late",
    "dislikes small talk: come straight to the point",
    "expects the agenda by e-mail the day before",
    "no meetings on Friday afternoons",
    "likes to talk about family before business",
    "prefers short messages to calls",
    "accepts gifts only within company policy (under 30 EUR)",
    "smokes: plan a break in long meetings",
)
ETIQUETTE_BY_COUNTRY: Final[dict[str, tuple[str, ...]]] = {
    "RU": (
        "address by first name and patronymic",
        "expects the first meeting in person, not by video",
        "toasts at dinners: have a short one ready",
        "flowers for the assistant on 8 March",
    ),
    "HU": (
        "write 'Tisztelt' in letters; first names only when offered",
        "name days matter: send greetings",
        "no meetings over lunch (12:00-13:00)",
        "appreciates a good wine; never bring a supermarket bottle",
    ),
    "IT": (
        "always use the professional title (Dott., Ing.)",
        "no business calls in August",
        "lunch meetings run long: plan two hours",
        "values a well-designed offer as much as the price",
    ),
    "AZ": (
        "tea first, business later: never rush the first meeting",
        "greet the eldest person in the room first",
        "does not drink alcohol; offer tea or juice",
        "no meetings in the Novruz holiday week",
    ),
}

RELATION_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "influences": (
        "Former colleagues; asked for an opinion before every decision.",
        "They play tennis together on Thursdays.",
        "Brought the other into the company and is still a mentor.",
        "Related by marriage.",
        "Prepares every decision memo the other signs.",
        "Old friends from university.",
        "Has the owner's ear; weighs more than the title suggests.",
    ),
    "conflicts": (
        "Competing for the same promotion.",
        "Openly disagreed about the supplier change last year.",
        "Blames the other's department for every stock-out.",
        "Do not invite both to the same meeting.",
        "Budget dispute between their departments.",
    ),
}

# (subject, description, resolution). Placeholders: n, days, lot, category.
COMPLAINTS: Final = (
    (
        "Damaged delivery",
        "{n} cartons of {category} arrived crushed; photos are attached to the delivery note.",
        "Replacement delivered; the damaged goods were credited.",
    ),
    (
        "Late delivery",
        "The delivery arrived {days} days late and a production line had to wait.",
        "Apologised in person; the carrier for this route was changed.",
    ),
    (
        "Short delivery",
        "{n} units missing against the order; the delivery note was signed with remarks.",
        "The missing quantity was delivered the next day.",
    ),
    (
        "Quality: {category}",
        "Batch {lot} does not meet the specification; the client stopped using it.",
        "Batch recalled and replaced; the manufacturer's corrective action report was sent.",
    ),
    (
        "Invoice error",
        "Invoice prices above the agreed price column on several lines.",
        "Credit note issued for the difference; price list corrected.",
    ),
    (
        "Wrong product delivered",
        "Received the wrong {category} article; the order gave the right article number.",
        "Exchanged at our cost within two days.",
    ),
    (
        "Missing certificates",
        "Certificates of conformity for {category} (batch {lot}) missing; goods blocked at "
        "goods-in.",
        "Certificates sent; the goods were released.",
    ),
)

# --- meeting preparation --------------------------------------------------------------------

QUESTIONS: Final = (
    "How did the last deliveries go for your sites?",
    "What volumes do you expect for next quarter?",
    "Who else will decide on the new contract?",
    "What would make you move more of the range to us?",
    "How do you compare our prices with the competitor's?",
    "Which products are you missing from our range?",
    "What are your plans for the new warehouse?",
    "How is the payment approval working on your side?",
    "What worries you most about the coming season?",
)
ANSWERS: Final = (
    "Mostly fine; one late truck in October.",
    "About the same as this quarter, maybe 10 % more in spring.",
    "The new CFO signs off everything above 50 000.",
    "A faster delivery to the regional sites.",
    "They find us 4–5 % dearer on gloves.",
)
NEEDS_ASKED: Final = (
    "Asked by e-mail: expected volumes per site and their delivery windows.",
    "Asked the buyer for the tender specification and the decision date.",
    "Requested their consumption report for the last six months.",
)
OBJECTIONS: Final = (
    (
        "Your prices are higher than the competitor's.",
        "Compare the cost per use: our gloves last twice as long; show the audit figures.",
    ),
    (
        "Deliveries to the regional sites are too slow.",
        "Offer the weekly milk run from the new hub; two-day delivery guaranteed.",
    ),
    ("We cannot accept 30-day payment terms any longer.", ""),
    (
        "The new range has no references yet.",
        "Name the two reference clients in their sector and offer a free trial batch.",
    ),
    ("Your minimum order quantity is too high for small sites.", ""),
    (
        "Your invoices do not match our purchase orders.",
        "Agree to put their PO number on every invoice; show the corrected template.",
    ),
)
COMPLAINT_RESPONSES: Final = (
    "Acknowledge; the credit note is issued, and the carrier has been changed.",
    "Apologise first; propose the replacement schedule agreed with the warehouse.",
)

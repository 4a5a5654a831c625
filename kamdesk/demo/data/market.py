"""Industries, their seasons and buying habits, and the competitors we meet (demo data)."""

from __future__ import annotations

from typing import Final

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

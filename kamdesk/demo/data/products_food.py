"""Product families: food-service disposables, coffee break and food."""

from __future__ import annotations

from typing import Final

from kamdesk.demo.data.catalogue import Family, ax

FAMILIES: Final = (
    # food-service disposables
    Family(
        "FSD",
        "Paper cup {} ml, {}, box of 1000",
        "box",
        "42.00",
        (
            ax(("100", "0.6"), ("200", "0.8"), ("300", "1"), ("400", "1.2")),
            ax(("single wall", "1"), ("double wall", "1.6")),
        ),
        "PE-lined board, food contact approved.",
    ),
    Family(
        "FSD",
        "Lid for paper cups, {} mm, box of 1000",
        "box",
        "28.00",
        (ax(("62", "0.8"), ("80", "1"), ("90", "1.1")),),
        "Sip-through lid.",
    ),
    Family(
        "FSD",
        "Food container {} ml, {}, box of 300",
        "box",
        "55.00",
        (
            ax(("500", "0.8"), ("750", "1"), ("1000", "1.2")),
            ax(("kraft", "1"), ("PP with lid", "1.3"), ("bagasse", "1.15")),
        ),
        "Microwave-safe where marked.",
    ),
    Family(
        "FSD",
        "Wooden cutlery, {}, box of 500",
        "box",
        "18.00",
        (ax(("forks", "1"), ("knives", "1"), ("spoons", "1")),),
        "Birch wood, plastic-free.",
    ),
    Family(
        "FSD",
        "Paper straws {} mm, box of 5000",
        "box",
        "35.00",
        (ax(("6", "1"), ("8", "1.2")),),
        "Three-ply paper, unwrapped.",
    ),
    Family(
        "FSD",
        "Napkins {} cm, 2-ply, {}, pack of 500",
        "pack",
        "7.50",
        (ax(("33", "1"), ("40", "1.5")), ax(("white", "1"), ("burgundy", "1.2"))),
        "Soft tissue napkins.",
    ),
    Family(
        "FSD",
        "{} {} cm × {} m",
        "roll",
        "9.00",
        (
            ax(("Aluminium foil", "1.4"), ("Cling film", "1")),
            ax(("30", "1"), ("45", "1.4")),
            ax(("150", "0.6"), ("300", "1")),
        ),
        "In a cutter box.",
    ),
    Family(
        "FSD",
        "Baking paper sheets 40 × 60 cm, pack of {}",
        "pack",
        "16.00",
        (
            ax(
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
        (ax(("26", "0.8"), ("30", "0.9"), ("33", "1"), ("40", "1.3")),),
        "Corrugated E-flute.",
    ),
    Family(
        "FSD",
        "Paper carrier bag {}, {}, pack of 250",
        "pack",
        "26.00",
        (
            ax(("small", "0.7"), ("medium", "1"), ("large", "1.3")),
            ax(("brown", "1"), ("white", "1.1")),
        ),
        "Twisted paper handles.",
    ),
    Family(
        "FSD",
        "Bagasse plate {} cm, pack of 50",
        "pack",
        "4.50",
        (ax(("18", "0.7"), ("23", "1"), ("26", "1.2")),),
        "Compostable, sugar-cane fibre.",
    ),
    # coffee break and food (Hungarian VAT: 27 % standard, 18 % some dairy/bakery, 5 % milk/eggs)
    Family(
        "FDS",
        "Coffee beans, {} blend",
        "kg",
        "18.00",
        (ax(("espresso", "1"), ("crema", "0.92"), ("decaf", "1.15"), ("organic", "1.3")),),
        "Roasted in Budapest; sold by the kilogram.",
    ),
    Family(
        "FDS",
        "Tea bags, {}, box of 100",
        "box",
        "6.50",
        (ax(("black", "1"), ("green", "1"), ("herbal", "1.1"), ("Earl Grey", "1.1")),),
        "Individually wrapped.",
    ),
    Family(
        "FDS",
        "Sugar sticks {} g, box of 1000",
        "box",
        "19.00",
        (ax(("4", "0.85"), ("5", "1")),),
        "White sugar in paper sticks.",
    ),
    Family(
        "FDS",
        "Mineral water {}, pack of {}",
        "pack",
        "4.20",
        (
            ax(("0.5 l still", "1"), ("0.5 l sparkling", "1"), ("1.5 l still", "0.9")),
            ax(
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
            ax(
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
        (ax(("1.5 %", "1"), ("2.8 %", "1.06")),),
        "Long-life milk.",
        vat="5",
    ),
    Family(
        "FDS",
        "Eggs, size {}, tray of 30",
        "tray",
        "6.90",
        (ax(("M", "1"), ("L", "1.12")),),
        "Free-range, Hungarian.",
        vat="5",
    ),
    Family(
        "FDS",
        "Butter portions 10 g, box of {}",
        "box",
        "12.00",
        (
            ax(
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
        (ax(("butter", "1"), ("cocoa filled", "1.1"), ("plain", "0.85")),),
        "Bake from frozen in 18 minutes.",
        vat="18",
    ),
    Family(
        "FDS",
        "Biscuits, individually wrapped, box of {}",
        "box",
        "15.00",
        (
            ax(
                ("200", "1"),
            ),
        ),
        "Butter biscuits for coffee service.",
        vat="18",
    ),
)

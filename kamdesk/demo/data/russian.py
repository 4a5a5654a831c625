"""Russian names of the demo catalogue: each family's template and the words of its variants."""

from __future__ import annotations

from typing import Final

UNITS: Final = {
    "roll": "рулон",
    "pack": "упак.",
    "box": "кор.",
    "pcs": "шт.",
    "can": "кан.",
    "pair": "пара",
    "kg": "кг",
    "tray": "лоток",
}

TEMPLATES: Final = {
    "Stretch film {} µm, {} mm × {} m": "Стрейч-плёнка {} мкм, {} мм × {} м",
    "Machine stretch film {} µm, 500 mm × {} m": "Машинная стрейч-плёнка {} мкм, 500 мм × {} м",
    "Pre-stretched film {} µm, 430 mm × 1500 m": "Предрастянутая плёнка {} мкм, 430 мм × 1500 м",
    "Shrink film {} µm, {} mm, centre-folded": "Термоусадочная плёнка {} мкм, {} мм, полурукав",
    "Black stretch film 23 µm, 500 mm × {} m": "Чёрная стрейч-плёнка 23 мкм, 500 мм × {} м",
    "Bubble wrap {} mm × 100 m": "Воздушно-пузырчатая плёнка {} мм × 100 м",
    "Pallet top sheet {} mm, pack of 250": "Покровный лист для паллет {} мм, упаковка 250 шт.",
    "Corrugated box {} mm, {}-ply, pack of 25": "Гофрокороб {} мм, {}-слойный, упаковка 25 шт.",
    "Mailer box {}, white, pack of 50": "Почтовая коробка {}, белая, упаковка 50 шт.",
    "Archive box {} mm, pack of 25": "Архивный короб {} мм, упаковка 25 шт.",
    "Edge protector {} mm, 35 × 35 × 3 mm, pack of 100": (
        "Защитный уголок {} мм, 35 × 35 × 3 мм, упаковка 100 шт."
    ),
    "Euro pallet 1200 × 800 mm, {}": "Европоддон 1200 × 800 мм, {}",
    "Plastic pallet {} mm, hygienic": "Пластиковый поддон {} мм, гигиенический",
    "Void fill paper roll {} mm × 450 m": "Бумага для заполнения пустот {} мм × 450 м",
    "Wrapping paper, kraft, {} cm × 250 m": "Обёрточная крафт-бумага {} см × 250 м",
    "Packing tape, {}, {}, 48 mm × {} m, box of 36": (
        "Упаковочная лента, {}, {}, 48 мм × {} м, коробка 36 шт."
    ),
    "Printed tape “{}”, 48 mm × 66 m, box of 36": (
        "Лента с печатью «{}», 48 мм × 66 м, коробка 36 шт."
    ),
    "PP strapping {} mm × {} m": "Полипропиленовая лента {} мм × {} м",
    "PET strapping {} mm × 1000 m": "Полиэстеровая лента {} мм × 1000 м",
    "Strapping seals {} mm, box of 1000": "Скобы для ленты {} мм, коробка 1000 шт.",
    "Thermal labels {} mm, roll of 500": "Термоэтикетки {} мм, рулон 500 шт.",
    "Warning labels “{}”, roll of 500": "Предупреждающие этикетки «{}», рулон 500 шт.",
    "Masking tape {} mm × 50 m, box of 24": "Малярная лента {} мм × 50 м, коробка 24 шт.",
    "Double-sided tape {} mm × 25 m": "Двусторонняя лента {} мм × 25 м",
    "Permanent marker, {}, box of 10": "Перманентный маркер, {}, коробка 10 шт.",
    "Jumbo toilet roll {} cm, {}-ply, pack of 6": (
        "Туалетная бумага в больших рулонах {} см, {}-слойная, упаковка 6 шт."
    ),
    "Toilet paper {}-ply, {}, pack of 64 rolls": (
        "Туалетная бумага {}-слойная, {}, упаковка 64 рулона"
    ),
    "Paper towels, {}-fold, {}-ply, box of 3200": (
        "Бумажные полотенца {}-сложения, {}-слойные, коробка 3200 шт."
    ),
    "Rolled hand towels {} m, {}-ply, pack of 6": (
        "Полотенца в рулонах {} м, {}-слойные, упаковка 6 шт."
    ),
    "Centrefeed roll {} m, 2-ply, pack of 6": (
        "Полотенца с центральной вытяжкой {} м, 2-слойные, упаковка 6 шт."
    ),
    "Industrial wiping roll {} m, {}-ply, blue": (
        "Протирочный материал в рулоне {} м, {}-слойный, синий"
    ),
    "Dispenser for {}, {}": "Диспенсер для: {}, {}",
    "Liquid hand soap {}, {}": "Жидкое мыло {}, {}",
    "Foam soap cartridge 800 ml, {}": "Картридж мыла-пены 800 мл, {}",
    "Hand sanitiser gel {}": "Антисептик-гель для рук {}",
    "{}, pack of {}": "{}, упаковка {} шт.",
    "All-purpose cleaner {}, {}": "Универсальное моющее средство {}, {}",
    "Floor cleaner {}, {}": "Средство для мытья полов {}, {}",
    "Dishwasher detergent {}": "Средство для посудомоечных машин {}",
    "Rinse aid {}": "Ополаскиватель {}",
    "Hand dishwashing liquid {}": "Средство для ручного мытья посуды {}",
    "Disinfectant, {}, {}": "Дезинфицирующее средство, {}, {}",
    "Industrial degreaser {}": "Промышленный обезжириватель {}",
    "Glass cleaner {}": "Средство для стёкол {}",
    "Limescale remover {}": "Средство от известкового налёта {}",
    "Waste bags {} l, {}, roll of 20": "Мешки для мусора {} л, {}, рулон 20 шт.",
    "Microfibre cloth 40 × 40 cm, {}, pack of 10": (
        "Салфетка из микрофибры 40 × 40 см, {}, упаковка 10 шт."
    ),
    "Mop head {} cm, {}": "Насадка для швабры {} см, {}",
    "Sponge scourer, pack of {}": "Губка с абразивом, упаковка {} шт.",
    "Nitrile gloves, {}, size {}, box of 100": (
        "Нитриловые перчатки, {}, размер {}, коробка 100 шт."
    ),
    "Latex gloves, powder-free, size {}, box of 100": (
        "Латексные перчатки без пудры, размер {}, коробка 100 шт."
    ),
    "Vinyl gloves, powder-free, size {}, box of 100": (
        "Виниловые перчатки без пудры, размер {}, коробка 100 шт."
    ),
    "Cut-resistant gloves, ISO 13997 level {}, size {}": (
        "Перчатки от порезов, ISO 13997 уровень {}, размер {}"
    ),
    "Work gloves, nylon with {} coating, size {}, pack of 12": (
        "Рабочие перчатки, нейлон с покрытием {}, размер {}, упаковка 12 пар"
    ),
    "Respirator {}, box of 20": "Респиратор {}, коробка 20 шт.",
    "{}, pack of 100": "{}, упаковка 100 шт.",
    "Surgical face mask type IIR, box of {}": "Медицинская маска тип IIR, коробка {} шт.",
    "Disposable coverall type 5/6, size {}": "Одноразовый комбинезон тип 5/6, размер {}",
    "Hi-vis vest, EN ISO 20471 class 2, {}, size {}": (
        "Сигнальный жилет, EN ISO 20471 класс 2, {}, размер {}"
    ),
    "Safety glasses, {} lens": "Защитные очки, линза: {}",
    "Ear plugs, foam, box of {} pairs": "Беруши из пены, коробка {} пар",
    "Safety shoes S3, size {}": "Защитная обувь S3, размер {}",
    "Paper cup {} ml, {}, box of 1000": "Бумажный стакан {} мл, {}, коробка 1000 шт.",
    "Lid for paper cups, {} mm, box of 1000": (
        "Крышка для бумажных стаканов {} мм, коробка 1000 шт."
    ),
    "Food container {} ml, {}, box of 300": "Пищевой контейнер {} мл, {}, коробка 300 шт.",
    "Wooden cutlery, {}, box of 500": "Деревянные приборы, {}, коробка 500 шт.",
    "Paper straws {} mm, box of 5000": "Бумажные трубочки {} мм, коробка 5000 шт.",
    "Napkins {} cm, 2-ply, {}, pack of 500": "Салфетки {} см, 2-слойные, {}, упаковка 500 шт.",
    "{} {} cm × {} m": "{} {} см × {} м",
    "Baking paper sheets 40 × 60 cm, pack of {}": "Пергамент в листах 40 × 60 см, упаковка {} шт.",
    "Pizza box {} cm, kraft, pack of 100": "Коробка для пиццы {} см, крафт, упаковка 100 шт.",
    "Paper carrier bag {}, {}, pack of 250": "Бумажный пакет {}, {}, упаковка 250 шт.",
    "Bagasse plate {} cm, pack of 50": "Тарелка из багассы {} см, упаковка 50 шт.",
    "Coffee beans, {} blend": "Кофе в зёрнах, смесь {}",
    "Tea bags, {}, box of 100": "Чай в пакетиках, {}, коробка 100 шт.",
    "Sugar sticks {} g, box of 1000": "Сахар в стиках {} г, коробка 1000 шт.",
    "Mineral water {}, pack of {}": "Минеральная вода {}, упаковка {} шт.",
    "Hot chocolate powder": "Горячий шоколад, порошок",
    "UHT milk portions 10 g, box of {}": "Порционные сливки 10 г, коробка {} шт.",
    "UHT milk {} fat, 1 l, pack of 12": (
        "Молоко ультрапастеризованное {} жирности, 1 л, упаковка 12 шт."
    ),
    "Eggs, size {}, tray of 30": "Яйца, категория {}, лоток 30 шт.",
    "Butter portions 10 g, box of {}": "Масло сливочное порционное 10 г, коробка {} шт.",
    "Croissant, frozen, {}, box of 60": "Круассан замороженный, {}, коробка 60 шт.",
    "Biscuits, individually wrapped, box of {}": (
        "Печенье в индивидуальной упаковке, коробка {} шт."
    ),
}

WORDS: Final = {
    "0.5 l sparkling": "0,5 л газированная",
    "0.5 l still": "0,5 л негазированная",
    "0.75 l, spray": "0,75 л, спрей",
    "1 l": "1 л",
    "1.5 %": "1,5 %",
    "1.5 l still": "1,5 л негазированная",
    "10 l": "10 л",
    "2.8 %": "2,8 %",
    "20 l": "20 л",
    "5 l": "5 л",
    "500 ml": "500 мл",
    "A3, 430 × 310 × 100 mm": "A3, 430 × 310 × 100 мм",
    "A4, 310 × 220 × 80 mm": "A4, 310 × 220 × 80 мм",
    "A5, 220 × 160 × 50 mm": "A5, 220 × 160 × 50 мм",
    "Aluminium foil": "Алюминиевая фольга",
    "Beard cover": "Накладка на бороду",
    "Cling film": "Пищевая плёнка",
    "DO NOT STACK": "НЕ ШТАБЕЛИРОВАТЬ",
    "Disposable apron, PE": "Одноразовый фартук, ПЭ",
    "Do not stack": "Не штабелировать",
    "EPAL, new": "EPAL, новый",
    "EPAL, used grade A": "EPAL, б/у сорт A",
    "FFP2 with valve": "FFP2 с клапаном",
    "FFP3 with valve": "FFP3 с клапаном",
    "FRAGILE": "ХРУПКОЕ",
    "Fragile": "Хрупкое",
    "Hairnet, blue": "Шапочка-сеточка, синяя",
    "Hairnet, white": "Шапочка-сеточка, белая",
    "PP with lid": "ПП с крышкой",
    "PU": "ПУ",
    "Sanitary bags, paper": "Гигиенические пакеты, бумажные",
    "Shoe covers": "Бахилы",
    "This way up": "Верх",
    "Toilet seat covers": "Накладки на унитаз",
    "Z-fold towels": "полотенец Z-сложения",
    "acrylic": "акриловая",
    "alcohol-based": "на спиртовой основе",
    "alkaline": "щелочное",
    "aloe vera": "алоэ вера",
    "antibacterial": "антибактериальное",
    "bagasse": "багасса",
    "black": "чёрный",
    "blue": "синий",
    "brown": "коричневый",
    "burgundy": "бордовый",
    "butter": "сливочный",
    "chlorine-based": "на основе хлора",
    "clear": "прозрачная",
    "cocoa filled": "с какао-начинкой",
    "concentrate": "концентрат",
    "cotton": "хлопок",
    "crema": "крема",
    "decaf": "без кофеина",
    "double wall": "двухслойный",
    "espresso": "эспрессо",
    "foam soap": "мыла-пены",
    "forks": "вилки",
    "green": "зелёный",
    "herbal": "травяной",
    "hot-melt": "термоклей",
    "jumbo rolls": "больших рулонов",
    "knives": "ножи",
    "kraft": "крафт",
    "large": "большой",
    "liquid soap": "жидкого мыла",
    "low-noise": "малошумная",
    "medium": "средний",
    "microfibre": "микрофибра",
    "neutral": "нейтральное",
    "nitrile foam": "вспененный нитрил",
    "orange": "оранжевый",
    "organic": "органический",
    "plain": "без печати",
    "polish": "полироль",
    "pure cellulose": "100 % целлюлоза",
    "ready to use": "готовое к применению",
    "recycled": "вторичное сырьё",
    "red": "красный",
    "rolled towels": "полотенец в рулонах",
    "single wall": "однослойный",
    "small": "малый",
    "spoons": "ложки",
    "surface": "для поверхностей",
    "tinted": "тонированная",
    "transparent": "прозрачная",
    "white": "белый",
    "yellow": "жёлтый",
}

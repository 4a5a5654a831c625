<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;The key account manager's offline workbench.</source>
            <translation>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;A kulcsügyfél-menedzser hálózat nélkül is működő munkaeszköze.</translation>
        </message>
        <message>
            <source>About kamdesk</source>
            <translation>A kamdesk névjegye</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Biztonsági mentések</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Adatbázis</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Napló</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mappa megnyitása</translation>
        </message>
        <message>
            <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
            <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Beállítások</translation>
        </message>
    </context>
    <context>
        <name>AfterPage</name>
        <message>
            <source>Add a next step</source>
            <translation>Következő lépés hozzáadása</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Megállapodott következő lépések</translation>
        </message>
        <message>
            <source>Answers to the planned questions</source>
            <translation>Válaszok a tervezett kérdésekre</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Elmaradt</translation>
        </message>
        <message>
            <source>Cancelled…</source>
            <translation>Elmaradt…</translation>
        </message>
        <message>
            <source>Each becomes a task for you, due on its date.</source>
            <translation>Mindegyikből feladat lesz az Ön számára, a saját határidejével.</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>Utókövetési feladatok</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Megtartva</translation>
        </message>
        <message>
            <source>Held: record the outcome</source>
            <translation>Megtartva: rögzítse az eredményt</translation>
        </message>
        <message>
            <source>Marked held or cancelled by mistake: plan it again (the outcome is kept).</source>
            <translation>Tévedésből jelölve megtartottnak vagy elmaradtnak: tervezze újra (az eredmény megmarad).</translation>
        </message>
        <message>
            <source>No follow-up tasks yet.</source>
            <translation>Még nincs utókövetési feladat.</translation>
        </message>
        <message>
            <source>No questions were planned (Preparation page, Listening plan).</source>
            <translation>Nem volt tervezett kérdés (Felkészülés oldal, Meghallgatási terv).</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Eredmény</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Tervezett</translation>
        </message>
        <message>
            <source>Reopen as planned</source>
            <translation>Újranyitás tervezettként</translation>
        </message>
        <message>
            <source>What came of it: decisions, what the client said, the mood in the room</source>
            <translation>Mi lett az eredménye: döntések, mit mondott az ügyfél, milyen volt a hangulat</translation>
        </message>
        <message>
            <source>What they answered</source>
            <translation>Mit válaszoltak</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>nincs határidő</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>lejárt</translation>
        </message>
        <message>
            <source>{subject} — due {day}</source>
            <translation>{subject} — határidő: {day}</translation>
        </message>
    </context>
    <context>
        <name>AgendaProducts</name>
        <message>
            <source>Add</source>
            <translation>Hozzáadás</translation>
        </message>
        <message>
            <source>Client's price today</source>
            <translation>Ügyfél mai ára</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Egyetlen termék sem felel meg egyértelműen ennek: „{text}”. Válasszon a listából.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name.</source>
            <translation>Írjon be egy cikkszámot vagy a terméknév egy részét.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Mértékegység</translation>
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <source>Allocate</source>
            <translation>Párosítás</translation>
        </message>
        <message>
            <source>Allocate payment</source>
            <translation>Befizetés párosítása</translation>
        </message>
        <message>
            <source>Payment of {day}: {amount}, of which {free} is free to allocate.</source>
            <translation>{day} napi befizetés: {amount}, ebből {free} szabadon párosítható.</translation>
        </message>
        <message>
            <source>Type an amount on at least one invoice.</source>
            <translation>Adjon meg összeget legalább egy számlánál.</translation>
        </message>
    </context>
    <context>
        <name>AllocationTable</name>
        <message>
            <source>Allocate</source>
            <translation>Párosítás</translation>
        </message>
        <message>
            <source>Allocated {total}</source>
            <translation>Párosítva: {total}</translation>
        </message>
        <message>
            <source>Allocated {total} · stays as credit {credit}</source>
            <translation>Párosítva: {total} · túlfizetésként marad: {credit}</translation>
        </message>
        <message>
            <source>Allocated {total}: {over} more than the payment</source>
            <translation>Párosítva: {total}, ami {over} összeggel több a befizetésnél</translation>
        </message>
        <message>
            <source>Choose the client first: its open invoices show here.</source>
            <translation>Először válassza ki az ügyfelet: itt jelennek meg a nyitott számlái.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Esedékes</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Számla</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Kiállítva</translation>
        </message>
        <message>
            <source>Nothing is open: the whole payment stays as the client's credit.</source>
            <translation>Nincs nyitott tétel: a teljes befizetés az ügyfél túlfizetéseként marad.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Nyitott</translation>
        </message>
        <message>
            <source>What of the payment goes on this invoice</source>
            <translation>A befizetésből erre a számlára jutó rész</translation>
        </message>
        <message>
            <source>{number}: an amount cannot be below zero.</source>
            <translation>{number}: az összeg nem lehet nullánál kisebb.</translation>
        </message>
        <message>
            <source>{number}: type an amount such as 1250.50, not “{text}”.</source>
            <translation>{number}: a(z) „{text}” nem összeg; adjon meg egy összeget, pl. 1250,50.</translation>
        </message>
        <message>
            <source>{number}: {amount} is more than the {open} open.</source>
            <translation>{number}: a(z) {amount} több a nyitott {open} összegnél.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approved by</source>
            <translation>Jóváhagyta</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>Kedvezmény jóváhagyása</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Jóváhagyás rögzítése</translation>
        </message>
        <message>
            <source>Say who approved the discount.</source>
            <translation>Adja meg, ki hagyta jóvá a kedvezményt.</translation>
        </message>
        <message>
            <source>Say why it was approved.</source>
            <translation>Adja meg, miért hagyták jóvá.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Indoklás</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Visszaállítás…</translation>
        </message>
        <message>
            <source>Back up &amp;now…</source>
            <translation>Mentés &amp;most…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Mentés most</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>Mentés helye</translation>
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation>Mentve és ellenőrizve: {path}</translation>
        </message>
        <message>
            <source>Backing up to {folder}…</source>
            <translation>Mentés ide: {folder}…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Biztonsági mentések</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Még nem készült biztonsági mentés.</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>&amp;Mappa megnyitása</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Séma</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Méret</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Készült</translation>
        </message>
        <message>
            <source>encrypted with another passphrase</source>
            <translation>más jelmondattal titkosítva</translation>
        </message>
        <message>
            <source>kamdesk backs this file up before every upgrade and bulk import and keeps the newest ten, in {folder}.</source>
            <translation>A kamdesk minden frissítés és tömeges importálás előtt biztonsági mentést készít erről a fájlról, és a legutóbbi tízet megőrzi itt: {folder}.</translation>
        </message>
        <message>
            <source>unreadable: cannot be restored</source>
            <translation>olvashatatlan: nem állítható vissza</translation>
        </message>
        <message>
            <source>{revision}, a newer kamdesk's: cannot be restored</source>
            <translation>{revision}, újabb kamdesk-verzióé: nem állítható vissza</translation>
        </message>
        <message>
            <source>{revision}, older: upgraded when restored</source>
            <translation>{revision}, régebbi: visszaállításkor frissül</translation>
        </message>
        <message>
            <source>{revision}, this version</source>
            <translation>{revision}, ez a verzió</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>%1 received, %2 of it on invoices</source>
            <translation>%1 beérkezett, ebből %2 számlákra</translation>
        </message>
        <message>
            <source>%1 received, %2 of it on invoices, %3 kept as credit</source>
            <translation>%1 beérkezett, ebből %2 számlákra, %3 túlfizetésként megtartva</translation>
        </message>
        <message>
            <source>* required. Dates as 05.12.2026 or 2026-12-05; amounts as 1 234,50 or 1,234.50.</source>
            <translation>* kötelező. Dátum: 05.12.2026 vagy 2026-12-05; összeg: 1 234,50 vagy 1,234.50.</translation>
        </message>
        <message>
            <source>A 1C client-bank file (1CClientBankExchange, as Russian banks export it) or a CSV with the columns date, amount, currency, payer_tax_id, payer_name, reference, purpose is read as it is. Any other CSV or Excel sheet: you say which column is which.

Payments are matched to clients by the payer's tax id (ИНН and КПП, or the EU VAT number) and to the invoices their purpose names; the rest goes to the oldest invoices, and what is left stays as the client's credit. A payment imported before is recognised and skipped; one from a payer who is no client (bank interest, a refund) is left out and listed. Money in another currency than the client's is converted at the payment day's rate.</source>
            <translation>Az 1C ügyfél-bank fájlt (1CClientBankExchange, ahogy az orosz bankok exportálják) vagy a date, amount, currency, payer_tax_id, payer_name, reference, purpose oszlopokat tartalmazó CSV-t a program változatlanul beolvassa. Bármely más CSV-nél vagy Excel-munkalapnál Ön adja meg, melyik oszlop mit tartalmaz.

A befizetéseket a program a befizető adószáma (ИНН és КПП, vagy a közösségi adószám) alapján párosítja az ügyfelekhez, és a közleményben megnevezett számlákhoz; a maradék a legrégebbi számlákra kerül, és ami ezután megmarad, az ügyfél túlfizetése lesz. A korábban már importált befizetést a program felismeri és kihagyja; a nem ügyféltől származót (kamat, visszatérítés) kihagyja és listázza. Az ügyfél pénznemétől eltérő pénznemű összeget a befizetés napi árfolyamán számítja át.</translation>
        </message>
        <message>
            <source>A column of the file is chosen for two fields.</source>
            <translation>A fájl egy oszlopa két mezőhöz van kiválasztva.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <source>Bank reference</source>
            <translation>Banki hivatkozás</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation>Bankszámlakivonat</translation>
        </message>
        <message>
            <source>Bank statements (*.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Bankszámlakivonatok (*.txt *.csv *.xlsx);;Minden fájl (*)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n payment(s)…</source>
            <translation>
                <numerusform>%n befizetés ellenőrzése…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Válasszon fájlt, hogy lássa, mi kerülne importálásra.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Fájl kiválasztása…</translation>
        </message>
        <message>
            <source>Choose the bank statement</source>
            <translation>Válassza ki a bankszámlakivonatot</translation>
        </message>
        <message>
            <source>Choose the column for: %1.</source>
            <translation>Válassza ki az oszlopot ehhez: %1.</translation>
        </message>
        <message>
            <source>Choose the statement your bank exported</source>
            <translation>Válassza ki a bankja által exportált kivonatot</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Oszlopok</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fájl:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importálás</translation>
        </message>
        <message>
            <source>Import payments from a bank statement</source>
            <translation>Befizetések importálása bankszámlakivonatból</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importálva</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Korábban importálva</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n payment(s)…</source>
            <translation>
                <numerusform>%n befizetés importálása…</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Számlák</translation>
        </message>
        <message>
            <source>Left out, %1</source>
            <translation>Kihagyva, %1</translation>
        </message>
        <message>
            <source>Left out, not a client: %1.</source>
            <translation>Kihagyva, nem ügyfél: %1.</translation>
        </message>
        <message>
            <source>Left out, not paid into the company's accounts (or moved between them): %1.</source>
            <translation>Kihagyva, nem a cég számláira érkezett (vagy azok közötti átvezetés): %1.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <source>New payments: %1; to skip: %2. Press Import to post the new ones.</source>
            <translation>Új befizetések: %1; kihagyandó: %2. Az újak könyveléséhez nyomja meg az Importálás gombot.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Nincs importálva: %1</translation>
        </message>
        <message>
            <source>Nothing to import: every payment of the file was imported before or is not from a client.</source>
            <translation>Nincs mit importálni: a fájl minden befizetése korábban már importálva lett, vagy nem ügyféltől származik.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems listed (%1) are corrected in the file (or in the clients' tax ids).</source>
            <translation>Semmi sem kerül importálásra, amíg a felsorolt hibákat (%1) ki nem javítják a fájlban (vagy az ügyfelek adószámában).</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Befizető</translation>
        </message>
        <message>
            <source>Payer's tax id (ИНН, VAT number)</source>
            <translation>Befizető adószáma (ИНН, közösségi adószám)</translation>
        </message>
        <message>
            <source>Payments imported: %1.</source>
            <translation>Importált befizetések: %1.</translation>
        </message>
        <message>
            <source>Payments to the company</source>
            <translation>A cégnek érkezett befizetések</translation>
        </message>
        <message>
            <source>Payments to the company: %1 (new %2, to skip %3, with a problem %4).</source>
            <translation>A cégnek érkezett befizetések: %1 (új %2, kihagyandó %3, hibás %4).</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Hiba: %1</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Hibák</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Hibák (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Hibák: nincs</translation>
        </message>
        <message>
            <source>Purpose (names the invoices)</source>
            <translation>Közlemény (a számlák megnevezése)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Sor</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Sorok a fájlban: %1.</translation>
        </message>
        <message>
            <source>Say which column holds each field, then press Show the payments.</source>
            <translation>Adja meg, melyik oszlop melyik mezőt tartalmazza, majd nyomja meg a Befizetések megjelenítése gombot.</translation>
        </message>
        <message>
            <source>Show the payments ▶</source>
            <translation>Befizetések megjelenítése ▶</translation>
        </message>
        <message>
            <source>Skipped (imported before, or twice in the file): %1.</source>
            <translation>Kihagyva (korábban importálva, vagy kétszer szerepel a fájlban): %1.</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Kihagyva: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>Adószám</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>A fájl</translation>
        </message>
        <message>
            <source>credit %1</source>
            <translation>túlfizetés %1</translation>
        </message>
        <message>
            <source>◀ Columns</source>
            <translation>◀ Oszlopok</translation>
        </message>
    </context>
    <context>
        <name>BirthdaysBlock</name>
        <message>
            <source>Birthdays this week</source>
            <translation>Születésnapok ezen a héten</translation>
        </message>
        <message>
            <source>No birthdays this week among key clients' contacts and VIPs.</source>
            <translation>Ezen a héten nincs születésnap a kulcsügyfelek kapcsolattartói és a VIP-ek között.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Ma</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>turns {age}</source>
            <translation>{age} éves lesz</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… és még %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BlockPainter</name>
        <message>
            <source>leave by {time}</source>
            <translation>indulás legkésőbb {time}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Add as a new category</source>
            <translation>Hozzáadás új kategóriaként</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>No categories yet: add one here, or import a price list with a category column.</source>
            <translation>Még nincs kategória: vegyen fel egyet itt, vagy importáljon egy kategória oszlopot tartalmazó árlistát.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Termékkategóriák</translation>
        </message>
        <message>
            <source>Rename the selected</source>
            <translation>A kijelölt átnevezése</translation>
        </message>
        <message>
            <source>e.g. Fasteners</source>
            <translation>pl. Kötőelemek</translation>
        </message>
    </context>
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <source>%Ln event(s), {amount}</source>
            <translation>
                <numerusform>%Ln esemény, {amount}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckCard</name>
        <message>
            <source>(Ticked, but a tick cannot stand in for this: fill it in.)</source>
            <translation>(Bejelölve, de ezt pipa nem pótolja: töltse ki.)</translation>
        </message>
        <message>
            <source>(Ticked, but still missing: fix it first.)</source>
            <translation>(Bejelölve, de még hiányzik: előbb pótolja.)</translation>
        </message>
        <message>
            <source>This one is a warning: a tick makes it ok.</source>
            <translation>Ez figyelmeztetés: egy pipa rendben lévővé teszi.</translation>
        </message>
        <message>
            <source>This one is missing: a tick does not change it.</source>
            <translation>Ez hiányzik: egy pipa nem változtat rajta.</translation>
        </message>
        <message>
            <source>This one needs filling in: a tick does not change it.</source>
            <translation>Ezt ki kell tölteni: egy pipa nem változtat rajta.</translation>
        </message>
        <message>
            <source>Tick when you have seen to this yourself. A tick lifts a warning that data cannot settle to ok; never a missing, nor what only filling in fixes (a response to an objection, the needs, the offer).</source>
            <translation>Jelölje be, ha személyesen gondoskodott erről. A pipa rendben lévővé teszi azt a figyelmeztetést, amelyet az adatok nem tudnak eldönteni; hiányzót soha, sem azt, amit csak kitöltés javít (válasz egy kifogásra, az igények, az ajánlat).</translation>
        </message>
        <message>
            <source>Ticked by hand</source>
            <translation>Kézzel bejelölve</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>hiányzik</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>rendben</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>figyelmeztetés</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Type the client's name, code or city…</source>
            <translation>Írja be az ügyfél nevét, kódját vagy települését…</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation>A: a legnagyobb ügyfelek árbevétel szerint; C: a legkisebbek</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktív</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Város</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kód</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ország</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Alvó</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Adatlap</translation>
        </message>
        <message>
            <source>How complete the client's dossier is</source>
            <translation>Mennyire teljes az ügyfél adatlapja</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Iparág</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Kulcsügyfél</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Elvesztett</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Árkategória</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Érdeklődő</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Szegmens</translation>
        </message>
        <message>
            <source>Share 12 m</source>
            <translation>Rész. 12 hó</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>The client's share of all revenue in the last 12 months</source>
            <translation>Az ügyfél részesedése a teljes árbevételből az elmúlt 12 hónapban</translation>
        </message>
    </context>
    <context>
        <name>ClientsSection</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n ügyfél</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n ügyfél található</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ügyfelek&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Új ügyfél…</translation>
        </message>
        <message>
            <source>No clients yet: add the first with New client…, or bring a colleague's clients in from their export file under Sync.</source>
            <translation>Még nincs ügyfél: vegye fel az elsőt az Új ügyfél… gombbal, vagy hozza át egy kolléga ügyfeleit az exportfájljából a Szinkronizálás résznél.</translation>
        </message>
        <message>
            <source>Search clients by name, code, tax number or city (Ctrl+F)</source>
            <translation>Ügyfél keresése név, kód, adószám vagy város szerint (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Archiváltak megjelenítése</translation>
        </message>
        <message>
            <source>The Dossier column does not sort the list.</source>
            <translation>Az Adatlap oszlop nem rendezi a listát.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Column in the file</source>
            <translation>Oszlop a fájlban</translation>
        </message>
        <message>
            <source>In kamdesk</source>
            <translation>A kamdeskben</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— nincs importálva —</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>20 digits starting 301, checked against the БИК</source>
            <translation>20 számjegy, 301-gyel kezdődik, a БИК alapján ellenőrizve</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Bankszámlaszám (IBAN)</translation>
        </message>
        <message>
            <source>Accountant's position</source>
            <translation>Könyvelő beosztása</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Cím</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>BIK (БИК)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Chief accountant</source>
            <translation>Főkönyvelő</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Válassza ki a logót</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiválasztás…</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Település</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Cég</translation>
        </message>
        <message>
            <source>Contracts cannot be printed yet: {why}</source>
            <translation>A szerződések még nem nyomtathatók: {why}</translation>
        </message>
        <message>
            <source>Contracts will read: {text}</source>
            <translation>A szerződésekben ez áll: {text}</translation>
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation>Korrespondens számla (к/с)</translation>
        </message>
        <message>
            <source>Country *</source>
            <translation>Ország *</translation>
        </message>
        <message>
            <source>Default currency *</source>
            <translation>Alapértelmezett pénznem *</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Ügyvezető</translation>
        </message>
        <message>
            <source>Director's position</source>
            <translation>Ügyvezető beosztása</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>Közösségi adószám</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Képek (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>KPP (КПП)</translation>
        </message>
        <message>
            <source>Legal name *</source>
            <translation>Hivatalos cégnév *</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logó</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation>OGRN / OGRNIP (ОГРН)</translation>
        </message>
        <message>
            <source>People and signatures</source>
            <translation>Személyek és aláírások</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Irányítószám</translation>
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation>Meghatalmazás száma</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Meghatalmazás kelte</translation>
        </message>
        <message>
            <source>Registered for VAT (charges VAT on its sales)</source>
            <translation>Áfaalany (áfát számít fel az értékesítésre)</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Cégjegyzékszám</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Beszámolási pénznem</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>SWIFT/BIC kód</translation>
        </message>
        <message>
            <source>Same as the default currency</source>
            <translation>Megegyezik az alapértelmezett pénznemmel</translation>
        </message>
        <message>
            <source>Settings: our company</source>
            <translation>Beállítások: saját cég</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Pénzforgalmi számla (р/с)</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Rövid név</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Aláíró</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Aláíró beosztása</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Aláírási jogosultság alapja</translation>
        </message>
        <message>
            <source>Tax and VAT</source>
            <translation>Adó és áfa</translation>
        </message>
        <message>
            <source>Tax number *</source>
            <translation>Adószám *</translation>
        </message>
        <message>
            <source>That file is not a PNG or JPEG image.</source>
            <translation>A fájl nem PNG vagy JPEG kép.</translation>
        </message>
        <message>
            <source>The currency your books are kept in: figures across clients (key clients, Today's totals, plans, reports) are converted into it, and exchange rates are quoted as reporting-currency units per one foreign unit.</source>
            <translation>A könyvvitel pénzneme: az ügyfeleken átívelő számadatokat (kulcsügyfelek, a Ma összesítései, tervek, kimutatások) a program erre számítja át, az árfolyamok pedig azt adják meg, hány egység beszámolási pénznem ér egy egység devizát.</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>A logó legfeljebb 2 MB lehet.</translation>
        </message>
        <message>
            <source>Type the VAT rate as a number from 0 to 100, e.g. 20.</source>
            <translation>Az áfakulcsot 0 és 100 közötti számként adja meg, pl. 27.</translation>
        </message>
        <message>
            <source>VAT rate, % *</source>
            <translation>Áfakulcs, % *</translation>
        </message>
        <message>
            <source>VAT registration in {country}</source>
            <translation>Áfanyilvántartás: {country}</translation>
        </message>
        <message>
            <source>VAT registrations in other countries</source>
            <translation>Áfanyilvántartások más országokban</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Weboldal</translation>
        </message>
        <message>
            <source>Who signs contracts, and on what authority:</source>
            <translation>Ki írja alá a szerződéseket, és milyen jogosultság alapján:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>meghatalmazás (доверенность)</translation>
        </message>
        <message>
            <source>as registered</source>
            <translation>a bejegyzés szerint</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>az országra ellenőrizve</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>teljes név</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>nincs logó</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nincs rögzítve</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>alapszabály (Устав)</translation>
        </message>
        <message>
            <source>with the country prefix, e.g. HU12345678</source>
            <translation>országkóddal, pl. HU12345678</translation>
        </message>
    </context>
    <context>
        <name>CompetitorDialog</name>
        <message>
            <source>Competitor *</source>
            <translation>Versenytárs *</translation>
        </message>
        <message>
            <source>Competitor at this client</source>
            <translation>Versenytárs ennél az ügyfélnél</translation>
        </message>
        <message>
            <source>Share of the client's spend, %</source>
            <translation>Részesedés az ügyfél költéséből, %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Szállít</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Az ő feltételeik</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsPage</name>
        <message>
            <source>A share is between 0 and 100.</source>
            <translation>A részesedés 0 és 100 között lehet.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hozzáadás…</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Versenytárs</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Részesedés</translation>
        </message>
        <message>
            <source>Share of the client's spend: competitors {theirs} %, unknown {unknown} %</source>
            <translation>Részesedés az ügyfél költéséből: versenytársak {theirs} %, ismeretlen {unknown} %</translation>
        </message>
        <message>
            <source>Share of the client's spend: ours about {ours} %, competitors {theirs} %, unknown {unknown} %</source>
            <translation>Részesedés az ügyfél költéséből: mi kb. {ours} %, versenytársak {theirs} %, ismeretlen {unknown} %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Szállít</translation>
        </message>
        <message>
            <source>The competitor's share of the client's spend</source>
            <translation>A versenytárs részesedése az ügyfél beszerzéseiből</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Az ő feltételeik</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Closed or deleted elsewhere meanwhile: this response is not saved; copy it if you need it.</source>
            <translation>Közben máshol lezárták vagy törölték: ez a válasz nincs mentve; ha szüksége van rá, másolja ki.</translation>
        </message>
        <message>
            <source>What you will say about it (what was done, what will be done, when)</source>
            <translation>Mit fog mondani róla (mi történt, mi fog történni, mikor)</translation>
        </message>
        <message>
            <source>open since {day}</source>
            <translation>nyitva {day} óta</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(üres)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nincs)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mező&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved meanwhile&lt;/b&gt;</source>
            <translation>&lt;b&gt;Közben mentett&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation>&lt;b&gt;Az Öné&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Vissza az űrlaphoz</translation>
        </message>
        <message>
            <source>Changed while you were editing</source>
            <translation>Módosult, amíg Ön szerkesztette</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nem</translation>
        </message>
        <message>
            <source>Save my choice</source>
            <translation>Választásom mentése</translation>
        </message>
        <message>
            <source>While this form was open, these fields were also changed elsewhere (an import, another window, or another laptop through sync). Choose the value to keep for each; your other changes are saved as they are.</source>
            <translation>Amíg ez az űrlap nyitva volt, ezek a mezők máshol is módosultak (importálás, másik ablak vagy szinkronizálással egy másik laptop). Válassza ki mezőnként a megtartandó értéket; többi módosítása változatlanul mentésre kerül.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Igen</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(empty)</source>
            <translation>(üres)</translation>
        </message>
        <message>
            <source>Also invoiced as</source>
            <translation>Számlázva ezen a néven is</translation>
        </message>
        <message>
            <source>Carried by another record too</source>
            <translation>Egy másik rekord is tartalmazza</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Döntés</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <source>Delete the record</source>
            <translation>A rekord törlése</translation>
        </message>
        <message>
            <source>Deleted on another laptop</source>
            <translation>Törölve egy másik laptopon</translation>
        </message>
        <message>
            <source>Deleted on {laptop}</source>
            <translation>Törölve, itt: {laptop}</translation>
        </message>
        <message>
            <source>Edited on another laptop</source>
            <translation>Szerkesztve egy másik laptopon</translation>
        </message>
        <message>
            <source>Edited on {laptop}</source>
            <translation>Szerkesztve, itt: {laptop}</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Első számla</translation>
        </message>
        <message>
            <source>Give the other record a new number:</source>
            <translation>Adjon új sorszámot a másik rekordnak:</translation>
        </message>
        <message>
            <source>It is money or a quantity: orders and documents that use it wait for a decision.</source>
            <translation>Pénzről vagy mennyiségről van szó: az ezt használó rendelések és dokumentumok döntésre várnak.</translation>
        </message>
        <message>
            <source>Its twin</source>
            <translation>Az ikerpárja</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Megtartás</translation>
        </message>
        <message>
            <source>Keep it, and restore the other version as a new draft</source>
            <translation>Ennek megtartása, a másik változat visszaállítása új piszkozatként</translation>
        </message>
        <message>
            <source>Keep the order as merged</source>
            <translation>A rendelés megtartása összefésült formában</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>A rekord megtartása</translation>
        </message>
        <message>
            <source>Keep the twin</source>
            <translation>Az ikerpár megtartása</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Ennek megtartása</translation>
        </message>
        <message>
            <source>Keep {v}</source>
            <translation>Megtartás: {v}</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the other value was made on</comment>
            <translation>Gép</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the value shown now was made on</comment>
            <translation>Gép</translation>
        </message>
        <message>
            <source>No conflicts: everything the laptops exchanged fitted together.</source>
            <translation>Nincs ütközés: minden, amit a laptopok kicseréltek, összeillett.</translation>
        </message>
        <message>
            <source>Noted: I will correct it</source>
            <translation>Tudomásul vettem: javítani fogom</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Másik érték</translation>
        </message>
        <message>
            <source>Other value, made on another laptop</source>
            <translation>Másik érték, egy másik laptopon</translation>
        </message>
        <message>
            <source>Other value, made on {laptop}</source>
            <translation>Másik érték, itt: {laptop}</translation>
        </message>
        <message>
            <source>Paid in all</source>
            <translation>Összesen kifizetve</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Rekord</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Most látható</translation>
        </message>
        <message>
            <source>Shown now, made on another laptop</source>
            <translation>Most látható, egy másik laptopon</translation>
        </message>
        <message>
            <source>Shown now, made on {laptop}</source>
            <translation>Most látható, itt: {laptop}</translation>
        </message>
        <message>
            <source>Something was added to it</source>
            <translation>Valami hozzá lett adva</translation>
        </message>
        <message>
            <source>Something was added to it ({what})</source>
            <translation>Valami hozzá lett adva ({what})</translation>
        </message>
        <message>
            <source>The invoice's amount</source>
            <translation>A számla összege</translation>
        </message>
        <message>
            <source>The number</source>
            <translation>A sorszám</translation>
        </message>
        <message>
            <source>The order as merged</source>
            <translation>Az összefésült rendelés</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Ez</translation>
        </message>
        <message>
            <source>Use another value:</source>
            <translation>Másik érték használata:</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Ennek az értéknek a használata</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>What the other laptop typed</source>
            <translation>Amit a másik laptopon beírtak</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>törölve</translation>
        </message>
        <message>
            <source>deleted and edited</source>
            <translation>törölve és szerkesztve</translation>
        </message>
        <message>
            <source>deleted, then added to</source>
            <translation>törölve, majd kiegészítve</translation>
        </message>
        <message>
            <source>invoiced twice</source>
            <translation>kétszer számlázva</translation>
        </message>
        <message>
            <source>kept, edited</source>
            <translation>megtartva, szerkesztve</translation>
        </message>
        <message>
            <source>made twice</source>
            <translation>kétszer létrehozva</translation>
        </message>
        <message>
            <source>needs a decision</source>
            <translation>döntésre vár</translation>
        </message>
        <message>
            <source>order changed on both</source>
            <translation>a rendelés mindkét helyen módosult</translation>
        </message>
        <message>
            <source>paid too much</source>
            <translation>túlfizetés</translation>
        </message>
        <message>
            <source>same number twice</source>
            <translation>kétszer ugyanaz a sorszám</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Attitude to us</source>
            <translation>Hozzáállása hozzánk</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Születésnap</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Szerepe a beszerzésben</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kapcsolattartó</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Részleg</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Etiquette notes</source>
            <translation>Etikett-megjegyzések</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Megszólítás</translation>
        </message>
        <message>
            <source>How well we know them</source>
            <translation>Mennyire ismerjük</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Befolyás</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Érdeklődési kör</translation>
        </message>
        <message>
            <source>Key opinion leader</source>
            <translation>Véleményvezér</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Név *</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Új kapcsolattartó</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Megjegyzések</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other e-mail</source>
            <translation>Másik e-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Beosztás</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Felettese</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>e.g. Dear Mr Szabó / Уважаемый Иван Петрович</source>
            <translation>pl. Tisztelt Szabó Úr! / Уважаемый Иван Петрович</translation>
        </message>
        <message>
            <source>nobody (top of the chart)</source>
            <translation>senki (a szervezeti ábra csúcsa)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ismeretlen</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kapcsolattartó</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>%n kapcsolattartó a lomtárban</numerusform>
            </translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Hozzáállás</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Szerepe a beszerzésben</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Kapcsolattartó törlése</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Törlés…</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Szerkesztés…</translation>
        </message>
        <message>
            <source>Form of address, language, interests, etiquette or birthday: what the meeting preparation tells you before you meet the person.</source>
            <translation>Megszólítás, nyelv, érdeklődés, etikett vagy születésnap: amit a találkozó előkészítése elmond, mielőtt találkozik vele.</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Befolyás</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Utolsó kapcsolat</translation>
        </message>
        <message>
            <source>Move {name} to the trash? You can restore them from the Trash.</source>
            <translation>Áthelyezi a lomtárba: {name}? A Lomtárból visszaállíthatja.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Új kapcsolattartó…</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Személyes</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Beosztás</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Visszaállítás</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Lomtár</translation>
        </message>
        <message>
            <source>never</source>
            <translation>soha</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>még nincs</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>van</translation>
        </message>
    </context>
    <context>
        <name>ContractPage</name>
        <message>
            <source>(net {net}, VAT {vat})</source>
            <translation>(nettó {net}, áfa {vat})</translation>
        </message>
        <message>
            <source>(new: recorded when the package is issued)</source>
            <translation>(új: a csomag kiállításakor kerül rögzítésre)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Parts of the package&lt;/b&gt;</source>
            <translation>&lt;b&gt;A csomag részei&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Vevő</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Szerződés</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Szállítási határidő</translation>
        </message>
        <message>
            <source>Invoice for payment</source>
            <translation>Díjbekérő</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Rendelés</translation>
        </message>
        <message>
            <source>Specification (appendix 1)</source>
            <translation>Specifikáció (1. melléklet)</translation>
        </message>
        <message>
            <source>Supply contract</source>
            <translation>Szállítási szerződés</translation>
        </message>
        <message>
            <source>The contract's wording comes from its template: to change it, put your copy in {folder}.</source>
            <translation>A szerződés szövege a sablonjából származik: módosításához tegye a saját példányát ide: {folder}.</translation>
        </message>
        <message>
            <source>The package is made from</source>
            <translation>A csomag forrása</translation>
        </message>
        <message>
            <source>The parts ticked go into one PDF, in this order; tick one alone to have it on its own.</source>
            <translation>A bejelölt részek egyetlen PDF-be kerülnek, ebben a sorrendben; ha csak egyet jelöl be, az külön készül el.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Összesen</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nincs megadva</translation>
        </message>
        <message>
            <source>the clauses of the contract template, filled from the data; signatures</source>
            <translation>a szerződéssablon pontjai, az adatokkal kitöltve; aláírások</translation>
        </message>
        <message>
            <source>the goods, prices, VAT, totals and delivery dates</source>
            <translation>az áruk, árak, áfa, végösszegek és szállítási határidők</translation>
        </message>
        <message>
            <source>with our bank details; in Russian also the total in words</source>
            <translation>a bankszámlaadatainkkal; orosz nyelven a végösszeg betűvel is</translation>
        </message>
        <message>
            <source>{number} of {day}</source>
            <translation>{number}, kelt: {day}</translation>
        </message>
    </context>
    <context>
        <name>ContributionModel</name>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Hozzájárulás</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Részesedés</translation>
        </message>
    </context>
    <context>
        <name>CreditDialog</name>
        <message>
            <source>&lt;h3&gt;Confirmation is blocked by credit control&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;A visszaigazolást a hitelellenőrzés letiltotta&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Jóváhagyta</translation>
        </message>
        <message>
            <source>Confirm anyway</source>
            <translation>Mégis visszaigazolom</translation>
        </message>
        <message>
            <source>Credit control: {number}</source>
            <translation>Hitelellenőrzés: {number}</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Hitelkeret</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Késés (nap)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Esedékes</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Kitettség</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Számla</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>Nyitott összeg</translation>
        </message>
        <message>
            <source>Open orders (not invoiced)</source>
            <translation>Nyitott rendelések (nem számlázott)</translation>
        </message>
        <message>
            <source>Over the limit by</source>
            <translation>Keret túllépése</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Lejárt számlák</translation>
        </message>
        <message>
            <source>Override and confirm</source>
            <translation>Felülbírálás és visszaigazolás</translation>
        </message>
        <message>
            <source>Owed on invoices</source>
            <translation>Számlák szerinti tartozás</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Indok</translation>
        </message>
        <message>
            <source>Room left before this order</source>
            <translation>Szabad keret e rendelés előtt</translation>
        </message>
        <message>
            <source>The override and its reason are recorded in the order's history.</source>
            <translation>A felülbírálás és indoka a rendelés előzményeiben rögzítésre kerül.</translation>
        </message>
        <message>
            <source>This order</source>
            <translation>Ez a rendelés</translation>
        </message>
        <message>
            <source>Who takes the decision</source>
            <translation>Ki dönt</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>nincs keret</translation>
        </message>
    </context>
    <context>
        <name>DamageWatch</name>
        <message>
            <source>Backup restored</source>
            <translation>Biztonsági mentés visszaállítva</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Most nem</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Kilépés</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Biztonsági mentés visszaállítása</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>A biztonsági mentés visszaállítása</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}.</source>
            <translation>Az SQLite ezt találta: {found}.

A(z) {folder} mappában nincs használható biztonsági mentés.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}. Copy the file somewhere safe before working on, and restore a backup from another folder if you have one.</source>
            <translation>Az SQLite ezt találta: {found}.

A(z) {folder} mappában nincs használható biztonsági mentés. A további munka előtt másolja a fájlt biztonságos helyre, és ha van, állítson vissza biztonsági mentést egy másik mappából.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date.</source>
            <translation>Az SQLite ezt találta: {found}.

Visszaállítja a legújabb használható biztonsági mentést ({when})? A sérült fájlt a program előbb félreteszi ugyanabba a mappába, a mai dátummal a nevében.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date; what was entered after {when} is not in the backup.</source>
            <translation>Az SQLite ezt találta: {found}.

Visszaállítja a legújabb használható biztonsági mentést ({when})? A sérült fájlt a program előbb félreteszi ugyanabba a mappába, a mai dátummal a nevében; ami {when} után lett rögzítve, az nincs benne a mentésben.</translation>
        </message>
        <message>
            <source>The backup of {when} is restored. The damaged file was saved as {aside}.</source>
            <translation>A(z) {when} időpontú biztonsági mentés visszaállítva. A sérült fájl mentési neve: {aside}.</translation>
        </message>
        <message>
            <source>The file is damaged: {path}</source>
            <translation>A fájl sérült: {path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>1-30 days</source>
            <translation>1–30 nap</translation>
        </message>
        <message>
            <source>31-60 days</source>
            <translation>31–60 nap</translation>
        </message>
        <message>
            <source>61-90 days</source>
            <translation>61–90 nap</translation>
        </message>
        <message>
            <source>90+ days</source>
            <translation>90 napon túl</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tény</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>A diagram nincs mentve</translation>
        </message>
        <message>
            <source>Could not write {path}: choose a folder you can write to.</source>
            <translation>A(z) {path} nem írható: válasszon olyan mappát, amelybe írhat.</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Nem esedékes</translation>
        </message>
        <message>
            <source>Overdue share of receivables</source>
            <translation>Lejárt rész aránya a kintlévőségekben</translation>
        </message>
        <message>
            <source>Overdue, % of open</source>
            <translation>Lejárt, a nyitott %-ában</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-képek (*.png)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Terv</translation>
        </message>
        <message>
            <source>Plan and actual by month</source>
            <translation>Terv és tény havonta</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Kintlévőségek kor szerint</translation>
        </message>
        <message>
            <source>Revenue of the biggest clients by month</source>
            <translation>A legnagyobb ügyfelek árbevétele havonta</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Mentés PNG-ként…</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>Diagram mentése PNG-ként</translation>
        </message>
        <message>
            <source>Save this chart as a picture</source>
            <translation>A diagram mentése képként</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>millió</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>ezer</translation>
        </message>
        <message>
            <source>today</source>
            <translation>ma</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;{start} to {end}&lt;/b&gt; against {previous_start} to {previous_end}. Amounts in {currency} at the rate of each document's date; receivables as they stand today. Click a figure to see the clients behind it.</source>
            <translation>&lt;b&gt;{start} – {end}&lt;/b&gt;, összevetve: {previous_start} – {previous_end}. Összegek {currency} pénznemben, az egyes bizonylatok keltének árfolyamán; a kintlévőségek mai állapot szerint. Kattintson egy számra a mögötte álló ügyfelek megtekintéséhez.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Irányítópult&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>No plan in the period.</source>
            <translation>Az időszakban nincs terv.</translation>
        </message>
        <message>
            <source>No revenue in the period.</source>
            <translation>Az időszakban nincs árbevétel.</translation>
        </message>
        <message>
            <source>Nothing is owed today.</source>
            <translation>Ma senkinek nincs tartozása.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>Revenue by client, biggest first (Pareto)</source>
            <translation>Árbevétel ügyfelenként, a legnagyobbtól kezdve (Pareto)</translation>
        </message>
        <message>
            <source>The figures and the charts as a PDF with the period: preview, print or save</source>
            <translation>A számok és diagramok PDF-ként az időszakkal: előnézet, nyomtatás vagy mentés</translation>
        </message>
        <message>
            <source>The period's key figures against the same period last year</source>
            <translation>Az időszak fő mutatói a tavalyi azonos időszakhoz képest</translation>
        </message>
    </context>
    <context>
        <name>DashboardPrint</name>
        <message>
            <source>Comparison</source>
            <translation>Összehasonlítás</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Irányítópult</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Részletek</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Mutató</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Érték</translation>
        </message>
        <message>
            <source>amounts in {currency} at the rate of each document's date; receivables as they stand on {day}</source>
            <translation>összegek {currency} pénznemben, az egyes bizonylatok keltének árfolyamán; kintlévőségek {day} napi állapot szerint</translation>
        </message>
        <message>
            <source>compared with {period}</source>
            <translation>összevetve: {period}</translation>
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <translation>{title} {start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>DashboardTile</name>
        <message numerus="yes">
            <source>%n A-class client(s); top client {share}</source>
            <translation>
                <numerusform>%n A kategóriás ügyfél; legnagyobb ügyfél: {share}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) behind this figure. Double-click one to open it.</source>
            <translation>
                <numerusform>%n ügyfél áll e szám mögött. Megnyitáshoz kattintson duplán valamelyikre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Actual against the plans of the clients with a plan for the period</source>
            <translation>Tény a tervekhez képest, azon ügyfeleknél, akiknek van terve az időszakra</translation>
        </message>
        <message>
            <source>Ahead of plan (+) or behind (−), {currency}</source>
            <translation>Terv felett (+) vagy alatt (−), {currency}</translation>
        </message>
        <message>
            <source>Change on last year, {currency}</source>
            <translation>Változás a tavalyihoz képest, {currency}</translation>
        </message>
        <message>
            <source>Click to see the clients behind it.</source>
            <translation>Kattintson a mögötte álló ügyfelek megtekintéséhez.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Panaszok</translation>
        </message>
        <message>
            <source>Complaints opened in the period</source>
            <translation>Az időszakban nyitott panaszok</translation>
        </message>
        <message>
            <source>Credit notes' net as a share of the net invoiced in the period</source>
            <translation>A jóváíró számlák nettó értéke az időszakban számlázott nettó arányában</translation>
        </message>
        <message>
            <source>Credit notes, {currency}</source>
            <translation>Jóváíró számlák, {currency}</translation>
        </message>
        <message>
            <source>Invoiced revenue net of VAT, less credit notes, against last year</source>
            <translation>Számlázott nettó (áfa nélküli) árbevétel a jóváírásokkal csökkentve, a tavalyihoz képest</translation>
        </message>
        <message>
            <source>Key-client concentration</source>
            <translation>Kulcsügyfél-koncentráció</translation>
        </message>
        <message>
            <source>Money past its due date as a share of all open invoices, today</source>
            <translation>Az esedékességet túllépett összeg az összes nyitott számla arányában, ma</translation>
        </message>
        <message>
            <source>No client is behind this figure in the period.</source>
            <translation>Az időszakban egyetlen ügyfél sem áll e szám mögött.</translation>
        </message>
        <message>
            <source>Overdue receivables</source>
            <translation>Lejárt kintlévőségek</translation>
        </message>
        <message>
            <source>Overdue, {currency}</source>
            <translation>Lejárt, {currency}</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Tervteljesítés</translation>
        </message>
        <message>
            <source>Refusals rate</source>
            <translation>Visszautasítási arány</translation>
        </message>
        <message>
            <source>Refused at delivery as a share of what was shipped in the period</source>
            <translation>Átvételkor visszautasított érték az időszakban kiszállított arányában</translation>
        </message>
        <message>
            <source>Refused, {currency}</source>
            <translation>Visszautasítva, {currency}</translation>
        </message>
        <message>
            <source>Returns rate</source>
            <translation>Visszáruarány</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Árbevétel, {currency}</translation>
        </message>
        <message>
            <source>Share of revenue of the A class: the clients making the first 80 %</source>
            <translation>Az A kategória árbevétel-részesedése: az első 80 %-ot hozó ügyfelek</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Forgalom</translation>
        </message>
        <message>
            <source>at {day}</source>
            <translation>{day} napon</translation>
        </message>
        <message>
            <source>change {change}</source>
            <translation>változás: {change}</translation>
        </message>
        <message numerus="yes">
            <source>from %n client(s)</source>
            <translation>
                <numerusform>%n ügyféltől</numerusform>
            </translation>
        </message>
        <message>
            <source>last year</source>
            <translation>tavaly</translation>
        </message>
        <message>
            <source>nothing to compare {against}</source>
            <translation>nincs összehasonlítási adat ({against})</translation>
        </message>
        <message>
            <source>the figure: {value}</source>
            <translation>az érték: {value}</translation>
        </message>
        <message>
            <source>{actual} of {plan}; forecast {forecast}</source>
            <translation>{actual} / {plan}; előrejelzés: {forecast}</translation>
        </message>
        <message>
            <source>{arrow} on {before} {against}</source>
            <translation>{arrow} — {against}: {before}</translation>
        </message>
        <message>
            <source>{arrow} {change} on {before} {against}</source>
            <translation>{arrow} {change} — {against}: {before}</translation>
        </message>
        <message>
            <source>{arrow} {sign}{change} on {before} {against}</source>
            <translation>{arrow} {sign}{change} — {against}: {before}</translation>
        </message>
        <message>
            <source>{figure}: the clients behind it</source>
            <translation>{figure}: a mögötte álló ügyfelek</translation>
        </message>
        <message>
            <source>{notes} credited of {invoiced}</source>
            <translation>{notes} jóváírva a(z) {invoiced} összegből</translation>
        </message>
        <message>
            <source>{overdue} of {receivables} open</source>
            <translation>{overdue} lejárt a(z) {receivables} nyitott összegből</translation>
        </message>
        <message>
            <source>{refused} refused of {delivered} delivered</source>
            <translation>{refused} visszautasítva a(z) {delivered} kiszállított értékből</translation>
        </message>
        <message>
            <source>{sign}{points} pts</source>
            <translation>{sign}{points} %-pont</translation>
        </message>
    </context>
    <context>
        <name>DayHeader</name>
        <message>
            <source>W{week}</source>
            <translation>{week}. hét</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <source>Attendees</source>
            <translation>Résztvevők</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Elmaradt</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Ütközések</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Kész ✓</translation>
        </message>
        <message>
            <source>How well the meeting is prepared, out of 100</source>
            <translation>Mennyire van előkészítve a találkozó, 100-ból</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Típus</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Indulás</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Telefonos megbeszélés</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefonhívás</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Készültség</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Felkészültség: {score} / 100</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Tárgy</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Időpont</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videohívás</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Videós megbeszélés</translation>
        </message>
        <message>
            <source>When to set off to arrive on time</source>
            <translation>Mikor kell indulni, hogy időben odaérjen</translation>
        </message>
        <message>
            <source>{minutes} min travel</source>
            <translation>{minutes} perc utazás</translation>
        </message>
    </context>
    <context>
        <name>DebtsBlock</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n számla</numerusform>
            </translation>
        </message>
        <message>
            <source>No overdue invoices.</source>
            <translation>Nincs lejárt számla.</translation>
        </message>
        <message>
            <source>Open amounts after payments and credit notes, the oldest debt first.</source>
            <translation>Nyitott összegek a befizetések és jóváírások után, a legrégebbi tartozással kezdve.</translation>
        </message>
        <message>
            <source>Overdue invoices by client</source>
            <translation>Lejárt számlák ügyfelenként</translation>
        </message>
        <message numerus="yes">
            <source>oldest %n day(s) overdue</source>
            <translation>
                <numerusform>a legrégebbi %n napja lejárt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more client(s)</source>
            <translation>
                <numerusform>… és még %n ügyfél</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source> min</source>
            <translation> perc</translation>
        </message>
        <message>
            <source>A draft or confirmed order of this client, to take along as the offer.</source>
            <translation>Az ügyfél egy piszkozat vagy visszaigazolt rendelése, amelyet ajánlatként magával visz.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Cím</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Napirend</translation>
        </message>
        <message>
            <source>At an address</source>
            <translation>Helyszínen</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Résztvevők</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Telefonon</translation>
        </message>
        <message>
            <source>By video</source>
            <translation>Videón</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Hívás</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Először válassza ki az ügyfelet.</translation>
        </message>
        <message>
            <source>Client *</source>
            <translation>Ügyfél *</translation>
        </message>
        <message>
            <source>Create draft order…</source>
            <translation>Rendelés-piszkozat létrehozása…</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Nem ismétlődik</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Vége</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Havonta</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Hetente</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Célok</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Típus</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Előre felmért igények</translation>
        </message>
        <message>
            <source>No offer prepared yet</source>
            <translation>Még nincs előkészített ajánlat</translation>
        </message>
        <message>
            <source>Part of a series repeating {how}.</source>
            <translation>Egy {how} ismétlődő sorozat része.</translation>
        </message>
        <message>
            <source>Pick the client from the list that opens as you type.</source>
            <translation>Válassza ki az ügyfelet a gépelés közben megnyíló listából.</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Napirenden lévő termékek</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Ismétlés</translation>
        </message>
        <message>
            <source>Starts *</source>
            <translation>Kezdete *</translation>
        </message>
        <message>
            <source>Street, city (where to go)</source>
            <translation>Utca, település (hová kell menni)</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Tárgy *</translation>
        </message>
        <message>
            <source>The new draft order is chosen: save to keep it.</source>
            <translation>Az új rendelés-piszkozat kiválasztva: a megtartásához mentsen.</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>Az ajánlat</translation>
        </message>
        <message>
            <source>This client has no contacts yet: add them in the dossier.</source>
            <translation>Ennek az ügyfélnek még nincs kapcsolattartója: vegye fel őket az ügyféladatlapon.</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Utazás</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Meddig</translation>
        </message>
        <message>
            <source>What is it about, in a few words</source>
            <translation>Miről szól, néhány szóban</translation>
        </message>
        <message>
            <source>What the client said they need when you set up the meeting</source>
            <translation>Amire az ügyfél a találkozó egyeztetésekor igényt jelzett</translation>
        </message>
        <message>
            <source>What will be discussed, in order</source>
            <translation>Mi kerül megbeszélésre, sorrendben</translation>
        </message>
        <message>
            <source>What you want to leave with (an order, a date, a yes)</source>
            <translation>Amivel távozni szeretne (rendelés, időpont, egy igen)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hol</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>havonta</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>hetente</translation>
        </message>
        <message>
            <source>lasting</source>
            <translation>időtartam</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>indulás legkésőbb {time}</translation>
        </message>
        <message>
            <source>min to get there</source>
            <translation>perc az odaút</translation>
        </message>
        <message>
            <source>no travel: by phone or video</source>
            <translation>nincs utazás: telefonon vagy videón</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>A(z) {path} nem írható: {why}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>%n unknown field(s): {names}. Use only the names under Insert field; nothing is printed until this is fixed.</source>
            <translation>
                <numerusform>%n ismeretlen mező: {names}. Csak a Mező beszúrása alatt szereplő neveket használja; a javításig semmi sem kerül nyomtatásra.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no contacts on file)</source>
            <translation>(nincs rögzített kapcsolattartó)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lines&lt;/b&gt; &amp;nbsp; tick &lt;i&gt;Optional&lt;/i&gt; for items offered apart, not counted in the total</source>
            <translation>&lt;b&gt;Tételek&lt;/b&gt; &amp;nbsp; jelölje be az &lt;i&gt;Opcionális&lt;/i&gt; mezőt a külön ajánlott, az összegbe nem számító tételeknél</translation>
        </message>
        <message>
            <source>&lt;b&gt;Specification&lt;/b&gt; &amp;nbsp; the order's lines, as appendix 1 lists them</source>
            <translation>&lt;b&gt;Specifikáció&lt;/b&gt; &amp;nbsp; a rendelés tételei, ahogy az 1. melléklet felsorolja őket</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Commercial proposal</source>
            <translation>Árajánlat</translation>
        </message>
        <message>
            <source>Contract package</source>
            <translation>Szerződéscsomag</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Dokumentum nyelve</translation>
        </message>
        <message>
            <source>Document not made</source>
            <translation>A dokumentum nem készült el</translation>
        </message>
        <message>
            <source>Documents — {number} — {client}</source>
            <translation>Dokumentumok — {number} — {client}</translation>
        </message>
        <message numerus="yes">
            <source>In the total: %n line(s), &lt;b&gt;{total}&lt;/b&gt; with VAT</source>
            <translation>
                <numerusform>Az összegben: %n tétel, &lt;b&gt;{total}&lt;/b&gt; áfával</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue it (numbered, kept in the client's history) and save the PDF</source>
            <translation>Kiállítás (sorszámozva, az ügyfél előzményeiben megőrizve) és PDF mentése</translation>
        </message>
        <message>
            <source>Issue it and attach it to a new e-mail</source>
            <translation>Kiállítás és csatolás új e-mailhez</translation>
        </message>
        <message>
            <source>Issue it and print</source>
            <translation>Kiállítás és nyomtatás</translation>
        </message>
        <message numerus="yes">
            <source>Nothing printed: %n unknown field(s) {names}, marked in red above.</source>
            <translation>
                <numerusform>Nem történt nyomtatás: %n ismeretlen mező ({names}), fent pirossal jelölve.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing printed: {why}</source>
            <translation>Nem történt nyomtatás: {why}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Előnézet</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Mentés másként…</translation>
        </message>
        <message>
            <source>See the PDF; nothing is issued</source>
            <translation>PDF megtekintése; semmi sem kerül kiállításra</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>Küldés e-mailben…</translation>
        </message>
        <message>
            <source>Texts not used</source>
            <translation>Fel nem használt szövegek</translation>
        </message>
        <message>
            <source>The language the client reads; the program's own language does not change.</source>
            <translation>Az ügyfél által olvasott nyelv; a program saját nyelve nem változik.</translation>
        </message>
        <message>
            <source>The texts you wrote for this proposal have not gone out in a document. Close and lose them?</source>
            <translation>Az ajánlathoz írt szövegei nem kerültek dokumentumba. Bezárja, és elveti őket?</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Ez a rendelés már nem létezik.</translation>
        </message>
        <message>
            <source>Tick at least one part of the package.</source>
            <translation>Jelölje be a csomag legalább egy részét.</translation>
        </message>
        <message numerus="yes">
            <source>optional, apart: %n line(s), {total}</source>
            <translation>
                <numerusform>opcionális, külön: %n tétel, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {day}, {status}</source>
            <translation>{number} sz. rendelés, {day}, {status}</translation>
        </message>
    </context>
    <context>
        <name>DocumentLines</name>
        <message>
            <source>Discount</source>
            <translation>Kedvezmény</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Sorsz.</translation>
        </message>
        <message>
            <source>Offered apart, not counted in the total</source>
            <translation>Külön ajánlva, nem számít bele az összegbe</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcionális</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Ár</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Mennyiség</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Cikkszám</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Összesen</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Mértékegység</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>(the earlier versions are kept in the client's history)</source>
            <translation>(a korábbi változatok az ügyfél előzményeiben megmaradnak)</translation>
        </message>
        <message>
            <source>Attach {file} to your e-mail (its folder is open).</source>
            <translation>Csatolja a(z) {file} fájlt az e-mailjéhez (a mappája meg van nyitva).</translation>
        </message>
        <message>
            <source>Contract package {number}, version {version} issued.</source>
            <translation>Kiállítva: {number} sz. szerződéscsomag, {version}. változat.</translation>
        </message>
        <message>
            <source>Not issued: {why}</source>
            <translation>Nincs kiállítva: {why}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nincs mentve</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumentumok (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Előnézet</translation>
        </message>
        <message>
            <source>Preview opened in your PDF viewer: not issued yet.</source>
            <translation>Az előnézet megnyílt a PDF-megjelenítőben: még nincs kiállítva.</translation>
        </message>
        <message>
            <source>Preview: not issued yet.</source>
            <translation>Előnézet: még nincs kiállítva.</translation>
        </message>
        <message>
            <source>Proposal {number}, version {version} issued.</source>
            <translation>Kiállítva: {number} sz. árajánlat, {version}. változat.</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Dokumentum mentése másként</translation>
        </message>
        <message>
            <source>The PDF is attached to a new e-mail: {path}</source>
            <translation>A PDF csatolva egy új e-mailhez: {path}</translation>
        </message>
        <message>
            <source>The PDF is not printed: {path}</source>
            <translation>A PDF nincs kinyomtatva: {path}</translation>
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from the viewer.</source>
            <translation>A PDF megnyitva a PDF-megjelenítőben: onnan nyomtassa ki.</translation>
        </message>
        <message>
            <source>The PDF is saved: {path}</source>
            <translation>A PDF mentve: {path}</translation>
        </message>
        <message>
            <source>The PDF is sent to the printer.</source>
            <translation>A PDF elküldve a nyomtatóra.</translation>
        </message>
    </context>
    <context>
        <name>DossierWindow</name>
        <message>
            <source>ARCHIVED</source>
            <translation>ARCHIVÁLVA</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiválás</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Versenytársak</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kapcsolattartók</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Ügyfél törlése</translation>
        </message>
        <message>
            <source>Delete client…</source>
            <translation>Ügyfél törlése…</translation>
        </message>
        <message>
            <source>Delete this client? Clients with orders or invoices cannot be deleted; archive them instead.</source>
            <translation>Törli ezt az ügyfelet? Rendeléssel vagy számlával rendelkező ügyfél nem törölhető; helyette archiválja.</translation>
        </message>
        <message>
            <source>Dossier %p % complete</source>
            <translation>Ügyféladatlap: %p % kész</translation>
        </message>
        <message>
            <source>Fill in the profile and save; the rest opens then.</source>
            <translation>Töltse ki a profilt, és mentsen; a többi ezután nyílik meg.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Előzmények</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Új ügyfél</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Új találkozó…</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Új rendelés…</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Nincs számlázott árbevétel az elmúlt 12 hónapban.</translation>
        </message>
        <message>
            <source>Nothing missing: this dossier is complete.</source>
            <translation>Semmi sem hiányzik: ez az ügyféladatlap teljes.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Egyenlegközlő…</translation>
        </message>
        <message>
            <source>Relationship map</source>
            <translation>Kapcsolati térkép</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Visszaállítás archívumból</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Stratégia</translation>
        </message>
        <message>
            <source>Terms &amp;&amp; prices</source>
            <translation>Feltételek &amp;&amp; árak</translation>
        </message>
        <message>
            <source>This dossier has changes that are not saved. Close and lose them?</source>
            <translation>Az ügyféladatlapnak nem mentett módosításai vannak. Bezárja, és elveti őket?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nem mentett módosítások</translation>
        </message>
        <message>
            <source>class {abc}</source>
            <translation>ABC-kategória: {abc}</translation>
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation>{name} — ügyféladatlap</translation>
        </message>
        <message>
            <source>{share} of revenue (12 months)</source>
            <translation>Árbevétel-részesedés: {share} (12 hónap)</translation>
        </message>
    </context>
    <context>
        <name>DunningDialog</name>
        <message>
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <source>Dunning step: {name}</source>
            <translation>Felszólítási lépés: {name}</translation>
        </message>
        <message>
            <source>Give the day the step was taken.</source>
            <translation>Adja meg, melyik napon történt a lépés.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <source>Record step</source>
            <translation>Lépés rögzítése</translation>
        </message>
        <message>
            <source>Say who took the step.</source>
            <translation>Adja meg, ki tette meg a lépést.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Lépés</translation>
        </message>
        <message>
            <source>The step is dated after today: record it once it is done.</source>
            <translation>A lépés dátuma későbbi a mainál: akkor rögzítse, amikor megtörtént.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ki</translation>
        </message>
        <message>
            <source>Who took the step</source>
            <translation>Ki tette meg a lépést</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message numerus="yes">
            <source>%n backup(s) could not be given the new passphrase: still needing the old one ({names}).</source>
            <translation>
                <numerusform>%n biztonsági mentés nem kaphatta meg az új jelmondatot: még a régi kell hozzájuk ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before the database was encrypted, and files restores set aside beside it: anyone who gets them can read them.</source>
            <translation>Az adatbázis titkosítása előtt készült biztonsági mentések és a visszaállítások által mellé félretett fájlok: bárki elolvashatja őket, aki hozzájut.</translation>
        </message>
        <message>
            <source>Backups made from now on are encrypted too. Copies made before are not ({count} in all): delete them if the laptop may be lost.</source>
            <translation>A mostantól készülő biztonsági mentések is titkosítva lesznek. A korábbi másolatok nem ({count} összesen): törölje őket, ha a laptop elveszhet.</translation>
        </message>
        <message>
            <source>Backups made from now on are not encrypted either.</source>
            <translation>A mostantól készülő biztonsági mentések sem lesznek titkosítva.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Jelmondat módosítása</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Jelmondat módosítása…</translation>
        </message>
        <message>
            <source>Could not delete every copy: {error}.</source>
            <translation>Nem sikerült minden másolatot törölni: {error}.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Jelenlegi jelmondat</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted copies…</source>
            <translation>
                <numerusform>%n titkosítatlan másolat törlése…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted file(s) of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</source>
            <translation>
                <numerusform>Törli az adatbázis titkosítás előtt készült %n titkosítatlan fájlját? Bárki elolvashatja, aki hozzájut. Utána egyik sem állítható vissza.

{names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the unencrypted copy…</source>
            <translation>A titkosítatlan másolat törlése…</translation>
        </message>
        <message>
            <source>Delete unencrypted copies</source>
            <translation>Titkosítatlan másolatok törlése</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Titkosítás</translation>
        </message>
        <message>
            <source>Encrypted, the database file and its backups cannot be read without the passphrase by anyone who gets them: a lost laptop, a copied file. Documents and exports you save are not encrypted. Nobody can open the file without the passphrase, kamdesk included: keep it somewhere safe.</source>
            <translation>Titkosítás után az adatbázisfájlt és a biztonsági mentéseit jelmondat nélkül senki sem tudja elolvasni, aki hozzájut (például egy elveszett laptop vagy egy lemásolt fájl révén). Az Ön által mentett dokumentumok és exportok nincsenek titkosítva. A jelmondat nélkül senki sem nyithatja meg a fájlt, a kamdesk sem: tartsa biztonságos helyen.</translation>
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation>Adatbázis titkosítása…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Titkosítás</translation>
        </message>
        <message>
            <source>Fair. A few more words make it strong.</source>
            <translation>Elfogadható. Néhány további szóval erős lesz.</translation>
        </message>
        <message>
            <source>Its backups are encrypted too.</source>
            <translation>A biztonsági mentései is titkosítva vannak.</translation>
        </message>
        <message>
            <source>Its backups open with the new passphrase too.</source>
            <translation>A biztonsági mentései is az új jelmondattal nyílnak.</translation>
        </message>
        <message>
            <source>Its unencrypted copies were deleted.</source>
            <translation>A titkosítatlan másolatai törölve.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Új jelmondat</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Tárolás a számítógép kulcstartójában</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Ismételje meg</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Erős.</translation>
        </message>
        <message>
            <source>This database is encrypted.</source>
            <translation>Ez az adatbázis titkosított.</translation>
        </message>
        <message>
            <source>This database is not encrypted.</source>
            <translation>Ez az adatbázis nem titkosított.</translation>
        </message>
        <message>
            <source>This is not the database's passphrase.</source>
            <translation>Ez nem az adatbázis jelmondata.</translation>
        </message>
        <message>
            <source>Too short: use at least eight characters.</source>
            <translation>Túl rövid: legalább nyolc karaktert használjon.</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Titkosítás kikapcsolása</translation>
        </message>
        <message>
            <source>Turning encryption off…</source>
            <translation>Titkosítás kikapcsolása…</translation>
        </message>
        <message>
            <source>Use at least eight characters; a few words are best.</source>
            <translation>Legalább nyolc karaktert használjon; néhány szó a legjobb.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words or characters.</source>
            <translation>Gyenge: könnyen kitalálható. Adjon hozzá szavakat vagy karaktereket.</translation>
        </message>
    </context>
    <context>
        <name>ExpiringBlock</name>
        <message>
            <source>No special price ends in the next 30 days, and no promotion in the next 14.</source>
            <translation>A következő 30 napban nem jár le egyedi ár, a következő 14 napban pedig akció sem.</translation>
        </message>
        <message>
            <source>Promotions ending within 14 days</source>
            <translation>14 napon belül véget érő akciók</translation>
        </message>
        <message>
            <source>Special prices and promotions ending soon</source>
            <translation>Hamarosan lejáró egyedi árak és akciók</translation>
        </message>
        <message>
            <source>Special prices ending within 30 days</source>
            <translation>30 napon belül lejáró egyedi árak</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>és még %n</numerusform>
            </translation>
        </message>
        <message>
            <source>ends today</source>
            <translation>ma lejár</translation>
        </message>
        <message numerus="yes">
            <source>for %n client(s):</source>
            <translation>
                <numerusform>%n ügyfélnek:</numerusform>
            </translation>
        </message>
        <message>
            <source>for every client</source>
            <translation>minden ügyfélnek</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n nap múlva</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku} {name} at {price}</source>
            <translation>{sku} {name}, {price} áron</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… és még %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A new laptop (everything)</source>
            <translation>Új laptop (minden adat)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiválasztás…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportálás</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Exportálás fájlba</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fájl:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Címzett:</translation>
        </message>
        <message>
            <source>Say where the file goes.</source>
            <translation>Adja meg, hová kerüljön a fájl.</translation>
        </message>
        <message>
            <source>The file holds what that laptop has not received yet. Carry it on a USB stick or send it by e-mail; the colleague imports it with the same passphrase.</source>
            <translation>A fájl azt tartalmazza, amit az a laptop még nem kapott meg. Vigye át USB-kulcson vagy küldje el e-mailben; a kolléga ugyanazzal a jelmondattal importálja.</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync)</source>
            <translation>kamdesk szinkronizálási fájlok (*.kamsync)</translation>
        </message>
        <message>
            <source>{name}: {what}</source>
            <translation>{name}: {what}</translation>
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <source>Remove the control characters (%1): they cannot be saved.</source>
            <translation>Távolítsa el a vezérlőkaraktereket (%1): nem menthetők.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Adjon meg egy egész számot.</translation>
        </message>
        <message>
            <source>Type an amount such as 125000 or %1.</source>
            <translation>Adjon meg egy összeget, pl. 125000 vagy %1.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nincs megadva</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>&lt;h3&gt;Welcome to kamdesk&lt;/h3&gt;&lt;p&gt;This database is new. Begin with your own company: its name, address, tax numbers and bank details print on every proposal and contract, and its currency is the one your figures are shown in. Then import your price list, and add your key clients.&lt;/p&gt;&lt;p&gt;Or look around the demo first: forty clients with two years of orders, meetings and payments, in a window of its own. Nothing of it comes into this database.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Üdvözli a kamdesk&lt;/h3&gt;&lt;p&gt;Ez az adatbázis új. Kezdje a saját cégével: a neve, címe, adószámai és bankszámlaadatai minden ajánlaton és szerződésen szerepelnek, a pénznemében jelennek meg a számai. Utána importálja az árlistáját, és vegye fel a kulcsügyfeleit.&lt;/p&gt;&lt;p&gt;Vagy előbb nézzen körül a bemutatóban: negyven ügyfél két év rendeléseivel, találkozóival és fizetéseivel, külön ablakban. Semmi sem kerül belőle ebbe az adatbázisba.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo</source>
            <translation>A bemutató megnyitása</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Most nem</translation>
        </message>
        <message>
            <source>Set up my company…</source>
            <translation>Cégem beállítása…</translation>
        </message>
        <message>
            <source>Start it from a terminal with: kamdesk --demo</source>
            <translation>Indítsa el terminálból: kamdesk --demo</translation>
        </message>
        <message>
            <source>The demo did not start</source>
            <translation>A bemutató nem indult el</translation>
        </message>
        <message>
            <source>Welcome to kamdesk</source>
            <translation>Üdvözli a kamdesk</translation>
        </message>
        <message>
            <source>Your company is set up. Import your price list now (CSV or Excel, with a column for each of your price columns)?</source>
            <translation>A cége be van állítva. Importálja most az árlistáját (CSV vagy Excel, minden árkategóriának egy oszloppal)?</translation>
        </message>
        <message>
            <source>Your price list</source>
            <translation>Az árlistája</translation>
        </message>
    </context>
    <context>
        <name>FulfilmentDialogs</name>
        <message numerus="yes">
            <source>%n line(s) not fully shipped: {lines}.</source>
            <translation>
                <numerusform>%n tétel nincs teljesen kiszállítva: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {value}</source>
            <translation>
                <numerusform>%n tétel, {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>A note for the whole return (optional)</source>
            <translation>Megjegyzés a teljes visszáruhoz (nem kötelező)</translation>
        </message>
        <message>
            <source>Back now</source>
            <translation>Most vissza</translation>
        </message>
        <message>
            <source>Can return</source>
            <translation>Visszaküldhető</translation>
        </message>
        <message>
            <source>Close the order without the {quantities} still to ship? They will not be shipped or invoiced on this order.</source>
            <translation>Lezárja a rendelést a még kiszállítandó {quantities} nélkül? Ezek ezen a rendelésen nem kerülnek kiszállításra és számlázásra.</translation>
        </message>
        <message>
            <source>Close the order?</source>
            <translation>Lezárja a rendelést?</translation>
        </message>
        <message numerus="yes">
            <source>Coming back on %n line(s), worth {value}</source>
            <translation>
                <numerusform>%n tétel jön vissza, {value} értékben</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Átvéve</translation>
        </message>
        <message>
            <source>Enter the quantity leaving on at least one line.</source>
            <translation>Adja meg a kiszállított mennyiséget legalább egy tételnél.</translation>
        </message>
        <message>
            <source>Enter the quantity that came back on at least one line.</source>
            <translation>Adja meg a visszaérkezett mennyiséget legalább egy tételnél.</translation>
        </message>
        <message>
            <source>Goods coming back before the invoice: they will not be invoiced.</source>
            <translation>Számlázás előtt visszaérkező áru: nem kerül számlázásra.</translation>
        </message>
        <message>
            <source>Goods coming back from the client. Against invoice {inv} this is a credit note.</source>
            <translation>Az ügyféltől visszaérkező áru. A(z) {inv} számlával szemben ez jóváíró számla.</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Hátralévő</translation>
        </message>
        <message>
            <source>Line {no}: {why}</source>
            <translation>{no}. tétel: {why}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Rendelt</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Ok</translation>
        </message>
        <message>
            <source>Record delivery</source>
            <translation>Átvétel rögzítése</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>Visszáru rögzítése</translation>
        </message>
        <message>
            <source>Recording the delivery closes the order at what was shipped; ship the rest first if the client still gets it.</source>
            <translation>Az átvétel rögzítése a kiszállított mennyiségnél lezárja a rendelést; ha az ügyfél még megkapja a maradékot, előbb azt szállítsa ki.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Visszautasítva</translation>
        </message>
        <message numerus="yes">
            <source>Refused on %n line(s), worth {value}</source>
            <translation>
                <numerusform>%n tételt visszautasítottak, {value} értékben</numerusform>
            </translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Visszáru</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Visszaküldve</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Kiszállítás</translation>
        </message>
        <message>
            <source>Ship now</source>
            <translation>Most kiszállítandó</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Kiszállítva</translation>
        </message>
        <message numerus="yes">
            <source>Shipping %n line(s) worth {value}</source>
            <translation>
                <numerusform>%n tétel kiszállítása, {value} értékben</numerusform>
            </translation>
        </message>
        <message>
            <source>The client received what was shipped. Enter what it refused at delivery, with the reason; leave the rest empty.</source>
            <translation>Az ügyfél megkapta a kiszállított árut. Adja meg, mit utasított vissza átvételkor, az okkal együtt; a többit hagyja üresen.</translation>
        </message>
        <message>
            <source>What leaves the warehouse now, line by line; the rest can follow later.</source>
            <translation>Ami most hagyja el a raktárt, tételenként; a maradék később is követheti.</translation>
        </message>
        <message>
            <source>line {no} ({qty})</source>
            <translation>{no}. tétel ({qty})</translation>
        </message>
        <message>
            <source>what happened</source>
            <translation>mi történt</translation>
        </message>
        <message>
            <source>{qty} on line {no}</source>
            <translation>{qty} a(z) {no}. tételnél</translation>
        </message>
        <message>
            <source>— reason —</source>
            <translation>— ok —</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>A commercial proposal, and the contract package (supply contract, specification, invoice for payment), are made from an order, in the language the client reads.</source>
            <translation>Az árajánlat és a szerződéscsomag (szállítási szerződés, specifikáció, díjbekérő) egy rendelésből készül, azon a nyelven, amelyen az ügyfél olvas.</translation>
        </message>
        <message>
            <source>A confirmed order is changed through {revision}.</source>
            <translation>Visszaigazolt rendelést így módosíthat: {revision}.</translation>
        </message>
        <message>
            <source>A contract package names the contract it belongs to: later orders cite the same contract.</source>
            <translation>A szerződéscsomag megnevezi a szerződést, amelyhez tartozik: a későbbi rendelések ugyanarra a szerződésre hivatkoznak.</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: keep it where your team keeps its secrets.</source>
            <translation>Az elfelejtett jelmondat nem állítható helyre: őrizze ott, ahol a csapat a titkait tartja.</translation>
        </message>
        <message>
            <source>A meeting at the client's address reminds you when to leave, with the travel time counted.</source>
            <translation>Az ügyfél címén tartott találkozó szól, mikor induljon, az utazási időt is számolva.</translation>
        </message>
        <message>
            <source>A new database offers these steps itself when it opens: {setup_company}.</source>
            <translation>Új adatbázis megnyitáskor maga kínálja fel ezeket a lépéseket: {setup_company}.</translation>
        </message>
        <message>
            <source>A new meeting starts on the next working day, inside the working hours set in {file} › {rules}.</source>
            <translation>Az új találkozó a következő munkanapra kerül, a munkaidőn belül, amelyet itt állít be: {file} › {rules}.</translation>
        </message>
        <message>
            <source>A payment settles the oldest invoices first unless you choose the invoices.</source>
            <translation>A befizetés először a legrégebbi számlákat egyenlíti ki, hacsak Ön nem választ számlákat.</translation>
        </message>
        <message>
            <source>Add your key clients in {clients} with {new_client}.</source>
            <translation>Vegye fel a kulcsügyfeleit: {clients} › {new_client}.</translation>
        </message>
        <message>
            <source>Archived clients are hidden from the list: tick {show_archived}.</source>
            <translation>Az archivált ügyfelek rejtve vannak a listában: jelölje be ezt: {show_archived}.</translation>
        </message>
        <message>
            <source>Before the first proposal kamdesk needs to know who you are: your company's details print on every document, and the price list gives every client its prices.</source>
            <translation>Az első árajánlat előtt a kamdesknek tudnia kell, kik Önök: a cég adatai minden dokumentumra rákerülnek, az árlista pedig minden ügyfélnek megadja az árait.</translation>
        </message>
        <message>
            <source>Begin the day in {today}. Tick a task under {tasks} when it is done; click a client's name to open the dossier.</source>
            <translation>A napot kezdje itt: {today}. Jelölje be a feladatot ({tasks}), ha elkészült; az ügyfél nevére kattintva megnyílik az ügyféladatlap.</translation>
        </message>
        <message>
            <source>Called off? Press {cancelled} and say why: it stays in the history.</source>
            <translation>Elmaradt? Nyomja meg: {cancelled}, és írja meg, miért: az előzményekben megmarad.</translation>
        </message>
        <message>
            <source>Calls and meetings that are over without an outcome wait in {today} under {outcomes}.</source>
            <translation>A lezajlott, de eredmény nélküli hívások és találkozók itt várnak: {today} › {outcomes}.</translation>
        </message>
        <message>
            <source>Choose a client: its invoices, payments and dunning steps appear below.</source>
            <translation>Válasszon ügyfelet: alul megjelennek a számlái, befizetései és felszólítási lépései.</translation>
        </message>
        <message>
            <source>Choose the {document_language}, and check who it is addressed to, how long it is valid, and the delivery and payment terms.</source>
            <translation>Válassza ki: {document_language}, és ellenőrizze a címzettet, az érvényességet, a szállítási és fizetési feltételeket.</translation>
        </message>
        <message>
            <source>Choose who the file is for: a laptop you exchanged files with gets what changed since; a colleague starting out gets {new_laptop}.</source>
            <translation>Válassza ki, kinek szól a fájl: az a laptop, amellyel már cserélt fájlt, az azóta történt változásokat kapja; az induló kolléga ezt: {new_laptop}.</translation>
        </message>
        <message>
            <source>Choose {file} › {encryption}, type a passphrase of a few words twice and press {encrypt}. Its backups are encrypted too.</source>
            <translation>Válassza ezt: {file} › {encryption}, írjon be kétszer egy néhány szóból álló jelmondatot, és nyomja meg: {encrypt}. A mentések is titkosítva lesznek.</translation>
        </message>
        <message>
            <source>Choose {file} › {settings} and fill in the pages {company}, {bank}, {tax} and {people}: at least the fields marked *.</source>
            <translation>Válassza ezt: {file} › {settings}, és töltse ki a lapokat ({company}, {bank}, {tax}, {people}): legalább a *-gal jelölt mezőket.</translation>
        </message>
        <message>
            <source>Click a column heading to sort the list, for example by the share of revenue or the ABC class.</source>
            <translation>Kattintson egy oszlopfejlécre a lista rendezéséhez, például árbevétel-részesedés vagy ABC-osztály szerint.</translation>
        </message>
        <message>
            <source>Collect receivables and follow the plan</source>
            <translation>Kintlévőségek behajtása és a terv követése</translation>
        </message>
        <message>
            <source>Double-click a line in {history} to open that order or meeting.</source>
            <translation>Az előzményeknél ({history}) dupla kattintással megnyílik az adott rendelés vagy találkozó.</translation>
        </message>
        <message>
            <source>Double-click the client: its dossier opens.</source>
            <translation>Kattintson duplán az ügyfélre: megnyílik az ügyféladatlapja.</translation>
        </message>
        <message>
            <source>Drag a meeting to move it. The list under the week shows the chosen day with each meeting's readiness and any clash.</source>
            <translation>Egy találkozót húzással helyezhet át. A hét alatti lista a kiválasztott napot mutatja, minden találkozó felkészültségével és az ütközésekkel.</translation>
        </message>
        <message>
            <source>Enter an order</source>
            <translation>Rendelés felvétele</translation>
        </message>
        <message>
            <source>Find a client and read the dossier</source>
            <translation>Ügyfél keresése és az ügyféladatlap</translation>
        </message>
        <message>
            <source>Give each laptop a name in {file} › {laptop}: the history then says who sent what.</source>
            <translation>Adjon nevet minden laptopnak itt: {file} › {laptop}; így az előzmények megmutatják, ki mit küldött.</translation>
        </message>
        <message>
            <source>Go through the tabs: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} and {history}.</source>
            <translation>Nézze végig a lapokat: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms}, {history}.</translation>
        </message>
        <message>
            <source>Go to {place}</source>
            <translation>Ugrás ide: {place}</translation>
        </message>
        <message>
            <source>In {file} › {rules} set the team's credit control, the credit limit and payment days of new clients, and your working hours.</source>
            <translation>Itt: {file} › {rules} állítsa be a csapat hitelellenőrzését, az új ügyfelek hitelkeretét és fizetési határidejét, valamint a munkaidejét.</translation>
        </message>
        <message>
            <source>In {orders} press {new_order}, or start the order from the dossier, and choose the client.</source>
            <translation>A {orders} részben nyomja meg: {new_order}, vagy indítsa a rendelést az ügyféladatlapról, és válassza ki az ügyfelet.</translation>
        </message>
        <message>
            <source>In {reports} › {plans} set each client's plan by month and follow plan against actual.</source>
            <translation>Itt: {reports} › {plans} adja meg ügyfelenként a havi tervet, és kövesse a tervet és a tényt.</translation>
        </message>
        <message>
            <source>Keep one backup away from the laptop: a lost laptop takes its folder with it.</source>
            <translation>Tartson egy mentést a laptoptól távol: az elveszett laptop a mappáját is viszi.</translation>
        </message>
        <message>
            <source>Key clients do not forgive seven mistakes: being late, arguing, interrupting, knowing nothing about the client, poor preparation, bad manners, and not knowing our own company and product. The {preparation} page of a meeting guards against each of them.</source>
            <translation>A kulcsügyfelek hét hibát nem bocsátanak meg: a késést, a vitatkozást, a közbevágást, ha semmit sem tudunk az ügyfélről, a gyenge felkészülést, a rossz modort, és ha nem ismerjük a saját cégünket és termékünket. A találkozó {preparation} lapja mindegyik ellen véd.</translation>
        </message>
        <message>
            <source>No overdue debt is part of the job. {receivables} shows what each client owes, by age, and what was done to collect it; {reports} sets the sales plan against the actual.</source>
            <translation>Hogy ne legyen lejárt tartozás, az is a munka része. A {receivables} ügyfelenként és kor szerint mutatja a tartozást és a behajtás lépéseit; a {reports} a tervet veti össze a ténnyel.</translation>
        </message>
        <message>
            <source>On the other laptop press {import_file} and type the same passphrase.</source>
            <translation>A másik laptopon nyomja meg: {import_file}, és írja be ugyanazt a jelmondatot.</translation>
        </message>
        <message>
            <source>On {details} choose the people attending, the subject, the products to talk about and the offer.</source>
            <translation>A {details} lapon válassza ki a résztvevőket, a témát, a megbeszélendő termékeket és az ajánlatot.</translation>
        </message>
        <message>
            <source>Once the database is encrypted, {file} › {laptop} › {lock_after} locks the window after the idle minutes you choose.</source>
            <translation>Titkosított adatbázisnál a {file} › {laptop} › {lock_after} beállítás a választott számú tétlen perc után zárolja az ablakot.</translation>
        </message>
        <message>
            <source>Open the meeting and go to {after}.</source>
            <translation>Nyissa meg a találkozót, és lépjen ide: {after}.</translation>
        </message>
        <message>
            <source>Open the meeting from {schedule} or {today}, or make one with {dossier_meeting} in the dossier.</source>
            <translation>Nyissa meg a találkozót innen: {schedule} vagy {today}, vagy hozzon létre egyet az ügyféladatlapon: {dossier_meeting}.</translation>
        </message>
        <message>
            <source>Open the order; under {documents} press {proposal} or {package}.</source>
            <translation>Nyissa meg a rendelést; a {documents} menüben válassza ezt: {proposal} vagy {package}.</translation>
        </message>
        <message>
            <source>Open {preparation}: the readiness out of 100 says what is still missing.</source>
            <translation>Nyissa meg: {preparation}; a 100-as felkészültségi pontszám megmutatja, mi hiányzik még.</translation>
        </message>
        <message>
            <source>Open {products} and press {price_columns}: one price column for each discount level (for example retail, wholesale, key client).</source>
            <translation>Nyissa meg: {products}, és nyomja meg: {price_columns}; minden kedvezményszinthez egy árkategória (például kisker, nagyker, kulcsügyfél).</translation>
        </message>
        <message>
            <source>Open {receivables}; tick {only_overdue} to see only the clients who are late.</source>
            <translation>Nyissa meg: {receivables}; jelölje be ezt: {only_overdue}, ha csak a késésben lévő ügyfeleket akarja látni.</translation>
        </message>
        <message>
            <source>Open {schedule}. The arrows, or Alt+Left and Alt+Right, go to the week before and after.</source>
            <translation>Nyissa meg: {schedule}. A nyilak vagy az Alt+Balra és Alt+Jobbra az előző és a következő hétre lépnek.</translation>
        </message>
        <message>
            <source>Open {sync} and press {export_file}.</source>
            <translation>Nyissa meg: {sync}, és nyomja meg: {export_file}.</translation>
        </message>
        <message>
            <source>Plan your day and your week</source>
            <translation>A nap és a hét megtervezése</translation>
        </message>
        <message>
            <source>Prepare a meeting</source>
            <translation>Felkészülés egy találkozóra</translation>
        </message>
        <message>
            <source>Press Ctrl+F or open {clients} and type part of a name, a code, a tax number or a city.</source>
            <translation>Nyomja meg a Ctrl+F billentyűt, vagy nyissa meg: {clients}, és írja be a név egy részét, a kódot, az adószámot vagy a várost.</translation>
        </message>
        <message>
            <source>Press {add_step} for each agreed next step, with its due date.</source>
            <translation>Minden megbeszélt következő lépéshez nyomja meg: {add_step}, határidővel együtt.</translation>
        </message>
        <message>
            <source>Press {confirm} (Ctrl+Shift+C). When credit control blocks the order, the window says why; the head of department can still approve it under {confirm_anyway}.</source>
            <translation>Nyomja meg: {confirm} (Ctrl+Shift+C). Ha a hitelellenőrzés letiltja a rendelést, az ablak megmondja, miért; az osztályvezető ennek ellenére jóváhagyhatja: {confirm_anyway}.</translation>
        </message>
        <message>
            <source>Press {held}: the next steps appear under {tasks} in {today}.</source>
            <translation>Nyomja meg: {held}; a következő lépések megjelennek itt: {today} › {tasks}.</translation>
        </message>
        <message>
            <source>Press {import_products} and choose your price list (Excel or CSV). Match the columns, correct the rows it lists as problems, then press {import}.</source>
            <translation>Nyomja meg: {import_products}, és válassza ki az árlistáját (Excel vagy CSV). Párosítsa az oszlopokat, javítsa a hibásként listázott sorokat, majd nyomja meg: {import}.</translation>
        </message>
        <message>
            <source>Press {new_meeting} or {new_call}, or double-click a free time in the week.</source>
            <translation>Nyomja meg: {new_meeting} vagy {new_call}, vagy kattintson duplán egy szabad időpontra a héten.</translation>
        </message>
        <message>
            <source>Press {preview} to see the PDF: nothing is issued yet.</source>
            <translation>Nyomja meg: {preview}, és megnézheti a PDF-et; ekkor még semmi sem kerül kiállításra.</translation>
        </message>
        <message>
            <source>Press {print_brief} to take the brief on paper.</source>
            <translation>Nyomja meg: {print_brief}, és papíron viheti a felkészülési lapot.</translation>
        </message>
        <message>
            <source>Press {print_week} for the week on one page, or {export_week} for the calendar of your phone.</source>
            <translation>Nyomja meg: {print_week} a hét egy oldalon való kinyomtatásához, vagy {export_week} a telefonja naptárához.</translation>
        </message>
        <message>
            <source>Press {print}, {save_as} or {email}: the document gets its number and is kept in the client's history.</source>
            <translation>Nyomja meg: {print}, {save_as} vagy {email}; a dokumentum sorszámot kap, és bekerül az ügyfél előzményeibe.</translation>
        </message>
        <message>
            <source>Press {reconciliation} for the statement of mutual settlements to sign with the client.</source>
            <translation>Nyomja meg: {reconciliation}; az egyenlegközlőt az ügyféllel együtt írják alá.</translation>
        </message>
        <message>
            <source>Press {record_payment} for money received, or {bank_statement} to read a bank statement.</source>
            <translation>Beérkezett pénzhez nyomja meg: {record_payment}, bankszámlakivonat beolvasásához pedig: {bank_statement}.</translation>
        </message>
        <message>
            <source>Press {save_draft} (Ctrl+Enter) to keep the draft.</source>
            <translation>A piszkozat megtartásához nyomja meg: {save_draft} (Ctrl+Enter).</translation>
        </message>
        <message>
            <source>Print a proposal or a contract package</source>
            <translation>Árajánlat vagy szerződéscsomag nyomtatása</translation>
        </message>
        <message>
            <source>Protect the laptop and its data</source>
            <translation>A laptop és az adatok védelme</translation>
        </message>
        <message>
            <source>Read how to address each person and in which language, and the client's figures: revenue, plan, what it owes.</source>
            <translation>Olvassa el, hogyan szólítsa meg az egyes résztvevőket és milyen nyelven, valamint az ügyfél számait: árbevétel, terv, tartozás.</translation>
        </message>
        <message>
            <source>Record a meeting's outcome</source>
            <translation>A találkozó eredményének rögzítése</translation>
        </message>
        <message>
            <source>Record each reminder, call or letter about a debt with {dunning}.</source>
            <translation>Minden tartozással kapcsolatos felszólítást, hívást vagy levelet rögzítsen: {dunning}.</translation>
        </message>
        <message>
            <source>Set up your company and the price list</source>
            <translation>A cég és az árlista beállítása</translation>
        </message>
        <message>
            <source>Share data with another laptop</source>
            <translation>Adatok megosztása egy másik laptoppal</translation>
        </message>
        <message>
            <source>Start the next step from the dossier: {dossier_order} or {dossier_meeting}.</source>
            <translation>A következő lépést indítsa az ügyféladatlapról: {dossier_order} vagy {dossier_meeting}.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Lépések</translation>
        </message>
        <message>
            <source>Take a key client's order yourself, by volume and by assortment. When the order is confirmed, credit control checks the client's limit and overdue invoices.</source>
            <translation>A kulcsügyfél rendelését vegye fel Ön, mennyiség és választék szerint is. A rendelés visszaigazolásakor a hitelellenőrzés megnézi az ügyfél hitelkeretét és lejárt számláit.</translation>
        </message>
        <message>
            <source>The bar at the top says how complete the dossier is and what is missing: fill it in before you meet the client.</source>
            <translation>A felső sáv mutatja, mennyire teljes az ügyféladatlap és mi hiányzik: töltse ki, mielőtt találkozik az ügyféllel.</translation>
        </message>
        <message>
            <source>The dossier holds everything you know about a client: the profile and strategy, the people and how they relate, competitors, terms and prices, and the whole history of meetings, orders and payments.</source>
            <translation>Az ügyféladatlap mindent tartalmaz, amit egy ügyfélről tud: a profilt és a stratégiát, az embereket és kapcsolataikat, a versenytársakat, a feltételeket és árakat, valamint a találkozók, rendelések és befizetések teljes előzményeit.</translation>
        </message>
        <message>
            <source>The laptop carries the team's clients, prices and debts to every client's site. Encrypt the database, keep backups, and let the window lock when you step away.</source>
            <translation>A laptop minden ügyfélhez magával viszi a csapat ügyfeleit, árait és kintlévőségeit. Titkosítsa az adatbázist, készítsen mentéseket, és hagyja, hogy az ablak zárolódjon, ha Ön elmegy a géptől.</translation>
        </message>
        <message>
            <source>The list beside the lines suggests what the client bought before and what others in its segment buy: double-click to add.</source>
            <translation>A sorok melletti lista javasolja, mit vett korábban az ügyfél és mit vesznek mások a szegmensében: dupla kattintással hozzáadhatja.</translation>
        </message>
        <message>
            <source>The readiness changes as you type and tick; a tick cannot stand in for what has to be filled in.</source>
            <translation>A felkészültség gépelés és bejelölés közben változik; a pipa nem helyettesíti azt, amit ki kell tölteni.</translation>
        </message>
        <message>
            <source>The team's rules travel with the data to every laptop; the language and the look are this laptop's own ({file} › {laptop}).</source>
            <translation>A csapat szabályai az adatokkal együtt minden laptopra eljutnak; a nyelv és a megjelenés az adott laptop saját beállítása ({file} › {laptop}).</translation>
        </message>
        <message>
            <source>Tick {keyring} so that kamdesk does not ask for the passphrase at every start.</source>
            <translation>Jelölje be ezt: {keyring}, és a kamdesk nem kéri a jelmondatot minden indításkor.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Tippek</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name, then Enter; then the quantity. The client's price column, special prices and promotions apply by themselves.</source>
            <translation>Írja be a cikkszámot vagy a terméknév egy részét, majd Enter, aztán a mennyiséget. Az ügyfél árkategóriája, egyedi árai és az akciók maguktól érvényesülnek.</translation>
        </message>
        <message>
            <source>Type the team's passphrase twice, choose where the file goes, and hand it over on a USB stick or by e-mail.</source>
            <translation>Írja be kétszer a csapat jelmondatát, válassza ki, hová kerüljön a fájl, és adja át pendrive-on vagy e-mailben.</translation>
        </message>
        <message>
            <source>Under {objections} prepare a calm answer to each thing the client holds against us: do not argue.</source>
            <translation>A {objections} résznél készítsen nyugodt választ mindenre, amit az ügyfél kifogásol nálunk: ne vitatkozzon.</translation>
        </message>
        <message>
            <source>Under {outcome} write the decisions, what the client said and the mood in the room.</source>
            <translation>Az {outcome} mezőbe írja be a döntéseket, amit az ügyfél mondott, és a hangulatot.</translation>
        </message>
        <message>
            <source>When both laptops changed the same thing, {conflicts} shows both values: choose the one to keep.</source>
            <translation>Ha mindkét laptop ugyanazt módosította, a {conflicts} mindkét értéket mutatja: válassza ki, melyik maradjon.</translation>
        </message>
        <message>
            <source>When the goods leave press {ship}, when the client has them {delivered}, then {invoice}. An issued invoice cannot be taken back.</source>
            <translation>Amikor az áru elindul, nyomja meg: {ship}; amikor az ügyfél megkapta: {delivered}; aztán: {invoice}. A kiállított számla nem vonható vissza.</translation>
        </message>
        <message>
            <source>Write down what came of a meeting or call while you remember it: the outcome goes into the client's history, and each agreed step becomes your task.</source>
            <translation>Rögzítse a találkozó vagy hívás eredményét, amíg emlékszik rá: az eredmény az ügyfél előzményeibe kerül, minden megbeszélt lépés pedig az Ön feladata lesz.</translation>
        </message>
        <message>
            <source>Write the {listening}: the questions to ask, in order. Ask, then listen; do not interrupt.</source>
            <translation>Írja meg: {listening}; a felteendő kérdések sorrendben. Kérdezzen, aztán hallgasson; ne vágjon közbe.</translation>
        </message>
        <message>
            <source>Write what the client answered to each question you had planned.</source>
            <translation>Írja be, mit válaszolt az ügyfél az egyes tervezett kérdésekre.</translation>
        </message>
        <message>
            <source>Your company's details, bank and logo come from {file} › {settings}; the client's from the dossier.</source>
            <translation>A cég adatai, bankja és logója innen jönnek: {file} › {settings}; az ügyfélé az ügyféladatlapról.</translation>
        </message>
        <message>
            <source>kamdesk works without a network. The team's laptops share their data through encrypted files: export one for a colleague, import the ones you receive.</source>
            <translation>A kamdesk hálózat nélkül működik. A csapat laptopjai titkosított fájlokon keresztül osztják meg az adataikat: exportáljon egyet a kollégának, és importálja, amit kap.</translation>
        </message>
        <message>
            <source>{duplicate} makes the same meeting a week later, with the same people and plan.</source>
            <translation>A {duplicate} ugyanezt a találkozót hozza létre egy héttel később, ugyanazokkal a résztvevőkkel és tervvel.</translation>
        </message>
        <message>
            <source>{file} › {backups} lists the backups kamdesk made before each upgrade and import; {back_up_now} makes one, for example on a USB stick, and {restore} puts one back.</source>
            <translation>A {file} › {backups} listázza a mentéseket, amelyeket a kamdesk minden frissítés és importálás előtt készített; a {back_up_now} újat készít, például pendrive-ra, a {restore} pedig visszaállít egyet.</translation>
        </message>
        <message>
            <source>{reports} › {key_clients} shows the shares of revenue, the ABC classes and how much the business depends on one client.</source>
            <translation>A {reports} › {key_clients} mutatja az árbevétel-részesedéseket, az ABC-osztályokat, és hogy a vállalkozás mennyire függ egyetlen ügyféltől.</translation>
        </message>
        <message>
            <source>{today} is your day on one page: meetings and calls, tasks due, birthdays, promotions ending and overdue invoices. {schedule} is your week of visits and calls.</source>
            <translation>A {today} a napja egy oldalon: találkozók és hívások, esedékes feladatok, születésnapok, lejáró akciók és lejárt számlák. Az {schedule} a hete, a látogatásokkal és hívásokkal.</translation>
        </message>
    </context>
    <context>
        <name>GuideAction</name>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Útmutató</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>No page has these words.</source>
            <translation>Egyik oldalon sincsenek ezek a szavak.</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Keresés az útmutatóban</translation>
        </message>
        <message>
            <source>kamdesk guide</source>
            <translation>kamdesk útmutató</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over</source>
            <translation>Átadás</translation>
        </message>
        <message>
            <source>Hand over the client</source>
            <translation>Az ügyfél átadása</translation>
        </message>
        <message>
            <source>Hand over to:</source>
            <translation>Átvevő KAM:</translation>
        </message>
        <message>
            <source>Hand {client} over to another key account manager. The lead KAM they replace keeps the client until their next sync with the team server, which sends their last changes first.</source>
            <translation>Adja át a(z) {client} ügyfelet egy másik kulcsügyfél-menedzsernek. A felváltott elsődleges KAM a csapat szerverével való következő szinkronizálásáig megtartja az ügyfelet; ez a szinkronizálás először elküldi az utolsó módosításait.</translation>
        </message>
        <message>
            <source>KAMs now:</source>
            <translation>Jelenlegi KAM-ok:</translation>
        </message>
        <message>
            <source>On the team server a handover is the manager's to make: one made here by a KAM is refused at their next sync.</source>
            <translation>A csapat szerverén az átadás a vezető feladata: ha itt egy KAM végzi el, a szerver a következő szinkronizálásakor elutasítja.</translation>
        </message>
        <message>
            <source>The client has the most KAMs it may have.</source>
            <translation>Az ügyfélnek már a megengedett legtöbb KAM-ja van.</translation>
        </message>
        <message>
            <source>as a co-KAM beside the others: nobody leaves</source>
            <translation>társ-KAM-ként a többiek mellé: senki sem távozik</translation>
        </message>
        <message>
            <source>as the lead KAM</source>
            <translation>elsődleges KAM-ként</translation>
        </message>
        <message>
            <source>as the lead KAM: {kam} leaves</source>
            <translation>elsődleges KAM-ként: {kam} távozik</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>senki</translation>
        </message>
        <message>
            <source>{kam} (lead)</source>
            <translation>{kam} (elsődleges)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n bejegyzés</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Hívások</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Panaszok</translation>
        </message>
        <message>
            <source>Contract {number}</source>
            <translation>{number} sz. szerződés</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Részletek</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Bizonylat</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Minden</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>{number} sz. számla</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Számlák</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Típus</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Találkozók</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>{number} sz. rendelés</translation>
        </message>
        <message>
            <source>Order {number} cancelled</source>
            <translation>{number} sz. rendelés sztornózva</translation>
        </message>
        <message>
            <source>Order {number} changed</source>
            <translation>{number} sz. rendelés módosítva</translation>
        </message>
        <message>
            <source>Order {number} confirmed</source>
            <translation>{number} sz. rendelés visszaigazolva</translation>
        </message>
        <message>
            <source>Order {number} confirmed past the credit block</source>
            <translation>{number} sz. rendelés visszaigazolva a szállítási tiltás felülbírálásával</translation>
        </message>
        <message>
            <source>Order {number} delivered</source>
            <translation>{number} sz. rendelés kiszállítva</translation>
        </message>
        <message>
            <source>Order {number} invoiced</source>
            <translation>{number} sz. rendelés számlázva</translation>
        </message>
        <message>
            <source>Order {number} revised</source>
            <translation>{number} sz. rendelés új változata</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>{number} sz. rendelés feladva</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Rendelések</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Befizetés</translation>
        </message>
        <message>
            <source>Payment {number}</source>
            <translation>Befizetés {number}</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Befizetések</translation>
        </message>
        <message>
            <source>Proposal {number}</source>
            <translation>{number} sz. árajánlat</translation>
        </message>
        <message>
            <source>Proposals and contracts</source>
            <translation>Árajánlatok és szerződések</translation>
        </message>
        <message>
            <source>Refused at delivery, order {number}</source>
            <translation>Átvételkor visszautasítva, {number} sz. rendelés</translation>
        </message>
        <message>
            <source>Return {number}</source>
            <translation>{number} sz. visszáru</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Visszáruk és visszautasítások</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Megjelenítés</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Feladatok</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>before invoice</source>
            <translation>számlázás előtt</translation>
        </message>
        <message>
            <source>call</source>
            <translation>hívás</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>elmaradt</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>panasz</translation>
        </message>
        <message>
            <source>credit note</source>
            <translation>jóváíró számla</translation>
        </message>
        <message>
            <source>document</source>
            <translation>dokumentum</translation>
        </message>
        <message>
            <source>done</source>
            <translation>kész</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>fizetési határidő: {day}</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>számla</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>kiállítva</translation>
        </message>
        <message>
            <source>line {no}: {quantity} ({why})</source>
            <translation>{no}. tétel: {quantity} ({why})</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>találkozó</translation>
        </message>
        <message>
            <source>open</source>
            <translation>nyitott</translation>
        </message>
        <message>
            <source>order</source>
            <translation>rendelés</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>befizetés</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>tervezett</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>megoldva</translation>
        </message>
        <message>
            <source>return</source>
            <translation>visszáru</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>új változat váltotta</translation>
        </message>
        <message>
            <source>task</source>
            <translation>feladat</translation>
        </message>
        <message>
            <source>valid until {day}</source>
            <translation>érvényes: {day}-ig</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation>Ez nem a jelmondat.</translation>
        </message>
        <message>
            <source>Unlock first: a window may hold unsaved changes.</source>
            <translation>Előbb oldja fel a zárolást: egy ablakban nem mentett módosítások lehetnek.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>* required. An empty price cell means the price column's percentage applies (and clears an explicit price the product had).</source>
            <translation>* kötelező. Üres árcella esetén az árkategória százaléka érvényes (és törli a termék korábbi egyedi árát).</translation>
        </message>
        <message>
            <source>A price column to load a file's column into</source>
            <translation>Árkategória, amelybe a fájl egy oszlopa betölthető</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Alapár</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategória</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Újraellenőrzés</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Válasszon .csv vagy .xlsx fájlt</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Válasszon fájlt, hogy lássa, mi kerülne importálásra.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Fájl kiválasztása…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Válassza ki az importálandó fájlt</translation>
        </message>
        <message>
            <source>Choose the missing columns on the left, or correct the headings.</source>
            <translation>Válassza ki balra a hiányzó oszlopokat, vagy javítsa az oszlopfejléceket.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Oszlop</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Oszlopok</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Leírás</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-munkafüzet (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the price list</source>
            <translation>Árlista exportálása</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fájl:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importálás</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Termékek importálása</translation>
        </message>
        <message>
            <source>Imported: %1 created, %2 updated, %3 explicit prices set, %4 cleared.</source>
            <translation>Importálva: %1 létrehozva, %2 frissítve, %3 egyedi ár beállítva, %4 törölve.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation>
                <numerusform>%n sor importálása…</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>Name of the price column (e.g. Wholesale):</source>
            <translation>Az árkategória neve (pl. Nagyker):</translation>
        </message>
        <message>
            <source>New price column</source>
            <translation>Új árkategória</translation>
        </message>
        <message>
            <source>New price column…</source>
            <translation>Új árkategória…</translation>
        </message>
        <message>
            <source>Not UTF-8: read as %1.</source>
            <translation>Nem UTF-8: %1 kódolással beolvasva.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Nincs importálva: %1</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>Ebből a fájlból semmi sem importálható.</translation>
        </message>
        <message>
            <source>Nothing to import: the catalogue already matches.</source>
            <translation>Nincs mit importálni: a termékkatalógus már egyezik.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems below are corrected.</source>
            <translation>Semmi sem kerül importálásra, amíg az alábbi hibákat nem javítják.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Előnézet</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Árlista</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>Ár: %1</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Hiba</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Hibák</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Hibák (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Hibák: nincs</translation>
        </message>
        <message>
            <source>Read the file again after correcting it in the spreadsheet</source>
            <translation>A fájl újraolvasása a táblázatban történt javítás után</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Sor</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Sorok a fájlban: %1.</translation>
        </message>
        <message>
            <source>Rows in the file: %1; the first %2 are shown.</source>
            <translation>Sorok a fájlban: %1; az első %2 látható.</translation>
        </message>
        <message>
            <source>Rows to correct: %1. Correct them in the spreadsheet, save it and press Check again.</source>
            <translation>Javítandó sorok: %1. Javítsa őket a táblázatban, mentse, majd nyomja meg az Újraellenőrzés gombot.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Cikkszám</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Táblázatok (*.xlsx *.csv);;Excel-munkafüzet (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>That price column no longer exists.</source>
            <translation>Ez az árkategória már nem létezik.</translation>
        </message>
        <message>
            <source>The file is correct: %1. Press Import to save.</source>
            <translation>A fájl hibátlan: %1. A mentéshez nyomja meg az Importálás gombot.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Mértékegység</translation>
        </message>
        <message>
            <source>VAT rate, %</source>
            <translation>Áfakulcs, %</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>és további %n</numerusform>
            </translation>
        </message>
        <message>
            <source>header</source>
            <translation>fejléc</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n change(s) could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</source>
            <translation>
                <numerusform>%n módosítást nem lehetett elküldeni: csak a vezetője alkalmazhatja (az ügyfél már nem az Öné, vagy a katalógust, az árakat, illetve a munkatársakat érinti).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent to the server.</source>
            <translation>
                <numerusform>%n változás elküldve a szerverre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: see Conflicts to resolve.</source>
            <translation>
                <numerusform>%n ütközés feloldandó: lásd Feloldandó ütközések.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added here: {kinds}.</source>
            <translation>Új ezen a laptopon: {kinds}.</translation>
        </message>
        <message>
            <source>Added: {kinds}.</source>
            <translation>Új: {kinds}.</translation>
        </message>
        <message>
            <source>Changed here: {kinds}.</source>
            <translation>Módosítva ezen a laptopon: {kinds}.</translation>
        </message>
        <message>
            <source>Changed: {kinds}.</source>
            <translation>Módosítva: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted here: {kinds}.</source>
            <translation>Törölve ezen a laptopon: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted: {kinds}.</source>
            <translation>Törölve: {kinds}.</translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>Nincs újdonság a csapattól.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already had all the file holds.</source>
            <translation>Nincs újdonság: ezen a laptopon már megvan minden, amit a fájl tartalmaz.</translation>
        </message>
    </context>
    <context>
        <name>KeyClientTableModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation>A: a legnagyobb ügyfelek árbevétel szerint; C: a legkisebbek</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Halmozott</translation>
        </message>
        <message>
            <source>Estimated spend of the client minus what it buys from us</source>
            <translation>Az ügyfél becsült költése, levonva, amit tőlünk vásárol</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Kulcsügyfél</translation>
        </message>
        <message>
            <source>Key reasons</source>
            <translation>Indokok</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potenciál</translation>
        </message>
        <message>
            <source>Rank by revenue</source>
            <translation>Helyezés árbevétel szerint</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Árbevétel</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Árbevétel, {currency}</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Részesedés</translation>
        </message>
        <message>
            <source>The client's share of all revenue</source>
            <translation>Az ügyfél részesedése a teljes árbevételből</translation>
        </message>
        <message>
            <source>The share of this client and all above it together</source>
            <translation>Ennek az ügyfélnek és a fölötte állóknak együttes részesedése</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritikus</translation>
        </message>
        <message>
            <source>innovator</source>
            <translation>innovátor</translation>
        </message>
        <message>
            <source>key</source>
            <translation>kulcsügyfél</translation>
        </message>
        <message>
            <source>mono-client</source>
            <translation>egyetlen ügyféltől függő</translation>
        </message>
        <message>
            <source>more competent</source>
            <translation>nálunk hozzáértőbb</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partner</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>potenciál</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>árbevétel</translation>
        </message>
    </context>
    <context>
        <name>LaptopDialog</name>
        <message numerus="yes">
            <source>%n idle minute(s)</source>
            <translation>
                <numerusform>%n perc tétlenség után</numerusform>
            </translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Megjelenés</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>A rendszer szerint</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sötét</translation>
        </message>
        <message>
            <source>For an encrypted database: the window hides its data until the passphrase is given again.</source>
            <translation>Titkosított adatbázis esetén: az ablak elrejti az adatokat, amíg újra meg nem adják a jelmondatot.</translation>
        </message>
        <message>
            <source>How the team's sync files name this laptop, and the series of the numbers it gives orders, invoices, returns and documents, so that two laptops never give the same number. Numbers already given keep theirs.</source>
            <translation>Ahogyan a csapat szinkronizálási fájljai ezt a laptopot nevezik, valamint a sorszámtartomány, amelyből a rendelések, számlák, visszáruk és dokumentumok sorszámot kapnak, hogy két laptop soha ne adjon azonos sorszámot. A már kiadott sorszámok nem változnak.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Világos</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Zárolás</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>New orders are numbered like {number}</source>
            <translation>Az új rendelések sorszáma ilyen lesz: {number}</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Sorszámtartomány</translation>
        </message>
        <message>
            <source>The interface shows the new language the next time kamdesk starts.</source>
            <translation>A kezelőfelület a kamdesk következő indításakor jelenik meg az új nyelven.</translation>
        </message>
        <message>
            <source>The manager's laptop, say: its price list, promotions, team rules and company profile win when another laptop changed them at the same time.</source>
            <translation>Például a vezető laptopja: az árlistája, akciói, csapatszabályai és cégadatai érvényesülnek, ha egy másik laptop ugyanakkor módosította őket.</translation>
        </message>
        <message>
            <source>This database has no laptop identity yet: open it in kamdesk.</source>
            <translation>Ennek az adatbázisnak még nincs laptopazonosítója: nyissa meg a kamdeskben.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Ez a laptop</translation>
        </message>
        <message>
            <source>This laptop is the team's hub</source>
            <translation>Ez a laptop a csapat központja</translation>
        </message>
        <message>
            <source>e.g. Anna's laptop</source>
            <translation>pl. Anna laptopja</translation>
        </message>
        <message>
            <source>kamdesk shows the new appearance the next time it starts.</source>
            <translation>Az új megjelenés a kamdesk következő indításakor lép életbe.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>soha</translation>
        </message>
    </context>
    <context>
        <name>LeaveNotice</name>
        <message>
            <source>Dismiss</source>
            <translation>Elvetés</translation>
        </message>
        <message>
            <source>Open meeting</source>
            <translation>Találkozó megnyitása</translation>
        </message>
    </context>
    <context>
        <name>LeaveReminder</name>
        <message numerus="yes">
            <source>(travel %n min)</source>
            <translation>
                <numerusform>(utazás %n perc)</numerusform>
            </translation>
        </message>
        <message>
            <source>Call at {time} — {subject}</source>
            <translation>Hívás: {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Call in %n min</source>
            <translation>
                <numerusform>Hívás %n perc múlva</numerusform>
            </translation>
        </message>
        <message>
            <source>Call {client} at {time} — {subject}</source>
            <translation>Hívja fel: {client}, {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting at {time} — {subject}</source>
            <translation>Csatlakozzon a megbeszéléshez: {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting with {client} at {time} — {subject}</source>
            <translation>Csatlakozzon a megbeszéléshez: {client}, {time} — {subject}</translation>
        </message>
        <message>
            <source>Leave now for {client} — {subject} at {time}</source>
            <translation>Induljon most: {client} — {subject}, {time}</translation>
        </message>
        <message>
            <source>Leave now — {subject} at {time}</source>
            <translation>Induljon most: {subject}, {time}</translation>
        </message>
        <message>
            <source>Meeting at {time} — {subject}</source>
            <translation>Találkozó: {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Meeting in %n min</source>
            <translation>
                <numerusform>Találkozó %n perc múlva</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting with {client} at {time} — {subject}</source>
            <translation>Találkozó: {client}, {time} — {subject}</translation>
        </message>
        <message>
            <source>Time to leave</source>
            <translation>Ideje indulni</translation>
        </message>
        <message numerus="yes">
            <source>Video meeting in %n min</source>
            <translation>
                <numerusform>Videós megbeszélés %n perc múlva</numerusform>
            </translation>
        </message>
        <message>
            <source>kamdesk needs you: unlock it to see a reminder.</source>
            <translation>A kamdesk figyelmét kéri: oldja fel a zárolást az emlékeztető megtekintéséhez.</translation>
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
        <message>
            <source>Allocations of the payment selected</source>
            <translation>A kijelölt befizetés párosításai</translation>
        </message>
        <message>
            <source>Balance {balance} · open on invoices {open} · overdue {overdue} · credit {credit}</source>
            <translation>Egyenleg {balance} · számlákon nyitott {open} · lejárt {overdue} · túlfizetés {credit}</translation>
        </message>
        <message>
            <source>Choose a client above to see its invoices, payments and dunning steps.</source>
            <translation>Válasszon fent egy ügyfelet a számlái, befizetései és felszólítási lépései megtekintéséhez.</translation>
        </message>
        <message numerus="yes">
            <source>Dunning (%n)</source>
            <translation>
                <numerusform>Felszólítások (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invoices (%n)</source>
            <translation>
                <numerusform>Számlák (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No dunning steps: “Dunning step…” records a reminder, a call or a block.</source>
            <translation>Nincs felszólítási lépés: a „Felszólítási lépés…” rögzít egy fizetési felszólítást, hívást vagy szállítási tiltást.</translation>
        </message>
        <message>
            <source>No invoices for this client yet.</source>
            <translation>Ennek az ügyfélnek még nincs számlája.</translation>
        </message>
        <message>
            <source>No payments from this client yet: “Record payment…” enters one by hand, “Import bank statement…” reads them from the bank.</source>
            <translation>Ettől az ügyféltől még nincs befizetés: a „Befizetés rögzítése…” kézzel rögzít egyet, a „Bankszámlakivonat importálása…” a bank adataiból olvassa be őket.</translation>
        </message>
        <message numerus="yes">
            <source>Payments (%n)</source>
            <translation>
                <numerusform>Befizetések (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListSection</name>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>kamdesk is locked</source>
            <translation>A kamdesk zárolva van</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>It was left alone for a while. Enter the database's passphrase to go on.</source>
            <translation>Egy ideje felügyelet nélkül maradt. A folytatáshoz adja meg az adatbázis jelmondatát.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Jelmondat</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Feloldás</translation>
        </message>
        <message>
            <source>kamdesk is locked</source>
            <translation>A kamdesk zárolva van</translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Leállítás…</translation>
        </message>
    </context>
    <context>
        <name>LossTableModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>% of shipped</source>
            <translation>A kiszállított %-a</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Esetek</translation>
        </message>
        <message>
            <source>Lines refused at delivery and lines returned</source>
            <translation>Átvételkor visszautasított és visszaküldött tételek</translation>
        </message>
        <message>
            <source>Lost value as a share of everything shipped in the period</source>
            <translation>Elveszett érték az időszakban kiszállított összes érték arányában</translation>
        </message>
        <message>
            <source>Lost value as a share of what was shipped to it in the period</source>
            <translation>Elveszett érték az időszakban neki kiszállított érték arányában</translation>
        </message>
        <message>
            <source>Lost, net</source>
            <translation>Elveszett, nettó</translation>
        </message>
        <message>
            <source>Net value shipped on orders delivered in the period</source>
            <translation>Az időszakban átvett rendeléseken kiszállított nettó érték</translation>
        </message>
        <message>
            <source>Nothing was shipped to it in the period</source>
            <translation>Az időszakban semmi sem volt neki kiszállítva</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Ok</translation>
        </message>
        <message>
            <source>Refused, net</source>
            <translation>Visszautasítva, nettó</translation>
        </message>
        <message>
            <source>Returned, net</source>
            <translation>Visszaküldve, nettó</translation>
        </message>
        <message>
            <source>Shipped, net</source>
            <translation>Kiszállítva, nettó</translation>
        </message>
        <message>
            <source>Shipped, net {currency}</source>
            <translation>Kiszállítva, nettó {currency}</translation>
        </message>
    </context>
    <context>
        <name>LossesReport</name>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln esemény</numerusform>
            </translation>
        </message>
        <message>
            <source>(&lt;b&gt;{share}&lt;/b&gt; of shipped)</source>
            <translation>(a kiszállított &lt;b&gt;{share}&lt;/b&gt; része)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Returns and refusals&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Visszáruk és visszautasítások&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each delivery's and return's date.</source>
            <translation>Összegek {currency} pénznemben, az egyes kiszállítások és visszáruk dátumának árfolyamán.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Csoportosítás</translation>
        </message>
        <message>
            <source>Nothing shipped, refused or returned from {start} to {end}.</source>
            <translation>{start} és {end} között semmi sem volt kiszállítva, visszautasítva vagy visszaküldve.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Ok</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT)</source>
            <translation>Kiszállítva: &lt;b&gt;{amount}&lt;/b&gt; (áfa nélkül)</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT) from {start} to {end}: nothing refused or returned.</source>
            <translation>Kiszállítva: &lt;b&gt;{amount}&lt;/b&gt; (áfa nélkül) {start} és {end} között: semmi sem volt visszautasítva vagy visszaküldve.</translation>
        </message>
        <message>
            <source>What the clients refused at delivery and sent back, against what was shipped</source>
            <translation>Amit az ügyfelek átvételkor visszautasítottak és visszaküldtek, a kiszállítotthoz képest</translation>
        </message>
        <message>
            <source>lost &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>elveszett: &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>refused &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>visszautasítva: &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>returned &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>visszaküldve: &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n feloldandó ütközés</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About kamdesk</source>
            <translation>A kamdesk &amp;névjegye</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Biztonsági mentések…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>S&amp;zerkesztés</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Titkosítás…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fájl</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>Ügyfél &amp;keresése</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Súgó</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Billentyűparancsok</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Kilépés</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Beállítások…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Ügyfelek</translation>
        </message>
        <message>
            <source>E&amp;xchange rates…</source>
            <translation>&amp;Árfolyamok…</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Rendelések</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Termékek</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Kész</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Kintlévőségek</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Kimutatások</translation>
        </message>
        <message>
            <source>Sales &amp;rules…</source>
            <translation>Értékesítési &amp;szabályok…</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Ütemterv</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Szinkronizálás</translation>
        </message>
        <message>
            <source>This &amp;laptop…</source>
            <translation>Ez a &amp;laptop…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Ma</translation>
        </message>
        <message>
            <source>kamdesk — {name}</source>
            <translation>kamdesk — {name}</translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <source>A copy, a week later: check the day and time, then save.</source>
            <translation>Másolat, egy héttel később: ellenőrizze a napot és az időpontot, majd mentsen.</translation>
        </message>
        <message>
            <source>Brief {name}.pdf</source>
            <translation>Felkészülési lap {name}.pdf</translation>
        </message>
        <message>
            <source>Brief: {name}</source>
            <translation>Felkészülési lap: {name}</translation>
        </message>
        <message>
            <source>Calendar file saved: {path}</source>
            <translation>Naptárfájl mentve: {path}</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Naptárfájlok (*.ics)</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Először válassza ki az ügyfelet.</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>A(z) {path} nem írható: {why}</translation>
        </message>
        <message>
            <source>Delete a repeating meeting</source>
            <translation>Ismétlődő találkozó törlése</translation>
        </message>
        <message>
            <source>Delete call</source>
            <translation>Hívás törlése</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Találkozó törlése</translation>
        </message>
        <message>
            <source>Delete objection</source>
            <translation>Kifogás törlése</translation>
        </message>
        <message>
            <source>Delete the call “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>Törli a(z) „{subject}” hívást ({day}), a tervével, kérdéseivel és jegyzeteivel együtt?</translation>
        </message>
        <message>
            <source>Delete the meeting “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>Törli a(z) „{subject}” találkozót ({day}), a tervével, kérdéseivel és jegyzeteivel együtt?</translation>
        </message>
        <message>
            <source>Delete the objection “{text}”? If the client no longer holds it, mark it Settled instead: it stays in the client's history.</source>
            <translation>Törli a(z) „{text}” kifogást? Ha az ügyfél már nem tartja fenn, inkább jelölje Rendezettnek: így megmarad az ügyfél előzményeiben.</translation>
        </message>
        <message>
            <source>Export .ics</source>
            <translation>.ics exportálása</translation>
        </message>
        <message>
            <source>Print brief</source>
            <translation>Felkészülési lap nyomtatása</translation>
        </message>
        <message>
            <source>Save the calendar file as</source>
            <translation>Naptárfájl mentése másként</translation>
        </message>
        <message>
            <source>Save the draft order: it becomes this meeting's offer.</source>
            <translation>Mentse a rendelés-piszkozatot: ez lesz a találkozó ajánlata.</translation>
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation>Ez a kapcsolattartó már nem létezik.</translation>
        </message>
        <message>
            <source>The brief is in the preview: print or save it from there.</source>
            <translation>A felkészülési lap az előnézetben van: onnan nyomtassa ki vagy mentse.</translation>
        </message>
        <message numerus="yes">
            <source>The draft order starts with the %n product(s) on the agenda: set the quantities and save it; it becomes this meeting's offer.</source>
            <translation>
                <numerusform>A rendelés-piszkozat a napirenden lévő %n termékkel indul: adja meg a mennyiségeket, és mentse; ez lesz a találkozó ajánlata.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new draft order is chosen as the offer: save to keep it.</source>
            <translation>Az új rendelés-piszkozat lett kiválasztva ajánlatként: a megtartásához mentsen.</translation>
        </message>
        <message>
            <source>This and the following</source>
            <translation>Ezt és a következőket</translation>
        </message>
        <message>
            <source>This meeting repeats. Delete only this one, or this and the following?</source>
            <translation>Ez a találkozó ismétlődik. Csak ezt törli, vagy ezt és a következőket?</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Csak ezt</translation>
        </message>
    </context>
    <context>
        <name>MeetingRow</name>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n perc utazás</numerusform>
            </translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation>(nincs ügyfél)</translation>
        </message>
        <message>
            <source>CALL AT {time}</source>
            <translation>HÍVÁS {time}-KOR</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>ELMARADT</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Hívás</translation>
        </message>
        <message>
            <source>Double-click to open the meeting.</source>
            <translation>Kattintson duplán a találkozó megnyitásához.</translation>
        </message>
        <message>
            <source>HELD</source>
            <translation>MEGTARTVA</translation>
        </message>
        <message>
            <source>JOIN AT {time}</source>
            <translation>CSATLAKOZÁS {time}-KOR</translation>
        </message>
        <message>
            <source>LEAVE BY {time}</source>
            <translation>INDULÁS LEGKÉSŐBB {time}</translation>
        </message>
        <message>
            <source>LEAVE NOW ({time})</source>
            <translation>INDULJON MOST ({time})</translation>
        </message>
        <message>
            <source>Meeting on site</source>
            <translation>Személyes találkozó</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Most</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>A találkozó megnyitása</translation>
        </message>
        <message>
            <source>Readiness {score} of 100</source>
            <translation>Felkészültség: {score} / 100</translation>
        </message>
        <message>
            <source>Video or phone</source>
            <translation>Videó vagy telefon</translation>
        </message>
        <message>
            <source>Weakest:</source>
            <translation>Leggyengébb:</translation>
        </message>
        <message>
            <source>no travel time set</source>
            <translation>nincs megadva utazási idő</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>felkészült</translation>
        </message>
        <message>
            <source>with {people}</source>
            <translation>résztvevők: {people}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ and %n more clash(es)</source>
            <translation>
                <numerusform>⚠ és még %n ütközés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingSave</name>
        <message>
            <source>Agenda</source>
            <translation>Napirend</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Válasz a(z) {n}. kérdésre</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Résztvevők</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Időtartam</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Célok</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Előre felmért igények</translation>
        </message>
        <message>
            <source>Objection “{text}”</source>
            <translation>Kifogás: „{text}”</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Eredmény</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Napirenden lévő termékek</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>{n}. kérdés</translation>
        </message>
        <message>
            <source>Response to the complaint “{s}”</source>
            <translation>Válasz a panaszra: „{s}”</translation>
        </message>
        <message>
            <source>Response to “{text}”</source>
            <translation>Válasz erre: „{text}”</translation>
        </message>
        <message>
            <source>Status of “{text}”</source>
            <translation>Állapot: „{text}”</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>Az ajánlat</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Utazás</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>A new meeting like this one, a week later: same client, people and plan</source>
            <translation>Ehhez hasonló új találkozó egy héttel később: ugyanaz az ügyfél, résztvevők és terv</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>A találkozó után</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Hívás</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Elmaradt</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Elmaradt.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Törlés…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Részletek</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Másolat készítése</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>.ics exportálása…</translation>
        </message>
        <message>
            <source>Held: the outcome is recorded and the next steps are tasks.</source>
            <translation>Megtartva: az eredmény rögzítve, a következő lépésekből feladatok lettek.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Új találkozó</translation>
        </message>
        <message>
            <source>Not saved: an objection has no text.</source>
            <translation>Nincs mentve: az egyik kifogásnak nincs szövege.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nincs mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet held</source>
            <translation>Még nem tartották meg</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Felkészülés</translation>
        </message>
        <message>
            <source>Preparation · {score}</source>
            <translation>Felkészülés · {score}</translation>
        </message>
        <message>
            <source>Print brief…</source>
            <translation>Felkészülési lap nyomtatása…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Mentés</translation>
        </message>
        <message>
            <source>Save the meeting first.</source>
            <translation>Előbb mentse a találkozót.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Mentve.</translation>
        </message>
        <message>
            <source>Saved. The Preparation page shows what is still missing.</source>
            <translation>Mentve. A Felkészülés oldal mutatja, mi hiányzik még.</translation>
        </message>
        <message>
            <source>Say why it was cancelled.</source>
            <translation>Adja meg, miért maradt el.</translation>
        </message>
        <message>
            <source>This meeting has changes that are not saved. Save them?</source>
            <translation>A találkozónak nem mentett módosításai vannak. Menti őket?</translation>
        </message>
        <message>
            <source>This meeting starts {when}: it has not taken place yet. Record it as held anyway?</source>
            <translation>A találkozó még nem zajlott le (kezdés: {when}). Mégis rögzíti megtartottként?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nem mentett módosítások</translation>
        </message>
        <message>
            <source>Why was it cancelled? (kept as the meeting's outcome)</source>
            <translation>Miért maradt el? (a találkozó eredményeként megőrizve)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>új</translation>
        </message>
    </context>
    <context>
        <name>MeetingsBlock</name>
        <message>
            <source>No meetings today.</source>
            <translation>Ma nincs találkozó.</translation>
        </message>
        <message>
            <source>Today's meetings and calls</source>
            <translation>Mai találkozók és hívások</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more today: see the week.</source>
            <translation>
                <numerusform>… és ma még %n: lásd a hetet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectionCard</name>
        <message>
            <source>Delete…</source>
            <translation>Törlés…</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Rendezve</translation>
        </message>
        <message>
            <source>The client no longer holds this objection</source>
            <translation>Az ügyfél már nem tartja fenn ezt a kifogást</translation>
        </message>
        <message>
            <source>What the client objects to (in their words)</source>
            <translation>Mit kifogásol az ügyfél (az ő szavaival)</translation>
        </message>
        <message>
            <source>Your prepared response: agree with what is right, then answer with facts</source>
            <translation>Az Ön előkészített válasza: ismerje el, ami jogos, majd feleljen tényekkel</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>még nincs mentve</translation>
        </message>
        <message>
            <source>raised {day}</source>
            <translation>felmerült: {day}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Add an objection</source>
            <translation>Kifogás hozzáadása</translation>
        </message>
        <message>
            <source>No objections recorded. Which ones can you expect? Add them with a response.</source>
            <translation>Nincs rögzített kifogás. Milyenekre számíthat? Vegye fel őket válasszal együtt.</translation>
        </message>
        <message>
            <source>Write what the client objects to, or delete this one.</source>
            <translation>Írja le, mit kifogásol az ügyfél, vagy törölje ezt.</translation>
        </message>
    </context>
    <context>
        <name>OrderActions</name>
        <message>
            <source>A confirmed order is changed by a new revision: a draft copy to edit and confirm again, while this one is cancelled. Why does it change?</source>
            <translation>A visszaigazolt rendelés új változattal módosítható: ez egy szerkeszthető, újra visszaigazolandó piszkozatmásolat, a mostani rendelés pedig sztornózásra kerül. Miért változik?</translation>
        </message>
        <message>
            <source>An issued invoice cannot be taken back; a mistake is corrected by a return.</source>
            <translation>A kiállított számla nem vonható vissza; a hibát visszáru rendezi.</translation>
        </message>
        <message>
            <source>Cancel order {number}</source>
            <translation>A(z) {number} sz. rendelés sztornózása</translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>A rendelés sztornózása</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Először válassza ki az ügyfelet.</translation>
        </message>
        <message>
            <source>Issue an invoice</source>
            <translation>Számla kiállítása</translation>
        </message>
        <message>
            <source>Issue invoice</source>
            <translation>Számla kiállítása</translation>
        </message>
        <message>
            <source>Issue invoice {number} for {amount}?</source>
            <translation>Kiállítja a(z) {number} sz. számlát {amount} összegben?</translation>
        </message>
        <message>
            <source>Line {n}, {product}: {off} % off is more than the {max} % this client may have. Who approved it, and why? It is stored on the line.</source>
            <translation>{n}. tétel, {product}: a(z) {off} % kedvezmény több, mint az ügyfélnek adható {max} %. Ki hagyta jóvá, és miért? A tételnél tároljuk.</translation>
        </message>
        <message>
            <source>Make the new revision</source>
            <translation>Új változat készítése</translation>
        </message>
        <message>
            <source>New revision of {number}</source>
            <translation>A(z) {number} új változata</translation>
        </message>
        <message>
            <source>Remove a line</source>
            <translation>Tétel törlése</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Tétel törlése</translation>
        </message>
        <message>
            <source>Remove line {n}, {product}?</source>
            <translation>Törli a(z) {n}. tételt ({product})?</translation>
        </message>
        <message>
            <source>Why is the order cancelled? The reason goes into the client's history.</source>
            <translation>Miért kerül sztornózásra a rendelés? Az ok bekerül az ügyfél előzményeibe.</translation>
        </message>
    </context>
    <context>
        <name>OrderConflicts</name>
        <message>
            <source>(deleted)</source>
            <translation>(törölve)</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Szállítási határidő</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>{n}. tétel</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Megjegyzések</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Rendelés dátuma</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}</source>
            <translation>{qty} × {sku}, {price} áron</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}, {d} % off</source>
            <translation>{qty} × {sku}, {price} áron, {d} % kedvezménnyel</translation>
        </message>
    </context>
    <context>
        <name>OrderHeader</name>
        <message>
            <source>Choose the client: its price column and terms price the lines.</source>
            <translation>Válassza ki az ügyfelet: az árkategóriája és feltételei alapján árazódnak a tételek.</translation>
        </message>
        <message>
            <source>Confirmed past the credit block by {who}: {why}</source>
            <translation>A szállítási tiltás ellenére visszaigazolta: {who} — {why}</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Szállítás</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>{number} sz. számla</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Új rendelés</translation>
        </message>
        <message>
            <source>No price column: base prices</source>
            <translation>Nincs árkategória: alapárak</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Megjegyzések</translation>
        </message>
        <message>
            <source>Notes for this order (delivery, packing, contact)</source>
            <translation>Megjegyzések a rendeléshez (szállítás, csomagolás, kapcsolattartó)</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Rendelés dátuma</translation>
        </message>
        <message>
            <source>Price column: {name}</source>
            <translation>Árkategória: {name}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation>Helyette: {number}</translation>
        </message>
        <message>
            <source>Revision {n}, replaces {number}</source>
            <translation>{n}. változat, a(z) {number} helyett</translation>
        </message>
        <message>
            <source>credit limit {limit}</source>
            <translation>hitelkeret {limit}</translation>
        </message>
        <message>
            <source>discount up to {pct} %</source>
            <translation>kedvezmény legfeljebb {pct} %</translation>
        </message>
        <message>
            <source>no credit limit</source>
            <translation>nincs hitelkeret</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nincs megadva</translation>
        </message>
        <message numerus="yes">
            <source>pays in %n day(s)</source>
            <translation>
                <numerusform>fizetési határidő %n nap</numerusform>
            </translation>
        </message>
        <message>
            <source>segment {segment}</source>
            <translation>szegmens: {segment}</translation>
        </message>
    </context>
    <context>
        <name>OrderLinesModel</name>
        <message>
            <source>Approved by {who}: {why}</source>
            <translation>Jóváhagyta: {who}: {why}</translation>
        </message>
        <message>
            <source>Choose a product.</source>
            <translation>Válasszon terméket.</translation>
        </message>
        <message>
            <source>Disc %</source>
            <translation>Kedv. %</translation>
        </message>
        <message>
            <source>Discount off the price, %</source>
            <translation>Kedvezmény az árból, %</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Bruttó</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Nettó</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Ár</translation>
        </message>
        <message>
            <source>Price from</source>
            <translation>Ár forrása</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menny.</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Mennyiség</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Visszautasítva</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Visszaküldve</translation>
        </message>
        <message>
            <source>Saved at {saved}; the price rules now give {price}: {why}</source>
            <translation>Mentve {saved} áron; az árszabályok szerint most {price}: {why}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Kiszállítva</translation>
        </message>
        <message>
            <source>That product no longer exists.</source>
            <translation>Ez a termék már nem létezik.</translation>
        </message>
        <message>
            <source>Type an SKU or a name to add a line…</source>
            <translation>Tétel hozzáadásához írjon be cikkszámot vagy nevet…</translation>
        </message>
        <message>
            <source>Typed by hand; the price rules give {price}: {why}</source>
            <translation>Kézzel beírva; az árszabályok szerint {price}: {why}</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Me.</translation>
        </message>
        <message>
            <source>Unknown product: no SKU or name matches “{text}”.</source>
            <translation>Ismeretlen termék: egyetlen cikkszám vagy név sem felel meg ennek: „{text}”.</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Áfa</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>Áfa %</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Áfakulcs</translation>
        </message>
        <message>
            <source>Which price the line got and why</source>
            <translation>Milyen árat kapott a tétel, és miért</translation>
        </message>
        <message>
            <source>approved by {who}</source>
            <translation>jóváhagyta: {who}</translation>
        </message>
        <message>
            <source>{name} column</source>
            <translation>{name} árkategória</translation>
        </message>
        <message>
            <source>“{text}” is ambiguous (thousands or decimals?): write it without a thousands separator, such as 1500 or {example}.</source>
            <translation>A(z) „{text}” nem egyértelmű (ezres tagolás vagy tizedes?): írja ezres elválasztó nélkül, pl. 1500 vagy {example}.</translation>
        </message>
        <message>
            <source>“{text}” is not a number: type digits such as 12 or {example}.</source>
            <translation>A(z) „{text}” nem szám: írjon számjegyeket, pl. 12 vagy {example}.</translation>
        </message>
        <message>
            <source>“{text}” matches several products: choose one from the list.</source>
            <translation>„{text}” több terméknek is megfelel: válasszon egyet a listából.</translation>
        </message>
    </context>
    <context>
        <name>OrderSide</name>
        <message numerus="yes">
            <source>%n order(s), last on {day}</source>
            <translation>
                <numerusform>%n rendelés, utoljára: {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Javaslatok&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All lines</source>
            <translation>Minden tétel</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <source>Bought in the last 12 months</source>
            <translation>Az elmúlt 12 hónapban vásárolt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Sztornózva</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Módosítva</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Visszaigazolva</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Létrehozva</translation>
        </message>
        <message>
            <source>Credit block overridden</source>
            <translation>Szállítási tiltás felülbírálva</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Átvéve</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Részletek</translation>
        </message>
        <message>
            <source>Double-click to add to the order.</source>
            <translation>Dupla kattintással a rendeléshez adhatja.</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>{number} sz. számla</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Számlázva</translation>
        </message>
        <message>
            <source>Line {no}: {quantity} refused ({why})</source>
            <translation>{no}. tétel: {quantity} visszautasítva ({why})</translation>
        </message>
        <message>
            <source>Not shipped, so not delivered: {lines}</source>
            <translation>Nem lett feladva, így nincs kiszállítva: {lines}</translation>
        </message>
        <message>
            <source>Nothing to suggest.</source>
            <translation>Nincs javaslat.</translation>
        </message>
        <message>
            <source>Others in its segment buy (no segment recorded)</source>
            <translation>A szegmensében mások veszik (nincs rögzített szegmens)</translation>
        </message>
        <message>
            <source>Others in its segment buy, this client never did</source>
            <translation>A szegmensében mások veszik, ez az ügyfél soha</translation>
        </message>
        <message>
            <source>Others in {segment} buy, this client never did</source>
            <translation>A(z) {segment} szegmensben mások veszik, ez az ügyfél soha</translation>
        </message>
        <message>
            <source>Refused at delivery</source>
            <translation>Átvételkor visszautasítva</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Visszaküldve</translation>
        </message>
        <message>
            <source>Revised</source>
            <translation>Új változat</translation>
        </message>
        <message>
            <source>Revision {no} of {number}: {reason}</source>
            <translation>{number} {no}. változata: {reason}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Kiszállítva</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Lépés</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Mikor</translation>
        </message>
        <message numerus="yes">
            <source>bought by %n other client(s) of the segment</source>
            <translation>
                <numerusform>a szegmens %n másik ügyfele vásárolja</numerusform>
            </translation>
        </message>
        <message>
            <source>line {no} ({quantity})</source>
            <translation>{no}. tétel ({quantity})</translation>
        </message>
        <message>
            <source>line {no}: {quantity}</source>
            <translation>{no}. tétel: {quantity}</translation>
        </message>
        <message>
            <source>line {no}: {quantity}, {left} to follow</source>
            <translation>{no}. tétel: {quantity}, {left} később</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Lines fixed, not saved yet: Ctrl+Enter saves the order.</source>
            <translation>A tételek javítva, de még nincsenek mentve: a Ctrl+Enter menti a rendelést.</translation>
        </message>
        <message>
            <source>Not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Még nincs mentve: a Ctrl+Enter menti a rendelést.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n line(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Nincs mentve: %n javítandó tétel, pirossal jelölve.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} saved.</source>
            <translation>A(z) {number} sz. rendelés mentve.</translation>
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Tételek</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Sorszám</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Rendelés dátuma</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>The order's total with VAT</source>
            <translation>A rendelés végösszege áfával</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Összesen</translation>
        </message>
    </context>
    <context>
        <name>OrderVat</name>
        <message>
            <source>VAT: {regime}{rates} - {reason}</source>
            <translation>Áfa: {regime}{rates} – {reason}</translation>
        </message>
        <message>
            <source>a client in {country}, where the company is registered for VAT: {country}'s rates</source>
            <translation>ügyfél itt: {country}, ahol a cég áfaregisztrációval rendelkezik: {country} kulcsai</translation>
        </message>
        <message>
            <source>a client in {country}: the product's rate</source>
            <translation>ügyfél itt: {country}; a termék áfakulcsa</translation>
        </message>
        <message>
            <source>a sale from Russia into the EAEU ({country})</source>
            <translation>értékesítés Oroszországból az EAGU-ba ({country})</translation>
        </message>
        <message>
            <source>an export from {supplier} to {country}</source>
            <translation>export innen: {supplier}, ide: {country}</translation>
        </message>
        <message>
            <source>goods to a business in {country} with a valid VAT number</source>
            <translation>termék érvényes közösségi adószámú vállalkozásnak itt: {country}</translation>
        </message>
        <message>
            <source>no valid VAT number in {country}: {supplier}'s rate applies</source>
            <translation>nincs érvényes közösségi adószám ({country}): a(z) {supplier} kulcsa érvényes</translation>
        </message>
        <message>
            <source>services to a business in {country}</source>
            <translation>szolgáltatás vállalkozásnak itt: {country}</translation>
        </message>
        <message>
            <source>set on the client</source>
            <translation>az ügyfélnél beállítva</translation>
        </message>
        <message>
            <source>set on the client: {regime}</source>
            <translation>az ügyfélnél beállítva: {regime}</translation>
        </message>
        <message>
            <source>the company's country is not set: the product's rate applies</source>
            <translation>a cég országa nincs megadva: a termék áfakulcsa érvényes</translation>
        </message>
        <message>
            <source>the supplier is not registered for VAT</source>
            <translation>a szállító nem áfaalany</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message numerus="yes">
            <source>%n line(s) with problems not counted</source>
            <translation>
                <numerusform>%n hibás tétel nincs beszámítva</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation>Rendelés sztornózása…</translation>
        </message>
        <message>
            <source>Cancelled: {why}</source>
            <translation>Sztornózva: {why}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Commercial proposal…</source>
            <translation>Árajánlat…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Visszaigazolás</translation>
        </message>
        <message>
            <source>Confirmed orders are changed through a new revision (or cancelled while nothing has shipped). The lines below are read-only.</source>
            <translation>A visszaigazolt rendelések új változattal módosíthatók (vagy sztornózhatók, amíg semmi sincs kiszállítva). Az alábbi tételek csak olvashatók.</translation>
        </message>
        <message>
            <source>Contract package…</source>
            <translation>Szerződéscsomag…</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Delivered…</source>
            <translation>Átvétel…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumentumok</translation>
        </message>
        <message>
            <source>Goods have left: the lines are read-only. What the client refused at delivery or sent back is recorded with Delivered… and Return….</source>
            <translation>Az áru elhagyta a raktárt: a tételek csak olvashatók. Amit az ügyfél átvételkor visszautasított vagy visszaküldött, azt az Átvétel… és a Visszáru… gombbal rögzítheti.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Előzmények</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>Előzmények ({n})</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Számla</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>{n}. tétel</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Tételek</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Nettó</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Új rendelés</translation>
        </message>
        <message>
            <source>New revision…</source>
            <translation>Új változat…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Visszáru…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Piszkozat mentése</translation>
        </message>
        <message>
            <source>Ship…</source>
            <translation>Kiszállítás…</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Close and lose them?</source>
            <translation>A rendelésnek nem mentett módosításai vannak. Bezárja, és elveti őket?</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Összesen</translation>
        </message>
        <message>
            <source>Type an SKU or part of a name, then Enter: quantity, price, discount.</source>
            <translation>Írjon be cikkszámot vagy névrészletet, majd Enter: mennyiség, ár, kedvezmény.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nem mentett módosítások</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Áfa</translation>
        </message>
        <message>
            <source>discount approved by {who}: {why}</source>
            <translation>a kedvezményt jóváhagyta: {who}: {why}</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>nincs rögzített indok</translation>
        </message>
        <message>
            <source>price as agreed on the order</source>
            <translation>a rendelésen megállapodott ár</translation>
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n rendelés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) found</source>
            <translation>
                <numerusform>%n rendelés található</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Orders&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Rendelések&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Minden állapot</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Új rendelés…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <source>Search orders by number or client</source>
            <translation>Rendelés keresése szám vagy ügyfél szerint</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBlock</name>
        <message numerus="yes">
            <source>%n call(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n hívás véget ért, eredmény nélkül. Kattintson egy sorra az eredmény rögzítéséhez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n találkozó véget ért, eredmény nélkül. Kattintson egy sorra az eredmény rögzítéséhez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings and calls over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n találkozó és hívás véget ért, eredmény nélkül. Kattintson egy sorra az eredmény rögzítéséhez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Hívás</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>Open it to record the outcome</source>
            <translation>Megnyitás az eredmény rögzítéséhez</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Rögzítendő eredmények</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… és még %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message numerus="yes">
            <source>%n others</source>
            <translation>
                <numerusform>%n további</numerusform>
            </translation>
        </message>
        <message>
            <source>A clients</source>
            <translation>A-ügyfelek</translation>
        </message>
        <message>
            <source>B clients</source>
            <translation>B-ügyfelek</translation>
        </message>
        <message>
            <source>C clients</source>
            <translation>C-ügyfelek</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>Halmozott részesedés</translation>
        </message>
        <message>
            <source>No invoiced revenue in this period.</source>
            <translation>Ebben az időszakban nincs számlázott árbevétel.</translation>
        </message>
        <message>
            <source>Others, grouped</source>
            <translation>Egyebek, csoportosítva</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Árbevétel</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Árbevétel, {currency}</translation>
        </message>
        <message>
            <source>{a} and {b}: limits of A and B</source>
            <translation>{a} és {b}: az A és B határa</translation>
        </message>
        <message>
            <source>{name}
Revenue: {revenue} {currency}
Share: {share}
Cumulative: {cumulative}</source>
            <translation>{name}
Árbevétel: {revenue} {currency}
Részesedés: {share}
Halmozott: {cumulative}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database</source>
            <translation>Titkosított adatbázis</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Fájl importálása</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Jelmondat</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Előnézet</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Tárolás a számítógép kulcstartójában</translation>
        </message>
        <message>
            <source>This passphrase does not open the file, or the file is damaged.</source>
            <translation>Ez a jelmondat nem nyitja meg a fájlt, vagy a fájl sérült.</translation>
        </message>
        <message>
            <source>Type the passphrase {file} was exported with.</source>
            <translation>Adja meg a jelmondatot, amellyel a(z) {file} exportálva lett.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Adja meg a jelmondatot.</translation>
        </message>
        <message>
            <source>{name} is encrypted. Type its passphrase to open it.</source>
            <translation>A(z) {name} titkosított. A megnyitásához adja meg a jelmondatát.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Again:</source>
            <translation>Újra:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Jelmondat:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Megjelenítés</translation>
        </message>
        <message>
            <source>The two passphrases differ: type it again, or tick Show.</source>
            <translation>A két jelmondat eltér: írja be újra, vagy jelölje be a Megjelenítés mezőt.</translation>
        </message>
        <message>
            <source>Type the team's passphrase: the file is encrypted with it.</source>
            <translation>Adja meg a csapat jelmondatát: a fájl azzal van titkosítva.</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>A payment must be above zero.</source>
            <translation>A befizetésnek nullánál nagyobbnak kell lennie.</translation>
        </message>
        <message>
            <source>All {amount} stays as the client's credit, to allocate later.</source>
            <translation>A teljes {amount} az ügyfél túlfizetéseként marad, későbbi párosításra.</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Párosítás</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <source>Bank reference or document number</source>
            <translation>Banki hivatkozás vagy bizonylatszám</translation>
        </message>
        <message>
            <source>Choose invoices</source>
            <translation>Számlák kiválasztása</translation>
        </message>
        <message>
            <source>Choose the client the payment is from.</source>
            <translation>Válassza ki az ügyfelet, akitől a befizetés érkezett.</translation>
        </message>
        <message>
            <source>Choose the client to see which invoices this settles.</source>
            <translation>Válassza ki az ügyfelet, hogy lássa, mely számlákat egyenlíti ki.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Beérkezés dátuma</translation>
        </message>
        <message>
            <source>Give the day the money came in.</source>
            <translation>Adja meg, melyik napon érkezett be a pénz.</translation>
        </message>
        <message>
            <source>Keep as credit</source>
            <translation>Megtartás túlfizetésként</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Fizetési mód</translation>
        </message>
        <message>
            <source>No client is called “{text}”.</source>
            <translation>Nincs „{text}” nevű ügyfél.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <source>Oldest invoices first</source>
            <translation>Legrégebbi számlák először</translation>
        </message>
        <message>
            <source>Post payment</source>
            <translation>Befizetés könyvelése</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Befizetés rögzítése</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Hivatkozás</translation>
        </message>
        <message>
            <source>Settles no invoice; {credit} stays as credit.</source>
            <translation>Egy számlát sem egyenlít ki; {credit} túlfizetésként marad.</translation>
        </message>
        <message>
            <source>Settles {invoices}; {credit} stays as credit.</source>
            <translation>Kiegyenlíti: {invoices}; {credit} túlfizetésként marad.</translation>
        </message>
        <message>
            <source>Several clients match “{text}”: type more of the name.</source>
            <translation>Több ügyfél is megfelel ennek: „{text}”. Írjon be többet a névből.</translation>
        </message>
        <message>
            <source>The payment is dated after tomorrow: money not yet received cannot be posted.</source>
            <translation>A befizetés dátuma holnaputáni vagy későbbi: még be nem érkezett pénz nem könyvelhető.</translation>
        </message>
        <message>
            <source>Type part of the client's name</source>
            <translation>Írja be az ügyfél nevének egy részét</translation>
        </message>
        <message>
            <source>Type the amount received.</source>
            <translation>Adja meg a beérkezett összeget.</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>átutalás</translation>
        </message>
        <message>
            <source>card</source>
            <translation>bankkártya</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>készpénz</translation>
        </message>
        <message>
            <source>e.g. 1250.50</source>
            <translation>pl. 1250,50</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>beszámítás</translation>
        </message>
        <message>
            <source>the client's, once it is chosen</source>
            <translation>az ügyfélé, miután kiválasztotta</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Szélességhez igazítás</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Következő oldal (Page Down)</translation>
        </message>
        <message>
            <source>No PDF viewer opened it: the file is {path}</source>
            <translation>Egyetlen PDF-megjelenítő sem nyitotta meg: a fájl itt van: {path}</translation>
        </message>
        <message>
            <source>Not printed.</source>
            <translation>Nincs kinyomtatva.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nincs mentve</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Megnyitás PDF-megjelenítőben</translation>
        </message>
        <message>
            <source>Open it in the system's PDF viewer</source>
            <translation>Megnyitás a rendszer PDF-megjelenítőjében</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>Megnyitva a PDF-megjelenítőben: onnan nyomtassa ki.</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: {path}</source>
            <translation>Megnyitva a PDF-megjelenítőben: {path}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumentumok (*.pdf)</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Oldal</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Előző oldal (Page Up)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Mentés másként…</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>PDF mentése másként</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Mentve: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Elküldve a nyomtatóra.</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Teljes oldal</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Nagyítás (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Kicsinyítés (Ctrl+-)</translation>
        </message>
        <message>
            <source>of {pages}</source>
            <translation>/ {pages}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>Last 12 months</source>
            <translation>Elmúlt 12 hónap</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Tavaly</translation>
        </message>
        <message>
            <source>Period from</source>
            <comment>before the first of two dates</comment>
            <translation>Időszak:</translation>
        </message>
        <message>
            <source>Quick periods</source>
            <translation>Gyorsválasztás</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Idén</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between the two dates of a period</comment>
            <translation>–</translation>
        </message>
    </context>
    <context>
        <name>PlanGridModel</name>
        <message>
            <source>Cur.</source>
            <translation>Pénzn.</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Új ügyfelek (összesen)</translation>
        </message>
        <message>
            <source>Q{n}</source>
            <translation>{n}. n.év</translation>
        </message>
        <message>
            <source>The sum of its months: type the months</source>
            <translation>A hónapjai összege: a hónapokat adja meg</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Év</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message numerus="yes">
            <source>%n problem(s): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>%n hiba: semmi sem kerül importálásra. Javítsa a fájlt, és válassza ki újra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Oszlop</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importálás</translation>
        </message>
        <message>
            <source>Import plans from {name}</source>
            <translation>Tervek importálása innen: {name}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Hónap</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jelenleg</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Hiba</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>Hibák a fájl %n sorában (összesen {count}): semmi sem kerül importálásra. Javítsa a fájlt, és válassza ki újra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Sor</translation>
        </message>
        <message>
            <source>The file changes no plan ({summary}).</source>
            <translation>A fájl egyetlen tervet sem módosít ({summary}).</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>nincs terv</translation>
        </message>
    </context>
    <context>
        <name>PlanProgressModel</name>
        <message>
            <source>Actual</source>
            <translation>Tény</translation>
        </message>
        <message>
            <source>Actual as a share of the plan</source>
            <translation>A tény a terv arányában</translation>
        </message>
        <message>
            <source>Behind: at the pace so far the plan will not be met</source>
            <translation>Lemaradásban: az eddigi ütemmel a terv nem teljesül</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Pénzn.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Előrejelzés</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Teljesülés</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Hiány</translation>
        </message>
        <message>
            <source>Invoiced net of VAT, less credit notes of returns, so far in the period</source>
            <translation>Számlázott nettó (áfa nélkül), a visszáruk jóváíró számláival csökkentve, az időszakban eddig</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Új ügyfelek (összesen)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Terv</translation>
        </message>
        <message>
            <source>The actual carried to the period's end at the pace so far</source>
            <translation>A tény az eddigi ütemben az időszak végéig vetítve</translation>
        </message>
        <message>
            <source>What is still missing to the plan</source>
            <translation>Ami még hiányzik a tervhez</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message numerus="yes">
            <source>%n client(s) with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</source>
            <translation>
                <numerusform>%n ügyfél tervvel · teljesítette: {met} · &lt;b&gt;lemaradásban: {behind}&lt;/b&gt; (az eddigi ütemmel a terv nem teljesül) · állapot: {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sales plans&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Értékesítési tervek&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Against actual for</source>
            <translation>Összevetés a ténnyel, időszak:</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} ellenőrzése…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation>Excel-munkafüzet (*.xlsx);;CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export plans</source>
            <translation>Tervek exportálása</translation>
        </message>
        <message>
            <source>Export plans…</source>
            <translation>Tervek exportálása…</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Exportálva ide: {path}.</translation>
        </message>
        <message>
            <source>Import plans</source>
            <translation>Tervek importálása</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Importálva: {summary}.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importálás…</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Új ügyfelek</translation>
        </message>
        <message>
            <source>No plan for {period}.</source>
            <translation>Nincs terv erre: {period}.</translation>
        </message>
        <message>
            <source>Not saved: {why} Correct the cell, or press Esc on it to drop what was typed.</source>
            <translation>Nincs mentve: {why} Javítsa a cellát, vagy nyomja meg rajta az Esc billentyűt a beírtak elvetéséhez.</translation>
        </message>
        <message>
            <source>Plan for {who}, {month}</source>
            <translation>Terv: {who}, {month}</translation>
        </message>
        <message>
            <source>Plans from a CSV or XLSX sheet: client, month, amount, or client and a column per month (2026-01 …)</source>
            <translation>Tervek CSV- vagy XLSX-munkalapból: ügyfél, hónap, összeg, vagy ügyfél és havonta egy oszlop (2026-01 …)</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <translation>{year}. {q}. negyedév</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Beolvasás…</translation>
        </message>
        <message>
            <source>Sales plans against actual</source>
            <translation>Értékesítési tervek és tények</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Mentve.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Táblázatok (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Type a month's plan in the client's currency; an empty cell or 0 is no plan. Quarters and the year are the sums of their months.</source>
            <translation>Adja meg a havi tervet az ügyfél pénznemében; az üres cella vagy a 0 azt jelenti, nincs terv. A negyedévek és az év a hónapjaik összegei.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Év</translation>
        </message>
        <message>
            <source>amounts net of VAT in each client's currency; forecast at the pace so far</source>
            <translation>áfa nélküli összegek az egyes ügyfelek pénznemében; előrejelzés az eddigi ütem alapján</translation>
        </message>
        <message>
            <source>clients with a plan; new clients in total in {currency}</source>
            <translation>tervvel rendelkező ügyfelek; új ügyfelek összesen {currency} pénznemben</translation>
        </message>
        <message>
            <source>the plan of this month was changed meanwhile.</source>
            <translation>e havi tervet közben módosították.</translation>
        </message>
        <message>
            <source>the year {year}</source>
            <translation>{year}. év</translation>
        </message>
        <message>
            <source>{period} ({start} – {end}), as of {day}</source>
            <translation>{period} ({start} – {end}), állapot: {day}</translation>
        </message>
    </context>
    <context>
        <name>PreparationPage</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n számla</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n perc utazás</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n hiányzik</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ok</source>
            <translation>
                <numerusform>%n rendben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n figyelmeztetés</numerusform>
            </translation>
        </message>
        <message>
            <source>Be ready at {time}</source>
            <translation>Legyen kész: {time}</translation>
        </message>
        <message>
            <source>Do not argue: have a calm answer ready for each thing the client holds.</source>
            <translation>Ne vitatkozzon: legyen kész nyugodt válasza mindarra, amit az ügyfél állít.</translation>
        </message>
        <message>
            <source>Etiquette</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Számadatok</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Megszólítás</translation>
        </message>
        <message>
            <source>How to address each one, and in what language.</source>
            <translation>Kit hogyan szólítson meg, és milyen nyelven.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Utolsó kapcsolat</translation>
        </message>
        <message>
            <source>Last meeting held {day}.</source>
            <translation>Utolsó megtartott találkozó: {day}.</translation>
        </message>
        <message>
            <source>Leave by {time}</source>
            <translation>Indulás legkésőbb {time}</translation>
        </message>
        <message>
            <source>Listening plan</source>
            <translation>Meghallgatási terv</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>No price changes since then.</source>
            <translation>Azóta nem változtak az árak.</translation>
        </message>
        <message>
            <source>No products on the agenda: add them on the Details page.</source>
            <translation>Nincs termék a napirenden: vegye fel őket a Részletek oldalon.</translation>
        </message>
        <message>
            <source>Nobody chosen to attend: choose them on the Details page.</source>
            <translation>Nincs kiválasztott résztvevő: válassza ki őket a Részletek oldalon.</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Kifogások</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>Nyitott panaszok</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Nyitott rendelések</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Lejárt</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Lejárt számlák</translation>
        </message>
        <message>
            <source>People attending</source>
            <translation>Résztvevők</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Terv</translation>
        </message>
        <message>
            <source>Price changes since the last meeting</source>
            <translation>Árváltozások az utolsó találkozó óta</translation>
        </message>
        <message>
            <source>Product knowledge and the client's figures</source>
            <translation>Termékismeret és az ügyfél számadatai</translation>
        </message>
        <message>
            <source>Products on the agenda, at the client’s prices today</source>
            <translation>Napirenden lévő termékek, az ügyfél mai áraival</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Felkészültség</translation>
        </message>
        <message>
            <source>Readiness out of 100</source>
            <translation>Felkészültség (100-ból)</translation>
        </message>
        <message>
            <source>Receivable</source>
            <translation>Kintlévőség</translation>
        </message>
        <message>
            <source>Revenue this year</source>
            <translation>Idei árbevétel</translation>
        </message>
        <message>
            <source>The questions to ask, in order. Ask, then listen: do not interrupt.</source>
            <translation>A felteendő kérdések, sorrendben. Kérdezzen, majd hallgasson: ne vágjon közbe.</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>telefonon</translation>
        </message>
        <message>
            <source>by video</source>
            <translation>videón</translation>
        </message>
        <message>
            <source>never met</source>
            <translation>még nem találkoztak</translation>
        </message>
        <message>
            <source>no address yet</source>
            <translation>még nincs cím</translation>
        </message>
        <message>
            <source>no plan set for this year</source>
            <translation>nincs idei terv</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>nincs feljegyezve</translation>
        </message>
        <message>
            <source>on last year ({amount})</source>
            <translation>a tavalyihoz képest ({amount})</translation>
        </message>
        <message numerus="yes">
            <source>{number}: {amount}, due {day}, %n day(s) late</source>
            <translation>
                <numerusform>{number}: {amount}, esedékes {day}, %n napja késik</numerusform>
            </translation>
        </message>
        <message>
            <source>{pct} % of the plan of {amount}</source>
            <translation>a(z) {amount} terv {pct} %-a</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve afterwards (in Conflicts to resolve).</source>
            <translation>
                <numerusform>%n ütközés feloldandó utána (a Feloldandó ütközések között).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;From another laptop.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;Feladó: egy másik laptop.&lt;/b&gt; A fájl importálása itt a következő módosításokat végezné:</translation>
        </message>
        <message>
            <source>&lt;b&gt;From {sender}.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;Feladó: {sender}.&lt;/b&gt; A fájl importálása itt a következő módosításokat végezné:</translation>
        </message>
        <message>
            <source>A backup copy of this database is made before the import.</source>
            <translation>Az importálás előtt biztonsági másolat készül az adatbázisról.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Új</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Módosítva</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Törölve</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importálás</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>{file} importálása</translation>
        </message>
        <message>
            <source>No conflicts: nothing was changed on both laptops at once.</source>
            <translation>Nincs ütközés: semmi sem módosult egyszerre mindkét laptopon.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already has all this file holds.</source>
            <translation>Nincs újdonság: ez a laptop már tartalmaz mindent, ami a fájlban van.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Rekordok</translation>
        </message>
    </context>
    <context>
        <name>PriceColumnsDialog</name>
        <message>
            <source>% off base</source>
            <translation>% kedv. az alapárból</translation>
        </message>
        <message>
            <source>% off the base price</source>
            <translation>% kedvezmény az alapárból</translation>
        </message>
        <message>
            <source>A client pays its column's price: the product's own price in the column where one is set (Products › product), else the base price less the percentage.</source>
            <translation>Az ügyfél az árkategóriája szerinti árat fizeti: a termék saját árát abban az árkategóriában, ahol van ilyen (Termékek › termék), egyébként az alapárat a százalékkal csökkentve.</translation>
        </message>
        <message>
            <source>Add as a new column</source>
            <translation>Hozzáadás új árkategóriaként</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Mennyiségi kedvezmények</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Ügyfelek</translation>
        </message>
        <message>
            <source>Delete price column</source>
            <translation>Árkategória törlése</translation>
        </message>
        <message>
            <source>Delete the price column {name}?</source>
            <translation>Törli a(z) {name} árkategóriát?</translation>
        </message>
        <message>
            <source>Delete the selected…</source>
            <translation>A kijelölt törlése…</translation>
        </message>
        <message numerus="yes">
            <source>Its %n quantity break(s) made for this column only go with it.</source>
            <translation>
                <numerusform>Az ehhez az árkategóriához készült %n mennyiségi kedvezmény is vele együtt törlődik.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Own prices</source>
            <translation>Saját árak</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Árkategória</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Árkategóriák</translation>
        </message>
        <message>
            <source>Save changes to the selected</source>
            <translation>A kijelölt módosításainak mentése</translation>
        </message>
        <message>
            <source>e.g. Key account</source>
            <translation>pl. Kulcsügyfél</translation>
        </message>
    </context>
    <context>
        <name>PriceFields</name>
        <message>
            <source>Ambiguous: write 1500 or %1, without a thousands separator.</source>
            <translation>Nem egyértelmű: írja így: 1500 vagy %1, ezres elválasztó nélkül.</translation>
        </message>
        <message>
            <source>SKU or part of the name</source>
            <translation>Cikkszám vagy névrészlet</translation>
        </message>
        <message>
            <source>Type a number such as 12 or %1.</source>
            <translation>Adjon meg egy számot, pl. 12 vagy %1.</translation>
        </message>
        <message>
            <source>Type a percentage such as 5 or %1.</source>
            <translation>Adjon meg egy százalékot, pl. 5 vagy %1.</translation>
        </message>
    </context>
    <context>
        <name>ProductDelete</name>
        <message>
            <source>Delete product</source>
            <translation>Termék törlése</translation>
        </message>
        <message>
            <source>Delete product…</source>
            <translation>Termék törlése…</translation>
        </message>
        <message>
            <source>Move {product} to the trash? Edit &gt; Undo or Edit &gt; Trash brings it back.</source>
            <translation>Áthelyezi a(z) {product} terméket a lomtárba? A Szerkesztés &gt; Visszavonás vagy a Szerkesztés &gt; Lomtár visszahozza.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>% off</source>
            <translation>% kedvezmény</translation>
        </message>
        <message>
            <source>Active (offered in orders and price lists)</source>
            <translation>Aktív (szerepel a rendelésekben és árlistákban)</translation>
        </message>
        <message>
            <source>Add break</source>
            <translation>Mennyiségi kedvezmény hozzáadása</translation>
        </message>
        <message>
            <source>Added: saved with the product</source>
            <translation>Hozzáadva: a termékkel együtt mentve</translation>
        </message>
        <message>
            <source>Base price *</source>
            <translation>Alapár *</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategória</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <source>Description for proposals</source>
            <translation>Leírás az árajánlatokhoz</translation>
        </message>
        <message>
            <source>Empty: the column's percentage off the base price applies (shown grey).</source>
            <translation>Üres: az árkategória alapárból adott százalékos kedvezménye érvényes (szürkén látható).</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Fix ár</translation>
        </message>
        <message>
            <source>From quantity</source>
            <translation>Mennyiségtől</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Név *</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Új termék</translation>
        </message>
        <message>
            <source>No price columns yet (Products › Price columns…).</source>
            <translation>Még nincs árkategória (Termékek › Árkategóriák…).</translation>
        </message>
        <message>
            <source>No promotion running or coming on this product.</source>
            <translation>Erre a termékre nincs futó vagy tervezett akció.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>%n rendeléstételen szerepel: soha nem törlődik; kivezetéséhez vegye ki a pipát az Aktív mezőből.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Árkategória</translation>
        </message>
        <message>
            <source>Price per column (empty = the column's percentage)</source>
            <translation>Ár árkategóriánként (üres = az árkategória százaléka)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Promotions running or coming: {promotions}</source>
            <translation>Futó vagy tervezett akciók: {promotions}</translation>
        </message>
        <message>
            <source>Quantity breaks (off the client's column price)</source>
            <translation>Mennyiségi kedvezmények (az ügyfél árkategória-árából)</translation>
        </message>
        <message>
            <source>Remove break</source>
            <translation>Mennyiségi kedvezmény eltávolítása</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Cikkszám *</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for every column.</source>
            <translation>Már van mennyiségi kedvezmény {qty} mennyiségtől minden árkategóriára.</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for {where}.</source>
            <translation>Már van mennyiségi kedvezmény {qty} mennyiségtől ehhez: {where}.</translation>
        </message>
        <message>
            <source>This product has changes that are not saved. Close and lose them?</source>
            <translation>A terméknek nem mentett módosításai vannak. Bezárja, és elveti őket?</translation>
        </message>
        <message>
            <source>Unit *</source>
            <translation>Mértékegység *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nem mentett módosítások</translation>
        </message>
        <message>
            <source>VAT % *</source>
            <translation>Áfa % *</translation>
        </message>
        <message>
            <source>every column</source>
            <translation>minden árkategória</translation>
        </message>
        <message>
            <source>from qty</source>
            <translation>mennyiségtől</translation>
        </message>
        <message>
            <source>or fixed price</source>
            <translation>vagy fix ár</translation>
        </message>
        <message>
            <source>pcs, kg, box, roll…</source>
            <translation>db, kg, doboz, tekercs…</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end}</source>
            <translation>{name}: {offer}, {start} – {end}</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end} (whole category)</source>
            <translation>{name}: {offer}, {start} – {end} (teljes kategória)</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>{p} kedvezmény</translation>
        </message>
        <message>
            <source>{p} off the base price</source>
            <translation>{p} kedvezmény az alapárból</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— nincs —</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>Active</source>
            <translation>Aktív</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Alapár</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategória</translation>
        </message>
        <message>
            <source>Own price in the {column} column</source>
            <translation>Saját ár a(z) {column} árkategóriában</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Cikkszám</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Me.</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>Áfa %</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nem</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>igen</translation>
        </message>
        <message>
            <source>{column}: {percent} off the base price</source>
            <translation>{column}: {percent} kedvezmény az alapárból</translation>
        </message>
        <message>
            <source>{percent} off the base price; bold: the product's own price</source>
            <translation>{percent} kedvezmény az alapárból; félkövér: a termék saját ára</translation>
        </message>
    </context>
    <context>
        <name>ProductTextsBox</name>
        <message>
            <source>Azerbaijani</source>
            <translation>Azerbajdzsáni</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Angol</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Magyar</translation>
        </message>
        <message>
            <source>In documents</source>
            <translation>Dokumentumokban</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Olasz</translation>
        </message>
        <message>
            <source>Left empty, documents print the product's own name and unit.</source>
            <translation>Üresen hagyva a dokumentumokon a termék saját neve és mértékegysége jelenik meg.</translation>
        </message>
        <message>
            <source>Name in %1</source>
            <translation>Név (%1)</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Orosz</translation>
        </message>
        <message>
            <source>Unit in %1</source>
            <translation>Mértékegység (%1)</translation>
        </message>
        <message>
            <source>VAT % in %1</source>
            <translation>Áfa % (%1)</translation>
        </message>
        <message>
            <source>VAT rates abroad: the company is registered for VAT only in its own country (File &gt; Settings…, Tax and VAT).</source>
            <translation>Külföldi áfakulcsok: a cég csak a saját országában áfaalany (Fájl &gt; Beállítások…, Adó és áfa).</translation>
        </message>
        <message>
            <source>the rate there</source>
            <translation>az ottani kulcs</translation>
        </message>
    </context>
    <context>
        <name>ProductsSection</name>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n termék</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) found</source>
            <translation>
                <numerusform>%n termék található</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Products&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Termékek&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Minden kategória</translation>
        </message>
        <message>
            <source>Bold: the product's own price in that column.</source>
            <translation>Félkövér: a termék saját ára az adott árkategóriában.</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Kategóriák…</translation>
        </message>
        <message>
            <source>Export price list</source>
            <translation>Árlista exportálása</translation>
        </message>
        <message>
            <source>Export price list…</source>
            <translation>Árlista exportálása…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importálás…</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Új termék…</translation>
        </message>
        <message>
            <source>Price columns…</source>
            <translation>Árkategóriák…</translation>
        </message>
        <message>
            <source>Promotions…</source>
            <translation>Akciók…</translation>
        </message>
        <message>
            <source>Search products by SKU or name</source>
            <translation>Termék keresése cikkszám vagy név szerint</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Inaktívak megjelenítése</translation>
        </message>
        <message>
            <source>The price list of which price column?</source>
            <translation>Melyik árkategória árlistája?</translation>
        </message>
        <message>
            <source>There is no price column yet: add one under Price columns…</source>
            <translation>Még nincs árkategória: vegyen fel egyet az Árkategóriák… menüpontban.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>1 to 3 names, separated by ;</source>
            <translation>1–3 név, pontosvesszővel elválasztva</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Éves árbevétel</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Település</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kód</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ország</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Szállítási cím</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Létszám</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Alapítás éve</translation>
        </message>
        <message>
            <source>Give the client to another KAM</source>
            <translation>Az ügyfél átadása egy másik KAM-nak</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Átadás</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Átadás…</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Iparág</translation>
        </message>
        <message>
            <source>Key account managers *</source>
            <translation>Kulcsügyfél-menedzserek *</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Székhely</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Hivatalos cégnév</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Név *</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Irányítószám</translation>
        </message>
        <message>
            <source>Save or undo your changes to the profile first.</source>
            <translation>Előbb mentse vagy vonja vissza a profilon végzett módosításait.</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Profil mentése</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Szegmens</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Adószám</translation>
        </message>
        <message>
            <source>Their yearly spend on what we sell</source>
            <translation>Éves költésük arra, amit mi értékesítünk</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Weboldal</translation>
        </message>
        <message>
            <source>as the KAM calls it</source>
            <translation>ahogy a KAM nevezi</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>az országra ellenőrizve</translation>
        </message>
    </context>
    <context>
        <name>PromotionsDialog</name>
        <message>
            <source>% off the base price</source>
            <translation>% kedvezmény az alapárból</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n ügyfél</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n termék</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hozzáadás</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Mind</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Közelgő</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Hatókör</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Akció törlése</translation>
        </message>
        <message>
            <source>Delete the promotion {name}? Orders already priced by it keep their prices.</source>
            <translation>Törli a(z) {name} akciót? Az általa már beárazott rendelések megtartják áraikat.</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Törlés…</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Kinek</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Kezdete</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Kezdete *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Név *</translation>
        </message>
        <message>
            <source>New promotion</source>
            <translation>Új akció</translation>
        </message>
        <message>
            <source>No single client matches “{text}”: pick one from the list.</source>
            <translation>Egyetlen ügyfél sem felel meg egyértelműen ennek: „{text}”. Válasszon a listából.</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Egyetlen termék sem felel meg egyértelműen ennek: „{text}”. Válasszon a listából.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Megjegyzések</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Ajánlat</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Csak ezeknek</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Lejárt</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Termékek</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Akció</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Akciók</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>Running now</source>
            <translation>Most futó</translation>
        </message>
        <message>
            <source>Save promotion</source>
            <translation>Akció mentése</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Megjelenítés</translation>
        </message>
        <message>
            <source>The promotion being edited has changes that are not saved. Lose them?</source>
            <translation>A szerkesztett akciónak nem mentett módosításai vannak. Elveti őket?</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Vége</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>Vége *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nem mentett módosítások</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Mikor</translation>
        </message>
        <message>
            <source>Whole category</source>
            <translation>Teljes kategória</translation>
        </message>
        <message>
            <source>at {price}</source>
            <translation>{price} áron</translation>
        </message>
        <message>
            <source>client name or code</source>
            <translation>ügyfél neve vagy kódja</translation>
        </message>
        <message>
            <source>coming</source>
            <translation>közelgő</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>pl. 10</translation>
        </message>
        <message>
            <source>e.g. 49.90</source>
            <translation>pl. 49,90</translation>
        </message>
        <message>
            <source>empty: every client</source>
            <translation>üres: minden ügyfél</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>mindenki</translation>
        </message>
        <message>
            <source>or a fixed price</source>
            <translation>vagy fix ár</translation>
        </message>
        <message>
            <source>over</source>
            <translation>lejárt</translation>
        </message>
        <message>
            <source>running</source>
            <translation>fut</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>{p} kedvezmény</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— nincs —</translation>
        </message>
    </context>
    <context>
        <name>ProposalPage</name>
        <message>
            <source>Addressed to</source>
            <translation>Címzett</translation>
        </message>
        <message>
            <source>Delivery terms</source>
            <translation>Szállítási feltételek</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Mező beszúrása</translation>
        </message>
        <message>
            <source>Names in {{ double braces }} are filled in from the data.</source>
            <translation>A {{ dupla kapcsos zárójelben }} álló nevek az adatokból töltődnek ki.</translation>
        </message>
        <message>
            <source>Opening text</source>
            <translation>Bevezető szöveg</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Fizetési feltételek</translation>
        </message>
        <message>
            <source>Put back the opening and the terms as the templates have them</source>
            <translation>A bevezető és a feltételek visszaállítása a sablonok szerintire</translation>
        </message>
        <message>
            <source>Template text</source>
            <translation>Sablonszöveg</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Érvényes eddig</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nem</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Igen</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Alkalmaz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Mégse</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Elvetés</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Megnyitás</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Mentés</translation>
        </message>
    </context>
    <context>
        <name>QuestionsEditor</name>
        <message>
            <source>Add</source>
            <translation>Hozzáadás</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Le</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>Type a question to ask, then Enter (open questions: what, how, why…)</source>
            <translation>Írjon be egy felteendő kérdést, majd Enter (nyitott kérdések: mit, hogyan, miért…)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Fel</translation>
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <source>&lt;b&gt;Change the rate of {code} on {day}&lt;/b&gt;</source>
            <translation>&lt;b&gt;A(z) {code} árfolyamának módosítása ({day})&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;New rate&lt;/b&gt;</source>
            <translation>&lt;b&gt;Új árfolyam&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hozzáadás</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Minden pénznem</translation>
        </message>
        <message>
            <source>Choose the day of the rate.</source>
            <translation>Válassza ki az árfolyam napját.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <source>Delete the rate</source>
            <translation>Árfolyam törlése</translation>
        </message>
        <message>
            <source>Delete this rate? Orders already priced keep their converted prices; new ones on its days use the rate before it.</source>
            <translation>Törli ezt az árfolyamot? A már beárazott rendelések megtartják átszámított áraikat; az érintett napokon az újak az előző árfolyamot használják.</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Árfolyamok</translation>
        </message>
        <message>
            <source>MNB, ЦБ РФ, the contract…</source>
            <translation>MNB, ЦБ РФ, a szerződés…</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Új árfolyam</translation>
        </message>
        <message>
            <source>Prices in another currency than the order's are converted at the latest rate on or before the order date. A rate is {rep} per 1 unit of the currency (the reporting currency, {rep}, is always 1).</source>
            <translation>A rendelés pénznemétől eltérő pénznemű árakat a program a rendelés napján vagy az előtt érvényes legutóbbi árfolyamon számítja át. Az árfolyam a pénznem 1 egységére jutó {rep} (a beszámolási pénznem, {rep}, mindig 1).</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Árfolyam</translation>
        </message>
        <message>
            <source>Replace the rate</source>
            <translation>Árfolyam cseréje</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Módosítások mentése</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Megjelenítés</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Forrás</translation>
        </message>
        <message>
            <source>Type a number such as 386.12 or %1.</source>
            <translation>Adjon meg egy számot, pl. 386,12 vagy %1.</translation>
        </message>
        <message>
            <source>{code} already has a rate on {day}: {old}{source}. Replace it with {new}?</source>
            <translation>A(z) {code} pénznemnek már van árfolyama {day} napon: {old}{source}. Lecseréli erre: {new}?</translation>
        </message>
        <message>
            <source>{rep} per 1 unit</source>
            <translation>{rep} / 1 egység</translation>
        </message>
        <message>
            <source>{rep} per 1 {code}: how many {rep} one {code} is worth</source>
            <translation>{rep} / 1 {code}: hány {rep} ér egy {code}</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Give the reason: it goes into the order's history.</source>
            <translation>Adja meg az okot: bekerül a rendelés előzményeibe.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Indok</translation>
        </message>
        <message>
            <source>Say why: the ledger and the statement show it.</source>
            <translation>Adja meg az okot: a folyószámla és az egyenlegközlő megjeleníti.</translation>
        </message>
    </context>
    <context>
        <name>Receivables</name>
        <message>
            <source>1–30</source>
            <translation>1–30</translation>
        </message>
        <message>
            <source>31–60</source>
            <translation>31–60</translation>
        </message>
        <message>
            <source>61–90</source>
            <translation>61–90</translation>
        </message>
        <message>
            <source>90+</source>
            <translation>90+</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Párosítva</translation>
        </message>
        <message>
            <source>Allocated on</source>
            <translation>Párosítás dátuma</translation>
        </message>
        <message>
            <source>Allocated to invoices</source>
            <translation>Számlákhoz párosítva</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Egyenleg</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Rögzítette</translation>
        </message>
        <message>
            <source>Call made</source>
            <translation>Hívás megtörtént</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Pénzn.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Nem lejárt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Késés (nap)</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Lejárat óta (nap)</translation>
        </message>
        <message>
            <source>Days past due of the oldest unpaid invoice</source>
            <translation>A legrégebbi kifizetetlen számla késedelmi napjai</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Esedékes</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Szabad</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Számla</translation>
        </message>
        <message>
            <source>Invoices of {client}</source>
            <translation>{client} számlái</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Kiállítva</translation>
        </message>
        <message>
            <source>Last dunning step</source>
            <translation>Utolsó felszólítás</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Fizetési mód</translation>
        </message>
        <message>
            <source>Not yet allocated to an invoice</source>
            <translation>Még nincs számlához párosítva</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Nyitott</translation>
        </message>
        <message>
            <source>Open amounts by days past the due date</source>
            <translation>Nyitott összegek a fizetési határidő óta eltelt napok szerint</translation>
        </message>
        <message>
            <source>Open amounts not yet due, less what the client overpaid</source>
            <translation>Még nem lejárt nyitott összegek, az ügyfél túlfizetésével csökkentve</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Túlfizetés</translation>
        </message>
        <message>
            <source>Paid by the client and not yet allocated to an invoice</source>
            <translation>Az ügyfél kifizette, de még nincs számlához párosítva</translation>
        </message>
        <message>
            <source>Payments of {client}</source>
            <translation>{client} befizetései</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Kintlévőségek kor szerint</translation>
        </message>
        <message>
            <source>Reference / doc. no.</source>
            <translation>Hivatkozás / bizonylatszám</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>Felszólítás elküldve</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Állapot</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Lépés</translation>
        </message>
        <message>
            <source>Step date</source>
            <translation>Lépés dátuma</translation>
        </message>
        <message>
            <source>Supplies blocked</source>
            <translation>Szállítás letiltva</translation>
        </message>
        <message>
            <source>Supplies unblocked</source>
            <translation>Szállítási tiltás feloldva</translation>
        </message>
        <message>
            <source>The invoice's total</source>
            <translation>A számla végösszege</translation>
        </message>
        <message>
            <source>What is still unpaid of it</source>
            <translation>Ami még kifizetetlen belőle</translation>
        </message>
        <message>
            <source>What the client owes in all; below zero: overpaid</source>
            <translation>Mennyivel tartozik az ügyfél összesen; nulla alatt: túlfizetés</translation>
        </message>
        <message>
            <source>When the last dunning step was taken</source>
            <translation>Mikor történt az utolsó felszólítási lépés</translation>
        </message>
        <message>
            <source>amounts in each client's currency</source>
            <translation>összegek az egyes ügyfelek pénznemében</translation>
        </message>
        <message>
            <source>amounts in {currency}</source>
            <translation>összegek {currency} pénznemben</translation>
        </message>
        <message>
            <source>as of {day}</source>
            <translation>állapot: {day}</translation>
        </message>
        <message>
            <source>name contains “{text}”</source>
            <translation>a név tartalmazza: „{text}”</translation>
        </message>
        <message>
            <source>only overdue</source>
            <translation>csak lejártak</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>könyvelve</translation>
        </message>
        <message>
            <source>reversed {day}</source>
            <translation>sztornózva: {day}</translation>
        </message>
        <message>
            <source>reversing entry: {note}</source>
            <translation>sztornótétel: {note}</translation>
        </message>
        <message>
            <source>standing</source>
            <translation>érvényes</translation>
        </message>
        <message>
            <source>undone {day}</source>
            <translation>visszavonva: {day}</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesSection</name>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n ügyfél található</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) with a balance</source>
            <translation>
                <numerusform>%n ügyfél egyenleggel</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Receivables&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Kintlévőségek&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Allocate…</source>
            <translation>Párosítás…</translation>
        </message>
        <message>
            <source>Double-click a client to open its dossier.</source>
            <translation>Kattintson duplán egy ügyfélre az ügyféladatlap megnyitásához.</translation>
        </message>
        <message>
            <source>Dunning step…</source>
            <translation>Felszólítási lépés…</translation>
        </message>
        <message>
            <source>Import bank statement…</source>
            <translation>Bankszámlakivonat importálása…</translation>
        </message>
        <message>
            <source>No client matches the search or the filter.</source>
            <translation>Egy ügyfél sem felel meg a keresésnek vagy a szűrőnek.</translation>
        </message>
        <message>
            <source>No client owes anything and none is in credit. Invoices issued and payments recorded (“Record payment…”, “Import bank statement…”) show here.</source>
            <translation>Egyetlen ügyfélnek sincs tartozása vagy túlfizetése. A kiállított számlák és a rögzített befizetések („Befizetés rögzítése…”, „Bankszámlakivonat importálása…”) itt jelennek meg.</translation>
        </message>
        <message>
            <source>Only overdue</source>
            <translation>Csak lejártak</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Egyenlegközlő…</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Befizetés rögzítése…</translation>
        </message>
        <message>
            <source>Reverse payment</source>
            <translation>Befizetés sztornózása</translation>
        </message>
        <message>
            <source>Reverse payment…</source>
            <translation>Befizetés sztornózása…</translation>
        </message>
        <message>
            <source>Reverse the payment of {amount} received {day}? Its allocations are undone and a reversing entry is posted today; nothing posted is erased.</source>
            <translation>Sztornózza a(z) {day} napon kapott {amount} összegű befizetést? A párosításai visszavonásra kerülnek, és ma egy sztornótétel könyvelődik; semmi könyvelt nem törlődik.</translation>
        </message>
        <message>
            <source>Search clients by name</source>
            <translation>Ügyfél keresése név szerint</translation>
        </message>
        <message>
            <source>Total: {amounts}</source>
            <translation>Összesen: {amounts}</translation>
        </message>
        <message>
            <source>Undo allocation</source>
            <translation>Párosítás visszavonása</translation>
        </message>
        <message>
            <source>Undo the allocation of {amount} to {number}? The money goes back to the payment, free to allocate again; the allocation stays on the ledger as undone.</source>
            <translation>Visszavonja a(z) {amount} összeg párosítását a(z) {number} számlához? Az összeg visszakerül a befizetéshez, és újra párosítható; a párosítás visszavontként a folyószámlán marad.</translation>
        </message>
        <message>
            <source>{balance} owed, {overdue} overdue</source>
            <translation>{balance} tartozás, ebből {overdue} lejárt</translation>
        </message>
    </context>
    <context>
        <name>RegistrationRow</name>
        <message>
            <source>Remove</source>
            <translation>Eltávolítás</translation>
        </message>
        <message>
            <source>VAT number there, e.g. DE136695976</source>
            <translation>Ottani közösségi adószám, pl. DE136695976</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message>
            <source>(nobody)</source>
            <translation>(senki)</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Jóváhagyó</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Hozzáállás</translation>
        </message>
        <message>
            <source>Attitude: {a} · influence: {i}</source>
            <translation>Hozzáállás: {a} · befolyás: {i}</translation>
        </message>
        <message>
            <source>Buying role: {role}</source>
            <translation>Szerepe a beszerzésben: {role}</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kártyák</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Szószóló</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>A(z) {path} nem írható.</translation>
        </message>
        <message>
            <source>Decision maker</source>
            <translation>Döntéshozó</translation>
        </message>
        <message>
            <source>Drag one person onto another to link them; right-click a card for more. Ctrl+wheel zooms.</source>
            <translation>Húzzon egy személyt egy másikra az összekapcsolásukhoz; további lehetőségekért kattintson jobb gombbal egy kártyára. Ctrl+görgő: nagyítás.</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Értékelő</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG exportálása…</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation>Kapcsolati térkép exportálása</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Kapuőr</translation>
        </message>
        <message>
            <source>High influence</source>
            <translation>Nagy befolyás</translation>
        </message>
        <message>
            <source>In conflict with</source>
            <translation>Konfliktusban vele</translation>
        </message>
        <message>
            <source>In conflict with {b}</source>
            <translation>Konfliktusban vele: {b}</translation>
        </message>
        <message>
            <source>Influenced by {b}</source>
            <translation>{b} befolyása alatt áll</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Befolyásolja</translation>
        </message>
        <message>
            <source>Influences {b}</source>
            <translation>Befolyással van rá: {b}</translation>
        </message>
        <message numerus="yes">
            <source>Last contact %n day(s) ago</source>
            <translation>
                <numerusform>Utolsó kapcsolat %n napja</numerusform>
            </translation>
        </message>
        <message>
            <source>Last contact today</source>
            <translation>Utolsó kapcsolat ma</translation>
        </message>
        <message>
            <source>Last contact yesterday</source>
            <translation>Utolsó kapcsolat tegnap</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Vonalak</translation>
        </message>
        <message>
            <source>Low influence</source>
            <translation>Kis befolyás</translation>
        </message>
        <message>
            <source>Medium influence</source>
            <translation>Közepes befolyás</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Semleges</translation>
        </message>
        <message>
            <source>Never met or called</source>
            <translation>Még nem találkoztak és nem beszéltek</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s)</source>
            <translation>
                <numerusform>%n napja nincs kapcsolat</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet: add people on the Contacts page.</source>
            <translation>Még nincs kapcsolattartó: vegyen fel személyeket a Kapcsolattartók oldalon.</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nincs exportálva</translation>
        </message>
        <message>
            <source>Not placed in the hierarchy</source>
            <translation>Nincs elhelyezve a hierarchiában</translation>
        </message>
        <message>
            <source>Opinion leader</source>
            <translation>Véleményvezér</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Ellenző</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-képek (*.png)</translation>
        </message>
        <message>
            <source>Relationship map - {client}.png</source>
            <translation>Kapcsolati térkép - {client}.png</translation>
        </message>
        <message>
            <source>Relationship map · {client} · {day}</source>
            <translation>Kapcsolati térkép · {client} · {day}</translation>
        </message>
        <message>
            <source>Remove relation</source>
            <translation>Kapcsolat eltávolítása</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Felettese</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>Szkeptikus</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Támogató</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Felhasználó</translation>
        </message>
        <message>
            <source>border = influence</source>
            <translation>keret = befolyás</translation>
        </message>
        <message>
            <source>high</source>
            <translation>nagy</translation>
        </message>
        <message>
            <source>in conflict</source>
            <translation>konfliktusban</translation>
        </message>
        <message>
            <source>influences</source>
            <translation>befolyásolja</translation>
        </message>
        <message>
            <source>low</source>
            <translation>kicsi</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>közepes</translation>
        </message>
        <message numerus="yes">
            <source>no meeting or call for %n+ day(s)</source>
            <translation>
                <numerusform>%n+ napja nem volt találkozó vagy hívás</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>senki</translation>
        </message>
        <message>
            <source>reports to</source>
            <translation>beosztottja</translation>
        </message>
        <message>
            <source>{a} and {b} are in conflict</source>
            <translation>{a} és {b} konfliktusban állnak</translation>
        </message>
        <message>
            <source>{a} influences {b}</source>
            <translation>{a} befolyással van rá: {b}</translation>
        </message>
        <message>
            <source>{a} reports to {b}</source>
            <translation>{a} felettese: {b}</translation>
        </message>
        <message>
            <source>★ VIP</source>
            <translation>★ VIP</translation>
        </message>
    </context>
    <context>
        <name>ReportOutput</name>
        <message>
            <source>Export…</source>
            <translation>Exportálás…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>Save the table as an Excel workbook or a CSV file</source>
            <translation>A táblázat mentése Excel-munkafüzetként vagy CSV-fájlként</translation>
        </message>
        <message>
            <source>The report as a PDF with its period and filters: preview, print or save</source>
            <translation>A kimutatás PDF-ként az időszakkal és szűrőkkel: előnézet, nyomtatás vagy mentés</translation>
        </message>
        <message>
            <source>{title} exported to {path}</source>
            <translation>{title} exportálva ide: {path}</translation>
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <comment>a file name</comment>
            <translation>{title} {start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Reading {start} to {end}…</source>
            <translation>{start} – {end} beolvasása…</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose another “From” or “to” date.</source>
            <translation>Az időszak kezdete későbbi a végénél: válasszon másik kezdő vagy záró dátumot.</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>&lt;h2&gt;Key clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Kulcsügyfelek&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>Összegek {currency} pénznemben, az egyes számlák keltének árfolyamán.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Irányítópult</translation>
        </message>
        <message>
            <source>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</source>
            <translation>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</translation>
        </message>
        <message>
            <source>Key clients</source>
            <translation>Kulcsügyfelek</translation>
        </message>
        <message>
            <source>No invoiced revenue from {start} to {end}.</source>
            <translation>Nincs számlázott árbevétel {start} és {end} között.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Visszáruk és visszautasítások</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Értékesítési tervek</translation>
        </message>
        <message>
            <source>Saved: the report uses the new thresholds.</source>
            <translation>Mentve: a kimutatás az új küszöbértékeket használja.</translation>
        </message>
        <message>
            <source>Thresholds…</source>
            <translation>Küszöbértékek…</translation>
        </message>
        <message>
            <source>Total revenue &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
            <translation>Teljes árbevétel: &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who brings our revenue: shares, ABC classes and dependency on one client</source>
            <translation>Kik hozzák az árbevételünket: részesedések, ABC-kategóriák és függés egyetlen ügyféltől</translation>
        </message>
        <message>
            <source>clients with revenue &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>árbevétellel rendelkező ügyfelek: &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>critical &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>kritikus: &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>high concentration</source>
            <translation>magas koncentráció</translation>
        </message>
        <message>
            <source>key &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>kulcsügyfél: &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>low concentration</source>
            <translation>alacsony koncentráció</translation>
        </message>
        <message>
            <source>moderate concentration</source>
            <translation>mérsékelt koncentráció</translation>
        </message>
        <message>
            <source>mono-client &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>egyetlen ügyféltől függő: &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top 3 &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>első 3: &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top client &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>legnagyobb ügyfél: &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>RequisitesBox</name>
        <message>
            <source>7 letters and digits</source>
            <translation>7 betű és számjegy</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Bankszámlaszám (IBAN)</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>BIK (БИК)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Choose the client's country to see which VAT its documents apply.</source>
            <translation>Válassza ki az ügyfél országát, hogy lássa, milyen áfát alkalmaznak a bizonylatai.</translation>
        </message>
        <message>
            <source>Codice SDI</source>
            <translation>Codice SDI</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation>Korrespondens számla (к/с)</translation>
        </message>
        <message>
            <source>Documents apply: {regime}</source>
            <translation>A dokumentumokon: {regime}</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>Közösségi adószám</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>KPP (КПП)</translation>
        </message>
        <message>
            <source>Last checked in VIES</source>
            <translation>Utolsó VIES-ellenőrzés</translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation>OGRN / OGRNIP (ОГРН)</translation>
        </message>
        <message>
            <source>PEC</source>
            <translation>PEC</translation>
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation>Meghatalmazás száma</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Meghatalmazás kelte</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Cégjegyzékszám</translation>
        </message>
        <message>
            <source>Requisites for documents</source>
            <translation>Cégadatok a dokumentumokhoz</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>SWIFT/BIC kód</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Pénzforgalmi számla (р/с)</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Aláíró</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Aláíró beosztása</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Aláírási jogosultság alapja</translation>
        </message>
        <message>
            <source>VAT regime</source>
            <translation>Áfakezelés</translation>
        </message>
        <message>
            <source>Who signs for the client, and on what authority:</source>
            <translation>Ki ír alá az ügyfél nevében, és milyen jogosultság alapján:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>meghatalmazás (доверенность)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>teljes név</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nincs rögzítve</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>alapszabály (Устав)</translation>
        </message>
        <message>
            <source>with the country prefix</source>
            <translation>országkóddal</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>A new meeting starts on the next working day, at the start of the day.</source>
            <translation>Az új találkozó a következő munkanapra, a munkaidő kezdetére kerül.</translation>
        </message>
        <message>
            <source>Block when an invoice is overdue by more than (days)</source>
            <translation>Tiltás, ha egy számla ennél több nappal lejárt</translation>
        </message>
        <message>
            <source>Credit control</source>
            <translation>Hitelkeret-ellenőrzés</translation>
        </message>
        <message>
            <source>Credit control runs when an order is confirmed: it is blocked when the client's exposure (what it owes, its open orders and this order) goes over its credit limit, or when one of its invoices is overdue by more than the days below. A block can be overridden with the name of who approved it and why.</source>
            <translation>A hitelellenőrzés a rendelés visszaigazolásakor fut: a rendelés letiltásra kerül, ha az ügyfél kitettsége (tartozása, nyitott rendelései és ez a rendelés) meghaladja a hitelkeretét, vagy ha valamelyik számlája az alább megadott napnál régebben lejárt. A tiltás felülbírálható a jóváhagyó nevével és az indokkal.</translation>
        </message>
        <message>
            <source>Credit limit ({currency})</source>
            <translation>Hitelkeret ({currency})</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Munkaidő vége</translation>
        </message>
        <message>
            <source>Day starts</source>
            <translation>Munkaidő kezdete</translation>
        </message>
        <message>
            <source>Days overdue before a block are 0 to 365.</source>
            <translation>A tiltás előtti késedelmi napok száma 0 és 365 között lehet.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Új ügyfelek</translation>
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation>Fizetési határidő (nap)</translation>
        </message>
        <message>
            <source>Sales rules</source>
            <translation>Értékesítési szabályok</translation>
        </message>
        <message>
            <source>These rules are the team's: they travel with the data to every laptop.</source>
            <translation>Ezek a csapat szabályai: az adatokkal együtt minden laptopra eljutnak.</translation>
        </message>
        <message>
            <source>Type a number of days, 0 or more.</source>
            <translation>Adjon meg napok számát, 0-t vagy többet.</translation>
        </message>
        <message>
            <source>What a new client starts with; its dossier's terms can change it. A client in another currency gets the limit converted at the day's rate, rounded down (no limit when there is no rate). Empty: no limit.</source>
            <translation>Ezekkel a feltételekkel indul egy új ügyfél; az ügyféladatlapon módosíthatók. Más pénznemű ügyfélnél a keretet a napi árfolyamon átváltva, lefelé kerekítve kapja (árfolyam nélkül nincs keret). Üresen: nincs keret.</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Munkanapok</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Munkaidő</translation>
        </message>
    </context>
    <context>
        <name>ScheduleSection</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n hívás</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n ütközés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n találkozó</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not ready</source>
            <translation>
                <numerusform>%n felkészületlen</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Schedule&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ütemterv&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Naptárfájlok (*.ics)</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Időtartam, perc</translation>
        </message>
        <message>
            <source>Export the week as a calendar file</source>
            <translation>A hét exportálása naptárfájlba</translation>
        </message>
        <message>
            <source>Export week (.ics)…</source>
            <translation>Hét exportálása (.ics)…</translation>
        </message>
        <message>
            <source>It now clashes: {what}</source>
            <translation>Most ütközik: {what}</translation>
        </message>
        <message>
            <source>New call…</source>
            <translation>Új hívás…</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Új találkozó…</translation>
        </message>
        <message>
            <source>Next week (Alt+Right)</source>
            <translation>Következő hét (Alt+Jobbra)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nincs exportálva</translation>
        </message>
        <message>
            <source>Nothing planned this week</source>
            <translation>Erre a hétre nincs semmi betervezve</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
        <message>
            <source>Previous week (Alt+Left)</source>
            <translation>Előző hét (Alt+Balra)</translation>
        </message>
        <message>
            <source>Print week…</source>
            <translation>Hét nyomtatása…</translation>
        </message>
        <message>
            <source>Save the week's meetings and calls as a file for a phone or mail calendar</source>
            <translation>A hét találkozóinak és hívásainak mentése fájlba telefonos vagy levelezőprogrambeli naptárhoz</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Kezdés</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>A fájl nem írható: {error}</translation>
        </message>
        <message>
            <source>The week on one page: preview, print or save</source>
            <translation>A hét egy oldalon: előnézet, nyomtatás vagy mentés</translation>
        </message>
        <message>
            <source>This week, today chosen</source>
            <translation>Ez a hét, a mai nap kiválasztva</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Ma</translation>
        </message>
        <message numerus="yes">
            <source>Week {week} saved to {path}: %n calendar event(s)</source>
            <translation>
                <numerusform>{week}. hét mentve ide: {path}: %n naptáresemény</numerusform>
            </translation>
        </message>
        <message>
            <source>Week {week} · {span}</source>
            <translation>{week}. hét · {span}</translation>
        </message>
        <message>
            <source>all ready</source>
            <translation>mind felkészült</translation>
        </message>
        <message>
            <source>{day}: nothing planned. Double-click the week to add a meeting.</source>
            <translation>{day}: nincs semmi betervezve. Kattintson duplán a hétre találkozó felvételéhez.</translation>
        </message>
        <message>
            <source>{day}: {count}</source>
            <translation>{day}: {count}</translation>
        </message>
        <message>
            <source>“{subject}” now {day} {start}–{end}.</source>
            <translation>„{subject}” mostantól: {day} {start}–{end}.</translation>
        </message>
    </context>
    <context>
        <name>ServerSyncDialog</name>
        <message>
            <source>Sends the team server this laptop's changes and brings the team's. Give the server's address as your administrator wrote it.</source>
            <translation>Elküldi a csapat szerverének a laptop változásait, és átveszi a csapatéit. A szerver címét úgy adja meg, ahogy a rendszergazdája leírta.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Szinkronizálás</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Szinkronizálás a szerverrel</translation>
        </message>
        <message>
            <source>The password is not part of the address: PostgreSQL's password file (pgpass) or service file gives it, and kamdesk never stores it.</source>
            <translation>A jelszó nem része a címnek: a PostgreSQL jelszófájlja (pgpass) vagy szolgáltatásfájlja adja meg, a kamdesk pedig soha nem tárolja.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>A document's preview</source>
            <translation>Dokumentum előnézete</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>An order</source>
            <translation>Rendelés</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Cégbeállítások</translation>
        </message>
        <message>
            <source>Confirm (credit control runs)</source>
            <translation>Visszaigazolás (hitelkeret-ellenőrzéssel)</translation>
        </message>
        <message>
            <source>Delete the product (asks first)</source>
            <translation>A termék törlése (előbb rákérdez)</translation>
        </message>
        <message>
            <source>Deliver</source>
            <translation>Kiszállítás</translation>
        </message>
        <message>
            <source>Everywhere in the main window</source>
            <translation>A főablakban mindenhol</translation>
        </message>
        <message>
            <source>In a line: take the product, move on</source>
            <translation>Sorban: a termék átvétele, tovább</translation>
        </message>
        <message>
            <source>Invoice (asks first)</source>
            <translation>Számla (előbb rákérdez)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Nyomtatás</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Termékek</translation>
        </message>
        <message>
            <source>Put back the line removed last</source>
            <translation>Az utoljára törölt sor visszahelyezése</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Kilépés</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Újra</translation>
        </message>
        <message>
            <source>Remove the line (asks first)</source>
            <translation>Sor törlése (előbb rákérdez)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Mentés PDF-be</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Találkozó mentése</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Rendelés mentése</translation>
        </message>
        <message>
            <source>Save the order (keypad Enter)</source>
            <translation>Rendelés mentése (numerikus Enter)</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Ütemterv</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Ügyfelek keresése</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Szállítás</translation>
        </message>
        <message>
            <source>The guide, at this window's task</source>
            <translation>Útmutató: ennek az ablaknak a feladata</translation>
        </message>
        <message>
            <source>The guide: the main tasks step by step</source>
            <translation>Útmutató: a fő feladatok lépésről lépésre</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>Következő hét</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>Előző hét</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>Ez a billentyűparancs-lista</translation>
        </message>
        <message>
            <source>Undo (a move in the week, a deletion)</source>
            <translation>Visszavonás (áthelyezés a héten, törlés)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Nagyítás</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Kicsinyítés</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Does</source>
            <translation>Művelet</translation>
        </message>
        <message>
            <source>Find a shortcut: a word or a key</source>
            <translation>Billentyűparancs keresése: szó vagy billentyű</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Billentyűparancsok</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Billentyűk</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hol</translation>
        </message>
    </context>
    <context>
        <name>SpecialPriceDialog</name>
        <message>
            <source>Dates not set: the price holds from always / until further notice. The client pays the lowest price it is entitled to: a special price above its column price changes nothing.</source>
            <translation>Dátum nincs megadva: az ár mindig / további intézkedésig érvényes. Az ügyfél a számára járó legalacsonyabb árat fizeti: az árkategória-áránál magasabb egyedi ár nem változtat semmin.</translation>
        </message>
        <message>
            <source>New special price</source>
            <translation>Új egyedi ár</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Egyetlen termék sem felel meg egyértelműen ennek: „{text}”. Válasszon a listából.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price *</source>
            <translation>Ár *</translation>
        </message>
        <message>
            <source>Product *</source>
            <translation>Termék *</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Egyedi ár</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Érvényesség kezdete</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Érvényesség vége</translation>
        </message>
        <message>
            <source>e.g. framework contract 2026</source>
            <translation>pl. 2026. évi keretszerződés</translation>
        </message>
    </context>
    <context>
        <name>StaleBlock</name>
        <message numerus="yes">
            <source>%n day(s) since the last meeting or call</source>
            <translation>
                <numerusform>%n nap az utolsó találkozó vagy hívás óta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every key client was met or called in the last %n day(s).</source>
            <translation>
                <numerusform>Az elmúlt %n napban minden kulcsügyféllel volt találkozó vagy hívás.</numerusform>
            </translation>
        </message>
        <message>
            <source>Key clients not contacted</source>
            <translation>Rég nem keresett kulcsügyfelek</translation>
        </message>
        <message>
            <source>No key clients yet: record a key reason in a client's dossier, or wait for revenue to make one key.</source>
            <translation>Még nincs kulcsügyfél: rögzítsen kulcsügyféli indokot egy ügyfél adatlapján, vagy várja meg, amíg az árbevétel kulcsügyféllé tesz valakit.</translation>
        </message>
        <message numerus="yes">
            <source>No meeting or call held in more than %n day(s).</source>
            <translation>
                <numerusform>Több mint %n napja nem volt találkozó vagy hívás.</numerusform>
            </translation>
        </message>
        <message>
            <source>never met or called</source>
            <translation>még nem volt találkozó vagy hívás</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… és még %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message numerus="yes">
            <source>%n document(s) in the period.</source>
            <translation>
                <numerusform>%n bizonylat az időszakban.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Előző negyedév</translation>
        </message>
        <message>
            <source>Making the statement…</source>
            <translation>Egyenlegközlő készítése…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nincs mentve</translation>
        </message>
        <message>
            <source>On {day} neither side owes the other.</source>
            <translation>{day} napon egyik félnek sincs tartozása a másik felé.</translation>
        </message>
        <message>
            <source>On {day} we owe {client} {amount} (its credit).</source>
            <translation>{day} napon {amount} tartozásunk van {client} felé (az ügyfél túlfizetése).</translation>
        </message>
        <message>
            <source>On {day} {client} owes us {amount}.</source>
            <translation>{day} napon {client} tartozása felénk: {amount}.</translation>
        </message>
        <message>
            <source>Open the statement in your PDF viewer</source>
            <translation>Egyenlegközlő megnyitása a PDF-megjelenítőben</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>Megnyitva a PDF-megjelenítőben: onnan nyomtassa ki.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumentumok (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Előnézet</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Nyomtatás…</translation>
        </message>
        <message>
            <source>Reconciliation statement</source>
            <translation>Egyenlegközlő</translation>
        </message>
        <message>
            <source>Reconciliation statement: {client}</source>
            <translation>Egyenlegközlő: {client}</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Mentés másként…</translation>
        </message>
        <message>
            <source>Save the statement as</source>
            <translation>Egyenlegközlő mentése másként</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Mentve: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Elküldve a nyomtatóra.</translation>
        </message>
        <message>
            <source>The period must start before it ends.</source>
            <translation>Az időszak kezdetének a vége előtt kell lennie.</translation>
        </message>
        <message>
            <source>Type the client's name and choose it from the list.</source>
            <translation>Írja be az ügyfél nevét, és válassza ki a listából.</translation>
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <source>Remove this step</source>
            <translation>Lépés eltávolítása</translation>
        </message>
        <message>
            <source>What is to be done (send the offer, call back…)</source>
            <translation>Mi a teendő (ajánlat elküldése, visszahívás…)</translation>
        </message>
        <message>
            <source>due</source>
            <translation>határidő</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>(not a reason)</source>
            <translation>(nem indok)</translation>
        </message>
        <message>
            <source>Budget for our category, per year</source>
            <translation>Éves költségkeret a termékkategóriánkra</translation>
        </message>
        <message>
            <source>Development plans</source>
            <translation>Fejlesztési tervek</translation>
        </message>
        <message>
            <source>Innovator: tries new products first</source>
            <translation>Innovátor: elsőként próbálja ki az új termékeket</translation>
        </message>
        <message>
            <source>More competent than us: teaches us standards</source>
            <translation>Nálunk hozzáértőbb: szakmai mércét állít elénk</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Igények</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Megjegyzések</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Lehetőségek</translation>
        </message>
        <message>
            <source>Partner: shares plans and budgets openly</source>
            <translation>Partner: nyíltan megosztja terveit és költségvetését</translation>
        </message>
        <message>
            <source>Potential: has need and budget, buys little from us yet</source>
            <translation>Potenciál: van igénye és kerete, de még keveset vásárol tőlünk</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problémák</translation>
        </message>
        <message>
            <source>Reference: a name that helps win others</source>
            <translation>Referencia: a neve segít más ügyfelek megnyerésében</translation>
        </message>
        <message>
            <source>Revenue share: brings a large share of our income</source>
            <translation>Árbevétel-részesedés: bevételünk nagy részét hozza</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Save strategy</source>
            <translation>Stratégia mentése</translation>
        </message>
        <message>
            <source>Say in a sentence why this reason applies.</source>
            <translation>Egy mondatban írja le, miért érvényes ez az indok.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Erősségek</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Veszélyek</translation>
        </message>
        <message>
            <source>Vision and priorities</source>
            <translation>Jövőkép és prioritások</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Gyengeségek</translation>
        </message>
        <message>
            <source>Why this client is key</source>
            <translation>Miért kulcsügyfél ez az ügyfél</translation>
        </message>
        <message>
            <source>why, in a sentence</source>
            <translation>miért, egy mondatban</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message numerus="yes">
            <source>%n record(s) written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</source>
            <translation>
                <numerusform>%n rekord kiírva ide: {path}.

Adja át ezt a fájlt a következőnek: {to}. Ott a Fájl importálása… paranccsal és ugyanazzal a jelmondattal kell importálni.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Szinkronizálás&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Feloldandó ütközések</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Kész.</translation>
        </message>
        <message>
            <source>Done: kept “{v}”.</source>
            <translation>Kész: megtartva: „{v}”.</translation>
        </message>
        <message>
            <source>Done: the record is deleted.</source>
            <translation>Kész: a rekord törölve.</translation>
        </message>
        <message>
            <source>Done: the record is kept.</source>
            <translation>Kész: a rekord megtartva.</translation>
        </message>
        <message>
            <source>Done: the value is now “{v}”.</source>
            <translation>Kész: az érték mostantól „{v}”.</translation>
        </message>
        <message>
            <source>Exchanging changes with the team server…</source>
            <translation>Változások cseréje a csapat szerverével…</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Exportálás fájlba</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Exportálás fájlba…</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportálva</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fájl</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Előzmények</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Fájl importálása</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Fájl importálása…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importálva</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} importálása…</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Last received from it</source>
            <translation>Utoljára fogadva tőle</translation>
        </message>
        <message>
            <source>Last sent to it</source>
            <translation>Utoljára küldve neki</translation>
        </message>
        <message>
            <source>No file exported or imported yet.</source>
            <translation>Még nem volt fájl exportálva vagy importálva.</translation>
        </message>
        <message>
            <source>No other laptop yet. Export a full file to set up a colleague's laptop: choose “A new laptop (everything)”.</source>
            <translation>Még nincs másik laptop. Kolléga laptopjának beállításához exportáljon teljes fájlt: válassza az „Új laptop (minden adat)” lehetőséget.</translation>
        </message>
        <message>
            <source>Other laptops</source>
            <translation>Más laptopok</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} olvasása…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Fogadva</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Elküldve</translation>
        </message>
        <message>
            <source>Sent or received</source>
            <translation>Elküldve vagy fogadva</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Szinkronizálás a szerverrel</translation>
        </message>
        <message>
            <source>Sync with the server…</source>
            <translation>Szinkronizálás a szerverrel…</translation>
        </message>
        <message>
            <source>Synced with the server</source>
            <translation>Szinkronizálva a szerverrel</translation>
        </message>
        <message>
            <source>The team's laptops share their data through the team server (Sync with the server…) or through files: export one for a colleague, import the ones you receive. Files use the team's passphrase.</source>
            <translation>A csapat laptopjai a csapat szerverén („Szinkronizálás a szerverrel…”) vagy fájlokon keresztül osztják meg adataikat: exportáljon egyet a kollégának, és importálja azokat, amelyeket kap. A fájlokhoz a csapat jelmondata kell.</translation>
        </message>
        <message>
            <source>This laptop: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Ez a laptop: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Küldésre vár</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Mikor</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} írása…</translation>
        </message>
        <message>
            <source>a new laptop</source>
            <translation>új laptop</translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>másik laptop</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync);;All files (*)</source>
            <translation>kamdesk szinkronizálási fájlok (*.kamsync);;Minden fájl (*)</translation>
        </message>
        <message>
            <source>the new laptop</source>
            <translation>az új laptop</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>névtelen</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n rekord</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on two laptops at once to different values.</source>
            <translation>Két laptopon egyszerre, eltérő értékre módosították.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Client in a promotion</source>
            <translation>Akcióban részt vevő ügyfél</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Ügyfelek</translation>
        </message>
        <message>
            <source>Clients in promotions</source>
            <translation>Akciókban részt vevő ügyfelek</translation>
        </message>
        <message>
            <source>Column price</source>
            <translation>Árkategória szerinti ár</translation>
        </message>
        <message>
            <source>Column prices</source>
            <translation>Árkategória szerinti árak</translation>
        </message>
        <message>
            <source>Company profile</source>
            <translation>Cégprofil</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Versenytárs</translation>
        </message>
        <message>
            <source>Competitor at a client</source>
            <translation>Versenytárs egy ügyfélnél</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Versenytársak</translation>
        </message>
        <message>
            <source>Competitors at clients</source>
            <translation>Versenytársak az ügyfeleknél</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Panasz</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Panaszok</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kapcsolattartó</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kapcsolattartók</translation>
        </message>
        <message>
            <source>Deleted on one laptop while edited on another.</source>
            <translation>Az egyik laptopon törölték, a másikon közben szerkesztették.</translation>
        </message>
        <message>
            <source>Deleted on one laptop, but another laptop added something to it, so it came back.</source>
            <translation>Az egyik laptopon törölték, de egy másik laptop hozzáadott valamit, ezért visszakerült.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumentum</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumentumok</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Számla</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Számlák</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>KAM assignment</source>
            <translation>KAM-hozzárendelés</translation>
        </message>
        <message>
            <source>KAM assignments</source>
            <translation>KAM-hozzárendelések</translation>
        </message>
        <message>
            <source>KAMs</source>
            <translation>KAM-ok</translation>
        </message>
        <message>
            <source>Key-client reason</source>
            <translation>Kulcsügyfél-indok</translation>
        </message>
        <message>
            <source>Key-client reasons</source>
            <translation>Kulcsügyfél-indokok</translation>
        </message>
        <message>
            <source>Made twice, on two laptops: the two records are one in fact.</source>
            <translation>Kétszer hozták létre, két laptopon: a két rekord valójában egy és ugyanaz.</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Találkozó résztvevője</translation>
        </message>
        <message>
            <source>Meeting attendees</source>
            <translation>Találkozók résztvevői</translation>
        </message>
        <message>
            <source>Meeting or task</source>
            <translation>Találkozó vagy feladat</translation>
        </message>
        <message>
            <source>Meeting question</source>
            <translation>Találkozó kérdése</translation>
        </message>
        <message>
            <source>Meeting questions</source>
            <translation>Találkozók kérdései</translation>
        </message>
        <message>
            <source>Meetings and tasks</source>
            <translation>Találkozók és feladatok</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Kifogás</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Kifogások</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Rendelés</translation>
        </message>
        <message>
            <source>Order history entries</source>
            <translation>Rendelés előzménybejegyzései</translation>
        </message>
        <message>
            <source>Order history entry</source>
            <translation>Rendelés előzménybejegyzése</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Rendeléstétel</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Rendeléstételek</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Rendelések</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Befizetés</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Befizetések</translation>
        </message>
        <message>
            <source>Payments allocated to this invoice (here and on another laptop) add up to more than it asked. The excess is kept as the client's credit: undo the allocation that went over in Receivables and allocate it elsewhere.</source>
            <translation>A számlához (itt és egy másik laptopon) párosított befizetések összege meghaladja a számla összegét. A többletet az ügyfél túlfizetéseként tartjuk nyilván: a Kintlévőségek részben bontsa a túllépő párosítást, és párosítsa máshová.</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Árkategória</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Árkategóriák</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Termékkategóriák</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Termékkategória</translation>
        </message>
        <message>
            <source>Product in a promotion</source>
            <translation>Akcióban szereplő termék</translation>
        </message>
        <message>
            <source>Product on an agenda</source>
            <translation>Napirenden szereplő termék</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Termékek</translation>
        </message>
        <message>
            <source>Products in promotions</source>
            <translation>Akciókban szereplő termékek</translation>
        </message>
        <message>
            <source>Products on agendas</source>
            <translation>Napirendeken szereplő termékek</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Akció</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Akciók</translation>
        </message>
        <message>
            <source>Quantity break</source>
            <translation>Mennyiségi kedvezmény</translation>
        </message>
        <message>
            <source>Quantity breaks</source>
            <translation>Mennyiségi kedvezmények</translation>
        </message>
        <message>
            <source>Relation between contacts</source>
            <translation>Kapcsolattartók közötti kapcsolat</translation>
        </message>
        <message>
            <source>Relations between contacts</source>
            <translation>Kapcsolattartók közötti kapcsolatok</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Visszáru</translation>
        </message>
        <message>
            <source>Return line</source>
            <translation>Visszárutétel</translation>
        </message>
        <message>
            <source>Return lines</source>
            <translation>Visszárutételek</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Visszáruk</translation>
        </message>
        <message>
            <source>Sales plan</source>
            <translation>Értékesítési terv</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Értékesítési tervek</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Beállítás</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Beállítások</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Egyedi ár</translation>
        </message>
        <message>
            <source>Special prices</source>
            <translation>Egyedi árak</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Csapat</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Csapatok</translation>
        </message>
        <message>
            <source>The order's lines were changed on two laptops at once: it now holds both, and its totals add up. Keep it as merged, or also get the other version back as a new draft.</source>
            <translation>A rendelés tételeit két laptopon egyszerre módosították: most mindkettőét tartalmazza, és az összesítők stimmelnek. Tartsa meg az egyesített változatot, vagy kérje vissza a másik változatot is új piszkozatként.</translation>
        </message>
        <message>
            <source>The same order was invoiced on two laptops.</source>
            <translation>Ugyanazt a rendelést két laptopon számlázták.</translation>
        </message>
        <message>
            <source>Two different records carry the same number.</source>
            <translation>Két különböző rekord ugyanazt a számot viseli.</translation>
        </message>
        <message>
            <source>Two laptops disagree about this record.</source>
            <translation>A két laptop eltér ebben a rekordban.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>új</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>módosítva</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>törölve</translation>
        </message>
        <message>
            <source>everything (a full file)</source>
            <translation>minden (teljes fájl)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>soha</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>semmi</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nincs újdonság</translation>
        </message>
        <message>
            <source>nothing: up to date</source>
            <translation>semmi: naprakész</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>a teljes rekord</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV, comma separated (*.csv)</source>
            <translation>CSV, vesszővel tagolt (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>A(z) {path} nem írható: {why}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-munkafüzet (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>A táblázat exportálása</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Szűrők</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nincs exportálva</translation>
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Ebben az időszakban nincs megjeleníthető adat.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>{page}. oldal / {pages}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Időszak</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Nyomtatva</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Összesen</translation>
        </message>
    </context>
    <context>
        <name>TasksBlock</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n napja lejárt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in the next 7 days (%n)</source>
            <translation>
                <numerusform>Esedékes a következő 7 napban (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Késznek jelölés</translation>
        </message>
        <message>
            <source>Mark done: {task}</source>
            <translation>Késznek jelölés: {task}</translation>
        </message>
        <message>
            <source>No tasks overdue or due in the next 7 days.</source>
            <translation>Nincs lejárt vagy a következő 7 napban esedékes feladat.</translation>
        </message>
        <message numerus="yes">
            <source>Overdue (%n)</source>
            <translation>
                <numerusform>Lejárt (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Feladatok</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Ma</translation>
        </message>
        <message>
            <source>agreed at “{meeting}”</source>
            <translation>a(z) „{meeting}” találkozón megbeszélve</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… és még %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermsPage</name>
        <message numerus="yes">
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>%n ma érvényes egyedi ár</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n special price(s): {current} valid today, {others} outside their dates</source>
            <translation>
                <numerusform>%n egyedi ár: ma érvényes {current}, érvényességi idején kívül {others}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{price}&lt;/b&gt; per {unit} for {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Compared: {compared}&lt;/span&gt;</source>
            <translation>&lt;b&gt;{price}&lt;/b&gt; / {unit}, {qty} mennyiségnél&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Összevetve: {compared}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hozzáadás…</translation>
        </message>
        <message>
            <source>Azerbaijani (azərbaycanca)</source>
            <translation>Azerbajdzsáni (azərbaycanca)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Ellenőrzés</translation>
        </message>
        <message>
            <source>Commercial terms</source>
            <translation>Kereskedelmi feltételek</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Hitelkeret</translation>
        </message>
        <message>
            <source>Credit limit, {currency}</source>
            <translation>Hitelkeret, {currency}</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Dokumentumok nyelve</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Szerkesztés…</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Angol</translation>
        </message>
        <message>
            <source>Hungarian (magyar)</source>
            <translation>Magyar</translation>
        </message>
        <message>
            <source>Italian (italiano)</source>
            <translation>Olasz (italiano)</translation>
        </message>
        <message>
            <source>Largest line discount, %</source>
            <translation>Legnagyobb tételkedvezmény, %</translation>
        </message>
        <message>
            <source>Not valid today</source>
            <translation>Ma nem érvényes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Semmi sem lett mentve: javítsa a(z) %n megjelölt mezőt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment terms, days</source>
            <translation>Fizetési határidő, nap</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Ár</translation>
        </message>
        <message>
            <source>Price check</source>
            <translation>Árellenőrzés</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Árkategória</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Remove special price</source>
            <translation>Egyedi ár eltávolítása</translation>
        </message>
        <message>
            <source>Remove the special price {price} for {sku} {name}?</source>
            <translation>Eltávolítja a(z) {sku} {name} {price} összegű egyedi árát?</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Eltávolítás…</translation>
        </message>
        <message>
            <source>Russian (русский)</source>
            <translation>Orosz (русский)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Cikkszám</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Feltételek mentése</translation>
        </message>
        <message>
            <source>Special prices for this client</source>
            <translation>Az ügyfél egyedi árai</translation>
        </message>
        <message>
            <source>Terms saved.</source>
            <translation>A feltételek elmentve.</translation>
        </message>
        <message>
            <source>Type an SKU or a name and pick the product.</source>
            <translation>Írjon be cikkszámot vagy nevet, és válassza ki a terméket.</translation>
        </message>
        <message>
            <source>Type the quantity.</source>
            <translation>Adja meg a mennyiséget.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Érvényesség kezdete</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Érvényesség vége</translation>
        </message>
        <message>
            <source>above it, a discount needs approval</source>
            <translation>e fölött a kedvezményhez jóváhagyás kell</translation>
        </message>
        <message>
            <source>empty: no limit · 0: prepayment only</source>
            <translation>üres: nincs keret · 0: csak előre fizetés</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>mennyiség</translation>
        </message>
        <message>
            <source>{name} ({percent} off)</source>
            <translation>{name} ({percent} kedvezmény)</translation>
        </message>
        <message>
            <source>— none: base prices —</source>
            <translation>— nincs: alapárak —</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>This field holds at most %1 characters; longer text cannot be saved.</source>
            <translation>Ez a mező legfeljebb %1 karaktert tartalmazhat; hosszabb szöveg nem menthető.</translation>
        </message>
        <message>
            <source>Too long to save: %1 characters, at most %2.</source>
            <translation>Túl hosszú a mentéshez: %1 karakter, legfeljebb %2.</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>&lt;b&gt;Key-client thresholds&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kulcsügyfél-küszöbértékek&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Critical dependency above, %</source>
            <translation>Kritikus függés e fölött, %</translation>
        </message>
        <message>
            <source>Dossier stale after, days without contact</source>
            <translation>Ügyféladatlap elavult ennyi kapcsolat nélküli nap után</translation>
        </message>
        <message>
            <source>Key client above, % of revenue</source>
            <translation>Kulcsügyfél e fölött, az árbevétel %-a</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least</source>
            <translation>Kulcsügyfél akkor is, ha az árbevétel legalább</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least, {currency}</source>
            <translation>Kulcsügyfél akkor is, ha az árbevétel legalább, {currency}</translation>
        </message>
        <message>
            <source>Mono-client above, %</source>
            <translation>Egyetlen ügyféltől függés e fölött, %</translation>
        </message>
        <message>
            <source>Must not be below the critical share.</source>
            <translation>Nem lehet kisebb a kritikus részesedésnél.</translation>
        </message>
        <message>
            <source>Must not be below the key-client share.</source>
            <translation>Nem lehet kisebb a kulcsügyfél-részesedésnél.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked fields.</source>
            <translation>Semmi sem lett mentve: javítsa a megjelölt mezőket.</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>Küszöbértékek mentése</translation>
        </message>
        <message>
            <source>Shared with the team; the share is of revenue in the period.</source>
            <translation>A csapattal közös; a részesedés az időszak árbevételére vonatkozik.</translation>
        </message>
        <message>
            <source>Type a percentage above 0 and up to 100, e.g. 10.</source>
            <translation>Adjon meg 0-nál nagyobb, legfeljebb 100 százalékot, pl. 10.</translation>
        </message>
        <message>
            <source>Type a whole number of days from 1 to 3650.</source>
            <translation>Adjon meg egész számú napot 1 és 3650 között.</translation>
        </message>
        <message>
            <source>Type an amount above zero, such as 5000000 or %1, or leave it empty.</source>
            <translation>Adjon meg nullánál nagyobb összeget, pl. 5000000 vagy %1, vagy hagyja üresen.</translation>
        </message>
        <message>
            <source>optional, e.g. 5 000 000</source>
            <translation>nem kötelező, pl. 5 000 000</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ma&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Critical dependency</source>
            <translation>Kritikus függés</translation>
        </message>
        <message>
            <source>Key clients by share</source>
            <translation>Kulcsügyfelek részesedés szerint</translation>
        </message>
        <message>
            <source>Key-client alerts</source>
            <translation>Kulcsügyfél-figyelmeztetések</translation>
        </message>
        <message>
            <source>Mono-client</source>
            <translation>Egyetlen ügyféltől függés</translation>
        </message>
        <message>
            <source>No alerts: no client brings more than {limit} of revenue in the last 12 months.</source>
            <translation>Nincs figyelmeztetés: az elmúlt 12 hónapban egyetlen ügyfél sem hozta az árbevétel több mint {limit} részét.</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Nincs számlázott árbevétel az elmúlt 12 hónapban.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Adatbázis megnyitása…</translation>
        </message>
        <message>
            <source>Share of invoiced revenue from {start} to {end}. Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>A számlázott árbevétel részesedése {start} és {end} között. Összegek {currency} pénznemben, az egyes számlák keltének árfolyamán.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: losing it would hurt badly.</source>
            <translation>{name} hozza az árbevételünk {share} részét, ami több mint {limit}: elvesztése súlyosan érintene minket.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: the business depends on one client.</source>
            <translation>{name} hozza az árbevételünk {share} részét, ami több mint {limit}: a vállalkozás egyetlen ügyféltől függ.</translation>
        </message>
    </context>
    <context>
        <name>TopCausesPanel</name>
        <message>
            <source>&lt;b&gt;Top causes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fő okok&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Act first on &lt;b&gt;{reason}&lt;/b&gt;: {share} of losses — {detail}.</source>
            <translation>Először ezzel foglalkozzon: &lt;b&gt;{reason}&lt;/b&gt; (a veszteségek {share} része) — {detail}.</translation>
        </message>
        <message>
            <source>Nothing was refused or returned in the period.</source>
            <translation>Az időszakban semmi sem volt visszautasítva vagy visszaküldve.</translation>
        </message>
        <message>
            <source>Share of all refused and returned value in the period.</source>
            <translation>Az időszakban visszautasított és visszaküldött teljes érték aránya.</translation>
        </message>
        <message>
            <source>{reason}: {share} of losses — {detail}</source>
            <translation>{reason}: a veszteségek {share} része — {detail}</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>%n deleted record(s). Each is kept at least {days} days; after that sync may remove it for good.</source>
            <translation>
                <numerusform>%n törölt tétel. Mindegyiket legalább {days} napig megőrizzük; utána a szinkronizálás véglegesen törölheti.</numerusform>
            </translation>
        </message>
        <message>
            <source>A contact's or meeting's client, a product's SKU, a client's city</source>
            <translation>A kapcsolattartó vagy találkozó ügyfele, a termék cikkszáma, az ügyfél városa</translation>
        </message>
        <message>
            <source>After this day the next sync may remove it for good</source>
            <translation>E nap után a következő szinkronizálás véglegesen törölheti</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Hívás</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Ügyfél</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bezárás</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kapcsolattartó</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Törölve</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Részletek</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Megőrizve eddig</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <source>Past it: the next sync may remove it</source>
            <translation>Lejárt: a következő szinkronizálás törölheti</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Termék</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Visszaállítás</translation>
        </message>
        <message>
            <source>Restored: {names}</source>
            <translation>Visszaállítva: {names}</translation>
        </message>
        <message>
            <source>Search by name, client or SKU</source>
            <translation>Keresés név, ügyfél vagy cikkszám szerint</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Feladat</translation>
        </message>
        <message>
            <source>The laptop it was deleted on, when sync has told</source>
            <translation>A laptop, amelyen törölték, ha a szinkronizálás közölte</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Lomtár</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mi</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>és még %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Lomtár…</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Időtartam, perc</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Újra</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Újra: {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Újra végrehajtva: {what}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Kezdés</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Visszavonás</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Visszavonás: {what}</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Visszavonva: {what}</translation>
        </message>
        <message>
            <source>deletion of call “{name}”</source>
            <translation>a(z) „{name}” hívás törlése</translation>
        </message>
        <message>
            <source>deletion of client “{name}”</source>
            <translation>a(z) „{name}” ügyfél törlése</translation>
        </message>
        <message>
            <source>deletion of contact “{name}”</source>
            <translation>a(z) „{name}” kapcsolattartó törlése</translation>
        </message>
        <message>
            <source>deletion of meeting “{name}”</source>
            <translation>a(z) „{name}” találkozó törlése</translation>
        </message>
        <message>
            <source>deletion of product “{name}”</source>
            <translation>a(z) „{name}” termék törlése</translation>
        </message>
        <message>
            <source>move of call “{subject}”</source>
            <translation>a(z) „{subject}” hívás áthelyezése</translation>
        </message>
        <message>
            <source>move of meeting “{subject}”</source>
            <translation>a(z) „{subject}” találkozó áthelyezése</translation>
        </message>
        <message>
            <source>removal of line {n}, {product}</source>
            <translation>a(z) {n}. sor törlése ({product})</translation>
        </message>
        <message numerus="yes">
            <source>restore of %n record(s)</source>
            <translation>
                <numerusform>%n tétel visszaállítása</numerusform>
            </translation>
        </message>
        <message>
            <source>restore of “{name}”</source>
            <translation>a(z) „{name}” visszaállítása</translation>
        </message>
    </context>
    <context>
        <name>VatRegistrationsEditor</name>
        <message>
            <source>Add a country…</source>
            <translation>Ország hozzáadása…</translation>
        </message>
        <message>
            <source>None: the company charges VAT only in its own country.</source>
            <translation>Nincs: a cég csak a saját országában számít fel áfát.</translation>
        </message>
    </context>
    <context>
        <name>WeekAgenda</name>
        <message>
            <source>+{n} more</source>
            <translation>+{n} további</translation>
        </message>
        <message>
            <source>Agenda {year} week {week}.pdf</source>
            <translation>Napirend {year} {week}. hét.pdf</translation>
        </message>
        <message>
            <source>Agenda: {week}</source>
            <translation>Napirend: {week}</translation>
        </message>
        <message>
            <source>Client · subject</source>
            <translation>Ügyfél · tárgy</translation>
        </message>
        <message>
            <source>Leave {time}</source>
            <translation>Indulás {time}</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Helyszín</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Nyomtatva</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Felkészültség</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Időpont</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>nincs semmi betervezve</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Attendees: {names}</source>
            <translation>Résztvevők: {names}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Elmaradt</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Kész ✓</translation>
        </message>
        <message>
            <source>Leave by {time} ({minutes} min travel)</source>
            <translation>Indulás legkésőbb {time} ({minutes} perc utazás)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Találkozó</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Telefonos megbeszélés</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefonhívás</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Felkészültség: {score} / 100</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videohívás</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Videós megbeszélés</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>indulás legkésőbb {time}</translation>
        </message>
        <message>
            <source>↻ Repeats</source>
            <translation>↻ Ismétlődik</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Hiba történt.</translation>
        </message>
        <message>
            <source>Your saved data is safe. The details were written to the log:
{path}</source>
            <translation>A mentett adatai biztonságban vannak. A részletek a naplóba kerültek:
{path}</translation>
        </message>
    </context>
    <context>
        <name>kamdesk.domain</name>
        <message>
            <source>Active</source>
            <translation>Aktív</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Sztornózva</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Visszaigazolva</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Sérült</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Átvéve</translation>
        </message>
        <message>
            <source>Domestic: the product's rate</source>
            <translation>Belföldi: a termék áfakulcsa</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Alvó</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Piszkozat</translation>
        </message>
        <message>
            <source>EAEU (0 %, for a Russian supplier)</source>
            <translation>EAGU (0 %, orosz szállító esetén)</translation>
        </message>
        <message>
            <source>Exempt supply (no VAT)</source>
            <translation>Adómentes értékesítés (áfa nélkül)</translation>
        </message>
        <message>
            <source>Export (0 %)</source>
            <translation>Export (0 %)</translation>
        </message>
        <message>
            <source>From country and VAT number</source>
            <translation>Ország és adószám alapján</translation>
        </message>
        <message>
            <source>Intra-Community supply of goods (exempt)</source>
            <translation>Közösségen belüli termékértékesítés (adómentes)</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Számlázva</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Elvesztett</translation>
        </message>
        <message>
            <source>Mis-grading</source>
            <translation>Hibás minősítés</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Egyéb</translation>
        </message>
        <message>
            <source>Price dispute</source>
            <translation>Árvita</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Érdeklődő</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Minőség</translation>
        </message>
        <message>
            <source>Services to an EU business (reverse charge)</source>
            <translation>Szolgáltatás uniós vállalkozásnak (fordított adózás)</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Kiszállítva</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Többlet</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Téves termék</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>jóváhagyó</translation>
        </message>
        <message>
            <source>base price</source>
            <translation>alapár</translation>
        </message>
        <message>
            <source>brief</source>
            <translation>futólagos</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>szószóló</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritikus</translation>
        </message>
        <message>
            <source>decision maker</source>
            <translation>döntéshozó</translation>
        </message>
        <message>
            <source>domestic supply</source>
            <translation>belföldi értékesítés</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>értékelő</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>export to the EAEU</source>
            <translation>export az EAGU-ba</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>kapuőr</translation>
        </message>
        <message>
            <source>high</source>
            <translation>nagy</translation>
        </message>
        <message>
            <source>in depth</source>
            <translation>alapos</translation>
        </message>
        <message>
            <source>intra-Community supply</source>
            <translation>Közösségen belüli értékesítés</translation>
        </message>
        <message>
            <source>key</source>
            <translation>kulcsügyfél</translation>
        </message>
        <message>
            <source>low</source>
            <translation>kicsi</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>közepes</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>egyetlen ügyféltől függő</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>semleges</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nincs</translation>
        </message>
        <message>
            <source>opponent</source>
            <translation>ellenző</translation>
        </message>
        <message>
            <source>price column</source>
            <translation>árkategória</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>akció</translation>
        </message>
        <message>
            <source>quantity break</source>
            <translation>mennyiségi kedvezmény</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>rendszeres</translation>
        </message>
        <message>
            <source>reverse charge</source>
            <translation>fordított adózás</translation>
        </message>
        <message>
            <source>sceptic</source>
            <translation>szkeptikus</translation>
        </message>
        <message>
            <source>special price</source>
            <translation>egyedi ár</translation>
        </message>
        <message>
            <source>supporter</source>
            <translation>támogató</translation>
        </message>
        <message>
            <source>typed by hand</source>
            <translation>kézzel megadva</translation>
        </message>
        <message>
            <source>user</source>
            <translation>felhasználó</translation>
        </message>
        <message>
            <source>without VAT</source>
            <translation>áfa nélkül</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Backup restored</source>
            <translation>Biztonsági mentés visszaállítva</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Biztonsági mentés visszaállítása</translation>
        </message>
        <message>
            <source>Restore the backup of {when}?

The current file is saved aside first, beside it, named with today's date. What was entered after {when} is not in the backup.</source>
            <translation>Visszaállítja a(z) {when} időpontú biztonsági mentést?

A jelenlegi fájlt a program előbb félreteszi ugyanabba a mappába, a mai dátummal a nevében. Ami {when} után lett rögzítve, az nincs benne a mentésben.</translation>
        </message>
        <message>
            <source>Restoring the backup of {when}…</source>
            <translation>A(z) {when} időpontú biztonsági mentés visszaállítása…</translation>
        </message>
        <message>
            <source>The backup of {when} is restored.

The file it replaced was saved as {aside}.</source>
            <translation>A(z) {when} időpontú biztonsági mentés visszaállítva.

A lecserélt fájl mentési neve: {aside}.</translation>
        </message>
        <message>
            <source>This backup was made before the database was encrypted: it is encrypted with the current passphrase as it is restored.</source>
            <translation>Ez a biztonsági mentés az adatbázis titkosítása előtt készült: visszaállításkor a program a jelenlegi jelmondattal titkosítja.</translation>
        </message>
    </context>
    <context>
        <name>windows</name>
        <message>
            <source>kamdesk is locked: unlock it first.</source>
            <translation>A kamdesk zárolva van: előbb oldja fel.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;The key account manager's offline workbench.</source>
            <translation>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;Əsas müştəri menecerinin şəbəkəsiz də işləyən iş yeri.</translation>
        </message>
        <message>
            <source>About kamdesk</source>
            <translation>kamdesk haqqında</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Ehtiyat nüsxələr</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Verilənlər bazası</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Jurnal</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Qovluğu aç</translation>
        </message>
        <message>
            <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
            <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Parametrlər</translation>
        </message>
    </context>
    <context>
        <name>AfterPage</name>
        <message>
            <source>Add a next step</source>
            <translation>Növbəti addım əlavə et</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Razılaşdırılmış növbəti addımlar</translation>
        </message>
        <message>
            <source>Answers to the planned questions</source>
            <translation>Planlaşdırılmış suallara cavablar</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <source>Cancelled…</source>
            <translation>Ləğv edilib…</translation>
        </message>
        <message>
            <source>Each becomes a task for you, due on its date.</source>
            <translation>Hər biri öz son tarixi ilə Sizin tapşırığınıza çevrilir.</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>Sonrakı tapşırıqlar</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Keçirilib</translation>
        </message>
        <message>
            <source>Held: record the outcome</source>
            <translation>Keçirilib: nəticəni qeydə alın</translation>
        </message>
        <message>
            <source>Marked held or cancelled by mistake: plan it again (the outcome is kept).</source>
            <translation>Səhvən keçirilmiş və ya ləğv edilmiş kimi qeyd edilib: yenidən planlaşdırın (nəticə saxlanılır).</translation>
        </message>
        <message>
            <source>No follow-up tasks yet.</source>
            <translation>Hələ sonrakı tapşırıq yoxdur.</translation>
        </message>
        <message>
            <source>No questions were planned (Preparation page, Listening plan).</source>
            <translation>Heç bir sual planlaşdırılmayıb (Hazırlıq səhifəsi, Dinləmə planı).</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planlaşdırılıb</translation>
        </message>
        <message>
            <source>Reopen as planned</source>
            <translation>Planlaşdırılmış kimi yenidən aç</translation>
        </message>
        <message>
            <source>What came of it: decisions, what the client said, the mood in the room</source>
            <translation>Nə alındı: qərarlar, müştərinin dedikləri, otaqdakı əhval-ruhiyyə</translation>
        </message>
        <message>
            <source>What they answered</source>
            <translation>Nə cavab verdilər</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>son tarix yoxdur</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>vaxtı keçib</translation>
        </message>
        <message>
            <source>{subject} — due {day}</source>
            <translation>{subject} — son tarix {day}</translation>
        </message>
    </context>
    <context>
        <name>AgendaProducts</name>
        <message>
            <source>Add</source>
            <translation>Əlavə et</translation>
        </message>
        <message>
            <source>Client's price today</source>
            <translation>Müştərinin bugünkü qiyməti</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>“{text}” ilə tək bir məhsul uyğun gəlmir: siyahıdan birini seçin.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name.</source>
            <translation>Artikul və ya məhsul adının bir hissəsini yazın.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <source>Allocate</source>
            <translation>Bölüşdür</translation>
        </message>
        <message>
            <source>Allocate payment</source>
            <translation>Ödənişi bölüşdür</translation>
        </message>
        <message>
            <source>Payment of {day}: {amount}, of which {free} is free to allocate.</source>
            <translation>{day} tarixli ödəniş: {amount}, bunun {free} hissəsi bölüşdürülə bilər.</translation>
        </message>
        <message>
            <source>Type an amount on at least one invoice.</source>
            <translation>Ən azı bir hesab-fakturada məbləğ daxil edin.</translation>
        </message>
    </context>
    <context>
        <name>AllocationTable</name>
        <message>
            <source>Allocate</source>
            <translation>Bölüşdür</translation>
        </message>
        <message>
            <source>Allocated {total}</source>
            <translation>Bölüşdürülüb {total}</translation>
        </message>
        <message>
            <source>Allocated {total} · stays as credit {credit}</source>
            <translation>Bölüşdürülüb {total} · avans kimi qalır {credit}</translation>
        </message>
        <message>
            <source>Allocated {total}: {over} more than the payment</source>
            <translation>Bölüşdürülüb {total}: ödənişdən {over} çox</translation>
        </message>
        <message>
            <source>Choose the client first: its open invoices show here.</source>
            <translation>Əvvəlcə müştərini seçin: onun açıq hesab-fakturaları burada görünür.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Ödəmə tarixi</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Hesab-faktura</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Verilmə tarixi</translation>
        </message>
        <message>
            <source>Nothing is open: the whole payment stays as the client's credit.</source>
            <translation>Açıq heç nə yoxdur: bütün ödəniş müştərinin avansı kimi qalır.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Açıq</translation>
        </message>
        <message>
            <source>What of the payment goes on this invoice</source>
            <translation>Ödənişin nə qədəri bu hesab-fakturaya gedir</translation>
        </message>
        <message>
            <source>{number}: an amount cannot be below zero.</source>
            <translation>{number}: məbləğ sıfırdan az ola bilməz.</translation>
        </message>
        <message>
            <source>{number}: type an amount such as 1250.50, not “{text}”.</source>
            <translation>{number}: “{text}” deyil, 1250.50 kimi məbləğ daxil edin.</translation>
        </message>
        <message>
            <source>{number}: {amount} is more than the {open} open.</source>
            <translation>{number}: {amount} açıq olan {open} məbləğindən çoxdur.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approved by</source>
            <translation>Təsdiq edən</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>Endirimin təsdiqi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Təsdiqi qeydə al</translation>
        </message>
        <message>
            <source>Say who approved the discount.</source>
            <translation>Endirimi kimin təsdiq etdiyini göstərin.</translation>
        </message>
        <message>
            <source>Say why it was approved.</source>
            <translation>Niyə təsdiq edildiyini göstərin.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Səbəb</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Bərpa et…</translation>
        </message>
        <message>
            <source>Back up &amp;now…</source>
            <translation>&amp;İndi ehtiyat nüsxə çıxar…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>İndi ehtiyat nüsxə çıxar</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>Ehtiyat nüsxənin yeri</translation>
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation>Ehtiyat nüsxə çıxarıldı və yoxlanıldı: {path}</translation>
        </message>
        <message>
            <source>Backing up to {folder}…</source>
            <translation>{folder} qovluğuna ehtiyat nüsxə çıxarılır…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Ehtiyat nüsxələr</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Hələ heç bir ehtiyat nüsxə çıxarılmayıb.</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>&amp;Qovluğu aç</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Sxem</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ölçü</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Çıxarılma vaxtı</translation>
        </message>
        <message>
            <source>encrypted with another passphrase</source>
            <translation>başqa şifrə ifadəsi ilə şifrələnib</translation>
        </message>
        <message>
            <source>kamdesk backs this file up before every upgrade and bulk import and keeps the newest ten, in {folder}.</source>
            <translation>kamdesk hər yeniləmədən və kütləvi idxaldan əvvəl bu faylın ehtiyat nüsxəsini çıxarır və ən yeni onunu {folder} qovluğunda saxlayır.</translation>
        </message>
        <message>
            <source>unreadable: cannot be restored</source>
            <translation>oxunmur: bərpa edilə bilməz</translation>
        </message>
        <message>
            <source>{revision}, a newer kamdesk's: cannot be restored</source>
            <translation>{revision}, daha yeni kamdesk versiyasınındır: bərpa edilə bilməz</translation>
        </message>
        <message>
            <source>{revision}, older: upgraded when restored</source>
            <translation>{revision}, köhnə: bərpa edilərkən yenilənir</translation>
        </message>
        <message>
            <source>{revision}, this version</source>
            <translation>{revision}, bu versiya</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>%1 received, %2 of it on invoices</source>
            <translation>%1 alındı, bunun %2 hissəsi hesab-fakturalara</translation>
        </message>
        <message>
            <source>%1 received, %2 of it on invoices, %3 kept as credit</source>
            <translation>%1 alındı, bunun %2 hissəsi hesab-fakturalara, %3 avans kimi saxlanıldı</translation>
        </message>
        <message>
            <source>* required. Dates as 05.12.2026 or 2026-12-05; amounts as 1 234,50 or 1,234.50.</source>
            <translation>* məcburidir. Tarixlər 05.12.2026 və ya 2026-12-05 kimi; məbləğlər 1 234,50 və ya 1,234.50 kimi.</translation>
        </message>
        <message>
            <source>A 1C client-bank file (1CClientBankExchange, as Russian banks export it) or a CSV with the columns date, amount, currency, payer_tax_id, payer_name, reference, purpose is read as it is. Any other CSV or Excel sheet: you say which column is which.

Payments are matched to clients by the payer's tax id (ИНН and КПП, or the EU VAT number) and to the invoices their purpose names; the rest goes to the oldest invoices, and what is left stays as the client's credit. A payment imported before is recognised and skipped; one from a payer who is no client (bank interest, a refund) is left out and listed. Money in another currency than the client's is converted at the payment day's rate.</source>
            <translation>1C müştəri-bank faylı (1CClientBankExchange, Rusiya banklarının ixrac etdiyi kimi) və ya date, amount, currency, payer_tax_id, payer_name, reference, purpose sütunları olan CSV olduğu kimi oxunur. Digər CSV və ya Excel vərəqi üçün hansı sütunun nə olduğunu Siz göstərirsiniz.

Ödənişlər müştərilərə ödəyicinin vergi nömrəsi (ИНН və КПП və ya AB ƏDV nömrəsi) ilə, hesab-fakturalara isə təyinatda adı çəkilənlər üzrə uyğunlaşdırılır; qalanı ən köhnə hesab-fakturalara gedir, artıq qalan isə müştərinin avansı kimi qalır. Əvvəl idxal edilmiş ödəniş tanınır və ötürülür; müştəri olmayan ödəyicidən gələn ödəniş (bank faizi, geri ödəmə) kənarda qalır və siyahıda göstərilir. Müştərinin valyutasından fərqli valyutada olan pul ödəniş gününün məzənnəsi ilə çevrilir.</translation>
        </message>
        <message>
            <source>A column of the file is chosen for two fields.</source>
            <translation>Faylın bir sütunu iki sahə üçün seçilib.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Məbləğ</translation>
        </message>
        <message>
            <source>Bank reference</source>
            <translation>Bank istinadı</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation>Bank çıxarışı</translation>
        </message>
        <message>
            <source>Bank statements (*.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Bank çıxarışları (*.txt *.csv *.xlsx);;Bütün fayllar (*)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n payment(s)…</source>
            <translation>
                <numerusform>%n ödəniş yoxlanılır…</numerusform>
                <numerusform>%n ödəniş yoxlanılır…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Nəyin idxal ediləcəyini görmək üçün fayl seçin.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Fayl seç…</translation>
        </message>
        <message>
            <source>Choose the bank statement</source>
            <translation>Bank çıxarışını seçin</translation>
        </message>
        <message>
            <source>Choose the column for: %1.</source>
            <translation>Bu sahə üçün sütunu seçin: %1.</translation>
        </message>
        <message>
            <source>Choose the statement your bank exported</source>
            <translation>Bankınızın ixrac etdiyi çıxarışı seçin</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Sütunlar</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valyuta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fayl:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İdxal et</translation>
        </message>
        <message>
            <source>Import payments from a bank statement</source>
            <translation>Ödənişləri bank çıxarışından idxal et</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>İdxal edildi</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Əvvəl idxal edilib</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n payment(s)…</source>
            <translation>
                <numerusform>%n ödəniş idxal edilir…</numerusform>
                <numerusform>%n ödəniş idxal edilir…</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Hesab-fakturalar</translation>
        </message>
        <message>
            <source>Left out, %1</source>
            <translation>Kənarda qaldı, %1</translation>
        </message>
        <message>
            <source>Left out, not a client: %1.</source>
            <translation>Kənarda qaldı, müştəri deyil: %1.</translation>
        </message>
        <message>
            <source>Left out, not paid into the company's accounts (or moved between them): %1.</source>
            <translation>Kənarda qaldı, şirkətin hesablarına ödənilməyib (və ya onlar arasında köçürülüb): %1.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Yeni</translation>
        </message>
        <message>
            <source>New payments: %1; to skip: %2. Press Import to post the new ones.</source>
            <translation>Yeni ödənişlər: %1; ötürüləcək: %2. Yeniləri keçirmək üçün İdxal et düyməsini basın.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>İdxal edilmədi: %1</translation>
        </message>
        <message>
            <source>Nothing to import: every payment of the file was imported before or is not from a client.</source>
            <translation>İdxal ediləcək heç nə yoxdur: faylın hər ödənişi əvvəl idxal edilib və ya müştəridən deyil.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems listed (%1) are corrected in the file (or in the clients' tax ids).</source>
            <translation>Göstərilən problemlər (%1) faylda (və ya müştərilərin VÖEN-lərində) düzəldilənədək heç nə idxal edilməyəcək.</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Ödəyici</translation>
        </message>
        <message>
            <source>Payer's tax id (ИНН, VAT number)</source>
            <translation>Ödəyicinin vergi nömrəsi (ИНН, ƏDV nömrəsi)</translation>
        </message>
        <message>
            <source>Payments imported: %1.</source>
            <translation>İdxal edilən ödənişlər: %1.</translation>
        </message>
        <message>
            <source>Payments to the company</source>
            <translation>Şirkətə ödənişlər</translation>
        </message>
        <message>
            <source>Payments to the company: %1 (new %2, to skip %3, with a problem %4).</source>
            <translation>Şirkətə ödənişlər: %1 (yeni %2, ötürüləcək %3, problemli %4).</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemlər</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Problemlər (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Problemlər: yoxdur</translation>
        </message>
        <message>
            <source>Purpose (names the invoices)</source>
            <translation>Təyinat (hesab-fakturaların adını çəkir)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Sətir</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Fayldakı sətirlər: %1.</translation>
        </message>
        <message>
            <source>Say which column holds each field, then press Show the payments.</source>
            <translation>Hər sahənin hansı sütunda olduğunu göstərin, sonra Ödənişləri göstər düyməsini basın.</translation>
        </message>
        <message>
            <source>Show the payments ▶</source>
            <translation>Ödənişləri göstər ▶</translation>
        </message>
        <message>
            <source>Skipped (imported before, or twice in the file): %1.</source>
            <translation>Ötürüldü (əvvəl idxal edilib və ya faylda iki dəfədir): %1.</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Ötürüldü: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>VÖEN</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>Fayl</translation>
        </message>
        <message>
            <source>credit %1</source>
            <translation>avans %1</translation>
        </message>
        <message>
            <source>◀ Columns</source>
            <translation>◀ Sütunlar</translation>
        </message>
    </context>
    <context>
        <name>BirthdaysBlock</name>
        <message>
            <source>Birthdays this week</source>
            <translation>Bu həftə doğum günləri</translation>
        </message>
        <message>
            <source>No birthdays this week among key clients' contacts and VIPs.</source>
            <translation>Bu həftə əsas müştərilərin əlaqə şəxsləri və VIP-lər arasında doğum günü yoxdur.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bu gün</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>turns {age}</source>
            <translation>{age} yaşı tamam olur</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… və daha %n</numerusform>
                <numerusform>… və daha %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BlockPainter</name>
        <message>
            <source>leave by {time}</source>
            <translation>çıxış: {time}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Add as a new category</source>
            <translation>Yeni kateqoriya kimi əlavə et</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>No categories yet: add one here, or import a price list with a category column.</source>
            <translation>Hələ kateqoriya yoxdur: burada əlavə edin və ya kateqoriya sütunu olan qiymət siyahısını idxal edin.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Məhsul kateqoriyaları</translation>
        </message>
        <message>
            <source>Rename the selected</source>
            <translation>Seçiləni adlandır</translation>
        </message>
        <message>
            <source>e.g. Fasteners</source>
            <translation>məs. Bərkidicilər</translation>
        </message>
    </context>
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <source>%Ln event(s), {amount}</source>
            <translation>
                <numerusform>%Ln hadisə, {amount}</numerusform>
                <numerusform>%Ln hadisə, {amount}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckCard</name>
        <message>
            <source>(Ticked, but a tick cannot stand in for this: fill it in.)</source>
            <translation>(Qeyd edilib, amma qeyd bunu əvəz edə bilməz: doldurun.)</translation>
        </message>
        <message>
            <source>(Ticked, but still missing: fix it first.)</source>
            <translation>(Qeyd edilib, amma hələ çatışmır: əvvəlcə düzəldin.)</translation>
        </message>
        <message>
            <source>This one is a warning: a tick makes it ok.</source>
            <translation>Bu xəbərdarlıqdır: qeyd etsəniz, qaydasında sayılır.</translation>
        </message>
        <message>
            <source>This one is missing: a tick does not change it.</source>
            <translation>Bu çatışmır: qeyd onu dəyişmir.</translation>
        </message>
        <message>
            <source>This one needs filling in: a tick does not change it.</source>
            <translation>Bunu doldurmaq lazımdır: qeyd onu dəyişmir.</translation>
        </message>
        <message>
            <source>Tick when you have seen to this yourself. A tick lifts a warning that data cannot settle to ok; never a missing, nor what only filling in fixes (a response to an objection, the needs, the offer).</source>
            <translation>Bununla özünüz məşğul olduqda qeyd edin. Qeyd məlumatlarla həll olunmayan xəbərdarlığı qaydasında sayır; çatışmayanı və ya yalnız doldurmaqla düzələni (etiraza cavab, ehtiyaclar, təklif) isə heç vaxt.</translation>
        </message>
        <message>
            <source>Ticked by hand</source>
            <translation>Əl ilə qeyd edilib</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>çatışmır</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>qaydasında</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>xəbərdarlıq</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Type the client's name, code or city…</source>
            <translation>Müştərinin adını, kodunu və ya şəhərini yazın…</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation>A: gəlirə görə ən böyük müştərilər; C: ən kiçikləri</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Şəhər</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ölkə</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Passiv</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dosye</translation>
        </message>
        <message>
            <source>How complete the client's dossier is</source>
            <translation>Müştərinin dosyesi nə qədər doludur</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Sahə</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Əsas müştəri</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>İtirilib</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Qiymət növü</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Potensial</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Seqment</translation>
        </message>
        <message>
            <source>Share 12 m</source>
            <translation>Pay 12 ay</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The client's share of all revenue in the last 12 months</source>
            <translation>Müştərinin son 12 ayda bütün gəlirdəki payı</translation>
        </message>
    </context>
    <context>
        <name>ClientsSection</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n müştəri</numerusform>
                <numerusform>%n müştəri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n müştəri tapıldı</numerusform>
                <numerusform>%n müştəri tapıldı</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Müştərilər&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Yeni müştəri…</translation>
        </message>
        <message>
            <source>No clients yet: add the first with New client…, or bring a colleague's clients in from their export file under Sync.</source>
            <translation>Hələ müştəri yoxdur: birincini «Yeni müştəri…» ilə əlavə edin və ya həmkarınızın müştərilərini onun ixrac faylından «Sinxronizasiya» bölməsində gətirin.</translation>
        </message>
        <message>
            <source>Search clients by name, code, tax number or city (Ctrl+F)</source>
            <translation>Müştərini ad, kod, VÖEN və ya şəhər üzrə axtarın (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Arxivdəkiləri göstər</translation>
        </message>
        <message>
            <source>The Dossier column does not sort the list.</source>
            <translation>Dosye sütunu siyahını çeşidləmir.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Column in the file</source>
            <translation>Fayldakı sütun</translation>
        </message>
        <message>
            <source>In kamdesk</source>
            <translation>kamdesk-də</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— idxal edilmir —</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>20 digits starting 301, checked against the БИК</source>
            <translation>301 ilə başlayan 20 rəqəm, БИК ilə yoxlanılır</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Hesab (IBAN)</translation>
        </message>
        <message>
            <source>Accountant's position</source>
            <translation>Mühasibin vəzifəsi</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Ünvan</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>BİK (БИК)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Chief accountant</source>
            <translation>Baş mühasib</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Loqonu seçin</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Seç…</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Şəhər</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Şirkət</translation>
        </message>
        <message>
            <source>Contracts cannot be printed yet: {why}</source>
            <translation>Müqavilələr hələ çap edilə bilməz: {why}</translation>
        </message>
        <message>
            <source>Contracts will read: {text}</source>
            <translation>Müqavilələrdə belə yazılacaq: {text}</translation>
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation>Müxbir hesab (к/с)</translation>
        </message>
        <message>
            <source>Country *</source>
            <translation>Ölkə *</translation>
        </message>
        <message>
            <source>Default currency *</source>
            <translation>Əsas valyuta *</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Direktor</translation>
        </message>
        <message>
            <source>Director's position</source>
            <translation>Direktorun vəzifəsi</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-poçt</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>AB ƏDV nömrəsi</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Şəkillər (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>KPP (КПП)</translation>
        </message>
        <message>
            <source>Legal name *</source>
            <translation>Hüquqi ad *</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Loqo</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation>OGRN / OGRNIP (ОГРН)</translation>
        </message>
        <message>
            <source>People and signatures</source>
            <translation>Şəxslər və imzalar</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Poçt indeksi</translation>
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation>Etibarnamə №</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Etibarnamənin tarixi</translation>
        </message>
        <message>
            <source>Registered for VAT (charges VAT on its sales)</source>
            <translation>ƏDV üzrə qeydiyyatdadır (satışlarına ƏDV hesablayır)</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Qeydiyyat nömrəsi</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Hesabat valyutası</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>SWIFT/BIC kodu</translation>
        </message>
        <message>
            <source>Same as the default currency</source>
            <translation>Əsas valyuta ilə eyni</translation>
        </message>
        <message>
            <source>Settings: our company</source>
            <translation>Parametrlər: şirkətimiz</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Hesablaşma hesabı (р/с)</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Qısa ad</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>İmza edən</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>İmza edənin vəzifəsi</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Fəaliyyət əsası</translation>
        </message>
        <message>
            <source>Tax and VAT</source>
            <translation>Vergi və ƏDV</translation>
        </message>
        <message>
            <source>Tax number *</source>
            <translation>VÖEN *</translation>
        </message>
        <message>
            <source>That file is not a PNG or JPEG image.</source>
            <translation>Bu fayl PNG və ya JPEG şəkli deyil.</translation>
        </message>
        <message>
            <source>The currency your books are kept in: figures across clients (key clients, Today's totals, plans, reports) are converted into it, and exchange rates are quoted as reporting-currency units per one foreign unit.</source>
            <translation>Uçotunuzun aparıldığı valyuta: müştərilər üzrə rəqəmlər (əsas müştərilər, «Bu gün» bölməsinin yekunları, planlar, hesabatlar) ona çevrilir, valyuta məzənnələri isə bir xarici vahidə düşən hesabat valyutası vahidi kimi göstərilir.</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>Loqo 2 MB-dan kiçik olmalıdır.</translation>
        </message>
        <message>
            <source>Type the VAT rate as a number from 0 to 100, e.g. 20.</source>
            <translation>ƏDV dərəcəsini 0-dan 100-ə qədər rəqəm kimi daxil edin, məs. 18.</translation>
        </message>
        <message>
            <source>VAT rate, % *</source>
            <translation>ƏDV dərəcəsi, % *</translation>
        </message>
        <message>
            <source>VAT registration in {country}</source>
            <translation>{country} ölkəsində ƏDV qeydiyyatı</translation>
        </message>
        <message>
            <source>VAT registrations in other countries</source>
            <translation>Digər ölkələrdə ƏDV qeydiyyatları</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Veb sayt</translation>
        </message>
        <message>
            <source>Who signs contracts, and on what authority:</source>
            <translation>Müqavilələri kim və hansı səlahiyyətlə imzalayır:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>etibarnamə (доверенность)</translation>
        </message>
        <message>
            <source>as registered</source>
            <translation>qeydiyyatdakı kimi</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>ölkə üçün yoxlanılır</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>tam ad</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>loqo yoxdur</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>qeydə alınmayıb</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>nizamnamə (Устав)</translation>
        </message>
        <message>
            <source>with the country prefix, e.g. HU12345678</source>
            <translation>ölkə prefiksi ilə, məs. HU12345678</translation>
        </message>
    </context>
    <context>
        <name>CompetitorDialog</name>
        <message>
            <source>Competitor *</source>
            <translation>Rəqib *</translation>
        </message>
        <message>
            <source>Competitor at this client</source>
            <translation>Bu müştəridə rəqib</translation>
        </message>
        <message>
            <source>Share of the client's spend, %</source>
            <translation>Müştərinin xərclərində payı, %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Nə tədarük edir</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Onların şərtləri</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsPage</name>
        <message>
            <source>A share is between 0 and 100.</source>
            <translation>Pay 0 ilə 100 arasındadır.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Əlavə et…</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Rəqib</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>Share of the client's spend: competitors {theirs} %, unknown {unknown} %</source>
            <translation>Müştərinin xərclərində pay: rəqiblər {theirs} %, naməlum {unknown} %</translation>
        </message>
        <message>
            <source>Share of the client's spend: ours about {ours} %, competitors {theirs} %, unknown {unknown} %</source>
            <translation>Müştərinin xərclərində pay: bizimki təxminən {ours} %, rəqiblər {theirs} %, naməlum {unknown} %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Nə tədarük edir</translation>
        </message>
        <message>
            <source>The competitor's share of the client's spend</source>
            <translation>Rəqibin müştərinin alışlarındakı payı</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Onların şərtləri</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Closed or deleted elsewhere meanwhile: this response is not saved; copy it if you need it.</source>
            <translation>Bu arada başqa yerdə bağlanıb və ya silinib: bu cavab yadda saxlanılmır; lazımdırsa, onu kopyalayın.</translation>
        </message>
        <message>
            <source>What you will say about it (what was done, what will be done, when)</source>
            <translation>Bu barədə nə deyəcəksiniz (nə edilib, nə ediləcək, nə vaxt)</translation>
        </message>
        <message>
            <source>open since {day}</source>
            <translation>{day} tarixindən açıqdır</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(boş)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(yoxdur)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sahə&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved meanwhile&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bu arada yadda saxlanılan&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sizinki&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Formaya qayıt</translation>
        </message>
        <message>
            <source>Changed while you were editing</source>
            <translation>Siz redaktə edərkən dəyişdirilib</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Xeyr</translation>
        </message>
        <message>
            <source>Save my choice</source>
            <translation>Seçimimi yadda saxla</translation>
        </message>
        <message>
            <source>While this form was open, these fields were also changed elsewhere (an import, another window, or another laptop through sync). Choose the value to keep for each; your other changes are saved as they are.</source>
            <translation>Bu forma açıq olarkən bu sahələr başqa yerdə də dəyişdirilib (idxal, başqa pəncərə və ya sinxronizasiya ilə başqa noutbuk). Hər biri üçün saxlanılacaq dəyəri seçin; digər dəyişiklikləriniz olduğu kimi yadda saxlanılır.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Bəli</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(empty)</source>
            <translation>(boş)</translation>
        </message>
        <message>
            <source>Also invoiced as</source>
            <translation>Həmçinin hesab-faktura verilib</translation>
        </message>
        <message>
            <source>Carried by another record too</source>
            <translation>Başqa qeyddə də var</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Qərar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete the record</source>
            <translation>Qeydi sil</translation>
        </message>
        <message>
            <source>Deleted on another laptop</source>
            <translation>Başqa noutbukda silinib</translation>
        </message>
        <message>
            <source>Deleted on {laptop}</source>
            <translation>{laptop} noutbukunda silinib</translation>
        </message>
        <message>
            <source>Edited on another laptop</source>
            <translation>Başqa noutbukda redaktə edilib</translation>
        </message>
        <message>
            <source>Edited on {laptop}</source>
            <translation>{laptop} noutbukunda redaktə edilib</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Birinci hesab-faktura</translation>
        </message>
        <message>
            <source>Give the other record a new number:</source>
            <translation>Digər qeydə yeni nömrə verin:</translation>
        </message>
        <message>
            <source>It is money or a quantity: orders and documents that use it wait for a decision.</source>
            <translation>Bu pul və ya miqdardır: ondan istifadə edən sifariş və sənədlər qərar gözləyir.</translation>
        </message>
        <message>
            <source>Its twin</source>
            <translation>Onun əkizi</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Saxla</translation>
        </message>
        <message>
            <source>Keep it, and restore the other version as a new draft</source>
            <translation>Onu saxla, digər versiyanı isə yeni qaralama kimi bərpa et</translation>
        </message>
        <message>
            <source>Keep the order as merged</source>
            <translation>Sifarişi birləşdirilmiş kimi saxla</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>Qeydi saxla</translation>
        </message>
        <message>
            <source>Keep the twin</source>
            <translation>Əkizi saxla</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Bunu saxla</translation>
        </message>
        <message>
            <source>Keep {v}</source>
            <translation>Saxla: {v}</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the other value was made on</comment>
            <translation>Noutbuk</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the value shown now was made on</comment>
            <translation>Noutbuk</translation>
        </message>
        <message>
            <source>No conflicts: everything the laptops exchanged fitted together.</source>
            <translation>Ziddiyyət yoxdur: noutbukların mübadilə etdiyi hər şey uyğun gəldi.</translation>
        </message>
        <message>
            <source>Noted: I will correct it</source>
            <translation>Aydındır: özüm düzəldəcəyəm</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Digər dəyər</translation>
        </message>
        <message>
            <source>Other value, made on another laptop</source>
            <translation>Digər dəyər, başqa noutbukda daxil edilib</translation>
        </message>
        <message>
            <source>Other value, made on {laptop}</source>
            <translation>Digər dəyər, {laptop} noutbukunda daxil edilib</translation>
        </message>
        <message>
            <source>Paid in all</source>
            <translation>Cəmi ödənilib</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>İndi göstərilən</translation>
        </message>
        <message>
            <source>Shown now, made on another laptop</source>
            <translation>İndi göstərilən, başqa noutbukda daxil edilib</translation>
        </message>
        <message>
            <source>Shown now, made on {laptop}</source>
            <translation>İndi göstərilən, {laptop} noutbukunda daxil edilib</translation>
        </message>
        <message>
            <source>Something was added to it</source>
            <translation>Ona nəsə əlavə edilib</translation>
        </message>
        <message>
            <source>Something was added to it ({what})</source>
            <translation>Ona nəsə əlavə edilib ({what})</translation>
        </message>
        <message>
            <source>The invoice's amount</source>
            <translation>Hesab-fakturanın məbləği</translation>
        </message>
        <message>
            <source>The number</source>
            <translation>Nömrə</translation>
        </message>
        <message>
            <source>The order as merged</source>
            <translation>Birləşdirilmiş sifariş</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Bu</translation>
        </message>
        <message>
            <source>Use another value:</source>
            <translation>Başqa dəyərdən istifadə et:</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Bu dəyərdən istifadə et</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nə</translation>
        </message>
        <message>
            <source>What the other laptop typed</source>
            <translation>Digər noutbukda yazılan</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>silinib</translation>
        </message>
        <message>
            <source>deleted and edited</source>
            <translation>silinib və redaktə edilib</translation>
        </message>
        <message>
            <source>deleted, then added to</source>
            <translation>silinib, sonra əlavə edilib</translation>
        </message>
        <message>
            <source>invoiced twice</source>
            <translation>iki dəfə hesab-faktura verilib</translation>
        </message>
        <message>
            <source>kept, edited</source>
            <translation>saxlanılıb, redaktə edilib</translation>
        </message>
        <message>
            <source>made twice</source>
            <translation>iki dəfə yaradılıb</translation>
        </message>
        <message>
            <source>needs a decision</source>
            <translation>qərar tələb edir</translation>
        </message>
        <message>
            <source>order changed on both</source>
            <translation>sifariş hər ikisində dəyişdirilib</translation>
        </message>
        <message>
            <source>paid too much</source>
            <translation>artıq ödənilib</translation>
        </message>
        <message>
            <source>same number twice</source>
            <translation>eyni nömrə iki dəfə</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Attitude to us</source>
            <translation>Bizə münasibəti</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Doğum günü</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Satınalma rolu</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Əlaqə şəxsi</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Şöbə</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-poçt</translation>
        </message>
        <message>
            <source>Etiquette notes</source>
            <translation>Etiket qeydləri</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Müraciət forması</translation>
        </message>
        <message>
            <source>How well we know them</source>
            <translation>Onları nə qədər yaxşı tanıyırıq</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Təsir</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Maraqları</translation>
        </message>
        <message>
            <source>Key opinion leader</source>
            <translation>Əsas rəy lideri</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Ad *</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Yeni əlaqə şəxsi</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Qeydlər</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other e-mail</source>
            <translation>Digər e-poçt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Vəzifə</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Kimə tabedir</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>e.g. Dear Mr Szabó / Уважаемый Иван Петрович</source>
            <translation>məs. Hörmətli Əli müəllim / Уважаемый Иван Петрович</translation>
        </message>
        <message>
            <source>nobody (top of the chart)</source>
            <translation>heç kimə (strukturun başı)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>naməlum</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n əlaqə şəxsi</numerusform>
                <numerusform>%n əlaqə şəxsi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>Zibil qutusunda %n əlaqə şəxsi</numerusform>
                <numerusform>Zibil qutusunda %n əlaqə şəxsi</numerusform>
            </translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Münasibət</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Satınalma rolu</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Əlaqə şəxsini sil</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-poçt</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redaktə et…</translation>
        </message>
        <message>
            <source>Form of address, language, interests, etiquette or birthday: what the meeting preparation tells you before you meet the person.</source>
            <translation>Müraciət forması, dil, maraqlar, etiket və ya doğum günü: görüşə hazırlığın şəxslə görüşməzdən əvvəl sizə xatırlatdığı.</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Təsir</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Son əlaqə</translation>
        </message>
        <message>
            <source>Move {name} to the trash? You can restore them from the Trash.</source>
            <translation>{name} zibil qutusuna köçürülsün? Onu Zibil qutusundan bərpa edə bilərsiniz.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Yeni əlaqə şəxsi…</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Şəxsi qeydlər</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Vəzifə</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Bərpa et</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Zibil qutusu</translation>
        </message>
        <message>
            <source>never</source>
            <translation>heç vaxt</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>hələ yoxdur</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>var</translation>
        </message>
    </context>
    <context>
        <name>ContractPage</name>
        <message>
            <source>(net {net}, VAT {vat})</source>
            <translation>(ƏDV-siz {net}, ƏDV {vat})</translation>
        </message>
        <message>
            <source>(new: recorded when the package is issued)</source>
            <translation>(yeni: paket rəsmiləşdirildikdə qeydə alınır)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Parts of the package&lt;/b&gt;</source>
            <translation>&lt;b&gt;Paketin hissələri&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Alıcı</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Müqavilə</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Çatdırılma tarixi</translation>
        </message>
        <message>
            <source>Invoice for payment</source>
            <translation>Ödəniş üçün hesab-faktura</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Sifariş</translation>
        </message>
        <message>
            <source>Specification (appendix 1)</source>
            <translation>Spesifikasiya (1 saylı əlavə)</translation>
        </message>
        <message>
            <source>Supply contract</source>
            <translation>Tədarük müqaviləsi</translation>
        </message>
        <message>
            <source>The contract's wording comes from its template: to change it, put your copy in {folder}.</source>
            <translation>Müqavilənin mətni onun şablonundan götürülür: dəyişmək üçün öz nüsxənizi {folder} qovluğuna qoyun.</translation>
        </message>
        <message>
            <source>The package is made from</source>
            <translation>Paket bunlardan hazırlanır</translation>
        </message>
        <message>
            <source>The parts ticked go into one PDF, in this order; tick one alone to have it on its own.</source>
            <translation>Qeyd edilmiş hissələr bu ardıcıllıqla bir PDF-ə daxil olur; ayrıca almaq üçün yalnız birini qeyd edin.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>təyin edilməyib</translation>
        </message>
        <message>
            <source>the clauses of the contract template, filled from the data; signatures</source>
            <translation>müqavilə şablonunun məlumatlarla doldurulmuş bəndləri; imzalar</translation>
        </message>
        <message>
            <source>the goods, prices, VAT, totals and delivery dates</source>
            <translation>mallar, qiymətlər, ƏDV, yekunlar və çatdırılma tarixləri</translation>
        </message>
        <message>
            <source>with our bank details; in Russian also the total in words</source>
            <translation>bank rekvizitlərimizlə; rus dilində həmçinin cəm sözlə</translation>
        </message>
        <message>
            <source>{number} of {day}</source>
            <translation>{day} tarixli {number}</translation>
        </message>
    </context>
    <context>
        <name>ContributionModel</name>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Töhfə</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Pay</translation>
        </message>
    </context>
    <context>
        <name>CreditDialog</name>
        <message>
            <source>&lt;h3&gt;Confirmation is blocked by credit control&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Təsdiq kredit nəzarəti ilə bloklanıb&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Təsdiq edən</translation>
        </message>
        <message>
            <source>Confirm anyway</source>
            <translation>Yenə də təsdiq et</translation>
        </message>
        <message>
            <source>Credit control: {number}</source>
            <translation>Kredit nəzarəti: {number}</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Kredit limiti</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Gecikmə, gün</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Ödəmə tarixi</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Risk məbləği</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Hesab-faktura</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>Açıq məbləğ</translation>
        </message>
        <message>
            <source>Open orders (not invoiced)</source>
            <translation>Açıq sifarişlər (hesab-faktura verilməyib)</translation>
        </message>
        <message>
            <source>Over the limit by</source>
            <translation>Limitdən artıq</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Vaxtı keçmiş hesab-fakturalar</translation>
        </message>
        <message>
            <source>Override and confirm</source>
            <translation>Blokdan yan keçib təsdiq et</translation>
        </message>
        <message>
            <source>Owed on invoices</source>
            <translation>Hesab-fakturalar üzrə borc</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Səbəb</translation>
        </message>
        <message>
            <source>Room left before this order</source>
            <translation>Bu sifarişdən əvvəl qalan limit</translation>
        </message>
        <message>
            <source>The override and its reason are recorded in the order's history.</source>
            <translation>Blokdan yan keçmə və onun səbəbi sifarişin tarixçəsində qeydə alınır.</translation>
        </message>
        <message>
            <source>This order</source>
            <translation>Bu sifariş</translation>
        </message>
        <message>
            <source>Who takes the decision</source>
            <translation>Qərarı kim verir</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>limit yoxdur</translation>
        </message>
    </context>
    <context>
        <name>DamageWatch</name>
        <message>
            <source>Backup restored</source>
            <translation>Ehtiyat nüsxə bərpa edildi</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>İndi yox</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Çıxış</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Ehtiyat nüsxəni bərpa et</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Ehtiyat nüsxəni bərpa et</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}.</source>
            <translation>SQLite aşkar etdi: {found}.

{folder} qovluğunda yararlı ehtiyat nüsxə tapılmadı.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}. Copy the file somewhere safe before working on, and restore a backup from another folder if you have one.</source>
            <translation>SQLite aşkar etdi: {found}.

{folder} qovluğunda yararlı ehtiyat nüsxə tapılmadı. İşə davam etməzdən əvvəl faylı etibarlı yerə kopyalayın və varsa, başqa qovluqdan ehtiyat nüsxəni bərpa edin.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date.</source>
            <translation>SQLite aşkar etdi: {found}.

{when} tarixli ən yeni yararlı ehtiyat nüsxə bərpa edilsin? Zədələnmiş fayl əvvəlcə onun yanında bugünkü tarixlə adlandırılaraq saxlanılır.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date; what was entered after {when} is not in the backup.</source>
            <translation>SQLite aşkar etdi: {found}.

{when} tarixli ən yeni yararlı ehtiyat nüsxə bərpa edilsin? Zədələnmiş fayl əvvəlcə onun yanında bugünkü tarixlə adlandırılaraq saxlanılır; {when} tarixindən sonra daxil edilənlər ehtiyat nüsxədə yoxdur.</translation>
        </message>
        <message>
            <source>The backup of {when} is restored. The damaged file was saved as {aside}.</source>
            <translation>{when} tarixli ehtiyat nüsxə bərpa edildi. Zədələnmiş fayl {aside} kimi saxlanıldı.</translation>
        </message>
        <message>
            <source>The file is damaged: {path}</source>
            <translation>Fayl zədələnib: {path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>1-30 days</source>
            <translation>1-30 gün</translation>
        </message>
        <message>
            <source>31-60 days</source>
            <translation>31-60 gün</translation>
        </message>
        <message>
            <source>61-90 days</source>
            <translation>61-90 gün</translation>
        </message>
        <message>
            <source>90+ days</source>
            <translation>90+ gün</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Fakt</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Diaqram yadda saxlanılmadı</translation>
        </message>
        <message>
            <source>Could not write {path}: choose a folder you can write to.</source>
            <translation>{path} yazıla bilmədi: yazmaq mümkün olan qovluq seçin.</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Vaxtı çatmayıb</translation>
        </message>
        <message>
            <source>Overdue share of receivables</source>
            <translation>Vaxtı keçmiş borcun payı</translation>
        </message>
        <message>
            <source>Overdue, % of open</source>
            <translation>Vaxtı keçmiş, açıq borcun %-i</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG şəkilləri (*.png)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan and actual by month</source>
            <translation>Aylar üzrə plan və fakt</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Yaşa görə debitor borcu</translation>
        </message>
        <message>
            <source>Revenue of the biggest clients by month</source>
            <translation>Ən böyük müştərilərin aylar üzrə gəliri</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>PNG kimi yadda saxla…</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>Diaqramı PNG kimi yadda saxla</translation>
        </message>
        <message>
            <source>Save this chart as a picture</source>
            <translation>Bu diaqramı şəkil kimi yadda saxla</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>milyon</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>min</translation>
        </message>
        <message>
            <source>today</source>
            <translation>bu gün</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;{start} to {end}&lt;/b&gt; against {previous_start} to {previous_end}. Amounts in {currency} at the rate of each document's date; receivables as they stand today. Click a figure to see the clients behind it.</source>
            <translation>&lt;b&gt;{start} – {end}&lt;/b&gt;, müqayisə: {previous_start} – {previous_end}. Məbləğlər {currency} ilə, hər sənədin tarixindəki məzənnə ilə; debitor borcu bugünkü vəziyyətə. Arxasındakı müştəriləri görmək üçün rəqəmə klikləyin.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;İdarə paneli&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>No plan in the period.</source>
            <translation>Dövrdə plan yoxdur.</translation>
        </message>
        <message>
            <source>No revenue in the period.</source>
            <translation>Dövrdə gəlir yoxdur.</translation>
        </message>
        <message>
            <source>Nothing is owed today.</source>
            <translation>Bu gün heç bir borc yoxdur.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Çap et…</translation>
        </message>
        <message>
            <source>Revenue by client, biggest first (Pareto)</source>
            <translation>Müştərilər üzrə gəlir, ən böyükdən başlayaraq (Pareto)</translation>
        </message>
        <message>
            <source>The figures and the charts as a PDF with the period: preview, print or save</source>
            <translation>Rəqəmlər və diaqramlar dövrlə birlikdə PDF kimi: önbaxış, çap və ya yadda saxlama</translation>
        </message>
        <message>
            <source>The period's key figures against the same period last year</source>
            <translation>Dövrün əsas göstəriciləri keçən ilin eyni dövrü ilə müqayisədə</translation>
        </message>
    </context>
    <context>
        <name>DashboardPrint</name>
        <message>
            <source>Comparison</source>
            <translation>Müqayisə</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>İdarə paneli</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Təfərrüat</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>amounts in {currency} at the rate of each document's date; receivables as they stand on {day}</source>
            <translation>məbləğlər {currency} ilə, hər sənədin tarixindəki məzənnə ilə; debitor borcu {day} tarixinə</translation>
        </message>
        <message>
            <source>compared with {period}</source>
            <translation>{period} ilə müqayisədə</translation>
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
                <numerusform>%n A sinfi müştəri; ən böyük müştəri {share}</numerusform>
                <numerusform>%n A sinfi müştəri; ən böyük müştəri {share}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) behind this figure. Double-click one to open it.</source>
            <translation>
                <numerusform>Bu rəqəmin arxasında %n müştəri var. Açmaq üçün birinə iki dəfə klikləyin.</numerusform>
                <numerusform>Bu rəqəmin arxasında %n müştəri var. Açmaq üçün birinə iki dəfə klikləyin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Actual against the plans of the clients with a plan for the period</source>
            <translation>Dövr üçün planı olan müştərilərin planlarına qarşı fakt</translation>
        </message>
        <message>
            <source>Ahead of plan (+) or behind (−), {currency}</source>
            <translation>Plandan irəli (+) və ya geri (−), {currency}</translation>
        </message>
        <message>
            <source>Change on last year, {currency}</source>
            <translation>Keçən ilə nisbətən dəyişiklik, {currency}</translation>
        </message>
        <message>
            <source>Click to see the clients behind it.</source>
            <translation>Arxasındakı müştəriləri görmək üçün klikləyin.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Şikayətlər</translation>
        </message>
        <message>
            <source>Complaints opened in the period</source>
            <translation>Dövrdə açılmış şikayətlər</translation>
        </message>
        <message>
            <source>Credit notes' net as a share of the net invoiced in the period</source>
            <translation>Kredit notalarının ƏDV-siz məbləğinin dövrdə ƏDV-siz hesab-faktura məbləğindəki payı</translation>
        </message>
        <message>
            <source>Credit notes, {currency}</source>
            <translation>Kredit notaları, {currency}</translation>
        </message>
        <message>
            <source>Invoiced revenue net of VAT, less credit notes, against last year</source>
            <translation>Hesab-faktura üzrə ƏDV-siz gəlir, kredit notaları çıxılmaqla, keçən illə müqayisədə</translation>
        </message>
        <message>
            <source>Key-client concentration</source>
            <translation>Əsas müştəri konsentrasiyası</translation>
        </message>
        <message>
            <source>Money past its due date as a share of all open invoices, today</source>
            <translation>Ödəmə tarixi keçmiş pulun bütün açıq hesab-fakturalardakı payı, bu gün</translation>
        </message>
        <message>
            <source>No client is behind this figure in the period.</source>
            <translation>Dövrdə bu rəqəmin arxasında heç bir müştəri yoxdur.</translation>
        </message>
        <message>
            <source>Overdue receivables</source>
            <translation>Vaxtı keçmiş debitor borcu</translation>
        </message>
        <message>
            <source>Overdue, {currency}</source>
            <translation>Vaxtı keçmiş, {currency}</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Planın yerinə yetirilməsi</translation>
        </message>
        <message>
            <source>Refusals rate</source>
            <translation>İmtina dərəcəsi</translation>
        </message>
        <message>
            <source>Refused at delivery as a share of what was shipped in the period</source>
            <translation>Çatdırılma zamanı imtina edilənin dövrdə göndərilənlərdəki payı</translation>
        </message>
        <message>
            <source>Refused, {currency}</source>
            <translation>İmtina, {currency}</translation>
        </message>
        <message>
            <source>Returns rate</source>
            <translation>Qaytarma dərəcəsi</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Gəlir, {currency}</translation>
        </message>
        <message>
            <source>Share of revenue of the A class: the clients making the first 80 %</source>
            <translation>A sinfinin gəlirdəki payı: ilk 80 %-i təşkil edən müştərilər</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Dövriyyə</translation>
        </message>
        <message>
            <source>at {day}</source>
            <translation>{day} tarixinə</translation>
        </message>
        <message>
            <source>change {change}</source>
            <translation>dəyişiklik {change}</translation>
        </message>
        <message numerus="yes">
            <source>from %n client(s)</source>
            <translation>
                <numerusform>%n müştəridən</numerusform>
                <numerusform>%n müştəridən</numerusform>
            </translation>
        </message>
        <message>
            <source>last year</source>
            <translation>keçən il</translation>
        </message>
        <message>
            <source>nothing to compare {against}</source>
            <translation>müqayisə üçün heç nə yoxdur ({against})</translation>
        </message>
        <message>
            <source>the figure: {value}</source>
            <translation>rəqəm: {value}</translation>
        </message>
        <message>
            <source>{actual} of {plan}; forecast {forecast}</source>
            <translation>{actual} / {plan}; proqnoz {forecast}</translation>
        </message>
        <message>
            <source>{arrow} on {before} {against}</source>
            <translation>{arrow} ({against} {before})</translation>
        </message>
        <message>
            <source>{arrow} {change} on {before} {against}</source>
            <translation>{arrow} {change} ({against} {before})</translation>
        </message>
        <message>
            <source>{arrow} {sign}{change} on {before} {against}</source>
            <translation>{arrow} {sign}{change} ({against} {before})</translation>
        </message>
        <message>
            <source>{figure}: the clients behind it</source>
            <translation>{figure}: arxasındakı müştərilər</translation>
        </message>
        <message>
            <source>{notes} credited of {invoiced}</source>
            <translation>{invoiced} məbləğindən {notes} kreditləşdirilib</translation>
        </message>
        <message>
            <source>{overdue} of {receivables} open</source>
            <translation>{receivables} açıq borcdan {overdue}</translation>
        </message>
        <message>
            <source>{refused} refused of {delivered} delivered</source>
            <translation>{delivered} çatdırılandan {refused} imtina</translation>
        </message>
        <message>
            <source>{sign}{points} pts</source>
            <translation>{sign}{points} faiz bəndi</translation>
        </message>
    </context>
    <context>
        <name>DayHeader</name>
        <message>
            <source>W{week}</source>
            <translation>H{week}</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <source>Attendees</source>
            <translation>İştirakçılar</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Üst-üstə düşmə</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Edildi ✓</translation>
        </message>
        <message>
            <source>How well the meeting is prepared, out of 100</source>
            <translation>Görüş nə qədər hazırlanıb, 100 üzərindən</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Çıxış vaxtı</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Telefonla görüş</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefon zəngi</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Hazırlıq dərəcəsi</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Hazırlıq dərəcəsi {score} / 100</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Mövzu</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Vaxt</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Video zəng</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Video görüş</translation>
        </message>
        <message>
            <source>When to set off to arrive on time</source>
            <translation>Vaxtında çatmaq üçün nə vaxt yola düşmək</translation>
        </message>
        <message>
            <source>{minutes} min travel</source>
            <translation>{minutes} dəq yol</translation>
        </message>
    </context>
    <context>
        <name>DebtsBlock</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n hesab-faktura</numerusform>
                <numerusform>%n hesab-faktura</numerusform>
            </translation>
        </message>
        <message>
            <source>No overdue invoices.</source>
            <translation>Vaxtı keçmiş hesab-faktura yoxdur.</translation>
        </message>
        <message>
            <source>Open amounts after payments and credit notes, the oldest debt first.</source>
            <translation>Ödənişlər və kredit notalarından sonra açıq məbləğlər, əvvəlcə ən köhnə borc.</translation>
        </message>
        <message>
            <source>Overdue invoices by client</source>
            <translation>Müştərilər üzrə vaxtı keçmiş hesab-fakturalar</translation>
        </message>
        <message numerus="yes">
            <source>oldest %n day(s) overdue</source>
            <translation>
                <numerusform>ən köhnəsinin vaxtı %n gün keçib</numerusform>
                <numerusform>ən köhnəsinin vaxtı %n gün keçib</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more client(s)</source>
            <translation>
                <numerusform>… və daha %n müştəri</numerusform>
                <numerusform>… və daha %n müştəri</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source> min</source>
            <translation> dəq</translation>
        </message>
        <message>
            <source>A draft or confirmed order of this client, to take along as the offer.</source>
            <translation>Bu müştərinin təklif kimi götürüləcək qaralama və ya təsdiq edilmiş sifarişi.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Ünvan</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Gündəlik</translation>
        </message>
        <message>
            <source>At an address</source>
            <translation>Ünvanda</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>İştirak edənlər</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Telefonla</translation>
        </message>
        <message>
            <source>By video</source>
            <translation>Video ilə</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Zəng</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Əvvəlcə müştərini seçin.</translation>
        </message>
        <message>
            <source>Client *</source>
            <translation>Müştəri *</translation>
        </message>
        <message>
            <source>Create draft order…</source>
            <translation>Qaralama sifariş yarat…</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Təkrarlanmır</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Bitir</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Hər ay</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Hər həftə</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Məqsədlər</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Əvvəlcədən soruşulmuş ehtiyaclar</translation>
        </message>
        <message>
            <source>No offer prepared yet</source>
            <translation>Hələ təklif hazırlanmayıb</translation>
        </message>
        <message>
            <source>Part of a series repeating {how}.</source>
            <translation>{how} təkrarlanan seriyanın hissəsi.</translation>
        </message>
        <message>
            <source>Pick the client from the list that opens as you type.</source>
            <translation>Yazdıqca açılan siyahıdan müştərini seçin.</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Gündəlikdəki məhsullar</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Təkrar</translation>
        </message>
        <message>
            <source>Starts *</source>
            <translation>Başlayır *</translation>
        </message>
        <message>
            <source>Street, city (where to go)</source>
            <translation>Küçə, şəhər (hara getmək)</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Mövzu *</translation>
        </message>
        <message>
            <source>The new draft order is chosen: save to keep it.</source>
            <translation>Yeni qaralama sifariş seçildi: onu saxlamaq üçün görüşü yadda saxlayın.</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>Təklif</translation>
        </message>
        <message>
            <source>This client has no contacts yet: add them in the dossier.</source>
            <translation>Bu müştərinin hələ əlaqə şəxsi yoxdur: onları dosyedə əlavə edin.</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Yol</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bitmə tarixi</translation>
        </message>
        <message>
            <source>What is it about, in a few words</source>
            <translation>Nə haqqındadır, bir neçə sözlə</translation>
        </message>
        <message>
            <source>What the client said they need when you set up the meeting</source>
            <translation>Görüşü təyin edərkən müştərinin ehtiyacı olduğunu dedikləri</translation>
        </message>
        <message>
            <source>What will be discussed, in order</source>
            <translation>Nələr müzakirə ediləcək, ardıcıllıqla</translation>
        </message>
        <message>
            <source>What you want to leave with (an order, a date, a yes)</source>
            <translation>Nə ilə qayıtmaq istəyirsiniz (sifariş, tarix, razılıq)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Harada</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>hər ay</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>hər həftə</translation>
        </message>
        <message>
            <source>lasting</source>
            <translation>müddəti</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>çıxış: {time}</translation>
        </message>
        <message>
            <source>min to get there</source>
            <translation>dəq yol</translation>
        </message>
        <message>
            <source>no travel: by phone or video</source>
            <translation>yol yoxdur: telefonla və ya video ilə</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>{path} yazıla bilmədi: {why}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>%n unknown field(s): {names}. Use only the names under Insert field; nothing is printed until this is fixed.</source>
            <translation>
                <numerusform>%n naməlum sahə: {names}. Yalnız Sahə əlavə et altındakı adlardan istifadə edin; bu düzəldilənədək heç nə çap edilmir.</numerusform>
                <numerusform>%n naməlum sahə: {names}. Yalnız Sahə əlavə et altındakı adlardan istifadə edin; bu düzəldilənədək heç nə çap edilmir.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no contacts on file)</source>
            <translation>(qeydə alınmış əlaqə şəxsi yoxdur)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lines&lt;/b&gt; &amp;nbsp; tick &lt;i&gt;Optional&lt;/i&gt; for items offered apart, not counted in the total</source>
            <translation>&lt;b&gt;Sətirlər&lt;/b&gt; &amp;nbsp; ayrıca təklif olunan və cəmə daxil edilməyən mallar üçün &lt;i&gt;İxtiyari&lt;/i&gt; qeyd edin</translation>
        </message>
        <message>
            <source>&lt;b&gt;Specification&lt;/b&gt; &amp;nbsp; the order's lines, as appendix 1 lists them</source>
            <translation>&lt;b&gt;Spesifikasiya&lt;/b&gt; &amp;nbsp; sifarişin sətirləri, 1 saylı əlavədə göstərildiyi kimi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Commercial proposal</source>
            <translation>Kommersiya təklifi</translation>
        </message>
        <message>
            <source>Contract package</source>
            <translation>Müqavilə paketi</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Sənədin dili</translation>
        </message>
        <message>
            <source>Document not made</source>
            <translation>Sənəd hazırlanmadı</translation>
        </message>
        <message>
            <source>Documents — {number} — {client}</source>
            <translation>Sənədlər — {number} — {client}</translation>
        </message>
        <message numerus="yes">
            <source>In the total: %n line(s), &lt;b&gt;{total}&lt;/b&gt; with VAT</source>
            <translation>
                <numerusform>Cəmdə: %n sətir, ƏDV ilə &lt;b&gt;{total}&lt;/b&gt;</numerusform>
                <numerusform>Cəmdə: %n sətir, ƏDV ilə &lt;b&gt;{total}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue it (numbered, kept in the client's history) and save the PDF</source>
            <translation>Rəsmiləşdirin (nömrə verilir, müştərinin tarixçəsində saxlanılır) və PDF-i yadda saxlayın</translation>
        </message>
        <message>
            <source>Issue it and attach it to a new e-mail</source>
            <translation>Rəsmiləşdirin və yeni e-poçta əlavə edin</translation>
        </message>
        <message>
            <source>Issue it and print</source>
            <translation>Rəsmiləşdirin və çap edin</translation>
        </message>
        <message numerus="yes">
            <source>Nothing printed: %n unknown field(s) {names}, marked in red above.</source>
            <translation>
                <numerusform>Heç nə çap edilmədi: %n naməlum sahə ({names}) yuxarıda qırmızı ilə işarələnib.</numerusform>
                <numerusform>Heç nə çap edilmədi: %n naməlum sahə ({names}) yuxarıda qırmızı ilə işarələnib.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing printed: {why}</source>
            <translation>Heç nə çap edilmədi: {why}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önbaxış</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Çap et…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Fərqli yadda saxla…</translation>
        </message>
        <message>
            <source>See the PDF; nothing is issued</source>
            <translation>PDF-ə baxın; heç nə rəsmiləşdirilmir</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>E-poçtla göndər…</translation>
        </message>
        <message>
            <source>Texts not used</source>
            <translation>İstifadə edilməmiş mətnlər</translation>
        </message>
        <message>
            <source>The language the client reads; the program's own language does not change.</source>
            <translation>Müştərinin oxuduğu dil; proqramın öz dili dəyişmir.</translation>
        </message>
        <message>
            <source>The texts you wrote for this proposal have not gone out in a document. Close and lose them?</source>
            <translation>Bu təklif üçün yazdığınız mətnlər sənəddə göndərilməyib. Bağlayıb onları itirmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Bu sifariş artıq mövcud deyil.</translation>
        </message>
        <message>
            <source>Tick at least one part of the package.</source>
            <translation>Paketin ən azı bir hissəsini qeyd edin.</translation>
        </message>
        <message numerus="yes">
            <source>optional, apart: %n line(s), {total}</source>
            <translation>
                <numerusform>ixtiyari, ayrıca: %n sətir, {total}</numerusform>
                <numerusform>ixtiyari, ayrıca: %n sətir, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {day}, {status}</source>
            <translation>{day} tarixli {number} nömrəli sifariş, {status}</translation>
        </message>
    </context>
    <context>
        <name>DocumentLines</name>
        <message>
            <source>Discount</source>
            <translation>Endirim</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Offered apart, not counted in the total</source>
            <translation>Ayrıca təklif olunur, cəmə daxil edilmir</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>İxtiyari</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Qiymət</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Miqdar</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikul</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>(the earlier versions are kept in the client's history)</source>
            <translation>(əvvəlki versiyalar müştərinin tarixçəsində saxlanılır)</translation>
        </message>
        <message>
            <source>Attach {file} to your e-mail (its folder is open).</source>
            <translation>{file} faylını e-poçtunuza əlavə edin (onun qovluğu açıqdır).</translation>
        </message>
        <message>
            <source>Contract package {number}, version {version} issued.</source>
            <translation>Müqavilə paketi {number}, versiya {version} rəsmiləşdirildi.</translation>
        </message>
        <message>
            <source>Not issued: {why}</source>
            <translation>Rəsmiləşdirilmədi: {why}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Yadda saxlanılmadı</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF sənədləri (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önbaxış</translation>
        </message>
        <message>
            <source>Preview opened in your PDF viewer: not issued yet.</source>
            <translation>Önbaxış PDF baxıcınızda açıldı: hələ rəsmiləşdirilməyib.</translation>
        </message>
        <message>
            <source>Preview: not issued yet.</source>
            <translation>Önbaxış: hələ rəsmiləşdirilməyib.</translation>
        </message>
        <message>
            <source>Proposal {number}, version {version} issued.</source>
            <translation>Kommersiya təklifi {number}, versiya {version} rəsmiləşdirildi.</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Sənədi belə yadda saxla</translation>
        </message>
        <message>
            <source>The PDF is attached to a new e-mail: {path}</source>
            <translation>PDF yeni e-poçta əlavə edildi: {path}</translation>
        </message>
        <message>
            <source>The PDF is not printed: {path}</source>
            <translation>PDF çap edilmədi: {path}</translation>
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from the viewer.</source>
            <translation>PDF baxıcınızda açıqdır: oradan çap edin.</translation>
        </message>
        <message>
            <source>The PDF is saved: {path}</source>
            <translation>PDF yadda saxlanıldı: {path}</translation>
        </message>
        <message>
            <source>The PDF is sent to the printer.</source>
            <translation>PDF printerə göndərildi.</translation>
        </message>
    </context>
    <context>
        <name>DossierWindow</name>
        <message>
            <source>ARCHIVED</source>
            <translation>ARXİVDƏ</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arxivləşdir</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Rəqiblər</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Əlaqə şəxsləri</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Müştərini sil</translation>
        </message>
        <message>
            <source>Delete client…</source>
            <translation>Müştərini sil…</translation>
        </message>
        <message>
            <source>Delete this client? Clients with orders or invoices cannot be deleted; archive them instead.</source>
            <translation>Bu müştəri silinsin? Sifarişləri və ya hesab-fakturaları olan müştərilər silinə bilməz; onları arxivləşdirin.</translation>
        </message>
        <message>
            <source>Dossier %p % complete</source>
            <translation>Dosye %p % tamamlanıb</translation>
        </message>
        <message>
            <source>Fill in the profile and save; the rest opens then.</source>
            <translation>Profili doldurun və yadda saxlayın; qalanı sonra açılır.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Tarixçə</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Yeni müştəri</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Yeni görüş…</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Yeni sifariş…</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Son 12 ayda hesab-faktura üzrə gəlir yoxdur.</translation>
        </message>
        <message>
            <source>Nothing missing: this dossier is complete.</source>
            <translation>Heç nə çatışmır: bu dosye tamdır.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Üzləşmə aktı…</translation>
        </message>
        <message>
            <source>Relationship map</source>
            <translation>Münasibətlər xəritəsi</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Arxivdən bərpa et</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategiya</translation>
        </message>
        <message>
            <source>Terms &amp;&amp; prices</source>
            <translation>Şərtlər &amp;&amp; qiymətlər</translation>
        </message>
        <message>
            <source>This dossier has changes that are not saved. Close and lose them?</source>
            <translation>Bu dosyedə yadda saxlanılmamış dəyişikliklər var. Bağlayıb onları itirmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Yadda saxlanılmamış dəyişikliklər</translation>
        </message>
        <message>
            <source>class {abc}</source>
            <translation>{abc} sinfi</translation>
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation>{name} — dosye</translation>
        </message>
        <message>
            <source>{share} of revenue (12 months)</source>
            <translation>Gəlirin {share} hissəsi (12 ay)</translation>
        </message>
    </context>
    <context>
        <name>DunningDialog</name>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>Dunning step: {name}</source>
            <translation>Xatırlatma mərhələsi: {name}</translation>
        </message>
        <message>
            <source>Give the day the step was taken.</source>
            <translation>Mərhələnin atıldığı günü göstərin.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Record step</source>
            <translation>Mərhələni qeydə al</translation>
        </message>
        <message>
            <source>Say who took the step.</source>
            <translation>Mərhələni kimin atdığını göstərin.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Mərhələ</translation>
        </message>
        <message>
            <source>The step is dated after today: record it once it is done.</source>
            <translation>Mərhələnin tarixi bu gündən sonradır: onu yerinə yetirildikdən sonra qeydə alın.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>Who took the step</source>
            <translation>Mərhələni kim atıb</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message numerus="yes">
            <source>%n backup(s) could not be given the new passphrase: still needing the old one ({names}).</source>
            <translation>
                <numerusform>%n ehtiyat nüsxəyə yeni şifrə ifadəsi verilə bilmədi: hələ köhnəsi tələb olunur ({names}).</numerusform>
                <numerusform>%n ehtiyat nüsxəyə yeni şifrə ifadəsi verilə bilmədi: hələ köhnəsi tələb olunur ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before the database was encrypted, and files restores set aside beside it: anyone who gets them can read them.</source>
            <translation>Verilənlər bazası şifrələnməzdən əvvəl çıxarılmış ehtiyat nüsxələr və bərpa zamanı onun yanında saxlanılmış fayllar: onları əldə edən hər kəs oxuya bilər.</translation>
        </message>
        <message>
            <source>Backups made from now on are encrypted too. Copies made before are not ({count} in all): delete them if the laptop may be lost.</source>
            <translation>Bundan sonra çıxarılan ehtiyat nüsxələr də şifrələnir. Əvvəl çıxarılmış nüsxələr şifrələnmir (cəmi {count}): noutbuk itə bilərsə, onları silin.</translation>
        </message>
        <message>
            <source>Backups made from now on are not encrypted either.</source>
            <translation>Bundan sonra çıxarılan ehtiyat nüsxələr də şifrələnməyəcək.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Şifrə ifadəsini dəyiş</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Şifrə ifadəsi dəyişdirilir…</translation>
        </message>
        <message>
            <source>Could not delete every copy: {error}.</source>
            <translation>Bütün nüsxələr silinə bilmədi: {error}.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Cari şifrə ifadəsi</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted copies…</source>
            <translation>
                <numerusform>%n şifrələnməmiş nüsxəni sil…</numerusform>
                <numerusform>%n şifrələnməmiş nüsxəni sil…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted file(s) of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</source>
            <translation>
                <numerusform>Verilənlər bazasının şifrələnməzdən əvvəl çıxarılmış %n şifrələnməmiş faylı silinsin? Onu əldə edən hər kəs oxuya bilər. Sonra heç biri bərpa edilə bilməz.

{names}</numerusform>
                <numerusform>Verilənlər bazasının şifrələnməzdən əvvəl çıxarılmış %n şifrələnməmiş faylı silinsin? Onu əldə edən hər kəs oxuya bilər. Sonra heç biri bərpa edilə bilməz.

{names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the unencrypted copy…</source>
            <translation>Şifrələnməmiş nüsxəni sil…</translation>
        </message>
        <message>
            <source>Delete unencrypted copies</source>
            <translation>Şifrələnməmiş nüsxələri sil</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Şifrələ</translation>
        </message>
        <message>
            <source>Encrypted, the database file and its backups cannot be read without the passphrase by anyone who gets them: a lost laptop, a copied file. Documents and exports you save are not encrypted. Nobody can open the file without the passphrase, kamdesk included: keep it somewhere safe.</source>
            <translation>Şifrələnmiş verilənlər bazası faylını və onun ehtiyat nüsxələrini əldə edən heç kim (itmiş noutbuk, kopyalanmış fayl) şifrə ifadəsi olmadan oxuya bilməz. Yadda saxladığınız sənədlər və ixraclar şifrələnmir. Faylı şifrə ifadəsi olmadan heç kim, o cümlədən kamdesk aça bilməz: onu etibarlı yerdə saxlayın.</translation>
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation>Verilənlər bazası şifrələnir…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Şifrələmə</translation>
        </message>
        <message>
            <source>Fair. A few more words make it strong.</source>
            <translation>Orta. Daha bir neçə söz əlavə etsəniz, güclü olar.</translation>
        </message>
        <message>
            <source>Its backups are encrypted too.</source>
            <translation>Onun ehtiyat nüsxələri də şifrələnib.</translation>
        </message>
        <message>
            <source>Its backups open with the new passphrase too.</source>
            <translation>Onun ehtiyat nüsxələri də yeni şifrə ifadəsi ilə açılır.</translation>
        </message>
        <message>
            <source>Its unencrypted copies were deleted.</source>
            <translation>Onun şifrələnməmiş nüsxələri silindi.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Yeni şifrə ifadəsi</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Bu kompüterin açar saxlancında yadda saxla</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Təkrarlayın</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Güclü.</translation>
        </message>
        <message>
            <source>This database is encrypted.</source>
            <translation>Bu verilənlər bazası şifrələnib.</translation>
        </message>
        <message>
            <source>This database is not encrypted.</source>
            <translation>Bu verilənlər bazası şifrələnməyib.</translation>
        </message>
        <message>
            <source>This is not the database's passphrase.</source>
            <translation>Bu, verilənlər bazasının şifrə ifadəsi deyil.</translation>
        </message>
        <message>
            <source>Too short: use at least eight characters.</source>
            <translation>Çox qısadır: ən azı səkkiz simvol istifadə edin.</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Şifrələməni söndür</translation>
        </message>
        <message>
            <source>Turning encryption off…</source>
            <translation>Şifrələmə söndürülür…</translation>
        </message>
        <message>
            <source>Use at least eight characters; a few words are best.</source>
            <translation>Ən azı səkkiz simvol istifadə edin; bir neçə söz ən yaxşısıdır.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words or characters.</source>
            <translation>Zəif: asan təxmin edilir. Söz və ya simvol əlavə edin.</translation>
        </message>
    </context>
    <context>
        <name>ExpiringBlock</name>
        <message>
            <source>No special price ends in the next 30 days, and no promotion in the next 14.</source>
            <translation>Növbəti 30 gündə heç bir xüsusi qiymət, növbəti 14 gündə isə heç bir aksiya bitmir.</translation>
        </message>
        <message>
            <source>Promotions ending within 14 days</source>
            <translation>14 gün ərzində bitən aksiyalar</translation>
        </message>
        <message>
            <source>Special prices and promotions ending soon</source>
            <translation>Tezliklə bitən xüsusi qiymətlər və aksiyalar</translation>
        </message>
        <message>
            <source>Special prices ending within 30 days</source>
            <translation>30 gün ərzində bitən xüsusi qiymətlər</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>və daha %n</numerusform>
                <numerusform>və daha %n</numerusform>
            </translation>
        </message>
        <message>
            <source>ends today</source>
            <translation>bu gün bitir</translation>
        </message>
        <message numerus="yes">
            <source>for %n client(s):</source>
            <translation>
                <numerusform>%n müştəri üçün:</numerusform>
                <numerusform>%n müştəri üçün:</numerusform>
            </translation>
        </message>
        <message>
            <source>for every client</source>
            <translation>bütün müştərilər üçün</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n gün sonra</numerusform>
                <numerusform>%n gün sonra</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku} {name} at {price}</source>
            <translation>{sku} {name}, {price}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… və daha %n</numerusform>
                <numerusform>… və daha %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A new laptop (everything)</source>
            <translation>Yeni noutbuk (hər şey)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Seç…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>İxrac et</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Fayla ixrac et</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fayl:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Kimin üçün:</translation>
        </message>
        <message>
            <source>Say where the file goes.</source>
            <translation>Faylın hara yazılacağını göstərin.</translation>
        </message>
        <message>
            <source>The file holds what that laptop has not received yet. Carry it on a USB stick or send it by e-mail; the colleague imports it with the same passphrase.</source>
            <translation>Faylda həmin noutbukun hələ almadığı məlumatlar var. Onu USB fləşdə aparın və ya e-poçtla göndərin; həmkar onu eyni şifrə ifadəsi ilə idxal edir.</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync)</source>
            <translation>kamdesk sinxronizasiya faylları (*.kamsync)</translation>
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
            <translation>İdarəedici simvolları (%1) silin: onlar yadda saxlanıla bilməz.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Tam ədəd daxil edin.</translation>
        </message>
        <message>
            <source>Type an amount such as 125000 or %1.</source>
            <translation>125000 və ya %1 kimi məbləğ daxil edin.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>təyin edilməyib</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>&lt;h3&gt;Welcome to kamdesk&lt;/h3&gt;&lt;p&gt;This database is new. Begin with your own company: its name, address, tax numbers and bank details print on every proposal and contract, and its currency is the one your figures are shown in. Then import your price list, and add your key clients.&lt;/p&gt;&lt;p&gt;Or look around the demo first: forty clients with two years of orders, meetings and payments, in a window of its own. Nothing of it comes into this database.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;kamdesk-ə xoş gəlmisiniz&lt;/h3&gt;&lt;p&gt;Bu verilənlər bazası yenidir. Öz şirkətinizdən başlayın: adı, ünvanı, vergi nömrələri və bank rekvizitləri hər təklifdə və müqavilədə çap olunur, rəqəmləriniz onun valyutasında göstərilir. Sonra qiymət siyahınızı idxal edin və əsas müştərilərinizi əlavə edin.&lt;/p&gt;&lt;p&gt;Və ya əvvəlcə demoya baxın: iki illik sifarişləri, görüşləri və ödənişləri olan qırx müştəri, ayrıca pəncərədə. Ondan heç nə bu bazaya keçmir.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo</source>
            <translation>Demoya bax</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>İndi yox</translation>
        </message>
        <message>
            <source>Set up my company…</source>
            <translation>Şirkətimi qur…</translation>
        </message>
        <message>
            <source>Start it from a terminal with: kamdesk --demo</source>
            <translation>Terminaldan işə salın: kamdesk --demo</translation>
        </message>
        <message>
            <source>The demo did not start</source>
            <translation>Demo işə düşmədi</translation>
        </message>
        <message>
            <source>Welcome to kamdesk</source>
            <translation>kamdesk-ə xoş gəlmisiniz</translation>
        </message>
        <message>
            <source>Your company is set up. Import your price list now (CSV or Excel, with a column for each of your price columns)?</source>
            <translation>Şirkətiniz quruldu. Qiymət siyahınızı indi idxal edək (CSV və ya Excel, hər qiymət sütunu üçün bir sütun)?</translation>
        </message>
        <message>
            <source>Your price list</source>
            <translation>Qiymət siyahınız</translation>
        </message>
    </context>
    <context>
        <name>FulfilmentDialogs</name>
        <message numerus="yes">
            <source>%n line(s) not fully shipped: {lines}.</source>
            <translation>
                <numerusform>%n sətir tam göndərilməyib: {lines}.</numerusform>
                <numerusform>%n sətir tam göndərilməyib: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {value}</source>
            <translation>
                <numerusform>%n sətir, {value}</numerusform>
                <numerusform>%n sətir, {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>A note for the whole return (optional)</source>
            <translation>Bütün qaytarma üçün qeyd (ixtiyari)</translation>
        </message>
        <message>
            <source>Back now</source>
            <translation>İndi qaytarılan</translation>
        </message>
        <message>
            <source>Can return</source>
            <translation>Qaytarıla bilər</translation>
        </message>
        <message>
            <source>Close the order without the {quantities} still to ship? They will not be shipped or invoiced on this order.</source>
            <translation>Sifariş hələ göndərilməli {quantities} olmadan bağlansın? Onlar bu sifariş üzrə göndərilməyəcək və hesab-faktura verilməyəcək.</translation>
        </message>
        <message>
            <source>Close the order?</source>
            <translation>Sifariş bağlansın?</translation>
        </message>
        <message numerus="yes">
            <source>Coming back on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Qaytarılır: %n sətir, dəyəri {value}</numerusform>
                <numerusform>Qaytarılır: %n sətir, dəyəri {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Çatdırılıb</translation>
        </message>
        <message>
            <source>Enter the quantity leaving on at least one line.</source>
            <translation>Ən azı bir sətirdə çıxan miqdarı daxil edin.</translation>
        </message>
        <message>
            <source>Enter the quantity that came back on at least one line.</source>
            <translation>Ən azı bir sətirdə geri qayıdan miqdarı daxil edin.</translation>
        </message>
        <message>
            <source>Goods coming back before the invoice: they will not be invoiced.</source>
            <translation>Hesab-fakturadan əvvəl geri qayıdan mallar: onlara hesab-faktura verilməyəcək.</translation>
        </message>
        <message>
            <source>Goods coming back from the client. Against invoice {inv} this is a credit note.</source>
            <translation>Müştəridən geri qayıdan mallar. {inv} hesab-fakturasına qarşı bu kredit notasıdır.</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Qalıq</translation>
        </message>
        <message>
            <source>Line {no}: {why}</source>
            <translation>Sətir {no}: {why}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Sifariş edilib</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Səbəb</translation>
        </message>
        <message>
            <source>Record delivery</source>
            <translation>Çatdırılmanı qeydə al</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>Qaytarmanı qeydə al</translation>
        </message>
        <message>
            <source>Recording the delivery closes the order at what was shipped; ship the rest first if the client still gets it.</source>
            <translation>Çatdırılmanın qeydə alınması sifarişi göndərilən miqdarla bağlayır; müştəri qalanını hələ alacaqsa, əvvəlcə onu göndərin.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>İmtina</translation>
        </message>
        <message numerus="yes">
            <source>Refused on %n line(s), worth {value}</source>
            <translation>
                <numerusform>İmtina: %n sətir, dəyəri {value}</numerusform>
                <numerusform>İmtina: %n sətir, dəyəri {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Qaytar</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Qaytarılıb</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Göndər</translation>
        </message>
        <message>
            <source>Ship now</source>
            <translation>İndi göndərilən</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Göndərilib</translation>
        </message>
        <message numerus="yes">
            <source>Shipping %n line(s) worth {value}</source>
            <translation>
                <numerusform>Göndərilir: %n sətir, dəyəri {value}</numerusform>
                <numerusform>Göndərilir: %n sətir, dəyəri {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>The client received what was shipped. Enter what it refused at delivery, with the reason; leave the rest empty.</source>
            <translation>Müştəri göndərilənləri aldı. Çatdırılma zamanı imtina etdiyini səbəbi ilə daxil edin; qalanını boş saxlayın.</translation>
        </message>
        <message>
            <source>What leaves the warehouse now, line by line; the rest can follow later.</source>
            <translation>İndi anbardan çıxan, sətir-sətir; qalanı sonra göndərilə bilər.</translation>
        </message>
        <message>
            <source>line {no} ({qty})</source>
            <translation>sətir {no} ({qty})</translation>
        </message>
        <message>
            <source>what happened</source>
            <translation>nə baş verdi</translation>
        </message>
        <message>
            <source>{qty} on line {no}</source>
            <translation>{no} sətirdə {qty}</translation>
        </message>
        <message>
            <source>— reason —</source>
            <translation>— səbəb —</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>A commercial proposal, and the contract package (supply contract, specification, invoice for payment), are made from an order, in the language the client reads.</source>
            <translation>Kommersiya təklifi və müqavilə paketi (təchizat müqaviləsi, spesifikasiya, ödəniş üçün hesab) sifarişdən, müştərinin oxuduğu dildə hazırlanır.</translation>
        </message>
        <message>
            <source>A confirmed order is changed through {revision}.</source>
            <translation>Təsdiqlənmiş sifariş {revision} ilə dəyişdirilir.</translation>
        </message>
        <message>
            <source>A contract package names the contract it belongs to: later orders cite the same contract.</source>
            <translation>Müqavilə paketi aid olduğu müqaviləni göstərir: sonrakı sifarişlər eyni müqaviləyə istinad edir.</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: keep it where your team keeps its secrets.</source>
            <translation>Unudulmuş şifrə ifadəsini bərpa etmək olmur: onu komandanızın sirləri saxladığı yerdə saxlayın.</translation>
        </message>
        <message>
            <source>A meeting at the client's address reminds you when to leave, with the travel time counted.</source>
            <translation>Müştərinin ünvanındakı görüş yol vaxtını nəzərə alaraq nə vaxt yola düşməyinizi xatırladır.</translation>
        </message>
        <message>
            <source>A new database offers these steps itself when it opens: {setup_company}.</source>
            <translation>Yeni verilənlər bazası açılanda bu addımları özü təklif edir: {setup_company}.</translation>
        </message>
        <message>
            <source>A new meeting starts on the next working day, inside the working hours set in {file} › {rules}.</source>
            <translation>Yeni görüş növbəti iş gününə, {file} › {rules} bölməsində təyin olunmuş iş saatları daxilində qoyulur.</translation>
        </message>
        <message>
            <source>A payment settles the oldest invoices first unless you choose the invoices.</source>
            <translation>Hesab-fakturaları özünüz seçməsəniz, ödəniş əvvəlcə ən köhnə hesab-fakturaları bağlayır.</translation>
        </message>
        <message>
            <source>Add your key clients in {clients} with {new_client}.</source>
            <translation>Əsas müştərilərinizi {clients} bölməsində {new_client} ilə əlavə edin.</translation>
        </message>
        <message>
            <source>Archived clients are hidden from the list: tick {show_archived}.</source>
            <translation>Arxivdəki müştərilər siyahıda görünmür: {show_archived} işarələyin.</translation>
        </message>
        <message>
            <source>Before the first proposal kamdesk needs to know who you are: your company's details print on every document, and the price list gives every client its prices.</source>
            <translation>İlk təklifdən əvvəl kamdesk sizin kim olduğunuzu bilməlidir: şirkətinizin rekvizitləri hər sənəddə çap olunur, qiymət siyahısı isə hər müştəriyə öz qiymətlərini verir.</translation>
        </message>
        <message>
            <source>Begin the day in {today}. Tick a task under {tasks} when it is done; click a client's name to open the dossier.</source>
            <translation>Günə {today} bölməsindən başlayın. Tapşırıq bitəndə onu {tasks} altında işarələyin; müştərinin adına klikləmək dosyeni açır.</translation>
        </message>
        <message>
            <source>Called off? Press {cancelled} and say why: it stays in the history.</source>
            <translation>Ləğv olundu? {cancelled} basın və səbəbini yazın: tarixçədə qalır.</translation>
        </message>
        <message>
            <source>Calls and meetings that are over without an outcome wait in {today} under {outcomes}.</source>
            <translation>Nəticəsi yazılmamış keçmiş zənglər və görüşlər {today} bölməsində, {outcomes} altında gözləyir.</translation>
        </message>
        <message>
            <source>Choose a client: its invoices, payments and dunning steps appear below.</source>
            <translation>Müştərini seçin: aşağıda onun hesab-fakturaları, ödənişləri və xatırlatma mərhələləri görünür.</translation>
        </message>
        <message>
            <source>Choose the {document_language}, and check who it is addressed to, how long it is valid, and the delivery and payment terms.</source>
            <translation>{document_language} seçin və kimə ünvanlandığını, etibarlılıq müddətini, çatdırılma və ödəniş şərtlərini yoxlayın.</translation>
        </message>
        <message>
            <source>Choose who the file is for: a laptop you exchanged files with gets what changed since; a colleague starting out gets {new_laptop}.</source>
            <translation>Faylın kimin üçün olduğunu seçin: əvvəl fayl mübadiləsi etdiyiniz noutbuk o vaxtdan bəri dəyişənləri alır; yeni başlayan həmkar {new_laptop} alır.</translation>
        </message>
        <message>
            <source>Choose {file} › {encryption}, type a passphrase of a few words twice and press {encrypt}. Its backups are encrypted too.</source>
            <translation>{file} › {encryption} seçin, bir neçə sözdən ibarət şifrə ifadəsini iki dəfə yazın və {encrypt} basın. Ehtiyat nüsxələr də şifrələnir.</translation>
        </message>
        <message>
            <source>Choose {file} › {settings} and fill in the pages {company}, {bank}, {tax} and {people}: at least the fields marked *.</source>
            <translation>{file} › {settings} seçin və {company}, {bank}, {tax}, {people} səhifələrini doldurun: ən azı * ilə işarələnmiş sahələri.</translation>
        </message>
        <message>
            <source>Click a column heading to sort the list, for example by the share of revenue or the ABC class.</source>
            <translation>Siyahını sıralamaq üçün sütun başlığına klikləyin, məsələn, gəlirdəki paya və ya ABC sinfinə görə.</translation>
        </message>
        <message>
            <source>Collect receivables and follow the plan</source>
            <translation>Debitor borcunu yığın və plana nəzarət edin</translation>
        </message>
        <message>
            <source>Double-click a line in {history} to open that order or meeting.</source>
            <translation>{history} bölməsində sətrə iki dəfə klikləmək həmin sifarişi və ya görüşü açır.</translation>
        </message>
        <message>
            <source>Double-click the client: its dossier opens.</source>
            <translation>Müştəriyə iki dəfə klikləyin: onun dosyesi açılır.</translation>
        </message>
        <message>
            <source>Drag a meeting to move it. The list under the week shows the chosen day with each meeting's readiness and any clash.</source>
            <translation>Görüşü köçürmək üçün onu sürüşdürün. Həftənin altındakı siyahı seçilmiş günü hər görüşün hazırlıq dərəcəsi və üst-üstə düşmələrlə göstərir.</translation>
        </message>
        <message>
            <source>Enter an order</source>
            <translation>Sifariş daxil edin</translation>
        </message>
        <message>
            <source>Find a client and read the dossier</source>
            <translation>Müştərini tapın və dosyesini oxuyun</translation>
        </message>
        <message>
            <source>Give each laptop a name in {file} › {laptop}: the history then says who sent what.</source>
            <translation>Hər noutbuka {file} › {laptop} bölməsində ad verin: onda tarixçə kimin nə göndərdiyini göstərəcək.</translation>
        </message>
        <message>
            <source>Go through the tabs: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} and {history}.</source>
            <translation>Vərəqlərə baxın: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} və {history}.</translation>
        </message>
        <message>
            <source>Go to {place}</source>
            <translation>Keçid: {place}</translation>
        </message>
        <message>
            <source>In {file} › {rules} set the team's credit control, the credit limit and payment days of new clients, and your working hours.</source>
            <translation>{file} › {rules} bölməsində komandanın kredit nəzarətini, yeni müştərilərin kredit limitini və ödəniş günlərini, həmçinin iş saatlarınızı təyin edin.</translation>
        </message>
        <message>
            <source>In {orders} press {new_order}, or start the order from the dossier, and choose the client.</source>
            <translation>{orders} bölməsində {new_order} basın və ya sifarişi dosyedən başladın, sonra müştərini seçin.</translation>
        </message>
        <message>
            <source>In {reports} › {plans} set each client's plan by month and follow plan against actual.</source>
            <translation>{reports} › {plans} bölməsində hər müştərinin aylıq planını təyin edin və plan ilə faktı izləyin.</translation>
        </message>
        <message>
            <source>Keep one backup away from the laptop: a lost laptop takes its folder with it.</source>
            <translation>Bir ehtiyat nüsxəni noutbukdan ayrı saxlayın: itən noutbuk öz qovluğunu da aparır.</translation>
        </message>
        <message>
            <source>Key clients do not forgive seven mistakes: being late, arguing, interrupting, knowing nothing about the client, poor preparation, bad manners, and not knowing our own company and product. The {preparation} page of a meeting guards against each of them.</source>
            <translation>Əsas müştərilər yeddi səhvi bağışlamır: gecikmək, mübahisə etmək, sözü kəsmək, müştəri haqqında heç nə bilməmək, zəif hazırlıq, pis davranış və öz şirkətini, məhsulunu bilməmək. Görüşün {preparation} səhifəsi bunların hər birindən qoruyur.</translation>
        </message>
        <message>
            <source>No overdue debt is part of the job. {receivables} shows what each client owes, by age, and what was done to collect it; {reports} sets the sales plan against the actual.</source>
            <translation>Vaxtı keçmiş borcun olmaması işin bir hissəsidir. {receivables} hər müştərinin borcunu müddətlərə görə və onu yığmaq üçün görülənləri göstərir; {reports} satış planını faktla müqayisə edir.</translation>
        </message>
        <message>
            <source>On the other laptop press {import_file} and type the same passphrase.</source>
            <translation>Digər noutbukda {import_file} basın və eyni şifrə ifadəsini yazın.</translation>
        </message>
        <message>
            <source>On {details} choose the people attending, the subject, the products to talk about and the offer.</source>
            <translation>{details} səhifəsində iştirakçıları, mövzunu, danışılacaq məhsulları və təklifi seçin.</translation>
        </message>
        <message>
            <source>Once the database is encrypted, {file} › {laptop} › {lock_after} locks the window after the idle minutes you choose.</source>
            <translation>Verilənlər bazası şifrələnəndən sonra {file} › {laptop} › {lock_after} seçdiyiniz fəaliyyətsiz dəqiqələrdən sonra pəncərəni kilidləyir.</translation>
        </message>
        <message>
            <source>Open the meeting and go to {after}.</source>
            <translation>Görüşü açın və {after} səhifəsinə keçin.</translation>
        </message>
        <message>
            <source>Open the meeting from {schedule} or {today}, or make one with {dossier_meeting} in the dossier.</source>
            <translation>Görüşü {schedule} və ya {today} bölməsindən açın, yaxud dosyedə {dossier_meeting} ilə yaradın.</translation>
        </message>
        <message>
            <source>Open the order; under {documents} press {proposal} or {package}.</source>
            <translation>Sifarişi açın; {documents} menyusunda {proposal} və ya {package} seçin.</translation>
        </message>
        <message>
            <source>Open {preparation}: the readiness out of 100 says what is still missing.</source>
            <translation>{preparation} səhifəsini açın: 100 üzərindən hazırlıq dərəcəsi hələ nəyin çatışmadığını göstərir.</translation>
        </message>
        <message>
            <source>Open {products} and press {price_columns}: one price column for each discount level (for example retail, wholesale, key client).</source>
            <translation>{products} bölməsini açın və {price_columns} basın: hər endirim səviyyəsi üçün bir qiymət növü (məsələn, pərakəndə, topdan, əsas müştəri).</translation>
        </message>
        <message>
            <source>Open {receivables}; tick {only_overdue} to see only the clients who are late.</source>
            <translation>{receivables} bölməsini açın; yalnız gecikən müştəriləri görmək üçün {only_overdue} işarələyin.</translation>
        </message>
        <message>
            <source>Open {schedule}. The arrows, or Alt+Left and Alt+Right, go to the week before and after.</source>
            <translation>{schedule} bölməsini açın. Oxlar və ya Alt+Sol və Alt+Sağ əvvəlki və növbəti həftəyə keçir.</translation>
        </message>
        <message>
            <source>Open {sync} and press {export_file}.</source>
            <translation>{sync} bölməsini açın və {export_file} basın.</translation>
        </message>
        <message>
            <source>Plan your day and your week</source>
            <translation>Gününüzü və həftənizi planlaşdırın</translation>
        </message>
        <message>
            <source>Prepare a meeting</source>
            <translation>Görüşə hazırlaşın</translation>
        </message>
        <message>
            <source>Press Ctrl+F or open {clients} and type part of a name, a code, a tax number or a city.</source>
            <translation>Ctrl+F basın və ya {clients} bölməsini açın, adın bir hissəsini, kodu, VÖEN-i və ya şəhəri yazın.</translation>
        </message>
        <message>
            <source>Press {add_step} for each agreed next step, with its due date.</source>
            <translation>Razılaşdırılmış hər növbəti addım üçün {add_step} basın və müddətini yazın.</translation>
        </message>
        <message>
            <source>Press {confirm} (Ctrl+Shift+C). When credit control blocks the order, the window says why; the head of department can still approve it under {confirm_anyway}.</source>
            <translation>{confirm} basın (Ctrl+Shift+C). Kredit nəzarəti sifarişi bloklayanda pəncərə səbəbini deyir; şöbə müdiri yenə də onu {confirm_anyway} altında təsdiq edə bilər.</translation>
        </message>
        <message>
            <source>Press {held}: the next steps appear under {tasks} in {today}.</source>
            <translation>{held} basın: növbəti addımlar {today} bölməsində, {tasks} altında görünür.</translation>
        </message>
        <message>
            <source>Press {import_products} and choose your price list (Excel or CSV). Match the columns, correct the rows it lists as problems, then press {import}.</source>
            <translation>{import_products} basın və qiymət siyahınızı seçin (Excel və ya CSV). Sütunları uyğunlaşdırın, problem kimi göstərilən sətirləri düzəldin, sonra {import} basın.</translation>
        </message>
        <message>
            <source>Press {new_meeting} or {new_call}, or double-click a free time in the week.</source>
            <translation>{new_meeting} və ya {new_call} basın, ya da həftədə boş vaxta iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>Press {preview} to see the PDF: nothing is issued yet.</source>
            <translation>PDF-ə baxmaq üçün {preview} basın: hələ heç nə rəsmiləşdirilmir.</translation>
        </message>
        <message>
            <source>Press {print_brief} to take the brief on paper.</source>
            <translation>Brifinqi kağızda götürmək üçün {print_brief} basın.</translation>
        </message>
        <message>
            <source>Press {print_week} for the week on one page, or {export_week} for the calendar of your phone.</source>
            <translation>Həftəni bir səhifədə almaq üçün {print_week}, telefonunuzun təqvimi üçün isə {export_week} basın.</translation>
        </message>
        <message>
            <source>Press {print}, {save_as} or {email}: the document gets its number and is kept in the client's history.</source>
            <translation>{print}, {save_as} və ya {email} basın: sənəd nömrəsini alır və müştərinin tarixçəsində saxlanılır.</translation>
        </message>
        <message>
            <source>Press {reconciliation} for the statement of mutual settlements to sign with the client.</source>
            <translation>Müştəri ilə imzalamaq üçün qarşılıqlı hesablaşmaların üzləşmə aktını almaq üçün {reconciliation} basın.</translation>
        </message>
        <message>
            <source>Press {record_payment} for money received, or {bank_statement} to read a bank statement.</source>
            <translation>Daxil olan pul üçün {record_payment}, bank çıxarışını oxumaq üçün isə {bank_statement} basın.</translation>
        </message>
        <message>
            <source>Press {save_draft} (Ctrl+Enter) to keep the draft.</source>
            <translation>Qaralamanı saxlamaq üçün {save_draft} basın (Ctrl+Enter).</translation>
        </message>
        <message>
            <source>Print a proposal or a contract package</source>
            <translation>Təklifi və ya müqavilə paketini çap edin</translation>
        </message>
        <message>
            <source>Protect the laptop and its data</source>
            <translation>Noutbuku və məlumatları qoruyun</translation>
        </message>
        <message>
            <source>Read how to address each person and in which language, and the client's figures: revenue, plan, what it owes.</source>
            <translation>Hər iştirakçıya necə və hansı dildə müraciət etməyi, həmçinin müştərinin rəqəmlərini oxuyun: gəlir, plan, borc.</translation>
        </message>
        <message>
            <source>Record a meeting's outcome</source>
            <translation>Görüşün nəticəsini yazın</translation>
        </message>
        <message>
            <source>Record each reminder, call or letter about a debt with {dunning}.</source>
            <translation>Borcla bağlı hər xatırlatmanı, zəngi və ya məktubu {dunning} ilə qeydə alın.</translation>
        </message>
        <message>
            <source>Set up your company and the price list</source>
            <translation>Şirkətinizi və qiymət siyahısını qurun</translation>
        </message>
        <message>
            <source>Share data with another laptop</source>
            <translation>Məlumatları başqa noutbukla bölüşün</translation>
        </message>
        <message>
            <source>Start the next step from the dossier: {dossier_order} or {dossier_meeting}.</source>
            <translation>Növbəti addımı dosyedən başladın: {dossier_order} və ya {dossier_meeting}.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Addımlar</translation>
        </message>
        <message>
            <source>Take a key client's order yourself, by volume and by assortment. When the order is confirmed, credit control checks the client's limit and overdue invoices.</source>
            <translation>Əsas müştərinin sifarişini özünüz, həm həcm, həm çeşid üzrə qəbul edin. Sifariş təsdiqlənəndə kredit nəzarəti müştərinin limitini və vaxtı keçmiş hesab-fakturalarını yoxlayır.</translation>
        </message>
        <message>
            <source>The bar at the top says how complete the dossier is and what is missing: fill it in before you meet the client.</source>
            <translation>Yuxarıdakı zolaq dosyenin nə qədər dolu olduğunu və nəyin çatışmadığını göstərir: müştəri ilə görüşdən əvvəl onu doldurun.</translation>
        </message>
        <message>
            <source>The dossier holds everything you know about a client: the profile and strategy, the people and how they relate, competitors, terms and prices, and the whole history of meetings, orders and payments.</source>
            <translation>Dosye müştəri haqqında bildiyiniz hər şeyi saxlayır: profil və strategiya, insanlar və onların münasibətləri, rəqiblər, şərtlər və qiymətlər, görüşlərin, sifarişlərin və ödənişlərin bütün tarixçəsi.</translation>
        </message>
        <message>
            <source>The laptop carries the team's clients, prices and debts to every client's site. Encrypt the database, keep backups, and let the window lock when you step away.</source>
            <translation>Noutbuk komandanın müştərilərini, qiymətlərini və borclarını hər müştərinin yanına aparır. Verilənlər bazasını şifrələyin, ehtiyat nüsxələr saxlayın və uzaqlaşanda pəncərənin kilidlənməsinə imkan verin.</translation>
        </message>
        <message>
            <source>The list beside the lines suggests what the client bought before and what others in its segment buy: double-click to add.</source>
            <translation>Sətirlərin yanındakı siyahı müştərinin əvvəl nə aldığını və seqmentindəki başqalarının nə aldığını təklif edir: əlavə etmək üçün iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>The readiness changes as you type and tick; a tick cannot stand in for what has to be filled in.</source>
            <translation>Hazırlıq dərəcəsi yazdıqca və işarələdikcə dəyişir; işarə doldurulmalı olanı əvəz edə bilməz.</translation>
        </message>
        <message>
            <source>The team's rules travel with the data to every laptop; the language and the look are this laptop's own ({file} › {laptop}).</source>
            <translation>Komandanın qaydaları məlumatlarla birlikdə hər noutbuka keçir; dil və görünüş isə bu noutbukun özünündür ({file} › {laptop}).</translation>
        </message>
        <message>
            <source>Tick {keyring} so that kamdesk does not ask for the passphrase at every start.</source>
            <translation>kamdesk hər açılışda şifrə ifadəsini soruşmasın deyə {keyring} işarələyin.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Məsləhətlər</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name, then Enter; then the quantity. The client's price column, special prices and promotions apply by themselves.</source>
            <translation>Artikulu və ya məhsul adının bir hissəsini yazın, sonra Enter, sonra miqdarı. Müştərinin qiymət növü, xüsusi qiymətlər və aksiyalar özü tətbiq olunur.</translation>
        </message>
        <message>
            <source>Type the team's passphrase twice, choose where the file goes, and hand it over on a USB stick or by e-mail.</source>
            <translation>Komandanın şifrə ifadəsini iki dəfə yazın, faylın harada saxlanacağını seçin və onu fləş kartda və ya e-poçtla ötürün.</translation>
        </message>
        <message>
            <source>Under {objections} prepare a calm answer to each thing the client holds against us: do not argue.</source>
            <translation>{objections} altında müştərinin bizə qarşı hər iradına sakit cavab hazırlayın: mübahisə etməyin.</translation>
        </message>
        <message>
            <source>Under {outcome} write the decisions, what the client said and the mood in the room.</source>
            <translation>{outcome} sahəsinə qərarları, müştərinin dediklərini və otaqdakı əhval-ruhiyyəni yazın.</translation>
        </message>
        <message>
            <source>When both laptops changed the same thing, {conflicts} shows both values: choose the one to keep.</source>
            <translation>Hər iki noutbuk eyni şeyi dəyişibsə, {conflicts} hər iki dəyəri göstərir: saxlanacağını seçin.</translation>
        </message>
        <message>
            <source>When the goods leave press {ship}, when the client has them {delivered}, then {invoice}. An issued invoice cannot be taken back.</source>
            <translation>Mal yola düşəndə {ship}, müştəri onu alanda {delivered}, sonra {invoice} basın. Verilmiş hesab-fakturanı geri götürmək olmur.</translation>
        </message>
        <message>
            <source>Write down what came of a meeting or call while you remember it: the outcome goes into the client's history, and each agreed step becomes your task.</source>
            <translation>Görüşün və ya zəngin nəticəsini yadınızda ikən yazın: nəticə müştərinin tarixçəsinə düşür, razılaşdırılmış hər addım isə sizin tapşırığınız olur.</translation>
        </message>
        <message>
            <source>Write the {listening}: the questions to ask, in order. Ask, then listen; do not interrupt.</source>
            <translation>{listening} yazın: veriləcək suallar, ardıcıllıqla. Soruşun, sonra dinləyin; sözü kəsməyin.</translation>
        </message>
        <message>
            <source>Write what the client answered to each question you had planned.</source>
            <translation>Müştərinin planlaşdırdığınız hər suala nə cavab verdiyini yazın.</translation>
        </message>
        <message>
            <source>Your company's details, bank and logo come from {file} › {settings}; the client's from the dossier.</source>
            <translation>Şirkətinizin rekvizitləri, bankı və loqosu {file} › {settings} bölməsindən, müştərininki isə dosyedən götürülür.</translation>
        </message>
        <message>
            <source>kamdesk works without a network. The team's laptops share their data through encrypted files: export one for a colleague, import the ones you receive.</source>
            <translation>kamdesk şəbəkəsiz işləyir. Komandanın noutbukları məlumatları şifrələnmiş fayllarla bölüşür: həmkar üçün fayl ixrac edin, aldıqlarınızı idxal edin.</translation>
        </message>
        <message>
            <source>{duplicate} makes the same meeting a week later, with the same people and plan.</source>
            <translation>{duplicate} eyni görüşü bir həftə sonraya, eyni iştirakçılar və planla yaradır.</translation>
        </message>
        <message>
            <source>{file} › {backups} lists the backups kamdesk made before each upgrade and import; {back_up_now} makes one, for example on a USB stick, and {restore} puts one back.</source>
            <translation>{file} › {backups} kamdesk-in hər yeniləmədən və idxaldan əvvəl çıxardığı ehtiyat nüsxələri göstərir; {back_up_now} yenisini, məsələn fləş kartda çıxarır, {restore} isə birini geri qaytarır.</translation>
        </message>
        <message>
            <source>{reports} › {key_clients} shows the shares of revenue, the ABC classes and how much the business depends on one client.</source>
            <translation>{reports} › {key_clients} gəlirdəki payları, ABC siniflərini və biznesin bir müştəridən nə qədər asılı olduğunu göstərir.</translation>
        </message>
        <message>
            <source>{today} is your day on one page: meetings and calls, tasks due, birthdays, promotions ending and overdue invoices. {schedule} is your week of visits and calls.</source>
            <translation>{today} bir səhifədə gününüzdür: görüşlər və zənglər, vaxtı çatan tapşırıqlar, ad günləri, bitən aksiyalar və vaxtı keçmiş hesab-fakturalar. {schedule} isə səfərlər və zənglərlə həftənizdir.</translation>
        </message>
    </context>
    <context>
        <name>GuideAction</name>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Bələdçi</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>No page has these words.</source>
            <translation>Bu sözlər heç bir səhifədə yoxdur.</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Bələdçidə axtar</translation>
        </message>
        <message>
            <source>kamdesk guide</source>
            <translation>kamdesk bələdçisi</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over</source>
            <translation>Təhvil ver</translation>
        </message>
        <message>
            <source>Hand over the client</source>
            <translation>Müştərinin təhvil verilməsi</translation>
        </message>
        <message>
            <source>Hand over to:</source>
            <translation>Təhvil alan:</translation>
        </message>
        <message>
            <source>Hand {client} over to another key account manager. The lead KAM they replace keeps the client until their next sync with the team server, which sends their last changes first.</source>
            <translation>{client} müştərisini başqa əsas müştərilər üzrə menecerə təhvil verin. Əvəz edilən aparıcı KAM müştərini komanda serveri ilə növbəti sinxronizasiyasına qədər saxlayır; bu sinxronizasiya əvvəlcə onun son dəyişikliklərini göndərir.</translation>
        </message>
        <message>
            <source>KAMs now:</source>
            <translation>Hazırkı KAM-lar:</translation>
        </message>
        <message>
            <source>On the team server a handover is the manager's to make: one made here by a KAM is refused at their next sync.</source>
            <translation>Komanda serverində təhvil rəhbərin işidir: KAM-ın burada etdiyi təhvil onun növbəti sinxronizasiyasında rədd ediləcək.</translation>
        </message>
        <message>
            <source>The client has the most KAMs it may have.</source>
            <translation>Müştərinin artıq mümkün olan ən çox sayda KAM-ı var.</translation>
        </message>
        <message>
            <source>as a co-KAM beside the others: nobody leaves</source>
            <translation>digərlərinin yanında ortaq KAM kimi: heç kim müştərini buraxmır</translation>
        </message>
        <message>
            <source>as the lead KAM</source>
            <translation>aparıcı KAM kimi</translation>
        </message>
        <message>
            <source>as the lead KAM: {kam} leaves</source>
            <translation>aparıcı KAM kimi: {kam} müştərini buraxır</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>heç kim</translation>
        </message>
        <message>
            <source>{kam} (lead)</source>
            <translation>{kam} (aparıcı)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n qeyd</numerusform>
                <numerusform>%n qeyd</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Məbləğ</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Zənglər</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Şikayətlər</translation>
        </message>
        <message>
            <source>Contract {number}</source>
            <translation>Müqavilə {number}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Təfərrüatlar</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Sənəd</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Hamısı</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Hesab-faktura {number}</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Hesab-fakturalar</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Görüşlər</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Sifariş {number}</translation>
        </message>
        <message>
            <source>Order {number} cancelled</source>
            <translation>Sifariş {number} ləğv edilib</translation>
        </message>
        <message>
            <source>Order {number} changed</source>
            <translation>Sifariş {number} dəyişdirilib</translation>
        </message>
        <message>
            <source>Order {number} confirmed</source>
            <translation>Sifariş {number} təsdiqlənib</translation>
        </message>
        <message>
            <source>Order {number} confirmed past the credit block</source>
            <translation>Sifariş {number} kredit blokuna baxmayaraq təsdiqlənib</translation>
        </message>
        <message>
            <source>Order {number} delivered</source>
            <translation>Sifariş {number} çatdırılıb</translation>
        </message>
        <message>
            <source>Order {number} invoiced</source>
            <translation>Sifariş {number} üzrə hesab-faktura yazılıb</translation>
        </message>
        <message>
            <source>Order {number} revised</source>
            <translation>Sifariş {number} yeni redaksiyada</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Sifariş {number} göndərilib</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Sifarişlər</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Ödəniş</translation>
        </message>
        <message>
            <source>Payment {number}</source>
            <translation>Ödəniş {number}</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Ödənişlər</translation>
        </message>
        <message>
            <source>Proposal {number}</source>
            <translation>Kommersiya təklifi {number}</translation>
        </message>
        <message>
            <source>Proposals and contracts</source>
            <translation>Təkliflər və müqavilələr</translation>
        </message>
        <message>
            <source>Refused at delivery, order {number}</source>
            <translation>Çatdırılmada imtina, sifariş {number}</translation>
        </message>
        <message>
            <source>Return {number}</source>
            <translation>Qaytarma {number}</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Qaytarmalar və imtinalar</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Göstər</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tapşırıqlar</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nə</translation>
        </message>
        <message>
            <source>before invoice</source>
            <translation>hesab-fakturadan əvvəl</translation>
        </message>
        <message>
            <source>call</source>
            <translation>zəng</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ləğv edilib</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>şikayət</translation>
        </message>
        <message>
            <source>credit note</source>
            <translation>kredit notası</translation>
        </message>
        <message>
            <source>document</source>
            <translation>sənəd</translation>
        </message>
        <message>
            <source>done</source>
            <translation>icra edilib</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>ödəniş müddəti {day}</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>hesab-faktura</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>verilib</translation>
        </message>
        <message>
            <source>line {no}: {quantity} ({why})</source>
            <translation>sətir {no}: {quantity} ({why})</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>görüş</translation>
        </message>
        <message>
            <source>open</source>
            <translation>açıq</translation>
        </message>
        <message>
            <source>order</source>
            <translation>sifariş</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>ödəniş</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planlaşdırılıb</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>həll edilib</translation>
        </message>
        <message>
            <source>return</source>
            <translation>qaytarma</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>yeni versiya ilə əvəz edilib</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tapşırıq</translation>
        </message>
        <message>
            <source>valid until {day}</source>
            <translation>{day} tarixinədək qüvvədədir</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation>Bu, şifrə ifadəsi deyil.</translation>
        </message>
        <message>
            <source>Unlock first: a window may hold unsaved changes.</source>
            <translation>Əvvəlcə kilidi açın: pəncərədə yadda saxlanılmamış dəyişikliklər ola bilər.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>* required. An empty price cell means the price column's percentage applies (and clears an explicit price the product had).</source>
            <translation>* məcburidir. Boş qiymət xanası qiymət növünün faizinin tətbiq olunduğunu bildirir (və məhsulun həmin növdəki öz qiymətini silir).</translation>
        </message>
        <message>
            <source>A price column to load a file's column into</source>
            <translation>Faylın sütununun yüklənəcəyi qiymət növü</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Baza qiyməti</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kateqoriya</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Yenidən yoxla</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Bir .csv və ya .xlsx faylı seçin</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Nəyin idxal ediləcəyini görmək üçün fayl seçin.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Fayl seç…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>İdxal ediləcək faylı seçin</translation>
        </message>
        <message>
            <source>Choose the missing columns on the left, or correct the headings.</source>
            <translation>Çatışmayan sütunları solda seçin və ya başlıqları düzəldin.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Sütun</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Sütunlar</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Təsvir</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel kitabı (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the price list</source>
            <translation>Qiymət siyahısını ixrac et</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fayl:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İdxal et</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Məhsulları idxal et</translation>
        </message>
        <message>
            <source>Imported: %1 created, %2 updated, %3 explicit prices set, %4 cleared.</source>
            <translation>İdxal edildi: %1 yaradıldı, %2 yeniləndi, %3 öz qiyməti təyin edildi, %4 silindi.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation>
                <numerusform>%n sətir idxal edilir…</numerusform>
                <numerusform>%n sətir idxal edilir…</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Name of the price column (e.g. Wholesale):</source>
            <translation>Qiymət növünün adı (məs. Topdan):</translation>
        </message>
        <message>
            <source>New price column</source>
            <translation>Yeni qiymət növü</translation>
        </message>
        <message>
            <source>New price column…</source>
            <translation>Yeni qiymət növü…</translation>
        </message>
        <message>
            <source>Not UTF-8: read as %1.</source>
            <translation>UTF-8 deyil: %1 kodlaşdırması ilə oxundu.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>İdxal edilmədi: %1</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>Bu fayldan heç nə idxal edilə bilməz.</translation>
        </message>
        <message>
            <source>Nothing to import: the catalogue already matches.</source>
            <translation>İdxal ediləcək heç nə yoxdur: kataloq artıq uyğundur.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems below are corrected.</source>
            <translation>Aşağıdakı problemlər düzəldilənədək heç nə idxal edilməyəcək.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önbaxış</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Qiymət siyahısı</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>Qiymət: %1</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemlər</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Problemlər (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Problemlər: yoxdur</translation>
        </message>
        <message>
            <source>Read the file again after correcting it in the spreadsheet</source>
            <translation>Cədvəldə düzəltdikdən sonra faylı yenidən oxu</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Sətir</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Fayldakı sətirlər: %1.</translation>
        </message>
        <message>
            <source>Rows in the file: %1; the first %2 are shown.</source>
            <translation>Fayldakı sətirlər: %1; ilk %2 göstərilir.</translation>
        </message>
        <message>
            <source>Rows to correct: %1. Correct them in the spreadsheet, save it and press Check again.</source>
            <translation>Düzəldilməli sətirlər: %1. Onları cədvəldə düzəldin, yadda saxlayın və Yenidən yoxla düyməsini basın.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikul</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Cədvəllər (*.xlsx *.csv);;Excel kitabı (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>That price column no longer exists.</source>
            <translation>Həmin qiymət növü artıq mövcud deyil.</translation>
        </message>
        <message>
            <source>The file is correct: %1. Press Import to save.</source>
            <translation>Fayl düzgündür: %1. Yadda saxlamaq üçün İdxal et düyməsini basın.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ölçü vahidi</translation>
        </message>
        <message>
            <source>VAT rate, %</source>
            <translation>ƏDV dərəcəsi, %</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>və daha %n</numerusform>
                <numerusform>və daha %n</numerusform>
            </translation>
        </message>
        <message>
            <source>header</source>
            <translation>başlıq</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n change(s) could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</source>
            <translation>
                <numerusform>%n dəyişiklik göndərilə bilmədi: tətbiq etmək rəhbərinizin səlahiyyətindədir (müştəri artıq sizin deyil, yaxud kataloq, qiymətlər və ya əməkdaşlar).</numerusform>
                <numerusform>%n dəyişiklik göndərilə bilmədi: tətbiq etmək rəhbərinizin səlahiyyətindədir (müştəri artıq sizin deyil, yaxud kataloq, qiymətlər və ya əməkdaşlar).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent to the server.</source>
            <translation>
                <numerusform>Serverə %n dəyişiklik göndərildi.</numerusform>
                <numerusform>Serverə %n dəyişiklik göndərildi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: see Conflicts to resolve.</source>
            <translation>
                <numerusform>%n ziddiyyət həll olunmalıdır: Həll olunmalı ziddiyyətlər bölməsinə baxın.</numerusform>
                <numerusform>%n ziddiyyət həll olunmalıdır: Həll olunmalı ziddiyyətlər bölməsinə baxın.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added here: {kinds}.</source>
            <translation>Bu noutbukda əlavə edilib: {kinds}.</translation>
        </message>
        <message>
            <source>Added: {kinds}.</source>
            <translation>Əlavə edilib: {kinds}.</translation>
        </message>
        <message>
            <source>Changed here: {kinds}.</source>
            <translation>Bu noutbukda dəyişdirilib: {kinds}.</translation>
        </message>
        <message>
            <source>Changed: {kinds}.</source>
            <translation>Dəyişdirilib: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted here: {kinds}.</source>
            <translation>Bu noutbukda silinib: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted: {kinds}.</source>
            <translation>Silinib: {kinds}.</translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>Komandadan yeni heç nə yoxdur.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already had all the file holds.</source>
            <translation>Yeni heç nə yoxdur: faylda olan hər şey bu noutbukda artıq var idi.</translation>
        </message>
    </context>
    <context>
        <name>KeyClientTableModel</name>
        <message>
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation>A: gəlirə görə ən böyük müştərilər; C: ən kiçikləri</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Yığılmış</translation>
        </message>
        <message>
            <source>Estimated spend of the client minus what it buys from us</source>
            <translation>Müştərinin təxmini xərcləri, bizdən aldığı çıxılmaqla</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Əsas müştəri</translation>
        </message>
        <message>
            <source>Key reasons</source>
            <translation>Əsas səbəblər</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potensial</translation>
        </message>
        <message>
            <source>Rank by revenue</source>
            <translation>Gəlirə görə yer</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Gəlir</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Gəlir, {currency}</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>The client's share of all revenue</source>
            <translation>Müştərinin bütün gəlirdəki payı</translation>
        </message>
        <message>
            <source>The share of this client and all above it together</source>
            <translation>Bu müştərinin və yuxarıdakı bütün müştərilərin birlikdə payı</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritik</translation>
        </message>
        <message>
            <source>innovator</source>
            <translation>novator</translation>
        </message>
        <message>
            <source>key</source>
            <translation>əsas</translation>
        </message>
        <message>
            <source>mono-client</source>
            <translation>mono-müştəri</translation>
        </message>
        <message>
            <source>more competent</source>
            <translation>daha səriştəli</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>tərəfdaş</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>potensial</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referens</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>gəlir</translation>
        </message>
    </context>
    <context>
        <name>LaptopDialog</name>
        <message numerus="yes">
            <source>%n idle minute(s)</source>
            <translation>
                <numerusform>%n dəqiqə fəaliyyətsizlikdən sonra</numerusform>
                <numerusform>%n dəqiqə fəaliyyətsizlikdən sonra</numerusform>
            </translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Görünüş</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Sistemdəki kimi</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Qaranlıq</translation>
        </message>
        <message>
            <source>For an encrypted database: the window hides its data until the passphrase is given again.</source>
            <translation>Şifrələnmiş verilənlər bazası üçün: şifrə ifadəsi yenidən daxil edilənədək pəncərə məlumatlarını gizlədir.</translation>
        </message>
        <message>
            <source>How the team's sync files name this laptop, and the series of the numbers it gives orders, invoices, returns and documents, so that two laptops never give the same number. Numbers already given keep theirs.</source>
            <translation>Komandanın sinxronizasiya fayllarında bu noutbukun adı və onun sifarişlərə, hesab-fakturalara, qaytarmalara və sənədlərə verdiyi nömrələrin seriyası; beləliklə iki noutbuk heç vaxt eyni nömrəni vermir. Artıq verilmiş nömrələr dəyişmir.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>İşıqlı</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Kilidləmə</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>New orders are numbered like {number}</source>
            <translation>Yeni sifarişlər belə nömrələnir: {number}</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Nömrə seriyası</translation>
        </message>
        <message>
            <source>The interface shows the new language the next time kamdesk starts.</source>
            <translation>İnterfeys yeni dili kamdesk növbəti dəfə işə düşəndə göstərir.</translation>
        </message>
        <message>
            <source>The manager's laptop, say: its price list, promotions, team rules and company profile win when another laptop changed them at the same time.</source>
            <translation>Məsələn, menecerin noutbuku: başqa noutbuk eyni vaxtda dəyişdikdə onun qiymət siyahısı, aksiyaları, komanda qaydaları və şirkət profili üstün tutulur.</translation>
        </message>
        <message>
            <source>This database has no laptop identity yet: open it in kamdesk.</source>
            <translation>Bu verilənlər bazasının hələ noutbuk identifikatoru yoxdur: onu kamdesk-də açın.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Bu noutbuk</translation>
        </message>
        <message>
            <source>This laptop is the team's hub</source>
            <translation>Bu noutbuk komandanın mərkəzidir</translation>
        </message>
        <message>
            <source>e.g. Anna's laptop</source>
            <translation>məs. Ananın noutbuku</translation>
        </message>
        <message>
            <source>kamdesk shows the new appearance the next time it starts.</source>
            <translation>Yeni görünüş kamdesk növbəti dəfə açılanda tətbiq olunacaq.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>heç vaxt</translation>
        </message>
    </context>
    <context>
        <name>LeaveNotice</name>
        <message>
            <source>Dismiss</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Open meeting</source>
            <translation>Görüşü aç</translation>
        </message>
    </context>
    <context>
        <name>LeaveReminder</name>
        <message numerus="yes">
            <source>(travel %n min)</source>
            <translation>
                <numerusform>(yol %n dəq)</numerusform>
                <numerusform>(yol %n dəq)</numerusform>
            </translation>
        </message>
        <message>
            <source>Call at {time} — {subject}</source>
            <translation>Zəng: {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Call in %n min</source>
            <translation>
                <numerusform>%n dəq sonra zəng</numerusform>
                <numerusform>%n dəq sonra zəng</numerusform>
            </translation>
        </message>
        <message>
            <source>Call {client} at {time} — {subject}</source>
            <translation>Zəng: {client}, {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting at {time} — {subject}</source>
            <translation>Görüşə qoşulun: {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting with {client} at {time} — {subject}</source>
            <translation>{client} ilə görüşə qoşulun: {time} — {subject}</translation>
        </message>
        <message>
            <source>Leave now for {client} — {subject} at {time}</source>
            <translation>İndi {client} müştərisinə yola düşün — {subject}, {time}</translation>
        </message>
        <message>
            <source>Leave now — {subject} at {time}</source>
            <translation>İndi yola düşün — {subject}, {time}</translation>
        </message>
        <message>
            <source>Meeting at {time} — {subject}</source>
            <translation>Görüş: {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Meeting in %n min</source>
            <translation>
                <numerusform>%n dəq sonra görüş</numerusform>
                <numerusform>%n dəq sonra görüş</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting with {client} at {time} — {subject}</source>
            <translation>{client} ilə görüş: {time} — {subject}</translation>
        </message>
        <message>
            <source>Time to leave</source>
            <translation>Yola düşmək vaxtıdır</translation>
        </message>
        <message numerus="yes">
            <source>Video meeting in %n min</source>
            <translation>
                <numerusform>%n dəq sonra video görüş</numerusform>
                <numerusform>%n dəq sonra video görüş</numerusform>
            </translation>
        </message>
        <message>
            <source>kamdesk needs you: unlock it to see a reminder.</source>
            <translation>kamdesk Sizi gözləyir: xatırlatmanı görmək üçün kilidi açın.</translation>
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
        <message>
            <source>Allocations of the payment selected</source>
            <translation>Seçilmiş ödənişin bölüşdürmələri</translation>
        </message>
        <message>
            <source>Balance {balance} · open on invoices {open} · overdue {overdue} · credit {credit}</source>
            <translation>Balans {balance} · hesab-fakturalar üzrə açıq {open} · vaxtı keçmiş {overdue} · avans {credit}</translation>
        </message>
        <message>
            <source>Choose a client above to see its invoices, payments and dunning steps.</source>
            <translation>Hesab-fakturalarını, ödənişlərini və xatırlatma mərhələlərini görmək üçün yuxarıda müştəri seçin.</translation>
        </message>
        <message numerus="yes">
            <source>Dunning (%n)</source>
            <translation>
                <numerusform>Xatırlatmalar (%n)</numerusform>
                <numerusform>Xatırlatmalar (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invoices (%n)</source>
            <translation>
                <numerusform>Hesab-fakturalar (%n)</numerusform>
                <numerusform>Hesab-fakturalar (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No dunning steps: “Dunning step…” records a reminder, a call or a block.</source>
            <translation>Xatırlatma mərhələsi yoxdur: “Xatırlatma mərhələsi…” xatırlatma, zəng və ya bloku qeydə alır.</translation>
        </message>
        <message>
            <source>No invoices for this client yet.</source>
            <translation>Bu müştəri üçün hələ hesab-faktura yoxdur.</translation>
        </message>
        <message>
            <source>No payments from this client yet: “Record payment…” enters one by hand, “Import bank statement…” reads them from the bank.</source>
            <translation>Bu müştəridən hələ ödəniş yoxdur: “Ödənişi qeydə al…” onu əl ilə daxil edir, “Bank çıxarışını idxal et…” bankdan oxuyur.</translation>
        </message>
        <message numerus="yes">
            <source>Payments (%n)</source>
            <translation>
                <numerusform>Ödənişlər (%n)</numerusform>
                <numerusform>Ödənişlər (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListSection</name>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>kamdesk is locked</source>
            <translation>kamdesk kilidlənib</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>It was left alone for a while. Enter the database's passphrase to go on.</source>
            <translation>Bir müddət istifadəsiz qaldı. Davam etmək üçün verilənlər bazasının şifrə ifadəsini daxil edin.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Şifrə ifadəsi</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Kilidi aç</translation>
        </message>
        <message>
            <source>kamdesk is locked</source>
            <translation>kamdesk kilidlənib</translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Dayandırılır…</translation>
        </message>
    </context>
    <context>
        <name>LossTableModel</name>
        <message>
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <source>% of shipped</source>
            <translation>Göndərilənin %</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Hadisələr</translation>
        </message>
        <message>
            <source>Lines refused at delivery and lines returned</source>
            <translation>Çatdırılma zamanı imtina edilmiş və qaytarılmış sətirlər</translation>
        </message>
        <message>
            <source>Lost value as a share of everything shipped in the period</source>
            <translation>İtirilmiş dəyərin dövrdə göndərilən hər şeydəki payı</translation>
        </message>
        <message>
            <source>Lost value as a share of what was shipped to it in the period</source>
            <translation>İtirilmiş dəyərin dövrdə ona göndərilənlərdəki payı</translation>
        </message>
        <message>
            <source>Lost, net</source>
            <translation>İtki, ƏDV-siz</translation>
        </message>
        <message>
            <source>Net value shipped on orders delivered in the period</source>
            <translation>Dövrdə çatdırılmış sifarişlər üzrə göndərilənin ƏDV-siz dəyəri</translation>
        </message>
        <message>
            <source>Nothing was shipped to it in the period</source>
            <translation>Dövrdə ona heç nə göndərilməyib</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Səbəb</translation>
        </message>
        <message>
            <source>Refused, net</source>
            <translation>İmtina, ƏDV-siz</translation>
        </message>
        <message>
            <source>Returned, net</source>
            <translation>Qaytarma, ƏDV-siz</translation>
        </message>
        <message>
            <source>Shipped, net</source>
            <translation>Göndərilib, ƏDV-siz</translation>
        </message>
        <message>
            <source>Shipped, net {currency}</source>
            <translation>Göndərilib, ƏDV-siz {currency}</translation>
        </message>
    </context>
    <context>
        <name>LossesReport</name>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln hadisə</numerusform>
                <numerusform>%Ln hadisə</numerusform>
            </translation>
        </message>
        <message>
            <source>(&lt;b&gt;{share}&lt;/b&gt; of shipped)</source>
            <translation>(göndərilənin &lt;b&gt;{share}&lt;/b&gt; hissəsi)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Returns and refusals&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Qaytarmalar və imtinalar&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each delivery's and return's date.</source>
            <translation>Məbləğlər {currency} ilə, hər çatdırılma və qaytarma tarixindəki məzənnə ilə.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Qruplaşdır</translation>
        </message>
        <message>
            <source>Nothing shipped, refused or returned from {start} to {end}.</source>
            <translation>{start} – {end} dövründə heç nə göndərilməyib, imtina edilməyib və ya qaytarılmayıb.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Səbəb</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT)</source>
            <translation>Göndərilib &lt;b&gt;{amount}&lt;/b&gt; (ƏDV-siz)</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT) from {start} to {end}: nothing refused or returned.</source>
            <translation>{start} – {end} dövründə göndərilib &lt;b&gt;{amount}&lt;/b&gt; (ƏDV-siz): heç nədən imtina edilməyib və ya qaytarılmayıb.</translation>
        </message>
        <message>
            <source>What the clients refused at delivery and sent back, against what was shipped</source>
            <translation>Müştərilərin çatdırılma zamanı imtina etdikləri və geri qaytardıqları, göndərilənlə müqayisədə</translation>
        </message>
        <message>
            <source>lost &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>itirilib &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>refused &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>imtina &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>returned &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>qaytarılıb &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>Həll olunmalı %n ziddiyyət</numerusform>
                <numerusform>Həll olunmalı %n ziddiyyət</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About kamdesk</source>
            <translation>kamdesk &amp;haqqında</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Ehtiyat nüsxələr…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redaktə</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>Ş&amp;ifrələmə…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fayl</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>Müştərini &amp;tap</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Kömək</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Klaviatura qısayolları</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;xış</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Parametrlər…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Müştərilər</translation>
        </message>
        <message>
            <source>E&amp;xchange rates…</source>
            <translation>&amp;Valyuta məzənnələri…</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Sifarişlər</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Məhsullar</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Hazır</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Debitor borcu</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Hesabatlar</translation>
        </message>
        <message>
            <source>Sales &amp;rules…</source>
            <translation>Satış qay&amp;daları…</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Qrafik</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinxronizasiya</translation>
        </message>
        <message>
            <source>This &amp;laptop…</source>
            <translation>Bu &amp;noutbuk…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bu gün</translation>
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
            <translation>Bir həftə sonrası üçün nüsxə: günü və vaxtı yoxlayın, sonra yadda saxlayın.</translation>
        </message>
        <message>
            <source>Brief {name}.pdf</source>
            <translation>Brifinq {name}.pdf</translation>
        </message>
        <message>
            <source>Brief: {name}</source>
            <translation>Brifinq: {name}</translation>
        </message>
        <message>
            <source>Calendar file saved: {path}</source>
            <translation>Təqvim faylı yadda saxlanıldı: {path}</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Təqvim faylları (*.ics)</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Əvvəlcə müştərini seçin.</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>{path} yazıla bilmədi: {why}</translation>
        </message>
        <message>
            <source>Delete a repeating meeting</source>
            <translation>Təkrarlanan görüşü sil</translation>
        </message>
        <message>
            <source>Delete call</source>
            <translation>Zəngi sil</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Görüşü sil</translation>
        </message>
        <message>
            <source>Delete objection</source>
            <translation>Etirazı sil</translation>
        </message>
        <message>
            <source>Delete the call “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>{day} tarixli “{subject}” zəngi planı, sualları və qeydləri ilə birlikdə silinsin?</translation>
        </message>
        <message>
            <source>Delete the meeting “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>{day} tarixli “{subject}” görüşü planı, sualları və qeydləri ilə birlikdə silinsin?</translation>
        </message>
        <message>
            <source>Delete the objection “{text}”? If the client no longer holds it, mark it Settled instead: it stays in the client's history.</source>
            <translation>“{text}” etirazı silinsin? Müştəri artıq onu irəli sürmürsə, əvəzinə Həll edilib kimi qeyd edin: o, müştərinin tarixçəsində qalır.</translation>
        </message>
        <message>
            <source>Export .ics</source>
            <translation>.ics ixrac et</translation>
        </message>
        <message>
            <source>Print brief</source>
            <translation>Brifinqi çap et</translation>
        </message>
        <message>
            <source>Save the calendar file as</source>
            <translation>Təqvim faylını belə yadda saxla</translation>
        </message>
        <message>
            <source>Save the draft order: it becomes this meeting's offer.</source>
            <translation>Qaralama sifarişi yadda saxlayın: o, bu görüşün təklifi olur.</translation>
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation>Həmin əlaqə şəxsi artıq mövcud deyil.</translation>
        </message>
        <message>
            <source>The brief is in the preview: print or save it from there.</source>
            <translation>Brifinq önbaxışdadır: oradan çap edin və ya yadda saxlayın.</translation>
        </message>
        <message numerus="yes">
            <source>The draft order starts with the %n product(s) on the agenda: set the quantities and save it; it becomes this meeting's offer.</source>
            <translation>
                <numerusform>Qaralama sifariş gündəlikdəki %n məhsulla başlayır: miqdarları təyin edin və yadda saxlayın; o, bu görüşün təklifi olur.</numerusform>
                <numerusform>Qaralama sifariş gündəlikdəki %n məhsulla başlayır: miqdarları təyin edin və yadda saxlayın; o, bu görüşün təklifi olur.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new draft order is chosen as the offer: save to keep it.</source>
            <translation>Yeni qaralama sifariş təklif kimi seçildi: onu saxlamaq üçün görüşü yadda saxlayın.</translation>
        </message>
        <message>
            <source>This and the following</source>
            <translation>Bu və sonrakılar</translation>
        </message>
        <message>
            <source>This meeting repeats. Delete only this one, or this and the following?</source>
            <translation>Bu görüş təkrarlanır. Yalnız bunu, yoxsa bunu və sonrakıları silmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Yalnız bu</translation>
        </message>
    </context>
    <context>
        <name>MeetingRow</name>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n dəq yol</numerusform>
                <numerusform>%n dəq yol</numerusform>
            </translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation>(müştəri yoxdur)</translation>
        </message>
        <message>
            <source>CALL AT {time}</source>
            <translation>ZƏNG: {time}</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>LƏĞV EDİLİB</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Zəng</translation>
        </message>
        <message>
            <source>Double-click to open the meeting.</source>
            <translation>Görüşü açmaq üçün iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>HELD</source>
            <translation>KEÇİRİLİB</translation>
        </message>
        <message>
            <source>JOIN AT {time}</source>
            <translation>QOŞULMA: {time}</translation>
        </message>
        <message>
            <source>LEAVE BY {time}</source>
            <translation>ÇIXIŞ: {time}</translation>
        </message>
        <message>
            <source>LEAVE NOW ({time})</source>
            <translation>İNDİ ÇIXIN ({time})</translation>
        </message>
        <message>
            <source>Meeting on site</source>
            <translation>Yerində görüş</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>İndi</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Görüşü aç</translation>
        </message>
        <message>
            <source>Readiness {score} of 100</source>
            <translation>Hazırlıq dərəcəsi {score} / 100</translation>
        </message>
        <message>
            <source>Video or phone</source>
            <translation>Video və ya telefon</translation>
        </message>
        <message>
            <source>Weakest:</source>
            <translation>Ən zəif:</translation>
        </message>
        <message>
            <source>no travel time set</source>
            <translation>yol vaxtı təyin edilməyib</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>hazırdır</translation>
        </message>
        <message>
            <source>with {people}</source>
            <translation>{people} ilə</translation>
        </message>
        <message numerus="yes">
            <source>⚠ and %n more clash(es)</source>
            <translation>
                <numerusform>⚠ və daha %n üst-üstə düşmə</numerusform>
                <numerusform>⚠ və daha %n üst-üstə düşmə</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingSave</name>
        <message>
            <source>Agenda</source>
            <translation>Gündəlik</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>{n} saylı suala cavab</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>İştirak edənlər</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Müddət</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Məqsədlər</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Əvvəlcədən soruşulmuş ehtiyaclar</translation>
        </message>
        <message>
            <source>Objection “{text}”</source>
            <translation>“{text}” etirazı</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Gündəlikdəki məhsullar</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Sual {n}</translation>
        </message>
        <message>
            <source>Response to the complaint “{s}”</source>
            <translation>“{s}” şikayətinə cavab</translation>
        </message>
        <message>
            <source>Response to “{text}”</source>
            <translation>“{text}” üçün cavab</translation>
        </message>
        <message>
            <source>Status of “{text}”</source>
            <translation>“{text}” statusu</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>Təklif</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Yol</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>A new meeting like this one, a week later: same client, people and plan</source>
            <translation>Bir həftə sonra buna bənzər yeni görüş: eyni müştəri, şəxslər və plan</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>Görüşdən sonra</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Zəng</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Ləğv edildi.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Təfərrüatlar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Surətini çıxar</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>.ics ixrac et…</translation>
        </message>
        <message>
            <source>Held: the outcome is recorded and the next steps are tasks.</source>
            <translation>Keçirilib: nəticə qeydə alınıb, növbəti addımlar tapşırıqdır.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Yeni görüş</translation>
        </message>
        <message>
            <source>Not saved: an objection has no text.</source>
            <translation>Yadda saxlanılmadı: etirazın mətni yoxdur.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet held</source>
            <translation>Hələ keçirilməyib</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Hazırlıq</translation>
        </message>
        <message>
            <source>Preparation · {score}</source>
            <translation>Hazırlıq · {score}</translation>
        </message>
        <message>
            <source>Print brief…</source>
            <translation>Brifinqi çap et…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Yadda saxla</translation>
        </message>
        <message>
            <source>Save the meeting first.</source>
            <translation>Əvvəlcə görüşü yadda saxlayın.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Yadda saxlanıldı.</translation>
        </message>
        <message>
            <source>Saved. The Preparation page shows what is still missing.</source>
            <translation>Yadda saxlanıldı. Hazırlıq səhifəsi hələ nəyin çatışmadığını göstərir.</translation>
        </message>
        <message>
            <source>Say why it was cancelled.</source>
            <translation>Niyə ləğv edildiyini göstərin.</translation>
        </message>
        <message>
            <source>This meeting has changes that are not saved. Save them?</source>
            <translation>Bu görüşdə yadda saxlanılmamış dəyişikliklər var. Yadda saxlansın?</translation>
        </message>
        <message>
            <source>This meeting starts {when}: it has not taken place yet. Record it as held anyway?</source>
            <translation>Bu görüş {when} başlayır: hələ baş tutmayıb. Yenə də keçirilmiş kimi qeydə alınsın?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Yadda saxlanılmamış dəyişikliklər</translation>
        </message>
        <message>
            <source>Why was it cancelled? (kept as the meeting's outcome)</source>
            <translation>Niyə ləğv edildi? (görüşün nəticəsi kimi saxlanılır)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>yeni</translation>
        </message>
    </context>
    <context>
        <name>MeetingsBlock</name>
        <message>
            <source>No meetings today.</source>
            <translation>Bu gün görüş yoxdur.</translation>
        </message>
        <message>
            <source>Today's meetings and calls</source>
            <translation>Bugünkü görüşlər və zənglər</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more today: see the week.</source>
            <translation>
                <numerusform>… və bu gün daha %n: həftəyə baxın.</numerusform>
                <numerusform>… və bu gün daha %n: həftəyə baxın.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectionCard</name>
        <message>
            <source>Delete…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Həll edilib</translation>
        </message>
        <message>
            <source>The client no longer holds this objection</source>
            <translation>Müştəri artıq bu etirazı irəli sürmür</translation>
        </message>
        <message>
            <source>What the client objects to (in their words)</source>
            <translation>Müştərinin nəyə etiraz etdiyi (onun sözləri ilə)</translation>
        </message>
        <message>
            <source>Your prepared response: agree with what is right, then answer with facts</source>
            <translation>Hazırladığınız cavab: doğru olanla razılaşın, sonra faktlarla cavab verin</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>hələ yadda saxlanılmayıb</translation>
        </message>
        <message>
            <source>raised {day}</source>
            <translation>{day} tarixində irəli sürülüb</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Add an objection</source>
            <translation>Etiraz əlavə et</translation>
        </message>
        <message>
            <source>No objections recorded. Which ones can you expect? Add them with a response.</source>
            <translation>Qeydə alınmış etiraz yoxdur. Hansıları gözləyə bilərsiniz? Onları cavabla birlikdə əlavə edin.</translation>
        </message>
        <message>
            <source>Write what the client objects to, or delete this one.</source>
            <translation>Müştərinin nəyə etiraz etdiyini yazın və ya bunu silin.</translation>
        </message>
    </context>
    <context>
        <name>OrderActions</name>
        <message>
            <source>A confirmed order is changed by a new revision: a draft copy to edit and confirm again, while this one is cancelled. Why does it change?</source>
            <translation>Təsdiq edilmiş sifariş yeni redaksiya ilə dəyişdirilir: redaktə edib yenidən təsdiq etmək üçün qaralama nüsxə yaranır, bu isə ləğv edilir. Niyə dəyişir?</translation>
        </message>
        <message>
            <source>An issued invoice cannot be taken back; a mistake is corrected by a return.</source>
            <translation>Verilmiş hesab-faktura geri götürülə bilməz; səhv qaytarma ilə düzəldilir.</translation>
        </message>
        <message>
            <source>Cancel order {number}</source>
            <translation>{number} sifarişini ləğv et</translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Sifarişi ləğv et</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Əvvəlcə müştərini seçin.</translation>
        </message>
        <message>
            <source>Issue an invoice</source>
            <translation>Hesab-faktura vermək</translation>
        </message>
        <message>
            <source>Issue invoice</source>
            <translation>Hesab-faktura ver</translation>
        </message>
        <message>
            <source>Issue invoice {number} for {amount}?</source>
            <translation>{amount} məbləğində {number} hesab-fakturası verilsin?</translation>
        </message>
        <message>
            <source>Line {n}, {product}: {off} % off is more than the {max} % this client may have. Who approved it, and why? It is stored on the line.</source>
            <translation>Sətir {n}, {product}: {off} % endirim bu müştəriyə icazə verilən {max} %-dən çoxdur. Kim və niyə təsdiq edib? Bu, sətirdə saxlanılır.</translation>
        </message>
        <message>
            <source>Make the new revision</source>
            <translation>Yeni redaksiya yarat</translation>
        </message>
        <message>
            <source>New revision of {number}</source>
            <translation>{number} sifarişinin yeni redaksiyası</translation>
        </message>
        <message>
            <source>Remove a line</source>
            <translation>Sətri silmək</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Sətri sil</translation>
        </message>
        <message>
            <source>Remove line {n}, {product}?</source>
            <translation>{n}-ci sətir ({product}) silinsin?</translation>
        </message>
        <message>
            <source>Why is the order cancelled? The reason goes into the client's history.</source>
            <translation>Sifariş niyə ləğv edilir? Səbəb müştərinin tarixçəsinə yazılır.</translation>
        </message>
    </context>
    <context>
        <name>OrderConflicts</name>
        <message>
            <source>(deleted)</source>
            <translation>(silinib)</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Çatdırılma tarixi</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Sətir {n}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Qeydlər</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Sifariş tarixi</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}</source>
            <translation>{qty} × {sku}, qiymət {price}</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}, {d} % off</source>
            <translation>{qty} × {sku}, qiymət {price}, {d} % endirim</translation>
        </message>
    </context>
    <context>
        <name>OrderHeader</name>
        <message>
            <source>Choose the client: its price column and terms price the lines.</source>
            <translation>Müştərini seçin: onun qiymət növü və şərtləri sətirlərin qiymətini müəyyən edir.</translation>
        </message>
        <message>
            <source>Confirmed past the credit block by {who}: {why}</source>
            <translation>Kredit blokuna baxmayaraq təsdiq edən {who}: {why}</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Çatdırılma</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Hesab-faktura {number}</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Yeni sifariş</translation>
        </message>
        <message>
            <source>No price column: base prices</source>
            <translation>Qiymət növü yoxdur: baza qiymətləri</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Qeydlər</translation>
        </message>
        <message>
            <source>Notes for this order (delivery, packing, contact)</source>
            <translation>Bu sifariş üçün qeydlər (çatdırılma, qablaşdırma, əlaqə)</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Sifariş tarixi</translation>
        </message>
        <message>
            <source>Price column: {name}</source>
            <translation>Qiymət növü: {name}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation>{number} ilə əvəz edilib</translation>
        </message>
        <message>
            <source>Revision {n}, replaces {number}</source>
            <translation>Redaksiya {n}, {number} sifarişini əvəz edir</translation>
        </message>
        <message>
            <source>credit limit {limit}</source>
            <translation>kredit limiti {limit}</translation>
        </message>
        <message>
            <source>discount up to {pct} %</source>
            <translation>{pct} %-ə qədər endirim</translation>
        </message>
        <message>
            <source>no credit limit</source>
            <translation>kredit limiti yoxdur</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>təyin edilməyib</translation>
        </message>
        <message numerus="yes">
            <source>pays in %n day(s)</source>
            <translation>
                <numerusform>%n gün ərzində ödəyir</numerusform>
                <numerusform>%n gün ərzində ödəyir</numerusform>
            </translation>
        </message>
        <message>
            <source>segment {segment}</source>
            <translation>seqment {segment}</translation>
        </message>
    </context>
    <context>
        <name>OrderLinesModel</name>
        <message>
            <source>Approved by {who}: {why}</source>
            <translation>Təsdiq edən {who}: {why}</translation>
        </message>
        <message>
            <source>Choose a product.</source>
            <translation>Məhsul seçin.</translation>
        </message>
        <message>
            <source>Disc %</source>
            <translation>Endirim %</translation>
        </message>
        <message>
            <source>Discount off the price, %</source>
            <translation>Qiymətdən endirim, %</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>ƏDV ilə</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>ƏDV-siz</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Qiymət</translation>
        </message>
        <message>
            <source>Price from</source>
            <translation>Qiymət mənbəyi</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Miqdar</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Miqdar</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>İmtina</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Qaytarılıb</translation>
        </message>
        <message>
            <source>Saved at {saved}; the price rules now give {price}: {why}</source>
            <translation>{saved} qiyməti ilə yadda saxlanılıb; qiymət qaydaları indi {price} verir: {why}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Göndərilib</translation>
        </message>
        <message>
            <source>That product no longer exists.</source>
            <translation>Həmin məhsul artıq mövcud deyil.</translation>
        </message>
        <message>
            <source>Type an SKU or a name to add a line…</source>
            <translation>Sətir əlavə etmək üçün artikul və ya ad yazın…</translation>
        </message>
        <message>
            <source>Typed by hand; the price rules give {price}: {why}</source>
            <translation>Əl ilə yazılıb; qiymət qaydaları {price} verir: {why}</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>Unknown product: no SKU or name matches “{text}”.</source>
            <translation>Naməlum məhsul: “{text}” ilə heç bir artikul və ya ad uyğun gəlmir.</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>ƏDV</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>ƏDV %</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>ƏDV dərəcəsi</translation>
        </message>
        <message>
            <source>Which price the line got and why</source>
            <translation>Sətir hansı qiyməti aldı və niyə</translation>
        </message>
        <message>
            <source>approved by {who}</source>
            <translation>təsdiq edən {who}</translation>
        </message>
        <message>
            <source>{name} column</source>
            <translation>{name} qiymət növü</translation>
        </message>
        <message>
            <source>“{text}” is ambiguous (thousands or decimals?): write it without a thousands separator, such as 1500 or {example}.</source>
            <translation>“{text}” birmənalı deyil (minliklər, yoxsa onluq?): onu minlik ayırıcısız yazın, məs. 1500 və ya {example}.</translation>
        </message>
        <message>
            <source>“{text}” is not a number: type digits such as 12 or {example}.</source>
            <translation>“{text}” rəqəm deyil: 12 və ya {example} kimi rəqəmlər yazın.</translation>
        </message>
        <message>
            <source>“{text}” matches several products: choose one from the list.</source>
            <translation>“{text}” bir neçə məhsula uyğun gəlir: siyahıdan birini seçin.</translation>
        </message>
    </context>
    <context>
        <name>OrderSide</name>
        <message numerus="yes">
            <source>%n order(s), last on {day}</source>
            <translation>
                <numerusform>%n sifariş, sonuncusu {day}</numerusform>
                <numerusform>%n sifariş, sonuncusu {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Təkliflər&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All lines</source>
            <translation>Bütün sətirlər</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Məbləğ</translation>
        </message>
        <message>
            <source>Bought in the last 12 months</source>
            <translation>Son 12 ayda alınıb</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Dəyişdirilib</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Təsdiqlənib</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Yaradılıb</translation>
        </message>
        <message>
            <source>Credit block overridden</source>
            <translation>Kredit blokundan yan keçilib</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Çatdırılıb</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Təfərrüatlar</translation>
        </message>
        <message>
            <source>Double-click to add to the order.</source>
            <translation>Sifarişə əlavə etmək üçün iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Hesab-faktura {number}</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Fakturalanıb</translation>
        </message>
        <message>
            <source>Line {no}: {quantity} refused ({why})</source>
            <translation>Sətir {no}: {quantity} imtina ({why})</translation>
        </message>
        <message>
            <source>Not shipped, so not delivered: {lines}</source>
            <translation>Göndərilməyib, ona görə çatdırılmayıb: {lines}</translation>
        </message>
        <message>
            <source>Nothing to suggest.</source>
            <translation>Təklif ediləcək heç nə yoxdur.</translation>
        </message>
        <message>
            <source>Others in its segment buy (no segment recorded)</source>
            <translation>Seqmentindəki digərləri alır (seqment qeydə alınmayıb)</translation>
        </message>
        <message>
            <source>Others in its segment buy, this client never did</source>
            <translation>Seqmentindəki digərləri alır, bu müştəri heç vaxt almayıb</translation>
        </message>
        <message>
            <source>Others in {segment} buy, this client never did</source>
            <translation>{segment} seqmentindəki digərləri alır, bu müştəri heç vaxt almayıb</translation>
        </message>
        <message>
            <source>Refused at delivery</source>
            <translation>Çatdırılmada imtina edilib</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Qaytarılıb</translation>
        </message>
        <message>
            <source>Revised</source>
            <translation>Yeni redaksiya</translation>
        </message>
        <message>
            <source>Revision {no} of {number}: {reason}</source>
            <translation>Redaksiya {no}, sifariş {number}: {reason}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Göndərilib</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Addım</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Nə vaxt</translation>
        </message>
        <message numerus="yes">
            <source>bought by %n other client(s) of the segment</source>
            <translation>
                <numerusform>seqmentin %n digər müştərisi alıb</numerusform>
                <numerusform>seqmentin %n digər müştərisi alıb</numerusform>
            </translation>
        </message>
        <message>
            <source>line {no} ({quantity})</source>
            <translation>sətir {no} ({quantity})</translation>
        </message>
        <message>
            <source>line {no}: {quantity}</source>
            <translation>sətir {no}: {quantity}</translation>
        </message>
        <message>
            <source>line {no}: {quantity}, {left} to follow</source>
            <translation>sətir {no}: {quantity}, {left} sonra</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Lines fixed, not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Sətirlər düzəldildi, hələ yadda saxlanılmayıb: Ctrl+Enter sifarişi yadda saxlayır.</translation>
        </message>
        <message>
            <source>Not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Hələ yadda saxlanılmayıb: Ctrl+Enter sifarişi yadda saxlayır.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n line(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Yadda saxlanılmadı: düzəldilməli %n sətir qırmızı ilə işarələnib.</numerusform>
                <numerusform>Yadda saxlanılmadı: düzəldilməli %n sətir qırmızı ilə işarələnib.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} saved.</source>
            <translation>{number} sifarişi yadda saxlanıldı.</translation>
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Sətirlər</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nömrə</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Sifariş tarixi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The order's total with VAT</source>
            <translation>Sifarişin ƏDV ilə cəmi</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
    </context>
    <context>
        <name>OrderVat</name>
        <message>
            <source>VAT: {regime}{rates} - {reason}</source>
            <translation>ƏDV: {regime}{rates} - {reason}</translation>
        </message>
        <message>
            <source>a client in {country}, where the company is registered for VAT: {country}'s rates</source>
            <translation>müştəri {country} ölkəsindədir, şirkət orada ƏDV qeydiyyatındadır: {country} dərəcələri</translation>
        </message>
        <message>
            <source>a client in {country}: the product's rate</source>
            <translation>müştəri {country} ölkəsindədir: məhsulun dərəcəsi</translation>
        </message>
        <message>
            <source>a sale from Russia into the EAEU ({country})</source>
            <translation>Rusiyadan Aİİ-yə satış ({country})</translation>
        </message>
        <message>
            <source>an export from {supplier} to {country}</source>
            <translation>{supplier} ölkəsindən {country} ölkəsinə ixrac</translation>
        </message>
        <message>
            <source>goods to a business in {country} with a valid VAT number</source>
            <translation>{country} ölkəsində etibarlı ƏDV nömrəsi olan şirkətə mallar</translation>
        </message>
        <message>
            <source>no valid VAT number in {country}: {supplier}'s rate applies</source>
            <translation>{country} üzrə etibarlı ƏDV nömrəsi yoxdur: {supplier} dərəcəsi tətbiq olunur</translation>
        </message>
        <message>
            <source>services to a business in {country}</source>
            <translation>{country} ölkəsindəki şirkətə xidmətlər</translation>
        </message>
        <message>
            <source>set on the client</source>
            <translation>müştəridə təyin edilib</translation>
        </message>
        <message>
            <source>set on the client: {regime}</source>
            <translation>müştəridə təyin edilib: {regime}</translation>
        </message>
        <message>
            <source>the company's country is not set: the product's rate applies</source>
            <translation>şirkətin ölkəsi təyin edilməyib: məhsulun dərəcəsi tətbiq olunur</translation>
        </message>
        <message>
            <source>the supplier is not registered for VAT</source>
            <translation>təchizatçı ƏDV ödəyicisi deyil</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message numerus="yes">
            <source>%n line(s) with problems not counted</source>
            <translation>
                <numerusform>Problemli %n sətir hesablanmayıb</numerusform>
                <numerusform>Problemli %n sətir hesablanmayıb</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation>Sifarişi ləğv et…</translation>
        </message>
        <message>
            <source>Cancelled: {why}</source>
            <translation>Ləğv edilib: {why}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Commercial proposal…</source>
            <translation>Kommersiya təklifi…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Təsdiqlə</translation>
        </message>
        <message>
            <source>Confirmed orders are changed through a new revision (or cancelled while nothing has shipped). The lines below are read-only.</source>
            <translation>Təsdiq edilmiş sifarişlər yeni redaksiya ilə dəyişdirilir (və ya heç nə göndərilməyibsə, ləğv edilir). Aşağıdakı sətirlər yalnız oxunur.</translation>
        </message>
        <message>
            <source>Contract package…</source>
            <translation>Müqavilə paketi…</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Delivered…</source>
            <translation>Çatdırılma…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Sənədlər</translation>
        </message>
        <message>
            <source>Goods have left: the lines are read-only. What the client refused at delivery or sent back is recorded with Delivered… and Return….</source>
            <translation>Mallar göndərilib: sətirlər yalnız oxunur. Müştərinin çatdırılma zamanı imtina etdiyi və ya geri qaytardığı Çatdırılma… və Qaytarma… ilə qeydə alınır.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Tarixçə</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>Tarixçə ({n})</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Hesab-faktura yaz</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Sətir {n}</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Sətirlər</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>ƏDV-siz</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Yeni sifariş</translation>
        </message>
        <message>
            <source>New revision…</source>
            <translation>Yeni redaksiya…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Qaytarma…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Qaralamanı yadda saxla</translation>
        </message>
        <message>
            <source>Ship…</source>
            <translation>Göndər…</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Close and lose them?</source>
            <translation>Bu sifarişdə yadda saxlanılmamış dəyişikliklər var. Bağlayıb onları itirmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <source>Type an SKU or part of a name, then Enter: quantity, price, discount.</source>
            <translation>Artikul və ya adın bir hissəsini yazın, sonra Enter: miqdar, qiymət, endirim.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Yadda saxlanılmamış dəyişikliklər</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>ƏDV</translation>
        </message>
        <message>
            <source>discount approved by {who}: {why}</source>
            <translation>endirimi təsdiq edən {who}: {why}</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>səbəb qeydə alınmayıb</translation>
        </message>
        <message>
            <source>price as agreed on the order</source>
            <translation>sifarişdə razılaşdırılmış qiymət</translation>
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n sifariş</numerusform>
                <numerusform>%n sifariş</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) found</source>
            <translation>
                <numerusform>%n sifariş tapıldı</numerusform>
                <numerusform>%n sifariş tapıldı</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Orders&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Sifarişlər&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Bütün statuslar</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Yeni sifariş…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Search orders by number or client</source>
            <translation>Sifarişləri nömrə və ya müştəri üzrə axtarın</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBlock</name>
        <message numerus="yes">
            <source>%n call(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n zəng bitib, nəticəsi yazılmayıb. Nəticəni yazmaq üçün üzərinə klikləyin.</numerusform>
                <numerusform>%n zəng bitib, nəticəsi yazılmayıb. Nəticəni yazmaq üçün birinin üzərinə klikləyin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n görüş bitib, nəticəsi yazılmayıb. Nəticəni yazmaq üçün üzərinə klikləyin.</numerusform>
                <numerusform>%n görüş bitib, nəticəsi yazılmayıb. Nəticəni yazmaq üçün birinin üzərinə klikləyin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings and calls over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n görüş və zəng bitib, nəticəsi yazılmayıb. Nəticəni yazmaq üçün birinin üzərinə klikləyin.</numerusform>
                <numerusform>%n görüş və zəng bitib, nəticəsi yazılmayıb. Nəticəni yazmaq üçün birinin üzərinə klikləyin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Zəng</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>Open it to record the outcome</source>
            <translation>Nəticəni yazmaq üçün açın</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Yazılacaq nəticələr</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… və daha %n</numerusform>
                <numerusform>… və daha %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message numerus="yes">
            <source>%n others</source>
            <translation>
                <numerusform>%n digər</numerusform>
                <numerusform>%n digər</numerusform>
            </translation>
        </message>
        <message>
            <source>A clients</source>
            <translation>A müştəriləri</translation>
        </message>
        <message>
            <source>B clients</source>
            <translation>B müştəriləri</translation>
        </message>
        <message>
            <source>C clients</source>
            <translation>C müştəriləri</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>Yığılmış pay</translation>
        </message>
        <message>
            <source>No invoiced revenue in this period.</source>
            <translation>Bu dövrdə hesab-faktura üzrə gəlir yoxdur.</translation>
        </message>
        <message>
            <source>Others, grouped</source>
            <translation>Digərləri, qruplaşdırılmış</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Gəlir</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Gəlir, {currency}</translation>
        </message>
        <message>
            <source>{a} and {b}: limits of A and B</source>
            <translation>{a} və {b}: A və B sərhədləri</translation>
        </message>
        <message>
            <source>{name}
Revenue: {revenue} {currency}
Share: {share}
Cumulative: {cumulative}</source>
            <translation>{name}
Gəlir: {revenue} {currency}
Pay: {share}
Yığılmış: {cumulative}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database</source>
            <translation>Şifrələnmiş verilənlər bazası</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Faylı idxal et</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Şifrə ifadəsi</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önbaxış</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Bu kompüterin açar saxlancında yadda saxla</translation>
        </message>
        <message>
            <source>This passphrase does not open the file, or the file is damaged.</source>
            <translation>Bu şifrə ifadəsi faylı açmır və ya fayl zədələnib.</translation>
        </message>
        <message>
            <source>Type the passphrase {file} was exported with.</source>
            <translation>{file} ixrac edilərkən istifadə edilən şifrə ifadəsini daxil edin.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Şifrə ifadəsini daxil edin.</translation>
        </message>
        <message>
            <source>{name} is encrypted. Type its passphrase to open it.</source>
            <translation>{name} şifrələnib. Açmaq üçün onun şifrə ifadəsini daxil edin.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Again:</source>
            <translation>Təkrar:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Şifrə ifadəsi:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Göstər</translation>
        </message>
        <message>
            <source>The two passphrases differ: type it again, or tick Show.</source>
            <translation>İki şifrə ifadəsi fərqlidir: yenidən yazın və ya Göstər qeyd edin.</translation>
        </message>
        <message>
            <source>Type the team's passphrase: the file is encrypted with it.</source>
            <translation>Komandanın şifrə ifadəsini daxil edin: fayl onunla şifrələnib.</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>A payment must be above zero.</source>
            <translation>Ödəniş sıfırdan böyük olmalıdır.</translation>
        </message>
        <message>
            <source>All {amount} stays as the client's credit, to allocate later.</source>
            <translation>Bütün {amount} sonra bölüşdürmək üçün müştərinin avansı kimi qalır.</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Bölüşdürmə</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Məbləğ</translation>
        </message>
        <message>
            <source>Bank reference or document number</source>
            <translation>Bank istinadı və ya sənəd nömrəsi</translation>
        </message>
        <message>
            <source>Choose invoices</source>
            <translation>Hesab-fakturaları seç</translation>
        </message>
        <message>
            <source>Choose the client the payment is from.</source>
            <translation>Ödənişin kimdən olduğunu seçin.</translation>
        </message>
        <message>
            <source>Choose the client to see which invoices this settles.</source>
            <translation>Bunun hansı hesab-fakturaları bağladığını görmək üçün müştərini seçin.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valyuta</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Alınma tarixi</translation>
        </message>
        <message>
            <source>Give the day the money came in.</source>
            <translation>Pulun daxil olduğu günü göstərin.</translation>
        </message>
        <message>
            <source>Keep as credit</source>
            <translation>Avans kimi saxla</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Üsul</translation>
        </message>
        <message>
            <source>No client is called “{text}”.</source>
            <translation>“{text}” adlı müştəri yoxdur.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Oldest invoices first</source>
            <translation>Əvvəlcə ən köhnə hesab-fakturalar</translation>
        </message>
        <message>
            <source>Post payment</source>
            <translation>Ödənişi keçir</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Ödənişi qeydə al</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>İstinad</translation>
        </message>
        <message>
            <source>Settles no invoice; {credit} stays as credit.</source>
            <translation>Heç bir hesab-faktura bağlanmır; {credit} avans kimi qalır.</translation>
        </message>
        <message>
            <source>Settles {invoices}; {credit} stays as credit.</source>
            <translation>{invoices} bağlanır; {credit} avans kimi qalır.</translation>
        </message>
        <message>
            <source>Several clients match “{text}”: type more of the name.</source>
            <translation>“{text}” ilə bir neçə müştəri uyğun gəlir: adın daha çox hissəsini yazın.</translation>
        </message>
        <message>
            <source>The payment is dated after tomorrow: money not yet received cannot be posted.</source>
            <translation>Ödənişin tarixi sabahdan sonradır: hələ alınmamış pul keçirilə bilməz.</translation>
        </message>
        <message>
            <source>Type part of the client's name</source>
            <translation>Müştərinin adının bir hissəsini yazın</translation>
        </message>
        <message>
            <source>Type the amount received.</source>
            <translation>Alınan məbləği daxil edin.</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>bank köçürməsi</translation>
        </message>
        <message>
            <source>card</source>
            <translation>kart</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>nağd</translation>
        </message>
        <message>
            <source>e.g. 1250.50</source>
            <translation>məs. 1250.50</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>qarşılıqlı hesablaşma</translation>
        </message>
        <message>
            <source>the client's, once it is chosen</source>
            <translation>müştərinin valyutası, seçildikdən sonra</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Enə sığdır</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Növbəti səhifə (Page Down)</translation>
        </message>
        <message>
            <source>No PDF viewer opened it: the file is {path}</source>
            <translation>Heç bir PDF baxıcısı onu açmadı: fayl {path}</translation>
        </message>
        <message>
            <source>Not printed.</source>
            <translation>Çap edilmədi.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Yadda saxlanılmadı</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>PDF baxıcısında aç</translation>
        </message>
        <message>
            <source>Open it in the system's PDF viewer</source>
            <translation>Onu sistemin PDF baxıcısında açın</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>PDF baxıcınızda açıldı: oradan çap edin.</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: {path}</source>
            <translation>PDF baxıcınızda açıldı: {path}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF sənədləri (*.pdf)</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Səhifə</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Əvvəlki səhifə (Page Up)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Çap et…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Fərqli yadda saxla…</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>PDF-i belə yadda saxla</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Yadda saxlanıldı: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Printerə göndərildi.</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Bütün səhifə</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Böyüt (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Kiçilt (Ctrl+-)</translation>
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
            <translation>Son 12 ay</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Keçən il</translation>
        </message>
        <message>
            <source>Period from</source>
            <comment>before the first of two dates</comment>
            <translation>Dövr:</translation>
        </message>
        <message>
            <source>Quick periods</source>
            <translation>Hazır dövrlər</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Bu il</translation>
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
            <translation>Val.</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Yeni müştərilər (cəmi)</translation>
        </message>
        <message>
            <source>Q{n}</source>
            <translation>Rüb {n}</translation>
        </message>
        <message>
            <source>The sum of its months: type the months</source>
            <translation>Aylarının cəmi: ayları daxil edin</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>İl</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message numerus="yes">
            <source>%n problem(s): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>%n problem: heç nə idxal edilməyəcək. Faylı düzəldin və yenidən seçin.</numerusform>
                <numerusform>%n problem: heç nə idxal edilməyəcək. Faylı düzəldin və yenidən seçin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Sütun</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İdxal et</translation>
        </message>
        <message>
            <source>Import plans from {name}</source>
            <translation>Planları {name} faylından idxal et</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Ay</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Yeni</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>İndi</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>Faylın %n sətrində problem var (cəmi {count}): heç nə idxal edilməyəcək. Faylı düzəldin və yenidən seçin.</numerusform>
                <numerusform>Faylın %n sətrində problem var (cəmi {count}): heç nə idxal edilməyəcək. Faylı düzəldin və yenidən seçin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Sətir</translation>
        </message>
        <message>
            <source>The file changes no plan ({summary}).</source>
            <translation>Fayl heç bir planı dəyişmir ({summary}).</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>plan yoxdur</translation>
        </message>
    </context>
    <context>
        <name>PlanProgressModel</name>
        <message>
            <source>Actual</source>
            <translation>Fakt</translation>
        </message>
        <message>
            <source>Actual as a share of the plan</source>
            <translation>Faktın plana nisbəti</translation>
        </message>
        <message>
            <source>Behind: at the pace so far the plan will not be met</source>
            <translation>Geridə: indiki templə plan yerinə yetirilməyəcək</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Val.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Proqnoz</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>İcra</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Kəsir</translation>
        </message>
        <message>
            <source>Invoiced net of VAT, less credit notes of returns, so far in the period</source>
            <translation>Dövrün əvvəlindən ƏDV-siz hesab-faktura gəliri, qaytarmaların kredit notaları çıxılmaqla</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Yeni müştərilər (cəmi)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>The actual carried to the period's end at the pace so far</source>
            <translation>İndiki templə dövrün sonuna qədər davam etdirilmiş fakt</translation>
        </message>
        <message>
            <source>What is still missing to the plan</source>
            <translation>Plana çatmaq üçün hələ nə qədər çatışmır</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message numerus="yes">
            <source>%n client(s) with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</source>
            <translation>
                <numerusform>Planı olan %n müştəri · yerinə yetirilib: {met} · &lt;b&gt;geridə: {behind}&lt;/b&gt; (indiki templə plan yerinə yetirilməyəcək) · {day} tarixinə</numerusform>
                <numerusform>Planı olan %n müştəri · yerinə yetirilib: {met} · &lt;b&gt;geridə: {behind}&lt;/b&gt; (indiki templə plan yerinə yetirilməyəcək) · {day} tarixinə</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sales plans&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Satış planları&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Against actual for</source>
            <translation>Fakt ilə müqayisə</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>{name} yoxlanılır…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation>Excel kitabı (*.xlsx);;CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export plans</source>
            <translation>Planları ixrac et</translation>
        </message>
        <message>
            <source>Export plans…</source>
            <translation>Planları ixrac et…</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>{path} faylına ixrac edildi.</translation>
        </message>
        <message>
            <source>Import plans</source>
            <translation>Planları idxal et</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>İdxal edildi: {summary}.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>İdxal…</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Yeni müştərilər</translation>
        </message>
        <message>
            <source>No plan for {period}.</source>
            <translation>{period} üçün plan yoxdur.</translation>
        </message>
        <message>
            <source>Not saved: {why} Correct the cell, or press Esc on it to drop what was typed.</source>
            <translation>Yadda saxlanılmadı: {why} Xananı düzəldin və ya yazılanı ləğv etmək üçün onda Esc basın.</translation>
        </message>
        <message>
            <source>Plan for {who}, {month}</source>
            <translation>{who} üçün plan, {month}</translation>
        </message>
        <message>
            <source>Plans from a CSV or XLSX sheet: client, month, amount, or client and a column per month (2026-01 …)</source>
            <translation>CSV və ya XLSX vərəqindən planlar: müştəri, ay, məbləğ və ya müştəri və hər ay üçün sütun (2026-01 …)</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <translation>{year}, rüb {q}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Oxunur…</translation>
        </message>
        <message>
            <source>Sales plans against actual</source>
            <translation>Satış planları faktla müqayisədə</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Yadda saxlanıldı.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Cədvəllər (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Type a month's plan in the client's currency; an empty cell or 0 is no plan. Quarters and the year are the sums of their months.</source>
            <translation>Ayın planını müştərinin valyutasında daxil edin; boş xana və ya 0 plan olmaması deməkdir. Rüblər və il aylarının cəmidir.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>İl</translation>
        </message>
        <message>
            <source>amounts net of VAT in each client's currency; forecast at the pace so far</source>
            <translation>məbləğlər ƏDV-siz, hər müştərinin valyutasında; proqnoz indiki templə</translation>
        </message>
        <message>
            <source>clients with a plan; new clients in total in {currency}</source>
            <translation>planı olan müştərilər; yeni müştərilər cəmi {currency} ilə</translation>
        </message>
        <message>
            <source>the plan of this month was changed meanwhile.</source>
            <translation>bu ayın planı bu arada dəyişdirilib.</translation>
        </message>
        <message>
            <source>the year {year}</source>
            <translation>{year} ili</translation>
        </message>
        <message>
            <source>{period} ({start} – {end}), as of {day}</source>
            <translation>{period} ({start} – {end}), {day} tarixinə</translation>
        </message>
    </context>
    <context>
        <name>PreparationPage</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n hesab-faktura</numerusform>
                <numerusform>%n hesab-faktura</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n dəq yol</numerusform>
                <numerusform>%n dəq yol</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n çatışmır</numerusform>
                <numerusform>%n çatışmır</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ok</source>
            <translation>
                <numerusform>%n qaydasında</numerusform>
                <numerusform>%n qaydasında</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n xəbərdarlıq</numerusform>
                <numerusform>%n xəbərdarlıq</numerusform>
            </translation>
        </message>
        <message>
            <source>Be ready at {time}</source>
            <translation>Hazır olun: {time}</translation>
        </message>
        <message>
            <source>Do not argue: have a calm answer ready for each thing the client holds.</source>
            <translation>Mübahisə etməyin: müştərinin irəli sürdüyü hər şey üçün sakit cavab hazırlayın.</translation>
        </message>
        <message>
            <source>Etiquette</source>
            <translation>Etiket</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Rəqəmlər</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Müraciət forması</translation>
        </message>
        <message>
            <source>How to address each one, and in what language.</source>
            <translation>Hər birinə necə və hansı dildə müraciət etmək.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Son əlaqə</translation>
        </message>
        <message>
            <source>Last meeting held {day}.</source>
            <translation>Son görüş {day} tarixində keçirilib.</translation>
        </message>
        <message>
            <source>Leave by {time}</source>
            <translation>Çıxış: {time}</translation>
        </message>
        <message>
            <source>Listening plan</source>
            <translation>Dinləmə planı</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>No price changes since then.</source>
            <translation>O vaxtdan qiymət dəyişikliyi yoxdur.</translation>
        </message>
        <message>
            <source>No products on the agenda: add them on the Details page.</source>
            <translation>Gündəlikdə məhsul yoxdur: onları Təfərrüatlar səhifəsində əlavə edin.</translation>
        </message>
        <message>
            <source>Nobody chosen to attend: choose them on the Details page.</source>
            <translation>İştirak etmək üçün heç kim seçilməyib: onları Təfərrüatlar səhifəsində seçin.</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Etirazlar</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>Açıq şikayətlər</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Açıq sifarişlər</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vaxtı keçmiş</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Vaxtı keçmiş hesab-fakturalar</translation>
        </message>
        <message>
            <source>People attending</source>
            <translation>İştirak edən şəxslər</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Price changes since the last meeting</source>
            <translation>Son görüşdən bəri qiymət dəyişiklikləri</translation>
        </message>
        <message>
            <source>Product knowledge and the client's figures</source>
            <translation>Məhsul bilikləri və müştərinin rəqəmləri</translation>
        </message>
        <message>
            <source>Products on the agenda, at the client’s prices today</source>
            <translation>Gündəlikdəki məhsullar, müştərinin bugünkü qiymətləri ilə</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Hazırlıq dərəcəsi</translation>
        </message>
        <message>
            <source>Readiness out of 100</source>
            <translation>Hazırlıq dərəcəsi, 100 üzərindən</translation>
        </message>
        <message>
            <source>Receivable</source>
            <translation>Debitor borcu</translation>
        </message>
        <message>
            <source>Revenue this year</source>
            <translation>Bu ilki gəlir</translation>
        </message>
        <message>
            <source>The questions to ask, in order. Ask, then listen: do not interrupt.</source>
            <translation>Veriləcək suallar, ardıcıllıqla. Soruşun, sonra dinləyin: sözü kəsməyin.</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>telefonla</translation>
        </message>
        <message>
            <source>by video</source>
            <translation>video ilə</translation>
        </message>
        <message>
            <source>never met</source>
            <translation>heç vaxt görüşülməyib</translation>
        </message>
        <message>
            <source>no address yet</source>
            <translation>hələ ünvan yoxdur</translation>
        </message>
        <message>
            <source>no plan set for this year</source>
            <translation>bu il üçün plan təyin edilməyib</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>qeyd edilməyib</translation>
        </message>
        <message>
            <source>on last year ({amount})</source>
            <translation>keçən ilə nisbətən ({amount})</translation>
        </message>
        <message numerus="yes">
            <source>{number}: {amount}, due {day}, %n day(s) late</source>
            <translation>
                <numerusform>{number}: {amount}, ödəmə tarixi {day}, %n gün gecikmə</numerusform>
                <numerusform>{number}: {amount}, ödəmə tarixi {day}, %n gün gecikmə</numerusform>
            </translation>
        </message>
        <message>
            <source>{pct} % of the plan of {amount}</source>
            <translation>{amount} planının {pct} %-i</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve afterwards (in Conflicts to resolve).</source>
            <translation>
                <numerusform>Sonra həll olunmalı %n ziddiyyət (Həll olunmalı ziddiyyətlər bölməsində).</numerusform>
                <numerusform>Sonra həll olunmalı %n ziddiyyət (Həll olunmalı ziddiyyətlər bölməsində).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;From another laptop.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;Göndərən: başqa noutbuk.&lt;/b&gt; Bu faylın idxalı burada bu dəyişiklikləri edər:</translation>
        </message>
        <message>
            <source>&lt;b&gt;From {sender}.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;Göndərən: {sender}.&lt;/b&gt; Bu faylın idxalı burada bu dəyişiklikləri edər:</translation>
        </message>
        <message>
            <source>A backup copy of this database is made before the import.</source>
            <translation>İdxaldan əvvəl bu verilənlər bazasının ehtiyat nüsxəsi çıxarılır.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Əlavə edilib</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Dəyişdirilib</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Silinib</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İdxal et</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>{file} idxal et</translation>
        </message>
        <message>
            <source>No conflicts: nothing was changed on both laptops at once.</source>
            <translation>Ziddiyyət yoxdur: heç nə hər iki noutbukda eyni vaxtda dəyişdirilməyib.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already has all this file holds.</source>
            <translation>Yeni heç nə yoxdur: bu noutbukda faylda olan hər şey artıq var.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Qeydlər</translation>
        </message>
    </context>
    <context>
        <name>PriceColumnsDialog</name>
        <message>
            <source>% off base</source>
            <translation>bazadan % endirim</translation>
        </message>
        <message>
            <source>% off the base price</source>
            <translation>baza qiymətindən % endirim</translation>
        </message>
        <message>
            <source>A client pays its column's price: the product's own price in the column where one is set (Products › product), else the base price less the percentage.</source>
            <translation>Müştəri öz qiymət növünün qiymətini ödəyir: məhsulun həmin növdə təyin edilmiş öz qiyməti (Məhsullar › məhsul), yoxdursa, faiz çıxılmaqla baza qiyməti.</translation>
        </message>
        <message>
            <source>Add as a new column</source>
            <translation>Yeni qiymət növü kimi əlavə et</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Pillələr</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Müştərilər</translation>
        </message>
        <message>
            <source>Delete price column</source>
            <translation>Qiymət növünü sil</translation>
        </message>
        <message>
            <source>Delete the price column {name}?</source>
            <translation>{name} qiymət növü silinsin?</translation>
        </message>
        <message>
            <source>Delete the selected…</source>
            <translation>Seçiləni sil…</translation>
        </message>
        <message numerus="yes">
            <source>Its %n quantity break(s) made for this column only go with it.</source>
            <translation>
                <numerusform>Yalnız bu qiymət növü üçün yaradılmış %n miqdar pilləsi də onunla silinir.</numerusform>
                <numerusform>Yalnız bu qiymət növü üçün yaradılmış %n miqdar pilləsi də onunla silinir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Own prices</source>
            <translation>Öz qiymətləri</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Qiymət növü</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Qiymət növləri</translation>
        </message>
        <message>
            <source>Save changes to the selected</source>
            <translation>Seçilənin dəyişikliklərini yadda saxla</translation>
        </message>
        <message>
            <source>e.g. Key account</source>
            <translation>məs. Əsas müştəri</translation>
        </message>
    </context>
    <context>
        <name>PriceFields</name>
        <message>
            <source>Ambiguous: write 1500 or %1, without a thousands separator.</source>
            <translation>Birmənalı deyil: minlik ayırıcısız 1500 və ya %1 yazın.</translation>
        </message>
        <message>
            <source>SKU or part of the name</source>
            <translation>Artikul və ya adın bir hissəsi</translation>
        </message>
        <message>
            <source>Type a number such as 12 or %1.</source>
            <translation>12 və ya %1 kimi rəqəm daxil edin.</translation>
        </message>
        <message>
            <source>Type a percentage such as 5 or %1.</source>
            <translation>5 və ya %1 kimi faiz daxil edin.</translation>
        </message>
    </context>
    <context>
        <name>ProductDelete</name>
        <message>
            <source>Delete product</source>
            <translation>Məhsulu sil</translation>
        </message>
        <message>
            <source>Delete product…</source>
            <translation>Məhsulu sil…</translation>
        </message>
        <message>
            <source>Move {product} to the trash? Edit &gt; Undo or Edit &gt; Trash brings it back.</source>
            <translation>{product} zibil qutusuna köçürülsün? Redaktə &gt; Geri al və ya Redaktə &gt; Zibil qutusu onu geri qaytarır.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>% off</source>
            <translation>% endirim</translation>
        </message>
        <message>
            <source>Active (offered in orders and price lists)</source>
            <translation>Aktiv (sifarişlərdə və qiymət siyahılarında təklif olunur)</translation>
        </message>
        <message>
            <source>Add break</source>
            <translation>Pillə əlavə et</translation>
        </message>
        <message>
            <source>Added: saved with the product</source>
            <translation>Əlavə edildi: məhsulla birlikdə yadda saxlanılır</translation>
        </message>
        <message>
            <source>Base price *</source>
            <translation>Baza qiyməti *</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kateqoriya</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valyuta</translation>
        </message>
        <message>
            <source>Description for proposals</source>
            <translation>Təkliflər üçün təsvir</translation>
        </message>
        <message>
            <source>Empty: the column's percentage off the base price applies (shown grey).</source>
            <translation>Boş: qiymət növünün baza qiymətindən endirim faizi tətbiq olunur (boz göstərilir).</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Sabit qiymət</translation>
        </message>
        <message>
            <source>From quantity</source>
            <translation>Miqdardan</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Ad *</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Yeni məhsul</translation>
        </message>
        <message>
            <source>No price columns yet (Products › Price columns…).</source>
            <translation>Hələ qiymət növü yoxdur (Məhsullar › Qiymət növləri…).</translation>
        </message>
        <message>
            <source>No promotion running or coming on this product.</source>
            <translation>Bu məhsulda gedən və ya gələcək aksiya yoxdur.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>%n sifariş sətrindədir: heç vaxt silinmir; istifadədən çıxarmaq üçün Aktiv qeydini götürün.</numerusform>
                <numerusform>%n sifariş sətrindədir: heç vaxt silinmir; istifadədən çıxarmaq üçün Aktiv qeydini götürün.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Qiymət növü</translation>
        </message>
        <message>
            <source>Price per column (empty = the column's percentage)</source>
            <translation>Qiymət növü üzrə qiymət (boş = qiymət növünün faizi)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Promotions running or coming: {promotions}</source>
            <translation>Gedən və ya gələcək aksiyalar: {promotions}</translation>
        </message>
        <message>
            <source>Quantity breaks (off the client's column price)</source>
            <translation>Miqdar pillələri (müştərinin qiymət növü qiymətindən)</translation>
        </message>
        <message>
            <source>Remove break</source>
            <translation>Pilləni sil</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Artikul *</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for every column.</source>
            <translation>Bütün qiymət növləri üçün {qty} miqdardan pillə artıq var.</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for {where}.</source>
            <translation>{where} üçün {qty} miqdardan pillə artıq var.</translation>
        </message>
        <message>
            <source>This product has changes that are not saved. Close and lose them?</source>
            <translation>Bu məhsulda yadda saxlanılmamış dəyişikliklər var. Bağlayıb onları itirmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>Unit *</source>
            <translation>Ölçü vahidi *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Yadda saxlanılmamış dəyişikliklər</translation>
        </message>
        <message>
            <source>VAT % *</source>
            <translation>ƏDV % *</translation>
        </message>
        <message>
            <source>every column</source>
            <translation>bütün qiymət növləri</translation>
        </message>
        <message>
            <source>from qty</source>
            <translation>miqdardan</translation>
        </message>
        <message>
            <source>or fixed price</source>
            <translation>və ya sabit qiymət</translation>
        </message>
        <message>
            <source>pcs, kg, box, roll…</source>
            <translation>əd., kq, qutu, rulon…</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end}</source>
            <translation>{name}: {offer}, {start} – {end}</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end} (whole category)</source>
            <translation>{name}: {offer}, {start} – {end} (bütün kateqoriya)</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>{p} endirim</translation>
        </message>
        <message>
            <source>{p} off the base price</source>
            <translation>baza qiymətindən {p} endirim</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— yoxdur —</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Baza qiyməti</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kateqoriya</translation>
        </message>
        <message>
            <source>Own price in the {column} column</source>
            <translation>{column} qiymət növündə öz qiyməti</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikul</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>ƏDV %</translation>
        </message>
        <message>
            <source>no</source>
            <translation>xeyr</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>bəli</translation>
        </message>
        <message>
            <source>{column}: {percent} off the base price</source>
            <translation>{column}: baza qiymətindən {percent} endirim</translation>
        </message>
        <message>
            <source>{percent} off the base price; bold: the product's own price</source>
            <translation>baza qiymətindən {percent} endirim; qalın: məhsulun öz qiyməti</translation>
        </message>
    </context>
    <context>
        <name>ProductTextsBox</name>
        <message>
            <source>Azerbaijani</source>
            <translation>Azərbaycanca</translation>
        </message>
        <message>
            <source>English</source>
            <translation>İngiliscə</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Macarca</translation>
        </message>
        <message>
            <source>In documents</source>
            <translation>Sənədlərdə</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>İtalyanca</translation>
        </message>
        <message>
            <source>Left empty, documents print the product's own name and unit.</source>
            <translation>Boş qaldıqda sənədlər məhsulun öz adını və ölçü vahidini çap edir.</translation>
        </message>
        <message>
            <source>Name in %1</source>
            <translation>%1 dilində ad</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Rusca</translation>
        </message>
        <message>
            <source>Unit in %1</source>
            <translation>%1 dilində ölçü vahidi</translation>
        </message>
        <message>
            <source>VAT % in %1</source>
            <translation>%1 üçün ƏDV %</translation>
        </message>
        <message>
            <source>VAT rates abroad: the company is registered for VAT only in its own country (File &gt; Settings…, Tax and VAT).</source>
            <translation>Xaricdə ƏDV dərəcələri: şirkət yalnız öz ölkəsində ƏDV üzrə qeydiyyatdadır (Fayl &gt; Parametrlər…, Vergi və ƏDV).</translation>
        </message>
        <message>
            <source>the rate there</source>
            <translation>oradakı dərəcə</translation>
        </message>
    </context>
    <context>
        <name>ProductsSection</name>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n məhsul</numerusform>
                <numerusform>%n məhsul</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) found</source>
            <translation>
                <numerusform>%n məhsul tapıldı</numerusform>
                <numerusform>%n məhsul tapıldı</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Products&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Məhsullar&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Bütün kateqoriyalar</translation>
        </message>
        <message>
            <source>Bold: the product's own price in that column.</source>
            <translation>Qalın şrift: məhsulun həmin qiymət növündəki öz qiyməti.</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Kateqoriyalar…</translation>
        </message>
        <message>
            <source>Export price list</source>
            <translation>Qiymət siyahısını ixrac et</translation>
        </message>
        <message>
            <source>Export price list…</source>
            <translation>Qiymət siyahısını ixrac et…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>İdxal…</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Yeni məhsul…</translation>
        </message>
        <message>
            <source>Price columns…</source>
            <translation>Qiymət növləri…</translation>
        </message>
        <message>
            <source>Promotions…</source>
            <translation>Aksiyalar…</translation>
        </message>
        <message>
            <source>Search products by SKU or name</source>
            <translation>Məhsulları artikul və ya ad üzrə axtarın</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Qeyri-aktivləri göstər</translation>
        </message>
        <message>
            <source>The price list of which price column?</source>
            <translation>Hansı qiymət növünün qiymət siyahısı?</translation>
        </message>
        <message>
            <source>There is no price column yet: add one under Price columns…</source>
            <translation>Hələ qiymət növü yoxdur: onu Qiymət növləri… bölməsində əlavə edin</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>1 to 3 names, separated by ;</source>
            <translation>1-dən 3-ə qədər ad, ; ilə ayrılmış</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>İllik gəlir</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Şəhər</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ölkə</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valyuta</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Çatdırılma ünvanı</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-poçt</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>İşçi sayı</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Təsis ili</translation>
        </message>
        <message>
            <source>Give the client to another KAM</source>
            <translation>Müştərini başqa KAM-a təhvil verin</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Müştərinin təhvil verilməsi</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Təhvil ver…</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Sahə</translation>
        </message>
        <message>
            <source>Key account managers *</source>
            <translation>Əsas müştəri menecerləri *</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Hüquqi ünvan</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Hüquqi ad</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Ad *</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Poçt indeksi</translation>
        </message>
        <message>
            <source>Save or undo your changes to the profile first.</source>
            <translation>Əvvəlcə profildəki dəyişiklikləri yadda saxlayın və ya ləğv edin.</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Profili yadda saxla</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Seqment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>VÖEN</translation>
        </message>
        <message>
            <source>Their yearly spend on what we sell</source>
            <translation>Onların satdığımız mallara illik xərcləri</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Veb sayt</translation>
        </message>
        <message>
            <source>as the KAM calls it</source>
            <translation>menecerin adlandırdığı kimi</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>ölkə üçün yoxlanılır</translation>
        </message>
    </context>
    <context>
        <name>PromotionsDialog</name>
        <message>
            <source>% off the base price</source>
            <translation>baza qiymətindən % endirim</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n müştəri</numerusform>
                <numerusform>%n müştəri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n məhsul</numerusform>
                <numerusform>%n məhsul</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Əlavə et</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Hamısı</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Gələcək</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Əhatə edir</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Aksiyanı sil</translation>
        </message>
        <message>
            <source>Delete the promotion {name}? Orders already priced by it keep their prices.</source>
            <translation>{name} aksiyası silinsin? Artıq onunla qiymətləndirilmiş sifarişlər qiymətlərini saxlayır.</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Kimin üçün</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Başlanğıc</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Başlanğıc *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Ad *</translation>
        </message>
        <message>
            <source>New promotion</source>
            <translation>Yeni aksiya</translation>
        </message>
        <message>
            <source>No single client matches “{text}”: pick one from the list.</source>
            <translation>“{text}” ilə tək bir müştəri uyğun gəlmir: siyahıdan birini seçin.</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>“{text}” ilə tək bir məhsul uyğun gəlmir: siyahıdan birini seçin.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Qeydlər</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Təklif</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Yalnız bunlar üçün</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Bitib</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Məhsullar</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Aksiya</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Aksiyalar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Running now</source>
            <translation>İndi gedir</translation>
        </message>
        <message>
            <source>Save promotion</source>
            <translation>Aksiyanı yadda saxla</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Göstər</translation>
        </message>
        <message>
            <source>The promotion being edited has changes that are not saved. Lose them?</source>
            <translation>Redaktə edilən aksiyada yadda saxlanılmamış dəyişikliklər var. Onları itirmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>Son *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Yadda saxlanılmamış dəyişikliklər</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Nə vaxt</translation>
        </message>
        <message>
            <source>Whole category</source>
            <translation>Bütün kateqoriya</translation>
        </message>
        <message>
            <source>at {price}</source>
            <translation>{price} qiymətinə</translation>
        </message>
        <message>
            <source>client name or code</source>
            <translation>müştərinin adı və ya kodu</translation>
        </message>
        <message>
            <source>coming</source>
            <translation>gələcək</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>məs. 10</translation>
        </message>
        <message>
            <source>e.g. 49.90</source>
            <translation>məs. 49.90</translation>
        </message>
        <message>
            <source>empty: every client</source>
            <translation>boş: bütün müştərilər</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>hamı</translation>
        </message>
        <message>
            <source>or a fixed price</source>
            <translation>və ya sabit qiymət</translation>
        </message>
        <message>
            <source>over</source>
            <translation>bitib</translation>
        </message>
        <message>
            <source>running</source>
            <translation>gedir</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>{p} endirim</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— yoxdur —</translation>
        </message>
    </context>
    <context>
        <name>ProposalPage</name>
        <message>
            <source>Addressed to</source>
            <translation>Kimə ünvanlanıb</translation>
        </message>
        <message>
            <source>Delivery terms</source>
            <translation>Çatdırılma şərtləri</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Sahə əlavə et</translation>
        </message>
        <message>
            <source>Names in {{ double braces }} are filled in from the data.</source>
            <translation>{{ qoşa fiqurlu mötərizələrdəki }} adlar məlumatlardan doldurulur.</translation>
        </message>
        <message>
            <source>Opening text</source>
            <translation>Giriş mətni</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Ödəniş şərtləri</translation>
        </message>
        <message>
            <source>Put back the opening and the terms as the templates have them</source>
            <translation>Giriş mətnini və şərtləri şablonlardakı kimi bərpa et</translation>
        </message>
        <message>
            <source>Template text</source>
            <translation>Şablon mətni</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Qüvvədə olma müddəti</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Xeyr</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Bəli</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tətbiq et</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Saxlama</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Yadda saxla</translation>
        </message>
    </context>
    <context>
        <name>QuestionsEditor</name>
        <message>
            <source>Add</source>
            <translation>Əlavə et</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Aşağı</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Type a question to ask, then Enter (open questions: what, how, why…)</source>
            <translation>Veriləcək sualı yazın, sonra Enter (açıq suallar: nə, necə, niyə…)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Yuxarı</translation>
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <source>&lt;b&gt;Change the rate of {code} on {day}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{code} valyutasının {day} tarixli məzənnəsini dəyiş&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;New rate&lt;/b&gt;</source>
            <translation>&lt;b&gt;Yeni məzənnə&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Əlavə et</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Bütün valyutalar</translation>
        </message>
        <message>
            <source>Choose the day of the rate.</source>
            <translation>Məzənnənin gününü seçin.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valyuta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete the rate</source>
            <translation>Məzənnəni sil</translation>
        </message>
        <message>
            <source>Delete this rate? Orders already priced keep their converted prices; new ones on its days use the rate before it.</source>
            <translation>Bu məzənnə silinsin? Artıq qiymətləndirilmiş sifarişlər çevrilmiş qiymətlərini saxlayır; onun günlərindəki yeni sifarişlər ondan əvvəlki məzənnədən istifadə edir.</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Valyuta məzənnələri</translation>
        </message>
        <message>
            <source>MNB, ЦБ РФ, the contract…</source>
            <translation>MNB, ЦБ РФ, AMB, müqavilə…</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Yeni məzənnə</translation>
        </message>
        <message>
            <source>Prices in another currency than the order's are converted at the latest rate on or before the order date. A rate is {rep} per 1 unit of the currency (the reporting currency, {rep}, is always 1).</source>
            <translation>Sifarişin valyutasından fərqli valyutada olan qiymətlər sifariş tarixində və ya ondan əvvəlki son məzənnə ilə çevrilir. Məzənnə valyutanın 1 vahidi üçün {rep} ilə göstərilir (hesabat valyutası {rep} həmişə 1-dir).</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Məzənnə</translation>
        </message>
        <message>
            <source>Replace the rate</source>
            <translation>Məzənnəni əvəz et</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Dəyişiklikləri yadda saxla</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Göstər</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Type a number such as 386.12 or %1.</source>
            <translation>386,12 və ya %1 kimi rəqəm daxil edin.</translation>
        </message>
        <message>
            <source>{code} already has a rate on {day}: {old}{source}. Replace it with {new}?</source>
            <translation>{code} valyutasının {day} tarixinə artıq məzənnəsi var: {old}{source}. Onu {new} ilə əvəz etmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>{rep} per 1 unit</source>
            <translation>1 vahid üçün {rep}</translation>
        </message>
        <message>
            <source>{rep} per 1 {code}: how many {rep} one {code} is worth</source>
            <translation>1 {code} üçün {rep}: bir {code} neçə {rep} dəyərindədir</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Give the reason: it goes into the order's history.</source>
            <translation>Səbəbi göstərin: o, sifarişin tarixçəsinə yazılır.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Səbəb</translation>
        </message>
        <message>
            <source>Say why: the ledger and the statement show it.</source>
            <translation>Səbəbini göstərin: reyestr və üzləşmə aktı onu göstərir.</translation>
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
            <translation>Bölüşdürülüb</translation>
        </message>
        <message>
            <source>Allocated on</source>
            <translation>Bölüşdürmə tarixi</translation>
        </message>
        <message>
            <source>Allocated to invoices</source>
            <translation>Fakturalara bölüşdürülüb</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Məbləğ</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balans</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>Call made</source>
            <translation>Zəng edildi</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Val.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valyuta</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Cari</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Gecikmə, gün</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Gecikmə, gün</translation>
        </message>
        <message>
            <source>Days past due of the oldest unpaid invoice</source>
            <translation>Ən köhnə ödənilməmiş fakturanın gecikmə günləri</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Ödəmə tarixi</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Sərbəst</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Hesab-faktura</translation>
        </message>
        <message>
            <source>Invoices of {client}</source>
            <translation>{client} hesab-fakturaları</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Verilmə tarixi</translation>
        </message>
        <message>
            <source>Last dunning step</source>
            <translation>Son xatırlatma mərhələsi</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Üsul</translation>
        </message>
        <message>
            <source>Not yet allocated to an invoice</source>
            <translation>Hələ fakturaya bölüşdürülməyib</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Açıq</translation>
        </message>
        <message>
            <source>Open amounts by days past the due date</source>
            <translation>Ödəmə müddətindən keçən günlərə görə açıq məbləğlər</translation>
        </message>
        <message>
            <source>Open amounts not yet due, less what the client overpaid</source>
            <translation>Vaxtı hələ çatmamış açıq məbləğlər, müştərinin avansı çıxılmaqla</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Avans</translation>
        </message>
        <message>
            <source>Paid by the client and not yet allocated to an invoice</source>
            <translation>Müştəri ödəyib, hələ fakturaya bölüşdürülməyib</translation>
        </message>
        <message>
            <source>Payments of {client}</source>
            <translation>{client} ödənişləri</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Yaşa görə debitor borcu</translation>
        </message>
        <message>
            <source>Reference / doc. no.</source>
            <translation>İstinad / sənəd №</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>Xatırlatma göndərildi</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Mərhələ</translation>
        </message>
        <message>
            <source>Step date</source>
            <translation>Mərhələnin tarixi</translation>
        </message>
        <message>
            <source>Supplies blocked</source>
            <translation>Tədarük dayandırıldı</translation>
        </message>
        <message>
            <source>Supplies unblocked</source>
            <translation>Tədarük bərpa edildi</translation>
        </message>
        <message>
            <source>The invoice's total</source>
            <translation>Fakturanın cəmi</translation>
        </message>
        <message>
            <source>What is still unpaid of it</source>
            <translation>Ondan hələ ödənilməyən</translation>
        </message>
        <message>
            <source>What the client owes in all; below zero: overpaid</source>
            <translation>Müştərinin ümumi borcu; sıfırdan aşağı: avans</translation>
        </message>
        <message>
            <source>When the last dunning step was taken</source>
            <translation>Son xatırlatma mərhələsi nə vaxt atılıb</translation>
        </message>
        <message>
            <source>amounts in each client's currency</source>
            <translation>məbləğlər hər müştərinin valyutasında</translation>
        </message>
        <message>
            <source>amounts in {currency}</source>
            <translation>məbləğlər {currency} ilə</translation>
        </message>
        <message>
            <source>as of {day}</source>
            <translation>{day} tarixinə</translation>
        </message>
        <message>
            <source>name contains “{text}”</source>
            <translation>adda “{text}” var</translation>
        </message>
        <message>
            <source>only overdue</source>
            <translation>yalnız vaxtı keçmişlər</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>keçirilib</translation>
        </message>
        <message>
            <source>reversed {day}</source>
            <translation>{day} tarixində ləğv edilib</translation>
        </message>
        <message>
            <source>reversing entry: {note}</source>
            <translation>əks yazılış: {note}</translation>
        </message>
        <message>
            <source>standing</source>
            <translation>qüvvədədir</translation>
        </message>
        <message>
            <source>undone {day}</source>
            <translation>{day} tarixində geri alınıb</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesSection</name>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n müştəri tapıldı</numerusform>
                <numerusform>%n müştəri tapıldı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) with a balance</source>
            <translation>
                <numerusform>Balansı olan %n müştəri</numerusform>
                <numerusform>Balansı olan %n müştəri</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Receivables&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Debitor borcu&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Allocate…</source>
            <translation>Bölüşdür…</translation>
        </message>
        <message>
            <source>Double-click a client to open its dossier.</source>
            <translation>Dosyesini açmaq üçün müştəriyə iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>Dunning step…</source>
            <translation>Xatırlatma mərhələsi…</translation>
        </message>
        <message>
            <source>Import bank statement…</source>
            <translation>Bank çıxarışını idxal et…</translation>
        </message>
        <message>
            <source>No client matches the search or the filter.</source>
            <translation>Axtarışa və ya filtrə uyğun müştəri yoxdur.</translation>
        </message>
        <message>
            <source>No client owes anything and none is in credit. Invoices issued and payments recorded (“Record payment…”, “Import bank statement…”) show here.</source>
            <translation>Heç bir müştərinin borcu və ya avans qalığı yoxdur. Verilmiş hesab-fakturalar və qeydə alınmış ödənişlər (“Ödənişi qeydə al…”, “Bank çıxarışını idxal et…”) burada görünür.</translation>
        </message>
        <message>
            <source>Only overdue</source>
            <translation>Yalnız vaxtı keçmişlər</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Üzləşmə aktı…</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Ödənişi qeydə al…</translation>
        </message>
        <message>
            <source>Reverse payment</source>
            <translation>Ödənişi ləğv et</translation>
        </message>
        <message>
            <source>Reverse payment…</source>
            <translation>Ödənişi ləğv et…</translation>
        </message>
        <message>
            <source>Reverse the payment of {amount} received {day}? Its allocations are undone and a reversing entry is posted today; nothing posted is erased.</source>
            <translation>{day} tarixində alınmış {amount} məbləğində ödəniş ləğv edilsin? Onun bölüşdürmələri geri alınır və bu gün əks yazılış aparılır; aparılmış heç nə silinmir.</translation>
        </message>
        <message>
            <source>Search clients by name</source>
            <translation>Müştəriləri ad üzrə axtarın</translation>
        </message>
        <message>
            <source>Total: {amounts}</source>
            <translation>Cəmi: {amounts}</translation>
        </message>
        <message>
            <source>Undo allocation</source>
            <translation>Bölüşdürməni geri al</translation>
        </message>
        <message>
            <source>Undo the allocation of {amount} to {number}? The money goes back to the payment, free to allocate again; the allocation stays on the ledger as undone.</source>
            <translation>{amount} məbləğinin {number} üzrə bölüşdürməsi geri alınsın? Pul ödənişə qayıdır və yenidən bölüşdürülə bilər; bölüşdürmə reyestrdə geri alınmış kimi qalır.</translation>
        </message>
        <message>
            <source>{balance} owed, {overdue} overdue</source>
            <translation>{balance} borc, {overdue} vaxtı keçmiş</translation>
        </message>
    </context>
    <context>
        <name>RegistrationRow</name>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>VAT number there, e.g. DE136695976</source>
            <translation>Oradakı ƏDV nömrəsi, məs. DE136695976</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message>
            <source>(nobody)</source>
            <translation>(heç kim)</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Təsdiqləyən</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Münasibət</translation>
        </message>
        <message>
            <source>Attitude: {a} · influence: {i}</source>
            <translation>Münasibət: {a} · təsir: {i}</translation>
        </message>
        <message>
            <source>Buying role: {role}</source>
            <translation>Satınalma rolu: {role}</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kartlar</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Daxili tərəfdar</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>{path} yazıla bilmədi.</translation>
        </message>
        <message>
            <source>Decision maker</source>
            <translation>Qərar verən</translation>
        </message>
        <message>
            <source>Drag one person onto another to link them; right-click a card for more. Ctrl+wheel zooms.</source>
            <translation>Onları əlaqələndirmək üçün bir şəxsi digərinin üzərinə sürüşdürün; daha çoxu üçün kartın üzərində sağ klikləyin. Ctrl+təkər miqyası dəyişir.</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Qiymətləndirən</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG ixrac et…</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation>Münasibətlər xəritəsini ixrac et</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Giriş nəzarətçisi</translation>
        </message>
        <message>
            <source>High influence</source>
            <translation>Yüksək təsir</translation>
        </message>
        <message>
            <source>In conflict with</source>
            <translation>Münaqişədədir</translation>
        </message>
        <message>
            <source>In conflict with {b}</source>
            <translation>{b} ilə münaqişədədir</translation>
        </message>
        <message>
            <source>Influenced by {b}</source>
            <translation>{b} tərəfindən təsirlənir</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Təsir edir</translation>
        </message>
        <message>
            <source>Influences {b}</source>
            <translation>{b} şəxsinə təsir edir</translation>
        </message>
        <message numerus="yes">
            <source>Last contact %n day(s) ago</source>
            <translation>
                <numerusform>Son əlaqədən %n gün keçib</numerusform>
                <numerusform>Son əlaqədən %n gün keçib</numerusform>
            </translation>
        </message>
        <message>
            <source>Last contact today</source>
            <translation>Son əlaqə: bu gün</translation>
        </message>
        <message>
            <source>Last contact yesterday</source>
            <translation>Son əlaqə: dünən</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Xətlər</translation>
        </message>
        <message>
            <source>Low influence</source>
            <translation>Aşağı təsir</translation>
        </message>
        <message>
            <source>Medium influence</source>
            <translation>Orta təsir</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neytral</translation>
        </message>
        <message>
            <source>Never met or called</source>
            <translation>Heç görüşülməyib və zəng edilməyib</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s)</source>
            <translation>
                <numerusform>%n gündür əlaqə yoxdur</numerusform>
                <numerusform>%n gündür əlaqə yoxdur</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet: add people on the Contacts page.</source>
            <translation>Hələ əlaqə şəxsi yoxdur: şəxsləri Əlaqə şəxsləri səhifəsində əlavə edin.</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>İxrac edilmədi</translation>
        </message>
        <message>
            <source>Not placed in the hierarchy</source>
            <translation>İerarxiyada yerləşdirilməyib</translation>
        </message>
        <message>
            <source>Opinion leader</source>
            <translation>Rəy lideri</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Əleyhdar</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG şəkilləri (*.png)</translation>
        </message>
        <message>
            <source>Relationship map - {client}.png</source>
            <translation>Münasibətlər xəritəsi - {client}.png</translation>
        </message>
        <message>
            <source>Relationship map · {client} · {day}</source>
            <translation>Münasibətlər xəritəsi · {client} · {day}</translation>
        </message>
        <message>
            <source>Remove relation</source>
            <translation>Əlaqəni sil</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Kimə tabedir</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>Skeptik</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Dəstəkçi</translation>
        </message>
        <message>
            <source>User</source>
            <translation>İstifadəçi</translation>
        </message>
        <message>
            <source>border = influence</source>
            <translation>çərçivə = təsir</translation>
        </message>
        <message>
            <source>high</source>
            <translation>yüksək</translation>
        </message>
        <message>
            <source>in conflict</source>
            <translation>münaqişədə</translation>
        </message>
        <message>
            <source>influences</source>
            <translation>təsir edir</translation>
        </message>
        <message>
            <source>low</source>
            <translation>aşağı</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>orta</translation>
        </message>
        <message numerus="yes">
            <source>no meeting or call for %n+ day(s)</source>
            <translation>
                <numerusform>%n+ gündür görüş və ya zəng yoxdur</numerusform>
                <numerusform>%n+ gündür görüş və ya zəng yoxdur</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>heç kim</translation>
        </message>
        <message>
            <source>reports to</source>
            <translation>tabedir</translation>
        </message>
        <message>
            <source>{a} and {b} are in conflict</source>
            <translation>{a} və {b} münaqişədədir</translation>
        </message>
        <message>
            <source>{a} influences {b}</source>
            <translation>{a} {b} şəxsinə təsir edir</translation>
        </message>
        <message>
            <source>{a} reports to {b}</source>
            <translation>{a} {b} şəxsinə tabedir</translation>
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
            <translation>İxrac et…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Çap et…</translation>
        </message>
        <message>
            <source>Save the table as an Excel workbook or a CSV file</source>
            <translation>Cədvəli Excel kitabı və ya CSV faylı kimi yadda saxla</translation>
        </message>
        <message>
            <source>The report as a PDF with its period and filters: preview, print or save</source>
            <translation>Dövr və filtrlərlə PDF hesabat: önbaxış, çap və ya yadda saxlama</translation>
        </message>
        <message>
            <source>{title} exported to {path}</source>
            <translation>{title} {path} faylına ixrac edildi</translation>
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
            <translation>{start} – {end} oxunur…</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose another “From” or “to” date.</source>
            <translation>Dövr bitdikdən sonra başlayır: başqa başlanğıc və ya son tarix seçin.</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>&lt;h2&gt;Key clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Əsas müştərilər&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>Məbləğlər {currency} ilə, hər hesab-fakturanın tarixindəki məzənnə ilə.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>İdarə paneli</translation>
        </message>
        <message>
            <source>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</source>
            <translation>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</translation>
        </message>
        <message>
            <source>Key clients</source>
            <translation>Əsas müştərilər</translation>
        </message>
        <message>
            <source>No invoiced revenue from {start} to {end}.</source>
            <translation>{start} – {end} dövründə hesab-faktura üzrə gəlir yoxdur.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Qaytarmalar və imtinalar</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Satış planları</translation>
        </message>
        <message>
            <source>Saved: the report uses the new thresholds.</source>
            <translation>Yadda saxlanıldı: hesabat yeni hədlərdən istifadə edir.</translation>
        </message>
        <message>
            <source>Thresholds…</source>
            <translation>Hədlər…</translation>
        </message>
        <message>
            <source>Total revenue &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
            <translation>Ümumi gəlir &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who brings our revenue: shares, ABC classes and dependency on one client</source>
            <translation>Gəlirimizi kim gətirir: paylar, ABC sinifləri və bir müştəridən asılılıq</translation>
        </message>
        <message>
            <source>clients with revenue &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>gəliri olan müştərilər &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>critical &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>kritik &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>high concentration</source>
            <translation>yüksək konsentrasiya</translation>
        </message>
        <message>
            <source>key &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>əsas &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>low concentration</source>
            <translation>aşağı konsentrasiya</translation>
        </message>
        <message>
            <source>moderate concentration</source>
            <translation>orta konsentrasiya</translation>
        </message>
        <message>
            <source>mono-client &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>mono-müştəri &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top 3 &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>ilk 3 &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top client &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>ən böyük müştəri &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>RequisitesBox</name>
        <message>
            <source>7 letters and digits</source>
            <translation>7 hərf və rəqəm</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Hesab (IBAN)</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>BİK (БИК)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Choose the client's country to see which VAT its documents apply.</source>
            <translation>Sənədlərinin hansı ƏDV tətbiq etdiyini görmək üçün müştərinin ölkəsini seçin.</translation>
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
            <translation>Müxbir hesab (к/с)</translation>
        </message>
        <message>
            <source>Documents apply: {regime}</source>
            <translation>Sənədlər tətbiq edir: {regime}</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>AB ƏDV nömrəsi</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>KPP (КПП)</translation>
        </message>
        <message>
            <source>Last checked in VIES</source>
            <translation>VIES-də son yoxlama</translation>
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
            <translation>Etibarnamə №</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Etibarnamənin tarixi</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Qeydiyyat nömrəsi</translation>
        </message>
        <message>
            <source>Requisites for documents</source>
            <translation>Sənədlər üçün rekvizitlər</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>SWIFT/BIC kodu</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Hesablaşma hesabı (р/с)</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>İmza edən</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>İmza edənin vəzifəsi</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Fəaliyyət əsası</translation>
        </message>
        <message>
            <source>VAT regime</source>
            <translation>ƏDV rejimi</translation>
        </message>
        <message>
            <source>Who signs for the client, and on what authority:</source>
            <translation>Müştəri adından kim və hansı səlahiyyətlə imzalayır:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>etibarnamə (доверенность)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>tam ad</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>qeydə alınmayıb</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>nizamnamə (Устав)</translation>
        </message>
        <message>
            <source>with the country prefix</source>
            <translation>ölkə prefiksi ilə</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>A new meeting starts on the next working day, at the start of the day.</source>
            <translation>Yeni görüş növbəti iş gününə, iş gününün əvvəlinə təyin olunur.</translation>
        </message>
        <message>
            <source>Block when an invoice is overdue by more than (days)</source>
            <translation>Hesab-fakturanın vaxtı bu qədər gündən çox keçdikdə blokla</translation>
        </message>
        <message>
            <source>Credit control</source>
            <translation>Kredit nəzarəti</translation>
        </message>
        <message>
            <source>Credit control runs when an order is confirmed: it is blocked when the client's exposure (what it owes, its open orders and this order) goes over its credit limit, or when one of its invoices is overdue by more than the days below. A block can be overridden with the name of who approved it and why.</source>
            <translation>Kredit nəzarəti sifariş təsdiq edildikdə işləyir: müştərinin risk məbləği (borcu, açıq sifarişləri və bu sifariş) kredit limitini keçdikdə və ya hesab-fakturalarından birinin vaxtı aşağıdakı gün sayından çox keçdikdə sifariş bloklanır. Blokdan kimin və niyə icazə verdiyini göstərməklə yan keçmək olar.</translation>
        </message>
        <message>
            <source>Credit limit ({currency})</source>
            <translation>Kredit limiti ({currency})</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>İş gününün sonu</translation>
        </message>
        <message>
            <source>Day starts</source>
            <translation>İş gününün başlanğıcı</translation>
        </message>
        <message>
            <source>Days overdue before a block are 0 to 365.</source>
            <translation>Blokdan əvvəl gecikmə günləri 0-dan 365-ə qədərdir.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Yeni müştərilər</translation>
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation>Ödəniş müddəti (gün)</translation>
        </message>
        <message>
            <source>Sales rules</source>
            <translation>Satış qaydaları</translation>
        </message>
        <message>
            <source>These rules are the team's: they travel with the data to every laptop.</source>
            <translation>Bu qaydalar komandanındır: məlumatlarla birlikdə hər noutbuka keçir.</translation>
        </message>
        <message>
            <source>Type a number of days, 0 or more.</source>
            <translation>Gün sayını daxil edin, 0 və ya daha çox.</translation>
        </message>
        <message>
            <source>What a new client starts with; its dossier's terms can change it. A client in another currency gets the limit converted at the day's rate, rounded down (no limit when there is no rate). Empty: no limit.</source>
            <translation>Yeni müştəri bu şərtlərlə başlayır; dosyedəki şərtlərdə dəyişdirilə bilər. Başqa valyutadakı müştəri üçün limit günün məzənnəsi ilə çevrilir və aşağı yuvarlaqlaşdırılır (məzənnə yoxdursa, limit yoxdur). Boş: limit yoxdur.</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>İş günləri</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>İş vaxtı</translation>
        </message>
    </context>
    <context>
        <name>ScheduleSection</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n zəng</numerusform>
                <numerusform>%n zəng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n üst-üstə düşmə</numerusform>
                <numerusform>%n üst-üstə düşmə</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n görüş</numerusform>
                <numerusform>%n görüş</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not ready</source>
            <translation>
                <numerusform>%n hazır deyil</numerusform>
                <numerusform>%n hazır deyil</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Schedule&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Qrafik&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Təqvim faylları (*.ics)</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Müddət, dəqiqə</translation>
        </message>
        <message>
            <source>Export the week as a calendar file</source>
            <translation>Həftəni təqvim faylı kimi ixrac et</translation>
        </message>
        <message>
            <source>Export week (.ics)…</source>
            <translation>Həftəni ixrac et (.ics)…</translation>
        </message>
        <message>
            <source>It now clashes: {what}</source>
            <translation>İndi üst-üstə düşür: {what}</translation>
        </message>
        <message>
            <source>New call…</source>
            <translation>Yeni zəng…</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Yeni görüş…</translation>
        </message>
        <message>
            <source>Next week (Alt+Right)</source>
            <translation>Növbəti həftə (Alt+Sağ)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>İxrac edilmədi</translation>
        </message>
        <message>
            <source>Nothing planned this week</source>
            <translation>Bu həftə heç nə planlaşdırılmayıb</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
        <message>
            <source>Previous week (Alt+Left)</source>
            <translation>Əvvəlki həftə (Alt+Sol)</translation>
        </message>
        <message>
            <source>Print week…</source>
            <translation>Həftəni çap et…</translation>
        </message>
        <message>
            <source>Save the week's meetings and calls as a file for a phone or mail calendar</source>
            <translation>Həftənin görüş və zənglərini telefon və ya poçt təqvimi üçün fayl kimi yadda saxla</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Başlanğıc</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>Fayl yazıla bilmədi: {error}</translation>
        </message>
        <message>
            <source>The week on one page: preview, print or save</source>
            <translation>Həftə bir səhifədə: önbaxış, çap və ya yadda saxlama</translation>
        </message>
        <message>
            <source>This week, today chosen</source>
            <translation>Bu həftə, bu gün seçilib</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bu gün</translation>
        </message>
        <message numerus="yes">
            <source>Week {week} saved to {path}: %n calendar event(s)</source>
            <translation>
                <numerusform>Həftə {week} {path} faylında yadda saxlanıldı: %n təqvim hadisəsi</numerusform>
                <numerusform>Həftə {week} {path} faylında yadda saxlanıldı: %n təqvim hadisəsi</numerusform>
            </translation>
        </message>
        <message>
            <source>Week {week} · {span}</source>
            <translation>Həftə {week} · {span}</translation>
        </message>
        <message>
            <source>all ready</source>
            <translation>hamısı hazırdır</translation>
        </message>
        <message>
            <source>{day}: nothing planned. Double-click the week to add a meeting.</source>
            <translation>Heç nə planlaşdırılmayıb ({day}). Görüş əlavə etmək üçün həftəyə iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>{day}: {count}</source>
            <translation>{day}: {count}</translation>
        </message>
        <message>
            <source>“{subject}” now {day} {start}–{end}.</source>
            <translation>“{subject}” indi {day} {start}–{end}.</translation>
        </message>
    </context>
    <context>
        <name>ServerSyncDialog</name>
        <message>
            <source>Sends the team server this laptop's changes and brings the team's. Give the server's address as your administrator wrote it.</source>
            <translation>Bu noutbukun dəyişikliklərini komanda serverinə göndərir və komandanın dəyişikliklərini gətirir. Serverin ünvanını inzibatçınızın yazdığı kimi daxil edin.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinxronizasiya et</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Serverlə sinxronizasiya</translation>
        </message>
        <message>
            <source>The password is not part of the address: PostgreSQL's password file (pgpass) or service file gives it, and kamdesk never stores it.</source>
            <translation>Parol ünvanın bir hissəsi deyil: onu PostgreSQL-in parol faylı (pgpass) və ya xidmət faylı verir, kamdesk isə onu heç vaxt saxlamır.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>A document's preview</source>
            <translation>Sənədə önbaxış</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>An order</source>
            <translation>Sifariş</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Şirkət parametrləri</translation>
        </message>
        <message>
            <source>Confirm (credit control runs)</source>
            <translation>Təsdiqlə (kredit nəzarəti ilə)</translation>
        </message>
        <message>
            <source>Delete the product (asks first)</source>
            <translation>Məhsulu sil (əvvəlcə soruşur)</translation>
        </message>
        <message>
            <source>Deliver</source>
            <translation>Çatdır</translation>
        </message>
        <message>
            <source>Everywhere in the main window</source>
            <translation>Əsas pəncərənin hər yerində</translation>
        </message>
        <message>
            <source>In a line: take the product, move on</source>
            <translation>Sətirdə: məhsulu götür, irəli keç</translation>
        </message>
        <message>
            <source>Invoice (asks first)</source>
            <translation>Hesab-faktura yaz (əvvəlcə soruşur)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Çap et</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Məhsullar</translation>
        </message>
        <message>
            <source>Put back the line removed last</source>
            <translation>Son silinən sətri geri qaytar</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Çıxış</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Təkrarla</translation>
        </message>
        <message>
            <source>Remove the line (asks first)</source>
            <translation>Sətri sil (əvvəlcə soruşur)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF kimi saxla</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Görüşü saxla</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Sifarişi saxla</translation>
        </message>
        <message>
            <source>Save the order (keypad Enter)</source>
            <translation>Sifarişi saxla (rəqəm klaviaturasının Enter-i)</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Qrafik</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Müştəriləri axtar</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Göndər</translation>
        </message>
        <message>
            <source>The guide, at this window's task</source>
            <translation>Bələdçi: bu pəncərənin işi</translation>
        </message>
        <message>
            <source>The guide: the main tasks step by step</source>
            <translation>Bələdçi: əsas işlər addım-addım</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>Növbəti həftə</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>Əvvəlki həftə</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>Bu qısayollar siyahısı</translation>
        </message>
        <message>
            <source>Undo (a move in the week, a deletion)</source>
            <translation>Geri al (həftədə köçürmə, silmə)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Böyüt</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Kiçilt</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Does</source>
            <translation>Nə edir</translation>
        </message>
        <message>
            <source>Find a shortcut: a word or a key</source>
            <translation>Qısayol tap: söz və ya düymə</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Klaviatura qısayolları</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Düymələr</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Harada</translation>
        </message>
    </context>
    <context>
        <name>SpecialPriceDialog</name>
        <message>
            <source>Dates not set: the price holds from always / until further notice. The client pays the lowest price it is entitled to: a special price above its column price changes nothing.</source>
            <translation>Tarix təyin edilməyibsə, qiymət istənilən vaxtdan / yeni bildirişədək qüvvədədir. Müştəri haqqı olan ən aşağı qiyməti ödəyir: qiymət növü qiymətindən yüksək xüsusi qiymət heç nəyi dəyişmir.</translation>
        </message>
        <message>
            <source>New special price</source>
            <translation>Yeni xüsusi qiymət</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>“{text}” ilə tək bir məhsul uyğun gəlmir: siyahıdan birini seçin.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price *</source>
            <translation>Qiymət *</translation>
        </message>
        <message>
            <source>Product *</source>
            <translation>Məhsul *</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Xüsusi qiymət</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Başlama tarixi</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Bitmə tarixi</translation>
        </message>
        <message>
            <source>e.g. framework contract 2026</source>
            <translation>məs. 2026 çərçivə müqaviləsi</translation>
        </message>
    </context>
    <context>
        <name>StaleBlock</name>
        <message numerus="yes">
            <source>%n day(s) since the last meeting or call</source>
            <translation>
                <numerusform>son görüş və ya zəngdən %n gün keçib</numerusform>
                <numerusform>son görüş və ya zəngdən %n gün keçib</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every key client was met or called in the last %n day(s).</source>
            <translation>
                <numerusform>Hər əsas müştəri ilə son %n gündə görüşülüb və ya zəng edilib.</numerusform>
                <numerusform>Hər əsas müştəri ilə son %n gündə görüşülüb və ya zəng edilib.</numerusform>
            </translation>
        </message>
        <message>
            <source>Key clients not contacted</source>
            <translation>Əlaqə saxlanılmamış əsas müştərilər</translation>
        </message>
        <message>
            <source>No key clients yet: record a key reason in a client's dossier, or wait for revenue to make one key.</source>
            <translation>Hələ əsas müştəri yoxdur: müştərinin dosyesində əsas olma səbəbini qeyd edin və ya gəlirin onu əsas etməsini gözləyin.</translation>
        </message>
        <message numerus="yes">
            <source>No meeting or call held in more than %n day(s).</source>
            <translation>
                <numerusform>%n gündən çoxdur görüş və ya zəng olmayıb.</numerusform>
                <numerusform>%n gündən çoxdur görüş və ya zəng olmayıb.</numerusform>
            </translation>
        </message>
        <message>
            <source>never met or called</source>
            <translation>heç vaxt görüşülməyib və ya zəng edilməyib</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… və daha %n</numerusform>
                <numerusform>… və daha %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message numerus="yes">
            <source>%n document(s) in the period.</source>
            <translation>
                <numerusform>Dövrdə %n sənəd.</numerusform>
                <numerusform>Dövrdə %n sənəd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Son rüb</translation>
        </message>
        <message>
            <source>Making the statement…</source>
            <translation>Üzləşmə aktı hazırlanır…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Yadda saxlanılmadı</translation>
        </message>
        <message>
            <source>On {day} neither side owes the other.</source>
            <translation>{day} tarixinə tərəflərin bir-birinə borcu yoxdur.</translation>
        </message>
        <message>
            <source>On {day} we owe {client} {amount} (its credit).</source>
            <translation>{day} tarixinə biz {client} müştərisinə {amount} borcluyuq (onun avansı).</translation>
        </message>
        <message>
            <source>On {day} {client} owes us {amount}.</source>
            <translation>{day} tarixinə {client} bizə {amount} borcludur.</translation>
        </message>
        <message>
            <source>Open the statement in your PDF viewer</source>
            <translation>Üzləşmə aktını PDF baxıcınızda açın</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>PDF baxıcınızda açıldı: oradan çap edin.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF sənədləri (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önbaxış</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Çap et…</translation>
        </message>
        <message>
            <source>Reconciliation statement</source>
            <translation>Üzləşmə aktı</translation>
        </message>
        <message>
            <source>Reconciliation statement: {client}</source>
            <translation>Üzləşmə aktı: {client}</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Fərqli yadda saxla…</translation>
        </message>
        <message>
            <source>Save the statement as</source>
            <translation>Üzləşmə aktını belə yadda saxla</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Yadda saxlanıldı: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Printerə göndərildi.</translation>
        </message>
        <message>
            <source>The period must start before it ends.</source>
            <translation>Dövr bitməzdən əvvəl başlamalıdır.</translation>
        </message>
        <message>
            <source>Type the client's name and choose it from the list.</source>
            <translation>Müştərinin adını yazın və siyahıdan seçin.</translation>
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <source>Remove this step</source>
            <translation>Bu addımı sil</translation>
        </message>
        <message>
            <source>What is to be done (send the offer, call back…)</source>
            <translation>Nə edilməlidir (təklifi göndərmək, geri zəng etmək…)</translation>
        </message>
        <message>
            <source>due</source>
            <translation>son tarix</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>(not a reason)</source>
            <translation>(səbəb deyil)</translation>
        </message>
        <message>
            <source>Budget for our category, per year</source>
            <translation>Kateqoriyamız üçün illik büdcə</translation>
        </message>
        <message>
            <source>Development plans</source>
            <translation>İnkişaf planları</translation>
        </message>
        <message>
            <source>Innovator: tries new products first</source>
            <translation>Novator: yeni məhsulları ilk sınayır</translation>
        </message>
        <message>
            <source>More competent than us: teaches us standards</source>
            <translation>Bizdən səriştəli: bizə standartları öyrədir</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Ehtiyaclar</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Qeydlər</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>İmkanlar</translation>
        </message>
        <message>
            <source>Partner: shares plans and budgets openly</source>
            <translation>Tərəfdaş: planlarını və büdcələrini açıq bölüşür</translation>
        </message>
        <message>
            <source>Potential: has need and budget, buys little from us yet</source>
            <translation>Potensial: ehtiyacı və büdcəsi var, hələ bizdən az alır</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemlər</translation>
        </message>
        <message>
            <source>Reference: a name that helps win others</source>
            <translation>Referens: digərlərini qazanmağa kömək edən ad</translation>
        </message>
        <message>
            <source>Revenue share: brings a large share of our income</source>
            <translation>Gəlir payı: gəlirimizin böyük payını gətirir</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Save strategy</source>
            <translation>Strategiyanı yadda saxla</translation>
        </message>
        <message>
            <source>Say in a sentence why this reason applies.</source>
            <translation>Bu səbəbin niyə tətbiq olunduğunu bir cümlə ilə deyin.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Güclü tərəflər</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Təhdidlər</translation>
        </message>
        <message>
            <source>Vision and priorities</source>
            <translation>Vizyon və prioritetlər</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Zəif tərəflər</translation>
        </message>
        <message>
            <source>Why this client is key</source>
            <translation>Bu müştəri niyə əsasdır</translation>
        </message>
        <message>
            <source>why, in a sentence</source>
            <translation>niyə, bir cümlə ilə</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message numerus="yes">
            <source>%n record(s) written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</source>
            <translation>
                <numerusform>%n qeyd {path} faylına yazıldı.

Bu faylı {to} üçün verin: orada Faylı idxal et… ilə və eyni şifrə ifadəsi ilə idxal edilir.</numerusform>
                <numerusform>%n qeyd {path} faylına yazıldı.

Bu faylı {to} üçün verin: orada Faylı idxal et… ilə və eyni şifrə ifadəsi ilə idxal edilir.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Sinxronizasiya&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Həll olunmalı ziddiyyətlər</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Hazırdır.</translation>
        </message>
        <message>
            <source>Done: kept “{v}”.</source>
            <translation>Hazırdır: “{v}” saxlanıldı.</translation>
        </message>
        <message>
            <source>Done: the record is deleted.</source>
            <translation>Hazırdır: qeyd silindi.</translation>
        </message>
        <message>
            <source>Done: the record is kept.</source>
            <translation>Hazırdır: qeyd saxlanıldı.</translation>
        </message>
        <message>
            <source>Done: the value is now “{v}”.</source>
            <translation>Hazırdır: yeni dəyər “{v}”.</translation>
        </message>
        <message>
            <source>Exchanging changes with the team server…</source>
            <translation>Komanda serveri ilə dəyişikliklər mübadilə edilir…</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Fayla ixrac et</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Fayla ixrac et…</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>İxrac edildi</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fayl</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Tarixçə</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Faylı idxal et</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Faylı idxal et…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>İdxal edildi</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} idxal edilir…</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Noutbuk</translation>
        </message>
        <message>
            <source>Last received from it</source>
            <translation>Ondan sonuncu alınan</translation>
        </message>
        <message>
            <source>Last sent to it</source>
            <translation>Ona sonuncu göndərilən</translation>
        </message>
        <message>
            <source>No file exported or imported yet.</source>
            <translation>Hələ heç bir fayl ixrac və ya idxal edilməyib.</translation>
        </message>
        <message>
            <source>No other laptop yet. Export a full file to set up a colleague's laptop: choose “A new laptop (everything)”.</source>
            <translation>Hələ başqa noutbuk yoxdur. Həmkarın noutbukunu qurmaq üçün tam fayl ixrac edin: “Yeni noutbuk (hər şey)” seçin.</translation>
        </message>
        <message>
            <source>Other laptops</source>
            <translation>Digər noutbuklar</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} oxunur…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Alındı</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Göndərildi</translation>
        </message>
        <message>
            <source>Sent or received</source>
            <translation>Göndərilib və ya alınıb</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Serverlə sinxronizasiya</translation>
        </message>
        <message>
            <source>Sync with the server…</source>
            <translation>Serverlə sinxronizasiya et…</translation>
        </message>
        <message>
            <source>Synced with the server</source>
            <translation>Serverlə sinxronizasiya edildi</translation>
        </message>
        <message>
            <source>The team's laptops share their data through the team server (Sync with the server…) or through files: export one for a colleague, import the ones you receive. Files use the team's passphrase.</source>
            <translation>Komandanın noutbukları məlumatlarını komanda serveri («Serverlə sinxronizasiya et…») və ya fayllar vasitəsilə paylaşır: həmkar üçün fayl ixrac edin, aldıqlarınızı idxal edin. Fayllar komandanın şifrə ifadəsindən istifadə edir.</translation>
        </message>
        <message>
            <source>This laptop: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Bu noutbuk: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Göndərilməyi gözləyir</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nə</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Nə vaxt</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} yazılır…</translation>
        </message>
        <message>
            <source>a new laptop</source>
            <translation>yeni noutbuk</translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>başqa noutbuk</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync);;All files (*)</source>
            <translation>kamdesk sinxronizasiya faylları (*.kamsync);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>the new laptop</source>
            <translation>yeni noutbuk</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>adsız</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n qeyd</numerusform>
                <numerusform>%n qeyd</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on two laptops at once to different values.</source>
            <translation>Eyni vaxtda iki noutbukda fərqli dəyərlərlə dəyişdirilib.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Client in a promotion</source>
            <translation>Aksiyadakı müştəri</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Müştərilər</translation>
        </message>
        <message>
            <source>Clients in promotions</source>
            <translation>Aksiyalardakı müştərilər</translation>
        </message>
        <message>
            <source>Column price</source>
            <translation>Qiymət növü üzrə qiymət</translation>
        </message>
        <message>
            <source>Column prices</source>
            <translation>Qiymət növləri üzrə qiymətlər</translation>
        </message>
        <message>
            <source>Company profile</source>
            <translation>Şirkət profili</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Rəqib</translation>
        </message>
        <message>
            <source>Competitor at a client</source>
            <translation>Müştəridəki rəqib</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Rəqiblər</translation>
        </message>
        <message>
            <source>Competitors at clients</source>
            <translation>Müştərilərdəki rəqiblər</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Şikayət</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Şikayətlər</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Əlaqə şəxsi</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Əlaqə şəxsləri</translation>
        </message>
        <message>
            <source>Deleted on one laptop while edited on another.</source>
            <translation>Bir noutbukda silinib, digərində isə redaktə edilib.</translation>
        </message>
        <message>
            <source>Deleted on one laptop, but another laptop added something to it, so it came back.</source>
            <translation>Bir noutbukda silinib, lakin digər noutbuk ona nəsə əlavə edib, ona görə geri qayıdıb.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Sənəd</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Sənədlər</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Hesab-faktura</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Hesab-fakturalar</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>KAM assignment</source>
            <translation>KAM təyinatı</translation>
        </message>
        <message>
            <source>KAM assignments</source>
            <translation>KAM təyinatları</translation>
        </message>
        <message>
            <source>KAMs</source>
            <translation>KAM-lar</translation>
        </message>
        <message>
            <source>Key-client reason</source>
            <translation>Əsas müştəri səbəbi</translation>
        </message>
        <message>
            <source>Key-client reasons</source>
            <translation>Əsas müştəri səbəbləri</translation>
        </message>
        <message>
            <source>Made twice, on two laptops: the two records are one in fact.</source>
            <translation>İki noutbukda iki dəfə yaradılıb: iki qeyd əslində birdir.</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Görüş iştirakçısı</translation>
        </message>
        <message>
            <source>Meeting attendees</source>
            <translation>Görüş iştirakçıları</translation>
        </message>
        <message>
            <source>Meeting or task</source>
            <translation>Görüş və ya tapşırıq</translation>
        </message>
        <message>
            <source>Meeting question</source>
            <translation>Görüş sualı</translation>
        </message>
        <message>
            <source>Meeting questions</source>
            <translation>Görüş sualları</translation>
        </message>
        <message>
            <source>Meetings and tasks</source>
            <translation>Görüşlər və tapşırıqlar</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Etiraz</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Etirazlar</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Sifariş</translation>
        </message>
        <message>
            <source>Order history entries</source>
            <translation>Sifariş tarixçəsi qeydləri</translation>
        </message>
        <message>
            <source>Order history entry</source>
            <translation>Sifariş tarixçəsi qeydi</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Sifariş sətri</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Sifariş sətirləri</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Sifarişlər</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Ödəniş</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Ödənişlər</translation>
        </message>
        <message>
            <source>Payments allocated to this invoice (here and on another laptop) add up to more than it asked. The excess is kept as the client's credit: undo the allocation that went over in Receivables and allocate it elsewhere.</source>
            <translation>Bu hesab-fakturaya bölüşdürülmüş ödənişlər (burada və digər noutbukda) onun məbləğindən çoxdur. Artıq məbləğ müştərinin avansı kimi saxlanılır: Debitor borcu bölməsində həddi aşan bölüşdürməni ləğv edin və onu başqa yerə bölüşdürün.</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Qiymət növü</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Qiymət növləri</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Məhsul kateqoriyaları</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Məhsul kateqoriyası</translation>
        </message>
        <message>
            <source>Product in a promotion</source>
            <translation>Aksiyadakı məhsul</translation>
        </message>
        <message>
            <source>Product on an agenda</source>
            <translation>Gündəlikdəki məhsul</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Məhsullar</translation>
        </message>
        <message>
            <source>Products in promotions</source>
            <translation>Aksiyalardakı məhsullar</translation>
        </message>
        <message>
            <source>Products on agendas</source>
            <translation>Gündəliklərdəki məhsullar</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Aksiya</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Aksiyalar</translation>
        </message>
        <message>
            <source>Quantity break</source>
            <translation>Miqdar pilləsi</translation>
        </message>
        <message>
            <source>Quantity breaks</source>
            <translation>Miqdar pillələri</translation>
        </message>
        <message>
            <source>Relation between contacts</source>
            <translation>Əlaqə şəxsləri arasında əlaqə</translation>
        </message>
        <message>
            <source>Relations between contacts</source>
            <translation>Əlaqə şəxsləri arasında əlaqələr</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Qaytarma</translation>
        </message>
        <message>
            <source>Return line</source>
            <translation>Qaytarma sətri</translation>
        </message>
        <message>
            <source>Return lines</source>
            <translation>Qaytarma sətirləri</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Qaytarmalar</translation>
        </message>
        <message>
            <source>Sales plan</source>
            <translation>Satış planı</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Satış planları</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Parametr</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Parametrlər</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Xüsusi qiymət</translation>
        </message>
        <message>
            <source>Special prices</source>
            <translation>Xüsusi qiymətlər</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Komanda</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Komandalar</translation>
        </message>
        <message>
            <source>The order's lines were changed on two laptops at once: it now holds both, and its totals add up. Keep it as merged, or also get the other version back as a new draft.</source>
            <translation>Sifarişin sətirləri eyni vaxtda iki noutbukda dəyişdirilib: indi hər ikisini ehtiva edir və cəmləri uyğundur. Onu birləşdirilmiş kimi saxlayın və ya digər versiyanı da yeni qaralama kimi geri qaytarın.</translation>
        </message>
        <message>
            <source>The same order was invoiced on two laptops.</source>
            <translation>Eyni sifariş iki noutbukda hesab-faktura ilə rəsmiləşdirilib.</translation>
        </message>
        <message>
            <source>Two different records carry the same number.</source>
            <translation>İki fərqli qeyd eyni nömrəni daşıyır.</translation>
        </message>
        <message>
            <source>Two laptops disagree about this record.</source>
            <translation>İki noutbuk bu qeyd barədə razılaşmır.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>əlavə edilib</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>dəyişdirilib</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>silinib</translation>
        </message>
        <message>
            <source>everything (a full file)</source>
            <translation>hər şey (tam fayl)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>heç vaxt</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>heç nə</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>yeni heç nə yoxdur</translation>
        </message>
        <message>
            <source>nothing: up to date</source>
            <translation>heç nə: aktualdır</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>bütün qeyd</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV, comma separated (*.csv)</source>
            <translation>CSV, vergüllə ayrılmış (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>{path} yazıla bilmədi: {why}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel kitabı (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Cədvəli ixrac et</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtrlər</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>İxrac edilmədi</translation>
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Bu dövr üçün göstəriləcək heç nə yoxdur.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Səhifə {page} / {pages}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Çap edilib</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
    </context>
    <context>
        <name>TasksBlock</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>vaxtı %n gün keçib</numerusform>
                <numerusform>vaxtı %n gün keçib</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in the next 7 days (%n)</source>
            <translation>
                <numerusform>Növbəti 7 gündə son tarix (%n)</numerusform>
                <numerusform>Növbəti 7 gündə son tarix (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Edildi kimi qeyd et</translation>
        </message>
        <message>
            <source>Mark done: {task}</source>
            <translation>Edildi kimi qeyd et: {task}</translation>
        </message>
        <message>
            <source>No tasks overdue or due in the next 7 days.</source>
            <translation>Vaxtı keçmiş və ya növbəti 7 gündə son tarixi olan tapşırıq yoxdur.</translation>
        </message>
        <message numerus="yes">
            <source>Overdue (%n)</source>
            <translation>
                <numerusform>Vaxtı keçmiş (%n)</numerusform>
                <numerusform>Vaxtı keçmiş (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tapşırıqlar</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bu gün</translation>
        </message>
        <message>
            <source>agreed at “{meeting}”</source>
            <translation>“{meeting}” görüşündə razılaşdırılıb</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… və daha %n</numerusform>
                <numerusform>… və daha %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermsPage</name>
        <message numerus="yes">
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>Bu gün qüvvədə olan %n xüsusi qiymət</numerusform>
                <numerusform>Bu gün qüvvədə olan %n xüsusi qiymət</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n special price(s): {current} valid today, {others} outside their dates</source>
            <translation>
                <numerusform>%n xüsusi qiymət: bu gün qüvvədə olan {current}, tarixlərindən kənarda {others}</numerusform>
                <numerusform>%n xüsusi qiymət: bu gün qüvvədə olan {current}, tarixlərindən kənarda {others}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{price}&lt;/b&gt; per {unit} for {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Compared: {compared}&lt;/span&gt;</source>
            <translation>{qty} üçün hər {unit} &lt;b&gt;{price}&lt;/b&gt;&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Müqayisə edilib: {compared}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Əlavə et…</translation>
        </message>
        <message>
            <source>Azerbaijani (azərbaycanca)</source>
            <translation>Azərbaycanca</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Yoxla</translation>
        </message>
        <message>
            <source>Commercial terms</source>
            <translation>Kommersiya şərtləri</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Kredit limiti</translation>
        </message>
        <message>
            <source>Credit limit, {currency}</source>
            <translation>Kredit limiti, {currency}</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Sənədlərin dili</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redaktə et…</translation>
        </message>
        <message>
            <source>English</source>
            <translation>İngiliscə</translation>
        </message>
        <message>
            <source>Hungarian (magyar)</source>
            <translation>Macarca (magyar)</translation>
        </message>
        <message>
            <source>Italian (italiano)</source>
            <translation>İtalyanca (italiano)</translation>
        </message>
        <message>
            <source>Largest line discount, %</source>
            <translation>Sətir üzrə ən böyük endirim, %</translation>
        </message>
        <message>
            <source>Not valid today</source>
            <translation>Bu gün qüvvədə deyil</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
                <numerusform>Heç nə yadda saxlanılmadı: işarələnmiş %n sahəni düzəldin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment terms, days</source>
            <translation>Ödəniş müddəti, gün</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Qiymət</translation>
        </message>
        <message>
            <source>Price check</source>
            <translation>Qiymət yoxlaması</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Qiymət növü</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Remove special price</source>
            <translation>Xüsusi qiyməti sil</translation>
        </message>
        <message>
            <source>Remove the special price {price} for {sku} {name}?</source>
            <translation>{sku} {name} üçün {price} xüsusi qiyməti silinsin?</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>Russian (русский)</source>
            <translation>Rusca (русский)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikul</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Şərtləri yadda saxla</translation>
        </message>
        <message>
            <source>Special prices for this client</source>
            <translation>Bu müştəri üçün xüsusi qiymətlər</translation>
        </message>
        <message>
            <source>Terms saved.</source>
            <translation>Şərtlər saxlanıldı.</translation>
        </message>
        <message>
            <source>Type an SKU or a name and pick the product.</source>
            <translation>Artikul və ya ad yazın və məhsulu seçin.</translation>
        </message>
        <message>
            <source>Type the quantity.</source>
            <translation>Miqdarı daxil edin.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Başlama tarixi</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Bitmə tarixi</translation>
        </message>
        <message>
            <source>above it, a discount needs approval</source>
            <translation>ondan yuxarı endirim təsdiq tələb edir</translation>
        </message>
        <message>
            <source>empty: no limit · 0: prepayment only</source>
            <translation>boş: limit yoxdur · 0: yalnız qabaqcadan ödəniş</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>miqdar</translation>
        </message>
        <message>
            <source>{name} ({percent} off)</source>
            <translation>{name} ({percent} endirim)</translation>
        </message>
        <message>
            <source>— none: base prices —</source>
            <translation>— yoxdur: baza qiymətləri —</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>This field holds at most %1 characters; longer text cannot be saved.</source>
            <translation>Bu sahə ən çox %1 simvol saxlayır; daha uzun mətn yadda saxlanıla bilməz.</translation>
        </message>
        <message>
            <source>Too long to save: %1 characters, at most %2.</source>
            <translation>Yadda saxlamaq üçün çox uzundur: %1 simvol, ən çox %2.</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>&lt;b&gt;Key-client thresholds&lt;/b&gt;</source>
            <translation>&lt;b&gt;Əsas müştəri hədləri&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Critical dependency above, %</source>
            <translation>Kritik asılılıq, bundan yuxarı, %</translation>
        </message>
        <message>
            <source>Dossier stale after, days without contact</source>
            <translation>Dosye köhnəlir, əlaqəsiz gün sayı</translation>
        </message>
        <message>
            <source>Key client above, % of revenue</source>
            <translation>Əsas müştəri, bundan yuxarı, gəlirin %-i</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least</source>
            <translation>Gəliri ən azı bu qədər olan da əsas müştəridir</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least, {currency}</source>
            <translation>Gəliri ən azı bu qədər olan da əsas müştəridir, {currency}</translation>
        </message>
        <message>
            <source>Mono-client above, %</source>
            <translation>Mono-müştəri, bundan yuxarı, %</translation>
        </message>
        <message>
            <source>Must not be below the critical share.</source>
            <translation>Kritik paydan aşağı olmamalıdır.</translation>
        </message>
        <message>
            <source>Must not be below the key-client share.</source>
            <translation>Əsas müştəri payından aşağı olmamalıdır.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked fields.</source>
            <translation>Heç nə yadda saxlanılmadı: işarələnmiş sahələri düzəldin.</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>Hədləri yadda saxla</translation>
        </message>
        <message>
            <source>Shared with the team; the share is of revenue in the period.</source>
            <translation>Komanda ilə paylaşılır; pay dövrdəki gəlirdəndir.</translation>
        </message>
        <message>
            <source>Type a percentage above 0 and up to 100, e.g. 10.</source>
            <translation>0-dan yuxarı və 100-ə qədər faiz daxil edin, məs. 10.</translation>
        </message>
        <message>
            <source>Type a whole number of days from 1 to 3650.</source>
            <translation>1-dən 3650-yə qədər tam gün sayı daxil edin.</translation>
        </message>
        <message>
            <source>Type an amount above zero, such as 5000000 or %1, or leave it empty.</source>
            <translation>Sıfırdan böyük məbləğ daxil edin, məs. 5000000 və ya %1, yaxud boş saxlayın.</translation>
        </message>
        <message>
            <source>optional, e.g. 5 000 000</source>
            <translation>ixtiyari, məs. 5 000 000</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Bu gün&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Critical dependency</source>
            <translation>Kritik asılılıq</translation>
        </message>
        <message>
            <source>Key clients by share</source>
            <translation>Pay üzrə əsas müştərilər</translation>
        </message>
        <message>
            <source>Key-client alerts</source>
            <translation>Əsas müştəri xəbərdarlıqları</translation>
        </message>
        <message>
            <source>Mono-client</source>
            <translation>Mono-müştəri</translation>
        </message>
        <message>
            <source>No alerts: no client brings more than {limit} of revenue in the last 12 months.</source>
            <translation>Xəbərdarlıq yoxdur: son 12 ayda heç bir müştəri gəlirin {limit} həddindən artıq hissəsini gətirmir.</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Son 12 ayda hesab-faktura üzrə gəlir yoxdur.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Verilənlər bazası açılır…</translation>
        </message>
        <message>
            <source>Share of invoiced revenue from {start} to {end}. Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>{start} – {end} dövründə hesab-faktura üzrə gəlirin payı. Məbləğlər {currency} ilə, hər hesab-fakturanın tarixindəki məzənnə ilə.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: losing it would hurt badly.</source>
            <translation>{name} gəlirimizin {share} hissəsini gətirir, {limit} həddindən çox: onu itirmək ciddi zərər vurar.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: the business depends on one client.</source>
            <translation>{name} gəlirimizin {share} hissəsini gətirir, {limit} həddindən çox: biznes bir müştəridən asılıdır.</translation>
        </message>
    </context>
    <context>
        <name>TopCausesPanel</name>
        <message>
            <source>&lt;b&gt;Top causes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Əsas səbəblər&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Act first on &lt;b&gt;{reason}&lt;/b&gt;: {share} of losses — {detail}.</source>
            <translation>Əvvəlcə &lt;b&gt;{reason}&lt;/b&gt; üzrə tədbir görün: itkilərin {share} hissəsi — {detail}.</translation>
        </message>
        <message>
            <source>Nothing was refused or returned in the period.</source>
            <translation>Dövrdə heç nədən imtina edilməyib və heç nə qaytarılmayıb.</translation>
        </message>
        <message>
            <source>Share of all refused and returned value in the period.</source>
            <translation>Dövrdə imtina edilmiş və qaytarılmış bütün dəyərdə pay.</translation>
        </message>
        <message>
            <source>{reason}: {share} of losses — {detail}</source>
            <translation>{reason}: itkilərin {share} hissəsi — {detail}</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>%n deleted record(s). Each is kept at least {days} days; after that sync may remove it for good.</source>
            <translation>
                <numerusform>%n silinmiş qeyd. Hər biri ən azı {days} gün saxlanılır; bundan sonra sinxronizasiya onu həmişəlik silə bilər.</numerusform>
                <numerusform>%n silinmiş qeyd. Hər biri ən azı {days} gün saxlanılır; bundan sonra sinxronizasiya onu həmişəlik silə bilər.</numerusform>
            </translation>
        </message>
        <message>
            <source>A contact's or meeting's client, a product's SKU, a client's city</source>
            <translation>Əlaqə şəxsinin və ya görüşün müştərisi, məhsulun artikulu, müştərinin şəhəri</translation>
        </message>
        <message>
            <source>After this day the next sync may remove it for good</source>
            <translation>Bu gündən sonra növbəti sinxronizasiya onu həmişəlik silə bilər</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Zəng</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Müştəri</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Əlaqə şəxsi</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Silinmə tarixi</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Təfərrüatlar</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Saxlanılır</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Noutbuk</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Past it: the next sync may remove it</source>
            <translation>Müddət keçib: növbəti sinxronizasiya onu silə bilər</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Məhsul</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Bərpa et</translation>
        </message>
        <message>
            <source>Restored: {names}</source>
            <translation>Bərpa edildi: {names}</translation>
        </message>
        <message>
            <source>Search by name, client or SKU</source>
            <translation>Ad, müştəri və ya artikul üzrə axtar</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tapşırıq</translation>
        </message>
        <message>
            <source>The laptop it was deleted on, when sync has told</source>
            <translation>Silindiyi noutbuk, sinxronizasiya bildiribsə</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Zibil qutusu</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nə</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>və daha %n</numerusform>
                <numerusform>və daha %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Zibil qutusu…</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Müddət, dəqiqə</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Təkrarla</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Təkrarla: {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Təkrarlandı: {what}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Başlama</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Geri al</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Geri al: {what}</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Geri alındı: {what}</translation>
        </message>
        <message>
            <source>deletion of call “{name}”</source>
            <translation>“{name}” zənginin silinməsi</translation>
        </message>
        <message>
            <source>deletion of client “{name}”</source>
            <translation>“{name}” müştərisinin silinməsi</translation>
        </message>
        <message>
            <source>deletion of contact “{name}”</source>
            <translation>“{name}” əlaqə şəxsinin silinməsi</translation>
        </message>
        <message>
            <source>deletion of meeting “{name}”</source>
            <translation>“{name}” görüşünün silinməsi</translation>
        </message>
        <message>
            <source>deletion of product “{name}”</source>
            <translation>“{name}” məhsulunun silinməsi</translation>
        </message>
        <message>
            <source>move of call “{subject}”</source>
            <translation>“{subject}” zənginin köçürülməsi</translation>
        </message>
        <message>
            <source>move of meeting “{subject}”</source>
            <translation>“{subject}” görüşünün köçürülməsi</translation>
        </message>
        <message>
            <source>removal of line {n}, {product}</source>
            <translation>{n}-ci sətrin silinməsi, {product}</translation>
        </message>
        <message numerus="yes">
            <source>restore of %n record(s)</source>
            <translation>
                <numerusform>%n qeydin bərpası</numerusform>
                <numerusform>%n qeydin bərpası</numerusform>
            </translation>
        </message>
        <message>
            <source>restore of “{name}”</source>
            <translation>“{name}” bərpası</translation>
        </message>
    </context>
    <context>
        <name>VatRegistrationsEditor</name>
        <message>
            <source>Add a country…</source>
            <translation>Ölkə əlavə et…</translation>
        </message>
        <message>
            <source>None: the company charges VAT only in its own country.</source>
            <translation>Yoxdur: şirkət ƏDV-ni yalnız öz ölkəsində hesablayır.</translation>
        </message>
    </context>
    <context>
        <name>WeekAgenda</name>
        <message>
            <source>+{n} more</source>
            <translation>daha {n}</translation>
        </message>
        <message>
            <source>Agenda {year} week {week}.pdf</source>
            <translation>Gündəlik {year} həftə {week}.pdf</translation>
        </message>
        <message>
            <source>Agenda: {week}</source>
            <translation>Gündəlik: {week}</translation>
        </message>
        <message>
            <source>Client · subject</source>
            <translation>Müştəri · mövzu</translation>
        </message>
        <message>
            <source>Leave {time}</source>
            <translation>Çıxış: {time}</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Yer</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Çap edilib</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Hazırlıq dərəcəsi</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Vaxt</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>heç nə planlaşdırılmayıb</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Attendees: {names}</source>
            <translation>İştirakçılar: {names}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Edildi ✓</translation>
        </message>
        <message>
            <source>Leave by {time} ({minutes} min travel)</source>
            <translation>Çıxış: {time} ({minutes} dəq yol)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Görüş</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Telefonla görüş</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefon zəngi</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Hazırlıq dərəcəsi {score} / 100</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Video zəng</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Video görüş</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>çıxış: {time}</translation>
        </message>
        <message>
            <source>↻ Repeats</source>
            <translation>↻ Təkrarlanır</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Nəsə səhv getdi.</translation>
        </message>
        <message>
            <source>Your saved data is safe. The details were written to the log:
{path}</source>
            <translation>Yadda saxlanılmış məlumatlarınız təhlükəsizdir. Təfərrüatlar jurnala yazıldı:
{path}</translation>
        </message>
    </context>
    <context>
        <name>kamdesk.domain</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ləğv edilib</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Təsdiqlənib</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Zədələnib</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Çatdırılıb</translation>
        </message>
        <message>
            <source>Domestic: the product's rate</source>
            <translation>Daxili: məhsulun dərəcəsi</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Passiv</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Qaralama</translation>
        </message>
        <message>
            <source>EAEU (0 %, for a Russian supplier)</source>
            <translation>Aİİ (0 %, Rusiya təchizatçısı üçün)</translation>
        </message>
        <message>
            <source>Exempt supply (no VAT)</source>
            <translation>ƏDV-dən azad təchizat (ƏDV-siz)</translation>
        </message>
        <message>
            <source>Export (0 %)</source>
            <translation>İxrac (0 %)</translation>
        </message>
        <message>
            <source>From country and VAT number</source>
            <translation>Ölkəyə və ƏDV nömrəsinə görə</translation>
        </message>
        <message>
            <source>Intra-Community supply of goods (exempt)</source>
            <translation>Aİ daxilində malların təchizatı (azad)</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Fakturalanıb</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>İtirilib</translation>
        </message>
        <message>
            <source>Mis-grading</source>
            <translation>Sort uyğunsuzluğu</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Digər</translation>
        </message>
        <message>
            <source>Price dispute</source>
            <translation>Qiymət mübahisəsi</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Potensial</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Keyfiyyət</translation>
        </message>
        <message>
            <source>Services to an EU business (reverse charge)</source>
            <translation>Aİ şirkətinə xidmətlər (əks vergitutma)</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Göndərilib</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Artıq miqdar</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Səhv mal</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>təsdiqləyən</translation>
        </message>
        <message>
            <source>base price</source>
            <translation>baza qiyməti</translation>
        </message>
        <message>
            <source>brief</source>
            <translation>səthi</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>daxili tərəfdar</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritik</translation>
        </message>
        <message>
            <source>decision maker</source>
            <translation>qərar verən</translation>
        </message>
        <message>
            <source>domestic supply</source>
            <translation>daxili təchizat</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>qiymətləndirən</translation>
        </message>
        <message>
            <source>export</source>
            <translation>ixrac</translation>
        </message>
        <message>
            <source>export to the EAEU</source>
            <translation>Aİİ-yə ixrac</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>giriş nəzarətçisi</translation>
        </message>
        <message>
            <source>high</source>
            <translation>yüksək</translation>
        </message>
        <message>
            <source>in depth</source>
            <translation>dərin</translation>
        </message>
        <message>
            <source>intra-Community supply</source>
            <translation>Aİ daxilində təchizat</translation>
        </message>
        <message>
            <source>key</source>
            <translation>əsas</translation>
        </message>
        <message>
            <source>low</source>
            <translation>aşağı</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>orta</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>mono</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neytral</translation>
        </message>
        <message>
            <source>none</source>
            <translation>yoxdur</translation>
        </message>
        <message>
            <source>opponent</source>
            <translation>əleyhdar</translation>
        </message>
        <message>
            <source>price column</source>
            <translation>qiymət növü</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>aksiya</translation>
        </message>
        <message>
            <source>quantity break</source>
            <translation>miqdar pilləsi</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>müntəzəm</translation>
        </message>
        <message>
            <source>reverse charge</source>
            <translation>əks vergitutma</translation>
        </message>
        <message>
            <source>sceptic</source>
            <translation>skeptik</translation>
        </message>
        <message>
            <source>special price</source>
            <translation>xüsusi qiymət</translation>
        </message>
        <message>
            <source>supporter</source>
            <translation>dəstəkçi</translation>
        </message>
        <message>
            <source>typed by hand</source>
            <translation>əl ilə daxil edilib</translation>
        </message>
        <message>
            <source>user</source>
            <translation>istifadəçi</translation>
        </message>
        <message>
            <source>without VAT</source>
            <translation>ƏDV-siz</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Backup restored</source>
            <translation>Ehtiyat nüsxə bərpa edildi</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Ehtiyat nüsxəni bərpa et</translation>
        </message>
        <message>
            <source>Restore the backup of {when}?

The current file is saved aside first, beside it, named with today's date. What was entered after {when} is not in the backup.</source>
            <translation>{when} tarixli ehtiyat nüsxə bərpa edilsin?

Cari fayl əvvəlcə onun yanında bugünkü tarixlə adlandırılaraq saxlanılır. {when} tarixindən sonra daxil edilənlər ehtiyat nüsxədə yoxdur.</translation>
        </message>
        <message>
            <source>Restoring the backup of {when}…</source>
            <translation>{when} tarixli ehtiyat nüsxə bərpa edilir…</translation>
        </message>
        <message>
            <source>The backup of {when} is restored.

The file it replaced was saved as {aside}.</source>
            <translation>{when} tarixli ehtiyat nüsxə bərpa edildi.

Əvəz etdiyi fayl {aside} kimi saxlanıldı.</translation>
        </message>
        <message>
            <source>This backup was made before the database was encrypted: it is encrypted with the current passphrase as it is restored.</source>
            <translation>Bu ehtiyat nüsxə verilənlər bazası şifrələnməzdən əvvəl çıxarılıb: bərpa edilərkən cari şifrə ifadəsi ilə şifrələnir.</translation>
        </message>
    </context>
    <context>
        <name>windows</name>
        <message>
            <source>kamdesk is locked: unlock it first.</source>
            <translation>kamdesk kilidlənib: əvvəlcə kilidi açın.</translation>
        </message>
    </context>
</TS>

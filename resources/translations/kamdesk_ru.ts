<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;The key account manager's offline workbench.</source>
            <translation>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;Рабочее место ключевого менеджера, работающее без сети.</translation>
        </message>
        <message>
            <source>About kamdesk</source>
            <translation>О программе kamdesk</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
            <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
    </context>
    <context>
        <name>AfterPage</name>
        <message>
            <source>Add a next step</source>
            <translation>Добавить следующий шаг</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Согласованные следующие шаги</translation>
        </message>
        <message>
            <source>Answers to the planned questions</source>
            <translation>Ответы на запланированные вопросы</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Cancelled…</source>
            <translation>Отменена…</translation>
        </message>
        <message>
            <source>Each becomes a task for you, due on its date.</source>
            <translation>Каждый шаг становится вашей задачей со сроком на его дату.</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>Последующие задачи</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Состоялась</translation>
        </message>
        <message>
            <source>Held: record the outcome</source>
            <translation>Состоялась: запишите результат</translation>
        </message>
        <message>
            <source>Marked held or cancelled by mistake: plan it again (the outcome is kept).</source>
            <translation>Отмечена как состоявшаяся или отменённая по ошибке: запланируйте снова (результат сохраняется).</translation>
        </message>
        <message>
            <source>No follow-up tasks yet.</source>
            <translation>Последующих задач пока нет.</translation>
        </message>
        <message>
            <source>No questions were planned (Preparation page, Listening plan).</source>
            <translation>Вопросы не планировались (страница «Подготовка», «Вопросы клиенту»).</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланирована</translation>
        </message>
        <message>
            <source>Reopen as planned</source>
            <translation>Вернуть в запланированные</translation>
        </message>
        <message>
            <source>What came of it: decisions, what the client said, the mood in the room</source>
            <translation>Чем закончилось: решения, что сказал клиент, атмосфера встречи</translation>
        </message>
        <message>
            <source>What they answered</source>
            <translation>Что ответили</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>без срока</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message>
            <source>{subject} — due {day}</source>
            <translation>{subject} — срок {day}</translation>
        </message>
    </context>
    <context>
        <name>AgendaProducts</name>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Client's price today</source>
            <translation>Цена клиента на сегодня</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Ни один товар не подходит под «{text}» однозначно: выберите из списка.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name.</source>
            <translation>Введите артикул или часть наименования товара.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <source>Allocate</source>
            <translation>Распределить</translation>
        </message>
        <message>
            <source>Allocate payment</source>
            <translation>Распределение оплаты</translation>
        </message>
        <message>
            <source>Payment of {day}: {amount}, of which {free} is free to allocate.</source>
            <translation>Оплата от {day}: {amount}, из них свободно для распределения {free}.</translation>
        </message>
        <message>
            <source>Type an amount on at least one invoice.</source>
            <translation>Введите сумму хотя бы по одному счёту.</translation>
        </message>
    </context>
    <context>
        <name>AllocationTable</name>
        <message>
            <source>Allocate</source>
            <translation>Распределить</translation>
        </message>
        <message>
            <source>Allocated {total}</source>
            <translation>Распределено {total}</translation>
        </message>
        <message>
            <source>Allocated {total} · stays as credit {credit}</source>
            <translation>Распределено {total} · остаётся переплатой {credit}</translation>
        </message>
        <message>
            <source>Allocated {total}: {over} more than the payment</source>
            <translation>Распределено {total}: на {over} больше суммы оплаты</translation>
        </message>
        <message>
            <source>Choose the client first: its open invoices show here.</source>
            <translation>Сначала выберите клиента: здесь появятся его неоплаченные счета.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок оплаты</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выставлен</translation>
        </message>
        <message>
            <source>Nothing is open: the whole payment stays as the client's credit.</source>
            <translation>Неоплаченных счетов нет: вся оплата остаётся переплатой клиента.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Не оплачено</translation>
        </message>
        <message>
            <source>What of the payment goes on this invoice</source>
            <translation>Какая часть оплаты идёт на этот счёт</translation>
        </message>
        <message>
            <source>{number}: an amount cannot be below zero.</source>
            <translation>{number}: сумма не может быть меньше нуля.</translation>
        </message>
        <message>
            <source>{number}: type an amount such as 1250.50, not “{text}”.</source>
            <translation>{number}: введите сумму, например 1250.50, а не «{text}».</translation>
        </message>
        <message>
            <source>{number}: {amount} is more than the {open} open.</source>
            <translation>{number}: {amount} больше неоплаченной суммы {open}.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approved by</source>
            <translation>Кем согласовано</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>Согласование скидки</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Записать согласование</translation>
        </message>
        <message>
            <source>Say who approved the discount.</source>
            <translation>Укажите, кто согласовал скидку.</translation>
        </message>
        <message>
            <source>Say why it was approved.</source>
            <translation>Укажите, почему скидка согласована.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Восстановить…</translation>
        </message>
        <message>
            <source>Back up &amp;now…</source>
            <translation>Создать копию &amp;сейчас…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Создать копию сейчас</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>Сохранять копию в</translation>
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation>Копия создана и проверена: {path}</translation>
        </message>
        <message>
            <source>Backing up to {folder}…</source>
            <translation>Резервное копирование в {folder}…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Резервных копий ещё нет.</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Открыть &amp;папку</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Схема</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>encrypted with another passphrase</source>
            <translation>зашифрована другой парольной фразой</translation>
        </message>
        <message>
            <source>kamdesk backs this file up before every upgrade and bulk import and keeps the newest ten, in {folder}.</source>
            <translation>kamdesk создаёт резервную копию этого файла перед каждым обновлением и массовой загрузкой и хранит десять последних в {folder}.</translation>
        </message>
        <message>
            <source>unreadable: cannot be restored</source>
            <translation>не читается: восстановить невозможно</translation>
        </message>
        <message>
            <source>{revision}, a newer kamdesk's: cannot be restored</source>
            <translation>{revision}, от более новой версии kamdesk: восстановить невозможно</translation>
        </message>
        <message>
            <source>{revision}, older: upgraded when restored</source>
            <translation>{revision}, старая: будет обновлена при восстановлении</translation>
        </message>
        <message>
            <source>{revision}, this version</source>
            <translation>{revision}, эта версия</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>%1 received, %2 of it on invoices</source>
            <translation>Получено %1, из них на счета %2</translation>
        </message>
        <message>
            <source>%1 received, %2 of it on invoices, %3 kept as credit</source>
            <translation>Получено %1, из них на счета %2, %3 оставлено как переплата</translation>
        </message>
        <message>
            <source>* required. Dates as 05.12.2026 or 2026-12-05; amounts as 1 234,50 or 1,234.50.</source>
            <translation>* обязательные. Даты в виде 05.12.2026 или 2026-12-05; суммы в виде 1 234,50 или 1,234.50.</translation>
        </message>
        <message>
            <source>A 1C client-bank file (1CClientBankExchange, as Russian banks export it) or a CSV with the columns date, amount, currency, payer_tax_id, payer_name, reference, purpose is read as it is. Any other CSV or Excel sheet: you say which column is which.

Payments are matched to clients by the payer's tax id (ИНН and КПП, or the EU VAT number) and to the invoices their purpose names; the rest goes to the oldest invoices, and what is left stays as the client's credit. A payment imported before is recognised and skipped; one from a payer who is no client (bank interest, a refund) is left out and listed. Money in another currency than the client's is converted at the payment day's rate.</source>
            <translation>Файл клиент-банка 1С (1CClientBankExchange, в таком виде выгружают российские банки) или CSV со столбцами date, amount, currency, payer_tax_id, payer_name, reference, purpose читается как есть. Для любого другого CSV или листа Excel укажите, какой столбец чему соответствует.

Платежи сопоставляются с клиентами по ИНН плательщика (ИНН и КПП или номер плательщика НДС в ЕС) и со счетами, указанными в назначении платежа; остаток идёт на самые старые счета, а то, что останется, становится переплатой клиента. Уже загруженный ранее платёж распознаётся и пропускается; платёж от плательщика, который не является клиентом (банковские проценты, возврат средств), не загружается и попадает в список. Деньги в валюте, отличной от валюты клиента, пересчитываются по курсу на день платежа.</translation>
        </message>
        <message>
            <source>A column of the file is chosen for two fields.</source>
            <translation>Один столбец файла выбран для двух полей.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Bank reference</source>
            <translation>Номер банковского документа</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation>Банковская выписка</translation>
        </message>
        <message>
            <source>Bank statements (*.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Банковские выписки (*.txt *.csv *.xlsx);;Все файлы (*)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n payment(s)…</source>
            <translation>
                <numerusform>Проверяется %n платёж…</numerusform>
                <numerusform>Проверяются %n платежа…</numerusform>
                <numerusform>Проверяются %n платежей…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Выберите файл, чтобы увидеть, что будет загружено.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>Choose the bank statement</source>
            <translation>Выберите банковскую выписку</translation>
        </message>
        <message>
            <source>Choose the column for: %1.</source>
            <translation>Выберите столбец для поля: %1.</translation>
        </message>
        <message>
            <source>Choose the statement your bank exported</source>
            <translation>Выберите выписку, выгруженную из банка</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Загрузить</translation>
        </message>
        <message>
            <source>Import payments from a bank statement</source>
            <translation>Загрузка платежей из банковской выписки</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Загружено</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Загружено ранее</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n payment(s)…</source>
            <translation>
                <numerusform>Загружается %n платёж…</numerusform>
                <numerusform>Загружаются %n платежа…</numerusform>
                <numerusform>Загружаются %n платежей…</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Счета</translation>
        </message>
        <message>
            <source>Left out, %1</source>
            <translation>Не загружено, %1</translation>
        </message>
        <message>
            <source>Left out, not a client: %1.</source>
            <translation>Не загружено, не клиент: %1.</translation>
        </message>
        <message>
            <source>Left out, not paid into the company's accounts (or moved between them): %1.</source>
            <translation>Не загружено, поступило не на счета компании (или перевод между ними): %1.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <source>New payments: %1; to skip: %2. Press Import to post the new ones.</source>
            <translation>Новых платежей: %1; будет пропущено: %2. Нажмите «Загрузить», чтобы провести новые.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Не загружено: %1</translation>
        </message>
        <message>
            <source>Nothing to import: every payment of the file was imported before or is not from a client.</source>
            <translation>Загружать нечего: каждый платёж из файла уже был загружен ранее или поступил не от клиента.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems listed (%1) are corrected in the file (or in the clients' tax ids).</source>
            <translation>Ничего не будет загружено, пока перечисленные проблемы (%1) не исправлены в файле (или в ИНН клиентов).</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Плательщик</translation>
        </message>
        <message>
            <source>Payer's tax id (ИНН, VAT number)</source>
            <translation>ИНН плательщика (или номер НДС в ЕС)</translation>
        </message>
        <message>
            <source>Payments imported: %1.</source>
            <translation>Загружено платежей: %1.</translation>
        </message>
        <message>
            <source>Payments to the company</source>
            <translation>Платежи в адрес компании</translation>
        </message>
        <message>
            <source>Payments to the company: %1 (new %2, to skip %3, with a problem %4).</source>
            <translation>Платежи в адрес компании: %1 (новых %2, будет пропущено %3, с проблемой %4).</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Проблема: %1</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Проблемы (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Проблем нет</translation>
        </message>
        <message>
            <source>Purpose (names the invoices)</source>
            <translation>Назначение платежа (с номерами счетов)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Строк в файле: %1.</translation>
        </message>
        <message>
            <source>Say which column holds each field, then press Show the payments.</source>
            <translation>Укажите, в каком столбце каждое поле, затем нажмите «Показать платежи».</translation>
        </message>
        <message>
            <source>Show the payments ▶</source>
            <translation>Показать платежи ▶</translation>
        </message>
        <message>
            <source>Skipped (imported before, or twice in the file): %1.</source>
            <translation>Пропущено (загружены ранее или дважды в файле): %1.</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Пропущено: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>credit %1</source>
            <translation>переплата %1</translation>
        </message>
        <message>
            <source>◀ Columns</source>
            <translation>◀ Столбцы</translation>
        </message>
    </context>
    <context>
        <name>BirthdaysBlock</name>
        <message>
            <source>Birthdays this week</source>
            <translation>Дни рождения на этой неделе</translation>
        </message>
        <message>
            <source>No birthdays this week among key clients' contacts and VIPs.</source>
            <translation>На этой неделе нет дней рождения среди контактных лиц ключевых клиентов и VIP.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>turns {age}</source>
            <translation>исполняется {age}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BlockPainter</name>
        <message>
            <source>leave by {time}</source>
            <translation>выехать в {time}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Add as a new category</source>
            <translation>Добавить как новую категорию</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>No categories yet: add one here, or import a price list with a category column.</source>
            <translation>Категорий пока нет: добавьте здесь или загрузите прайс-лист со столбцом категорий.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Категории товаров</translation>
        </message>
        <message>
            <source>Rename the selected</source>
            <translation>Переименовать выбранную</translation>
        </message>
        <message>
            <source>e.g. Fasteners</source>
            <translation>например, Крепёж</translation>
        </message>
    </context>
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <source>%Ln event(s), {amount}</source>
            <translation>
                <numerusform>%Ln случай, {amount}</numerusform>
                <numerusform>%Ln случая, {amount}</numerusform>
                <numerusform>%Ln случаев, {amount}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckCard</name>
        <message>
            <source>(Ticked, but a tick cannot stand in for this: fill it in.)</source>
            <translation>(Отмечено, но отметка не заменяет заполнения: заполните.)</translation>
        </message>
        <message>
            <source>(Ticked, but still missing: fix it first.)</source>
            <translation>(Отмечено, но по-прежнему не хватает: сначала исправьте.)</translation>
        </message>
        <message>
            <source>This one is a warning: a tick makes it ok.</source>
            <translation>Это предупреждение: отметка снимает его.</translation>
        </message>
        <message>
            <source>This one is missing: a tick does not change it.</source>
            <translation>Этого не хватает: отметка ничего не меняет.</translation>
        </message>
        <message>
            <source>This one needs filling in: a tick does not change it.</source>
            <translation>Это нужно заполнить: отметка ничего не меняет.</translation>
        </message>
        <message>
            <source>Tick when you have seen to this yourself. A tick lifts a warning that data cannot settle to ok; never a missing, nor what only filling in fixes (a response to an objection, the needs, the offer).</source>
            <translation>Отметьте, если вы позаботились об этом сами. Отметка снимает предупреждение, которое не закрывается данными, но не снимает нехватку и не заменяет заполнения (ответ на возражение, потребности, предложение).</translation>
        </message>
        <message>
            <source>Ticked by hand</source>
            <translation>Отмечено вручную</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ок</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>внимание</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Type the client's name, code or city…</source>
            <translation>Введите название, код или город клиента…</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation>A — крупнейшие клиенты по выручке; C — самые мелкие</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активный</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Неактивный</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Досье</translation>
        </message>
        <message>
            <source>How complete the client's dossier is</source>
            <translation>Насколько заполнено досье клиента</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Ключевой</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Потерян</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Вид цен</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Потенциальный</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Share 12 m</source>
            <translation>Доля 12 мес</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>The client's share of all revenue in the last 12 months</source>
            <translation>Доля клиента во всей выручке за последние 12 месяцев</translation>
        </message>
    </context>
    <context>
        <name>ClientsSection</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>Найден %n клиент</numerusform>
                <numerusform>Найдено %n клиента</numerusform>
                <numerusform>Найдено %n клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Клиенты&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Новый клиент…</translation>
        </message>
        <message>
            <source>No clients yet: add the first with New client…, or bring a colleague's clients in from their export file under Sync.</source>
            <translation>Клиентов пока нет: добавьте первого кнопкой «Новый клиент…» или загрузите клиентов коллеги из его файла выгрузки в разделе «Синхронизация».</translation>
        </message>
        <message>
            <source>Search clients by name, code, tax number or city (Ctrl+F)</source>
            <translation>Поиск клиентов по названию, коду, ИНН или городу (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Показывать архивные</translation>
        </message>
        <message>
            <source>The Dossier column does not sort the list.</source>
            <translation>Столбец «Досье» не сортирует список.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Column in the file</source>
            <translation>Столбец файла</translation>
        </message>
        <message>
            <source>In kamdesk</source>
            <translation>В kamdesk</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— не загружать —</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>20 digits starting 301, checked against the БИК</source>
            <translation>20 цифр, начинается с 301, проверяется по БИК</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Расчётный счёт (IBAN)</translation>
        </message>
        <message>
            <source>Accountant's position</source>
            <translation>Должность бухгалтера</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>Chief accountant</source>
            <translation>Главный бухгалтер</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Выберите логотип</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Contracts cannot be printed yet: {why}</source>
            <translation>Договоры пока нельзя напечатать: {why}</translation>
        </message>
        <message>
            <source>Contracts will read: {text}</source>
            <translation>В договорах будет указано: {text}</translation>
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation>Корреспондентский счёт (к/с)</translation>
        </message>
        <message>
            <source>Country *</source>
            <translation>Страна *</translation>
        </message>
        <message>
            <source>Default currency *</source>
            <translation>Валюта по умолчанию *</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Director's position</source>
            <translation>Должность руководителя</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>Номер плательщика НДС в ЕС</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>Legal name *</source>
            <translation>Полное наименование *</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation>ОГРН / ОГРНИП</translation>
        </message>
        <message>
            <source>People and signatures</source>
            <translation>Лица и подписи</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Почтовый индекс</translation>
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation>Доверенность №</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Дата доверенности</translation>
        </message>
        <message>
            <source>Registered for VAT (charges VAT on its sales)</source>
            <translation>Плательщик НДС (начисляет НДС на продажи)</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Регистрационный номер</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Валюта управленческого учёта</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>SWIFT-код (BIC)</translation>
        </message>
        <message>
            <source>Same as the default currency</source>
            <translation>Совпадает с валютой по умолчанию</translation>
        </message>
        <message>
            <source>Settings: our company</source>
            <translation>Настройки: наша организация</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Расчётный счёт (р/с)</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Краткое наименование</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Подписант</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Должность подписанта</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Действует на основании</translation>
        </message>
        <message>
            <source>Tax and VAT</source>
            <translation>Налоги и НДС</translation>
        </message>
        <message>
            <source>Tax number *</source>
            <translation>ИНН *</translation>
        </message>
        <message>
            <source>That file is not a PNG or JPEG image.</source>
            <translation>Этот файл не является изображением PNG или JPEG.</translation>
        </message>
        <message>
            <source>The currency your books are kept in: figures across clients (key clients, Today's totals, plans, reports) are converted into it, and exchange rates are quoted as reporting-currency units per one foreign unit.</source>
            <translation>Валюта, в которой ведётся учёт: в неё пересчитываются показатели по всем клиентам (ключевые клиенты, итоги раздела «Сегодня», планы, отчёты), а курсы валют задаются как количество единиц этой валюты за одну единицу иностранной.</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>Размер логотипа должен быть меньше 2 МБ.</translation>
        </message>
        <message>
            <source>Type the VAT rate as a number from 0 to 100, e.g. 20.</source>
            <translation>Введите ставку НДС числом от 0 до 100, например 20.</translation>
        </message>
        <message>
            <source>VAT rate, % *</source>
            <translation>Ставка НДС, % *</translation>
        </message>
        <message>
            <source>VAT registration in {country}</source>
            <translation>Регистрация по НДС в стране {country}</translation>
        </message>
        <message>
            <source>VAT registrations in other countries</source>
            <translation>Регистрации по НДС в других странах</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Who signs contracts, and on what authority:</source>
            <translation>Кто подписывает договоры и на каком основании:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>доверенность</translation>
        </message>
        <message>
            <source>as registered</source>
            <translation>как зарегистрировано</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>проверяется для страны</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>полное имя</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>нет логотипа</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>Устав</translation>
        </message>
        <message>
            <source>with the country prefix, e.g. HU12345678</source>
            <translation>с префиксом страны, например HU12345678</translation>
        </message>
    </context>
    <context>
        <name>CompetitorDialog</name>
        <message>
            <source>Competitor *</source>
            <translation>Конкурент *</translation>
        </message>
        <message>
            <source>Competitor at this client</source>
            <translation>Конкурент у этого клиента</translation>
        </message>
        <message>
            <source>Share of the client's spend, %</source>
            <translation>Доля в закупках клиента, %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Что поставляет</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Их условия</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsPage</name>
        <message>
            <source>A share is between 0 and 100.</source>
            <translation>Доля — от 0 до 100.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Share of the client's spend: competitors {theirs} %, unknown {unknown} %</source>
            <translation>Доля в закупках клиента: конкуренты {theirs} %, неизвестно {unknown} %</translation>
        </message>
        <message>
            <source>Share of the client's spend: ours about {ours} %, competitors {theirs} %, unknown {unknown} %</source>
            <translation>Доля в закупках клиента: наша около {ours} %, конкуренты {theirs} %, неизвестно {unknown} %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Что поставляет</translation>
        </message>
        <message>
            <source>The competitor's share of the client's spend</source>
            <translation>Доля конкурента в закупках клиента</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Их условия</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Closed or deleted elsewhere meanwhile: this response is not saved; copy it if you need it.</source>
            <translation>Тем временем закрыто или удалено в другом месте: этот ответ не сохранён; скопируйте его, если он нужен.</translation>
        </message>
        <message>
            <source>What you will say about it (what was done, what will be done, when)</source>
            <translation>Что вы скажете по этому поводу (что сделано, что будет сделано и когда)</translation>
        </message>
        <message>
            <source>open since {day}</source>
            <translation>открыта с {day}</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved meanwhile&lt;/b&gt;</source>
            <translation>&lt;b&gt;Сохранено тем временем&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ваше&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Вернуться к форме</translation>
        </message>
        <message>
            <source>Changed while you were editing</source>
            <translation>Изменено во время редактирования</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Save my choice</source>
            <translation>Сохранить мой выбор</translation>
        </message>
        <message>
            <source>While this form was open, these fields were also changed elsewhere (an import, another window, or another laptop through sync). Choose the value to keep for each; your other changes are saved as they are.</source>
            <translation>Пока эта форма была открыта, эти поля были изменены в другом месте (загрузка, другое окно или другой ноутбук через синхронизацию). Выберите, какое значение оставить для каждого; остальные ваши изменения сохраняются как есть.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>Also invoiced as</source>
            <translation>Повторный счёт</translation>
        </message>
        <message>
            <source>Carried by another record too</source>
            <translation>Используется и другой записью</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the record</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Deleted on another laptop</source>
            <translation>Удалено на другом ноутбуке</translation>
        </message>
        <message>
            <source>Deleted on {laptop}</source>
            <translation>Удалено на ноутбуке {laptop}</translation>
        </message>
        <message>
            <source>Edited on another laptop</source>
            <translation>Изменено на другом ноутбуке</translation>
        </message>
        <message>
            <source>Edited on {laptop}</source>
            <translation>Изменено на ноутбуке {laptop}</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Первый счёт</translation>
        </message>
        <message>
            <source>Give the other record a new number:</source>
            <translation>Присвоить другой записи новый номер:</translation>
        </message>
        <message>
            <source>It is money or a quantity: orders and documents that use it wait for a decision.</source>
            <translation>Это деньги или количество: использующие это заказы и документы ждут решения.</translation>
        </message>
        <message>
            <source>Its twin</source>
            <translation>Её двойник</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>Keep it, and restore the other version as a new draft</source>
            <translation>Оставить её, а другую версию восстановить как новый черновик</translation>
        </message>
        <message>
            <source>Keep the order as merged</source>
            <translation>Оставить заказ в объединённом виде</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>Оставить запись</translation>
        </message>
        <message>
            <source>Keep the twin</source>
            <translation>Оставить двойника</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Оставить эту</translation>
        </message>
        <message>
            <source>Keep {v}</source>
            <translation>Оставить {v}</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the other value was made on</comment>
            <translation>Где внесено</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the value shown now was made on</comment>
            <translation>Где внесено</translation>
        </message>
        <message>
            <source>No conflicts: everything the laptops exchanged fitted together.</source>
            <translation>Конфликтов нет: всё, чем обменялись ноутбуки, согласовано.</translation>
        </message>
        <message>
            <source>Noted: I will correct it</source>
            <translation>Принято: я исправлю</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Другое значение</translation>
        </message>
        <message>
            <source>Other value, made on another laptop</source>
            <translation>Другое значение, внесено на другом ноутбуке</translation>
        </message>
        <message>
            <source>Other value, made on {laptop}</source>
            <translation>Другое значение, внесено на ноутбуке {laptop}</translation>
        </message>
        <message>
            <source>Paid in all</source>
            <translation>Всего оплачено</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Показано сейчас</translation>
        </message>
        <message>
            <source>Shown now, made on another laptop</source>
            <translation>Показано сейчас, внесено на другом ноутбуке</translation>
        </message>
        <message>
            <source>Shown now, made on {laptop}</source>
            <translation>Показано сейчас, внесено на ноутбуке {laptop}</translation>
        </message>
        <message>
            <source>Something was added to it</source>
            <translation>В запись было что-то добавлено</translation>
        </message>
        <message>
            <source>Something was added to it ({what})</source>
            <translation>В запись было что-то добавлено ({what})</translation>
        </message>
        <message>
            <source>The invoice's amount</source>
            <translation>Сумма счёта</translation>
        </message>
        <message>
            <source>The number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>The order as merged</source>
            <translation>Заказ в объединённом виде</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Эта</translation>
        </message>
        <message>
            <source>Use another value:</source>
            <translation>Использовать другое значение:</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Использовать это значение</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>What the other laptop typed</source>
            <translation>Что ввели на другом ноутбуке</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>deleted and edited</source>
            <translation>удалено и изменено</translation>
        </message>
        <message>
            <source>deleted, then added to</source>
            <translation>удалено, затем дополнено</translation>
        </message>
        <message>
            <source>invoiced twice</source>
            <translation>счёт выставлен дважды</translation>
        </message>
        <message>
            <source>kept, edited</source>
            <translation>оставлено, изменено</translation>
        </message>
        <message>
            <source>made twice</source>
            <translation>создано дважды</translation>
        </message>
        <message>
            <source>needs a decision</source>
            <translation>требует решения</translation>
        </message>
        <message>
            <source>order changed on both</source>
            <translation>заказ изменён на обоих</translation>
        </message>
        <message>
            <source>paid too much</source>
            <translation>переплата</translation>
        </message>
        <message>
            <source>same number twice</source>
            <translation>один номер дважды</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Attitude to us</source>
            <translation>Отношение к нам</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Роль в закупке</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Etiquette notes</source>
            <translation>Заметки об этикете</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <source>How well we know them</source>
            <translation>Насколько хорошо мы знакомы</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Интересы</translation>
        </message>
        <message>
            <source>Key opinion leader</source>
            <translation>Лидер мнений</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Мобильный</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>ФИО *</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Новое контактное лицо</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other e-mail</source>
            <translation>Другая эл. почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>e.g. Dear Mr Szabó / Уважаемый Иван Петрович</source>
            <translation>например, Dear Mr Szabó / Уважаемый Иван Петрович</translation>
        </message>
        <message>
            <source>nobody (top of the chart)</source>
            <translation>никто (верх схемы)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контактное лицо</numerusform>
                <numerusform>%n контактных лица</numerusform>
                <numerusform>%n контактных лиц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>В корзине %n контактное лицо</numerusform>
                <numerusform>В корзине %n контактных лица</numerusform>
                <numerusform>В корзине %n контактных лиц</numerusform>
            </translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Отношение</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Роль в закупке</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Удалить контактное лицо</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Form of address, language, interests, etiquette or birthday: what the meeting preparation tells you before you meet the person.</source>
            <translation>Обращение, язык, интересы, этикет или день рождения: то, что подготовка к встрече напомнит вам перед встречей с человеком.</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>Move {name} to the trash? You can restore them from the Trash.</source>
            <translation>Переместить {name} в корзину? Восстановить можно из корзины.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Новое контактное лицо…</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Личное</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>есть</translation>
        </message>
    </context>
    <context>
        <name>ContractPage</name>
        <message>
            <source>(net {net}, VAT {vat})</source>
            <translation>(без НДС {net}, НДС {vat})</translation>
        </message>
        <message>
            <source>(new: recorded when the package is issued)</source>
            <translation>(новый: регистрируется при выпуске пакета)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Parts of the package&lt;/b&gt;</source>
            <translation>&lt;b&gt;Состав пакета&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Покупатель</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Дата поставки</translation>
        </message>
        <message>
            <source>Invoice for payment</source>
            <translation>Счёт на оплату</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Specification (appendix 1)</source>
            <translation>Спецификация (приложение 1)</translation>
        </message>
        <message>
            <source>Supply contract</source>
            <translation>Договор поставки</translation>
        </message>
        <message>
            <source>The contract's wording comes from its template: to change it, put your copy in {folder}.</source>
            <translation>Текст договора берётся из шаблона: чтобы изменить его, положите свою копию в {folder}.</translation>
        </message>
        <message>
            <source>The package is made from</source>
            <translation>Пакет формируется из</translation>
        </message>
        <message>
            <source>The parts ticked go into one PDF, in this order; tick one alone to have it on its own.</source>
            <translation>Отмеченные части попадают в один PDF в этом порядке; отметьте одну, чтобы получить её отдельно.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <source>the clauses of the contract template, filled from the data; signatures</source>
            <translation>пунктов шаблона договора, заполненных по данным; подписи</translation>
        </message>
        <message>
            <source>the goods, prices, VAT, totals and delivery dates</source>
            <translation>товары, цены, НДС, итоги и даты поставки</translation>
        </message>
        <message>
            <source>with our bank details; in Russian also the total in words</source>
            <translation>с нашими банковскими реквизитами; на русском также сумма прописью</translation>
        </message>
        <message>
            <source>{number} of {day}</source>
            <translation>№ {number} от {day}</translation>
        </message>
    </context>
    <context>
        <name>ContributionModel</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Вклад</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
    </context>
    <context>
        <name>CreditDialog</name>
        <message>
            <source>&lt;h3&gt;Confirmation is blocked by credit control&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Проведение заблокировано контролем кредита&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Кем согласовано</translation>
        </message>
        <message>
            <source>Confirm anyway</source>
            <translation>Всё равно провести</translation>
        </message>
        <message>
            <source>Credit control: {number}</source>
            <translation>Контроль кредита: {number}</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Кредитный лимит</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Дней просрочки</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок оплаты</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Задолженность с учётом заказов</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>Неоплаченная сумма</translation>
        </message>
        <message>
            <source>Open orders (not invoiced)</source>
            <translation>Открытые заказы (без счетов)</translation>
        </message>
        <message>
            <source>Over the limit by</source>
            <translation>Превышение лимита</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Просроченные счета</translation>
        </message>
        <message>
            <source>Override and confirm</source>
            <translation>Обойти контроль и провести</translation>
        </message>
        <message>
            <source>Owed on invoices</source>
            <translation>Долг по счетам</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Room left before this order</source>
            <translation>Остаток лимита до этого заказа</translation>
        </message>
        <message>
            <source>The override and its reason are recorded in the order's history.</source>
            <translation>Обход контроля и его причина записываются в историю заказа.</translation>
        </message>
        <message>
            <source>This order</source>
            <translation>Этот заказ</translation>
        </message>
        <message>
            <source>Who takes the decision</source>
            <translation>Кто принимает решение</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>без лимита</translation>
        </message>
    </context>
    <context>
        <name>DamageWatch</name>
        <message>
            <source>Backup restored</source>
            <translation>Резервная копия восстановлена</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Не сейчас</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Восстановить резервную копию</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}.</source>
            <translation>SQLite обнаружил: {found}.

В {folder} не найдено исправной резервной копии.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}. Copy the file somewhere safe before working on, and restore a backup from another folder if you have one.</source>
            <translation>SQLite обнаружил: {found}.

В {folder} не найдено исправной резервной копии. Прежде чем продолжать работу, скопируйте файл в надёжное место и, если есть, восстановите резервную копию из другой папки.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date.</source>
            <translation>SQLite обнаружил: {found}.

Восстановить последнюю исправную резервную копию от {when}? Повреждённый файл сначала сохраняется рядом под именем с сегодняшней датой.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date; what was entered after {when} is not in the backup.</source>
            <translation>SQLite обнаружил: {found}.

Восстановить последнюю исправную резервную копию от {when}? Повреждённый файл сначала сохраняется рядом под именем с сегодняшней датой; то, что было введено после {when}, в копии отсутствует.</translation>
        </message>
        <message>
            <source>The backup of {when} is restored. The damaged file was saved as {aside}.</source>
            <translation>Резервная копия от {when} восстановлена. Повреждённый файл сохранён как {aside}.</translation>
        </message>
        <message>
            <source>The file is damaged: {path}</source>
            <translation>Файл повреждён: {path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>1-30 days</source>
            <translation>1-30 дней</translation>
        </message>
        <message>
            <source>31-60 days</source>
            <translation>31-60 дней</translation>
        </message>
        <message>
            <source>61-90 days</source>
            <translation>61-90 дней</translation>
        </message>
        <message>
            <source>90+ days</source>
            <translation>более 90 дней</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Диаграмма не сохранена</translation>
        </message>
        <message>
            <source>Could not write {path}: choose a folder you can write to.</source>
            <translation>Не удалось записать {path}: выберите папку, доступную для записи.</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Срок не наступил</translation>
        </message>
        <message>
            <source>Overdue share of receivables</source>
            <translation>Доля просроченной дебиторской задолженности</translation>
        </message>
        <message>
            <source>Overdue, % of open</source>
            <translation>Просрочено, % от долга</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Plan and actual by month</source>
            <translation>План и факт по месяцам</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Дебиторская задолженность по срокам</translation>
        </message>
        <message>
            <source>Revenue of the biggest clients by month</source>
            <translation>Выручка крупнейших клиентов по месяцам</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Сохранить как PNG…</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>Сохранить диаграмму как PNG</translation>
        </message>
        <message>
            <source>Save this chart as a picture</source>
            <translation>Сохранить эту диаграмму как изображение</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>млн</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>тыс.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;{start} to {end}&lt;/b&gt; against {previous_start} to {previous_end}. Amounts in {currency} at the rate of each document's date; receivables as they stand today. Click a figure to see the clients behind it.</source>
            <translation>&lt;b&gt;С {start} по {end}&lt;/b&gt; в сравнении с периодом с {previous_start} по {previous_end}. Суммы в {currency} по курсу на дату каждого документа; дебиторская задолженность — на сегодня. Щёлкните показатель, чтобы увидеть клиентов, из которых он складывается.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Сводка&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>No plan in the period.</source>
            <translation>Нет плана за период.</translation>
        </message>
        <message>
            <source>No revenue in the period.</source>
            <translation>Нет выручки за период.</translation>
        </message>
        <message>
            <source>Nothing is owed today.</source>
            <translation>На сегодня задолженности нет.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Revenue by client, biggest first (Pareto)</source>
            <translation>Выручка по клиентам, от крупнейших (Парето)</translation>
        </message>
        <message>
            <source>The figures and the charts as a PDF with the period: preview, print or save</source>
            <translation>Показатели и диаграммы в PDF с указанием периода: просмотр, печать или сохранение</translation>
        </message>
        <message>
            <source>The period's key figures against the same period last year</source>
            <translation>Ключевые показатели периода в сравнении с тем же периодом прошлого года</translation>
        </message>
    </context>
    <context>
        <name>DashboardPrint</name>
        <message>
            <source>Comparison</source>
            <translation>Сравнение</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>amounts in {currency} at the rate of each document's date; receivables as they stand on {day}</source>
            <translation>суммы в {currency} по курсу на дату каждого документа; дебиторская задолженность на {day}</translation>
        </message>
        <message>
            <source>compared with {period}</source>
            <translation>в сравнении с {period}</translation>
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <translation>{title} с {start} по {end}</translation>
        </message>
    </context>
    <context>
        <name>DashboardTile</name>
        <message numerus="yes">
            <source>%n A-class client(s); top client {share}</source>
            <translation>
                <numerusform>%n клиент класса A; крупнейший клиент {share}</numerusform>
                <numerusform>%n клиента класса A; крупнейший клиент {share}</numerusform>
                <numerusform>%n клиентов класса A; крупнейший клиент {share}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) behind this figure. Double-click one to open it.</source>
            <translation>
                <numerusform>За показателем стоит %n клиент. Дважды щёлкните клиента, чтобы открыть его.</numerusform>
                <numerusform>За показателем стоят %n клиента. Дважды щёлкните клиента, чтобы открыть его.</numerusform>
                <numerusform>За показателем стоят %n клиентов. Дважды щёлкните клиента, чтобы открыть его.</numerusform>
            </translation>
        </message>
        <message>
            <source>Actual against the plans of the clients with a plan for the period</source>
            <translation>Факт по отношению к планам клиентов, у которых есть план на период</translation>
        </message>
        <message>
            <source>Ahead of plan (+) or behind (−), {currency}</source>
            <translation>Опережение плана (+) или отставание (−), {currency}</translation>
        </message>
        <message>
            <source>Change on last year, {currency}</source>
            <translation>Изменение к прошлому году, {currency}</translation>
        </message>
        <message>
            <source>Click to see the clients behind it.</source>
            <translation>Щёлкните, чтобы увидеть клиентов, из которых складывается показатель.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Претензии</translation>
        </message>
        <message>
            <source>Complaints opened in the period</source>
            <translation>Претензии, открытые за период</translation>
        </message>
        <message>
            <source>Credit notes' net as a share of the net invoiced in the period</source>
            <translation>Корректировки по возвратам без НДС как доля от суммы счетов без НДС за период</translation>
        </message>
        <message>
            <source>Credit notes, {currency}</source>
            <translation>Корректировки, {currency}</translation>
        </message>
        <message>
            <source>Invoiced revenue net of VAT, less credit notes, against last year</source>
            <translation>Выручка по счетам без НДС за вычетом корректировок в сравнении с прошлым годом</translation>
        </message>
        <message>
            <source>Key-client concentration</source>
            <translation>Концентрация выручки</translation>
        </message>
        <message>
            <source>Money past its due date as a share of all open invoices, today</source>
            <translation>Просроченные суммы как доля всех неоплаченных счетов на сегодня</translation>
        </message>
        <message>
            <source>No client is behind this figure in the period.</source>
            <translation>За этот период в показателе нет ни одного клиента.</translation>
        </message>
        <message>
            <source>Overdue receivables</source>
            <translation>Просроченная дебиторская задолженность</translation>
        </message>
        <message>
            <source>Overdue, {currency}</source>
            <translation>Просрочено, {currency}</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Выполнение плана</translation>
        </message>
        <message>
            <source>Refusals rate</source>
            <translation>Доля отказов</translation>
        </message>
        <message>
            <source>Refused at delivery as a share of what was shipped in the period</source>
            <translation>Отказы при приёмке как доля отгруженного за период</translation>
        </message>
        <message>
            <source>Refused, {currency}</source>
            <translation>Отказы, {currency}</translation>
        </message>
        <message>
            <source>Returns rate</source>
            <translation>Доля возвратов</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Выручка, {currency}</translation>
        </message>
        <message>
            <source>Share of revenue of the A class: the clients making the first 80 %</source>
            <translation>Доля выручки класса A: клиенты, дающие первые 80 %</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Оборот</translation>
        </message>
        <message>
            <source>at {day}</source>
            <translation>на {day}</translation>
        </message>
        <message>
            <source>change {change}</source>
            <translation>изменение {change}</translation>
        </message>
        <message numerus="yes">
            <source>from %n client(s)</source>
            <translation>
                <numerusform>от %n клиента</numerusform>
                <numerusform>от %n клиентов</numerusform>
                <numerusform>от %n клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>last year</source>
            <translation>прошлый год</translation>
        </message>
        <message>
            <source>nothing to compare {against}</source>
            <translation>нет данных для сравнения {against}</translation>
        </message>
        <message>
            <source>the figure: {value}</source>
            <translation>показатель: {value}</translation>
        </message>
        <message>
            <source>{actual} of {plan}; forecast {forecast}</source>
            <translation>{actual} из {plan}; прогноз {forecast}</translation>
        </message>
        <message>
            <source>{arrow} on {before} {against}</source>
            <translation>{arrow} к {before} {against}</translation>
        </message>
        <message>
            <source>{arrow} {change} on {before} {against}</source>
            <translation>{arrow} {change} к {before} {against}</translation>
        </message>
        <message>
            <source>{arrow} {sign}{change} on {before} {against}</source>
            <translation>{arrow} {sign}{change} к {before} {against}</translation>
        </message>
        <message>
            <source>{figure}: the clients behind it</source>
            <translation>{figure}: клиенты, из которых он складывается</translation>
        </message>
        <message>
            <source>{notes} credited of {invoiced}</source>
            <translation>скорректировано {notes} из {invoiced}</translation>
        </message>
        <message>
            <source>{overdue} of {receivables} open</source>
            <translation>{overdue} из {receivables} неоплаченных</translation>
        </message>
        <message>
            <source>{refused} refused of {delivered} delivered</source>
            <translation>отказано {refused} из {delivered} отгруженного</translation>
        </message>
        <message>
            <source>{sign}{points} pts</source>
            <translation>{sign}{points} п. п.</translation>
        </message>
    </context>
    <context>
        <name>DayHeader</name>
        <message>
            <source>W{week}</source>
            <translation>Нед. {week}</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <source>Attendees</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Пересечения</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Выполнено ✓</translation>
        </message>
        <message>
            <source>How well the meeting is prepared, out of 100</source>
            <translation>Насколько подготовлена встреча, из 100</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Выезд</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Встреча по телефону</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Телефонный звонок</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Готовность</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Готовность {score} / 100</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Видеозвонок</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Видеовстреча</translation>
        </message>
        <message>
            <source>When to set off to arrive on time</source>
            <translation>Когда выезжать, чтобы успеть вовремя</translation>
        </message>
        <message>
            <source>{minutes} min travel</source>
            <translation>{minutes} мин в пути</translation>
        </message>
    </context>
    <context>
        <name>DebtsBlock</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n счёт</numerusform>
                <numerusform>%n счёта</numerusform>
                <numerusform>%n счетов</numerusform>
            </translation>
        </message>
        <message>
            <source>No overdue invoices.</source>
            <translation>Просроченных счетов нет.</translation>
        </message>
        <message>
            <source>Open amounts after payments and credit notes, the oldest debt first.</source>
            <translation>Неоплаченные суммы с учётом оплат и корректировок, начиная с самого старого долга.</translation>
        </message>
        <message>
            <source>Overdue invoices by client</source>
            <translation>Просроченные счета по клиентам</translation>
        </message>
        <message numerus="yes">
            <source>oldest %n day(s) overdue</source>
            <translation>
                <numerusform>самый старый просрочен на %n день</numerusform>
                <numerusform>самый старый просрочен на %n дня</numerusform>
                <numerusform>самый старый просрочен на %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more client(s)</source>
            <translation>
                <numerusform>… и ещё %n клиент</numerusform>
                <numerusform>… и ещё %n клиента</numerusform>
                <numerusform>… и ещё %n клиентов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>A draft or confirmed order of this client, to take along as the offer.</source>
            <translation>Черновик или проведённый заказ этого клиента, который можно взять с собой как предложение.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Повестка</translation>
        </message>
        <message>
            <source>At an address</source>
            <translation>По адресу</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>По телефону</translation>
        </message>
        <message>
            <source>By video</source>
            <translation>По видеосвязи</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <source>Client *</source>
            <translation>Клиент *</translation>
        </message>
        <message>
            <source>Create draft order…</source>
            <translation>Создать черновик заказа…</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Не повторяется</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Ежемесячно</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Еженедельно</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Потребности, выясненные заранее</translation>
        </message>
        <message>
            <source>No offer prepared yet</source>
            <translation>Предложение ещё не подготовлено</translation>
        </message>
        <message>
            <source>Part of a series repeating {how}.</source>
            <translation>Часть серии, повторяющейся {how}.</translation>
        </message>
        <message>
            <source>Pick the client from the list that opens as you type.</source>
            <translation>Выберите клиента из списка, который открывается при вводе.</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Товары в повестке</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Повтор</translation>
        </message>
        <message>
            <source>Starts *</source>
            <translation>Начало *</translation>
        </message>
        <message>
            <source>Street, city (where to go)</source>
            <translation>Улица, город (куда ехать)</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Тема *</translation>
        </message>
        <message>
            <source>The new draft order is chosen: save to keep it.</source>
            <translation>Выбран новый черновик заказа: сохраните, чтобы его оставить.</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>This client has no contacts yet: add them in the dossier.</source>
            <translation>У этого клиента ещё нет контактных лиц: добавьте их в досье.</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Дорога</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <source>What is it about, in a few words</source>
            <translation>О чём встреча, в нескольких словах</translation>
        </message>
        <message>
            <source>What the client said they need when you set up the meeting</source>
            <translation>Какие потребности клиент назвал, когда вы договаривались о встрече</translation>
        </message>
        <message>
            <source>What will be discussed, in order</source>
            <translation>Что будет обсуждаться, по порядку</translation>
        </message>
        <message>
            <source>What you want to leave with (an order, a date, a yes)</source>
            <translation>С чем вы хотите уйти (заказ, дата, согласие)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>каждый месяц</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>каждую неделю</translation>
        </message>
        <message>
            <source>lasting</source>
            <translation>длительностью</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>выехать в {time}</translation>
        </message>
        <message>
            <source>min to get there</source>
            <translation>мин на дорогу</translation>
        </message>
        <message>
            <source>no travel: by phone or video</source>
            <translation>без дороги: по телефону или видео</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>Не удалось записать {path}: {why}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>%n unknown field(s): {names}. Use only the names under Insert field; nothing is printed until this is fixed.</source>
            <translation>
                <numerusform>%n неизвестное поле: {names}. Используйте только имена из меню «Вставить поле»; пока это не исправлено, ничего не печатается.</numerusform>
                <numerusform>%n неизвестных поля: {names}. Используйте только имена из меню «Вставить поле»; пока это не исправлено, ничего не печатается.</numerusform>
                <numerusform>%n неизвестных полей: {names}. Используйте только имена из меню «Вставить поле»; пока это не исправлено, ничего не печатается.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no contacts on file)</source>
            <translation>(контактных лиц нет)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lines&lt;/b&gt; &amp;nbsp; tick &lt;i&gt;Optional&lt;/i&gt; for items offered apart, not counted in the total</source>
            <translation>&lt;b&gt;Строки&lt;/b&gt; &amp;nbsp; отметьте &lt;i&gt;Опционально&lt;/i&gt; для позиций, предлагаемых отдельно и не входящих в итог</translation>
        </message>
        <message>
            <source>&lt;b&gt;Specification&lt;/b&gt; &amp;nbsp; the order's lines, as appendix 1 lists them</source>
            <translation>&lt;b&gt;Спецификация&lt;/b&gt; &amp;nbsp; строки заказа, как они перечислены в приложении 1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Commercial proposal</source>
            <translation>Коммерческое предложение</translation>
        </message>
        <message>
            <source>Contract package</source>
            <translation>Пакет документов к договору</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Язык документа</translation>
        </message>
        <message>
            <source>Document not made</source>
            <translation>Документ не сформирован</translation>
        </message>
        <message>
            <source>Documents — {number} — {client}</source>
            <translation>Документы — {number} — {client}</translation>
        </message>
        <message numerus="yes">
            <source>In the total: %n line(s), &lt;b&gt;{total}&lt;/b&gt; with VAT</source>
            <translation>
                <numerusform>В итоге: %n строка, &lt;b&gt;{total}&lt;/b&gt; с НДС</numerusform>
                <numerusform>В итоге: %n строки, &lt;b&gt;{total}&lt;/b&gt; с НДС</numerusform>
                <numerusform>В итоге: %n строк, &lt;b&gt;{total}&lt;/b&gt; с НДС</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue it (numbered, kept in the client's history) and save the PDF</source>
            <translation>Выпустить (с номером, сохраняется в истории клиента) и сохранить PDF</translation>
        </message>
        <message>
            <source>Issue it and attach it to a new e-mail</source>
            <translation>Выпустить и приложить к новому письму</translation>
        </message>
        <message>
            <source>Issue it and print</source>
            <translation>Выпустить и напечатать</translation>
        </message>
        <message numerus="yes">
            <source>Nothing printed: %n unknown field(s) {names}, marked in red above.</source>
            <translation>
                <numerusform>Ничего не напечатано: %n неизвестное поле {names}, отмечено выше красным.</numerusform>
                <numerusform>Ничего не напечатано: %n неизвестных поля {names}, отмечены выше красным.</numerusform>
                <numerusform>Ничего не напечатано: %n неизвестных полей {names}, отмечены выше красным.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing printed: {why}</source>
            <translation>Ничего не напечатано: {why}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <source>See the PDF; nothing is issued</source>
            <translation>Посмотреть PDF; документ не выпускается</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>Отправить по эл. почте…</translation>
        </message>
        <message>
            <source>Texts not used</source>
            <translation>Тексты не использованы</translation>
        </message>
        <message>
            <source>The language the client reads; the program's own language does not change.</source>
            <translation>Язык, на котором читает клиент; язык самой программы не меняется.</translation>
        </message>
        <message>
            <source>The texts you wrote for this proposal have not gone out in a document. Close and lose them?</source>
            <translation>Тексты, написанные для этого предложения, не вошли ни в один документ. Закрыть и потерять их?</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Этот заказ больше не существует.</translation>
        </message>
        <message>
            <source>Tick at least one part of the package.</source>
            <translation>Отметьте хотя бы одну часть пакета.</translation>
        </message>
        <message numerus="yes">
            <source>optional, apart: %n line(s), {total}</source>
            <translation>
                <numerusform>опционально, отдельно: %n строка, {total}</numerusform>
                <numerusform>опционально, отдельно: %n строки, {total}</numerusform>
                <numerusform>опционально, отдельно: %n строк, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {day}, {status}</source>
            <translation>заказ {number} от {day}, {status}</translation>
        </message>
    </context>
    <context>
        <name>DocumentLines</name>
        <message>
            <source>Discount</source>
            <translation>Скидка</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Offered apart, not counted in the total</source>
            <translation>Предлагается отдельно, не входит в итог</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Опционально</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>(the earlier versions are kept in the client's history)</source>
            <translation>(прежние версии сохраняются в истории клиента)</translation>
        </message>
        <message>
            <source>Attach {file} to your e-mail (its folder is open).</source>
            <translation>Приложите {file} к письму (его папка открыта).</translation>
        </message>
        <message>
            <source>Contract package {number}, version {version} issued.</source>
            <translation>Выпущен пакет документов к договору {number}, версия {version}.</translation>
        </message>
        <message>
            <source>Not issued: {why}</source>
            <translation>Не выпущено: {why}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Preview opened in your PDF viewer: not issued yet.</source>
            <translation>Просмотр открыт в программе просмотра PDF: документ ещё не выпущен.</translation>
        </message>
        <message>
            <source>Preview: not issued yet.</source>
            <translation>Просмотр: документ ещё не выпущен.</translation>
        </message>
        <message>
            <source>Proposal {number}, version {version} issued.</source>
            <translation>Выпущено коммерческое предложение {number}, версия {version}.</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Сохранить документ как</translation>
        </message>
        <message>
            <source>The PDF is attached to a new e-mail: {path}</source>
            <translation>PDF приложен к новому письму: {path}</translation>
        </message>
        <message>
            <source>The PDF is not printed: {path}</source>
            <translation>PDF не напечатан: {path}</translation>
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from the viewer.</source>
            <translation>PDF открыт в программе просмотра: печатайте оттуда.</translation>
        </message>
        <message>
            <source>The PDF is saved: {path}</source>
            <translation>PDF сохранён: {path}</translation>
        </message>
        <message>
            <source>The PDF is sent to the printer.</source>
            <translation>PDF отправлен на принтер.</translation>
        </message>
    </context>
    <context>
        <name>DossierWindow</name>
        <message>
            <source>ARCHIVED</source>
            <translation>В АРХИВЕ</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Конкуренты</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контактные лица</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Удалить клиента</translation>
        </message>
        <message>
            <source>Delete client…</source>
            <translation>Удалить клиента…</translation>
        </message>
        <message>
            <source>Delete this client? Clients with orders or invoices cannot be deleted; archive them instead.</source>
            <translation>Удалить этого клиента? Клиентов с заказами или счетами удалить нельзя; вместо этого поместите их в архив.</translation>
        </message>
        <message>
            <source>Dossier %p % complete</source>
            <translation>Досье заполнено на %p %</translation>
        </message>
        <message>
            <source>Fill in the profile and save; the rest opens then.</source>
            <translation>Заполните профиль и сохраните; после этого откроется остальное.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Новая встреча…</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Новый заказ…</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Нет выручки по счетам за последние 12 месяцев.</translation>
        </message>
        <message>
            <source>Nothing missing: this dossier is complete.</source>
            <translation>Ничего не упущено: досье заполнено.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Акт сверки…</translation>
        </message>
        <message>
            <source>Relationship map</source>
            <translation>Карта отношений</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Вернуть из архива</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Стратегия</translation>
        </message>
        <message>
            <source>Terms &amp;&amp; prices</source>
            <translation>Условия и цены</translation>
        </message>
        <message>
            <source>This dossier has changes that are not saved. Close and lose them?</source>
            <translation>В досье есть несохранённые изменения. Закрыть и потерять их?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>class {abc}</source>
            <translation>класс {abc}</translation>
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation>{name} — досье</translation>
        </message>
        <message>
            <source>{share} of revenue (12 months)</source>
            <translation>{share} выручки (12 месяцев)</translation>
        </message>
    </context>
    <context>
        <name>DunningDialog</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Dunning step: {name}</source>
            <translation>Этап напоминания: {name}</translation>
        </message>
        <message>
            <source>Give the day the step was taken.</source>
            <translation>Укажите день, когда был выполнен этап.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Record step</source>
            <translation>Записать этап</translation>
        </message>
        <message>
            <source>Say who took the step.</source>
            <translation>Укажите, кто выполнил этап.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>The step is dated after today: record it once it is done.</source>
            <translation>Этап датирован позже сегодняшнего дня: запишите его, когда он будет выполнен.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Who took the step</source>
            <translation>Кто выполнил этап</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message numerus="yes">
            <source>%n backup(s) could not be given the new passphrase: still needing the old one ({names}).</source>
            <translation>
                <numerusform>%n резервной копии не удалось задать новую парольную фразу: для неё по-прежнему нужна старая ({names}).</numerusform>
                <numerusform>%n резервным копиям не удалось задать новую парольную фразу: для них по-прежнему нужна старая ({names}).</numerusform>
                <numerusform>%n резервным копиям не удалось задать новую парольную фразу: для них по-прежнему нужна старая ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before the database was encrypted, and files restores set aside beside it: anyone who gets them can read them.</source>
            <translation>Резервные копии, сделанные до шифрования базы, и файлы, отложенные рядом с ней при восстановлении: любой, кто их получит, сможет их прочитать.</translation>
        </message>
        <message>
            <source>Backups made from now on are encrypted too. Copies made before are not ({count} in all): delete them if the laptop may be lost.</source>
            <translation>Резервные копии, сделанные с этого момента, тоже шифруются. Сделанные ранее — нет (всего {count}): удалите их, если ноутбук может быть утерян.</translation>
        </message>
        <message>
            <source>Backups made from now on are not encrypted either.</source>
            <translation>Резервные копии, сделанные с этого момента, тоже не шифруются.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Сменить парольную фразу</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Смена парольной фразы…</translation>
        </message>
        <message>
            <source>Could not delete every copy: {error}.</source>
            <translation>Не удалось удалить все копии: {error}.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Текущая парольная фраза</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted copies…</source>
            <translation>
                <numerusform>Удалить %n незашифрованную копию…</numerusform>
                <numerusform>Удалить %n незашифрованные копии…</numerusform>
                <numerusform>Удалить %n незашифрованных копий…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted file(s) of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</source>
            <translation>
                <numerusform>Удалить %n незашифрованный файл базы, сделанный до её шифрования? Любой, кто его получит, сможет его прочитать. Восстановить его потом будет нельзя.

{names}</numerusform>
                <numerusform>Удалить %n незашифрованных файла базы, сделанных до её шифрования? Любой, кто их получит, сможет их прочитать. Восстановить их потом будет нельзя.

{names}</numerusform>
                <numerusform>Удалить %n незашифрованных файлов базы, сделанных до её шифрования? Любой, кто их получит, сможет их прочитать. Восстановить их потом будет нельзя.

{names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the unencrypted copy…</source>
            <translation>Удалить незашифрованную копию…</translation>
        </message>
        <message>
            <source>Delete unencrypted copies</source>
            <translation>Удалить незашифрованные копии</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Зашифровать</translation>
        </message>
        <message>
            <source>Encrypted, the database file and its backups cannot be read without the passphrase by anyone who gets them: a lost laptop, a copied file. Documents and exports you save are not encrypted. Nobody can open the file without the passphrase, kamdesk included: keep it somewhere safe.</source>
            <translation>Зашифрованные файл базы и его резервные копии никто не прочитает без парольной фразы: ни нашедший потерянный ноутбук, ни скопировавший файл. Сохраняемые документы и выгрузки не шифруются. Без парольной фразы файл не откроет никто, включая kamdesk: храните её в надёжном месте.</translation>
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation>Шифрование базы данных…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Шифрование</translation>
        </message>
        <message>
            <source>Fair. A few more words make it strong.</source>
            <translation>Средне. Ещё несколько слов сделают её надёжной.</translation>
        </message>
        <message>
            <source>Its backups are encrypted too.</source>
            <translation>Её резервные копии тоже зашифрованы.</translation>
        </message>
        <message>
            <source>Its backups open with the new passphrase too.</source>
            <translation>Её резервные копии тоже открываются новой парольной фразой.</translation>
        </message>
        <message>
            <source>Its unencrypted copies were deleted.</source>
            <translation>Её незашифрованные копии удалены.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Запомнить в хранилище ключей этого компьютера</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Повторите её</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Надёжная.</translation>
        </message>
        <message>
            <source>This database is encrypted.</source>
            <translation>Эта база данных зашифрована.</translation>
        </message>
        <message>
            <source>This database is not encrypted.</source>
            <translation>Эта база данных не зашифрована.</translation>
        </message>
        <message>
            <source>This is not the database's passphrase.</source>
            <translation>Это не парольная фраза этой базы данных.</translation>
        </message>
        <message>
            <source>Too short: use at least eight characters.</source>
            <translation>Слишком короткая: используйте не менее восьми символов.</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Отключить шифрование</translation>
        </message>
        <message>
            <source>Turning encryption off…</source>
            <translation>Отключение шифрования…</translation>
        </message>
        <message>
            <source>Use at least eight characters; a few words are best.</source>
            <translation>Используйте не менее восьми символов; лучше всего — несколько слов.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words or characters.</source>
            <translation>Слабая: легко угадать. Добавьте слова или символы.</translation>
        </message>
    </context>
    <context>
        <name>ExpiringBlock</name>
        <message>
            <source>No special price ends in the next 30 days, and no promotion in the next 14.</source>
            <translation>В ближайшие 30 дней не заканчивается ни одна специальная цена, а в ближайшие 14 — ни одна акция.</translation>
        </message>
        <message>
            <source>Promotions ending within 14 days</source>
            <translation>Акции, заканчивающиеся в течение 14 дней</translation>
        </message>
        <message>
            <source>Special prices and promotions ending soon</source>
            <translation>Скоро заканчивающиеся специальные цены и акции</translation>
        </message>
        <message>
            <source>Special prices ending within 30 days</source>
            <translation>Специальные цены, заканчивающиеся в течение 30 дней</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>ends today</source>
            <translation>заканчивается сегодня</translation>
        </message>
        <message numerus="yes">
            <source>for %n client(s):</source>
            <translation>
                <numerusform>для %n клиента:</numerusform>
                <numerusform>для %n клиентов:</numerusform>
                <numerusform>для %n клиентов:</numerusform>
            </translation>
        </message>
        <message>
            <source>for every client</source>
            <translation>для всех клиентов</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>через %n день</numerusform>
                <numerusform>через %n дня</numerusform>
                <numerusform>через %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku} {name} at {price}</source>
            <translation>{sku} {name} по цене {price}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A new laptop (everything)</source>
            <translation>Новый ноутбук (всё)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Выгрузить</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Выгрузить в файл</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Для:</translation>
        </message>
        <message>
            <source>Say where the file goes.</source>
            <translation>Укажите, куда сохранить файл.</translation>
        </message>
        <message>
            <source>The file holds what that laptop has not received yet. Carry it on a USB stick or send it by e-mail; the colleague imports it with the same passphrase.</source>
            <translation>Файл содержит то, что этот ноутбук ещё не получил. Перенесите его на USB-накопителе или отправьте по эл. почте; коллега загрузит его с той же парольной фразой.</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync)</source>
            <translation>Файлы синхронизации kamdesk (*.kamsync)</translation>
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
            <translation>Удалите управляющие символы (%1): их нельзя сохранить.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Введите целое число.</translation>
        </message>
        <message>
            <source>Type an amount such as 125000 or %1.</source>
            <translation>Введите сумму, например 125000 или %1.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>&lt;h3&gt;Welcome to kamdesk&lt;/h3&gt;&lt;p&gt;This database is new. Begin with your own company: its name, address, tax numbers and bank details print on every proposal and contract, and its currency is the one your figures are shown in. Then import your price list, and add your key clients.&lt;/p&gt;&lt;p&gt;Or look around the demo first: forty clients with two years of orders, meetings and payments, in a window of its own. Nothing of it comes into this database.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Добро пожаловать в kamdesk&lt;/h3&gt;&lt;p&gt;Это новая база данных. Начните со своей компании: её наименование, адрес, налоговые номера и банковские реквизиты печатаются в каждом предложении и договоре, а в её валюте показываются ваши итоги. Затем загрузите прайс-лист и добавьте ключевых клиентов.&lt;/p&gt;&lt;p&gt;Или сначала посмотрите демо: сорок клиентов с заказами, встречами и оплатами за два года, в отдельном окне. Ничего из него не попадёт в эту базу.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo</source>
            <translation>Посмотреть демо</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Не сейчас</translation>
        </message>
        <message>
            <source>Set up my company…</source>
            <translation>Настроить мою компанию…</translation>
        </message>
        <message>
            <source>Start it from a terminal with: kamdesk --demo</source>
            <translation>Запустите его из терминала: kamdesk --demo</translation>
        </message>
        <message>
            <source>The demo did not start</source>
            <translation>Демо не запустилось</translation>
        </message>
        <message>
            <source>Welcome to kamdesk</source>
            <translation>Добро пожаловать в kamdesk</translation>
        </message>
        <message>
            <source>Your company is set up. Import your price list now (CSV or Excel, with a column for each of your price columns)?</source>
            <translation>Компания настроена. Загрузить прайс-лист сейчас (CSV или Excel, по столбцу на каждую колонку цен)?</translation>
        </message>
        <message>
            <source>Your price list</source>
            <translation>Ваш прайс-лист</translation>
        </message>
    </context>
    <context>
        <name>FulfilmentDialogs</name>
        <message numerus="yes">
            <source>%n line(s) not fully shipped: {lines}.</source>
            <translation>
                <numerusform>%n строка отгружена не полностью: {lines}.</numerusform>
                <numerusform>%n строки отгружены не полностью: {lines}.</numerusform>
                <numerusform>%n строк отгружено не полностью: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {value}</source>
            <translation>
                <numerusform>%n строка, {value}</numerusform>
                <numerusform>%n строки, {value}</numerusform>
                <numerusform>%n строк, {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>A note for the whole return (optional)</source>
            <translation>Примечание ко всему возврату (необязательно)</translation>
        </message>
        <message>
            <source>Back now</source>
            <translation>Вернуть сейчас</translation>
        </message>
        <message>
            <source>Can return</source>
            <translation>Можно вернуть</translation>
        </message>
        <message>
            <source>Close the order without the {quantities} still to ship? They will not be shipped or invoiced on this order.</source>
            <translation>Закрыть заказ без ещё не отгруженного ({quantities})? По этому заказу они не будут отгружены и не попадут в счёт.</translation>
        </message>
        <message>
            <source>Close the order?</source>
            <translation>Закрыть заказ?</translation>
        </message>
        <message numerus="yes">
            <source>Coming back on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Возврат по %n строке на сумму {value}</numerusform>
                <numerusform>Возврат по %n строкам на сумму {value}</numerusform>
                <numerusform>Возврат по %n строкам на сумму {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Enter the quantity leaving on at least one line.</source>
            <translation>Укажите отгружаемое количество хотя бы в одной строке.</translation>
        </message>
        <message>
            <source>Enter the quantity that came back on at least one line.</source>
            <translation>Укажите возвращённое количество хотя бы в одной строке.</translation>
        </message>
        <message>
            <source>Goods coming back before the invoice: they will not be invoiced.</source>
            <translation>Товар возвращается до выставления счёта: он не попадёт в счёт.</translation>
        </message>
        <message>
            <source>Goods coming back from the client. Against invoice {inv} this is a credit note.</source>
            <translation>Товар возвращается от клиента. По счёту {inv} оформляется корректировка по возврату.</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Осталось</translation>
        </message>
        <message>
            <source>Line {no}: {why}</source>
            <translation>Строка {no}: {why}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Заказано</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Record delivery</source>
            <translation>Записать доставку</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>Записать возврат</translation>
        </message>
        <message>
            <source>Recording the delivery closes the order at what was shipped; ship the rest first if the client still gets it.</source>
            <translation>Запись доставки закрывает заказ по отгруженному количеству; если клиент ещё получит остальное, сначала отгрузите его.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Отказано</translation>
        </message>
        <message numerus="yes">
            <source>Refused on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Отказ по %n строке на сумму {value}</numerusform>
                <numerusform>Отказ по %n строкам на сумму {value}</numerusform>
                <numerusform>Отказ по %n строкам на сумму {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращено</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Отгрузить</translation>
        </message>
        <message>
            <source>Ship now</source>
            <translation>Отгрузить сейчас</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отгружено</translation>
        </message>
        <message numerus="yes">
            <source>Shipping %n line(s) worth {value}</source>
            <translation>
                <numerusform>Отгрузка %n строки на сумму {value}</numerusform>
                <numerusform>Отгрузка %n строк на сумму {value}</numerusform>
                <numerusform>Отгрузка %n строк на сумму {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>The client received what was shipped. Enter what it refused at delivery, with the reason; leave the rest empty.</source>
            <translation>Клиент получил отгруженное. Укажите, от чего он отказался при приёмке, с причиной; остальное оставьте пустым.</translation>
        </message>
        <message>
            <source>What leaves the warehouse now, line by line; the rest can follow later.</source>
            <translation>Что отгружается со склада сейчас, по строкам; остальное можно отгрузить позже.</translation>
        </message>
        <message>
            <source>line {no} ({qty})</source>
            <translation>строка {no} ({qty})</translation>
        </message>
        <message>
            <source>what happened</source>
            <translation>что произошло</translation>
        </message>
        <message>
            <source>{qty} on line {no}</source>
            <translation>{qty} в строке {no}</translation>
        </message>
        <message>
            <source>— reason —</source>
            <translation>— причина —</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>A commercial proposal, and the contract package (supply contract, specification, invoice for payment), are made from an order, in the language the client reads.</source>
            <translation>Коммерческое предложение и пакет документов к договору (договор поставки, спецификация, счёт на оплату) готовятся из заказа, на языке, который читает клиент.</translation>
        </message>
        <message>
            <source>A confirmed order is changed through {revision}.</source>
            <translation>Проведённый заказ меняют через {revision}.</translation>
        </message>
        <message>
            <source>A contract package names the contract it belongs to: later orders cite the same contract.</source>
            <translation>Пакет документов называет свой договор: следующие заказы ссылаются на тот же договор.</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: keep it where your team keeps its secrets.</source>
            <translation>Забытую парольную фразу восстановить нельзя: храните её там, где команда хранит свои секреты.</translation>
        </message>
        <message>
            <source>A meeting at the client's address reminds you when to leave, with the travel time counted.</source>
            <translation>Встреча по адресу клиента напомнит, когда выезжать, с учётом времени в пути.</translation>
        </message>
        <message>
            <source>A new database offers these steps itself when it opens: {setup_company}.</source>
            <translation>Новая база данных сама предлагает эти шаги при открытии: {setup_company}.</translation>
        </message>
        <message>
            <source>A new meeting starts on the next working day, inside the working hours set in {file} › {rules}.</source>
            <translation>Новая встреча назначается на следующий рабочий день, в рабочие часы из {file} › {rules}.</translation>
        </message>
        <message>
            <source>A payment settles the oldest invoices first unless you choose the invoices.</source>
            <translation>Оплата закрывает сначала самые старые счета, если вы не выберете счета сами.</translation>
        </message>
        <message>
            <source>Add your key clients in {clients} with {new_client}.</source>
            <translation>Добавьте ключевых клиентов в разделе {clients} кнопкой {new_client}.</translation>
        </message>
        <message>
            <source>Archived clients are hidden from the list: tick {show_archived}.</source>
            <translation>Архивные клиенты скрыты из списка: отметьте {show_archived}.</translation>
        </message>
        <message>
            <source>Before the first proposal kamdesk needs to know who you are: your company's details print on every document, and the price list gives every client its prices.</source>
            <translation>До первого коммерческого предложения kamdesk должен знать, кто вы: реквизиты вашей компании печатаются на каждом документе, а прайс-лист даёт каждому клиенту его цены.</translation>
        </message>
        <message>
            <source>Begin the day in {today}. Tick a task under {tasks} when it is done; click a client's name to open the dossier.</source>
            <translation>Начинайте день с раздела {today}. Отмечайте задачу в блоке {tasks}, когда она выполнена; щелчок по имени клиента открывает досье.</translation>
        </message>
        <message>
            <source>Called off? Press {cancelled} and say why: it stays in the history.</source>
            <translation>Встреча не состоялась? Нажмите {cancelled} и укажите причину: она останется в истории.</translation>
        </message>
        <message>
            <source>Calls and meetings that are over without an outcome wait in {today} under {outcomes}.</source>
            <translation>Прошедшие звонки и встречи без результата ждут в разделе {today}, в блоке {outcomes}.</translation>
        </message>
        <message>
            <source>Choose a client: its invoices, payments and dunning steps appear below.</source>
            <translation>Выберите клиента: ниже появятся его счета, оплаты и этапы напоминаний.</translation>
        </message>
        <message>
            <source>Choose the {document_language}, and check who it is addressed to, how long it is valid, and the delivery and payment terms.</source>
            <translation>Выберите {document_language} и проверьте адресата, срок действия, условия поставки и оплаты.</translation>
        </message>
        <message>
            <source>Choose who the file is for: a laptop you exchanged files with gets what changed since; a colleague starting out gets {new_laptop}.</source>
            <translation>Выберите, для кого файл: ноутбук, с которым вы уже обменивались, получит изменения с прошлого раза; коллега, который только начинает, — {new_laptop}.</translation>
        </message>
        <message>
            <source>Choose {file} › {encryption}, type a passphrase of a few words twice and press {encrypt}. Its backups are encrypted too.</source>
            <translation>Выберите {file} › {encryption}, дважды введите парольную фразу из нескольких слов и нажмите {encrypt}. Резервные копии тоже шифруются.</translation>
        </message>
        <message>
            <source>Choose {file} › {settings} and fill in the pages {company}, {bank}, {tax} and {people}: at least the fields marked *.</source>
            <translation>Выберите {file} › {settings} и заполните страницы {company}, {bank}, {tax} и {people}: как минимум поля со звёздочкой *.</translation>
        </message>
        <message>
            <source>Click a column heading to sort the list, for example by the share of revenue or the ABC class.</source>
            <translation>Щёлкните по заголовку столбца, чтобы отсортировать список, например по доле выручки или классу ABC.</translation>
        </message>
        <message>
            <source>Collect receivables and follow the plan</source>
            <translation>Дебиторская задолженность и план продаж</translation>
        </message>
        <message>
            <source>Double-click a line in {history} to open that order or meeting.</source>
            <translation>Двойной щелчок по строке на вкладке {history} открывает этот заказ или встречу.</translation>
        </message>
        <message>
            <source>Double-click the client: its dossier opens.</source>
            <translation>Дважды щёлкните по клиенту: откроется его досье.</translation>
        </message>
        <message>
            <source>Drag a meeting to move it. The list under the week shows the chosen day with each meeting's readiness and any clash.</source>
            <translation>Перетащите встречу, чтобы перенести её. Список под неделей показывает выбранный день: готовность каждой встречи и пересечения.</translation>
        </message>
        <message>
            <source>Enter an order</source>
            <translation>Оформить заказ</translation>
        </message>
        <message>
            <source>Find a client and read the dossier</source>
            <translation>Найти клиента и прочитать досье</translation>
        </message>
        <message>
            <source>Give each laptop a name in {file} › {laptop}: the history then says who sent what.</source>
            <translation>Дайте каждому ноутбуку имя в {file} › {laptop}: тогда история покажет, кто что прислал.</translation>
        </message>
        <message>
            <source>Go through the tabs: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} and {history}.</source>
            <translation>Пройдите по вкладкам: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} и {history}.</translation>
        </message>
        <message>
            <source>Go to {place}</source>
            <translation>Перейти: {place}</translation>
        </message>
        <message>
            <source>In {file} › {rules} set the team's credit control, the credit limit and payment days of new clients, and your working hours.</source>
            <translation>В {file} › {rules} задайте кредитный контроль команды, кредитный лимит и отсрочку платежа для новых клиентов и свои рабочие часы.</translation>
        </message>
        <message>
            <source>In {orders} press {new_order}, or start the order from the dossier, and choose the client.</source>
            <translation>В разделе {orders} нажмите {new_order} или начните заказ из досье и выберите клиента.</translation>
        </message>
        <message>
            <source>In {reports} › {plans} set each client's plan by month and follow plan against actual.</source>
            <translation>В {reports} › {plans} задайте план по каждому клиенту помесячно и следите за планом и фактом.</translation>
        </message>
        <message>
            <source>Keep one backup away from the laptop: a lost laptop takes its folder with it.</source>
            <translation>Храните одну резервную копию отдельно от ноутбука: потерянный ноутбук уносит с собой и свою папку.</translation>
        </message>
        <message>
            <source>Key clients do not forgive seven mistakes: being late, arguing, interrupting, knowing nothing about the client, poor preparation, bad manners, and not knowing our own company and product. The {preparation} page of a meeting guards against each of them.</source>
            <translation>Ключевые клиенты не прощают семи ошибок: опоздание, спор, перебивание, незнание клиента, слабая подготовка, плохие манеры и незнание своей компании и продукта. Страница {preparation} встречи защищает от каждой из них.</translation>
        </message>
        <message>
            <source>No overdue debt is part of the job. {receivables} shows what each client owes, by age, and what was done to collect it; {reports} sets the sales plan against the actual.</source>
            <translation>Отсутствие просроченной задолженности — часть работы. {receivables} показывает долг каждого клиента по срокам и что сделано для его взыскания; {reports} сопоставляет план продаж с фактом.</translation>
        </message>
        <message>
            <source>On the other laptop press {import_file} and type the same passphrase.</source>
            <translation>На другом ноутбуке нажмите {import_file} и введите ту же парольную фразу.</translation>
        </message>
        <message>
            <source>On {details} choose the people attending, the subject, the products to talk about and the offer.</source>
            <translation>На вкладке {details} выберите участников, тему, товары для обсуждения и предложение.</translation>
        </message>
        <message>
            <source>Once the database is encrypted, {file} › {laptop} › {lock_after} locks the window after the idle minutes you choose.</source>
            <translation>Когда база данных зашифрована, {file} › {laptop} › {lock_after} блокирует окно после выбранного числа минут бездействия.</translation>
        </message>
        <message>
            <source>Open the meeting and go to {after}.</source>
            <translation>Откройте встречу и перейдите на вкладку {after}.</translation>
        </message>
        <message>
            <source>Open the meeting from {schedule} or {today}, or make one with {dossier_meeting} in the dossier.</source>
            <translation>Откройте встречу из раздела {schedule} или {today} либо создайте её в досье кнопкой {dossier_meeting}.</translation>
        </message>
        <message>
            <source>Open the order; under {documents} press {proposal} or {package}.</source>
            <translation>Откройте заказ; в меню {documents} выберите {proposal} или {package}.</translation>
        </message>
        <message>
            <source>Open {preparation}: the readiness out of 100 says what is still missing.</source>
            <translation>Откройте {preparation}: готовность из 100 показывает, чего ещё не хватает.</translation>
        </message>
        <message>
            <source>Open {products} and press {price_columns}: one price column for each discount level (for example retail, wholesale, key client).</source>
            <translation>Откройте раздел {products} и нажмите {price_columns}: один вид цен на каждый уровень скидки (например, розница, опт, ключевой клиент).</translation>
        </message>
        <message>
            <source>Open {receivables}; tick {only_overdue} to see only the clients who are late.</source>
            <translation>Откройте раздел {receivables}; отметьте {only_overdue}, чтобы видеть только клиентов с просрочкой.</translation>
        </message>
        <message>
            <source>Open {schedule}. The arrows, or Alt+Left and Alt+Right, go to the week before and after.</source>
            <translation>Откройте раздел {schedule}. Стрелки или Alt+Влево и Alt+Вправо переходят к предыдущей и следующей неделе.</translation>
        </message>
        <message>
            <source>Open {sync} and press {export_file}.</source>
            <translation>Откройте раздел {sync} и нажмите {export_file}.</translation>
        </message>
        <message>
            <source>Plan your day and your week</source>
            <translation>Спланировать день и неделю</translation>
        </message>
        <message>
            <source>Prepare a meeting</source>
            <translation>Подготовиться к встрече</translation>
        </message>
        <message>
            <source>Press Ctrl+F or open {clients} and type part of a name, a code, a tax number or a city.</source>
            <translation>Нажмите Ctrl+F или откройте раздел {clients} и введите часть названия, код, ИНН или город.</translation>
        </message>
        <message>
            <source>Press {add_step} for each agreed next step, with its due date.</source>
            <translation>Нажмите {add_step} для каждого согласованного шага и укажите срок.</translation>
        </message>
        <message>
            <source>Press {confirm} (Ctrl+Shift+C). When credit control blocks the order, the window says why; the head of department can still approve it under {confirm_anyway}.</source>
            <translation>Нажмите {confirm} (Ctrl+Shift+C). Если кредитный контроль блокирует заказ, окно скажет почему; руководитель отдела всё же может одобрить его в блоке {confirm_anyway}.</translation>
        </message>
        <message>
            <source>Press {held}: the next steps appear under {tasks} in {today}.</source>
            <translation>Нажмите {held}: следующие шаги появятся в блоке {tasks} раздела {today}.</translation>
        </message>
        <message>
            <source>Press {import_products} and choose your price list (Excel or CSV). Match the columns, correct the rows it lists as problems, then press {import}.</source>
            <translation>Нажмите {import_products} и выберите свой прайс-лист (Excel или CSV). Сопоставьте столбцы, исправьте строки из списка проблем, затем нажмите {import}.</translation>
        </message>
        <message>
            <source>Press {new_meeting} or {new_call}, or double-click a free time in the week.</source>
            <translation>Нажмите {new_meeting} или {new_call} либо дважды щёлкните по свободному времени в неделе.</translation>
        </message>
        <message>
            <source>Press {preview} to see the PDF: nothing is issued yet.</source>
            <translation>Нажмите {preview}, чтобы увидеть PDF: пока ничего не выпускается.</translation>
        </message>
        <message>
            <source>Press {print_brief} to take the brief on paper.</source>
            <translation>Нажмите {print_brief}, чтобы взять памятку с собой на бумаге.</translation>
        </message>
        <message>
            <source>Press {print_week} for the week on one page, or {export_week} for the calendar of your phone.</source>
            <translation>Нажмите {print_week}, чтобы получить неделю на одной странице, или {export_week} — для календаря в телефоне.</translation>
        </message>
        <message>
            <source>Press {print}, {save_as} or {email}: the document gets its number and is kept in the client's history.</source>
            <translation>Нажмите {print}, {save_as} или {email}: документ получит номер и сохранится в истории клиента.</translation>
        </message>
        <message>
            <source>Press {reconciliation} for the statement of mutual settlements to sign with the client.</source>
            <translation>Нажмите {reconciliation}, чтобы получить акт сверки взаиморасчётов для подписания с клиентом.</translation>
        </message>
        <message>
            <source>Press {record_payment} for money received, or {bank_statement} to read a bank statement.</source>
            <translation>Нажмите {record_payment} для поступивших денег или {bank_statement}, чтобы загрузить выписку банка.</translation>
        </message>
        <message>
            <source>Press {save_draft} (Ctrl+Enter) to keep the draft.</source>
            <translation>Нажмите {save_draft} (Ctrl+Enter), чтобы сохранить черновик.</translation>
        </message>
        <message>
            <source>Print a proposal or a contract package</source>
            <translation>Напечатать КП или пакет документов</translation>
        </message>
        <message>
            <source>Protect the laptop and its data</source>
            <translation>Защитить ноутбук и данные</translation>
        </message>
        <message>
            <source>Read how to address each person and in which language, and the client's figures: revenue, plan, what it owes.</source>
            <translation>Прочитайте, как обращаться к каждому участнику и на каком языке, и цифры клиента: выручку, план, задолженность.</translation>
        </message>
        <message>
            <source>Record a meeting's outcome</source>
            <translation>Записать результат встречи</translation>
        </message>
        <message>
            <source>Record each reminder, call or letter about a debt with {dunning}.</source>
            <translation>Фиксируйте каждое напоминание, звонок или письмо о долге кнопкой {dunning}.</translation>
        </message>
        <message>
            <source>Set up your company and the price list</source>
            <translation>Настроить компанию и прайс-лист</translation>
        </message>
        <message>
            <source>Share data with another laptop</source>
            <translation>Обменяться данными с другим ноутбуком</translation>
        </message>
        <message>
            <source>Start the next step from the dossier: {dossier_order} or {dossier_meeting}.</source>
            <translation>Начинайте следующий шаг прямо из досье: {dossier_order} или {dossier_meeting}.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Шаги</translation>
        </message>
        <message>
            <source>Take a key client's order yourself, by volume and by assortment. When the order is confirmed, credit control checks the client's limit and overdue invoices.</source>
            <translation>Принимайте заказ ключевого клиента сами, по объёму и по ассортименту. При проведении заказа кредитный контроль проверяет лимит клиента и просроченные счета.</translation>
        </message>
        <message>
            <source>The bar at the top says how complete the dossier is and what is missing: fill it in before you meet the client.</source>
            <translation>Полоса вверху показывает, насколько заполнено досье и чего не хватает: дополните его до встречи с клиентом.</translation>
        </message>
        <message>
            <source>The dossier holds everything you know about a client: the profile and strategy, the people and how they relate, competitors, terms and prices, and the whole history of meetings, orders and payments.</source>
            <translation>Досье хранит всё, что вы знаете о клиенте: профиль и стратегию, людей и отношения между ними, конкурентов, условия и цены, всю историю встреч, заказов и оплат.</translation>
        </message>
        <message>
            <source>The laptop carries the team's clients, prices and debts to every client's site. Encrypt the database, keep backups, and let the window lock when you step away.</source>
            <translation>Ноутбук возит клиентов, цены и долги команды к каждому клиенту. Зашифруйте базу данных, храните резервные копии и пусть окно блокируется, когда вы отходите.</translation>
        </message>
        <message>
            <source>The list beside the lines suggests what the client bought before and what others in its segment buy: double-click to add.</source>
            <translation>Список рядом со строками подсказывает, что клиент покупал раньше и что покупают другие в его сегменте: двойной щелчок добавляет товар.</translation>
        </message>
        <message>
            <source>The readiness changes as you type and tick; a tick cannot stand in for what has to be filled in.</source>
            <translation>Готовность меняется по мере ввода и отметок; отметка не заменяет то, что нужно заполнить.</translation>
        </message>
        <message>
            <source>The team's rules travel with the data to every laptop; the language and the look are this laptop's own ({file} › {laptop}).</source>
            <translation>Правила команды переходят вместе с данными на каждый ноутбук; язык и оформление у каждого ноутбука свои ({file} › {laptop}).</translation>
        </message>
        <message>
            <source>Tick {keyring} so that kamdesk does not ask for the passphrase at every start.</source>
            <translation>Отметьте {keyring}, чтобы kamdesk не спрашивал парольную фразу при каждом запуске.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Советы</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name, then Enter; then the quantity. The client's price column, special prices and promotions apply by themselves.</source>
            <translation>Введите артикул или часть наименования товара и нажмите Enter, затем количество. Вид цен клиента, специальные цены и акции применяются сами.</translation>
        </message>
        <message>
            <source>Type the team's passphrase twice, choose where the file goes, and hand it over on a USB stick or by e-mail.</source>
            <translation>Дважды введите парольную фразу команды, выберите, куда сохранить файл, и передайте его на флешке или по электронной почте.</translation>
        </message>
        <message>
            <source>Under {objections} prepare a calm answer to each thing the client holds against us: do not argue.</source>
            <translation>В блоке {objections} подготовьте спокойный ответ на каждую претензию клиента к нам: не спорьте.</translation>
        </message>
        <message>
            <source>Under {outcome} write the decisions, what the client said and the mood in the room.</source>
            <translation>В поле {outcome} запишите решения, что сказал клиент и какой была атмосфера.</translation>
        </message>
        <message>
            <source>When both laptops changed the same thing, {conflicts} shows both values: choose the one to keep.</source>
            <translation>Если оба ноутбука изменили одно и то же, {conflicts} показывает оба значения: выберите, какое оставить.</translation>
        </message>
        <message>
            <source>When the goods leave press {ship}, when the client has them {delivered}, then {invoice}. An issued invoice cannot be taken back.</source>
            <translation>Когда товар уходит со склада, нажмите {ship}, когда клиент его получил — {delivered}, затем {invoice}. Выставленный счёт отменить нельзя.</translation>
        </message>
        <message>
            <source>Write down what came of a meeting or call while you remember it: the outcome goes into the client's history, and each agreed step becomes your task.</source>
            <translation>Запишите итог встречи или звонка, пока помните его: результат попадает в историю клиента, а каждый согласованный шаг становится вашей задачей.</translation>
        </message>
        <message>
            <source>Write the {listening}: the questions to ask, in order. Ask, then listen; do not interrupt.</source>
            <translation>Составьте {listening}: вопросы по порядку. Спросите и слушайте, не перебивайте.</translation>
        </message>
        <message>
            <source>Write what the client answered to each question you had planned.</source>
            <translation>Запишите ответы клиента на каждый заготовленный вопрос.</translation>
        </message>
        <message>
            <source>Your company's details, bank and logo come from {file} › {settings}; the client's from the dossier.</source>
            <translation>Реквизиты, банк и логотип вашей компании берутся из {file} › {settings}, реквизиты клиента — из досье.</translation>
        </message>
        <message>
            <source>kamdesk works without a network. The team's laptops share their data through encrypted files: export one for a colleague, import the ones you receive.</source>
            <translation>kamdesk работает без сети. Ноутбуки команды обмениваются данными через зашифрованные файлы: выгрузите файл для коллеги, загрузите те, что получили.</translation>
        </message>
        <message>
            <source>{duplicate} makes the same meeting a week later, with the same people and plan.</source>
            <translation>{duplicate} создаёт такую же встречу через неделю, с теми же участниками и планом.</translation>
        </message>
        <message>
            <source>{file} › {backups} lists the backups kamdesk made before each upgrade and import; {back_up_now} makes one, for example on a USB stick, and {restore} puts one back.</source>
            <translation>{file} › {backups} показывает резервные копии, которые kamdesk сделал перед каждым обновлением и загрузкой; {back_up_now} создаёт копию, например на флешке, а {restore} возвращает её.</translation>
        </message>
        <message>
            <source>{reports} › {key_clients} shows the shares of revenue, the ABC classes and how much the business depends on one client.</source>
            <translation>{reports} › {key_clients} показывает доли выручки, классы ABC и насколько бизнес зависит от одного клиента.</translation>
        </message>
        <message>
            <source>{today} is your day on one page: meetings and calls, tasks due, birthdays, promotions ending and overdue invoices. {schedule} is your week of visits and calls.</source>
            <translation>{today} — ваш день на одной странице: встречи и звонки, задачи к сроку, дни рождения, заканчивающиеся акции и просроченные счета. {schedule} — ваша неделя визитов и звонков.</translation>
        </message>
    </context>
    <context>
        <name>GuideAction</name>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Руководство</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>No page has these words.</source>
            <translation>Нет страницы с этими словами.</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Поиск по руководству</translation>
        </message>
        <message>
            <source>kamdesk guide</source>
            <translation>Руководство kamdesk</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over</source>
            <translation>Передать</translation>
        </message>
        <message>
            <source>Hand over the client</source>
            <translation>Передача клиента</translation>
        </message>
        <message>
            <source>Hand over to:</source>
            <translation>Кому передать:</translation>
        </message>
        <message>
            <source>Hand {client} over to another key account manager. The lead KAM they replace keeps the client until their next sync with the team server, which sends their last changes first.</source>
            <translation>Передайте клиента {client} другому менеджеру по ключевым клиентам. Прежний основной менеджер ведёт клиента до своей следующей синхронизации с сервером команды, которая сначала отправит его последние изменения.</translation>
        </message>
        <message>
            <source>KAMs now:</source>
            <translation>Сейчас ведут:</translation>
        </message>
        <message>
            <source>On the team server a handover is the manager's to make: one made here by a KAM is refused at their next sync.</source>
            <translation>При работе с сервером команды передавать клиентов может только руководитель: передачу, сделанную здесь менеджером, сервер отклонит при его следующей синхронизации.</translation>
        </message>
        <message>
            <source>The client has the most KAMs it may have.</source>
            <translation>У клиента уже максимальное число менеджеров.</translation>
        </message>
        <message>
            <source>as a co-KAM beside the others: nobody leaves</source>
            <translation>дополнительным менеджером наряду с остальными: никто не уходит</translation>
        </message>
        <message>
            <source>as the lead KAM</source>
            <translation>основным менеджером</translation>
        </message>
        <message>
            <source>as the lead KAM: {kam} leaves</source>
            <translation>основным менеджером: {kam} перестаёт вести клиента</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message>
            <source>{kam} (lead)</source>
            <translation>{kam} (основной)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n запись</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Претензии</translation>
        </message>
        <message>
            <source>Contract {number}</source>
            <translation>Договор {number}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Счёт {number}</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Счета</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Заказ {number}</translation>
        </message>
        <message>
            <source>Order {number} cancelled</source>
            <translation>Заказ {number} отменён</translation>
        </message>
        <message>
            <source>Order {number} changed</source>
            <translation>Заказ {number} изменён</translation>
        </message>
        <message>
            <source>Order {number} confirmed</source>
            <translation>Заказ {number} подтверждён</translation>
        </message>
        <message>
            <source>Order {number} confirmed past the credit block</source>
            <translation>Заказ {number} подтверждён в обход кредитной блокировки</translation>
        </message>
        <message>
            <source>Order {number} delivered</source>
            <translation>Заказ {number} доставлен</translation>
        </message>
        <message>
            <source>Order {number} invoiced</source>
            <translation>По заказу {number} выставлен счёт</translation>
        </message>
        <message>
            <source>Order {number} revised</source>
            <translation>Новая редакция заказа {number}</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Заказ {number} отгружен</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Оплата</translation>
        </message>
        <message>
            <source>Payment {number}</source>
            <translation>Оплата {number}</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Оплаты</translation>
        </message>
        <message>
            <source>Proposal {number}</source>
            <translation>Коммерческое предложение {number}</translation>
        </message>
        <message>
            <source>Proposals and contracts</source>
            <translation>Коммерческие предложения и договоры</translation>
        </message>
        <message>
            <source>Refused at delivery, order {number}</source>
            <translation>Отказ при доставке, заказ {number}</translation>
        </message>
        <message>
            <source>Return {number}</source>
            <translation>Возврат {number}</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Возвраты и отказы</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>before invoice</source>
            <translation>до выставления счёта</translation>
        </message>
        <message>
            <source>call</source>
            <translation>звонок</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>рекламация</translation>
        </message>
        <message>
            <source>credit note</source>
            <translation>корректировка по возврату</translation>
        </message>
        <message>
            <source>document</source>
            <translation>документ</translation>
        </message>
        <message>
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>срок оплаты {day}</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>счёт</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>выдано</translation>
        </message>
        <message>
            <source>line {no}: {quantity} ({why})</source>
            <translation>строка {no}: {quantity} ({why})</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыта</translation>
        </message>
        <message>
            <source>order</source>
            <translation>заказ</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>оплата</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>урегулирована</translation>
        </message>
        <message>
            <source>return</source>
            <translation>возврат</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>заменено новой версией</translation>
        </message>
        <message>
            <source>task</source>
            <translation>задача</translation>
        </message>
        <message>
            <source>valid until {day}</source>
            <translation>действительно до {day}</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation>Это не та парольная фраза.</translation>
        </message>
        <message>
            <source>Unlock first: a window may hold unsaved changes.</source>
            <translation>Сначала разблокируйте: в окне могут быть несохранённые изменения.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>* required. An empty price cell means the price column's percentage applies (and clears an explicit price the product had).</source>
            <translation>* обязательные. Пустая ячейка цены означает, что действует процент вида цен (и явная цена товара, если была, очищается).</translation>
        </message>
        <message>
            <source>A price column to load a file's column into</source>
            <translation>Вид цен, в который загрузить столбец файла</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Базовая цена</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Выберите файл .csv или .xlsx</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Выберите файл, чтобы увидеть, что будет загружено.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Выберите файл для загрузки</translation>
        </message>
        <message>
            <source>Choose the missing columns on the left, or correct the headings.</source>
            <translation>Выберите недостающие столбцы слева или исправьте заголовки.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the price list</source>
            <translation>Выгрузить прайс-лист</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Загрузить</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Загрузка товаров</translation>
        </message>
        <message>
            <source>Imported: %1 created, %2 updated, %3 explicit prices set, %4 cleared.</source>
            <translation>Загружено: создано %1, обновлено %2, установлено явных цен %3, очищено %4.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation>
                <numerusform>Загружается %n строка…</numerusform>
                <numerusform>Загружаются %n строки…</numerusform>
                <numerusform>Загружаются %n строк…</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Name of the price column (e.g. Wholesale):</source>
            <translation>Название вида цен (например, Опт):</translation>
        </message>
        <message>
            <source>New price column</source>
            <translation>Новый вид цен</translation>
        </message>
        <message>
            <source>New price column…</source>
            <translation>Новый вид цен…</translation>
        </message>
        <message>
            <source>Not UTF-8: read as %1.</source>
            <translation>Не UTF-8: прочитан в кодировке %1.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Не загружено: %1</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>Из этого файла ничего нельзя загрузить.</translation>
        </message>
        <message>
            <source>Nothing to import: the catalogue already matches.</source>
            <translation>Загружать нечего: каталог уже совпадает.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems below are corrected.</source>
            <translation>Ничего не будет загружено, пока не исправлены проблемы ниже.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Прайс-лист</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>Цена: %1</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Проблемы (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Проблем нет</translation>
        </message>
        <message>
            <source>Read the file again after correcting it in the spreadsheet</source>
            <translation>Прочитать файл заново после исправления в таблице</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Строк в файле: %1.</translation>
        </message>
        <message>
            <source>Rows in the file: %1; the first %2 are shown.</source>
            <translation>Строк в файле: %1; показаны первые %2.</translation>
        </message>
        <message>
            <source>Rows to correct: %1. Correct them in the spreadsheet, save it and press Check again.</source>
            <translation>Строк для исправления: %1. Исправьте их в таблице, сохраните её и нажмите «Проверить снова».</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Электронные таблицы (*.xlsx *.csv);;Книга Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>That price column no longer exists.</source>
            <translation>Этот вид цен больше не существует.</translation>
        </message>
        <message>
            <source>The file is correct: %1. Press Import to save.</source>
            <translation>Файл корректен: %1. Нажмите «Загрузить», чтобы сохранить.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>VAT rate, %</source>
            <translation>Ставка НДС, %</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>header</source>
            <translation>заголовок</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n change(s) could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</source>
            <translation>
                <numerusform>%n изменение не удалось отправить: применить его может только ваш руководитель (клиент больше не ваш, либо это каталог, цены или сотрудники).</numerusform>
                <numerusform>%n изменения не удалось отправить: применить их может только ваш руководитель (клиент больше не ваш, либо это каталог, цены или сотрудники).</numerusform>
                <numerusform>%n изменений не удалось отправить: применить их может только ваш руководитель (клиент больше не ваш, либо это каталог, цены или сотрудники).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent to the server.</source>
            <translation>
                <numerusform>На сервер отправлено %n изменение.</numerusform>
                <numerusform>На сервер отправлено %n изменения.</numerusform>
                <numerusform>На сервер отправлено %n изменений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: see Conflicts to resolve.</source>
            <translation>
                <numerusform>%n конфликт нужно решить: см. «Конфликты для решения».</numerusform>
                <numerusform>%n конфликта нужно решить: см. «Конфликты для решения».</numerusform>
                <numerusform>%n конфликтов нужно решить: см. «Конфликты для решения».</numerusform>
            </translation>
        </message>
        <message>
            <source>Added here: {kinds}.</source>
            <translation>Добавлено на этом ноутбуке: {kinds}.</translation>
        </message>
        <message>
            <source>Added: {kinds}.</source>
            <translation>Добавлено: {kinds}.</translation>
        </message>
        <message>
            <source>Changed here: {kinds}.</source>
            <translation>Изменено на этом ноутбуке: {kinds}.</translation>
        </message>
        <message>
            <source>Changed: {kinds}.</source>
            <translation>Изменено: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted here: {kinds}.</source>
            <translation>Удалено на этом ноутбуке: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted: {kinds}.</source>
            <translation>Удалено: {kinds}.</translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>От команды ничего нового.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already had all the file holds.</source>
            <translation>Ничего нового: на этом ноутбуке уже есть всё, что содержит файл.</translation>
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
            <translation>A — крупнейшие клиенты по выручке; C — самые мелкие</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Накопленная</translation>
        </message>
        <message>
            <source>Estimated spend of the client minus what it buys from us</source>
            <translation>Оценка закупок клиента за вычетом того, что он покупает у нас</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Ключевой</translation>
        </message>
        <message>
            <source>Key reasons</source>
            <translation>Почему ключевой</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Потенциал</translation>
        </message>
        <message>
            <source>Rank by revenue</source>
            <translation>Место по выручке</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Выручка, {currency}</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>The client's share of all revenue</source>
            <translation>Доля клиента во всей выручке</translation>
        </message>
        <message>
            <source>The share of this client and all above it together</source>
            <translation>Доля этого клиента вместе со всеми клиентами выше</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>критический</translation>
        </message>
        <message>
            <source>innovator</source>
            <translation>инноватор</translation>
        </message>
        <message>
            <source>key</source>
            <translation>ключевой</translation>
        </message>
        <message>
            <source>mono-client</source>
            <translation>моноклиент</translation>
        </message>
        <message>
            <source>more competent</source>
            <translation>компетентнее нас</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>партнёр</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>потенциал</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>референтный</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>выручка</translation>
        </message>
    </context>
    <context>
        <name>LaptopDialog</name>
        <message numerus="yes">
            <source>%n idle minute(s)</source>
            <translation>
                <numerusform>%n минуту простоя</numerusform>
                <numerusform>%n минуты простоя</numerusform>
                <numerusform>%n минут простоя</numerusform>
            </translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Оформление</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмное</translation>
        </message>
        <message>
            <source>For an encrypted database: the window hides its data until the passphrase is given again.</source>
            <translation>Для зашифрованной базы: окно скрывает данные, пока снова не введена парольная фраза.</translation>
        </message>
        <message>
            <source>How the team's sync files name this laptop, and the series of the numbers it gives orders, invoices, returns and documents, so that two laptops never give the same number. Numbers already given keep theirs.</source>
            <translation>Как этот ноутбук называется в файлах синхронизации команды, и серия номеров, которые он присваивает заказам, счетам, возвратам и документам, чтобы два ноутбука никогда не выдали один и тот же номер. Уже присвоенные номера не меняются.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлое</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Блокировать через</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>New orders are numbered like {number}</source>
            <translation>Новые заказы нумеруются как {number}</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Серия номеров</translation>
        </message>
        <message>
            <source>The interface shows the new language the next time kamdesk starts.</source>
            <translation>Интерфейс будет на новом языке при следующем запуске kamdesk.</translation>
        </message>
        <message>
            <source>The manager's laptop, say: its price list, promotions, team rules and company profile win when another laptop changed them at the same time.</source>
            <translation>Например, ноутбук руководителя: его прайс-лист, акции, правила команды и профиль организации имеют приоритет, если другой ноутбук изменил их в то же время.</translation>
        </message>
        <message>
            <source>This database has no laptop identity yet: open it in kamdesk.</source>
            <translation>У этой базы ещё нет идентификатора ноутбука: откройте её в kamdesk.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Этот ноутбук</translation>
        </message>
        <message>
            <source>This laptop is the team's hub</source>
            <translation>Этот ноутбук — центральный узел команды</translation>
        </message>
        <message>
            <source>e.g. Anna's laptop</source>
            <translation>например, Ноутбук Анны</translation>
        </message>
        <message>
            <source>kamdesk shows the new appearance the next time it starts.</source>
            <translation>Новое оформление будет применено при следующем запуске kamdesk.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
    </context>
    <context>
        <name>LeaveNotice</name>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Open meeting</source>
            <translation>Открыть встречу</translation>
        </message>
    </context>
    <context>
        <name>LeaveReminder</name>
        <message numerus="yes">
            <source>(travel %n min)</source>
            <translation>
                <numerusform>(в пути %n мин)</numerusform>
                <numerusform>(в пути %n мин)</numerusform>
                <numerusform>(в пути %n мин)</numerusform>
            </translation>
        </message>
        <message>
            <source>Call at {time} — {subject}</source>
            <translation>Позвонить в {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Call in %n min</source>
            <translation>
                <numerusform>Звонок через %n мин</numerusform>
                <numerusform>Звонок через %n мин</numerusform>
                <numerusform>Звонок через %n мин</numerusform>
            </translation>
        </message>
        <message>
            <source>Call {client} at {time} — {subject}</source>
            <translation>Позвонить в {time}: {client} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting at {time} — {subject}</source>
            <translation>Подключиться к встрече в {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting with {client} at {time} — {subject}</source>
            <translation>Подключиться к встрече в {time}: {client} — {subject}</translation>
        </message>
        <message>
            <source>Leave now for {client} — {subject} at {time}</source>
            <translation>Выезжайте сейчас: {client} — {subject} в {time}</translation>
        </message>
        <message>
            <source>Leave now — {subject} at {time}</source>
            <translation>Выезжайте сейчас: {subject} в {time}</translation>
        </message>
        <message>
            <source>Meeting at {time} — {subject}</source>
            <translation>Встреча в {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Meeting in %n min</source>
            <translation>
                <numerusform>Встреча через %n мин</numerusform>
                <numerusform>Встреча через %n мин</numerusform>
                <numerusform>Встреча через %n мин</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting with {client} at {time} — {subject}</source>
            <translation>Встреча в {time}: {client} — {subject}</translation>
        </message>
        <message>
            <source>Time to leave</source>
            <translation>Пора выезжать</translation>
        </message>
        <message numerus="yes">
            <source>Video meeting in %n min</source>
            <translation>
                <numerusform>Видеовстреча через %n мин</numerusform>
                <numerusform>Видеовстреча через %n мин</numerusform>
                <numerusform>Видеовстреча через %n мин</numerusform>
            </translation>
        </message>
        <message>
            <source>kamdesk needs you: unlock it to see a reminder.</source>
            <translation>kamdesk ждёт вас: разблокируйте, чтобы увидеть напоминание.</translation>
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
        <message>
            <source>Allocations of the payment selected</source>
            <translation>Распределение выбранной оплаты</translation>
        </message>
        <message>
            <source>Balance {balance} · open on invoices {open} · overdue {overdue} · credit {credit}</source>
            <translation>Сальдо {balance} · не оплачено по счетам {open} · просрочено {overdue} · переплата {credit}</translation>
        </message>
        <message>
            <source>Choose a client above to see its invoices, payments and dunning steps.</source>
            <translation>Выберите клиента выше, чтобы увидеть его счета, оплаты и этапы напоминаний.</translation>
        </message>
        <message numerus="yes">
            <source>Dunning (%n)</source>
            <translation>
                <numerusform>Напоминания (%n)</numerusform>
                <numerusform>Напоминания (%n)</numerusform>
                <numerusform>Напоминания (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invoices (%n)</source>
            <translation>
                <numerusform>Счета (%n)</numerusform>
                <numerusform>Счета (%n)</numerusform>
                <numerusform>Счета (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No dunning steps: “Dunning step…” records a reminder, a call or a block.</source>
            <translation>Этапов напоминания нет: «Этап напоминания…» записывает напоминание, звонок или блокировку.</translation>
        </message>
        <message>
            <source>No invoices for this client yet.</source>
            <translation>По этому клиенту счетов пока нет.</translation>
        </message>
        <message>
            <source>No payments from this client yet: “Record payment…” enters one by hand, “Import bank statement…” reads them from the bank.</source>
            <translation>От этого клиента оплат пока нет: «Зарегистрировать оплату…» вводит оплату вручную, «Загрузить банковскую выписку…» считывает их из банка.</translation>
        </message>
        <message numerus="yes">
            <source>Payments (%n)</source>
            <translation>
                <numerusform>Оплаты (%n)</numerusform>
                <numerusform>Оплаты (%n)</numerusform>
                <numerusform>Оплаты (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListSection</name>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>kamdesk is locked</source>
            <translation>kamdesk заблокирован</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>It was left alone for a while. Enter the database's passphrase to go on.</source>
            <translation>Программа какое-то время не использовалась. Чтобы продолжить, введите парольную фразу базы данных.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>kamdesk is locked</source>
            <translation>kamdesk заблокирован</translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
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
            <translation>% от отгруженного</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Lines refused at delivery and lines returned</source>
            <translation>Строки с отказом при приёмке и возвращённые строки</translation>
        </message>
        <message>
            <source>Lost value as a share of everything shipped in the period</source>
            <translation>Сумма потерь как доля всего отгруженного за период</translation>
        </message>
        <message>
            <source>Lost value as a share of what was shipped to it in the period</source>
            <translation>Сумма потерь как доля отгруженного этому клиенту за период</translation>
        </message>
        <message>
            <source>Lost, net</source>
            <translation>Потери, без НДС</translation>
        </message>
        <message>
            <source>Net value shipped on orders delivered in the period</source>
            <translation>Сумма без НДС, отгруженная по заказам, доставленным за период</translation>
        </message>
        <message>
            <source>Nothing was shipped to it in the period</source>
            <translation>За период ему ничего не отгружено</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Refused, net</source>
            <translation>Отказы, без НДС</translation>
        </message>
        <message>
            <source>Returned, net</source>
            <translation>Возвраты, без НДС</translation>
        </message>
        <message>
            <source>Shipped, net</source>
            <translation>Отгружено, без НДС</translation>
        </message>
        <message>
            <source>Shipped, net {currency}</source>
            <translation>Отгружено без НДС, {currency}</translation>
        </message>
    </context>
    <context>
        <name>LossesReport</name>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln случай</numerusform>
                <numerusform>%Ln случая</numerusform>
                <numerusform>%Ln случаев</numerusform>
            </translation>
        </message>
        <message>
            <source>(&lt;b&gt;{share}&lt;/b&gt; of shipped)</source>
            <translation>(&lt;b&gt;{share}&lt;/b&gt; от отгруженного)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Returns and refusals&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Возвраты и отказы&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each delivery's and return's date.</source>
            <translation>Суммы в {currency} по курсу на дату каждой отгрузки и каждого возврата.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Группировать по</translation>
        </message>
        <message>
            <source>Nothing shipped, refused or returned from {start} to {end}.</source>
            <translation>С {start} по {end} ничего не отгружено, не отказано и не возвращено.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT)</source>
            <translation>Отгружено &lt;b&gt;{amount}&lt;/b&gt; (без НДС)</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT) from {start} to {end}: nothing refused or returned.</source>
            <translation>Отгружено &lt;b&gt;{amount}&lt;/b&gt; (без НДС) с {start} по {end}: отказов и возвратов нет.</translation>
        </message>
        <message>
            <source>What the clients refused at delivery and sent back, against what was shipped</source>
            <translation>От чего клиенты отказались при приёмке и что вернули, в сравнении с отгруженным</translation>
        </message>
        <message>
            <source>lost &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>потери &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>refused &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>отказы &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>returned &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>возвраты &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n конфликт требует решения</numerusform>
                <numerusform>%n конфликта требуют решения</numerusform>
                <numerusform>%n конфликтов требуют решения</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About kamdesk</source>
            <translation>&amp;О программе kamdesk</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Резервные копии…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Шифрование…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Найти клиента</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>E&amp;xchange rates…</source>
            <translation>&amp;Курсы валют…</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Задолженность</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Sales &amp;rules…</source>
            <translation>&amp;Правила продаж…</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Расписание</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>This &amp;laptop…</source>
            <translation>&amp;Этот ноутбук…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
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
            <translation>Копия на неделю позже: проверьте день и время, затем сохраните.</translation>
        </message>
        <message>
            <source>Brief {name}.pdf</source>
            <translation>Памятка {name}.pdf</translation>
        </message>
        <message>
            <source>Brief: {name}</source>
            <translation>Памятка: {name}</translation>
        </message>
        <message>
            <source>Calendar file saved: {path}</source>
            <translation>Файл календаря сохранён: {path}</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Файлы календаря (*.ics)</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>Не удалось записать {path}: {why}</translation>
        </message>
        <message>
            <source>Delete a repeating meeting</source>
            <translation>Удаление повторяющейся встречи</translation>
        </message>
        <message>
            <source>Delete call</source>
            <translation>Удалить звонок</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Удалить встречу</translation>
        </message>
        <message>
            <source>Delete objection</source>
            <translation>Удалить возражение</translation>
        </message>
        <message>
            <source>Delete the call “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>Удалить звонок «{subject}» {day} вместе с планом, вопросами и заметками?</translation>
        </message>
        <message>
            <source>Delete the meeting “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>Удалить встречу «{subject}» {day} вместе с планом, вопросами и заметками?</translation>
        </message>
        <message>
            <source>Delete the objection “{text}”? If the client no longer holds it, mark it Settled instead: it stays in the client's history.</source>
            <translation>Удалить возражение «{text}»? Если клиент больше его не высказывает, лучше отметьте его как «Снято»: оно останется в истории клиента.</translation>
        </message>
        <message>
            <source>Export .ics</source>
            <translation>Выгрузить .ics</translation>
        </message>
        <message>
            <source>Print brief</source>
            <translation>Печать памятки</translation>
        </message>
        <message>
            <source>Save the calendar file as</source>
            <translation>Сохранить файл календаря как</translation>
        </message>
        <message>
            <source>Save the draft order: it becomes this meeting's offer.</source>
            <translation>Сохраните черновик заказа: он станет предложением для этой встречи.</translation>
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation>Это контактное лицо больше не существует.</translation>
        </message>
        <message>
            <source>The brief is in the preview: print or save it from there.</source>
            <translation>Памятка открыта в просмотре: печатайте или сохраняйте оттуда.</translation>
        </message>
        <message numerus="yes">
            <source>The draft order starts with the %n product(s) on the agenda: set the quantities and save it; it becomes this meeting's offer.</source>
            <translation>
                <numerusform>Черновик заказа начинается с %n товара из повестки: укажите количество и сохраните его; он станет предложением для этой встречи.</numerusform>
                <numerusform>Черновик заказа начинается с %n товаров из повестки: укажите количества и сохраните его; он станет предложением для этой встречи.</numerusform>
                <numerusform>Черновик заказа начинается с %n товаров из повестки: укажите количества и сохраните его; он станет предложением для этой встречи.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new draft order is chosen as the offer: save to keep it.</source>
            <translation>Новый черновик заказа выбран как предложение: сохраните, чтобы его оставить.</translation>
        </message>
        <message>
            <source>This and the following</source>
            <translation>Эту и последующие</translation>
        </message>
        <message>
            <source>This meeting repeats. Delete only this one, or this and the following?</source>
            <translation>Эта встреча повторяется. Удалить только эту или эту и последующие?</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Только эту</translation>
        </message>
    </context>
    <context>
        <name>MeetingRow</name>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n мин в пути</numerusform>
                <numerusform>%n мин в пути</numerusform>
                <numerusform>%n мин в пути</numerusform>
            </translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation>(без клиента)</translation>
        </message>
        <message>
            <source>CALL AT {time}</source>
            <translation>ЗВОНОК В {time}</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>ОТМЕНЕНА</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Double-click to open the meeting.</source>
            <translation>Дважды щёлкните, чтобы открыть встречу.</translation>
        </message>
        <message>
            <source>HELD</source>
            <translation>СОСТОЯЛАСЬ</translation>
        </message>
        <message>
            <source>JOIN AT {time}</source>
            <translation>ПОДКЛЮЧИТЬСЯ В {time}</translation>
        </message>
        <message>
            <source>LEAVE BY {time}</source>
            <translation>ВЫЕХАТЬ В {time}</translation>
        </message>
        <message>
            <source>LEAVE NOW ({time})</source>
            <translation>ВЫЕЗЖАЙТЕ СЕЙЧАС ({time})</translation>
        </message>
        <message>
            <source>Meeting on site</source>
            <translation>Личная встреча</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Открыть встречу</translation>
        </message>
        <message>
            <source>Readiness {score} of 100</source>
            <translation>Готовность {score} из 100</translation>
        </message>
        <message>
            <source>Video or phone</source>
            <translation>Видео или телефон</translation>
        </message>
        <message>
            <source>Weakest:</source>
            <translation>Слабые места:</translation>
        </message>
        <message>
            <source>no travel time set</source>
            <translation>время в пути не задано</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>готова</translation>
        </message>
        <message>
            <source>with {people}</source>
            <translation>с участием: {people}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ and %n more clash(es)</source>
            <translation>
                <numerusform>⚠ и ещё %n пересечение</numerusform>
                <numerusform>⚠ и ещё %n пересечения</numerusform>
                <numerusform>⚠ и ещё %n пересечений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingSave</name>
        <message>
            <source>Agenda</source>
            <translation>Повестка</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Ответ на вопрос {n}</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Потребности, выясненные заранее</translation>
        </message>
        <message>
            <source>Objection “{text}”</source>
            <translation>Возражение «{text}»</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Товары в повестке</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Вопрос {n}</translation>
        </message>
        <message>
            <source>Response to the complaint “{s}”</source>
            <translation>Ответ на претензию «{s}»</translation>
        </message>
        <message>
            <source>Response to “{text}”</source>
            <translation>Ответ на «{text}»</translation>
        </message>
        <message>
            <source>Status of “{text}”</source>
            <translation>Статус «{text}»</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Дорога</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>A new meeting like this one, a week later: same client, people and plan</source>
            <translation>Новая встреча, как эта, неделей позже: тот же клиент, участники и план</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>После встречи</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Отменена.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Дублировать</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>Выгрузить .ics…</translation>
        </message>
        <message>
            <source>Held: the outcome is recorded and the next steps are tasks.</source>
            <translation>Состоялась: результат записан, следующие шаги стали задачами.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Новая встреча</translation>
        </message>
        <message>
            <source>Not saved: an objection has no text.</source>
            <translation>Не сохранено: у возражения нет текста.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet held</source>
            <translation>Ещё не состоялась</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Подготовка</translation>
        </message>
        <message>
            <source>Preparation · {score}</source>
            <translation>Подготовка · {score}</translation>
        </message>
        <message>
            <source>Print brief…</source>
            <translation>Печать памятки…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save the meeting first.</source>
            <translation>Сначала сохраните встречу.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Saved. The Preparation page shows what is still missing.</source>
            <translation>Сохранено. На странице «Подготовка» видно, чего ещё не хватает.</translation>
        </message>
        <message>
            <source>Say why it was cancelled.</source>
            <translation>Укажите, почему встреча отменена.</translation>
        </message>
        <message>
            <source>This meeting has changes that are not saved. Save them?</source>
            <translation>Во встрече есть несохранённые изменения. Сохранить их?</translation>
        </message>
        <message>
            <source>This meeting starts {when}: it has not taken place yet. Record it as held anyway?</source>
            <translation>Встреча начинается {when}: она ещё не состоялась. Всё равно отметить её как состоявшуюся?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>Why was it cancelled? (kept as the meeting's outcome)</source>
            <translation>Почему встреча отменена? (сохраняется как результат встречи)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новая</translation>
        </message>
    </context>
    <context>
        <name>MeetingsBlock</name>
        <message>
            <source>No meetings today.</source>
            <translation>Сегодня встреч нет.</translation>
        </message>
        <message>
            <source>Today's meetings and calls</source>
            <translation>Встречи и звонки на сегодня</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more today: see the week.</source>
            <translation>
                <numerusform>… и ещё %n сегодня: см. неделю.</numerusform>
                <numerusform>… и ещё %n сегодня: см. неделю.</numerusform>
                <numerusform>… и ещё %n сегодня: см. неделю.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectionCard</name>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Снято</translation>
        </message>
        <message>
            <source>The client no longer holds this objection</source>
            <translation>Клиент больше не высказывает это возражение</translation>
        </message>
        <message>
            <source>What the client objects to (in their words)</source>
            <translation>На что возражает клиент (его словами)</translation>
        </message>
        <message>
            <source>Your prepared response: agree with what is right, then answer with facts</source>
            <translation>Ваш подготовленный ответ: согласитесь с тем, что верно, затем ответьте фактами</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>ещё не сохранено</translation>
        </message>
        <message>
            <source>raised {day}</source>
            <translation>высказано {day}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Add an objection</source>
            <translation>Добавить возражение</translation>
        </message>
        <message>
            <source>No objections recorded. Which ones can you expect? Add them with a response.</source>
            <translation>Возражения не записаны. Каких можно ожидать? Добавьте их вместе с ответом.</translation>
        </message>
        <message>
            <source>Write what the client objects to, or delete this one.</source>
            <translation>Напишите, на что возражает клиент, или удалите это возражение.</translation>
        </message>
    </context>
    <context>
        <name>OrderActions</name>
        <message>
            <source>A confirmed order is changed by a new revision: a draft copy to edit and confirm again, while this one is cancelled. Why does it change?</source>
            <translation>Проведённый заказ изменяется новой редакцией: копией-черновиком, которую можно изменить и провести снова, а этот заказ отменяется. Почему он изменяется?</translation>
        </message>
        <message>
            <source>An issued invoice cannot be taken back; a mistake is corrected by a return.</source>
            <translation>Выставленный счёт нельзя отозвать; ошибку исправляют возвратом.</translation>
        </message>
        <message>
            <source>Cancel order {number}</source>
            <translation>Отменить заказ {number}</translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Отменить заказ</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <source>Issue an invoice</source>
            <translation>Выставить счёт</translation>
        </message>
        <message>
            <source>Issue invoice</source>
            <translation>Выставить счёт</translation>
        </message>
        <message>
            <source>Issue invoice {number} for {amount}?</source>
            <translation>Выставить счёт {number} на {amount}?</translation>
        </message>
        <message>
            <source>Line {n}, {product}: {off} % off is more than the {max} % this client may have. Who approved it, and why? It is stored on the line.</source>
            <translation>Строка {n}, {product}: скидка {off} % больше допустимых для этого клиента {max} %. Кто её согласовал и почему? Это сохраняется в строке.</translation>
        </message>
        <message>
            <source>Make the new revision</source>
            <translation>Создать новую редакцию</translation>
        </message>
        <message>
            <source>New revision of {number}</source>
            <translation>Новая редакция {number}</translation>
        </message>
        <message>
            <source>Remove a line</source>
            <translation>Удалить строку</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Удалить строку</translation>
        </message>
        <message>
            <source>Remove line {n}, {product}?</source>
            <translation>Удалить строку {n}, {product}?</translation>
        </message>
        <message>
            <source>Why is the order cancelled? The reason goes into the client's history.</source>
            <translation>Почему заказ отменяется? Причина записывается в историю клиента.</translation>
        </message>
    </context>
    <context>
        <name>OrderConflicts</name>
        <message>
            <source>(deleted)</source>
            <translation>(удалено)</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Дата поставки</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Строка {n}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}</source>
            <translation>{qty} × {sku} по цене {price}</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}, {d} % off</source>
            <translation>{qty} × {sku} по цене {price}, скидка {d} %</translation>
        </message>
    </context>
    <context>
        <name>OrderHeader</name>
        <message>
            <source>Choose the client: its price column and terms price the lines.</source>
            <translation>Выберите клиента: цены строк берутся из его вида цен и условий.</translation>
        </message>
        <message>
            <source>Confirmed past the credit block by {who}: {why}</source>
            <translation>Проведено в обход кредитной блокировки ({who}): {why}</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Поставка</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Счёт {number}</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Новый заказ</translation>
        </message>
        <message>
            <source>No price column: base prices</source>
            <translation>Вид цен не задан: базовые цены</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Notes for this order (delivery, packing, contact)</source>
            <translation>Примечание к заказу (доставка, упаковка, контактное лицо)</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>Price column: {name}</source>
            <translation>Вид цен: {name}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation>Заменён заказом {number}</translation>
        </message>
        <message>
            <source>Revision {n}, replaces {number}</source>
            <translation>Редакция {n}, заменяет {number}</translation>
        </message>
        <message>
            <source>credit limit {limit}</source>
            <translation>кредитный лимит {limit}</translation>
        </message>
        <message>
            <source>discount up to {pct} %</source>
            <translation>скидка до {pct} %</translation>
        </message>
        <message>
            <source>no credit limit</source>
            <translation>без кредитного лимита</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message numerus="yes">
            <source>pays in %n day(s)</source>
            <translation>
                <numerusform>отсрочка %n день</numerusform>
                <numerusform>отсрочка %n дня</numerusform>
                <numerusform>отсрочка %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>segment {segment}</source>
            <translation>сегмент {segment}</translation>
        </message>
    </context>
    <context>
        <name>OrderLinesModel</name>
        <message>
            <source>Approved by {who}: {why}</source>
            <translation>Согласовано ({who}): {why}</translation>
        </message>
        <message>
            <source>Choose a product.</source>
            <translation>Выберите товар.</translation>
        </message>
        <message>
            <source>Disc %</source>
            <translation>Скидка %</translation>
        </message>
        <message>
            <source>Discount off the price, %</source>
            <translation>Скидка от цены, %</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>С НДС</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Без НДС</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Price from</source>
            <translation>Источник цены</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Saved at {saved}; the price rules now give {price}: {why}</source>
            <translation>Сохранено по цене {saved}; по правилам цена сейчас {price}: {why}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отгружено</translation>
        </message>
        <message>
            <source>That product no longer exists.</source>
            <translation>Этот товар больше не существует.</translation>
        </message>
        <message>
            <source>Type an SKU or a name to add a line…</source>
            <translation>Введите артикул или наименование, чтобы добавить строку…</translation>
        </message>
        <message>
            <source>Typed by hand; the price rules give {price}: {why}</source>
            <translation>Введено вручную; по правилам цена {price}: {why}</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед.</translation>
        </message>
        <message>
            <source>Unknown product: no SKU or name matches “{text}”.</source>
            <translation>Неизвестный товар: нет артикула или наименования, подходящего под «{text}».</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>НДС</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>НДС %</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Ставка НДС</translation>
        </message>
        <message>
            <source>Which price the line got and why</source>
            <translation>Какую цену получила строка и почему</translation>
        </message>
        <message>
            <source>approved by {who}</source>
            <translation>согласовано: {who}</translation>
        </message>
        <message>
            <source>{name} column</source>
            <translation>вид цен {name}</translation>
        </message>
        <message>
            <source>“{text}” is ambiguous (thousands or decimals?): write it without a thousands separator, such as 1500 or {example}.</source>
            <translation>«{text}» неоднозначно (тысячи или дробная часть?): введите без разделителя тысяч, например 1500 или {example}.</translation>
        </message>
        <message>
            <source>“{text}” is not a number: type digits such as 12 or {example}.</source>
            <translation>«{text}» — не число: введите цифры, например 12 или {example}.</translation>
        </message>
        <message>
            <source>“{text}” matches several products: choose one from the list.</source>
            <translation>Под «{text}» подходят несколько товаров: выберите один из списка.</translation>
        </message>
    </context>
    <context>
        <name>OrderSide</name>
        <message numerus="yes">
            <source>%n order(s), last on {day}</source>
            <translation>
                <numerusform>%n заказ, последний {day}</numerusform>
                <numerusform>%n заказа, последний {day}</numerusform>
                <numerusform>%n заказов, последний {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Рекомендации&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All lines</source>
            <translation>Все строки</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Bought in the last 12 months</source>
            <translation>Куплено за последние 12 месяцев</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменён</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Проведён</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>Credit block overridden</source>
            <translation>Кредитная блокировка снята вручную</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлен</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Double-click to add to the order.</source>
            <translation>Дважды щёлкните, чтобы добавить в заказ.</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Счёт {number}</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Выставлен счёт</translation>
        </message>
        <message>
            <source>Line {no}: {quantity} refused ({why})</source>
            <translation>Строка {no}: отказ от {quantity} ({why})</translation>
        </message>
        <message>
            <source>Not shipped, so not delivered: {lines}</source>
            <translation>Не отгружено, поэтому не доставлено: {lines}</translation>
        </message>
        <message>
            <source>Nothing to suggest.</source>
            <translation>Рекомендаций нет.</translation>
        </message>
        <message>
            <source>Others in its segment buy (no segment recorded)</source>
            <translation>Покупают другие клиенты сегмента (сегмент не указан)</translation>
        </message>
        <message>
            <source>Others in its segment buy, this client never did</source>
            <translation>Покупают другие клиенты сегмента, этот клиент — никогда</translation>
        </message>
        <message>
            <source>Others in {segment} buy, this client never did</source>
            <translation>Покупают другие клиенты сегмента {segment}, этот клиент — никогда</translation>
        </message>
        <message>
            <source>Refused at delivery</source>
            <translation>Отказ при приёмке</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Revised</source>
            <translation>Новая редакция</translation>
        </message>
        <message>
            <source>Revision {no} of {number}: {reason}</source>
            <translation>Редакция {no} заказа {number}: {reason}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отгружен</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Шаг</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message numerus="yes">
            <source>bought by %n other client(s) of the segment</source>
            <translation>
                <numerusform>покупает %n другой клиент сегмента</numerusform>
                <numerusform>покупают %n других клиента сегмента</numerusform>
                <numerusform>покупают %n других клиентов сегмента</numerusform>
            </translation>
        </message>
        <message>
            <source>line {no} ({quantity})</source>
            <translation>строка {no} ({quantity})</translation>
        </message>
        <message>
            <source>line {no}: {quantity}</source>
            <translation>строка {no}: {quantity}</translation>
        </message>
        <message>
            <source>line {no}: {quantity}, {left} to follow</source>
            <translation>строка {no}: {quantity}, ещё {left} позже</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Lines fixed, not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Строки исправлены, но ещё не сохранены: Ctrl+Enter сохраняет заказ.</translation>
        </message>
        <message>
            <source>Not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Ещё не сохранено: Ctrl+Enter сохраняет заказ.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n line(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Не сохранено: нужно исправить %n строку, отмеченную красным.</numerusform>
                <numerusform>Не сохранено: нужно исправить %n строки, отмеченные красным.</numerusform>
                <numerusform>Не сохранено: нужно исправить %n строк, отмеченных красным.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} saved.</source>
            <translation>Заказ {number} сохранён.</translation>
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>The order's total with VAT</source>
            <translation>Сумма заказа с НДС</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
    </context>
    <context>
        <name>OrderVat</name>
        <message>
            <source>VAT: {regime}{rates} - {reason}</source>
            <translation>НДС: {regime}{rates} — {reason}</translation>
        </message>
        <message>
            <source>a client in {country}, where the company is registered for VAT: {country}'s rates</source>
            <translation>клиент в {country}, где компания зарегистрирована плательщиком НДС: ставки {country}</translation>
        </message>
        <message>
            <source>a client in {country}: the product's rate</source>
            <translation>клиент в {country}: ставка товара</translation>
        </message>
        <message>
            <source>a sale from Russia into the EAEU ({country})</source>
            <translation>продажа из России в ЕАЭС ({country})</translation>
        </message>
        <message>
            <source>an export from {supplier} to {country}</source>
            <translation>экспорт из {supplier} в {country}</translation>
        </message>
        <message>
            <source>goods to a business in {country} with a valid VAT number</source>
            <translation>товары предприятию в {country} с действительным номером плательщика НДС</translation>
        </message>
        <message>
            <source>no valid VAT number in {country}: {supplier}'s rate applies</source>
            <translation>нет действительного номера плательщика НДС в {country}: применяется ставка {supplier}</translation>
        </message>
        <message>
            <source>services to a business in {country}</source>
            <translation>услуги предприятию в {country}</translation>
        </message>
        <message>
            <source>set on the client</source>
            <translation>задано в карточке клиента</translation>
        </message>
        <message>
            <source>set on the client: {regime}</source>
            <translation>задано в карточке клиента: {regime}</translation>
        </message>
        <message>
            <source>the company's country is not set: the product's rate applies</source>
            <translation>страна компании не указана: применяется ставка товара</translation>
        </message>
        <message>
            <source>the supplier is not registered for VAT</source>
            <translation>поставщик не является плательщиком НДС</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message numerus="yes">
            <source>%n line(s) with problems not counted</source>
            <translation>
                <numerusform>%n строка с проблемами не учтена</numerusform>
                <numerusform>%n строки с проблемами не учтены</numerusform>
                <numerusform>%n строк с проблемами не учтены</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation>Отменить заказ…</translation>
        </message>
        <message>
            <source>Cancelled: {why}</source>
            <translation>Отменён: {why}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Commercial proposal…</source>
            <translation>Коммерческое предложение…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Провести</translation>
        </message>
        <message>
            <source>Confirmed orders are changed through a new revision (or cancelled while nothing has shipped). The lines below are read-only.</source>
            <translation>Проведённые заказы изменяются через новую редакцию (или отменяются, пока ничего не отгружено). Строки ниже доступны только для чтения.</translation>
        </message>
        <message>
            <source>Contract package…</source>
            <translation>Пакет документов к договору…</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Delivered…</source>
            <translation>Доставлено…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Goods have left: the lines are read-only. What the client refused at delivery or sent back is recorded with Delivered… and Return….</source>
            <translation>Товар отгружен: строки доступны только для чтения. Отказы клиента при приёмке и возвраты записываются командами «Доставлено…» и «Возврат…».</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>История ({n})</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Выставить счёт</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Строка {n}</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Без НДС</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Новый заказ</translation>
        </message>
        <message>
            <source>New revision…</source>
            <translation>Новая редакция…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Возврат…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Сохранить черновик</translation>
        </message>
        <message>
            <source>Ship…</source>
            <translation>Отгрузить…</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Close and lose them?</source>
            <translation>В заказе есть несохранённые изменения. Закрыть и потерять их?</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Type an SKU or part of a name, then Enter: quantity, price, discount.</source>
            <translation>Введите артикул или часть наименования, затем Enter: количество, цена, скидка.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>НДС</translation>
        </message>
        <message>
            <source>discount approved by {who}: {why}</source>
            <translation>скидка согласована ({who}): {why}</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>причина не указана</translation>
        </message>
        <message>
            <source>price as agreed on the order</source>
            <translation>цена, согласованная в заказе</translation>
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n заказ</numerusform>
                <numerusform>%n заказа</numerusform>
                <numerusform>%n заказов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) found</source>
            <translation>
                <numerusform>Найден %n заказ</numerusform>
                <numerusform>Найдено %n заказа</numerusform>
                <numerusform>Найдено %n заказов</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Orders&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Заказы&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Новый заказ…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Search orders by number or client</source>
            <translation>Поиск заказов по номеру или клиенту</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBlock</name>
        <message numerus="yes">
            <source>%n call(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n звонок прошёл без записанного результата. Нажмите, чтобы записать.</numerusform>
                <numerusform>%n звонка прошли без записанного результата. Нажмите на любой, чтобы записать.</numerusform>
                <numerusform>%n звонков прошли без записанного результата. Нажмите на любой, чтобы записать.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n встреча прошла без записанного результата. Нажмите, чтобы записать.</numerusform>
                <numerusform>%n встречи прошли без записанного результата. Нажмите на любую, чтобы записать.</numerusform>
                <numerusform>%n встреч прошли без записанного результата. Нажмите на любую, чтобы записать.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings and calls over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n встреча и звонок прошли без записанного результата. Нажмите на любой, чтобы записать.</numerusform>
                <numerusform>%n встречи и звонка прошли без записанного результата. Нажмите на любой, чтобы записать.</numerusform>
                <numerusform>%n встреч и звонков прошли без записанного результата. Нажмите на любой, чтобы записать.</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Open it to record the outcome</source>
            <translation>Открыть, чтобы записать результат</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Записать результаты</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message numerus="yes">
            <source>%n others</source>
            <translation>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>A clients</source>
            <translation>Клиенты A</translation>
        </message>
        <message>
            <source>B clients</source>
            <translation>Клиенты B</translation>
        </message>
        <message>
            <source>C clients</source>
            <translation>Клиенты C</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>Накопленная доля</translation>
        </message>
        <message>
            <source>No invoiced revenue in this period.</source>
            <translation>Нет выручки по счетам за этот период.</translation>
        </message>
        <message>
            <source>Others, grouped</source>
            <translation>Прочие, сгруппировано</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Выручка, {currency}</translation>
        </message>
        <message>
            <source>{a} and {b}: limits of A and B</source>
            <translation>{a} и {b}: границы классов A и B</translation>
        </message>
        <message>
            <source>{name}
Revenue: {revenue} {currency}
Share: {share}
Cumulative: {cumulative}</source>
            <translation>{name}
Выручка: {revenue} {currency}
Доля: {share}
Накопленная: {cumulative}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database</source>
            <translation>Зашифрованная база данных</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Загрузить файл</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Запомнить в хранилище ключей этого компьютера</translation>
        </message>
        <message>
            <source>This passphrase does not open the file, or the file is damaged.</source>
            <translation>Эта парольная фраза не открывает файл, или файл повреждён.</translation>
        </message>
        <message>
            <source>Type the passphrase {file} was exported with.</source>
            <translation>Введите парольную фразу, с которой был выгружен {file}.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <source>{name} is encrypted. Type its passphrase to open it.</source>
            <translation>{name} зашифрован. Введите парольную фразу, чтобы открыть его.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>The two passphrases differ: type it again, or tick Show.</source>
            <translation>Парольные фразы не совпадают: введите снова или отметьте «Показать».</translation>
        </message>
        <message>
            <source>Type the team's passphrase: the file is encrypted with it.</source>
            <translation>Введите парольную фразу команды: файл зашифрован ею.</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>A payment must be above zero.</source>
            <translation>Сумма оплаты должна быть больше нуля.</translation>
        </message>
        <message>
            <source>All {amount} stays as the client's credit, to allocate later.</source>
            <translation>Вся сумма {amount} остаётся переплатой клиента для распределения позже.</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Распределение</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Bank reference or document number</source>
            <translation>Номер банковского или платёжного документа</translation>
        </message>
        <message>
            <source>Choose invoices</source>
            <translation>Выбрать счета</translation>
        </message>
        <message>
            <source>Choose the client the payment is from.</source>
            <translation>Выберите клиента, от которого поступила оплата.</translation>
        </message>
        <message>
            <source>Choose the client to see which invoices this settles.</source>
            <translation>Выберите клиента, чтобы увидеть, какие счета закрывает оплата.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Дата поступления</translation>
        </message>
        <message>
            <source>Give the day the money came in.</source>
            <translation>Укажите день поступления денег.</translation>
        </message>
        <message>
            <source>Keep as credit</source>
            <translation>Оставить переплатой</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Способ</translation>
        </message>
        <message>
            <source>No client is called “{text}”.</source>
            <translation>Клиента «{text}» нет.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Oldest invoices first</source>
            <translation>Сначала самые старые счета</translation>
        </message>
        <message>
            <source>Post payment</source>
            <translation>Провести оплату</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Регистрация оплаты</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <source>Settles no invoice; {credit} stays as credit.</source>
            <translation>Не закрывает ни одного счёта; {credit} остаётся переплатой.</translation>
        </message>
        <message>
            <source>Settles {invoices}; {credit} stays as credit.</source>
            <translation>Закрывает {invoices}; {credit} остаётся переплатой.</translation>
        </message>
        <message>
            <source>Several clients match “{text}”: type more of the name.</source>
            <translation>Под «{text}» подходит несколько клиентов: введите больше букв названия.</translation>
        </message>
        <message>
            <source>The payment is dated after tomorrow: money not yet received cannot be posted.</source>
            <translation>Оплата датирована позже завтрашнего дня: ещё не полученные деньги провести нельзя.</translation>
        </message>
        <message>
            <source>Type part of the client's name</source>
            <translation>Введите часть названия клиента</translation>
        </message>
        <message>
            <source>Type the amount received.</source>
            <translation>Введите полученную сумму.</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>банковский перевод</translation>
        </message>
        <message>
            <source>card</source>
            <translation>карта</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>наличные</translation>
        </message>
        <message>
            <source>e.g. 1250.50</source>
            <translation>например, 1250.50</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>взаимозачёт</translation>
        </message>
        <message>
            <source>the client's, once it is chosen</source>
            <translation>валюта клиента, когда он выбран</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Следующая страница (Page Down)</translation>
        </message>
        <message>
            <source>No PDF viewer opened it: the file is {path}</source>
            <translation>Ни одна программа просмотра PDF не открыла файл: он находится в {path}</translation>
        </message>
        <message>
            <source>Not printed.</source>
            <translation>Не напечатано.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Открыть в программе просмотра PDF</translation>
        </message>
        <message>
            <source>Open it in the system's PDF viewer</source>
            <translation>Открыть в системной программе просмотра PDF</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>Открыт в программе просмотра PDF: печатайте оттуда.</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: {path}</source>
            <translation>Открыт в программе просмотра PDF: {path}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Страница</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Предыдущая страница (Page Up)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Сохранить PDF как</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Отправлено на принтер.</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Страница целиком</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Увеличить (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Уменьшить (Ctrl+-)</translation>
        </message>
        <message>
            <source>of {pages}</source>
            <translation>из {pages}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>Last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Прошлый год</translation>
        </message>
        <message>
            <source>Period from</source>
            <comment>before the first of two dates</comment>
            <translation>Период с</translation>
        </message>
        <message>
            <source>Quick periods</source>
            <translation>Быстрый выбор периода</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Этот год</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between the two dates of a period</comment>
            <translation>по</translation>
        </message>
    </context>
    <context>
        <name>PlanGridModel</name>
        <message>
            <source>Cur.</source>
            <translation>Вал.</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Новые клиенты (всего)</translation>
        </message>
        <message>
            <source>Q{n}</source>
            <translation>{n} кв.</translation>
        </message>
        <message>
            <source>The sum of its months: type the months</source>
            <translation>Сумма месяцев: вводите по месяцам</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message numerus="yes">
            <source>%n problem(s): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>%n проблема: ничего не будет загружено. Исправьте файл и выберите его снова.</numerusform>
                <numerusform>%n проблемы: ничего не будет загружено. Исправьте файл и выберите его снова.</numerusform>
                <numerusform>%n проблем: ничего не будет загружено. Исправьте файл и выберите его снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Загрузить</translation>
        </message>
        <message>
            <source>Import plans from {name}</source>
            <translation>Загрузка планов из {name}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новое</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>Проблемы в %n строке файла (всего: {count}): ничего не будет загружено. Исправьте файл и выберите его снова.</numerusform>
                <numerusform>Проблемы в %n строках файла (всего: {count}): ничего не будет загружено. Исправьте файл и выберите его снова.</numerusform>
                <numerusform>Проблемы в %n строках файла (всего: {count}): ничего не будет загружено. Исправьте файл и выберите его снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>The file changes no plan ({summary}).</source>
            <translation>Файл не меняет ни одного плана ({summary}).</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>нет плана</translation>
        </message>
    </context>
    <context>
        <name>PlanProgressModel</name>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Actual as a share of the plan</source>
            <translation>Факт в процентах от плана</translation>
        </message>
        <message>
            <source>Behind: at the pace so far the plan will not be met</source>
            <translation>Отставание: при текущем темпе план не будет выполнен</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Вал.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Выполнение</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Отставание</translation>
        </message>
        <message>
            <source>Invoiced net of VAT, less credit notes of returns, so far in the period</source>
            <translation>Выставлено счетов без НДС за вычетом корректировок по возвратам с начала периода</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Новые клиенты (всего)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>The actual carried to the period's end at the pace so far</source>
            <translation>Факт, продлённый до конца периода в текущем темпе</translation>
        </message>
        <message>
            <source>What is still missing to the plan</source>
            <translation>Сколько ещё не хватает до плана</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message numerus="yes">
            <source>%n client(s) with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</source>
            <translation>
                <numerusform>%n клиент с планом · выполнено: {met} · &lt;b&gt;отстают: {behind}&lt;/b&gt; (при текущем темпе план не будет выполнен) · на {day}</numerusform>
                <numerusform>%n клиента с планом · выполнено: {met} · &lt;b&gt;отстают: {behind}&lt;/b&gt; (при текущем темпе план не будет выполнен) · на {day}</numerusform>
                <numerusform>%n клиентов с планом · выполнено: {met} · &lt;b&gt;отстают: {behind}&lt;/b&gt; (при текущем темпе план не будет выполнен) · на {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sales plans&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Планы продаж&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Against actual for</source>
            <translation>Сравнить с фактом за</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Проверка {name}…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export plans</source>
            <translation>Выгрузить планы</translation>
        </message>
        <message>
            <source>Export plans…</source>
            <translation>Выгрузить планы…</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Выгружено в {path}.</translation>
        </message>
        <message>
            <source>Import plans</source>
            <translation>Загрузить планы</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Загружено: {summary}.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Загрузить…</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Новые клиенты</translation>
        </message>
        <message>
            <source>No plan for {period}.</source>
            <translation>Нет плана на {period}.</translation>
        </message>
        <message>
            <source>Not saved: {why} Correct the cell, or press Esc on it to drop what was typed.</source>
            <translation>Не сохранено: {why} Исправьте ячейку или нажмите в ней Esc, чтобы отменить ввод.</translation>
        </message>
        <message>
            <source>Plan for {who}, {month}</source>
            <translation>План для {who}, {month}</translation>
        </message>
        <message>
            <source>Plans from a CSV or XLSX sheet: client, month, amount, or client and a column per month (2026-01 …)</source>
            <translation>Планы из листа CSV или XLSX: клиент, месяц, сумма, или клиент и по столбцу на месяц (2026-01 …)</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <translation>{q} кв. {year}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>Sales plans against actual</source>
            <translation>Планы продаж и факт</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Электронные таблицы (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Type a month's plan in the client's currency; an empty cell or 0 is no plan. Quarters and the year are the sums of their months.</source>
            <translation>Введите план на месяц в валюте клиента; пустая ячейка или 0 — нет плана. Кварталы и год — суммы своих месяцев.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>amounts net of VAT in each client's currency; forecast at the pace so far</source>
            <translation>суммы без НДС в валюте каждого клиента; прогноз при текущем темпе</translation>
        </message>
        <message>
            <source>clients with a plan; new clients in total in {currency}</source>
            <translation>клиенты с планом; новые клиенты — итого в {currency}</translation>
        </message>
        <message>
            <source>the plan of this month was changed meanwhile.</source>
            <translation>план этого месяца тем временем был изменён.</translation>
        </message>
        <message>
            <source>the year {year}</source>
            <translation>{year} год</translation>
        </message>
        <message>
            <source>{period} ({start} – {end}), as of {day}</source>
            <translation>{period} ({start} – {end}), на {day}</translation>
        </message>
    </context>
    <context>
        <name>PreparationPage</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n счёт</numerusform>
                <numerusform>%n счёта</numerusform>
                <numerusform>%n счетов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n мин в пути</numerusform>
                <numerusform>%n мин в пути</numerusform>
                <numerusform>%n мин в пути</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>не хватает: %n</numerusform>
                <numerusform>не хватает: %n</numerusform>
                <numerusform>не хватает: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ok</source>
            <translation>
                <numerusform>в порядке: %n</numerusform>
                <numerusform>в порядке: %n</numerusform>
                <numerusform>в порядке: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>предупреждений: %n</numerusform>
                <numerusform>предупреждений: %n</numerusform>
                <numerusform>предупреждений: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Be ready at {time}</source>
            <translation>Будьте готовы к {time}</translation>
        </message>
        <message>
            <source>Do not argue: have a calm answer ready for each thing the client holds.</source>
            <translation>Не спорьте: подготовьте спокойный ответ на каждое возражение клиента.</translation>
        </message>
        <message>
            <source>Etiquette</source>
            <translation>Этикет</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <source>How to address each one, and in what language.</source>
            <translation>Как обращаться к каждому и на каком языке.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>Last meeting held {day}.</source>
            <translation>Последняя встреча состоялась {day}.</translation>
        </message>
        <message>
            <source>Leave by {time}</source>
            <translation>Выехать в {time}</translation>
        </message>
        <message>
            <source>Listening plan</source>
            <translation>Вопросы клиенту</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>No price changes since then.</source>
            <translation>С тех пор цены не менялись.</translation>
        </message>
        <message>
            <source>No products on the agenda: add them on the Details page.</source>
            <translation>В повестке нет товаров: добавьте их на странице «Подробности».</translation>
        </message>
        <message>
            <source>Nobody chosen to attend: choose them on the Details page.</source>
            <translation>Участники не выбраны: выберите их на странице «Подробности».</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Возражения</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>Открытые претензии</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Открытые заказы</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Просроченные счета</translation>
        </message>
        <message>
            <source>People attending</source>
            <translation>Участники встречи</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Price changes since the last meeting</source>
            <translation>Изменения цен после последней встречи</translation>
        </message>
        <message>
            <source>Product knowledge and the client's figures</source>
            <translation>Знание товара и показатели клиента</translation>
        </message>
        <message>
            <source>Products on the agenda, at the client’s prices today</source>
            <translation>Товары в повестке по сегодняшним ценам клиента</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Готовность</translation>
        </message>
        <message>
            <source>Readiness out of 100</source>
            <translation>Готовность из 100</translation>
        </message>
        <message>
            <source>Receivable</source>
            <translation>Дебиторская задолженность</translation>
        </message>
        <message>
            <source>Revenue this year</source>
            <translation>Выручка в этом году</translation>
        </message>
        <message>
            <source>The questions to ask, in order. Ask, then listen: do not interrupt.</source>
            <translation>Вопросы, которые нужно задать, по порядку. Спросите и слушайте: не перебивайте.</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>по телефону</translation>
        </message>
        <message>
            <source>by video</source>
            <translation>по видео</translation>
        </message>
        <message>
            <source>never met</source>
            <translation>не встречались</translation>
        </message>
        <message>
            <source>no address yet</source>
            <translation>адрес ещё не указан</translation>
        </message>
        <message>
            <source>no plan set for this year</source>
            <translation>план на этот год не задан</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>on last year ({amount})</source>
            <translation>к прошлому году ({amount})</translation>
        </message>
        <message numerus="yes">
            <source>{number}: {amount}, due {day}, %n day(s) late</source>
            <translation>
                <numerusform>{number}: {amount}, срок {day}, просрочено на %n день</numerusform>
                <numerusform>{number}: {amount}, срок {day}, просрочено на %n дня</numerusform>
                <numerusform>{number}: {amount}, срок {day}, просрочено на %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>{pct} % of the plan of {amount}</source>
            <translation>{pct} % от плана {amount}</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve afterwards (in Conflicts to resolve).</source>
            <translation>
                <numerusform>%n конфликт нужно будет решить позже (в «Конфликты для решения»).</numerusform>
                <numerusform>%n конфликта нужно будет решить позже (в «Конфликты для решения»).</numerusform>
                <numerusform>%n конфликтов нужно будет решить позже (в «Конфликты для решения»).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;From another laptop.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;С другого ноутбука.&lt;/b&gt; Загрузка этого файла внесёт здесь следующие изменения:</translation>
        </message>
        <message>
            <source>&lt;b&gt;From {sender}.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;От {sender}.&lt;/b&gt; Загрузка этого файла внесёт здесь следующие изменения:</translation>
        </message>
        <message>
            <source>A backup copy of this database is made before the import.</source>
            <translation>Перед загрузкой создаётся резервная копия этой базы данных.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Загрузить</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Загрузка {file}</translation>
        </message>
        <message>
            <source>No conflicts: nothing was changed on both laptops at once.</source>
            <translation>Конфликтов нет: ничего не было изменено на обоих ноутбуках одновременно.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already has all this file holds.</source>
            <translation>Ничего нового: на этом ноутбуке уже есть всё, что содержит файл.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
    </context>
    <context>
        <name>PriceColumnsDialog</name>
        <message>
            <source>% off base</source>
            <translation>% скидки</translation>
        </message>
        <message>
            <source>% off the base price</source>
            <translation>% скидки от базовой цены</translation>
        </message>
        <message>
            <source>A client pays its column's price: the product's own price in the column where one is set (Products › product), else the base price less the percentage.</source>
            <translation>Клиент платит цену своего вида цен: собственную цену товара в этом виде цен, если она задана (Товары › товар), иначе базовую цену за вычетом процента.</translation>
        </message>
        <message>
            <source>Add as a new column</source>
            <translation>Добавить как новый вид цен</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Пороги</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Delete price column</source>
            <translation>Удалить вид цен</translation>
        </message>
        <message>
            <source>Delete the price column {name}?</source>
            <translation>Удалить вид цен {name}?</translation>
        </message>
        <message>
            <source>Delete the selected…</source>
            <translation>Удалить выбранный…</translation>
        </message>
        <message numerus="yes">
            <source>Its %n quantity break(s) made for this column only go with it.</source>
            <translation>
                <numerusform>Вместе с ним удаляется %n скидка за количество, заданная только для этого вида цен.</numerusform>
                <numerusform>Вместе с ним удаляются %n скидки за количество, заданные только для этого вида цен.</numerusform>
                <numerusform>Вместе с ним удаляются %n скидок за количество, заданных только для этого вида цен.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Own prices</source>
            <translation>Собственные цены</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Вид цен</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Виды цен</translation>
        </message>
        <message>
            <source>Save changes to the selected</source>
            <translation>Сохранить изменения выбранного</translation>
        </message>
        <message>
            <source>e.g. Key account</source>
            <translation>например, Ключевой клиент</translation>
        </message>
    </context>
    <context>
        <name>PriceFields</name>
        <message>
            <source>Ambiguous: write 1500 or %1, without a thousands separator.</source>
            <translation>Неоднозначно: введите 1500 или %1 без разделителя тысяч.</translation>
        </message>
        <message>
            <source>SKU or part of the name</source>
            <translation>Артикул или часть наименования</translation>
        </message>
        <message>
            <source>Type a number such as 12 or %1.</source>
            <translation>Введите число, например 12 или %1.</translation>
        </message>
        <message>
            <source>Type a percentage such as 5 or %1.</source>
            <translation>Введите процент, например 5 или %1.</translation>
        </message>
    </context>
    <context>
        <name>ProductDelete</name>
        <message>
            <source>Delete product</source>
            <translation>Удалить товар</translation>
        </message>
        <message>
            <source>Delete product…</source>
            <translation>Удалить товар…</translation>
        </message>
        <message>
            <source>Move {product} to the trash? Edit &gt; Undo or Edit &gt; Trash brings it back.</source>
            <translation>Переместить {product} в корзину? Правка &gt; Отменить или Правка &gt; Корзина вернёт его.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>% off</source>
            <translation>% скидки</translation>
        </message>
        <message>
            <source>Active (offered in orders and price lists)</source>
            <translation>Активен (предлагается в заказах и прайс-листах)</translation>
        </message>
        <message>
            <source>Add break</source>
            <translation>Добавить порог</translation>
        </message>
        <message>
            <source>Added: saved with the product</source>
            <translation>Добавлено: сохраняется вместе с товаром</translation>
        </message>
        <message>
            <source>Base price *</source>
            <translation>Базовая цена *</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Description for proposals</source>
            <translation>Описание для коммерческих предложений</translation>
        </message>
        <message>
            <source>Empty: the column's percentage off the base price applies (shown grey).</source>
            <translation>Пусто: действует процент скидки вида цен от базовой цены (показан серым).</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Фиксированная цена</translation>
        </message>
        <message>
            <source>From quantity</source>
            <translation>От количества</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Наименование *</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Новый товар</translation>
        </message>
        <message>
            <source>No price columns yet (Products › Price columns…).</source>
            <translation>Видов цен ещё нет (Товары › Виды цен…).</translation>
        </message>
        <message>
            <source>No promotion running or coming on this product.</source>
            <translation>На этот товар нет действующих или предстоящих акций.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>Есть в %n строке заказа: не удаляется никогда; снимите «Активен», чтобы вывести из ассортимента.</numerusform>
                <numerusform>Есть в %n строках заказов: не удаляется никогда; снимите «Активен», чтобы вывести из ассортимента.</numerusform>
                <numerusform>Есть в %n строках заказов: не удаляется никогда; снимите «Активен», чтобы вывести из ассортимента.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Вид цен</translation>
        </message>
        <message>
            <source>Price per column (empty = the column's percentage)</source>
            <translation>Цена по видам цен (пусто = процент вида цен)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Promotions running or coming: {promotions}</source>
            <translation>Действующие или предстоящие акции: {promotions}</translation>
        </message>
        <message>
            <source>Quantity breaks (off the client's column price)</source>
            <translation>Скидки за количество (от цены вида цен клиента)</translation>
        </message>
        <message>
            <source>Remove break</source>
            <translation>Удалить порог</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Артикул *</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for every column.</source>
            <translation>Порог от {qty} для всех видов цен уже есть.</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for {where}.</source>
            <translation>Порог от {qty} для {where} уже есть.</translation>
        </message>
        <message>
            <source>This product has changes that are not saved. Close and lose them?</source>
            <translation>В товаре есть несохранённые изменения. Закрыть и потерять их?</translation>
        </message>
        <message>
            <source>Unit *</source>
            <translation>Ед. изм. *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>VAT % *</source>
            <translation>НДС, % *</translation>
        </message>
        <message>
            <source>every column</source>
            <translation>все виды цен</translation>
        </message>
        <message>
            <source>from qty</source>
            <translation>от кол-ва</translation>
        </message>
        <message>
            <source>or fixed price</source>
            <translation>или фиксированная цена</translation>
        </message>
        <message>
            <source>pcs, kg, box, roll…</source>
            <translation>шт, кг, кор., рул.…</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end}</source>
            <translation>{name}: {offer}, {start} – {end}</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end} (whole category)</source>
            <translation>{name}: {offer}, {start} – {end} (вся категория)</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>скидка {p}</translation>
        </message>
        <message>
            <source>{p} off the base price</source>
            <translation>скидка {p} от базовой цены</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>Active</source>
            <translation>Активный</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Базовая цена</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Own price in the {column} column</source>
            <translation>Собственная цена в виде цен {column}</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед.</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>НДС %</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>{column}: {percent} off the base price</source>
            <translation>{column}: скидка {percent} от базовой цены</translation>
        </message>
        <message>
            <source>{percent} off the base price; bold: the product's own price</source>
            <translation>скидка {percent} от базовой цены; жирным: собственная цена товара</translation>
        </message>
    </context>
    <context>
        <name>ProductTextsBox</name>
        <message>
            <source>Azerbaijani</source>
            <translation>Азербайджанский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Венгерский</translation>
        </message>
        <message>
            <source>In documents</source>
            <translation>В документах</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Итальянский</translation>
        </message>
        <message>
            <source>Left empty, documents print the product's own name and unit.</source>
            <translation>Если оставить пустым, в документах печатаются собственные наименование и единица товара.</translation>
        </message>
        <message>
            <source>Name in %1</source>
            <translation>Наименование (%1)</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Unit in %1</source>
            <translation>Ед. изм. (%1)</translation>
        </message>
        <message>
            <source>VAT % in %1</source>
            <translation>НДС, % (%1)</translation>
        </message>
        <message>
            <source>VAT rates abroad: the company is registered for VAT only in its own country (File &gt; Settings…, Tax and VAT).</source>
            <translation>Ставки НДС за рубежом: организация зарегистрирована плательщиком НДС только в своей стране (Файл &gt; Настройки…, Налоги и НДС).</translation>
        </message>
        <message>
            <source>the rate there</source>
            <translation>ставка в той стране</translation>
        </message>
    </context>
    <context>
        <name>ProductsSection</name>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n товар</numerusform>
                <numerusform>%n товара</numerusform>
                <numerusform>%n товаров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) found</source>
            <translation>
                <numerusform>Найден %n товар</numerusform>
                <numerusform>Найдено %n товара</numerusform>
                <numerusform>Найдено %n товаров</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Products&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Товары&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Все категории</translation>
        </message>
        <message>
            <source>Bold: the product's own price in that column.</source>
            <translation>Жирным: собственная цена товара в этом виде цен.</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Категории…</translation>
        </message>
        <message>
            <source>Export price list</source>
            <translation>Выгрузить прайс-лист</translation>
        </message>
        <message>
            <source>Export price list…</source>
            <translation>Выгрузить прайс-лист…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Загрузить…</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Новый товар…</translation>
        </message>
        <message>
            <source>Price columns…</source>
            <translation>Виды цен…</translation>
        </message>
        <message>
            <source>Promotions…</source>
            <translation>Акции…</translation>
        </message>
        <message>
            <source>Search products by SKU or name</source>
            <translation>Поиск товаров по артикулу или наименованию</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Показывать неактивные</translation>
        </message>
        <message>
            <source>The price list of which price column?</source>
            <translation>Прайс-лист по какому виду цен?</translation>
        </message>
        <message>
            <source>There is no price column yet: add one under Price columns…</source>
            <translation>Видов цен ещё нет: добавьте вид цен в разделе «Виды цен…»</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>1 to 3 names, separated by ;</source>
            <translation>от 1 до 3 имён через ;</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Годовая выручка</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Адрес доставки</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Сотрудников</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Дата основания</translation>
        </message>
        <message>
            <source>Give the client to another KAM</source>
            <translation>Передать клиента другому менеджеру</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Передача клиента</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Передать…</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Key account managers *</source>
            <translation>Менеджеры по ключевым клиентам *</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Юридический адрес</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Полное наименование</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Наименование *</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Почтовый индекс</translation>
        </message>
        <message>
            <source>Save or undo your changes to the profile first.</source>
            <translation>Сначала сохраните или отмените изменения в профиле.</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Сохранить профиль</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>ИНН</translation>
        </message>
        <message>
            <source>Their yearly spend on what we sell</source>
            <translation>Годовые закупки нашего ассортимента</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>as the KAM calls it</source>
            <translation>как называет менеджер</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>проверяется для страны</translation>
        </message>
    </context>
    <context>
        <name>PromotionsDialog</name>
        <message>
            <source>% off the base price</source>
            <translation>% скидки от базовой цены</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n товар</numerusform>
                <numerusform>%n товара</numerusform>
                <numerusform>%n товаров</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Предстоящие</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Удалить акцию</translation>
        </message>
        <message>
            <source>Delete the promotion {name}? Orders already priced by it keep their prices.</source>
            <translation>Удалить акцию {name}? В заказах, уже рассчитанных по ней, цены сохраняются.</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Для</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>С *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Наименование *</translation>
        </message>
        <message>
            <source>New promotion</source>
            <translation>Новая акция</translation>
        </message>
        <message>
            <source>No single client matches “{text}”: pick one from the list.</source>
            <translation>Ни один клиент не подходит под «{text}» однозначно: выберите из списка.</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Ни один товар не подходит под «{text}» однозначно: выберите из списка.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Только для</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Завершённые</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Акция</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Акции</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Running now</source>
            <translation>Действуют сейчас</translation>
        </message>
        <message>
            <source>Save promotion</source>
            <translation>Сохранить акцию</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>The promotion being edited has changes that are not saved. Lose them?</source>
            <translation>В редактируемой акции есть несохранённые изменения. Потерять их?</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>По *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Whole category</source>
            <translation>Вся категория</translation>
        </message>
        <message>
            <source>at {price}</source>
            <translation>по цене {price}</translation>
        </message>
        <message>
            <source>client name or code</source>
            <translation>название или код клиента</translation>
        </message>
        <message>
            <source>coming</source>
            <translation>предстоит</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>например, 10</translation>
        </message>
        <message>
            <source>e.g. 49.90</source>
            <translation>например, 49.90</translation>
        </message>
        <message>
            <source>empty: every client</source>
            <translation>пусто: все клиенты</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>все</translation>
        </message>
        <message>
            <source>or a fixed price</source>
            <translation>или фиксированная цена</translation>
        </message>
        <message>
            <source>over</source>
            <translation>завершена</translation>
        </message>
        <message>
            <source>running</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>скидка {p}</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
    </context>
    <context>
        <name>ProposalPage</name>
        <message>
            <source>Addressed to</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>Delivery terms</source>
            <translation>Условия поставки</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Вставить поле</translation>
        </message>
        <message>
            <source>Names in {{ double braces }} are filled in from the data.</source>
            <translation>Имена в {{ двойных фигурных скобках }} заполняются из данных.</translation>
        </message>
        <message>
            <source>Opening text</source>
            <translation>Вступительный текст</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Условия оплаты</translation>
        </message>
        <message>
            <source>Put back the opening and the terms as the templates have them</source>
            <translation>Вернуть вступление и условия из шаблонов</translation>
        </message>
        <message>
            <source>Template text</source>
            <translation>Текст шаблона</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действительно до</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>QuestionsEditor</name>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Type a question to ask, then Enter (open questions: what, how, why…)</source>
            <translation>Введите вопрос, затем Enter (открытые вопросы: что, как, почему…)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Вверх</translation>
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <source>&lt;b&gt;Change the rate of {code} on {day}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Изменить курс {code} на {day}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;New rate&lt;/b&gt;</source>
            <translation>&lt;b&gt;Новый курс&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Все валюты</translation>
        </message>
        <message>
            <source>Choose the day of the rate.</source>
            <translation>Выберите дату курса.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the rate</source>
            <translation>Удалить курс</translation>
        </message>
        <message>
            <source>Delete this rate? Orders already priced keep their converted prices; new ones on its days use the rate before it.</source>
            <translation>Удалить этот курс? В уже рассчитанных заказах пересчитанные цены сохраняются; новые заказы на эти дни используют предыдущий курс.</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Курсы валют</translation>
        </message>
        <message>
            <source>MNB, ЦБ РФ, the contract…</source>
            <translation>MNB, ЦБ РФ, договор…</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Новый курс</translation>
        </message>
        <message>
            <source>Prices in another currency than the order's are converted at the latest rate on or before the order date. A rate is {rep} per 1 unit of the currency (the reporting currency, {rep}, is always 1).</source>
            <translation>Цены в валюте, отличной от валюты заказа, пересчитываются по последнему курсу на дату заказа или ранее. Курс — это {rep} за 1 единицу валюты (валюта управленческого учёта, {rep}, всегда равна 1).</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Курс</translation>
        </message>
        <message>
            <source>Replace the rate</source>
            <translation>Заменить курс</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Type a number such as 386.12 or %1.</source>
            <translation>Введите число, например 386,12 или %1.</translation>
        </message>
        <message>
            <source>{code} already has a rate on {day}: {old}{source}. Replace it with {new}?</source>
            <translation>У {code} уже есть курс на {day}: {old}{source}. Заменить его на {new}?</translation>
        </message>
        <message>
            <source>{rep} per 1 unit</source>
            <translation>{rep} за 1 единицу</translation>
        </message>
        <message>
            <source>{rep} per 1 {code}: how many {rep} one {code} is worth</source>
            <translation>{rep} за 1 {code}: сколько {rep} стоит один {code}</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Give the reason: it goes into the order's history.</source>
            <translation>Укажите причину: она записывается в историю заказа.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Say why: the ledger and the statement show it.</source>
            <translation>Укажите причину: она отображается в учёте и в акте сверки.</translation>
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
            <translation>Распределено</translation>
        </message>
        <message>
            <source>Allocated on</source>
            <translation>Дата распределения</translation>
        </message>
        <message>
            <source>Allocated to invoices</source>
            <translation>Разнесено по счетам</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Сальдо</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Call made</source>
            <translation>Звонок сделан</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Вал.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Текущая</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Дней просрочки</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Дней просрочки</translation>
        </message>
        <message>
            <source>Days past due of the oldest unpaid invoice</source>
            <translation>Дней просрочки самого старого неоплаченного счёта</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок оплаты</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Свободно</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>Invoices of {client}</source>
            <translation>Счета: {client}</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выставлен</translation>
        </message>
        <message>
            <source>Last dunning step</source>
            <translation>Последний этап напоминания</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Способ</translation>
        </message>
        <message>
            <source>Not yet allocated to an invoice</source>
            <translation>Ещё не разнесено по счетам</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Не оплачено</translation>
        </message>
        <message>
            <source>Open amounts by days past the due date</source>
            <translation>Открытые суммы по дням просрочки</translation>
        </message>
        <message>
            <source>Open amounts not yet due, less what the client overpaid</source>
            <translation>Открытые суммы, срок оплаты которых не наступил, за вычетом переплаты клиента</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Переплата</translation>
        </message>
        <message>
            <source>Paid by the client and not yet allocated to an invoice</source>
            <translation>Оплачено клиентом и ещё не разнесено по счетам</translation>
        </message>
        <message>
            <source>Payments of {client}</source>
            <translation>Оплаты: {client}</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Дебиторская задолженность по срокам</translation>
        </message>
        <message>
            <source>Reference / doc. no.</source>
            <translation>№ документа</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>Напоминание отправлено</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Step date</source>
            <translation>Дата этапа</translation>
        </message>
        <message>
            <source>Supplies blocked</source>
            <translation>Отгрузки заблокированы</translation>
        </message>
        <message>
            <source>Supplies unblocked</source>
            <translation>Отгрузки разблокированы</translation>
        </message>
        <message>
            <source>The invoice's total</source>
            <translation>Сумма счёта</translation>
        </message>
        <message>
            <source>What is still unpaid of it</source>
            <translation>Сколько по нему ещё не оплачено</translation>
        </message>
        <message>
            <source>What the client owes in all; below zero: overpaid</source>
            <translation>Сколько клиент должен всего; ниже нуля — переплата</translation>
        </message>
        <message>
            <source>When the last dunning step was taken</source>
            <translation>Когда был сделан последний этап напоминания</translation>
        </message>
        <message>
            <source>amounts in each client's currency</source>
            <translation>суммы в валюте каждого клиента</translation>
        </message>
        <message>
            <source>amounts in {currency}</source>
            <translation>суммы в {currency}</translation>
        </message>
        <message>
            <source>as of {day}</source>
            <translation>на {day}</translation>
        </message>
        <message>
            <source>name contains “{text}”</source>
            <translation>название содержит «{text}»</translation>
        </message>
        <message>
            <source>only overdue</source>
            <translation>только просроченные</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>проведено</translation>
        </message>
        <message>
            <source>reversed {day}</source>
            <translation>сторнировано {day}</translation>
        </message>
        <message>
            <source>reversing entry: {note}</source>
            <translation>сторнирующая запись: {note}</translation>
        </message>
        <message>
            <source>standing</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>undone {day}</source>
            <translation>отменено {day}</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesSection</name>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>Найден %n клиент</numerusform>
                <numerusform>Найдено %n клиента</numerusform>
                <numerusform>Найдено %n клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) with a balance</source>
            <translation>
                <numerusform>%n клиент с сальдо</numerusform>
                <numerusform>%n клиента с сальдо</numerusform>
                <numerusform>%n клиентов с сальдо</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Receivables&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Дебиторская задолженность&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Allocate…</source>
            <translation>Распределить…</translation>
        </message>
        <message>
            <source>Double-click a client to open its dossier.</source>
            <translation>Дважды щёлкните клиента, чтобы открыть его досье.</translation>
        </message>
        <message>
            <source>Dunning step…</source>
            <translation>Этап напоминания…</translation>
        </message>
        <message>
            <source>Import bank statement…</source>
            <translation>Загрузить банковскую выписку…</translation>
        </message>
        <message>
            <source>No client matches the search or the filter.</source>
            <translation>Нет клиентов, подходящих под поиск или фильтр.</translation>
        </message>
        <message>
            <source>No client owes anything and none is in credit. Invoices issued and payments recorded (“Record payment…”, “Import bank statement…”) show here.</source>
            <translation>Ни у одного клиента нет ни долга, ни переплаты. Здесь появятся выставленные счета и зарегистрированные оплаты («Зарегистрировать оплату…», «Загрузить банковскую выписку…»).</translation>
        </message>
        <message>
            <source>Only overdue</source>
            <translation>Только просроченные</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Акт сверки…</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Зарегистрировать оплату…</translation>
        </message>
        <message>
            <source>Reverse payment</source>
            <translation>Сторнировать оплату</translation>
        </message>
        <message>
            <source>Reverse payment…</source>
            <translation>Сторнировать оплату…</translation>
        </message>
        <message>
            <source>Reverse the payment of {amount} received {day}? Its allocations are undone and a reversing entry is posted today; nothing posted is erased.</source>
            <translation>Сторнировать оплату на {amount}, полученную {day}? Её распределение будет отменено, а сегодня будет проведена сторнирующая запись; ничего проведённого не удаляется.</translation>
        </message>
        <message>
            <source>Search clients by name</source>
            <translation>Поиск клиентов по названию</translation>
        </message>
        <message>
            <source>Total: {amounts}</source>
            <translation>Итого: {amounts}</translation>
        </message>
        <message>
            <source>Undo allocation</source>
            <translation>Отменить распределение</translation>
        </message>
        <message>
            <source>Undo the allocation of {amount} to {number}? The money goes back to the payment, free to allocate again; the allocation stays on the ledger as undone.</source>
            <translation>Отменить распределение {amount} на {number}? Деньги вернутся в оплату, и их можно будет распределить снова; распределение останется в учёте как отменённое.</translation>
        </message>
        <message>
            <source>{balance} owed, {overdue} overdue</source>
            <translation>долг {balance}, просрочено {overdue}</translation>
        </message>
    </context>
    <context>
        <name>RegistrationRow</name>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>VAT number there, e.g. DE136695976</source>
            <translation>Номер плательщика НДС в той стране, например DE136695976</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message>
            <source>(nobody)</source>
            <translation>(никто)</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Согласующий</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Отношение</translation>
        </message>
        <message>
            <source>Attitude: {a} · influence: {i}</source>
            <translation>Отношение: {a} · влияние: {i}</translation>
        </message>
        <message>
            <source>Buying role: {role}</source>
            <translation>Роль в закупке: {role}</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Карточки</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Активный сторонник</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>Не удалось записать {path}.</translation>
        </message>
        <message>
            <source>Decision maker</source>
            <translation>Лицо, принимающее решение</translation>
        </message>
        <message>
            <source>Drag one person onto another to link them; right-click a card for more. Ctrl+wheel zooms.</source>
            <translation>Перетащите одного человека на другого, чтобы связать их; щелчок правой кнопкой по карточке — другие действия. Ctrl+колесо — масштаб.</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Выгрузить PNG…</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation>Выгрузить карту отношений</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Привратник</translation>
        </message>
        <message>
            <source>High influence</source>
            <translation>Высокое влияние</translation>
        </message>
        <message>
            <source>In conflict with</source>
            <translation>В конфликте с</translation>
        </message>
        <message>
            <source>In conflict with {b}</source>
            <translation>В конфликте с {b}</translation>
        </message>
        <message>
            <source>Influenced by {b}</source>
            <translation>Под влиянием {b}</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Влияет на</translation>
        </message>
        <message>
            <source>Influences {b}</source>
            <translation>Влияет на {b}</translation>
        </message>
        <message numerus="yes">
            <source>Last contact %n day(s) ago</source>
            <translation>
                <numerusform>Контакт: %n день назад</numerusform>
                <numerusform>Контакт: %n дня назад</numerusform>
                <numerusform>Контакт: %n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <source>Last contact today</source>
            <translation>Контакт: сегодня</translation>
        </message>
        <message>
            <source>Last contact yesterday</source>
            <translation>Контакт: вчера</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Связи</translation>
        </message>
        <message>
            <source>Low influence</source>
            <translation>Низкое влияние</translation>
        </message>
        <message>
            <source>Medium influence</source>
            <translation>Среднее влияние</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Нейтральный</translation>
        </message>
        <message>
            <source>Never met or called</source>
            <translation>Ни встреч, ни звонков</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s)</source>
            <translation>
                <numerusform>Нет контакта %n день</numerusform>
                <numerusform>Нет контакта %n дня</numerusform>
                <numerusform>Нет контакта %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet: add people on the Contacts page.</source>
            <translation>Контактных лиц пока нет: добавьте людей на странице «Контактные лица».</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Не выгружено</translation>
        </message>
        <message>
            <source>Not placed in the hierarchy</source>
            <translation>Не размещён в иерархии</translation>
        </message>
        <message>
            <source>Opinion leader</source>
            <translation>Лидер мнений</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Противник</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <source>Relationship map - {client}.png</source>
            <translation>Карта отношений - {client}.png</translation>
        </message>
        <message>
            <source>Relationship map · {client} · {day}</source>
            <translation>Карта отношений · {client} · {day}</translation>
        </message>
        <message>
            <source>Remove relation</source>
            <translation>Удалить связь</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Подчиняется</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>Скептик</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Сторонник</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>border = influence</source>
            <translation>рамка = влияние</translation>
        </message>
        <message>
            <source>high</source>
            <translation>высокое</translation>
        </message>
        <message>
            <source>in conflict</source>
            <translation>в конфликте</translation>
        </message>
        <message>
            <source>influences</source>
            <translation>влияет на</translation>
        </message>
        <message>
            <source>low</source>
            <translation>низкое</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>среднее</translation>
        </message>
        <message numerus="yes">
            <source>no meeting or call for %n+ day(s)</source>
            <translation>
                <numerusform>нет встреч и звонков %n+ дн.</numerusform>
                <numerusform>нет встреч и звонков %n+ дн.</numerusform>
                <numerusform>нет встреч и звонков %n+ дн.</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message>
            <source>reports to</source>
            <translation>подчиняется</translation>
        </message>
        <message>
            <source>{a} and {b} are in conflict</source>
            <translation>{a} и {b} в конфликте</translation>
        </message>
        <message>
            <source>{a} influences {b}</source>
            <translation>{a} влияет на {b}</translation>
        </message>
        <message>
            <source>{a} reports to {b}</source>
            <translation>{a} подчиняется {b}</translation>
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
            <translation>Выгрузить…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Save the table as an Excel workbook or a CSV file</source>
            <translation>Сохранить таблицу как книгу Excel или файл CSV</translation>
        </message>
        <message>
            <source>The report as a PDF with its period and filters: preview, print or save</source>
            <translation>Отчёт в PDF с периодом и фильтрами: просмотр, печать или сохранение</translation>
        </message>
        <message>
            <source>{title} exported to {path}</source>
            <translation>{title}: выгружено в {path}</translation>
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <comment>a file name</comment>
            <translation>{title} с {start} по {end}</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Reading {start} to {end}…</source>
            <translation>Чтение данных с {start} по {end}…</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose another “From” or “to” date.</source>
            <translation>Начало периода позже окончания: выберите другую дату «с» или «по».</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>&lt;h2&gt;Key clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ключевые клиенты&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>Суммы в {currency} по курсу на дату каждого счёта.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</source>
            <translation>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</translation>
        </message>
        <message>
            <source>Key clients</source>
            <translation>Ключевые клиенты</translation>
        </message>
        <message>
            <source>No invoiced revenue from {start} to {end}.</source>
            <translation>Нет выручки по счетам с {start} по {end}.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Возвраты и отказы</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Планы продаж</translation>
        </message>
        <message>
            <source>Saved: the report uses the new thresholds.</source>
            <translation>Сохранено: отчёт использует новые пороги.</translation>
        </message>
        <message>
            <source>Thresholds…</source>
            <translation>Пороги…</translation>
        </message>
        <message>
            <source>Total revenue &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
            <translation>Общая выручка &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who brings our revenue: shares, ABC classes and dependency on one client</source>
            <translation>Кто приносит нашу выручку: доли, классы ABC и зависимость от одного клиента</translation>
        </message>
        <message>
            <source>clients with revenue &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>клиентов с выручкой &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>critical &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>критических &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>high concentration</source>
            <translation>высокая концентрация</translation>
        </message>
        <message>
            <source>key &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>ключевых &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>low concentration</source>
            <translation>низкая концентрация</translation>
        </message>
        <message>
            <source>moderate concentration</source>
            <translation>умеренная концентрация</translation>
        </message>
        <message>
            <source>mono-client &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>моноклиентов &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top 3 &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>топ-3 &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top client &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>крупнейший клиент &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>RequisitesBox</name>
        <message>
            <source>7 letters and digits</source>
            <translation>7 букв и цифр</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Расчётный счёт (IBAN)</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>Choose the client's country to see which VAT its documents apply.</source>
            <translation>Выберите страну клиента, чтобы увидеть, какой НДС применяют его документы.</translation>
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
            <translation>Корреспондентский счёт (к/с)</translation>
        </message>
        <message>
            <source>Documents apply: {regime}</source>
            <translation>В документах применяется: {regime}</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>Номер плательщика НДС в ЕС</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>КПП</translation>
        </message>
        <message>
            <source>Last checked in VIES</source>
            <translation>Последняя проверка в VIES</translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation>ОГРН / ОГРНИП</translation>
        </message>
        <message>
            <source>PEC</source>
            <translation>PEC</translation>
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation>Доверенность №</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Дата доверенности</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Регистрационный номер</translation>
        </message>
        <message>
            <source>Requisites for documents</source>
            <translation>Реквизиты для документов</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>SWIFT-код (BIC)</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Расчётный счёт (р/с)</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Подписант</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Должность подписанта</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Действует на основании</translation>
        </message>
        <message>
            <source>VAT regime</source>
            <translation>Режим НДС</translation>
        </message>
        <message>
            <source>Who signs for the client, and on what authority:</source>
            <translation>Кто подписывает за клиента и на каком основании:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>доверенность</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>полное имя</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>Устав</translation>
        </message>
        <message>
            <source>with the country prefix</source>
            <translation>с префиксом страны</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>A new meeting starts on the next working day, at the start of the day.</source>
            <translation>Новая встреча назначается на следующий рабочий день, на начало рабочего дня.</translation>
        </message>
        <message>
            <source>Block when an invoice is overdue by more than (days)</source>
            <translation>Блокировать, если счёт просрочен более чем на (дней)</translation>
        </message>
        <message>
            <source>Credit control</source>
            <translation>Кредитный контроль</translation>
        </message>
        <message>
            <source>Credit control runs when an order is confirmed: it is blocked when the client's exposure (what it owes, its open orders and this order) goes over its credit limit, or when one of its invoices is overdue by more than the days below. A block can be overridden with the name of who approved it and why.</source>
            <translation>Контроль кредита выполняется при проведении заказа: заказ блокируется, если задолженность клиента (долг, открытые заказы и этот заказ) превышает его кредитный лимит или если один из его счетов просрочен больше указанного ниже числа дней. Блокировку можно обойти, указав, кто её согласовал и почему.</translation>
        </message>
        <message>
            <source>Credit limit ({currency})</source>
            <translation>Кредитный лимит ({currency})</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Конец рабочего дня</translation>
        </message>
        <message>
            <source>Day starts</source>
            <translation>Начало рабочего дня</translation>
        </message>
        <message>
            <source>Days overdue before a block are 0 to 365.</source>
            <translation>Число дней просрочки до блокировки — от 0 до 365.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Новые клиенты</translation>
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation>Отсрочка платежа (дней)</translation>
        </message>
        <message>
            <source>Sales rules</source>
            <translation>Правила продаж</translation>
        </message>
        <message>
            <source>These rules are the team's: they travel with the data to every laptop.</source>
            <translation>Эти правила общие для команды: они переходят вместе с данными на каждый ноутбук.</translation>
        </message>
        <message>
            <source>Type a number of days, 0 or more.</source>
            <translation>Введите число дней, 0 или больше.</translation>
        </message>
        <message>
            <source>What a new client starts with; its dossier's terms can change it. A client in another currency gets the limit converted at the day's rate, rounded down (no limit when there is no rate). Empty: no limit.</source>
            <translation>С этими условиями начинает работу новый клиент; в досье их можно изменить. Клиенту в другой валюте лимит пересчитывается по курсу дня с округлением вниз (без лимита, если курса нет). Пусто — без лимита.</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Рабочие дни</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Рабочее время</translation>
        </message>
    </context>
    <context>
        <name>ScheduleSection</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n звонок</numerusform>
                <numerusform>%n звонка</numerusform>
                <numerusform>%n звонков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n пересечение</numerusform>
                <numerusform>%n пересечения</numerusform>
                <numerusform>%n пересечений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n встреча</numerusform>
                <numerusform>%n встречи</numerusform>
                <numerusform>%n встреч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not ready</source>
            <translation>
                <numerusform>%n не готова</numerusform>
                <numerusform>%n не готовы</numerusform>
                <numerusform>%n не готовы</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Schedule&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Расписание&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Файлы календаря (*.ics)</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Длительность, мин</translation>
        </message>
        <message>
            <source>Export the week as a calendar file</source>
            <translation>Выгрузить неделю в файл календаря</translation>
        </message>
        <message>
            <source>Export week (.ics)…</source>
            <translation>Выгрузить неделю (.ics)…</translation>
        </message>
        <message>
            <source>It now clashes: {what}</source>
            <translation>Теперь есть пересечение: {what}</translation>
        </message>
        <message>
            <source>New call…</source>
            <translation>Новый звонок…</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Новая встреча…</translation>
        </message>
        <message>
            <source>Next week (Alt+Right)</source>
            <translation>Следующая неделя (Alt+Вправо)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Не выгружено</translation>
        </message>
        <message>
            <source>Nothing planned this week</source>
            <translation>На этой неделе ничего не запланировано</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <source>Previous week (Alt+Left)</source>
            <translation>Предыдущая неделя (Alt+Влево)</translation>
        </message>
        <message>
            <source>Print week…</source>
            <translation>Печать недели…</translation>
        </message>
        <message>
            <source>Save the week's meetings and calls as a file for a phone or mail calendar</source>
            <translation>Сохранить встречи и звонки недели в файл для календаря телефона или почты</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>Не удалось записать файл: {error}</translation>
        </message>
        <message>
            <source>The week on one page: preview, print or save</source>
            <translation>Неделя на одной странице: просмотр, печать или сохранение</translation>
        </message>
        <message>
            <source>This week, today chosen</source>
            <translation>Эта неделя, выбран сегодняшний день</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message numerus="yes">
            <source>Week {week} saved to {path}: %n calendar event(s)</source>
            <translation>
                <numerusform>Неделя {week} сохранена в {path}: %n событие календаря</numerusform>
                <numerusform>Неделя {week} сохранена в {path}: %n события календаря</numerusform>
                <numerusform>Неделя {week} сохранена в {path}: %n событий календаря</numerusform>
            </translation>
        </message>
        <message>
            <source>Week {week} · {span}</source>
            <translation>Неделя {week} · {span}</translation>
        </message>
        <message>
            <source>all ready</source>
            <translation>все готовы</translation>
        </message>
        <message>
            <source>{day}: nothing planned. Double-click the week to add a meeting.</source>
            <translation>{day}: ничего не запланировано. Дважды щёлкните по неделе, чтобы добавить встречу.</translation>
        </message>
        <message>
            <source>{day}: {count}</source>
            <translation>{day}: {count}</translation>
        </message>
        <message>
            <source>“{subject}” now {day} {start}–{end}.</source>
            <translation>«{subject}» теперь {day} {start}–{end}.</translation>
        </message>
    </context>
    <context>
        <name>ServerSyncDialog</name>
        <message>
            <source>Sends the team server this laptop's changes and brings the team's. Give the server's address as your administrator wrote it.</source>
            <translation>Отправляет на сервер команды изменения этого ноутбука и получает изменения команды. Укажите адрес сервера так, как его записал ваш администратор.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхронизировать</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Синхронизация с сервером</translation>
        </message>
        <message>
            <source>The password is not part of the address: PostgreSQL's password file (pgpass) or service file gives it, and kamdesk never stores it.</source>
            <translation>Пароль не входит в адрес: его даёт файл паролей PostgreSQL (pgpass) или файл служб, а kamdesk никогда его не хранит.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>A document's preview</source>
            <translation>Просмотр документа</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>An order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Настройки компании</translation>
        </message>
        <message>
            <source>Confirm (credit control runs)</source>
            <translation>Провести (с кредитным контролем)</translation>
        </message>
        <message>
            <source>Delete the product (asks first)</source>
            <translation>Удалить товар (сначала спросит)</translation>
        </message>
        <message>
            <source>Deliver</source>
            <translation>Доставить</translation>
        </message>
        <message>
            <source>Everywhere in the main window</source>
            <translation>Везде в главном окне</translation>
        </message>
        <message>
            <source>In a line: take the product, move on</source>
            <translation>В строке: взять товар и перейти дальше</translation>
        </message>
        <message>
            <source>Invoice (asks first)</source>
            <translation>Выставить счёт (с подтверждением)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Put back the line removed last</source>
            <translation>Вернуть последнюю удалённую строку</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Remove the line (asks first)</source>
            <translation>Удалить строку (с подтверждением)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить в PDF</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Сохранить встречу</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Сохранить заказ</translation>
        </message>
        <message>
            <source>Save the order (keypad Enter)</source>
            <translation>Сохранить заказ (Enter на цифровой клавиатуре)</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Расписание</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Поиск клиентов</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Отгрузить</translation>
        </message>
        <message>
            <source>The guide, at this window's task</source>
            <translation>Руководство: задача этого окна</translation>
        </message>
        <message>
            <source>The guide: the main tasks step by step</source>
            <translation>Руководство: основные задачи шаг за шагом</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>Следующая неделя</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>Предыдущая неделя</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>Этот список сочетаний клавиш</translation>
        </message>
        <message>
            <source>Undo (a move in the week, a deletion)</source>
            <translation>Отменить (перенос в неделе, удаление)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Does</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Find a shortcut: a word or a key</source>
            <translation>Найти сочетание: слово или клавиша</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
    </context>
    <context>
        <name>SpecialPriceDialog</name>
        <message>
            <source>Dates not set: the price holds from always / until further notice. The client pays the lowest price it is entitled to: a special price above its column price changes nothing.</source>
            <translation>Даты не заданы: цена действует всегда / до особого распоряжения. Клиент платит самую низкую цену, на которую имеет право: специальная цена выше цены его вида цен ничего не меняет.</translation>
        </message>
        <message>
            <source>New special price</source>
            <translation>Новая специальная цена</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Ни один товар не подходит под «{text}» однозначно: выберите из списка.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price *</source>
            <translation>Цена *</translation>
        </message>
        <message>
            <source>Product *</source>
            <translation>Товар *</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Специальная цена</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Действует по</translation>
        </message>
        <message>
            <source>e.g. framework contract 2026</source>
            <translation>например, рамочный договор 2026</translation>
        </message>
    </context>
    <context>
        <name>StaleBlock</name>
        <message numerus="yes">
            <source>%n day(s) since the last meeting or call</source>
            <translation>
                <numerusform>%n день с последней встречи или звонка</numerusform>
                <numerusform>%n дня с последней встречи или звонка</numerusform>
                <numerusform>%n дней с последней встречи или звонка</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every key client was met or called in the last %n day(s).</source>
            <translation>
                <numerusform>С каждым ключевым клиентом была встреча или звонок за последний %n день.</numerusform>
                <numerusform>С каждым ключевым клиентом была встреча или звонок за последние %n дня.</numerusform>
                <numerusform>С каждым ключевым клиентом была встреча или звонок за последние %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <source>Key clients not contacted</source>
            <translation>Ключевые клиенты без контакта</translation>
        </message>
        <message>
            <source>No key clients yet: record a key reason in a client's dossier, or wait for revenue to make one key.</source>
            <translation>Ключевых клиентов пока нет: укажите причину в досье клиента или дождитесь, пока выручка сделает его ключевым.</translation>
        </message>
        <message numerus="yes">
            <source>No meeting or call held in more than %n day(s).</source>
            <translation>
                <numerusform>Нет встреч и звонков более %n дня.</numerusform>
                <numerusform>Нет встреч и звонков более %n дней.</numerusform>
                <numerusform>Нет встреч и звонков более %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <source>never met or called</source>
            <translation>ни встреч, ни звонков</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message numerus="yes">
            <source>%n document(s) in the period.</source>
            <translation>
                <numerusform>%n документ за период.</numerusform>
                <numerusform>%n документа за период.</numerusform>
                <numerusform>%n документов за период.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Прошлый квартал</translation>
        </message>
        <message>
            <source>Making the statement…</source>
            <translation>Формирование акта сверки…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>On {day} neither side owes the other.</source>
            <translation>На {day} взаимных долгов нет.</translation>
        </message>
        <message>
            <source>On {day} we owe {client} {amount} (its credit).</source>
            <translation>На {day} наш долг перед клиентом {client}: {amount} (его переплата).</translation>
        </message>
        <message>
            <source>On {day} {client} owes us {amount}.</source>
            <translation>На {day} долг клиента {client} перед нами: {amount}.</translation>
        </message>
        <message>
            <source>Open the statement in your PDF viewer</source>
            <translation>Открыть акт сверки в программе просмотра PDF</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>Открыт в программе просмотра PDF: печатайте оттуда.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Reconciliation statement</source>
            <translation>Акт сверки</translation>
        </message>
        <message>
            <source>Reconciliation statement: {client}</source>
            <translation>Акт сверки: {client}</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <source>Save the statement as</source>
            <translation>Сохранить акт сверки как</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Отправлено на принтер.</translation>
        </message>
        <message>
            <source>The period must start before it ends.</source>
            <translation>Начало периода должно быть раньше его окончания.</translation>
        </message>
        <message>
            <source>Type the client's name and choose it from the list.</source>
            <translation>Введите название клиента и выберите его из списка.</translation>
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <source>Remove this step</source>
            <translation>Удалить этот шаг</translation>
        </message>
        <message>
            <source>What is to be done (send the offer, call back…)</source>
            <translation>Что нужно сделать (отправить предложение, перезвонить…)</translation>
        </message>
        <message>
            <source>due</source>
            <translation>срок</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>(not a reason)</source>
            <translation>(не причина)</translation>
        </message>
        <message>
            <source>Budget for our category, per year</source>
            <translation>Бюджет на нашу категорию в год</translation>
        </message>
        <message>
            <source>Development plans</source>
            <translation>Планы развития</translation>
        </message>
        <message>
            <source>Innovator: tries new products first</source>
            <translation>Новатор: первым пробует новые товары</translation>
        </message>
        <message>
            <source>More competent than us: teaches us standards</source>
            <translation>Компетентнее нас: учит нас стандартам</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Потребности</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Partner: shares plans and budgets openly</source>
            <translation>Партнёр: открыто делится планами и бюджетами</translation>
        </message>
        <message>
            <source>Potential: has need and budget, buys little from us yet</source>
            <translation>Потенциал: есть потребность и бюджет, но пока покупает у нас мало</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Reference: a name that helps win others</source>
            <translation>Референс: имя, которое помогает привлечь других</translation>
        </message>
        <message>
            <source>Revenue share: brings a large share of our income</source>
            <translation>Доля выручки: приносит большую долю нашего дохода</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Save strategy</source>
            <translation>Сохранить стратегию</translation>
        </message>
        <message>
            <source>Say in a sentence why this reason applies.</source>
            <translation>Объясните в одном предложении, почему эта причина применима.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Сильные стороны</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Угрозы</translation>
        </message>
        <message>
            <source>Vision and priorities</source>
            <translation>Видение и приоритеты</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Слабые стороны</translation>
        </message>
        <message>
            <source>Why this client is key</source>
            <translation>Почему этот клиент ключевой</translation>
        </message>
        <message>
            <source>why, in a sentence</source>
            <translation>почему, в одном предложении</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message numerus="yes">
            <source>%n record(s) written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</source>
            <translation>
                <numerusform>В {path} записана %n запись.

Передайте этот файл получателю ({to}): там он загружается командой «Загрузить файл…» с той же парольной фразой.</numerusform>
                <numerusform>В {path} записаны %n записи.

Передайте этот файл получателю ({to}): там он загружается командой «Загрузить файл…» с той же парольной фразой.</numerusform>
                <numerusform>В {path} записано %n записей.

Передайте этот файл получателю ({to}): там он загружается командой «Загрузить файл…» с той же парольной фразой.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Синхронизация&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Конфликты для решения</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Готово.</translation>
        </message>
        <message>
            <source>Done: kept “{v}”.</source>
            <translation>Готово: оставлено «{v}».</translation>
        </message>
        <message>
            <source>Done: the record is deleted.</source>
            <translation>Готово: запись удалена.</translation>
        </message>
        <message>
            <source>Done: the record is kept.</source>
            <translation>Готово: запись сохранена.</translation>
        </message>
        <message>
            <source>Done: the value is now “{v}”.</source>
            <translation>Готово: теперь значение «{v}».</translation>
        </message>
        <message>
            <source>Exchanging changes with the team server…</source>
            <translation>Обмен изменениями с сервером команды…</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Выгрузить в файл</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Выгрузить в файл…</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Выгружено</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Загрузить файл</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Загрузить файл…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Загружено</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Загрузка {file}…</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Last received from it</source>
            <translation>Последнее получено от него</translation>
        </message>
        <message>
            <source>Last sent to it</source>
            <translation>Последнее отправлено ему</translation>
        </message>
        <message>
            <source>No file exported or imported yet.</source>
            <translation>Файлы ещё не выгружались и не загружались.</translation>
        </message>
        <message>
            <source>No other laptop yet. Export a full file to set up a colleague's laptop: choose “A new laptop (everything)”.</source>
            <translation>Других ноутбуков пока нет. Чтобы настроить ноутбук коллеги, выгрузите полный файл: выберите «Новый ноутбук (всё)».</translation>
        </message>
        <message>
            <source>Other laptops</source>
            <translation>Другие ноутбуки</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Чтение {file}…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Sent or received</source>
            <translation>Отправлено или получено</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Синхронизация с сервером</translation>
        </message>
        <message>
            <source>Sync with the server…</source>
            <translation>Синхронизировать с сервером…</translation>
        </message>
        <message>
            <source>Synced with the server</source>
            <translation>Синхронизировано с сервером</translation>
        </message>
        <message>
            <source>The team's laptops share their data through the team server (Sync with the server…) or through files: export one for a colleague, import the ones you receive. Files use the team's passphrase.</source>
            <translation>Ноутбуки команды обмениваются данными через сервер команды («Синхронизировать с сервером…») или через файлы: выгрузите файл для коллеги и загрузите те, что получили. Для файлов используется парольная фраза команды.</translation>
        </message>
        <message>
            <source>This laptop: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Этот ноутбук: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Ожидает отправки</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Запись {file}…</translation>
        </message>
        <message>
            <source>a new laptop</source>
            <translation>новый ноутбук</translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>другой ноутбук</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync);;All files (*)</source>
            <translation>Файлы синхронизации kamdesk (*.kamsync);;Все файлы (*)</translation>
        </message>
        <message>
            <source>the new laptop</source>
            <translation>новый ноутбук</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>без имени</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n запись</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on two laptops at once to different values.</source>
            <translation>Изменено на двух ноутбуках одновременно, значения различаются.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Client in a promotion</source>
            <translation>Клиент в акции</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Clients in promotions</source>
            <translation>Клиенты в акциях</translation>
        </message>
        <message>
            <source>Column price</source>
            <translation>Цена по виду цен</translation>
        </message>
        <message>
            <source>Column prices</source>
            <translation>Цены по видам цен</translation>
        </message>
        <message>
            <source>Company profile</source>
            <translation>Профиль организации</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурент</translation>
        </message>
        <message>
            <source>Competitor at a client</source>
            <translation>Конкурент у клиента</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Конкуренты</translation>
        </message>
        <message>
            <source>Competitors at clients</source>
            <translation>Конкуренты у клиентов</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Претензия</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Претензии</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контактные лица</translation>
        </message>
        <message>
            <source>Deleted on one laptop while edited on another.</source>
            <translation>Удалено на одном ноутбуке, пока редактировалось на другом.</translation>
        </message>
        <message>
            <source>Deleted on one laptop, but another laptop added something to it, so it came back.</source>
            <translation>Удалено на одном ноутбуке, но другой ноутбук добавил к нему данные, поэтому запись восстановлена.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Счета</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>KAM assignment</source>
            <translation>Закрепление за KAM</translation>
        </message>
        <message>
            <source>KAM assignments</source>
            <translation>Закрепления за KAM</translation>
        </message>
        <message>
            <source>KAMs</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Key-client reason</source>
            <translation>Причина ключевого статуса</translation>
        </message>
        <message>
            <source>Key-client reasons</source>
            <translation>Причины ключевого статуса</translation>
        </message>
        <message>
            <source>Made twice, on two laptops: the two records are one in fact.</source>
            <translation>Создано дважды, на двух ноутбуках: две записи на деле одна.</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Участник встречи</translation>
        </message>
        <message>
            <source>Meeting attendees</source>
            <translation>Участники встречи</translation>
        </message>
        <message>
            <source>Meeting or task</source>
            <translation>Встреча или задача</translation>
        </message>
        <message>
            <source>Meeting question</source>
            <translation>Вопрос к встрече</translation>
        </message>
        <message>
            <source>Meeting questions</source>
            <translation>Вопросы к встрече</translation>
        </message>
        <message>
            <source>Meetings and tasks</source>
            <translation>Встречи и задачи</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Возражение</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Возражения</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Order history entries</source>
            <translation>Записи истории заказа</translation>
        </message>
        <message>
            <source>Order history entry</source>
            <translation>Запись истории заказа</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Строка заказа</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Строки заказа</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Оплата</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Оплаты</translation>
        </message>
        <message>
            <source>Payments allocated to this invoice (here and on another laptop) add up to more than it asked. The excess is kept as the client's credit: undo the allocation that went over in Receivables and allocate it elsewhere.</source>
            <translation>Оплаты, распределённые на этот счёт (здесь и на другом ноутбуке), в сумме превышают сумму счёта. Излишек сохранён как переплата клиента: отмените лишнее распределение в разделе «Дебиторская задолженность» и распределите оплату на другой счёт.</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Вид цен</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Виды цен</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Категории товаров</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Категория товаров</translation>
        </message>
        <message>
            <source>Product in a promotion</source>
            <translation>Товар в акции</translation>
        </message>
        <message>
            <source>Product on an agenda</source>
            <translation>Товар в повестке встречи</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Products in promotions</source>
            <translation>Товары в акциях</translation>
        </message>
        <message>
            <source>Products on agendas</source>
            <translation>Товары в повестках встреч</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Акция</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Акции</translation>
        </message>
        <message>
            <source>Quantity break</source>
            <translation>Скидка за количество</translation>
        </message>
        <message>
            <source>Quantity breaks</source>
            <translation>Скидки за количество</translation>
        </message>
        <message>
            <source>Relation between contacts</source>
            <translation>Связь между контактными лицами</translation>
        </message>
        <message>
            <source>Relations between contacts</source>
            <translation>Связи между контактными лицами</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Return line</source>
            <translation>Строка возврата</translation>
        </message>
        <message>
            <source>Return lines</source>
            <translation>Строки возврата</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Возвраты</translation>
        </message>
        <message>
            <source>Sales plan</source>
            <translation>План продаж</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Планы продаж</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Настройка</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Специальная цена</translation>
        </message>
        <message>
            <source>Special prices</source>
            <translation>Специальные цены</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Команды</translation>
        </message>
        <message>
            <source>The order's lines were changed on two laptops at once: it now holds both, and its totals add up. Keep it as merged, or also get the other version back as a new draft.</source>
            <translation>Строки заказа изменены на двух ноутбуках одновременно: теперь в нём есть обе версии, и итоги сходятся. Оставьте объединённый заказ или дополнительно восстановите другую версию как новый черновик.</translation>
        </message>
        <message>
            <source>The same order was invoiced on two laptops.</source>
            <translation>Один и тот же заказ выставлен в счёт на двух ноутбуках.</translation>
        </message>
        <message>
            <source>Two different records carry the same number.</source>
            <translation>Две разные записи имеют один и тот же номер.</translation>
        </message>
        <message>
            <source>Two laptops disagree about this record.</source>
            <translation>Данные этой записи на двух ноутбуках расходятся.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>everything (a full file)</source>
            <translation>всё (полный файл)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>ничего нового</translation>
        </message>
        <message>
            <source>nothing: up to date</source>
            <translation>ничего: всё актуально</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>вся запись</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV, comma separated (*.csv)</source>
            <translation>CSV, через запятую (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>Не удалось записать {path}: {why}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Выгрузить таблицу</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Не выгружено</translation>
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>За этот период показать нечего.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Напечатано</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
    </context>
    <context>
        <name>TasksBlock</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>просрочка %n день</numerusform>
                <numerusform>просрочка %n дня</numerusform>
                <numerusform>просрочка %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in the next 7 days (%n)</source>
            <translation>
                <numerusform>Срок в ближайшие 7 дней (%n)</numerusform>
                <numerusform>Срок в ближайшие 7 дней (%n)</numerusform>
                <numerusform>Срок в ближайшие 7 дней (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Отметить выполненной</translation>
        </message>
        <message>
            <source>Mark done: {task}</source>
            <translation>Отметить выполненной: {task}</translation>
        </message>
        <message>
            <source>No tasks overdue or due in the next 7 days.</source>
            <translation>Нет задач, просроченных или со сроком в ближайшие 7 дней.</translation>
        </message>
        <message numerus="yes">
            <source>Overdue (%n)</source>
            <translation>
                <numerusform>Просрочено (%n)</numerusform>
                <numerusform>Просрочено (%n)</numerusform>
                <numerusform>Просрочено (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>agreed at “{meeting}”</source>
            <translation>согласовано на встрече «{meeting}»</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermsPage</name>
        <message numerus="yes">
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>%n специальная цена действует сегодня</numerusform>
                <numerusform>%n специальные цены действуют сегодня</numerusform>
                <numerusform>%n специальных цен действуют сегодня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n special price(s): {current} valid today, {others} outside their dates</source>
            <translation>
                <numerusform>%n специальная цена: действуют сегодня — {current}, вне срока действия — {others}</numerusform>
                <numerusform>%n специальные цены: действуют сегодня — {current}, вне срока действия — {others}</numerusform>
                <numerusform>%n специальных цен: действуют сегодня — {current}, вне срока действия — {others}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{price}&lt;/b&gt; per {unit} for {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Compared: {compared}&lt;/span&gt;</source>
            <translation>&lt;b&gt;{price}&lt;/b&gt; за {unit} при количестве {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Сравнение: {compared}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Azerbaijani (azərbaycanca)</source>
            <translation>Азербайджанский (azərbaycanca)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Commercial terms</source>
            <translation>Коммерческие условия</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Кредитный лимит</translation>
        </message>
        <message>
            <source>Credit limit, {currency}</source>
            <translation>Кредитный лимит, {currency}</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Язык документов</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Hungarian (magyar)</source>
            <translation>Венгерский (magyar)</translation>
        </message>
        <message>
            <source>Italian (italiano)</source>
            <translation>Итальянский (italiano)</translation>
        </message>
        <message>
            <source>Largest line discount, %</source>
            <translation>Максимальная скидка по строке, %</translation>
        </message>
        <message>
            <source>Not valid today</source>
            <translation>Сегодня не действует</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Ничего не сохранено: исправьте %n отмеченное поле.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных поля.</numerusform>
                <numerusform>Ничего не сохранено: исправьте %n отмеченных полей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment terms, days</source>
            <translation>Отсрочка платежа, дней</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Price check</source>
            <translation>Проверка цены</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Вид цен</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Remove special price</source>
            <translation>Удалить специальную цену</translation>
        </message>
        <message>
            <source>Remove the special price {price} for {sku} {name}?</source>
            <translation>Удалить специальную цену {price} для {sku} {name}?</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Russian (русский)</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Сохранить условия</translation>
        </message>
        <message>
            <source>Special prices for this client</source>
            <translation>Специальные цены для этого клиента</translation>
        </message>
        <message>
            <source>Terms saved.</source>
            <translation>Условия сохранены.</translation>
        </message>
        <message>
            <source>Type an SKU or a name and pick the product.</source>
            <translation>Введите артикул или наименование и выберите товар.</translation>
        </message>
        <message>
            <source>Type the quantity.</source>
            <translation>Введите количество.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Действует по</translation>
        </message>
        <message>
            <source>above it, a discount needs approval</source>
            <translation>выше — скидка требует согласования</translation>
        </message>
        <message>
            <source>empty: no limit · 0: prepayment only</source>
            <translation>пусто: без лимита · 0: только предоплата</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>количество</translation>
        </message>
        <message>
            <source>{name} ({percent} off)</source>
            <translation>{name} (скидка {percent})</translation>
        </message>
        <message>
            <source>— none: base prices —</source>
            <translation>— нет: базовые цены —</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>This field holds at most %1 characters; longer text cannot be saved.</source>
            <translation>Это поле вмещает не более %1 символов; более длинный текст сохранить нельзя.</translation>
        </message>
        <message>
            <source>Too long to save: %1 characters, at most %2.</source>
            <translation>Слишком длинно для сохранения: %1 символов, допустимо не более %2.</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>&lt;b&gt;Key-client thresholds&lt;/b&gt;</source>
            <translation>&lt;b&gt;Пороги ключевых клиентов&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Critical dependency above, %</source>
            <translation>Критическая зависимость свыше, %</translation>
        </message>
        <message>
            <source>Dossier stale after, days without contact</source>
            <translation>Досье устаревает без контакта, дней</translation>
        </message>
        <message>
            <source>Key client above, % of revenue</source>
            <translation>Ключевой клиент свыше, % выручки</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least</source>
            <translation>Ключевой клиент также при выручке не менее</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least, {currency}</source>
            <translation>Ключевой клиент также при выручке не менее, {currency}</translation>
        </message>
        <message>
            <source>Mono-client above, %</source>
            <translation>Моноклиент свыше, %</translation>
        </message>
        <message>
            <source>Must not be below the critical share.</source>
            <translation>Не может быть ниже доли критической зависимости.</translation>
        </message>
        <message>
            <source>Must not be below the key-client share.</source>
            <translation>Не может быть ниже доли ключевого клиента.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked fields.</source>
            <translation>Ничего не сохранено: исправьте отмеченные поля.</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>Сохранить пороги</translation>
        </message>
        <message>
            <source>Shared with the team; the share is of revenue in the period.</source>
            <translation>Общие для команды; доля считается от выручки за период.</translation>
        </message>
        <message>
            <source>Type a percentage above 0 and up to 100, e.g. 10.</source>
            <translation>Введите процент больше 0 и не более 100, например 10.</translation>
        </message>
        <message>
            <source>Type a whole number of days from 1 to 3650.</source>
            <translation>Введите целое число дней от 1 до 3650.</translation>
        </message>
        <message>
            <source>Type an amount above zero, such as 5000000 or %1, or leave it empty.</source>
            <translation>Введите сумму больше нуля, например 5000000 или %1, или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>optional, e.g. 5 000 000</source>
            <translation>необязательно, например 5 000 000</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Сегодня&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Critical dependency</source>
            <translation>Критическая зависимость</translation>
        </message>
        <message>
            <source>Key clients by share</source>
            <translation>Ключевые клиенты по доле</translation>
        </message>
        <message>
            <source>Key-client alerts</source>
            <translation>Предупреждения по ключевым клиентам</translation>
        </message>
        <message>
            <source>Mono-client</source>
            <translation>Моноклиент</translation>
        </message>
        <message>
            <source>No alerts: no client brings more than {limit} of revenue in the last 12 months.</source>
            <translation>Предупреждений нет: ни один клиент не приносит более {limit} выручки за последние 12 месяцев.</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Нет выручки по счетам за последние 12 месяцев.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <source>Share of invoiced revenue from {start} to {end}. Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>Доля выручки по счетам с {start} по {end}. Суммы в {currency} по курсу на дату каждого счёта.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: losing it would hurt badly.</source>
            <translation>{name} приносит {share} нашей выручки, больше {limit}: его потеря нанесёт серьёзный ущерб.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: the business depends on one client.</source>
            <translation>{name} приносит {share} нашей выручки, больше {limit}: бизнес зависит от одного клиента.</translation>
        </message>
    </context>
    <context>
        <name>TopCausesPanel</name>
        <message>
            <source>&lt;b&gt;Top causes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Основные причины&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Act first on &lt;b&gt;{reason}&lt;/b&gt;: {share} of losses — {detail}.</source>
            <translation>В первую очередь займитесь причиной &lt;b&gt;{reason}&lt;/b&gt;: {share} потерь — {detail}.</translation>
        </message>
        <message>
            <source>Nothing was refused or returned in the period.</source>
            <translation>За период отказов и возвратов не было.</translation>
        </message>
        <message>
            <source>Share of all refused and returned value in the period.</source>
            <translation>Доля от всей суммы отказов и возвратов за период.</translation>
        </message>
        <message>
            <source>{reason}: {share} of losses — {detail}</source>
            <translation>{reason}: {share} потерь — {detail}</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>%n deleted record(s). Each is kept at least {days} days; after that sync may remove it for good.</source>
            <translation>
                <numerusform>%n удалённая запись. Каждая хранится не меньше {days} дней; после этого синхронизация может удалить её навсегда.</numerusform>
                <numerusform>%n удалённые записи. Каждая хранится не меньше {days} дней; после этого синхронизация может удалить её навсегда.</numerusform>
                <numerusform>%n удалённых записей. Каждая хранится не меньше {days} дней; после этого синхронизация может удалить её навсегда.</numerusform>
            </translation>
        </message>
        <message>
            <source>A contact's or meeting's client, a product's SKU, a client's city</source>
            <translation>Клиент контакта или встречи, артикул товара, город клиента</translation>
        </message>
        <message>
            <source>After this day the next sync may remove it for good</source>
            <translation>После этого дня следующая синхронизация может удалить запись навсегда</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Хранится до</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Past it: the next sync may remove it</source>
            <translation>Срок прошёл: следующая синхронизация может удалить запись</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>Restored: {names}</source>
            <translation>Восстановлено: {names}</translation>
        </message>
        <message>
            <source>Search by name, client or SKU</source>
            <translation>Поиск по названию, клиенту или артикулу</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>The laptop it was deleted on, when sync has told</source>
            <translation>Ноутбук, на котором запись удалили, если синхронизация это сообщила</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Корзина…</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Длительность, минут</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Повторить {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Повторено: {what}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Отменить {what}</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Отменено: {what}</translation>
        </message>
        <message>
            <source>deletion of call “{name}”</source>
            <translation>удаление звонка «{name}»</translation>
        </message>
        <message>
            <source>deletion of client “{name}”</source>
            <translation>удаление клиента «{name}»</translation>
        </message>
        <message>
            <source>deletion of contact “{name}”</source>
            <translation>удаление контакта «{name}»</translation>
        </message>
        <message>
            <source>deletion of meeting “{name}”</source>
            <translation>удаление встречи «{name}»</translation>
        </message>
        <message>
            <source>deletion of product “{name}”</source>
            <translation>удаление товара «{name}»</translation>
        </message>
        <message>
            <source>move of call “{subject}”</source>
            <translation>перенос звонка «{subject}»</translation>
        </message>
        <message>
            <source>move of meeting “{subject}”</source>
            <translation>перенос встречи «{subject}»</translation>
        </message>
        <message>
            <source>removal of line {n}, {product}</source>
            <translation>удаление строки {n}, {product}</translation>
        </message>
        <message numerus="yes">
            <source>restore of %n record(s)</source>
            <translation>
                <numerusform>восстановление %n записи</numerusform>
                <numerusform>восстановление %n записей</numerusform>
                <numerusform>восстановление %n записей</numerusform>
            </translation>
        </message>
        <message>
            <source>restore of “{name}”</source>
            <translation>восстановление «{name}»</translation>
        </message>
    </context>
    <context>
        <name>VatRegistrationsEditor</name>
        <message>
            <source>Add a country…</source>
            <translation>Добавить страну…</translation>
        </message>
        <message>
            <source>None: the company charges VAT only in its own country.</source>
            <translation>Нет: организация начисляет НДС только в своей стране.</translation>
        </message>
    </context>
    <context>
        <name>WeekAgenda</name>
        <message>
            <source>+{n} more</source>
            <translation>ещё {n}</translation>
        </message>
        <message>
            <source>Agenda {year} week {week}.pdf</source>
            <translation>Расписание {year} неделя {week}.pdf</translation>
        </message>
        <message>
            <source>Agenda: {week}</source>
            <translation>Расписание: {week}</translation>
        </message>
        <message>
            <source>Client · subject</source>
            <translation>Клиент · тема</translation>
        </message>
        <message>
            <source>Leave {time}</source>
            <translation>Выезд {time}</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Напечатано</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Готовность</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>ничего не запланировано</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Attendees: {names}</source>
            <translation>Участники: {names}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Выполнено ✓</translation>
        </message>
        <message>
            <source>Leave by {time} ({minutes} min travel)</source>
            <translation>Выехать в {time} ({minutes} мин в пути)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Встреча по телефону</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Телефонный звонок</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Готовность {score} / 100</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Видеозвонок</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Видеовстреча</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>выехать в {time}</translation>
        </message>
        <message>
            <source>↻ Repeats</source>
            <translation>↻ Повторяется</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Что-то пошло не так.</translation>
        </message>
        <message>
            <source>Your saved data is safe. The details were written to the log:
{path}</source>
            <translation>Сохранённые данные в безопасности. Подробности записаны в журнал:
{path}</translation>
        </message>
    </context>
    <context>
        <name>kamdesk.domain</name>
        <message>
            <source>Active</source>
            <translation>Активный</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Проведён</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Повреждение</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлен</translation>
        </message>
        <message>
            <source>Domestic: the product's rate</source>
            <translation>Внутренний рынок: ставка товара</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Неактивный</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>EAEU (0 %, for a Russian supplier)</source>
            <translation>ЕАЭС (0 %, для российского поставщика)</translation>
        </message>
        <message>
            <source>Exempt supply (no VAT)</source>
            <translation>Освобождено от НДС</translation>
        </message>
        <message>
            <source>Export (0 %)</source>
            <translation>Экспорт (0 %)</translation>
        </message>
        <message>
            <source>From country and VAT number</source>
            <translation>По стране и номеру плательщика НДС</translation>
        </message>
        <message>
            <source>Intra-Community supply of goods (exempt)</source>
            <translation>Поставка товаров внутри ЕС (освобождена)</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Выставлен счёт</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Потерян</translation>
        </message>
        <message>
            <source>Mis-grading</source>
            <translation>Пересортица</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
        <message>
            <source>Price dispute</source>
            <translation>Спор о цене</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Потенциальный</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Services to an EU business (reverse charge)</source>
            <translation>Услуги предприятию из ЕС (обратное начисление)</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Отгружен</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Излишек</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Не тот товар</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>согласующий</translation>
        </message>
        <message>
            <source>base price</source>
            <translation>базовая цена</translation>
        </message>
        <message>
            <source>brief</source>
            <translation>поверхностное</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>активный сторонник</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>критичный</translation>
        </message>
        <message>
            <source>decision maker</source>
            <translation>лицо, принимающее решение</translation>
        </message>
        <message>
            <source>domestic supply</source>
            <translation>поставка внутри страны</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>эксперт</translation>
        </message>
        <message>
            <source>export</source>
            <translation>экспорт</translation>
        </message>
        <message>
            <source>export to the EAEU</source>
            <translation>экспорт в ЕАЭС</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>привратник</translation>
        </message>
        <message>
            <source>high</source>
            <translation>высокое</translation>
        </message>
        <message>
            <source>in depth</source>
            <translation>глубокое</translation>
        </message>
        <message>
            <source>intra-Community supply</source>
            <translation>поставка внутри ЕС</translation>
        </message>
        <message>
            <source>key</source>
            <translation>ключевой</translation>
        </message>
        <message>
            <source>low</source>
            <translation>низкое</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>среднее</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>моноклиент</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>нейтральный</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>opponent</source>
            <translation>противник</translation>
        </message>
        <message>
            <source>price column</source>
            <translation>вид цен</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>акция</translation>
        </message>
        <message>
            <source>quantity break</source>
            <translation>скидка за количество</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>регулярное</translation>
        </message>
        <message>
            <source>reverse charge</source>
            <translation>обратное начисление</translation>
        </message>
        <message>
            <source>sceptic</source>
            <translation>скептик</translation>
        </message>
        <message>
            <source>special price</source>
            <translation>специальная цена</translation>
        </message>
        <message>
            <source>supporter</source>
            <translation>сторонник</translation>
        </message>
        <message>
            <source>typed by hand</source>
            <translation>введена вручную</translation>
        </message>
        <message>
            <source>user</source>
            <translation>пользователь</translation>
        </message>
        <message>
            <source>without VAT</source>
            <translation>без НДС</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Backup restored</source>
            <translation>Резервная копия восстановлена</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Restore the backup of {when}?

The current file is saved aside first, beside it, named with today's date. What was entered after {when} is not in the backup.</source>
            <translation>Восстановить резервную копию от {when}?

Текущий файл сначала сохраняется рядом под именем с сегодняшней датой. То, что было введено после {when}, в копии отсутствует.</translation>
        </message>
        <message>
            <source>Restoring the backup of {when}…</source>
            <translation>Восстановление резервной копии от {when}…</translation>
        </message>
        <message>
            <source>The backup of {when} is restored.

The file it replaced was saved as {aside}.</source>
            <translation>Резервная копия от {when} восстановлена.

Заменённый ею файл сохранён как {aside}.</translation>
        </message>
        <message>
            <source>This backup was made before the database was encrypted: it is encrypted with the current passphrase as it is restored.</source>
            <translation>Эта резервная копия сделана до шифрования базы данных: при восстановлении она шифруется текущей парольной фразой.</translation>
        </message>
    </context>
    <context>
        <name>windows</name>
        <message>
            <source>kamdesk is locked: unlock it first.</source>
            <translation>kamdesk заблокирован: сначала разблокируйте его.</translation>
        </message>
    </context>
</TS>

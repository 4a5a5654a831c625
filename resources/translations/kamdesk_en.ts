<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;The key account manager's offline workbench.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About kamdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AfterPage</name>
        <message>
            <source>Add a next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers to the planned questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each becomes a task for you, due on its date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held: record the outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked held or cancelled by mistake: plan it again (the outcome is kept).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-up tasks yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions were planned (Preparation page, Listening plan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen as planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What came of it: decisions, what the client said, the mood in the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} — due {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaProducts</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client's price today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an SKU or part of a product's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <source>Allocate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocate payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment of {day}: {amount}, of which {free} is free to allocate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an amount on at least one invoice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AllocationTable</name>
        <message>
            <source>Allocate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated {total} · stays as credit {credit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated {total}: {over} more than the payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client first: its open invoices show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is open: the whole payment stays as the client's credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What of the payment goes on this invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}: an amount cannot be below zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}: type an amount such as 1250.50, not “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}: {amount} is more than the {open} open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who approved the discount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it was approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up &amp;now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up to {folder}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>encrypted with another passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk backs this file up before every upgrade and bulk import and keeps the newest ten, in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable: cannot be restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{revision}, a newer kamdesk's: cannot be restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{revision}, older: upgraded when restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{revision}, this version</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>%1 received, %2 of it on invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 received, %2 of it on invoices, %3 kept as credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>* required. Dates as 05.12.2026 or 2026-12-05; amounts as 1 234,50 or 1,234.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A 1C client-bank file (1CClientBankExchange, as Russian banks export it) or a CSV with the columns date, amount, currency, payer_tax_id, payer_name, reference, purpose is read as it is. Any other CSV or Excel sheet: you say which column is which.

Payments are matched to clients by the payer's tax id (ИНН and КПП, or the EU VAT number) and to the invoices their purpose names; the rest goes to the oldest invoices, and what is left stays as the client's credit. A payment imported before is recognised and skipped; one from a payer who is no client (bank interest, a refund) is left out and listed. Money in another currency than the client's is converted at the payment day's rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A column of the file is chosen for two fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank statements (*.txt *.csv *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Checking %n payment(s)…</source>
            <translation>
                <numerusform>Checking %n payment…</numerusform>
                <numerusform>Checking %n payments…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column for: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the statement your bank exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import payments from a bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported before</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing %n payment(s)…</source>
            <translation>
                <numerusform>Importing %n payment…</numerusform>
                <numerusform>Importing %n payments…</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out, not a client: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out, not paid into the company's accounts (or moved between them): %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New payments: %1; to skip: %2. Press Import to post the new ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: every payment of the file was imported before or is not from a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing will be imported until the problems listed (%1) are corrected in the file (or in the clients' tax ids).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payer's tax id (ИНН, VAT number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments imported: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments to the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments to the company: %1 (new %2, to skip %3, with a problem %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose (names the invoices)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which column holds each field, then press Show the payments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the payments ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped (imported before, or twice in the file): %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BirthdaysBlock</name>
        <message>
            <source>Birthdays this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No birthdays this week among key clients' contacts and VIPs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>turns {age}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BlockPainter</name>
        <message>
            <source>leave by {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Add as a new category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No categories yet: add one here, or import a price list with a category column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Fasteners</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <source>%Ln event(s), {amount}</source>
            <translation>
                <numerusform>%Ln event, {amount}</numerusform>
                <numerusform>%Ln events, {amount}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckCard</name>
        <message>
            <source>(Ticked, but a tick cannot stand in for this: fill it in.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Ticked, but still missing: fix it first.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This one is a warning: a tick makes it ok.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This one is missing: a tick does not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This one needs filling in: a tick does not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when you have seen to this yourself. A tick lifts a warning that data cannot settle to ok; never a missing, nor what only filling in fixes (a response to an objection, the needs, the offer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticked by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Type the client's name, code or city…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ABC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How complete the client's dossier is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share 12 m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's share of all revenue in the last 12 months</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientsSection</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n client found</numerusform>
                <numerusform>%n clients found</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New client…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No clients yet: add the first with New client…, or bring a colleague's clients in from their export file under Sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search clients by name, code, tax number or city (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Dossier column does not sort the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In kamdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not imported —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>20 digits starting 301, checked against the БИК</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accountant's position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chief accountant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contracts cannot be printed yet: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contracts will read: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default currency *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Director</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Director's position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People and signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered for VAT (charges VAT on its sales)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the default currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings: our company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory's position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax and VAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax number *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file is not a PNG or JPEG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The currency your books are kept in: figures across clients (key clients, Today's totals, plans, reports) are converted into it, and exchange rates are quoted as reporting-currency units per one foreign unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the VAT rate as a number from 0 to 100, e.g. 20.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT rate, % *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT registration in {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT registrations in other countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who signs contracts, and on what authority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked for the country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the country prefix, e.g. HU12345678</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompetitorDialog</name>
        <message>
            <source>Competitor *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitor at this client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of the client's spend, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their terms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompetitorsPage</name>
        <message>
            <source>A share is between 0 and 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of the client's spend: competitors {theirs} %, unknown {unknown} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of the client's spend: ours about {ours} %, competitors {theirs} %, unknown {unknown} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The competitor's share of the client's spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their terms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Closed or deleted elsewhere meanwhile: this response is not saved; copy it if you need it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you will say about it (what was done, what will be done, when)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open since {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Saved meanwhile&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed while you were editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save my choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While this form was open, these fields were also changed elsewhere (an import, another window, or another laptop through sync). Choose the value to keep for each; your other changes are saved as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also invoiced as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carried by another record too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on {laptop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited on another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited on {laptop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the other record a new number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is money or a quantity: orders and documents that use it wait for a decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its twin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it, and restore the other version as a new draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the order as merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the twin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {v}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the other value was made on</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the value shown now was made on</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts: everything the laptops exchanged fitted together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted: I will correct it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other value, made on another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other value, made on {laptop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown now, made on another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown now, made on {laptop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something was added to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something was added to it ({what})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invoice's amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order as merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use another value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the other laptop typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted and edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted, then added to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoiced twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept, edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order changed on both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid too much</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same number twice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Attitude to us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buying role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquette notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form of address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How well we know them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key opinion leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Dear Mr Szabó / Уважаемый Иван Петрович</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody (top of the chart)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>%n contact in the trash</numerusform>
                <numerusform>%n contacts in the trash</numerusform>
            </translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buying role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form of address, language, interests, etiquette or birthday: what the meeting preparation tells you before you meet the person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {name} to the trash? You can restore them from the Trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>noted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContractPage</name>
        <message>
            <source>(net {net}, VAT {vat})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(new: recorded when the package is issued)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Parts of the package&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice for payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specification (appendix 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract's wording comes from its template: to change it, put your copy in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The package is made from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parts ticked go into one PDF, in this order; tick one alone to have it on its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the clauses of the contract template, filled from the data; signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the goods, prices, VAT, totals and delivery dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with our bank details; in Russian also the total in words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} of {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContributionModel</name>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditDialog</name>
        <message>
            <source>&lt;h3&gt;Confirmation is blocked by credit control&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit control: {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exposure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open orders (not invoiced)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the limit by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override and confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owed on invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room left before this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The override and its reason are recorded in the order's history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who takes the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DamageWatch</name>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}. Copy the file somewhere safe before working on, and restore a backup from another folder if you have one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date; what was entered after {when} is not in the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of {when} is restored. The damaged file was saved as {aside}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged: {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>1-30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>31-60 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>61-90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90+ days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue share of receivables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue, % of open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan and actual by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receivables by age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue of the biggest clients by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this chart as a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>millions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thousands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;{start} to {end}&lt;/b&gt; against {previous_start} to {previous_end}. Amounts in {currency} at the rate of each document's date; receivables as they stand today. Click a figure to see the clients behind it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plan in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No revenue in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is owed today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue by client, biggest first (Pareto)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figures and the charts as a PDF with the period: preview, print or save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period's key figures against the same period last year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPrint</name>
        <message>
            <source>Comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amounts in {currency} at the rate of each document's date; receivables as they stand on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>compared with {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardTile</name>
        <message numerus="yes">
            <source>%n A-class client(s); top client {share}</source>
            <translation>
                <numerusform>%n A-class client; top client {share}</numerusform>
                <numerusform>%n A-class clients; top client {share}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) behind this figure. Double-click one to open it.</source>
            <translation>
                <numerusform>%n client behind this figure. Double-click one to open it.</numerusform>
                <numerusform>%n clients behind this figure. Double-click one to open it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Actual against the plans of the clients with a plan for the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ahead of plan (+) or behind (−), {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change on last year, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to see the clients behind it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints opened in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit notes' net as a share of the net invoiced in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit notes, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoiced revenue net of VAT, less credit notes, against last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key-client concentration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money past its due date as a share of all open invoices, today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client is behind this figure in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue receivables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refusals rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused at delivery as a share of what was shipped in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of revenue of the A class: the clients making the first 80 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turnover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change {change}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>from %n client(s)</source>
            <translation>
                <numerusform>from %n client</numerusform>
                <numerusform>from %n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to compare {against}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the figure: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actual} of {plan}; forecast {forecast}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{arrow} on {before} {against}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{arrow} {change} on {before} {against}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{arrow} {sign}{change} on {before} {against}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{figure}: the clients behind it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{notes} credited of {invoiced}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{overdue} of {receivables} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{refused} refused of {delivered} delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sign}{points} pts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayHeader</name>
        <message>
            <source>W{week}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How well the meeting is prepared, out of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to set off to arrive on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min travel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DebtsBlock</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n invoice</numerusform>
                <numerusform>%n invoices</numerusform>
            </translation>
        </message>
        <message>
            <source>No overdue invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open amounts after payments and credit notes, the oldest debt first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue invoices by client</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>oldest %n day(s) overdue</source>
            <translation>
                <numerusform>oldest %n day overdue</numerusform>
                <numerusform>oldest %n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more client(s)</source>
            <translation>
                <numerusform>… and %n more client</numerusform>
                <numerusform>… and %n more clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A draft or confirmed order of this client, to take along as the offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At an address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create draft order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No offer prepared yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of a series repeating {how}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the client from the list that opens as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street, city (where to go)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new draft order is chosen: save to keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This client has no contacts yet: add them in the dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Travel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is it about, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client said they need when you set up the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be discussed, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you want to leave with (an order, a date, a yes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lasting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave by {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min to get there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no travel: by phone or video</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>%n unknown field(s): {names}. Use only the names under Insert field; nothing is printed until this is fixed.</source>
            <translation>
                <numerusform>%n unknown field: {names}. Use only the names under Insert field; nothing is printed until this is fixed.</numerusform>
                <numerusform>%n unknown fields: {names}. Use only the names under Insert field; nothing is printed until this is fixed.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no contacts on file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Lines&lt;/b&gt; &amp;nbsp; tick &lt;i&gt;Optional&lt;/i&gt; for items offered apart, not counted in the total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Specification&lt;/b&gt; &amp;nbsp; the order's lines, as appendix 1 lists them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commercial proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document not made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents — {number} — {client}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>In the total: %n line(s), &lt;b&gt;{total}&lt;/b&gt; with VAT</source>
            <translation>
                <numerusform>In the total: %n line, &lt;b&gt;{total}&lt;/b&gt; with VAT</numerusform>
                <numerusform>In the total: %n lines, &lt;b&gt;{total}&lt;/b&gt; with VAT</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue it (numbered, kept in the client's history) and save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue it and attach it to a new e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue it and print</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing printed: %n unknown field(s) {names}, marked in red above.</source>
            <translation>
                <numerusform>Nothing printed: %n unknown field {names}, marked in red above.</numerusform>
                <numerusform>Nothing printed: %n unknown fields {names}, marked in red above.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing printed: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See the PDF; nothing is issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texts not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language the client reads; the program's own language does not change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The texts you wrote for this proposal have not gone out in a document. Close and lose them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one part of the package.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>optional, apart: %n line(s), {total}</source>
            <translation>
                <numerusform>optional, apart: %n line, {total}</numerusform>
                <numerusform>optional, apart: %n lines, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {day}, {status}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentLines</name>
        <message>
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offered apart, not counted in the total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>(the earlier versions are kept in the client's history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach {file} to your e-mail (its folder is open).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract package {number}, version {version} issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not issued: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview opened in your PDF viewer: not issued yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview: not issued yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal {number}, version {version} issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the document as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF is attached to a new e-mail: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF is not printed: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from the viewer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF is saved: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF is sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DossierWindow</name>
        <message>
            <source>ARCHIVED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete client…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this client? Clients with orders or invoices cannot be deleted; archive them instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier %p % complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the profile and save; the rest opens then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing missing: this dossier is complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terms &amp;&amp; prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This dossier has changes that are not saved. Close and lose them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>class {abc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share} of revenue (12 months)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DunningDialog</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dunning step: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the day the step was taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who took the step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The step is dated after today: record it once it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who took the step</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message numerus="yes">
            <source>%n backup(s) could not be given the new passphrase: still needing the old one ({names}).</source>
            <translation>
                <numerusform>%n backup could not be given the new passphrase: still needing the old one ({names}).</numerusform>
                <numerusform>%n backups could not be given the new passphrase: still needing the old one ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before the database was encrypted, and files restores set aside beside it: anyone who gets them can read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups made from now on are encrypted too. Copies made before are not ({count} in all): delete them if the laptop may be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups made from now on are not encrypted either.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete every copy: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted copies…</source>
            <translation>
                <numerusform>Delete %n unencrypted copies…</numerusform>
                <numerusform>Delete %n unencrypted copies…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted file(s) of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</source>
            <translation>
                <numerusform>Delete %n unencrypted file of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</numerusform>
                <numerusform>Delete %n unencrypted files of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the unencrypted copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete unencrypted copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted, the database file and its backups cannot be read without the passphrase by anyone who gets them: a lost laptop, a copied file. Documents and exports you save are not encrypted. Nobody can open the file without the passphrase, kamdesk included: keep it somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair. A few more words make it strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its backups are encrypted too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its backups open with the new passphrase too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its unencrypted copies were deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not the database's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too short: use at least eight characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turning encryption off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least eight characters; a few words are best.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weak: easy to guess. Add words or characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExpiringBlock</name>
        <message>
            <source>No special price ends in the next 30 days, and no promotion in the next 14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotions ending within 14 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special prices and promotions ending soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special prices ending within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>ends today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>for %n client(s):</source>
            <translation>
                <numerusform>for %n client:</numerusform>
                <numerusform>for %n clients:</numerusform>
            </translation>
        </message>
        <message>
            <source>for every client</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku} {name} at {price}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A new laptop (everything)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where the file goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds what that laptop has not received yet. Carry it on a USB stick or send it by e-mail; the colleague imports it with the same passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldForm</name>
        <message>
            <source>Remove the control characters (%1): they cannot be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an amount such as 125000 or %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>&lt;h3&gt;Welcome to kamdesk&lt;/h3&gt;&lt;p&gt;This database is new. Begin with your own company: its name, address, tax numbers and bank details print on every proposal and contract, and its currency is the one your figures are shown in. Then import your price list, and add your key clients.&lt;/p&gt;&lt;p&gt;Or look around the demo first: forty clients with two years of orders, meetings and payments, in a window of its own. Nothing of it comes into this database.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up my company…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start it from a terminal with: kamdesk --demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo did not start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to kamdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your company is set up. Import your price list now (CSV or Excel, with a column for each of your price columns)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your price list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FulfilmentDialogs</name>
        <message numerus="yes">
            <source>%n line(s) not fully shipped: {lines}.</source>
            <translation>
                <numerusform>%n line not fully shipped: {lines}.</numerusform>
                <numerusform>%n lines not fully shipped: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {value}</source>
            <translation>
                <numerusform>%n line, {value}</numerusform>
                <numerusform>%n lines, {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>A note for the whole return (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the order without the {quantities} still to ship? They will not be shipped or invoiced on this order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the order?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Coming back on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Coming back on %n line, worth {value}</numerusform>
                <numerusform>Coming back on %n lines, worth {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the quantity leaving on at least one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the quantity that came back on at least one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goods coming back before the invoice: they will not be invoiced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goods coming back from the client. Against invoice {inv} this is a credit note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {no}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recording the delivery closes the order at what was shipped; ship the rest first if the client still gets it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Refused on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Refused on %n line, worth {value}</numerusform>
                <numerusform>Refused on %n lines, worth {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Shipping %n line(s) worth {value}</source>
            <translation>
                <numerusform>Shipping %n line worth {value}</numerusform>
                <numerusform>Shipping %n lines worth {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>The client received what was shipped. Enter what it refused at delivery, with the reason; leave the rest empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What leaves the warehouse now, line by line; the rest can follow later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {no} ({qty})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{qty} on line {no}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— reason —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>A commercial proposal, and the contract package (supply contract, specification, invoice for payment), are made from an order, in the language the client reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A confirmed order is changed through {revision}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contract package names the contract it belongs to: later orders cite the same contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: keep it where your team keeps its secrets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting at the client's address reminds you when to leave, with the travel time counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new database offers these steps itself when it opens: {setup_company}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new meeting starts on the next working day, inside the working hours set in {file} › {rules}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A payment settles the oldest invoices first unless you choose the invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your key clients in {clients} with {new_client}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived clients are hidden from the list: tick {show_archived}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the first proposal kamdesk needs to know who you are: your company's details print on every document, and the price list gives every client its prices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin the day in {today}. Tick a task under {tasks} when it is done; click a client's name to open the dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called off? Press {cancelled} and say why: it stays in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls and meetings that are over without an outcome wait in {today} under {outcomes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a client: its invoices, payments and dunning steps appear below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the {document_language}, and check who it is addressed to, how long it is valid, and the delivery and payment terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who the file is for: a laptop you exchanged files with gets what changed since; a colleague starting out gets {new_laptop}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose {file} › {encryption}, type a passphrase of a few words twice and press {encrypt}. Its backups are encrypted too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose {file} › {settings} and fill in the pages {company}, {bank}, {tax} and {people}: at least the fields marked *.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a column heading to sort the list, for example by the share of revenue or the ABC class.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect receivables and follow the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a line in {history} to open that order or meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click the client: its dossier opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a meeting to move it. The list under the week shows the chosen day with each meeting's readiness and any clash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter an order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a client and read the dossier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give each laptop a name in {file} › {laptop}: the history then says who sent what.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go through the tabs: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} and {history}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {file} › {rules} set the team's credit control, the credit limit and payment days of new clients, and your working hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {orders} press {new_order}, or start the order from the dossier, and choose the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {reports} › {plans} set each client's plan by month and follow plan against actual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep one backup away from the laptop: a lost laptop takes its folder with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key clients do not forgive seven mistakes: being late, arguing, interrupting, knowing nothing about the client, poor preparation, bad manners, and not knowing our own company and product. The {preparation} page of a meeting guards against each of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No overdue debt is part of the job. {receivables} shows what each client owes, by age, and what was done to collect it; {reports} sets the sales plan against the actual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the other laptop press {import_file} and type the same passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {details} choose the people attending, the subject, the products to talk about and the offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once the database is encrypted, {file} › {laptop} › {lock_after} locks the window after the idle minutes you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the meeting and go to {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the meeting from {schedule} or {today}, or make one with {dossier_meeting} in the dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the order; under {documents} press {proposal} or {package}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {preparation}: the readiness out of 100 says what is still missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {products} and press {price_columns}: one price column for each discount level (for example retail, wholesale, key client).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {receivables}; tick {only_overdue} to see only the clients who are late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {schedule}. The arrows, or Alt+Left and Alt+Right, go to the week before and after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {sync} and press {export_file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan your day and your week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Ctrl+F or open {clients} and type part of a name, a code, a tax number or a city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {add_step} for each agreed next step, with its due date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {confirm} (Ctrl+Shift+C). When credit control blocks the order, the window says why; the head of department can still approve it under {confirm_anyway}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {held}: the next steps appear under {tasks} in {today}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {import_products} and choose your price list (Excel or CSV). Match the columns, correct the rows it lists as problems, then press {import}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {new_meeting} or {new_call}, or double-click a free time in the week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {preview} to see the PDF: nothing is issued yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {print_brief} to take the brief on paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {print_week} for the week on one page, or {export_week} for the calendar of your phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {print}, {save_as} or {email}: the document gets its number and is kept in the client's history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {reconciliation} for the statement of mutual settlements to sign with the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {record_payment} for money received, or {bank_statement} to read a bank statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press {save_draft} (Ctrl+Enter) to keep the draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a proposal or a contract package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect the laptop and its data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read how to address each person and in which language, and the client's figures: revenue, plan, what it owes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a meeting's outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record each reminder, call or letter about a debt with {dunning}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up your company and the price list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share data with another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the next step from the dossier: {dossier_order} or {dossier_meeting}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a key client's order yourself, by volume and by assortment. When the order is confirmed, credit control checks the client's limit and overdue invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bar at the top says how complete the dossier is and what is missing: fill it in before you meet the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dossier holds everything you know about a client: the profile and strategy, the people and how they relate, competitors, terms and prices, and the whole history of meetings, orders and payments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The laptop carries the team's clients, prices and debts to every client's site. Encrypt the database, keep backups, and let the window lock when you step away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list beside the lines suggests what the client bought before and what others in its segment buy: double-click to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The readiness changes as you type and tick; a tick cannot stand in for what has to be filled in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's rules travel with the data to every laptop; the language and the look are this laptop's own ({file} › {laptop}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick {keyring} so that kamdesk does not ask for the passphrase at every start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an SKU or part of a product's name, then Enter; then the quantity. The client's price column, special prices and promotions apply by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the team's passphrase twice, choose where the file goes, and hand it over on a USB stick or by e-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under {objections} prepare a calm answer to each thing the client holds against us: do not argue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under {outcome} write the decisions, what the client said and the mood in the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When both laptops changed the same thing, {conflicts} shows both values: choose the one to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the goods leave press {ship}, when the client has them {delivered}, then {invoice}. An issued invoice cannot be taken back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write down what came of a meeting or call while you remember it: the outcome goes into the client's history, and each agreed step becomes your task.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the {listening}: the questions to ask, in order. Ask, then listen; do not interrupt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the client answered to each question you had planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your company's details, bank and logo come from {file} › {settings}; the client's from the dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk works without a network. The team's laptops share their data through encrypted files: export one for a colleague, import the ones you receive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{duplicate} makes the same meeting a week later, with the same people and plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} › {backups} lists the backups kamdesk made before each upgrade and import; {back_up_now} makes one, for example on a USB stick, and {restore} puts one back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reports} › {key_clients} shows the shares of revenue, the ABC classes and how much the business depends on one client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{today} is your day on one page: meetings and calls, tasks due, birthdays, promotions ending and overdue invoices. {schedule} is your week of visits and calls.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuideAction</name>
        <message>
            <source>&amp;Guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>No page has these words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand {client} over to another key account manager. The lead KAM they replace keeps the client until their next sync with the team server, which sends their last changes first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAMs now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the team server a handover is the manager's to make: one made here by a KAM is refused at their next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client has the most KAMs it may have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as a co-KAM beside the others: nobody leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as the lead KAM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as the lead KAM: {kam} leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kam} (lead)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} confirmed past the credit block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} revised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposal {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposals and contracts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused at delivery, order {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {no}: {quantity} ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>superseded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valid until {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock first: a window may hold unsaved changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>* required. An empty price cell means the price column's percentage applies (and clears an explicit price the product had).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A price column to load a file's column into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the missing columns on the left, or correct the headings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the price list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: %1 created, %2 updated, %3 explicit prices set, %4 cleared.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation>
                <numerusform>Importing %n row…</numerusform>
                <numerusform>Importing %n rows…</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the price column (e.g. Wholesale):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New price column…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not UTF-8: read as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import: the catalogue already matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing will be imported until the problems below are corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the file again after correcting it in the spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows in the file: %1; the first %2 are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows to correct: %1. Correct them in the spreadsheet, save it and press Check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That price column no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is correct: %1. Press Import to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT rate, %</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>header</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n change(s) could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</source>
            <translation>
                <numerusform>%n change could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</numerusform>
                <numerusform>%n changes could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent to the server.</source>
            <translation>
                <numerusform>%n change sent to the server.</numerusform>
                <numerusform>%n changes sent to the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: see Conflicts to resolve.</source>
            <translation>
                <numerusform>%n conflict to resolve: see Conflicts to resolve.</numerusform>
                <numerusform>%n conflicts to resolve: see Conflicts to resolve.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added here: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed here: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted here: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new: this laptop already had all the file holds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyClientTableModel</name>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ABC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cumulative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated spend of the client minus what it buys from us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank by revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client's share of all revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The share of this client and all above it together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>innovator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mono-client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more competent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>potential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revenue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaptopDialog</name>
        <message numerus="yes">
            <source>%n idle minute(s)</source>
            <translation>
                <numerusform>%n idle minute</numerusform>
                <numerusform>%n idle minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For an encrypted database: the window hides its data until the passphrase is given again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the team's sync files name this laptop, and the series of the numbers it gives orders, invoices, returns and documents, so that two laptops never give the same number. Numbers already given keep theirs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New orders are numbered like {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interface shows the new language the next time kamdesk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The manager's laptop, say: its price list, promotions, team rules and company profile win when another laptop changed them at the same time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has no laptop identity yet: open it in kamdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is the team's hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Anna's laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk shows the new appearance the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeaveNotice</name>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open meeting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeaveReminder</name>
        <message numerus="yes">
            <source>(travel %n min)</source>
            <translation>
                <numerusform>(travel %n min)</numerusform>
                <numerusform>(travel %n min)</numerusform>
            </translation>
        </message>
        <message>
            <source>Call at {time} — {subject}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Call in %n min</source>
            <translation>
                <numerusform>Call in %n min</numerusform>
                <numerusform>Call in %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Call {client} at {time} — {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join the meeting at {time} — {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join the meeting with {client} at {time} — {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave now for {client} — {subject} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave now — {subject} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting at {time} — {subject}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Meeting in %n min</source>
            <translation>
                <numerusform>Meeting in %n min</numerusform>
                <numerusform>Meeting in %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting with {client} at {time} — {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to leave</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Video meeting in %n min</source>
            <translation>
                <numerusform>Video meeting in %n min</numerusform>
                <numerusform>Video meeting in %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>kamdesk needs you: unlock it to see a reminder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
        <message>
            <source>Allocations of the payment selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance {balance} · open on invoices {open} · overdue {overdue} · credit {credit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a client above to see its invoices, payments and dunning steps.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Dunning (%n)</source>
            <translation>
                <numerusform>Dunning (%n)</numerusform>
                <numerusform>Dunning (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invoices (%n)</source>
            <translation>
                <numerusform>Invoices (%n)</numerusform>
                <numerusform>Invoices (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No dunning steps: “Dunning step…” records a reminder, a call or a block.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoices for this client yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No payments from this client yet: “Record payment…” enters one by hand, “Import bank statement…” reads them from the bank.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Payments (%n)</source>
            <translation>
                <numerusform>Payments (%n)</numerusform>
                <numerusform>Payments (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListSection</name>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>kamdesk is locked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>It was left alone for a while. Enter the database's passphrase to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk is locked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LossTableModel</name>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines refused at delivery and lines returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost value as a share of everything shipped in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost value as a share of what was shipped to it in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost, net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Net value shipped on orders delivered in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was shipped to it in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused, net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned, net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped, net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped, net {currency}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LossesReport</name>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message>
            <source>(&lt;b&gt;{share}&lt;/b&gt; of shipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;Returns and refusals&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each delivery's and return's date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing shipped, refused or returned from {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT) from {start} to {end}: nothing refused or returned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the clients refused at delivery and sent back, against what was shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>returned &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflict to resolve</numerusform>
                <numerusform>%n conflicts to resolve</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About kamdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xchange rates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receivables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales &amp;rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This &amp;laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk — {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <source>A copy, a week later: check the day and time, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brief {name}.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brief: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar file saved: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a repeating meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the call “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the meeting “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the objection “{text}”? If the client no longer holds it, mark it Settled instead: it stays in the client's history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export .ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the calendar file as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the draft order: it becomes this meeting's offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The brief is in the preview: print or save it from there.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The draft order starts with the %n product(s) on the agenda: set the quantities and save it; it becomes this meeting's offer.</source>
            <translation>
                <numerusform>The draft order starts with the %n product on the agenda: set the quantities and save it; it becomes this meeting's offer.</numerusform>
                <numerusform>The draft order starts with the %n products on the agenda: set the quantities and save it; it becomes this meeting's offer.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new draft order is chosen as the offer: save to keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This and the following</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting repeats. Delete only this one, or this and the following?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This one</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingRow</name>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n min travel</numerusform>
                <numerusform>%n min travel</numerusform>
            </translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CALL AT {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CANCELLED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to open the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HELD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JOIN AT {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LEAVE BY {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LEAVE NOW ({time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting on site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness {score} of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weakest:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no travel time set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with {people}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ and %n more clash(es)</source>
            <translation>
                <numerusform>⚠ and %n more clash</numerusform>
                <numerusform>⚠ and %n more clashes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingSave</name>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response to the complaint “{s}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response to “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status of “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Travel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>A new meeting like this one, a week later: same client, people and plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export .ics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held: the outcome is recorded and the next steps are tasks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: an objection has no text.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Not saved: correct the %n marked field.</numerusform>
                <numerusform>Not saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation · {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print brief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the meeting first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. The Preparation page shows what is still missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting starts {when}: it has not taken place yet. Record it as held anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why was it cancelled? (kept as the meeting's outcome)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingsBlock</name>
        <message>
            <source>No meetings today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's meetings and calls</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more today: see the week.</source>
            <translation>
                <numerusform>… and %n more today: see the week.</numerusform>
                <numerusform>… and %n more today: see the week.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectionCard</name>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client no longer holds this objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client objects to (in their words)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your prepared response: agree with what is right, then answer with facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>raised {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Add an objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No objections recorded. Which ones can you expect? Add them with a response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the client objects to, or delete this one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderActions</name>
        <message>
            <source>A confirmed order is changed by a new revision: a draft copy to edit and confirm again, while this one is cancelled. Why does it change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An issued invoice cannot be taken back; a mistake is corrected by a return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel order {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue an invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue invoice {number} for {amount}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {n}, {product}: {off} % off is more than the {max} % this client may have. Who approved it, and why? It is stored on the line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the new revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New revision of {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove line {n}, {product}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the order cancelled? The reason goes into the client's history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderConflicts</name>
        <message>
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{qty} × {sku} at {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{qty} × {sku} at {price}, {d} % off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderHeader</name>
        <message>
            <source>Choose the client: its price column and terms price the lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed past the credit block by {who}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No price column: base prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes for this order (delivery, packing, contact)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price column: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision {n}, replaces {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credit limit {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>discount up to {pct} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>pays in %n day(s)</source>
            <translation>
                <numerusform>pays in %n day</numerusform>
                <numerusform>pays in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>segment {segment}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderLinesModel</name>
        <message>
            <source>Approved by {who}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disc %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discount off the price, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gross</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved at {saved}; the price rules now give {price}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That product no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an SKU or a name to add a line…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typed by hand; the price rules give {price}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown product: no SKU or name matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which price the line got and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is ambiguous (thousands or decimals?): write it without a thousands separator, such as 1500 or {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a number: type digits such as 12 or {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” matches several products: choose one from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderSide</name>
        <message numerus="yes">
            <source>%n order(s), last on {day}</source>
            <translation>
                <numerusform>%n order, last on {day}</numerusform>
                <numerusform>%n orders, last on {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit block overridden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to add to the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {no}: {quantity} refused ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not shipped, so not delivered: {lines}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to suggest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others in its segment buy (no segment recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others in its segment buy, this client never did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others in {segment} buy, this client never did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused at delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision {no} of {number}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>bought by %n other client(s) of the segment</source>
            <translation>
                <numerusform>bought by %n other client of the segment</numerusform>
                <numerusform>bought by %n other clients of the segment</numerusform>
            </translation>
        </message>
        <message>
            <source>line {no} ({quantity})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {no}: {quantity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {no}: {quantity}, {left} to follow</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Lines fixed, not saved yet: Ctrl+Enter saves the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet: Ctrl+Enter saves the order.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not saved: %n line(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Not saved: %n line to fix, marked in red.</numerusform>
                <numerusform>Not saved: %n lines to fix, marked in red.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order's total with VAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderVat</name>
        <message>
            <source>VAT: {regime}{rates} - {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a client in {country}, where the company is registered for VAT: {country}'s rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a client in {country}: the product's rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a sale from Russia into the EAEU ({country})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an export from {supplier} to {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goods to a business in {country} with a valid VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no valid VAT number in {country}: {supplier}'s rate applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>services to a business in {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set on the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set on the client: {regime}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the company's country is not set: the product's rate applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the supplier is not registered for VAT</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message numerus="yes">
            <source>%n line(s) with problems not counted</source>
            <translation>
                <numerusform>%n line with problems not counted</numerusform>
                <numerusform>%n lines with problems not counted</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commercial proposal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed orders are changed through a new revision (or cancelled while nothing has shipped). The lines below are read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract package…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goods have left: the lines are read-only. What the client refused at delivery or sent back is recorded with Delivered… and Return….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New revision…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order has changes that are not saved. Close and lose them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an SKU or part of a name, then Enter: quantity, price, discount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>discount approved by {who}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reason recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>price as agreed on the order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) found</source>
            <translation>
                <numerusform>%n order found</numerusform>
                <numerusform>%n orders found</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Orders&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search orders by number or client</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomesBlock</name>
        <message numerus="yes">
            <source>%n call(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n call over with no outcome recorded. Click one to record it.</numerusform>
                <numerusform>%n calls over with no outcome recorded. Click one to record it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n meeting over with no outcome recorded. Click one to record it.</numerusform>
                <numerusform>%n meetings over with no outcome recorded. Click one to record it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings and calls over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n meetings and calls over with no outcome recorded. Click one to record it.</numerusform>
                <numerusform>%n meetings and calls over with no outcome recorded. Click one to record it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it to record the outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message numerus="yes">
            <source>%n others</source>
            <translation>
                <numerusform>%n other</numerusform>
                <numerusform>%n others</numerusform>
            </translation>
        </message>
        <message>
            <source>A clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cumulative share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoiced revenue in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others, grouped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{a} and {b}: limits of A and B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}
Revenue: {revenue} {currency}
Share: {share}
Cumulative: {cumulative}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This passphrase does not open the file, or the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase {file} was exported with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is encrypted. Type its passphrase to open it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ: type it again, or tick Show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the team's passphrase: the file is encrypted with it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>A payment must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All {amount} stays as the client's credit, to allocate later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank reference or document number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client the payment is from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client to see which invoices this settles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the day the money came in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client is called “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest invoices first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settles no invoice; {credit} stays as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settles {invoices}; {credit} stays as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several clients match “{text}”: type more of the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment is dated after tomorrow: money not yet received cannot be posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of the client's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the amount received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bank transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 1250.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the client's, once it is chosen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PDF viewer opened it: the file is {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it in the system's PDF viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your PDF viewer: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of {pages}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period from</source>
            <comment>before the first of two dates</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick periods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>between the two dates of a period</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanGridModel</name>
        <message>
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Q{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sum of its months: type the months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message numerus="yes">
            <source>%n problem(s): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>%n problem: nothing will be imported. Correct the file and choose it again.</numerusform>
                <numerusform>%n problems: nothing will be imported. Correct the file and choose it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import plans from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>Problems in %n row of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</numerusform>
                <numerusform>Problems in %n rows of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file changes no plan ({summary}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanProgressModel</name>
        <message>
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual as a share of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind: at the pace so far the plan will not be met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fulfilment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoiced net of VAT, less credit notes of returns, so far in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The actual carried to the period's end at the pace so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still missing to the plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message numerus="yes">
            <source>%n client(s) with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</source>
            <translation>
                <numerusform>%n client with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</numerusform>
                <numerusform>%n clients with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sales plans&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Against actual for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export plans…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plan for {period}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {why} Correct the cell, or press Esc on it to drop what was typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan for {who}, {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans from a CSV or XLSX sheet: client, month, amount, or client and a column per month (2026-01 …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Q{q} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales plans against actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a month's plan in the client's currency; an empty cell or 0 is no plan. Quarters and the year are the sums of their months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amounts net of VAT in each client's currency; forecast at the pace so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clients with a plan; new clients in total in {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the plan of this month was changed meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the year {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{period} ({start} – {end}), as of {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreparationPage</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n invoice</numerusform>
                <numerusform>%n invoices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n min travel</numerusform>
                <numerusform>%n min travel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n missing</numerusform>
                <numerusform>%n missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ok</source>
            <translation>
                <numerusform>%n ok</numerusform>
                <numerusform>%n ok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <source>Be ready at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not argue: have a calm answer ready for each thing the client holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form of address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to address each one, and in what language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last meeting held {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave by {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No price changes since then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No products on the agenda: add them on the Details page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody chosen to attend: choose them on the Details page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People attending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price changes since the last meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product knowledge and the client's figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products on the agenda, at the client’s prices today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness out of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receivable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The questions to ask, in order. Ask, then listen: do not interrupt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no address yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no plan set for this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on last year ({amount})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{number}: {amount}, due {day}, %n day(s) late</source>
            <translation>
                <numerusform>{number}: {amount}, due {day}, %n day late</numerusform>
                <numerusform>{number}: {amount}, due {day}, %n days late</numerusform>
            </translation>
        </message>
        <message>
            <source>{pct} % of the plan of {amount}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve afterwards (in Conflicts to resolve).</source>
            <translation>
                <numerusform>%n conflict to resolve afterwards (in Conflicts to resolve).</numerusform>
                <numerusform>%n conflicts to resolve afterwards (in Conflicts to resolve).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;From another laptop.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;From {sender}.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup copy of this database is made before the import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts: nothing was changed on both laptops at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new: this laptop already has all this file holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PriceColumnsDialog</name>
        <message>
            <source>% off base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% off the base price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client pays its column's price: the product's own price in the column where one is set (Products › product), else the base price less the percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add as a new column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the price column {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Its %n quantity break(s) made for this column only go with it.</source>
            <translation>
                <numerusform>Its quantity break made for this column only goes with it.</numerusform>
                <numerusform>Its %n quantity breaks made for this column only go with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the %n marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Own prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes to the selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Key account</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PriceFields</name>
        <message>
            <source>Ambiguous: write 1500 or %1, without a thousands separator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU or part of the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number such as 12 or %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a percentage such as 5 or %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductDelete</name>
        <message>
            <source>Delete product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete product…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {product} to the trash? Edit &gt; Undo or Edit &gt; Trash brings it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>% off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active (offered in orders and price lists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added: saved with the product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base price *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description for proposals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: the column's percentage off the base price applies (shown grey).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No price columns yet (Products › Price columns…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No promotion running or coming on this product.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>On %n order line: never deleted; untick Active to retire it.</numerusform>
                <numerusform>On %n order lines: never deleted; untick Active to retire it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price per column (empty = the column's percentage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotions running or coming: {promotions}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity breaks (off the client's column price)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a break from {qty} for every column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a break from {qty} for {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This product has changes that are not saved. Close and lose them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT % *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or fixed price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pcs, kg, box, roll…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end} (whole category)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{p} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{p} off the base price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own price in the {column} column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}: {percent} off the base price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} off the base price; bold: the product's own price</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductTextsBox</name>
        <message>
            <source>Azerbaijani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hungarian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left empty, documents print the product's own name and unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT % in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT rates abroad: the company is registered for VAT only in its own country (File &gt; Settings…, Tax and VAT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the rate there</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductsSection</name>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) found</source>
            <translation>
                <numerusform>%n product found</numerusform>
                <numerusform>%n products found</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Products&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold: the product's own price in that column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categories…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export price list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export price list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New product…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price columns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search products by SKU or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The price list of which price column?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no price column yet: add one under Price columns…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>1 to 3 names, separated by ;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Founded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the client to another KAM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key account managers *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save or undo your changes to the profile first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their yearly spend on what we sell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as the KAM calls it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked for the country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromotionsDialog</name>
        <message>
            <source>% off the base price</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the promotion {name}? Orders already priced by it keep their prices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single client matches “{text}”: pick one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The promotion being edited has changes that are not saved. Lose them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client name or code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 49.90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: every client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or a fixed price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{p} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProposalPage</name>
        <message>
            <source>Addressed to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivery terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names in {{ double braces }} are filled in from the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back the opening and the terms as the templates have them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionsEditor</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a question to ask, then Enter (open questions: what, how, why…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <source>&lt;b&gt;Change the rate of {code} on {day}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;New rate&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All currencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day of the rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this rate? Orders already priced keep their converted prices; new ones on its days use the rate before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MNB, ЦБ РФ, the contract…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices in another currency than the order's are converted at the latest rate on or before the order date. A rate is {rep} per 1 unit of the currency (the reporting currency, {rep}, is always 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number such as 386.12 or %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} already has a rate on {day}: {old}{source}. Replace it with {new}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rep} per 1 unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rep} per 1 {code}: how many {rep} one {code} is worth</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Give the reason: it goes into the order's history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why: the ledger and the statement show it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Receivables</name>
        <message>
            <source>1–30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>31–60</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>61–90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocated to invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days past due of the oldest unpaid invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoices of {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last dunning step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet allocated to an invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open amounts by days past the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open amounts not yet due, less what the client overpaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overpaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid by the client and not yet allocated to an invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments of {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receivables by age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference / doc. no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplies blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplies unblocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invoice's total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still unpaid of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the client owes in all; below zero: overpaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the last dunning step was taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amounts in each client's currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amounts in {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as of {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name contains “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reversed {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reversing entry: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undone {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivablesSection</name>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n client found</numerusform>
                <numerusform>%n clients found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) with a balance</source>
            <translation>
                <numerusform>%n client with a balance</numerusform>
                <numerusform>%n clients with a balance</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Receivables&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allocate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a client to open its dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dunning step…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import bank statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client matches the search or the filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client owes anything and none is in credit. Invoices issued and payments recorded (“Record payment…”, “Import bank statement…”) show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse the payment of {amount} received {day}? Its allocations are undone and a reversing entry is posted today; nothing posted is erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search clients by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: {amounts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the allocation of {amount} to {number}? The money goes back to the payment, free to allocate again; the allocation stays on the ledger as undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{balance} owed, {overdue} overdue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegistrationRow</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT number there, e.g. DE136695976</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message>
            <source>(nobody)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude: {a} · influence: {i}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buying role: {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Champion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision maker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag one person onto another to link them; right-click a card for more. Ctrl+wheel zooms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export relationship map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In conflict with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In conflict with {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influenced by {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influences {b}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last contact %n day(s) ago</source>
            <translation>
                <numerusform>Last contact %n day ago</numerusform>
                <numerusform>Last contact %n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>Last contact today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never met or called</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s)</source>
            <translation>
                <numerusform>No contact for %n day</numerusform>
                <numerusform>No contact for %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet: add people on the Contacts page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not placed in the hierarchy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opinion leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opponent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship map - {client}.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship map · {client} · {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sceptic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>border = influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>influences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>no meeting or call for %n+ day(s)</source>
            <translation>
                <numerusform>no meeting or call for %n+ day</numerusform>
                <numerusform>no meeting or call for %n+ days</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reports to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{a} and {b} are in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{a} influences {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{a} reports to {b}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>★ VIP</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportOutput</name>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the table as an Excel workbook or a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report as a PDF with its period and filters: preview, print or save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} exported to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <comment>a file name</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Reading {start} to {end}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period starts after it ends: choose another “From” or “to” date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>&lt;h2&gt;Key clients&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each invoice's date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoiced revenue from {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: the report uses the new thresholds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thresholds…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total revenue &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who brings our revenue: shares, ABC classes and dependency on one client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clients with revenue &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high concentration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low concentration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moderate concentration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mono-client &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top 3 &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top client &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequisitesBox</name>
        <message>
            <source>7 letters and digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the client's country to see which VAT its documents apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codice SDI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents apply: {regime}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last checked in VIES</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registration number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requisites for documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory's position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT regime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who signs for the client, and on what authority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the country prefix</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>A new meeting starts on the next working day, at the start of the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block when an invoice is overdue by more than (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit control runs when an order is confirmed: it is blocked when the client's exposure (what it owes, its open orders and this order) goes over its credit limit, or when one of its invoices is overdue by more than the days below. A block can be overridden with the name of who approved it and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit limit ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days overdue before a block are 0 to 365.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These rules are the team's: they travel with the data to every laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number of days, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What a new client starts with; its dossier's terms can change it. A client in another currency gets the limit converted at the day's rate, rounded down (no limit when there is no rate). Empty: no limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working hours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduleSection</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not ready</source>
            <translation>
                <numerusform>%n not ready</numerusform>
                <numerusform>%n not ready</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Schedule&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the week as a calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export week (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It now clashes: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous week (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print week…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the week's meetings and calls as a file for a phone or mail calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The week on one page: preview, print or save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week, today chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Week {week} saved to {path}: %n calendar event(s)</source>
            <translation>
                <numerusform>Week {week} saved to {path}: %n calendar event</numerusform>
                <numerusform>Week {week} saved to {path}: %n calendar events</numerusform>
            </translation>
        </message>
        <message>
            <source>Week {week} · {span}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}: nothing planned. Double-click the week to add a meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{subject}” now {day} {start}–{end}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerSyncDialog</name>
        <message>
            <source>Sends the team server this laptop's changes and brings the team's. Give the server's address as your administrator wrote it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is not part of the address: PostgreSQL's password file (pgpass) or service file gives it, and kamdesk never stores it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>A document's preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm (credit control runs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the product (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deliver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everywhere in the main window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a line: take the product, move on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back the line removed last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the line (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the order (keypad Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guide, at this window's task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guide: the main tasks step by step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The week after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The week before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo (a move in the week, a deletion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a shortcut: a word or a key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpecialPriceDialog</name>
        <message>
            <source>Dates not set: the price holds from always / until further notice. The client pays the lowest price it is entitled to: a special price above its column price changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New special price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. framework contract 2026</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaleBlock</name>
        <message numerus="yes">
            <source>%n day(s) since the last meeting or call</source>
            <translation>
                <numerusform>%n day since the last meeting or call</numerusform>
                <numerusform>%n days since the last meeting or call</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every key client was met or called in the last %n day(s).</source>
            <translation>
                <numerusform>Every key client was met or called in the last %n day.</numerusform>
                <numerusform>Every key client was met or called in the last %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Key clients not contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key clients yet: record a key reason in a client's dossier, or wait for revenue to make one key.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No meeting or call held in more than %n day(s).</source>
            <translation>
                <numerusform>No meeting or call held in more than %n day.</numerusform>
                <numerusform>No meeting or call held in more than %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>never met or called</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message numerus="yes">
            <source>%n document(s) in the period.</source>
            <translation>
                <numerusform>%n document in the period.</numerusform>
                <numerusform>%n documents in the period.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {day} neither side owes the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {day} we owe {client} {amount} (its credit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {day} {client} owes us {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the statement in your PDF viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciliation statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconciliation statement: {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the statement as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period must start before it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the client's name and choose it from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <source>Remove this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is to be done (send the offer, call back…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>(not a reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget for our category, per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Development plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Innovator: tries new products first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More competent than us: teaches us standards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner: shares plans and budgets openly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potential: has need and budget, buys little from us yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference: a name that helps win others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue share: brings a large share of our income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SWOT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in a sentence why this reason applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vision and priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weaknesses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this client is key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why, in a sentence</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message numerus="yes">
            <source>%n record(s) written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</source>
            <translation>
                <numerusform>%n record written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</numerusform>
                <numerusform>%n records written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: kept “{v}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: the record is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: the record is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: the value is now “{v}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchanging changes with the team server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last received from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sent to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file exported or imported yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other laptop yet. Export a full file to set up a colleague's laptop: choose “A new laptop (everything)”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other laptops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent or received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced with the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's laptops share their data through the team server (Sync with the server…) or through files: export one for a colleague, import the ones you receive. Files use the team's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a new laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the new laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unnamed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on two laptops at once to different values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client in a promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients in promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitor at a client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Competitors at clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on one laptop while edited on another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on one laptop, but another laptop added something to it, so it came back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAM assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAM assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAMs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key-client reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key-client reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made twice, on two laptops: the two records are one in fact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting or task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings and tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order history entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order history entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments allocated to this invoice (here and on another laptop) add up to more than it asked. The excess is kept as the client's credit: undo the allocation that went over in Receivables and allocate it elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product in a promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product on an agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products in promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products on agendas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation between contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations between contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order's lines were changed on two laptops at once: it now holds both, and its totals add up. Keep it as merged, or also get the other version back as a new draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same order was invoiced on two laptops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two different records carry the same number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two laptops disagree about this record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>everything (a full file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing: up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the whole record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV, comma separated (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TasksBlock</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in the next 7 days (%n)</source>
            <translation>
                <numerusform>Due in the next 7 days (%n)</numerusform>
                <numerusform>Due in the next 7 days (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done: {task}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tasks overdue or due in the next 7 days.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Overdue (%n)</source>
            <translation>
                <numerusform>Overdue (%n)</numerusform>
                <numerusform>Overdue (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agreed at “{meeting}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermsPage</name>
        <message numerus="yes">
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>%n special price valid today</numerusform>
                <numerusform>%n special prices valid today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n special price(s): {current} valid today, {others} outside their dates</source>
            <translation>
                <numerusform>%n special price: {current} valid today, {others} outside their dates</numerusform>
                <numerusform>%n special prices: {current} valid today, {others} outside their dates</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{price}&lt;/b&gt; per {unit} for {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Compared: {compared}&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Azerbaijani (azərbaycanca)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commercial terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit limit, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hungarian (magyar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italian (italiano)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest line discount, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not valid today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment terms, days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove special price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the special price {price} for {sku} {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian (русский)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special prices for this client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terms saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an SKU or a name and pick the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the quantity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above it, a discount needs approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: no limit · 0: prepayment only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({percent} off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none: base prices —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>This field holds at most %1 characters; longer text cannot be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long to save: %1 characters, at most %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>&lt;b&gt;Key-client thresholds&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical dependency above, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dossier stale after, days without contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key client above, % of revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key client also with revenue of at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key client also with revenue of at least, {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mono-client above, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must not be below the critical share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must not be below the key-client share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: correct the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with the team; the share is of revenue in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a percentage above 0 and up to 100, e.g. 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a whole number of days from 1 to 3650.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an amount above zero, such as 5000000 or %1, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional, e.g. 5 000 000</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical dependency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key clients by share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key-client alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mono-client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No alerts: no client brings more than {limit} of revenue in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of invoiced revenue from {start} to {end}. Amounts in {currency} at the rate of each invoice's date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: losing it would hurt badly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: the business depends on one client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopCausesPanel</name>
        <message>
            <source>&lt;b&gt;Top causes&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Act first on &lt;b&gt;{reason}&lt;/b&gt;: {share} of losses — {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was refused or returned in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of all refused and returned value in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}: {share} of losses — {detail}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>%n deleted record(s). Each is kept at least {days} days; after that sync may remove it for good.</source>
            <translation>
                <numerusform>%n deleted record. Each is kept at least {days} days; after that sync may remove it for good.</numerusform>
                <numerusform>%n deleted records. Each is kept at least {days} days; after that sync may remove it for good.</numerusform>
            </translation>
        </message>
        <message>
            <source>A contact's or meeting's client, a product's SKU, a client's city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After this day the next sync may remove it for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past it: the next sync may remove it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name, client or SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The laptop it was deleted on, when sync has told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deletion of call “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deletion of client “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deletion of contact “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deletion of meeting “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deletion of product “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move of call “{subject}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move of meeting “{subject}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removal of line {n}, {product}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>restore of %n record(s)</source>
            <translation>
                <numerusform>restore of %n record</numerusform>
                <numerusform>restore of %n records</numerusform>
            </translation>
        </message>
        <message>
            <source>restore of “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VatRegistrationsEditor</name>
        <message>
            <source>Add a country…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: the company charges VAT only in its own country.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekAgenda</name>
        <message>
            <source>+{n} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda {year} week {week}.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda: {week}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client · subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Attendees: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave by {time} ({minutes} min travel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave by {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↻ Repeats</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your saved data is safe. The details were written to the log:
{path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kamdesk.domain</name>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domestic: the product's rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EAEU (0 %, for a Russian supplier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exempt supply (no VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export (0 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From country and VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intra-Community supply of goods (exempt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invoiced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mis-grading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services to an EU business (reverse charge)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Surplus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>base price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>champion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decision maker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>domestic supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evaluator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export to the EAEU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gatekeeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in depth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>intra-Community supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mono</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opponent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>price column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quantity break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>regular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reverse charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sceptic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>special price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>typed by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without VAT</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup of {when}?

The current file is saved aside first, beside it, named with today's date. What was entered after {when} is not in the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the backup of {when}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of {when} is restored.

The file it replaced was saved as {aside}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup was made before the database was encrypted: it is encrypted with the current passphrase as it is restored.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>windows</name>
        <message>
            <source>kamdesk is locked: unlock it first.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;The key account manager's offline workbench.</source>
            <translation>&lt;b&gt;kamdesk&lt;/b&gt; {version}&lt;br&gt;Lo strumento del key account manager, anche senza rete.</translation>
        </message>
        <message>
            <source>About kamdesk</source>
            <translation>Informazioni su kamdesk</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Apri cartella</translation>
        </message>
        <message>
            <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</source>
            <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
    </context>
    <context>
        <name>AfterPage</name>
        <message>
            <source>Add a next step</source>
            <translation>Aggiungi un prossimo passo</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Prossimi passi concordati</translation>
        </message>
        <message>
            <source>Answers to the planned questions</source>
            <translation>Risposte alle domande previste</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Cancelled…</source>
            <translation>Annullato…</translation>
        </message>
        <message>
            <source>Each becomes a task for you, due on its date.</source>
            <translation>Ognuno diventa un'attività per Lei, con scadenza alla sua data.</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>Attività di follow-up</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Svolto</translation>
        </message>
        <message>
            <source>Held: record the outcome</source>
            <translation>Svolto: registri l'esito</translation>
        </message>
        <message>
            <source>Marked held or cancelled by mistake: plan it again (the outcome is kept).</source>
            <translation>Segnato per errore come svolto o annullato: lo ripianifichi (l'esito viene conservato).</translation>
        </message>
        <message>
            <source>No follow-up tasks yet.</source>
            <translation>Ancora nessuna attività di follow-up.</translation>
        </message>
        <message>
            <source>No questions were planned (Preparation page, Listening plan).</source>
            <translation>Non erano previste domande (pagina Preparazione, Piano di ascolto).</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Pianificato</translation>
        </message>
        <message>
            <source>Reopen as planned</source>
            <translation>Riapri come pianificato</translation>
        </message>
        <message>
            <source>What came of it: decisions, what the client said, the mood in the room</source>
            <translation>Com'è andata: decisioni, cosa ha detto il cliente, il clima dell'incontro</translation>
        </message>
        <message>
            <source>What they answered</source>
            <translation>Cosa hanno risposto</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>nessuna scadenza</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>scaduta</translation>
        </message>
        <message>
            <source>{subject} — due {day}</source>
            <translation>{subject} — scadenza {day}</translation>
        </message>
    </context>
    <context>
        <name>AgendaProducts</name>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <source>Client's price today</source>
            <translation>Prezzo del cliente oggi</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Nessun articolo corrisponde esattamente a “{text}”: ne scelga uno dall'elenco.</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name.</source>
            <translation>Digiti un codice o parte della descrizione di un articolo.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <source>Allocate</source>
            <translation>Abbina</translation>
        </message>
        <message>
            <source>Allocate payment</source>
            <translation>Abbina incasso</translation>
        </message>
        <message>
            <source>Payment of {day}: {amount}, of which {free} is free to allocate.</source>
            <translation>Incasso del {day}: {amount}, di cui {free} ancora da abbinare.</translation>
        </message>
        <message>
            <source>Type an amount on at least one invoice.</source>
            <translation>Inserisca un importo su almeno una fattura.</translation>
        </message>
    </context>
    <context>
        <name>AllocationTable</name>
        <message>
            <source>Allocate</source>
            <translation>Abbina</translation>
        </message>
        <message>
            <source>Allocated {total}</source>
            <translation>Abbinato {total}</translation>
        </message>
        <message>
            <source>Allocated {total} · stays as credit {credit}</source>
            <translation>Abbinato {total} · resta a credito {credit}</translation>
        </message>
        <message>
            <source>Allocated {total}: {over} more than the payment</source>
            <translation>Abbinato {total}: {over} più dell'incasso</translation>
        </message>
        <message>
            <source>Choose the client first: its open invoices show here.</source>
            <translation>Scelga prima il cliente: qui compaiono le sue fatture aperte.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emessa</translation>
        </message>
        <message>
            <source>Nothing is open: the whole payment stays as the client's credit.</source>
            <translation>Nessuna fattura aperta: l'intero incasso resta a credito del cliente.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Residuo</translation>
        </message>
        <message>
            <source>What of the payment goes on this invoice</source>
            <translation>Quanto dell'incasso va su questa fattura</translation>
        </message>
        <message>
            <source>{number}: an amount cannot be below zero.</source>
            <translation>{number}: un importo non può essere inferiore a zero.</translation>
        </message>
        <message>
            <source>{number}: type an amount such as 1250.50, not “{text}”.</source>
            <translation>{number}: digiti un importo come 1250,50, non “{text}”.</translation>
        </message>
        <message>
            <source>{number}: {amount} is more than the {open} open.</source>
            <translation>{number}: {amount} supera il residuo di {open}.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approved by</source>
            <translation>Approvato da</translation>
        </message>
        <message>
            <source>Discount approval</source>
            <translation>Approvazione sconto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Registra l'approvazione</translation>
        </message>
        <message>
            <source>Say who approved the discount.</source>
            <translation>Indichi chi ha approvato lo sconto.</translation>
        </message>
        <message>
            <source>Say why it was approved.</source>
            <translation>Indichi perché è stato approvato.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Ripristina…</translation>
        </message>
        <message>
            <source>Back up &amp;now…</source>
            <translation>Esegui backup &amp;ora…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Esegui backup ora</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>Backup in</translation>
        </message>
        <message>
            <source>Backed up and checked: {path}</source>
            <translation>Backup eseguito e verificato: {path}</translation>
        </message>
        <message>
            <source>Backing up to {folder}…</source>
            <translation>Backup in {folder}…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Non è ancora stato eseguito alcun backup.</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Apri &amp;cartella</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Eseguito</translation>
        </message>
        <message>
            <source>encrypted with another passphrase</source>
            <translation>cifrato con un'altra passphrase</translation>
        </message>
        <message>
            <source>kamdesk backs this file up before every upgrade and bulk import and keeps the newest ten, in {folder}.</source>
            <translation>kamdesk esegue il backup di questo file prima di ogni aggiornamento e importazione massiva e conserva i dieci più recenti, in {folder}.</translation>
        </message>
        <message>
            <source>unreadable: cannot be restored</source>
            <translation>illeggibile: non ripristinabile</translation>
        </message>
        <message>
            <source>{revision}, a newer kamdesk's: cannot be restored</source>
            <translation>{revision}, di una versione più recente di kamdesk: non ripristinabile</translation>
        </message>
        <message>
            <source>{revision}, older: upgraded when restored</source>
            <translation>{revision}, precedente: aggiornato al ripristino</translation>
        </message>
        <message>
            <source>{revision}, this version</source>
            <translation>{revision}, questa versione</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>%1 received, %2 of it on invoices</source>
            <translation>%1 ricevuti, di cui %2 su fatture</translation>
        </message>
        <message>
            <source>%1 received, %2 of it on invoices, %3 kept as credit</source>
            <translation>%1 ricevuti, di cui %2 su fatture, %3 lasciati a credito</translation>
        </message>
        <message>
            <source>* required. Dates as 05.12.2026 or 2026-12-05; amounts as 1 234,50 or 1,234.50.</source>
            <translation>* obbligatorio. Date come 05.12.2026 o 2026-12-05; importi come 1 234,50 o 1,234.50.</translation>
        </message>
        <message>
            <source>A 1C client-bank file (1CClientBankExchange, as Russian banks export it) or a CSV with the columns date, amount, currency, payer_tax_id, payer_name, reference, purpose is read as it is. Any other CSV or Excel sheet: you say which column is which.

Payments are matched to clients by the payer's tax id (ИНН and КПП, or the EU VAT number) and to the invoices their purpose names; the rest goes to the oldest invoices, and what is left stays as the client's credit. A payment imported before is recognised and skipped; one from a payer who is no client (bank interest, a refund) is left out and listed. Money in another currency than the client's is converted at the payment day's rate.</source>
            <translation>Un file banca-cliente 1C (1CClientBankExchange, come lo esportano le banche russe) o un CSV con le colonne date, amount, currency, payer_tax_id, payer_name, reference, purpose viene letto così com'è. Per qualsiasi altro CSV o foglio Excel indichi Lei quale colonna è quale.

Gli incassi vengono abbinati ai clienti tramite l'identificativo fiscale del pagante (ИНН e КПП, o la partita IVA UE) e alle fatture indicate nella causale; il resto va alle fatture più vecchie e ciò che avanza resta a credito del cliente. Un incasso già importato viene riconosciuto e saltato; uno da un pagante che non è cliente (interessi bancari, un rimborso) viene escluso ed elencato. Gli importi in una valuta diversa da quella del cliente vengono convertiti al cambio del giorno dell'incasso.</translation>
        </message>
        <message>
            <source>A column of the file is chosen for two fields.</source>
            <translation>Una colonna del file è scelta per due campi.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Bank reference</source>
            <translation>Riferimento bancario</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation>Estratto conto bancario</translation>
        </message>
        <message>
            <source>Bank statements (*.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Estratti conto bancari (*.txt *.csv *.xlsx);;Tutti i file (*)</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n payment(s)…</source>
            <translation>
                <numerusform>Verifica di %n incasso…</numerusform>
                <numerusform>Verifica di %n incassi…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Scelga un file per vedere cosa verrebbe importato.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Scegli file…</translation>
        </message>
        <message>
            <source>Choose the bank statement</source>
            <translation>Scelga l'estratto conto bancario</translation>
        </message>
        <message>
            <source>Choose the column for: %1.</source>
            <translation>Scelga la colonna per: %1.</translation>
        </message>
        <message>
            <source>Choose the statement your bank exported</source>
            <translation>Scelga l'estratto conto esportato dalla Sua banca</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Import payments from a bank statement</source>
            <translation>Importa incassi da un estratto conto bancario</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importati</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>Già importati</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n payment(s)…</source>
            <translation>
                <numerusform>Importazione di %n incasso…</numerusform>
                <numerusform>Importazione di %n incassi…</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Fatture</translation>
        </message>
        <message>
            <source>Left out, %1</source>
            <translation>Esclusi, %1</translation>
        </message>
        <message>
            <source>Left out, not a client: %1.</source>
            <translation>Esclusi, non clienti: %1.</translation>
        </message>
        <message>
            <source>Left out, not paid into the company's accounts (or moved between them): %1.</source>
            <translation>Esclusi, non versati sui conti dell'azienda (o giroconti tra di essi): %1.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuovi</translation>
        </message>
        <message>
            <source>New payments: %1; to skip: %2. Press Import to post the new ones.</source>
            <translation>Nuovi incassi: %1; da saltare: %2. Prema Importa per registrare quelli nuovi.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Non importati: %1</translation>
        </message>
        <message>
            <source>Nothing to import: every payment of the file was imported before or is not from a client.</source>
            <translation>Niente da importare: ogni incasso del file è già stato importato o non proviene da un cliente.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems listed (%1) are corrected in the file (or in the clients' tax ids).</source>
            <translation>Non verrà importato nulla finché i problemi elencati (%1) non saranno corretti nel file (o nelle partite IVA dei clienti).</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Pagante</translation>
        </message>
        <message>
            <source>Payer's tax id (ИНН, VAT number)</source>
            <translation>Id. fiscale del pagante (ИНН, P. IVA)</translation>
        </message>
        <message>
            <source>Payments imported: %1.</source>
            <translation>Incassi importati: %1.</translation>
        </message>
        <message>
            <source>Payments to the company</source>
            <translation>Incassi a favore dell'azienda</translation>
        </message>
        <message>
            <source>Payments to the company: %1 (new %2, to skip %3, with a problem %4).</source>
            <translation>Incassi a favore dell'azienda: %1 (nuovi %2, da saltare %3, con un problema %4).</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problema: %1</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemi</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Problemi (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Problemi: nessuno</translation>
        </message>
        <message>
            <source>Purpose (names the invoices)</source>
            <translation>Causale (indica le fatture)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Righe nel file: %1.</translation>
        </message>
        <message>
            <source>Say which column holds each field, then press Show the payments.</source>
            <translation>Indichi quale colonna contiene ciascun campo, poi prema Mostra gli incassi.</translation>
        </message>
        <message>
            <source>Show the payments ▶</source>
            <translation>Mostra gli incassi ▶</translation>
        </message>
        <message>
            <source>Skipped (imported before, or twice in the file): %1.</source>
            <translation>Saltati (già importati, o due volte nel file): %1.</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Saltati: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Tax id</source>
            <translation>Partita IVA</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>Il file</translation>
        </message>
        <message>
            <source>credit %1</source>
            <translation>credito %1</translation>
        </message>
        <message>
            <source>◀ Columns</source>
            <translation>◀ Colonne</translation>
        </message>
    </context>
    <context>
        <name>BirthdaysBlock</name>
        <message>
            <source>Birthdays this week</source>
            <translation>Compleanni di questa settimana</translation>
        </message>
        <message>
            <source>No birthdays this week among key clients' contacts and VIPs.</source>
            <translation>Nessun compleanno questa settimana tra i contatti dei clienti chiave e i VIP.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>turns {age}</source>
            <translation>compie {age} anni</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e %n altro</numerusform>
                <numerusform>… e altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BlockPainter</name>
        <message>
            <source>leave by {time}</source>
            <translation>partire entro le {time}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Add as a new category</source>
            <translation>Aggiungi come nuova categoria</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>No categories yet: add one here, or import a price list with a category column.</source>
            <translation>Ancora nessuna categoria: aggiungetene una qui o importate un listino con una colonna delle categorie.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Categorie di prodotti</translation>
        </message>
        <message>
            <source>Rename the selected</source>
            <translation>Rinomina la selezionata</translation>
        </message>
        <message>
            <source>e.g. Fasteners</source>
            <translation>ad es. Viteria</translation>
        </message>
    </context>
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <source>%Ln event(s), {amount}</source>
            <translation>
                <numerusform>%Ln evento, {amount}</numerusform>
                <numerusform>%Ln eventi, {amount}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckCard</name>
        <message>
            <source>(Ticked, but a tick cannot stand in for this: fill it in.)</source>
            <translation>(Spuntato, ma una spunta non può sostituirlo: lo compili.)</translation>
        </message>
        <message>
            <source>(Ticked, but still missing: fix it first.)</source>
            <translation>(Spuntato, ma ancora mancante: lo sistemi prima.)</translation>
        </message>
        <message>
            <source>This one is a warning: a tick makes it ok.</source>
            <translation>Questo è un avviso: una spunta lo rende ok.</translation>
        </message>
        <message>
            <source>This one is missing: a tick does not change it.</source>
            <translation>Questo manca: una spunta non lo cambia.</translation>
        </message>
        <message>
            <source>This one needs filling in: a tick does not change it.</source>
            <translation>Questo va compilato: una spunta non lo cambia.</translation>
        </message>
        <message>
            <source>Tick when you have seen to this yourself. A tick lifts a warning that data cannot settle to ok; never a missing, nor what only filling in fixes (a response to an objection, the needs, the offer).</source>
            <translation>Spunti quando ha provveduto Lei stesso. Una spunta porta a ok un avviso che i dati non possono risolvere; mai un elemento mancante, né ciò che si risolve solo compilando (una risposta a un'obiezione, le esigenze, l'offerta).</translation>
        </message>
        <message>
            <source>Ticked by hand</source>
            <translation>Spuntato a mano</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mancante</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avviso</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>Type the client's name, code or city…</source>
            <translation>Digiti il nome, il codice o la città del cliente…</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>A: the biggest clients by revenue; C: the smallest</source>
            <translation>A: i clienti più grandi per fatturato; C: i più piccoli</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Città</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Dormiente</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Scheda</translation>
        </message>
        <message>
            <source>How complete the client's dossier is</source>
            <translation>Quanto è completa la scheda del cliente</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Settore</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Cliente chiave</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perso</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Colonna di listino</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Share 12 m</source>
            <translation>Quota 12 m</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>The client's share of all revenue in the last 12 months</source>
            <translation>Quota del cliente sul fatturato totale degli ultimi 12 mesi</translation>
        </message>
    </context>
    <context>
        <name>ClientsSection</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clienti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n cliente trovato</numerusform>
                <numerusform>%n clienti trovati</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Clienti&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Nuovo cliente…</translation>
        </message>
        <message>
            <source>No clients yet: add the first with New client…, or bring a colleague's clients in from their export file under Sync.</source>
            <translation>Ancora nessun cliente: aggiungete il primo con Nuovo cliente… oppure importate i clienti di un collega dal suo file di esportazione in Sincronizzazione.</translation>
        </message>
        <message>
            <source>Search clients by name, code, tax number or city (Ctrl+F)</source>
            <translation>Cerca clienti per nome, codice, partita IVA o città (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Mostra archiviati</translation>
        </message>
        <message>
            <source>The Dossier column does not sort the list.</source>
            <translation>La colonna Scheda non ordina l'elenco.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Column in the file</source>
            <translation>Colonna nel file</translation>
        </message>
        <message>
            <source>In kamdesk</source>
            <translation>In kamdesk</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— non importata —</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <source>20 digits starting 301, checked against the БИК</source>
            <translation>20 cifre che iniziano con 301, verificate con il БИК</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Conto (IBAN)</translation>
        </message>
        <message>
            <source>Accountant's position</source>
            <translation>Qualifica del contabile</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>BIK (БИК)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banca</translation>
        </message>
        <message>
            <source>Chief accountant</source>
            <translation>Responsabile contabile</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Scelga il logo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Città</translation>
        </message>
        <message>
            <source>Codice fiscale</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>Contracts cannot be printed yet: {why}</source>
            <translation>I contratti non possono ancora essere stampati: {why}</translation>
        </message>
        <message>
            <source>Contracts will read: {text}</source>
            <translation>Nei contratti si leggerà: {text}</translation>
        </message>
        <message>
            <source>Correspondent account (к/с)</source>
            <translation>Conto corrispondente (к/с)</translation>
        </message>
        <message>
            <source>Country *</source>
            <translation>Paese *</translation>
        </message>
        <message>
            <source>Default currency *</source>
            <translation>Valuta predefinita *</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Amministratore</translation>
        </message>
        <message>
            <source>Director's position</source>
            <translation>Qualifica dell'amministratore</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>Partita IVA UE</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Immagini (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>KPP (КПП)</translation>
        </message>
        <message>
            <source>Legal name *</source>
            <translation>Ragione sociale *</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>OGRN / OGRNIP (ОГРН)</source>
            <translation>OGRN / OGRNIP (ОГРН)</translation>
        </message>
        <message>
            <source>People and signatures</source>
            <translation>Persone e firme</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>CAP</translation>
        </message>
        <message>
            <source>Power of attorney No.</source>
            <translation>Procura n.</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Data della procura</translation>
        </message>
        <message>
            <source>Registered for VAT (charges VAT on its sales)</source>
            <translation>Soggetto IVA (applica l'IVA sulle vendite)</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Numero di registrazione</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Reporting currency</source>
            <translation>Valuta di reporting</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>Codice SWIFT/BIC</translation>
        </message>
        <message>
            <source>Same as the default currency</source>
            <translation>Uguale alla valuta predefinita</translation>
        </message>
        <message>
            <source>Settings: our company</source>
            <translation>Impostazioni: la nostra azienda</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Conto corrente (р/с)</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nome breve</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Qualifica del firmatario</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Firma in base a</translation>
        </message>
        <message>
            <source>Tax and VAT</source>
            <translation>Imposte e IVA</translation>
        </message>
        <message>
            <source>Tax number *</source>
            <translation>Partita IVA *</translation>
        </message>
        <message>
            <source>That file is not a PNG or JPEG image.</source>
            <translation>Il file non è un'immagine PNG o JPEG.</translation>
        </message>
        <message>
            <source>The currency your books are kept in: figures across clients (key clients, Today's totals, plans, reports) are converted into it, and exchange rates are quoted as reporting-currency units per one foreign unit.</source>
            <translation>La valuta in cui è tenuta la contabilità: i dati relativi a più clienti (clienti chiave, totali di Oggi, piani, report) vengono convertiti in essa e i cambi sono espressi in unità della valuta di reporting per un'unità estera.</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>Il logo deve essere inferiore a 2 MB.</translation>
        </message>
        <message>
            <source>Type the VAT rate as a number from 0 to 100, e.g. 20.</source>
            <translation>Inserisca l'aliquota IVA come numero da 0 a 100, ad es. 22.</translation>
        </message>
        <message>
            <source>VAT rate, % *</source>
            <translation>Aliquota IVA, % *</translation>
        </message>
        <message>
            <source>VAT registration in {country}</source>
            <translation>Registrazione IVA in {country}</translation>
        </message>
        <message>
            <source>VAT registrations in other countries</source>
            <translation>Registrazioni IVA in altri paesi</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sito web</translation>
        </message>
        <message>
            <source>Who signs contracts, and on what authority:</source>
            <translation>Chi firma i contratti e con quali poteri:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>una procura (доверенность)</translation>
        </message>
        <message>
            <source>as registered</source>
            <translation>come registrato</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>verificato per il paese</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nome completo</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>nessun logo</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non registrato</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>lo statuto (Устав)</translation>
        </message>
        <message>
            <source>with the country prefix, e.g. HU12345678</source>
            <translation>con il prefisso del paese, ad es. HU12345678</translation>
        </message>
    </context>
    <context>
        <name>CompetitorDialog</name>
        <message>
            <source>Competitor *</source>
            <translation>Concorrente *</translation>
        </message>
        <message>
            <source>Competitor at this client</source>
            <translation>Concorrente presso questo cliente</translation>
        </message>
        <message>
            <source>Share of the client's spend, %</source>
            <translation>Quota della spesa del cliente, %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Fornisce</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Le loro condizioni</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsPage</name>
        <message>
            <source>A share is between 0 and 100.</source>
            <translation>Una quota è compresa tra 0 e 100.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Aggiungi…</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Concorrente</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>Share of the client's spend: competitors {theirs} %, unknown {unknown} %</source>
            <translation>Quota della spesa del cliente: concorrenti {theirs} %, sconosciuta {unknown} %</translation>
        </message>
        <message>
            <source>Share of the client's spend: ours about {ours} %, competitors {theirs} %, unknown {unknown} %</source>
            <translation>Quota della spesa del cliente: nostra circa {ours} %, concorrenti {theirs} %, sconosciuta {unknown} %</translation>
        </message>
        <message>
            <source>Supplies</source>
            <translation>Fornisce</translation>
        </message>
        <message>
            <source>The competitor's share of the client's spend</source>
            <translation>Quota del concorrente sugli acquisti del cliente</translation>
        </message>
        <message>
            <source>Their terms</source>
            <translation>Le loro condizioni</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Closed or deleted elsewhere meanwhile: this response is not saved; copy it if you need it.</source>
            <translation>Chiuso o eliminato altrove nel frattempo: questa risposta non è salvata; la copi se Le serve.</translation>
        </message>
        <message>
            <source>What you will say about it (what was done, what will be done, when)</source>
            <translation>Cosa dirà al riguardo (cosa è stato fatto, cosa sarà fatto, quando)</translation>
        </message>
        <message>
            <source>open since {day}</source>
            <translation>aperto dal {day}</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved meanwhile&lt;/b&gt;</source>
            <translation>&lt;b&gt;Salvato nel frattempo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation>&lt;b&gt;Suo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Torna al modulo</translation>
        </message>
        <message>
            <source>Changed while you were editing</source>
            <translation>Modificato mentre Lei lo stava modificando</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Save my choice</source>
            <translation>Salva la mia scelta</translation>
        </message>
        <message>
            <source>While this form was open, these fields were also changed elsewhere (an import, another window, or another laptop through sync). Choose the value to keep for each; your other changes are saved as they are.</source>
            <translation>Mentre questo modulo era aperto, questi campi sono stati modificati anche altrove (un'importazione, un'altra finestra o un altro portatile tramite la sincronizzazione). Scelga il valore da mantenere per ciascuno; le altre Sue modifiche vengono salvate così come sono.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <source>Also invoiced as</source>
            <translation>Fatturato anche come</translation>
        </message>
        <message>
            <source>Carried by another record too</source>
            <translation>Riportato anche da un altro record</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete the record</source>
            <translation>Elimina il record</translation>
        </message>
        <message>
            <source>Deleted on another laptop</source>
            <translation>Eliminato su un altro portatile</translation>
        </message>
        <message>
            <source>Deleted on {laptop}</source>
            <translation>Eliminato su {laptop}</translation>
        </message>
        <message>
            <source>Edited on another laptop</source>
            <translation>Modificato su un altro portatile</translation>
        </message>
        <message>
            <source>Edited on {laptop}</source>
            <translation>Modificato su {laptop}</translation>
        </message>
        <message>
            <source>First invoice</source>
            <translation>Prima fattura</translation>
        </message>
        <message>
            <source>Give the other record a new number:</source>
            <translation>Assegni un nuovo numero all'altro record:</translation>
        </message>
        <message>
            <source>It is money or a quantity: orders and documents that use it wait for a decision.</source>
            <translation>Si tratta di denaro o di una quantità: gli ordini e i documenti che lo usano attendono una decisione.</translation>
        </message>
        <message>
            <source>Its twin</source>
            <translation>Il suo gemello</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Mantieni</translation>
        </message>
        <message>
            <source>Keep it, and restore the other version as a new draft</source>
            <translation>Mantienilo e ripristina l'altra versione come nuova bozza</translation>
        </message>
        <message>
            <source>Keep the order as merged</source>
            <translation>Mantieni l'ordine unito</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>Mantieni il record</translation>
        </message>
        <message>
            <source>Keep the twin</source>
            <translation>Mantieni il gemello</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Mantieni questo</translation>
        </message>
        <message>
            <source>Keep {v}</source>
            <translation>Mantieni {v}</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the other value was made on</comment>
            <translation>Inserito su</translation>
        </message>
        <message>
            <source>Made on</source>
            <comment>the laptop the value shown now was made on</comment>
            <translation>Inserito su</translation>
        </message>
        <message>
            <source>No conflicts: everything the laptops exchanged fitted together.</source>
            <translation>Nessun conflitto: tutto ciò che i portatili si sono scambiati è compatibile.</translation>
        </message>
        <message>
            <source>Noted: I will correct it</source>
            <translation>Preso nota: lo correggerò</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Altro valore</translation>
        </message>
        <message>
            <source>Other value, made on another laptop</source>
            <translation>Altro valore, inserito su un altro portatile</translation>
        </message>
        <message>
            <source>Other value, made on {laptop}</source>
            <translation>Altro valore, inserito su {laptop}</translation>
        </message>
        <message>
            <source>Paid in all</source>
            <translation>Pagato in tutto</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Mostrato ora</translation>
        </message>
        <message>
            <source>Shown now, made on another laptop</source>
            <translation>Mostrato ora, inserito su un altro portatile</translation>
        </message>
        <message>
            <source>Shown now, made on {laptop}</source>
            <translation>Mostrato ora, inserito su {laptop}</translation>
        </message>
        <message>
            <source>Something was added to it</source>
            <translation>Vi è stato aggiunto qualcosa</translation>
        </message>
        <message>
            <source>Something was added to it ({what})</source>
            <translation>Vi è stato aggiunto qualcosa ({what})</translation>
        </message>
        <message>
            <source>The invoice's amount</source>
            <translation>L'importo della fattura</translation>
        </message>
        <message>
            <source>The number</source>
            <translation>Il numero</translation>
        </message>
        <message>
            <source>The order as merged</source>
            <translation>L'ordine unito</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Questo</translation>
        </message>
        <message>
            <source>Use another value:</source>
            <translation>Usa un altro valore:</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Usa questo valore</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <source>What the other laptop typed</source>
            <translation>Cosa ha digitato l'altro portatile</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminato</translation>
        </message>
        <message>
            <source>deleted and edited</source>
            <translation>eliminato e modificato</translation>
        </message>
        <message>
            <source>deleted, then added to</source>
            <translation>eliminato, poi integrato</translation>
        </message>
        <message>
            <source>invoiced twice</source>
            <translation>fatturato due volte</translation>
        </message>
        <message>
            <source>kept, edited</source>
            <translation>mantenuto, modificato</translation>
        </message>
        <message>
            <source>made twice</source>
            <translation>creato due volte</translation>
        </message>
        <message>
            <source>needs a decision</source>
            <translation>richiede una decisione</translation>
        </message>
        <message>
            <source>order changed on both</source>
            <translation>ordine modificato su entrambi</translation>
        </message>
        <message>
            <source>paid too much</source>
            <translation>pagato troppo</translation>
        </message>
        <message>
            <source>same number twice</source>
            <translation>stesso numero due volte</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Attitude to us</source>
            <translation>Atteggiamento verso di noi</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Compleanno</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Ruolo d'acquisto</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Reparto</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Etiquette notes</source>
            <translation>Note sul galateo</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Forma di cortesia</translation>
        </message>
        <message>
            <source>How well we know them</source>
            <translation>Quanto lo conosciamo</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influenza</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interessi</translation>
        </message>
        <message>
            <source>Key opinion leader</source>
            <translation>Opinion leader</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Cellulare</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuovo contatto</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other e-mail</source>
            <translation>Altra e-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Riferisce a</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>e.g. Dear Mr Szabó / Уважаемый Иван Петрович</source>
            <translation>ad es. Gentile Dott. Rossi / Уважаемый Иван Петрович</translation>
        </message>
        <message>
            <source>nobody (top of the chart)</source>
            <translation>nessuno (vertice dell'organigramma)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>sconosciuto</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contatto</numerusform>
                <numerusform>%n contatti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>%n contatto nel cestino</numerusform>
                <numerusform>%n contatti nel cestino</numerusform>
            </translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Atteggiamento</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>Ruolo d'acquisto</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Elimina contatto</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Form of address, language, interests, etiquette or birthday: what the meeting preparation tells you before you meet the person.</source>
            <translation>Forma di cortesia, lingua, interessi, etichetta o compleanno: ciò che la preparazione della riunione ti ricorda prima di incontrare la persona.</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influenza</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Ultimo contatto</translation>
        </message>
        <message>
            <source>Move {name} to the trash? You can restore them from the Trash.</source>
            <translation>Spostare {name} nel cestino? Potrà ripristinarlo dal Cestino.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Nuovo contatto…</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Note personali</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Cestino</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>non ancora</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>presenti</translation>
        </message>
    </context>
    <context>
        <name>ContractPage</name>
        <message>
            <source>(net {net}, VAT {vat})</source>
            <translation>(imponibile {net}, IVA {vat})</translation>
        </message>
        <message>
            <source>(new: recorded when the package is issued)</source>
            <translation>(nuovo: registrato all'emissione del pacchetto)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Parts of the package&lt;/b&gt;</source>
            <translation>&lt;b&gt;Parti del pacchetto&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Acquirente</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contratto</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Data di consegna</translation>
        </message>
        <message>
            <source>Invoice for payment</source>
            <translation>Fattura proforma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Specification (appendix 1)</source>
            <translation>Specifica (allegato 1)</translation>
        </message>
        <message>
            <source>Supply contract</source>
            <translation>Contratto di fornitura</translation>
        </message>
        <message>
            <source>The contract's wording comes from its template: to change it, put your copy in {folder}.</source>
            <translation>Il testo del contratto proviene dal suo modello: per modificarlo, metta la Sua copia in {folder}.</translation>
        </message>
        <message>
            <source>The package is made from</source>
            <translation>Il pacchetto è composto da</translation>
        </message>
        <message>
            <source>The parts ticked go into one PDF, in this order; tick one alone to have it on its own.</source>
            <translation>Le parti spuntate confluiscono in un unico PDF, in quest'ordine; ne spunti una sola per averla a sé.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non impostato</translation>
        </message>
        <message>
            <source>the clauses of the contract template, filled from the data; signatures</source>
            <translation>le clausole del modello di contratto, compilate dai dati; le firme</translation>
        </message>
        <message>
            <source>the goods, prices, VAT, totals and delivery dates</source>
            <translation>gli articoli, i prezzi, l'IVA, i totali e le date di consegna</translation>
        </message>
        <message>
            <source>with our bank details; in Russian also the total in words</source>
            <translation>con le nostre coordinate bancarie; in russo anche il totale in lettere</translation>
        </message>
        <message>
            <source>{number} of {day}</source>
            <translation>{number} del {day}</translation>
        </message>
    </context>
    <context>
        <name>ContributionModel</name>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Contributo</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Quota</translation>
        </message>
    </context>
    <context>
        <name>CreditDialog</name>
        <message>
            <source>&lt;h3&gt;Confirmation is blocked by credit control&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;La conferma è bloccata dal controllo fido&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approvato da</translation>
        </message>
        <message>
            <source>Confirm anyway</source>
            <translation>Conferma comunque</translation>
        </message>
        <message>
            <source>Credit control: {number}</source>
            <translation>Controllo fido: {number}</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Fido</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Giorni di ritardo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Esposizione</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>Importo aperto</translation>
        </message>
        <message>
            <source>Open orders (not invoiced)</source>
            <translation>Ordini aperti (non fatturati)</translation>
        </message>
        <message>
            <source>Over the limit by</source>
            <translation>Oltre il fido di</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Fatture scadute</translation>
        </message>
        <message>
            <source>Override and confirm</source>
            <translation>Forza e conferma</translation>
        </message>
        <message>
            <source>Owed on invoices</source>
            <translation>Dovuto su fatture</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Room left before this order</source>
            <translation>Fido residuo prima di questo ordine</translation>
        </message>
        <message>
            <source>The override and its reason are recorded in the order's history.</source>
            <translation>La forzatura e il suo motivo vengono registrati nella cronologia dell'ordine.</translation>
        </message>
        <message>
            <source>This order</source>
            <translation>Questo ordine</translation>
        </message>
        <message>
            <source>Who takes the decision</source>
            <translation>Chi prende la decisione</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>nessun fido</translation>
        </message>
    </context>
    <context>
        <name>DamageWatch</name>
        <message>
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Ripristina un backup</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Ripristina il backup</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}.</source>
            <translation>SQLite ha rilevato: {found}.

Nessun backup valido trovato in {folder}.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

No good backup was found in {folder}. Copy the file somewhere safe before working on, and restore a backup from another folder if you have one.</source>
            <translation>SQLite ha rilevato: {found}.

Nessun backup valido trovato in {folder}. Copi il file in un luogo sicuro prima di continuare a lavorare e ripristini un backup da un'altra cartella, se ne ha una.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date.</source>
            <translation>SQLite ha rilevato: {found}.

Ripristinare il backup valido più recente, del {when}? Prima il file danneggiato viene messo da parte accanto a esso, con la data di oggi nel nome.</translation>
        </message>
        <message>
            <source>SQLite found: {found}.

Restore the newest good backup, of {when}? The damaged file is saved aside first, beside it, named with today's date; what was entered after {when} is not in the backup.</source>
            <translation>SQLite ha rilevato: {found}.

Ripristinare il backup valido più recente, del {when}? Prima il file danneggiato viene messo da parte accanto a esso, con la data di oggi nel nome; ciò che è stato inserito dopo il {when} non è nel backup.</translation>
        </message>
        <message>
            <source>The backup of {when} is restored. The damaged file was saved as {aside}.</source>
            <translation>Il backup del {when} è ripristinato. Il file danneggiato è stato salvato come {aside}.</translation>
        </message>
        <message>
            <source>The file is damaged: {path}</source>
            <translation>Il file è danneggiato: {path}</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>1-30 days</source>
            <translation>1-30 giorni</translation>
        </message>
        <message>
            <source>31-60 days</source>
            <translation>31-60 giorni</translation>
        </message>
        <message>
            <source>61-90 days</source>
            <translation>61-90 giorni</translation>
        </message>
        <message>
            <source>90+ days</source>
            <translation>oltre 90 giorni</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Consuntivo</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Grafico non salvato</translation>
        </message>
        <message>
            <source>Could not write {path}: choose a folder you can write to.</source>
            <translation>Impossibile scrivere {path}: scelga una cartella in cui si può scrivere.</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>A scadere</translation>
        </message>
        <message>
            <source>Overdue share of receivables</source>
            <translation>Quota scaduta dei crediti</translation>
        </message>
        <message>
            <source>Overdue, % of open</source>
            <translation>Scaduto, % dell'aperto</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <source>Plan and actual by month</source>
            <translation>Piano e consuntivo per mese</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Crediti per anzianità</translation>
        </message>
        <message>
            <source>Revenue of the biggest clients by month</source>
            <translation>Fatturato dei clienti maggiori per mese</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Salva come PNG…</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>Salva il grafico come PNG</translation>
        </message>
        <message>
            <source>Save this chart as a picture</source>
            <translation>Salva questo grafico come immagine</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>milioni</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>migliaia</translation>
        </message>
        <message>
            <source>today</source>
            <translation>oggi</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&lt;b&gt;{start} to {end}&lt;/b&gt; against {previous_start} to {previous_end}. Amounts in {currency} at the rate of each document's date; receivables as they stand today. Click a figure to see the clients behind it.</source>
            <translation>&lt;b&gt;Dal {start} al {end}&lt;/b&gt; rispetto al periodo dal {previous_start} al {previous_end}. Importi in {currency} al cambio della data di ciascun documento; crediti alla situazione odierna. Faccia clic su un dato per vedere i clienti che lo compongono.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Cruscotto&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>No plan in the period.</source>
            <translation>Nessun piano nel periodo.</translation>
        </message>
        <message>
            <source>No revenue in the period.</source>
            <translation>Nessun fatturato nel periodo.</translation>
        </message>
        <message>
            <source>Nothing is owed today.</source>
            <translation>Oggi non c'è nulla da incassare.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Revenue by client, biggest first (Pareto)</source>
            <translation>Fatturato per cliente, dal maggiore (Pareto)</translation>
        </message>
        <message>
            <source>The figures and the charts as a PDF with the period: preview, print or save</source>
            <translation>I dati e i grafici come PDF con il periodo: anteprima, stampa o salvataggio</translation>
        </message>
        <message>
            <source>The period's key figures against the same period last year</source>
            <translation>I dati chiave del periodo rispetto allo stesso periodo dell'anno scorso</translation>
        </message>
    </context>
    <context>
        <name>DashboardPrint</name>
        <message>
            <source>Comparison</source>
            <translation>Confronto</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Cruscotto</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Dettaglio</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>amounts in {currency} at the rate of each document's date; receivables as they stand on {day}</source>
            <translation>importi in {currency} al cambio della data di ciascun documento; crediti alla situazione del {day}</translation>
        </message>
        <message>
            <source>compared with {period}</source>
            <translation>rispetto a {period}</translation>
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <translation>{title} dal {start} al {end}</translation>
        </message>
    </context>
    <context>
        <name>DashboardTile</name>
        <message numerus="yes">
            <source>%n A-class client(s); top client {share}</source>
            <translation>
                <numerusform>%n cliente di classe A; primo cliente {share}</numerusform>
                <numerusform>%n clienti di classe A; primo cliente {share}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) behind this figure. Double-click one to open it.</source>
            <translation>
                <numerusform>%n cliente compone questo dato. Faccia doppio clic per aprirlo.</numerusform>
                <numerusform>%n clienti compongono questo dato. Faccia doppio clic su uno per aprirlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Actual against the plans of the clients with a plan for the period</source>
            <translation>Consuntivo rispetto ai piani dei clienti con un piano per il periodo</translation>
        </message>
        <message>
            <source>Ahead of plan (+) or behind (−), {currency}</source>
            <translation>In anticipo sul piano (+) o in ritardo (−), {currency}</translation>
        </message>
        <message>
            <source>Change on last year, {currency}</source>
            <translation>Variazione sull'anno scorso, {currency}</translation>
        </message>
        <message>
            <source>Click to see the clients behind it.</source>
            <translation>Faccia clic per vedere i clienti che lo compongono.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Reclami</translation>
        </message>
        <message>
            <source>Complaints opened in the period</source>
            <translation>Reclami aperti nel periodo</translation>
        </message>
        <message>
            <source>Credit notes' net as a share of the net invoiced in the period</source>
            <translation>Imponibile delle note di credito come quota dell'imponibile fatturato nel periodo</translation>
        </message>
        <message>
            <source>Credit notes, {currency}</source>
            <translation>Note di credito, {currency}</translation>
        </message>
        <message>
            <source>Invoiced revenue net of VAT, less credit notes, against last year</source>
            <translation>Fatturato al netto dell'IVA, meno le note di credito, rispetto all'anno scorso</translation>
        </message>
        <message>
            <source>Key-client concentration</source>
            <translation>Concentrazione sui clienti chiave</translation>
        </message>
        <message>
            <source>Money past its due date as a share of all open invoices, today</source>
            <translation>Importi oltre la scadenza come quota di tutte le fatture aperte, oggi</translation>
        </message>
        <message>
            <source>No client is behind this figure in the period.</source>
            <translation>Nessun cliente compone questo dato nel periodo.</translation>
        </message>
        <message>
            <source>Overdue receivables</source>
            <translation>Crediti scaduti</translation>
        </message>
        <message>
            <source>Overdue, {currency}</source>
            <translation>Scaduto, {currency}</translation>
        </message>
        <message>
            <source>Plan fulfilment</source>
            <translation>Raggiungimento del piano</translation>
        </message>
        <message>
            <source>Refusals rate</source>
            <translation>Tasso di rifiuti</translation>
        </message>
        <message>
            <source>Refused at delivery as a share of what was shipped in the period</source>
            <translation>Rifiutato alla consegna come quota di quanto spedito nel periodo</translation>
        </message>
        <message>
            <source>Refused, {currency}</source>
            <translation>Rifiutato, {currency}</translation>
        </message>
        <message>
            <source>Returns rate</source>
            <translation>Tasso di resi</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Fatturato, {currency}</translation>
        </message>
        <message>
            <source>Share of revenue of the A class: the clients making the first 80 %</source>
            <translation>Quota del fatturato della classe A: i clienti che generano il primo 80 %</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>at {day}</source>
            <translation>al {day}</translation>
        </message>
        <message>
            <source>change {change}</source>
            <translation>variazione {change}</translation>
        </message>
        <message numerus="yes">
            <source>from %n client(s)</source>
            <translation>
                <numerusform>da %n cliente</numerusform>
                <numerusform>da %n clienti</numerusform>
            </translation>
        </message>
        <message>
            <source>last year</source>
            <translation>anno scorso</translation>
        </message>
        <message>
            <source>nothing to compare {against}</source>
            <translation>niente da confrontare {against}</translation>
        </message>
        <message>
            <source>the figure: {value}</source>
            <translation>il dato: {value}</translation>
        </message>
        <message>
            <source>{actual} of {plan}; forecast {forecast}</source>
            <translation>{actual} su {plan}; previsione {forecast}</translation>
        </message>
        <message>
            <source>{arrow} on {before} {against}</source>
            <translation>{arrow} su {before} {against}</translation>
        </message>
        <message>
            <source>{arrow} {change} on {before} {against}</source>
            <translation>{arrow} {change} su {before} {against}</translation>
        </message>
        <message>
            <source>{arrow} {sign}{change} on {before} {against}</source>
            <translation>{arrow} {sign}{change} su {before} {against}</translation>
        </message>
        <message>
            <source>{figure}: the clients behind it</source>
            <translation>{figure}: i clienti che lo compongono</translation>
        </message>
        <message>
            <source>{notes} credited of {invoiced}</source>
            <translation>{notes} accreditati su {invoiced}</translation>
        </message>
        <message>
            <source>{overdue} of {receivables} open</source>
            <translation>{overdue} su {receivables} aperti</translation>
        </message>
        <message>
            <source>{refused} refused of {delivered} delivered</source>
            <translation>{refused} rifiutati su {delivered} consegnati</translation>
        </message>
        <message>
            <source>{sign}{points} pts</source>
            <translation>{sign}{points} punti</translation>
        </message>
    </context>
    <context>
        <name>DayHeader</name>
        <message>
            <source>W{week}</source>
            <translation>S{week}</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <source>Attendees</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitti</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Fatto ✓</translation>
        </message>
        <message>
            <source>How well the meeting is prepared, out of 100</source>
            <translation>Quanto è preparato l'incontro, su 100</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Leave by</source>
            <translation>Partenza</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Incontro telefonico</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparazione</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Preparazione {score} / 100</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videochiamata</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Videoconferenza</translation>
        </message>
        <message>
            <source>When to set off to arrive on time</source>
            <translation>Quando partire per arrivare in orario</translation>
        </message>
        <message>
            <source>{minutes} min travel</source>
            <translation>{minutes} min di viaggio</translation>
        </message>
    </context>
    <context>
        <name>DebtsBlock</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n fattura</numerusform>
                <numerusform>%n fatture</numerusform>
            </translation>
        </message>
        <message>
            <source>No overdue invoices.</source>
            <translation>Nessuna fattura scaduta.</translation>
        </message>
        <message>
            <source>Open amounts after payments and credit notes, the oldest debt first.</source>
            <translation>Importi aperti dopo incassi e note di credito, a partire dal debito più vecchio.</translation>
        </message>
        <message>
            <source>Overdue invoices by client</source>
            <translation>Fatture scadute per cliente</translation>
        </message>
        <message numerus="yes">
            <source>oldest %n day(s) overdue</source>
            <translation>
                <numerusform>la più vecchia scaduta da %n giorno</numerusform>
                <numerusform>la più vecchia scaduta da %n giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more client(s)</source>
            <translation>
                <numerusform>… e %n altro cliente</numerusform>
                <numerusform>… e altri %n clienti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>A draft or confirmed order of this client, to take along as the offer.</source>
            <translation>Un ordine in bozza o confermato di questo cliente, da portare come offerta.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordine del giorno</translation>
        </message>
        <message>
            <source>At an address</source>
            <translation>Presso un indirizzo</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Per telefono</translation>
        </message>
        <message>
            <source>By video</source>
            <translation>In video</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Scelga prima il cliente.</translation>
        </message>
        <message>
            <source>Client *</source>
            <translation>Cliente *</translation>
        </message>
        <message>
            <source>Create draft order…</source>
            <translation>Crea ordine in bozza…</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Non si ripete</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Ogni mese</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Ogni settimana</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Esigenze chieste in anticipo</translation>
        </message>
        <message>
            <source>No offer prepared yet</source>
            <translation>Nessuna offerta ancora preparata</translation>
        </message>
        <message>
            <source>Part of a series repeating {how}.</source>
            <translation>Parte di una serie che si ripete {how}.</translation>
        </message>
        <message>
            <source>Pick the client from the list that opens as you type.</source>
            <translation>Scelga il cliente dall'elenco che si apre mentre digita.</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Articoli all'ordine del giorno</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <source>Starts *</source>
            <translation>Inizio *</translation>
        </message>
        <message>
            <source>Street, city (where to go)</source>
            <translation>Via, città (dove andare)</translation>
        </message>
        <message>
            <source>Subject *</source>
            <translation>Oggetto *</translation>
        </message>
        <message>
            <source>The new draft order is chosen: save to keep it.</source>
            <translation>È selezionato il nuovo ordine in bozza: salvi per mantenerlo.</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>L'offerta</translation>
        </message>
        <message>
            <source>This client has no contacts yet: add them in the dossier.</source>
            <translation>Questo cliente non ha ancora contatti: li aggiunga nella scheda cliente.</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Viaggio</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Fino al</translation>
        </message>
        <message>
            <source>What is it about, in a few words</source>
            <translation>Di cosa si tratta, in poche parole</translation>
        </message>
        <message>
            <source>What the client said they need when you set up the meeting</source>
            <translation>Cosa ha detto il cliente di cui ha bisogno quando ha fissato l'incontro</translation>
        </message>
        <message>
            <source>What will be discussed, in order</source>
            <translation>Cosa verrà discusso, in ordine</translation>
        </message>
        <message>
            <source>What you want to leave with (an order, a date, a yes)</source>
            <translation>Con cosa vuole uscire (un ordine, una data, un sì)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dove</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>ogni mese</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>ogni settimana</translation>
        </message>
        <message>
            <source>lasting</source>
            <translation>durata</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>partire entro le {time}</translation>
        </message>
        <message>
            <source>min to get there</source>
            <translation>min per arrivarci</translation>
        </message>
        <message>
            <source>no travel: by phone or video</source>
            <translation>nessun viaggio: per telefono o video</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>Impossibile scrivere {path}: {why}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>%n unknown field(s): {names}. Use only the names under Insert field; nothing is printed until this is fixed.</source>
            <translation>
                <numerusform>%n campo sconosciuto: {names}. Usi solo i nomi elencati in Inserisci campo; nulla viene stampato finché non è corretto.</numerusform>
                <numerusform>%n campi sconosciuti: {names}. Usi solo i nomi elencati in Inserisci campo; nulla viene stampato finché non è corretto.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no contacts on file)</source>
            <translation>(nessun contatto in archivio)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Lines&lt;/b&gt; &amp;nbsp; tick &lt;i&gt;Optional&lt;/i&gt; for items offered apart, not counted in the total</source>
            <translation>&lt;b&gt;Righe&lt;/b&gt; &amp;nbsp; spunti &lt;i&gt;Facoltativa&lt;/i&gt; per le voci offerte a parte, non conteggiate nel totale</translation>
        </message>
        <message>
            <source>&lt;b&gt;Specification&lt;/b&gt; &amp;nbsp; the order's lines, as appendix 1 lists them</source>
            <translation>&lt;b&gt;Specifica&lt;/b&gt; &amp;nbsp; le righe dell'ordine, come le elenca l'allegato 1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Commercial proposal</source>
            <translation>Offerta commerciale</translation>
        </message>
        <message>
            <source>Contract package</source>
            <translation>Pacchetto contrattuale</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Lingua del documento</translation>
        </message>
        <message>
            <source>Document not made</source>
            <translation>Documento non creato</translation>
        </message>
        <message>
            <source>Documents — {number} — {client}</source>
            <translation>Documenti — {number} — {client}</translation>
        </message>
        <message numerus="yes">
            <source>In the total: %n line(s), &lt;b&gt;{total}&lt;/b&gt; with VAT</source>
            <translation>
                <numerusform>Nel totale: %n riga, &lt;b&gt;{total}&lt;/b&gt; IVA inclusa</numerusform>
                <numerusform>Nel totale: %n righe, &lt;b&gt;{total}&lt;/b&gt; IVA inclusa</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue it (numbered, kept in the client's history) and save the PDF</source>
            <translation>Emetti (numerato, conservato nella cronologia del cliente) e salva il PDF</translation>
        </message>
        <message>
            <source>Issue it and attach it to a new e-mail</source>
            <translation>Emetti e allega a una nuova e-mail</translation>
        </message>
        <message>
            <source>Issue it and print</source>
            <translation>Emetti e stampa</translation>
        </message>
        <message numerus="yes">
            <source>Nothing printed: %n unknown field(s) {names}, marked in red above.</source>
            <translation>
                <numerusform>Nulla stampato: %n campo sconosciuto {names}, evidenziato in rosso sopra.</numerusform>
                <numerusform>Nulla stampato: %n campi sconosciuti {names}, evidenziati in rosso sopra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing printed: {why}</source>
            <translation>Nulla stampato: {why}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salva con nome…</translation>
        </message>
        <message>
            <source>See the PDF; nothing is issued</source>
            <translation>Visualizza il PDF; non viene emesso nulla</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>Invia per e-mail…</translation>
        </message>
        <message>
            <source>Texts not used</source>
            <translation>Testi non usati</translation>
        </message>
        <message>
            <source>The language the client reads; the program's own language does not change.</source>
            <translation>La lingua che legge il cliente; la lingua del programma non cambia.</translation>
        </message>
        <message>
            <source>The texts you wrote for this proposal have not gone out in a document. Close and lose them?</source>
            <translation>I testi scritti per questa offerta non sono stati usati in un documento. Chiudere e perderli?</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Questo ordine non esiste più.</translation>
        </message>
        <message>
            <source>Tick at least one part of the package.</source>
            <translation>Spunti almeno una parte del pacchetto.</translation>
        </message>
        <message numerus="yes">
            <source>optional, apart: %n line(s), {total}</source>
            <translation>
                <numerusform>facoltative, a parte: %n riga, {total}</numerusform>
                <numerusform>facoltative, a parte: %n righe, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {day}, {status}</source>
            <translation>ordine {number} del {day}, {status}</translation>
        </message>
    </context>
    <context>
        <name>DocumentLines</name>
        <message>
            <source>Discount</source>
            <translation>Sconto</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.</translation>
        </message>
        <message>
            <source>Offered apart, not counted in the total</source>
            <translation>Offerto a parte, non conteggiato nel totale</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facoltativa</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
    </context>
    <context>
        <name>DocumentOutput</name>
        <message>
            <source>(the earlier versions are kept in the client's history)</source>
            <translation>(le versioni precedenti sono conservate nella cronologia del cliente)</translation>
        </message>
        <message>
            <source>Attach {file} to your e-mail (its folder is open).</source>
            <translation>Alleghi {file} alla Sua e-mail (la sua cartella è aperta).</translation>
        </message>
        <message>
            <source>Contract package {number}, version {version} issued.</source>
            <translation>Pacchetto contrattuale {number}, versione {version} emesso.</translation>
        </message>
        <message>
            <source>Not issued: {why}</source>
            <translation>Non emesso: {why}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>Preview opened in your PDF viewer: not issued yet.</source>
            <translation>Anteprima aperta nel visualizzatore PDF: non ancora emesso.</translation>
        </message>
        <message>
            <source>Preview: not issued yet.</source>
            <translation>Anteprima: non ancora emesso.</translation>
        </message>
        <message>
            <source>Proposal {number}, version {version} issued.</source>
            <translation>Offerta {number}, versione {version} emessa.</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Salva il documento come</translation>
        </message>
        <message>
            <source>The PDF is attached to a new e-mail: {path}</source>
            <translation>Il PDF è allegato a una nuova e-mail: {path}</translation>
        </message>
        <message>
            <source>The PDF is not printed: {path}</source>
            <translation>Il PDF non è stato stampato: {path}</translation>
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from the viewer.</source>
            <translation>Il PDF è aperto nel visualizzatore PDF: lo stampi da lì.</translation>
        </message>
        <message>
            <source>The PDF is saved: {path}</source>
            <translation>Il PDF è salvato: {path}</translation>
        </message>
        <message>
            <source>The PDF is sent to the printer.</source>
            <translation>Il PDF è stato inviato alla stampante.</translation>
        </message>
    </context>
    <context>
        <name>DossierWindow</name>
        <message>
            <source>ARCHIVED</source>
            <translation>ARCHIVIATO</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivia</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Concorrenti</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>Delete client</source>
            <translation>Elimina cliente</translation>
        </message>
        <message>
            <source>Delete client…</source>
            <translation>Elimina cliente…</translation>
        </message>
        <message>
            <source>Delete this client? Clients with orders or invoices cannot be deleted; archive them instead.</source>
            <translation>Eliminare questo cliente? I clienti con ordini o fatture non possono essere eliminati: li archivi.</translation>
        </message>
        <message>
            <source>Dossier %p % complete</source>
            <translation>Scheda completa al %p %</translation>
        </message>
        <message>
            <source>Fill in the profile and save; the rest opens then.</source>
            <translation>Compili il profilo e salvi; il resto si apre dopo.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nuovo cliente</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nuovo incontro…</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Nuovo ordine…</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Nessun fatturato negli ultimi 12 mesi.</translation>
        </message>
        <message>
            <source>Nothing missing: this dossier is complete.</source>
            <translation>Non manca nulla: questa scheda è completa.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profilo</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Estratto conto…</translation>
        </message>
        <message>
            <source>Relationship map</source>
            <translation>Mappa delle relazioni</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>Ripristina dall'archivio</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategia</translation>
        </message>
        <message>
            <source>Terms &amp;&amp; prices</source>
            <translation>Condizioni &amp;&amp; prezzi</translation>
        </message>
        <message>
            <source>This dossier has changes that are not saved. Close and lose them?</source>
            <translation>Questa scheda ha modifiche non salvate. Chiudere e perderle?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>class {abc}</source>
            <translation>classe {abc}</translation>
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation>{name} — scheda cliente</translation>
        </message>
        <message>
            <source>{share} of revenue (12 months)</source>
            <translation>{share} del fatturato (12 mesi)</translation>
        </message>
    </context>
    <context>
        <name>DunningDialog</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Dunning step: {name}</source>
            <translation>Azione di sollecito: {name}</translation>
        </message>
        <message>
            <source>Give the day the step was taken.</source>
            <translation>Indichi il giorno in cui è stata eseguita l'azione.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Record step</source>
            <translation>Registra azione</translation>
        </message>
        <message>
            <source>Say who took the step.</source>
            <translation>Indichi chi ha eseguito l'azione.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>The step is dated after today: record it once it is done.</source>
            <translation>L'azione ha una data successiva a oggi: la registri quando sarà eseguita.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Chi</translation>
        </message>
        <message>
            <source>Who took the step</source>
            <translation>Chi ha eseguito l'azione</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message numerus="yes">
            <source>%n backup(s) could not be given the new passphrase: still needing the old one ({names}).</source>
            <translation>
                <numerusform>Non è stato possibile assegnare la nuova passphrase a %n backup: richiede ancora quella vecchia ({names}).</numerusform>
                <numerusform>Non è stato possibile assegnare la nuova passphrase a %n backup: richiedono ancora quella vecchia ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before the database was encrypted, and files restores set aside beside it: anyone who gets them can read them.</source>
            <translation>I backup eseguiti prima che il database fosse cifrato e i file che i ripristini hanno messo da parte accanto a esso: chiunque li ottenga può leggerli.</translation>
        </message>
        <message>
            <source>Backups made from now on are encrypted too. Copies made before are not ({count} in all): delete them if the laptop may be lost.</source>
            <translation>Anche i backup eseguiti d'ora in poi sono cifrati. Le copie precedenti non lo sono ({count} in tutto): le elimini se il portatile potrebbe andare perso.</translation>
        </message>
        <message>
            <source>Backups made from now on are not encrypted either.</source>
            <translation>Anche i backup eseguiti d'ora in poi non sono cifrati.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambia passphrase</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Modifica della passphrase…</translation>
        </message>
        <message>
            <source>Could not delete every copy: {error}.</source>
            <translation>Impossibile eliminare tutte le copie: {error}.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Passphrase attuale</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted copies…</source>
            <translation>
                <numerusform>Elimina %n copia non cifrata…</numerusform>
                <numerusform>Elimina %n copie non cifrate…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n unencrypted file(s) of the database, made before it was encrypted? Anyone who gets one can read it. None can be restored afterwards.

{names}</source>
            <translation>
                <numerusform>Eliminare %n file non cifrato del database, creato prima della cifratura? Chiunque lo ottenga può leggerlo. Dopo non potrà essere ripristinato.

{names}</numerusform>
                <numerusform>Eliminare %n file non cifrati del database, creati prima della cifratura? Chiunque li ottenga può leggerli. Dopo non potranno essere ripristinati.

{names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the unencrypted copy…</source>
            <translation>Elimina la copia non cifrata…</translation>
        </message>
        <message>
            <source>Delete unencrypted copies</source>
            <translation>Elimina copie non cifrate</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Encrypted, the database file and its backups cannot be read without the passphrase by anyone who gets them: a lost laptop, a copied file. Documents and exports you save are not encrypted. Nobody can open the file without the passphrase, kamdesk included: keep it somewhere safe.</source>
            <translation>Se cifrati, il file del database e i suoi backup non possono essere letti senza la passphrase da chi li ottiene: un portatile smarrito, un file copiato. I documenti e le esportazioni che Lei salva non sono cifrati. Nessuno può aprire il file senza la passphrase, kamdesk compreso: la conservi in un luogo sicuro.</translation>
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation>Cifratura del database…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Cifratura</translation>
        </message>
        <message>
            <source>Fair. A few more words make it strong.</source>
            <translation>Discreta. Qualche parola in più la rende robusta.</translation>
        </message>
        <message>
            <source>Its backups are encrypted too.</source>
            <translation>Anche i suoi backup sono cifrati.</translation>
        </message>
        <message>
            <source>Its backups open with the new passphrase too.</source>
            <translation>Anche i suoi backup si aprono con la nuova passphrase.</translation>
        </message>
        <message>
            <source>Its unencrypted copies were deleted.</source>
            <translation>Le sue copie non cifrate sono state eliminate.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nuova passphrase</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Memorizzala nel portachiavi di questo computer</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Ripetila</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Robusta.</translation>
        </message>
        <message>
            <source>This database is encrypted.</source>
            <translation>Questo database è cifrato.</translation>
        </message>
        <message>
            <source>This database is not encrypted.</source>
            <translation>Questo database non è cifrato.</translation>
        </message>
        <message>
            <source>This is not the database's passphrase.</source>
            <translation>Questa non è la passphrase del database.</translation>
        </message>
        <message>
            <source>Too short: use at least eight characters.</source>
            <translation>Troppo corta: usi almeno otto caratteri.</translation>
        </message>
        <message>
            <source>Turn encryption off</source>
            <translation>Disattiva la cifratura</translation>
        </message>
        <message>
            <source>Turning encryption off…</source>
            <translation>Disattivazione della cifratura…</translation>
        </message>
        <message>
            <source>Use at least eight characters; a few words are best.</source>
            <translation>Usi almeno otto caratteri; qualche parola è l'ideale.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words or characters.</source>
            <translation>Debole: facile da indovinare. Aggiunga parole o caratteri.</translation>
        </message>
    </context>
    <context>
        <name>ExpiringBlock</name>
        <message>
            <source>No special price ends in the next 30 days, and no promotion in the next 14.</source>
            <translation>Nessun prezzo speciale scade nei prossimi 30 giorni e nessuna promozione nei prossimi 14.</translation>
        </message>
        <message>
            <source>Promotions ending within 14 days</source>
            <translation>Promozioni in scadenza entro 14 giorni</translation>
        </message>
        <message>
            <source>Special prices and promotions ending soon</source>
            <translation>Prezzi speciali e promozioni in scadenza</translation>
        </message>
        <message>
            <source>Special prices ending within 30 days</source>
            <translation>Prezzi speciali in scadenza entro 30 giorni</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e %n altro</numerusform>
                <numerusform>e altri %n</numerusform>
            </translation>
        </message>
        <message>
            <source>ends today</source>
            <translation>scade oggi</translation>
        </message>
        <message numerus="yes">
            <source>for %n client(s):</source>
            <translation>
                <numerusform>per %n cliente:</numerusform>
                <numerusform>per %n clienti:</numerusform>
            </translation>
        </message>
        <message>
            <source>for every client</source>
            <translation>per tutti i clienti</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>tra %n giorno</numerusform>
                <numerusform>tra %n giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku} {name} at {price}</source>
            <translation>{sku} {name} a {price}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e %n altro</numerusform>
                <numerusform>… e altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A new laptop (everything)</source>
            <translation>Un nuovo portatile (tutto)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Esporta su file</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Per:</translation>
        </message>
        <message>
            <source>Say where the file goes.</source>
            <translation>Indichi dove salvare il file.</translation>
        </message>
        <message>
            <source>The file holds what that laptop has not received yet. Carry it on a USB stick or send it by e-mail; the colleague imports it with the same passphrase.</source>
            <translation>Il file contiene ciò che quel portatile non ha ancora ricevuto. Lo porti su una chiavetta USB o lo invii per e-mail; il collega lo importa con la stessa passphrase.</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync)</source>
            <translation>File di sincronizzazione kamdesk (*.kamsync)</translation>
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
            <translation>Rimuova i caratteri di controllo (%1): non possono essere salvati.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Digiti un numero intero.</translation>
        </message>
        <message>
            <source>Type an amount such as 125000 or %1.</source>
            <translation>Digiti un importo come 125000 o %1.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non impostato</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>&lt;h3&gt;Welcome to kamdesk&lt;/h3&gt;&lt;p&gt;This database is new. Begin with your own company: its name, address, tax numbers and bank details print on every proposal and contract, and its currency is the one your figures are shown in. Then import your price list, and add your key clients.&lt;/p&gt;&lt;p&gt;Or look around the demo first: forty clients with two years of orders, meetings and payments, in a window of its own. Nothing of it comes into this database.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Benvenuto in kamdesk&lt;/h3&gt;&lt;p&gt;Questo database è nuovo. Inizia dalla tua azienda: ragione sociale, indirizzo, partite IVA e coordinate bancarie vanno su ogni offerta e contratto, e la sua valuta è quella in cui vedi i tuoi numeri. Poi importa il listino prezzi e aggiungi i clienti chiave.&lt;/p&gt;&lt;p&gt;Oppure guarda prima la demo: quaranta clienti con due anni di ordini, riunioni e pagamenti, in una finestra a parte. Niente passa in questo database.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Explore the demo</source>
            <translation>Esplora la demo</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Non ora</translation>
        </message>
        <message>
            <source>Set up my company…</source>
            <translation>Configura la mia azienda…</translation>
        </message>
        <message>
            <source>Start it from a terminal with: kamdesk --demo</source>
            <translation>Avviala da un terminale con: kamdesk --demo</translation>
        </message>
        <message>
            <source>The demo did not start</source>
            <translation>La demo non si è avviata</translation>
        </message>
        <message>
            <source>Welcome to kamdesk</source>
            <translation>Benvenuto in kamdesk</translation>
        </message>
        <message>
            <source>Your company is set up. Import your price list now (CSV or Excel, with a column for each of your price columns)?</source>
            <translation>L'azienda è configurata. Importare ora il listino prezzi (CSV o Excel, con una colonna per ogni listino)?</translation>
        </message>
        <message>
            <source>Your price list</source>
            <translation>Il tuo listino</translation>
        </message>
    </context>
    <context>
        <name>FulfilmentDialogs</name>
        <message numerus="yes">
            <source>%n line(s) not fully shipped: {lines}.</source>
            <translation>
                <numerusform>%n riga non spedita interamente: {lines}.</numerusform>
                <numerusform>%n righe non spedite interamente: {lines}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {value}</source>
            <translation>
                <numerusform>%n riga, {value}</numerusform>
                <numerusform>%n righe, {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>A note for the whole return (optional)</source>
            <translation>Una nota per l'intero reso (facoltativa)</translation>
        </message>
        <message>
            <source>Back now</source>
            <translation>Rientro ora</translation>
        </message>
        <message>
            <source>Can return</source>
            <translation>Restituibile</translation>
        </message>
        <message>
            <source>Close the order without the {quantities} still to ship? They will not be shipped or invoiced on this order.</source>
            <translation>Chiudere l'ordine senza le quantità {quantities} ancora da spedire? Non saranno spedite né fatturate su questo ordine.</translation>
        </message>
        <message>
            <source>Close the order?</source>
            <translation>Chiudere l'ordine?</translation>
        </message>
        <message numerus="yes">
            <source>Coming back on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Rientro su %n riga, per {value}</numerusform>
                <numerusform>Rientro su %n righe, per {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <source>Enter the quantity leaving on at least one line.</source>
            <translation>Inserisca la quantità in uscita su almeno una riga.</translation>
        </message>
        <message>
            <source>Enter the quantity that came back on at least one line.</source>
            <translation>Inserisca la quantità resa su almeno una riga.</translation>
        </message>
        <message>
            <source>Goods coming back before the invoice: they will not be invoiced.</source>
            <translation>Merce resa prima della fattura: non verrà fatturata.</translation>
        </message>
        <message>
            <source>Goods coming back from the client. Against invoice {inv} this is a credit note.</source>
            <translation>Merce resa dal cliente. A fronte della fattura {inv} si emette una nota di credito.</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Residuo</translation>
        </message>
        <message>
            <source>Line {no}: {why}</source>
            <translation>Riga {no}: {why}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordinato</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Record delivery</source>
            <translation>Registra consegna</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>Registra reso</translation>
        </message>
        <message>
            <source>Recording the delivery closes the order at what was shipped; ship the rest first if the client still gets it.</source>
            <translation>Registrare la consegna chiude l'ordine con quanto spedito; spedisca prima il resto se il cliente deve ancora riceverlo.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rifiutato</translation>
        </message>
        <message numerus="yes">
            <source>Refused on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Rifiuto su %n riga, per {value}</numerusform>
                <numerusform>Rifiuto su %n righe, per {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Spedisci</translation>
        </message>
        <message>
            <source>Ship now</source>
            <translation>Spedisci ora</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message numerus="yes">
            <source>Shipping %n line(s) worth {value}</source>
            <translation>
                <numerusform>Spedizione di %n riga per {value}</numerusform>
                <numerusform>Spedizione di %n righe per {value}</numerusform>
            </translation>
        </message>
        <message>
            <source>The client received what was shipped. Enter what it refused at delivery, with the reason; leave the rest empty.</source>
            <translation>Il cliente ha ricevuto quanto spedito. Inserisca ciò che ha rifiutato alla consegna, con il motivo; lasci vuoto il resto.</translation>
        </message>
        <message>
            <source>What leaves the warehouse now, line by line; the rest can follow later.</source>
            <translation>Ciò che esce ora dal magazzino, riga per riga; il resto può seguire più tardi.</translation>
        </message>
        <message>
            <source>line {no} ({qty})</source>
            <translation>riga {no} ({qty})</translation>
        </message>
        <message>
            <source>what happened</source>
            <translation>cosa è successo</translation>
        </message>
        <message>
            <source>{qty} on line {no}</source>
            <translation>{qty} sulla riga {no}</translation>
        </message>
        <message>
            <source>— reason —</source>
            <translation>— motivo —</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>A commercial proposal, and the contract package (supply contract, specification, invoice for payment), are made from an order, in the language the client reads.</source>
            <translation>L'offerta commerciale e il pacchetto contrattuale (contratto di fornitura, specifica, fattura per il pagamento) si preparano da un ordine, nella lingua che il cliente legge.</translation>
        </message>
        <message>
            <source>A confirmed order is changed through {revision}.</source>
            <translation>Un ordine confermato si modifica con {revision}.</translation>
        </message>
        <message>
            <source>A contract package names the contract it belongs to: later orders cite the same contract.</source>
            <translation>Il pacchetto contrattuale indica il contratto a cui appartiene: gli ordini successivi citano lo stesso contratto.</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered: keep it where your team keeps its secrets.</source>
            <translation>Una passphrase dimenticata non si può recuperare: la conservi dove il Suo team custodisce i segreti.</translation>
        </message>
        <message>
            <source>A meeting at the client's address reminds you when to leave, with the travel time counted.</source>
            <translation>Un incontro presso il cliente Le ricorda quando partire, contando il tempo di viaggio.</translation>
        </message>
        <message>
            <source>A new database offers these steps itself when it opens: {setup_company}.</source>
            <translation>Un database nuovo propone da sé questi passi all'apertura: {setup_company}.</translation>
        </message>
        <message>
            <source>A new meeting starts on the next working day, inside the working hours set in {file} › {rules}.</source>
            <translation>Un nuovo incontro cade il giorno lavorativo successivo, nell'orario di lavoro impostato in {file} › {rules}.</translation>
        </message>
        <message>
            <source>A payment settles the oldest invoices first unless you choose the invoices.</source>
            <translation>Un incasso salda prima le fatture più vecchie, a meno che Lei non scelga le fatture.</translation>
        </message>
        <message>
            <source>Add your key clients in {clients} with {new_client}.</source>
            <translation>Aggiunga i Suoi clienti chiave in {clients} con {new_client}.</translation>
        </message>
        <message>
            <source>Archived clients are hidden from the list: tick {show_archived}.</source>
            <translation>I clienti archiviati non compaiono nell'elenco: spunti {show_archived}.</translation>
        </message>
        <message>
            <source>Before the first proposal kamdesk needs to know who you are: your company's details print on every document, and the price list gives every client its prices.</source>
            <translation>Prima della prima offerta kamdesk deve sapere chi siete: i dati della Sua azienda sono stampati su ogni documento, e il listino dà a ogni cliente i suoi prezzi.</translation>
        </message>
        <message>
            <source>Begin the day in {today}. Tick a task under {tasks} when it is done; click a client's name to open the dossier.</source>
            <translation>Cominci la giornata da {today}. Spunti un'attività in {tasks} quando è fatta; un clic sul nome di un cliente apre la scheda cliente.</translation>
        </message>
        <message>
            <source>Called off? Press {cancelled} and say why: it stays in the history.</source>
            <translation>Annullato? Prema {cancelled} e dica perché: resta nella cronologia.</translation>
        </message>
        <message>
            <source>Calls and meetings that are over without an outcome wait in {today} under {outcomes}.</source>
            <translation>Telefonate e incontri passati senza esito attendono in {today}, sotto {outcomes}.</translation>
        </message>
        <message>
            <source>Choose a client: its invoices, payments and dunning steps appear below.</source>
            <translation>Scelga un cliente: sotto compaiono le sue fatture, gli incassi e le azioni di sollecito.</translation>
        </message>
        <message>
            <source>Choose the {document_language}, and check who it is addressed to, how long it is valid, and the delivery and payment terms.</source>
            <translation>Scelga la {document_language} e controlli il destinatario, la validità e le condizioni di consegna e di pagamento.</translation>
        </message>
        <message>
            <source>Choose who the file is for: a laptop you exchanged files with gets what changed since; a colleague starting out gets {new_laptop}.</source>
            <translation>Scelga per chi è il file: un portatile con cui ha già scambiato file riceve le modifiche da allora; un collega che comincia riceve {new_laptop}.</translation>
        </message>
        <message>
            <source>Choose {file} › {encryption}, type a passphrase of a few words twice and press {encrypt}. Its backups are encrypted too.</source>
            <translation>Scelga {file} › {encryption}, digiti due volte una passphrase di alcune parole e prema {encrypt}. Anche i backup sono cifrati.</translation>
        </message>
        <message>
            <source>Choose {file} › {settings} and fill in the pages {company}, {bank}, {tax} and {people}: at least the fields marked *.</source>
            <translation>Scelga {file} › {settings} e compili le pagine {company}, {bank}, {tax} e {people}: almeno i campi segnati con *.</translation>
        </message>
        <message>
            <source>Click a column heading to sort the list, for example by the share of revenue or the ABC class.</source>
            <translation>Faccia clic sull'intestazione di una colonna per ordinare l'elenco, per esempio per quota sul fatturato o classe ABC.</translation>
        </message>
        <message>
            <source>Collect receivables and follow the plan</source>
            <translation>Incassare i crediti e seguire il piano</translation>
        </message>
        <message>
            <source>Double-click a line in {history} to open that order or meeting.</source>
            <translation>Un doppio clic su una riga di {history} apre quell'ordine o incontro.</translation>
        </message>
        <message>
            <source>Double-click the client: its dossier opens.</source>
            <translation>Faccia doppio clic sul cliente: si apre la sua scheda cliente.</translation>
        </message>
        <message>
            <source>Drag a meeting to move it. The list under the week shows the chosen day with each meeting's readiness and any clash.</source>
            <translation>Trascini un incontro per spostarlo. L'elenco sotto la settimana mostra il giorno scelto, con lo stato di preparazione di ogni incontro e le sovrapposizioni.</translation>
        </message>
        <message>
            <source>Enter an order</source>
            <translation>Inserire un ordine</translation>
        </message>
        <message>
            <source>Find a client and read the dossier</source>
            <translation>Trovare un cliente e leggerne la scheda</translation>
        </message>
        <message>
            <source>Give each laptop a name in {file} › {laptop}: the history then says who sent what.</source>
            <translation>Dia un nome a ogni portatile in {file} › {laptop}: la cronologia dirà chi ha mandato cosa.</translation>
        </message>
        <message>
            <source>Go through the tabs: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} and {history}.</source>
            <translation>Scorra le schede: {profile}, {strategy}, {contacts}, {map}, {competitors}, {terms} e {history}.</translation>
        </message>
        <message>
            <source>Go to {place}</source>
            <translation>Vai a {place}</translation>
        </message>
        <message>
            <source>In {file} › {rules} set the team's credit control, the credit limit and payment days of new clients, and your working hours.</source>
            <translation>In {file} › {rules} imposti il controllo del fido del team, il fido e i giorni di pagamento dei nuovi clienti, e il Suo orario di lavoro.</translation>
        </message>
        <message>
            <source>In {orders} press {new_order}, or start the order from the dossier, and choose the client.</source>
            <translation>In {orders} prema {new_order}, oppure cominci l'ordine dalla scheda cliente, e scelga il cliente.</translation>
        </message>
        <message>
            <source>In {reports} › {plans} set each client's plan by month and follow plan against actual.</source>
            <translation>In {reports} › {plans} imposti il piano di ogni cliente per mese e segua piano e consuntivo.</translation>
        </message>
        <message>
            <source>Keep one backup away from the laptop: a lost laptop takes its folder with it.</source>
            <translation>Tenga un backup lontano dal portatile: un portatile perso si porta via anche la sua cartella.</translation>
        </message>
        <message>
            <source>Key clients do not forgive seven mistakes: being late, arguing, interrupting, knowing nothing about the client, poor preparation, bad manners, and not knowing our own company and product. The {preparation} page of a meeting guards against each of them.</source>
            <translation>I clienti chiave non perdonano sette errori: il ritardo, la discussione, l'interruzione, non sapere nulla del cliente, la preparazione scarsa, le cattive maniere e non conoscere la propria azienda e il prodotto. La pagina {preparation} di un incontro protegge da ciascuno.</translation>
        </message>
        <message>
            <source>No overdue debt is part of the job. {receivables} shows what each client owes, by age, and what was done to collect it; {reports} sets the sales plan against the actual.</source>
            <translation>Nessun credito scaduto fa parte del lavoro. {receivables} mostra quanto deve ogni cliente, per anzianità, e cosa si è fatto per incassare; {reports} mette a confronto il piano di vendita con il consuntivo.</translation>
        </message>
        <message>
            <source>On the other laptop press {import_file} and type the same passphrase.</source>
            <translation>Sull'altro portatile prema {import_file} e digiti la stessa passphrase.</translation>
        </message>
        <message>
            <source>On {details} choose the people attending, the subject, the products to talk about and the offer.</source>
            <translation>In {details} scelga i partecipanti, l'argomento, gli articoli di cui parlare e l'offerta.</translation>
        </message>
        <message>
            <source>Once the database is encrypted, {file} › {laptop} › {lock_after} locks the window after the idle minutes you choose.</source>
            <translation>Con il database cifrato, {file} › {laptop} › {lock_after} blocca la finestra dopo i minuti di inattività che Lei sceglie.</translation>
        </message>
        <message>
            <source>Open the meeting and go to {after}.</source>
            <translation>Apra l'incontro e vada a {after}.</translation>
        </message>
        <message>
            <source>Open the meeting from {schedule} or {today}, or make one with {dossier_meeting} in the dossier.</source>
            <translation>Apra l'incontro da {schedule} o da {today}, oppure ne crei uno con {dossier_meeting} nella scheda cliente.</translation>
        </message>
        <message>
            <source>Open the order; under {documents} press {proposal} or {package}.</source>
            <translation>Apra l'ordine; in {documents} scelga {proposal} o {package}.</translation>
        </message>
        <message>
            <source>Open {preparation}: the readiness out of 100 says what is still missing.</source>
            <translation>Apra {preparation}: lo stato di preparazione su 100 dice cosa manca ancora.</translation>
        </message>
        <message>
            <source>Open {products} and press {price_columns}: one price column for each discount level (for example retail, wholesale, key client).</source>
            <translation>Apra {products} e prema {price_columns}: una colonna di listino per ogni livello di sconto (per esempio dettaglio, ingrosso, cliente chiave).</translation>
        </message>
        <message>
            <source>Open {receivables}; tick {only_overdue} to see only the clients who are late.</source>
            <translation>Apra {receivables}; spunti {only_overdue} per vedere solo i clienti in ritardo.</translation>
        </message>
        <message>
            <source>Open {schedule}. The arrows, or Alt+Left and Alt+Right, go to the week before and after.</source>
            <translation>Apra {schedule}. Le frecce, o Alt+Sinistra e Alt+Destra, vanno alla settimana prima e dopo.</translation>
        </message>
        <message>
            <source>Open {sync} and press {export_file}.</source>
            <translation>Apra {sync} e prema {export_file}.</translation>
        </message>
        <message>
            <source>Plan your day and your week</source>
            <translation>Pianificare la giornata e la settimana</translation>
        </message>
        <message>
            <source>Prepare a meeting</source>
            <translation>Preparare un incontro</translation>
        </message>
        <message>
            <source>Press Ctrl+F or open {clients} and type part of a name, a code, a tax number or a city.</source>
            <translation>Prema Ctrl+F o apra {clients} e digiti parte del nome, il codice, la partita IVA o la città.</translation>
        </message>
        <message>
            <source>Press {add_step} for each agreed next step, with its due date.</source>
            <translation>Prema {add_step} per ogni prossimo passo concordato, con la sua scadenza.</translation>
        </message>
        <message>
            <source>Press {confirm} (Ctrl+Shift+C). When credit control blocks the order, the window says why; the head of department can still approve it under {confirm_anyway}.</source>
            <translation>Prema {confirm} (Ctrl+Shift+C). Se il controllo del fido blocca l'ordine, la finestra dice perché; il responsabile di reparto può comunque approvarlo in {confirm_anyway}.</translation>
        </message>
        <message>
            <source>Press {held}: the next steps appear under {tasks} in {today}.</source>
            <translation>Prema {held}: i prossimi passi compaiono in {tasks} di {today}.</translation>
        </message>
        <message>
            <source>Press {import_products} and choose your price list (Excel or CSV). Match the columns, correct the rows it lists as problems, then press {import}.</source>
            <translation>Prema {import_products} e scelga il Suo listino (Excel o CSV). Abbini le colonne, corregga le righe indicate come problemi, poi prema {import}.</translation>
        </message>
        <message>
            <source>Press {new_meeting} or {new_call}, or double-click a free time in the week.</source>
            <translation>Prema {new_meeting} o {new_call}, oppure faccia doppio clic su un orario libero della settimana.</translation>
        </message>
        <message>
            <source>Press {preview} to see the PDF: nothing is issued yet.</source>
            <translation>Prema {preview} per vedere il PDF: non viene ancora emesso nulla.</translation>
        </message>
        <message>
            <source>Press {print_brief} to take the brief on paper.</source>
            <translation>Prema {print_brief} per portare il promemoria su carta.</translation>
        </message>
        <message>
            <source>Press {print_week} for the week on one page, or {export_week} for the calendar of your phone.</source>
            <translation>Prema {print_week} per la settimana su una pagina, o {export_week} per il calendario del telefono.</translation>
        </message>
        <message>
            <source>Press {print}, {save_as} or {email}: the document gets its number and is kept in the client's history.</source>
            <translation>Prema {print}, {save_as} o {email}: il documento riceve il suo numero ed è conservato nella cronologia del cliente.</translation>
        </message>
        <message>
            <source>Press {reconciliation} for the statement of mutual settlements to sign with the client.</source>
            <translation>Prema {reconciliation} per l'estratto conto dei rapporti reciproci da firmare con il cliente.</translation>
        </message>
        <message>
            <source>Press {record_payment} for money received, or {bank_statement} to read a bank statement.</source>
            <translation>Prema {record_payment} per il denaro ricevuto, o {bank_statement} per leggere un estratto conto bancario.</translation>
        </message>
        <message>
            <source>Press {save_draft} (Ctrl+Enter) to keep the draft.</source>
            <translation>Prema {save_draft} (Ctrl+Invio) per tenere la bozza.</translation>
        </message>
        <message>
            <source>Print a proposal or a contract package</source>
            <translation>Stampare un'offerta o un pacchetto contrattuale</translation>
        </message>
        <message>
            <source>Protect the laptop and its data</source>
            <translation>Proteggere il portatile e i dati</translation>
        </message>
        <message>
            <source>Read how to address each person and in which language, and the client's figures: revenue, plan, what it owes.</source>
            <translation>Legga come rivolgersi a ogni persona e in quale lingua, e i numeri del cliente: fatturato, piano, quanto deve.</translation>
        </message>
        <message>
            <source>Record a meeting's outcome</source>
            <translation>Registrare l'esito di un incontro</translation>
        </message>
        <message>
            <source>Record each reminder, call or letter about a debt with {dunning}.</source>
            <translation>Registri ogni sollecito, telefonata o lettera per un debito con {dunning}.</translation>
        </message>
        <message>
            <source>Set up your company and the price list</source>
            <translation>Configurare l'azienda e il listino</translation>
        </message>
        <message>
            <source>Share data with another laptop</source>
            <translation>Condividere i dati con un altro portatile</translation>
        </message>
        <message>
            <source>Start the next step from the dossier: {dossier_order} or {dossier_meeting}.</source>
            <translation>Cominci il passo successivo dalla scheda cliente: {dossier_order} o {dossier_meeting}.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Passi</translation>
        </message>
        <message>
            <source>Take a key client's order yourself, by volume and by assortment. When the order is confirmed, credit control checks the client's limit and overdue invoices.</source>
            <translation>Prenda Lei l'ordine di un cliente chiave, per volume e per assortimento. Quando l'ordine è confermato, il controllo del fido verifica il fido del cliente e le fatture scadute.</translation>
        </message>
        <message>
            <source>The bar at the top says how complete the dossier is and what is missing: fill it in before you meet the client.</source>
            <translation>La barra in alto dice quanto è completa la scheda cliente e cosa manca: la completi prima di incontrare il cliente.</translation>
        </message>
        <message>
            <source>The dossier holds everything you know about a client: the profile and strategy, the people and how they relate, competitors, terms and prices, and the whole history of meetings, orders and payments.</source>
            <translation>La scheda cliente contiene tutto ciò che sa di un cliente: profilo e strategia, le persone e i loro rapporti, i concorrenti, condizioni e prezzi, e tutta la cronologia di incontri, ordini e incassi.</translation>
        </message>
        <message>
            <source>The laptop carries the team's clients, prices and debts to every client's site. Encrypt the database, keep backups, and let the window lock when you step away.</source>
            <translation>Il portatile porta presso ogni cliente i clienti, i prezzi e i crediti del team. Cifri il database, tenga dei backup e lasci che la finestra si blocchi quando si allontana.</translation>
        </message>
        <message>
            <source>The list beside the lines suggests what the client bought before and what others in its segment buy: double-click to add.</source>
            <translation>L'elenco accanto alle righe suggerisce cosa il cliente ha comprato prima e cosa comprano gli altri del suo segmento: doppio clic per aggiungere.</translation>
        </message>
        <message>
            <source>The readiness changes as you type and tick; a tick cannot stand in for what has to be filled in.</source>
            <translation>Lo stato di preparazione cambia mentre scrive e spunta; una spunta non sostituisce ciò che va compilato.</translation>
        </message>
        <message>
            <source>The team's rules travel with the data to every laptop; the language and the look are this laptop's own ({file} › {laptop}).</source>
            <translation>Le regole del team viaggiano con i dati su ogni portatile; la lingua e l'aspetto sono propri di questo portatile ({file} › {laptop}).</translation>
        </message>
        <message>
            <source>Tick {keyring} so that kamdesk does not ask for the passphrase at every start.</source>
            <translation>Spunti {keyring} perché kamdesk non chieda la passphrase a ogni avvio.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Suggerimenti</translation>
        </message>
        <message>
            <source>Type an SKU or part of a product's name, then Enter; then the quantity. The client's price column, special prices and promotions apply by themselves.</source>
            <translation>Digiti un codice o parte della descrizione dell'articolo, poi Invio; poi la quantità. La colonna di listino del cliente, i prezzi speciali e le promozioni si applicano da sé.</translation>
        </message>
        <message>
            <source>Type the team's passphrase twice, choose where the file goes, and hand it over on a USB stick or by e-mail.</source>
            <translation>Digiti due volte la passphrase del team, scelga dove va il file e lo consegni su una chiavetta USB o per e-mail.</translation>
        </message>
        <message>
            <source>Under {objections} prepare a calm answer to each thing the client holds against us: do not argue.</source>
            <translation>In {objections} prepari una risposta calma a ogni cosa che il cliente ci rimprovera: non discuta.</translation>
        </message>
        <message>
            <source>Under {outcome} write the decisions, what the client said and the mood in the room.</source>
            <translation>In {outcome} scriva le decisioni, cosa ha detto il cliente e il clima dell'incontro.</translation>
        </message>
        <message>
            <source>When both laptops changed the same thing, {conflicts} shows both values: choose the one to keep.</source>
            <translation>Se entrambi i portatili hanno cambiato la stessa cosa, {conflicts} mostra i due valori: scelga quello da tenere.</translation>
        </message>
        <message>
            <source>When the goods leave press {ship}, when the client has them {delivered}, then {invoice}. An issued invoice cannot be taken back.</source>
            <translation>Quando la merce parte prema {ship}, quando il cliente l'ha ricevuta {delivered}, poi {invoice}. Una fattura emessa non si può ritirare.</translation>
        </message>
        <message>
            <source>Write down what came of a meeting or call while you remember it: the outcome goes into the client's history, and each agreed step becomes your task.</source>
            <translation>Annoti l'esito di un incontro o di una telefonata finché lo ricorda: l'esito entra nella cronologia del cliente, e ogni passo concordato diventa una Sua attività.</translation>
        </message>
        <message>
            <source>Write the {listening}: the questions to ask, in order. Ask, then listen; do not interrupt.</source>
            <translation>Scriva il {listening}: le domande da porre, in ordine. Chieda, poi ascolti; non interrompa.</translation>
        </message>
        <message>
            <source>Write what the client answered to each question you had planned.</source>
            <translation>Scriva cosa ha risposto il cliente a ogni domanda che aveva previsto.</translation>
        </message>
        <message>
            <source>Your company's details, bank and logo come from {file} › {settings}; the client's from the dossier.</source>
            <translation>I dati, la banca e il logo della Sua azienda vengono da {file} › {settings}; quelli del cliente dalla scheda cliente.</translation>
        </message>
        <message>
            <source>kamdesk works without a network. The team's laptops share their data through encrypted files: export one for a colleague, import the ones you receive.</source>
            <translation>kamdesk funziona senza rete. I portatili del team condividono i dati con file cifrati: ne esporti uno per un collega, importi quelli che riceve.</translation>
        </message>
        <message>
            <source>{duplicate} makes the same meeting a week later, with the same people and plan.</source>
            <translation>{duplicate} crea lo stesso incontro una settimana dopo, con le stesse persone e lo stesso piano.</translation>
        </message>
        <message>
            <source>{file} › {backups} lists the backups kamdesk made before each upgrade and import; {back_up_now} makes one, for example on a USB stick, and {restore} puts one back.</source>
            <translation>{file} › {backups} elenca i backup che kamdesk ha fatto prima di ogni aggiornamento e importazione; {back_up_now} ne fa uno, per esempio su una chiavetta USB, e {restore} ne rimette uno.</translation>
        </message>
        <message>
            <source>{reports} › {key_clients} shows the shares of revenue, the ABC classes and how much the business depends on one client.</source>
            <translation>{reports} › {key_clients} mostra le quote sul fatturato, le classi ABC e quanto l'azienda dipende da un solo cliente.</translation>
        </message>
        <message>
            <source>{today} is your day on one page: meetings and calls, tasks due, birthdays, promotions ending and overdue invoices. {schedule} is your week of visits and calls.</source>
            <translation>{today} è la Sua giornata su una pagina: incontri e telefonate, attività in scadenza, compleanni, promozioni in chiusura e fatture scadute. {schedule} è la Sua settimana di visite e telefonate.</translation>
        </message>
    </context>
    <context>
        <name>GuideAction</name>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guida</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>No page has these words.</source>
            <translation>Nessuna pagina contiene queste parole.</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Cerca nella guida</translation>
        </message>
        <message>
            <source>kamdesk guide</source>
            <translation>Guida di kamdesk</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over</source>
            <translation>Passa</translation>
        </message>
        <message>
            <source>Hand over the client</source>
            <translation>Passaggio di consegne del cliente</translation>
        </message>
        <message>
            <source>Hand over to:</source>
            <translation>Passa a:</translation>
        </message>
        <message>
            <source>Hand {client} over to another key account manager. The lead KAM they replace keeps the client until their next sync with the team server, which sends their last changes first.</source>
            <translation>Passi {client} a un altro key account manager. Il KAM principale sostituito mantiene il cliente fino alla sua prossima sincronizzazione con il server del team, che invia prima le sue ultime modifiche.</translation>
        </message>
        <message>
            <source>KAMs now:</source>
            <translation>KAM attuali:</translation>
        </message>
        <message>
            <source>On the team server a handover is the manager's to make: one made here by a KAM is refused at their next sync.</source>
            <translation>Con il server del team il passaggio di consegne spetta al responsabile: se lo fa qui un KAM, viene rifiutato alla sua prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>The client has the most KAMs it may have.</source>
            <translation>Il cliente ha già il numero massimo di KAM.</translation>
        </message>
        <message>
            <source>as a co-KAM beside the others: nobody leaves</source>
            <translation>come co-KAM accanto agli altri: nessuno lascia il cliente</translation>
        </message>
        <message>
            <source>as the lead KAM</source>
            <translation>come KAM principale</translation>
        </message>
        <message>
            <source>as the lead KAM: {kam} leaves</source>
            <translation>come KAM principale: {kam} lascia il cliente</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>{kam} (lead)</source>
            <translation>{kam} (principale)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n voce</numerusform>
                <numerusform>%n voci</numerusform>
            </translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Telefonate</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Reclami</translation>
        </message>
        <message>
            <source>Contract {number}</source>
            <translation>Contratto {number}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tutto</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Fattura {number}</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Fatture</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Ordine {number}</translation>
        </message>
        <message>
            <source>Order {number} cancelled</source>
            <translation>Ordine {number} annullato</translation>
        </message>
        <message>
            <source>Order {number} changed</source>
            <translation>Ordine {number} modificato</translation>
        </message>
        <message>
            <source>Order {number} confirmed</source>
            <translation>Ordine {number} confermato</translation>
        </message>
        <message>
            <source>Order {number} confirmed past the credit block</source>
            <translation>Ordine {number} confermato oltre il blocco fido</translation>
        </message>
        <message>
            <source>Order {number} delivered</source>
            <translation>Ordine {number} consegnato</translation>
        </message>
        <message>
            <source>Order {number} invoiced</source>
            <translation>Ordine {number} fatturato</translation>
        </message>
        <message>
            <source>Order {number} revised</source>
            <translation>Ordine {number} revisionato</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Ordine {number} spedito</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Ordini</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Incasso</translation>
        </message>
        <message>
            <source>Payment {number}</source>
            <translation>Incasso {number}</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Incassi</translation>
        </message>
        <message>
            <source>Proposal {number}</source>
            <translation>Preventivo {number}</translation>
        </message>
        <message>
            <source>Proposals and contracts</source>
            <translation>Offerte e contratti</translation>
        </message>
        <message>
            <source>Refused at delivery, order {number}</source>
            <translation>Rifiutato alla consegna, ordine {number}</translation>
        </message>
        <message>
            <source>Return {number}</source>
            <translation>Reso {number}</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Resi e rifiuti</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <source>before invoice</source>
            <translation>prima della fattura</translation>
        </message>
        <message>
            <source>call</source>
            <translation>telefonata</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annullato</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>reclamo</translation>
        </message>
        <message>
            <source>credit note</source>
            <translation>nota di credito</translation>
        </message>
        <message>
            <source>document</source>
            <translation>documento</translation>
        </message>
        <message>
            <source>done</source>
            <translation>svolto</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>scadenza {day}</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>fattura</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>emesso</translation>
        </message>
        <message>
            <source>line {no}: {quantity} ({why})</source>
            <translation>riga {no}: {quantity} ({why})</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>incontro</translation>
        </message>
        <message>
            <source>open</source>
            <translation>aperto</translation>
        </message>
        <message>
            <source>order</source>
            <translation>ordine</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>incasso</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>pianificato</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>risolto</translation>
        </message>
        <message>
            <source>return</source>
            <translation>reso</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>sostituito</translation>
        </message>
        <message>
            <source>task</source>
            <translation>attività</translation>
        </message>
        <message>
            <source>valid until {day}</source>
            <translation>valido fino al {day}</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>That is not the passphrase.</source>
            <translation>Questa non è la passphrase.</translation>
        </message>
        <message>
            <source>Unlock first: a window may hold unsaved changes.</source>
            <translation>Sblocchi prima: una finestra potrebbe contenere modifiche non salvate.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>* required. An empty price cell means the price column's percentage applies (and clears an explicit price the product had).</source>
            <translation>* obbligatorio. Una cella prezzo vuota significa che si applica la percentuale della colonna di listino (e cancella un prezzo esplicito che l'articolo aveva).</translation>
        </message>
        <message>
            <source>A price column to load a file's column into</source>
            <translation>Una colonna di listino in cui caricare una colonna del file</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Prezzo base</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Verifica di nuovo</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file</source>
            <translation>Scelga un file .csv o .xlsx</translation>
        </message>
        <message>
            <source>Choose a file to see what would be imported.</source>
            <translation>Scelga un file per vedere cosa verrebbe importato.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Scegli file…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Scelga il file da importare</translation>
        </message>
        <message>
            <source>Choose the missing columns on the left, or correct the headings.</source>
            <translation>Scelga le colonne mancanti a sinistra o corregga le intestazioni.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Cartella di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the price list</source>
            <translation>Esporta il listino</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Importa articoli</translation>
        </message>
        <message>
            <source>Imported: %1 created, %2 updated, %3 explicit prices set, %4 cleared.</source>
            <translation>Importati: %1 creati, %2 aggiornati, %3 prezzi espliciti impostati, %4 cancellati.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation>
                <numerusform>Importazione di %n riga…</numerusform>
                <numerusform>Importazione di %n righe…</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Name of the price column (e.g. Wholesale):</source>
            <translation>Nome della colonna di listino (ad es. Ingrosso):</translation>
        </message>
        <message>
            <source>New price column</source>
            <translation>Nuova colonna di listino</translation>
        </message>
        <message>
            <source>New price column…</source>
            <translation>Nuova colonna di listino…</translation>
        </message>
        <message>
            <source>Not UTF-8: read as %1.</source>
            <translation>Non UTF-8: letto con la codifica %1.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Non importati: %1</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>Da questo file non si può importare nulla.</translation>
        </message>
        <message>
            <source>Nothing to import: the catalogue already matches.</source>
            <translation>Niente da importare: il catalogo è già allineato.</translation>
        </message>
        <message>
            <source>Nothing will be imported until the problems below are corrected.</source>
            <translation>Non verrà importato nulla finché i problemi sotto non saranno corretti.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>Price list</source>
            <translation>Listino</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>Prezzo: %1</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemi</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>Problemi (%1)</translation>
        </message>
        <message>
            <source>Problems: none</source>
            <translation>Problemi: nessuno</translation>
        </message>
        <message>
            <source>Read the file again after correcting it in the spreadsheet</source>
            <translation>Rileggi il file dopo averlo corretto nel foglio di calcolo</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>Rows in the file: %1.</source>
            <translation>Righe nel file: %1.</translation>
        </message>
        <message>
            <source>Rows in the file: %1; the first %2 are shown.</source>
            <translation>Righe nel file: %1; sono mostrate le prime %2.</translation>
        </message>
        <message>
            <source>Rows to correct: %1. Correct them in the spreadsheet, save it and press Check again.</source>
            <translation>Righe da correggere: %1. Le corregga nel foglio di calcolo, lo salvi e prema Verifica di nuovo.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Fogli di calcolo (*.xlsx *.csv);;Cartella di lavoro Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>That price column no longer exists.</source>
            <translation>Quella colonna di listino non esiste più.</translation>
        </message>
        <message>
            <source>The file is correct: %1. Press Import to save.</source>
            <translation>Il file è corretto: %1. Prema Importa per salvare.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <source>VAT rate, %</source>
            <translation>Aliquota IVA, %</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e %n altra</numerusform>
                <numerusform>e altre %n</numerusform>
            </translation>
        </message>
        <message>
            <source>header</source>
            <translation>intestazione</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n change(s) could not be sent: they are your manager's to apply (a client no longer yours, or the catalogue, prices or people).</source>
            <translation>
                <numerusform>Non è stato possibile inviare %n modifica: applicarla spetta al Suo responsabile (un cliente non più Suo, oppure catalogo, prezzi o personale).</numerusform>
                <numerusform>Non è stato possibile inviare %n modifiche: applicarle spetta al Suo responsabile (un cliente non più Suo, oppure catalogo, prezzi o personale).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent to the server.</source>
            <translation>
                <numerusform>%n modifica inviata al server.</numerusform>
                <numerusform>%n modifiche inviate al server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: see Conflicts to resolve.</source>
            <translation>
                <numerusform>%n conflitto da risolvere: veda Conflitti da risolvere.</numerusform>
                <numerusform>%n conflitti da risolvere: veda Conflitti da risolvere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added here: {kinds}.</source>
            <translation>Aggiunti su questo portatile: {kinds}.</translation>
        </message>
        <message>
            <source>Added: {kinds}.</source>
            <translation>Aggiunti: {kinds}.</translation>
        </message>
        <message>
            <source>Changed here: {kinds}.</source>
            <translation>Modificati su questo portatile: {kinds}.</translation>
        </message>
        <message>
            <source>Changed: {kinds}.</source>
            <translation>Modificati: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted here: {kinds}.</source>
            <translation>Eliminati su questo portatile: {kinds}.</translation>
        </message>
        <message>
            <source>Deleted: {kinds}.</source>
            <translation>Eliminati: {kinds}.</translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>Niente di nuovo dal team.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already had all the file holds.</source>
            <translation>Niente di nuovo: questo portatile aveva già tutto ciò che il file contiene.</translation>
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
            <translation>A: i clienti più grandi per fatturato; C: i più piccoli</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Cumulata</translation>
        </message>
        <message>
            <source>Estimated spend of the client minus what it buys from us</source>
            <translation>Spesa stimata del cliente meno ciò che acquista da noi</translation>
        </message>
        <message>
            <source>Key client</source>
            <translation>Cliente chiave</translation>
        </message>
        <message>
            <source>Key reasons</source>
            <translation>Motivi chiave</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potenziale</translation>
        </message>
        <message>
            <source>Rank by revenue</source>
            <translation>Posizione per fatturato</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Fatturato, {currency}</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>The client's share of all revenue</source>
            <translation>Quota del cliente sul fatturato totale</translation>
        </message>
        <message>
            <source>The share of this client and all above it together</source>
            <translation>Quota di questo cliente insieme a tutti quelli sopra</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>critico</translation>
        </message>
        <message>
            <source>innovator</source>
            <translation>innovatore</translation>
        </message>
        <message>
            <source>key</source>
            <translation>chiave</translation>
        </message>
        <message>
            <source>mono-client</source>
            <translation>monocliente</translation>
        </message>
        <message>
            <source>more competent</source>
            <translation>più competente</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partner</translation>
        </message>
        <message>
            <source>potential</source>
            <translation>potenziale</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referenza</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>fatturato</translation>
        </message>
    </context>
    <context>
        <name>LaptopDialog</name>
        <message numerus="yes">
            <source>%n idle minute(s)</source>
            <translation>
                <numerusform>%n minuto di inattività</numerusform>
                <numerusform>%n minuti di inattività</numerusform>
            </translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aspetto</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Come il sistema</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Scuro</translation>
        </message>
        <message>
            <source>For an encrypted database: the window hides its data until the passphrase is given again.</source>
            <translation>Per un database cifrato: la finestra nasconde i dati finché non viene reinserita la passphrase.</translation>
        </message>
        <message>
            <source>How the team's sync files name this laptop, and the series of the numbers it gives orders, invoices, returns and documents, so that two laptops never give the same number. Numbers already given keep theirs.</source>
            <translation>Come i file di sincronizzazione del team chiamano questo portatile e la serie dei numeri che assegna a ordini, fatture, resi e documenti, in modo che due portatili non assegnino mai lo stesso numero. I numeri già assegnati restano invariati.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Chiaro</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Blocca dopo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>New orders are numbered like {number}</source>
            <translation>I nuovi ordini sono numerati come {number}</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Serie di numerazione</translation>
        </message>
        <message>
            <source>The interface shows the new language the next time kamdesk starts.</source>
            <translation>L'interfaccia mostrerà la nuova lingua al prossimo avvio di kamdesk.</translation>
        </message>
        <message>
            <source>The manager's laptop, say: its price list, promotions, team rules and company profile win when another laptop changed them at the same time.</source>
            <translation>Ad esempio il portatile del responsabile: il suo listino, le promozioni, le regole del team e il profilo aziendale prevalgono quando un altro portatile li ha modificati nello stesso momento.</translation>
        </message>
        <message>
            <source>This database has no laptop identity yet: open it in kamdesk.</source>
            <translation>Questo database non ha ancora un'identità di portatile: lo apra in kamdesk.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Questo portatile</translation>
        </message>
        <message>
            <source>This laptop is the team's hub</source>
            <translation>Questo portatile è l'hub del team</translation>
        </message>
        <message>
            <source>e.g. Anna's laptop</source>
            <translation>ad es. Portatile di Anna</translation>
        </message>
        <message>
            <source>kamdesk shows the new appearance the next time it starts.</source>
            <translation>kamdesk mostrerà il nuovo aspetto al prossimo avvio.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
    </context>
    <context>
        <name>LeaveNotice</name>
        <message>
            <source>Dismiss</source>
            <translation>Ignora</translation>
        </message>
        <message>
            <source>Open meeting</source>
            <translation>Apri incontro</translation>
        </message>
    </context>
    <context>
        <name>LeaveReminder</name>
        <message numerus="yes">
            <source>(travel %n min)</source>
            <translation>
                <numerusform>(viaggio %n min)</numerusform>
                <numerusform>(viaggio %n min)</numerusform>
            </translation>
        </message>
        <message>
            <source>Call at {time} — {subject}</source>
            <translation>Telefonata alle {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Call in %n min</source>
            <translation>
                <numerusform>Telefonata tra %n min</numerusform>
                <numerusform>Telefonata tra %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Call {client} at {time} — {subject}</source>
            <translation>Chiami {client} alle {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting at {time} — {subject}</source>
            <translation>Si colleghi all'incontro delle {time} — {subject}</translation>
        </message>
        <message>
            <source>Join the meeting with {client} at {time} — {subject}</source>
            <translation>Si colleghi all'incontro con {client} alle {time} — {subject}</translation>
        </message>
        <message>
            <source>Leave now for {client} — {subject} at {time}</source>
            <translation>Parta ora per {client} — {subject} alle {time}</translation>
        </message>
        <message>
            <source>Leave now — {subject} at {time}</source>
            <translation>Parta ora — {subject} alle {time}</translation>
        </message>
        <message>
            <source>Meeting at {time} — {subject}</source>
            <translation>Incontro alle {time} — {subject}</translation>
        </message>
        <message numerus="yes">
            <source>Meeting in %n min</source>
            <translation>
                <numerusform>Incontro tra %n min</numerusform>
                <numerusform>Incontro tra %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting with {client} at {time} — {subject}</source>
            <translation>Incontro con {client} alle {time} — {subject}</translation>
        </message>
        <message>
            <source>Time to leave</source>
            <translation>È ora di partire</translation>
        </message>
        <message numerus="yes">
            <source>Video meeting in %n min</source>
            <translation>
                <numerusform>Videoconferenza tra %n min</numerusform>
                <numerusform>Videoconferenza tra %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>kamdesk needs you: unlock it to see a reminder.</source>
            <translation>kamdesk ha bisogno di Lei: lo sblocchi per vedere un promemoria.</translation>
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
        <message>
            <source>Allocations of the payment selected</source>
            <translation>Abbinamenti dell'incasso selezionato</translation>
        </message>
        <message>
            <source>Balance {balance} · open on invoices {open} · overdue {overdue} · credit {credit}</source>
            <translation>Saldo {balance} · aperto su fatture {open} · scaduto {overdue} · credito {credit}</translation>
        </message>
        <message>
            <source>Choose a client above to see its invoices, payments and dunning steps.</source>
            <translation>Scelga un cliente sopra per vederne fatture, incassi e solleciti.</translation>
        </message>
        <message numerus="yes">
            <source>Dunning (%n)</source>
            <translation>
                <numerusform>Solleciti (%n)</numerusform>
                <numerusform>Solleciti (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invoices (%n)</source>
            <translation>
                <numerusform>Fatture (%n)</numerusform>
                <numerusform>Fatture (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No dunning steps: “Dunning step…” records a reminder, a call or a block.</source>
            <translation>Nessun sollecito: “Sollecito…” registra un sollecito scritto, una telefonata o un blocco forniture.</translation>
        </message>
        <message>
            <source>No invoices for this client yet.</source>
            <translation>Ancora nessuna fattura per questo cliente.</translation>
        </message>
        <message>
            <source>No payments from this client yet: “Record payment…” enters one by hand, “Import bank statement…” reads them from the bank.</source>
            <translation>Ancora nessun incasso da questo cliente: “Registra incasso…” ne inserisce uno a mano, “Importa estratto conto bancario…” li legge dalla banca.</translation>
        </message>
        <message numerus="yes">
            <source>Payments (%n)</source>
            <translation>
                <numerusform>Incassi (%n)</numerusform>
                <numerusform>Incassi (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListSection</name>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>kamdesk is locked</source>
            <translation>kamdesk è bloccato</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>It was left alone for a while. Enter the database's passphrase to go on.</source>
            <translation>È rimasto inattivo per un po'. Inserisca la passphrase del database per continuare.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Sblocca</translation>
        </message>
        <message>
            <source>kamdesk is locked</source>
            <translation>kamdesk è bloccato</translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Interruzione…</translation>
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
            <translation>% dello spedito</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventi</translation>
        </message>
        <message>
            <source>Lines refused at delivery and lines returned</source>
            <translation>Righe rifiutate alla consegna e righe rese</translation>
        </message>
        <message>
            <source>Lost value as a share of everything shipped in the period</source>
            <translation>Valore perso come quota di tutto lo spedito nel periodo</translation>
        </message>
        <message>
            <source>Lost value as a share of what was shipped to it in the period</source>
            <translation>Valore perso come quota di quanto gli è stato spedito nel periodo</translation>
        </message>
        <message>
            <source>Lost, net</source>
            <translation>Perso, netto</translation>
        </message>
        <message>
            <source>Net value shipped on orders delivered in the period</source>
            <translation>Imponibile spedito sugli ordini consegnati nel periodo</translation>
        </message>
        <message>
            <source>Nothing was shipped to it in the period</source>
            <translation>Nel periodo non gli è stato spedito nulla</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Refused, net</source>
            <translation>Rifiutato, netto</translation>
        </message>
        <message>
            <source>Returned, net</source>
            <translation>Reso, netto</translation>
        </message>
        <message>
            <source>Shipped, net</source>
            <translation>Spedito, netto</translation>
        </message>
        <message>
            <source>Shipped, net {currency}</source>
            <translation>Spedito, netto {currency}</translation>
        </message>
    </context>
    <context>
        <name>LossesReport</name>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln evento</numerusform>
                <numerusform>%Ln eventi</numerusform>
            </translation>
        </message>
        <message>
            <source>(&lt;b&gt;{share}&lt;/b&gt; of shipped)</source>
            <translation>(&lt;b&gt;{share}&lt;/b&gt; dello spedito)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Returns and refusals&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Resi e rifiuti&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each delivery's and return's date.</source>
            <translation>Importi in {currency} al cambio della data di ciascuna consegna e di ciascun reso.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Raggruppa per</translation>
        </message>
        <message>
            <source>Nothing shipped, refused or returned from {start} to {end}.</source>
            <translation>Nulla spedito, rifiutato o reso dal {start} al {end}.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT)</source>
            <translation>Spedito &lt;b&gt;{amount}&lt;/b&gt; (IVA esclusa)</translation>
        </message>
        <message>
            <source>Shipped &lt;b&gt;{amount}&lt;/b&gt; (net of VAT) from {start} to {end}: nothing refused or returned.</source>
            <translation>Spedito &lt;b&gt;{amount}&lt;/b&gt; (IVA esclusa) dal {start} al {end}: nulla rifiutato o reso.</translation>
        </message>
        <message>
            <source>What the clients refused at delivery and sent back, against what was shipped</source>
            <translation>Ciò che i clienti hanno rifiutato alla consegna e reso, rispetto a quanto spedito</translation>
        </message>
        <message>
            <source>lost &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>perso &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>refused &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>rifiutato &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>returned &lt;b&gt;{amount}&lt;/b&gt;</source>
            <translation>reso &lt;b&gt;{amount}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflitto da risolvere</numerusform>
                <numerusform>%n conflitti da risolvere</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;About kamdesk</source>
            <translation>&amp;Informazioni su kamdesk</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backup…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Cifratura…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Trova cliente</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Impostazioni…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>E&amp;xchange rates…</source>
            <translation>Cambi &amp;valuta…</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Ordini</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>Receivables</source>
            <translation>Crediti</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Sales &amp;rules…</source>
            <translation>&amp;Regole di vendita…</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizzazione</translation>
        </message>
        <message>
            <source>This &amp;laptop…</source>
            <translation>Questo &amp;portatile…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
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
            <translation>Una copia, una settimana dopo: verifichi giorno e ora, poi salvi.</translation>
        </message>
        <message>
            <source>Brief {name}.pdf</source>
            <translation>Promemoria {name}.pdf</translation>
        </message>
        <message>
            <source>Brief: {name}</source>
            <translation>Promemoria: {name}</translation>
        </message>
        <message>
            <source>Calendar file saved: {path}</source>
            <translation>File di calendario salvato: {path}</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>File di calendario (*.ics)</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Scelga prima il cliente.</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>Impossibile scrivere {path}: {why}</translation>
        </message>
        <message>
            <source>Delete a repeating meeting</source>
            <translation>Elimina un incontro ricorrente</translation>
        </message>
        <message>
            <source>Delete call</source>
            <translation>Elimina telefonata</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Elimina incontro</translation>
        </message>
        <message>
            <source>Delete objection</source>
            <translation>Elimina obiezione</translation>
        </message>
        <message>
            <source>Delete the call “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>Eliminare la telefonata “{subject}” del {day}, con il piano, le domande e le note?</translation>
        </message>
        <message>
            <source>Delete the meeting “{subject}” on {day}, with its plan, questions and notes?</source>
            <translation>Eliminare l'incontro “{subject}” del {day}, con il piano, le domande e le note?</translation>
        </message>
        <message>
            <source>Delete the objection “{text}”? If the client no longer holds it, mark it Settled instead: it stays in the client's history.</source>
            <translation>Eliminare l'obiezione “{text}”? Se il cliente non la sostiene più, la segni invece come Superata: resta nella cronologia del cliente.</translation>
        </message>
        <message>
            <source>Export .ics</source>
            <translation>Esporta .ics</translation>
        </message>
        <message>
            <source>Print brief</source>
            <translation>Stampa promemoria</translation>
        </message>
        <message>
            <source>Save the calendar file as</source>
            <translation>Salva il file di calendario come</translation>
        </message>
        <message>
            <source>Save the draft order: it becomes this meeting's offer.</source>
            <translation>Salvi l'ordine in bozza: diventa l'offerta di questo incontro.</translation>
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation>Quel contatto non esiste più.</translation>
        </message>
        <message>
            <source>The brief is in the preview: print or save it from there.</source>
            <translation>Il promemoria è nell'anteprima: lo stampi o lo salvi da lì.</translation>
        </message>
        <message numerus="yes">
            <source>The draft order starts with the %n product(s) on the agenda: set the quantities and save it; it becomes this meeting's offer.</source>
            <translation>
                <numerusform>L'ordine in bozza parte con l'articolo all'ordine del giorno: imposti la quantità e lo salvi; diventa l'offerta di questo incontro.</numerusform>
                <numerusform>L'ordine in bozza parte con i %n articoli all'ordine del giorno: imposti le quantità e lo salvi; diventa l'offerta di questo incontro.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new draft order is chosen as the offer: save to keep it.</source>
            <translation>Il nuovo ordine in bozza è scelto come offerta: salvi per mantenerlo.</translation>
        </message>
        <message>
            <source>This and the following</source>
            <translation>Questo e i successivi</translation>
        </message>
        <message>
            <source>This meeting repeats. Delete only this one, or this and the following?</source>
            <translation>Questo incontro si ripete. Eliminare solo questo, o questo e i successivi?</translation>
        </message>
        <message>
            <source>This one</source>
            <translation>Solo questo</translation>
        </message>
    </context>
    <context>
        <name>MeetingRow</name>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n min di viaggio</numerusform>
                <numerusform>%n min di viaggio</numerusform>
            </translation>
        </message>
        <message>
            <source>(no client)</source>
            <translation>(nessun cliente)</translation>
        </message>
        <message>
            <source>CALL AT {time}</source>
            <translation>CHIAMARE ALLE {time}</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>ANNULLATO</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Double-click to open the meeting.</source>
            <translation>Faccia doppio clic per aprire l'incontro.</translation>
        </message>
        <message>
            <source>HELD</source>
            <translation>SVOLTO</translation>
        </message>
        <message>
            <source>JOIN AT {time}</source>
            <translation>COLLEGARSI ALLE {time}</translation>
        </message>
        <message>
            <source>LEAVE BY {time}</source>
            <translation>PARTIRE ENTRO LE {time}</translation>
        </message>
        <message>
            <source>LEAVE NOW ({time})</source>
            <translation>PARTIRE ORA ({time})</translation>
        </message>
        <message>
            <source>Meeting on site</source>
            <translation>Incontro di persona</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Apri l'incontro</translation>
        </message>
        <message>
            <source>Readiness {score} of 100</source>
            <translation>Preparazione {score} su 100</translation>
        </message>
        <message>
            <source>Video or phone</source>
            <translation>Video o telefono</translation>
        </message>
        <message>
            <source>Weakest:</source>
            <translation>Più debole:</translation>
        </message>
        <message>
            <source>no travel time set</source>
            <translation>tempo di viaggio non impostato</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>pronto</translation>
        </message>
        <message>
            <source>with {people}</source>
            <translation>con {people}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ and %n more clash(es)</source>
            <translation>
                <numerusform>⚠ e %n altra sovrapposizione</numerusform>
                <numerusform>⚠ e altre %n sovrapposizioni</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingSave</name>
        <message>
            <source>Agenda</source>
            <translation>Ordine del giorno</translation>
        </message>
        <message>
            <source>Answer to question {n}</source>
            <translation>Risposta alla domanda {n}</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>Needs asked in advance</source>
            <translation>Esigenze chieste in anticipo</translation>
        </message>
        <message>
            <source>Objection “{text}”</source>
            <translation>Obiezione “{text}”</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>Products on the agenda</source>
            <translation>Articoli all'ordine del giorno</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Domanda {n}</translation>
        </message>
        <message>
            <source>Response to the complaint “{s}”</source>
            <translation>Risposta al reclamo “{s}”</translation>
        </message>
        <message>
            <source>Response to “{text}”</source>
            <translation>Risposta a “{text}”</translation>
        </message>
        <message>
            <source>Status of “{text}”</source>
            <translation>Stato di “{text}”</translation>
        </message>
        <message>
            <source>The offer</source>
            <translation>L'offerta</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Viaggio</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>A new meeting like this one, a week later: same client, people and plan</source>
            <translation>Un nuovo incontro come questo, una settimana dopo: stesso cliente, persone e piano</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>Dopo l'incontro</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annullato.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplica</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>Esporta .ics…</translation>
        </message>
        <message>
            <source>Held: the outcome is recorded and the next steps are tasks.</source>
            <translation>Svolto: l'esito è registrato e i prossimi passi sono attività.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nuovo incontro</translation>
        </message>
        <message>
            <source>Not saved: an objection has no text.</source>
            <translation>Non salvato: un'obiezione è senza testo.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Non salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Non salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet held</source>
            <translation>Non ancora svolto</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparazione</translation>
        </message>
        <message>
            <source>Preparation · {score}</source>
            <translation>Preparazione · {score}</translation>
        </message>
        <message>
            <source>Print brief…</source>
            <translation>Stampa promemoria…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Save the meeting first.</source>
            <translation>Salvi prima l'incontro.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvato.</translation>
        </message>
        <message>
            <source>Saved. The Preparation page shows what is still missing.</source>
            <translation>Salvato. La pagina Preparazione mostra cosa manca ancora.</translation>
        </message>
        <message>
            <source>Say why it was cancelled.</source>
            <translation>Indichi perché è stato annullato.</translation>
        </message>
        <message>
            <source>This meeting has changes that are not saved. Save them?</source>
            <translation>Questo incontro ha modifiche non salvate. Salvarle?</translation>
        </message>
        <message>
            <source>This meeting starts {when}: it has not taken place yet. Record it as held anyway?</source>
            <translation>Questo incontro inizia {when}: non ha ancora avuto luogo. Registrarlo comunque come svolto?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>Why was it cancelled? (kept as the meeting's outcome)</source>
            <translation>Perché è stato annullato? (conservato come esito dell'incontro)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuovo</translation>
        </message>
    </context>
    <context>
        <name>MeetingsBlock</name>
        <message>
            <source>No meetings today.</source>
            <translation>Nessun incontro oggi.</translation>
        </message>
        <message>
            <source>Today's meetings and calls</source>
            <translation>Incontri e telefonate di oggi</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more today: see the week.</source>
            <translation>
                <numerusform>… e %n altro oggi: veda la settimana.</numerusform>
                <numerusform>… e altri %n oggi: veda la settimana.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ObjectionCard</name>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Superata</translation>
        </message>
        <message>
            <source>The client no longer holds this objection</source>
            <translation>Il cliente non sostiene più questa obiezione</translation>
        </message>
        <message>
            <source>What the client objects to (in their words)</source>
            <translation>Cosa obietta il cliente (con le sue parole)</translation>
        </message>
        <message>
            <source>Your prepared response: agree with what is right, then answer with facts</source>
            <translation>La Sua risposta preparata: concordi su ciò che è giusto, poi risponda con i fatti</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>non ancora salvata</translation>
        </message>
        <message>
            <source>raised {day}</source>
            <translation>sollevata il {day}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Add an objection</source>
            <translation>Aggiungi un'obiezione</translation>
        </message>
        <message>
            <source>No objections recorded. Which ones can you expect? Add them with a response.</source>
            <translation>Nessuna obiezione registrata. Quali può aspettarsi? Le aggiunga con una risposta.</translation>
        </message>
        <message>
            <source>Write what the client objects to, or delete this one.</source>
            <translation>Scriva cosa obietta il cliente, o elimini questa.</translation>
        </message>
    </context>
    <context>
        <name>OrderActions</name>
        <message>
            <source>A confirmed order is changed by a new revision: a draft copy to edit and confirm again, while this one is cancelled. Why does it change?</source>
            <translation>Un ordine confermato si modifica con una nuova revisione: una copia in bozza da modificare e confermare di nuovo, mentre questo viene annullato. Perché cambia?</translation>
        </message>
        <message>
            <source>An issued invoice cannot be taken back; a mistake is corrected by a return.</source>
            <translation>Una fattura emessa non si può ritirare; un errore si corregge con un reso.</translation>
        </message>
        <message>
            <source>Cancel order {number}</source>
            <translation>Annulla ordine {number}</translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Annulla l'ordine</translation>
        </message>
        <message>
            <source>Choose the client first.</source>
            <translation>Scelga prima il cliente.</translation>
        </message>
        <message>
            <source>Issue an invoice</source>
            <translation>Emetti una fattura</translation>
        </message>
        <message>
            <source>Issue invoice</source>
            <translation>Emetti fattura</translation>
        </message>
        <message>
            <source>Issue invoice {number} for {amount}?</source>
            <translation>Emettere la fattura {number} per {amount}?</translation>
        </message>
        <message>
            <source>Line {n}, {product}: {off} % off is more than the {max} % this client may have. Who approved it, and why? It is stored on the line.</source>
            <translation>Riga {n}, {product}: sconto {off} %, oltre il massimo consentito a questo cliente ({max} %). Chi lo ha approvato e perché? Viene memorizzato sulla riga.</translation>
        </message>
        <message>
            <source>Make the new revision</source>
            <translation>Crea la nuova revisione</translation>
        </message>
        <message>
            <source>New revision of {number}</source>
            <translation>Nuova revisione di {number}</translation>
        </message>
        <message>
            <source>Remove a line</source>
            <translation>Elimina una riga</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Elimina riga</translation>
        </message>
        <message>
            <source>Remove line {n}, {product}?</source>
            <translation>Eliminare la riga {n}, {product}?</translation>
        </message>
        <message>
            <source>Why is the order cancelled? The reason goes into the client's history.</source>
            <translation>Perché l'ordine viene annullato? Il motivo viene registrato nella cronologia del cliente.</translation>
        </message>
    </context>
    <context>
        <name>OrderConflicts</name>
        <message>
            <source>(deleted)</source>
            <translation>(eliminato)</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>Data di consegna</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Riga {n}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Data ordine</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}</source>
            <translation>{qty} × {sku} a {price}</translation>
        </message>
        <message>
            <source>{qty} × {sku} at {price}, {d} % off</source>
            <translation>{qty} × {sku} a {price}, sconto {d} %</translation>
        </message>
    </context>
    <context>
        <name>OrderHeader</name>
        <message>
            <source>Choose the client: its price column and terms price the lines.</source>
            <translation>Scelga il cliente: la sua colonna di listino e le sue condizioni determinano i prezzi delle righe.</translation>
        </message>
        <message>
            <source>Confirmed past the credit block by {who}: {why}</source>
            <translation>Confermato oltre il blocco fido da {who}: {why}</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Consegna</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Fattura {number}</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Nuovo ordine</translation>
        </message>
        <message>
            <source>No price column: base prices</source>
            <translation>Nessuna colonna di listino: prezzi base</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes for this order (delivery, packing, contact)</source>
            <translation>Note per questo ordine (consegna, imballo, contatto)</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Data ordine</translation>
        </message>
        <message>
            <source>Price column: {name}</source>
            <translation>Colonna di listino: {name}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation>Sostituito da {number}</translation>
        </message>
        <message>
            <source>Revision {n}, replaces {number}</source>
            <translation>Revisione {n}, sostituisce {number}</translation>
        </message>
        <message>
            <source>credit limit {limit}</source>
            <translation>fido {limit}</translation>
        </message>
        <message>
            <source>discount up to {pct} %</source>
            <translation>sconto max {pct} %</translation>
        </message>
        <message>
            <source>no credit limit</source>
            <translation>nessun fido</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non impostato</translation>
        </message>
        <message numerus="yes">
            <source>pays in %n day(s)</source>
            <translation>
                <numerusform>paga a %n giorno</numerusform>
                <numerusform>paga a %n giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>segment {segment}</source>
            <translation>segmento {segment}</translation>
        </message>
    </context>
    <context>
        <name>OrderLinesModel</name>
        <message>
            <source>Approved by {who}: {why}</source>
            <translation>Approvato da {who}: {why}</translation>
        </message>
        <message>
            <source>Choose a product.</source>
            <translation>Scelga un articolo.</translation>
        </message>
        <message>
            <source>Disc %</source>
            <translation>Sc. %</translation>
        </message>
        <message>
            <source>Discount off the price, %</source>
            <translation>Sconto sul prezzo, %</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Imponibile</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Price from</source>
            <translation>Origine prezzo</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Q.tà</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rifiutato</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Saved at {saved}; the price rules now give {price}: {why}</source>
            <translation>Prezzo salvato {saved}; le regole di prezzo ora danno {price}: {why}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message>
            <source>That product no longer exists.</source>
            <translation>Quell'articolo non esiste più.</translation>
        </message>
        <message>
            <source>Type an SKU or a name to add a line…</source>
            <translation>Digiti un codice o una descrizione per aggiungere una riga…</translation>
        </message>
        <message>
            <source>Typed by hand; the price rules give {price}: {why}</source>
            <translation>Inserito a mano; le regole di prezzo danno {price}: {why}</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <source>Unknown product: no SKU or name matches “{text}”.</source>
            <translation>Articolo sconosciuto: nessun codice o descrizione corrisponde a “{text}”.</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>IVA</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>IVA %</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Aliquota IVA</translation>
        </message>
        <message>
            <source>Which price the line got and why</source>
            <translation>Quale prezzo ha avuto la riga e perché</translation>
        </message>
        <message>
            <source>approved by {who}</source>
            <translation>approvato da {who}</translation>
        </message>
        <message>
            <source>{name} column</source>
            <translation>colonna {name}</translation>
        </message>
        <message>
            <source>“{text}” is ambiguous (thousands or decimals?): write it without a thousands separator, such as 1500 or {example}.</source>
            <translation>“{text}” è ambiguo (migliaia o decimali?): lo scriva senza separatore delle migliaia, ad es. 1500 o {example}.</translation>
        </message>
        <message>
            <source>“{text}” is not a number: type digits such as 12 or {example}.</source>
            <translation>“{text}” non è un numero: digiti cifre come 12 o {example}.</translation>
        </message>
        <message>
            <source>“{text}” matches several products: choose one from the list.</source>
            <translation>“{text}” corrisponde a più articoli: scegline uno dall'elenco.</translation>
        </message>
    </context>
    <context>
        <name>OrderSide</name>
        <message numerus="yes">
            <source>%n order(s), last on {day}</source>
            <translation>
                <numerusform>%n ordine, l'ultimo il {day}</numerusform>
                <numerusform>%n ordini, l'ultimo il {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Suggerimenti&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All lines</source>
            <translation>Tutte le righe</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Bought in the last 12 months</source>
            <translation>Acquistati negli ultimi 12 mesi</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificato</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confermato</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creato</translation>
        </message>
        <message>
            <source>Credit block overridden</source>
            <translation>Blocco fido forzato</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Double-click to add to the order.</source>
            <translation>Faccia doppio clic per aggiungere all'ordine.</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Fattura {number}</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>Line {no}: {quantity} refused ({why})</source>
            <translation>Riga {no}: {quantity} rifiutati ({why})</translation>
        </message>
        <message>
            <source>Not shipped, so not delivered: {lines}</source>
            <translation>Non spedito, quindi non consegnato: {lines}</translation>
        </message>
        <message>
            <source>Nothing to suggest.</source>
            <translation>Nessun suggerimento.</translation>
        </message>
        <message>
            <source>Others in its segment buy (no segment recorded)</source>
            <translation>Altri del suo segmento acquistano (nessun segmento registrato)</translation>
        </message>
        <message>
            <source>Others in its segment buy, this client never did</source>
            <translation>Altri del suo segmento acquistano, questo cliente mai</translation>
        </message>
        <message>
            <source>Others in {segment} buy, this client never did</source>
            <translation>Altri in {segment} acquistano, questo cliente mai</translation>
        </message>
        <message>
            <source>Refused at delivery</source>
            <translation>Rifiutato alla consegna</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Revised</source>
            <translation>Revisionato</translation>
        </message>
        <message>
            <source>Revision {no} of {number}: {reason}</source>
            <translation>Revisione {no} di {number}: {reason}</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message numerus="yes">
            <source>bought by %n other client(s) of the segment</source>
            <translation>
                <numerusform>acquistato da %n altro cliente del segmento</numerusform>
                <numerusform>acquistato da altri %n clienti del segmento</numerusform>
            </translation>
        </message>
        <message>
            <source>line {no} ({quantity})</source>
            <translation>riga {no} ({quantity})</translation>
        </message>
        <message>
            <source>line {no}: {quantity}</source>
            <translation>riga {no}: {quantity}</translation>
        </message>
        <message>
            <source>line {no}: {quantity}, {left} to follow</source>
            <translation>riga {no}: {quantity}, {left} da seguire</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Lines fixed, not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Righe corrette, non ancora salvate: Ctrl+Invio salva l'ordine.</translation>
        </message>
        <message>
            <source>Not saved yet: Ctrl+Enter saves the order.</source>
            <translation>Non ancora salvato: Ctrl+Invio salva l'ordine.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n line(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Non salvato: %n riga da correggere, evidenziata in rosso.</numerusform>
                <numerusform>Non salvato: %n righe da correggere, evidenziate in rosso.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} saved.</source>
            <translation>Ordine {number} salvato.</translation>
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Righe</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Data ordine</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>The order's total with VAT</source>
            <translation>Totale dell'ordine IVA inclusa</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
    </context>
    <context>
        <name>OrderVat</name>
        <message>
            <source>VAT: {regime}{rates} - {reason}</source>
            <translation>IVA: {regime}{rates} - {reason}</translation>
        </message>
        <message>
            <source>a client in {country}, where the company is registered for VAT: {country}'s rates</source>
            <translation>cliente in {country}, dove l'azienda è registrata ai fini IVA: aliquote di {country}</translation>
        </message>
        <message>
            <source>a client in {country}: the product's rate</source>
            <translation>cliente in {country}: aliquota del prodotto</translation>
        </message>
        <message>
            <source>a sale from Russia into the EAEU ({country})</source>
            <translation>vendita dalla Russia verso l'UEE ({country})</translation>
        </message>
        <message>
            <source>an export from {supplier} to {country}</source>
            <translation>esportazione da {supplier} verso {country}</translation>
        </message>
        <message>
            <source>goods to a business in {country} with a valid VAT number</source>
            <translation>beni a un'impresa in {country} con partita IVA valida</translation>
        </message>
        <message>
            <source>no valid VAT number in {country}: {supplier}'s rate applies</source>
            <translation>nessuna partita IVA valida in {country}: si applica l'aliquota di {supplier}</translation>
        </message>
        <message>
            <source>services to a business in {country}</source>
            <translation>servizi a un'impresa in {country}</translation>
        </message>
        <message>
            <source>set on the client</source>
            <translation>impostato sul cliente</translation>
        </message>
        <message>
            <source>set on the client: {regime}</source>
            <translation>impostato sul cliente: {regime}</translation>
        </message>
        <message>
            <source>the company's country is not set: the product's rate applies</source>
            <translation>il paese dell'azienda non è impostato: si applica l'aliquota del prodotto</translation>
        </message>
        <message>
            <source>the supplier is not registered for VAT</source>
            <translation>il fornitore non è soggetto IVA</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message numerus="yes">
            <source>%n line(s) with problems not counted</source>
            <translation>
                <numerusform>%n riga con problemi non conteggiata</numerusform>
                <numerusform>%n righe con problemi non conteggiate</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation>Annulla ordine…</translation>
        </message>
        <message>
            <source>Cancelled: {why}</source>
            <translation>Annullato: {why}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Commercial proposal…</source>
            <translation>Offerta commerciale…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Conferma</translation>
        </message>
        <message>
            <source>Confirmed orders are changed through a new revision (or cancelled while nothing has shipped). The lines below are read-only.</source>
            <translation>Gli ordini confermati si modificano con una nuova revisione (o si annullano finché nulla è stato spedito). Le righe sotto sono di sola lettura.</translation>
        </message>
        <message>
            <source>Contract package…</source>
            <translation>Pacchetto contrattuale…</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Delivered…</source>
            <translation>Consegnato…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documenti</translation>
        </message>
        <message>
            <source>Goods have left: the lines are read-only. What the client refused at delivery or sent back is recorded with Delivered… and Return….</source>
            <translation>La merce è uscita: le righe sono di sola lettura. Con Consegnato… e Reso… si registra ciò che il cliente ha rifiutato alla consegna o ha reso.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>Cronologia ({n})</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Riga {n}</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Righe</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Imponibile</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Nuovo ordine</translation>
        </message>
        <message>
            <source>New revision…</source>
            <translation>Nuova revisione…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>Reso…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Salva bozza</translation>
        </message>
        <message>
            <source>Ship…</source>
            <translation>Spedisci…</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Close and lose them?</source>
            <translation>Questo ordine ha modifiche non salvate. Chiudere e perderle?</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Type an SKU or part of a name, then Enter: quantity, price, discount.</source>
            <translation>Digiti un codice o parte di una descrizione, poi Invio: quantità, prezzo, sconto.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>IVA</translation>
        </message>
        <message>
            <source>discount approved by {who}: {why}</source>
            <translation>sconto approvato da {who}: {why}</translation>
        </message>
        <message>
            <source>no reason recorded</source>
            <translation>nessun motivo registrato</translation>
        </message>
        <message>
            <source>price as agreed on the order</source>
            <translation>prezzo come concordato sull'ordine</translation>
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n ordine</numerusform>
                <numerusform>%n ordini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) found</source>
            <translation>
                <numerusform>%n ordine trovato</numerusform>
                <numerusform>%n ordini trovati</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Orders&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Ordini&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tutti gli stati</translation>
        </message>
        <message>
            <source>New order…</source>
            <translation>Nuovo ordine…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Search orders by number or client</source>
            <translation>Cerca ordini per numero o cliente</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBlock</name>
        <message numerus="yes">
            <source>%n call(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n telefonata conclusa senza esito registrato. Cliccala per registrarlo.</numerusform>
                <numerusform>%n telefonate concluse senza esito registrato. Clicca su una per registrarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n incontro concluso senza esito registrato. Cliccalo per registrarlo.</numerusform>
                <numerusform>%n incontri conclusi senza esito registrato. Clicca su uno per registrarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings and calls over with no outcome recorded. Click one to record it.</source>
            <translation>
                <numerusform>%n tra incontri e telefonate concluso senza esito registrato. Clicca su uno per registrarlo.</numerusform>
                <numerusform>%n tra incontri e telefonate conclusi senza esito registrato. Clicca su uno per registrarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Open it to record the outcome</source>
            <translation>Apri per registrare l'esito</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Esiti da registrare</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e %n altro</numerusform>
                <numerusform>… e altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message numerus="yes">
            <source>%n others</source>
            <translation>
                <numerusform>%n altro</numerusform>
                <numerusform>altri %n</numerusform>
            </translation>
        </message>
        <message>
            <source>A clients</source>
            <translation>Clienti A</translation>
        </message>
        <message>
            <source>B clients</source>
            <translation>Clienti B</translation>
        </message>
        <message>
            <source>C clients</source>
            <translation>Clienti C</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>Quota cumulata</translation>
        </message>
        <message>
            <source>No invoiced revenue in this period.</source>
            <translation>Nessun fatturato in questo periodo.</translation>
        </message>
        <message>
            <source>Others, grouped</source>
            <translation>Altri, raggruppati</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>Revenue, {currency}</source>
            <translation>Fatturato, {currency}</translation>
        </message>
        <message>
            <source>{a} and {b}: limits of A and B</source>
            <translation>{a} e {b}: limiti di A e B</translation>
        </message>
        <message>
            <source>{name}
Revenue: {revenue} {currency}
Share: {share}
Cumulative: {cumulative}</source>
            <translation>{name}
Fatturato: {revenue} {currency}
Quota: {share}
Cumulata: {cumulative}</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database</source>
            <translation>Database cifrato</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Importa file</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>Remember it in this computer's keyring</source>
            <translation>Memorizzala nel portachiavi di questo computer</translation>
        </message>
        <message>
            <source>This passphrase does not open the file, or the file is damaged.</source>
            <translation>Questa passphrase non apre il file, oppure il file è danneggiato.</translation>
        </message>
        <message>
            <source>Type the passphrase {file} was exported with.</source>
            <translation>Digiti la passphrase con cui è stato esportato {file}.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Digiti la passphrase.</translation>
        </message>
        <message>
            <source>{name} is encrypted. Type its passphrase to open it.</source>
            <translation>{name} è cifrato. Digiti la sua passphrase per aprirlo.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Again:</source>
            <translation>Di nuovo:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>The two passphrases differ: type it again, or tick Show.</source>
            <translation>Le due passphrase sono diverse: la digiti di nuovo o spunti Mostra.</translation>
        </message>
        <message>
            <source>Type the team's passphrase: the file is encrypted with it.</source>
            <translation>Digiti la passphrase del team: il file è cifrato con essa.</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>A payment must be above zero.</source>
            <translation>Un incasso deve essere maggiore di zero.</translation>
        </message>
        <message>
            <source>All {amount} stays as the client's credit, to allocate later.</source>
            <translation>L'intero importo di {amount} resta a credito del cliente, da abbinare in seguito.</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>Abbinamento</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Bank reference or document number</source>
            <translation>Riferimento bancario o numero documento</translation>
        </message>
        <message>
            <source>Choose invoices</source>
            <translation>Scegli fatture</translation>
        </message>
        <message>
            <source>Choose the client the payment is from.</source>
            <translation>Scelga il cliente da cui proviene l'incasso.</translation>
        </message>
        <message>
            <source>Choose the client to see which invoices this settles.</source>
            <translation>Scelga il cliente per vedere quali fatture salda questo incasso.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Data incasso</translation>
        </message>
        <message>
            <source>Give the day the money came in.</source>
            <translation>Indichi il giorno in cui è arrivato il denaro.</translation>
        </message>
        <message>
            <source>Keep as credit</source>
            <translation>Lascia a credito</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>No client is called “{text}”.</source>
            <translation>Nessun cliente si chiama “{text}”.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Oldest invoices first</source>
            <translation>Prima le fatture più vecchie</translation>
        </message>
        <message>
            <source>Post payment</source>
            <translation>Registra incasso</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Registra incasso</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Riferimento</translation>
        </message>
        <message>
            <source>Settles no invoice; {credit} stays as credit.</source>
            <translation>Non salda alcuna fattura; {credit} resta a credito.</translation>
        </message>
        <message>
            <source>Settles {invoices}; {credit} stays as credit.</source>
            <translation>Salda {invoices}; {credit} resta a credito.</translation>
        </message>
        <message>
            <source>Several clients match “{text}”: type more of the name.</source>
            <translation>Più clienti corrispondono a “{text}”: digiti una parte più lunga del nome.</translation>
        </message>
        <message>
            <source>The payment is dated after tomorrow: money not yet received cannot be posted.</source>
            <translation>L'incasso ha una data successiva a domani: il denaro non ancora ricevuto non può essere registrato.</translation>
        </message>
        <message>
            <source>Type part of the client's name</source>
            <translation>Digiti parte del nome del cliente</translation>
        </message>
        <message>
            <source>Type the amount received.</source>
            <translation>Digiti l'importo ricevuto.</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation>bonifico</translation>
        </message>
        <message>
            <source>card</source>
            <translation>carta</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>contanti</translation>
        </message>
        <message>
            <source>e.g. 1250.50</source>
            <translation>ad es. 1250,50</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>compensazione</translation>
        </message>
        <message>
            <source>the client's, once it is chosen</source>
            <translation>quella del cliente, una volta scelto</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Adatta alla larghezza</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Pagina successiva (Pag giù)</translation>
        </message>
        <message>
            <source>No PDF viewer opened it: the file is {path}</source>
            <translation>Nessun visualizzatore PDF lo ha aperto: il file è {path}</translation>
        </message>
        <message>
            <source>Not printed.</source>
            <translation>Non stampato.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Apri nel visualizzatore PDF</translation>
        </message>
        <message>
            <source>Open it in the system's PDF viewer</source>
            <translation>Lo apre nel visualizzatore PDF di sistema</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>Aperto nel visualizzatore PDF: lo stampi da lì.</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: {path}</source>
            <translation>Aperto nel visualizzatore PDF: {path}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Pagina precedente (Pag su)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salva con nome…</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Salva il PDF come</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Salvato: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Inviato alla stampante.</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Pagina intera</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Ingrandisci (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Riduci (Ctrl+-)</translation>
        </message>
        <message>
            <source>of {pages}</source>
            <translation>di {pages}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>Last 12 months</source>
            <translation>Ultimi 12 mesi</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Anno scorso</translation>
        </message>
        <message>
            <source>Period from</source>
            <comment>before the first of two dates</comment>
            <translation>Periodo dal</translation>
        </message>
        <message>
            <source>Quick periods</source>
            <translation>Periodi rapidi</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Quest'anno</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between the two dates of a period</comment>
            <translation>al</translation>
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
            <translation>Nuovi clienti (in totale)</translation>
        </message>
        <message>
            <source>Q{n}</source>
            <translation>T{n}</translation>
        </message>
        <message>
            <source>The sum of its months: type the months</source>
            <translation>La somma dei suoi mesi: digiti i mesi</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message numerus="yes">
            <source>%n problem(s): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>%n problema: non verrà importato nulla. Corregga il file e lo scelga di nuovo.</numerusform>
                <numerusform>%n problemi: non verrà importato nulla. Corregga il file e lo scelga di nuovo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Import plans from {name}</source>
            <translation>Importa piani da {name}</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mese</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuovo</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Attuale</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message numerus="yes">
            <source>Problems in %n row(s) of the file ({count} in all): nothing will be imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>Problemi in %n riga del file ({count} in tutto): non verrà importato nulla. Corregga il file e lo scelga di nuovo.</numerusform>
                <numerusform>Problemi in %n righe del file ({count} in tutto): non verrà importato nulla. Corregga il file e lo scelga di nuovo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>The file changes no plan ({summary}).</source>
            <translation>Il file non modifica alcun piano ({summary}).</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>nessun piano</translation>
        </message>
    </context>
    <context>
        <name>PlanProgressModel</name>
        <message>
            <source>Actual</source>
            <translation>Consuntivo</translation>
        </message>
        <message>
            <source>Actual as a share of the plan</source>
            <translation>Consuntivo in percentuale del piano</translation>
        </message>
        <message>
            <source>Behind: at the pace so far the plan will not be met</source>
            <translation>In ritardo: al ritmo attuale il piano non sarà raggiunto</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Val.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Previsione</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Realizzazione</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Scostamento</translation>
        </message>
        <message>
            <source>Invoiced net of VAT, less credit notes of returns, so far in the period</source>
            <translation>Fatturato al netto dell'IVA, meno le note di credito dei resi, finora nel periodo</translation>
        </message>
        <message>
            <source>New clients (in total)</source>
            <translation>Nuovi clienti (in totale)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <source>The actual carried to the period's end at the pace so far</source>
            <translation>Il consuntivo proiettato a fine periodo al ritmo attuale</translation>
        </message>
        <message>
            <source>What is still missing to the plan</source>
            <translation>Quanto manca ancora al piano</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message numerus="yes">
            <source>%n client(s) with a plan · met: {met} · &lt;b&gt;behind: {behind}&lt;/b&gt; (at the pace so far the plan will not be met) · as of {day}</source>
            <translation>
                <numerusform>%n cliente con un piano · raggiunti: {met} · &lt;b&gt;in ritardo: {behind}&lt;/b&gt; (al ritmo attuale il piano non sarà raggiunto) · al {day}</numerusform>
                <numerusform>%n clienti con un piano · raggiunti: {met} · &lt;b&gt;in ritardo: {behind}&lt;/b&gt; (al ritmo attuale il piano non sarà raggiunto) · al {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sales plans&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Piani di vendita&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Against actual for</source>
            <translation>Rispetto al consuntivo per</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>Verifica di {name}…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
            <translation>Cartella di lavoro Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export plans</source>
            <translation>Esporta piani</translation>
        </message>
        <message>
            <source>Export plans…</source>
            <translation>Esporta piani…</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Esportato in {path}.</translation>
        </message>
        <message>
            <source>Import plans</source>
            <translation>Importa piani</translation>
        </message>
        <message>
            <source>Imported: {summary}.</source>
            <translation>Importato: {summary}.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importa…</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Nuovi clienti</translation>
        </message>
        <message>
            <source>No plan for {period}.</source>
            <translation>Nessun piano per {period}.</translation>
        </message>
        <message>
            <source>Not saved: {why} Correct the cell, or press Esc on it to drop what was typed.</source>
            <translation>Non salvato: {why} Corregga la cella, o prema Esc su di essa per scartare quanto digitato.</translation>
        </message>
        <message>
            <source>Plan for {who}, {month}</source>
            <translation>Piano per {who}, {month}</translation>
        </message>
        <message>
            <source>Plans from a CSV or XLSX sheet: client, month, amount, or client and a column per month (2026-01 …)</source>
            <translation>Piani da un foglio CSV o XLSX: cliente, mese, importo, oppure cliente e una colonna per mese (2026-01 …)</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <translation>T{q} {year}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lettura…</translation>
        </message>
        <message>
            <source>Sales plans against actual</source>
            <translation>Piani di vendita rispetto al consuntivo</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvato.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Type a month's plan in the client's currency; an empty cell or 0 is no plan. Quarters and the year are the sums of their months.</source>
            <translation>Digiti il piano di un mese nella valuta del cliente; una cella vuota o 0 significa nessun piano. Trimestri e anno sono le somme dei loro mesi.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
        <message>
            <source>amounts net of VAT in each client's currency; forecast at the pace so far</source>
            <translation>importi IVA esclusa nella valuta di ciascun cliente; previsione al ritmo attuale</translation>
        </message>
        <message>
            <source>clients with a plan; new clients in total in {currency}</source>
            <translation>clienti con un piano; nuovi clienti in totale in {currency}</translation>
        </message>
        <message>
            <source>the plan of this month was changed meanwhile.</source>
            <translation>il piano di questo mese è stato modificato nel frattempo.</translation>
        </message>
        <message>
            <source>the year {year}</source>
            <translation>l'anno {year}</translation>
        </message>
        <message>
            <source>{period} ({start} – {end}), as of {day}</source>
            <translation>{period} ({start} – {end}), al {day}</translation>
        </message>
    </context>
    <context>
        <name>PreparationPage</name>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n fattura</numerusform>
                <numerusform>%n fatture</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min travel</source>
            <translation>
                <numerusform>%n min di viaggio</numerusform>
                <numerusform>%n min di viaggio</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n mancante</numerusform>
                <numerusform>%n mancanti</numerusform>
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
                <numerusform>%n avviso</numerusform>
                <numerusform>%n avvisi</numerusform>
            </translation>
        </message>
        <message>
            <source>Be ready at {time}</source>
            <translation>Essere pronti alle {time}</translation>
        </message>
        <message>
            <source>Do not argue: have a calm answer ready for each thing the client holds.</source>
            <translation>Non discuta: tenga pronta una risposta pacata per ogni posizione del cliente.</translation>
        </message>
        <message>
            <source>Etiquette</source>
            <translation>Galateo</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Dati</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Forma di cortesia</translation>
        </message>
        <message>
            <source>How to address each one, and in what language.</source>
            <translation>Come rivolgersi a ciascuno e in quale lingua.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Ultimo contatto</translation>
        </message>
        <message>
            <source>Last meeting held {day}.</source>
            <translation>Ultimo incontro svolto il {day}.</translation>
        </message>
        <message>
            <source>Leave by {time}</source>
            <translation>Partire entro le {time}</translation>
        </message>
        <message>
            <source>Listening plan</source>
            <translation>Piano di ascolto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>No price changes since then.</source>
            <translation>Nessuna variazione di prezzo da allora.</translation>
        </message>
        <message>
            <source>No products on the agenda: add them on the Details page.</source>
            <translation>Nessun articolo all'ordine del giorno: li aggiunga nella pagina Dettagli.</translation>
        </message>
        <message>
            <source>Nobody chosen to attend: choose them on the Details page.</source>
            <translation>Nessun partecipante scelto: li scelga nella pagina Dettagli.</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Obiezioni</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>Reclami aperti</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Ordini aperti</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Scaduto</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>Fatture scadute</translation>
        </message>
        <message>
            <source>People attending</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Piano</translation>
        </message>
        <message>
            <source>Price changes since the last meeting</source>
            <translation>Variazioni di prezzo dall'ultimo incontro</translation>
        </message>
        <message>
            <source>Product knowledge and the client's figures</source>
            <translation>Conoscenza degli articoli e dati del cliente</translation>
        </message>
        <message>
            <source>Products on the agenda, at the client’s prices today</source>
            <translation>Articoli all'ordine del giorno, ai prezzi odierni del cliente</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparazione</translation>
        </message>
        <message>
            <source>Readiness out of 100</source>
            <translation>Preparazione su 100</translation>
        </message>
        <message>
            <source>Receivable</source>
            <translation>Credito</translation>
        </message>
        <message>
            <source>Revenue this year</source>
            <translation>Fatturato quest'anno</translation>
        </message>
        <message>
            <source>The questions to ask, in order. Ask, then listen: do not interrupt.</source>
            <translation>Le domande da porre, in ordine. Chieda, poi ascolti: non interrompa.</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>per telefono</translation>
        </message>
        <message>
            <source>by video</source>
            <translation>in video</translation>
        </message>
        <message>
            <source>never met</source>
            <translation>mai incontrato</translation>
        </message>
        <message>
            <source>no address yet</source>
            <translation>ancora nessun indirizzo</translation>
        </message>
        <message>
            <source>no plan set for this year</source>
            <translation>nessun piano impostato per quest'anno</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>non annotato</translation>
        </message>
        <message>
            <source>on last year ({amount})</source>
            <translation>sull'anno scorso ({amount})</translation>
        </message>
        <message numerus="yes">
            <source>{number}: {amount}, due {day}, %n day(s) late</source>
            <translation>
                <numerusform>{number}: {amount}, scadenza {day}, %n giorno di ritardo</numerusform>
                <numerusform>{number}: {amount}, scadenza {day}, %n giorni di ritardo</numerusform>
            </translation>
        </message>
        <message>
            <source>{pct} % of the plan of {amount}</source>
            <translation>{pct} % del piano di {amount}</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to resolve afterwards (in Conflicts to resolve).</source>
            <translation>
                <numerusform>%n conflitto da risolvere in seguito (in Conflitti da risolvere).</numerusform>
                <numerusform>%n conflitti da risolvere in seguito (in Conflitti da risolvere).</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;From another laptop.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;Da un altro portatile.&lt;/b&gt; Importare questo file apporterebbe qui queste modifiche:</translation>
        </message>
        <message>
            <source>&lt;b&gt;From {sender}.&lt;/b&gt; Importing this file would make these changes here:</source>
            <translation>&lt;b&gt;Da {sender}.&lt;/b&gt; Importare questo file apporterebbe qui queste modifiche:</translation>
        </message>
        <message>
            <source>A backup copy of this database is made before the import.</source>
            <translation>Prima dell'importazione viene eseguita una copia di backup di questo database.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Aggiunti</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificati</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminati</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Importa {file}</translation>
        </message>
        <message>
            <source>No conflicts: nothing was changed on both laptops at once.</source>
            <translation>Nessun conflitto: nulla è stato modificato su entrambi i portatili contemporaneamente.</translation>
        </message>
        <message>
            <source>Nothing new: this laptop already has all this file holds.</source>
            <translation>Niente di nuovo: questo portatile ha già tutto ciò che contiene il file.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Record</translation>
        </message>
    </context>
    <context>
        <name>PriceColumnsDialog</name>
        <message>
            <source>% off base</source>
            <translation>% sconto su base</translation>
        </message>
        <message>
            <source>% off the base price</source>
            <translation>% di sconto sul prezzo base</translation>
        </message>
        <message>
            <source>A client pays its column's price: the product's own price in the column where one is set (Products › product), else the base price less the percentage.</source>
            <translation>Un cliente paga il prezzo della sua colonna: il prezzo proprio dell'articolo nella colonna, se impostato (Articoli › articolo), altrimenti il prezzo base meno la percentuale.</translation>
        </message>
        <message>
            <source>Add as a new column</source>
            <translation>Aggiungi come nuova colonna</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Scaglioni</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Delete price column</source>
            <translation>Elimina colonna di listino</translation>
        </message>
        <message>
            <source>Delete the price column {name}?</source>
            <translation>Eliminare la colonna di listino {name}?</translation>
        </message>
        <message>
            <source>Delete the selected…</source>
            <translation>Elimina la selezionata…</translation>
        </message>
        <message numerus="yes">
            <source>Its %n quantity break(s) made for this column only go with it.</source>
            <translation>
                <numerusform>Il suo scaglione di quantità creato solo per questa colonna viene eliminato con essa.</numerusform>
                <numerusform>I suoi %n scaglioni di quantità creati solo per questa colonna vengono eliminati con essa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Own prices</source>
            <translation>Prezzi propri</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Colonna di listino</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Colonne di listino</translation>
        </message>
        <message>
            <source>Save changes to the selected</source>
            <translation>Salva le modifiche alla selezionata</translation>
        </message>
        <message>
            <source>e.g. Key account</source>
            <translation>ad es. Clienti chiave</translation>
        </message>
    </context>
    <context>
        <name>PriceFields</name>
        <message>
            <source>Ambiguous: write 1500 or %1, without a thousands separator.</source>
            <translation>Ambiguo: scriva 1500 o %1, senza separatore delle migliaia.</translation>
        </message>
        <message>
            <source>SKU or part of the name</source>
            <translation>Codice o parte della descrizione</translation>
        </message>
        <message>
            <source>Type a number such as 12 or %1.</source>
            <translation>Digiti un numero come 12 o %1.</translation>
        </message>
        <message>
            <source>Type a percentage such as 5 or %1.</source>
            <translation>Digiti una percentuale come 5 o %1.</translation>
        </message>
    </context>
    <context>
        <name>ProductDelete</name>
        <message>
            <source>Delete product</source>
            <translation>Elimina articolo</translation>
        </message>
        <message>
            <source>Delete product…</source>
            <translation>Elimina articolo…</translation>
        </message>
        <message>
            <source>Move {product} to the trash? Edit &gt; Undo or Edit &gt; Trash brings it back.</source>
            <translation>Spostare {product} nel cestino? Modifica &gt; Annulla o Modifica &gt; Cestino lo riporta indietro.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>% off</source>
            <translation>% sconto</translation>
        </message>
        <message>
            <source>Active (offered in orders and price lists)</source>
            <translation>Attivo (proposto negli ordini e nei listini)</translation>
        </message>
        <message>
            <source>Add break</source>
            <translation>Aggiungi scaglione</translation>
        </message>
        <message>
            <source>Added: saved with the product</source>
            <translation>Aggiunto: salvato con l'articolo</translation>
        </message>
        <message>
            <source>Base price *</source>
            <translation>Prezzo base *</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Description for proposals</source>
            <translation>Descrizione per le offerte</translation>
        </message>
        <message>
            <source>Empty: the column's percentage off the base price applies (shown grey).</source>
            <translation>Vuoto: si applica la percentuale di sconto della colonna sul prezzo base (in grigio).</translation>
        </message>
        <message>
            <source>Fixed price</source>
            <translation>Prezzo fisso</translation>
        </message>
        <message>
            <source>From quantity</source>
            <translation>Da quantità</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Descrizione *</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nuovo articolo</translation>
        </message>
        <message>
            <source>No price columns yet (Products › Price columns…).</source>
            <translation>Nessuna colonna di listino (Articoli › Colonne di listino…).</translation>
        </message>
        <message>
            <source>No promotion running or coming on this product.</source>
            <translation>Nessuna promozione in corso o prevista su questo articolo.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>Su %n riga d'ordine: mai eliminato; tolga la spunta da Attivo per dismetterlo.</numerusform>
                <numerusform>Su %n righe d'ordine: mai eliminato; tolga la spunta da Attivo per dismetterlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Colonna di listino</translation>
        </message>
        <message>
            <source>Price per column (empty = the column's percentage)</source>
            <translation>Prezzo per colonna (vuoto = percentuale della colonna)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Promotions running or coming: {promotions}</source>
            <translation>Promozioni in corso o previste: {promotions}</translation>
        </message>
        <message>
            <source>Quantity breaks (off the client's column price)</source>
            <translation>Scaglioni di quantità (sul prezzo della colonna del cliente)</translation>
        </message>
        <message>
            <source>Remove break</source>
            <translation>Rimuovi scaglione</translation>
        </message>
        <message>
            <source>SKU *</source>
            <translation>Codice *</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for every column.</source>
            <translation>Esiste già uno scaglione da {qty} per tutte le colonne.</translation>
        </message>
        <message>
            <source>There is already a break from {qty} for {where}.</source>
            <translation>Esiste già uno scaglione da {qty} per {where}.</translation>
        </message>
        <message>
            <source>This product has changes that are not saved. Close and lose them?</source>
            <translation>Questo articolo ha modifiche non salvate. Chiudere e perderle?</translation>
        </message>
        <message>
            <source>Unit *</source>
            <translation>Unità *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>VAT % *</source>
            <translation>IVA % *</translation>
        </message>
        <message>
            <source>every column</source>
            <translation>tutte le colonne</translation>
        </message>
        <message>
            <source>from qty</source>
            <translation>da q.tà</translation>
        </message>
        <message>
            <source>or fixed price</source>
            <translation>o prezzo fisso</translation>
        </message>
        <message>
            <source>pcs, kg, box, roll…</source>
            <translation>pz, kg, scatola, rotolo…</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end}</source>
            <translation>{name}: {offer}, {start} – {end}</translation>
        </message>
        <message>
            <source>{name}: {offer}, {start} – {end} (whole category)</source>
            <translation>{name}: {offer}, {start} – {end} (intera categoria)</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>{p} di sconto</translation>
        </message>
        <message>
            <source>{p} off the base price</source>
            <translation>{p} di sconto sul prezzo base</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— nessuna —</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Base price</source>
            <translation>Prezzo base</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Own price in the {column} column</source>
            <translation>Prezzo proprio nella colonna {column}</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>IVA %</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>{column}: {percent} off the base price</source>
            <translation>{column}: {percent} di sconto sul prezzo base</translation>
        </message>
        <message>
            <source>{percent} off the base price; bold: the product's own price</source>
            <translation>{percent} di sconto sul prezzo base; grassetto: il prezzo proprio dell'articolo</translation>
        </message>
    </context>
    <context>
        <name>ProductTextsBox</name>
        <message>
            <source>Azerbaijani</source>
            <translation>Azerbaigiano</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglese</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Ungherese</translation>
        </message>
        <message>
            <source>In documents</source>
            <translation>Nei documenti</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Left empty, documents print the product's own name and unit.</source>
            <translation>Se vuoti, i documenti riportano la descrizione e l'unità proprie dell'articolo.</translation>
        </message>
        <message>
            <source>Name in %1</source>
            <translation>Descrizione in %1</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russo</translation>
        </message>
        <message>
            <source>Unit in %1</source>
            <translation>Unità in %1</translation>
        </message>
        <message>
            <source>VAT % in %1</source>
            <translation>IVA % in %1</translation>
        </message>
        <message>
            <source>VAT rates abroad: the company is registered for VAT only in its own country (File &gt; Settings…, Tax and VAT).</source>
            <translation>Aliquote IVA estere: l'azienda è registrata ai fini IVA solo nel proprio paese (File &gt; Impostazioni…, Imposte e IVA).</translation>
        </message>
        <message>
            <source>the rate there</source>
            <translation>l'aliquota locale</translation>
        </message>
    </context>
    <context>
        <name>ProductsSection</name>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n articolo</numerusform>
                <numerusform>%n articoli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) found</source>
            <translation>
                <numerusform>%n articolo trovato</numerusform>
                <numerusform>%n articoli trovati</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Products&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Articoli&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Tutte le categorie</translation>
        </message>
        <message>
            <source>Bold: the product's own price in that column.</source>
            <translation>Grassetto: il prezzo proprio dell'articolo in quella colonna.</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Categorie…</translation>
        </message>
        <message>
            <source>Export price list</source>
            <translation>Esporta listino</translation>
        </message>
        <message>
            <source>Export price list…</source>
            <translation>Esporta listino…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importa…</translation>
        </message>
        <message>
            <source>New product…</source>
            <translation>Nuovo articolo…</translation>
        </message>
        <message>
            <source>Price columns…</source>
            <translation>Colonne di listino…</translation>
        </message>
        <message>
            <source>Promotions…</source>
            <translation>Promozioni…</translation>
        </message>
        <message>
            <source>Search products by SKU or name</source>
            <translation>Cerca articoli per codice o descrizione</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Mostra non attivi</translation>
        </message>
        <message>
            <source>The price list of which price column?</source>
            <translation>Il listino di quale colonna di listino?</translation>
        </message>
        <message>
            <source>There is no price column yet: add one under Price columns…</source>
            <translation>Non c'è ancora nessuna colonna di listino: ne aggiunga una in Colonne di listino…</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>1 to 3 names, separated by ;</source>
            <translation>Da 1 a 3 nomi, separati da ;</translation>
        </message>
        <message>
            <source>Annual revenue</source>
            <translation>Fatturato annuo</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Città</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Indirizzo di consegna</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Dipendenti</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>Fondata nel</translation>
        </message>
        <message>
            <source>Give the client to another KAM</source>
            <translation>Passa il cliente a un altro KAM</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Passaggio di consegne</translation>
        </message>
        <message>
            <source>Hand over…</source>
            <translation>Passa ad altro KAM…</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Settore</translation>
        </message>
        <message>
            <source>Key account managers *</source>
            <translation>Key account manager *</translation>
        </message>
        <message>
            <source>Legal address</source>
            <translation>Sede legale</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Ragione sociale</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>CAP</translation>
        </message>
        <message>
            <source>Save or undo your changes to the profile first.</source>
            <translation>Prima salvi o annulli le modifiche al profilo.</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Salva profilo</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Partita IVA</translation>
        </message>
        <message>
            <source>Their yearly spend on what we sell</source>
            <translation>La loro spesa annua per ciò che vendiamo</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sito web</translation>
        </message>
        <message>
            <source>as the KAM calls it</source>
            <translation>come lo chiama il KAM</translation>
        </message>
        <message>
            <source>checked for the country</source>
            <translation>verificato per il paese</translation>
        </message>
    </context>
    <context>
        <name>PromotionsDialog</name>
        <message>
            <source>% off the base price</source>
            <translation>% di sconto sul prezzo base</translation>
        </message>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clienti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n articolo</numerusform>
                <numerusform>%n articoli</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tutte</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>In arrivo</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Riguarda</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Elimina promozione</translation>
        </message>
        <message>
            <source>Delete the promotion {name}? Orders already priced by it keep their prices.</source>
            <translation>Eliminare la promozione {name}? Gli ordini già prezzati con essa mantengono i loro prezzi.</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Per</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Dal *</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>New promotion</source>
            <translation>Nuova promozione</translation>
        </message>
        <message>
            <source>No single client matches “{text}”: pick one from the list.</source>
            <translation>Nessun cliente corrisponde esattamente a “{text}”: ne scelga uno dall'elenco.</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Nessun articolo corrisponde esattamente a “{text}”: ne scelga uno dall'elenco.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offerta</translation>
        </message>
        <message>
            <source>Only for</source>
            <translation>Solo per</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Concluse</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promozione</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promozioni</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Running now</source>
            <translation>In corso</translation>
        </message>
        <message>
            <source>Save promotion</source>
            <translation>Salva promozione</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>The promotion being edited has changes that are not saved. Lose them?</source>
            <translation>La promozione in modifica ha modifiche non salvate. Perderle?</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Al</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>Al *</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Whole category</source>
            <translation>Intera categoria</translation>
        </message>
        <message>
            <source>at {price}</source>
            <translation>a {price}</translation>
        </message>
        <message>
            <source>client name or code</source>
            <translation>nome o codice cliente</translation>
        </message>
        <message>
            <source>coming</source>
            <translation>in arrivo</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>ad es. 10</translation>
        </message>
        <message>
            <source>e.g. 49.90</source>
            <translation>ad es. 49,90</translation>
        </message>
        <message>
            <source>empty: every client</source>
            <translation>vuoto: tutti i clienti</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>tutti</translation>
        </message>
        <message>
            <source>or a fixed price</source>
            <translation>o un prezzo fisso</translation>
        </message>
        <message>
            <source>over</source>
            <translation>conclusa</translation>
        </message>
        <message>
            <source>running</source>
            <translation>in corso</translation>
        </message>
        <message>
            <source>{p} off</source>
            <translation>{p} di sconto</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— nessuna —</translation>
        </message>
    </context>
    <context>
        <name>ProposalPage</name>
        <message>
            <source>Addressed to</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <source>Delivery terms</source>
            <translation>Condizioni di consegna</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Inserisci campo</translation>
        </message>
        <message>
            <source>Names in {{ double braces }} are filled in from the data.</source>
            <translation>I nomi tra {{ doppie graffe }} vengono compilati dai dati.</translation>
        </message>
        <message>
            <source>Opening text</source>
            <translation>Testo introduttivo</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Condizioni di pagamento</translation>
        </message>
        <message>
            <source>Put back the opening and the terms as the templates have them</source>
            <translation>Ripristina l'introduzione e le condizioni come nei modelli</translation>
        </message>
        <message>
            <source>Template text</source>
            <translation>Testo del modello</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valido fino al</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sì</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Applica</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Non salvare</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
    </context>
    <context>
        <name>QuestionsEditor</name>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Giù</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Type a question to ask, then Enter (open questions: what, how, why…)</source>
            <translation>Digiti una domanda da porre, poi Invio (domande aperte: cosa, come, perché…)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Su</translation>
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <source>&lt;b&gt;Change the rate of {code} on {day}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Modifica il cambio di {code} al {day}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;New rate&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nuovo cambio&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Tutte le valute</translation>
        </message>
        <message>
            <source>Choose the day of the rate.</source>
            <translation>Scelga il giorno del cambio.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete the rate</source>
            <translation>Elimina il cambio</translation>
        </message>
        <message>
            <source>Delete this rate? Orders already priced keep their converted prices; new ones on its days use the rate before it.</source>
            <translation>Eliminare questo cambio? Gli ordini già prezzati mantengono i prezzi convertiti; quelli nuovi nei suoi giorni usano il cambio precedente.</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Cambi valuta</translation>
        </message>
        <message>
            <source>MNB, ЦБ РФ, the contract…</source>
            <translation>MNB, ЦБ РФ, BCE, il contratto…</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Nuovo cambio</translation>
        </message>
        <message>
            <source>Prices in another currency than the order's are converted at the latest rate on or before the order date. A rate is {rep} per 1 unit of the currency (the reporting currency, {rep}, is always 1).</source>
            <translation>I prezzi in una valuta diversa da quella dell'ordine vengono convertiti all'ultimo cambio alla data dell'ordine o precedente. Un cambio è espresso in {rep} per 1 unità della valuta (la valuta di reporting, {rep}, vale sempre 1).</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Replace the rate</source>
            <translation>Sostituisci il cambio</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Salva modifiche</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Type a number such as 386.12 or %1.</source>
            <translation>Digiti un numero come 386,12 o %1.</translation>
        </message>
        <message>
            <source>{code} already has a rate on {day}: {old}{source}. Replace it with {new}?</source>
            <translation>{code} ha già un cambio al {day}: {old}{source}. Sostituirlo con {new}?</translation>
        </message>
        <message>
            <source>{rep} per 1 unit</source>
            <translation>{rep} per 1 unità</translation>
        </message>
        <message>
            <source>{rep} per 1 {code}: how many {rep} one {code} is worth</source>
            <translation>{rep} per 1 {code}: quanti {rep} vale un {code}</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Give the reason: it goes into the order's history.</source>
            <translation>Indichi il motivo: viene registrato nella cronologia dell'ordine.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Say why: the ledger and the statement show it.</source>
            <translation>Indichi il motivo: il partitario e l'estratto conto lo mostrano.</translation>
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
            <translation>Abbinato</translation>
        </message>
        <message>
            <source>Allocated on</source>
            <translation>Abbinato il</translation>
        </message>
        <message>
            <source>Allocated to invoices</source>
            <translation>Abbinato a fatture</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Call made</source>
            <translation>Telefonata effettuata</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Cur.</source>
            <translation>Val.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>A scadere</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Giorni di ritardo</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Giorni di ritardo</translation>
        </message>
        <message>
            <source>Days past due of the oldest unpaid invoice</source>
            <translation>Giorni di ritardo della fattura non pagata più vecchia</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Da abbinare</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
        <message>
            <source>Invoices of {client}</source>
            <translation>Fatture di {client}</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emessa</translation>
        </message>
        <message>
            <source>Last dunning step</source>
            <translation>Ultimo sollecito</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>Not yet allocated to an invoice</source>
            <translation>Non ancora abbinato a una fattura</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Residuo</translation>
        </message>
        <message>
            <source>Open amounts by days past the due date</source>
            <translation>Importi aperti per giorni dopo la scadenza</translation>
        </message>
        <message>
            <source>Open amounts not yet due, less what the client overpaid</source>
            <translation>Importi aperti non ancora scaduti, meno l'eccedenza pagata dal cliente</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Eccedenza</translation>
        </message>
        <message>
            <source>Paid by the client and not yet allocated to an invoice</source>
            <translation>Pagato dal cliente e non ancora abbinato a una fattura</translation>
        </message>
        <message>
            <source>Payments of {client}</source>
            <translation>Incassi di {client}</translation>
        </message>
        <message>
            <source>Receivables by age</source>
            <translation>Crediti per anzianità</translation>
        </message>
        <message>
            <source>Reference / doc. no.</source>
            <translation>Riferimento / n. doc.</translation>
        </message>
        <message>
            <source>Reminder sent</source>
            <translation>Sollecito inviato</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Step date</source>
            <translation>Data azione</translation>
        </message>
        <message>
            <source>Supplies blocked</source>
            <translation>Forniture bloccate</translation>
        </message>
        <message>
            <source>Supplies unblocked</source>
            <translation>Forniture sbloccate</translation>
        </message>
        <message>
            <source>The invoice's total</source>
            <translation>Totale della fattura</translation>
        </message>
        <message>
            <source>What is still unpaid of it</source>
            <translation>Quanto resta da pagare</translation>
        </message>
        <message>
            <source>What the client owes in all; below zero: overpaid</source>
            <translation>Quanto deve il cliente in tutto; sotto zero: ha pagato in eccesso</translation>
        </message>
        <message>
            <source>When the last dunning step was taken</source>
            <translation>Quando è stata fatta l'ultima azione di sollecito</translation>
        </message>
        <message>
            <source>amounts in each client's currency</source>
            <translation>importi nella valuta di ciascun cliente</translation>
        </message>
        <message>
            <source>amounts in {currency}</source>
            <translation>importi in {currency}</translation>
        </message>
        <message>
            <source>as of {day}</source>
            <translation>al {day}</translation>
        </message>
        <message>
            <source>name contains “{text}”</source>
            <translation>il nome contiene “{text}”</translation>
        </message>
        <message>
            <source>only overdue</source>
            <translation>solo scaduti</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>registrato</translation>
        </message>
        <message>
            <source>reversed {day}</source>
            <translation>stornato il {day}</translation>
        </message>
        <message>
            <source>reversing entry: {note}</source>
            <translation>scrittura di storno: {note}</translation>
        </message>
        <message>
            <source>standing</source>
            <translation>valido</translation>
        </message>
        <message>
            <source>undone {day}</source>
            <translation>annullato il {day}</translation>
        </message>
    </context>
    <context>
        <name>ReceivablesSection</name>
        <message numerus="yes">
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n cliente trovato</numerusform>
                <numerusform>%n clienti trovati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) with a balance</source>
            <translation>
                <numerusform>%n cliente con saldo aperto</numerusform>
                <numerusform>%n clienti con saldo aperto</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Receivables&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Crediti verso clienti&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Allocate…</source>
            <translation>Abbina…</translation>
        </message>
        <message>
            <source>Double-click a client to open its dossier.</source>
            <translation>Faccia doppio clic su un cliente per aprirne la scheda.</translation>
        </message>
        <message>
            <source>Dunning step…</source>
            <translation>Sollecito…</translation>
        </message>
        <message>
            <source>Import bank statement…</source>
            <translation>Importa estratto conto bancario…</translation>
        </message>
        <message>
            <source>No client matches the search or the filter.</source>
            <translation>Nessun cliente corrisponde alla ricerca o al filtro.</translation>
        </message>
        <message>
            <source>No client owes anything and none is in credit. Invoices issued and payments recorded (“Record payment…”, “Import bank statement…”) show here.</source>
            <translation>Nessun cliente ha debiti e nessuno è a credito. Qui compaiono le fatture emesse e gli incassi registrati (“Registra incasso…”, “Importa estratto conto bancario…”).</translation>
        </message>
        <message>
            <source>Only overdue</source>
            <translation>Solo scaduti</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <source>Reconciliation statement…</source>
            <translation>Estratto conto cliente…</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Registra incasso…</translation>
        </message>
        <message>
            <source>Reverse payment</source>
            <translation>Storna incasso</translation>
        </message>
        <message>
            <source>Reverse payment…</source>
            <translation>Storna incasso…</translation>
        </message>
        <message>
            <source>Reverse the payment of {amount} received {day}? Its allocations are undone and a reversing entry is posted today; nothing posted is erased.</source>
            <translation>Stornare l'incasso di {amount} ricevuto il {day}? I suoi abbinamenti vengono annullati e oggi viene registrata una scrittura di storno; nulla di registrato viene cancellato.</translation>
        </message>
        <message>
            <source>Search clients by name</source>
            <translation>Cerca clienti per nome</translation>
        </message>
        <message>
            <source>Total: {amounts}</source>
            <translation>Totale: {amounts}</translation>
        </message>
        <message>
            <source>Undo allocation</source>
            <translation>Annulla abbinamento</translation>
        </message>
        <message>
            <source>Undo the allocation of {amount} to {number}? The money goes back to the payment, free to allocate again; the allocation stays on the ledger as undone.</source>
            <translation>Annullare l'abbinamento di {amount} a {number}? L'importo torna all'incasso, di nuovo abbinabile; l'abbinamento resta nel partitario come annullato.</translation>
        </message>
        <message>
            <source>{balance} owed, {overdue} overdue</source>
            <translation>{balance} da incassare, {overdue} scaduti</translation>
        </message>
    </context>
    <context>
        <name>RegistrationRow</name>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>VAT number there, e.g. DE136695976</source>
            <translation>Partita IVA in quel paese, ad es. DE136695976</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message>
            <source>(nobody)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Approvatore</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Atteggiamento</translation>
        </message>
        <message>
            <source>Attitude: {a} · influence: {i}</source>
            <translation>Atteggiamento: {a} · influenza: {i}</translation>
        </message>
        <message>
            <source>Buying role: {role}</source>
            <translation>Ruolo d'acquisto: {role}</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Schede</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Promotore</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>Impossibile scrivere {path}.</translation>
        </message>
        <message>
            <source>Decision maker</source>
            <translation>Decisore</translation>
        </message>
        <message>
            <source>Drag one person onto another to link them; right-click a card for more. Ctrl+wheel zooms.</source>
            <translation>Trascini una persona su un'altra per collegarle; clic destro su una scheda per altre opzioni. Ctrl+rotellina per lo zoom.</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Valutatore</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Esporta PNG…</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation>Esporta mappa delle relazioni</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Gatekeeper</translation>
        </message>
        <message>
            <source>High influence</source>
            <translation>Influenza alta</translation>
        </message>
        <message>
            <source>In conflict with</source>
            <translation>In conflitto con</translation>
        </message>
        <message>
            <source>In conflict with {b}</source>
            <translation>In conflitto con {b}</translation>
        </message>
        <message>
            <source>Influenced by {b}</source>
            <translation>Influenzato da {b}</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Influenza</translation>
        </message>
        <message>
            <source>Influences {b}</source>
            <translation>Influenza {b}</translation>
        </message>
        <message numerus="yes">
            <source>Last contact %n day(s) ago</source>
            <translation>
                <numerusform>Ultimo contatto %n giorno fa</numerusform>
                <numerusform>Ultimo contatto %n giorni fa</numerusform>
            </translation>
        </message>
        <message>
            <source>Last contact today</source>
            <translation>Ultimo contatto oggi</translation>
        </message>
        <message>
            <source>Last contact yesterday</source>
            <translation>Ultimo contatto ieri</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Linee</translation>
        </message>
        <message>
            <source>Low influence</source>
            <translation>Influenza bassa</translation>
        </message>
        <message>
            <source>Medium influence</source>
            <translation>Influenza media</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutrale</translation>
        </message>
        <message>
            <source>Never met or called</source>
            <translation>Mai incontrato né chiamato</translation>
        </message>
        <message numerus="yes">
            <source>No contact for %n day(s)</source>
            <translation>
                <numerusform>Nessun contatto da %n giorno</numerusform>
                <numerusform>Nessun contatto da %n giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet: add people on the Contacts page.</source>
            <translation>Ancora nessun contatto: aggiunga le persone nella pagina Contatti.</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Non esportato</translation>
        </message>
        <message>
            <source>Not placed in the hierarchy</source>
            <translation>Non collocato nella gerarchia</translation>
        </message>
        <message>
            <source>Opinion leader</source>
            <translation>Opinion leader</translation>
        </message>
        <message>
            <source>Opponent</source>
            <translation>Oppositore</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <source>Relationship map - {client}.png</source>
            <translation>Mappa delle relazioni - {client}.png</translation>
        </message>
        <message>
            <source>Relationship map · {client} · {day}</source>
            <translation>Mappa delle relazioni · {client} · {day}</translation>
        </message>
        <message>
            <source>Remove relation</source>
            <translation>Rimuovi relazione</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Riferisce a</translation>
        </message>
        <message>
            <source>Sceptic</source>
            <translation>Scettico</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Sostenitore</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilizzatore</translation>
        </message>
        <message>
            <source>border = influence</source>
            <translation>bordo = influenza</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>in conflict</source>
            <translation>in conflitto</translation>
        </message>
        <message>
            <source>influences</source>
            <translation>influenza</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bassa</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>media</translation>
        </message>
        <message numerus="yes">
            <source>no meeting or call for %n+ day(s)</source>
            <translation>
                <numerusform>nessun incontro o telefonata da %n+ giorni</numerusform>
                <numerusform>nessun incontro o telefonata da %n+ giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>reports to</source>
            <translation>riferisce a</translation>
        </message>
        <message>
            <source>{a} and {b} are in conflict</source>
            <translation>{a} e {b} sono in conflitto</translation>
        </message>
        <message>
            <source>{a} influences {b}</source>
            <translation>{a} influenza {b}</translation>
        </message>
        <message>
            <source>{a} reports to {b}</source>
            <translation>{a} riferisce a {b}</translation>
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
            <translation>Esporta…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Save the table as an Excel workbook or a CSV file</source>
            <translation>Salva la tabella come cartella di lavoro Excel o file CSV</translation>
        </message>
        <message>
            <source>The report as a PDF with its period and filters: preview, print or save</source>
            <translation>Il report come PDF con periodo e filtri: anteprima, stampa o salvataggio</translation>
        </message>
        <message>
            <source>{title} exported to {path}</source>
            <translation>{title} esportato in {path}</translation>
        </message>
        <message>
            <source>{title} {start} to {end}</source>
            <comment>a file name</comment>
            <translation>{title} dal {start} al {end}</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Reading {start} to {end}…</source>
            <translation>Lettura dal {start} al {end}…</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose another “From” or “to” date.</source>
            <translation>Il periodo inizia dopo la sua fine: scelga un'altra data “Dal” o “al”.</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>&lt;h2&gt;Key clients&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Clienti chiave&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>Importi in {currency} al cambio della data di ciascuna fattura.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Cruscotto</translation>
        </message>
        <message>
            <source>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</source>
            <translation>HHI &lt;b&gt;{hhi}&lt;/b&gt; ({level})</translation>
        </message>
        <message>
            <source>Key clients</source>
            <translation>Clienti chiave</translation>
        </message>
        <message>
            <source>No invoiced revenue from {start} to {end}.</source>
            <translation>Nessun fatturato dal {start} al {end}.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <source>Returns and refusals</source>
            <translation>Resi e rifiuti</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Piani di vendita</translation>
        </message>
        <message>
            <source>Saved: the report uses the new thresholds.</source>
            <translation>Salvato: il report usa le nuove soglie.</translation>
        </message>
        <message>
            <source>Thresholds…</source>
            <translation>Soglie…</translation>
        </message>
        <message>
            <source>Total revenue &lt;b&gt;{amount} {currency}&lt;/b&gt;</source>
            <translation>Fatturato totale &lt;b&gt;{amount} {currency}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who brings our revenue: shares, ABC classes and dependency on one client</source>
            <translation>Chi porta il nostro fatturato: quote, classi ABC e dipendenza da un solo cliente</translation>
        </message>
        <message>
            <source>clients with revenue &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>clienti con fatturato &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>critical &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>critici &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>high concentration</source>
            <translation>concentrazione alta</translation>
        </message>
        <message>
            <source>key &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>chiave &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>low concentration</source>
            <translation>concentrazione bassa</translation>
        </message>
        <message>
            <source>moderate concentration</source>
            <translation>concentrazione moderata</translation>
        </message>
        <message>
            <source>mono-client &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>monocliente &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top 3 &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>primi 3 &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>top client &lt;b&gt;{share}&lt;/b&gt;</source>
            <translation>primo cliente &lt;b&gt;{share}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>RequisitesBox</name>
        <message>
            <source>7 letters and digits</source>
            <translation>7 lettere e cifre</translation>
        </message>
        <message>
            <source>Account (IBAN)</source>
            <translation>Conto (IBAN)</translation>
        </message>
        <message>
            <source>BIK (БИК)</source>
            <translation>BIK (БИК)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banca</translation>
        </message>
        <message>
            <source>Choose the client's country to see which VAT its documents apply.</source>
            <translation>Scegliete il paese del cliente per vedere quale IVA applicano i suoi documenti.</translation>
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
            <translation>Conto corrispondente (к/с)</translation>
        </message>
        <message>
            <source>Documents apply: {regime}</source>
            <translation>I documenti applicano: {regime}</translation>
        </message>
        <message>
            <source>EU VAT number</source>
            <translation>Partita IVA UE</translation>
        </message>
        <message>
            <source>KPP (КПП)</source>
            <translation>KPP (КПП)</translation>
        </message>
        <message>
            <source>Last checked in VIES</source>
            <translation>Ultima verifica in VIES</translation>
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
            <translation>Procura n.</translation>
        </message>
        <message>
            <source>Power of attorney date</source>
            <translation>Data della procura</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Numero di registrazione</translation>
        </message>
        <message>
            <source>Requisites for documents</source>
            <translation>Dati aziendali per i documenti</translation>
        </message>
        <message>
            <source>SWIFT/BIC</source>
            <translation>Codice SWIFT/BIC</translation>
        </message>
        <message>
            <source>Settlement account (р/с)</source>
            <translation>Conto corrente (р/с)</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Qualifica del firmatario</translation>
        </message>
        <message>
            <source>Signs on the basis of</source>
            <translation>Firma in base a</translation>
        </message>
        <message>
            <source>VAT regime</source>
            <translation>Regime IVA</translation>
        </message>
        <message>
            <source>Who signs for the client, and on what authority:</source>
            <translation>Chi firma per il cliente e con quali poteri:</translation>
        </message>
        <message>
            <source>a power of attorney (доверенность)</source>
            <translation>una procura (доверенность)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nome completo</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non registrato</translation>
        </message>
        <message>
            <source>the charter (Устав)</source>
            <translation>lo statuto (Устав)</translation>
        </message>
        <message>
            <source>with the country prefix</source>
            <translation>con il prefisso del paese</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>A new meeting starts on the next working day, at the start of the day.</source>
            <translation>Una nuova riunione parte dal prossimo giorno lavorativo, all'inizio della giornata.</translation>
        </message>
        <message>
            <source>Block when an invoice is overdue by more than (days)</source>
            <translation>Blocca quando una fattura è scaduta da più di (giorni)</translation>
        </message>
        <message>
            <source>Credit control</source>
            <translation>Controllo del fido</translation>
        </message>
        <message>
            <source>Credit control runs when an order is confirmed: it is blocked when the client's exposure (what it owes, its open orders and this order) goes over its credit limit, or when one of its invoices is overdue by more than the days below. A block can be overridden with the name of who approved it and why.</source>
            <translation>Il controllo fido interviene alla conferma di un ordine: l'ordine viene bloccato quando l'esposizione del cliente (ciò che deve, i suoi ordini aperti e questo ordine) supera il fido, o quando una sua fattura è scaduta da più dei giorni indicati sotto. Un blocco può essere forzato indicando chi lo ha approvato e perché.</translation>
        </message>
        <message>
            <source>Credit limit ({currency})</source>
            <translation>Fido ({currency})</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Fine giornata</translation>
        </message>
        <message>
            <source>Day starts</source>
            <translation>Inizio giornata</translation>
        </message>
        <message>
            <source>Days overdue before a block are 0 to 365.</source>
            <translation>I giorni di ritardo prima di un blocco vanno da 0 a 365.</translation>
        </message>
        <message>
            <source>New clients</source>
            <translation>Nuovi clienti</translation>
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation>Termini di pagamento (giorni)</translation>
        </message>
        <message>
            <source>Sales rules</source>
            <translation>Regole di vendita</translation>
        </message>
        <message>
            <source>These rules are the team's: they travel with the data to every laptop.</source>
            <translation>Queste regole sono del team: viaggiano con i dati su ogni portatile.</translation>
        </message>
        <message>
            <source>Type a number of days, 0 or more.</source>
            <translation>Digiti un numero di giorni, 0 o più.</translation>
        </message>
        <message>
            <source>What a new client starts with; its dossier's terms can change it. A client in another currency gets the limit converted at the day's rate, rounded down (no limit when there is no rate). Empty: no limit.</source>
            <translation>Le condizioni con cui parte un nuovo cliente; si possono cambiare nella sua scheda cliente. A un cliente in un'altra valuta il fido viene convertito al cambio del giorno, arrotondato per difetto (nessun fido se manca il cambio). Vuoto: nessun fido.</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Giorni lavorativi</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Orario di lavoro</translation>
        </message>
    </context>
    <context>
        <name>ScheduleSection</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n telefonata</numerusform>
                <numerusform>%n telefonate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflitto</numerusform>
                <numerusform>%n conflitti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not ready</source>
            <translation>
                <numerusform>%n non pronto</numerusform>
                <numerusform>%n non pronti</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Schedule&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Agenda&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>File di calendario (*.ics)</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Durata, minuti</translation>
        </message>
        <message>
            <source>Export the week as a calendar file</source>
            <translation>Esporta la settimana come file di calendario</translation>
        </message>
        <message>
            <source>Export week (.ics)…</source>
            <translation>Esporta settimana (.ics)…</translation>
        </message>
        <message>
            <source>It now clashes: {what}</source>
            <translation>Ora si sovrappone a: {what}</translation>
        </message>
        <message>
            <source>New call…</source>
            <translation>Nuova telefonata…</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nuovo incontro…</translation>
        </message>
        <message>
            <source>Next week (Alt+Right)</source>
            <translation>Settimana successiva (Alt+Destra)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Non esportato</translation>
        </message>
        <message>
            <source>Nothing planned this week</source>
            <translation>Niente in programma questa settimana</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <source>Previous week (Alt+Left)</source>
            <translation>Settimana precedente (Alt+Sinistra)</translation>
        </message>
        <message>
            <source>Print week…</source>
            <translation>Stampa settimana…</translation>
        </message>
        <message>
            <source>Save the week's meetings and calls as a file for a phone or mail calendar</source>
            <translation>Salva gli incontri e le telefonate della settimana in un file per il calendario del telefono o della posta</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>Impossibile scrivere il file: {error}</translation>
        </message>
        <message>
            <source>The week on one page: preview, print or save</source>
            <translation>La settimana in una pagina: anteprima, stampa o salvataggio</translation>
        </message>
        <message>
            <source>This week, today chosen</source>
            <translation>Questa settimana, con oggi selezionato</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message numerus="yes">
            <source>Week {week} saved to {path}: %n calendar event(s)</source>
            <translation>
                <numerusform>Settimana {week} salvata in {path}: %n evento di calendario</numerusform>
                <numerusform>Settimana {week} salvata in {path}: %n eventi di calendario</numerusform>
            </translation>
        </message>
        <message>
            <source>Week {week} · {span}</source>
            <translation>Settimana {week} · {span}</translation>
        </message>
        <message>
            <source>all ready</source>
            <translation>tutti pronti</translation>
        </message>
        <message>
            <source>{day}: nothing planned. Double-click the week to add a meeting.</source>
            <translation>{day}: niente in programma. Faccia doppio clic sulla settimana per aggiungere un incontro.</translation>
        </message>
        <message>
            <source>{day}: {count}</source>
            <translation>{day}: {count}</translation>
        </message>
        <message>
            <source>“{subject}” now {day} {start}–{end}.</source>
            <translation>“{subject}” ora {day} {start}–{end}.</translation>
        </message>
    </context>
    <context>
        <name>ServerSyncDialog</name>
        <message>
            <source>Sends the team server this laptop's changes and brings the team's. Give the server's address as your administrator wrote it.</source>
            <translation>Invia al server del team le modifiche di questo portatile e riceve quelle del team. Indichi l'indirizzo del server come gliel'ha scritto il Suo amministratore.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizza</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Sincronizzazione con il server</translation>
        </message>
        <message>
            <source>The password is not part of the address: PostgreSQL's password file (pgpass) or service file gives it, and kamdesk never stores it.</source>
            <translation>La password non fa parte dell'indirizzo: la fornisce il file delle password di PostgreSQL (pgpass) o il file dei servizi, e kamdesk non la memorizza mai.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>A document's preview</source>
            <translation>Anteprima di un documento</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Una riunione</translation>
        </message>
        <message>
            <source>An order</source>
            <translation>Un ordine</translation>
        </message>
        <message>
            <source>Company settings</source>
            <translation>Impostazioni azienda</translation>
        </message>
        <message>
            <source>Confirm (credit control runs)</source>
            <translation>Conferma (con controllo del fido)</translation>
        </message>
        <message>
            <source>Delete the product (asks first)</source>
            <translation>Elimina l'articolo (chiede prima)</translation>
        </message>
        <message>
            <source>Deliver</source>
            <translation>Consegna</translation>
        </message>
        <message>
            <source>Everywhere in the main window</source>
            <translation>Ovunque nella finestra principale</translation>
        </message>
        <message>
            <source>In a line: take the product, move on</source>
            <translation>In una riga: prendi il prodotto e vai avanti</translation>
        </message>
        <message>
            <source>Invoice (asks first)</source>
            <translation>Fattura (chiede conferma)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Stampa</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Put back the line removed last</source>
            <translation>Rimetti la riga tolta per ultima</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <source>Remove the line (asks first)</source>
            <translation>Rimuovi la riga (chiede conferma)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Salva come PDF</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Salva la riunione</translation>
        </message>
        <message>
            <source>Save the order</source>
            <translation>Salva l'ordine</translation>
        </message>
        <message>
            <source>Save the order (keypad Enter)</source>
            <translation>Salva l'ordine (Invio del tastierino)</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Cerca clienti</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Spedisci</translation>
        </message>
        <message>
            <source>The guide, at this window's task</source>
            <translation>La guida: il compito di questa finestra</translation>
        </message>
        <message>
            <source>The guide: the main tasks step by step</source>
            <translation>La guida: i compiti principali passo per passo</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>Settimana successiva</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>Settimana precedente</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>Questo elenco di scorciatoie</translation>
        </message>
        <message>
            <source>Undo (a move in the week, a deletion)</source>
            <translation>Annulla (uno spostamento nella settimana, un'eliminazione)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Ingrandisci</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Riduci</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Does</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Find a shortcut: a word or a key</source>
            <translation>Cerca una scorciatoia: una parola o un tasto</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasti</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dove</translation>
        </message>
    </context>
    <context>
        <name>SpecialPriceDialog</name>
        <message>
            <source>Dates not set: the price holds from always / until further notice. The client pays the lowest price it is entitled to: a special price above its column price changes nothing.</source>
            <translation>Date non impostate: il prezzo vale da sempre / fino a nuovo avviso. Il cliente paga il prezzo più basso a cui ha diritto: un prezzo speciale superiore al prezzo della sua colonna non cambia nulla.</translation>
        </message>
        <message>
            <source>New special price</source>
            <translation>Nuovo prezzo speciale</translation>
        </message>
        <message>
            <source>No single product matches “{text}”: pick one from the list.</source>
            <translation>Nessun articolo corrisponde esattamente a “{text}”: ne scelga uno dall'elenco.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Price *</source>
            <translation>Prezzo *</translation>
        </message>
        <message>
            <source>Product *</source>
            <translation>Articolo *</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Prezzo speciale</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valido dal</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Valido al</translation>
        </message>
        <message>
            <source>e.g. framework contract 2026</source>
            <translation>ad es. contratto quadro 2026</translation>
        </message>
    </context>
    <context>
        <name>StaleBlock</name>
        <message numerus="yes">
            <source>%n day(s) since the last meeting or call</source>
            <translation>
                <numerusform>%n giorno dall'ultimo incontro o telefonata</numerusform>
                <numerusform>%n giorni dall'ultimo incontro o telefonata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every key client was met or called in the last %n day(s).</source>
            <translation>
                <numerusform>Ogni cliente chiave è stato incontrato o chiamato nell'ultimo giorno.</numerusform>
                <numerusform>Ogni cliente chiave è stato incontrato o chiamato negli ultimi %n giorni.</numerusform>
            </translation>
        </message>
        <message>
            <source>Key clients not contacted</source>
            <translation>Clienti chiave non contattati</translation>
        </message>
        <message>
            <source>No key clients yet: record a key reason in a client's dossier, or wait for revenue to make one key.</source>
            <translation>Ancora nessun cliente chiave: registri un motivo chiave nella scheda di un cliente, o attenda che il fatturato ne renda uno chiave.</translation>
        </message>
        <message numerus="yes">
            <source>No meeting or call held in more than %n day(s).</source>
            <translation>
                <numerusform>Nessun incontro o telefonata da più di %n giorno.</numerusform>
                <numerusform>Nessun incontro o telefonata da più di %n giorni.</numerusform>
            </translation>
        </message>
        <message>
            <source>never met or called</source>
            <translation>mai incontrato né chiamato</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e %n altro</numerusform>
                <numerusform>… e altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message numerus="yes">
            <source>%n document(s) in the period.</source>
            <translation>
                <numerusform>%n documento nel periodo.</numerusform>
                <numerusform>%n documenti nel periodo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Ultimo trimestre</translation>
        </message>
        <message>
            <source>Making the statement…</source>
            <translation>Creazione dell'estratto conto…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>On {day} neither side owes the other.</source>
            <translation>Al {day} nessuna delle parti deve nulla all'altra.</translation>
        </message>
        <message>
            <source>On {day} we owe {client} {amount} (its credit).</source>
            <translation>Al {day} dobbiamo a {client} {amount} (suo credito).</translation>
        </message>
        <message>
            <source>On {day} {client} owes us {amount}.</source>
            <translation>Al {day} {client} ci deve {amount}.</translation>
        </message>
        <message>
            <source>Open the statement in your PDF viewer</source>
            <translation>Apri l'estratto conto nel visualizzatore PDF</translation>
        </message>
        <message>
            <source>Opened in your PDF viewer: print it from there.</source>
            <translation>Aperto nel visualizzatore PDF: lo stampi da lì.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Reconciliation statement</source>
            <translation>Estratto conto</translation>
        </message>
        <message>
            <source>Reconciliation statement: {client}</source>
            <translation>Estratto conto: {client}</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Salva con nome…</translation>
        </message>
        <message>
            <source>Save the statement as</source>
            <translation>Salva l'estratto conto come</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Salvato: {path}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Inviato alla stampante.</translation>
        </message>
        <message>
            <source>The period must start before it ends.</source>
            <translation>Il periodo deve iniziare prima di finire.</translation>
        </message>
        <message>
            <source>Type the client's name and choose it from the list.</source>
            <translation>Digiti il nome del cliente e lo scelga dall'elenco.</translation>
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <source>Remove this step</source>
            <translation>Rimuovi questo passo</translation>
        </message>
        <message>
            <source>What is to be done (send the offer, call back…)</source>
            <translation>Cosa fare (inviare l'offerta, richiamare…)</translation>
        </message>
        <message>
            <source>due</source>
            <translation>scadenza</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>(not a reason)</source>
            <translation>(nessun motivo)</translation>
        </message>
        <message>
            <source>Budget for our category, per year</source>
            <translation>Budget annuo per la nostra categoria</translation>
        </message>
        <message>
            <source>Development plans</source>
            <translation>Piani di sviluppo</translation>
        </message>
        <message>
            <source>Innovator: tries new products first</source>
            <translation>Innovatore: prova per primo i nuovi prodotti</translation>
        </message>
        <message>
            <source>More competent than us: teaches us standards</source>
            <translation>Più competente di noi: ci insegna gli standard</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Esigenze</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <source>Partner: shares plans and budgets openly</source>
            <translation>Partner: condivide apertamente piani e budget</translation>
        </message>
        <message>
            <source>Potential: has need and budget, buys little from us yet</source>
            <translation>Potenziale: ha bisogno e budget, ma da noi acquista ancora poco</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemi</translation>
        </message>
        <message>
            <source>Reference: a name that helps win others</source>
            <translation>Referenza: un nome che aiuta a conquistarne altri</translation>
        </message>
        <message>
            <source>Revenue share: brings a large share of our income</source>
            <translation>Quota di fatturato: genera una parte rilevante dei nostri ricavi</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Save strategy</source>
            <translation>Salva strategia</translation>
        </message>
        <message>
            <source>Say in a sentence why this reason applies.</source>
            <translation>Indichi in una frase perché vale questo motivo.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Punti di forza</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Minacce</translation>
        </message>
        <message>
            <source>Vision and priorities</source>
            <translation>Visione e priorità</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Punti di debolezza</translation>
        </message>
        <message>
            <source>Why this client is key</source>
            <translation>Perché questo cliente è chiave</translation>
        </message>
        <message>
            <source>why, in a sentence</source>
            <translation>perché, in una frase</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message numerus="yes">
            <source>%n record(s) written to {path}.

Give this file to {to}: it is imported there with Import file… and the same passphrase.</source>
            <translation>
                <numerusform>%n record scritto in {path}.

Consegni questo file a {to}: lì si importa con Importa file… e la stessa passphrase.</numerusform>
                <numerusform>%n record scritti in {path}.

Consegni questo file a {to}: lì si importa con Importa file… e la stessa passphrase.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Sincronizzazione&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Conflitti da risolvere</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Fatto.</translation>
        </message>
        <message>
            <source>Done: kept “{v}”.</source>
            <translation>Fatto: mantenuto “{v}”.</translation>
        </message>
        <message>
            <source>Done: the record is deleted.</source>
            <translation>Fatto: il record è eliminato.</translation>
        </message>
        <message>
            <source>Done: the record is kept.</source>
            <translation>Fatto: il record è mantenuto.</translation>
        </message>
        <message>
            <source>Done: the value is now “{v}”.</source>
            <translation>Fatto: ora il valore è “{v}”.</translation>
        </message>
        <message>
            <source>Exchanging changes with the team server…</source>
            <translation>Scambio delle modifiche con il server del team…</translation>
        </message>
        <message>
            <source>Export to file</source>
            <translation>Esporta su file</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Esporta su file…</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Esportato</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Importa file</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Importa file…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importato</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importazione di {file}…</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portatile</translation>
        </message>
        <message>
            <source>Last received from it</source>
            <translation>Ultima ricezione da esso</translation>
        </message>
        <message>
            <source>Last sent to it</source>
            <translation>Ultimo invio a esso</translation>
        </message>
        <message>
            <source>No file exported or imported yet.</source>
            <translation>Nessun file ancora esportato o importato.</translation>
        </message>
        <message>
            <source>No other laptop yet. Export a full file to set up a colleague's laptop: choose “A new laptop (everything)”.</source>
            <translation>Non c'è ancora un altro portatile. Per configurare il portatile di un collega esporti un file completo: scelga “Un nuovo portatile (tutto)”.</translation>
        </message>
        <message>
            <source>Other laptops</source>
            <translation>Altri portatili</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lettura di {file}…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ricevuto</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Inviato</translation>
        </message>
        <message>
            <source>Sent or received</source>
            <translation>Inviato o ricevuto</translation>
        </message>
        <message>
            <source>Sync with the server</source>
            <translation>Sincronizzazione con il server</translation>
        </message>
        <message>
            <source>Sync with the server…</source>
            <translation>Sincronizza con il server…</translation>
        </message>
        <message>
            <source>Synced with the server</source>
            <translation>Sincronizzato con il server</translation>
        </message>
        <message>
            <source>The team's laptops share their data through the team server (Sync with the server…) or through files: export one for a colleague, import the ones you receive. Files use the team's passphrase.</source>
            <translation>I portatili del team condividono i dati tramite il server del team («Sincronizza con il server…») o tramite file: ne esporti uno per un collega, importi quelli che riceve. I file usano la passphrase del team.</translation>
        </message>
        <message>
            <source>This laptop: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Questo portatile: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>In attesa di invio</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Scrittura di {file}…</translation>
        </message>
        <message>
            <source>a new laptop</source>
            <translation>un nuovo portatile</translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>un altro portatile</translation>
        </message>
        <message>
            <source>kamdesk sync files (*.kamsync);;All files (*)</source>
            <translation>File di sincronizzazione kamdesk (*.kamsync);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>the new laptop</source>
            <translation>il nuovo portatile</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>senza nome</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n record</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on two laptops at once to different values.</source>
            <translation>Modificato su due portatili contemporaneamente con valori diversi.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Client in a promotion</source>
            <translation>Cliente in una promozione</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>Clients in promotions</source>
            <translation>Clienti in promozioni</translation>
        </message>
        <message>
            <source>Column price</source>
            <translation>Prezzo per colonna di listino</translation>
        </message>
        <message>
            <source>Column prices</source>
            <translation>Prezzi per colonna di listino</translation>
        </message>
        <message>
            <source>Company profile</source>
            <translation>Profilo aziendale</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Concorrente</translation>
        </message>
        <message>
            <source>Competitor at a client</source>
            <translation>Concorrente presso un cliente</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Concorrenti</translation>
        </message>
        <message>
            <source>Competitors at clients</source>
            <translation>Concorrenti presso i clienti</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Reclamo</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Reclami</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>Deleted on one laptop while edited on another.</source>
            <translation>Eliminato su un portatile mentre veniva modificato su un altro.</translation>
        </message>
        <message>
            <source>Deleted on one laptop, but another laptop added something to it, so it came back.</source>
            <translation>Eliminato su un portatile, ma un altro portatile vi ha aggiunto qualcosa, quindi è stato ripristinato.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documenti</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Fattura</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Fatture</translation>
        </message>
        <message>
            <source>KAM</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>KAM assignment</source>
            <translation>Assegnazione KAM</translation>
        </message>
        <message>
            <source>KAM assignments</source>
            <translation>Assegnazioni KAM</translation>
        </message>
        <message>
            <source>KAMs</source>
            <translation>KAM</translation>
        </message>
        <message>
            <source>Key-client reason</source>
            <translation>Motivo di cliente chiave</translation>
        </message>
        <message>
            <source>Key-client reasons</source>
            <translation>Motivi di cliente chiave</translation>
        </message>
        <message>
            <source>Made twice, on two laptops: the two records are one in fact.</source>
            <translation>Creato due volte, su due portatili: i due record sono in realtà uno solo.</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Partecipante all'incontro</translation>
        </message>
        <message>
            <source>Meeting attendees</source>
            <translation>Partecipanti all'incontro</translation>
        </message>
        <message>
            <source>Meeting or task</source>
            <translation>Incontro o attività</translation>
        </message>
        <message>
            <source>Meeting question</source>
            <translation>Domanda per l'incontro</translation>
        </message>
        <message>
            <source>Meeting questions</source>
            <translation>Domande per l'incontro</translation>
        </message>
        <message>
            <source>Meetings and tasks</source>
            <translation>Incontri e attività</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Obiezione</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Obiezioni</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Order history entries</source>
            <translation>Voci di cronologia ordine</translation>
        </message>
        <message>
            <source>Order history entry</source>
            <translation>Voce di cronologia ordine</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Riga d'ordine</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Righe d'ordine</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Ordini</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Incasso</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Incassi</translation>
        </message>
        <message>
            <source>Payments allocated to this invoice (here and on another laptop) add up to more than it asked. The excess is kept as the client's credit: undo the allocation that went over in Receivables and allocate it elsewhere.</source>
            <translation>Gli incassi abbinati a questa fattura (qui e su un altro portatile) superano l'importo richiesto. L'eccedenza resta a credito del cliente: annulli nei Crediti verso clienti l'abbinamento in eccesso e lo abbini altrove.</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Colonna di listino</translation>
        </message>
        <message>
            <source>Price columns</source>
            <translation>Colonne di listino</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Categorie di articoli</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Categoria di articoli</translation>
        </message>
        <message>
            <source>Product in a promotion</source>
            <translation>Articolo in una promozione</translation>
        </message>
        <message>
            <source>Product on an agenda</source>
            <translation>Articolo in un ordine del giorno</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Articoli</translation>
        </message>
        <message>
            <source>Products in promotions</source>
            <translation>Articoli in promozioni</translation>
        </message>
        <message>
            <source>Products on agendas</source>
            <translation>Articoli negli ordini del giorno</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promozione</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promozioni</translation>
        </message>
        <message>
            <source>Quantity break</source>
            <translation>Scaglione di quantità</translation>
        </message>
        <message>
            <source>Quantity breaks</source>
            <translation>Scaglioni di quantità</translation>
        </message>
        <message>
            <source>Relation between contacts</source>
            <translation>Relazione tra contatti</translation>
        </message>
        <message>
            <source>Relations between contacts</source>
            <translation>Relazioni tra contatti</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Return line</source>
            <translation>Riga di reso</translation>
        </message>
        <message>
            <source>Return lines</source>
            <translation>Righe di reso</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Resi</translation>
        </message>
        <message>
            <source>Sales plan</source>
            <translation>Piano di vendita</translation>
        </message>
        <message>
            <source>Sales plans</source>
            <translation>Piani di vendita</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Impostazione</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Special price</source>
            <translation>Prezzo speciale</translation>
        </message>
        <message>
            <source>Special prices</source>
            <translation>Prezzi speciali</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>The order's lines were changed on two laptops at once: it now holds both, and its totals add up. Keep it as merged, or also get the other version back as a new draft.</source>
            <translation>Le righe dell'ordine sono state modificate su due portatili contemporaneamente: ora contiene entrambe le versioni e i totali tornano. Lo mantenga unito, oppure recuperi anche l'altra versione come nuova bozza.</translation>
        </message>
        <message>
            <source>The same order was invoiced on two laptops.</source>
            <translation>Lo stesso ordine è stato fatturato su due portatili.</translation>
        </message>
        <message>
            <source>Two different records carry the same number.</source>
            <translation>Due record diversi hanno lo stesso numero.</translation>
        </message>
        <message>
            <source>Two laptops disagree about this record.</source>
            <translation>Due portatili non concordano su questo record.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>aggiunto</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modificato</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminato</translation>
        </message>
        <message>
            <source>everything (a full file)</source>
            <translation>tutto (un file completo)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>niente</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>niente di nuovo</translation>
        </message>
        <message>
            <source>nothing: up to date</source>
            <translation>niente: aggiornato</translation>
        </message>
        <message>
            <source>the whole record</source>
            <translation>l'intero record</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>CSV, comma separated (*.csv)</source>
            <translation>CSV, separato da virgole (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {why}</source>
            <translation>Impossibile scrivere {path}: {why}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Cartella di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Esporta la tabella</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtri</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Non esportato</translation>
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Nulla da mostrare per questo periodo.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} di {pages}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Stampato</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
    </context>
    <context>
        <name>TasksBlock</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>scaduta da %n giorno</numerusform>
                <numerusform>scaduta da %n gg</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in the next 7 days (%n)</source>
            <translation>
                <numerusform>In scadenza nei prossimi 7 giorni (%n)</numerusform>
                <numerusform>In scadenza nei prossimi 7 giorni (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Segna come fatta</translation>
        </message>
        <message>
            <source>Mark done: {task}</source>
            <translation>Segna come fatta: {task}</translation>
        </message>
        <message>
            <source>No tasks overdue or due in the next 7 days.</source>
            <translation>Nessuna attività scaduta o in scadenza nei prossimi 7 giorni.</translation>
        </message>
        <message numerus="yes">
            <source>Overdue (%n)</source>
            <translation>
                <numerusform>Scadute (%n)</numerusform>
                <numerusform>Scadute (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message>
            <source>agreed at “{meeting}”</source>
            <translation>concordata in “{meeting}”</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e %n altra</numerusform>
                <numerusform>… e altre %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermsPage</name>
        <message numerus="yes">
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>%n prezzo speciale valido oggi</numerusform>
                <numerusform>%n prezzi speciali validi oggi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n special price(s): {current} valid today, {others} outside their dates</source>
            <translation>
                <numerusform>%n prezzo speciale: validi oggi {current}, fuori dalle loro date {others}</numerusform>
                <numerusform>%n prezzi speciali: validi oggi {current}, fuori dalle loro date {others}</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{price}&lt;/b&gt; per {unit} for {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Compared: {compared}&lt;/span&gt;</source>
            <translation>&lt;b&gt;{price}&lt;/b&gt; per {unit} per {qty}&lt;br&gt;{why}&lt;br&gt;&lt;span style='color:{quiet}'&gt;Confrontato: {compared}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Aggiungi…</translation>
        </message>
        <message>
            <source>Azerbaijani (azərbaycanca)</source>
            <translation>Azerbaigiano (azərbaycanca)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Verifica</translation>
        </message>
        <message>
            <source>Commercial terms</source>
            <translation>Condizioni commerciali</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Fido</translation>
        </message>
        <message>
            <source>Credit limit, {currency}</source>
            <translation>Fido, {currency}</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documenti in</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglese</translation>
        </message>
        <message>
            <source>Hungarian (magyar)</source>
            <translation>Ungherese (magyar)</translation>
        </message>
        <message>
            <source>Italian (italiano)</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Largest line discount, %</source>
            <translation>Sconto massimo di riga, %</translation>
        </message>
        <message>
            <source>Not valid today</source>
            <translation>Non valido oggi</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nulla è stato salvato: corregga il campo evidenziato.</numerusform>
                <numerusform>Nulla è stato salvato: corregga i %n campi evidenziati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment terms, days</source>
            <translation>Termini di pagamento, giorni</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Price check</source>
            <translation>Verifica prezzo</translation>
        </message>
        <message>
            <source>Price column</source>
            <translation>Colonna di listino</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Remove special price</source>
            <translation>Rimuovi prezzo speciale</translation>
        </message>
        <message>
            <source>Remove the special price {price} for {sku} {name}?</source>
            <translation>Rimuovere il prezzo speciale {price} per {sku} {name}?</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Rimuovi…</translation>
        </message>
        <message>
            <source>Russian (русский)</source>
            <translation>Russo (русский)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Salva condizioni</translation>
        </message>
        <message>
            <source>Special prices for this client</source>
            <translation>Prezzi speciali per questo cliente</translation>
        </message>
        <message>
            <source>Terms saved.</source>
            <translation>Condizioni salvate.</translation>
        </message>
        <message>
            <source>Type an SKU or a name and pick the product.</source>
            <translation>Digiti un codice o una descrizione e scelga l'articolo.</translation>
        </message>
        <message>
            <source>Type the quantity.</source>
            <translation>Digiti la quantità.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valido dal</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Valido al</translation>
        </message>
        <message>
            <source>above it, a discount needs approval</source>
            <translation>oltre questo, uno sconto richiede approvazione</translation>
        </message>
        <message>
            <source>empty: no limit · 0: prepayment only</source>
            <translation>vuoto: nessun fido · 0: solo pagamento anticipato</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>quantità</translation>
        </message>
        <message>
            <source>{name} ({percent} off)</source>
            <translation>{name} (sconto {percent})</translation>
        </message>
        <message>
            <source>— none: base prices —</source>
            <translation>— nessuna: prezzi base —</translation>
        </message>
    </context>
    <context>
        <name>TextLimit</name>
        <message>
            <source>This field holds at most %1 characters; longer text cannot be saved.</source>
            <translation>Questo campo contiene al massimo %1 caratteri; un testo più lungo non può essere salvato.</translation>
        </message>
        <message>
            <source>Too long to save: %1 characters, at most %2.</source>
            <translation>Troppo lungo per essere salvato: %1 caratteri, al massimo %2.</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>&lt;b&gt;Key-client thresholds&lt;/b&gt;</source>
            <translation>&lt;b&gt;Soglie dei clienti chiave&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Critical dependency above, %</source>
            <translation>Dipendenza critica oltre, %</translation>
        </message>
        <message>
            <source>Dossier stale after, days without contact</source>
            <translation>Scheda non aggiornata dopo, giorni senza contatto</translation>
        </message>
        <message>
            <source>Key client above, % of revenue</source>
            <translation>Cliente chiave oltre, % del fatturato</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least</source>
            <translation>Cliente chiave anche con fatturato di almeno</translation>
        </message>
        <message>
            <source>Key client also with revenue of at least, {currency}</source>
            <translation>Cliente chiave anche con fatturato di almeno, {currency}</translation>
        </message>
        <message>
            <source>Mono-client above, %</source>
            <translation>Monocliente oltre, %</translation>
        </message>
        <message>
            <source>Must not be below the critical share.</source>
            <translation>Non deve essere inferiore alla quota critica.</translation>
        </message>
        <message>
            <source>Must not be below the key-client share.</source>
            <translation>Non deve essere inferiore alla quota di cliente chiave.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked fields.</source>
            <translation>Nulla è stato salvato: corregga i campi evidenziati.</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>Salva soglie</translation>
        </message>
        <message>
            <source>Shared with the team; the share is of revenue in the period.</source>
            <translation>Condivise con il team; la quota è sul fatturato del periodo.</translation>
        </message>
        <message>
            <source>Type a percentage above 0 and up to 100, e.g. 10.</source>
            <translation>Digiti una percentuale maggiore di 0 e fino a 100, ad es. 10.</translation>
        </message>
        <message>
            <source>Type a whole number of days from 1 to 3650.</source>
            <translation>Digiti un numero intero di giorni da 1 a 3650.</translation>
        </message>
        <message>
            <source>Type an amount above zero, such as 5000000 or %1, or leave it empty.</source>
            <translation>Digiti un importo maggiore di zero, come 5000000 o %1, o lo lasci vuoto.</translation>
        </message>
        <message>
            <source>optional, e.g. 5 000 000</source>
            <translation>facoltativo, ad es. 5 000 000</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Oggi&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Critical dependency</source>
            <translation>Dipendenza critica</translation>
        </message>
        <message>
            <source>Key clients by share</source>
            <translation>Clienti chiave per quota</translation>
        </message>
        <message>
            <source>Key-client alerts</source>
            <translation>Avvisi sui clienti chiave</translation>
        </message>
        <message>
            <source>Mono-client</source>
            <translation>Monocliente</translation>
        </message>
        <message>
            <source>No alerts: no client brings more than {limit} of revenue in the last 12 months.</source>
            <translation>Nessun avviso: negli ultimi 12 mesi nessun cliente supera la soglia di {limit} del fatturato.</translation>
        </message>
        <message>
            <source>No invoiced revenue in the last 12 months.</source>
            <translation>Nessun fatturato negli ultimi 12 mesi.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <source>Share of invoiced revenue from {start} to {end}. Amounts in {currency} at the rate of each invoice's date.</source>
            <translation>Quota del fatturato dal {start} al {end}. Importi in {currency} al cambio della data di ciascuna fattura.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: losing it would hurt badly.</source>
            <translation>{name} genera una quota del fatturato pari a {share}, oltre la soglia di {limit}: perderlo sarebbe un duro colpo.</translation>
        </message>
        <message>
            <source>{name} brings {share} of our revenue, above {limit}: the business depends on one client.</source>
            <translation>{name} genera una quota del fatturato pari a {share}, oltre la soglia di {limit}: l'attività dipende da un solo cliente.</translation>
        </message>
    </context>
    <context>
        <name>TopCausesPanel</name>
        <message>
            <source>&lt;b&gt;Top causes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cause principali&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Act first on &lt;b&gt;{reason}&lt;/b&gt;: {share} of losses — {detail}.</source>
            <translation>Intervenga prima su &lt;b&gt;{reason}&lt;/b&gt;: {share} delle perdite — {detail}.</translation>
        </message>
        <message>
            <source>Nothing was refused or returned in the period.</source>
            <translation>Nel periodo nulla è stato rifiutato o reso.</translation>
        </message>
        <message>
            <source>Share of all refused and returned value in the period.</source>
            <translation>Quota di tutto il valore rifiutato e reso nel periodo.</translation>
        </message>
        <message>
            <source>{reason}: {share} of losses — {detail}</source>
            <translation>{reason}: {share} delle perdite — {detail}</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>%n deleted record(s). Each is kept at least {days} days; after that sync may remove it for good.</source>
            <translation>
                <numerusform>%n record eliminato. Ognuno è conservato almeno {days} giorni; dopo, la sincronizzazione può rimuoverlo definitivamente.</numerusform>
                <numerusform>%n record eliminati. Ognuno è conservato almeno {days} giorni; dopo, la sincronizzazione può rimuoverlo definitivamente.</numerusform>
            </translation>
        </message>
        <message>
            <source>A contact's or meeting's client, a product's SKU, a client's city</source>
            <translation>Il cliente di un contatto o incontro, il codice di un articolo, la città di un cliente</translation>
        </message>
        <message>
            <source>After this day the next sync may remove it for good</source>
            <translation>Dopo questo giorno la prossima sincronizzazione può rimuoverlo definitivamente</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Eliminato il</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Conservato fino al</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portatile</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Past it: the next sync may remove it</source>
            <translation>Scaduto: la prossima sincronizzazione può rimuoverlo</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Restored: {names}</source>
            <translation>Ripristinati: {names}</translation>
        </message>
        <message>
            <source>Search by name, client or SKU</source>
            <translation>Cerca per nome, cliente o codice</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>The laptop it was deleted on, when sync has told</source>
            <translation>Il portatile su cui è stato eliminato, se la sincronizzazione lo ha detto</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Cestino</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e un altro</numerusform>
                <numerusform>e altri %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Cestino…</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Durata, minuti</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Ripeti {what}</translation>
        </message>
        <message>
            <source>Redone: {what}</source>
            <translation>Ripetuto: {what}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Annulla {what}</translation>
        </message>
        <message>
            <source>Undone: {what}</source>
            <translation>Annullato: {what}</translation>
        </message>
        <message>
            <source>deletion of call “{name}”</source>
            <translation>eliminazione della telefonata «{name}»</translation>
        </message>
        <message>
            <source>deletion of client “{name}”</source>
            <translation>eliminazione del cliente «{name}»</translation>
        </message>
        <message>
            <source>deletion of contact “{name}”</source>
            <translation>eliminazione del contatto «{name}»</translation>
        </message>
        <message>
            <source>deletion of meeting “{name}”</source>
            <translation>eliminazione dell'incontro «{name}»</translation>
        </message>
        <message>
            <source>deletion of product “{name}”</source>
            <translation>eliminazione dell'articolo «{name}»</translation>
        </message>
        <message>
            <source>move of call “{subject}”</source>
            <translation>spostamento della telefonata «{subject}»</translation>
        </message>
        <message>
            <source>move of meeting “{subject}”</source>
            <translation>spostamento dell'incontro «{subject}»</translation>
        </message>
        <message>
            <source>removal of line {n}, {product}</source>
            <translation>rimozione della riga {n}, {product}</translation>
        </message>
        <message numerus="yes">
            <source>restore of %n record(s)</source>
            <translation>
                <numerusform>ripristino di %n record</numerusform>
                <numerusform>ripristino di %n record</numerusform>
            </translation>
        </message>
        <message>
            <source>restore of “{name}”</source>
            <translation>ripristino di «{name}»</translation>
        </message>
    </context>
    <context>
        <name>VatRegistrationsEditor</name>
        <message>
            <source>Add a country…</source>
            <translation>Aggiungi un paese…</translation>
        </message>
        <message>
            <source>None: the company charges VAT only in its own country.</source>
            <translation>Nessuna: l'azienda applica l'IVA solo nel proprio paese.</translation>
        </message>
    </context>
    <context>
        <name>WeekAgenda</name>
        <message>
            <source>+{n} more</source>
            <translation>+{n} altri</translation>
        </message>
        <message>
            <source>Agenda {year} week {week}.pdf</source>
            <translation>Agenda {year} settimana {week}.pdf</translation>
        </message>
        <message>
            <source>Agenda: {week}</source>
            <translation>Agenda: {week}</translation>
        </message>
        <message>
            <source>Client · subject</source>
            <translation>Cliente · oggetto</translation>
        </message>
        <message>
            <source>Leave {time}</source>
            <translation>Partenza {time}</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Stampato</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparazione</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>nothing planned</source>
            <translation>niente in programma</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Attendees: {names}</source>
            <translation>Partecipanti: {names}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Fatto ✓</translation>
        </message>
        <message>
            <source>Leave by {time} ({minutes} min travel)</source>
            <translation>Partire entro le {time} ({minutes} min di viaggio)</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Meeting by phone</source>
            <translation>Incontro telefonico</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefonata</translation>
        </message>
        <message>
            <source>Readiness {score} / 100</source>
            <translation>Preparazione {score} / 100</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videochiamata</translation>
        </message>
        <message>
            <source>Video meeting</source>
            <translation>Videoconferenza</translation>
        </message>
        <message>
            <source>leave by {time}</source>
            <translation>partire entro le {time}</translation>
        </message>
        <message>
            <source>↻ Repeats</source>
            <translation>↻ Si ripete</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Si è verificato un errore.</translation>
        </message>
        <message>
            <source>Your saved data is safe. The details were written to the log:
{path}</source>
            <translation>I dati salvati sono al sicuro. I dettagli sono stati scritti nel log:
{path}</translation>
        </message>
    </context>
    <context>
        <name>kamdesk.domain</name>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confermato</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Danneggiato</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <source>Domestic: the product's rate</source>
            <translation>Nazionale: aliquota dell'articolo</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Dormiente</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Bozza</translation>
        </message>
        <message>
            <source>EAEU (0 %, for a Russian supplier)</source>
            <translation>UEE (0 %, per un fornitore russo)</translation>
        </message>
        <message>
            <source>Exempt supply (no VAT)</source>
            <translation>Operazione esente (senza IVA)</translation>
        </message>
        <message>
            <source>Export (0 %)</source>
            <translation>Esportazione (0 %)</translation>
        </message>
        <message>
            <source>From country and VAT number</source>
            <translation>In base a paese e partita IVA</translation>
        </message>
        <message>
            <source>Intra-Community supply of goods (exempt)</source>
            <translation>Cessione intracomunitaria di beni (non imponibile)</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perso</translation>
        </message>
        <message>
            <source>Mis-grading</source>
            <translation>Classificazione errata</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <source>Price dispute</source>
            <translation>Contestazione sul prezzo</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualità</translation>
        </message>
        <message>
            <source>Services to an EU business (reverse charge)</source>
            <translation>Servizi a un'impresa UE (reverse charge)</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Eccedenza</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Articolo errato</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>approvatore</translation>
        </message>
        <message>
            <source>base price</source>
            <translation>prezzo base</translation>
        </message>
        <message>
            <source>brief</source>
            <translation>superficiale</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>promotore</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>critico</translation>
        </message>
        <message>
            <source>decision maker</source>
            <translation>decisore</translation>
        </message>
        <message>
            <source>domestic supply</source>
            <translation>cessione nazionale</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>valutatore</translation>
        </message>
        <message>
            <source>export</source>
            <translation>esportazione</translation>
        </message>
        <message>
            <source>export to the EAEU</source>
            <translation>esportazione verso l'UEE</translation>
        </message>
        <message>
            <source>gatekeeper</source>
            <translation>gatekeeper</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>in depth</source>
            <translation>approfondita</translation>
        </message>
        <message>
            <source>intra-Community supply</source>
            <translation>cessione intracomunitaria</translation>
        </message>
        <message>
            <source>key</source>
            <translation>chiave</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bassa</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>media</translation>
        </message>
        <message>
            <source>mono</source>
            <translation>monocliente</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutrale</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <source>opponent</source>
            <translation>oppositore</translation>
        </message>
        <message>
            <source>price column</source>
            <translation>colonna di listino</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>promozione</translation>
        </message>
        <message>
            <source>quantity break</source>
            <translation>scaglione di quantità</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>regolare</translation>
        </message>
        <message>
            <source>reverse charge</source>
            <translation>reverse charge</translation>
        </message>
        <message>
            <source>sceptic</source>
            <translation>scettico</translation>
        </message>
        <message>
            <source>special price</source>
            <translation>prezzo speciale</translation>
        </message>
        <message>
            <source>supporter</source>
            <translation>sostenitore</translation>
        </message>
        <message>
            <source>typed by hand</source>
            <translation>inserito a mano</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilizzatore</translation>
        </message>
        <message>
            <source>without VAT</source>
            <translation>senza IVA</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Ripristina un backup</translation>
        </message>
        <message>
            <source>Restore the backup of {when}?

The current file is saved aside first, beside it, named with today's date. What was entered after {when} is not in the backup.</source>
            <translation>Ripristinare il backup del {when}?

Prima il file attuale viene messo da parte accanto a esso, con la data di oggi nel nome. Ciò che è stato inserito dopo il {when} non è nel backup.</translation>
        </message>
        <message>
            <source>Restoring the backup of {when}…</source>
            <translation>Ripristino del backup del {when}…</translation>
        </message>
        <message>
            <source>The backup of {when} is restored.

The file it replaced was saved as {aside}.</source>
            <translation>Il backup del {when} è ripristinato.

Il file sostituito è stato salvato come {aside}.</translation>
        </message>
        <message>
            <source>This backup was made before the database was encrypted: it is encrypted with the current passphrase as it is restored.</source>
            <translation>Questo backup è stato eseguito prima che il database fosse cifrato: viene cifrato con la passphrase attuale durante il ripristino.</translation>
        </message>
    </context>
    <context>
        <name>windows</name>
        <message>
            <source>kamdesk is locked: unlock it first.</source>
            <translation>kamdesk è bloccato: lo sblocchi prima.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/reports/losses_report.py" line="238" />
            <source>%Ln event(s), {amount}</source>
            <translation>
                <numerusform>%Ln event, {amount}</numerusform>
                <numerusform>%Ln events, {amount}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientsSection</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/section.py" line="150" />
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n client found</numerusform>
                <numerusform>%n clients found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/section.py" line="152" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/settings/company_dialog.py" line="215" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/contact_dialog.py" line="152" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_lists.py" line="159" />
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>%n contact in the trash</numerusform>
                <numerusform>%n contacts in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_lists.py" line="161" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_lists.py" line="438" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LossesReport</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/reports/losses_report.py" line="606" />
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoChart</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/reports/pareto_chart.py" line="152" />
            <source>%n others</source>
            <translation>
                <numerusform>%n other</numerusform>
                <numerusform>%n others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriceColumnsDialog</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/price_columns.py" line="195" />
            <source>Its %n quantity break(s) made for this column only go with it.</source>
            <translation>
                <numerusform>Its quantity break made for this column only goes with it.</numerusform>
                <numerusform>Its %n quantity breaks made for this column only go with it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/product_dialog.py" line="133" />
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>On %n order line: never deleted; untick Active to retire it.</numerusform>
                <numerusform>On %n order lines: never deleted; untick Active to retire it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/product_dialog.py" line="426" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductsSection</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/section.py" line="178" />
            <source>%n product(s) found</source>
            <translation>
                <numerusform>%n product found</numerusform>
                <numerusform>%n products found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/section.py" line="178" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_profile.py" line="184" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromotionsDialog</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/promotions.py" line="232" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/promotions.py" line="232" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products/promotions.py" line="398" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpecialPriceDialog</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/special_price_dialog.py" line="106" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermsPage</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_terms.py" line="238" />
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>%n special price valid today</numerusform>
                <numerusform>%n special prices valid today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_terms.py" line="238" />
            <source>, %n other(s) outside their dates</source>
            <translation>
                <numerusform>, %n other outside its dates</numerusform>
                <numerusform>, %n others outside their dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients/dossier_terms.py" line="284" />
            <source>Nothing was saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Nothing was saved: correct the marked field.</numerusform>
                <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderActions</name>
        <message numerus="yes">
            <source>Not saved: %n line(s) to fix, marked in red.</source>
            <translation>
                <numerusform>Not saved: %n line to fix, marked in red.</numerusform>
                <numerusform>Not saved: %n lines to fix, marked in red.</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n other client(s) buy it</source>
            <translation>
                <numerusform>%n other client buy it</numerusform>
                <numerusform>%n other clients buy it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>bought by %n other client(s) of the segment</source>
            <translation>
                <numerusform>bought by %n other client of the segment</numerusform>
                <numerusform>bought by %n other clients of the segment</numerusform>
            </translation>
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
    </context>
    <context>
        <name>FulfilmentDialogs</name>
        <message numerus="yes">
            <source>%n line(s), {value}</source>
            <translation>
                <numerusform>%n line, {value}</numerusform>
                <numerusform>%n lines, {value}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Coming back on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Coming back on %n line, worth {value}</numerusform>
                <numerusform>Coming back on %n lines, worth {value}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refused on %n line(s), worth {value}</source>
            <translation>
                <numerusform>Refused on %n line, worth {value}</numerusform>
                <numerusform>Refused on %n lines, worth {value}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Shipping %n line(s) worth {value}</source>
            <translation>
                <numerusform>Shipping %n line worth {value}</numerusform>
                <numerusform>Shipping %n lines worth {value}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) not fully shipped: {lines}.</source>
            <translation>
                <numerusform>%n line not fully shipped: {lines}.</numerusform>
                <numerusform>%n lines not fully shipped: {lines}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BirthdaysBlock</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
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
        <name>ExpiringBlock</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
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
        <name>LeaveReminder</name>
        <message numerus="yes">
            <source>(travel %n min)</source>
            <translation>
                <numerusform>(travel %n min)</numerusform>
                <numerusform>(travel %n min)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Call in %n min</source>
            <translation>
                <numerusform>Call in %n min</numerusform>
                <numerusform>Call in %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Meeting in %n min</source>
            <translation>
                <numerusform>Meeting in %n min</numerusform>
                <numerusform>Meeting in %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Video meeting in %n min</source>
            <translation>
                <numerusform>Video meeting in %n min</numerusform>
                <numerusform>Video meeting in %n min</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>⚠ and %n more clash(es)</source>
            <translation>
                <numerusform>⚠ and %n more clash</numerusform>
                <numerusform>⚠ and %n more clashes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message numerus="yes">
            <source>Not saved: correct the %n marked field(s).</source>
            <translation>
                <numerusform>Not saved: correct the %n marked field.</numerusform>
                <numerusform>Not saved: correct the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsBlock</name>
        <message numerus="yes">
            <source>… and %n more today: see the week.</source>
            <translation>
                <numerusform>… and %n more today: see the week.</numerusform>
                <numerusform>… and %n more today: see the week.</numerusform>
            </translation>
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
            <source>%n meeting(s) and call(s)</source>
            <translation>
                <numerusform>%n meeting and call</numerusform>
                <numerusform>%n meetings and calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) and call(s) of week {week} saved to {path}</source>
            <translation>
                <numerusform>%n meeting and call of week {week} saved to {path}</numerusform>
                <numerusform>%n meetings and calls of week {week} saved to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not ready</source>
            <translation>
                <numerusform>%n not ready</numerusform>
                <numerusform>%n not ready</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Week {week} saved to {path}: %n calendar event(s)</source>
            <translation>
                <numerusform>Week {week} saved to {path}: %n calendar event</numerusform>
                <numerusform>Week {week} saved to {path}: %n calendar events</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>No meeting or call held in more than %n day(s).</source>
            <translation>
                <numerusform>No meeting or call held in more than %n day.</numerusform>
                <numerusform>No meeting or call held in more than %n days.</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>Overdue (%n)</source>
            <translation>
                <numerusform>Overdue (%n)</numerusform>
                <numerusform>Overdue (%n)</numerusform>
            </translation>
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
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>In the total: %n line(s), </source>
            <translation>
                <numerusform>In the total: %n line, </numerusform>
                <numerusform>In the total: %n lines, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>optional, apart: %n line(s), {total}</source>
            <translation>
                <numerusform>optional, apart: %n line, {total}</numerusform>
                <numerusform>optional, apart: %n lines, {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message numerus="yes">
            <source>The draft order starts with the %n product(s) on the agenda: set the quantities and save it; it becomes this meeting's offer.</source>
            <translation>
                <numerusform>The draft order starts with the %n product on the agenda: set the quantities and save it; it becomes this meeting's offer.</numerusform>
                <numerusform>The draft order starts with the %n products on the agenda: set the quantities and save it; it becomes this meeting's offer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
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
        <message numerus="yes">
            <source>Payments (%n)</source>
            <translation>
                <numerusform>Payments (%n)</numerusform>
                <numerusform>Payments (%n)</numerusform>
            </translation>
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
    </context>
</TS>

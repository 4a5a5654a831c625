<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CauseBars</name>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/losses_report.py" line="238" />
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
            <location filename="../../kamdesk/ui/clients.py" line="150" />
            <source>%n client(s) found</source>
            <translation>
                <numerusform>%n client found</numerusform>
                <numerusform>%n clients found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/clients.py" line="152" />
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
            <location filename="../../kamdesk/ui/company_dialog.py" line="215" />
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
            <location filename="../../kamdesk/ui/contact_dialog.py" line="152" />
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
            <location filename="../../kamdesk/ui/dossier_lists.py" line="159" />
            <source>%n contact(s) in the trash</source>
            <translation>
                <numerusform>%n contact in the trash</numerusform>
                <numerusform>%n contacts in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/dossier_lists.py" line="161" />
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
            <location filename="../../kamdesk/ui/dossier_lists.py" line="438" />
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
            <location filename="../../kamdesk/ui/losses_report.py" line="606" />
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
            <location filename="../../kamdesk/ui/pareto_chart.py" line="152" />
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
            <location filename="../../kamdesk/ui/price_columns.py" line="195" />
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
            <location filename="../../kamdesk/ui/product_dialog.py" line="133" />
            <source>On %n order line(s): never deleted; untick Active to retire it.</source>
            <translation>
                <numerusform>On %n order line: never deleted; untick Active to retire it.</numerusform>
                <numerusform>On %n order lines: never deleted; untick Active to retire it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/product_dialog.py" line="426" />
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
            <location filename="../../kamdesk/ui/products.py" line="178" />
            <source>%n product(s) found</source>
            <translation>
                <numerusform>%n product found</numerusform>
                <numerusform>%n products found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/products.py" line="178" />
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
            <location filename="../../kamdesk/ui/dossier_profile.py" line="184" />
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
            <location filename="../../kamdesk/ui/promotions.py" line="232" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/promotions.py" line="232" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/promotions.py" line="398" />
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
            <location filename="../../kamdesk/ui/special_price_dialog.py" line="106" />
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
            <location filename="../../kamdesk/ui/dossier_terms.py" line="238" />
            <source>%n special price(s) valid today</source>
            <translation>
                <numerusform>%n special price valid today</numerusform>
                <numerusform>%n special prices valid today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/dossier_terms.py" line="238" />
            <source>, %n other(s) outside their dates</source>
            <translation>
                <numerusform>, %n other outside its dates</numerusform>
                <numerusform>, %n others outside their dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../kamdesk/ui/dossier_terms.py" line="284" />
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/clients.py" line="150"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/clients.py" line="152"/>
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
        <location filename="../../kamdesk/ui/company_dialog.py" line="215"/>
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
        <location filename="../../kamdesk/ui/contact_dialog.py" line="152"/>
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
        <location filename="../../kamdesk/ui/dossier_lists.py" line="159"/>
        <source>%n contact(s) in the trash</source>
        <translation>
            <numerusform>%n contact in the trash</numerusform>
            <numerusform>%n contacts in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/dossier_lists.py" line="161"/>
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
        <location filename="../../kamdesk/ui/dossier_lists.py" line="438"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/pareto_chart.py" line="152"/>
        <source>%n others</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/dossier_profile.py" line="184"/>
        <source>Nothing was saved: correct the %n marked field(s).</source>
        <translation>
            <numerusform>Nothing was saved: correct the marked field.</numerusform>
            <numerusform>Nothing was saved: correct the %n marked fields.</numerusform>
        </translation>
    </message>
</context>
</TS>

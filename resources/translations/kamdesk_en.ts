<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/clients.py" line="94"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/clients.py" line="96"/>
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
</TS>

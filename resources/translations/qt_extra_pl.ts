<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that the qtbase_pl.qm shipped with PySide6 does not translate (Qt changed their source text
     and the Polish file was not updated). Loaded after qtbase_pl by app/ui/kit/i18n.py; compiled by
     tools/translations.py. -->
<TS version="2.1" language="pl_PL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;rodzaju:</translation>
    </message>
</context>
</TS>

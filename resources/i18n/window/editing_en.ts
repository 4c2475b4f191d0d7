<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FindReplace</name>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>&amp;Notes (%n open)</source>
        <translation>
            <numerusform>&amp;Notes (%n open)</numerusform>
            <numerusform>&amp;Notes (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message numerus="yes">
        <source>%n versions, frees {space}</source>
        <translation>
            <numerusform>%n version, frees {space}</numerusform>
            <numerusform>%n versions, frees {space}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message numerus="yes">
        <source>Licence and source (%n filled)</source>
        <translation>
            <numerusform>Licence and source (%n filled)</numerusform>
            <numerusform>Licence and source (%n filled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message numerus="yes">
        <source>%n credit/image finding(s), worst: {severity}</source>
        <translation>
            <numerusform>%n credit/image finding, worst: {severity}</numerusform>
            <numerusform>%n credit/image findings, worst: {severity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open note(s) for the editor</source>
        <translation>
            <numerusform>%n open note for the editor</numerusform>
            <numerusform>%n open notes for the editor</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n slide(s) without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</source>
        <translation>
            <numerusform>%n slide without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</numerusform>
            <numerusform>%n slides without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n slide(s) from {source}.</source>
        <translation>
            <numerusform>Imported %n slide from {source}.</numerusform>
            <numerusform>Imported %n slides from {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The credit check has %n error(s) in this article (see Problems); the export publishes it as it is.</source>
        <translation>
            <numerusform>The credit check has %n error in this article (see Problems); the export publishes it as it is.</numerusform>
            <numerusform>The credit check has %n errors in this article (see Problems); the export publishes it as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n version(s), {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</source>
        <translation>
            <numerusform>%n version, {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</numerusform>
            <numerusform>%n versions, {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>The credit check has %n error(s) (see Problems):
{errors}</source>
        <translation>
            <numerusform>The credit check has %n error (see Problems):
{errors}</numerusform>
            <numerusform>The credit check has %n errors (see Problems):
{errors}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ModulePanelFactory</name>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation><numerusform>%n band</numerusform><numerusform>%n bands</numerusform></translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n track</numerusform><numerusform>%n tracks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the release can be rendered:</source>
        <translation><numerusform>%n problem to fix before the release can be rendered:</numerusform><numerusform>%n problems to fix before the release can be rendered:</numerusform></translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportSummary</name>
    <message numerus="yes">
        <source>Release written: %n file(s)</source>
        <translation><numerusform>Release written: %n file</numerusform><numerusform>Release written: %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DDP image read back by the independent reader: %n track(s)</source>
        <translation><numerusform>DDP image read back by the independent reader: %n track</numerusform><numerusform>DDP image read back by the independent reader: %n tracks</numerusform></translation>
    </message>
</context>
<context>
    <name>lathe::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n track</numerusform><numerusform>%n tracks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) measured</source>
        <translation>
            <numerusform>The source is measured</numerusform>
            <numerusform>All %n sources measured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lathe::ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation><numerusform>%n frame</numerusform><numerusform>%n frames</numerusform></translation>
    </message>
</context>
<context>
    <name>lathe::ui::ProjectDocument</name>
    <message numerus="yes">
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>Add %n track</numerusform>
            <numerusform>Add %n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n track(s)</source>
        <translation>
            <numerusform>Remove %n track</numerusform>
            <numerusform>Remove %n tracks</numerusform>
        </translation>
    </message>
</context>
</TS>
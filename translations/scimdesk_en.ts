<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../app/changes/Plan.cpp" line="+193"/>
        <source>%n user(s) lose their licences as they are deactivated (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEffect</name>
    <message numerus="yes">
        <location filename="../app/changes/RequestEffect.cpp" line="+343"/>
        <source>adds %n member(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>removes %n member(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::AuditDialog</name>
    <message numerus="yes">
        <location filename="../ui/AuditDialog.cpp" line="+165"/>
        <source>&amp;Revert %n selected change(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::ChangesController</name>
    <message numerus="yes">
        <location filename="../ui/ChangesController.cpp" line="+674"/>
        <source>%n change(s) were made on the service since the run. They are in the plan unticked: tick one to overwrite it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

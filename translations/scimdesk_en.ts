<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplyEstimate</name>
    <message numerus="yes">
        <location filename="../app/changes/ApplyEstimate.cpp" line="+128"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>applying %Ln change(s) and reading them back takes %1</source>
        <translation>
            <numerusform>applying %Ln change and reading it back takes %1</numerusform>
            <numerusform>applying %Ln changes and reading them back takes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>applying %Ln change(s) takes %1</source>
        <translation>
            <numerusform>applying %Ln change takes %1</numerusform>
            <numerusform>applying %Ln changes takes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln request(s) at once</source>
        <translation>
            <numerusform>%Ln request at once</numerusform>
            <numerusform>%Ln requests at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <location filename="../app/audit/AuditLog.cpp" line="+147"/>
        <source>%Ln applied</source>
        <translation>
            <numerusform>%Ln applied</numerusform>
            <numerusform>%Ln applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln not applied by the service</source>
        <translation>
            <numerusform>%Ln not applied by the service</numerusform>
            <numerusform>%Ln not applied by the service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message numerus="yes">
        <location filename="../app/changes/ImportRowParser.cpp" line="+155"/>
        <source>unknown group(s): %1. Check the spelling, or create the group first.</source>
        <translation>
            <numerusform>unknown group: %1. Check the spelling, or create the group first.</numerusform>
            <numerusform>unknown groups: %1. Check the spelling, or create the groups first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/changes/ImportPlanner.cpp" line="+616"/>
        <source>%Ln row(s) excluded by you.</source>
        <translation>
            <numerusform>%Ln row excluded by you.</numerusform>
            <numerusform>%Ln rows excluded by you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln row with errors</numerusform>
            <numerusform>%Ln rows with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../app/changes/Plan.cpp" line="+209"/>
        <source>%Ln user(s) lose their licences as they are deactivated (%1).</source>
        <translation>
            <numerusform>%Ln user loses their licences as they are deactivated (%1).</numerusform>
            <numerusform>%Ln users lose their licences as they are deactivated (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>%Ln change(s) to send: %1</source>
        <translation>
            <numerusform>%Ln change to send: %1</numerusform>
            <numerusform>%Ln changes to send: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message numerus="yes">
        <location filename="../app/changes/PlanFile.cpp" line="+132"/>
        <source>%n connection(s) with changes.</source>
        <translation>
            <numerusform>%n connection with changes.</numerusform>
            <numerusform>%n connections with changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateLimits</name>
    <message numerus="yes">
        <location filename="../app/scim/RateLimits.cpp" line="+37"/>
        <source>every %n seconds</source>
        <translation>
            <numerusform>every %n second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEffect</name>
    <message numerus="yes">
        <location filename="../app/changes/RequestEffect.cpp" line="+348"/>
        <source>adds %Ln member(s) to %1</source>
        <translation>
            <numerusform>adds %Ln member to %1</numerusform>
            <numerusform>adds %Ln members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>removes %Ln member(s) from %1</source>
        <translation>
            <numerusform>removes %Ln member from %1</numerusform>
            <numerusform>removes %Ln members from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyController</name>
    <message numerus="yes">
        <location filename="../ui/ApplyController.cpp" line="+49"/>
        <source>Warning (%Ln change(s)): %1</source>
        <translation>
            <numerusform>Warning (%Ln change): %1</numerusform>
            <numerusform>Warning (%Ln changes): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln other warning(s), shown in the review.</source>
        <translation>
            <numerusform>%Ln other warning, shown in the review.</numerusform>
            <numerusform>%Ln other warnings, shown in the review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Apply %Ln change(s)</source>
        <translation>
            <numerusform>Apply %Ln change</numerusform>
            <numerusform>Apply %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>The plan deletes %Ln user(s) on &quot;%1&quot;.</source>
        <translation>
            <numerusform>The plan deletes %Ln user on &quot;%1&quot;.</numerusform>
            <numerusform>The plan deletes %Ln users on &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %Ln user(s)</source>
        <translation>
            <numerusform>Delete %Ln user</numerusform>
            <numerusform>Delete %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>An apply to &quot;%1&quot; was interrupted: %L2 of %Ln change(s) were done and %L3 were in flight when it stopped.</source>
        <translation>
            <numerusform>An apply to &quot;%1&quot; was interrupted: of its %Ln change, %L2 was done and %L3 was in flight when it stopped.</numerusform>
            <numerusform>An apply to &quot;%1&quot; was interrupted: %L2 of %Ln changes were done and %L3 were in flight when it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::ApplyDialog</name>
    <message numerus="yes">
        <location filename="../ui/ApplyDialog.cpp" line="+67"/>
        <source>Applying %Ln change(s) to &quot;%1&quot; (%2).</source>
        <translation>
            <numerusform>Applying %Ln change to &quot;%1&quot; (%2).</numerusform>
            <numerusform>Applying %Ln changes to &quot;%1&quot; (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source> — %Ln request(s) at a time</source>
        <translation>
            <numerusform> — %Ln request at a time</numerusform>
            <numerusform> — %Ln requests at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 ignored %Ln licence change(s): this account gives licences by group. Switch “%2” to licences by group?</source>
        <translation>
            <numerusform>%1 ignored %Ln licence change: this account gives licences by group. Switch “%2” to licences by group?</numerusform>
            <numerusform>%1 ignored %Ln licence changes: this account gives licences by group. Switch “%2” to licences by group?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::AuditDialog</name>
    <message numerus="yes">
        <location filename="../ui/AuditDialog.cpp" line="+51"/>
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>&amp;Revert %n selected change(s)…</source>
        <translation>
            <numerusform>&amp;Revert %n selected change…</numerusform>
            <numerusform>&amp;Revert %n selected changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::ChangesController</name>
    <message numerus="yes">
        <location filename="../ui/ChangesController.cpp" line="+228"/>
        <source>Queue %Ln user(s) for deletion?</source>
        <translation>
            <numerusform>Queue %Ln user for deletion?</numerusform>
            <numerusform>Queue %Ln users for deletion?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+219"/>
        <source>Group for the %Ln selected user(s):</source>
        <translation>
            <numerusform>Group for the %Ln selected user:</numerusform>
            <numerusform>Group for the %Ln selected users:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Include %Ln change(s)</source>
        <translation>
            <numerusform>Include %Ln change</numerusform>
            <numerusform>Include %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exclude %Ln change(s)</source>
        <translation>
            <numerusform>Exclude %Ln change</numerusform>
            <numerusform>Exclude %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove %Ln change(s)</source>
        <translation>
            <numerusform>Remove %Ln change</numerusform>
            <numerusform>Remove %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln pending change(s) would be replaced by this plan.</source>
        <translation>
            <numerusform>%Ln pending change would be replaced by this plan.</numerusform>
            <numerusform>%Ln pending changes would be replaced by this plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>%Ln change(s) were made on the service since the run. They are in the plan unticked: tick one to overwrite it.</source>
        <translation>
            <numerusform>%Ln change was made on the service since the run. It is in the plan unticked: tick it to overwrite it.</numerusform>
            <numerusform>%Ln changes were made on the service since the run. They are in the plan unticked: tick one to overwrite it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommands.cpp" line="+300"/>
        <source>%Ln row(s) have errors; no plan was written. Fix them, or pass --skip-invalid to plan the other rows.</source>
        <translation>
            <numerusform>%Ln row has errors; no plan was written. Fix it, or pass --skip-invalid to plan the other rows.</numerusform>
            <numerusform>%Ln rows have errors; no plan was written. Fix them, or pass --skip-invalid to plan the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommands.cpp" line="+296"/>
        <source>Apply %Ln change(s) to &quot;%1&quot;? [y/N]</source>
        <translation>
            <numerusform>Apply %Ln change to &quot;%1&quot;? [y/N]</numerusform>
            <numerusform>Apply %Ln changes to &quot;%1&quot;? [y/N]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Apply %Ln change(s) to the sections ready (%1 connections)? [y/N]</source>
        <translation>
            <numerusform>Apply %Ln change to the sections ready (%1 connections)? [y/N]</numerusform>
            <numerusform>Apply %Ln changes to the sections ready (%1 connections)? [y/N]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RevertCommands.cpp" line="+63"/>
        <source>, %Ln conflict(s)</source>
        <translation>
            <numerusform>, %Ln conflict</numerusform>
            <numerusform>, %Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::Directory</name>
    <message numerus="yes">
        <location filename="../app/directory/Directory.cpp" line="+271"/>
        <source>all %Ln users loaded</source>
        <translation>
            <numerusform>%Ln user loaded</numerusform>
            <numerusform>all %Ln users loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportConflictDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportConflictDialog.cpp" line="+133"/>
        <source>%Ln user(s) in %1 already have pending changes that the file contradicts.</source>
        <translation>
            <numerusform>%Ln user in %1 already has pending changes that the file contradicts.</numerusform>
            <numerusform>%Ln users in %1 already have pending changes that the file contradicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="+120"/>
        <source>Looking up %Ln user(s) the service does not list…</source>
        <translation>
            <numerusform>Looking up %Ln user the service does not list…</numerusform>
            <numerusform>Looking up %Ln users the service does not list…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+367"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%Ln user(s) in the file already have pending changes that the file contradicts: you choose which stay when you add.</source>
        <translation>
            <numerusform>%Ln user in the file already has pending changes that the file contradicts: you choose which stay when you add.</numerusform>
            <numerusform>%Ln users in the file already have pending changes that the file contradicts: you choose which stay when you add.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+443"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>%Ln pending change(s) have not been applied. %1</source>
        <translation>
            <numerusform>%Ln pending change has not been applied. %1</numerusform>
            <numerusform>%Ln pending changes have not been applied. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::OffboardDialog</name>
    <message numerus="yes">
        <location filename="../ui/OffboardDialog.cpp" line="+221"/>
        <source>Searching %n connection(s)…</source>
        <translation>
            <numerusform>Searching %n connection…</numerusform>
            <numerusform>Searching %n connections…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Found %n active account(s).</source>
        <translation>
            <numerusform>Found %n active account.</numerusform>
            <numerusform>Found %n active accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n connection(s) could not be searched: the person may have an account there.</source>
        <translation>
            <numerusform>%n connection could not be searched: the person may have an account there.</numerusform>
            <numerusform>%n connections could not be searched: the person may have an account there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
        <source>Connecting to %n service(s)…</source>
        <translation>
            <numerusform>Connecting to %n service…</numerusform>
            <numerusform>Connecting to %n services…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Apply %n change(s)? Each connection keeps its own guards, journal and audit record.</source>
        <translation>
            <numerusform>Apply %n change? Each connection keeps its own guards, journal and audit record.</numerusform>
            <numerusform>Apply %n changes? Each connection keeps its own guards, journal and audit record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Applied everything on %1 of %n connection(s). Each connection&apos;s audit log has the run; Changes &gt; Audit log reverts it.</source>
        <translation>
            <numerusform>Applied everything on %1 of %n connection. Each connection&apos;s audit log has the run; Changes &gt; Audit log reverts it.</numerusform>
            <numerusform>Applied everything on %1 of %n connections. Each connection&apos;s audit log has the run; Changes &gt; Audit log reverts it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::PagedReader</name>
    <message numerus="yes">
        <location filename="../app/scim/PagedReader.cpp" line="+381"/>
        <source>%Ln entries had no id and were left out</source>
        <translation>
            <numerusform>%Ln entry had no id and was left out</numerusform>
            <numerusform>%Ln entries had no id and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln ids came more than once: %1%2</source>
        <translation>
            <numerusform>%Ln id came more than once: %1%2</numerusform>
            <numerusform>%Ln ids came more than once: %1%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::PlanDiffModel</name>
    <message numerus="yes">
        <location filename="../app/changes/PlanDiffModel.cpp" line="+139"/>
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln attribute</numerusform>
            <numerusform>%Ln attributes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimDesk::SectionedApply</name>
    <message numerus="yes">
        <location filename="../app/people/SectionedApply.cpp" line="+17"/>
        <source>ready: %n change(s) to send</source>
        <translation>
            <numerusform>ready: %n change to send</numerusform>
            <numerusform>ready: %n changes to send</numerusform>
        </translation>
    </message>
</context>
</TS>
